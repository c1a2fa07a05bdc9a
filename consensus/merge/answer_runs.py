"""A denial that points back with a plural report noun answers the accuser's whole run
(link rule 2, after `answers.answered`).

"Professor Roe said the firm should have stopped shipments at once. 'The firm knew for
weeks and kept shipping,' he said. Roe said it was not the firm's place to decide that
alone. A spokeswoman rejected the claims." The claims rejected are what Roe said, all of
it: `answers.answered` sets the denial against the nearest claim before it (Roe's last
remark), which may be the least of them, and the point then shows a side no one disputes
while the accusation the outlets repeat stays an agreed fact. A plural report noun
("the claims", "such accusations", "the allegations") names more than one statement, so
the denial answers every claim of the run that ends with the one `answered` gives: the
claims before it in its article, nearest first, that its speaker (or one speaking as that
speaker, `features._speakers_compatible`) asserts, each within `RUN_GAP` characters of
the next, up to the first claim of another voice, of no voice, or a denial. A singular
noun ("the report", "that account") or a pronoun names one statement: `answered`'s.

PURE: reads the claims' statements, speakers, polarity and citation offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import PLURAL_REPORT_NOUNS
from consensus.models import Polarity

__all__ = ["RUN_GAP", "plural_back_reference", "run_answered"]

# the most characters between the start of one claim of the run and the end of the one
# before it (a sentence or two of quotation between two reported statements)
RUN_GAP = 300
# the most claims of a run a denial answers (the accuser's statement and its support)
RUN_MAX = 4

# a plural report noun (data/words.toml `plural_report_nouns`) after a determiner, as
# `answers` reads a denial that points back ("rejected the claims", "such allegations")
_PLURAL = re.compile(
    r"\b(?:the|these|those|such|all|their|his|her|its|[a-z]+['’]s)\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(PLURAL_REPORT_NOUNS))})\b",
    re.IGNORECASE,
)


def plural_back_reference(statement: str) -> bool:
    """Whether a denial's statement names what it rejects by a plural report noun."""
    return _PLURAL.search(statement) is not None


def run_answered(feats: Sequence[_Feat], d: int, t: int) -> list[int]:
    """The claims denial `d` answers when `answers.answered` gives it `t`: `t` and the
    claims of its speaker's run before it (see the module docstring), `t` first; [t] for a
    singular back reference or a claim of no speaker."""
    accuser = feats[t].speaker
    if not accuser or not plural_back_reference(feats[d].claim.statement):
        return [t]
    article = feats[t].article
    start_t = min(c.start for c in feats[t].citations)
    earlier = sorted(
        (
            (max(c.end for c in f.citations), min(c.start for c in f.citations), k)
            for k, f in enumerate(feats)
            if f.article == article and f.citations and k not in (d, t)
        ),
        reverse=True,
    )
    out = [t]
    edge = start_t  # the start of the run's earliest claim so far
    for end, start, k in earlier:
        if start >= edge:
            continue  # (a claim after the run's start: not before it)
        if edge - end > RUN_GAP or len(out) >= RUN_MAX:
            break
        other = feats[k]
        if other.claim.polarity != Polarity.asserts or not other.speaker:
            break
        if not _speakers_compatible(other.speaker, accuser):
            break  # (another voice: the run ends)
        out.append(k)
        edge = start
    return out
