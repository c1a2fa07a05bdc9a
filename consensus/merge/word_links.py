"""Word associations learned from labelled claim pairs: the link column `word_links`.

Two claims that state one fact in other words ("died" / "killed", "quit" / "resigned",
"plunged" / "fell") share few words; the static word vectors are weak on such news
paraphrase. `consensus/merge/data/word_links.json` holds pairs of content stems (as
`claim_words._word_parts` stems them) that appear, one in each claim's words the other
lacks, in linked pairs much more often than in pairs not linked, in at least three
different clusters (so no one event's vocabulary): rebuilt from the labelled pairs of
`scripts/fit_merge_weights.py` by `scripts/build_word_links.py`, never edited by hand (a
user may extend it with their own pairs, one "stem stem" key each).

`word_share` is the column: the share of both claims' unmatched content stems that some
unmatched stem of the other claim is associated with (0 when either has none).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["LINKS_PATH", "link_table", "linkable", "word_share"]

LINKS_PATH = Path(__file__).resolve().parent / "data" / "word_links.json"


@cache
def link_table() -> dict[str, frozenset[str]]:
    """Each stem of the table and the stems it is associated with (both directions)."""
    return table_of(json.loads(LINKS_PATH.read_text(encoding="utf-8"))["links"])


def table_of(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """The association table of "stem stem" keys."""
    got: dict[str, set[str]] = {}
    for key in keys:
        a, b = key.split()
        got.setdefault(a, set()).add(b)
        got.setdefault(b, set()).add(a)
    return {w: frozenset(v) for w, v in got.items()}


def linkable(stems: frozenset[str], table: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether a statement has a stem the table associates with anything."""
    table = link_table() if table is None else table
    return any(w in table for w in stems)


def word_share(
    a: frozenset[str], b: frozenset[str], table: dict[str, frozenset[str]] | None = None
) -> float:
    """The share of the two statements' unmatched stems (those of one the other lacks) that
    an unmatched stem of the other is associated with."""
    table = link_table() if table is None else table
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return 0.0
    hit_a = sum(1 for w in only_a if not table.get(w, frozenset()).isdisjoint(only_b))
    if not hit_a:
        return 0.0
    hit_b = sum(1 for w in only_b if not table.get(w, frozenset()).isdisjoint(only_a))
    return (hit_a + hit_b) / (len(only_a) + len(only_b))
