"""A claim telling an update in one sentence ("19 were treated, up from the 14 it reported")
against a claim giving the old value (`figure_relations.FigureRelations._update_clash`): one
slot, two values, never one item; against a claim giving the new value, one figure."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_rivals_told import told_as_other, told_earlier
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*told: tuple[str, str]) -> PairContext:
    views = [ClaimView(article=a, statement=t, names=frozenset(), speaker=None) for a, t in told]
    return PairContext(views, Vectors.empty())


UPDATE = (
    "By nightfall the Orlen Ambulance Service said 19 spectators had been treated, "
    "up from the 14 it reported in the afternoon."
)


def test_the_old_value_clashes_with_the_update_and_the_new_one_agrees() -> None:
    ctx = _context(
        ("a", "The Orlen Ambulance Service said it had treated 14 spectators."),
        ("b", "The service said 19 spectators were treated, up from 14 spectators earlier."),
        ("c", "The Orlen Ambulance Service now says 19 spectators were treated."),
    )
    # the told 14 counts what the old claim counts, but is no agreement with it
    assert ctx.figure_relation(0, 1) == (False, "spectator: 14 vs 19")
    assert ctx.figure_relation(1, 0) == (False, "spectator: 19 vs 14")
    assert ctx.figure_relation(1, 2) == (True, "")


def test_both_telling_the_update_agree() -> None:
    ctx = _context(
        ("a", "The service said 19 spectators were treated, up from 14 spectators earlier."),
        ("b", "The service said 19 spectators were treated, up from the 14 it gave earlier."),
    )
    assert ctx.figure_relation(0, 1) == (True, "")


def test_a_claim_giving_the_new_value_too_is_no_rival() -> None:
    ctx = _context(
        ("a", "The service said 19 spectators were treated, up from 14 spectators earlier."),
        ("b", "Of the 19 spectators treated, 14 spectators were treated at the scene."),
    )
    assert ctx.figure_relation(0, 1)[0] is True


def test_not_the_opens_a_told_figure() -> None:
    text = "The number of jobs affected is 420, not the 350 given in the board papers."
    told = [f.text for f in figures(text) if told_as_other(text, f)]
    assert told == ["350"]
    # an opener alone, with no teller or time after, tells nothing
    bare = "The club has 420 members, not the 350 it needs."
    assert not [f.text for f in figures(bare) if told_as_other(bare, f)]


def test_a_rivals_figure_set_against_its_own_is_no_update() -> None:
    # "fewer than the 14 listed by the agency": two parties' counts, read as a dispute's
    # two sides elsewhere (`told_rivals`), never as the old value of this claim's count
    text = "Eleven batches were affected, fewer than the 14 batches listed by the agency."
    assert [f.text for f in figures(text) if told_earlier(text, f)] == []
    ctx = _context(
        ("a", "The agency said 14 batches were affected."),
        ("b", text),
    )
    assert ctx.told_update(1) is None
    later = "It now says 18,000 hectares were damaged, up from 12,000 hectares on Tuesday."
    assert [f.text for f in figures(later) if told_earlier(later, f)] == ["12,000"]
