"""A denial rejects the act it names, not the purpose clause that closes it: "rejected claims
that the company had let the depot fall apart so it could press ahead with its plan for 90
homes" does not contest the company's own "wants to build 90 homes there"."""

from __future__ import annotations

from test_negated_complement import _two_outlets

from consensus.merge.denial_strength import _without_purpose


def test_a_purpose_clause_closing_what_is_denied_is_left_out() -> None:
    assert (
        _without_purpose("that the firm had let the depot fall apart so it could build homes")
        == "that the firm had let the depot fall apart"
    )
    assert (
        _without_purpose("that staff hid the faults in order to keep the contract")
        == "that staff hid the faults"
    )
    # no purpose clause, or too little left before it: unchanged
    assert _without_purpose("that the firm had let the depot fall apart") == (
        "that the firm had let the depot fall apart"
    )
    assert _without_purpose("it so it could sell") == "it so it could sell"
    # "so" that opens no purpose clause
    assert _without_purpose("that prices rose so sharply in May") == (
        "that prices rose so sharply in May"
    )


def test_the_accused_s_own_plan_is_not_what_it_denies() -> None:
    report = _two_outlets(
        "Its owner, Harlow Estates, bought the depot in 2022 for 3.1 million pounds and wants to"
        " build 90 homes there.",
        "Mark Harlow rejected the residents' claims that the company had let the depot fall"
        " apart so it could press ahead with its plan for 90 homes.",
    )
    assert not report.contested
