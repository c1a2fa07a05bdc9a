"""Session 62 (labels62): a sentence adverb is no speaker, and one speaker is shown once.

Invented texts; each test fails without `consensus.speaker_labels` (the labels as merged).
"""

from __future__ import annotations

from consensus.models import Article, Citation, Item, Report, ReportArticle
from consensus.speaker_case import speaker_case
from consensus.speaker_labels import adverb_label, shown_labels, spoken_for

TOWN = (
    "The council met on Monday. Back in Tolvane, the budget argument continues: councillor "
    "Ada Wren says spending was cut by 30 percent. Officials pushed back on the figure."
)


def test_sentence_adverb_is_no_speaker() -> None:
    assert adverb_label("Back", [TOWN])
    assert adverb_label("Elsewhere", ["Elsewhere, the river rose. Nobody was hurt."])
    assert shown_labels(["Back", "Ada Wren"], [TOWN]) == ("Ada Wren",)


def test_names_and_roles_opening_a_sentence_stay() -> None:
    text = (
        "Investigators said the brakes failed. Police in Tolvane said two people were hurt. "
        "Wren, the councillor, spoke first. A spokesman for Ada Wren declined to comment."
    )
    assert not adverb_label("Investigators", [text])
    assert not adverb_label("Police", [text])
    # "Wren," opens a sentence with a comma, but a capital inside a sentence names her
    assert not adverb_label("Wren", [text])
    assert shown_labels(["Investigators", "Police"], [text]) == ("Investigators", "Police")
    # a list or a relative clause after the comma opens on a noun; a capital inside a name
    assert not adverb_label("Witnesses", ["Witnesses, two nurses and a driver said so."])
    assert not adverb_label("Ferrymen", ["Ferrymen, who struck on Monday, said so."])
    assert not adverb_label("TicketHub", ["TicketHub, the seller, said so."])
    assert not adverb_label("Marlow", ["Marlow, the seller, said so. Marlow's head left."])


def test_body_and_its_spokesman_shown_once() -> None:
    assert spoken_for("Vardel spokesman", "Vardel Foods")
    assert not spoken_for("Vardel Foods", "Vardel spokesman")
    assert not spoken_for("Harbin spokesman", "Vardel Foods")
    assert shown_labels(["Vardel Foods", "Vardel spokesman"], []) == ("Vardel Foods",)
    assert shown_labels(["Vardel spokesman", "Vardel Foods"], []) == ("Vardel Foods",)
    two_nouns = ["Harbour Police spokesman", "Harbour Police spokesperson"]
    assert shown_labels(two_nouns, []) == ("Harbour Police spokesman",)
    # two bodies' spokesmen are two speakers
    both = ["Harbour Police spokesman", "Vardel spokesman"]
    assert shown_labels(both, []) == tuple(both)


def test_report_labels_dropped_in_the_display_stage() -> None:
    article = Article(id="a", outlet="Outlet A", text=TOWN)
    quote = "Back in Tolvane, the budget argument continues"
    at = TOWN.index(quote)
    cite = Citation(article="a", quote=quote, start=at, end=at + len(quote))
    item = Item(
        id="s-1",
        kind="reported_statement",
        origins=1,
        statement="The budget argument continues.",
        speakers=("Back", "Vardel Foods", "Vardel spokesman"),
        sources=("a",),
        citations=(cite,),
        rule="single source: one origin",
    )
    report = Report(
        articles=(ReportArticle(id="a", outlet="Outlet A", origin="o1"),), single_source=(item,)
    )
    shown = speaker_case(report, [article]).single_source[0]
    assert shown.speakers == ("Vardel Foods",)
    assert (shown.id, shown.statement, shown.citations) == (item.id, item.statement, (cite,))
