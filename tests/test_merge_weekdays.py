"""Two weekdays of one act are a dispute about when it happened; a when-conflict keeps its
two claims out of one group (consensus.merge.weekdays; issue 8, session 20). Invented
text."""

from __future__ import annotations

import datetime as dt

from test_merge_timed_acts import _find, _report

from consensus.merge.features import _build_features, _Feat
from consensus.merge.weekdays import WhenApart, weekday_of, weekdays_of_two_events
from consensus.models import Article
from consensus.offline import extract_offline

DAY = dt.date(2025, 3, 10)


def _feats(*articles: tuple[str, str]) -> list[_Feat]:
    claims = []
    for art_id, text in articles:
        claim_set = extract_offline(Article(id=art_id, text=text, published=DAY))
        claims += [(art_id, k, c) for k, c in enumerate(claim_set.claims)]
    return _build_features(claims)


def test_the_weekday_that_dates_an_act() -> None:
    text = "A magistrate would rule on Friday whether to hold the driver in custody."
    assert weekday_of(text) == ("Friday", text.index("Friday"))
    assert weekday_of("The barge sank late on Sunday.") == ("Sunday", 23)
    # the day of a telling, a bound of a span, a habit, two days: no act's day
    assert weekday_of("The council said on Monday that the bridge would reopen.") is None
    assert weekday_of("The council on Monday said the bridge would reopen.") is None
    assert weekday_of("Officials confirmed on Tuesday that three had died.") is None
    assert weekday_of("The road will stay closed until at least Saturday.") is None
    assert weekday_of("The market opens on Mondays.") is None
    assert weekday_of("The barge left on Friday and sank on Saturday.") is None


def test_two_days_of_one_act_are_one_event_told_twice() -> None:
    feats = _feats(
        ("a1", "A magistrate would rule on Friday whether to hold the driver in custody."),
        ("a2", "The driver was remanded in custody by a magistrate on Thursday."),
        ("a3", "The bank priced its shares at $12 on Monday."),
        ("a4", "The bank's shares fell 6 percent on their debut on Tuesday."),
    )
    days = [weekday_of(f.claim.statement) for f in feats]
    i, j = _find(feats, "a1", "Friday"), _find(feats, "a2", "Thursday")
    assert not weekdays_of_two_events(feats, days, i, j)  # custody, magistrate: one act
    i, j = _find(feats, "a3", "priced"), _find(feats, "a4", "fell")
    assert weekdays_of_two_events(feats, days, i, j)  # priced / fell: two acts


def test_when_apart_reads_only_when_conflicts() -> None:
    apart = WhenApart([(1, 4, "time: 7 a.m. vs 9 a.m."), (2, 5, "quantity dead: 3 vs 4")])
    assert apart
    assert apart.apart([0, 1], [4, 6])
    assert not apart.apart([0, 2], [5, 6])  # (a figure conflict is not a when-conflict)
    assert not WhenApart([(2, 5, "polarity")])


def test_a_hearing_told_on_two_days_is_a_contested_point() -> None:
    report = _report(
        "A lorry driver was arrested after a crash on the ring road. Prosecutors said a "
        "magistrate would rule on Friday whether to hold the lorry driver in custody.",
        "A lorry driver was arrested after a crash on the ring road. The lorry driver was "
        "remanded in custody by a magistrate on Thursday, prosecutors said.",
    )
    dated = [
        c
        for c in report.contested
        if "Friday vs Thursday" in c.rule or "Thursday vs Friday" in c.rule
    ]
    assert dated, [c.rule for c in report.contested]
