"""Two display labels as an editor reads them (session 61, editor61b): a disputed slot that is
a sum in a currency's name reads as an amount ("Amount in euros: 45 million vs 12 million",
not "How many euros"; `summary_contested.slot_label`), and a speaker label takes the case its
cited articles write it in ("said by Northwind Components", not "Northwind components";
`consensus/speaker_case.py`). Invented texts."""

from __future__ import annotations

from consensus.models import (
    Article,
    Citation,
    ContestedItem,
    Item,
    Position,
    Report,
    ReportArticle,
)
from consensus.render import render_markdown
from consensus.speaker_case import _written, speaker_case
from consensus.summary import contested_line, slot_label
from tests.test_slot_case61 import _slot


def test_a_sum_in_a_currency_word_is_an_amount_not_a_count() -> None:
    assert slot_label(_slot("euros", "45 million", "12 million")) == "Amount in euros"
    assert slot_label(_slot("dollars", "3 million", "5 million")) == "Amount in dollars"
    assert slot_label(_slot("transfer euros", "9 million", "7 million")) == "Transfer in euros"
    # a count stays a count; a figure with its sign is named by its slot as before
    assert slot_label(_slot("injured", "40", "50")) == "How many injured"
    assert slot_label(_slot("offer", "$80", "$75")) == "Offer"


def test_the_report_line_and_sides_read_the_amount() -> None:
    point = ContestedItem(
        id="c-1",
        topic="The sponsorship deal was worth a sum",
        rule="contested: conflicting quantities for one slot (euros: 45 million vs 12 million)",
        positions=(
            Position(statement="The deal was worth 45 million euros.", sources=("a",)),
            Position(statement="The deal was worth 12 million euros.", sources=("b",)),
        ),
        slots=(_slot("euros", "45 million", "12 million"),),
    )
    report = Report(
        articles=(
            ReportArticle(id="a", outlet="Outlet A", origin="o1"),
            ReportArticle(id="b", outlet="Outlet B", origin="o2"),
        ),
        contested=(point,),
    )
    assert contested_line(point, report).startswith("Amount in euros: 45 million")
    md = render_markdown(report)
    assert "How many euros" not in md and "how many euros" not in md
    assert "(asserts; amount in euros: 45 million)" in md


TEXT = (
    "Northwind Components said it would close the plant. The plant made brake components. "
    "A spokesman for Northwind Components said the grant carried no conditions."
)


def test_a_speaker_label_takes_the_case_its_articles_write() -> None:
    assert _written("Northwind components", [TEXT]) == "Northwind Components"
    # a label the articles write as held, one word, a lower-case opening: left
    assert _written("Northwind Components", [TEXT]) == "Northwind Components"
    assert _written("the plant", [TEXT]) == "the plant"
    assert _written("Northwind", [TEXT]) == "Northwind"
    # a first word is never lowered: "Plant spokeswoman" where the text writes "a plant ..."
    said = "A plant spokeswoman said so."
    assert _written("Plant spokeswoman", [said]) == "Plant spokeswoman"
    # the articles write it as held somewhere, or never: left
    held = TEXT + " Northwind components were sold."
    assert _written("Northwind components", [held]) == "Northwind components"
    assert _written("Northwind components", ["The plant closed."]) == "Northwind components"


def test_the_report_shows_the_speaker_as_written_and_keeps_the_rest() -> None:
    cite = Citation(article="a", quote="Northwind Components said it would close", start=0, end=8)
    item = Item(
        id="s-1",
        kind="reported_statement",
        origins=1,
        statement="Northwind said it would close the plant.",
        speakers=("Northwind components",),
        sources=("a",),
        citations=(cite,),
        rule="single source: one origin",
    )
    report = Report(
        articles=(ReportArticle(id="a", outlet="Outlet A", origin="o1"),), single_source=(item,)
    )
    out = speaker_case(report, [Article(id="a", outlet="Outlet A", text=TEXT)])
    shown = out.single_source[0]
    assert shown.speakers == ("Northwind Components",)
    assert (shown.id, shown.statement, shown.citations) == (item.id, item.statement, (cite,))
    assert "said by Northwind Components" in render_markdown(out)
    # nothing to change: the same object
    assert speaker_case(out, [Article(id="a", outlet="Outlet A", text=TEXT)]) is out


def test_a_stem_key_no_statement_opens_is_read_from_the_points_quotes() -> None:
    from consensus.slot_case import whole_key

    statements = ["The clinic said 57 people were in hospital.", "About 64 were in hospital."]
    quotes = ["64 people were admitted overnight", "57 were admitted, the clinic said"]
    assert whole_key("admitt", statements, quotes) == "admitted"
    # the statements decide first; a key they write as a word, or no quote opens, stays
    assert whole_key("hospit", statements, quotes) == "hospital"
    assert whole_key("clinic", statements, ["the clinics"]) == "clinic"
    assert whole_key("admitt", statements) == "admitt"
