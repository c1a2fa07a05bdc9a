"""A negated noun with a complement ("no evidence (that) the trial judge had been biased")
is negated of what the complement is about: it rebuts a statement of that ("the trial judge
had been biased"), and with a statement of the same noun about something else ("the
evidence against him was overwhelming") it is neither one claim nor a rebuttal."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import name_words, negation
from consensus.models import Article, Claim, ClaimKind, Evidence, ExtractionResult, Report
from consensus.offline import extract_offline


def _feat(statement: str) -> _Feat:
    """The merger's features of one claim stating `statement` (its own quote)."""
    claim = Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject="it",
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    (feat,) = _build_features([("a", 0, claim)])
    return feat


def _negation_of(statement: str) -> tuple[frozenset[str], set[str]]:
    got = negation(_feat(statement))
    return got.concepts, {s for _, s in got.of_subject}


def test_a_negated_noun_is_negated_of_its_complement() -> None:
    concepts, about = _negation_of("There was no evidence the trial judge had been biased.")
    assert "evidenc" in concepts and about == {"trial"}
    concepts, about = _negation_of("There was no evidence that the driver had been radicalised.")
    assert "evidenc" in concepts and about == {"driver"}
    # a noun without a complement is negated outright, as before
    concepts, about = _negation_of("The driver had no known terrorist links, prosecutors said.")
    assert concepts == {"link"} and not about


def _two_outlets(first: str, second: str) -> Report:
    arts = (
        Article(id="n1", text=first + " The city is in mourning.", outlet="One"),
        Article(id="n2", text=second + " Flags flew at half mast.", outlet="Two"),
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_evidence_of_one_thing_and_evidence_of_another_are_two_claims() -> None:
    report = _two_outlets(
        "The appeals court said there was no evidence the trial judge had been biased against him.",
        "The appeals court said the evidence against him had been overwhelming.",
    )
    assert not report.agreed, [it.statement for it in report.agreed]
    assert not report.contested, [c.rule for c in report.contested]


def test_a_negated_complement_still_rebuts_the_same_complement() -> None:
    report = _two_outlets(
        "Officials said the gunman had no links to the Islamic State.",
        "Officials said the gunman had links to the Islamic State.",
    )
    assert not report.agreed
    (point,) = report.contested
    assert "negat" in point.rule


def test_a_negated_complement_does_not_rebut_another_complement() -> None:
    report = _two_outlets(
        "Officials said the gunman had no links to the Islamic State.",
        "Officials said the gunman had links to a local motorcycle club.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_a_contrast_of_what_qualifies_a_stated_concept_negates_nothing() -> None:
    # "A, not B" where A states B's concept too: the contrast is in the qualifier, and a
    # shorter quotation of A is no side against it; "an accident, not an attack" still
    # negates the attack
    concepts, _ = _negation_of(
        '"We have to build the company for the market we have, not the market we had," he said.'
    )
    assert "market" not in concepts
    concepts, _ = _negation_of("Police said the fire was an accident, not an attack.")
    assert concepts
    report = _two_outlets(
        '"We have to build the company for the market we have, not the market we had in '
        '2023," the chief executive, Ada Moll, said.',
        'The chief executive, Ada Moll, said the company had to "build the company for the '
        'market we have".',
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_a_negation_limited_by_until_negates_nothing() -> None:
    # blind_shooting (session 16): "would not release the footage until the review office
    # had finished" says when, as "would release the footage as soon as the office allows
    # it" does; it was set against it as a rebuttal
    concepts, _ = _negation_of(
        "The department would not release the footage until the review had finished."
    )
    assert not concepts
    concepts, _ = _negation_of("The department would not release the footage, the chief said.")
    assert "releas" in concepts
    report = _two_outlets(
        "The chief said the department would not release the video until the inquiry ends.",
        "The chief said the department would release the video as soon as the inquiry allows.",
    )
    assert not report.contested, [c.rule for c in report.contested]


# A name that qualifies the noun a negation negates ("not one Valdorian soldier") is not
# what is negated: the noun is. Any claim about that party states its name ("Corish
# commanders called their Valdorian counterparts"), so a negation read as a negation of
# the name rebutted every such claim (a contested point with no dispute; session 31).


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
