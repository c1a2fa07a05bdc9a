"""verdicts._without_parts: an agreed item whose every citation lies inside a citation of
another agreed item (a clause part of claims another item shows whole) is not shown twice."""

from __future__ import annotations

from consensus.merge.verdicts import _without_parts
from consensus.models import Citation, ClaimKind, Item

A = "Ivo Brandt, 44, who ran the ferry company, resigned on Monday. Ivo Brandt is 44."
B = "The ferry company's chief, Ivo Brandt, 44, resigned on Monday after the sinking."


def _cite(article: str, text: str, part: str) -> Citation:
    start = text.index(part)
    return Citation(article=article, quote=part, start=start, end=start + len(part))


def _item(statement: str, cites: list[Citation]) -> Item:
    sources = tuple(sorted({c.article for c in cites}))
    return Item(
        id="a-" + statement[:8],
        statement=statement,
        kind=ClaimKind.event,
        sources=sources,
        origins=len(sources),
        rule="agreed",
        citations=tuple(cites),
    )


WHOLE = _item(
    "Ivo Brandt, 44, who ran the ferry company, resigned on Monday.",
    [
        _cite("01_a", A, "Ivo Brandt, 44, who ran the ferry company, resigned on Monday."),
        _cite("02_b", B, "The ferry company's chief, Ivo Brandt, 44, resigned on Monday"),
    ],
)


def test_a_part_inside_the_whole_items_sentences_is_dropped() -> None:
    part = _item(
        "Ivo Brandt is 44.",
        [_cite("01_a", A, "Ivo Brandt, 44"), _cite("02_b", B, "Ivo Brandt, 44")],
    )
    assert _without_parts([WHOLE, part]) == [WHOLE]
    assert _without_parts([part, WHOLE]) == [WHOLE]


def test_a_part_with_a_sentence_of_its_own_stays() -> None:
    # the second article's own sentence "Ivo Brandt is 44." is not in the whole item
    part = _item(
        "Ivo Brandt is 44.",
        [_cite("01_a", A, "Ivo Brandt is 44."), _cite("02_b", B, "Ivo Brandt, 44")],
    )
    assert _without_parts([WHOLE, part]) == [WHOLE, part]


def test_two_items_of_the_same_citations_both_stay() -> None:
    twin = _item("Ivo Brandt resigned.", list(WHOLE.citations))
    assert _without_parts([WHOLE, twin]) == [WHOLE, twin]
