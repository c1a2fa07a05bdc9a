"""Which of two named bodies of one kind "the company" stands for: the one the article is about.

`body_names` resolves a bare kind noun ("the company said") to the one body of that kind
its article names. An article about one company often names another in passing ("a
software update supplied by Zeta Systems, a network equipment supplier"), and "the
company" is then still the company the article is about, as a reader takes it: the one it
names again and again. `salient` picks that body when the article names it at least
`MIN_MENTIONS` times and at least `DOMINANCE` times as often as every other body of the
kind (its shorter forms count as the body: "Acme" / "Acme Systems"). Two bodies named alike
often (a bidder and its target, two rival firms) stay ambiguous: no body.

Nothing here names an event: counts of the article's own names.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

__all__ = ["DOMINANCE", "MIN_MENTIONS", "salient"]

MIN_MENTIONS = 3
DOMINANCE = 3


def _count(text: str, raw: str) -> int:
    """Whole-word occurrences of the written name `raw` in `text`."""
    n, at = 0, text.find(raw)
    while at >= 0:
        end = at + len(raw)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            n += 1
        at = text.find(raw, end)
    return n


def salient(found: Collection[str], names: Mapping[str, str], text: str) -> str | None:
    """The body of `found` (normalised names) the article `text` names far more often than
    every other (see the module docstring), as the longest of its names in `names` (each
    written name -> normalised); None when no body stands out or `found` holds one."""
    if len(found) < 2 or not text:
        return None
    counts: dict[str, int] = {}
    longest: dict[str, str] = {}
    for body in found:
        words = set(body.split())
        forms = [(raw, n) for raw, n in names.items() if set(n.split()) <= words]
        # a shorter form is counted where the longer is not written ("Acme" alone)
        written = sorted((raw for raw, _ in forms), key=len, reverse=True)
        total, seen = 0, text
        for raw in written:
            total += _count(seen, raw)
            seen = seen.replace(raw, " ")
        counts[body] = total
        longest[body] = max((n for _, n in forms), key=lambda n: (len(n), n), default=body)
    ranked = sorted(counts, key=lambda b: (-counts[b], b))
    top, rest = ranked[0], ranked[1:]
    if counts[top] < MIN_MENTIONS or any(counts[top] < DOMINANCE * max(counts[b], 1) for b in rest):
        return None
    return longest[top]
