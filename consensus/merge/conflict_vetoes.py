"""Conflict edges that link no point (pipeline step 5, before `disputes._points`): a
negation every origin stating it also states the other side of (`_self_rebuttal`), and a
figure conflict whose one side tells an earlier event's figure (`_earlier_event_side`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from consensus.merge.answers import _one_side
from consensus.merge.features import _Feat
from consensus.merge.figures import figures
from consensus.merge.implied_negation import implies_not
from consensus.merge.score import _Edge, side_negated
from consensus.merge.voiced_origins import told_both_sides


def _self_rebuttal(
    groups: Sequence[Sequence[_Feat]], feats: Sequence[_Feat], edge: _Edge, gi: int, gj: int
) -> bool:
    """A negation that every origin stating it also states the other side of ("an inquiry
    into murder linked to a terrorist enterprise" and "he had no known terrorist links",
    both in one article): no outlet contradicts itself, so the two are about different
    things (the charge, his past), not a rebuttal. Two sides it quotes may (`answers.rebuttals`:
    "Critics said ... had not ..., but Santos said ..."); so may two named voices of two
    articles, not one side, when the statement negated is told hedged ("some farmers have
    claimed a plane was seen seeding" / the forecaster's "There was no seeding anywhere"): a
    claim and its flat denial, whoever else retells the claim. An outlet that gives the
    one side to named speakers and the negated side to a voice named by a pronoun ("The
    board said a vehicle was agreed" / "It says it "has not agreed ..."":
    `voiced_origins._two_voices`)
    tells two voices, not itself twice. (One voice on both sides: `one_voice_points`.)"""
    a, b = feats[edge.i], feats[edge.j]
    if a.speaker and b.speaker and not _one_side(a.speaker, b.speaker):
        if a.article == b.article:
            return False
        stated = b if side_negated(a) else a
        if stated.claim.hedges and not side_negated(stated) and not implies_not(stated.toks):
            return False
    neg, other = (gi, gj) if side_negated(feats[edge.i]) else (gj, gi)
    return told_both_sides(groups[neg], groups[other])  # (two voices: `voiced_origins`)


def _earlier_event_side(
    groups: Sequence[Sequence[_Feat]], feats: Sequence[_Feat], edge: _Edge, gi: int, gj: int
) -> bool:
    """A figure conflict where one claim's figure is one its own group also gives as an
    earlier event's ("US air strikes this month that left 32 civilians dead" beside "air
    strikes earlier this month that left up to 32 civilians dead": `Figure.before`) and the
    other group gives no earlier figure at all: the first tells of that earlier event (the
    strike), the second of the news (the bombing), so their figures are not one slot's."""
    for g, x, other in ((gi, edge.i, gj), (gj, edge.j, gi)):
        now = {f.value for f in figures(feats[x].claim.statement) if not f.before}
        if not now or _earlier_values(groups[other]):
            continue
        if now & _earlier_values(groups[g]):
            return True
    return False


def _dated(f: _Feat) -> tuple[str, dt.date | None]:
    """A claim's statement and its article's publication day (`background_sides`)."""
    return f.claim.statement, f.published


def _earlier_values(group: Sequence[_Feat]) -> set[float | None]:
    """The values of the figures a group's statements give as earlier (`Figure.before`)."""
    return {f.value for m in group for f in figures(m.claim.statement) if f.before}
