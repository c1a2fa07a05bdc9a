"""One person, two facts: a claim that states who someone is ("Jane Roe leads the opposition
party", "she is survived by her husband, the producer John Roe") against a claim that only
names them by that role ("Opposition leader Jane Roe called the plan ...", "Her husband, John
Roe, said ..."). Their words in common are the name and the role; in one the role is the
news, in the other a title. They are two claims, never one item (`link.py`, rule 7).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from consensus.merge.compare import _stem, content_stems
from consensus.merge.lexicon import _STOP

__all__ = ["role_words", "title_only"]

TITLE_BEFORE = 4  # at most this many words before a name read as its title
APPOSITION = 4  # at most this many words of ", the producer," after a name

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def role_words(statement: str, names: Collection[str]) -> frozenset[str]:
    """The stems of the words that title a name of `names` in `statement`: the words just
    before it (`_title_before`), and an apposition set off by commas after it."""
    low = statement.casefold()
    out: set[str] = set()
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", low):
            out.update(_stem(w) for w in _title_before(low[: m.start()]))
            after = low[m.end() :]
            if after.startswith(","):
                part = after[1:].split(",", 1)
                words = _WORD.findall(part[0])
                if len(part) == 2 and len(words) <= APPOSITION:
                    out.update(_stem(w) for w in words)
    return frozenset(out)


def _title_before(text: str) -> list[str]:
    """The words that end `text` back to a small word or a break: "Opposition leader",
    "the producer" -> producer, "Her husband, " -> husband (a comma just before the name
    sets it off as an apposition)."""
    text = text.rstrip()
    if text.endswith(","):
        text = text[:-1]
    out: list[str] = []
    for m in reversed(list(_WORD.finditer(text))):
        w = m.group(0)
        gap = text[m.end() : m.end() + 1]
        if w in _STOP or len(out) == TITLE_BEFORE or (out and gap.strip()):
            break
        out.append(w)
    return out


def title_only(a: str, b: str, names: Collection[str]) -> bool:
    """Whether statements `a` and `b`, both naming one of `names` (lower case), share only
    those names and words that title the name in exactly one of them: every word in common
    beyond the names is a title in one statement and stated apart from the name in the
    other (see the module docstring). False when they share no such word."""
    name_stems = {_stem(w) for n in names for w in _WORD.findall(n)}
    shared = (content_stems(a.casefold()) & content_stems(b.casefold())) - name_stems
    if not shared:
        return False
    ta, tb = role_words(a, names), role_words(b, names)
    return all((w in ta) != (w in tb) for w in shared)
