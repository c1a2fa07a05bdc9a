"""Two parties' calendar dates of one matter are a dispute whatever the pair's link
probability (consensus.merge.dated_rivals; issue 8, session 59). Invented text."""

from __future__ import annotations

import numpy as np
from test_merge_timed_acts import _feats, _find, _report

from consensus.merge.dated_rivals import _day, dated_rivals

SHOP = (
    "Pellmart, a chain of garden centres, said customer records had been left open online. "
    "Pellmart says it learned of the exposure on October 27."
)
RESEARCHER = (
    "A researcher says he warned Pellmart weeks before it acted. "
    "Tomas Vandel said he first wrote to Pellmart on October 9."
)


def test_two_parties_dates_are_rivals() -> None:
    feats = _feats(("a", SHOP), ("b", RESEARCHER))
    i, j = _find(feats, "a", "October 27"), _find(feats, "b", "October 9")
    assert feats[i].speaker and feats[j].speaker
    assert dated_rivals(feats, np.asarray([i]), np.asarray([j])).tolist() == [True]


def test_one_date_one_speaker_or_a_negation_are_no_rivals() -> None:
    feats = _feats(
        ("a", "Pellmart says it learned of the exposure on October 27."),
        ("b", "Pellmart said it told customers on October 30."),
        ("c", "Tomas Vandel said he first wrote to Pellmart on October 27."),
        ("d", "Tomas Vandel said he did not hear back on October 12."),
        ("e", "The records were taken offline on October 28."),
        ("f", "Tomas Vandel said the regulator would inspect Pellmart on November 3."),
        ("g", "Tomas Vandel said the records stayed online until November 2."),
    )
    a, b = _find(feats, "a", "October 27"), _find(feats, "b", "October 30")
    c, d = _find(feats, "c", "October 27"), _find(feats, "d", "October 12")
    e = _find(feats, "e", "October 28")
    f, g = _find(feats, "f", "November 3"), _find(feats, "g", "November 2")
    assert all(feats[k].speaker and _day(feats[k]) for k in (c, d, f, g))  # (dated, told)
    got = dated_rivals(feats, np.asarray([a] * 6), np.asarray([b, c, d, e, f, g]))
    # one speaker; one date; a negation word; no speaker; a plan; a bound of a span
    assert got.tolist() == [False] * 6


def test_the_report_contests_when_the_shop_was_told() -> None:
    report = _report(SHOP, RESEARCHER)
    points = [
        p for p in report.contested if any("October 27" in pos.statement for pos in p.positions)
    ]
    assert points, [p.positions for p in report.contested]
    assert any("October 9" in pos.statement for pos in points[0].positions)
