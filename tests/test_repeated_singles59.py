"""merge/repeated_singles: a single-source item whose statement says nothing another printed
item's does not, citing words of that item's sentence in the same article, is left out (the
editor would read one fact and its quote twice); a single that says more stays."""

from __future__ import annotations

from consensus.merge.repeated_singles import without_repeated_singles
from consensus.models import Citation, ClaimKind, Item

A = (
    "Race director Lena Marsh confirms Sunday's heats will go ahead at the Dunmore track. "
    "Lena Marsh, who has run the event since it began, said the cold had not hurt the track."
)
B = "The remaining heats will be held at the Dunmore track on Sunday, director Lena Marsh said."


def _cite(article: str, text: str, part: str) -> Citation:
    start = text.index(part)
    return Citation(article=article, quote=part, start=start, end=start + len(part))


def _item(prefix: str, statement: str, cites: list[Citation]) -> Item:
    sources = tuple(sorted({c.article for c in cites}))
    return Item(
        id=prefix + statement[:10],
        statement=statement,
        kind=ClaimKind.event,
        sources=sources,
        origins=len(sources),
        rule="agreed" if prefix == "a-" else "single source: one origin",
        citations=tuple(cites),
    )


AGREED = _item(
    "a-",
    "Race director Lena Marsh confirms Sunday's heats will go ahead at the Dunmore track.",
    [
        _cite("01_a", A, "Race director Lena Marsh confirms Sunday's heats will go ahead"),
        _cite("02_b", B, "The remaining heats will be held at the Dunmore track on Sunday"),
    ],
)


def test_a_single_repeating_an_agreed_items_sentence_is_left_out() -> None:
    # the same sentence, cut one word shorter at the start and one mark longer at the end
    repeat = _item(
        "s-",
        "Lena Marsh confirms Sunday's heats will go ahead at the Dunmore track.",
        [
            _cite(
                "01_a", A, "Lena Marsh confirms Sunday's heats will go ahead at the Dunmore track."
            )
        ],
    )
    assert without_repeated_singles([AGREED], [repeat]) == []


def test_a_single_that_says_more_stays() -> None:
    # a second fact of the article (the relative clause's sentence) is no repeat
    more = _item(
        "s-",
        "Lena Marsh has run the event since it began.",
        [_cite("01_a", A, "Lena Marsh, who has run the event since it began")],
    )
    wider = _item(
        "s-",
        "Lena Marsh confirms Sunday's heats will go ahead, the first since the frost.",
        [_cite("01_a", A, "Lena Marsh confirms Sunday's heats will go ahead")],
    )
    assert without_repeated_singles([AGREED], [more, wider]) == [more, wider]


def test_the_same_words_elsewhere_in_the_article_stay() -> None:
    # the statement says nothing the agreed one does not, but it cites another sentence
    apart = _item(
        "s-",
        "Lena Marsh confirms the heats go ahead.",
        [_cite("01_a", A, "said the cold had not hurt the track.")],
    )
    assert without_repeated_singles([AGREED], [apart]) == [apart]


def test_of_two_singles_saying_one_thing_the_one_with_more_sources_stays() -> None:
    two = _item(
        "s-",
        "Lena Marsh confirms the heats go ahead on Sunday.",
        [
            _cite("01_a", A, "Lena Marsh confirms Sunday's heats will go ahead"),
            _cite("02_b", B, "director Lena Marsh said."),
        ],
    )
    one = _item(
        "s-",
        "Lena Marsh confirms the heats go ahead on Sunday.",
        [_cite("01_a", A, "Race director Lena Marsh confirms Sunday's heats")],
    )
    assert without_repeated_singles([], [one, two]) == [two]
    assert without_repeated_singles([], [two, one]) == [two]
