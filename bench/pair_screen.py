"""The screen of candidate link-model columns on labelled pairs that bench/common_part_pairs.py
and bench/frame_pairs.py share (learn19's frozen protocol, learncol22's equal count).

`Screen(data, variants)` holds each cluster's labelled pairs (x with the shipped
`COMPARISONS` then the `variants`, labels, weights: as scripts/fit_merge_weights.py makes
them). `run` fits the free columns with the shipped weights, bias and threshold frozen,
leave one cluster out, and prints a table row: the fitted weights, pair F1 of the dev /
older / training groups at the shipped threshold, the threshold that keeps the shipped
number of links (equal count) and pair F1 there. `auc_rows` prints each column's AUC per
group, and with `band`, its AUC among the pairs the shipped model puts in that band of
probabilities and how often it is set there on positives and negatives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from consensus.merge import compare, link
from consensus.merge.link import link_model
from consensus.merge.weights import fit_logistic

Data = Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray]]


def _sig(z: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-np.clip(z, -30, 30))))


def _f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = np.sum(pred & (y == 1))
    return float(2 * tp / (2 * tp + np.sum(pred & (y == 0)) + np.sum(~pred & (y == 1))))


def _auc(x: np.ndarray, y: np.ndarray) -> float:
    from scipy.stats import rankdata

    r = rankdata(x)
    n1, n0 = int(y.sum()), int((~y).sum())
    return float((r[y].sum() - n1 * (n1 + 1) / 2) / max(n1 * n0, 1))


class Screen:
    def __init__(self, data: Data, variants: Sequence[str]) -> None:
        from quality_lib import annotated, events

        self.data = data
        self.cols = {c: k for k, c in enumerate((*compare.COMPARISONS, *variants))}
        self.shipped = link_model()
        self.sw = dict(zip(self.shipped.names, self.shipped.weights, strict=True))
        dev = [n for n in data if n in events()]
        self.groups = {
            "dev": dev,
            "older": [
                n for n in data if n not in dev and n not in annotated() and "blind_" not in n
            ],
            "training": [n for n in data if n.startswith("blind_")],
        }
        self.names = list(data)
        w = np.array([self.sw[c] for c in compare.COMPARISONS])
        k = len(compare.COMPARISONS)
        self.base = {n: _sig(data[n][0][:, :k] @ w + self.shipped.bias) for n in self.names}
        self.links = sum(int(np.sum(self.base[n] >= self.shipped.threshold)) for n in self.names)

    @classmethod
    def from_args(
        cls,
        labelled_fn: Callable[[str], tuple[str, np.ndarray, np.ndarray, np.ndarray]],
        variants: Sequence[str],
    ) -> Screen:
        """The screen of the clusters named on the command line (`[--jobs N] NAMES...`),
        each labelled by `labelled_fn` in a process pool."""
        import argparse
        from concurrent.futures import ProcessPoolExecutor

        ap = argparse.ArgumentParser()
        ap.add_argument("names", nargs="+")
        ap.add_argument("--jobs", type=int, default=2)
        args = ap.parse_args()
        with ProcessPoolExecutor(args.jobs) as pool:
            got = list(pool.map(labelled_fn, args.names))
        return cls({n: (x, y, w) for n, x, y, w in got}, variants)

    @staticmethod
    def run_header() -> None:
        print(
            "| column(s), frozen fit | weight(s) | at threshold | equal count: cut | "
            "dev / older / training |"
        )

    def _group(self, grp: list[str], col: str) -> tuple[np.ndarray, np.ndarray]:
        x = np.concatenate([self.data[n][0][:, self.cols[col]] for n in grp])
        return x, np.concatenate([self.data[n][1] for n in grp]) == 1

    def auc_rows(self, columns: Sequence[str], band: tuple[float, float] | None = None) -> None:
        head = f"| column | AUC: {' / '.join(self.groups)} |"
        if band:
            head += (
                f" share of pairs set | AUC in the band {band[0]}-{band[1]}: "
                f"{' / '.join(self.groups)} | set in the band, positives: negatives |"
            )
        print(head)
        for c in columns:
            cells = [" / ".join(f"{_auc(*self._group(g, c)):.3f}" for g in self.groups.values())]
            if band:
                x, y = self._group(self.names, c)
                cells.append(f"{np.mean(x != 0):.3f} (pos {np.mean(x[y] != 0):.3f})")
                aucs, rates = [], []
                for grp in self.groups.values():
                    x, y = self._group(grp, c)
                    p0 = np.concatenate([self.base[n] for n in grp])
                    sel = (p0 >= band[0]) & (p0 < band[1])
                    aucs.append(f"{_auc(x[sel], y[sel]):.3f}")
                    rates.append(
                        f"{np.mean(x[sel][y[sel]] != 0):.2f}:{np.mean(x[sel][~y[sel]] != 0):.2f}"
                    )
                cells += [" / ".join(aucs), " / ".join(rates)]
            print(f"| {c} | {' | '.join(cells)} |", flush=True)

    def run_all(self, variants: Sequence[str], combos: Sequence[Sequence[str]]) -> None:
        """The header, the shipped model, each variant alone, then each combination."""
        self.run_header()
        self.run("shipped (nothing added)", [], {})
        for v in variants:
            self.run(f"+ {v}", [v], {})
        for combo in combos:
            self.run(" + ".join(combo), list(combo), {})

    def run(self, label: str, free: Sequence[str], subst: Mapping[str, str]) -> None:
        data, cols, names, sw = self.data, self.cols, self.names, self.sw
        xs = {n: data[n][0].copy() for n in names}
        for n in names:
            for a, b in subst.items():
                xs[n][:, cols[a]] = xs[n][:, cols[b]]
        fixed = [c for c in compare.COMPARISONS if c not in subst]
        fcols = [*subst, *free]
        off = {
            n: xs[n][:, [cols[c] for c in fixed]] @ np.array([sw[c] for c in fixed])
            + self.shipped.bias
            for n in names
        }

        def fitted(on: list[str]) -> np.ndarray:
            if not fcols:
                return np.zeros(0)
            m = fit_logistic(
                np.vstack([xs[n][:, [cols[c] for c in fcols]] for n in on]),
                np.concatenate([data[n][1] for n in on]),
                fcols,
                l2=1.0,
                weights=np.concatenate([data[n][2] for n in on]),
                offset=np.concatenate([off[n] for n in on]),
                fit_bias=False,
            )
            return np.array(m.weights)

        probs = {}
        for h in names:
            w = fitted([n for n in names if n != h])
            probs[h] = _sig(xs[h][:, [cols[c] for c in fcols]] @ w + off[h])
        cut = float(np.sort(np.concatenate(list(probs.values())))[::-1][self.links - 1])
        at, eq = [], []
        for grp in self.groups.values():
            p = np.concatenate([probs[n] for n in grp])
            y = np.concatenate([data[n][1] for n in grp])
            at.append(f"{_f1(p >= self.shipped.threshold, y):.3f}")
            eq.append(f"{_f1(p >= cut, y):.3f}")
        ws = ", ".join(f"{v:+.2f}" for v in fitted(names))
        print(f"| {label} | {ws} | {' / '.join(at)} | {cut:.3f} | {' / '.join(eq)} |", flush=True)


def install(
    variants: Sequence[str],
    on_init: Callable[[Any], None],
    extra: Callable[[Any, Sequence[tuple[int, int]], np.ndarray], np.ndarray],
) -> None:
    """Extra columns `variants` after `COMPARISONS` in every comparison vector `merge`
    makes (once a process): `on_init(ctx)` after each `PairContext` is made, `extra(ctx,
    pairs, shipped_columns)` gives the extra columns of a chunk of pairs."""
    shared = vars(link)  # (link.py's own name for the columns: the merge reads that one)
    if shared["COMPARISONS"] != compare.COMPARISONS:
        return
    init, feats = compare.PairContext.__init__, compare.PairContext.features

    def patched_init(self: Any, views: Any, vectors: Any) -> None:
        init(self, views, vectors)
        on_init(self)

    def patched_features(self: Any, pairs: Sequence[tuple[int, int]], lexical: Any) -> Any:
        out = feats(self, pairs, lexical)
        return np.hstack([out, extra(self, pairs, out)])

    compare.PairContext.__init__ = patched_init  # type: ignore[method-assign]
    compare.PairContext.features = patched_features  # type: ignore[method-assign]
    shared["COMPARISONS"] = (*compare.COMPARISONS, *variants)


def labelled(name: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """One cluster's labelled pairs as scripts/fit_merge_weights.py makes them."""
    import fit_merge_weights as fmw

    d = fmw._labelled(name, *fmw.gold_cluster(name))
    return name, d.x, d.y, d.w


def report_with(
    argv: list[str], variants: Sequence[str], patch: Callable[[], None], label: str
) -> int:
    """`--report COLUMN=WEIGHT ... [bias=B] [threshold=T] -- QUALITY ARGS`: bench/quality.py
    with the shipped link weights plus the given `variants` columns at the given weights
    (every other 0), after `patch` installs them (frame_pairs, predicate_pairs)."""
    from consensus.merge.link import link_model, weights_in_scope
    from consensus.merge.weights import LogisticModel

    cut = argv.index("--") if "--" in argv else len(argv)
    given = dict(a.split("=") for a in argv[1:cut])
    patch()
    shipped = link_model()
    model = LogisticModel(
        names=(*shipped.names, *variants),
        weights=(*shipped.weights, *(float(given.get(v, 0.0)) for v in variants)),
        bias=shipped.bias + float(given.get("bias", 0.0)),
        threshold=float(given.get("threshold", shipped.threshold)),
        meta=dict(shipped.meta),
    )
    import quality

    print(f"({label} columns: {given})", flush=True)
    with weights_in_scope(model):
        return quality.main(argv[cut + 1 :])
