"""Two voices' figures of one slot on two days, the later one told as later ("are still
missing", "are now at the site"): an update read at the plain conflict bar
(`merge/voice_updates.py`, link rule 3)."""

from __future__ import annotations

import datetime as dt

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.voice_updates import told_later
from consensus.vectors import Vectors

SAT, SUN = dt.date(2030, 5, 4), dt.date(2030, 5, 5)


def _context(*statements: str) -> PairContext:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(statements)
    ]
    return PairContext(views, Vectors.empty())


def test_a_later_days_count_told_as_now_is_an_update() -> None:
    ctx = _context(
        "The army sent 600 soldiers to the village.",
        "The army said that around 800 soldiers are now at the site.",
    )
    assert told_later(ctx, 0, 1, SAT, SUN)
    assert told_later(ctx, 1, 0, SUN, SAT)


def test_still_missing_on_the_later_day() -> None:
    ctx = _context(
        "About 40 people are missing, officials said.",
        "About 27 people are still missing, the regional government said.",
    )
    assert told_later(ctx, 0, 1, SAT, SUN)


def test_no_update_on_one_day_without_days_or_told_as_later_by_the_earlier_day() -> None:
    ctx = _context(
        "The army sent 600 soldiers to the village.",
        "The army said that around 800 soldiers are now at the site.",
    )
    assert not told_later(ctx, 0, 1, SUN, SUN)
    assert not told_later(ctx, 0, 1, None, SUN)
    # the cued figure is the earlier day's: no count moved on
    assert not told_later(ctx, 0, 1, SUN, SAT)


def test_no_update_without_a_later_cue_or_of_two_places() -> None:
    plain = _context(
        "The army sent 600 soldiers to the village.",
        "The army said that 800 soldiers were deployed.",
    )
    assert not told_later(plain, 0, 1, SAT, SUN)
    places = _context(
        "At least 61 people were killed in Vardenia.",
        "Twelve people have now been killed in Kostrava.",
    )
    assert not told_later(places, 0, 1, SAT, SUN)
    # the same counts with no place: one count moved on
    unplaced = _context("At least 61 people were killed.", "Twelve people have now been killed.")
    assert told_later(unplaced, 0, 1, SAT, SUN)
