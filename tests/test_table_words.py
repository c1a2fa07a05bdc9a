"""The merge's tables hold no word only the seed event uses (sessions 62 and 63, tables62/63).

Every TOML table under consensus/merge/data (its keys, its values and the literal words of
its regex patterns) once could list the seed event's own words ("encircle", "surrender",
"dignified", "massacre" ...). A word of theirs that the seed articles use must also be used
by at least one of the made-up training clusters (held-out clusters left out), or it is
there for the seeds alone. The seed-only words are derived here, at test time, from seeds/
and the tunable clusters: no list of them is written down.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import madeup, tunable  # noqa: E402

from consensus.merge.features import _concept  # noqa: E402

DATA = ROOT / "consensus" / "merge" / "data"
_WORD = re.compile(r"[a-z]+")
_ESCAPE = re.compile(r"\\[A-Za-z]")  # a regex escape ("\b", "\s"): no word of the table


def _concepts(text: str) -> set[str]:
    return {c for w in _WORD.findall(text.lower()) if (c := _concept(w))}


def _strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every key and string value of a parsed TOML table, nested."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield f"{where}.{k}", k
            yield from _strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, where)


def _table_words(tables: dict[str, object]) -> set[tuple[str, str]]:
    """(table, word) for every word written in the tables (regex patterns' literal words
    too: "laid down arms" in a pattern is a table word)."""
    return {
        (where, w)
        for name, parsed in tables.items()
        for where, text in _strings(parsed, name)
        for w in _WORD.findall(_ESCAPE.sub(" ", text).lower())
    }


def _shipped() -> dict[str, object]:
    return {f.name: tomllib.loads(f.read_text()) for f in sorted(DATA.glob("*.toml"))}


@cache
def _seed_only() -> frozenset[str]:
    """The concepts the seed articles use that no tunable made-up cluster uses."""
    seeds = set().union(*(_concepts(f.read_text()) for f in sorted((ROOT / "seeds").glob("*"))))
    training: set[str] = set()
    for name in tunable(madeup()):
        for f in sorted((ROOT / "tests" / "data" / "madeup" / name).glob("*.txt")):
            training |= _concepts(f.read_text(encoding="utf-8", errors="ignore"))
    assert len(training) > 5000  # (the clusters were read)
    return frozenset(seeds - training)


def _alone(tables: dict[str, object]) -> list[tuple[str, str]]:
    seed_only = _seed_only()
    return sorted((t, w) for t, w in _table_words(tables) if _concept(w) in seed_only)


def test_no_table_word_is_the_seeds_alone() -> None:
    tables = _shipped()
    assert {"concepts.toml", "phrases.toml", "words.toml", "entities.toml"} <= set(tables)
    assert _alone(tables) == []


def test_the_check_sees_a_seed_word() -> None:
    """The check above can fail: a seed-only word put in a table, as a value, a key or a
    pattern's word, is found; a word the training clusters use too is not."""
    assert _concept("encircled") in _seed_only()
    assert _concept("said") not in _seed_only()
    assert _alone({"t": {"predicates": ["encircle"]}}) == [("t.predicates", "encircle")]
    assert _alone({"t": {"reversals": {"encircle": ["capture"]}}}) != []
    assert _alone({"t": {"phrase": [{"pattern": r"\bencircled? by\b"}]}}) != []
    assert _alone({"t": {"predicates": ["report", "said"]}}) == []
