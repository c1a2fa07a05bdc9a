"""A disputed slot's name and a rule's clash key as the report writes them (session 61,
editor61, `consensus/slot_case.py`): a label run on after a semicolon keeps a name's capital
("; Northwind shares: $65.09 vs $63.20", not "; northwind shares"), and a clash key that is a
stem no statement writes is shown as the word it opens ("wound" -> "wounded"). Invented texts.
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
from consensus.render import render_html, render_markdown
from consensus.render.rules import shown_rule
from consensus.render.view import _slot_figures
from consensus.slot_case import cased, lower_first, whole_key, written_names
from consensus.summary import contested_line, slot_label

TEXTS = (
    "Northwind shares fell 2 percent to $65.09 on Monday.",
    "Investors said the offer for Northwind was too low.",
    "The bid values the shares of the company at $80.",
    "A spokesman for NXR said Northwind would answer within a week.",
)


def test_a_name_is_a_word_written_capitalised_inside_a_sentence_and_never_lower() -> None:
    names = written_names(TEXTS)
    assert names["northwind"] == "Northwind"
    assert names["nxr"] == "NXR"
    # written capitalised only where a sentence starts: no name
    assert "investors" not in names and "the" not in names
    # capitalised once inside a sentence but lower-case elsewhere: no name
    assert "offer" not in written_names([*TEXTS, "They saw the Offer.", "An offer came."])
    assert cased("northwind shares", names) == "Northwind shares"
    assert cased("shares", names) == "shares"


def test_a_run_on_label_lowers_its_first_letter_only_for_a_common_word() -> None:
    names = written_names(TEXTS)
    assert lower_first("Northwind shares", names) == "Northwind shares"
    assert lower_first("How many killed", names) == "how many killed"
    assert lower_first("Offer", names) == "offer"


def test_a_stem_key_is_shown_as_the_word_it_opens() -> None:
    texts = ["Scores were wounded in the blast.", "At least 90 were wounded; 100 wounds."]
    assert whole_key("wound", texts) == "wounded"
    # a key the statements write as a word stays, as does one opening no word
    assert whole_key("wounds", texts) == "wounds"
    assert whole_key("did", texts) == "did"
    # a possessive counts as its word
    assert whole_key("offic", ["The officer's car.", "An officer said.", "Officers left."]) == (
        "officer"
    )


def test_a_negation_rule_shows_the_word_its_stem_opens() -> None:
    point = ContestedItem(
        id="c-2",
        topic="The firm was responsible",
        rule="contested: one side negates what the other states (negated: responsibl)",
        positions=(
            Position(statement="Officials said the firm was responsible.", sources=("a",)),
            Position(statement="The firm said it was not responsible.", sources=("b",)),
        ),
    )
    assert shown_rule(point).endswith("(negated: responsible)")


def _slot(name: str, a: str, b: str) -> DisputedSlot:
    return DisputedSlot(
        slot=name,
        figures=(
            DisputedFigure(text=a, positions=(0,)),
            DisputedFigure(text=b, positions=(1,)),
        ),
    )


def _report() -> Report:
    point = ContestedItem(
        id="c-1",
        topic="Northwind shares fell",
        rule=(
            "contested: conflicting quantities for one slot (northwind shares: 2 percent vs "
            "4 percent); conflicting quantities for one slot (wound: 100 vs 120)"
        ),
        positions=(
            Position(
                statement=(
                    "Northwind shares fell 2 percent to $65.09; 100 were wounded, Northwind said."
                ),
                sources=("a",),
            ),
            Position(
                statement="Northwind shares fell 4 percent to $63.20; 120 were wounded.",
                sources=("b",),
            ),
        ),
        slots=(
            _slot("northwind shares", "2 percent", "4 percent"),
            _slot("northwind shares", "$65.09", "$63.20"),
        ),
    )
    return Report(
        articles=(
            ReportArticle(id="a", outlet="Outlet A", origin="o1"),
            ReportArticle(id="b", outlet="Outlet B", origin="o2"),
        ),
        contested=(point,),
    )


def test_the_report_shows_the_name_as_written_in_every_slot_label_and_rule() -> None:
    report = _report()
    point = report.contested[0]
    case = written_names([p.statement for p in point.positions])
    assert slot_label(point.slots[1], case) == "Northwind shares"
    assert "; Northwind shares: $65.09" in contested_line(point, report)
    assert "; northwind" not in contested_line(point, report)
    assert _slot_figures(point, case).startswith("Northwind shares: 2 percent (A)")
    assert "; Northwind shares: $65.09 (A)" in _slot_figures(point, case)
    rule = shown_rule(point, case)
    assert "(Northwind shares: 2 percent vs 4 percent)" in rule
    assert "(wounded: 100 vs 120)" in rule
    md = render_markdown(report)
    assert "northwind shares" not in md.replace(point.rule, "")
    assert "(asserts; Northwind shares: 2 percent; Northwind shares: $65.09)" in md
    assert "(wounded: 100 vs 120)" in md
    page = render_html(report)
    assert "northwind shares" not in page and "(wounded: 100 vs 120)" in page


def test_the_json_keeps_the_rule_and_slot_as_merged() -> None:
    from consensus.render import render_json

    data = json.loads(render_json(_report()))
    assert data["contested"][0]["slots"][0]["slot"] == "northwind shares"
    assert "(wound: 100 vs 120)" in data["contested"][0]["rule"]
