"""Word equivalences learned from the cluster itself, measured as a link column.

The idea: within one event two outlets keep their own words for the same thing (one writes
"derailed" and "passengers", the other "overturned" and "commuters"). The links the merger
is sure of (shipped link probability at or over `SURE`) pair up each side's LEFTOVER content
concepts (`leftovers`: the concepts one statement prints and the other does not; no stop
word, speech verb, figure or name); a concept pair seen in `MIN_LINKS` sure links or more
(`Table`; `distinct`: counted as the fewer distinct statements on either side, so one
statement linked twice counts once), with an association count / sqrt(links leaving each
over) at or over `MIN_ASSOC`, is "learned" -- a per-cluster translation table with no
table in code. `Model1` fits instead an IBM-model-1 table by EM on the same leftovers (both
directions, a NULL word) and learns a pair when t(v|u) and t(u|v) reach a bar. Gold-free:
the sure links are every candidate pair over the bar, whatever its label.

For every labelled candidate pair of two gold origins (`build`: the candidate pairs
`merge` compares, from scripts/fit_merge_weights.py's `cluster_pairs`; positive = the two
claims cover one gold agreed fact, look-alike = a gold `distinct` pair, near negative =
different facts sharing a content stem) the columns are `share` (the share of the two
sides' leftovers that meet a learned pair on the other side) and `hits` (learned pairs
held, capped at 3); a sure pair's own link is left out of its table (leave one out). The
controls `control leftovers` / `control both` (how much is left over at all) tell the
learned pairs from the mere size of the leftovers.

Printed (`--load`): each column's AUC (positive vs negative; vs look-alikes; on the pairs
the shipped model leaves under its bar) and the share of hard positives / negatives it
touches; then each column added to the shipped link model (frozen log-odds, the column's
weight and a bias shift fitted on every other tunable cluster by sorted name and scored on
the other half, both ways; fitted on every tunable cluster and scored on dev) at as many
negatives over the bar as the shipped threshold lets over: positives gained / lost,
look-alikes over, dev gold facts gained / lost (a fact is reached when one of its positive
pairs is over the bar), the fitted weight and log loss; and each column as a rule (a pair
under the bar with the column > 0 linked): positives, look-alikes and near negatives it
would link, and the dev facts no pair over the bar reaches that it would reach.

Figures of session 61 (main ba2848d7): bench/pairwords61_pairs.txt. Prints figures only,
never texts. Held-out clusters are never built (`tunable(madeup())`).

Usage: PYTHONPATH=.:bench .venv/bin/python bench/pair_words.py --dump PATH   (~4 min)
       PYTHONPATH=.:bench .venv/bin/python bench/pair_words.py --load PATH   (~30 s)
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality_lib import events, gold_cluster, madeup, tunable  # noqa: E402


@dataclass
class Cand:
    """One candidate pair `merge` compares: its two statements, comparison row, gold kind
    ("pos", "look", "other", "half": one side covers a fact; None: no label), the facts
    each side covers and whether the two claims are of one gold origin."""

    a: str
    b: str
    x: np.ndarray
    kind: str | None
    fa: frozenset[str]
    fb: frozenset[str]
    same_origin: bool


@dataclass
class Built:
    name: str
    statements: list[str]
    cands: list[Cand] = field(default_factory=list)
    # gold agreed facts' claims that are never a candidate pair (fact -> statements by origin)
    facts: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def build(name: str) -> Built:
    from fit_merge_weights import cluster_pairs

    cp = cluster_pairs(*gold_cluster(name))
    gold, covers, distinct = cp.gold, cp.covers, cp.distinct
    text = {(cs.article, k): c.statement for cs in cp.claim_sets for k, c in enumerate(cs.claims)}
    out = Built(name, sorted(set(text.values())))
    for r, (ka, kb) in enumerate(cp.keys):
        fa, fb = covers.get(ka, set()), covers.get(kb, set())
        same = gold[ka[0]] == gold[kb[0]]
        if (ka, kb) in distinct:
            kind: str | None = "look"
        elif fa and fb:
            kind = "pos" if fa & fb else "other"
        elif fa or fb:
            kind = "half"
        else:
            kind = None
        out.cands.append(
            Cand(text[ka], text[kb], cp.x[r], kind, frozenset(fa), frozenset(fb), same)
        )
    for key, fs in covers.items():
        for f in fs:
            out.facts.setdefault(f, {}).setdefault(gold[key[0]], []).append(text[key])
    return out


# --- the learned pairs ----------------------------------------------------------------

SURE = 0.9  # a link the merger is sure of: its link probability at or over this
MIN_LINKS = 2  # a word pair learned when seen in this many sure links or more
MIN_ASSOC = 0.5  # ... and its count over sqrt(links leaving each word over) at or over this


@cache
def concepts(statement: str) -> frozenset[str]:
    """The statement's content concepts (no stop word, speech verb, figure or name)."""
    from cosc_column import content_words

    return frozenset(c for _, c in content_words(statement))


def leftovers(a: str, b: str) -> tuple[frozenset[str], frozenset[str]]:
    """Each side's content concepts the other side does not print."""
    ca, cb = concepts(a), concepts(b)
    return ca - cb, cb - ca


Key = tuple[str, str]


def _key(u: str, v: str) -> Key:
    return (u, v) if u < v else (v, u)


class Table:
    """Word pairs of one cluster's sure links: which sure links pair each two leftover
    concepts (one on each side), and in how many sure links each concept is left over."""

    def __init__(self, links: Sequence[tuple[str, str]]) -> None:
        self.links: dict[Key, list[tuple[str, str]]] = {}
        self.left: Counter[str] = Counter()
        for a, b in {_key(a, b) for a, b in links}:
            la, lb = leftovers(a, b)
            for u in la:
                for v in lb:
                    if u != v:  # (the statement printing the key's first word first)
                        self.links.setdefault(_key(u, v), []).append((a, b) if u < v else (b, a))
            self.left.update(la | lb)

    def support(self, k: Key, own: tuple[str, str] | None, distinct: bool) -> int:
        """How many sure links (`distinct`: the fewer of the distinct statements on either
        side of them, so one statement linked twice counts once) pair `k`, the scored
        pair's own link left out."""
        ls = [e for e in self.links.get(k, ()) if own is None or _key(*e) != _key(*own)]
        if not distinct:
            return len(ls)
        return min(len({a for a, _ in ls}), len({b for _, b in ls}))

    def learned(
        self,
        u: str,
        v: str,
        own: tuple[str, str] | None,
        min_links: int = MIN_LINKS,
        min_assoc: float = MIN_ASSOC,
        distinct: bool = True,
    ) -> bool:
        """Whether (u, v) is a learned pair (`own`: the scored pair when it is itself a
        sure link, its own count taken out: leave one out)."""
        n = self.support(_key(u, v), own, distinct)
        if n < min_links:
            return False
        o = own is not None
        nu, nv = self.left[u] - o, self.left[v] - o
        return n / math.sqrt(max(1, nu) * max(1, nv)) >= min_assoc


EM_ROUNDS = 5
EM_FROM = 0.3  # a translation probability each way at or over this


class Model1(Table):
    """An IBM-model-1 word translation table fitted by EM on the sure links' leftovers
    (both directions in one table, a NULL word on the source side): (u, v) is learned
    when t(v | u) and t(u | v) both reach `EM_FROM` and the pair is seen in `min_links`
    sure links (the scored pair's own link left out)."""

    NULL = "\0"

    def __init__(self, links: Sequence[tuple[str, str]]) -> None:
        super().__init__(links)
        sents = []
        for a, b in {_key(a, b) for a, b in links}:
            la, lb = leftovers(a, b)
            if la and lb:
                sents += [(sorted(la), sorted(lb)), (sorted(lb), sorted(la))]
        t: dict[tuple[str, str], float] = {}
        for src, dst in sents:
            for f in dst:
                for e in (self.NULL, *src):
                    t[(f, e)] = 1.0
        for _ in range(EM_ROUNDS):
            count: Counter[tuple[str, str]] = Counter()
            total: Counter[str] = Counter()
            for src, dst in sents:
                for f in dst:
                    es = (self.NULL, *src)
                    z = sum(t[(f, e)] for e in es)
                    for e in es:
                        c = t[(f, e)] / z
                        count[(f, e)] += c
                        total[e] += c
            t = {k: count[k] / total[k[1]] for k in t}
        self.t = t

    def learned(
        self,
        u: str,
        v: str,
        own: tuple[str, str] | None,
        min_links: int = MIN_LINKS,
        min_assoc: float = EM_FROM,
        distinct: bool = False,
    ) -> bool:
        if self.support(_key(u, v), own, distinct) < min_links:
            return False
        return min(self.t.get((v, u), 0.0), self.t.get((u, v), 0.0)) >= min_assoc


def covered(
    table: Table,
    a: str,
    b: str,
    own: bool,
    min_links: int = MIN_LINKS,
    min_assoc: float = MIN_ASSOC,
    distinct: bool = True,
) -> tuple[float, int]:
    """(share of the two sides' leftover concepts that meet a learned pair on the other
    side, how many learned pairs the two leftovers hold)."""
    la, lb = leftovers(a, b)
    if not la or not lb:
        return 0.0, 0
    mine = (a, b) if own else None
    hits = [
        (u, v)
        for u in la
        for v in lb
        if u != v and table.learned(u, v, mine, min_links, min_assoc, distinct)
    ]
    if not hits:
        return 0.0, 0
    cov = len({u for u, _ in hits}) + len({v for _, v in hits})
    return cov / (len(la) + len(lb)), len(hits)


# --- the measure ----------------------------------------------------------------------

# (sure from, min links, min association, distinct statements)
VARIANTS = (
    (0.9, 2, 0.5, False),
    (0.9, 2, 0.0, False),
    (0.9, 2, 0.5, True),
    (0.9, 2, 0.0, True),
    (0.8, 2, 0.3, True),
    (0.95, 2, 0.0, True),
    (0.9, 3, 0.0, True),
    (0.9, 1, 0.0, False),  # the ceiling: any leftover pair one sure link holds
)
EM_VARIANTS = ((0.9, 2, 0.3), (0.9, 2, 0.15), (0.8, 2, 0.3))


def shares_stem(a: str, b: str) -> bool:
    from consensus.merge.claim_words import statement_words

    return bool(statement_words(a)[1] & statement_words(b)[1])


@dataclass
class Rows:
    """The labelled candidate pairs of two gold origins, flattened over clusters."""

    cluster: np.ndarray
    kind: np.ndarray
    x: np.ndarray
    p: np.ndarray
    cols: dict[str, np.ndarray]
    facts: list[frozenset[str]]  # the facts the two sides cover in common (positives)


def rows(data: Sequence[Built], model: Any) -> Rows:
    width = len(model.weights)
    cl, kd, xs, ps, fs = [], [], [], [], []
    cols: dict[str, list[float]] = {}
    for b in data:
        if not b.cands:
            continue
        p = model.prob(np.vstack([c.x[:width] for c in b.cands]))
        tables = {
            v: Table([(c.a, c.b) for c, q in zip(b.cands, p, strict=True) if q >= v[0]])
            for v in VARIANTS
        }
        ems = {
            v: Model1([(c.a, c.b) for c, q in zip(b.cands, p, strict=True) if q >= v[0]])
            for v in EM_VARIANTS
        }
        for c, q in zip(b.cands, p, strict=True):
            if c.same_origin or c.kind not in ("pos", "look", "other"):
                continue
            if c.kind == "other" and not shares_stem(c.a, c.b):
                continue
            cl.append(b.name)
            kd.append(c.kind)
            xs.append(c.x[:width])
            ps.append(q)
            fs.append(c.fa & c.fb)
            la, lb = leftovers(c.a, c.b)  # the control: how much is left over at all
            cols.setdefault("control leftovers", []).append(float(min(len(la) + len(lb), 12)))
            cols.setdefault("control both", []).append(float(bool(la) and bool(lb)))
            for v, t in tables.items():
                share, hits = covered(t, c.a, c.b, bool(q >= v[0]), v[1], v[2], v[3])
                tag = "/".join(str(e) for e in v[:3]) + ("d" if v[3] else "")
                cols.setdefault(f"share {tag}", []).append(share)
                cols.setdefault(f"hits {tag}", []).append(float(min(hits, 3)))
            for v, m1 in ems.items():
                share, hits = covered(m1, c.a, c.b, bool(q >= v[0]), v[1], v[2], False)
                tag = "em " + "/".join(str(e) for e in v)
                cols.setdefault(f"share {tag}", []).append(share)
                cols.setdefault(f"hits {tag}", []).append(float(min(hits, 3)))
    return Rows(
        np.array(cl),
        np.array(kd),
        np.vstack(xs),
        np.array(ps),
        {k: np.array(v) for k, v in cols.items()},
        fs,
    )


def sizes(data: Sequence[Built], model: Any) -> None:
    width = len(model.weights)
    links, learned = [], []
    for b in data:
        if not b.cands:
            continue
        p = model.prob(np.vstack([c.x[:width] for c in b.cands]))
        t = Table([(c.a, c.b) for c, q in zip(b.cands, p, strict=True) if q >= SURE])
        links.append(int((p >= SURE).sum()))
        learned.append(sum(1 for k in t.links if t.learned(*k, None)))
    print(
        f"  sure links (p >= {SURE}) per cluster: median {np.median(links):.0f}, "
        f"learned pairs ({MIN_LINKS}+ distinct statements, assoc >= {MIN_ASSOC}) median "
        f"{np.median(learned):.0f}, clusters with none {sum(1 for n in learned if not n)}"
    )


def measure(data: Sequence[Built]) -> None:
    from align_columns import auc

    from consensus.merge.link import link_model
    from consensus.merge.weights import fit_logistic

    model = link_model()
    t = model.threshold
    dev = set(events())
    made = [b for b in data if b.name not in dev and b.name in set(tunable([b.name]))]
    devs = [b for b in data if b.name in dev]
    print(f"made-up {len(made)} clusters, dev {len(devs)}")
    rm, rd = rows(made, model), rows(devs, model)
    for label, r, bs in (("made-up", rm, made), ("dev", rd, devs)):
        pos, look = r.kind == "pos", r.kind == "look"
        neg, under = ~pos, r.p < t
        print(
            f"\n{label}: pos {pos.sum()} (under the bar {(pos & under).sum()}), look-alike "
            f"{look.sum()}, near negatives {(r.kind == 'other').sum()}"
        )
        sizes(bs, model)
        print(
            f"  {'column':18} {'AUC all':>7} {'vs look':>7} {'under':>6} {'>0 pos/neg under':>17}"
        )
        for n, v in r.cols.items():
            print(
                f"  {n:18} {auc(v[pos], v[neg]):7.3f} {auc(v[pos], v[look]):7.3f} "
                f"{auc(v[pos & under], v[neg & under]):6.3f} "
                f"{(v[pos & under] > 0).mean():8.3f}/{(v[neg & under] > 0).mean():.3f}"
            )
    half = {n: k % 2 for k, n in enumerate(sorted({b.name for b in made}))}
    side = np.array([half[c] for c in rm.cluster])
    off, offd = model.logit(rm.x), model.logit(rd.x)
    ym, yd = rm.kind == "pos", rd.kind == "pos"
    print(
        "\nadded to the shipped link model (frozen log-odds; weight + bias shift fitted on "
        "one half by sorted name, scored on the other; dev: fitted on all made-up), read at "
        "as many negatives over the bar as the shipped threshold lets over"
    )
    print(
        f"  {'column':18} {'halves gained/lost':>18} {'look over':>9} {'dev gained/lost':>15} "
        f"{'dev look':>8} {'dev facts':>9} {'weight':>7} {'logloss halves/dev':>18}"
    )
    for n in ("(none)", *rm.cols):
        c = np.zeros((len(ym), 0)) if n == "(none)" else rm.cols[n][:, None]
        cd = np.zeros((len(yd), 0)) if n == "(none)" else rd.cols[n][:, None]
        names = [] if n == "(none)" else [n]
        over = np.zeros(len(ym), dtype=bool)
        zh = np.zeros(len(ym))
        for f in (0, 1):
            tr, te = side == f, side != f
            m = fit_logistic(c[tr], ym[tr], names, l2=1.0, offset=off[tr])
            zh[te] = off[te] + c[te] @ np.array(m.weights) + m.bias
            over[te] = at_equal_negatives(zh[te], rm.p[te] >= t, ym[te])
        was = rm.p >= t
        m = fit_logistic(c, ym, names, l2=1.0, offset=off)
        z = offd + cd @ np.array(m.weights) + m.bias
        overd = at_equal_negatives(z, rd.p >= t, yd)
        wasd = rd.p >= t
        f0 = {f for k in np.flatnonzero(wasd & yd) for f in rd.facts[k]}
        f1 = {f for k in np.flatnonzero(overd & yd) for f in rd.facts[k]}
        wt = f"{m.weights[0]:+.2f}" if names else "-"
        print(
            f"  {n:18} {(over & ~was & ym).sum():9}/{(~over & was & ym).sum():<8} "
            f"{(over & (rm.kind == 'look')).sum():9} "
            f"{(overd & ~wasd & yd).sum():7}/{(~overd & wasd & yd).sum():<7} "
            f"{(overd & (rd.kind == 'look')).sum():8} {len(f1 - f0):4}+/{len(f0 - f1)}- {wt:>7} "
            f"{logloss(zh, ym):9.4f}/{logloss(z, yd):.4f}"
        )
    print(
        "\nas a rule (a pair under the bar with the column > 0 linked): positives / dev facts "
        "no positive over the bar reaches / look-alikes / near negatives it would link"
    )
    f0 = {f for k in np.flatnonzero((rd.p >= t) & yd) for f in rd.facts[k]}
    for n in rm.cols:
        if not n.startswith("share"):
            continue
        parts = []
        for r in (rm, rd):
            hit = (r.p < t) & (r.cols[n] > 0)
            parts.append(
                f"{(hit & (r.kind == 'pos')).sum()}/{(hit & (r.kind == 'look')).sum()}/"
                f"{(hit & (r.kind == 'other')).sum()}"
            )
        hitd = (rd.p < t) & (rd.cols[n] > 0) & yd
        fs = {f for k in np.flatnonzero(hitd) for f in rd.facts[k]} - f0
        print(f"  {n:18} made-up {parts[0]:>14}  dev {parts[1]:>11} (missed facts {len(fs)})")


def logloss(z: np.ndarray, y: np.ndarray) -> float:
    q = np.clip(1 / (1 + np.exp(-z)), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def at_equal_negatives(z: np.ndarray, was: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Over a bar letting as many negatives over it as `was` (the shipped bar) does."""
    k = int((was & ~y).sum())
    if not k:
        return np.zeros(len(z), dtype=bool)
    bar = np.sort(z[~y])[::-1][k - 1]
    return np.asarray(z >= bar)


def load(path: Path) -> list[Built]:
    class _Unpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if name in ("Built", "Cand"):
                return {"Built": Built, "Cand": Cand}[name]
            return super().find_class(module, name)

    with path.open("rb") as fh:
        data: list[Built] = _Unpickler(fh).load()
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--load", type=Path)
    args = ap.parse_args(argv)
    if args.dump:
        names = [*events(), *tunable(madeup())]
        data = []
        for k, n in enumerate(names):
            data.append(build(n))
            print(k, n, len(data[-1].cands), file=sys.stderr, flush=True)
        args.dump.write_bytes(pickle.dumps(data))
    if args.load:
        measure(load(args.load))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
