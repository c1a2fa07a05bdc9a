"""What a figure counts and whose it is (issue 8): owners of shares and amounts, unit words,
the clause a figure's words come from, parts of a whole, counted things that differ, and
two speakers' figures for one slot. Statements are made up for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.vectors import Vectors, as_vectors, offline_embed


def _owners(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.owner) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # named after it, before it, or as its clause's subject
        ("Acme reported a 12 percent rise in quarterly profit.",
         [("12 percent", "quarterly profit")]),
        ("Acme posted revenue of $8.4 billion, up 9 percent from a year ago.",
         [("$8.4 billion", "revenue"), ("9 percent", "revenue")]),
        ("Revenue grew 9 percent to $8.4 billion.",
         [("9 percent", "revenue"), ("$8.4 billion", "revenue")]),
        ("Net income rose to $1.2 billion in the quarter.", [("$1.2 billion", "net income")]),
        ("Net income was $1.2 billion.", [("$1.2 billion", "net income")]),
        ("Shares of the company rose 4 percent in late trading.", [("4 percent", "shares")]),
        ("The chief executive said the cloud business had grown 38 percent.",
         [("38 percent", "cloud business")]),
        ("The party won 40 percent of the vote.", [("40 percent", "vote")]),
        # a noun after the figure names what it is; a possessive or a verb is no owner
        ("Acme made a $47 billion bid for its rival.", [("$47 billion", "")]),
        ("Holders argued Acme's $110-a-share offer was too low.", [("$110", "")]),
        # counts have no owner: their counted noun says what they count
        ("Revenue grew as 300 workers were hired.", [("300", "")]),
    ],
)  # fmt: skip
def test_a_share_or_an_amount_names_what_it_belongs_to(
    text: str, owners: list[tuple[str, str]]
) -> None:
    assert _owners(text) == owners


def test_a_unit_is_no_slot_word_and_a_figure_has_no_words_of_the_next_one() -> None:
    # "grew 9 percent to $8.4 billion": the amount is no "percent"
    amount = figures("Revenue grew 9 percent to $8.4 billion.")[1]
    assert "percent" not in amount.slot
    # "infected 1,240 people and killed 31": 1,240 counts the infected, not the killed
    infected, killed = figures("The outbreak has infected 1,240 people and killed 31, it said.")
    assert "killed" not in infected.slot and "infected" in infected.slot
    assert killed.slot[0] == "killed"  # ("past", "last" ... are when, never what)
    assert figures("It killed 31 in the past three weeks.")[0].slot == ("killed",)
    # a slot window that starts inside a word reads no half word ("ormer")
    long = "Former Eastport harbour master Jon Ash was jailed for 12 years on Friday."
    assert all(w in long.casefold().split() or w == "years" for w in figures(long)[0].slot)


def test_a_count_of_one_place_alone_is_a_part_of_the_whole() -> None:
    (part,) = figures("In Eastland province alone, more than 900 cases have been recorded.")
    assert part.part and part.where == "Eastland"
    (named,) = figures("Most cases were in the province of Eastland, where 820 people fell ill.")
    assert named.where == "Eastland"
    ctx = _context(
        "In Eastland province alone, more than 900 cases have been recorded.",
        "Some 1,240 cases have been reported, most of them in Eastland province.",
        "The number of cases has risen to 1,400.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(1, 2)[1]  # the national totals still disagree


def test_shares_and_amounts_of_two_owners_are_two_slots() -> None:
    said = [
        ("a", "Revenue grew 9 percent to $8.4 billion."),
        ("a", "Profit climbed 11 percent to $1.2 billion, the company said."),
        ("b", "Acme reported a 12 percent rise in quarterly profit."),
        ("b", "Shares of the company rose 4 percent in late trading."),
        ("c", "Acme shares rose 3 percent after the results."),
    ]
    views = [ClaimView(article=a, statement=t, names=frozenset(), speaker=None) for a, t in said]
    ctx = PairContext(views, Vectors.empty())
    # article a gives revenue and profit figures of one unit: two owners ("quarterly" is
    # when, not what: quarterly profit is profit)
    assert ctx.figure_relation(0, 2) == (False, "")
    assert ctx.figure_relation(1, 2)[1]  # profit 11 / 12 percent
    assert ctx.figure_relation(3, 4)[1]  # shares 4 / 3 percent
    # article b tells profit and shares apart
    assert not ctx.figure_relation(1, 3)[1]


def test_an_article_that_gives_two_owners_two_figures_tells_them_apart() -> None:
    views = [
        ClaimView(article="a", statement="Revenue grew 9 percent to $8.4 billion.",
                  names=frozenset(), speaker=None),
        ClaimView(article="b", statement="Its revenue rose to $8.4 billion.",
                  names=frozenset(), speaker=None),
        ClaimView(article="b", statement="Its cloud revenue grew 40 percent to $2.1 billion.",
                  names=frozenset(), speaker=None),
    ]  # fmt: skip
    texts = [v.statement for v in views] + ["revenue"]
    ctx = PairContext(views, Vectors("offline", texts, offline_embed(texts)))
    # "revenue" and "cloud revenue" share a head, but article b gives them two figures
    assert ctx.figure_relation(0, 2) == (False, "")
    # without that article the two are one owner, and 9 vs 40 percent would clash
    alone = PairContext(views[::2], Vectors("offline", texts, offline_embed(texts)))
    assert alone.figure_relation(0, 1)[1]


def test_close_counts_of_people_and_of_another_counted_thing_are_no_near_clash() -> None:
    statements = (
        "A plane crashed, killing all 71 people on board.",
        "The aircraft was carrying 65 passengers and six crew members.",
        "The fire forced 38,000 people to leave their homes.",
        "The fire has burned 36,000 hectares.",
        "Police arrested 71 people in the capital.",
        "Police made 87 arrests in the capital.",
    )
    words = ["people", "passengers", "hectares", "arrests", "arrested"]
    texts = [*statements, *words]
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    ctx = PairContext(views, Vectors("offline", texts, offline_embed(texts)))
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(2, 3) == (False, "")
    # people counted by what they are in the other's words: one thing ("arrested" / "arrests")
    assert ctx.figure_relation(4, 5)[1]


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


# The made-up clusters of tests/data/madeup, through the offline pipeline


def _report(event: str):  # type: ignore[no-untyped-def]
    from consensus.api import build_report
    from consensus.ingest import load_articles
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    folder = Path(__file__).resolve().parent / "data" / "madeup" / event
    articles = load_articles(sorted(str(p) for p in folder.glob("*.txt")))
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))


def _disputed(event: str) -> list[set[str]]:
    """The figure texts each disputed slot of the report sets against each other."""
    return [{f.text for f in s.figures} for c in _report(event).contested for s in c.slots]


def test_reports_dispute_figures_of_one_counted_thing_only() -> None:
    # all aboard (71) is never set against the passengers alone (65 / 62)
    crash = _disputed("planecrash")
    assert {"62", "65"} in crash
    assert not [s for s in crash if "71" in s]
    # people evacuated are no hectares burned
    assert not [s for s in _disputed("wildfire") if "36,000" in s]
    # one province's cases are no national total; the death tolls of two sources disagree
    outbreak = _disputed("outbreak")
    assert not [s for s in outbreak if "more than 900" in s]
    assert {"31", "at least 38"} in outbreak


def test_an_earlier_flood_toll_is_no_side_of_this_weeks() -> None:
    # blind_flood (session 16): "flooding in 2011, when 42 people died" and "When the Orva
    # last flooded Castovar, in 2011, it killed 42 people" name the valley of this week's
    # toll; 42 was a third side of the 17 dead ("likely an update")
    flood = _disputed("blind_flood")
    assert not [s for s in flood if "42" in s], flood
    assert any({"17", "at least nine"} <= s or {"17", "nine"} <= s for s in flood), flood


def test_an_earnings_report_disputes_profit_and_shares_by_their_owners() -> None:
    report = _report("earnings")
    slots = {s.slot: {f.text for f in s.figures} for c in report.contested for s in c.slots}
    assert slots.get("profit") == {"12 percent", "11 percent"}
    assert slots.get("shares") == {"4 percent", "3 percent"}
    # revenue is never set against profit, nor the whole's growth against a part's
    texts = [t for figs in slots.values() for t in figs]
    assert "$8.4 billion" not in texts and "40 percent" not in texts
    # nor agreed with it: the cloud unit's growth is no item of the company's revenue
    for item in report.agreed:
        quotes = " ".join(c.quote for c in item.citations)
        assert not ("cloud revenue grew 40" in quotes and "Revenue grew 9" in quotes), quotes


def test_a_co_defendants_term_is_no_side_of_the_defendants() -> None:
    from report_checks import made_up_report

    report = made_up_report("court")
    terms = [{f.text for f in s.figures} for c in report.contested for s in c.slots]
    assert {"12 years", "10 years"} in terms
    # the article that gives the co-defendant four years gives the mayor 10: two people
    assert not [t for t in terms if "four years" in t]


def test_an_ordinal_before_a_noun_is_a_figure_of_its_own_kind() -> None:
    (late,) = figures("The striker scored the winner in the 88th minute.")
    assert (late.text, late.value, late.unit, late.noun) == ("88th", 88.0, "ordinal", "minute")
    # no ordinal before a name or a date, and "23 minutes" stays a duration (a term in
    # minutes since session 70, never an ordinal)
    played = figures("It happened on July 14th, after 23 minutes of play.")
    assert [(f.text, f.unit) for f in played] == [("23", "minute")]
    # an ordinal meets ordinals only
    ctx = _context("He scored in the 88th minute.", "He scored 89 goals in his career.")
    assert ctx.figure_relation(0, 1) == (False, "")


def test_a_match_report_disputes_the_minute_of_the_winner_only() -> None:
    report = _report("football")
    minutes = [
        {f.text for f in s.figures} for c in report.contested for s in c.slots if s.slot == "minute"
    ]
    # the other article's 23rd and 51st minutes are other goals (it gives the winner 89th)
    assert minutes == [{"88th", "89th"}]
    assert report.summary is not None
    assert any(line.text.startswith("Minute: 88th") for line in report.summary.contested)


def test_an_election_disputes_each_partys_seats_apart() -> None:
    (seats,) = figures("The Liberal Alliance won 118 seats.")
    assert seats.owner == "Liberal Alliance"
    assert not figures("Officials said 77 people died.")[0].owner  # a speaker owns nothing
    total = figures("The Centre Party won 212 of the 400 seats.")[1]
    assert total.total and total.value == 400
    earlier = figures("Turnout was 64 percent, up from 58 percent at the last election.")[1]
    assert earlier.prior
    disputed = _disputed("seats")
    assert {"212", "209"} in disputed and {"118", "121"} in disputed
    # no slot holds two parties' seats, the chamber's size or the last election's turnout
    assert not [s for s in disputed if {"212", "118"} <= s or "400" in s or "58 percent" in s]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # past an appositive, an auxiliary, lower-case words before the name, a possessor
        ("The Greens, led by Jane Roe, won 39 seats.", "Greens"),
        ("Labour has won more than 212 seats.", "Labour"),
        ("The nationalist Homeland Party won 11 seats.", "Homeland Party"),
        ("Jane Roe's Civic Union won 87 seats.", "Civic Union"),
        # over a "with" phrase, and what a name has
        ("The Greens came second with 26 percent and 39 seats.", "Greens"),
        ("Eastland has nearly 1,000 troops in the region.", "Eastland"),
        # a name that qualifies the counted noun
        ("The attack left two Westland soldiers dead.", "Westland"),
        # a speaker owns nothing, nor a place fronted before the count
        ("Officials said 77 people died.", ""),
        ("Officials have said 77 people died.", ""),
        ("The attack killed five Monday night.", ""),
        ("In Eastland, 30 people died.", ""),
    ],
)  # fmt: skip
def test_a_count_belongs_to_the_name_its_clause_opens_with(text: str, owner: str) -> None:
    counts = [f for f in figures(text) if not f.unit]
    assert counts[-1].owner == owner


def test_counts_of_two_names_are_two_slots_and_a_nameless_count_none_of_them() -> None:
    from consensus.merge.figure_pairs import names_differ

    (civic,) = figures("Jane Roe's Civic Union won 87 seats.")
    (greens,) = figures("The Greens, led by Ann Poe, won 39 seats.")
    (liberals,) = figures("The Liberals won 121 seats.")
    (alliance,) = figures("The Liberal Alliance won 118 seats.")
    assert names_differ(civic, greens) and not names_differ(liberals, alliance)
    ctx = _context(
        "Jane Roe's Civic Union won 87 seats.",
        "The Greens, led by Ann Poe, won 39 seats.",
        "The party will hold 87 of the 150 seats.",
        "The Greens came second with 26 percent and 39 seats.",
        "The Liberals won 121 seats.",
        "The Liberal Alliance won 118 seats.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")  # two parties' seats
    # a count of no name, where the batch counts seats party by party, is no party's
    assert ctx.figure_relation(2, 3) == (False, "")
    assert ctx.figure_relation(0, 2) == (True, "")  # (equal, it may be the party's)
    assert ctx.figure_relation(1, 3) == (True, "")  # one party's seats in two wordings
    assert ctx.figure_relation(4, 5)[1]  # one party, two counts: a dispute


@pytest.mark.parametrize(
    ("text", "part_only"),
    [
        ("Red alerts cover 14 of the country's 96 regions.", "Red alerts cover 14 regions."),
        ("Work stopped at three of the firm's five plants.", "Work stopped at three plants."),
        ("Storms closed two of Norland's 12 ports.", "Storms closed two ports."),
    ],
)
def test_a_whole_named_with_its_owner_is_no_rival_of_its_part(text: str, part_only: str) -> None:
    part, whole = figures(text)
    assert whole.total and not part.total
    assert not _context(text, part_only).figure_relation(0, 1)[1]  # no clash of 14 and 96


def test_counts_of_people_in_two_states_are_no_rivals() -> None:
    said = (
        "Police say eight people are still missing.",
        "Police now say six people have died in the collapse.",
        "Officials said nine people had died.",
    )
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(said)
    ]
    # word vectors far apart (made up: "missing" and "died" share no direction)
    far = as_vectors({"missing": [1.0, 0.0], "died": [0.0, 1.0]})
    ctx = PairContext(views, far)
    assert ctx.figure_relation(0, 1) == (False, "")  # the missing are not the dead
    assert ctx.figure_relation(1, 2)[1]  # the dead still disagree
    # words without vectors: nothing tells the states apart, as before ...
    assert _context("Police say eight people are missing.", said[1]).figure_relation(0, 1)[1]
    # ... but "still" does: a remainder is no rival of the act's count (session 26)
    assert not _context(*said).figure_relation(0, 1)[1]


def test_what_something_has_is_a_whole_and_no_count_of_what_happened() -> None:
    (whole,) = figures("The bank, which has 9 million customers, faces a fine.")
    assert whole.total
    ctx = _context(
        "Hackers stole the data of 2.3 million customers.",
        "The bank (which has 9 million customers in Europe) could face a fine.",
        "A cyber attack exposed the details of 2.5 million customers.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2)[1]  # the customers affected still disagree


def test_a_count_that_names_nothing_is_no_near_clash_of_one_that_does() -> None:
    ctx = _context(
        "About two fire engines and several police cars arrived.",
        "A doctor said three were having surgery.",
        "A crowd of 40,000 watched the game.",
        "The crowd of 41,200 was the largest this season.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(2, 3)[1]  # (a word in common: one crowd)


def test_counts_of_how_often_clash_only_for_one_act() -> None:
    ctx = _context(
        "The transfers have happened at least 30 times since October.",
        "The tanker docked at the port six times this year.",
        "The tanker docked there nine times this year.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(1, 2)[1]
    (linked,) = figures("Satellites spotted 30 ship-to-ship transfers of oil.")
    assert linked.head == "transfers"


def test_an_election_sets_no_two_parties_seats_against_each_other() -> None:
    slots = [{f.text for f in s.figures} for c in _report("election").contested for s in c.slots]
    assert not [s for s in slots if {"87", "39"} <= s or {"39", "11"} <= s or {"87", "11"} <= s]


def test_a_banks_customer_base_is_no_side_of_the_customers_affected() -> None:
    (customers,) = [
        {f.text for f in s.figures}
        for c in _report("breach").contested
        for s in c.slots
        if "2.5 million" in {f.text for f in s.figures}
    ]
    assert customers == {"about 2.3 million", "2.5 million"}


def test_every_slot_two_claims_give_different_figures_for_is_disputed() -> None:
    ctx = _context(
        "The aircraft was carrying 65 passengers and six crew members.",
        "The flight was carrying 62 passengers and nine crew.",
        "The resolution set a 2 million-barrel cap.",
        "It imposed a quota of 500,000 barrels.",
    )
    same, clash = ctx.figure_relation(0, 1)
    assert not same and clash.split("; ") == ["passenger: 65 vs 62", "crew: six vs nine"]
    assert ctx.figure_relation(2, 3) == (False, "")  # (a noun that measures the cap)
    crash = _disputed("planecrash")
    assert {"62", "65"} in crash and {"six", "nine"} in crash


def test_some_of_a_group_named_before_is_compared_with_no_count() -> None:
    (some,) = figures("Three of those trapped have been removed from the carriage.")
    assert some.some
    assert figures("Twenty were taken in, of which four are seriously injured.")[1].some
    assert not figures("Six of the miners were taken to hospital.")[0].some
    assert figures("Images showed a rendezvous between two ships.")[0].some
    assert not figures("Between eight and 10 people died.")[0].some  # (a range)
    ctx = _context(
        "Five people were trapped inside the carriage.",
        "Three of those trapped have been removed from the carriage.",
        "At least 40 people were injured in the crash.",
        "20 people were brought in, of which four are seriously injured.",
        "Eight of those injured were taken to the city hospital.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert not ctx.figure_relation(2, 3)[1]
    assert ctx.figure_relation(3, 4) == (False, "")  # (two hospitals' parts, maybe)


def test_a_figure_of_an_earlier_event_is_no_side_of_todays() -> None:
    (then,) = figures("Acme also made a $5.5 billion bid last year for a cable maker.")
    assert then.earlier and then.before and not then.prior  # (a time, no changed count)
    (strikes,) = figures("More than 30 people, many of them children, were killed last week.")
    assert strikes.earlier and strikes.before
    # a total up to now is no earlier event
    since = figures("At least 38 people have died since the outbreak began last month.")[0]
    assert not since.before
    # a time right after a speech verb is when it was said: the figure is today's claim
    (claim,) = figures("The paper reported last week that he had charged 48,000 euros.")
    assert not claim.before
    ctx = _context(
        "Acme made a $47 billion bid for its rival.",
        "Acme also made a $5.5 billion bid last year for a cable maker.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")


def test_a_dose_a_gerund_subject_names_is_a_condition_and_no_side() -> None:
    (dose, _risk) = figures("Drinking three cups of tea a day lowers the risk by 12 percent.")
    assert dose.condition
    assert not figures("Killing 84 people, the attack shocked the country.")[0].condition
    ctx = _context(
        "Drinking three cups of tea a day lowers the risk of stroke.",
        "Drinking more than five cups a day brought no extra benefit.",
        "Those who drank three cups of tea a day had fewer strokes.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2) == (True, "")  # equal, they still agree
    assert not [s for c in _report("study").contested for s in c.slots if s.slot == "cups"]


def test_a_price_a_modal_clause_names_as_its_only_condition_is_no_side() -> None:
    # blind_drug (session 16): a watchdog's "would be cost-effective only at a price of
    # between $40,000 and $55,000 a year" was set against the maker's list price
    low, high = figures(
        "The drug would be cost-effective only at a price of between $40,000 and $55,000 a year."
    )
    assert low.condition and high.condition
    (fair,) = figures("It would be worth paying for only at a price of $55,000 a year or less.")
    assert fair.condition
    (listed,) = figures("The maker said it would charge a list price of $148,000 a year.")
    assert not listed.condition
    ctx = _context(
        "The maker said it would charge a list price of $148,000 a year for the drug.",
        "A watchdog said the drug would be worth paying for only at a price of $55,000 a year.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert not [s for c in _report("blind_drug").contested for s in c.slots if "148,000" in str(s)]


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("He also ordered inspections of all mines deeper than 300 metres.", True),
        ("Any building taller than 50 metres must be checked.", True),
        ("Every company with more than 250 staff must report its emissions.", True),
        ("All vessels over 40 metres were held in port.", True),
        # the news's own measure, a verb before the comparison: no threshold
        ("All 19 miners were trapped more than 300 metres down.", False),
        ("The section that failed lies at a depth of about 370 metres.", False),
        ("All the miners were under 40 years old.", False),
    ],
)
def test_a_threshold_that_picks_out_a_class_is_a_condition(text: str, threshold: bool) -> None:
    # blind_mine (session 17): "inspections of all mines deeper than 300 metres" was set
    # against the collapsed section's depth of about 370 metres
    assert any(f.condition for f in figures(text)) == threshold
    ctx = _context(
        "The minister ordered inspections of all mines deeper than 300 metres.",
        "The section that failed lies at a depth of about 370 metres, the engineer said.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank raised its rate by 75 basis points to 3.25 percent.", 0.75),
        ("The bank hiked rates by three-quarters of a percentage point.", 0.75),
        ("It raised the rate by 0.75 percentage point.", 0.75),
        ("The Fed raised rates by a quarter point.", 0.25),
        ("It cut rates by half a percentage point.", 0.5),
    ],
)
def test_a_rate_change_in_points_is_read_in_percentage_points(text: str, value: float) -> None:
    change = figures(text)[0]
    assert (change.value, change.unit) == (value, "percentage point")
    # a share of people is no rate change
    assert not figures("Three-quarters of voters backed the plan.")


def test_a_number_word_of_a_name_is_no_figure() -> None:
    assert not figures("The minister told Daily Two that he would not resign.")
    assert [f.text for f in figures("She told BBC Two that seven people were hurt.")] == ["seven"]
    assert [f.value for f in figures("Two people were hurt.")] == [2.0]  # a sentence's first
    assert [f.value for f in figures("The Two Ronnies were seven.")] == [2.0, 7.0]
