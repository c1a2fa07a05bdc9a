"""The content-concept cosine (`cosc`) as a LINK column: measured on labelled pairs.

Session 60's disputes60 found that the offline word-vector model's cosine between two
statements' CONTENT concepts (the statement without its speech frame, names and figures)
ranks gold pairs better than the full-statement cosine the link model reads. This tool asks
whether it helps the link-or-not decision, on the labelled pairs of bench/align_columns.py
(`--dump` / `--load`: gold agreed pairs of two gold origins, gold look-alikes, and other
pairs of two origins covering different gold facts that share a content stem).

Columns, from the statement text alone (so the merger could be handed their vectors):

- `cosc`: the bundled static model's cosine of the two statements' content-concept strings
  (`content_text`: the concepts, sorted, without stop words, speech verbs, names --
  capitalised past the first word -- and figures);
- `cosc_words`: the same over the content words as printed (lower case, in order), not
  their concept stems;
- `cosc_idf`: cosine of the IDF-weighted means of the content words' own vectors (IDF over
  the cluster's statements, by concept);
- `cosc_hi`: max(0, cosc - 0.7), the near-paraphrase band alone (as `cosine_hi`).

Printed: each column's AUC (positive vs negative over compared pairs; over the pairs the
shipped model leaves under its bar, `hard`; over never-compared positives vs look-alikes),
then out of sample: the tunable clusters sorted by name and cut into every-other halves,
a logistic fit on the shipped model's columns with and without the candidate fitted on one
half and scored on the other (both ways), and fitted on every tunable cluster and scored on
the dev clusters: log loss, AUC, the hard slice's AUC against look-alikes, and (the shipped
model frozen, the candidate's weight and a bias shift fitted) the positives over a bar that
lets as many negatives over it as the shipped threshold does (`align_columns.crossings`).

Prints figures only, never texts.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/cosc_column.py --load PATH
       (PATH: `bench/align_columns.py --dev --madeup --dump PATH`)
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import align_columns  # noqa: E402
from align_columns import Cluster, Pair, auc, crossings  # noqa: E402
from quality_lib import events, tunable  # noqa: E402


def content_words(statement: str) -> list[tuple[str, str]]:
    """(word as printed, lower case; its concept) for the content words of a statement: the
    words with a concept (no stop word, no speech verb), no figure, and no name (a word
    capitalised past the first one)."""
    from consensus.merge.features import _raw_tokens

    out = []
    for k, (surface, concept) in enumerate(_raw_tokens(statement)):
        if not concept or concept == "appeal" or any(ch.isdigit() for ch in surface):
            continue
        if k > 0 and surface[:1].isupper():
            continue
        out.append((surface.lower(), concept))
    return out


def content_text(statement: str) -> str:
    """The statement's content concepts, sorted and once each ("-" when none)."""
    return " ".join(sorted({c for _, c in content_words(statement)})) or "-"


def words_text(statement: str) -> str:
    """The statement's content words as printed, lower case, in order ("-" when none)."""
    return " ".join(w for w, _ in content_words(statement)) or "-"


@cache
def _embedded(text: str) -> np.ndarray:
    from consensus.vectors import offline_embed

    return offline_embed([text])[0]


def _cos(a: str, b: str) -> float:
    if a == "-" or b == "-":
        return 0.0
    return float(np.dot(_embedded(a), _embedded(b)))


class ConceptIdf:
    """IDF of content concepts over one cluster's statements."""

    def __init__(self, statements: Sequence[str]) -> None:
        self.n = max(1, len(statements))
        self.df: Counter[str] = Counter()
        for s in statements:
            self.df.update({c for _, c in content_words(s)})

    def __call__(self, concept: str) -> float:
        return math.log((self.n + 1) / (self.df.get(concept, 0) + 1)) + 1.0


def _idf_mean(statement: str, idf: ConceptIdf) -> np.ndarray | None:
    ws = content_words(statement)
    if not ws:
        return None
    vec = align_columns.vectors([w for w, _ in ws])
    wts = np.array([idf(c) for _, c in ws])
    m = (vec * wts[:, None]).sum(axis=0)
    norm = float(np.linalg.norm(m))
    return m / norm if norm else None


def cosc_idf(a: str, b: str, idf: ConceptIdf) -> float:
    va, vb = _idf_mean(a, idf), _idf_mean(b, idf)
    return 0.0 if va is None or vb is None else float(np.dot(va, vb))


COSC_HI_FROM = 0.7  # (`cosc_hi`)

COLUMNS: dict[str, Callable[[str, str, ConceptIdf], float]] = {
    "cosc": lambda a, b, _: _cos(content_text(a), content_text(b)),
    "cosc_words": lambda a, b, _: _cos(words_text(a), words_text(b)),
    "cosc_idf": cosc_idf,
    # the near-paraphrase band alone, as `cosine_hi` reads the statement cosine's
    "cosc_hi": lambda a, b, _: max(0.0, _cos(content_text(a), content_text(b)) - COSC_HI_FROM),
}


def halves(names: Sequence[str]) -> dict[str, int]:
    """Every other cluster by sorted name: 0, 1, 0, 1, ..."""
    return {n: k % 2 for k, n in enumerate(sorted(names))}


def load(path: Path) -> list[Cluster]:
    """A dump of bench/align_columns.py (its classes pickled under `__main__` or by module)."""

    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if name in ("Cluster", "Pair"):
                return {"Cluster": Cluster, "Pair": Pair}[name]
            return super().find_class(module, name)

    with path.open("rb") as fh:
        data: list[Cluster] = _Unpickler(fh).load()
    return data


def never(
    cols: dict[str, np.ndarray],
    npos: np.ndarray,
    nlook: np.ndarray,
    cpos: np.ndarray,
    cother: np.ndarray,
) -> None:
    """Blocking's question: the never-compared positives (and look-alikes) at or over the
    compared positives' median and the compared near negatives' 90th percentile."""
    for n in ("cosc", "cosc_words", "cosc_idf"):  # (`cosc_hi` is 0 for most pairs)
        v = cols[n]
        med, p90 = float(np.median(v[cpos])), float(np.percentile(v[cother], 90))
        print(
            f"  never compared, {n}: pos {(v[npos] >= med).sum()}/{npos.sum()} at or over the "
            f"compared positives' median {med:.3f}, {(v[npos] >= p90).sum()} over the near "
            f"negatives' 90th percentile {p90:.3f} (look-alikes {(v[nlook] >= med).sum()} / "
            f"{(v[nlook] >= p90).sum()} of {nlook.sum()})"
        )


def measure(clusters: Sequence[Cluster]) -> None:
    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    model = link_model()
    t, width = model.threshold, len(model.weights)
    dev = set(events())
    made = set(tunable(c.name for c in clusters if c.name not in dev))
    clusters = [c for c in clusters if c.name in dev or c.name in made]
    pairs = [p for c in clusters for p in c.pairs]
    rows = [
        [fn(p.a, p.b, idf) for fn in COLUMNS.values()]
        for c in clusters
        for idf in (ConceptIdf(c.statements),)
        for p in c.pairs
    ]
    table = np.array(rows, dtype=np.float64).reshape(len(pairs), len(COLUMNS))
    cols = {n: table[:, q] for q, n in enumerate(COLUMNS)}
    kind = np.array([p.kind for p in pairs])
    comp = np.array([p.compared for p in pairs])
    share = np.array([p.kind != "other" or align_columns.shares_word(p) for p in pairs])
    xs = np.vstack([p.x[:width] if p.x is not None else np.zeros(width) for p in pairs])
    plink = model.prob(xs)
    cols["cosine"] = xs[:, 0]
    cols["soft_words"] = xs[:, 13]
    cols["p_link"] = plink
    pos, look, other = kind == "pos", kind == "look", (kind == "other") & share
    neg = look | other
    is_dev = np.array([p.cluster in dev for p in pairs])
    for label, part in (("made-up", ~is_dev), ("dev", is_dev)):
        hard = part & pos & comp & (plink < t)
        print(
            f"\n{label}: {len({p.cluster for p, m in zip(pairs, part, strict=True) if m})} "
            f"clusters; compared pos {(part & pos & comp).sum()} (under the bar "
            f"{hard.sum()}), look-alike {(part & look & comp).sum()}, other "
            f"{(part & other & comp).sum()}; never compared pos {(part & pos & ~comp).sum()}"
        )
        print(f"{'column':11} {'all':>6} {'vs look':>7} {'hard':>6} {'hard/lk':>7} {'never':>6}")
        for n, v in cols.items():
            under = part & comp & (plink < t)
            fig = [
                auc(v[part & pos & comp], v[part & neg & comp]),
                auc(v[part & pos & comp], v[part & look & comp]),
                auc(v[hard], v[under & neg]),
                auc(v[hard], v[part & look & comp]),
                auc(v[part & pos & ~comp], v[part & look]) if n in COLUMNS else float("nan"),
            ]
            print(
                f"{n:11} "
                + " ".join(f"{f:6.3f}" if i != 1 else f"{f:7.3f}" for i, f in enumerate(fig))
            )
        never(cols, part & pos & ~comp, part & look & ~comp, part & pos & comp, part & other & comp)
    sel = comp & (pos | neg)
    y = pos[sel].astype(np.float64)
    x0 = xs[sel]
    half = halves(sorted(made))
    for label, side, fits in (
        (
            "made-up halves by sorted name",
            np.array([half.get(p.cluster, -1) for p in pairs]),
            (0, 1),
        ),
        ("fitted on made-up, scored on dev", is_dev.astype(int), (0,)),
    ):
        s = side[sel]
        keep = s >= 0
        scored = np.isin(s, [1 - f for f in fits])
        hard_s = (pos & comp & (plink < t))[sel]
        print(f"\n{label}: logistic on the shipped columns + candidate")
        print(f"{'column':21} {'logloss':>8} {'AUC all':>8} {'AUC hard':>8} {'weights':>14}")
        for n in ("(none)", *COLUMNS):
            extra = [] if n == "(none)" else [n]
            x = np.hstack([x0, *(cols[e][sel, None] for e in extra)])
            p_out = np.zeros(len(y))
            wts = []
            for f in fits:
                tr, te = keep & (s == f), keep & (s != f)
                m = fit_logistic(x[tr], y[tr], [*model.names, *extra], l2=1.0)
                p_out[te] = m.prob(x[te])
                wts.append(m.weights[-1])
            q, ys = np.clip(p_out[scored], 1e-9, 1 - 1e-9), y[scored]
            ll = float(-np.mean(ys * np.log(q) + (1 - ys) * np.log(1 - q)))
            a_all = auc(p_out[scored & (y == 1)], p_out[scored & (y == 0)])
            a_hard = auc(p_out[scored & hard_s], p_out[scored & look[sel]])
            wt = "-" if n == "(none)" else "/".join(f"{w:+.2f}" for w in wts)
            print(f"{n:21} {ll:8.4f} {a_all:8.3f} {a_hard:8.3f} {wt:>14}")
        crossings(
            model,
            x0[keep],
            y[keep],
            s[keep],
            look[sel][keep],
            {n: cols[n][sel][keep] for n in COLUMNS},
            (),
            fits,
        )


def over_equal_negatives(z: np.ndarray, was: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The pairs whose new log-odds `z` reach a bar that lets over it as many negatives as
    the shipped model lets over its threshold (`was`: the shipped model's pairs over it)."""
    k = int((was & ~y).sum())
    if not k:
        return np.zeros(len(z), dtype=bool)
    bar = np.sort(z[~y])[::-1][k - 1]
    return np.asarray(z >= bar)


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out: np.ndarray = np.log(q / (1 - q))
    return out


def stance_rows(path: Path) -> list[dict[str, str]]:
    """bench/stance_pairs.py's rows, the one-side rows left out (no link question)."""
    import csv

    with path.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r["label"] != "side"]


def stance_arrays(rows: Sequence[dict[str, str]]) -> dict[str, np.ndarray]:
    """The columns read of stance rows, `y` (a gold agreed pair) and `look` (a look-alike)."""
    out = {k: np.array([float(r[k]) for r in rows]) for k in ("p", "cos", "cosc", "rare")}
    out["y"] = np.array([r["label"] == "agreed" for r in rows])
    out["look"] = np.array([r["label"] == "alike" for r in rows])
    return out


def from_stance(train: Path, dev: Path) -> None:
    """The same question on bench/stance_pairs.py's rows (every compared pair of two gold
    origins' claims, `cosc` from the merger's own content concepts, `p` the shipped link
    probability): agreed (one gold fact) against the rest (alike, other, and a dispute's
    two sides); the candidate added to the shipped log-odds (frozen) with a weight and a
    bias shift fitted on every other made-up cluster by sorted name, scored on the other
    half, and fitted on every made-up cluster, scored on dev; read at as many negatives
    over the bar as the shipped threshold lets over ("(none)": the bias shift alone)."""
    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    t = link_model().threshold
    every = stance_rows(train)
    kept = set(tunable({r["cluster"] for r in every}))
    made = [r for r in every if r["cluster"] in kept]
    m, d = stance_arrays(made), stance_arrays(stance_rows(dev))
    for label, a in (("made-up", m), ("dev", d)):
        y, under = a["y"], a["p"] < t
        print(
            f"\n{label}: {len({r['cluster'] for r in made}) if a is m else 'dev'} clusters, "
            f"{len(y)} compared pairs, agreed {y.sum()} (under the bar {(y & under).sum()})"
        )
        for n in ("cosc", "cos", "rare", "p"):
            v = a[n]
            print(
                f"  {n:5} AUC agreed vs rest {auc(v[y], v[~y]):.3f}, under the bar "
                f"{auc(v[y & under], v[~y & under]):.3f}, vs look-alikes "
                f"{auc(v[y], v[a['look']]):.3f}"
            )
    half = halves(sorted(kept))
    side = np.array([half[r["cluster"]] for r in made])
    z0, z0d = _logit(m["p"]), _logit(d["p"])
    print("\nadded to the shipped log-odds at equal negatives: agreed pairs gained / lost")
    for n in ("(none)", "cosc", "cos", "rare"):
        col = np.zeros((len(z0), 0)) if n == "(none)" else m[n][:, None]
        cold = np.zeros((len(z0d), 0)) if n == "(none)" else d[n][:, None]
        names = [] if n == "(none)" else [n]
        gained = lost = 0
        wts = []
        for f in (0, 1):
            tr, te = side == f, side != f
            fit = fit_logistic(col[tr], m["y"][tr], names, offset=z0[tr])
            z = z0[te] + col[te] @ np.array(fit.weights) + fit.bias
            y, was = m["y"][te], m["p"][te] >= t
            over = over_equal_negatives(z, was, y)
            gained += int((over & ~was & y).sum())
            lost += int((~over & was & y).sum())
            wts.append("/".join(f"{w:+.2f}" for w in fit.weights) or "-")
        fit = fit_logistic(col, m["y"], names, offset=z0)
        z = z0d + cold @ np.array(fit.weights) + fit.bias
        was = d["p"] >= t
        over = over_equal_negatives(z, was, d["y"])
        print(
            f"  {n:6} made-up halves {gained} / {lost} (weights {' '.join(wts)}); dev "
            f"{(over & ~was & d['y']).sum()} / {(~over & was & d['y']).sum()}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--stance", type=Path, nargs=2, metavar=("TUNABLE_TSV", "DEV_TSV"))
    args = ap.parse_args(argv)
    if args.stance:
        from_stance(*args.stance)
    if args.load:
        measure(load(args.load))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
