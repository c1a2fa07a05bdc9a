"""A count of some of a stated whole ("14 of the 19 men ... had been brought up") is no
rival of a count of its own ("leaving four men dead") inside one group
(`figure_partitives`); two parts of one whole are still compared."""

from __future__ import annotations

from consensus.merge.figure_partitives import parts_apart, whole_of
from consensus.merge.figures import Figure, figures


def _first(text: str) -> Figure:
    return figures(text)[0]


def test_the_whole_a_count_is_part_of() -> None:
    text = "By the evening 14 of the 19 men trapped on Tuesday had been brought up."
    assert whole_of(text, _first(text)) == "19"
    text = "Three of those forty passengers were children."
    assert whole_of(text, _first(text)) == "forty"
    # no whole: a count of its own, or "of" a thing that is no number
    text = "Four men died in the collapse."
    assert whole_of(text, _first(text)) == ""
    text = "Two of the victims were tourists."
    assert whole_of(text, _first(text)) == ""


def test_a_part_and_a_count_of_its_own_are_apart() -> None:
    a = "By the evening 14 of the 19 men trapped on Tuesday had been brought up."
    b = "The rescue ended on Thursday, leaving four men dead."
    c = "Eleven of the 19 miners trapped had been brought to the surface by 9 a.m."
    assert parts_apart(a, _first(a), b, _first(b))
    # two parts of one whole: one count at two times, still compared
    assert not parts_apart(a, _first(a), c, _first(c))
    # two counts of their own: still compared
    d = "Five men died in the collapse."
    assert not parts_apart(b, _first(b), d, _first(d))


def test_a_whole_written_without_a_determiner() -> None:
    # session 42 (released42): "11 of 23 files" is a part of 23 as "11 of the 23 files" is;
    # read as a count of its own it clashed with "looking at 23 files" (a false point)
    a = "In 11 of 23 permit files checked, no signed form was found."
    b = "The inspectors say they are now looking at 23 permit files."
    assert whole_of(a, _first(a)) == "23"
    assert parts_apart(a, _first(a), b, _first(b))
    # near misses: "of" a thing or a pronoun names no whole; a year is no whole
    for text in ("Two of them were tourists.", "Two of several guards were hurt."):
        assert whole_of(text, _first(text)) == ""
    text = "Nine inspectors of 2025 vintage wines met."
    assert whole_of(text, _first(text)) == ""
