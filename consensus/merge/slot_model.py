"""Whether two figures count one thing, learned: a small logistic model over word-vector
likenesses of what each figure counts (its counted noun, its nearest slot words, its owner,
the words around it), of the two statements, and how far apart the values are, fitted on
figure pairs from the gold (`scripts/fit_slot_weights.py`; weights in
data/slot_weights.json).

`PairContext.same_slot` decides by stems, concepts and one vector cut whether two figures
fill one slot. Its misses in the blind batches were counts of different things read as two
sides of one count: "about 90 homes" (another pipeline's) and this fire's 340 homes, "around
60 rescuers" and "dozens" rescued. The model reads the pairs of figures a link rule is about
to call a dispute (one slot, two values), and `counts_two_things` keeps the dispute edge from
being drawn when every such pair is, by the model, two counted things. It only vetoes: which
pairs are compared at all is still the slot rules' (one count in other words they do not
compare stays uncompared).

PURE: reads the figures and the batch's word vectors (computed before the merger).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from consensus.merge.claim_words import _STOP, _WORD
from consensus.merge.figure_compounds import modifier
from consensus.merge.figure_durations import in_unit_of
from consensus.merge.figures import Figure
from consensus.merge.slot_reads import both_told, name_number, part_of
from consensus.merge.slots import _overlap, _stem, owner_key
from consensus.merge.weights import LogisticModel

if TYPE_CHECKING:
    from consensus.merge.compare import PairContext

__all__ = ["FEATURES", "READS", "counts_two_things", "pair_features", "slot_model", "word_cos"]

WEIGHTS = Path(__file__).parent / "data" / "slot_weights.json"
ONE_WEIGHTS = Path(__file__).parent / "data" / "slot_one_weights.json"

FEATURES = (
    "what_cos",  # cosine of the counted nouns' vectors (0 when either is unknown)
    "what_unknown",  # either figure names no counted noun, or a noun has no vector
    "what_stem",  # the counted nouns share a stem
    "first_cos",  # cosine of the nearest slot words
    "slot_best",  # the best cosine of the first three slot words, across
    "slot_share",  # share of stems in common among the first four slot words
    "owners_apart",  # both name an owner and their stems differ
    "owner_cos",  # cosine of the owners' last words (0 unless both name one)
    "log_ratio",  # |ln(a / b)|, at most 3
    "vague",  # either is a vague count ("dozens")
    "near_share",  # share of content stems in common in the words around the two figures
    "near_soft",  # how well each nearby word meets one of the other's, by vectors, averaged
    "statement_cos",  # cosine of the two statements' vectors (0 when unknown)
    "other_mark",  # one figure's words say it is another's ("another", "rival", "previous")
    "act_cos",  # the best cosine of the two figures' verbs (`Figure.act`, `Figure.pred`)
    "phrase_cos",  # cosine of the mean vectors of the counted noun phrases (modifier + head)
)
# what each figure is in its own sentence (`slot_reads`), read only when `pair_features` is
# asked (`reads`): session 57 fitted them (scripts/fit_slot_weights.py --reads) and left
# them out of the shipped model (bench/README.md, "figslot57")
READS = (
    "both_told",  # one statement also gives the other's value, beside its own figure
    "part_of",  # either figure is a side of "X of (its) Y" in its statement (a part, a whole)
    "name_number",  # either is a bare number after a lower-case noun ("move 41", "phase 3")
)

# words near a figure that mark it as another thing's ("another pipeline", "a rival's",
# "the previous fire"): general English, extend freely
OTHER_MARKS = frozenset(
    """another other others rival rivals previous earlier prior separate different former
    last""".split()
)
NEAR = 60  # characters read either side of a figure for its nearby words

Vec = Callable[[str], "np.ndarray | None"]


def word_cos(vec: Vec, x: str, y: str) -> float | None:
    if not x or not y:
        return None
    if _stem(x) == _stem(y):
        return 1.0
    vx, vy = vec(x.casefold()), vec(y.casefold())
    if vx is None or vy is None:
        return None
    return float(vx @ vy)


def _what(f: Figure) -> str:
    return f.head or f.noun or f.counted


def _verbs(f: Figure) -> list[str]:
    """The verbs a figure is told with: the act it is the object of, the verb it is the
    subject of ("evacuated 200 people" / "400 people were cleared": evacuated, cleared)."""
    return [w for w in (f.act, f.pred) if w]


def _phrase(vec: Vec, f: Figure) -> np.ndarray | None:
    """The unit mean vector of a figure's counted noun phrase: the word before its head
    (`figure_compounds.modifier`) and the head ("poultry premises", "poultry businesses")."""
    words = [w for w in (modifier(f), _what(f)) if w]
    got = [v for w in words if (v := vec(w.casefold())) is not None]
    if not got:
        return None
    mean = np.sum(got, axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else None


def _near(f: Figure, text: str) -> list[str]:
    """The lower-case words around a figure in its statement (its own text left out)."""
    end = f.start + len(f.text)
    return [
        w.casefold()
        for w in _WORD.findall(
            text[max(0, f.start - NEAR) : f.start] + " " + text[end : end + NEAR]
        )
    ]


def pair_features(
    a: Figure,
    b: Figure,
    vec: Vec,
    text_a: str = "",
    text_b: str = "",
    soft: bool = True,
    reads: bool = False,
) -> list[float]:
    """The `FEATURES` of two figures of statements `text_a` and `text_b`, word vectors read
    through `vec` (word or statement -> unit vector); without `soft`, "near_soft" (the
    costly one) is its highest value, 1; with `reads`, the `READS` after them."""
    what_a, what_b = _what(a), _what(b)
    what = word_cos(vec, what_a, what_b)
    first = word_cos(vec, a.slot[0], b.slot[0]) if a.slot and b.slot else None
    best = max(
        (c for x in a.slot[:3] for y in b.slot[:3] if (c := word_cos(vec, x, y)) is not None),
        default=0.0,
    )
    sa, sb = {_stem(w) for w in a.slot[:4]}, {_stem(w) for w in b.slot[:4]}
    share = len(sa & sb) / len(sa | sb) if sa and sb else 0.0
    owned = bool(a.owner and b.owner)
    apart = owned and owner_key(a.owner.casefold()) != owner_key(b.owner.casefold())
    owner = word_cos(vec, a.owner.split()[-1], b.owner.split()[-1]) if owned else None
    words_a, words_b = _near(a, text_a), _near(b, text_b)
    na = {_stem(w) for w in words_a if len(w) > 2 and w not in _STOP}
    nb = {_stem(w) for w in words_b if len(w) > 2 and w not in _STOP}
    near = len(na & nb) / len(na | nb) if na and nb else 0.0
    na_words = sorted({w for w in words_a if len(w) > 2 and w not in _STOP})
    nb_words = sorted({w for w in words_b if len(w) > 2 and w not in _STOP})
    mark_a, mark_b = (
        bool(OTHER_MARKS.intersection(words_a)),
        bool(OTHER_MARKS.intersection(words_b)),
    )
    va, vb = (vec(text_a), vec(text_b)) if text_a and text_b else (None, None)
    statement = float(va @ vb) if va is not None and vb is not None else None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    ratio = min(3.0, math.log(hi / lo)) if lo > 0 else 3.0
    row = [
        what or 0.0,
        float(what is None),
        float(bool(what_a) and bool(what_b) and _stem(what_a) == _stem(what_b)),
        first or 0.0,
        best,
        share,
        float(apart),
        owner or 0.0,
        ratio,
        float(a.vague or b.vague),
        near,
        _soft(vec, na_words, nb_words) if soft else 1.0,
        statement or 0.0,
        float(mark_a != mark_b),
        max(
            (c for x in _verbs(a) for y in _verbs(b) if (c := word_cos(vec, x, y)) is not None),
            default=0.0,
        ),
        _phrase_cos(vec, a, b),
    ]
    if reads:
        row += [
            float(both_told(a, b, text_a, text_b)),
            float(part_of(a, text_a) or part_of(b, text_b)),
            float(name_number(a, text_a) or name_number(b, text_b)),
        ]
    return row


def _phrase_cos(vec: Vec, a: Figure, b: Figure) -> float:
    pa, pb = _phrase(vec, a), _phrase(vec, b)
    return float(pa @ pb) if pa is not None and pb is not None else 0.0


def _soft(vec: Vec, xs: Sequence[str], ys: Sequence[str]) -> float:
    """The mean, over the words of each side, of its best cosine with the other side's words
    (a shared stem is 1; a word without a vector 0), averaged over the two sides."""
    if not xs or not ys:
        return 0.0
    vx = [vec(w) for w in xs]
    vy = [vec(w) for w in ys]
    sims = np.zeros((len(xs), len(ys)))
    for p, (x, u) in enumerate(zip(xs, vx, strict=True)):
        for q, (y, v) in enumerate(zip(ys, vy, strict=True)):
            if _stem(x) == _stem(y):
                sims[p, q] = 1.0
            elif u is not None and v is not None:
                sims[p, q] = max(0.0, float(u @ v))
    return float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)


@cache
def slot_model() -> LogisticModel | None:
    """The fitted model (None when no weights file is shipped)."""
    return LogisticModel.load(WEIGHTS) if WEIGHTS.exists() else None


@cache
def one_slot_model() -> LogisticModel | None:
    """The model of the pairs the slot rules keep apart on their words alone (None when no
    weights file is shipped)."""
    return LogisticModel.load(ONE_WEIGHTS) if ONE_WEIGHTS.exists() else None


def one_slot(a: Figure, b: Figure, vec: Vec, text_a: str, text_b: str) -> bool:
    """Two figures the slot rules keep apart on their words alone count one thing, by the
    model fitted on such pairs (`one_slot_model`)."""
    model = one_slot_model()
    if model is None:
        return False
    # first with "near_soft" at its highest: below the cut so, below it any way (its
    # weight is positive; most pairs end here, at a third of the cost)
    hi = np.asarray([pair_features(a, b, vec, text_a, text_b, soft=False)], dtype=np.float64)
    if model.prob(hi)[0] < model.threshold and model.weights[FEATURES.index("near_soft")] >= 0:
        return False
    x = np.asarray([pair_features(a, b, vec, text_a, text_b)], dtype=np.float64)
    return bool(model.prob(x)[0] >= model.threshold)


def _clashing(
    figs_a: Sequence[Figure], figs_b: Sequence[Figure], ctx: PairContext
) -> list[tuple[Figure, Figure]]:
    """The figure pairs of two claims the slot rules give one slot and two values that do
    not overlap: the pairs a quantity dispute edge is drawn for."""
    return [
        (a, b)
        for a in figs_a
        for b in figs_b
        if not math.isclose(a.value, b.value, rel_tol=1e-6)
        and not _overlap(a, b)
        and ctx.same_slot(a, b)
    ]


def counts_two_things(ctx: PairContext, i: int, j: int) -> bool:
    """Every pair of figures of claims `i` and `j` that the slot rules give one slot and two
    values counts, by the fitted model, two things: no dispute of one count."""
    model = slot_model()
    if model is None:
        return False
    pairs = _clashing(ctx.figs[i], ctx.figs[j], ctx)
    if not pairs:
        return False
    pairs = [(a, in_unit_of(b, a)) for a, b in pairs]  # ("two weeks" as 14 days)
    vec = ctx._slot_vector
    ta, tb = ctx.views[i].statement, ctx.views[j].statement
    x = np.asarray([pair_features(a, b, vec, ta, tb) for a, b in pairs], dtype=np.float64)
    return bool(np.all(model.prob(x) < model.threshold))
