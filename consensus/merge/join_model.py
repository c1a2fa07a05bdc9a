"""The group join's link test (`clusters._may_join`), and a learned one that may replace it.

When a claim or group meets another group, `_may_join` reads the link probabilities the link
model already gave the pairs of their first `tunables.MAX_LINK_SAMPLE` members (`got`: the
pairs that were scored; the others were never near). The hand rule, `joins` without weights:
at least half of the sampled pairs were scored and their MEAN probability reaches the link
threshold.

With a weights file (`data/join_weights.json`, written by scripts/fit_join_weights.py from
gold-labelled group pairs; bench/README.md blocks "Session 21, helper joinlearn21", the
lead's "Session 21 (end" and "Session 22, helper joinsig22", whose file is shipped), the
groups join when the fitted probability of `COLUMNS` reaches the file's threshold; with
`"adds": true` in its meta, when the mean rule joins them, or the fitted probability
reaches the threshold AND every compared sampled pair links at the link threshold: an
added join relaxes how many of the sampled pairs must have been compared, never how near
they are (a lone claim linked to one member of a pair and not the other joins neither).
Measured, such added joins of one compared pair were right about half the time on the dev
reports (a place sentence joined to the truck's acceleration, a victim's death to "killed
dozens", "three of five counts" to "a five-day deliberation"). The columns of
`join_signals.SIGNALS` read the two groups whole (words printed, all cross-article links,
the links of the joining side's articles' other claims); with `"best_of_article": true` an
added join also needs the joining side to link into the group better than any other claim
of its articles does (`rival` < 0: an article states a fact once). Every veto stays in
`_may_join` (polarity, speakers, dates, periods, never-together pairs, one voice's stricter
mean, figure clashes).

PURE apart from reading the weights file once; `join_weights_in_scope` swaps the weights
(None: the mean rule), `recording` collects the attempts that reach the test (the fit script).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from consensus.merge.join_signals import SIGNALS
from consensus.merge.weights import LogisticModel

__all__ = [
    "COLUMNS",
    "JoinInputs",
    "join_columns",
    "join_model",
    "join_weights_in_scope",
    "joins",
    "recording",
]

WEIGHTS = Path(__file__).resolve().parent / "data" / "join_weights.json"
COLUMNS = (
    "mean",  # mean of the scored sampled pair probabilities, less the link threshold
    "max",  # ... their highest, less the threshold
    "min",  # ... their lowest, less the threshold
    "median",  # ... their median, less the threshold
    "share_over",  # share of the scored pairs at or over the threshold
    "scored",  # share of the sampled pairs that were scored
    "cross_scored",  # ... of the sampled pairs of two articles (one article's never are)
    "articles",  # log of the sampled members' distinct articles
    "single",  # 1 when one side is a lone claim
    "size",  # log of the two groups' sizes together
    "named",  # 1 when every speaker of both groups is named (no claim without a voice)
    *SIGNALS,  # the two groups read whole: words, links, rival claims (`join_signals`)
)


@dataclass(frozen=True)
class JoinInputs:
    """What the learned test reads of two groups besides the pair probabilities (built only
    when weights or a recording are in scope)."""

    articles: tuple[tuple[str, ...], tuple[str, ...]]  # of each side's sampled members
    sizes: tuple[int, int]
    named: bool  # every speaker of both sides named
    members: tuple[tuple[int, ...], tuple[int, ...]]
    signals: tuple[float, ...]  # `join_signals.SIGNALS`


Attempt = tuple[tuple[float, ...], tuple[int, ...], tuple[int, ...]]  # columns, members x2

# (a model, or None for the mean rule) in scope; no tuple: the shipped weights
_override: ContextVar[tuple[LogisticModel | None] | None] = ContextVar(
    "consensus_join_model", default=None
)
_recorder: ContextVar[list[Attempt] | None] = ContextVar("consensus_join_recorder", default=None)


@cache
def _shipped_model() -> LogisticModel | None:
    return LogisticModel.load(WEIGHTS) if WEIGHTS.exists() else None


def join_model() -> LogisticModel | None:
    """The join weights in use: those in scope of `join_weights_in_scope`, else the shipped
    file's; None: the mean rule."""
    scoped = _override.get()
    return _shipped_model() if scoped is None else scoped[0]


@contextmanager
def join_weights_in_scope(model: LogisticModel | None) -> Iterator[None]:
    """Join groups with `model` within the block (None: the mean rule)."""
    token = _override.set((model,))
    try:
        yield
    finally:
        _override.reset(token)


@contextmanager
def recording() -> Iterator[list[Attempt]]:
    """Collect every join attempt that reaches the link test within the block: its columns
    and the two groups' members (claim positions), in pass order."""
    out: list[Attempt] = []
    token = _recorder.set(out)
    try:
        yield out
    finally:
        _recorder.reset(token)


def join_columns(got: Sequence[float], join_at: float, inputs: JoinInputs) -> tuple[float, ...]:
    """The columns of `COLUMNS` for the scored sampled probabilities `got` (non-empty)."""
    ordered = sorted(got)
    n = len(ordered)
    half = n // 2
    median = ordered[half] if n % 2 else (ordered[half - 1] + ordered[half]) / 2
    left, right = inputs.articles
    cross = sum(1 for a in left for b in right if a != b)
    return (
        sum(ordered) / n - join_at,
        ordered[-1] - join_at,
        ordered[0] - join_at,
        median - join_at,
        sum(1 for v in ordered if v >= join_at) / n,
        n / (len(left) * len(right)),
        min(n / cross, 1.0) if cross else 1.0,
        math.log(len(set(left) | set(right))),
        1.0 if min(inputs.sizes) == 1 else 0.0,
        math.log(sum(inputs.sizes)),
        1.0 if inputs.named else 0.0,
        *inputs.signals,
    )


def joins(
    got: Sequence[float], sampled: int, join_at: float, inputs: Callable[[], JoinInputs]
) -> bool:
    """Whether two groups whose `sampled` sampled member pairs scored `got` (the others
    never compared) pass the link test of `clusters._may_join`: the mean rule, or the
    fitted join weights (see the module docstring). `inputs` is called only for those."""
    if not got:
        return False
    mean_rule = 2 * len(got) >= sampled and sum(got) / len(got) >= join_at
    model, record = join_model(), _recorder.get()
    if model is None and record is None:
        return mean_rule
    adds = model is not None and bool(model.meta.get("adds"))
    if record is None and adds and (mean_rule or min(got) < join_at):
        return mean_rule  # (decided without the columns: below)
    read = inputs()
    cols = join_columns(got, join_at, read)
    if record is not None:
        record.append((cols, *read.members))
    if model is None or (mean_rule and adds):
        return mean_rule
    at = dict(zip(COLUMNS, cols, strict=True))
    if adds and at["min"] < 0:
        return False  # (an added join relaxes how many pairs were compared, not how near)
    if adds and model.meta.get("best_of_article") and at["rival"] >= 0:
        return False  # (... and joins no claim another claim of its article outlinks)
    z = model.bias + sum(w * at[n] for n, w in zip(model.names, model.weights, strict=True))
    return z >= _logit(model.threshold)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))
