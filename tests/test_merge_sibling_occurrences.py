"""A lone claim of another occurrence never joins a group of its own article's fact
(merge/sibling_occurrences.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from consensus.merge.features import _build_features, _Feat
from consensus.merge.sibling_occurrences import occurrences_apart, other_occurrence
from consensus.models import Claim, ClaimKind, Evidence

PUBLISHED = dt.date(2026, 6, 15)


def _feats(*rows: tuple[str, str]) -> list[_Feat]:
    claims = [
        (
            article,
            k,
            Claim(
                statement=text,
                kind=ClaimKind.event,
                subject=text.split()[0],
                evidence=(Evidence(quote=text, start=0, end=len(text)),),
            ),
        )
        for k, (article, text) in enumerate(rows)
    ]
    return [replace(f, published=PUBLISHED) for f in _build_features(claims)]


def _by_text(feats: list[_Feat], start: str) -> _Feat:
    return next(f for f in feats if f.claim.statement.startswith(start))


def test_another_month_or_an_earlier_offset_is_another_occurrence() -> None:
    feats = _feats(
        ("a2", "Nurses at Tolland hospitals will walk out on Monday, the union said."),
        ("a2", "Nurses at Tolland hospitals also struck for a day in October."),
        ("a3", "Three men were detained at the port on Monday."),
        ("a3", "A week earlier customs officers arrested three men at the airport."),
    )
    monday = _by_text(feats, "Nurses at Tolland hospitals will")
    october = _by_text(feats, "Nurses at Tolland hospitals also")
    assert other_occurrence(october, monday)
    assert not other_occurrence(monday, october)  # (the lone claim must be the other time)
    detained = _by_text(feats, "Three men")
    earlier = _by_text(feats, "A week earlier")
    assert other_occurrence(earlier, detained)


def test_restatements_are_no_other_occurrence() -> None:
    feats = _feats(
        ("a1", "Nurses will strike on Monday over pay."),
        ("a1", "The strike on Monday is the first since the union was founded."),
        ("a1", "The NAACP issued an advisory in October."),
        ("a1", "The NAACP issued a national advisory on Tuesday (October 24, 2017)."),
        ("a1", "Police arrested him two days before the vote."),
        ("a1", "He was arrested on Monday."),
        ("a1", "Officials said in June that the strike would go ahead on Monday."),
    )
    first = _by_text(feats, "Nurses will")
    again = _by_text(feats, "The strike on Monday")
    assert not other_occurrence(again, first)  # (no other time at all)
    october = _by_text(feats, "The NAACP issued an")
    dated = _by_text(feats, "The NAACP issued a national")
    assert not other_occurrence(october, dated)  # (the member names that month)
    anchored = _by_text(feats, "Police arrested him")
    monday = _by_text(feats, "He was arrested")
    assert not other_occurrence(anchored, monday)  # (an offset from another event)
    june = _by_text(feats, "Officials said in June")
    assert not other_occurrence(june, first)  # (the publication's own month)


def test_only_a_lone_claim_of_one_article_is_kept_out() -> None:
    feats = _feats(
        ("a1", "Nurses at Tolland hospitals will strike on Monday over pay."),
        ("a2", "Nurses at Tolland hospitals will walk out on Monday, the union said."),
        ("a2", "Nurses at Tolland hospitals also struck for a day in October."),
        ("a3", "Nurses at Tolland hospitals struck for a day in October."),
    )
    a1 = _by_text(feats, "Nurses at Tolland hospitals will strike").pos
    a2 = _by_text(feats, "Nurses at Tolland hospitals will walk").pos
    october = _by_text(feats, "Nurses at Tolland hospitals also").pos
    other = _by_text(feats, "Nurses at Tolland hospitals struck").pos
    ordered = sorted(feats, key=lambda f: f.pos)
    assert occurrences_apart(ordered, [october], [a1, a2])
    assert not occurrences_apart(ordered, [other], [a1, a2])  # (another article)
    assert not occurrences_apart(ordered, [october, other], [a1, a2])  # (two groups)
