"""Two figures of one slot by a fitted model: claims of two origins that give what one thing
counts two values, where the slot rule (`compare.PairContext.same_slot`) reads two things
("14 vessels deployed" / "19 vessels now worked at the site") or the pair is no candidate.

Candidates: every pair of claims of two origins with figures (`ALL_PAIRS`: quadratic, an
experiment's setting), else those whose figures of one unit share a slot key (the stem of the
counted noun or of one of the first `SLOT_WORDS` slot words; a key held by more than
`KEY_CAP` claims is too common to block on), less the pairs rule 3 keeps apart (`_apart`). Each such pair gets the columns of
`RIVAL_COLUMNS` for its best pair of figures of one unit and two values (slot words that meet
first): words, value ratio, the slot rule's own reading, vagueness, statement vectors and
names. The probability that the two figures are one slot's two values is the logistic model
of `data/slot_rival_weights.json`, fitted on the figure and update disputes of the annotated
clusters by `scripts/fit_slot_rivals.py` (never edited by hand). A pair at or above the
model's own threshold, with no edge yet and no figure of one value in one slot between them
(`figure_relation`: then it is one fact told twice), is a CONFLICT edge "quantity ...", read
by the disputes step as rule 3's figure conflicts are.

PURE: no I/O but loading the weights once, no clock or randomness.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from itertools import combinations
from pathlib import Path

import numpy as np

from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat
from consensus.merge.figure_subjects import two_groups
from consensus.merge.figures import Figure
from consensus.merge.score import _Edge
from consensus.merge.slots import _stem
from consensus.merge.weights import LogisticModel
from consensus.vectors import Vectors

__all__ = ["RIVAL_COLUMNS", "rival_edges", "rival_model", "rival_rows"]

WEIGHTS = Path(__file__).resolve().parent / "data" / "slot_rival_weights.json"
SLOT_WORDS = 3  # slot words read (nearest first), for the keys and the words column
KEY_CAP = 200  # a slot key held by more claims blocks nothing
ALL_PAIRS = True  # every pair of claims of two origins with figures (the keys lose half the
# labelled rivals: 260 of 600)
RIVAL_COLUMNS: tuple[str, ...] = (
    "head_meets",  # the counted nouns (or first slot words) meet (`words_meet`)
    "slot_words",  # pairs of the first slot words that meet, / 4, at most 1
    "ratio",  # smaller value / larger value
    "slot_rule",  # the slot rule reads one slot (`same_slot`)
    "vague",  # either figure is vague ("dozens")
    "cosine",  # statement vectors
    "names",  # names in common over the smaller claim's names
    "bounded_close",  # a bound ("nearly", "more than", "about") on either, values within 10%
    "names_apart",  # both name someone or something, and nothing in common
    "earlier",  # either figure is told as an earlier, prior or expected value
)
CLOSE = 0.9  # ... within this ratio


@cache
def rival_model() -> LogisticModel | None:
    """The fitted model, or None before one is fitted (no edges then)."""
    if not WEIGHTS.exists():
        return None
    model = LogisticModel.load(WEIGHTS)
    if model.names != RIVAL_COLUMNS:
        raise ValueError(f"{WEIGHTS.name} was fitted on other columns: refit it")
    return model


def _first(f: Figure) -> str:
    return f.head or (f.slot[0] if f.slot else "")


def candidate_pairs(feats: Sequence[_Feat], ctx: PairContext) -> list[tuple[int, int]]:
    """Claims of two origins whose figures of one unit share a slot key; sorted (i < j)."""
    holders: dict[tuple[str, str], set[int]] = defaultdict(set)
    for k, figs in enumerate(ctx.figs):
        for f in figs:
            for w in {_first(f), *f.slot[:SLOT_WORDS]}:
                if w:
                    holders[(f.unit, _stem(w))].add(k)
    out: set[tuple[int, int]] = set()
    if ALL_PAIRS:  # (quadratic in the claims with figures: an experiment's setting)
        figd = [k for k, figs in enumerate(ctx.figs) if figs]
        return sorted(
            (i, j) for i, j in combinations(figd, 2) if feats[i].origin != feats[j].origin
        )
    for held in holders.values():
        if len(held) > KEY_CAP:
            continue
        for i, j in combinations(sorted(held), 2):
            if feats[i].origin != feats[j].origin:
                out.add((i, j))
    return sorted(out)


def _apart(feats: Sequence[_Feat], ctx: PairContext, i: int, j: int) -> bool:
    """What keeps two claims' figures from one slot in rule 3 (`link.link_edges`): one of
    them placed long before publication, counts in two places, of two owners, two terms an
    article tells apart, or counts of two acts; never a rival pair."""
    return (
        feats[i].past != feats[j].past
        or ctx.other_places(i, j)
        or ctx.other_owners(i, j)
        or ctx.told_apart(i, j)
        or ctx.acts_apart(i, j)
        or two_groups(ctx, i, j)
    )


def _best_row(ctx: PairContext, i: int, j: int) -> tuple[list[float], Figure, Figure] | None:
    best: tuple[list[float], Figure, Figure] | None = None
    for a in ctx.figs[i]:
        for b in ctx.figs[j]:
            if a.unit != b.unit or math.isclose(a.value, b.value, rel_tol=1e-6):
                continue
            ha, hb = _first(a), _first(b)
            head = float(bool(ha and hb and ctx.words_meet(ha, hb)))
            meet = sum(
                1 for u in a.slot[:SLOT_WORDS] for w in b.slot[:SLOT_WORDS] if ctx.words_meet(u, w)
            )
            top = max(a.value, b.value)
            ratio = min(a.value, b.value) / top if top > 0 else 0.0
            row = [
                head,
                min(meet, 4) / 4,
                ratio,
                float(ctx.same_slot(a, b)),
                float(a.vague or b.vague),
            ]
            if best is None or row[:2] > best[0][:2]:
                best = (row, a, b)
    return best


def rival_rows(
    feats: Sequence[_Feat], ctx: PairContext, vectors: Vectors
) -> tuple[list[tuple[int, int]], np.ndarray, list[tuple[Figure, Figure]]]:
    """The candidate pairs with a pair of figures of one unit and two values, their
    `RIVAL_COLUMNS` rows and those two figures."""
    pairs, rows, figs = [], [], []
    unit: dict[int, np.ndarray | None] = {}
    for i, j in candidate_pairs(feats, ctx):
        if _apart(feats, ctx, i, j):
            continue
        got = _best_row(ctx, i, j)
        if got is None:
            continue
        row, a, b = got
        for k in (i, j):
            if k not in unit:
                unit[k] = vectors.get(feats[k].claim.statement)
        vi, vj = unit[i], unit[j]
        cosine = float(vi @ vj) if vi is not None and vj is not None else 0.0
        ei, ej = feats[i].entities, feats[j].entities
        names = len(ei & ej) / max(1, min(len(ei), len(ej)))
        bounded = float(bool(a.bound or b.bound) and row[2] >= CLOSE)
        apart = float(bool(ei) and bool(ej) and not ei & ej)
        earlier = float(any(f.earlier or f.prior or f.expected for f in (a, b)))
        pairs.append((i, j))
        rows.append([*row, cosine, names, bounded, apart, earlier])
        figs.append((a, b))
    x = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(RIVAL_COLUMNS))
    return pairs, x, figs


def rival_edges(
    feats: Sequence[_Feat],
    ctx: PairContext,
    vectors: Vectors,
    taken: Collection[tuple[int, int]],
    model: LogisticModel | None = None,
) -> list[_Edge]:
    """A CONFLICT edge for each candidate pair the model scores at or above its threshold
    that has no edge yet and gives no slot one figure (see the module docstring)."""
    model = model or rival_model()
    if model is None:
        return []
    pairs, x, figs = rival_rows(feats, ctx, vectors)
    if not pairs:
        return []
    p = model.prob(x)
    out: list[_Edge] = []
    for k in np.flatnonzero(p >= model.threshold).tolist():
        i, j = pairs[k]
        if (i, j) in taken or ctx.figure_relation(i, j)[0]:
            continue
        a, b = figs[k]
        what = _first(a) or "count"
        out.append(_Edge(round(float(p[k]), 4), i, j, f"quantity {what}: {a.text} vs {b.text}"))
    return out
