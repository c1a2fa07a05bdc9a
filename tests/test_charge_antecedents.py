"""A short denial bound to the charge it answers (consensus.merge.charge_antecedents,
session 44): "Roe accused the firm of X. "quote," Roe said. The firm rejected the
criticism." answers the charge two sentences up, not the accuser's quotation between;
near misses keep today's binding (the sentence before is itself the charge, a denial by
a third party, a denial that states what it rejects)."""

from __future__ import annotations

import pytest
from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.charge_antecedents import charges

SHARED = "A storm damaged the Tarsk quarry's main conveyor on Sunday night."
OTHER = f"{SHARED} The quarry employs about 140 people in the valley."
CHARGE = (
    "Ivo Marten, who chairs the Tarsk residents' group, accused the company of running the "
    "conveyor with worn-out bearings."
)
QUOTE = '"We have complained about that machine for two years," Marten said.'


def test_what_charges_a_party() -> None:
    assert charges(CHARGE, "Quarrystone Holdings", True)  # a description, a named denier
    assert charges("Marten said the council had ignored the complaints.", "Ana Lund", True)
    assert charges(CHARGE, "the company's director", False)  # a word of the denier's
    # another party charged: a name, or a description of another head than the denier's
    assert not charges("Marten accused Gravel Partners of cutting corners.", "Quarrystone", True)
    assert not charges(CHARGE, "The union", False)
    # a charge told as a clause of a sentence that states another fact
    warned = "The weather office had issued a warning, and residents accused the company of"
    assert not charges(f"{warned} lying.", "Quarrystone Holdings", True)
    assert not charges("a report by Gull Research, which accused Acme of fraud", "Acme", True)
    # a quotation of the accuser charges no one by these verbs
    assert not charges(QUOTE, "Quarrystone Holdings", True)


@pytest.mark.parametrize(
    "denial",
    ["Quarrystone Holdings rejected the criticism.", "Quarrystone Holdings rejected that."],
)
def test_a_short_denial_answers_the_charge_two_sentences_up(denial: str) -> None:
    report = _report(f"{SHARED} {CHARGE} {QUOTE} {denial} The quarry reopened.", OTHER)
    assert _answered(report, "worn-out bearings", denial.split()[-1]), _disputes(report)
    assert not _answered(report, "complained about that machine", "rejected"), _disputes(report)


def test_a_charge_in_the_sentence_before_stays_the_answer() -> None:
    # the sentence just before is itself the charge: it stays what the denial answers
    report = _report(
        f"{SHARED} {CHARGE} Councillor Ana Lund said the company had ignored the dust on the "
        "village's cars. Quarrystone Holdings rejected the criticism. The quarry reopened.",
        OTHER,
    )
    assert _answered(report, "ignored the dust", "rejected the criticism"), _disputes(report)
    assert not _answered(report, "worn-out bearings", "rejected"), _disputes(report)


def test_a_third_partys_denial_keeps_its_binding() -> None:
    # the union is not the company the charge names: nothing is rebound
    report = _report(
        f"{SHARED} {CHARGE} {QUOTE} The union rejected that. The quarry reopened.", OTHER
    )
    assert not _answered(report, "worn-out bearings", "rejected that"), _disputes(report)


def test_a_denial_that_states_what_it_rejects_keeps_its_reading() -> None:
    # a denial that states its object is read as before (not a pointing-back denial)
    report = _report(
        f"{SHARED} {CHARGE} {QUOTE} Quarrystone Holdings denied that the committee had met "
        "on Friday. The quarry reopened.",
        OTHER,
    )
    assert not _answered(report, "worn-out bearings", "denied that the committee"), _disputes(
        report
    )


def test_a_charge_of_him_in_the_sentence_before_stays_the_answer() -> None:
    # "accused him of": a charge (of the denier, told by a pronoun), kept over the one above
    report = _report(
        f"{SHARED} {CHARGE} Councillor Ana Lund accused him of hiding the cracked rollers "
        "from the council. Per Holm, the quarry's director, denied the charge. The quarry "
        "reopened.",
        OTHER,
    )
    assert _answered(report, "hiding the cracked rollers", "denied the charge"), _disputes(report)
    assert not _answered(report, "worn-out bearings", "denied the charge"), _disputes(report)


def test_a_remark_of_the_partys_state_is_no_charge() -> None:
    # "said the company was ...": a state told, often by the party's own side
    assert not charges("Manager Ivo Dal said the company was helping the inspectors.", "X", True)
    assert not charges("Lund accused him of hiding the report.", "Per Holm", True)
