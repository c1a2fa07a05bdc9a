"""A count of one told in a word ("confirmed one dog death", "aware of one case") is a figure
(consensus.merge.figure_one, session 55): before, "one" was never a count, so a voice that
said "one case" and one that said "three cases" had no figure on one side and no figure
check could keep them apart. "One" as a pronoun ("one of the ...", "one said", "no one") or
an adverbial ("at one point") stays no figure."""

from __future__ import annotations

from test_denial_party import _report

from consensus.merge.figures import figures


def _counts(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.noun) for f in figures(text)]


def test_one_before_a_counted_noun_is_a_count() -> None:
    assert _counts("The board has confirmed one dog death.") == [(1.0, "dog")]
    assert _counts("The firm said it was aware of one case.") == [(1.0, "case")]
    assert _counts("One councillor abstained.") == [(1.0, "councillor")]


def test_one_as_a_pronoun_or_adverbial_is_no_count() -> None:
    assert figures("One of the guards was hurt.") == []
    assert figures("One said he saw the van.") == []
    assert figures("No one was hurt.") == []
    assert figures("At one point the crowd surged.") == []
    assert figures("One more body was found.") == []


def test_one_case_against_three_cases_makes_a_point() -> None:
    shared = "A trial of the Dravel vaccine was paused on Monday."
    got = _report(
        f"{shared} Corvane Labs said it was aware of one case of a rare side effect.",
        f"{shared} Regulators said they were aware of three cases of a rare side effect.",
    )
    quotes = [" ".join(c.quote for p in pt.positions for c in p.citations) for pt in got.contested]
    assert any("one case" in q and "three cases" in q for q in quotes), quotes


def test_one_that_picks_a_member_out_is_no_count() -> None:
    assert figures("One member of the crew said the pumps failed.") == []
    assert figures("One adjuster who has worked on such claims said so.") == []
    assert figures("Give us the old one back.") == []
