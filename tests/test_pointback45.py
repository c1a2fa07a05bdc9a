"""Short pointing-back denials tied to no claim when the tie would be false (session 45,
pointback45): a denial whose own sentence tells the charge it rejects ("X, accused by
residents of ..., denied the charge") answers no claim told before it, and "denied that
concerns had been ignored" states what it denies ("that" opens a clause before a plural
report noun), so it is no pointing-back denial. Near misses keep today's binding."""

from __future__ import annotations

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.answers import points_back
from consensus.merge.charge_antecedents import charge_in_sentence

SHARED = "A storm damaged the Tarsk quarry's main conveyor on Sunday night."
OTHER = f"{SHARED} The quarry employs about 140 people in the valley."
BEFORE = "Councillor Ana Lund said the council had approved a new conveyor in May."


def test_a_charge_told_in_the_denials_own_sentence() -> None:
    assert charge_in_sentence(
        "Quarrystone Holdings, the operator accused by residents of running the conveyor "
        "with worn-out bearings, has denied the charge."
    )
    assert charge_in_sentence("The union accused the minister of lying; he denied it.")
    # the charge told in another sentence, or a noun "accused": no charge in its own
    assert not charge_in_sentence("Quarrystone Holdings rejected the criticism.")
    assert not charge_in_sentence("The accused man denied the charges.")
    # a charge told after the denial is not the one it rejects
    assert not charge_in_sentence("Acme denied it, and accused the union of lying.")


def test_a_denial_with_its_charge_in_its_sentence_answers_no_claim_before() -> None:
    denial = (
        "Quarrystone Holdings, the operator accused by residents of running the conveyor "
        "with worn-out bearings, has denied the charge."
    )
    report = _report(f"{SHARED} {BEFORE} {denial} The quarry reopened.", OTHER)
    assert not _answered(report, "approved a new conveyor", "denied the charge"), _disputes(report)


def test_a_denial_after_the_charge_still_answers_it() -> None:
    charge = (
        "Councillor Ana Lund accused the company of running the conveyor with worn-out bearings."
    )
    report = _report(
        f"{SHARED} {charge} Quarrystone Holdings rejected the charge. The quarry reopened.", OTHER
    )
    assert _answered(report, "worn-out bearings", "rejected the charge"), _disputes(report)


def test_that_before_a_plural_report_noun_opens_a_clause() -> None:
    assert not points_back("Carrick Northway denied that concerns had been suppressed.")
    assert not points_back("The firm rejected that claims had been ignored.")
    # a demonstrative before a singular noun, or another determiner: it points back
    assert points_back("Carrick Northway denied that claim.")
    assert points_back("Carrick Northway denied these allegations.")
    assert points_back("Carrick Northway denied the concerns.")


def test_a_denial_stating_a_clause_is_not_tied_to_the_claim_before() -> None:
    denial = "Quarrystone Holdings denied that concerns had been ignored for months."
    report = _report(f"{SHARED} {BEFORE} {denial} The quarry reopened.", OTHER)
    assert not _answered(report, "approved a new conveyor", "denied that concerns"), _disputes(
        report
    )
