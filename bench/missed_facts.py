"""Why agreed facts are missed: for each gold agreed fact the report misses, the offline
claims that cover each of its anchors, and what became of them.

For every anchor of a missed fact (a fact stated by >= 2 gold origins that no agreed item
cites from 2 of them, as bench/quality_lib.py scores it) it prints the claims whose evidence
overlaps the anchor: the share of the claim's quote the anchor covers, the report item the
claim ended in (A3 = third agreed item, C2.1 = a position of the second contested point,
S7 = single-source item) and the claim's statement cut short; then, over the covering claims
of two different origins, the best link probability of a candidate pair (`merge/link.py`;
"-" when no pair was a candidate). Each fact is classed:

  (a) some anchor of a stating origin has no covering claim
  (b) a covering claim is much longer than its anchor (the anchor < half of its quote)
  (c) claims of the right size in two origins that do not link
  (d) other (they link but the item does not count: bridges split, copies, ...)

Prints only short pieces of publisher text (the fact label, statements cut to 60 chars).

Usage: PYTHONPATH=. .venv/bin/python bench/missed_facts.py [--held-out] [--madeup] [--spans]
       [name ...]

Names are dev events (the default: all six), annotated clusters outside the dev set or
made-up clusters; `--madeup` runs every made-up cluster with gold (tests/data/madeup_gold).

`--spans` asks of each class (b) fact whether its claims miss each other because the long
claim dilutes the short one (the short claim's words stand together in one window of the
long one) or because they are worded differently: it prints the window share of each fact's
best candidate pair of covering claims (of two origins; `window_share`), and at the end the
(b) facts by best link (no candidate pair / bands of probability) and the shares' quartiles.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_lib import (
    Locator,
    _covered,
    events,
    gold_cluster,
    gold_origin_map,
    madeup,
    tunable,
)

from consensus.models import Article, ClaimSet, Report

SHORT = 60  # characters of a statement shown
SLACK = 2  # `window_share`: a window holds the shorter claim's content words and this many more
BANDS = (0.1, 0.2)  # `--spans`: (b) facts by best link below these, then below the threshold


def _item_labels(report: Report) -> dict[tuple[str, int, int], str]:
    """(article, start, end) of each citation -> the label of the item citing it."""
    out: dict[tuple[str, int, int], str] = {}
    for n, it in enumerate(report.agreed, 1):
        for c in it.citations:
            out.setdefault((c.article, c.start, c.end), f"A{n}")
    for n, point in enumerate(report.contested, 1):
        for m, pos in enumerate(point.positions, 1):
            for c in pos.citations:
                out.setdefault((c.article, c.start, c.end), f"C{n}.{m}")
    for n, it in enumerate(report.single_source, 1):
        for c in it.citations:
            out.setdefault((c.article, c.start, c.end), f"S{n}")
    return out


def run(
    event: str, held_out: bool
) -> tuple[list[Article], dict[str, Any], list[ClaimSet], Report, Any]:
    from consensus.api import build_report, embed_for_merge
    from consensus.merge.fit_rows import comparison_rows
    from consensus.merge.link import link_model, weights_in_scope
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    articles, exp = gold_cluster(event)
    claim_sets = [extract_offline(a) for a in articles]
    model = None
    if held_out:
        from quality import held_out_model

        model = held_out_model(event)
    extraction = ExtractionResult(articles=tuple(articles), claim_sets=tuple(claim_sets))
    vectors = embed_for_merge(claim_sets)
    if model is not None:
        with weights_in_scope(model):  # type: ignore[arg-type]
            report = build_report(extraction, vectors=vectors)
            scorer = link_model()
    else:
        report = build_report(extraction, vectors=vectors)
        scorer = link_model()
    keys, x = comparison_rows(articles, claim_sets, vectors)
    probs = dict(zip(keys, scorer.prob(x).tolist(), strict=True)) if keys else {}
    return articles, exp, claim_sets, report, (probs, scorer.threshold)


def _content_run(text: str) -> list[str]:
    """A text's content stems in order (`claim_words._word_read`)."""
    from consensus.merge.claim_words import _WORD, _word_read

    return [st for w in _WORD.findall(text) if (st := _word_read(w)[1]) is not None]


def window_share(a: str, b: str, idf: dict[str, float]) -> float:
    """The largest IDF-weighted share of the shorter text's distinct content stems that one
    window of the longer text's content stems (`len(shorter) + SLACK` of them) holds: near 1
    when the short claim stands inside the long one, low when the two are worded apart."""
    short, long_ = sorted((_content_run(a), _content_run(b)), key=len)
    want = {st: idf.get(st, 1.0) for st in short}
    total = sum(want.values())
    size = min(len(long_), len(short) + SLACK)
    best = max(
        (
            sum(want.get(st, 0.0) for st in set(long_[lo : lo + size]))
            for lo in range(len(long_) - size + 1)
        ),
        default=0.0,
    )
    return best / total if total else 0.0


def _idf(claim_sets: list[ClaimSet]) -> dict[str, float]:
    """IDF of content stems over a cluster's claims (as `compare.PairContext` weighs them)."""
    df: Counter[str] = Counter()
    n = 0
    for cs in claim_sets:
        for claim in cs.claims:
            n += 1
            df.update(set(_content_run(claim.statement)))
    return {st: math.log((n + 1) / (c + 0.5)) for st, c in df.items()}


def missed_agreed(
    exp: dict[str, Any], loc: Locator, gold: dict[str, Any], report: Report
) -> Iterator[tuple[dict[str, Any], dict[str, tuple[int, int]]]]:
    """The gold agreed facts stated by >= 2 origins that no agreed item cites from 2 of
    them, each with its located anchors (article -> span)."""
    for fact in exp.get("agreed", []):
        anchors = {a: sp for a, t in fact["anchors"].items() if (sp := loc.span(a, t))}
        if len({gold[a] for a in anchors}) < 2:
            continue
        if any(
            len({gold[a] for a in _covered(it.citations, anchors)}) >= 2 for it in report.agreed
        ):
            continue
        yield fact, anchors


def diagnose(
    event: str,
    held_out: bool = False,
    spans: list[tuple[float, float]] | None = None,
    contain: list[tuple[str, float, float, bool]] | None = None,
) -> Counter[str]:
    """Print and count the missed facts of one cluster; with `spans`, append (best link, or
    -1 for none, and the window share of that pair) for each class (b) fact; with `contain`,
    append (class, best containment, its length ratio, guard) for every fact
    (`_best_containment`)."""
    articles, exp, claim_sets, report, (probs, threshold) = run(event, held_out)
    idf = _idf(claim_sets) if spans is not None else {}
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)
    labels = _item_labels(report)
    claims = {cs.article: cs.claims for cs in claim_sets}
    classes: Counter[str] = Counter()
    for fact, anchors in missed_agreed(exp, loc, gold, report):
        print(f"\n[{event}] {fact['id']}: {fact['label'][:70]}")
        covering: dict[str, list[tuple[int, float]]] = {}
        uncovered, long_ = [], []
        for a, (s0, s1) in sorted(anchors.items()):
            rows = []
            for k, claim in enumerate(claims.get(a, ())):
                for ev in claim.evidence:
                    inter = min(ev.end, s1) - max(ev.start, s0)
                    if inter > 0 and inter >= 0.5 * min(ev.end - ev.start, s1 - s0):
                        rows.append((k, (s1 - s0) / max(ev.end - ev.start, 1), ev))
                        break
            covering[a] = [(k, share) for k, share, _ in rows]
            if not rows:
                uncovered.append(a)
                print(f"  {a:22} (a) no claim covers it")
            for k, share, ev in rows:
                item = labels.get((a, ev.start, ev.end), "-")
                st = claims[a][k].statement
                print(f"  {a:22} #{k:<3} {min(share, 9.99):4.2f} {item:6} {st[:SHORT]!r}")
                if share < 0.5:
                    long_.append(a)
        best, best_fit = -1.0, -1.0
        best_pair = ("", "")
        for a, b in combinations(sorted(covering), 2):
            if gold[a] == gold[b]:
                continue
            for ka, sa in covering[a]:
                for kb, sb in covering[b]:
                    p = probs.get(((a, ka), (b, kb)), probs.get(((b, kb), (a, ka)), -1.0))
                    if p > best:
                        best_pair = (claims[a][ka].statement, claims[b][kb].statement)
                    best = max(best, p)
                    if sa >= 0.5 and sb >= 0.5:
                        best_fit = max(best_fit, p)
        stated = {gold[a] for a in anchors if a not in uncovered}
        if len(stated) < 2:
            cls = "a"
        elif best_fit < threshold and long_:
            cls = "b"
        elif best < threshold:
            cls = "c"
        else:
            cls = "d"
        shown = f"{best:.2f}" if best >= 0 else "-"
        print(f"  -> ({cls}) best link {shown} (threshold {threshold:.2f})")
        if contain is not None:
            contain.append(_best_containment(covering, gold, claims, claim_sets, cls))
        if spans is not None and cls == "b":
            share = window_share(*best_pair, idf) if best >= 0 else -1.0
            spans.append((best, share))
            if best >= 0:
                print(f"     window share of that pair {share:.2f}")
        classes[cls] += 1
    return classes


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events", nargs="*")
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--madeup", action="store_true", help="every made-up cluster with gold")
    ap.add_argument("--spans", action="store_true", help="class (b): dilution or other words")
    ap.add_argument("--contain", action="store_true", help="best containment of each fact")
    args = ap.parse_args(argv)
    total: Counter[str] = Counter()
    spans: list[tuple[float, float]] | None = [] if args.spans else None
    contain: list[tuple[str, float, float, bool]] | None = [] if args.contain else None
    for event in args.events or (tunable(madeup()) if args.madeup else events()):
        total += diagnose(event, args.held_out, spans, contain)
    print("\nclasses:", ", ".join(f"({k}) {v}" for k, v in sorted(total.items())))
    if contain is not None:
        _contain_summary(contain)
    if spans is not None:
        _span_summary(spans)
    return 0


def _best_containment(
    covering: dict[str, list[tuple[int, float]]],
    gold: dict[str, Any],
    claims: dict[str, Any],
    claim_sets: list[ClaimSet],
    cls: str,
) -> tuple[str, float, float, bool]:
    """The best containment (`merge/contained_support.py`) of a covering claim of one gold
    origin in a covering claim of another (the shorter in the longer, by aligned words),
    with that pair's length ratio and whether the guard holds (the short claim's names and
    figures in the long one, a negation met); (cls, -1, 0, False) without such a pair."""
    import numpy as np
    from contained_support import _contained, _marked, _negated

    from consensus.api import embed_for_merge
    from consensus.merge.align_words import WordAlignment
    from consensus.merge.claim_words import align_words

    key = id(claim_sets)
    if key not in _ALIGNED:
        _ALIGNED.clear()
        vectors = embed_for_merge(claim_sets)
        sts = sorted({c.statement for cs in claim_sets for c in cs.claims})
        _ALIGNED[key] = (WordAlignment(sts, vectors), {s: k for k, s in enumerate(sts)}, vectors)
    alignment, number, vectors = _ALIGNED[key]
    best: tuple[str, float, float, bool] = (cls, -1.0, 0.0, False)
    for a, b in combinations(sorted(covering), 2):
        if gold[a] == gold[b]:
            continue
        for ka, _ in covering[a]:
            for kb, _ in covering[b]:
                sa, sb = claims[a][ka].statement, claims[b][kb].statement
                na = len([w for w in align_words(sa) if w in vectors])
                nb = len([w for w in align_words(sb) if w in vectors])
                if not na or not nb:
                    continue
                s, lg = (sa, sb) if na <= nb else (sb, sa)
                x = float(_contained(alignment, np.array([number[s]]), np.array([number[lg]]))[0])
                guard = _marked(s) <= set(align_words(lg)) and (not _negated(s) or _negated(lg))
                if x > best[1]:
                    best = (cls, x, max(na, nb) / min(na, nb), guard)
    return best


_ALIGNED: dict[int, Any] = {}


def _contain_summary(contain: list[tuple[str, float, float, bool]]) -> None:
    """Missed facts by their best containment (all, ratio >= 1.6, with the guard)."""
    for bar in (0.6, 0.7, 0.8, 0.85, 0.9):
        over = [c for c in contain if c[1] >= bar]
        longer = [c for c in over if c[2] >= 1.6]
        print(
            f"containment >= {bar:.2f}: {len(over)} of {len(contain)} missed facts; ratio >= 1.6 "
            f"{len(longer)}, and guarded {sum(c[3] for c in longer)}; class (b) "
            f"{sum(c[0] == 'b' for c in over)}"
        )
    for cls in ("", "b"):
        xs = sorted(c[1] for c in contain if c[1] >= 0 and cls in ("", c[0]))
        if xs:
            q = [xs[int(f * (len(xs) - 1))] for f in (0.25, 0.5, 0.75)]
            print(
                f"best containment quartiles{' of class (b)' if cls else ''} "
                f"{q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f} ({len(xs)} facts)"
            )


def _span_summary(spans: list[tuple[float, float]]) -> None:
    """(b) facts by their best link, and the quartiles of the window shares of their pairs."""
    from consensus.merge.link import link_model

    threshold = link_model().threshold
    edges = [*BANDS, threshold]
    bands = Counter(
        "none"
        if p < 0
        else next((f"< {e:.2f}" for e in edges if p < e), f">= {threshold:.2f} (linked)")
        for p, _ in spans
    )
    order = ["none", *(f"< {e:.2f}" for e in edges), f">= {threshold:.2f} (linked)"]
    print("(b) by best link:", ", ".join(f"{k} {bands[k]}" for k in order))
    shares = sorted(s for p, s in spans if p >= 0)
    if shares:
        q = [shares[int(f * (len(shares) - 1))] for f in (0.25, 0.5, 0.75)]
        high = sum(s >= 0.7 for s in shares)
        print(
            f"(b) window share of the best pair: quartiles {q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f};"
            f" >= 0.70 (the short claim inside the long one) {high} of {len(shares)}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
