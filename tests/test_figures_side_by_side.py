"""Two values one claim states side by side are two slots, not one slot told two ways
(session 34, nogold34: `point_vetoes.named_both`). Every text is invented, in the shapes
of false figure points the made-up clusters showed on wording nobody had tuned on: a count
and a capacity in one sentence, a list of ages, against a claim that gives one of them."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.point_vetoes import named_both, no_dispute
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(Article(id=f"n{k}", text=t, outlet=f"Outlet {k}") for k, t in enumerate(texts))
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def test_a_count_and_a_capacity_in_one_sentence_are_two_slots() -> None:
    both = "A crowd of 21,300 watched the final in an arena that holds 24,000."
    one = "The crowd of 21,300 was kept in the arena for an hour."
    assert named_both("quantity held: 21,300 vs 24,000", both, one)
    assert no_dispute("quantity held: 21,300 vs 24,000", both, one)
    assert no_dispute("quantity held: 21,300 vs 24,000", one, both)


def test_a_list_of_ages_gives_each_person_their_own() -> None:
    ages = "The pilot, Ana Roe, 29; the nurse, Eli Tamm, 47; and the medic, Ola Berg, 35."
    # (a numeral the figure reader passes over is still read as written)
    assert named_both("quantity figure: 29 vs 47", "Eli Tamm is 47.", ages)


def test_values_set_against_each_other_in_one_sentence_are_still_compared() -> None:
    # a correction, a change, or two tellers' values told in one sentence
    corrected = "The club said the ban would last three matches rather than four."
    assert not named_both("quantity match: three vs four", corrected, "A four-match ban.")
    changed = "Her lead of 140 votes was cut to 61."
    assert not named_both("quantity vot: 140 vs 61", changed, "Her lead was 140.")
    told = "The union says two nurses were on the ward, the hospital says three."
    assert not named_both("quantity nurse: two vs three", told, "Three nurses were on the ward.")
    # a part and its whole: the rival claim may give the whole's value for the part's slot
    part = "Only two of the six gates were open."
    assert not named_both("quantity gate: two vs six", part, "All six gates were open.")
    # both claims state both values: which slot each gives them decides, not this test
    assert not named_both(
        "quantity gate: two vs six",
        "Only two of the six gates were open.",
        "All six gates were open at noon and two were shut at eight.",
    )
    # two claims that each give one value
    assert not named_both("quantity killed: 5 vs 7", "Five were killed.", "Seven were killed.")
    assert not no_dispute("quantity killed: 5 vs 7", "Five were killed.", "Seven were killed.")


def test_a_count_and_a_capacity_make_no_point_in_a_report() -> None:
    report = _report(
        "A crowd of 21,300 watched the final in an arena that holds 24,000.",
        "The crowd of 21,300 was held in the arena for an hour after the final.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_two_outlets_that_each_give_one_value_still_dispute_it() -> None:
    report = _report(
        "At least 12 people were killed when the bridge collapsed on Sunday, police said.",
        "Police said 19 people were killed when the bridge collapsed on Sunday.",
    )
    assert report.contested, [it.statement for it in report.agreed]
