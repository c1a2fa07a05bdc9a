"""Session 64 (whenfigs64): how long something lasted, told by two sources with two values
("held for 52 days" / "freed after 47 days"; "lasted a little over five hours" / "for nine
hours"), is a contested point keyed by the length (`merge/lengths.py`,
`merge/length_edges.py`); one length told two ways ("about 15 minutes" / "roughly 15
minutes") is none, nor are a plan and a done act, nor lengths of two things far apart.
Session 65 (lengths65): a length belongs to an act and an occurrence; two lengths of two
acts ("cleared within forty minutes" / "arrived within 11 minutes"), of an earlier
occurrence ("a previous truce held for 40 days") or of a plan ("was meant to hold for 30
days") are no rivals. Invented sentences only."""

from __future__ import annotations

import time

from report_checks import offline_report

from consensus.merge.length_edges import length_act
from consensus.merge.lengths import lengths, lengths_clash
from consensus.models import Report

SHARED = (
    "Gunmen in the hills of Brenmoor district released a Talvish aid worker, Orla Fenn, on "
    "Wednesday night."
)
HELD_52 = "Fenn was freed after being held by the gunmen for 52 days, her charity said."
HELD_47 = "The district office said Fenn had been freed after 47 days in captivity."
HELD_ABOUT_52 = "Fenn was freed after about 52 days, the district office said."
HELD_FORECAST = "The charity said her recovery would take at least 40 days."
MOVED_30 = "Fenn was kept in a farmhouse for 30 hours before she was moved, her charity said."
MOVED_20 = (
    "The district office said Fenn was kept in a farmhouse for 20 hours before she was moved."
)
MOVED_BEFORE = "In 2019, gunmen kept a nurse in a farmhouse for 20 hours before she was moved."
MOVED_EARLIER = (
    "The district office said an earlier captive was kept in a farmhouse for 20 hours before "
    "she was moved."
)


def _read(text: str) -> list[tuple[float, float, int, str]]:
    return [(x.low, x.high, x.side, x.text) for x in lengths(text)]


def _points(report: Report) -> list[str]:
    return [
        " | ".join(c.quote for p in pt.positions for c in p.citations) for pt in report.contested
    ]


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


def test_two_sources_lengths_of_one_thing_are_a_point() -> None:
    points = _points(offline_report(f"{SHARED} {HELD_52}", f"{SHARED} {HELD_47}"))
    assert any("52 days" in p and "47 days" in p for p in points), points


def test_one_length_told_twice_or_a_plan_against_a_done_act_is_no_point() -> None:
    points = _points(offline_report(f"{SHARED} {HELD_52}", f"{SHARED} {HELD_ABOUT_52}"))
    assert not any("52 days" in p for p in points), points
    points = _points(offline_report(f"{SHARED} {HELD_52}", f"{SHARED} {HELD_FORECAST}"))
    assert not any("40 days" in p for p in points), points


def test_a_length_of_an_earlier_event_is_no_rival() -> None:
    points = _points(offline_report(f"{SHARED} {MOVED_30}", f"{SHARED} {MOVED_20}"))
    assert any("30 hours" in p and "20 hours" in p for p in points), points
    points = _points(offline_report(f"{SHARED} {MOVED_30}", f"{SHARED} {MOVED_BEFORE}"))
    assert not any("20 hours" in p for p in points), points


def test_a_length_of_a_plan_is_marked_planned() -> None:
    assert [x.planned for x in lengths("The pause was meant to hold for 30 days.")] == [True]
    assert [x.planned for x in lengths("The pause is due to last for 30 days.")] == [True]
    assert [x.planned for x in lengths("The pause held for 40 days.")] == [False]


def test_a_lengths_act_is_the_past_verbs_of_its_clause_but_length_verbs() -> None:
    text = "The district office said Fenn was freed after 47 days."
    assert length_act(text, lengths(text)[0]) == {"freed"}
    text = "The search of the depot lasted a little over five hours."
    assert length_act(text, lengths(text)[0]) == frozenset()


def test_lengths_of_two_acts_or_of_a_previous_occurrence_are_no_rivals() -> None:
    cleared = "The harbour office said the yard was cleared of protesters within forty minutes."
    arrived = "The union said guards had arrived at the harbour within 11 minutes."
    points = _points(offline_report(f"{SHARED} {cleared}", f"{SHARED} {arrived}"))
    assert not any("forty minutes" in p and "11 minutes" in p for p in points), points
    points = _points(offline_report(f"{SHARED} {MOVED_30}", f"{SHARED} {MOVED_EARLIER}"))
    assert not any("20 hours" in p for p in points), points


def test_a_length_verb_alone_times_its_doer() -> None:
    patient = (
        "The clinic said Fenn spent four hours at the district clinic before she was sent home."
    )
    officers = "The police said officers spent three hours at the farmhouse where she was held."
    points = _points(offline_report(f"{SHARED} {patient}", f"{SHARED} {officers}"))
    assert not any("four hours" in p and "three hours" in p for p in points), points
