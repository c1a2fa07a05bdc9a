"""What a clock time times: the clause it closes, read by shape (consensus.merge.clock;
sessions 67-68). "between A and B" kept inside a clause; an act-first clause after an
apposition read with the opening noun phrase; a clause cut at a subordinator or speech
verb that opens another act; a time that names a thing ("the 6pm sailing") no act's time;
a light verb read with its particle; what footage showed timed by the act it shows; a
24-hour time with no zone not read. Invented text."""

from __future__ import annotations

import pytest
from test_merge_timed_acts import _report

from consensus.merge.clock import clock_times
from consensus.merge.timed_acts import clock_acts_before


@pytest.mark.parametrize(
    "text",
    [
        # a 24-hour time with no zone is not read (tried: clocktimes68-tries)
        "The tide peaked at about 23:40 on Sunday.",
        "17:40 - The operator's account of the night.",
    ],
)
def test_a_24_hour_time_with_no_zone_is_not_read(text: str) -> None:
    assert clock_times(text) == ()


def test_an_and_between_two_words_of_a_pair_keeps_the_clause() -> None:
    (t,) = clock_times("The span between the fourth and fifth piers fell at 7:12 a.m.")
    assert {"span", "fell"} <= t.clause
    # an "and" between two clauses still opens one
    _, last = clock_times("The first at about 7 p.m. and the last boat at 9:40 p.m.")
    assert "first" not in last.clause


def test_an_act_first_clause_after_an_apposition_times_the_opening_noun() -> None:
    (t,) = clock_times(
        "The Varrow Weir, a stone barrier built in 1931, burst shortly before 4 a.m., "
        "the warden said."
    )
    assert {"weir", "burst"} <= t.clause
    (u,) = clock_times("The weir, an old barrier on the Tamm, gave way at around 4:30 a.m.")
    assert {"weir", "give way"} <= u.clause
    (r,) = clock_times("The blaze, which broke out at around 2:40 a.m., was put out by dawn.")
    assert {"blaze", "break out"} <= r.clause
    # a clause with its own doer, or an opening that is no noun phrase: as before
    (v,) = clock_times("On Tuesday, rescuers found the boat at 3 a.m.")
    assert "tuesday" not in v.clause
    # a teller told between the noun and its act: the noun still does it
    (w,) = clock_times("The weir, the warden said, held until 4 a.m.")
    assert {"weir", "held"} <= w.clause


def test_an_opening_with_a_verb_or_a_speech_or_ing_act_is_no_doer() -> None:
    # the opening piece holds a finite verb: no noun phrase
    (t,) = clock_times(
        "The warden did grant the appeal on one point, removing a rule that barred "
        "boats from the quay after midnight."
    )
    assert not {"warden", "grant", "appeal"} & t.clause
    # a speech verb after the apposition: who told it, not what is timed
    (u,) = clock_times("The mill's owner, Brenna Holt, said a valve had cracked before 4 a.m.")
    assert "owner" not in u.clause
    assert {"valve", "crack"} <= u.clause


def test_a_clause_stops_at_a_subordinator_that_opens_another_act() -> None:
    text = (
        "Forty firefighters and a team of divers were sent to the cutting between Orme "
        "Lane and Tesk Bridge after the first call came in at 5:58 p.m."
    )
    (t,) = clock_times(text)
    assert {"call", "come in"} <= t.clause
    assert not {"cutting", "diver", "sent"} & t.clause
    (u,) = clock_times("The crew were sailing east when their barge struck the gate at 9:10 p.m.")
    assert {"barge", "struck", "gate"} <= u.clause
    assert not {"sail", "east"} & u.clause
    # a pronoun does the subordinate act: the thing of the clause it hangs on
    (p,) = clock_times("The barge drifted for an hour before it struck the gate at 9:10 p.m.")
    assert {"barge", "drift", "struck", "gate"} <= p.clause
    # "after" with no act of its own rounds the time, or names one: the clause stays
    (v,) = clock_times("The roof of the mill fell in shortly after 3 a.m.")
    assert {"roof", "mill", "fell"} <= v.clause
    (w,) = clock_times("The roof of the mill fell in after the blast at 3 a.m.")
    assert {"roof", "fell", "blast"} <= w.clause
    (x,) = clock_times("Crowds gathered on the quay as early as 6 a.m.")
    assert {"crowd", "gather", "quay"} <= x.clause


def test_a_clause_stops_at_a_speech_verb_that_reports_another_act() -> None:
    (t,) = clock_times("The Harbour Board said the crane toppled at 3:40 p.m.")
    assert t.clause == {"crane", "toppl"}
    # a speech verb with no act after it: the saying is the clause
    (u,) = clock_times("Mayor Ilse Brand said in a short address shortly after noon.")
    assert {"short", "addres"} <= u.clause


@pytest.mark.parametrize(
    "text",
    [
        "A deckhand said he saw the master in the bar an hour before the 6pm sailing.",
        "A judge upheld a 2am curfew on the Wharf club last year.",
        "The 8 a.m. bulletin did not mention the spill.",
    ],
)
def test_a_time_that_names_a_thing_is_no_acts_time(text: str) -> None:
    assert clock_times(text) == ()


def test_a_named_time_still_breaks_the_clause_of_the_next() -> None:
    (t,) = clock_times("The 6pm sailing was cancelled and the quay shut at 7 p.m.")
    assert t.minutes == 19 * 60
    assert "sail" not in t.clause
    # a time after a determiner that names nothing stays a time
    (u,) = clock_times("Police arrived at the scene at 6pm on Friday.")
    assert u.minutes == 18 * 60


def test_a_light_verb_is_a_clause_word_only_with_its_particle() -> None:
    (t,) = clock_times("The cable car came to a halt at about 1:15 p.m.")
    (u,) = clock_times("The rescue service says its call came in at 2:05 p.m.")
    assert not t.clause & u.clause  # ("came" alone: two acts)
    (v,) = clock_times("The mast came down at around 10:45 a.m.")
    (w,) = clock_times("A witness said the mast had come down shortly before 11am.")
    assert {"mast", "come down"} <= v.clause & w.clause
    (x,) = clock_times("The storm made landfall at 2 a.m.")
    assert x.clause == {"storm", "landfall"}


def test_what_footage_showed_is_timed_by_the_act_it_shows() -> None:
    text = "The club said its footage showed the mast coming down at 9:52 p.m."
    (t,) = clock_times(text)
    assert t.clause == {"mast", "come down"}
    assert clock_acts_before(text, t.start) == frozenset()
    text = "Its footage showed the mast at 9 p.m."  # (no "-ing" act: the showing)
    assert clock_acts_before(text, text.index("9 p.m.")) == {"showed"}
    text = "The agency issued the warning at 3 p.m."  # (a noun in "-ing", no seeing)
    assert clock_acts_before(text, text.index("3 p.m.")) == {"issued"}


def test_the_report_contests_when_the_mast_fell() -> None:
    report = _report(
        "The mast over the east stand gave way at about 9:40 p.m., the fire service said. "
        "Its footage showed the mast coming down at 9:52 p.m., the club said.",
        "The club said its footage showed the mast coming down at 9:52 p.m.",
    )
    points = [p for p in report.contested if any("9:52 p.m." in q.statement for q in p.positions)]
    assert points, [p.positions for p in report.contested]
    assert any("9:40" in q.statement for q in points[0].positions)
