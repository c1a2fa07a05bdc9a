"""A tally, two counts set against each other ("by 31 votes to 14", "29-16", "with 29 in
favour and 16 against", "won 3-1"), is ONE figure of unit `TALLY` whose value pairs its two
counts (consensus/merge/figure_tallies.py, session 67): two outlets' tallies of one vote
agree only when both counts do and clash otherwise, and neither half is ever a count of its
own (which met unrelated counts, or nothing). Invented texts."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.figure_tallies import TALLY, pair_value
from consensus.merge.figures import figures
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _tallies(text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in figures(text) if f.unit == TALLY]


def test_the_shapes_of_a_tally_are_one_figure_each() -> None:
    assert _tallies("Councillors backed the plan by 31 votes to 14.") == [
        ("31 votes to 14", pair_value(31, 14))
    ]
    assert _tallies("The board voted 9-4 to sell the Vellan site.") == [("9-4", pair_value(9, 4))]
    assert _tallies("The vote was 48 in favour and 31 against.") == [
        ("48 in favour and 31 against", pair_value(48, 31))
    ]
    assert _tallies("The result: 31 yes, 24 no, two abstentions.") == [
        ("31 yes, 24 no", pair_value(31, 24))
    ]
    assert _tallies("The judges ruled by six votes to three.") == [
        ("six votes to three", pair_value(6, 3))
    ]
    assert _tallies("Councillors voted by 38 to 29 to approve the Drell plan.") == [
        ("38 to 29", pair_value(38, 29))
    ]
    assert _tallies("Tarnby won 2-1 after extra time.") == [("2-1", pair_value(2, 1))]


def test_no_half_of_a_tally_is_a_count_of_its_own() -> None:
    values = [f.value for f in figures("Councillors backed the plan by 31 votes to 14.")]
    assert values == [pair_value(31, 14)]


def test_a_tally_pairs_its_counts_in_either_order() -> None:
    assert pair_value(20, 27) == pair_value(27, 20)
    assert pair_value(31, 14) != pair_value(31, 12)
    assert pair_value(31, 14) != pair_value(30, 15)
    assert pair_value(2, 1) != pair_value(1, 1)


def test_ranges_changes_and_measures_are_no_tallies() -> None:
    for text in (
        "Pupils aged 11-16 were sent home.",
        "Crews reported gusts of 45 to 50 knots.",
        "The union says teams were cut from 12 to four.",
        "Prices rose by 3 to 5 percent after the merger.",
        "The repair will take five to six weeks.",
        "Homicides rose by one to 23.",
        "The line reopened at 10-15 minute intervals.",
        "The fee rises in the 2025-26 season.",
    ):
        assert _tallies(text) == [], text


def test_a_to_tally_needs_a_clause_that_tells_a_vote() -> None:
    assert _tallies("The club counted 38 to 29 boats on the quay.") == []
    assert _tallies("The motion passed 31 to 24 on Thursday.") == [("31 to 24", pair_value(31, 24))]


TEXTS = {
    "01_wire": (
        "Harl council approves Ostvik ferry plan.\n\n"
        "Harl councillors approved the Ostvik ferry plan on Monday. "
        "Councillors backed the ferry plan by 31 votes to 14, the clerk's office said."
    ),
    "02_paper": (
        "Ferry plan passes in Harl.\n\n"
        "Harl councillors approved the Ostvik ferry plan on Monday. "
        "Councillors backed the ferry plan by 29 votes to 16, the Harl Mercury counted."
    ),
    "03_radio": (
        "Ostvik ferry plan approved.\n\n"
        "Harl councillors approved the Ostvik ferry plan on Monday. "
        "Councillors backed the ferry plan 31-14, the clerk's office said."
    ),
}


def _report() -> Report:
    arts = tuple(Article(id=k, title="Ferry", outlet=k, text=t) for k, t in TEXTS.items())
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_two_tallies_of_one_vote_are_a_contested_figure() -> None:
    report = _report()
    tallied = [
        p
        for p in report.contested
        if any("29 votes to 16" in c.quote for s in p.positions for c in s.citations)
    ]
    assert len(tallied) == 1, report.contested
    by_source = {src: s.statement for s in tallied[0].positions for src in s.sources}
    assert set(by_source) == set(TEXTS), tallied[0].positions
    # "31-14" and "31 votes to 14" are one figure: the two outlets agree on it
    assert any(
        set(item.sources) == {"01_wire", "03_radio"} and "31" in item.statement
        for item in report.agreed
    ), report.agreed


def test_a_tally_in_hyphenated_words_is_one_figure() -> None:
    # session 69: "N-to-M" in words or digits, beside a word that tells a vote
    assert _tallies("The fund followed a nine-to-four vote of its panel.") == [
        ("nine-to-four", pair_value(9, 4))
    ]
    assert _tallies("The Orvell board backed it by a 7-to-2 majority.") == [
        ("7-to-2", pair_value(7, 2))
    ]
    # ... and never a working day or a bare number word before "-to-"
    assert figures("Brann works a nine-to-five job in Tessel.") == []


def test_one_side_of_a_vote_told_as_a_part_of_its_body_is_a_tally() -> None:
    # session 69: "six of the seven members backed" is 6-1, so it meets "6-1" and
    # contests "5-2"
    assert _tallies("Six of the seven members of the Vorn panel backed the cut.") == [
        ("Six of the seven", pair_value(6, 1))
    ]
    assert _tallies("It cut rates, with five of the seven governors voting in favour.") == [
        ("five of the seven", pair_value(5, 2))
    ]
    assert _tallies("Seven of nine judges voted to strike the Harl law down.") == [
        ("Seven of nine", pair_value(7, 2))
    ]
    assert pair_value(6, 1) == _tallies("The Vorn panel voted 6-1 for the cut.")[0][1]


def test_a_part_of_a_whole_without_a_vote_is_no_tally() -> None:
    for text in (
        "Four of the five bids were rejected.",  # (a passive: the bids voted nothing)
        "Six of the ten schemes backed by the Ostvik fund failed.",  # (its agent)
        "Board member Ada Renn, one of the three who voted no, said she would appeal.",
        "Two of the five who voted against were ministers.",  # (the five are one side)
        "Four of the five co-defendants were convicted.",
        "Twelve of the 14 books stay, the Harl panel voted.",  # (another clause's vote)
    ):
        assert _tallies(text) == [], text
    values = [f.value for f in figures("Four of the five co-defendants were convicted.")]
    assert values == [4.0, 5.0]
