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
