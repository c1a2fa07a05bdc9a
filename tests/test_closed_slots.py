"""A quantity conflict set on a closed-class slot word ("them", "off", "other") is no
dispute (session 60, nogold60: `merge/closed_slots`). Every case is invented."""

from __future__ import annotations

from consensus.merge.closed_slots import closed_slot
from consensus.merge.point_vetoes import no_dispute
from tests.test_negated_complement import _two_outlets


def test_a_pronoun_or_particle_slot_is_no_slot() -> None:
    assert closed_slot("quantity them: three vs six")
    assert closed_slot("quantity off: 9 vs 2")
    assert closed_slot("quantity them: three vs Two; what: 60 per cent vs 40%")
    # "other" stays a slot: "scores of other people" reads it before the counted noun
    assert not closed_slot("quantity other: scores vs 120")


def test_a_lexical_slot_is_still_a_slot() -> None:
    assert not closed_slot("quantity boat: 70 vs 60")
    assert not closed_slot("quantity killed: 12 vs 14")
    # one lexical clash keeps the whole conflict
    assert not closed_slot("quantity them: three vs six; vessel: 9 vs 12")
    # not a quantity conflict at all
    assert not closed_slot("negation: not off")


def test_the_veto_reads_the_slot_not_the_statements() -> None:
    a = "The harbour board is re-examining three of them."
    b = "A local dealer says the true number is six."
    assert no_dispute("quantity them: three vs six", a, b)
    assert not no_dispute("quantity painting: three vs six", a, b)


def test_two_distances_off_two_places_make_no_point() -> None:
    report = _two_outlets(
        "A fish farm lies about 9 km off the port of Dalvik, the campaigners said.",
        "A fishing boat saw the shark about 2 km off the beach at Dalvik.",
    )
    assert not report.contested, [c.rule for c in report.contested]
