"""Session 64 (whenfigs64): how long something lasted, read from a statement's words
(`merge/lengths.py`: "held for 52 days", "lasted a little over five hours", "within 30
days"), and when two such lengths clash; one length told two ways ("about 15 minutes" /
"roughly 15 minutes") does not, nor do lengths of two scales. The reader feeds
bench/whenfigs64.py; the merge rule that made points of it is on branch whenfigs64-tries
(measured negative on net). Invented sentences only."""

from __future__ import annotations

import time

from consensus.merge.lengths import lengths, lengths_clash


def _read(text: str) -> list[tuple[float, float, int, str]]:
    return [(x.low, x.high, x.side, x.text) for x in lengths(text)]


def test_a_length_is_read_after_a_word_that_makes_one() -> None:
    assert [t for *_, t in _read("Staff were kept in the building for nine hours.")] == [
        "nine hours"
    ]
    (low, high, side, text) = _read("The inspection lasted a little over five hours.")[0]
    assert (side, text) == (0, "a little over five hours") and low < 5 * 3600 < high
    assert _read("Voters waited for more than two hours.")[0][1:3] == (float("inf"), 1)
    assert _read("Refunds will be paid within 30 days.")[0][:3] == (0.0, 30 * 86400 * 1.02, -1)
    (half,) = lengths("It went on for nearly half an hour.")
    assert half.value == 1800


def test_no_length_without_its_word_nor_a_span_an_age_or_a_hyphen() -> None:
    assert _read("The vote came two days after the storm.") == []
    assert _read("A 15-minute drive took them to the coast.") == []
    assert _read("She was last seen a week ago.") == []
    assert _read("The crew left three days later.") == []
    assert _read("The wall had stood for 300 years.") == []  # (years: `figure_terms`)
    assert _read("The gate was open within eight minutes of the first call.") == []
    assert _read("Within two hours, the road was at a standstill.") == []
    assert _read("No doctor was within a day's travel.") == []


def test_two_lengths_clash_only_when_apart_and_of_one_scale() -> None:
    (a,) = lengths("It lasted for roughly 15 minutes.")
    (b,) = lengths("It went on for nearly half an hour.")
    (c,) = lengths("It lasted for about 15 minutes.")
    (d,) = lengths("It lasted for ten days.")
    (e,) = lengths("Refunds within 14 days.")
    (f,) = lengths("Refunds within 30 days.")
    (g,) = lengths("It would take at least a week.")
    assert lengths_clash(a, b) and lengths_clash(e, f)
    assert not lengths_clash(a, c)  # one length told two ways
    assert not lengths_clash(a, d)  # minutes and days: two things
    assert not lengths_clash(d, g)  # ten days is at least a week


def test_a_long_text_reads_in_linear_time() -> None:
    began = time.perf_counter()
    lengths("for " * 50_000 + "about " * 50_000 + "days")
    assert time.perf_counter() - began < 5.0
