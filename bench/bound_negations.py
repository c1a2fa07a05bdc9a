"""Census of negation words inside a bound, a comparative or an idiom (session 57,
negwords57): "no more than 6,500", "not later than Friday", "none other than", "not only",
"no doubt" (`consensus.merge.bound_negations.bound_at`).

For each claim of a cluster's merge whose statement has such a word, what the merge's
negation readers make of it:

* `hint`: the negation-word precheck (`denial_strength._NEG_HINT`) reads a negation in the
  statement only because of the bound (none left once `unbound` blanks it);
* `negates`: `score.negation` reads a negated concept of the statement (rule 6's reading;
  a concept may come from another negation word of the statement too);
* `conflict`: a conflict edge of the link step touching the claim whose reason names a
  negation (`negation: not X`, rule 6), i.e. a veto of a join or a rebuttal point's edge;
* `refused`: a group join the claim was in that `_may_join` refused (any reason);
* `point`: a report's contested point has a side citing the claim's statement;
* `denies`: the claim's polarity is `denies` (the offline extractor reads denial verbs,
  not negation words: counted to show it).

Every bound is found, comparatives included (`bound_at(..., comparatives=True)`); the merge
reads only the idioms unless `--comparatives` turns `bound_negations.COMPARATIVES` on.
With `--before` the whole merge runs as before session 57 (`bound_at` patched to read no
bound: every such word a negation), so the reads are what the fix removes; without it,
what is left. A cluster none of whose articles has a bound is not merged.

Prints one line per such claim (cluster, the bound, the reads) and the totals.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/bound_negations.py
       [--before | --comparatives] [cluster ...]
(default: the tunable made-up clusters and the dev clusters; a held-out one is never read)
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import traced_report
from quality_lib import events, gold_cluster, held_out, madeup, tunable

import consensus.merge.bound_negations as bn
import consensus.merge.score as score
from consensus.merge.denial_strength import _NEG_HINT
from consensus.models import Polarity

# the reading itself, comparatives included (kept when `--before` turns the merge's off)
_BOUND_AT = partial(bn.bound_at, comparatives=True)


def _bound(statement: str) -> str:
    """The bound phrases of the statement, joined ('' for none)."""
    words = [m.group().casefold() for m in bn._WORD.finditer(statement)]
    return "; ".join(" ".join(words[k : k + 3]) for k in range(len(words)) if _BOUND_AT(words, k))


def _unbound(text: str) -> str:
    real = bn.bound_at
    bn.bound_at = _BOUND_AT  # type: ignore[assignment]
    try:
        return bn._unbound.__wrapped__(text, True)  # (past the cache: the merge's reads)
    finally:
        bn.bound_at = real  # type: ignore[assignment]


def census(name: str) -> list[tuple[str, ...]]:
    articles, _gold = gold_cluster(name)
    if all(_unbound(a.text) == a.text for a in articles):
        return []  # (no bound in any article: its report is not built)
    report, trace = traced_report(articles, None)
    contested = {p.statement for c in report.contested for p in c.positions}
    rows = []
    for k, f in enumerate(trace.feats):
        st = f.claim.statement
        phrase = _bound(st)
        if not phrase:
            continue
        hint = bool(_NEG_HINT.search(st)) and not _NEG_HINT.search(_unbound(st))
        negs = score.negation(f).concepts
        conflict = sorted(
            {e.conflict for e in trace.edges if k in (e.i, e.j) and "negation" in e.conflict}
        )
        refused = sum(1 for (i, j), _w in trace.refusals.items() if k in (i, j))
        rows.append(
            (
                name,
                phrase,
                "hint" if hint else "-",
                "negates:" + ",".join(sorted(negs)) if negs else "-",
                "conflict:" + "|".join(conflict) if conflict else "-",
                f"refused:{refused}" if refused else "-",
                "point" if st in contested else "-",
                "denies" if f.claim.polarity == Polarity.denies else "-",
                st[:90].replace("\n", " "),
            )
        )
    return rows


def main(argv: list[str]) -> int:
    if "--comparatives" in argv:  # the merge reading comparatives as bounds too
        bn.COMPARATIVES = True
    if "--before" in argv:  # the merge as it was: no negation word is a bound's
        bn.bound_at = lambda words, i: False  # type: ignore[assignment]
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        names = tunable(madeup()) + events()
    blind = set(held_out())
    tally: Counter[str] = Counter()
    clusters: set[str] = set()
    for name in names:
        if name in blind:
            continue
        for row in census(name):
            print("\t".join(row))
            clusters.add(name)
            tally["claims"] += 1
            for key, cell in zip(
                ("hint", "negates", "conflict", "refused", "point", "denies"), row[2:8], strict=True
            ):
                tally[key] += cell != "-"
    print(f"clusters {len(clusters)}: " + " ".join(f"{k} {v}" for k, v in tally.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
