"""Which similarity tells a paraphrase from a look-alike: candidate link columns on gold pairs.

Labelled claim pairs come from the dev clusters and the tunable made-up clusters
(tests/data/madeup minus HELD_OUT.txt, filtered out before anything is read), labelled as
scripts/fit_merge_weights.py labels them (its `cluster_pairs` and `pair_label`):

- positive: two claims of two gold origins that cover one gold agreed fact. Those `merge`
  compares (candidate pairs) carry their comparison row; those it never compares
  (`never`: no candidate pair) carry the text columns only;
- look-alike: a gold `distinct` pair (same words, a different place / day / thing counted);
- other: two claims of two origins covering different gold facts that share a content
  stem (the near negatives a similarity must keep apart).

Columns, all offline (the bundled wordllama model, no network):

- `align`: soft word alignment. Each content word of one claim (`content_words`, stop words
  out) takes its best cosine to the other claim's content words (a word's vector is
  wordllama's unit mean vector of the word alone), weighted by the word's IDF within the
  cluster (over every claim statement of the cluster); the weighted mean each way, then the
  mean of the two ways (BERTScore-like, static vectors);
- `align_vn`: the same over the words that are neither names (capitalised past the first
  word) nor figures (any digit or a spelled number) -- the verbs and nouns that carry what
  happened, free of which place / person / amount;
- `align_hard`: `align` where a name or a figure meets only itself (cosine 1 to the same
  word, 0 to any other), so a different place / person / amount stays unmatched;
- `name_match`: the IDF-weighted share of both statements' names and figures the other
  prints too (1 when neither prints one);
- `align_gated`: `align_vn` times `name_match`;
- `idf_bow`: cosine of the cluster-IDF weighted bags of content stems;
- the shipped comparison columns `cosine`, `lexical`, `rare_words`, `soft_words` and the
  shipped link probability `p_link`, for reference.

Printed per column: the AUC of positive vs negative (look-alike and other) over all
candidate pairs, on the hard slice (positives the shipped weights score under the link bar
vs gold look-alikes), and on the never-compared positives vs look-alikes; then the gain of
each column added to a logistic fit on the shipped comparison columns, out of sample
(the clusters cut in two halves by a checksum of the name; fit on one, scored on the
other, both ways; with `--score-dev`, fitted on the made-up clusters and scored on the dev
ones): log loss, AUC and AUC of the hard slice without and with the column; and each column
added to the shipped link model, read at equal negatives (`crossings`).

`--dump PATH` writes the pairs (statements, labels, comparison rows, every statement of each
cluster for the IDF) as a pickle; `--load PATH` reads it back (building takes minutes).
Prints figures only, never the texts (they belong to their publishers).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/align_columns.py [--dev] [--madeup]
       [--dump PATH | --load PATH] [--score-dev] [name ...]
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality_lib import events, gold_cluster, tunable  # noqa: E402
from worded_apart import clusters as chosen  # noqa: E402  (names, --dev, --madeup; tunable)

NEAR_FROM = 0.1  # the `near` slice: pairs the shipped weights score from this to the bar
# two columns fitted together (the soft alignment and the exact names-and-figures share)
PAIRED = ("align_hard+name_match", "align_vn+name_match", "align+name_match")
REFERENCE = ("cosine", "lexical", "rare_words", "soft_words")


@dataclass
class Pair:
    cluster: str
    kind: str  # "pos" | "look" | "other"
    compared: bool  # a candidate pair `merge` scores (x is its comparison row)
    x: np.ndarray | None
    a: str
    b: str


@dataclass
class Cluster:
    name: str
    statements: list[str]
    pairs: list[Pair]


def build(name: str) -> Cluster:
    """One cluster's labelled pairs (see the module docstring)."""
    from fit_merge_weights import cluster_pairs, pair_label

    cp = cluster_pairs(*gold_cluster(name))
    gold, covers, distinct = cp.gold, cp.covers, cp.distinct
    text = {(cs.article, k): c.statement for cs in cp.claim_sets for k, c in enumerate(cs.claims)}
    pairs: list[Pair] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for r, (ka, kb) in enumerate(cp.keys):
        seen |= {(ka, kb), (kb, ka)}
        if gold[ka[0]] == gold[kb[0]]:
            continue
        fa, fb = covers.get(ka, set()), covers.get(kb, set())
        d = (ka, kb) in distinct
        label = pair_label(fa, fb, d)
        if label is None or label[1] != 1.0:
            continue
        kind = "look" if d else ("pos" if label[0] == 1 else "other")
        pairs.append(Pair(name, kind, True, cp.x[r], text[ka], text[kb]))
    keys = sorted(k for k, f in covers.items() if f)
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if (ka, kb) in seen or gold[ka[0]] == gold[kb[0]]:
                continue
            if covers[ka] & covers[kb]:
                pairs.append(Pair(name, "pos", False, None, text[ka], text[kb]))
            elif (ka, kb) in distinct:
                pairs.append(Pair(name, "look", False, None, text[ka], text[kb]))
    return Cluster(name, sorted(set(text.values())), pairs)


# --- the columns -----------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d.,]*")  # linear: no nested quantifier
_SPELLED = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "half quarter percent per cent first second third".split()
)


@cache
def _stop() -> frozenset[str]:
    from consensus.merge.claim_words import _STOP

    return frozenset(_STOP)


def marked_words(text: str) -> list[tuple[str, bool]]:
    """The content words of a statement, lower case (longer than two characters, no stop
    word; figures kept), each marked True when it is a name (capitalised past the first
    word) or a figure (a digit, a spelled number)."""
    out = []
    for k, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        low = w.casefold().strip("'-")
        low = low[:-2] if low.endswith("'s") else low  # (a possessive: the word itself)
        if w[0].isdigit():
            out.append((low, True))
            continue
        if len(low) <= 2 or low in _stop():
            continue
        out.append((low, (k > 0 and w[0].isupper()) or low in _SPELLED))
    return out


def words(text: str, names_figures: bool = True) -> list[str]:
    """`marked_words` without the marks; without `names_figures`, the names and figures
    left out."""
    return [w for w, named in marked_words(text) if names_figures or not named]


_VEC: dict[str, np.ndarray] = {}


def vectors(ws: Sequence[str]) -> np.ndarray:
    """Unit wordllama vectors of single words (each the mean of its tokens), remembered."""
    from consensus.vectors import offline_embed

    new = sorted({w for w in ws if w not in _VEC})
    if new:
        for w, v in zip(new, offline_embed(new), strict=True):
            _VEC[w] = v
    if not ws:
        return np.zeros((0, 256), dtype=np.float32)
    return np.vstack([_VEC[w] for w in ws])


class Idf:
    """Inverse document frequency of words and stems over one cluster's statements."""

    def __init__(self, statements: Sequence[str]) -> None:
        from consensus.merge.claim_words import statement_words

        self.n = max(1, len(statements))
        self.df: Counter[str] = Counter()
        self.sdf: Counter[str] = Counter()
        for s in statements:
            self.df.update(set(words(s)))
            self.sdf.update(statement_words(s)[1])

    def __call__(self, w: str) -> float:
        return math.log((self.n + 1) / (self.df.get(w, 0) + 1)) + 1.0

    def stem(self, w: str) -> float:
        return math.log((self.n + 1) / (self.sdf.get(w, 0) + 1)) + 1.0


def align(a: str, b: str, idf: Idf, names_figures: bool = True) -> float:
    """Soft word alignment of two statements (module docstring: `align`, `align_vn`); 0 when
    either has no word to align."""
    wa, wb = words(a, names_figures), words(b, names_figures)
    if not wa or not wb:
        return 0.0
    return _both_ways(vectors(wa) @ vectors(wb).T, wa, wb, idf)


def _both_ways(sim: np.ndarray, wa: Sequence[str], wb: Sequence[str], idf: Idf) -> float:
    """The mean of the two IDF-weighted means of each word's best cosine (`sim`: rows the
    words of one statement, columns the other's)."""
    ia = np.array([idf(w) for w in wa])
    ib = np.array([idf(w) for w in wb])
    one = float((sim.max(axis=1) * ia).sum() / ia.sum())
    two = float((sim.max(axis=0) * ib).sum() / ib.sum())
    return (one + two) / 2


def align_hard(a: str, b: str, idf: Idf) -> float:
    """`align` where a name or a figure meets only itself (cosine 1 to the same word, 0 to any
    other): ordinary words align softly (a paraphrase), a different place, person or amount
    counts as unmatched (a look-alike)."""
    ma, mb = marked_words(a), marked_words(b)
    if not ma or not mb:
        return 0.0
    wa, wb = [w for w, _ in ma], [w for w, _ in mb]
    sim = vectors(wa) @ vectors(wb).T
    hard_a = np.array([n for _, n in ma])[:, None]
    hard_b = np.array([n for _, n in mb])[None, :]
    same = np.array(wa)[:, None] == np.array(wb)[None, :]
    return _both_ways(np.where(hard_a | hard_b, same.astype(np.float32), sim), wa, wb, idf)


def name_match(a: str, b: str, idf: Idf) -> float:
    """The IDF-weighted share of the names and figures of both statements that the other
    prints too (1 when neither prints one)."""
    na = {w for w, n in marked_words(a) if n}
    nb = {w for w, n in marked_words(b) if n}
    if not na and not nb:
        return 1.0
    # (summed in sorted order: a set's order varies from run to run, and so would the last bits)
    total = math.fsum(idf(w) for w in sorted(na)) + math.fsum(idf(w) for w in sorted(nb))
    return 2 * math.fsum(idf(w) for w in sorted(na & nb)) / total


def align_gated(a: str, b: str, idf: Idf) -> float:
    """`align_vn` (the ordinary words, aligned softly) times `name_match` (the names and
    figures, met exactly): a paraphrase keeps its alignment, a look-alike that prints the
    same words of another place, person or amount loses it."""
    return align(a, b, idf, names_figures=False) * name_match(a, b, idf)


def idf_bow(a: str, b: str, idf: Idf) -> float:
    """Cosine of the cluster-IDF weighted bags of content stems."""
    from consensus.merge.claim_words import statement_words

    ca, cb = Counter(statement_words(a)[1]), Counter(statement_words(b)[1])
    if not ca or not cb:
        return 0.0
    dot = math.fsum(ca[w] * cb[w] * idf.stem(w) ** 2 for w in sorted(ca.keys() & cb.keys()))
    na = math.sqrt(math.fsum((c * idf.stem(w)) ** 2 for w, c in ca.items()))
    nb = math.sqrt(math.fsum((c * idf.stem(w)) ** 2 for w, c in cb.items()))
    return dot / (na * nb)


TEXT_COLUMNS: dict[str, Callable[[str, str, Idf], float]] = {
    "align": lambda a, b, i: align(a, b, i),
    "align_vn": lambda a, b, i: align(a, b, i, names_figures=False),
    "align_hard": align_hard,
    "name_match": name_match,
    "align_gated": align_gated,
    "idf_bow": idf_bow,
}


def shares_word(p: Pair) -> bool:
    from consensus.merge.claim_words import statement_words

    return bool(statement_words(p.a)[1] & statement_words(p.b)[1])


# --- measures --------------------------------------------------------------------------


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability a positive scores over a negative (ties count half)."""
    if not len(pos) or not len(neg):
        return float("nan")
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sv = allv[order]
    k = 0
    while k < len(sv):  # average ranks over ties
        j = k
        while j + 1 < len(sv) and sv[j + 1] == sv[k]:
            j += 1
        ranks[order[k : j + 1]] = (k + j) / 2 + 1
        k = j + 1
    rp = ranks[: len(pos)].sum()
    return float((rp - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def table(clusters: Sequence[Cluster], score_dev: bool = False) -> None:
    from consensus.merge.compare import COMPARISONS
    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    model = link_model()
    t = model.threshold
    pairs = [p for c in clusters for p in c.pairs]
    cols: dict[str, np.ndarray] = {n: np.zeros(len(pairs)) for n in TEXT_COLUMNS}
    k = 0
    for c in clusters:
        idf = Idf(c.statements)
        for p in c.pairs:
            for n, fn in TEXT_COLUMNS.items():
                cols[n][k] = fn(p.a, p.b, idf)
            k += 1
    kind = np.array([p.kind for p in pairs])
    comp = np.array([p.compared for p in pairs])
    share = np.array([p.kind != "other" or shares_word(p) for p in pairs])
    xs = np.vstack([p.x if p.x is not None else np.zeros(len(COMPARISONS)) for p in pairs])
    plink = model.prob(xs)
    for n in REFERENCE:
        cols[n] = np.where(comp, xs[:, COMPARISONS.index(n)], np.nan)
    cols["p_link"] = np.where(comp, plink, np.nan)
    pos, look, other = kind == "pos", kind == "look", (kind == "other") & share
    hard = pos & comp & (plink < t)
    near = comp & (plink >= NEAR_FROM) & (plink < t)  # under the bar, near it
    print(
        f"{len(clusters)} clusters; compared pairs: pos {(pos & comp).sum()} (under the bar "
        f"{hard.sum()}), look-alike {(look & comp).sum()}, other sharing a stem "
        f"{(other & comp).sum()}; never compared: pos {(pos & ~comp).sum()}, "
        f"look-alike {(look & ~comp).sum()}"
    )
    print(
        f"{'column':11} {'all':>6} {'vs look':>7} {'vs other':>8} {'hard':>6} "
        f"{'never':>6} {'near':>6}   means: pos / hard / look / other"
    )
    for n, v in cols.items():
        fig = [
            auc(v[pos & comp], v[(look | other) & comp]),
            auc(v[pos & comp], v[look & comp]),
            auc(v[pos & comp], v[other & comp]),
            auc(v[hard], v[look & comp]),
            auc(v[pos & ~comp], v[look]) if n in TEXT_COLUMNS else float("nan"),
            auc(v[near & pos], v[near & (look | other)]),
        ]
        means = [np.nanmean(v[m]) for m in (pos & comp, hard, look & comp, other & comp)]
        print(
            f"{n:11} "
            + " ".join(f"{f:6.3f}" if i != 2 else f"{f:8.3f}" for i, f in enumerate(fig))
            + "   "
            + " / ".join(f"{m:.3f}" for m in means)
        )
    # out of sample: shipped columns + one candidate, fitted on one half of the clusters
    sel = comp & (pos | look | other)
    y = pos[sel].astype(np.float64)
    x0 = xs[sel]
    if score_dev:  # fit on the made-up clusters, score the dev ones
        dev = set(events())
        side = np.array([p.cluster in dev for p in pairs], dtype=int)[sel]
        fits: tuple[int, ...] = (0,)
    else:
        side = np.array([zlib.crc32(p.cluster.encode()) % 2 for p in pairs])[sel]
        fits = (0, 1)
    scored = np.isin(side, [1 - f for f in fits])
    hard_s, look_s = hard[sel], look[sel]
    print(
        "\nadded to a logistic fit on the shipped columns (fit on "
        + (
            "the made-up clusters, scored on dev)"
            if score_dev
            else "one half, scored on the other)"
        )
    )
    print(f"{'column':21} {'logloss':>8} {'AUC all':>8} {'AUC hard':>8} {'last weight':>14}")
    for n in ("(none)", *TEXT_COLUMNS, *PAIRED):
        extra = [] if n == "(none)" else n.split("+")
        x = np.hstack([x0, *(cols[e][sel, None] for e in extra)])
        names = list(COMPARISONS) + extra
        p_out = np.zeros(len(y))
        wts = []
        for fit_on in fits:
            tr, te = side == fit_on, side != fit_on
            m = fit_logistic(x[tr], y[tr], names, l2=1.0)
            p_out[te] = m.prob(x[te])
            wts.append(m.weights[-1])
        q, ys = np.clip(p_out[scored], 1e-9, 1 - 1e-9), y[scored]
        ll = float(-np.mean(ys * np.log(q) + (1 - ys) * np.log(1 - q)))
        a_all = auc(p_out[scored & (y == 1)], p_out[scored & (y == 0)])
        a_hard = auc(p_out[scored & hard_s], p_out[scored & look_s])
        wt = "-" if n == "(none)" else "/".join(f"{w:+.2f}" for w in wts)
        print(f"{n:21} {ll:8.4f} {a_all:8.3f} {a_hard:8.3f} {wt:>14}")
    text_cols = {n: cols[n][sel] for n in TEXT_COLUMNS}
    crossings(model, x0, y, side, look_s, text_cols, PAIRED, fits)


def crossings(
    model: Any,
    x: np.ndarray,
    y: np.ndarray,
    side: np.ndarray,
    look: np.ndarray,
    cols: dict[str, np.ndarray],
    paired: Sequence[str] = (),
    fits: Sequence[int] = (0, 1),
) -> None:
    """Each column (and each `+` pair of columns in `paired`) added to the shipped link
    model (its log-odds frozen as an offset; the column's weight and a bias shift fitted on
    one half of the clusters), read on the other
    half at equal negatives: the bar is moved to let over it as many negatives as the
    shipped model lets over its threshold, and the pairs over it are counted by label
    against the shipped model's (so a column gains only what it ranks better)."""
    from consensus.merge.weights import fit_logistic

    t = model.threshold
    off = model.logit(x)
    p0 = model.prob(x)
    print(
        "\nadded to the shipped link model (frozen; weight + bias shift fitted out of sample),"
        f" scored at as many negatives over the bar as the shipped one at {t:.3f}"
    )
    print(f"{'column':21} {'pos over':>8} {'gained':>7} {'lost':>5} {'look over':>9}")
    for n in ("(none)", *cols, *paired):
        extra = [] if n == "(none)" else n.split("+")
        c = np.column_stack([cols[e] for e in extra]) if extra else np.zeros((len(y), 0))
        over = np.zeros(len(y), dtype=bool)
        for fit_on in fits:
            tr, te = side == fit_on, side != fit_on
            m = fit_logistic(c[tr], y[tr], extra, l2=1.0, offset=off[tr])
            z = off[te] + c[te] @ np.array(m.weights) + m.bias
            neg = z[y[te] == 0]
            k = int(((p0[te] >= t) & (y[te] == 0)).sum())
            bar = np.sort(neg)[::-1][k - 1] if k else np.inf
            over[te] = z >= bar
        was = (p0 >= t) & np.isin(side, [1 - f for f in fits])
        print(
            f"{n:21} {(over & (y == 1)).sum():8} {(over & ~was & (y == 1)).sum():7} "
            f"{(~over & was & (y == 1)).sum():5} {(over & look).sum():9}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--madeup", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--score-dev", action="store_true")
    args = ap.parse_args(argv)
    clusters: list[Cluster]
    if args.load:
        data: Any = pickle.loads(args.load.read_bytes())
        kept = set(tunable(c.name for c in data))
        if args.names or args.dev or args.madeup:  # (a part of the dump)
            kept &= set(chosen(args))
        clusters = [c for c in data if c.name in kept]
    else:
        clusters = [build(n) for n in chosen(args)]
        if args.dump:
            args.dump.write_bytes(pickle.dumps(clusters))
    table(clusters, args.score_dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
