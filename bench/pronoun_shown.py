"""Census of the report statements that open on a pronoun ("Its", "Their", "They", "He",
"She"), as the merger made them and as the report shows them after the display stage
`consensus/its_owners.name_its_owners` (session 61, its61): every shown statement (agreed and
single-source items, each contested side) of each cluster's offline report. The clusters are
bench/statements.py's default set (dev, seeds and cluster2, the made-up and TRAINING blind
clusters; never the held-out ones).

`--dump DIR` keeps each cluster's merged report and article texts (JSON) so that `--load DIR`
re-runs only the display stage (seconds, not minutes) while a reading is being written.
-v lists each rewrite (merged / shown, with the text before the first quote), --kept each
pronoun opening still shown, --tsv prints each pronoun opening as merged (cluster, pronoun,
text before, merged, shown when rewritten) for hand labelling (bench/its61.tsv).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/pronoun_shown.py [-v] [--kept] [--tsv]
       [--dump DIR | --load DIR] [-j N] [name ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import HELD_OUT, cluster_report, default_names

import consensus.its_owners as its_owners
from consensus.models import Article, Report

_PRONOUN = re.compile(r"(Its|Their|They|He|She)\b")


def _shown(report: Report) -> list[tuple[str, str, int]]:
    """(statement, first citation's article, its start) of each shown statement."""
    sides = [p for c in report.contested for p in c.positions]
    out = []
    for one in (*report.agreed, *report.single_source, *sides):
        c = one.citations[0] if one.citations else None
        out.append((one.statement, c.article if c else "", c.start if c else 0))
    return out


def _merged(name: str, dump: str | None) -> tuple[str, Report, tuple[Article, ...]]:
    seen: list[tuple[Report, tuple[Article, ...]]] = []
    stage = its_owners.name_its_owners

    def watched(report: Report, articles: tuple[Article, ...]) -> Report:
        seen.append((report, tuple(articles)))
        return stage(report, articles)

    its_owners.name_its_owners = watched  # type: ignore[assignment]
    try:
        table, _ = cluster_report(name)
    finally:
        its_owners.name_its_owners = stage  # type: ignore[assignment]
    ((merged, articles),) = seen
    if dump:
        blob = {
            "table": table,
            "report": merged.model_dump(mode="json"),
            "articles": [a.model_dump(mode="json") for a in articles],
        }
        Path(dump, f"{name}.json").write_text(json.dumps(blob))
    return table, merged, articles


def _loaded(name: str, load: str) -> tuple[str, Report, tuple[Article, ...]]:
    blob = json.loads(Path(load, f"{name}.json").read_text())
    articles = tuple(Article.model_validate(a) for a in blob["articles"])
    return blob["table"], Report.model_validate(blob["report"]), articles


def one(job: tuple[str, str | None, str | None]) -> tuple[str, str, list[tuple[str, str, str]]]:
    """(cluster, table, [(merged, shown, text before its first quote)] of each shown
    statement)."""
    name, dump, load = job
    if name in HELD_OUT:
        raise SystemExit(f"{name} is held out: not read by this census")
    table, merged, articles = _loaded(name, load) if load else _merged(name, dump)
    shown = its_owners.name_its_owners(merged, articles)
    texts = {a.id: a.text for a in articles}
    rows = []
    for (a, art, start), (b, _, _) in zip(_shown(merged), _shown(shown), strict=True):
        before = " ".join(texts.get(art, "")[max(0, start - 240) : start].split())
        rows.append((a, b, before))
    return name, table, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", action="store_true", help="print each rewrite")
    ap.add_argument("--kept", action="store_true", help="print each pronoun opening still shown")
    ap.add_argument("--tsv", action="store_true", help="print each pronoun opening as a TSV row")
    ap.add_argument("--dump", help="keep merged reports in this directory")
    ap.add_argument("--load", help="read merged reports from this directory")
    ap.add_argument("-j", type=int, default=1, help="processes")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    jobs = [(n, args.dump, args.load) for n in args.names or default_names()]
    with Pool(args.j) as pool:
        results = pool.map(one, jobs, chunksize=1)
    merged: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for name, table, rows in results:
        for a, b, before in rows:
            ma, mb = _PRONOUN.match(a), _PRONOUN.match(b)
            if ma:
                merged[f"{table} {ma.group(1)}"] += 1
                merged[ma.group(1)] += 1
            if mb:
                shown[f"{table} {mb.group(1)}"] += 1
                shown[mb.group(1)] += 1
            if a != b and args.v:
                print(f"{name}\n  … {before[-200:]}\n  - {a}\n  + {b}")
            if ma and args.tsv:
                row = (name, ma.group(1), before[-200:], a, b if a != b else "")
                print("\t".join(" ".join(x.split()) for x in row))
            if mb and args.kept:
                print(f"{name} KEPT\n  … {before[-200:]}\n  = {b}")
    for key in sorted(merged):
        print(f"{key}: merged {merged[key]}, shown {shown[key]}")
    tops = ("Its", "Their", "They", "He", "She")
    total = sum(merged[k] for k in tops), sum(shown[k] for k in tops)
    print(f"total: merged {total[0]}, shown {total[1]}")


if __name__ == "__main__":
    main()
