"""A verb of failing or refusing before "to" ("failed to connect", "unable to reach")
negates its complement as "not" does: such a statement restates a negation and rebuts
none (`implied_negation`); a plain statement of the act still rebuts it."""

from __future__ import annotations

from consensus.merge.implied_negation import negated_by_verb
from consensus.merge.score import _negation_clash, negation
from tests.test_negated_complement import _feat, _two_outlets


def _concept_of(statement: str, word: str) -> str:
    return next(t.concept for t in _feat(statement).toks if t.low == word)


def test_a_verb_of_failing_negates_the_act_after_it() -> None:
    c = _concept_of("Some 900 calls failed to connect.", "connect")
    assert negated_by_verb(_feat("Some 900 calls failed to connect.").toks, c)
    for text, word in (
        ("The crews were unable to reach the village.", "reach"),
        ("The ship's master refused to leave the bridge.", "leave"),
        ("The pumps failed to even start.", "start"),
    ):
        assert negated_by_verb(_feat(text).toks, _concept_of(text, word))
    # the act stated plainly, or also stated plainly, is no negation
    assert not negated_by_verb(_feat("Some 900 calls were connected.").toks, c)
    assert not negated_by_verb(
        _feat("The pumps failed to start, and later the pumps did start.").toks,
        _concept_of("the pumps did start", "start"),
    )
    # a verb of failing with no "to" after it says the thing failed
    text = "The line failed after the update."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "update"))


def test_failed_to_is_no_rebuttal_of_could_not() -> None:
    x, y = (
        _feat("About 900 calls could not be connected."),
        _feat("Some 900 calls failed to connect."),
    )
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("About 900 calls were connected.")
    assert _negation_clash(x, z, negation(x), negation(z)) != ""


def test_could_not_and_failed_to_are_one_agreed_fact() -> None:
    report = _two_outlets(
        "The union's chair, Mara Holt, said about 900 calls to the emergency number could not"
        " be connected during the night.",
        "Mara Holt said some 900 emergency calls failed to connect.",
    )
    assert not report.contested, [c.rule for c in report.contested]
    # ... and one agreed fact of the two outlets (recallC18's failure_verbs case, folded in)
    assert any({c.article for c in it.citations} == {"n1", "n2"} for it in report.agreed), [
        it.statement for it in report.agreed
    ]


def test_without_negates_the_noun_after_it() -> None:
    text = "About 40 passengers were led out of a stalled train without injury."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "injury"))
    text = "The riot was put down without a single shot being fired."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "shot"))
    # "without" after the concept, or not before it, negates nothing of it
    text = "Two guards were injured without warning."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "injured"))


def test_without_injury_is_no_rebuttal_of_no_one_was_hurt() -> None:
    x, y = (
        _feat("In 2018 about 40 passengers were led out of a stalled train; no one was hurt."),
        _feat("In 2018 about 40 passengers were led out of a stalled train without injury."),
    )
    assert negation(x).concepts
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("In 2018 about 40 passengers were hurt when a train stalled.")
    assert _negation_clash(x, z, negation(x), negation(z)) != ""


def test_a_prohibition_negates_the_act_it_forbids_and_its_object() -> None:
    text = "The council made it illegal for kiosks to sell party balloons."
    for word in ("sell", "balloons"):
        assert negated_by_verb(_feat(text).toks, _concept_of(text, word))
    text = "The city banned couriers from riding scooters on the pier."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "scooters"))
    # a place after "banned from", and a plain "to" with no prohibition, negate nothing
    text = "Two fans were banned from the stadium for life."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "stadium"))
    text = "The council voted to sell the old depot."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "depot"))


def test_a_prohibition_is_no_rebuttal_of_may_no_longer() -> None:
    x, y = (
        _feat("Under the new bylaw, kiosks may no longer sell party balloons."),
        _feat("The council made it illegal for kiosks to sell party balloons."),
    )
    assert negation(x).concepts
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("Kiosks on the seafront sell party balloons all summer.")
    assert _negation_clash(x, z, negation(x), negation(z)) != ""
