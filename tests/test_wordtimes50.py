"""How long something took or lasted, in hours, minutes or seconds (session 50,
wordtimes50): "the crossing took about 50 minutes" / "can take up to 90 minutes" is a term
(`figures.TERMS`), compared as the day-to-year terms are, across units too ("lasted 40
minutes" / "lasted two hours"); a span between two events ("20 minutes later") and a time
of day stay no figure. Invented statements."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def _terms(statement: str) -> list[tuple[str, float, str]]:
    return [(f.unit, f.value, f.bound) for f in figures(statement)]


def test_what_something_took_or_lasted_in_minutes_hours_seconds_is_a_term() -> None:
    assert _terms("The ferry crossing to Quillan took about 50 minutes.") == [
        ("minute", 50.0, "about")
    ]
    assert _terms("The crossing to Quillan can take up to 90 minutes in fog.") == [
        ("minute", 90.0, "max")
    ]
    assert _terms("Commuters waited for more than two hours at Brantle.") == [
        ("hour", 2.0, "min")
    ]
    assert _terms("The blue glow was visible for about six seconds.") == [
        ("second", 6.0, "about")
    ]


def test_a_span_between_events_or_an_age_stays_no_figure() -> None:
    assert _terms("Lifeboats from Quillan arrived 20 minutes later.") == []
    assert _terms("The pier gave way two hours after the alarm sounded.") == []
    assert _terms("Within ten minutes the square had emptied.") == []


def test_two_lengths_of_one_wait_clash_in_one_unit_and_across_units() -> None:
    ctx = _context(
        "The blackout at the Orvel depot lasted around 40 minutes, the operator said.",
        "The blackout at the Orvel depot lasted nine minutes, the union said.",
        "The blackout at the Orvel depot lasted two hours, the union said.",
        "The blackout at the Orvel depot lasted 120 minutes, the union said.",
    )
    assert ctx.figure_relation(0, 1)[1] == "minut: 40 vs nine"
    assert ctx.figure_relation(0, 2)[1] == "minut: 40 vs two"
    # two hours told in minutes: one length, no clash
    assert ctx.figure_relation(2, 3) == (False, "")
