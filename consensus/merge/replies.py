"""Replies told in one article, scored by a fitted model: a claim that answers another
side's claim a few claims before it ("Staff said they learned of the closure from the
radio. The administrators rejected that account, saying ...").

Blocking compares claims of two articles only, so a dispute an article tells whole is found
only where a rule of `answers.py`, `insist_answers.py` or `idiom_denials.py` reads its
wording. Here every pair of claims of one article told within `REPLY_WINDOW` claims of each
other (in the order of their first citation) gets the columns of `REPLY_COLUMNS`, about
news form and language only (how near, who speaks, a denial, a negation in one of the two,
a reply cue, words and figures in common); the probability that the pair is the two sides
of one dispute is the logistic model of `data/reply_weights.json`, fitted on the labelled
pairs of the annotated clusters by `scripts/fit_reply_weights.py` (never edited by hand).
A pair at or above that model's own fitted threshold is a CONFLICT edge ("reply: ..."), as
rule 2's pointing-back denials are; a pair that already has an edge gets none.

PURE: no I/O but loading the weights once, no clock or randomness.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from consensus.merge.answers import points_back
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.score import _Edge
from consensus.merge.weights import LogisticModel
from consensus.models import Polarity
from consensus.vectors import Vectors

__all__ = ["REPLY_COLUMNS", "REPLY_WINDOW", "reply_edges", "reply_model", "reply_rows"]

DATA = Path(__file__).resolve().parent / "data"
WEIGHTS = DATA / "reply_weights.json"
REPLY_WINDOW = 4  # a reply is read against the claims up to this many before it
REPLY_COLUMNS: tuple[str, ...] = (
    "next",  # the later claim is the very next one
    "near",  # 1 / how many claims apart
    "later_denies",  # the later claim's polarity is denies
    "earlier_denies",
    "one_negated",  # exactly one of the two has a negation word
    "later_cue",  # the later claim has a reply cue word (data/reply_cues.toml)
    "earlier_cue",
    "points_back",  # the later claim rejects something it does not state ("denied the report")
    "after_but",  # the later claim's sentence opens on "but"
    "speakers_apart",  # both name a speaker and neither speaks for the other
    "one_voice",  # both name a speaker and they may be one
    "one_unnamed",  # exactly one names a speaker
    "cosine",  # statement vectors
    "shared",  # content concepts in common over the smaller claim's
    "figure_clash",  # one slot, two figures
    "figure_same",  # one slot, one figure
    "opposed_cosine",  # cosine, when the pair is opposed (a denial, a negation in one, a
    # reply cue in the later one or a figure clash)
    "opposed_shared",  # shared, likewise
    "opposed_apart",  # speakers_apart, likewise
    "bare_reply",  # the later claim denies or has a reply cue and states little of its own
    # (at most `BARE` content concepts: "Harte's lawyer said that was 'simply untrue'")
    "bare_next",  # bare_reply, and it is the very next claim
)
BARE = 3


@cache
def _cues() -> re.Pattern[str]:
    data = tomllib.loads((DATA / "reply_cues.toml").read_text(encoding="utf-8"))
    words = sorted({w.casefold() for w in data["cues"]}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@cache
def reply_model() -> LogisticModel | None:
    """The fitted reply model, or None before one is fitted (no reply edges then)."""
    if not WEIGHTS.exists():
        return None
    model = LogisticModel.load(WEIGHTS)
    if model.names != REPLY_COLUMNS:
        raise ValueError(f"{WEIGHTS.name} was fitted on other columns: refit it")
    return model


def _negated(statement: str) -> bool:
    from consensus.merge.denial_strength import _NEG_HINT

    return _NEG_HINT.search(statement) is not None


def _told(feats: Sequence[_Feat]) -> list[list[int]]:
    """Each article's claims in the order of their first citation (ties: position)."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for k, f in enumerate(feats):
        if f.citations:
            by_article.setdefault(f.article, []).append((min(c.start for c in f.citations), k))
    return [[k for _, k in sorted(told)] for _, told in sorted(by_article.items())]


def window_pairs(feats: Sequence[_Feat]) -> list[tuple[tuple[int, int], int]]:
    """((earlier, later), how many claims apart) for the claims of one article at most
    `REPLY_WINDOW` claims apart; sorted."""
    out: list[tuple[tuple[int, int], int]] = []
    for order in _told(feats):
        for a, i in enumerate(order):
            out.extend(((i, j), g) for g, j in enumerate(order[a + 1 : a + 1 + REPLY_WINDOW], 1))
    return sorted(out)


def reply_rows(
    feats: Sequence[_Feat], ctx: PairContext, vectors: Vectors
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The window pairs (earlier, later) and their `REPLY_COLUMNS` rows."""
    told = window_pairs(feats)
    pairs = [q for q, _ in told]
    x = np.zeros((len(pairs), len(REPLY_COLUMNS)), dtype=np.float64)
    if not pairs:
        return pairs, x
    negated = [_negated(f.claim.statement) for f in feats]
    cue = [_cues().search(f.claim.statement) is not None for f in feats]
    dim = max(vectors.dim, 1)
    unit = np.zeros((len(feats), dim), dtype=np.float32)
    for k, f in enumerate(feats):
        v = vectors.get(f.claim.statement)
        if v is not None:
            unit[k] = v
    for r, ((i, j), gap) in enumerate(told):
        a, b = feats[i], feats[j]
        named = (a.speaker is not None) + (b.speaker is not None)
        voice = named == 2 and _speakers_compatible(a.speaker, b.speaker)
        same, clash = ctx.figure_relation(i, j)
        small = min(len(a.content), len(b.content))
        cosine = float(unit[i] @ unit[j])
        shared = len(a.content & b.content) / small if small else 0.0
        clashed = bool(clash) and not same
        denies = b.claim.polarity == Polarity.denies
        opposed = float(denies or negated[i] != negated[j] or cue[j] or clashed)
        bare = (denies or cue[j]) and len(b.content) <= BARE
        x[r] = (
            float(gap == 1),
            1.0 / max(gap, 1),
            float(b.claim.polarity == Polarity.denies),
            float(a.claim.polarity == Polarity.denies),
            float(negated[i] != negated[j]),
            float(cue[j]),
            float(cue[i]),
            float(b.claim.polarity == Polarity.denies and points_back(b.claim.statement)),
            float(b.after_but),
            float(named == 2 and not voice),
            float(voice),
            float(named == 1),
            cosine,
            shared,
            float(clashed),
            float(same),
            opposed * cosine,
            opposed * shared,
            opposed * float(named == 2 and not voice),
            float(bare),
            float(bare and gap == 1),
        )
    return pairs, x


def reply_edges(
    feats: Sequence[_Feat],
    ctx: PairContext,
    vectors: Vectors,
    taken: Collection[tuple[int, int]],
    model: LogisticModel | None = None,
) -> list[_Edge]:
    """A CONFLICT edge for each window pair the reply model scores at or above its
    threshold, two claims of two speakers (or of one named and one unnamed), no edge yet."""
    model = model or reply_model()
    if model is None:
        return []
    pairs, x = reply_rows(feats, ctx, vectors)
    if not pairs:
        return []
    p = model.prob(x)
    out: list[_Edge] = []
    for k in np.flatnonzero(p >= model.threshold).tolist():
        i, j = pairs[k]
        q = (min(i, j), max(i, j))
        if q in taken:
            continue
        out.append(_Edge(round(float(p[k]), 4), q[0], q[1], "reply: answers the claim before it"))
    return out
