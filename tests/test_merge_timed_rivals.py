"""Two parties' clock times of one thing are a dispute whatever the pair's link probability
and though two speakers tell them (consensus.merge.timed_rivals; issue 8, session 18).
Invented text."""

from __future__ import annotations

import numpy as np
from test_merge_timed_acts import _feats, _find, _report

from consensus.merge.clock import clock_times
from consensus.merge.timed_rivals import timed_codes, timed_rivals, times_meet

COMPANY = (
    "Fire broke out at the Hollin glassworks on Monday. The blaze started at about "
    "4:10 p.m. in a storage hall where 14 people were packing orders, Hollin Glass said "
    "in a statement. All staff were accounted for."
)
UNION = (
    "Workers at the Hollin glassworks were sent home on Monday after a fire. Marta Quell, "
    "a union official, said the blaze started shortly after 5 p.m., at the end of the "
    "early shift, and that the alarms were slow."
)


def test_times_meet_beyond_the_shut_words() -> None:
    a = clock_times("The blaze started at about 4:10 p.m.")
    b = clock_times("Quell said the blaze started shortly after 5 p.m.")
    assert times_meet(a, b)
    assert not times_meet(a, b, frozenset({"blaze", "start"}))
    # a name alone in common: no one thing timed
    c = clock_times("The squalls reached Doverby at 9 p.m.")
    d = clock_times("The storm made landfall at Doverby at 2 a.m.")
    assert times_meet(c, d) and not times_meet(c, d, frozenset({"doverby"}))


def test_two_speakers_times_of_one_act_are_rivals() -> None:
    feats = _feats(("a", COMPANY), ("b", UNION))
    i, j = _find(feats, "a", "4:10"), _find(feats, "b", "5 p.m.")
    assert timed_rivals(feats, np.asarray([i]), np.asarray([j])).tolist() == [True]


def test_close_times_or_a_name_alone_are_no_rivals() -> None:
    feats = _feats(
        ("a", "The blaze started at about 4:10 p.m., Hollin Glass said."),
        ("b", "Marta Quell said the blaze started at around 4:20 p.m."),
        ("c", "Crews from Doverby arrived at 6 p.m., the fire service said."),
        ("d", "The owner drove to Doverby at 9 p.m., Marta Quell said."),
    )
    a, b = _find(feats, "a", "4:10"), _find(feats, "b", "4:20")
    c, d = _find(feats, "c", "6 p.m."), _find(feats, "d", "9 p.m.")
    got = timed_rivals(feats, np.asarray([a, c]), np.asarray([b, d]))
    assert got.tolist() == [False, False]  # (within the slack; only "Doverby" shared)


def test_the_report_contests_when_the_fire_started() -> None:
    report = _report(COMPANY, UNION)
    points = [p for p in report.contested if any("4:10" in pos.statement for pos in p.positions)]
    assert points, [p.positions for p in report.contested]
    assert any("5 p.m." in pos.statement for pos in points[0].positions)


def test_timed_codes_pair_two_articles_times_told_in_other_words() -> None:
    feats = _feats(
        ("a", "The barge ran aground at about 6:10 a.m. near the mouth of the Kell river."),
        ("b", "Pilots of the harbour authority said the vessel ran aground around 7:30 a.m."),
        ("c", "The barge ran aground at about 6:15 a.m., its owner said."),
    )
    a, b = _find(feats, "a", "6:10"), _find(feats, "b", "7:30")
    c = _find(feats, "c", "6:15")
    n = len(feats)
    got = {(int(k) // n, int(k) % n) for k in timed_codes(feats, 10)}
    assert (min(a, b), max(a, b)) in got
    assert (min(b, c), max(b, c)) in got
    assert (min(a, c), max(a, c)) not in got  # (one time: within the slack)
    assert timed_codes(feats, 1).size == 0  # (a word more claims time than the cap: no key)
