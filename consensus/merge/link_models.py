"""The link model's weights files and their scopes (moved from link.py, session 53): the
shipped `data/link_weights.json` every conflict bar reads, the optional JOIN weights file
(`data/link_weights_join.json`, session 52's `twomodels52`), and the context blocks that
put other weights in their place for scoring.

Reads the weights files once (cached); no other I/O.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from consensus.merge.weights import LogisticModel

__all__ = [
    "JOIN_WEIGHTS",
    "WEIGHTS",
    "all_columns_in_scope",
    "column_read",
    "group_bar",
    "group_bar_in_scope",
    "join_link_model",
    "join_weights_in_scope",
    "link_model",
    "weights_in_scope",
]

WEIGHTS = Path(__file__).resolve().parent / "data" / "link_weights.json"
# the weights the JOIN decision alone reads, when the file is there (`join_link_model`)
JOIN_WEIGHTS = Path(__file__).resolve().parent / "data" / "link_weights_join.json"

_override: ContextVar[LogisticModel | None] = ContextVar("consensus_link_model", default=None)
_join_override: ContextVar[LogisticModel | None] = ContextVar(
    "consensus_join_link_model", default=None
)
_all_columns: ContextVar[bool] = ContextVar("consensus_all_columns", default=False)
_bar_override: ContextVar[float | None] = ContextVar("consensus_group_bar", default=None)


@cache
def _shipped_model() -> LogisticModel:
    return LogisticModel.load(WEIGHTS)


def link_model() -> LogisticModel:
    """The fitted weights shipped in `data/link_weights.json` (or the ones in scope of
    `weights_in_scope`, for held-out evaluation)."""
    return _override.get() or _shipped_model()


@cache
def _shipped_join_model() -> LogisticModel | None:
    return LogisticModel.load(JOIN_WEIGHTS) if JOIN_WEIGHTS.is_file() else None


def join_link_model() -> LogisticModel:
    """The weights the JOIN decision reads (rule 7's threshold, the join edges' scores, the
    pair probabilities a group join reads): those in scope of `join_weights_in_scope`, else
    those of `weights_in_scope`, else `data/link_weights_join.json` when shipped, else the
    link model. Every conflict, dispute and speaker bar reads `link_model` (two
    calibrations kept apart: a re-fit that links more need not move the conflict bars)."""
    return _join_override.get() or _override.get() or _shipped_join_model() or link_model()


def group_bar() -> float:
    """The mean JOIN probability at which two groups join (`clusters._may_join`'s mean, the
    links `_split_bridges` and `_move_members` read): the one in scope of
    `group_bar_in_scope`, else the JOIN weights' `group_at` (meta; fitted on labelled group
    pairs by bench/join_bar.py: a JOIN file may raise every near pair of one event, which a
    bar read per pair does not undo per group), else their threshold."""
    scoped = _bar_override.get()
    if scoped is not None:
        return scoped
    model = join_link_model()
    got = model.meta.get("group_at")
    return float(got) if isinstance(got, int | float) else model.threshold


@contextmanager
def group_bar_in_scope(bar: float | None) -> Iterator[None]:
    """Join groups at `bar` within the block (None: `group_bar`'s default)."""
    token = _bar_override.set(bar)
    try:
        yield
    finally:
        _bar_override.reset(token)


@contextmanager
def join_weights_in_scope(model: LogisticModel) -> Iterator[None]:
    """Join with `model` (the JOIN decision alone) within the block."""
    token = _join_override.set(model)
    try:
        yield
    finally:
        _join_override.reset(token)


@contextmanager
def weights_in_scope(model: LogisticModel) -> Iterator[None]:
    """Merge with `model` instead of the shipped weights within the block (bench/quality.py
    --held-out scores each cluster with weights fitted without it)."""
    token = _override.set(model)
    try:
        yield
    finally:
        _override.reset(token)


def column_read(name: str) -> bool:
    """Whether a model in scope reads comparison column `name` (`compare.COMPARISONS`), or
    `all_columns_in_scope` asks for every column: the merger skips computing a column no
    model reads (session 54: `align` is built, its weight not shipped)."""
    return _all_columns.get() or name in link_model().names or name in join_link_model().names


@contextmanager
def all_columns_in_scope() -> Iterator[None]:
    """Compute every comparison column within the block, read or not (rows for fitting)."""
    token = _all_columns.set(True)
    try:
        yield
    finally:
        _all_columns.reset(token)
