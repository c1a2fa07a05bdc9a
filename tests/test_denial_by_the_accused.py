"""The accused's answer (consensus.merge.accused; issue 8, session 17): a denial whose
speaker an accusation a few sentences before it accuses ("accused Norvex of ...",
"Norvex has been accused of ...") answers that accusation, though it rejects it in a word
of its own ("denied hiding anything"). Not a denial of something else, nor an
accusation of another party."""

from __future__ import annotations

import pytest
from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.accused import _accused, _is_the_denier

SHARED = "The drug was approved on Thursday."


def test_who_an_accusation_accuses() -> None:
    assert _accused("Patients First accused Norvex of playing down heart risks") == ["norvex"]
    assert _accused("Critics blamed Harlow Energy for the outage") == ["harlow energy"]
    assert _accused("Norvex Pharma has been accused of hiding data") == ["norvex pharma"]
    assert _accused("The union accused the company of lying") == []  # no name
    assert _is_the_denier("norvex", "norvex pharma")
    assert not _is_the_denier("harlow energy", "harlow county council")


def test_the_accused_denial_answers_the_accusation() -> None:
    report = _report(
        f"{SHARED} Patients First, a consumer group, accused Norvex of playing down heart "
        "risks. The group's director said two patients had died in the trial. Norvex Pharma "
        "denied hiding anything.",
        f"{SHARED} The price is $90,000 a year.",
    )
    assert _answered(report, "playing down heart risks", "denied hiding anything"), _disputes(
        report
    )


@pytest.mark.parametrize(
    "denial",
    [
        "Norvex Pharma denied that its chief executive had resigned.",  # something else
        "Kellan Labs denied hiding anything.",  # another party
    ],
)
def test_no_accusation_answered_by_another_denial(denial: str) -> None:
    report = _report(
        f"{SHARED} Patients First, a consumer group, accused Norvex of playing down heart "
        f"risks. {denial}",
        f"{SHARED} The price is $90,000 a year.",
    )
    assert not _disputes(report), _disputes(report)
