"""Census of single-source items that repeat an agreed item of their own article.

An editor reading a report finds single-source lines that say again what an agreed item
already says, from an article the agreed item already counts ("Police have confirmed that a
man is in custody" under "Only in X", beside the agreed "The driver has been arrested",
which X also states). Folding such a line into the agreed item changes no count (its origin
is counted already); folding a line that says something else hides a fact.

For every single-source item S of the report on each cluster (default: the six dev
clusters and every TUNABLE made-up cluster; never the held-out ones) and every agreed item A
that cites an article S cites, it takes the best link probability (`merge/link.py`'s model,
as the merge scored them (`bench/missed_links.py`'s trace), over the pairs of S's claims
and A's other claims; "no pair" when none was compared) and what kept that best pair out
of one group (`missed_links.pair_status`, by its rule), the best vector cosine (offline
vectors) of S's statement against A's statement and A's citations from that article, and
whether S prints a number A's citations there do not (a figure of its own). The A of each
S with the best (link, cosine) is judged against the gold:

* right: S cites a gold fact's (or dispute side's) anchor that A covers;
* wrong: S cites a gold anchor A does not cover (S says something the gold keeps apart);
* unjudged: S cites no gold anchor.

Prints per band of the link (as a share of the fitted threshold) the single-source items,
right / wrong / unjudged, with and without a figure of S's own; then the same for a few
two-way cuts (link share and cosine), and the items at a link >= the threshold by the rule
that kept them out, dev and made-up apart. With -v each dev pair at a link >= --show x
threshold; with --rows FILE a TSV row per item (cluster, link/threshold, cosine, own
figure, same speaker, verdict, status) for other cuts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/single_repeats.py [-v] [--show X]
       [--rows FILE] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_links import Trace, pair_status, rule_of, traced_report
from quality_lib import (
    Locator,
    _overlaps,
    events,
    gold_cluster,
    madeup,
    tunable,
)

from consensus.models import Citation, Item, Report

BANDS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.0)  # shares of the link threshold
_NUMBER = re.compile(r"\d[\d,.]*")


def _numbers(text: str) -> set[str]:
    return {m.group().rstrip(".,").replace(",", "") for m in _NUMBER.finditer(text)}


def _report(name: str) -> tuple[list[Any], dict[str, Any], Report, Trace, float]:
    """The report as bench/quality.py builds it, with the merge's trace (`missed_links`)."""
    from consensus.merge.link import link_model

    articles, exp = gold_cluster(name)
    report, trace = traced_report(articles, None)
    return articles, exp, report, trace, link_model().threshold


def _facts(exp: dict[str, Any], loc: Locator) -> list[dict[str, tuple[int, int]]]:
    raw = [f["anchors"] for f in exp.get("agreed", [])]
    raw += [side["anchors"] for p in exp.get("contested", []) for side in p["sides"]]
    out = []
    for anchors in raw:
        spans = {a: sp for a, t in anchors.items() if (sp := loc.span(a, t)) is not None}
        out.append(spans)
    return out


def _covers(cites: Sequence[Citation], spans: dict[str, tuple[int, int]]) -> bool:
    return any(_overlaps(c, a, sp) for a, sp in spans.items() for c in cites)


def verdict(
    s_cites: Sequence[Citation],
    a_cites: Sequence[Citation],
    facts: Sequence[dict[str, tuple[int, int]]],
) -> str:
    """right / wrong / unjudged: S's citations against the gold facts A's citations cover."""
    s_facts = {i for i, f in enumerate(facts) if _covers(s_cites, f)}
    a_facts = {i for i, f in enumerate(facts) if _covers(a_cites, f)}
    return "unjudged" if not s_facts else ("right" if s_facts & a_facts else "wrong")


def own_figure(statement: str, cites: Sequence[Citation]) -> bool:
    """Whether `statement` prints a number none of `cites` prints."""
    return bool(_numbers(statement) - set().union(*(_numbers(c.quote) for c in cites)))


def census(
    name: str, verbose: bool, show: float, rows: list[str] | None = None
) -> Counter[tuple[str, ...]]:
    from consensus.vectors import offline_embed

    articles, exp, report, trace, threshold = _report(name)
    spans = {(c.article, c.start, c.end): f.pos for f in trace.feats for c in f.citations}

    def claims_of(cites: Sequence[Citation]) -> set[int]:
        return {k for c in cites if (k := spans.get((c.article, c.start, c.end))) is not None}

    def link(s_cites: Sequence[Citation], a_cites: Sequence[Citation]) -> tuple[float, str]:
        """The best scored pair of S's claims and A's other claims, and what kept it apart."""
        s_claims = claims_of(s_cites)
        a_claims = {k for k in claims_of(a_cites) if k not in s_claims}
        scored = [
            (p, x, y)
            for x in s_claims
            for y in a_claims
            if (p := trace.prob.get((min(x, y), max(x, y)))) is not None
        ]
        if not scored:
            return -1.0, "no candidate"
        p, x, y = max(scored)
        return p, rule_of(pair_status(trace, x, y, threshold))

    loc = Locator({a.id: a for a in articles})
    facts = _facts(exp, loc)
    tally: Counter[tuple[str, ...]] = Counter()
    texts: list[str] = []
    for it in [*report.agreed, *report.single_source]:
        texts.append(it.statement)
        texts += [c.quote for c in it.citations]
    uniq = sorted(set(texts))
    index = {t: i for i, t in enumerate(uniq)}
    mat = offline_embed(uniq) if uniq else None

    def cos(a: str, b: str) -> float:
        assert mat is not None
        return float(mat[index[a]] @ mat[index[b]])

    for s in report.single_source:
        arts = {c.article for c in s.citations}
        best: tuple[float, float, Item, bool, str] | None = None
        for a in report.agreed:
            own = [c for c in a.citations if c.article in arts]
            if not own:
                continue
            sim = max([cos(s.statement, a.statement), *(cos(s.statement, c.quote) for c in own)])
            extra = own_figure(s.statement, own)
            p, status = link(s.citations, a.citations)
            if best is None or (p, sim) > best[:2]:
                best = (p, sim, a, extra, status)
        if best is None:
            tally[("none",)] += 1
            continue
        p, sim, a, extra, status = best
        band = next((f"{b:.2f}" for b in BANDS if p >= b * threshold), "no pair")
        judged = verdict(s.citations, a.citations, facts)
        fig = "own figure" if extra else "no figure"
        tally[(band, fig, judged)] += 1
        if rows is not None:
            same = bool(set(s.speakers) & set(a.speakers))
            rows.append(
                f"{name}\t{p / threshold:.3f}\t{sim:.3f}\t{extra:d}\t{same:d}\t{judged}\t{status}"
            )
        if verbose and p >= show * threshold and name in events():
            print(f"  {name} p {p:.2f} cos {sim:.2f} {judged:8} {fig:10} S: {s.statement[:90]}")
            print(f"  {'':{len(name) + 32}} A: {a.statement[:90]}")
    return tally


VERDICTS = ("right", "wrong", "unjudged")
CUTS = ((0.0, -1.0), (1.0, -1.0), (1.0, 0.6), (2.0, 0.7), (2.5, 0.6))  # (link share, cosine)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("-v", action="store_true", help="list the dev pairs at >= --show")
    ap.add_argument("--show", type=float, default=0.8, help="share of the link threshold")
    ap.add_argument("--rows", type=Path, help="write a TSV row per single-source item")
    args = ap.parse_args(argv)
    names = args.names or [*events(), *tunable(madeup())]
    total: Counter[tuple[str, ...]] = Counter()
    rows: list[str] = []
    for name in names:
        total += census(name, args.v, args.show, rows)
    if args.rows:
        head = "cluster\tlink/threshold\tcosine\town_figure\tsame_speaker\tverdict\tstatus\n"
        args.rows.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    print(
        f"{len(names)} clusters; single-source items with no agreed item of their article: "
        f"{total[('none',)]}"
    )
    print(f"{'band':>6} {'figure':>11} {'items':>6} {'right':>6} {'wrong':>6} {'unjudged':>9}")
    for band in [*(f"{b:.2f}" for b in BANDS), "no pair"]:
        for fig in ("no figure", "own figure"):
            row = [total[(band, fig, v)] for v in ("right", "wrong", "unjudged")]
            print(f"{band:>6} {fig:>11} {sum(row):>6} {row[0]:>6} {row[1]:>6} {row[2]:>9}")
    dev = set(events())
    for label, keep in (("dev", True), ("made-up", False)):
        part = [r.split("\t") for r in rows if (r.split("\t", 1)[0] in dev) == keep]
        if not part:
            continue
        print(f"{label}: {len(part)} single-source items with an agreed item of their article")
        for share, cosine in CUTS:
            cut = [r for r in part if float(r[1]) >= share and float(r[2]) >= cosine]
            n = Counter(r[5] for r in cut)
            print(
                f"  link >= {share:.1f} x threshold, cosine >= {cosine:4.1f}: {len(cut):5} items, "
                f"right {n['right']}, wrong {n['wrong']}, unjudged {n['unjudged']}"
            )
        kept = Counter((r[6], r[5]) for r in part if float(r[1]) >= 1.0)
        print(
            "  what keeps an item at link >= threshold out of its agreed item (right/wrong/unj.):"
        )
        for rule in sorted(
            {k[0] for k in kept}, key=lambda k: -sum(kept[(k, v)] for v in VERDICTS)
        ):
            n_rule = [kept[(rule, v)] for v in VERDICTS]
            print(f"    {sum(n_rule):5} {n_rule[0]:4} {n_rule[1]:4} {n_rule[2]:4}  {rule[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
