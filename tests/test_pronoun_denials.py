"""Denials that point back with a pronoun (consensus.merge.pronoun_denials, session 20)
and the reasons a bare denial gives next (consensus.merge.denial_reasons): "The governor
rejected that." answers the claim just before it, and its point shows what the governor
says instead; not the denier's side's own words, nor one voice's two claims (which one
"that" is, nothing tells)."""

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
    assert pronoun_back("A spokeswoman said: “That is false.”")
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


def test_a_bare_pronoun_denial_answers_the_claim_before_it() -> None:
    report = _report(
        f"{SHARED} {WARNED} The regional governor, Ruslan Tamm, rejected that. Rescuers "
        "were searching for nine missing people.",
        f"{SHARED} The village has about 400 inhabitants.",
    )
    assert _answered(report, "received no warning", "rejected that"), _disputes(report)


@pytest.mark.parametrize(
    "before",
    [
        # the same side's own words: nothing to answer
        f"{WARNED} Residents also denied that.",
        # one voice's two claims just before: which one "that" is, nothing tells
        '"The hillside had been moving for weeks," Mayor Ana Roe told reporters. She said '
        "engineers were questioning the firm that built the road. The regional governor, "
        "Ruslan Tamm, again denied that.",
    ],
)
def test_no_point_from_an_own_or_unclear_pronoun_denial(before: str) -> None:
    report = _report(
        f"{SHARED} {before} Rescuers were searching for nine missing people.",
        f"{SHARED} The village has about 400 inhabitants.",
    )
    assert not _disputes(report), _disputes(report)


# session 35 (disputes35): "that was not our understanding", "That is not what X told us":
# a claim just before called not so by another side, told without a word of denial
def test_what_calls_the_claim_before_not_so() -> None:
    assert pronoun_back('The warden said that was "not our understanding".')
    assert pronoun_back("That is not what the inspectors told us: they found cracks.")
    assert pronoun_back("She said that was not what happened.")
    # an outcome not hoped for is no account called false
    assert not pronoun_back("She said this was not what the village had hoped for.")


@pytest.mark.parametrize(
    "answer",
    [
        'The regional governor, Ruslan Tamm, said that was "not our understanding".',
        "That is not what the governor's office told us: it says text alerts were sent on "
        "Thursday.",
    ],
)
def test_not_so_answers_the_claim_before_it(answer: str) -> None:
    report = _report(
        f"{SHARED} {WARNED} {answer} Rescuers were searching for nine missing people.",
        f"{SHARED} The village has about 400 inhabitants.",
    )
    assert _answered(report, "received no warning", answer[:20]), _disputes(report)


def test_an_outcome_not_hoped_for_is_no_answer() -> None:
    report = _report(
        f"{SHARED} {WARNED} The regional governor, Ruslan Tamm, said this was not what "
        "anyone had wanted. Rescuers were searching for nine missing people.",
        f"{SHARED} The village has about 400 inhabitants.",
    )
    assert not _disputes(report), _disputes(report)
