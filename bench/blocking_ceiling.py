"""What blocking costs the disputes: the tunable floors with more candidate pairs, and how many.

Blocking (pipeline step 3, `compared_pairs.candidate_pairs`) decides which pairs of claims are
compared at all; session 54's census (`bench/missed_disputes.py --causes`) put 264 of 624 missed
training disputes at "no cross-side pair compared". This tool measures what comparing more
would give, the whole merge run as shipped otherwise:

  --all     every pair of claims of two articles is a candidate (no blocking at all): the
            ceiling of any blocking addition, at its full pair cost
  --conflicts  every pair of claims of two articles is compared, but those the shipped
            blocking does not propose are compared for a conflict edge alone, as the
            answers' pairs are (`PairContext.answer_only`: no join, no probability a group
            join reads, a conflict edge kept only where no other holds either claim): the
            ceiling of blocking for disputes with the agreed side left as shipped
  --figures  as --conflicts, the added pairs only those of two claims that hold figures of
            one unit (`_Feat.quantities`; a bare count's unit is "") with two value sets
  (none)    the shipped blocking (a control run: its figures equal floors.py's)

Each cluster's line is floors.py's `PER name field=value ...` (so /work/briefs55/moves.py
compares a run with the start) with `pairs=N shipped_pairs=M` appended: the candidate pairs
compared over all of the cluster's merge passes, and what the shipped blocking proposed for
the same passes. The total line adds the pair sums and the largest cluster's. Scope: the
tunable made-up clusters (HELD_OUT.txt is never read), `--names a,b`, or `--dev` (the six
dev clusters, scored as bench/quality.py does).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/blocking_ceiling.py
[--all | --conflicts | --figures]
[--dev | --names a,b]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

FIELDS = [
    "agreed_found",
    "agreed_total",
    "disputes_found",
    "disputes_total",
    "points_unconfirmed",
    "agreed_mixed",
    "sides_mixed",
    "origin_tp",
    "copy_inflated",
    "non_claims",
    "wrong_speaker",
    "distinct_merged",
    "distinct_total",
    "split_facts",
]

_PAIRS = [0, 0]  # candidate pairs compared, and the shipped blocking's, since the last reset


def _all_codes(feats: Sequence[Any]) -> np.ndarray:
    """Every pair (i < j) of claims of two articles, as codes i * n + j, sorted."""
    n = len(feats)
    art_no = {a: q for q, a in enumerate(dict.fromkeys(f.article for f in feats))}
    art = np.fromiter((art_no[f.article] for f in feats), dtype=np.int64, count=n)
    i, j = np.triu_indices(n, 1)
    keep = art[i] != art[j]
    return np.asarray(i[keep] * n + j[keep], dtype=np.int64)


def _figure_codes(feats: Sequence[Any], codes: np.ndarray) -> np.ndarray:
    """The pairs of `codes` whose two claims give figures of one unit, not the same ones."""
    n = len(feats)
    keep = [
        c
        for c in codes.tolist()
        if any(
            u in feats[c % n].quantities and feats[c % n].quantities[u] != vs
            for u, vs in feats[c // n].quantities.items()
        )
    ]
    return np.asarray(keep, dtype=np.int64)


def _install(mode: str) -> None:
    """Patch `compared_pairs`: count candidate pairs, and with `mode` "all" block nothing."""
    from consensus.merge import compared_pairs

    shipped = compared_pairs.candidate_pairs
    shipped_answers = compared_pairs.answer_only_codes

    def conflict_only(feats: Sequence[Any], codes: np.ndarray) -> tuple[np.ndarray, Any]:
        out, only = shipped_answers(feats, codes)
        n = len(feats)
        extra = np.setdiff1d(_all_codes(feats), out, assume_unique=True)
        if mode == "figures":
            extra = _figure_codes(feats, extra)
        added = frozenset(zip((extra // n).tolist(), (extra % n).tolist(), strict=True))
        return np.union1d(out, extra), only | added

    if mode in ("conflicts", "figures"):
        compared_pairs.answer_only_codes = conflict_only  # type: ignore[assignment]

    def counted(feats: Sequence[Any], ctx: Any, blocked: Any = None) -> list[tuple[int, int]]:
        if mode == "all":  # (the shipped pairs first: the last call sets the context's sets)
            _PAIRS[1] += len(shipped(feats, ctx, blocked))
            blocked = _all_codes(feats)
        if mode in ("conflicts", "figures"):  # (the shipped pairs first, likewise)
            compared_pairs.answer_only_codes = shipped_answers  # type: ignore[assignment]
            _PAIRS[1] += len(shipped(feats, ctx, blocked))
            compared_pairs.answer_only_codes = conflict_only  # type: ignore[assignment]
        pairs = shipped(feats, ctx, blocked)
        _PAIRS[0] += len(pairs)
        if mode == "shipped":
            _PAIRS[1] += len(pairs)
        return pairs

    compared_pairs.candidate_pairs = counted  # type: ignore[assignment]


def one(name: str) -> tuple[str, list[int], int, int]:
    from quality import score_cluster, score_madeup
    from quality_lib import events

    _PAIRS[:] = [0, 0]
    s = score_cluster(name) if name in events() else score_madeup(name)
    return name, [int(getattr(s, f)) for f in FIELDS], _PAIRS[0], _PAIRS[1]


def main(argv: Sequence[str] | None = None) -> int:
    from quality_lib import events, madeup, tunable

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="no blocking: every cross-article pair")
    ap.add_argument("--conflicts", action="store_true", help="--all, the added pairs for conflicts")
    ap.add_argument("--figures", action="store_true", help="--conflicts, two claims' figures only")
    ap.add_argument("--names", default="", help="comma-separated clusters (default: tunable)")
    ap.add_argument("--dev", action="store_true", help="the six dev clusters instead")
    ap.add_argument("--procs", type=int, default=2)
    args = ap.parse_args(argv)
    mode = "all" if args.all else "conflicts" if args.conflicts else "shipped"
    _install("figures" if args.figures else mode)
    names = args.names.split(",") if args.names else tunable(madeup())
    if args.dev:
        names = events()
    with Pool(args.procs) as p:
        rows = p.map(one, names, chunksize=1)
    for name, vals, pairs, before in sorted(rows):
        cells = " ".join(f"{f}={v}" for f, v in zip(FIELDS, vals, strict=True))
        print(f"PER {name} {cells} pairs={pairs} shipped_pairs={before}")
    tot = {f: sum(r[1][k] for r in rows) for k, f in enumerate(FIELDS)}
    most = max(rows, key=lambda r: r[2])
    print(
        f"clusters {len(rows)}: agreed {tot['agreed_found']}/{tot['agreed_total']} disputes "
        f"{tot['disputes_found']}/{tot['disputes_total']} nogold {tot['points_unconfirmed']} "
        f"agreed_mixed {tot['agreed_mixed']} sides_mixed {tot['sides_mixed']} "
        f"wrong_speaker {tot['wrong_speaker']} distinct "
        f"{tot['distinct_merged']}/{tot['distinct_total']} split {tot['split_facts']} "
        f"pairs {sum(r[2] for r in rows)} (shipped blocking {sum(r[3] for r in rows)}; "
        f"largest {most[0]} {most[2]}, shipped {most[3]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
