"""The merge's meaning tables hold no word only the seed event uses (session 62, tables62).

The tables that say what a claim means or that two claims are one act (data/concepts.toml:
predicates, reversals, synonyms, opposed acts, wording concepts; data/phrases.toml's
rewrites; data/words.toml's figure unit forms and count meanings) once listed the seed
event's own words ("encircle", "surrender", "dignified", "massacre" ...). A word of theirs
that the seed articles use must also be used by at least one of the made-up training
clusters (held-out clusters left out), or it is there for the seeds alone.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import madeup, tunable  # noqa: E402

from consensus.merge.features import _concept  # noqa: E402

DATA = ROOT / "consensus" / "merge" / "data"
_WORD = re.compile(r"[a-z]+")


def _concepts(text: str) -> set[str]:
    return {c for w in _WORD.findall(text.lower()) if (c := _concept(w))}


def _table_words() -> dict[str, set[str]]:
    """Table name -> its single-word entries."""
    concepts = tomllib.loads((DATA / "concepts.toml").read_text())
    words = tomllib.loads((DATA / "words.toml").read_text())
    phrases = tomllib.loads((DATA / "phrases.toml").read_text())
    out: dict[str, set[str]] = {
        "predicates": set(concepts.get("predicates", [])),
        "wording_concepts": set(concepts.get("wording_concepts", [])),
        "figure_unit_forms": {
            w for k, v in words.get("figure_unit_forms", {}).items() for w in (k, v)
        },
        "figure_count_meanings": set(words.get("figure_count_meanings", {})),
        "phrase": {w for p in phrases["phrase"] for w in _WORD.findall(p["replace"])},
    }
    for table in ("synonyms", "reversals", "opposed_acts", "act_forms"):
        out[table] = {w for k, v in concepts.get(table, {}).items() for w in (k, *v)}
    return {t: {w for w in ws if _WORD.fullmatch(w)} for t, ws in out.items()}


def _training_concepts() -> set[str]:
    got: set[str] = set()
    for name in tunable(madeup()):
        for f in sorted((ROOT / "tests" / "data" / "madeup" / name).glob("*.txt")):
            got |= _concepts(f.read_text(encoding="utf-8", errors="ignore"))
    return got


def test_no_table_word_is_the_seeds_alone() -> None:
    seeds = set().union(*(_concepts(f.read_text()) for f in sorted((ROOT / "seeds").glob("*"))))
    training = _training_concepts()
    assert len(training) > 5000  # (the clusters were read)
    alone = sorted(
        (table, w)
        for table, ws in _table_words().items()
        for w in ws
        if (c := _concept(w)) in seeds and c not in training
    )
    assert alone == []


def test_the_check_sees_a_seed_word() -> None:
    """The check above can fail: a seed-only word put in a table is found."""
    seeds = set().union(*(_concepts(f.read_text()) for f in sorted((ROOT / "seeds").glob("*"))))
    training = _training_concepts()
    assert _concept("encircled") in seeds
    assert _concept("encircled") not in training
