"""Rebuild consensus/merge/data/word_links.json: word associations learned from labelled pairs.

Usage: .venv/bin/python scripts/build_word_links.py --with blind,older [--except NAMES]
       [--min-clusters 3] [--min-log-odds 1.0] [--band 0.02,0.5 --weights PATH] [--write]

The labelled claim pairs are those of scripts/fit_merge_weights.py (`labelled`: linked or
not, from the gold of the chosen clusters; `--with` / `--except` as there). For each pair,
every (stem of one claim the other lacks, stem of the other the first lacks) pair of content
stems is counted in the linked or the not-linked pairs; its smoothed log-odds of a linked
pair, over the base rate of all such word pairs, is its association. Kept: associations of
at least `--min-log-odds`, seen in linked pairs of at least `--min-clusters` different
clusters (no one event's vocabulary). With `--band LO,HI`, only the pairs the weights file
`--weights` (the link model before this column) gives a probability in that band are read:
the pairs the other columns are unsure of, where rewording decides. The dev clusters are
never read (so the dev tables score the column out of sample).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from fit_merge_weights import chosen_madeup, labelled  # noqa: E402

from consensus.merge.claim_words import _word_parts  # noqa: E402
from consensus.merge.compare import COMPARISONS  # noqa: E402
from consensus.merge.weights import LogisticModel  # noqa: E402
from consensus.merge.word_links import LINKS_PATH  # noqa: E402

MAX_WORD_PAIRS = 400  # a pair with more unmatched word pairs than this says little of each
SMOOTH = 5.0  # pseudo-pairs at the base rate


def counts(
    names: list[str], band: tuple[float, float] = (0.0, 1.0), model: LogisticModel | None = None
) -> tuple[dict[str, float], dict[str, float], dict[str, set[str]]]:
    """Per "stem stem" key: weight in linked pairs, in pairs not linked, and the clusters
    whose linked pairs hold it (with `model`, of the pairs it scores within `band`)."""
    pos: dict[str, float] = defaultdict(float)
    neg: dict[str, float] = defaultdict(float)
    where: dict[str, set[str]] = defaultdict(set)
    for name in names:
        data = labelled(name)
        ys, ws = data.y.tolist(), data.w.tolist()
        if model is not None:
            prob = model.prob(data.x[:, [COMPARISONS.index(n) for n in model.names]])
            keep = (prob >= band[0]) & (prob <= band[1])
        else:
            keep = data.y >= 0
        for (ta, tb), y, w, use in zip(data.texts, ys, ws, keep.tolist(), strict=True):
            if not use:
                continue
            a, b = _word_parts(ta)[1], _word_parts(tb)[1]
            only_a, only_b = a - b, b - a
            if not only_a or not only_b or len(only_a) * len(only_b) > MAX_WORD_PAIRS:
                continue
            for x in only_a:
                for z in only_b:
                    key = f"{x} {z}" if x < z else f"{z} {x}"
                    if y:
                        pos[key] += 1.0
                        where[key].add(name)
                    else:
                        neg[key] += w
    return pos, neg, where


def associations(
    names: list[str],
    min_clusters: int,
    min_log_odds: float,
    band: tuple[float, float] = (0.0, 1.0),
    model: LogisticModel | None = None,
) -> dict[str, float]:
    """The kept associations and their log-odds over the base rate."""
    pos, neg, where = counts(names, band, model)
    total_pos, total_neg = sum(pos.values()), sum(neg.values())
    base = total_pos / max(total_pos + total_neg, 1.0)
    logit_base = math.log(base / (1 - base))
    out: dict[str, float] = {}
    for key, p in pos.items():
        if len(where[key]) < min_clusters:
            continue
        n = neg.get(key, 0.0)
        rate = (p + SMOOTH * base) / (p + n + SMOOTH)
        lo = math.log(rate / (1 - rate)) - logit_base
        if lo >= min_log_odds:
            out[key] = round(lo, 3)
    return dict(sorted(out.items()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--with", dest="with_", default="blind,older")
    ap.add_argument("--except", dest="except_", default="")
    ap.add_argument("--min-clusters", type=int, default=3)
    ap.add_argument("--min-log-odds", type=float, default=1.0)
    ap.add_argument("--band", default="", help="LO,HI: read only pairs --weights scores so")
    ap.add_argument("--weights", type=Path, help="the link weights --band scores pairs with")
    ap.add_argument("--out", type=Path, default=LINKS_PATH)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    names = chosen_madeup(args.with_, args.except_)
    band = (0.0, 1.0)
    model = None
    if args.band:
        lo, hi = (float(v) for v in args.band.split(","))
        band = (lo, hi)
        if args.weights is None:
            ap.error("--band needs --weights")
        model = LogisticModel.load(args.weights)
    links = associations(names, args.min_clusters, args.min_log_odds, band, model)
    print(f"{len(links)} associations from {len(names)} clusters")
    for key, lo in sorted(links.items(), key=lambda kv: -kv[1])[:40]:
        print(f"  {key:30} {lo:+.2f}")
    if args.write:
        data = {
            "comment": "Word associations learned from labelled claim pairs (linked or not) "
            "of the clusters in meta.clusters: content stems, one in each claim's words the "
            "other lacks, with their smoothed log-odds of a linked pair over the base rate; "
            "kept when seen in linked pairs of meta.min_clusters clusters or more. Rebuilt by "
            "scripts/build_word_links.py; read by consensus/merge/word_links.py.",
            "meta": {
                "clusters": names,
                "min_clusters": args.min_clusters,
                "min_log_odds": args.min_log_odds,
                **({"band": list(band), "weights": args.weights.name} if model else {}),
            },
            "links": links,
        }
        args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
