"""A statement that something failed to happen negates it as "not" does, so it rebuts no
statement that negates it with "not" (consensus.merge.failure_verbs, link rule 6)."""

from __future__ import annotations

from consensus.merge.failure_verbs import negates_by_failure
from tests.test_negated_complement import _two_outlets


def test_failed_to_and_unable_to_before_a_verb_negate() -> None:
    assert negates_by_failure("Some 1,800 emergency calls failed to connect.")
    assert negates_by_failure("Rescuers were unable to reach the village.")
    assert negates_by_failure("The pump fails to start in the cold.")
    assert not negates_by_failure("The talks failed on Tuesday.")  # no verb after it
    assert not negates_by_failure("The failure of the pump was reported.")


def test_could_not_and_failed_to_state_one_fact_not_a_rebuttal() -> None:
    report = _two_outlets(
        "About 1,800 calls to the emergency number could not be connected, the regulator said.",
        "Some 1,800 emergency calls failed to connect, the regulator said.",
    )
    assert not report.contested, [c.rule for c in report.contested]
    assert any({c.article for c in it.citations} == {"n1", "n2"} for it in report.agreed), [
        it.statement for it in report.agreed
    ]
