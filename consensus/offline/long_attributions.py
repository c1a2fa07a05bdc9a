"""A trailing attribution too long for `after_quotes.TRAILING_ATTR`: a titled name and the
body it belongs to before the verb ('"…," Chief Superintendent Tomas Reeve of Brannock County
Police told reporters.').

Read only when no shorter attribution was found, and kept only when the titled name resolves
to a person (the caller's resolver): the body after "of" is where the person works, not who
speaks, and a phrase naming no person leaves the quotation as it was (no speaker beats a wrong
one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from consensus.offline.names import _TOKEN, _VERBS

__all__ = ["LongTrailing", "long_trailing"]

# a closing quotation mark (or its comma), two to five capitalised words, "of"/"at"/"from"
# and a capitalised body of one to four words, then the verb of saying (bounded: linear)
_LONG_TRAILING = re.compile(
    rf"(?:,['’]?|[”\"])\s*(?P<np>{_TOKEN}(?:\s+{_TOKEN}){{1,4}})"
    rf"\s+(?:of|at|from)\s+(?:the\s+)?{_TOKEN}(?:\s+(?:of\s+|for\s+)?{_TOKEN}){{0,3}}"
    rf"\s+(?P<verb>{_VERBS})\b"
)


@dataclass(frozen=True)
class LongTrailing:
    name: str  # the person, as the resolver gave it
    np_span: tuple[int, int]  # offsets of the titled name within the clause
    verb: str
    content_end: int  # where the quotation's words end within the clause


def long_trailing(clause: str, resolve: Callable[[str, int], str | None]) -> LongTrailing | None:
    """The person a long trailing attribution names, or None. `resolve(np, offset)` gives
    the person a titled name stands for, or None when it is no person."""
    for m in _LONG_TRAILING.finditer(clause):
        if m.start() < 10:
            continue  # no quotation before it
        name = resolve(m.group("np"), m.start("np"))
        if name is None:
            continue
        content_end = m.start() + (1 if clause[m.start()] in '”"' else 0)
        return LongTrailing(name, (m.start("np"), m.end("np")), m.group("verb"), content_end)
    return None
