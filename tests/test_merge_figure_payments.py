"""An amount paid as a reward, a fine, bail or a ransom is no value of the thing it is
paid about (`figure_payments`): "a reward of 500,000 euros" for information on stolen
works is no rival of "the works, valued at about 40 million euros"."""

from __future__ import annotations

from consensus.merge.figure_payments import payment_kind, payments_apart
from consensus.merge.figures import figures
from tests.test_negated_complement import _two_outlets


def _kind(text: str) -> str:
    (f,) = [f for f in figures(text) if f.value >= 1000]
    return payment_kind(text, f)


def test_the_kind_of_a_payment() -> None:
    assert _kind("The insurer has offered a reward of 500,000 euros for information.") == "reward"
    assert _kind("The insurer is offering half a million euros for information.") == "reward"
    assert _kind("Police offered a $10,000 reward.") == "reward"
    assert _kind("The bank was fined $5 million by the regulator.") == "fine"
    assert _kind("The firm must pay a fine of 2 million euros.") == "fine"
    assert _kind("Bail was set at $1 million.") == "bail"
    assert _kind("The gang demanded $6 million in ransom.") == "ransom"
    # a value, a price, a cost: no payment kind
    assert _kind("The works, valued by the museum at about 40 million euros, were cut.") == ""
    assert _kind("The house was sold for $4 million.") == ""
    assert _kind("The fine print shows $4 million in costs.") == ""


def test_two_rewards_are_compared_a_reward_and_a_value_are_not() -> None:
    a = "The insurer has offered a reward of 500,000 euros for information."
    b = "The works are worth about 40 million euros."
    c = "The insurer is offering 400,000 euros for information."
    fa, fb, fc = (next(f for f in figures(t) if f.value >= 1000) for t in (a, b, c))
    assert payments_apart(a, fa, b, fb)
    assert not payments_apart(a, fa, c, fc)


def test_a_reward_is_no_side_of_the_value_of_stolen_works() -> None:
    report = _two_outlets(
        "The three stolen paintings by Ivo Marek are worth an estimated 30 million euros,"
        " the museum said.",
        "The museum's insurer has offered a reward of 300,000 euros for information leading"
        " to the recovery of the three stolen paintings by Ivo Marek.",
    )
    assert not report.contested, [c.rule for c in report.contested]
