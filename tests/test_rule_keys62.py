"""A clash key or a slot name that names nothing shown (session 62, editor62): a closed-class
word the merger read beside a figure ("once", "did") or a word no text of the point writes
(a claim's word the point does not show) is shown by the figures alone, never as a label
("Once: $350 million vs $280 million"). Invented texts.
"""

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
from consensus.render import render_json, render_markdown
from consensus.render.rules import shown_rule
from consensus.slot_case import names_nothing, written_key
from consensus.summary import contested_line, slot_label


def _slot(name: str, a: str, b: str) -> DisputedSlot:
    return DisputedSlot(
        slot=name,
        figures=(
            DisputedFigure(text=a, positions=(0,)),
            DisputedFigure(text=b, positions=(1,)),
        ),
    )


def _point(rule: str, *slots: DisputedSlot) -> ContestedItem:
    return ContestedItem(
        id="c-1",
        topic="Savings from the cuts",
        rule=rule,
        positions=(
            Position(
                statement="Brellow said the cuts would save $350 million a year once completed.",
                sources=("a",),
            ),
            Position(
                statement="An analyst put the savings at $280 million a year.", sources=("b",)
            ),
        ),
        slots=slots,
    )


def test_closed_class_words_name_nothing() -> None:
    assert names_nothing("once") and names_nothing("did") and names_nothing("other")
    assert not names_nothing("savings") and not names_nothing("Brellow shares")
    assert not names_nothing("")


def test_a_key_is_written_when_a_text_writes_it_or_a_word_it_opens() -> None:
    texts = ["Brellow said the cuts would save $350 million.", "Savings were put at $280m."]
    assert written_key("saving", texts) and written_key("cuts", texts)
    assert not written_key("week", texts)
    assert written_key("Brellow shares", texts)  # a slot's name of two words


def test_a_slot_named_by_a_closed_class_word_reads_figures() -> None:
    point = _point(
        "contested: conflicting quantities for one slot (once: $280 million vs $350 million)",
        _slot("once", "$350 million", "$280 million"),
    )
    assert slot_label(point.slots[0]) == "Figures"
    report = Report(
        articles=(
            ReportArticle(id="a", outlet="Outlet A", origin="o1"),
            ReportArticle(id="b", outlet="Outlet B", origin="o2"),
        ),
        contested=(point,),
    )
    assert not contested_line(point, report).startswith("Once")
    md = render_markdown(report)
    assert "Once:" not in md and "once:" not in md
    assert "conflicting quantities for one slot ($280 million vs $350 million)" in md
    # the data keep the merger's slot and rule
    data = json.loads(render_json(report))
    assert data["contested"][0]["slots"][0]["slot"] == "once"
    assert "(once: $280 million vs $350 million)" in data["contested"][0]["rule"]


def test_a_key_no_text_of_the_point_writes_is_dropped_and_a_repeat_shown_once() -> None:
    point = _point(
        "contested: conflicting quantities for one slot (week: $280 million vs $350 million)"
        "; conflicting quantities for one slot (did: $350 million vs $280 million)"
        "; conflicting quantities for one slot (savings: $350 million vs $280 million)"
    )
    rule = shown_rule(point)
    assert "week" not in rule and "did:" not in rule
    assert rule == (
        "contested: conflicting quantities for one slot (savings: $350 million vs $280 million)"
    )
    # without the keyed clash, the keyless one stays (once)
    alone = _point(
        "contested: conflicting quantities for one slot (week: $280 million vs $350 million)"
    )
    assert shown_rule(alone) == (
        "contested: conflicting quantities for one slot ($280 million vs $350 million)"
    )
