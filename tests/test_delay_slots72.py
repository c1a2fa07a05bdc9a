"""A term point whose sides tell how late something is is titled "Delay", not "Term"
(session 72, report72, `consensus/delay_slots.py`); any other term keeps its name. Invented
texts."""

from __future__ import annotations

from consensus.delay_slots import delayed
from consensus.models import (
    Citation,
    ContestedItem,
    DisputedFigure,
    DisputedSlot,
    Position,
    Report,
    ReportArticle,
)
from consensus.render import render_markdown
from consensus.render.heading import contested_heading
from consensus.render.rules import shown_rule


def _side(text: str, article: str) -> Position:
    cite = Citation(article=article, quote=text, start=0, end=len(text))
    return Position(statement=text, sources=(article,), origins=1, citations=(cite,))


def _point(a: str, b: str, fa: str, fb: str) -> ContestedItem:
    return ContestedItem(
        id="c-1",
        topic=a,
        rule=f"contested: conflicting quantities for one slot (term: {fa.split()[0]} vs "
        f"{fb.split()[0]})",
        positions=(_side(a, "a1"), _side(b, "b1")),
        slots=(
            DisputedSlot(
                slot="term",
                figures=(
                    DisputedFigure(text=fa, positions=(0,)),
                    DisputedFigure(text=fb, positions=(1,)),
                ),
            ),
        ),
    )


def _report(point: ContestedItem) -> Report:
    return Report(
        articles=(ReportArticle(id="a1", origin="o1"), ReportArticle(id="b1", origin="o2")),
        contested=(point,),
    )


LATE = _point(
    "The new library is now expected to open 14 months late.",
    "The council says the library will open nine months behind schedule.",
    "14 months",
    "nine months",
)


def test_a_term_told_late_by_every_side_is_a_delay() -> None:
    report = _report(LATE)
    assert delayed(LATE.slots[0], LATE)
    assert contested_heading(LATE, report) == "Delay: 14 months vs nine months"
    assert "(delay: 14 vs nine)" in shown_rule(LATE)
    md = render_markdown(report)
    assert "### C1. Delay: 14 months vs nine months" in md
    assert "(asserts; delay: 14 months)" in md
    assert "Term" not in md and "term:" not in md


def test_a_compound_delay_counts_and_a_plain_term_keeps_its_name() -> None:
    compound = _point(
        "The library will open 14 months late.",
        "The council gave a nine-month delay for the library.",
        "14 months",
        "nine months",
    )
    assert delayed(compound.slots[0], compound)
    sentence = _point(
        "The driver was jailed for 14 months.",
        "The driver was sentenced to nine months.",
        "14 months",
        "nine months",
    )
    assert not delayed(sentence.slots[0], sentence)
    assert contested_heading(sentence, _report(sentence)) == "Term: 14 months vs nine months"
    # one side told late, the other a plain term: no delay
    mixed = _point(
        "The library will open 14 months late.",
        "The builder's contract runs for nine months.",
        "14 months",
        "nine months",
    )
    assert not delayed(mixed.slots[0], mixed)
