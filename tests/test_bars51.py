"""A bare negation by one speaker against another speaker's statement of what it negates
is a rebuttal although the two share nothing else (`voice_rebuttals.about_two_things`,
`bare`; link rule 6 across two voices; issue 8, session 51). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.features import _build_features
from consensus.merge.voice_rebuttals import about_two_things
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

DAY = dt.date(2025, 6, 2)


def _articles(texts: tuple[str, ...]) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def _report(texts: tuple[str, ...]) -> Report:
    arts = _articles(texts)
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _feats(texts: tuple[str, ...]):  # type: ignore[no-untyped-def]
    arts = _articles(texts)
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    return _build_features(claims, {a.id: a.text for a in arts})


COVER_UP = (
    "Asbestos was found in two classrooms at Dunmere Primary School last week. "
    "Parents have accused the council of a cover-up. The school will stay closed until Friday.",
    "Dunmere Primary School will stay closed until Friday after asbestos was found in two "
    "classrooms. Council leader Kari Lund said: \u201cThere has been no cover-up.\u201d",
)


def test_a_bare_denial_against_the_accusation_of_another_voice_is_a_point() -> None:
    report = _report(COVER_UP)
    (point,) = [
        c for c in report.contested if "no cover-up" in " ".join(p.statement for p in c.positions)
    ]
    said = sorted(p.statement for p in point.positions)
    assert said[0].startswith("Kari Lund said")
    assert said[1].startswith("Parents have accused the council of a cover-up")


def test_a_bare_negation_is_about_what_the_other_states() -> None:
    feats = _feats(
        (
            "Kari Lund said: \u201cWe did not ignore warnings.\u201d",
            "The regulator said the bank had ignored those warnings for years.",
        )
    )
    neg, said = feats[0], feats[1]
    what = "ignor"
    assert about_two_things(neg, said, what)  # (the plain reading: nothing shared beyond)
    assert not about_two_things(neg, said, what, bare=True)


def test_a_negation_naming_another_thing_stays_about_two_things() -> None:
    texts = (
        "The ferry Brisa sank off Kell Point on Sunday. "
        "Maren Holt said: \u201cThe crew was warned.\u201d",
        "The ferry Brisa sank off Kell Point on Sunday. "
        "Fenwick Ferries said the passengers were not warned.",
    )
    feats = _feats(texts)
    (neg,) = [f for f in feats if "not warned" in f.claim.statement]
    (said,) = [f for f in feats if "crew was warned" in f.claim.statement]
    assert about_two_things(neg, said, "warn", bare=True)
    assert not [c for c in _report(texts).contested if "warn" in c.rule]


def test_a_demonstrative_negation_points_back_and_stays_about_two_things() -> None:
    feats = _feats(
        (
            "Derek Ashdown said: \u201cThe organiser made the decision on Monday.\u201d",
            "Marta Quell said: \u201cThis was not our decision.\u201d",
        )
    )
    (neg,) = [f for f in feats if "not our decision" in f.claim.statement]
    (said,) = [f for f in feats if "made the decision" in f.claim.statement]
    assert about_two_things(neg, said, "decision", bare=True)


def test_a_bare_negation_against_a_demonstrative_statement_stays_apart() -> None:
    feats = _feats(
        (
            "Viktor Hale said: \u201cThis is a vendetta.\u201d",
            "Graham Orr said: \u201cThere is no vendetta.\u201d",
        )
    )
    (neg,) = [f for f in feats if "no vendetta" in f.claim.statement]
    (said,) = [f for f in feats if "is a vendetta" in f.claim.statement]
    what = next(iter(neg.content))
    assert about_two_things(neg, said, what, bare=True)


def test_a_bare_negation_of_what_could_be_stays_apart() -> None:
    feats = _feats(
        (
            "Henrik Dahl said: \u201cWe are deeply sorry the escape happened.\u201d",
            "Ole Berg said \u201cThey told us it could not happen here\u201d.",
        )
    )
    (neg,) = [f for f in feats if "could not" in f.claim.statement]
    (said,) = [f for f in feats if "sorry" in f.claim.statement]
    assert about_two_things(neg, said, "happen", bare=True)
