"""Two speakers' accounts of one thing, one negating what the other states, are a
rebuttal (consensus.merge.voice_rebuttals; link rule 6 across two voices; issue 8,
session 18). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.features import _build_features
from consensus.merge.voice_rebuttals import about_two_things
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

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
