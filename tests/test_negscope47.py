"""Link rule 6 by what a negation governs (consensus.merge.negation_scope; issue 8, session
47, negscope47): a passive noun negation ("No X was V-ed") against another outlet's
statement naming X as the object of an act is a rebuttal, though the two share no verb;
one naming X as its subject tells something else of X. Made-up words only."""

from __future__ import annotations

from test_negated_complement import _feat, _two_outlets

from consensus.merge.negation_scope import named_as_object, noun_phrase, passive_negated
from consensus.merge.score import negation

DENIED = 'Captain Orla Venn said: "No frabble was discharged at the quay."'
# the act told with another verb, the noun its object: a rebuttal
USED = "Dockhands at Pellory quay said the wardens used a frabble on the strikers."
# the noun the subject of another statement: no account of the act
STOOD = "The frabble of the wardens stood idle at Pellory quay all week."
# a qualified noun negated ("no loyal frabble"): some of them only, no rebuttal of them all
QUALIFIED = 'Captain Orla Venn said: "No loyal drubber was dismissed at the quay."'
PLAIN = "Dockhands at Pellory quay said the wardens thanked the drubbers on the quay."


def test_a_passive_negation_rebuts_another_verb_of_its_noun() -> None:
    report = _two_outlets(DENIED, USED)
    points = [p for p in report.contested if "negat" in p.rule]
    assert points, [c.rule for c in report.contested]
    sides = [side.statement for side in points[0].positions]
    assert any("No frabble" in s for s in sides), sides
    assert any("used a frabble" in s for s in sides), sides


def test_a_passive_negation_does_not_rebut_its_noun_as_a_subject() -> None:
    report = _two_outlets(DENIED, STOOD)
    assert not [p for p in report.contested if "negat" in p.rule], [
        c.rule for c in report.contested
    ]


def test_a_qualified_negated_noun_does_not_rebut_the_noun_unqualified() -> None:
    report = _two_outlets(QUALIFIED, PLAIN)
    assert not [p for p in report.contested if "negat" in p.rule], [
        c.rule for c in report.contested
    ]
    f = _feat(QUALIFIED)
    noun = next(t.concept for t in f.toks if t.low == "drubber")
    loyal = next(t.concept for t in f.toks if t.low == "loyal")
    assert noun_phrase(f, noun) == {loyal, noun}


def test_the_scope_is_the_passive_verb_of_its_noun() -> None:
    f = _feat(DENIED)
    noun = next(t.concept for t in f.toks if t.low == "frabble")
    verb = next(t.concept for t in f.toks if t.low == "discharged")
    assert passive_negated(f, negation(f)) == [(verb, noun)]
    active = _feat("The wardens did not discharge a frabble at the quay.")
    assert passive_negated(active, negation(active)) == []
    glued = _feat("A no-frabble motion was passed at the quay.")
    assert passive_negated(glued, negation(glued)) == []


def test_an_object_has_a_content_word_before_it_in_its_clause() -> None:
    noun = next(t.concept for t in _feat(USED).toks if t.low == "frabble")
    assert named_as_object(_feat(USED), noun)
    assert not named_as_object(_feat(STOOD), noun)


def test_the_census_counts_what_the_scope_reads() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from negated_pairs import NegatedPair, scope_class

    def pair(prob: float, scope: str) -> NegatedPair:
        return NegatedPair(prob, "", False, False, False, "why", "No x was y", "z", scope)

    assert scope_class([pair(0.2, "discharg"), pair(0.3, "")]) == "reads, a rebuttal"
    assert scope_class([pair(0.01, "discharg"), pair(-1.0, "")]) == "reads, below the bar"
    assert scope_class([pair(0.9, "")]) == "none"
