"""A contested point's heading says what is disputed (consensus/render/heading.py), not one
side's statement (the point's `topic`, which the JSON keeps)."""

from __future__ import annotations

import re

from consensus.models import (
    Citation,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Polarity,
    Position,
    Report,
    ReportArticle,
)
from consensus.render import render_html, render_json, render_markdown
from consensus.render.heading import HEADING_CHARS, contested_heading


def _side(text: str, article: str, polarity: Polarity = Polarity.asserts, **kw: object) -> Position:
    cite = Citation(article=article, quote=text, start=0, end=len(text))
    return Position(
        statement=text, sources=(article,), origins=1, citations=(cite,), polarity=polarity, **kw
    )


def _report(point: ContestedItem) -> Report:
    return Report(
        articles=(ReportArticle(id="a1", origin="o1"), ReportArticle(id="b1", origin="o2")),
        contested=(point,),
    )


def _figures() -> ContestedItem:
    texts = ("At least seven people were killed.", "At least five people are dead.")
    return ContestedItem(
        id="c-1",
        topic=texts[0],
        rule="contested: conflicting quantities for one slot (dead: five vs seven)",
        positions=(_side(texts[0], "a1"), _side(texts[1], "b1")),
        slots=(
            DisputedSlot(
                slot="killed",
                figures=(
                    DisputedFigure(text="at least seven", positions=(0,)),
                    DisputedFigure(text="at least five", positions=(1,)),
                ),
            ),
        ),
    )


def test_a_figure_point_is_headed_by_what_its_figures_count() -> None:
    point = _figures()
    report = _report(point)
    heading = "How many killed: at least seven vs at least five"
    assert contested_heading(point, report) == heading
    md = render_markdown(report)
    assert f"### C1. {heading}\n" in md
    assert "### C1. At least seven people were killed" not in md  # the old heading: the topic
    assert f"</span>{heading}</h3>" in render_html(report)
    # the JSON keeps the topic as it is
    assert Report.model_validate_json(render_json(report)).contested[0].topic == point.topic


def test_a_denial_point_keeps_its_topic() -> None:
    # what a denial rejects may be a part of the asserting statement, so "<party> denies:
    # <statement>" could name the wrong act: the point keeps its topic
    accused = "Trump had urged Putin to spare the troops who are surrounded."
    denied = "The General Staff dismissed the reports about the troops being surrounded."
    point = ContestedItem(
        id="c-2",
        topic=accused,
        rule="contested: opposite polarity on one proposition",
        positions=(
            _side(accused, "a1", speakers=("Donald Trump",)),
            _side(denied, "b1", Polarity.denies, speakers=("General Staff",)),
        ),
    )
    assert contested_heading(point, _report(point)) == accused


def test_a_point_of_two_dates_is_headed_by_the_dates() -> None:
    texts = ("The plant closed in March 2019.", "The plant closed in May 2019.")
    point = ContestedItem(
        id="c-3",
        topic=texts[0],
        rule="contested: conflicting dates for one slot (March 2019 vs May 2019)",
        positions=(_side(texts[0], "a1"), _side(texts[1], "b1")),
    )
    assert contested_heading(point, _report(point)) == "When: March 2019 vs May 2019"


def test_a_point_that_says_nothing_better_keeps_its_whole_topic() -> None:
    long = "The council " + "said the old bridge over the river was safe and " * 4 + "open."
    point = ContestedItem(
        id="c-4",
        topic=long,
        rule="contested: conflicting quantities for one slot (bridge: 3 vs 4)",
        positions=(_side(long, "a1"), _side("The bridge was closed.", "b1")),
    )
    assert contested_heading(point, _report(point)) == long  # shown whole, as before


def test_a_made_heading_is_cut_at_a_word() -> None:
    stated = "The council said that " + "the old bridge over the river was safe and " * 4 + "open."
    point = ContestedItem(
        id="c-7",
        topic="The bridge was not safe.",
        rule="contested: one side negates what the other states (negated: safe)",
        positions=(_side(stated, "a1"), _side("The bridge was not safe.", "b1")),
    )
    heading = contested_heading(point, _report(point))
    assert len(heading) <= HEADING_CHARS and heading.endswith("…")
    assert heading.startswith("Disputed: The old bridge over the river was safe and")
    assert re.fullmatch(r".*\w…", heading)


def test_a_negation_heading_cuts_the_stating_sides_reporting_frame() -> None:
    stated = (
        "Mara Veld, leader of the opposition, told parliament that the ministry hid the report."
    )
    negating = "The ministry did not hide the report."
    point = ContestedItem(
        id="c-5",
        topic=negating,
        rule="contested: one side negates what the other states (negated: hide)",
        positions=(_side(stated, "a1", speakers=("Mara Veld",)), _side(negating, "b1")),
    )
    assert contested_heading(point, _report(point)) == "Disputed: The ministry hid the report"
    # a quote after the verb, or no saying verb, keeps the statement whole
    # (and an act opening with a pronoun: the frame says whom it means)
    kept_whole = (
        'Mara Veld said "we saw the report".',
        "Mara Veld accused the ministry of lying.",
        "Mara Veld said it had hidden the report.",
    )
    for kept in kept_whole:
        side = _side(kept, "a1", speakers=("Mara Veld",))
        other = point.model_copy(update={"positions": (side, point.positions[1])})
        assert contested_heading(other, _report(other)) == "Disputed: " + kept.rstrip(".")


def test_a_negation_point_is_headed_by_the_stated_act() -> None:
    stated = "The group claimed responsibility for the attack."
    negating = "The group did not make any claim for the attack."
    point = ContestedItem(
        id="c-6",
        topic=negating,
        rule="contested: one side negates what the other states (negated: claim)",
        positions=(_side(negating, "a1"), _side(stated, "b1", speakers=("the group",))),
    )
    # "claimed" with no "that" is the act, not a reporting frame
    heading = "Disputed: The group claimed responsibility for the attack"
    assert contested_heading(point, _report(point)) == heading
    # the same sides without the rule's word: nothing better than the topic
    plain = point.model_copy(update={"rule": "contested: opposite polarity on one proposition"})
    assert contested_heading(plain, _report(plain)) == negating
