"""A figure that answers the figure told just before it in its article ("Police put the
number at 4,000") gives that count another value: a quantity conflict, though the two
claims of one article are never a candidate pair (consensus.merge.figure_answers; issue 8,
session 18). Invented text."""

from __future__ import annotations

from test_merge_timed_acts import _report

from consensus.merge.figure_answers import _PUTS_BACK

OTHER = (
    "Two officers shot a man dead in Brellport on Friday night. The officers were put on "
    "leave, the police department said."
)
SHOTS = (
    "A man was shot dead by two officers in Brellport on Friday night. The police "
    "department said the officers fired four shots between them. Neighbours interviewed "
    "by the Courier have put the number at nine or more. The officers were put on leave."
)


def _points(text: str, other: str = OTHER) -> list[set[str]]:
    """The words of each contested point's positions."""
    report = _report(text, other)  # (a second article: a batch of no pairs has no edges)
    return [{w for pos in p.positions for w in pos.statement.split()} for p in report.contested]


def test_what_points_back() -> None:
    assert _PUTS_BACK.search("Police put the number at 4,000")
    assert _PUTS_BACK.search("The charity puts the figure at 30 or more.")
    assert _PUTS_BACK.search("Analysts estimated the total at $2 billion.")
    assert not _PUTS_BACK.search("Police put the crowd at 60,000")  # (names its slot)
    assert not _PUTS_BACK.search("The officers were put on leave.")


def test_the_report_contests_the_count_of_shots() -> None:
    points = _points(SHOTS)
    assert any({"four", "nine"} <= words for words in points), points


def test_an_equal_or_overlapping_figure_or_no_pointing_back_is_no_answer() -> None:
    for text in (
        "The department said the officers fired four shots. Witnesses put the number at four.",
        "The department said the officers fired about 40 shots. Witnesses put the number at 42.",
        "The department said the officers fired four shots. Witnesses said they heard nine.",
    ):
        assert not _points(text), text


def test_a_count_with_no_speaker_is_answered_too() -> None:
    text = (
        "The river burst its banks on Monday, and by Tuesday evening 12 people had been "
        "confirmed dead. The aid group Hollow Reach puts the figure at 25 or more."
    )
    other = "The river burst its banks on Monday, flooding the regional capital's old town."
    points = _points(text, other)
    assert any({"12", "25"} <= words for words in points), points


def test_a_speakers_own_count_before_is_no_answer() -> None:
    text = (
        "Harbour police said 40 people were detained on Saturday. Harbour police later put "
        "the number at 52."
    )
    assert not _points(text)
