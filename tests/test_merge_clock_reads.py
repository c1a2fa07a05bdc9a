"""Two outlets' clock times of one occurrence meet as one slot: a 24-hour time after a word
that times it, a time's clause that keeps "between A and B", an act-first clause read with
the sentence's opening noun phrase, a common noun inside a name, and a time of what footage
showed (consensus.merge.clock, timed_rivals, timed_acts; session 67). Invented text."""

from __future__ import annotations

import numpy as np
import pytest
from test_merge_timed_acts import _feats, _find, _report

from consensus.merge.clock import clock_times, matched_clash
from consensus.merge.timed_acts import clock_acts_before, times_of_two_events
from consensus.merge.timed_rivals import timed_rivals


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The gallery showed the mast coming down at 21:52, the club said.", [21 * 60 + 52]),
        ("The pier was not usable until 02:30, when the first boat left.", [150]),
        ("The tide peaked at about 23:40 on Sunday.", [23 * 60 + 40]),
        # a live page's stamp, a service's name, an hour that may be morning or evening
        ("17:40 - The operator's account of the night.", []),
        ("The 20:15 service from Brindle was cancelled.", []),
        ("The gates shut at 10:30 on Friday.", []),
        ("The race was won in 21:52:10 by Osk Varde.", []),
    ],
)
def test_a_24_hour_time_is_read_after_a_word_that_times_it(text: str, minutes: list[int]) -> None:
    assert [t.minutes for t in clock_times(text)] == minutes


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
    assert {"weir", "gave", "way"} <= u.clause
    # a clause with its own doer, or an opening that is no noun phrase: as before
    (v,) = clock_times("On Tuesday, rescuers found the boat at 3 a.m.")
    assert "tuesday" not in v.clause
    # a teller told between the noun and its act: the noun still does it
    (w,) = clock_times("The weir, the warden said, held until 4 a.m.")
    assert {"weir", "held"} <= w.clause


WEIR_A = (
    "The Varrow Weir, a stone barrier built in 1931 to feed the mill race, burst shortly "
    "before 4 a.m., district warden Ilse Morrow told reporters."
)
WEIR_B = (
    "The weir, an old barrier on the Tamm river, gave way at around 4:30 a.m. on Sunday "
    "after days of rain."
)


def test_a_common_noun_of_a_name_the_other_writes_in_lower_case_meets() -> None:
    feats = _feats(("a", WEIR_A), ("b", WEIR_B))
    i, j = _find(feats, "a", "4 a.m."), _find(feats, "b", "4:30")
    assert timed_rivals(feats, np.asarray([i]), np.asarray([j])).tolist() == [True]
    # a place both write capitalised still times nothing
    feats = _feats(
        ("c", "Squalls reached Port Varrow at 9 p.m., the coastguard said."),
        ("d", "The storm made landfall at Port Varrow at 2 a.m."),
    )
    c, d = _find(feats, "c", "9 p.m."), _find(feats, "d", "2 a.m.")
    assert timed_rivals(feats, np.asarray([c]), np.asarray([d])).tolist() == [False]


def test_the_report_contests_when_the_weir_burst() -> None:
    report = _report(WEIR_A, WEIR_B)
    points = [p for p in report.contested if any("4:30" in pos.statement for pos in p.positions)]
    assert points, [p.positions for p in report.contested]
    assert any("4 a.m." in pos.statement for pos in points[0].positions)


def test_what_footage_showed_is_timed_by_the_act_it_shows() -> None:
    text = "The club said its footage showed the mast coming down at 21:52."
    assert clock_acts_before(text, text.index("21:52")) == frozenset()
    text = "Its footage showed the mast at 9 p.m."  # (no "-ing" act: the showing)
    assert clock_acts_before(text, text.index("9 p.m.")) == {"showed"}
    # the fire service's "gave way" and the club's footage of it: one act, a dispute
    feats = _feats(
        (
            "a",
            "The mast over the east stand gave way at about 9:40 p.m., the fire service said. "
            "The club said its footage showed the mast coming down at 21:52.",
        ),
        ("b", "The club said its footage showed the mast coming down at 21:52."),
    )
    clocks = [clock_times(f.claim.statement) for f in feats]
    i, j = _find(feats, "a", "gave way"), _find(feats, "b", "21:52")
    assert matched_clash(clocks[i], clocks[j])
    assert not times_of_two_events(feats, clocks, i, j)
