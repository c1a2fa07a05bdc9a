"""Session 49 (released49): what the six clusters released to training showed.

News furniture no rule read: a credit line naming the copy a story used ("Contains reporting
from <agency>.", "Wire material from <agency>."), a chart's caption that names its source,
a corrections desk's paired label ("Corrections and clarifications: ..."): whole lines of
furniture (`consensus.furniture`), never a news line that opens with the same words.

A number said in words past its scale word ("fourteen thousand three hundred") is one
figure (`merge.figures`), not a count of thousands and another of hundreds.
"""

from __future__ import annotations

from consensus.furniture import furniture_spans
from consensus.merge.figures import figures


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in sorted(furniture_spans(text, [], []))]


def test_a_credit_line_for_the_copy_used_is_furniture() -> None:
    for line in (
        "Contains reporting from Orvel Press Agency.",
        "This story includes material from the agencies.",
        "Wire material from Tamsk Business Wire.",
        "Agency copy from the Northern News Service.",
    ):
        assert _furniture(f"The ferry sailed late on Sunday.\n\n{line}\n") == [line], line


def test_a_news_line_with_the_same_words_is_not() -> None:
    for text in (
        "The wire material from the agency showed that six boats sank.",
        "The report contains information from 12 witnesses, the harbour master said.",
        "Contains reporting from the harbour: the crews were safe, the coastguard said.",
    ):
        assert _furniture(text) == [], text


def test_a_charts_caption_that_names_its_source_is_furniture() -> None:
    caption = "Chart: ferry crossings per month, 2020 to 2026. Source: port authority"
    assert _furniture(f"Crossings fell by a third.\n\n{caption}\n") == [caption]
    # the short label alone was furniture before; a sentence that mentions a chart is news
    assert _furniture("The chart shows crossings fell. Source: port authority") == []


def test_a_corrections_desks_paired_label_is_furniture() -> None:
    line = "Corrections and clarifications: write to the standards editor."
    assert _furniture(f"The ferry sailed late.\n\n{line}\n") == [line]
    assert _furniture("Corrections and clarifications were issued by the port on Monday.") == []


def _read(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.noun) for f in figures(text)]


def test_a_number_said_in_words_past_its_scale_is_one_figure() -> None:
    said = "The council now says fourteen thousand three hundred homes lost power."
    assert _read(said) == [(14300.0, "homes")]
    assert _read("Two million five hundred thousand litres leaked.") == [(2500000.0, "litres")]
    assert _read("The fund holds two million and fifty thousand crowns.")[0][0] == 2050000.0


def test_two_numbers_said_in_words_stay_two() -> None:
    # a list, a range or a comma: no one number
    assert [v for v, _ in _read("It cost five million, three officials said.")] == [5e6, 3.0]
    assert _read("Nine thousand or fourteen thousand homes lost power.")[0][0] == 9000.0
    assert [v for v, _ in _read("Five hundred homes and three schools lost power.")] == [
        500.0,
        3.0,
    ]
