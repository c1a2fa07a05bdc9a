"""Rebuttals whose negated verb is an irregular past or stands before "nothing" (issue 8,
session 48, negverb48): `data/irregular_verbs.toml` brings "sold" to "selling" and "paid"
to "pay" where rule 6 matches a negated verb (`verb_lemmas`), and "they were paid
nothing" negates the act (`negated_objects`). Made-up names and nouns only."""

from __future__ import annotations

import pytest
from test_negated_complement import _feat, _two_outlets

from consensus.errors import ConfigError
from consensus.merge.features import _concept
from consensus.merge.lexicon import _irregular
from consensus.merge.score import negation
from consensus.merge.verb_lemmas import lemmas

SOLD_NONE = 'Warden Orla Venn said: "Nobody sold a single frabble at Pellory market."'
# the act told with the verb's regular form: a rebuttal
SELLING = "Dockhands at Pellory market said the wardens were selling frabbles to the strikers."
# the same verb of other things at another time: two things, no rebuttal
SOLD_OTHER = "Dockhands at Pellory market said the wardens sold drubbers to the strikers in 2019."
PAID_NOTHING = "The villagers of Dromholt say they were paid nothing."
PAID_IN_FULL = "The provincial board of Dromholt says the villagers were paid in full."
# others paid for something else: no rebuttal
PAID_OTHERS = "The provincial board of Dromholt says the contractors were paid for the roadworks."


def _negations(report_rules: list[str]) -> list[str]:
    return [r for r in report_rules if "negat" in r]


def test_an_irregular_past_meets_its_regular_forms() -> None:
    toks = _feat("Nobody sold or paid or stole anything.").toks
    got = lemmas(toks)
    assert got[_concept("sold")] == _concept("selling") == _concept("sells")
    assert got[_concept("paid")] == _concept("pay") == _concept("paying")
    assert got[_concept("stole")] == _concept("stealing")
    # the claims' own concepts are left as they are (joins read the surface stems)
    assert _concept("sold") != _concept("selling")
    # a light verb's past, and a form as often another word, are not in the table
    # ("no promise made" / "made the wrong decision"; "bound for the shrine")
    assert not lemmas(_feat("No promise was made, and the coach was bound for Pellory.").toks)


def test_a_broken_irregular_entry_is_a_one_line_config_error() -> None:
    with pytest.raises(ConfigError, match="irregular_verbs"):
        _irregular("x.toml", {"irregular_verbs": {"sell": ["Sold!"]}})
    with pytest.raises(ConfigError, match="two bases"):
        _irregular("x.toml", {"irregular_verbs": {"sell": ["sold"], "sall": ["sold"]}})
    with pytest.raises(ConfigError, match="list of strings"):
        _irregular("x.toml", {"irregular_verbs": {"sell": "sold"}})


def test_a_negated_irregular_past_rebuts_the_regular_form() -> None:
    report = _two_outlets(SOLD_NONE, SELLING)
    points = _negations([c.rule for c in report.contested])
    assert points, [c.rule for c in report.contested]
    sides = [s.statement for p in report.contested for s in p.positions]
    assert any("Nobody sold" in s for s in sides) and any("selling" in s for s in sides)


def test_the_same_verb_of_other_things_is_no_rebuttal() -> None:
    report = _two_outlets(SOLD_NONE, SOLD_OTHER)
    assert not _negations([c.rule for c in report.contested])


def test_nothing_as_an_object_negates_its_verb() -> None:
    pay = _concept("paid")
    assert pay in negation(_feat(PAID_NOTHING)).concepts
    assert _concept("received") in negation(_feat("He received nothing for the land.")).concepts
    # after a speech verb, or before another object: not read so
    assert not negation(_feat("The warden said nothing.")).concepts
    assert pay not in negation(_feat("They paid nothing like the frabble price.")).concepts


def test_paid_nothing_rebuts_paid_in_full_and_is_not_one_fact_with_it() -> None:
    report = _two_outlets(PAID_NOTHING, PAID_IN_FULL)
    assert _negations([c.rule for c in report.contested]), [c.rule for c in report.contested]
    assert not report.agreed, [it.statement for it in report.agreed]


def test_paid_nothing_does_not_rebut_others_paid_for_something_else() -> None:
    report = _two_outlets(PAID_NOTHING, PAID_OTHERS)
    assert not _negations([c.rule for c in report.contested])


NOT_PAYING = (
    'Warden Orla Venn of Pellory Frabbles said: "We are not paying the drubbers below the '
    'cost of a frabble."'
)
PAID_BELOW = "Drubber Pim Sarro said the drubbers were paid below the cost of a frabble."


def test_not_paying_rebuts_were_paid() -> None:
    report = _two_outlets(NOT_PAYING, PAID_BELOW)
    assert _negations([c.rule for c in report.contested]), [c.rule for c in report.contested]


def test_an_appeal_for_the_act_is_no_statement_of_it() -> None:
    from consensus.merge.voice_rebuttals import asked_for

    pay = _concept("pay")
    assert asked_for("We are asking to be paid what a frabble costs", pay)
    assert asked_for("The drubbers called for the wardens to pay them", pay)
    # the act told as done, or an appeal for something else: a statement of it
    assert not asked_for("The drubbers were paid below cost.", pay)
    assert not asked_for("Each drubber was paid, and asked to leave.", pay)
    assert not asked_for("They asked for frabbles; the drubbers were paid nothing.", pay)


BOARD_VOTE = (
    "The board of the Velmar football club voted on Tuesday to remove its chairman, Rune "
    "Falk. The vote was 7 to 2. Mr Falk said: \u201cThis vote is not binding.\u201d",
    "Rune Falk was removed as chairman of Velmar by the club's board on Tuesday. Under the "
    "club rules the board's vote is binding on the chairman.",
)


def _blocked(texts: tuple[str, ...]) -> set[tuple[str, str]]:
    from test_merge_negation_blocks import _feats, _pairs

    return {tuple(sorted(p)) for p in _pairs(_feats(texts))}


def test_a_named_negation_is_compared_with_an_unattributed_statement_of_its_word() -> None:
    pairs = _blocked(BOARD_VOTE)
    assert any("not binding" in a + b and "vote is binding" in a + b for a, b in pairs), pairs


def test_an_unattributed_negation_is_still_compared_with_nothing() -> None:
    unnamed = (
        BOARD_VOTE[0].replace("Mr Falk said: \u201cThis vote is not binding.\u201d", "")
        + " The vote is not binding.",
        BOARD_VOTE[1],
    )
    assert not _blocked(unnamed)
