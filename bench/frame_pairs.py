"""Who did what to whom (`bench/frame_reads.py`) as link-model columns, screened on
labelled pairs.

    PYTHONPATH=. python bench/frame_pairs.py [--jobs 2] NAMES...
    PYTHONPATH=. python bench/frame_pairs.py --report COLUMN=WEIGHT... -- [quality.py args]

NAMES: dev events, annotated clusters (seeds, cluster2) and made-up clusters with gold; the
blind_* ones are the "training" group, the other made-up ones "older" (give training names
only: never the held-out ones). Each cluster's candidate pairs and labels are made as
scripts/fit_merge_weights.py makes them, with one extra column per candidate computed from
the two statements' frames (act, doer head, undergoer head):

- act_meet: both acts read and they meet (one stem, one concept of data/concepts.toml, or
  word vectors at least `ACT_BAR`); act_apart: both read, no meet, vectors under `APART_BAR`;
- doer_meet / undergoer_meet: both heads read and they meet (stem, concept, vectors at least
  `HEAD_BAR`); swap: the doer of one meets the undergoer of the other and not its doer;
- frame_meet: act_meet and a head meets; frame_apart: act_apart and a head meets (two acts of
  one party); and products with `soft_words` / `lexical`.

Then, leave one cluster out, each fitted frozen (the shipped weights kept, learn19) as an
added column, pair F1 of the dev / older / training groups at the shipped threshold and at
the threshold that keeps the shipped number of links (equal count: bench/README
"Session 22, helper learncol22"), each column's own AUC and how many pairs it is set on.
bench/README "Session 24, helper frame24" has the figures.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from frame_reads import Frame, clause_frames, frame  # noqa: E402

import consensus.merge.compare as compare  # noqa: E402
from consensus.merge.features import _concept  # noqa: E402
from consensus.merge.slots import _stem  # noqa: E402

BAND = (0.15, 0.5)  # the shipped model's probabilities around its threshold 0.282
ACT_BAR, APART_BAR, HEAD_BAR = (
    float(v) for v in os.environ.get("FRAME_BARS", "0.6,0.3,0.6").split(",")
)
BASE = ["act_meet", "act_apart", "doer_meet", "undergoer_meet", "swap", "frame_meet", "frame_apart"]
VARIANTS = [
    *BASE,
    "act_meet_x_soft",
    "act_meet_x_lex",
    "act_apart_x_soft",
    "act_apart_x_lex",
    "frame_meet_x_soft",
    "frame_meet_x_lex",
    "frame_apart_x_lex",
    "head_meet",
    "head_meet_x_lex",
    "act_in_other",
    "act_in_both",
    "apart_strict",
    "apart_strict_x_lex",
    "act_in_other_x_lex",
    "one",
    "any_act_meet",
    "any_frame_meet",
    "any_frame_meet_x_lex",
]
COMBOS = [
    ("one", "any_act_meet"),
    ("one", "any_frame_meet"),
    ("one", "act_meet"),
    ("one", "act_in_other"),
    ("one", "apart_strict"),
    ("one", "act_apart"),
    ("one", "frame_meet", "frame_apart"),
    ("one", "doer_meet", "undergoer_meet"),
    ("act_in_other", "apart_strict"),
    ("act_meet", "act_apart"),
    ("frame_meet", "frame_apart"),
    ("act_meet_x_lex", "act_apart_x_lex"),
    ("act_meet", "act_apart", "doer_meet", "undergoer_meet"),
]


def _cos(ctx: Any, a: str, b: str) -> float:
    if a not in ctx.vectors or b not in ctx.vectors:
        return float("nan")
    m = ctx.vectors.matrix([a, b]).astype(np.float64)
    na, nb = np.linalg.norm(m[0]), np.linalg.norm(m[1])
    return float(m[0] @ m[1] / (na * nb)) if na and nb else float("nan")


def _meet(ctx: Any, a: str, b: str, bar: float, cache: dict[tuple[str, str], float]) -> float:
    """1 when the words meet, 0 when they are read apart, -1 when neither (between bars)."""
    if not a or not b:
        return -2.0
    if _stem(a) == _stem(b) or (_concept(a) and _concept(a) == _concept(b)):
        return 1.0
    key = (a, b) if a < b else (b, a)
    if key not in cache:
        cache[key] = _cos(ctx, a, b)
    c = cache[key]
    if c != c:
        return 0.0
    return 1.0 if c >= bar else (0.0 if c < APART_BAR else -1.0)


def _columns(ctx: Any, i: int, j: int, soft: float, lex: float) -> list[float]:
    fa: Frame = ctx._frames[i]
    fb: Frame = ctx._frames[j]
    cache = ctx._frame_cache
    act = _meet(ctx, fa.act, fb.act, ACT_BAR, cache)
    doer = _meet(ctx, fa.doer, fb.doer, HEAD_BAR, cache) == 1.0
    und = _meet(ctx, fa.undergoer, fb.undergoer, HEAD_BAR, cache) == 1.0
    swap = not doer and (
        _meet(ctx, fa.doer, fb.undergoer, HEAD_BAR, cache) == 1.0
        or _meet(ctx, fa.undergoer, fb.doer, HEAD_BAR, cache) == 1.0
    )
    am, ap = float(act == 1.0), float(act == 0.0)
    head = float(doer or und)
    base = [am, ap, float(doer), float(und), float(swap), am * head, ap * head]
    return [
        *base,
        am * soft,
        am * lex,
        ap * soft,
        ap * lex,
        am * head * soft,
        am * head * lex,
        ap * head * lex,
        head,
        head * lex,
        *_in_other(ctx, i, j, fa, fb, lex),
        1.0,
        *_any_clause(ctx, i, j, lex),
    ]


def _any_clause(ctx: Any, i: int, j: int, lex: float) -> list[float]:
    """Whether some clause's act of one meets some clause's act of the other (and a head)."""
    cache = ctx._frame_cache
    act = frame_ = 0.0
    for fa in ctx._clause_frames[i]:
        for fb in ctx._clause_frames[j]:
            if _meet(ctx, fa.act, fb.act, ACT_BAR, cache) != 1.0:
                continue
            act = 1.0
            if (
                _meet(ctx, fa.doer, fb.doer, HEAD_BAR, cache) == 1.0
                or _meet(ctx, fa.undergoer, fb.undergoer, HEAD_BAR, cache) == 1.0
            ):
                return [1.0, 1.0, lex]
    return [act, frame_, frame_ * lex]


def _in_other(ctx: Any, i: int, j: int, fa: Frame, fb: Frame, lex: float) -> list[float]:
    """Whether each claim's act (its stem or concept) is among the other statement's words."""
    if not fa.act or not fb.act:
        return [0.0] * 5
    a_in_b = _stem(fa.act) in ctx.stems[j] or _concept(fa.act) in ctx._frame_concepts[j]
    b_in_a = _stem(fb.act) in ctx.stems[i] or _concept(fb.act) in ctx._frame_concepts[i]
    either, both = float(a_in_b or b_in_a), float(a_in_b and b_in_a)
    strict = float(not either and _meet(ctx, fa.act, fb.act, ACT_BAR, ctx._frame_cache) == 0.0)
    return [either, both, strict, strict * lex, either * lex]


def _patch() -> None:
    """The frame columns after `COMPARISONS` in every comparison vector (`pair_screen.install`)."""
    from pair_screen import install

    soft_at = compare.COMPARISONS.index("soft_words")
    lex_at = compare.COMPARISONS.index("lexical")

    def on_init(ctx: Any) -> None:
        ctx._frames = [frame(v.statement) for v in ctx.views]
        ctx._clause_frames = [clause_frames(v.statement) for v in ctx.views]
        ctx._frame_cache = {}
        ctx._frame_concepts = [
            frozenset(_concept(w) for w in re.findall(r"[a-z]+", v.statement.casefold()))
            for v in ctx.views
        ]

    def extra(ctx: Any, pairs: Sequence[tuple[int, int]], out: np.ndarray) -> np.ndarray:
        got = np.zeros((len(pairs), len(VARIANTS)))
        if len(pairs):
            ii, jj = compare.pair_ends(pairs)
            for q, (i, j) in enumerate(zip(ii.tolist(), jj.tolist(), strict=True)):
                got[q] = _columns(ctx, i, j, float(out[q, soft_at]), float(out[q, lex_at]))
        return got

    install(VARIANTS, on_init, extra)


def _labelled(name: str) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    from pair_screen import labelled

    _patch()
    return labelled(name)


def report(argv: list[str]) -> int:
    """`--report COLUMN=WEIGHT ... -- QUALITY ARGS`: bench/quality.py with the shipped link
    weights plus the given frame columns at the given weights (every other column 0)."""
    from pair_screen import report_with

    from consensus.merge.link import link_model

    assert tuple(link_model().names) == tuple(compare.COMPARISONS)
    return report_with(argv, VARIANTS, _patch, "frame")


def main() -> int:
    if sys.argv[1:2] == ["--report"]:
        return report(sys.argv[1:])
    from pair_screen import Screen

    screen = Screen.from_args(_labelled, VARIANTS)
    screen.auc_rows(("soft_words", "lexical", *VARIANTS), BAND)
    if os.environ.get("FRAME_AUC_ONLY"):
        return 0
    screen.run_all(VARIANTS, COMBOS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
