"""A negated instruction ("Nobody told me to leave") negates the telling, not the act asked
for: it rebuts no statement of the act ("Commissioner Holm left the room"), while a plain
negation of the act still does (`negated_instructions`)."""

from __future__ import annotations

from consensus.merge.features import _Feat
from consensus.merge.negated_instructions import only_instructed
from consensus.merge.score import _negation_clash, negation
from tests.test_merge_implied_negation import _feat


def _concept(f: _Feat, word: str) -> str:
    return next(t.concept for t in f.toks if t.low == word)


def test_the_act_of_an_instruction() -> None:
    f = _feat("Nobody told me to leave the talks without a deal.")
    assert only_instructed(f.toks, _concept(f, "leave"))
    f = _feat("Police did not order the crew of the ship to leave.")
    assert only_instructed(f.toks, _concept(f, "leave"))
    f = _feat("The minister did not leave the talks.")
    assert not only_instructed(f.toks, _concept(f, "leave"))


def test_a_negated_instruction_rebuts_no_statement_of_the_act() -> None:
    x = _feat("Nobody told me to leave the talks without a deal.")
    y = _feat("The minister is leaving the talks without a deal.")
    assert _negation_clash(x, y, negation(x), negation(y)) == ""
    z = _feat("The minister did not leave the talks.")
    assert _negation_clash(z, y, negation(z), negation(y)) != ""
