"""A gapped count after "and": "Twelve were taken to the county hospital and 31 to Riverside"
-> "31 were taken to Riverside", the auxiliary and participle the second count leaves out.

English gaps the verb of a second count that shares it with a passive clause before it when
the same preposition follows; a claim must say the verb again. Only a count (a figure or a
number word, with at most a quantifier before it and one noun or "more"/"others" after it)
directly followed by the preposition that follows the left clause's passive participle
counts, so "and 31 to Riverside" is cut, never "and the driver to hospital" (no count) nor
"and 31 in total" after "were taken to hospital" (another preposition: no shared verb).

Only grammar is read (`grammar.py`), never one story. PURE.
"""

from __future__ import annotations

import re

from consensus.offline.clause_shapes import _passive_aux
from consensus.offline.grammar import _is_past, _words

__all__ = ["gapped_count_lead"]

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds|thousands|dozens"
)
_PREPOSITIONS = r"to|into|in|at|from|on|onto|by|for|with"
# the count and the preposition it shares with the clause before
_GAPPED = re.compile(
    r"(?P<np>(?:(?:another|a\s+further|at\s+least|more\s+than|some|about|nearly|almost|"
    r"around|roughly)\s+)?(?:\d[\d,]*|(?:" + _NUMBER_WORDS + r"))"
    r"(?:\s+(?:more|others|other\s+people|people|[a-z]+s))?)"
    r"\s+(?P<prep>" + _PREPOSITIONS + r")\s+(?![\d$€£%])(?=\S)"
)
_SINGULAR = frozenset(("1", "one"))
_PLURAL_AUX = {"was": "were", "is": "are", "has": "have"}


def gapped_count_lead(text: str, content: int, a: int, b: int, end: int) -> tuple[str, int] | None:
    """The lead of a gapped count at text[b:end] after a passive clause text[content:a]
    ("31 to Riverside" after "Twelve were taken to the county hospital": "31 were taken",
    put in place of the count, whose length is the second item), else None."""
    m = _GAPPED.match(text, b, end)
    if m is None:
        return None
    aux = _passive_aux(text, content, a)
    if aux is None:
        return None
    words = [w for _s, _e, w in _words(text, content, a)]
    # the passive's participle: the first past form after its auxiliary
    low = [w.lower() for w in words]
    k = next((k for k, w in enumerate(low) if w == aux.split()[-1].lower()), len(low))
    k = next((j for j in range(k + 1, len(words)) if _is_past(words[j])), len(words))
    if k + 1 >= len(words) or low[k + 1] != m.group("prep").lower():
        return None
    participle = words[k]
    np = m.group("np")
    first = np.split()[0].lower()
    chain = aux.split()
    if first not in _SINGULAR and chain[0].lower() in _PLURAL_AUX:
        chain[0] = _PLURAL_AUX[chain[0].lower()]
    return f"{np} {' '.join(chain)} {participle}", len(np)
