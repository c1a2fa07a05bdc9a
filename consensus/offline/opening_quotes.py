"""A paragraph that opens on a quotation and names someone after it.

A bare quotation (no verb of saying of its own) goes on with the last speaker's words when
it follows them. A paragraph that opens on one and then names a person outside its
quotations is news introducing a new voice, its speaker a sentence later:

    "I thought we were going to sink." Those were the first words of Ana Ruiz as she ...
    "Nobody warned us." Tom Hale, 61, has lived on the street for 30 years.

The quotation may be that person's or a witness's; it is no longer the last speaker's.
When in doubt the extractor names no one (`claims._Extractor.clause`).
"""

from __future__ import annotations

import re

from consensus.offline.article_entities import ArticleEntities
from consensus.offline.sentences import _quote_regions

__all__ = ["opens_before_a_new_name"]

_MARKS = ("“", '"', "„")
_CREDIT_DASH = re.compile(r"[—–-]\s*$")


def opens_before_a_new_name(
    text: str, ents: ArticleEntities, start: int, end: int, speaker: str
) -> bool:
    """Whether the quotation at text[start:end] opens its paragraph (nothing but quotations
    before it) and the paragraph names a person other than `speaker` outside quotations
    after it."""
    para = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    if not text.startswith(_MARKS, para):
        return False
    regions = _quote_regions(text, para, para_end)
    # nothing but quotations (and the space between them) from the paragraph's start
    at = para
    for qs, qe in regions:
        if qs >= start:
            break
        if text[at:qs].strip():
            return False
        at = qe + 1
    if text[at:start].strip():
        return False
    later = [(qs, qe) for qs, qe in regions if qs >= end]
    persons = ents.persons_in(end, para_end, tuple(later))
    surname = speaker.split()[-1]
    return any(
        name != speaker
        and name.split()[-1] != surname
        # "— Jeff Paul (@jeff) July 15": a post's credit names who posted it, no new voice
        and not _CREDIT_DASH.search(text, max(end, end + pos - 3), end + pos)
        for pos, name in persons
    )
