"""Two claims whose periods clash but that tell two events are no dispute about a date
(consensus.merge.period_events; issue 8, session 17): a pair that shares nothing but names,
and two records each measured from an earlier event ("the first ... since 1959, when ..." /
"the worst ... since 2004, when ...")."""

from __future__ import annotations

from dataclasses import replace

from consensus.merge.features import _build_features, _Feat
from consensus.merge.period_events import periods_of_two_events
from consensus.models import Article
from consensus.offline import extract_offline


def _feat(text: str, period: str) -> _Feat:
    article = Article(id="a", text=text)
    claims = [("a", k, c) for k, c in enumerate(extract_offline(article).claims)]
    return replace(_build_features(claims)[0], period=period)


def test_two_events_of_the_same_names() -> None:
    final = _feat("Harrow United beat Castle Rangers 2-0 in last year's cup final.", "y:2024")
    ruling = _feat(
        "In March the league admitted that a goal awarded to Castle Rangers against Harrow "
        "United should have been disallowed.",
        "m:2025-03",
    )
    assert periods_of_two_events(final, ruling)


def test_one_act_at_two_times_is_still_compared() -> None:
    a = _feat("Harrow United sacked its manager Ivo Pell in March.", "m:2025-03")
    b = _feat("Harrow United sacked its manager Ivo Pell last year.", "y:2024")
    assert not periods_of_two_events(a, b)


def test_two_records_measured_from_two_earlier_events() -> None:
    first = _feat(
        "It was the first ferry sinking with deaths on board since 1987, when nine people drowned.",
        "y:1987",
    )
    worst = _feat(
        "It was the worst accident on the country's waterways since 2006, when 14 people "
        "died in a barge collision.",
        "y:2006",
    )
    assert periods_of_two_events(first, worst)
    # a year the event is placed in ("in 2006") is no span to now
    placed = _feat("Nine people drowned when a ferry sank in the harbour in 2006.", "y:2006")
    assert not periods_of_two_events(first, placed)
