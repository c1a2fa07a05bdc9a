"""A count of some of a stated whole ("14 of the 19 men ... had been brought up") is no
rival of a count of its own ("leaving four men dead") inside one group
(`figure_partitives`); two parts of one whole are still compared."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.figure_partitives import part_of_told_whole, parts_apart, whole_of
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


def test_a_whole_after_a_possessive() -> None:
    # session 63 (released63): "of the town's 12,000" names its whole as "of the 12,000" does
    text = "The new rota moves the pick-up day for 5,000 of the town's 12,000 homes."
    assert whole_of(text, _first(text)) == "12,000"
    text = "Four of Marlow's eight ferries were idle."
    assert whole_of(text, _first(text)) == "eight"
    # a possessive with no number after it names no whole
    text = "Four of the town's ferries were idle."
    assert whole_of(text, _first(text)) == ""


def test_a_part_is_no_rival_of_the_whole_it_is_told_of() -> None:
    whole = "About 12,000 homes in Dunmere get the weekly service."
    part = "The new rota moves the pick-up day for 5,000 of the town's 12,000 homes."
    w, p = _first(whole), figures(part)[0]
    assert p.text == "5,000"
    assert part_of_told_whole(w, part, p)
    # a count of its own, or a part of another whole, stays a rival
    other = "The new rota moves the pick-up day for 5,000 of the town's 14,000 homes."
    assert not part_of_told_whole(w, other, figures(other)[0])
    plain = "The new rota moves the pick-up day for 5,000 homes."
    assert not part_of_told_whole(w, plain, _first(plain))


def test_a_part_and_its_whole_make_no_point() -> None:
    # session 63 (released63): "12,000 homes" against "5,000 of the district's 12,000
    # homes" was a point "home: 12,000 vs 5,000" no editor would write
    shared = "A new waste contractor, Bremly Services, took over bin rounds in Dunmere."
    whole = (
        "About 12,000 homes in the district receive the service. Bremly has changed the "
        "collection day for 5,000 of them."
    )
    part = "Collection days have changed for 5,000 of the district's 12,000 homes."
    report = offline_report(f"{shared} {whole}", f"{shared} {part}", f"{shared} {whole}")
    assert not report.contested, [i.topic for i in report.contested]


def test_a_part_after_of_whom_and_a_hedge_is_some_of_a_group() -> None:
    # "of whom roughly 900" is some of a group named before, as "of whom 900" is
    text = "The airline employs 1,150 pilots, of whom roughly 900 belong to the union."
    fig = next(f for f in figures(text) if f.text == "900")
    assert fig.some
    text = "The airline employs 1,150 pilots, of whom 900 belong to the union."
    assert next(f for f in figures(text) if f.text == "900").some
    text = "The airline employs roughly 900 pilots."
    assert not figures(text)[0].some


def test_two_parts_that_add_up_to_their_whole_are_apart() -> None:
    # session 63 (released63): "two of its five posts were filled" / "three of the
    # five posts are vacant" tell one count from its two halves
    a = "The board said only two of its five surgeon posts were filled."
    b = "Papers show three of the five surgeon posts are vacant."
    assert parts_apart(a, _first(a), b, _first(b))
    # two parts of one whole that do not add up to it are still compared
    c = "Papers show four of the five surgeon posts are vacant."
    assert not parts_apart(b, _first(b), c, _first(c))


def test_a_part_of_a_small_whole_in_words_stays_a_rival() -> None:
    # "two of the six gates were open" / "all six gates were open" is a real dispute
    # (session 49's measure): only a whole written in digits is set apart
    whole = "All six gates were open."
    part = "Police say only two of the six gates were open."
    assert not part_of_told_whole(_first(whole), part, _first(part))
