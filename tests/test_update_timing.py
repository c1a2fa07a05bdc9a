"""Figures that change over time are shown as updates: each side and each disputed figure of
a contested point carries its publication days and a `timing` ("earlier" / "later") read
from its own words ("initially", "still", "rose to") or its publication date, a slot and a
point say why they read as an update (`update`), and the summary line shows when each
figure was given, reading those fields, never the rule text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.merge.figures import figures
from consensus.merge.timing import figure_cue
from consensus.models import (
    Article,
    Citation,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    ExtractionResult,
    Position,
    Report,
    ReportArticle,
    Timing,
    UpdateBy,
)
from consensus.offline import extract_offline
from consensus.summary import contested_line, load_weights

RESCUE = Path(__file__).resolve().parent / "data" / "madeup" / "rescue"
DAY = dt.date(2019, 3, 4)


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("Five people were initially trapped after the accident", 5, ("earlier", "initially")),
        ("we are working to free two people still trapped.", 2, ("later", "still")),
        ("The death toll in the attack, officials said, rose to 85", 85, ("later", "rose to")),
        ("the toll has risen to 12 after two more died", 12, ("later", "has risen to")),
        ("at least 84 now lay dead after a lorry tore into the crowd", 84, ("later", "now")),
        ("At least seven people were killed", 7, ("", "")),
        # a rise by a figure is no level it rose to: no cue across the figure
        ("Profit climbed 11 percent to $1.2 billion", 11, ("", "")),
        # a cue in another clause is not the figure's
        ("Rescuers arrived at first light, and 30 people were taken to hospital", 30, ("", "")),
    ],
)
def test_a_figures_own_words_place_it_in_time(
    text: str, value: float, want: tuple[str, str]
) -> None:
    (fig,) = [f for f in figures(text) if f.value == value]
    assert figure_cue(text, fig) == want


def _report(texts: list[str], days: list[int]) -> Report:
    articles = tuple(
        Article(
            id=f"a{k}",
            text=text + " The region is in mourning.",
            outlet=f"Outlet {k}",
            published=DAY + dt.timedelta(days=d),
        )
        for k, (text, d) in enumerate(zip(texts, days, strict=True))
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _flood(*counts: int) -> Report:
    """One count a day: day k's article gives counts[k]."""
    flood = "At least {} people were killed when the floods swept through the northern valley."
    return _report([flood.format(n) for n in counts], list(range(len(counts))))


def _figure_point(report: Report) -> ContestedItem:
    (point,) = [c for c in report.contested if c.slots]
    return point


def test_figures_placed_by_their_own_words_read_as_a_likely_update() -> None:
    report = _report(
        [
            "Five people were initially trapped after the bus overturned on the mountain road.",
            "Rescuers worked to free two people still trapped after the bus overturned on the "
            "mountain road.",
        ],
        [0, 0],
    )
    point = _figure_point(report)
    (slot,) = point.slots
    by_text = {f.text: f for f in slot.figures}
    assert {(f.timing, f.timing_cue) for f in by_text.values()} == {
        (Timing.earlier, "initially"),
        (Timing.later, "still"),
    }
    assert slot.update == point.update == UpdateBy.words
    # one day: no day is shown, the words are
    assert all(f.first_published == f.last_published == DAY for f in slot.figures)
    line = contested_line(point, report)
    assert "likely an update" in line and "Mar" not in line
    # the cue its figure shows ("two still trapped") is not said twice
    assert "two still trapped (Outlet 1; later)" in line


def test_a_count_that_only_rose_as_it_was_published_reads_as_updates() -> None:
    report = _flood(12, 20, 31)
    point = _figure_point(report)
    (slot,) = point.slots
    assert slot.update == point.update == UpdateBy.rise
    firsts = {f.text: f.first_published for f in slot.figures}
    assert firsts == {
        "at least 12": DAY,
        "at least 20": DAY + dt.timedelta(days=1),
        "at least 31": DAY + dt.timedelta(days=2),
    }
    line = contested_line(point, report)
    assert "figures rose over time: likely updates" in line
    assert "at least 12 (Outlet 0; 4 Mar)" in line and "6 Mar; later" in line


def test_a_count_that_fell_and_rose_is_no_rise() -> None:
    report = _flood(12, 31, 20)
    point = _figure_point(report)
    # the last figure still came last: possibly an update, no rise
    assert point.update == UpdateBy.publication
    line = contested_line(point, report)
    assert "rose over time" not in line and "possibly an update" in line


def test_a_denial_published_later_is_no_update() -> None:
    articles = load_articles(sorted(str(p) for p in RESCUE.glob("*.txt")))
    sets = tuple(extract_offline(a) for a in articles)
    report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))
    (point,) = [c for c in report.contested if any("denied" in p.statement for p in c.positions)]
    assert point.update is None
    assert all(p.timing is None for p in point.positions)
    assert {p.first_published for p in point.positions} != {None}


def _hand_point(rule: str, late: Timing | None) -> tuple[ContestedItem, Report]:
    quotes = ("Ten were hurt.", "Twelve were hurt.")
    cites = [Citation(article=f"x{k}", quote=q, start=0, end=len(q)) for k, q in enumerate(quotes)]
    positions = tuple(
        Position(statement=q, sources=(f"x{k}",), origins=1, citations=(cites[k],))
        for k, q in enumerate(quotes)
    )
    figs = (
        DisputedFigure(text="ten", positions=(0,)),
        DisputedFigure(text="twelve", positions=(1,), timing=late),
    )
    point = ContestedItem(
        id="c-1",
        topic="How many hurt",
        rule=rule,
        positions=positions,
        slots=(DisputedSlot(slot="hurt", figures=figs),),
    )
    report = Report(
        articles=tuple(ReportArticle(id=f"x{k}", origin=f"o{k}") for k in range(2)),
        contested=(point,),
    )
    return point, report


def test_the_summary_reads_the_fields_not_the_rule() -> None:
    said = "contested: x — twelve was first published after every other figure: possibly an update"
    point, report = _hand_point(said, None)
    assert "later" not in contested_line(point, report)
    point, report = _hand_point("contested: x", Timing.later)
    assert "twelve (x1; later)" in contested_line(point, report)


def test_old_reports_without_the_fields_still_validate() -> None:
    _point, report = _hand_point("contested: x", None)
    data = report.model_dump(mode="json")
    for c in data["contested"]:
        c.pop("update")
        for p in c["positions"]:
            for key in ("first_published", "last_published", "timing", "timing_cue"):
                p.pop(key)
    assert Report.model_validate(data).contested[0].update is None


def _spans_point(update: UpdateBy | None) -> tuple[ContestedItem, Report]:
    """Two figures first published the same day, one of them printed again the next day."""
    point, report = _hand_point("contested: x", None)
    day2 = DAY + dt.timedelta(days=1)
    (slot,) = point.slots
    figs = (
        slot.figures[0].model_copy(update={"first_published": DAY, "last_published": DAY}),
        slot.figures[1].model_copy(update={"first_published": DAY, "last_published": day2}),
    )
    point = point.model_copy(
        update={"slots": (slot.model_copy(update={"figures": figs, "update": update}),)}
    )
    return point, report.model_copy(update={"contested": (point,)})


def test_days_are_shown_where_they_tell_something() -> None:
    # first published the same day, no update: the days tell no order
    point, report = _spans_point(None)
    assert "Mar" not in contested_line(point, report)
    # read as an update: when each figure was printed is shown
    point, report = _spans_point(UpdateBy.words)
    line = contested_line(point, report)
    assert "ten (x0; 4 Mar) vs twelve (x1; 4-5 Mar) — likely an update" in line


def test_a_line_that_runs_long_drops_the_days_and_keeps_the_timing() -> None:
    point, report = _spans_point(UpdateBy.words)
    figs = point.slots[0].figures
    point = point.model_copy(
        update={
            "slots": (
                point.slots[0].model_copy(
                    update={
                        "figures": (figs[0], figs[1].model_copy(update={"timing": Timing.later}))
                    }
                ),
            )
        }
    )
    w = load_weights()
    roomy = contested_line(point, report, w)
    assert "(x1; 4-5 Mar; later)" in roomy
    # a line length a third of this line: the days go, "later" stays
    tight = dataclasses.replace(w, limits={**w.limits, "line_chars": len(roomy) // 3 - 1})
    line = contested_line(point, report, tight)
    assert "Mar" not in line and "twelve (x1; later)" in line
