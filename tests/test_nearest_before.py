"""A pointing-back denial answers its sentence's main claim, not a claim inside it by the
same voice, and an act's verb joined to a word before it by a hyphen tells no accusation
(consensus.merge.nearest_before, `answers.answered`; session 61). Invented text."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.nearest_before import act_pattern


def test_a_hyphened_verb_is_no_accusation() -> None:
    charge = act_pattern("charg|accus")
    assert charge.search("The union charged the board with neglect.")
    assert charge.search("accused the mayor")
    assert not charge.search("the software double-charged a fee")
    assert not charge.search("it overcharged homes")


def test_a_denial_answers_the_main_claim_not_the_clause_inside_it() -> None:
    report = _report(
        "Keller Partners, which says it owns 4.2 per cent of Varnholt, accused chairman "
        "Osric Lunde of hiding the losses at the group's shipping arm until the spring. "
        'Lunde told the paper the claim was "simply untrue".',
        "Keller Partners has accused Osric Lunde of hiding the losses at the shipping arm. "
        "Varnholt shares fell 6 per cent on Monday.",
    )
    assert _answered(report, "hiding the losses", "simply untrue"), _disputes(report)
    assert not _answered(report, "shares fell", "simply untrue"), _disputes(report)


def test_a_rejected_charge_answers_the_accuser_not_a_hyphened_verb() -> None:
    report = _report(
        "The Tarnby water board admitted on Monday that its new meters had double-charged "
        "a drainage fee for six months. Councillor Edda Rusk said the fault had been a "
        '"price rise in disguise". Ivo Brenn, the board\'s director, dismissed the charge.',
        "The Tarnby water board admitted that its new meters had double-charged a drainage "
        "fee. Councillor Edda Rusk said the fault was a price rise in disguise.",
    )
    assert _answered(report, "price rise in disguise", "dismissed the charge"), _disputes(report)
    assert not _answered(report, "double-charged", "dismissed the charge"), _disputes(report)
