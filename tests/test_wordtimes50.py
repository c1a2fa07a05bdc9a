"""A bare 24-hour clock time after a word that times it (session 50, wordtimes50): "the gate
shut at 21:52" is a clock time (`clock.clock_times`), so it clashes with "about 9.40pm" of
one event; a clip's length, a timestamp line, a page's date-time and a time that could be
either side of noon ("at around 9:30") stay no time. Invented statements."""

from __future__ import annotations

import time

from consensus.merge.clock import clock_times, matched_clash


def _read(text: str) -> list[tuple[str, int]]:
    return [(t.text, t.minutes) for t in clock_times(text)]


def test_a_bare_24_hour_time_after_a_timing_word_is_a_clock_time() -> None:
    assert _read("The Quillan ferry left the quay at 19:05 on Sunday.") == [("19:05", 1145)]
    assert _read("The Brantle signal box reopened around 07:40, the operator said.") == [
        ("07:40", 460)
    ]
    assert _read("Trains ran again from 13:15 on Wednesday.") == [("13:15", 795)]


def test_two_accounts_of_one_collapse_in_two_clock_styles_clash() -> None:
    a = clock_times("The Orvel depot roof gave way at about 9.40pm, the fire service said.")
    b = clock_times("Camera footage showed the Orvel depot roof coming down at 21:52.")
    c = clock_times("Camera footage showed the Orvel depot roof coming down at 21:44.")
    assert matched_clash(a, b) == "9.40pm vs 21:52"
    assert matched_clash(a, c) == ""  # within an "about" time's rounding


def test_a_clip_a_timestamp_a_page_date_or_a_time_of_either_half_of_the_day_is_no_time() -> None:
    assert _read("Watch: the Orvel depot after the storm (video, 2:14)") == []
    assert _read("UPDATED 16:25 - Crews from Brantle have arrived.") == []
    assert _read("Published: 2031-03-04 13:15") == []
    assert _read("The doors opened again at around 9:30.") == []
    assert _read("The vote closed at 12:30.") == []


def test_the_clock_reader_stays_linear_on_a_long_token() -> None:
    for token in ("1" * 200_000, "at 0" + "1:" * 100_000, "13:" * 70_000):
        clock_times.cache_clear()
        began = time.perf_counter()
        clock_times(token)
        assert time.perf_counter() - began < 2.0
