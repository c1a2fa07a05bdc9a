"""Facts worded apart: the labelled candidate pairs under the link bar, next to the look-alikes.

For the dev clusters and the tunable made-up clusters (tests/data/madeup minus HELD_OUT.txt,
filtered out before anything is read), every candidate pair `merge` scores is labelled as
scripts/fit_merge_weights.py labels it (1: two gold origins, one gold fact; 0: two facts, or
a gold `distinct` look-alike pair). The pairs are then read in three bands:

- `worded apart`: positives the shipped weights score under the threshold;
- `linked`: positives at or over it;
- `look-alike`: gold `distinct` pairs (and the near negatives: label 0, both claims covering
  a fact, scored within 0.15 of the threshold).

For each band it prints the mean of every comparison column, the share of pairs where a
column is "low" (under its median over the linked positives), and the share where each of a
few general readings holds (`READINGS`: a number both print, whatever its size; a name both
state; a content word both print that is rare in the batch; the same first name-or-noun ...),
so a reading that many worded-apart pairs share and few look-alikes do is what a column
could learn. With `--list N` it prints N worded-apart pairs and N look-alikes (statements cut
to 70 characters) with their probability and low columns.

`--halves` asks of each reading, and of the shipped column `figure_echo`, what it would do as
a new link column fitted out of sample: the tunable clusters are cut in two halves (by a
checksum of the name), the column's weight is fitted on one half with every other column,
the bias and the threshold frozen (the shipped weights' frozen part: `fit_merge_weights.py
--freeze`), and on the other half it prints the pairs that cross the threshold: positives,
negatives (both claims cover a fact), half-weight negatives (one does) and gold look-alikes.

`--dump PATH` writes the rows (cluster, label, weight, distinct, probability, columns,
statements) as a pickle for further reading; `--load PATH` reads such a dump instead of
building the clusters again (~5 min for all of them).

Prints only short starts of statements (the texts belong to their publishers).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/worded_apart.py [--dev] [--madeup]
       [--list N] [--halves] [--dump PATH | --load PATH] [name ...]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality_lib import (  # noqa: E402
    events,
    gold_cluster,
    madeup,
    tunable,
)

from consensus.merge.compare import COMPARISONS  # noqa: E402

SHORT = 70
NEAR = 0.15  # near negatives: scored within this of the threshold


@dataclass
class Row:
    cluster: str
    y: int
    w: float
    distinct: bool
    x: np.ndarray
    a: str
    b: str
    facts: tuple[str, ...]


def rows_of(name: str) -> list[Row]:
    """The labelled candidate pairs of one cluster (as `fit_merge_weights._labelled`)."""
    from fit_merge_weights import cluster_pairs, pair_label

    cp = cluster_pairs(*gold_cluster(name))
    gold, covers, distinct, keys, x = cp.gold, cp.covers, cp.distinct, cp.keys, cp.x
    text = {(cs.article, k): c.statement for cs in cp.claim_sets for k, c in enumerate(cs.claims)}
    out = []
    for r, (ka, kb) in enumerate(keys):
        if gold[ka[0]] == gold[kb[0]]:
            continue
        fa, fb = covers.get(ka, set()), covers.get(kb, set())
        d = (ka, kb) in distinct
        label = pair_label(fa, fb, d)
        if label is None:
            continue
        y, w = label
        out.append(Row(name, y, w, d, x[r], text[ka], text[kb], tuple(sorted(fa & fb))))
    return out


# --- readings: what a general reader sees in a pair -----------------------------------


def _numbers(s: str) -> frozenset[float]:
    from consensus.merge.figures import figures

    return frozenset(f.value for f in figures(s) if f.value != 0)


def _content(s: str) -> frozenset[str]:
    from consensus.merge.claim_words import statement_words

    return frozenset(statement_words(s)[1])


def _names(s: str) -> frozenset[str]:
    words = s.split()
    return frozenset(
        w.strip(".,;:'\"()").casefold()
        for k, w in enumerate(words)
        if k > 0 and w[:1].isupper() and len(w.strip(".,;:'\"()")) > 2
    )


READINGS: dict[str, Callable[[Row], bool]] = {
    "number both print": lambda r: bool(_numbers(r.a) & _numbers(r.b)),
    "numbers differ": lambda r: (
        bool(_numbers(r.a)) and bool(_numbers(r.b)) and not (_numbers(r.a) & _numbers(r.b))
    ),
    "capitalised word both": lambda r: bool(_names(r.a) & _names(r.b)),
    "capitalised word one only": lambda r: bool(_names(r.a) ^ _names(r.b)),
    "content stem both >= 2": lambda r: len(_content(r.a) & _content(r.b)) >= 2,
    "content stem both == 1": lambda r: len(_content(r.a) & _content(r.b)) == 1,
    "content stem none": lambda r: not (_content(r.a) & _content(r.b)),
}


def prob(x: np.ndarray) -> np.ndarray:
    from consensus.merge.link import link_model

    return link_model().prob(x)


def bands(rows: Sequence[Row]) -> dict[str, list[int]]:
    from consensus.merge.link import link_model

    t = link_model().threshold
    p = prob(np.vstack([r.x for r in rows]))
    out: dict[str, list[int]] = {"worded apart": [], "linked": [], "look-alike": [], "near neg": []}
    for k, r in enumerate(rows):
        if r.y == 1:
            out["worded apart" if p[k] < t else "linked"].append(k)
        elif r.distinct:
            out["look-alike"].append(k)
        elif r.w == 1.0 and abs(p[k] - t) < NEAR:
            out["near neg"].append(k)
    return out


def report(rows: Sequence[Row], listed: int) -> None:
    from consensus.merge.link import link_model

    t = link_model().threshold
    x = np.vstack([r.x for r in rows])
    p = prob(x)
    groups = bands(rows)
    linked = x[groups["linked"]] if groups["linked"] else x
    med = np.median(linked, axis=0)
    print(f"{len(rows)} labelled pairs over {len({r.cluster for r in rows})} clusters")
    print("band           " + " ".join(f"{n:>6}" for n in ("pairs", "clust")))
    for band, idx in groups.items():
        print(f"{band:14} {len(idx):6} {len({rows[k].cluster for k in idx}):6}")
    print("\ncolumn means (low: share under the linked positives' median)")
    print(f"{'column':14} " + " ".join(f"{b[:12]:>12}" for b in groups))
    for c, name in enumerate(COMPARISONS):
        cells = []
        for idx in groups.values():
            if not idx:
                cells.append(f"{'-':>12}")
                continue
            v = x[idx, c]
            cells.append(f"{v.mean():6.3f}/{(v < med[c]).mean():4.0%}".rjust(12))
        print(f"{name:14} " + " ".join(cells))
    print("\nreadings (share of the band's pairs)")
    print(f"{'reading':26} " + " ".join(f"{b[:12]:>12}" for b in groups))
    for name, fn in READINGS.items():
        cells = []
        for idx in groups.values():
            share = np.mean([fn(rows[k]) for k in idx]) if idx else float("nan")
            cells.append(f"{share:12.0%}")
        print(f"{name:26} " + " ".join(cells))
    if listed:
        rng = np.random.default_rng(51)
        for band in ("worded apart", "look-alike"):
            idx = groups[band]
            pick = rng.choice(idx, size=min(listed, len(idx)), replace=False) if idx else []
            print(f"\n{band} (sample of {len(pick)} of {len(idx)})")
            for k in sorted(pick, key=lambda k: (rows[k].cluster, -p[k])):
                r = rows[k]
                low = [
                    n
                    for c, n in enumerate(COMPARISONS)
                    if med[c] > 0
                    and r.x[c] < med[c]
                    and n in ("lexical", "rare_words", "soft_words", "cosine")
                ]
                print(
                    f"{r.cluster[:22]:22} p={p[k]:.3f}{'<' if p[k] < t else '>'} "
                    f"low={','.join(low) or '-'}\n   A: {r.a[:SHORT]}\n   B: {r.b[:SHORT]}"
                )


def halves(rows: Sequence[Row]) -> None:
    """Each reading as a new column fitted on one half of the clusters, read on the other."""
    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    model = link_model()
    frozen: Any = model.meta.get("frozen") or {
        "weights": dict(zip(model.names, model.weights, strict=True)),
        "bias": model.bias,
    }
    t = model.threshold
    x = np.vstack([r.x for r in rows])
    names = list(COMPARISONS)
    off = float(frozen["bias"]) + sum(
        float(wt) * x[:, names.index(n)] for n, wt in frozen["weights"].items()
    )
    y = np.array([r.y for r in rows])
    w = np.array([r.w for r in rows])
    dist = np.array([r.distinct for r in rows])
    side = np.array([zlib.crc32(r.cluster.encode()) % 2 for r in rows])
    p0 = 1 / (1 + np.exp(-off))
    cols = {n: np.array([float(fn(r)) for r in rows]) for n, fn in READINGS.items()}
    if "figure_echo" in names:
        cols["figure_echo (column)"] = x[:, names.index("figure_echo")]
    print("\nout of sample (fit on one half, read on the other): pairs over the threshold")
    print(f"{'column':28} half {'weight':>7} {'pos':>5} {'neg':>5} {'neg.5':>5} {'alike':>5}")
    for n, c in cols.items():
        for fit_on in (0, 1):
            tr, te = side == fit_on, side != fit_on
            m = fit_logistic(
                c[tr, None], y[tr], [n], l2=1.0, weights=w[tr], offset=off[tr], fit_bias=False
            )
            p1 = 1 / (1 + np.exp(-(off + c * m.weights[0])))
            up = te & (p1 >= t) & (p0 < t)
            down = te & (p1 < t) & (p0 >= t)
            for sign, got in (("+", up), ("-", down)):
                if not got.any():
                    continue
                print(
                    f"{n[:28]:28} {1 - fit_on}{sign}   {m.weights[0]:+7.3f} "
                    f"{(got & (y == 1)).sum():5} {(got & (y == 0) & (w == 1)).sum():5} "
                    f"{(got & (w == 0.5)).sum():5} {(got & dist).sum():5}"
                )


def clusters(args: argparse.Namespace) -> list[str]:
    names = list(args.names)
    if args.dev:
        names += events()
    if args.madeup:
        names += madeup()
    return tunable(dict.fromkeys(names)) if names else events()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--madeup", action="store_true")
    ap.add_argument("--list", type=int, default=0)
    ap.add_argument("--halves", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path)
    args = ap.parse_args(argv)
    rows: list[Row]
    if args.load:
        data: Any = pickle.loads(args.load.read_bytes())
        rows = [r for r in data if r.cluster in set(tunable({r.cluster for r in data}))]
    else:
        rows = []
        for name in clusters(args):
            rows += rows_of(name)
        if args.dump:
            args.dump.write_bytes(pickle.dumps(rows))
    report(rows, args.list)
    if args.halves:
        halves(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
