"""Contested points that are no dispute (session 21, nogold21): a demand against its unmet
act, two claims that share a time (`point_vetoes`), a rough figure "close to" a count it
rounds, an amount qualified by what it includes (`figure_inclusions`), an insurance sum
(`figure_payments`) and a reporter's own partial count ("where we saw", `figure_scope`).
Each report case is invented; each gives a contested point without its rule."""

from __future__ import annotations

from consensus.merge.figure_inclusions import inclusion, inclusions_apart
from consensus.merge.figure_payments import payment_kind
from consensus.merge.figure_scope import seen_by_one
from consensus.merge.figures import figures
from consensus.merge.point_vetoes import (
    demanded,
    no_dispute,
    planned_time,
    shared_time,
    told_before,
    withheld,
)
from tests.test_negated_complement import _two_outlets


def _money(text: str) -> str:
    (f,) = [f for f in figures(text) if f.value >= 1000]
    return inclusion(text, f)


def test_a_demand_is_no_account_of_what_happened() -> None:
    assert demanded("The bloc demanded that the rebels lay down their arms.")
    assert demanded("The council urged residents to leave the valley.")
    assert demanded("The union called on the company to reinstate the drivers.")
    assert not demanded("The rebels laid down their arms on Tuesday.")
    # a negated demand negates itself: left to the negation rules
    assert not demanded("The bloc did not demand that the rebels lay down their arms.")
    assert no_dispute(
        "negation: not surrender",
        "The bloc demanded that the rebels surrender.",
        "The rebels have not surrendered.",
    )
    assert not no_dispute(
        "negation: not surrender", "The rebels surrendered.", "The rebels have not surrendered."
    )


def test_a_demand_and_its_unmet_act_make_no_point() -> None:
    report = _two_outlets(
        "The regional bloc on Monday demanded that the mutineers at the Kessa barracks"
        " surrender their weapons.",
        "The mutineers at the Kessa barracks have not surrendered their weapons.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_two_claims_that_name_one_time_date_two_acts() -> None:
    a = "The union said the family took 38 million in dividends in 2022 and 2023."
    b = "Accounts filed last year show the company paid 38 million in dividends in 2022."
    assert shared_time("date: 2022 vs 2025", a, b)
    assert no_dispute("date: 2022 vs 2025", a, b)
    # one names both: two acts of two times
    assert shared_time("date: 2019 vs 2021", "It was built in 2019 and sold in 2021.", "Sold.")
    assert not shared_time("date: 2022 vs 2023", "It opened in 2022.", "It opened in 2023.")
    # a calendar date as the conflict gives it (ISO) against the text's ("July 14")
    both = "The truck struck on July 14 and the driver was named on July 16."
    assert shared_time("date: 2016-07-14 vs 2016-07-16", both, "He was named on Saturday.")
    assert not shared_time("date: 2016-07-14 vs 2016-07-16", "It struck on July 14.", "On July 16.")
    assert not no_dispute("quantity killed: 3 vs 4", a, b)


def test_a_month_written_alone_is_a_time_both_claims_name() -> None:
    # the period read from one claim's first time (2011) against the other's month: both
    # write "in June", so the two date a building and an inspection
    built = "Kessa Telecom said the tower, put up in 2011, was checked in June."
    checked = "The company said the tower had been checked in June."
    assert shared_time("date: June 2026 vs 2011", checked, built)
    assert no_dispute("date: June 2026 vs 2011", built, checked)
    # two months of one act, two days of one month, a month in two years: still rivals
    assert not shared_time("date: June 2026 vs July 2026", "It shut in June.", "It shut in July.")
    assert not shared_time("date: June 3 vs June 10", "It shut on June 3.", "It shut on June 10.")
    assert not shared_time(
        "date: June 2025 vs June 2026", "It shut in June 2025.", "It shut in June 2026."
    )
    # "May" opening a statement is the modal, no month
    assert not shared_time("date: May 2026 vs 2011", "May was wet, it said.", "It rose in May.")


def test_close_to_is_a_rough_figure_just_over_the_count() -> None:
    (f,) = figures("Airlines cancelled close to 190 flights on Sunday.")
    assert (f.value, f.bound) == (190.0, "near")


def test_close_to_and_the_count_it_rounds_make_no_point() -> None:
    report = _two_outlets(
        "Airlines cancelled close to 190 flights at Ravenport on Sunday, the airport said.",
        "Airlines cancelled 186 flights at Ravenport on Sunday, the airport said.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_what_an_amount_takes_in() -> None:
    assert _money("The deal values the firm at $5.1bn including debt.") == "+debt"
    assert _money("Including the firm's debt, the deal is worth about $5.1 billion.") == "+debt"
    assert _money("It made a profit of $40 million before tax.") == "-tax"
    assert _money("Excluding one-off charges, it earned $2 million.") == "-charge"
    assert _money("The deal values the firm at about $4.6 billion.") == ""
    # what follows is no qualifier of the sum: a count's "including" names some of it
    assert _money("The deal, worth $4.6 billion including everything, closed.") == ""
    (count, part) = figures("12,000 people were evacuated, including 3,000 children.")
    text = "12,000 people were evacuated, including 3,000 children."
    assert inclusion(text, count) == "" and inclusion(text, part) == ""
    a, b = "It is worth $5.1bn including debt.", "It is worth $4.6bn."
    (fa,), (fb,) = figures(a), figures(b)
    assert inclusions_apart(a, fa, b, fb)
    c = "It is worth $5.3bn including debt."
    (fc,) = figures(c)
    assert not inclusions_apart(a, fa, c, fc)


def test_a_value_with_debt_is_no_rival_of_one_without() -> None:
    report = _two_outlets(
        "Harlow Freight agreed to buy Tamsin Rail for $30 a share in cash, a deal that values"
        " Tamsin at about $4.6 billion.",
        "Harlow Freight agreed to buy Tamsin Rail. Including Tamsin's debt, the deal is worth"
        " about $5.1 billion.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_an_insurance_sum_is_no_value() -> None:
    text = "The paintings, which are insured for 65 million euros, were taken."
    (f,) = [f for f in figures(text) if f.value >= 1000]
    assert payment_kind(text, f) == "insurance"


def test_an_insurance_sum_and_a_market_value_make_no_point() -> None:
    report = _two_outlets(
        "The stolen paintings are insured for 65 million euros, the museum said.",
        "A dealer said the stolen paintings would fetch more than 50 million euros at auction.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_what_a_reporter_saw_is_no_count_of_the_whole() -> None:
    text = "Medics set up a post where we saw at least a dozen people being treated."
    (f,) = figures(text)
    assert seen_by_one(text, f.start, f.start + len(f.text))


def test_a_reporters_partial_count_makes_no_point() -> None:
    report = _two_outlets(
        "The health ministry said 46 people were treated for injuries after the march.",
        "Medics set up a post near the square, where we saw at least a dozen people being"
        " treated for injuries after the march.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_a_filing_year_and_the_years_it_reports_make_no_point() -> None:
    import datetime as dt

    from consensus.api import build_report
    from consensus.models import Article, ExtractionResult
    from consensus.offline import extract_offline

    arts = (
        Article(
            id="d1",
            outlet="One",
            published=dt.date(2026, 5, 13),
            text="The union says the Harrow family took 38 million pounds in dividends in 2022"
            " and 2023 while the chain closed warehouses. The shops stay open.",
        ),
        Article(
            id="d2",
            outlet="Two",
            published=dt.date(2026, 5, 13),
            text="Accounts filed last year show the chain paid 38 million pounds in dividends in"
            " 2022 and 2023 while it closed warehouses. Staff were told on Tuesday.",
        ),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    assert not report.contested, [c.rule for c in report.contested]


def test_an_inclusion_told_in_other_words_is_still_compared() -> None:
    a = "The deal amounts to $148.9 billion including debt."
    b = "With the company's debt included, the deal's value would be some $146 billion."
    (fa,), (fb,) = figures(a), figures(b)
    assert not inclusions_apart(a, fa, b, fb)


def test_a_denied_accusation_told_as_blame_is_what_the_denial_answers() -> None:
    # "rejected the accusation" answers the sentence that blames the denier, not the
    # quotation of another speaker just before it (`answers._ACTS`)
    report = _two_outlets(
        "President Ivo Marran appeared on state television late on Sunday."
        ' "The republic stands," he said. The government blamed the plot on General Samba'
        " Kord, a former army chief living abroad. In a statement sent to the paper on"
        " Monday, Kord rejected the accusation.",
        "Soldiers loyal to the president retook the radio station on Sunday, the army said.",
    )
    (point,) = report.contested
    asserted = [p for p in point.positions if p.polarity == "asserts"]
    assert [p.statement for p in asserted] == [
        "The government blamed the plot on General Samba Kord, a former army chief living abroad."
    ]


def test_a_planned_time_is_no_time_of_an_act() -> None:
    assert planned_time("The operator said the airport would stay closed until Monday at midday.")
    assert planned_time("It did not expect to reopen before noon on Monday.")
    assert planned_time("The road will be closed till 6 p.m.")
    assert not planned_time("The airport reopened at 2 p.m., two hours later than planned.")
    assert not planned_time("The airport was closed at 7 a.m.")
    assert not planned_time("The airport would stay closed for two days.")  # (no clock time)
    a, b = "It did not expect to reopen before noon.", "It reopened at 2 p.m."
    assert no_dispute("time: noon vs 2 p.m.", a, b)
    assert not no_dispute("time: noon vs 2 p.m.", "It reopened at noon.", b)


def test_an_expected_reopening_and_the_reopening_make_no_point() -> None:
    report = _two_outlets(
        "The Tarnby airport operator said it did not expect to reopen the airport before noon"
        " on Monday.",
        "The Tarnby airport operator said the airport reopened at 2 p.m. on Monday, two hours"
        " later than planned.",
    )
    assert not report.contested, [c.rule for c in report.contested]


# session 64 (nogold64): an answer withheld negates a telling, not the thing told of
def test_an_answer_withheld_is_no_account() -> None:
    assert withheld("Brenna Foods did not say which bakeries would close.")
    assert withheld("The ministry would not confirm the number.")
    assert withheld("The firm declined to say how many staff were affected.")
    # a negated statement of the thing itself stays one
    assert not withheld("The firm did not close any bakeries.")
    assert not withheld("He did not say the plant was safe.")
    assert no_dispute(
        "negation: not bakery",
        "Brenna Foods will publish the list of bakeries on its website.",
        "Brenna Foods did not say which bakeries would close.",
    )
    assert not no_dispute(
        "negation: not bakery",
        "Brenna Foods will close six bakeries.",
        "Brenna Foods will not close any bakeries.",
    )


def test_an_answer_withheld_makes_no_point() -> None:
    report = _two_outlets(
        "Brenna Foods will publish the list of bakeries that will close on its website.",
        "Brenna Foods did not say which bakeries would close.",
    )
    assert not report.contested, [c.rule for c in report.contested]


def test_a_time_told_as_said_before_is_one_acts_time_revised() -> None:
    moved = (
        "The guild has moved its next fair to Friday 19 June, hours after saying the one on "
        "12 June would go ahead."
    )
    old = "The guild said its next fair, on Friday 12 June, would go ahead."
    assert told_before(moved, {"jun-12"}, {"jun-19"})
    assert not shared_time("date: Friday 12 June vs Friday 19 June", old, moved)
    # without the verb of telling the sentence names two acts' times, as before
    two = "The guild held a fair on 12 June and another on Friday 19 June."
    assert not told_before(two, {"jun-12"}, {"jun-19"})
    assert shared_time("date: Friday 12 June vs Friday 19 June", old, two)


def test_a_moved_date_told_after_saying_the_old_one_is_a_point_of_its_own() -> None:
    import datetime as dt

    from consensus.api import build_report
    from consensus.models import Article, ExtractionResult
    from consensus.offline import extract_offline

    old = "The guild said its next fair, on Friday 12 June, would go ahead as planned."
    arts = (
        Article(id="d1", outlet="One", published=dt.date(2026, 6, 8), text=old),
        Article(
            id="d2",
            outlet="Two",
            published=dt.date(2026, 6, 8),
            text="The guild says its next fair, on Friday 12 June, is still going ahead.",
        ),
        Article(
            id="d3",
            outlet="Three",
            published=dt.date(2026, 6, 9),
            text="The guild has moved its next fair to Friday 19 June, hours after saying the "
            "fair on 12 June would go ahead as planned.",
        ),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = [c for c in report.contested if "19 June" in c.rule]
    assert sorted(sorted(c.article for c in p.citations) for p in point.positions) == [
        ["d1", "d2"],
        ["d3"],
    ]
