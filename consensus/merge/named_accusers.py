"""A denial that names its accuser answers that accuser only: "Velisch also denied a claim
by the patient's widow that ...", "Allegations from a former chef that ... have been
denied by Venn". The in-article answer rules (`answers.answered`, `answers.stated_answers`
and the rules read with them) bind a denial to a claim told just before it; when the
denial names whose claim it rejects ("a claim by X", "allegations from X", "the charges
made by X") and the claim bound is neither told by X nor tells X (no word of the named
accuser in its speaker or its quotes), the binding is another side's claim the denial
does not answer ("the directorate's head said ...", the denier's own words just before)
and is dropped (bench/denials53.tsv).

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.merge.features import _Feat

# "a claim by X", "allegations from X", "the accusation made by X" (up to four words of X,
# up to a clause: "that", "who", a comma or a colon ends it)
_NAMED = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?)\s+"
    r"(?:made\s+)?(?:by|from)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<who>[\w'’.-]+(?:\s+(?!that\b|who\b|which\b)[\w'’.-]+){0,3})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")
_FILLER = frozenset("former current local some several other its his her their".split())


def named_accuser(statement: str) -> frozenset[str]:
    """The words of the accuser a denial names ("a claim by Fenk's widow that ..." ->
    fenk, widow); empty when it names none."""
    m = _NAMED.search(statement)
    if m is None:
        return frozenset()
    words = {w.casefold() for w in _WORD.findall(m.group("who"))}
    return frozenset(words - _FILLER)


def _tells_accuser(f: _Feat, words: frozenset[str]) -> bool:
    texts = [f.speaker or "", *(c.quote for c in f.citations)]
    return any(re.search(rf"\b{re.escape(w)}", t, re.IGNORECASE) for w in words for t in texts)


def named_answers(feats: Sequence[_Feat], answers: Mapping[int, int]) -> dict[int, int]:
    """`answers` (denial -> the claim of its article it answers) without the bindings of a
    denial that names its accuser to a claim that neither its accuser tells nor tells its
    accuser (see the module docstring)."""
    out: dict[int, int] = {}
    for d, t in answers.items():
        words = named_accuser(feats[d].claim.statement)
        if words and not _tells_accuser(feats[t], words):
            continue
        out[d] = t
    return out
