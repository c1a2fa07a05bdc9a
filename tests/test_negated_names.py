"""A name that qualifies the noun a negation negates ("not one Valdorian soldier", "no
Corish troops") is not what is negated: the noun is. Any claim about that party states its
name ("Corish commanders called their Valdorian counterparts"), so a negation read as a
negation of the name rebutted every such claim (a contested point with no dispute)."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import name_words, negation
from consensus.models import Article, Claim, ClaimKind, Evidence, ExtractionResult, Report
from consensus.offline import extract_offline


def _feat(statement: str) -> _Feat:
    claim = Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject="it",
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    (feat,) = _build_features([("a", 0, claim)])
    return feat


def test_name_words_are_capitalised_inside_a_sentence() -> None:
    words = name_words('The ministry said "Not one Valdorian soldier crossed." Later Corish aides')
    assert words == {"valdorian", "corish"}  # ("Not" opens a quotation, "Later" a sentence)
    assert name_words("No soldier crossed the line.") == frozenset()


def test_a_negation_skips_the_name_before_its_noun() -> None:
    got = negation(_feat('The ministry said "Not one Valdorian soldier set foot there."'))
    assert "valdorian" not in got.concepts and got.concepts
    got = negation(_feat("The army said no Corish troops were hurt."))
    assert "corish" not in got.concepts and got.concepts
    # a name with no noun after it is still what is negated
    got = negation(_feat("The envoy said he did not meet Tarvel."))
    assert got.concepts  # (the verb: "meet")


def _two_outlets(first: str, second: str) -> Report:
    arts = (
        Article(id="n1", text=first + " The pass is closed to traffic.", outlet="One"),
        Article(id="n2", text=second + " Snow fell on the pass overnight.", outlet="Two"),
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_a_denial_of_crossing_does_not_rebut_a_call_between_commanders() -> None:
    report = _two_outlets(
        "Valdoria also denied that its troops had crossed the ceasefire line. "
        '"Not one Valdorian soldier set foot on the other side," the foreign ministry said in '
        "a statement.",
        "The ministry said the fighting stopped at about 6:30 a.m. after Corish commanders "
        "called their Valdorian counterparts on a hotline set up after a 2021 clash near Brenn, "
        "in which one Corish border guard was killed.",
    )
    assert not report.contested, [(c.topic, c.rule) for c in report.contested]
    # ... nor is it one claim with it (the negation's noun is not what the call states)
    both = [it.statement for it in report.agreed if len({c.article for c in it.citations}) > 1]
    assert not both, both
