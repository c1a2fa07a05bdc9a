"""A negation that points back with "such": "Residents say cracks were reported to the
agency in the spring. The agency says it never received such a report." "Such a report",
"any such paperwork", "no such warning" name what the sentence before told, so the
negated claim rejects that one although it states nothing of it but the noun; read alone
it is an assertion ("received a report", negated), and no candidate pair holds two claims
of one article, so link rule 6 never sets them against each other.

The negated claim (asserted, of a named speaker, a negation word before the "such" or
"no such") answers the nearest claim before it in its article, within `ANSWER_REACH`,
that another side asserts (`answers.other_sides_before`), when that claim is not negated
and states the noun "such" points back at (its stem: "reported" states "a report"). The
pair is a rebuttal, as `answers.rebuttals`' are (link.py makes it a negation conflict).

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.answers import _NEGATED as _NEGATION
from consensus.merge.answers import ANSWER_REACH, _spans_by_article, other_sides_before
from consensus.merge.bound_negations import unbound
from consensus.merge.claim_words import content_words
from consensus.merge.features import _Feat
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = ["such_answers"]

# "no such report", "any such paperwork", "such a warning": the noun a "such" points back
# with ("such as" and "such that" name nothing told before)
_SUCH = re.compile(
    r"\b(?P<det>no|any)\s+such\s+(?P<noun>[a-z]+)|\bsuch\s+an?\s+(?P<noun2>[a-z]+)",
    re.IGNORECASE,
)


def _pointed_noun(statement: str) -> str:
    """The noun a negated "such" phrase points back at ("report" of "never received such a
    report"), or '' when the statement has none."""
    for m in _SUCH.finditer(statement):
        noun = m.group("noun") or m.group("noun2") or ""
        if (m.group("det") or "").casefold() == "no" or _NEGATION.search(statement, 0, m.start()):
            return noun.casefold()
    return ""


def such_answers(feats: Sequence[_Feat]) -> dict[int, int]:
    """Each asserting claim of a named speaker that negates a "such" phrase -> the nearest
    claim before it in its article, within `ANSWER_REACH`, of another side, not negated,
    that states the noun pointed back at (see the module docstring)."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for b, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or not f.speaker or not f.citations:
            continue
        noun = _pointed_noun(f.claim.statement)
        if not noun:
            continue
        for k in other_sides_before(feats, by_article, b, ANSWER_REACH):
            other = feats[k].claim.statement
            if _NEGATION.search(unbound(other)):
                break  # (the nearest other side's claim only: negated, it is no account)
            if _stem(noun) in {_stem(w) for w in content_words(other)}:
                out[b] = k
            break
    return out
