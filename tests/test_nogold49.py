"""Session 49 (nogold49): points the report makes that no gold backs.

A contrast ("rather than", "instead of") and a ruling out ("has ruled out paying") negate
what follows them as "not" does, so a statement of a concept only there rebuts no plain
negation of it (link rule 6, `implied_negation.negated_by_verb`): two outlets' one account
("counted parcels, not dwellings" / "counted parcels rather than dwellings") is no point.
"""

from __future__ import annotations

from consensus.merge.implied_negation import negated_by_verb, stated_before_contrast
from consensus.merge.score import _negation_clash, negation
from tests.test_negated_complement import _feat, _two_outlets


def _concept_of(statement: str, word: str) -> str:
    return next(t.concept for t in _feat(statement).toks if t.low == word)


def test_a_contrast_sets_aside_the_word_after_it() -> None:
    text = "The bureau said the guild's tally counted parcels rather than dwellings."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "dwellings"))
    text = "The crew walked to Vessby instead of taking the ferry."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "taking"))
    # ... and not the word before it, nor a statement of the concept elsewhere
    text = "The bureau said the guild's tally counted parcels rather than dwellings."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "parcels"))
    text = "The guild's tally counted dwellings in Vessby and Orrick."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "dwellings"))


def test_ruled_out_negates_the_act_or_object_after_it() -> None:
    text = "Reeve Talla Dunmark has ruled out paying anything."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "paying"))
    text = "The bureau ruled out any levy on parcels."
    assert negated_by_verb(_feat(text).toks, _concept_of(text, "levy"))
    # "out" of another verb is no ruling out
    text = "Reeve Talla Dunmark has carried out paying the crews."
    assert not negated_by_verb(_feat(text).toks, _concept_of(text, "paying"))


def test_a_contrast_is_no_rebuttal_of_the_same_contrast() -> None:
    x, y = (
        _feat("The bureau says the guild counted parcels, not dwellings."),
        _feat("The bureau said the guild's tally counted parcels rather than dwellings."),
    )
    assert negation(x).concepts
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("The bureau said the guild's tally counted dwellings.")
    assert _negation_clash(x, z, negation(x), negation(z)) != ""


def test_ruled_out_is_no_rebuttal_of_would_not() -> None:
    x, y = (
        _feat("Talla Dunmark said the town would not pay."),
        _feat("Reeve Talla Dunmark has ruled out paying anything."),
    )
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("Reeve Talla Dunmark said the town would pay the ransom.")
    assert _negation_clash(x, z, negation(x), negation(z)) != ""


def test_two_outlets_ruling_out_and_refusing_make_no_point() -> None:
    report = _two_outlets(
        "Reeve Talla Dunmark said the town of Vessby would not pay the gang that locked its"
        " servers.",
        "Reeve Talla Dunmark has ruled out paying the gang that locked the Vessby servers.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_a_contrast_that_states_its_concept_first_rebuts_none() -> None:
    x, y = (
        _feat(
            "Growers get a grant for young vines that are pulled up but not for vines lost to"
            " frost."
        ),
        _feat("Growers get a grant for young vines pulled up on the council's orders."),
    )
    assert negation(x).concepts
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    # ... a contrast whose negated concept comes only after "but not" still rebuts
    text = "The levy applies to barges but not to ferries."
    assert not stated_before_contrast(_feat(text).toks, _concept_of(text, "ferries"))
    v, w = (
        _feat("The levy applies to barges but not to ferries."),
        _feat("The levy applies to ferries."),
    )
    assert _negation_clash(v, w, negation(v), negation(w)) != ""
    # ... and so does a plain negation
    z = _feat("Growers get no grant for young vines pulled up.")
    assert _negation_clash(z, y, negation(z), negation(y)) != ""
