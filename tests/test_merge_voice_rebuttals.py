"""Two speakers' accounts of one thing, one negating what the other states, are a
rebuttal (consensus.merge.voice_rebuttals; link rule 6 across two voices; issue 8,
session 18). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.features import _build_features
from consensus.merge.voice_rebuttals import (
    _object_of,
    _object_run,
    about_two_things,
    own_remarks_apart,
    told_apart,
)
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline
from consensus.vectors import Vectors

DAY = dt.date(2025, 6, 2)
TEXTS = (
    "The ferry Brisa sank off Kell Point on Sunday, and 14 people are still missing. "
    "Maren Holt, who speaks for the survivors' group, said: \u201cThat boat was overcrowded, "
    "and everyone on the pier saw it.\u201d Coast guard boats searched the area overnight.",
    "Fourteen people are missing after the ferry Brisa sank off Kell Point on Sunday. "
    "Fenwick Ferries has said the boat was not overcrowded. "
    "Divers were due to reach the wreck on Tuesday.",
)


def _articles(texts: tuple[str, ...] = TEXTS) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def test_two_speakers_negation_of_one_statement_is_a_point() -> None:
    arts = _articles()
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = [c for c in report.contested if "overcrowd" in c.rule]
    said = sorted(p.statement for p in point.positions)
    assert said[0].startswith("Fenwick Ferries has said the boat was not overcrowded")
    assert said[1].startswith("Maren Holt said")


def _feats(texts: tuple[str, ...]):  # type: ignore[no-untyped-def]
    arts = _articles(texts)
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


def test_a_speaker_as_subject_is_who_says_it_not_what_it_is_about() -> None:
    feats = _feats(TEXTS)
    (neg,) = [f for f in feats if "not overcrowded" in f.claim.statement]
    (said,) = [f for f in feats if f.claim.statement.startswith("Maren Holt said:")]
    assert neg.claim.subject == "Fenwick Ferries"  # (the extractor's subject: the speaker)
    assert not about_two_things(neg, said, "overcrowd")


def test_a_negation_sharing_only_its_word_is_about_another_thing() -> None:
    texts = (
        "Maren Holt said: \u201cThe crew was warned.\u201d",
        "Fenwick Ferries said the passengers were not warned.",
    )
    feats = _feats(texts)
    (neg,) = [f for f in feats if "not warned" in f.claim.statement]
    (said,) = [f for f in feats if "crew was warned" in f.claim.statement]
    assert about_two_things(neg, said, "warn")


GAS = (
    "Thousands marched through central Harlow on Saturday against the new rail fares. "
    "Several witnesses said police had fired tear gas into the crowd near the station. "
    "Eleven people were arrested.",
    "Eleven people were arrested after a march against rail fares in Harlow on Saturday. "
    'Police commander Ivo Brandt said: "There was no tear gas." '
    "The organisers said 20,000 people took part.",
)


def test_two_speakers_accounts_linked_below_the_threshold_are_a_point() -> None:
    # the two share little but the negated words: they link below the fitted threshold
    arts = _articles(GAS)
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = [c for c in report.contested if "gas" in c.rule]
    said = sorted(p.statement for p in point.positions)
    assert said[0].startswith("Ivo Brandt said") and "no tear gas" in said[0]
    assert said[1].startswith("Several witnesses said police had fired tear gas")


def _told_apart(negating: str, stating: str, negated: str) -> bool:
    feats = _feats((negating, stating))
    (neg,) = [f for f in feats if f.article == "t0"]
    (said,) = [f for f in feats if f.article == "t1"]
    views = [
        ClaimView(article=f.article, statement=f.claim.statement, names=frozenset(), speaker=None)
        for f in feats
    ]
    ctx = PairContext(views, Vectors.empty())
    return told_apart(ctx, neg, said, negated)


def test_a_modal_negation_a_hedge_or_other_objects_are_no_rebuttal() -> None:
    # a wish: no account of what happened
    assert _told_apart(
        "Tomas Brenner said what happened must never happen again.",
        "Ana Roe said the outage happened on Monday.",
        "happen",
    )
    # a hedged statement is no account to rebut
    assert _told_apart(
        "Police said the man had no links to any group.",
        "Ana Roe said the man was probably linked to a group.",
        "link",
    )
    # the negated verb governs other things in the two
    assert _told_apart(
        "Hua Ming said Kestria never allows companies to break the rules.",
        "Ana Roe said the crew will be allowed to leave.",
        "allow",
    )
    assert _object_of("Ana Roe said the crew will be allowed to leave.", "allow") == "leave"
    # told as an account of one thing: the same verb and object
    assert not _told_apart(
        "Hallvard Reinholt said he did not leave the table.",
        "Lucia Marenko said Reinholt ended the talks by leaving the table.",
        "leav",
    )


def test_a_contrast_after_a_comma_is_no_rebuttal() -> None:
    # how a speaker calls a thing, not an account of what the other statement tells
    assert _told_apart(
        'Clara Ivens said the attack was "an attack on patients, not on computers".',
        "Ana Roe said the attack took down the computers.",
        "computer",
    )


def test_a_negated_instruction_is_no_rebuttal() -> None:
    # advice on what to do, not an account that "I charge the car ..." contradicts
    assert _told_apart(
        '"Do not charge these vans overnight in a garage," Ola Strand said.',
        "Mia Holt said: I charge the van in the garage every night.",
        "charg",
    )
    assert _told_apart(
        "Ola Strand said: Never leave the heater on. It broke twice.",
        "Mia Holt said she leaves the heater on.",
        "leav",
    )
    # a negation inside a sentence that is no instruction still rebuts
    assert not _told_apart(
        "Ola Strand said he did not charge the van in the garage.",
        "Mia Holt said Strand charged the van in the garage every night.",
        "charg",
    )


def test_two_remarks_of_one_speaker_about_two_things_rebut_neither() -> None:
    texts = (
        'Lucia Marenko said: "Nobody told me to leave the city without a deal."',
        "Lucia Marenko says it was Reinholt who got up and left the talks.",
    )
    feats = _feats(texts)
    (neg,) = [f for f in feats if f.article == "t0"]
    (said,) = [f for f in feats if f.article == "t1"]
    assert own_remarks_apart(neg, said, "leav")
    # two speakers are `about_two_things`'s, not this rule's
    other = _feats(("Ana Roe said the ship was overloaded.", "Tarrow Line said it was not."))
    assert not own_remarks_apart(other[0], other[1], "overload")


def test_a_month_named_may_is_no_hedge() -> None:
    """Session 34: "valid until May" names a month; "may be valid" hedges."""
    neg = "The harbour master, Lene Dahl, said: \u201cThe licence is not valid.\u201d"
    assert not _told_apart(neg, "Piet Kroon said the licence was valid until May.", "valid")
    assert _told_apart(neg, "Piet Kroon said the licence may be valid until spring.", "valid")


def test_the_object_is_read_to_the_head_of_its_noun_phrase() -> None:
    """Session 58 (kinds58): the stating side's object is its noun phrase, not its first
    content word: "spraying the barley field" governs the field its modifier stands before,
    so "never sprayed the field" is an account of the same act, a rebuttal."""
    said = "Mia Holt said she saw a tractor spraying the barley field at dawn."
    run = "Ola Strand said he never sprayed the field at dawn."
    assert _object_run(said, "spray") == ["barley", "field"]
    assert not _told_apart(run, said, "spray")
    # a phrase of other things stays another object
    assert _told_apart(
        "Ola Strand said he never sprayed the field at dawn.",
        "Mia Holt said she saw a tractor spraying the barley crop at dawn.",
        "spray",
    )
