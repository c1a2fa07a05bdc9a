"""A contested point's rule as the report shows it names each figure clash by what its
figures count (`consensus/render/rules.py`, session 60, editor60): the merger's comparison
key ("injur", "civilian") is replaced by the disputed slot holding both figures, a clause
repeated in another letter case is shown once, and the JSON keeps the rule as merged.
Invented texts."""

from __future__ import annotations

import json

from consensus.models import (
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Position,
    Report,
    ReportArticle,
)
from consensus.render import render_html, render_json, render_markdown
from consensus.render.rules import shown_rule

RULE = (
    "contested: conflicting quantities for one slot (hurt: 40 vs 50); conflicting quantities "
    "for one slot (strand: Two vs five); conflicting quantities for one slot (strand: two vs "
    "five) — figures by first publication: Two · five"
)


def _point(rule: str = RULE) -> ContestedItem:
    return ContestedItem(
        id="c-1",
        topic="How many hurt",
        rule=rule,
        positions=(
            Position(
                statement="At least 40 people were hurt and two were stranded.", sources=("a",)
            ),
            Position(statement="More than 50 were hurt; five were stranded.", sources=("b",)),
        ),
        slots=(
            DisputedSlot(
                slot="injured",
                figures=(
                    DisputedFigure(text="at least 40", positions=(0,)),
                    DisputedFigure(text="more than 50", positions=(1,)),
                ),
            ),
            DisputedSlot(
                slot="stranded",
                figures=(
                    DisputedFigure(text="two", positions=(0,)),
                    DisputedFigure(text="five", positions=(1,)),
                ),
            ),
        ),
    )


def test_each_clash_is_named_by_its_slot_and_shown_once() -> None:
    assert shown_rule(_point()) == (
        "contested: conflicting quantities for one slot (injured: 40 vs 50); conflicting "
        "quantities for one slot (stranded: Two vs five) — figures by first publication: "
        "Two · five"
    )


def test_a_clash_no_slot_holds_keeps_its_key() -> None:
    rule = "contested: conflicting quantities for one slot (hurt: 40 vs 70)"
    assert shown_rule(_point(rule)) == rule
    words = "contested: one side negates what the other states (negated: open)"
    assert shown_rule(_point(words)) == words


def test_the_renderers_show_the_named_rule_and_the_json_keeps_the_merged_one() -> None:
    report = Report(
        articles=(
            ReportArticle(id="a", outlet="Outlet A", origin="o1"),
            ReportArticle(id="b", outlet="Outlet B", origin="o2"),
        ),
        contested=(_point(),),
    )
    md = render_markdown(report)
    assert "(injured: 40 vs 50)" in md and "(hurt:" not in md
    assert md.count("(stranded: ") == 1 and "(strand:" not in md
    page = render_html(report)
    assert "(injured: 40 vs 50)" in page and "(hurt:" not in page
    assert json.loads(render_json(report))["contested"][0]["rule"] == RULE
