"""Two lone counts of one unit whose counted words the slot rules do not meet, one slot by
the model fitted on the pairs those rules keep apart (issue 8, session 51 slot51:
`slot_model.one_slot`, `PairContext._learned_one`): "31 trips" / "38 journeys" told in
like words are two values of one count, a dispute; a claim that tells two counts of the
unit, and counts of plainly two things, stay two slots."""

from __future__ import annotations

from consensus.merge.claim_words import texts_to_embed
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.slot_model import one_slot_model
from consensus.vectors import Vectors, offline_embed


def _context(*statements: str) -> PairContext:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(statements)
    ]
    texts = sorted(texts_to_embed(statements))
    return PairContext(views, Vectors("offline", texts, offline_embed(texts)))


TRIPS = "The report lists 31 trips billed to the ministry as official visits."
JOURNEYS = "The documents list 38 journeys billed to the ministry as official visits."


def test_the_one_slot_model_is_shipped() -> None:
    model = one_slot_model()
    assert model is not None
    assert model.threshold == 0.4  # (session 64: refit, cut chosen out of sample)


def test_two_lone_counts_in_other_words_are_one_slot_and_clash() -> None:
    ctx = _context(TRIPS, JOURNEYS)
    (trips,), (journeys,) = ctx.figs
    assert ctx.same_slot(trips, journeys)
    _same, clash = ctx.figure_relation(0, 1)
    assert "31" in clash and "38" in clash


def test_a_claim_of_two_counts_of_the_unit_stays_apart() -> None:
    # the same pair, but the first claim also counts dinners: no lone count, no model
    ctx = _context(TRIPS.replace("visits.", "visits, and 4 dinners."), JOURNEYS)
    trips, dinners = ctx.figs[0]
    (journeys,) = ctx.figs[1]
    assert not ctx.same_slot(trips, journeys)
    assert not ctx.same_slot(dinners, journeys)


def test_counts_of_two_things_stay_apart() -> None:
    ctx = _context(
        "The firm runs 210 docking stations across the city.",
        "The union said 152 people had lost their jobs.",
    )
    (stations,), (people,) = ctx.figs
    assert not ctx.same_slot(stations, people)
    ctx = _context(
        "The storm damaged 40 homes in the village.",
        "Rescuers pulled 12 people from the river.",
    )
    (homes,), (people,) = ctx.figs
    assert not ctx.same_slot(homes, people)


def test_equal_values_are_left_to_the_rules() -> None:
    # one value in two words is no clash for the model to find (`_learned_one` only reads
    # two values)
    ctx = _context(TRIPS, JOURNEYS.replace("38", "31"))
    (trips,), (journeys,) = ctx.figs
    assert not ctx._learned_one(trips, journeys)
