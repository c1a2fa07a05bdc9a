"""A verb of refusing before its object says the object was not given: "had been refused
permission for the demolition" restates "had not given permission for the demolition" (one
fact, no rebuttal), while "was granted bail" still rebuts "did not grant bail"."""

from __future__ import annotations

from test_negated_complement import _feat, _two_outlets

from consensus.merge.implied_negation import negated_by_verb


def _concept_of(statement: str, word: str) -> str:
    return next(t.concept for t in _feat(statement).toks if t.low == word)


def test_the_object_of_a_refusal_is_negated() -> None:
    for statement, word in (
        ("The owner had been refused permission to demolish the mill.", "permission"),
        ("The judge refused bail to the driver.", "bail"),
        ("The ministry withheld its approval of the plan.", "approval"),
    ):
        toks = _feat(statement).toks
        assert negated_by_verb(toks, _concept_of(statement, word)), statement
    # a refusal's object is not what a denial answers, nor a plain statement of the noun
    statement = "The ministry denied the report about the plan."
    assert not negated_by_verb(_feat(statement).toks, _concept_of(statement, "report"))
    statement = "The owner was given permission to demolish the mill."
    assert not negated_by_verb(_feat(statement).toks, _concept_of(statement, "permission"))


def test_a_refused_permission_restates_no_permission_given() -> None:
    report = _two_outlets(
        "The council had not given permission for the demolition of the mill, its leader said.",
        "The owner had been refused permission for the demolition of the mill, the council said.",
    )
    assert not report.contested and len(report.agreed) == 1
    report = _two_outlets(
        "The judge did not grant bail to the driver on Monday.",
        "The driver was granted bail by the judge on Monday.",
    )
    assert len(report.contested) == 1
