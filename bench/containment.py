"""Does a long claim CONTAIN a short one? An asymmetric reading on labelled pairs (session 60).

The first cause of missed agreed facts on real news (bench/dev_missed56.tsv, devagreed59.tsv)
is the "long claim": one outlet's sentence holds the fact inside a claim that states other
facts too, the other outlet states only the fact. A symmetric likeness (the link model,
`align`) is low because the long claim says more. This reads the pair the other way: how much
of the SHORT claim the long one says.

Pairs: bench/align_columns.py's labelled pairs (its `--dump`, every pair of two gold origins:
`pos` one gold agreed fact, `look` a gold look-alike, `other` two facts sharing a content
stem), dev clusters and the tunable made-up clusters only (re-filtered by `tunable`). Kept:
pairs whose longer claim has at least `--ratio` (1.6) times the shorter one's content words
(`align_columns.marked_words`).

Columns of a pair (S the short claim, L the long one; word vectors: wordllama's unit vector of
the word alone, IDF over the cluster's statements, as `align`):

- `contain`: the IDF-weighted mean over S's content words of the best cosine in L (1 for the
  same word);
- `contain_share`: the IDF-weighted share of S's words whose best cosine in L is at least
  `--level` (0.6, `align_gaps.GAP_LEVEL`);
- `guard`: S's names and figures (`marked_words`' marks) all printed in L, and a negation in
  S (a `lexicon._NEGATION` word or n't) met by one in L; `contain_guarded` = `contain` where
  the guard holds, else 0; `contain_named` = `contain` times the IDF share of S's names and
  figures L prints;
- references: `align` (symmetric, the same vectors), `p_link` (the shipped link model, for the
  pairs `merge` compares).

Printed: AUC of positives vs look-alikes, vs near negatives (`other`), vs both, on all kept
pairs and on the slice a support credit would act on (`under`: pairs the shipped model leaves
under the link bar or never compares), for the made-up pairs (both crc32 halves pooled) and
for dev; then a bar for `contain_guarded` fitted (Youden J on the `under` slice) on one half,
scored on the other (both ways) and, fitted on made-up, on dev: positives and negatives the
bar lets over. Figures only, never texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/containment.py --load DUMP [--ratio R]
       [--level L] [--min-words N]
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from align_columns import Cluster, Idf, Pair, align, auc, marked_words, vectors  # noqa: E402, F401  (Cluster, Pair: a dump pickled by align_columns run as a script)
from quality_lib import events, tunable  # noqa: E402

COLUMNS = ("contain", "contain_share", "contain_guarded", "contain_named", "align", "p_link")
_NT = re.compile(r"n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")


def _negated(text: str) -> bool:
    from consensus.merge.lexicon import _NEGATION

    return bool(_NT.search(text)) or any(w.casefold() in _NEGATION for w in _WORD.findall(text))


def read(short: str, long: str, idf: Idf, level: float) -> dict[str, float]:
    """The containment columns of `short` in `long` (module docstring)."""
    ms, ml = marked_words(short), marked_words(long)
    ws, wl = [w for w, _ in ms], [w for w, _ in ml]
    sim = vectors(ws) @ vectors(wl).T
    same = np.array(ws)[:, None] == np.array(wl)[None, :]
    best = np.where(same, 1.0, sim).max(axis=1)
    w = np.array([idf(x) for x in ws])
    contain = float((best * w).sum() / w.sum())
    share = float((w * (best >= level)).sum() / w.sum())
    names = sorted({x for x, n in ms if n})
    in_long = set(wl)
    name_w = math.fsum(idf(x) for x in names)
    named = math.fsum(idf(x) for x in names if x in in_long) / name_w if names else 1.0
    guard = named == 1.0 and (not _negated(short) or _negated(long))
    return {
        "contain": contain,
        "contain_share": share,
        "contain_guarded": contain if guard else 0.0,
        "contain_named": contain * named,
    }


def rows(
    data: Sequence[Any], ratio: float, level: float, min_words: int = 1
) -> list[dict[str, Any]]:
    from consensus.merge.link import link_model

    model = link_model()
    dev = set(events())
    out = []
    for c in data:
        idf = Idf(c.statements)
        for p in c.pairs:
            la, lb = len(marked_words(p.a)), len(marked_words(p.b))
            if min(la, lb) < min_words or max(la, lb) < ratio * min(la, lb):
                continue
            short, long = (p.a, p.b) if la < lb else (p.b, p.a)
            r: dict[str, Any] = read(short, long, idf, level)
            r["align"] = align(p.a, p.b, idf)
            pl = float(model.prob(p.x[None, :])[0]) if p.compared else math.nan
            r["p_link"] = pl
            r["under"] = not p.compared or pl < model.threshold
            r["kind"], r["dev"] = p.kind, c.name in dev
            r["half"] = zlib.crc32(c.name.encode()) % 2
            out.append(r)
    return out


def _aucs(rs: list[dict[str, Any]], col: str) -> list[float]:
    v = np.array([r[col] for r in rs], dtype=np.float64)
    k = np.array([r["kind"] for r in rs])
    ok = ~np.isnan(v)
    pos, look, oth = (k == "pos") & ok, (k == "look") & ok, (k == "other") & ok
    return [auc(v[pos], v[look]), auc(v[pos], v[oth]), auc(v[pos], v[look | oth])]


def _bar(rs: list[dict[str, Any]]) -> float:
    """The `contain_guarded` bar of best Youden J, positives vs the rest."""
    v = np.array([r["contain_guarded"] for r in rs])
    y = np.array([r["kind"] == "pos" for r in rs])
    best, at = -1.0, 1.0
    for t in np.unique(v):
        if t <= 0:
            continue
        j = (v[y] >= t).mean() - (v[~y] >= t).mean()
        if j > best:
            best, at = j, float(t)
    return at


def _over(rs: list[dict[str, Any]], bar: float) -> str:
    over = [r for r in rs if r["contain_guarded"] >= bar]
    n = {k: sum(r["kind"] == k for r in over) for k in ("pos", "look", "other")}
    tot = {k: sum(r["kind"] == k for r in rs) for k in ("pos", "look", "other")}
    return (
        f"bar {bar:.3f}: pos {n['pos']}/{tot['pos']}, look-alike {n['look']}/{tot['look']}, "
        f"other {n['other']}/{tot['other']}"
    )


def report(rs: list[dict[str, Any]]) -> None:
    for where, sub in (
        ("made-up", [r for r in rs if not r["dev"]]),
        ("dev", [r for r in rs if r["dev"]]),
    ):
        for band, part in (("all", sub), ("under", [r for r in sub if r["under"]])):
            counts = {k: sum(r["kind"] == k for r in part) for k in ("pos", "look", "other")}
            print(
                f"\n{where} {band}: pos {counts['pos']}, look {counts['look']}, "
                f"other {counts['other']}"
            )
            print(f"{'column':16} {'vs look':>7} {'vs other':>8} {'vs both':>7}")
            for col in COLUMNS:
                print(f"{col:16} " + " ".join(f"{a:7.3f}" for a in _aucs(part, col)))
    made = [r for r in rs if not r["dev"] and r["under"]]
    print("\ncontain_guarded bar (Youden J on the under slice), out of sample:")
    for h in (0, 1):
        bar = _bar([r for r in made if r["half"] == h])
        print(
            f"  fit half {h}, scored half {1 - h}: "
            + _over([r for r in made if r["half"] != h], bar)
        )
    bar = _bar(made)
    dev = [r for r in rs if r["dev"] and r["under"]]
    print(f"  fit made-up, scored dev: {_over(dev, bar)}")
    for fixed in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        print(f"  fixed, made-up {_over(made, fixed)}; dev {_over(dev, fixed)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--load", type=Path, required=True)
    ap.add_argument("--ratio", type=float, default=1.6)
    ap.add_argument("--level", type=float, default=0.6)
    ap.add_argument("--min-words", type=int, default=1, help="of the short claim")
    args = ap.parse_args(argv)
    data: Any = pickle.loads(args.load.read_bytes())
    kept = set(tunable(c.name for c in data))
    report(rows([c for c in data if c.name in kept], args.ratio, args.level, args.min_words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
