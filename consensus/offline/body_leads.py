"""The body a statement's opening "It" stands for: "Hallvik said the fault lay in cells
supplied by a contractor. It denied a report in the newspaper Dagsposten" -> "Hallvik denied
a report ...".

A claim that opens with "It" names nobody; when the clause just before opened on a body that
it gave words to (or on a body named by its kind: "The agency is investigating ...") and "It" is the
subject of an act (a verb in -ed or -s, after "has", "will" or an adverb at most), English
points it back at that body. "It" before "is", "was", "seems", "means" ... (the weather, a
fact, an extraposed clause: "It is the second outbreak", "It was not known") or after
anything else than a body is left as it is (whose act, unsure). Pure; used by
`clause_statements.StatementWriter`.
"""

from __future__ import annotations

import re

__all__ = ["body_lead"]

_IT = re.compile(r"It\s+")
_WORD = re.compile(r"[a-z]+(?=[\s,.;:])")
# adverbs and auxiliaries between "It" and its verb ("It has also asked", "It now estimates")
_BETWEEN = frozenset("also now later then since still already has had will would did does".split())
# verbs in -s/-ed whose "it" is seldom a body: a fact, the weather, an extraposed clause
_NOT_ACTS = frozenset(
    """is was has had does did seems seemed appears appeared remains remained means meant
    takes comes looks looked happens happened becomes follows followed marks marked matters
    costs depends rains reads needs needed lies""".split()
)
# past forms of acts that end in neither -s nor -ed
_IRREGULAR = frozenset(
    """put paid made gave sent won lost held kept cut sold bought brought left ran spent
    set told""".split()
)


def _act(word: str) -> bool:
    if word in _NOT_ACTS:
        return False
    return (
        word in _IRREGULAR
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
    )


def body_lead(body: str, group: str | None) -> str | None:
    """`body` with its opening "It" replaced by the body `group` as the text names it ("The
    Fisheries Directorate", "the agency"), when "It" is the subject of an act; else None."""
    m = _IT.match(body)
    if m is None or not group:
        return None
    pos = m.end()
    for _ in range(3):
        w = _WORD.match(body, pos)
        if w is None:
            return None
        word = w.group()
        if word in _BETWEEN and body[w.end() : w.end() + 1] == " ":
            nxt = _WORD.match(body, w.end() + 1)
            if nxt is not None and nxt.group() not in ("be", "been", "not"):
                pos = w.end() + 1
                continue
        if not _act(word):
            return None
        return group[:1].upper() + group[1:] + " " + body[m.end() :]
    return None
