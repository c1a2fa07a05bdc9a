"""Session 62 (tables62): inventory of the word tables under consensus/ -> bench/tables62.tsv.

One row per entry of every TOML word table under consensus/ (list items, table keys,
phrase patterns), one row per fitted-weight JSON file, and one row per literal word list of
eight or more lower-case words in consensus/**.py. Columns: file, table, entry, kind, read_by,
uses, effect.

* kind: closed (a closed grammatical class), lexicon (general news lexicon any event uses),
  world (world knowledge: units, capitals, outlets, currencies), weights (fitted data),
  fitted (looks fitted to one event or to the seeds; `FITTED` below says why).
* read_by: the modules that read the table (the lexicon constant's users).
* uses: in how many of the 291 tunable made-up clusters' article texts the entry's first
  word occurs (held-out clusters filtered out first); '' for patterns and weights.
* effect: the measured effect of removing the entry's group (`EFFECT` below, figures from
  the ablation runs recorded in bench/README.md, session 62 tables62).

* now: "kept" or "removed" in the current tree (the rows are the tables of START).

Usage (from the repository root): PYTHONPATH=.:bench python bench/tables62.py > bench/tables62.tsv
(reads the tables of commit START with `git show`, and the current tree for "now").
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

from quality_lib import madeup, tunable

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "consensus"
START = "a1d3625a"

# table -> kind, for the tables whose entries share one kind
KIND = {
    "stop": "closed", "derivational_suffixes": "closed", "speech": "closed",
    "name_openers": "closed", "determiners": "closed", "aux": "closed",
    "after_modifier": "closed", "negation": "closed", "negation_void": "closed",
    "negation_subordinate": "closed", "negation_equivalent": "closed",
    "negation_of_noun": "closed", "negation_topic_before": "closed",
    "negation_light": "closed", "negation_light_before_noun": "closed",
    "negation_speech": "closed", "negation_subordinate_not_before": "closed",
    "negation_skip": "closed", "negation_phrase_end": "closed", "conditional": "closed",
    "habitual": "closed", "skip_adverb": "closed", "filler": "closed", "time_words": "closed",
    "number_words": "closed", "irregular_verbs": "closed", "honorifics": "closed",
    "finite_verbs": "closed", "earliest_cues": "closed",
    "figure_currency_words": "world", "entity_aliases": "world", "display": "world",
    "token_aliases": "world", "capitals": "world", "units": "world", "outlets": "world",
    "predicates": "fitted", "wording_concepts": "fitted", "reversals": "lexicon",
}  # fmt: skip
# (file, table, entry) -> why it looks fitted to one event or to the seeds
FITTED = {
    ("concepts.toml", "predicates", "*"): "the seed war's verbs; now a participle after an aux",
    ("concepts.toml", "wording_concepts", "*"): "the seed event's words (0 tunable uses for 5)",
    ("phrases.toml", "phrase", "surrender"): "'laid down arms' of the seed event",
    ("phrases.toml", "phrase", "world_war_ii"): "a seed article's phrase",
    ("words.toml", "figure_unit_forms", "soldier"): "the seeds' troops/soldiers count",
    ("words.toml", "filler", "friday"): "two of seven weekdays: the seeds' days",
    ("words.toml", "filler", "thursday"): "two of seven weekdays: the seeds' days",
}
# (table, entry or "*") -> measured effect of its removal (bench/README.md, session 62
# tables62; floors over the 291 tunable clusters against the start, dev and seeds).
# Run A removed predicates, wording_concepts, reversals, the four phrases marked and
# soldier->troop together; B read every verb by its shape; C kept the retake reversal (its
# words lead); D (shipped) adds a past participle after an auxiliary as a lead.
_A = "A: agreed/disputes 0 better 0 worse, split 971->967, sides_mixed 95->96, no-gold 1/1"
_D = "D (shipped): as A; sides_mixed 95->98, wrong_speaker 47->48 (one cluster)"
EFFECT: dict[tuple[str, str], str] = {
    ("predicates", "*"): _A
    + "; B (every verb by shape): no-gold +5, split +10: not shipped; "
    + _D,
    ("wording_concepts", "*"): "display only: coverage.wording was empty on the seeds already",
    ("reversals", "retake"): _A + "; seeds: 'X captured the town' agreed with 'taken back': kept",
    ("reversals", "withdraw"): "C: removed, seeds byte-identical, floors as A",
    ("phrase", "surrender"): _A + "; seeds byte-identical without it",
    ("phrase", "world_war_ii"): _A + "; seeds byte-identical without it",
    ("phrase", "retake"): "needed by the retake reversal: kept",
    ("figure_unit_forms", "soldier"): "0 moves on the 7 tunable clusters writing both words",
    ("filler", "*"): "C/D: every weekday, not two (closed class)",
}


def _df() -> Counter[str]:
    df: Counter[str] = Counter()
    for name in tunable(madeup()):
        words: set[str] = set()
        for f in (ROOT / "tests" / "data" / "madeup" / name).rglob("*"):
            if f.is_file():
                words |= set(re.findall(r"[a-z]+", f.read_text(errors="ignore").lower()))
        df.update(words)
    return df


def _readers(needle: str) -> str:
    out = subprocess.run(
        ["grep", "-rlw", "--include=*.py", needle, str(PKG)], capture_output=True, text=True
    ).stdout.split()
    mods = sorted(str(Path(p).relative_to(ROOT)) for p in out if not p.endswith("lexicon.py"))
    return " ".join(mods[:6]) + (f" (+{len(mods) - 6})" if len(mods) > 6 else "")


def _constant(key: str) -> str:
    """The lexicon constant a table key is read into (merge/lexicon.py), else the key."""
    text = (PKG / "merge" / "lexicon.py").read_text()
    m = re.search(rf'^(\w+) = .*"{re.escape(key)}"', text, re.M)
    return m[1] if m else key


def _kind(file: str, table: str, entry: str) -> tuple[str, str]:
    for (f, t, e), why in FITTED.items():
        if f == file and t == table and (e == "*" or e == entry or e in entry):
            return "fitted", why
    return KIND.get(table, "lexicon"), ""


def _entries(table: object, prefix: str = "") -> list[tuple[str, str]]:
    """(table, entry) of a parsed TOML table."""
    rows: list[tuple[str, str]] = []
    if isinstance(table, dict):
        for k, v in table.items():
            if isinstance(v, dict):
                rows += [(k, f"{kk}={vv}") for kk, vv in v.items()]
            elif isinstance(v, list) and v and isinstance(v[0], dict):
                rows += [(k, str(d.get("replace", d)).strip()) for d in v]
            elif isinstance(v, list):
                rows += [(k, json.dumps(x) if not isinstance(x, str) else x) for x in v]
            else:
                rows.append((prefix or "-", f"{k}={v}"))
    return rows


def _start_text(rel: str) -> str:
    return subprocess.run(
        ["git", "show", f"{START}:{rel}"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout


def main() -> None:
    df = _df()
    print("file\ttable\tentry\tkind\tread_by\tuses\teffect\tnote\tnow")
    for path in sorted(PKG.rglob("*.toml")):
        rel = str(path.relative_to(ROOT))
        rows = _entries(tomllib.loads(_start_text(rel)))
        now = set(_entries(tomllib.loads(path.read_text())))
        readers: dict[str, str] = {}
        for table, entry in rows:
            if table not in readers:
                readers[table] = _readers(_constant(table)) or _readers(path.name)
            kind, why = _kind(path.name, table, entry)
            word = re.split(r"[=\s]", entry.strip(" '\"\\"))[0].lower()
            uses = str(df.get(word, 0)) if word.isalpha() else ""
            effect = next(
                (v for (t, e), v in EFFECT.items() if t == table and (e == "*" or e in entry)), ""
            )
            state = "kept" if (table, entry) in now else "removed"
            print("\t".join([rel, table, entry.replace("\t", " "), kind, readers[table], uses,
                             effect, why, state]))  # fmt: skip
    for path in sorted(PKG.rglob("*.json")):
        rel = str(path.relative_to(ROOT))
        print(
            "\t".join(
                [rel, "-", "(fitted weights)", "weights", _readers(path.name), "", "", "", "kept"]
            )
        )
    for path in sorted(PKG.rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                continue
            ws = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(ws) >= 8 and all(
                isinstance(w, str) and re.fullmatch(r"[a-z][a-z' .-]*", w) for w in ws
            ):
                entry = " ".join(str(w) for w in ws)
                print(
                    "\t".join(
                        [rel, f"line {node.lineno}", entry, "closed", rel, "", "", "", "kept"]
                    )
                )


if __name__ == "__main__":
    sys.exit(main())
