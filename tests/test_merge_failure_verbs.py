"""A statement that something failed to happen negates it as "not" does, so it rebuts no
statement that negates it with "not" (consensus.merge.implied_negation, read by
score._negation_clash; recallC18's failure_verbs precheck of link rule 6 did the same and
was folded into it)."""

from __future__ import annotations

from tests.test_negated_complement import _two_outlets


def test_could_not_and_failed_to_state_one_fact_not_a_rebuttal() -> None:
    report = _two_outlets(
        "About 1,800 calls to the emergency number could not be connected, the regulator said.",
        "Some 1,800 emergency calls failed to connect, the regulator said.",
    )
    assert not report.contested, [c.rule for c in report.contested]
    assert any({c.article for c in it.citations} == {"n1", "n2"} for it in report.agreed), [
        it.statement for it in report.agreed
    ]
