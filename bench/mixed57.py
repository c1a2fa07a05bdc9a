"""Census of wrong agreement on the tunable made-up clusters (session 57, mixed57).

Prints every mixed agreed item (`quality_lib` `agreed_mixed`: its origins cite gold facts but
no fact is cited by two of them) and every mixed dispute side (`sides_mixed`: one position
cites two gold sides of one dispute), each citation with its article, gold origin, the gold
facts (or sides, `point/k`) it states and its quote, so an editor can say which member does
not belong and why. The labels of a read sample are in bench/mixed57.tsv.

    PYTHONPATH=.:bench .venv/bin/python bench/mixed57.py [--names a,b] > /tmp/mixed57.txt

With no names: every tunable made-up cluster (`tunable(madeup())`), never a held-out one;
named clusters are filtered the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mixed_read import fact_list, gold_facts, mixed_lines
from quality import run_articles
from quality_lib import (
    MADEUP_GOLD,
    _cites_any,
    _covered,
    _side_spans,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    tunable,
)

from consensus.models import Article, Report


def side_shape(each: Sequence[set[int]]) -> str:
    """How a mixed position cites two sides, from the sides each citation states: `one-sentence`
    when one citation states two sides and the citations stating one side each state the same
    one (a sentence telling an update, "31, up from 23", or a claim and its answer), else
    `two-citations` (citations of two sides joined in one position)."""
    singles = {k for s in each if len(s) == 1 for k in s}
    if any(len(s) >= 2 for s in each) and len(singles) <= 1:
        return "one-sentence"
    return "two-citations"


def mixed_side_lines(
    event: str, articles: Sequence[Article], report: Report, exp: dict[str, Any]
) -> list[str]:
    """The positions of `report` that cite two gold sides of one dispute, as printable lines."""
    gold, texts, loc, _ = gold_facts(articles, exp)
    lines: list[str] = []
    for point in exp.get("contested", []):
        spans = []
        for side in point["sides"]:
            got = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t)) is not None}
            spans.append(_side_spans(side, got, loc))
        for c in report.contested:
            for p in c.positions:
                hit = [k for k, sp in enumerate(spans) if _cites_any(p.citations, sp)]
                if len(hit) < 2:
                    continue
                each = [{k for k, sp in enumerate(spans) if _cites_any([ct], sp)}
                        for ct in p.citations]  # fmt: skip
                lines.append(
                    f"[{event}] SIDE {side_shape(each)} {point['id']} sides {hit}: {p.statement}"
                )
                for ct, states in zip(p.citations, each, strict=True):
                    quote = texts[ct.article][ct.start : ct.end].replace("\n", " ")
                    told = [f"{point['id']}/{k}" for k in sorted(states)]
                    lines.append(f"    {ct.article} (origin {gold[ct.article]}) -> {told or '-'}")
                    lines.append(f"        {quote[:220]}")
    return lines


def census(name: str) -> list[str]:
    """Mixed agreed items then mixed sides of made-up cluster `name`."""
    articles, report, _ = run_articles(annotated_articles(name, MADEUP_GOLD))
    assert isinstance(report, Report)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    labels = {fid: f.get("label", "") for fid, f in fact_list(exp)}
    out = mixed_lines(name, articles, report, exp)
    out += mixed_side_lines(name, articles, report, exp)
    text = "\n".join(out)
    out += [f"    gold {fid}: {lab}" for fid, lab in labels.items() if lab and f"'{fid}'" in text]
    return out


def item_rows(name: str) -> list[str]:
    """One tab-separated row per agreed item of `name`: cluster, status (`right`: a gold fact
    cited by two of its origins; `mixed`: `agreed_mixed`; `unjudged`), origins, citations,
    the link score the item shows ("link: x" feature, -1 when none), the longest citation's
    length, whether a clause of a longer claim supports it, whether it shares one quote, how
    many speakers it names, the shortest citation's length and whether every citation opens
    its article (ledes)."""
    articles, report, _ = run_articles(annotated_articles(name, MADEUP_GOLD))
    assert isinstance(report, Report)
    exp = load_annotated_expectations(name, MADEUP_GOLD)
    gold, _, _, named = gold_facts(articles, exp)
    facts = [anchors for _, anchors in named]
    rows = []
    for it in report.agreed:
        per_fact = [{gold[a] for a in _covered(it.citations, anchors)} for anchors in facts]
        if any(len(o) >= 2 for o in per_fact):
            status = "right"
        elif len(set().union(*per_fact)) >= 2:
            status = "mixed"
        else:
            status = "unjudged"
        link = next((f.split(": ")[1] for f in it.features if f.startswith("link: ")), "-1")
        support = any(f.startswith("support: ") for f in it.features)
        longest = max(c.end - c.start for c in it.citations)
        shortest = min(c.end - c.start for c in it.citations)
        rows.append(
            f"{name}\t{status}\t{it.origins}\t{len(it.citations)}\t{link}\t{longest}\t"
            f"{int(support)}\t{int('same quote' in it.features)}\t{len(it.speakers)}\t"
            f"{shortest}\t{int(all(c.start <= 2 for c in it.citations))}\t{it.statement[:70]}"
        )
    return rows


# What-if cuts over `item_rows`' rows: each condition names the agreed items a stricter
# rule would take apart; the table counts the right items it would lose against the mixed
# items it would remove (an upper bound on both: a taken-apart item may re-form).
CUTS: dict[str, Any] = {
    "two origins, link < 0.4": lambda r: r.origins == 2 and 0 <= r.link < 0.4,
    "two origins, link < 0.5": lambda r: r.origins == 2 and 0 <= r.link < 0.5,
    "two origins, no link shown": lambda r: r.origins == 2 and r.link < 0,
    "two citations, link < 0.5": lambda r: r.citations == 2 and 0 <= r.link < 0.5,
    "two origins, two speakers, link < 0.6": lambda r: (
        r.origins == 2 and r.speakers >= 2 and 0 <= r.link < 0.6
    ),
    "two origins, no speaker, link < 0.5": lambda r: (
        r.origins == 2 and r.speakers == 0 and 0 <= r.link < 0.5
    ),
    "shortest citation < 40, link < 0.6": lambda r: r.shortest < 40 and 0 <= r.link < 0.6,
    "longest citation >= 200, two origins": lambda r: r.longest >= 200 and r.origins == 2,
    "ledes only, two origins": lambda r: r.ledes and r.origins == 2,
}


@dataclass(frozen=True)
class Row:
    status: str
    origins: int
    citations: int
    link: float
    longest: int
    speakers: int
    shortest: int
    ledes: bool


def cut_table(path: str) -> list[str]:
    """The what-if table of `CUTS` over an `--items` file."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        n = [int(f[k]) for k in (2, 3, 5, 8, 9)]
        rows.append(Row(f[1], n[0], n[1], float(f[4]), n[2], n[3], n[4], f[10] == "1"))
    total = Counter(r.status for r in rows)
    out = [f"items {len(rows)}: " + " ".join(f"{k} {v}" for k, v in sorted(total.items()))]
    out.append("cut\tright lost\tmixed removed\tunjudged\tmixed share")
    for name, cond in CUTS.items():
        got = Counter(r.status for r in rows if cond(r))
        judged = got["right"] + got["mixed"]
        share = got["mixed"] / judged if judged else 0.0
        out.append(f"{name}\t{got['right']}\t{got['mixed']}\t{got['unjudged']}\t{share:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", default="", help="comma-separated clusters (default: all tunable)")
    ap.add_argument("--items", action="store_true", help="one row per agreed item (item_rows)")
    ap.add_argument("--cuts", default="", help="the what-if table of an --items file")
    args = ap.parse_args(argv)
    if args.cuts:
        print("\n".join(cut_table(args.cuts)))
        return 0
    names = tunable(args.names.split(",") if args.names else madeup())
    if args.items:
        with Pool(2) as pool:
            for rows in pool.map(item_rows, names, chunksize=1):
                print("\n".join(rows))
        return 0
    for name in names:
        for line in census(name):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
