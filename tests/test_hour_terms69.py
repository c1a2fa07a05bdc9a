"""How long an act took in hours or minutes (session 69, released69): "arrived within 35
minutes" and "took more than two hours to arrive" are terms of one act in two units of time,
a clash; "half an hour" and "30 minutes" are one length. Invented statements."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.merge.written_figures import written_figure
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def _terms(statement: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.bound, f.unit) for f in figures(statement) if f.unit in ("hour", "minute")]


def test_hours_and_minutes_of_an_act_are_terms() -> None:
    assert _terms("The first plumber arrived within 35 minutes, the firm said.") == [
        (35.0, "max", "minute")
    ]
    assert _terms("The first plumber took more than two hours to reach the farm.") == [
        (2.0, "min", "hour")
    ]
    assert _terms("Every guest was brought out within an hour and a half.") == [
        (1.5, "max", "hour")
    ]
    assert _terms("One guest said he had waited more than two and a half hours.") == [
        (2.5, "min", "hour")
    ]


def test_a_span_between_events_in_hours_is_still_no_term() -> None:
    assert _terms("Two hours later the plumber arrived.") == []
    assert _terms("The pipe burst three hours after the inspection.") == []


def test_within_and_more_than_one_act_clash_across_units() -> None:
    ctx = _context(
        "The firm said its first plumber reached the flooded farm within 35 minutes.",
        "The first plumber took more than two hours to reach the flooded farm.",
        "The firm said its first plumber reached the flooded farm within half an hour.",
    )
    assert ctx.figure_relation(0, 1)[1]  # 35 minutes at most / more than two hours
    assert ctx.figure_relation(0, 2) == (False, "")  # half an hour is 30 minutes: no clash


def test_a_term_told_by_an_article_and_a_half_reads_as_written() -> None:
    text = "Every guest was brought out within an hour and a half."
    (fig,) = figures(text)
    assert written_figure(text, fig) == "within an hour and a half"
    text = "One guest said he had waited more than two and a half hours."
    (fig,) = figures(text)
    assert written_figure(text, fig) == "more than two and a half hours"
    text = "The licence was suspended for a fortnight."
    (fig,) = figures(text)
    assert written_figure(text, fig) == "a fortnight"
