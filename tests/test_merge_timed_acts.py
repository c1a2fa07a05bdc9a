"""A date or a clock time conflicts only between claims about one act (consensus.merge.
timed_acts; issue 8, session 17): a departure and a capsizing, a building and a sinking,
told by one teller and given both by one article, are two events at two times, never a
dispute about when; two tellers' times, or one act's two times, still are. Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.clock import clock_times
from consensus.merge.features import _build_features, _Feat
from consensus.merge.periods import period_named
from consensus.merge.timed_acts import (
    acts_apart,
    acts_before,
    doers_apart,
    doers_before,
    period_acts,
    period_doers,
    periods_of_two_events,
    times_of_two_events,
    year_acts,
)
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

DAY = dt.date(2025, 3, 10)


def _feats(*articles: tuple[str, str]) -> list[_Feat]:
    claims = []
    for art_id, text in articles:
        claim_set = extract_offline(Article(id=art_id, text=text, published=DAY))
        claims += [(art_id, k, c) for k, c in enumerate(claim_set.claims)]
    feats = _build_features(claims)
    for f in feats:
        f.period = period_named(f.claim.statement, DAY)  # (as `verdicts` sets it)
        f.published = DAY  # (as `merge` sets it)
    return feats


def _find(feats: list[_Feat], article: str, word: str) -> int:
    (k,) = [k for k, f in enumerate(feats) if f.article == article and word in f.claim.statement]
    return k


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_the_acts_of_a_times_clause() -> None:
    text = "The harbour master said the barge left the quay at 6:15 a.m."
    assert acts_before(text, text.index("6:15")) == {"left"}  # ("said": who told it)
    text = "The Ostrava Star, built in 1998, is the sister ship of the Lena."
    assert year_acts(text, "y:1998") == {"built"}
    text = "The Lena, which sank off the cape in 2012, was never raised."
    assert year_acts(text, "y:2012") == {"sank"}
    assert year_acts(text, "y:2013") == frozenset()  # (a year it does not write)
    assert year_acts("The barge sank last year.", "y:2024") == frozenset()
    # a clause with no past verb names no act
    text = "At 11 p.m. on Saturday the storm was at its height."
    assert acts_before(text, text.index("11 p.m.")) == frozenset()


def test_acts_apart_needs_an_act_on_each_side_and_none_shared() -> None:
    assert acts_apart({"left"}, {"overturned"})
    assert not acts_apart({"left"}, {"left", "sank"})
    assert not acts_apart(frozenset(), {"overturned"})  # (unknown: compared as before)
    assert not acts_apart({"died"}, {"killed"}, lambda x, y: {x, y} == {"died", "killed"})


def test_two_acts_of_one_teller_that_one_article_gives_both_are_two_events() -> None:
    feats = _feats(
        (
            "a",
            "The barge left the quay at 6:15 a.m. on Monday. "
            "The barge capsized shortly before 9 a.m. off the cape.",
        ),
        ("b", "The barge capsized shortly before 9 a.m. off the cape."),
    )
    clocks = [clock_times(f.claim.statement) for f in feats]
    left, capsized = _find(feats, "a", "left"), _find(feats, "b", "capsized")
    assert times_of_two_events(feats, clocks, left, capsized)


def test_one_acts_two_times_or_two_tellers_stay_a_dispute() -> None:
    # one act at two times: the same verb
    feats = _feats(
        (
            "a",
            "The barge capsized at 8:10 a.m. off the cape. "
            "The barge left the quay at 6:15 a.m. on Monday.",
        ),
        ("b", "The barge capsized at 9:30 a.m. off the cape."),
    )
    clocks = [clock_times(f.claim.statement) for f in feats]
    i, j = _find(feats, "a", "capsized"), _find(feats, "b", "capsized")
    assert not times_of_two_events(feats, clocks, i, j)
    # two acts, but no article gives both times: nothing tells them apart
    feats = _feats(
        ("a", "The barge left the quay at 6:15 a.m. on Monday."),
        ("b", "The barge capsized shortly before 9 a.m. off the cape."),
    )
    clocks = [clock_times(f.claim.statement) for f in feats]
    i, j = _find(feats, "a", "left"), _find(feats, "b", "capsized")
    assert not times_of_two_events(feats, clocks, i, j)
    # two tellers ("the harbour master" / "survivors"): a dispute whatever the verbs
    feats = _feats(
        (
            "a",
            "The barge went over at 8:40 a.m., survivors said. "
            "The barge capsized shortly before 8 a.m., the harbour master said.",
        ),
        ("b", "The barge capsized shortly before 8 a.m., the harbour master said."),
    )
    clocks = [clock_times(f.claim.statement) for f in feats]
    i, j = _find(feats, "a", "went over"), _find(feats, "b", "capsized")
    assert feats[i].speaker != feats[j].speaker
    assert not times_of_two_events(feats, clocks, i, j)


def test_years_of_two_acts_are_two_events() -> None:
    feats = _feats(
        (
            "a",
            "The Ostrava Star, built in 1998, is the sister ship of the Lena. "
            "The Lena capsized off the cape in 2012, killing nine people.",
        ),
        ("b", "Its sister ship, the Lena, capsized off the cape in 2012, killing nine people."),
    )
    built, sank = _find(feats, "a", "built"), _find(feats, "b", "Lena")
    assert periods_of_two_events(feats, built, sank)
    # one act in two years is compared as before
    feats = _feats(
        ("a", "The Lena capsized off the cape in 2011. The Lena was built in 1998."),
        ("b", "The Lena capsized off the cape in 2012."),
    )
    i, j = _find(feats, "a", "capsized"), _find(feats, "b", "capsized")
    assert not periods_of_two_events(feats, i, j)


def test_a_departure_and_a_capsizing_make_no_contested_point() -> None:
    report = _report(
        "The ferry Arden left Port Selby at 8:40 p.m. on Saturday. The ferry Arden overturned "
        "shortly before 11 p.m. in the strait. Rescue boats reached it within an hour.",
        "The ferry Arden overturned shortly before 11 p.m. in the strait, and 40 people "
        "were rescued.",
    )
    assert not [c for c in report.contested if "times" in c.rule or "dates" in c.rule]


_ARRIVED = (
    "Engineers from the water board arrived at the bridge shortly before midnight, police said."
)
_REOPENED = "The council says it reopened the bridge at 1:15 a.m."


def _arrival_and_reopening(article_a: str) -> bool:
    feats = _feats(("a", article_a), ("b", _REOPENED))
    clocks = [clock_times(f.claim.statement) for f in feats]
    i, j = _find(feats, "a", "Engineers"), _find(feats, "b", "reopened")
    assert feats[i].speaker != feats[j].speaker  # (two tellers: police, the council)
    return times_of_two_events(feats, clocks, i, j)


def test_two_doers_two_acts_of_two_tellers_are_two_events() -> None:
    # session 35: the police time the engineers' arrival, the council its own reopening;
    # one article gives both times: two things two parties did, no dispute about when
    assert _arrival_and_reopening(f"{_ARRIVED} {_REOPENED}")
    # ... but two doers no article gives both times of stay a dispute (as do two tellers'
    # times of one doer's acts, "went over" / "capsized": the barge both times, above)
    assert not _arrival_and_reopening(_ARRIVED)


def test_the_doers_of_a_times_clause() -> None:
    text = "Engineers from the water board arrived at the bridge shortly before midnight."
    assert doers_before(text, text.index("shortly")) == {"engineer", "water", "board"}
    text = "The council says it reopened the bridge at 1:15 a.m."
    assert doers_before(text, text.index("1:15")) == {"council"}  # ("says": speech)
    assert doers_before("At 11 p.m. on Saturday", 3) == frozenset()  # (no act: no doer)
    assert doers_apart({"engineer"}, {"council"})
    assert not doers_apart({"barge"}, {"barge", "crew"})
    assert not doers_apart(frozenset(), {"council"})


def test_the_acts_of_a_period_written_in_words() -> None:
    # session 39 (points39): a month or a relative period dates the act of its clause, as a
    # year does ("received ... in January", "slashed ... last month")
    text = "The school said it received its first formal complaint in January."
    assert period_named(text, DAY) == "m:2025-01"
    assert period_acts(text, "m:2025-01", DAY) == {"received"}
    assert year_acts(text, "m:2025-01") == frozenset()  # (its year is nowhere written)
    text = "The bakery slashed its sales forecast last month."
    assert period_acts(text, period_named(text, DAY), DAY) == {"slashed"}
    assert period_doers(text, period_named(text, DAY), DAY) == {"bakery"}
    assert period_acts(text, "m:2024-06", DAY) == frozenset()  # (a period it does not name)
    assert period_acts(text, period_named(text, DAY), None) == frozenset()  # (no day)


_COMPLAINT = "The school received its first formal complaint about a leak in the hall in January."
_ROOF = "A leak in the hall was repaired by a builder in 2023."


def test_a_months_act_and_a_years_act_of_one_teller_are_two_events() -> None:
    # a complaint received in January and a leak repaired in 2023, both in one article: two
    # events, no dispute about when (the month's act was unread before session 39)
    feats = _feats(("a", f"{_COMPLAINT} {_ROOF}"), ("b", _ROOF))
    i, j = _find(feats, "a", "complaint"), _find(feats, "b", "repaired")
    assert feats[i].speaker == feats[j].speaker
    assert periods_of_two_events(feats, i, j)
    # one act (received) in a month and in a year stays a dispute
    feats = _feats(
        ("a", f"{_COMPLAINT} {_ROOF}"),
        ("b", "The school received its first formal complaint about a leak in the hall in 2023."),
    )
    i, j = _find(feats, "a", "January"), _find(feats, "b", "complaint")
    assert not periods_of_two_events(feats, i, j)


def test_two_tellers_periods_of_two_acts_need_two_doers() -> None:
    # session 39 (points39): as for clock times, two tellers' periods are of two events
    # when the acts and their doers are apart and one article gives both
    parents = "Parents found a leak in the hall in January, the head teacher said."
    builders = "Builders repaired a leak in the hall in 2023, the council said."
    feats = _feats(("a", f"{parents} {builders}"), ("b", parents))
    i, j = _find(feats, "a", "Builders"), _find(feats, "b", "Parents")
    assert feats[i].speaker != feats[j].speaker
    assert periods_of_two_events(feats, i, j)
    # one doer (the council) for both acts: two tellers' dates stay a dispute
    logged = "The council logged a leak in the hall in January, the head said."
    repaired = "The council repaired a leak in the hall in 2023, a spokeswoman said."
    feats = _feats(("a", f"{logged} {repaired}"), ("b", logged))
    i, j = _find(feats, "a", "repaired"), _find(feats, "b", "logged")
    assert feats[i].speaker != feats[j].speaker
    assert not periods_of_two_events(feats, i, j)
