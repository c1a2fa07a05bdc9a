"""Link rule 0's owners (`substitutions.Substitutions.owners_apart`): one thing named after
two unrelated names in the possessive ("Lisbury's airport" / "Port Avon's airport") is two
things, so two claims and no group holding both; one owner's thing in other words is one."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.substitutions import relation_opens_other
from consensus.models import Report

_AVON = "Port Avon's main airport will stay closed until Sunday, the transport ministry said."
_LISBURY = "Lisbury's main airport will stay closed until Sunday, the transport ministry said."


def _outlets(*texts: str) -> Report:
    return offline_report(*texts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_AVON, _LISBURY),
        ("Port Avon's international airport will stay closed until at least Sunday, "
         "officials said.",
         "Lisbury's main airport will stay closed until Monday, officials said."),
        ("The storm forced Port Avon's airport to close, the ministry said.",
         "The storm forced Lisbury's airport to close, the ministry said."),
    ],
)  # fmt: skip
def test_one_thing_of_two_owners_is_two_claims(first: str, second: str) -> None:
    report = _outlets(first, second)
    assert not report.agreed, [it.statement for it in report.agreed]
    assert not report.contested, [p.rule for p in report.contested]


@pytest.mark.parametrize(
    "third",
    [
        "The main airport in Port Avon will stay closed until Sunday, the ministry said.",
        "Port Avon will stay closed to flights until Sunday, the transport ministry said.",
    ],
)
def test_no_group_holds_the_things_of_two_owners(third: str) -> None:
    # a third outlet states the first owner's claim without the possessive: the other
    # owner's claim may link to it, but never joins the group of the first owner's thing
    report = _outlets(_AVON, _AVON, third, _LISBURY)
    assert [it.sources for it in report.agreed] == [("a0", "a1", "a2")]


def test_one_owners_thing_in_other_words_still_agrees() -> None:
    report = _outlets(
        "Port Avon's international airport will stay closed until at least Sunday, "
        "the transport ministry said.",
        "Port Avon's airport will remain closed until at least Sunday, the transport "
        "ministry said.",
    )
    assert [it.sources for it in report.agreed] == [("a0", "a1")]


def test_a_relation_of_a_name_is_not_that_name() -> None:
    report = _outlets(
        "Corin Dale, 34, was also convicted of tampering with evidence and of unlawfully "
        "possessing a firearm as a convicted felon.",
        "Dale's cousin, Lyle Prewitt, 29, was convicted in June of tampering with evidence "
        "for helping to hide the pistol and was sentenced to four years in prison.",
    )
    assert not report.agreed, [it.statement for it in report.agreed]


def test_the_name_and_its_relation_named_together_still_agree() -> None:
    report = _outlets(
        "Dale's cousin, Lyle Prewitt, 29, was convicted in June of tampering with evidence.",
        "Dale's cousin, Lyle Prewitt, was convicted in June of tampering with evidence.",
    )
    assert [it.sources for it in report.agreed] == [("a0", "a1")]


@pytest.mark.parametrize(
    ("statement", "other", "apart"),
    [
        ("Roe's cousin, Lyle Doe, 29, was convicted.", "Corin Roe, 34, was convicted.", True),
        ("Roe's cousin, Lyle Doe, 29, was convicted.", "Roe, 34, was convicted.", True),
        # the person is named in the other sentence, or shares the owner's family name
        ("Roe's cousin, Lyle Doe, was convicted.", "Corin Roe and Lyle Doe were convicted.", False),
        ("Roe's cousin, Lyle Roe, was convicted.", "Corin Roe, 34, was convicted.", False),
        ("Corin Roe, 34, was convicted.", "Roe's cousin, Lyle Doe, was convicted.", False),
    ],
)  # fmt: skip
def test_two_sentences_alone_tell_a_relation_of_a_name_apart(
    statement: str, other: str, apart: bool
) -> None:
    # lead, session 54: clause parts (parts54's appositions moved a part pair over the bar)
    # read it on their sentences, as `Substitutions._relation_apart` reads two claims
    assert relation_opens_other(statement, other) is apart
