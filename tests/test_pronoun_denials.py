"""Denials that point back with a pronoun (consensus.merge.pronoun_denials, session 20)
and the reasons a bare denial gives next (consensus.merge.denial_reasons): "The governor
rejected that." answers the claim just before it, and its point shows what the governor
says instead. A bare "The company denied that." with no word of its own answers nothing."""

from __future__ import annotations

import pytest
from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.pronoun_denials import pronoun_back

SHARED = "The landslide hit the village of Tarvo on Friday night."
WARNED = "Residents said they had received no warning that the hillside was unstable."


def test_what_a_pronoun_denial_is() -> None:
    assert pronoun_back("The regional governor, Ruslan Tamm, rejected that.")
    assert pronoun_back('Her lawyer said that was "simply untrue".')
    assert pronoun_back("Ingrid Solberg said: “That is false.”")
    assert pronoun_back("The company denied that, saying every alert had been sent.")
    # a denial that states what it denies, and a stated "it is not true that ..."
    assert not pronoun_back("The company denied that the alerts had failed.")
    assert not pronoun_back('She said: "It is not true that we ignored the warnings."')
    assert not pronoun_back("He said that was wrong to do.")


def test_a_pronoun_denial_answers_the_claim_before_it_with_its_reasons() -> None:
    report = _report(
        f"{SHARED} {WARNED} The regional governor, Ruslan Tamm, rejected that. Ruslan Tamm "
        "said the civil protection office had sent text messages to every phone in the "
        "district on Thursday.",
        f"{SHARED} Rescuers were searching for nine missing people.",
    )
    assert _answered(report, "received no warning", "rejected that"), _disputes(report)
    # the denial's side shows what the governor says instead, verbatim
    assert any("sent text messages" in d for _, d in _disputes(report)), _disputes(report)


@pytest.mark.parametrize(
    "denial",
    [
        "The regional governor, Ruslan Tamm, rejected that.",  # no word of what it holds
        "Residents also denied that.",  # the same side's own words
    ],
)
def test_no_point_from_a_bare_or_own_pronoun_denial(denial: str) -> None:
    report = _report(
        f"{SHARED} {WARNED} {denial} Rescuers were searching for nine missing people.",
        f"{SHARED} The village has about 400 inhabitants.",
    )
    assert not _disputes(report), _disputes(report)
