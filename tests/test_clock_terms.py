"""How long an act took in hours or minutes (sessions 69-70): "arrived within 35 minutes"
and "took more than two hours to arrive" are terms of one act in two units of time, a
clash; "half an hour" and "30 minutes" are one length, and a bound ("within 90 minutes")
meets any shorter length. "Within" makes a term of a done act only ("counts any spills
within 12 hours" is a rule's window), and a length told by its verb of lasting alone ("It
took 112 minutes") times nothing named: no rival of another act's length. Invented
statements."""

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
    ((value, bound, unit),) = _terms("The guests were stuck for four hours and 45 minutes.")
    assert (value, bound, unit) == (4.75, "", "hour")


def test_a_span_a_window_or_a_promise_is_no_term() -> None:
    assert _terms("Two hours later the plumber arrived.") == []
    assert _terms("The pipe burst three hours after the inspection.") == []
    assert _terms("The firm counts any leaks within 12 hours as one leak.") == []
    assert _terms("Callers will be answered within ten minutes.") == []
    assert _terms("With 12 minutes of normal time left, the hosts scored.") == []
    assert _terms("The hosts scored the winner with eight minutes to go.") == []
    assert figures("Refunds will be paid within 30 days.") == []  # (a deadline: no term)


def test_within_and_more_than_one_act_clash_across_units() -> None:
    ctx = _context(
        "The firm said its first plumber reached the flooded farm within 35 minutes.",
        "The first plumber took more than two hours to reach the flooded farm.",
        "The firm said its first plumber reached the flooded farm within half an hour.",
    )
    assert ctx.figure_relation(0, 1)[1]  # 35 minutes at most / more than two hours
    assert ctx.figure_relation(0, 2) == (False, "")  # half an hour is 30 minutes: no clash


def test_a_bound_meets_a_shorter_length_and_more_than_contests_it() -> None:
    ctx = _context(
        "Every guest was brought down from the wheel within 90 minutes.",
        "Every guest was brought down from the wheel within an hour.",
        "Guests were stuck on the wheel for more than 100 minutes.",
    )
    assert not ctx.figure_relation(0, 1)[1]  # within 90 minutes holds within an hour
    assert ctx.figure_relation(0, 2)[1]  # within 90 minutes / more than 100 minutes


def test_two_acts_lengths_are_no_clash() -> None:
    ctx = _context(
        "It took 112 minutes, and a late goal, to settle the final.",
        "Play was stopped after a video review lasting almost three minutes.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")


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
