"""Session 54 (disputes54): a restating word ("first", "only") restates a negation only at
the concept it stands at (`restated_near`), not anywhere in its sentence. Invented words."""

from __future__ import annotations

from consensus.merge.lexicon import _NEGATION_SAME
from consensus.merge.restated_near import restated_at
from consensus.merge.score import _negation_clash, negation
from tests.test_negated_complement import _feat


def _clash(negating: str, stating: str) -> str:
    x, y = _feat(negating), _feat(stating)
    assert negation(x).concepts, negating
    return _negation_clash(x, y, negation(x), negation(y))


def _concept(statement: str, word: str) -> str:
    return next(t.concept for t in _feat(statement).toks if t.low == word)


def test_a_restating_word_at_the_concept_still_restates_the_negation() -> None:
    # before the noun it restates, and told of it after ("the crash was the first")
    assert (
        _clash(
            "There had been no fatal crash on the line since 1961.",
            "It was the first fatal crash on the line since 1961.",
        )
        == ""
    )
    assert (
        _clash(
            "There had been no fatal crash on the line since 1961.",
            "The fatal crash was the first on the line since 1961.",
        )
        == ""
    )
    assert (
        _clash(
            "No pharmacy in Orlby sells the drops.", "Only one pharmacy in Orlby sells the drops."
        )
        == ""
    )


def test_a_restating_word_about_another_thing_leaves_the_rebuttal() -> None:
    # "only" told of the rain, in a later clause: the discharges are stated outright
    got = _clash(
        "Velm Water said it had never discharged on a dry day.",
        "Monitors caught three discharges on dry days, when rules allow overflows only in"
        " heavy rain.",
    )
    assert got == _concept("three discharges on dry days", "discharges")
    # "only" in a relative clause after the noun: the tax is stated outright
    got = _clash(
        "Oda Renn said the toll was not a tax.",
        "Piet Lusk said the toll is a tax, a tax that only hauliers pay.",
    )
    assert got == _concept("a tax", "tax")


def test_the_same_statement_without_the_restating_word_rebuts_as_before() -> None:
    assert (
        _clash(
            "There had been no fatal crash on the line since 1961.",
            "A fatal crash on the line killed two in 1961.",
        )
        != ""
    )


def test_the_window_is_bounded_by_punctuation_and_distance() -> None:
    toks = _feat("Only the ferry ran, and the crash happened at dawn.").toks
    text = "Only the ferry ran, and the crash happened at dawn."
    crash = {_concept(text, "crash")}
    assert not restated_at(toks, text, crash, _NEGATION_SAME, {})
    text2 = "The only crash happened at dawn."
    assert restated_at(_feat(text2).toks, text2, {_concept(text2, "crash")}, _NEGATION_SAME, {})
    # a concept the sentence never names keeps the sentence-wide test
    assert restated_at(_feat(text2).toks, text2, {"zzzz"}, _NEGATION_SAME, {})
    plain = "The crash happened at dawn."
    assert not restated_at(_feat(plain).toks, plain, {"zzzz"}, _NEGATION_SAME, {})


def test_a_long_sentence_is_read_in_bounded_time() -> None:
    text = "only " * 2000 + "the crash happened " * 2000
    toks = _feat(text).toks
    assert restated_at(toks, text, {_concept(text, "crash")}, _NEGATION_SAME, {})
