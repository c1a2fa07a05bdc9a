"""Made-up clusters of kinds the dev clusters lack (tests/data/madeup/: a match, quarterly
results, a plane crash, an outbreak, a wildfire, an election, a budget, a death, a data
breach, a health study, a mine rescue, an appeal ruling, a protest, a merger, a summit, a
shooting, a rate decision, an air strike, a resignation, a typhoon, a product recall, a
football transfer, a migrant boat sinking, a jury verdict, a diplomatic expulsion, a tariff
announcement, a hostage release, a bridge collapse, a strike, a launch failure, a doping ban,
a heatwave), run through the offline extractor and
the merge: what an editor needs from each report, where it works now (what does not yet is
listed in the session report, not asserted here)."""

from __future__ import annotations

from functools import cache

import pytest
import shared_reports  # tests/ is on sys.path (rootdir conftest)
from report_checks import side_quotes
from test_offline_kinds import role_fact

from consensus.models import Claim, Report


@cache
def _run(event: str) -> tuple[tuple[Claim, ...], Report]:
    """The cluster's claims (offline extractor) and report, made once per test session."""
    extraction, report = shared_reports.madeup_run(event)
    return tuple(c for s in extraction.claim_sets for c in s.claims), report


def _speaker(event: str, fragment: str) -> str | None:
    claims = [
        c
        for c in _run(event)[0]
        if any(fragment in e.quote for e in c.evidence) and not role_fact(c)  # (a role)
    ]
    if len(claims) > 1:
        # a denial that points back at the statement it rejects cites that statement too,
        # after its own words: the claim whose first citation holds the fragment is the one
        claims = [c for c in claims if fragment in c.evidence[0].quote]
    assert len(claims) == 1, [c.statement for c in claims]
    return claims[0].speaker


def _slots(event: str) -> dict[str, list[str]]:
    report = _run(event)[1]
    return {s.slot: sorted(f.text for f in s.figures) for c in report.contested for s in c.slots}


def _agreed_with(event: str, *fragments: str) -> int:
    """The origins of the agreed item whose citations hold every fragment (0: none)."""
    for item in _run(event)[1].agreed:
        quotes = " ".join(c.quote for c in item.citations)
        if all(f in quotes for f in fragments):
            return item.origins
    return 0


_EVENTS = [
    "rescue",
    "football",
    "earnings",
    "planecrash",
    "outbreak",
    "wildfire",
    "death",
    "breach",
    "election",
    "appeal",
    "protest",
    "merger",
    "summit",
    "shooting",
    "ratehike",
    "airstrike",
    "resignation",
    "typhoon",
    "budget",
    "verdict",
    "expulsion",
    "hostage",
    "bridge",
    "strike",
    "launch",
    "doping",
    "heatwave",
    "tariff",  # (the market down 1.3 and 1.6 percent: found since session 14)
    # (session 15: a contract of five and of four years, four and five days of deliberation,
    # a toll of 24 against "up to 100 feared drowned")
    "transfer",
    "verdict",
    "sinking",
]
# ... whose contested points the merge does not find yet (see the session 9 and 10
# reports): a risk given as 15 and as 12 percent, fires counted as nine and as 11
# (session 11 report)
_AGREED_ONLY = ["study", "recall"]


@pytest.mark.parametrize("event", _EVENTS + _AGREED_ONLY)
def test_every_made_up_report_has_agreed_and_where_found_contested_points(event: str) -> None:
    claims, report = _run(event)
    assert report.agreed and (event in _AGREED_ONLY or report.contested)
    # no dateline or outlet tag is ever a claim's words
    assert not [c.statement for c in claims if "(Wire One)" in c.statement]


def test_terms_written_in_words_and_a_toll_in_other_words_are_disputed() -> None:
    # "a five-year contract" / "a four-year deal" and "deliberated for four days before
    # reaching their verdict" / "a five-day deliberation": terms since session 15 (a number
    # word joined to its unit, a gerund after "before"); the coast guard's "24 people are
    # known to have died" against the aid group's "as many as 100 people may have drowned"
    # (a death word; how a count is known is no slot word); since session 66 the side is
    # labelled by the figure its own quote gives ("At least 24 people are known to have
    # died"), no longer by the coast guard's update sentence's "24", which `update_sides`
    # cuts to its clauses
    assert _slots("transfer")["term"] == ["five years", "four years"]
    assert _slots("verdict")["term"] == ["five days", "four days"]
    assert _slots("sinking")["drowned"] == ["as many as 100", "at least 24"]


def test_one_value_written_two_ways_is_one_figure_of_its_slot() -> None:
    # "1.2 million" / "1,200,000" barrels, "6.5 percent" / "6.5%", "some 3,100" / "about
    # 3,100" jobs were each shown as two rival figures of one slot (session 19, lead)
    # (since background20, session 20, the earlier cut's "2 million" is another occurrence's
    # figure, so the barrels point is gone: "1.2 million" / "1,200,000" have no rival left)
    assert "barrels" not in _slots("blind_oilcut")
    assert _slots("blind_strike")["vestrail"] == ["6 percent", "6.5 percent"]
    assert _slots("blind_bankruptcy")["jobs"] == ["as many as 5,000", "some 3,100"]


def test_football_result_agreed_crowd_disputed_speakers_named() -> None:
    assert (
        _agreed_with("football", "beat Millbrook 2-1", "2-1 victory", "beat Millbrook 2-1 at") == 3
    )
    assert _slots("football")["watched"] == ["40,000", "41,200"]
    assert _speaker("football", "Harbourside's manager, Anna Kovac") == "Anna Kovac"
    assert _speaker("football", "The referee, Mark Dyson") == "Mark Dyson"
    assert _speaker("football", "complained that Reyna was offside") == "Pell"


def test_earnings_net_income_agreed_share_moves_disputed_speakers_named() -> None:
    # net income is agreed by the two that state it and, since the link column
    # `value_shared` (session 19), the third's "Profit climbed 11 percent to $1.2 billion";
    # never mixed with the revenue claims (the revenue and net-income amounts belong to
    # owners one article tells apart)
    assert _agreed_with("earnings", "Net income rose to $1.2 billion", "Net income was") == 3
    assert not _agreed_with("earnings", "Net income", "revenue of $8.4 billion")
    assert _slots("earnings")["shares"] == ["3 percent", "4 percent"]
    assert _speaker("earnings", "Karen Liu, Norvale's chief executive") == "Karen Liu"
    assert _speaker("earnings", "analyst Peter Marsh of Greyfield Capital") == "Peter Marsh"
    assert _speaker("earnings", "A company spokesman denied") == "company spokesman"


def test_plane_crash_toll_agreed_passengers_and_crew_disputed_airline_speaks() -> None:
    # (3 since `value_shared`, session 19: the third's "the plane that crashed ..., killing
    # all 71 people on board")
    assert _agreed_with("planecrash", "all 71 people", "All 71 people") == 3
    slots = _slots("planecrash")
    assert slots["passengers"] == ["62", "65"]
    # the crew, in the same two claims, named by the noun both count ("six crew members")
    assert slots["crew"] == ["nine", "six"]
    assert _speaker("planecrash", "denied that it had any technical problems") == "Polar Air"
    assert _speaker("planecrash", "four minutes after departure") == "transport ministry"
    # "X was seven years old and had been serviced in January, the airline said": both
    # conjuncts are the airline's
    assert _speaker("planecrash", "seven years old") == "airline"


def test_outbreak_vaccine_agreed_ministry_speaks() -> None:
    assert _agreed_with("outbreak", "50,000 doses", "50,000 vaccine doses") == 2
    assert _speaker("outbreak", "infected at least 1,240") == "health ministry"
    assert _speaker("outbreak", "The ministry denied") == "ministry"
    assert _speaker("outbreak", "Aid groups said") == "Aid groups"


def test_wildfire_evacuations_agreed_acres_and_containment_disputed() -> None:
    # since offline-50 the wire's "... and forced 38,000 people to leave their homes" is a
    # claim of its own (with the wire's "fire officials" as speaker) and agrees with the
    # paper's "38,000 people have been evacuated"; the sheriff's office's "About 38,000
    # residents remain under evacuation orders" links to the paper's at p 0.38 only, under
    # the 0.5 two speakers named by their kind needed (merge/reporters.py): a known gap
    # until session 68 (devagreed68: groups whose speakers are all named by their kind join
    # on their link alone, `clusters._kinds_only`), now the third origin of the item
    assert (
        _agreed_with(
            "wildfire", "forced 38,000 people", "38,000 people have been", "About 38,000 residents"
        )
        == 3
    )
    slots = _slots("wildfire")
    assert slots["acres"] == ["95,000", "more than 89,000"]
    assert slots["contained"] == ["20 percent", "23 percent"]
    assert _speaker("wildfire", "A utility company denied") == "utility company"
    assert _speaker("wildfire", "the county sheriff's office said") == "county sheriff's office"
    # "REDDING, Calif. (Wire One) - A wildfire ...": the dateline is not the claim's
    claims = _run("wildfire")[0]
    # (since offline-50 the clause is cut at "and forced": its tail speaker goes in front)
    burned = [c.statement for c in claims if "wildfire has burned more than 89,000" in c.statement]
    assert burned == [
        "Fire officials said that a wildfire has burned more than 89,000 acres in "
        "northern California"
    ]
    # ", making it one of the largest": the sentence stays whole
    assert not [c.statement for c in claims if "made it one of the largest" in c.statement]


# Page furniture the five newer clusters carry (kickers, bylines, time stamps, list
# headings, captions, link and newsletter lines): never a claim's words.
_FURNITURE = (
    "ELECTION 2017",
    "BUDGET 2018",
    "DATA BREACH",
    "By Nora Quill",
    "By Karl Wenger",
    "Updated",
    "Key results",
    "What the budget means",
    "key findings",
    "Supporters celebrate",
    "leaves his office",
    "performing in London",
    "cup of coffee on a cafe table",
    "newsletter",
    "RELATED",
    "READ MORE",
    "Related",
    "Reporting by",
    "Follow Daily Two",
    "By Lukas Brand",
    "MINE RESCUE",
    "Timeline of the rescue",
    "Rescuers work at the entrance",
    # appeal, protest, merger, summit, shooting
    "By Hanna Roth",
    "COURTS",
    "BUSINESS",
    "Advertisement",
    "Read more",
    "Reporting by Jonas Berg",
    "arrives at the appeals court",
    "We use cookies",
    "pic.twitter.com",
    "February 17, 2018",
    "April 2, 2017",
    "Protesters clash with riot police",
    "AFP/Getty",
    "What is in the pension reform",
    "Sign up",
    "Related: Packaging",
    "Workers leave Corbel",
    "Key points",
    "shake hands",
    "UPDATE",
    "This article was amended",
    # rate decision, air strike, resignation, typhoon, recall
    "Reporting by Erik Vass",
    "ECONOMY",
    "Key facts",
    "Committee vote",
    "Eva Dahl",
    "Copyright 2018 Wire One",
    "By Farah Nasser",
    "Karim Aziz",
    "Related coverage",
    "cookie",
    "By Ola Brandt",
    "POLITICS",
    "Lina Berg",
    "By Tom Kerr",
    "(Photo: Reuters)",
    "At a glance",
    "Dead: 11",
    "Follow our live coverage",
    "By Kim Park",
    "What to do",
    "800-555-0142",
    "(Image: CPSC)",
    "Related stories",
    "Cookie settings",
    # transfer, sinking, verdict, expulsion, tariff
    "Reporting by Sam Odell",
    "Click here",
    "Follow us on Twitter",
    "@DailyTwoSport",
    "By Petra Lind",
    "This story has been updated",
    "Follow our live coverage",
    "GMT",
    "HOST:",
    "BYLINE:",
    "UNIDENTIFIED PERSON",
    "(Through interpreter)",
    # hostage, bridge, strike, launch, doping, heatwave
    "Pictured:",
    "Photograph: Qaravia",
    "RELATED:",
    "Sign up to our",
    "contributed to this report",
    "Copyright 2019",
    "By Marta Quill",
    "Updated 9 September",
    "Advertisement",
    "Lee Carr",
    "Copyright 2021",
    "Read more",
    "Why car workers",
    "(Image: Daily Two)",
    "Refresh for updates",
    "Follow us on Twitter",
    "Related: Skyforge",
    "By Chris Hale",
    "Photograph: Tim Ashe",
    "More on this story",
    "Marc Dury",
    "Cookie settings",
    "SOUNDBITE",
    "Q: Why",
    "A: ",
)


@pytest.mark.parametrize(
    "event",
    [
        "election",
        "budget",
        "death",
        "breach",
        "study",
        "rescue",
        "appeal",
        "protest",
        "merger",
        "summit",
        "shooting",
        "ratehike",
        "airstrike",
        "resignation",
        "typhoon",
        "recall",
        "transfer",
        "sinking",
        "verdict",
        "expulsion",
        "tariff",
        "hostage",
        "bridge",
        "strike",
        "launch",
        "doping",
        "heatwave",
    ],
)
def test_no_page_furniture_is_a_claim(event: str) -> None:
    claims = _run(event)[0]
    quotes = " ".join(e.quote for c in claims for e in c.evidence)
    assert not [f for f in _FURNITURE if f in quotes]


def test_election_concession_agreed_turnout_disputed_speakers_named() -> None:
    assert _agreed_with("election", "conceded defeat", "admitted defeat", "has conceded") == 3
    # "Turnout was 68 percent, the highest since 2002": the sentence's first word is the
    # share's owner and slot; the parties' seats are no dispute (each party's are agreed)
    assert _slots("election") == {"turnout": ["68 percent", "71 percent"]}
    assert _speaker("election", "Ilse Varga, the Social Democrat leader") == "Ilse Varga"
    assert _speaker("election", "Rask, 52, a former finance minister") == "Anton Rask"
    assert _speaker("election", "The nationalist Homeland Party") == "Homeland Party"
    # a quotation over two paragraphs: the first is the speaker's too
    assert _speaker("election", "This is a mandate for change") == "Anton Rask"


def test_budget_health_money_agreed_speakers_named() -> None:
    assert _agreed_with("budget", "extra $4.5 billion", "rise by $4.5 billion") == 3
    assert _speaker("budget", "A spokeswoman for the finance ministry") == (
        "finance ministry spokeswoman"
    )
    assert _speaker("budget", "Institute for Budget Studies") == "Institute for Budget Studies"


def test_death_cause_agreed_age_disputed_family_speaks() -> None:
    assert (
        _agreed_with(
            "death",
            "died of heart failure on Saturday",
            "died of heart failure,",
            "died of heart failure at her home",
        )
        == 3
    )
    assert _slots("death")["aged"] == ["68", "69"]
    assert _speaker("death", "her family said on Sunday") == "family"
    assert _speaker("death", "her family announced") == "family"
    assert _speaker("death", "The world has lost its warmest voice") == "Rosa Delgado"
    assert _speaker("death", "She taught me everything") == "Rosa Delgado"
    assert _speaker("death", "coroner's office said") == "Los Angeles County coroner's office"
    # "Police said ...", then "She is survived by ...": she is the singer
    claims = _run("death")[0]
    assert any(c.statement.startswith("Lena Marsh is survived") for c in claims)


def test_breach_inquiry_agreed_customers_disputed_speakers_named() -> None:
    assert _agreed_with("breach", "federal data protection commissioner", "has opened an") == 2
    assert {"2.5 million", "about 2.3 million"} <= set(_slots("breach")["customers"])
    assert _speaker("breach", "Online bank Quillbank says") == "Quillbank"
    assert _speaker("breach", "The law gives a bank 72 hours") == "Ada Brenner"
    assert _speaker("breach", "A Quillbank spokesman denied") == "Quillbank spokesman"


def test_study_finding_agreed_speakers_named_list_items_kept() -> None:
    # a list item states a finding the lead author also gives
    assert _agreed_with("study", "effect was seen in both men and women", "The benefit") == 2
    assert _speaker("study", "Lead author Dr. Maria Santos") == "Maria Santos"
    assert _speaker("study", "This is an observational study") == "Alan Reeve"
    assert _speaker("study", "The researchers said more work") == "researchers"


def test_rescue_all_rescued_agreed_quotation_over_paragraphs_named() -> None:
    assert _agreed_with("rescue", "pulled all 14 miners out alive", "All 14 miners") == 3
    assert _speaker("rescue", "It is a miracle") == "Petra Novak"
    assert _speaker("rescue", "We had almost given up hope") == "Petra Novak"
    assert _speaker("rescue", "a pump failed") == "officials"


def _together(event: str, a: str, b: str) -> bool:
    """Whether one point of the report (agreed, contested or single-source) cites both
    fragments."""
    report = _run(event)[1]
    points = [
        *([c.quote for c in item.citations] for item in (*report.agreed, *report.single_source)),
        *([c.quote for p in point.positions for c in p.citations] for point in report.contested),
    ]
    return any(any(a in q for q in quotes) and any(b in q for q in quotes) for quotes in points)


def test_a_denial_does_not_oppose_what_it_goes_on_to_say() -> None:
    # "denied that the plan would raise public debt, saying the tax cut would be paid for":
    # the tax cut is the ministry's own account, not what it denies
    assert not _together("budget", "The tax cut takes effect on July 1", "denied that the plan")


@pytest.mark.parametrize(
    ("event", "role", "title"),
    [
        ("budget", "leads the opposition", "Opposition leader Greta Holm called"),
        ("death", "She is survived by her husband", "Her husband, Carl Fenn, said"),
    ],
)
def test_who_a_person_is_and_what_they_said_are_two_points(
    event: str, role: str, title: str
) -> None:
    assert not _together(event, role, title)


def test_the_last_man_up_at_two_times_is_disputed() -> None:
    # one report gives the first and the last man's times; the last one is what the other
    # report's one time is about
    assert _together("rescue", "surface at 4:20 a.m.", "the last at 4:30 a.m.")
    assert any(
        any("4:20" in c.quote for p in point.positions for c in p.citations)
        for point in _run("rescue")[1].contested
    )


def _statements(event: str) -> list[str]:
    return [c.statement for c in _run(event)[0]]


def _contested_with(event: str, a: str, b: str) -> bool:
    """Whether one contested point has a side citing `a` and another side citing `b`."""
    report = _run(event)[1]
    for point in report.contested:
        sides = [" ".join(c.quote for c in side_quotes(report, point, p)) for p in point.positions]
        if any(a in x and b in y for x in sides for y in sides if x is not y):
            return True
    return False


def test_appeal_sentencing_date_agreed_profits_disputed_statement_is_the_lawyers() -> None:
    assert (
        _agreed_with(
            "appeal", "sentenced on July 5", "Sentencing is set for July 5", "sentence on July 5"
        )
        == 3
    )
    assert _slots("appeal")["crowns"] == ["340 million", "360 million"]
    # '"…," the statement said' after "His lawyer said in a statement ..."
    assert _speaker("appeal", "He will appeal to the Supreme Court") == "lawyer"
    assert _speaker("appeal", "Mr Sandvall has always maintained") == "lawyer"
    assert _speaker("appeal", "The three-judge panel said") == "three-judge panel"
    assert _speaker("appeal", "The auditing firm, Brandt & Co") == "Brandt & Co"
    # "X, who ran the firm, faces ... after judges dismissed his appeal": X says nothing,
    # in the relative clause (its own claim since session 24) or in the main clause
    assert _speaker("appeal", "ran Dantec for a decade") is None
    assert _speaker("appeal", "faces up to eight years in prison") is None
    # ", rejecting his claim that ...": the court's denial, never a fragment
    statements = _statements("appeal")
    assert "A Norland appeals court rejected his claim that the trial judge had been biased." in (
        statements
    )
    assert not [s for s in statements if s.lower().startswith("rejecting")]


def test_protest_police_count_agreed_each_side_gives_its_own_figure() -> None:
    assert (
        _agreed_with(
            "protest", "Police said 45,000", "According to police, about 45,000", "drew 45,000"
        )
        == 3
    )
    assert _speaker("protest", "organisers put the number at 120,000") == "organisers"
    assert _speaker("protest", "Police said 45,000") == "Police"
    assert _speaker("protest", "The organisers said 150,000") == "organisers"
    assert _speaker("protest", "said more strikes would follow") == "CGL union"
    # "he added" after "…, an interior ministry spokesman said"
    assert _speaker("protest", "Eight police officers") == "interior ministry spokesman"
    # the paragraph above an embedded post is the outlet's report of what Fabre said
    assert _speaker("protest", "in an interview with Radio Gallen") == "Marc Fabre"
    # "a group of masked protesters smashed ... and set fire to ...": never "A group of set"
    assert not [s for s in _statements("protest") if "group of set" in s]


def test_merger_deal_agreed_jobs_disputed_speakers_named() -> None:
    assert _agreed_with("merger", "$14 billion all-stock deal", "deal worth $14 billion") == 2
    assert _slots("merger")["jobs"] == ["about 3,000", "around 3,500"]
    assert _speaker("merger", "We found out from the news") == "Tom Reyes"
    assert _speaker("merger", "The United Packaging Workers union") == (
        "United Packaging Workers union"
    )
    assert _speaker("merger", "the companies said") == "companies"
    # "The planned merger of Halvern and Corbel will cost ...": not cut at "and"
    assert not [s for s in _statements("merger") if s.startswith("Corbel will cost")]


def test_summit_commission_agreed_reported_concession_denied_post_is_only_the_post() -> None:
    assert (
        _agreed_with("summit", "joint commission on border security", "joint border commission")
        >= 2
    )
    assert _contested_with("summit", "Valdoria had agreed to drop", "Valdoria denied reports")
    assert _speaker("summit", "sold out our farmers") == "Greta Lund"
    assert _speaker("summit", "Moor's office rejected the criticism") == "Moor's office"
    assert _speaker("summit", "Opposition leaders in Valdoria") == "Opposition leaders"
    # the embedded post takes in none of the article's paragraphs above it
    post = [s for s in _statements("summit") if "(@StefanMoor) wrote:" in s]
    assert post == ["Stefan Moor (@StefanMoor) wrote: Our farmers and families will benefit."]


def test_shooting_toll_agreed_early_figure_and_correction_read_whole() -> None:
    assert _agreed_with("shooting", "killing five people", "Five people were killed") == 2
    statements = _statements("shooting")
    # "Five people were killed and 11 injured when ...": the gapped passive says "were"
    assert any(s.startswith("11 were injured when") for s in statements)
    # "Police had earlier said seven ..., but later corrected the figure to five."
    assert "Police later corrected the figure to five." in statements
    assert _speaker("shooting", "We will get through this together") == "Tom Lucero"
    assert _speaker("shooting", "Police said Hocking had legally bought") == "Police"
    assert _speaker("shooting", "Hocking's brother denied") == "Hocking's brother"
    post = [s for s in statements if "(@GovMerritt) wrote:" in s]
    assert post == [
        "Gov. Ann Merritt (@GovMerritt) wrote: My thoughts are with everyone in Brenton tonight."
    ]


def test_rate_decision_rate_agreed_wire_copy_one_origin_market_move_disputed() -> None:
    # the wire copy with a new top (04) counts once: four articles, three origins
    assert (
        _agreed_with(
            "ratehike", "75 basis points to 3.25 percent", "benchmark rate to 3.25", "main rate"
        )
        == 3
    )
    # (the slot is the krona's: "against", a preposition, is no counted noun or slot word)
    assert _slots("ratehike")["krona"] == ["1.2 percent", "1.5 percent"]
    # "75 basis points" and "three-quarters of a percentage point" are one figure
    assert _agreed_with("ratehike", "75 basis points", "three-quarters of a percentage") == 3
    # a role with no article after the quotation's speaker
    assert _speaker("ratehike", "This was the right call") == "Nina Falk"
    # a quotation over two paragraphs: the first is the governor's too
    assert _speaker("ratehike", "We will do what it takes") == "Mira Holt"
    assert _speaker("ratehike", "simply false") == "finance ministry spokesman"


def test_air_strike_toll_disputed() -> None:
    # a count of people and a count of a kind of people, of one act's dead: one slot
    assert _contested_with("airstrike", "killed 12 civilians", "At least 14 people")
    assert _slots("airstrike")["killed"] == ["12", "at least 14"]


def test_no_number_word_of_a_name_is_a_count() -> None:
    # "told Daily Two": a name's word, never "how many local officials: seven vs two"
    points = [p.rule for p in _run("airstrike")[1].contested]
    assert not [r for r in points if "vs two" in r.casefold() or "two vs" in r.casefold()], points


def test_air_strike_army_account_agreed_toll_disputed_speakers_named() -> None:
    assert _agreed_with("airstrike", "struck a weapons depot", "rebel weapons depot") == 2
    # the army's denial answers the toll its article gives just before it (session 13)
    assert _contested_with("airstrike", "killed 12 civilians", "denied that any civilians")
    assert _speaker("airstrike", "The strike hit a primary school") == "Omar Haddad"
    assert _speaker("airstrike", "There were no fighters") == "Amina Yusuf"
    assert _speaker("airstrike", "Our forces only target") == "Idris Saleh"
    # "..., which local authorities say killed 12": never the speaker of the UN's call; the
    # relative clause is the local authorities' own claim (offline-51, madeup15), agreed
    # with the wire's "killed 12 civilians, ..., local officials said"
    assert _speaker("airstrike", "The United Nations has called for an") is None
    assert _speaker("airstrike", "local authorities say killed 12") == "Local authorities"
    assert _agreed_with("airstrike", "killed 12 civilians, including", "authorities say") == 2
    # 'the statement said "secondary explosions" after the strike showed ...': one claim
    assert [s for s in _statements("airstrike") if "secondary explosions" in s] == [
        'The army\'s statement said "secondary explosions" after the strike showed that '
        "ammunition had been stored at the site."
    ]


def test_resignation_agreed_amount_disputed_denial_is_the_ministers() -> None:
    # "has stepped down" joins "resigned" and "quit" (one concept since session 15)
    assert _agreed_with("resignation", "resigned on Friday", "who quit as", "stepped down") == 3
    # the newspaper's report and the minister's denial, each told by two origins, are
    # agreed too, beside the point that shows the two (session 15, madeup15)
    assert _agreed_with("resignation", "denied any wrongdoing", "Sol has denied") == 2
    # "reported last week that he had charged 48,000 euros": today's claim, a side
    assert _slots("resignation")["euros"] == ["48,000", "62,000"]
    # "X resigned over allegations that he ..., but denied any wrongdoing": the claims
    # against him meet his denial
    assert _speaker("resignation", "denied any wrongdoing") == "Henrik Sol"
    assert _contested_with("resignation", "billed taxpayers for 62,000", "denied any wrongdoing")
    assert _speaker("resignation", "insists he has done nothing wrong") == "Henrik Sol"
    assert _speaker("resignation", "newspaper reported last week") == "Morning Ledger"
    assert _speaker("resignation", "her spokesman said") == "spokesman"
    assert _speaker("resignation", "every trip had been approved") == "Dana Frei"


def test_typhoon_toll_rising_through_the_day_is_one_point_with_its_times() -> None:
    assert _slots("typhoon")["killed"] == ["11", "at least three"]
    # "..., and officials said the number could rise": a claim of its own
    assert _speaker("typhoon", "officials said the number could rise") == "officials"
    assert _contested_with("typhoon", "rose to 11 on Friday evening", "at least three people")
    assert _speaker("typhoon", "The worst is still to come") == "Ana Reyes"
    assert _speaker("typhoon", "accused the weather service") == "Rita Vaz"
    assert _speaker("typhoon", "lost power") == "national grid operator"
    assert any(s.startswith("Officials said that Typhoon Lira") for s in _statements("typhoon"))


def test_recall_agreed_by_three_company_speaks_only_where_it_does() -> None:
    assert _agreed_with("recall", "recalling about 1.2 million", "recalled some 1.2 million") == 3
    # "Brightway Home has recalled ...": a recall, not a memory the company tells
    assert _speaker("recall", "Brightway Home has recalled") is None
    assert _speaker("recall", "Appliance maker Brightway Home") == (
        "U.S. Consumer Product Safety Commission"
    )
    assert _speaker("recall", "complaints about the heaters") == "Rachel Stone"
    assert _speaker("recall", "simply not true") == "Brightway spokeswoman"
    assert _speaker("recall", "traced to a thermostat") == "Dan Mercer"


def test_transfer_fee_in_two_currencies_agreed_never_disputed_interview_answers_named() -> None:
    # the fee in pounds (with dollars in brackets) and in euros: one fee; the wire copy with a
    # new top (04) counts once
    assert (
        _agreed_with(
            "transfer", "89 million pounds ($116 million)", "105 million euros", "£89m ($116m)"
        )
        == 3
    )
    for a, b in (("89 million pounds", "105 million euros"), ("£89m", "105 million euros")):
        assert not _contested_with("transfer", a, b)
    assert not _together("transfer", "89 million pounds", "97 million pounds")
    # "Q: ... A: ...": the answers are the interviewee's, never "A: ..."
    assert _speaker("transfer", "I trained every day until") == "Kofi Adjei"
    assert _speaker("transfer", "The manager called me herself") == "Kofi Adjei"
    assert not [s for s in _statements("transfer") if s.startswith(("A:", "Q:"))]
    assert _speaker("transfer", "His agent, Marco Feld, denied") == "Marco Feld"
    assert _speaker("transfer", "Rivera denied reports") == "Rivera"
    # the outlet's prose after the interview is not the interviewee's
    assert _speaker("transfer", "Rivera are expected to spend") is None


def test_sinking_counts_agreed_transcript_and_live_blog_read_as_an_editor_would() -> None:
    assert (
        _agreed_with(
            "sinking", "up to 100 people were feared drowned", "as many as 100 people may have"
        )
        == 3
    )
    # "a spokesman for the coast guard" and "A coast guard spokesman, Captain Ravi Anand"
    assert _agreed_with("sinking", "rescued 47 survivors", "47 people were pulled alive") == 2
    assert _agreed_with("sinking", "rejected the group's criticism", "has denied that its") == 2
    assert _speaker("sinking", "a spokesman for the coast guard said") == "coast guard spokesman"
    assert _speaker("sinking", "The coast guard has denied") == "coast guard"
    # "AT least 20 people died and dozens more were missing ..., the coast guard said":
    # both the coast guard's, and "AT" a tabloid's capitals, not an acronym
    assert "The coast guard said that at least 20 people died" in _statements("sinking")
    assert not [s for s in _statements("sinking") if "AT least" in s]
    # the transcript: the host and the reporter are the outlet, the unnamed voice nobody;
    # a first name said to the host is no part of the statement
    assert _speaker("sinking", "Forty-seven people were rescued") is None
    assert "Forty-seven people were rescued, and many of them are in hospital in Melis." in (
        _statements("sinking")
    )
    assert _speaker("sinking", "the boat went over in a few seconds") is None


def test_verdict_sentencing_agreed_quotation_over_paragraphs_is_the_prosecutors() -> None:
    assert (
        _agreed_with(
            "verdict", "set sentencing for May 10", "sentenced on May 10", "scheduled for May 10"
        )
        == 3
    )
    # ("Hale's lawyer" and "Hale's lawyer, Owen Tate,": one speaker, session 14)
    assert _agreed_with("verdict", "we will appeal", "would appeal the verdict") == 3
    assert _agreed_with("verdict", "cleared him of two counts", "not guilty of the two") == 2
    # "U.S. Attorney Grace Mellor said.", a paragraph left open, then '..., she said.'
    assert _speaker("verdict", "no one is above the law") == "Grace Mellor"
    assert _speaker("verdict", "Public officials who sell") == "Grace Mellor"
    assert _speaker("verdict", "deserve better") == "Grace Mellor"
    assert _speaker("verdict", "Prosecutors denied that the witness") == "Prosecutors"
    # "FORMER Calder City mayor ...": a tabloid's capitals before a name
    assert not [s for s in _statements("verdict") if "FORMER" in s]


def test_verdict_has_no_dispute_of_the_counts() -> None:
    # "guilty of three of five counts" / "acquitted on two" count two acts, and "up to 20
    # years in prison" is no term "led Calder City for eight years" disputes (session 13:
    # `figure_acts.opposed_acts`, a maximum term in `slots._overlap`). The points since
    # session 15: the jury's four / five days of deliberation (gold `deliberation`) and the
    # witness's deal, a denial in one article that answers the accusation before it in
    # other words (answers15)
    terms, deal = sorted(_run("verdict")[1].contested, key=lambda p: not p.slots)
    assert [s.slot for s in terms.slots] == ["term"]
    quotes = " ".join(c.quote for p in deal.positions for c in p.citations)
    assert "promised leniency" in quotes and "offered any deal" in quotes


def test_expulsion_agreed_consulates_disputed_radio_interview_named() -> None:
    # (3 since `value_shared`, session 19: the radio's "has told 23 diplomats from Kestria to
    # go home")
    assert _agreed_with("expulsion", "expelled 23 Kestrian", "ordered 23 Kestrian") == 3
    assert _contested_with("expulsion", "close two Kestrian consulates", "Three Kestrian")
    # "A:" under "Foreign Minister Erik Sand spoke to us": the minister's answers
    assert _speaker("expulsion", "we have clear evidence") == "Erik Sand"
    assert _speaker("expulsion", "We have shared our evidence") == "Erik Sand"
    # "Q: Kestria says ...": what the interviewer reports, never the minister's words; it
    # answers the minister's accusation in the answer before it
    assert _speaker("expulsion", "Kestria says the claims") == "Kestria"
    assert _contested_with("expulsion", "clear evidence that they were spying", "Kestria says")
    # "has told 23 diplomats ... to go home": an order, no speech of Dornland's
    assert _speaker("expulsion", "told 23 diplomats") is None
    assert _speaker("expulsion", "There will be a response") == "Pavel Orlov"
    assert _speaker("expulsion", "Kestria denied") == "Kestria"


def test_tariff_agreed_by_two_origins_rebuttal_keeps_its_speakers_words() -> None:
    # the wire copy with a new top and a cut tail (03) counts once
    assert _agreed_with("tariff", "25 percent tariff on $50 billion", "tariffs of 25 percent") == 2
    # "X said A and that B", X no speaker the extractor names: B still says X said it
    assert "Marvia's commerce ministry said that it would respond with measures " in " ".join(
        _statements("tariff")
    )
    assert _speaker("tariff", "The duties will start on July 6") == "government official"


def test_tariff_market_fall_disputed() -> None:
    # (an xfail until session 14: "by the close" / "closed down" now meet as one word)
    assert _contested_with("tariff", "or 1.3 percent", "down 1.6 percent")


def _speakers(event: str, fragment: str) -> set[str | None]:
    """The speakers of every claim citing `fragment` (a wire text and its copy: two)."""
    claims = [c for c in _run(event)[0] if any(fragment in e.quote for e in c.evidence)]
    assert claims
    return {c.speaker for c in claims}


def test_hostage_release_agreed_prisoners_disputed_ministry_denial_is_one_point() -> None:
    # the "(AP) —" wire copy under a fourth outlet's own top line counts once
    assert _agreed_with("hostage", "were freed on Sunday", "have been released", "been freed") == 3
    assert _slots("hostage")["freed"] == ["12", "15"]
    # "said no ransom had been paid" / "denied that any ransom was paid": one account, never
    # its own two sides
    assert (
        _agreed_with(
            "hostage", "denied that any ransom", "no ransom had been paid", "rejected reports"
        )
        == 3
    )
    assert not _contested_with("hostage", "no ransom had been paid", "denied that any ransom")
    # '"…," one of the freed men, Piet Aalders, told reporters'
    assert _speakers("hostage", "We never lost hope") == {"Piet Aalders"}
    # ("Ms Breuk" after "Veltia's foreign minister, Anna Breuk": the full name, session 32)
    assert _speaker("hostage", "Veltia does not pay ransoms") == "Anna Breuk"


@pytest.mark.xfail(
    strict=True,
    reason="a tribal elder's 'a ransom of $4 million had been paid' is not set against the "
    "ministry's denial that any ransom was paid (fresh12 report)",
)
def test_hostage_ransom_claim_and_its_denial_are_disputed() -> None:
    assert _contested_with("hostage", "ransom of $4 million", "denied that any ransom")


def test_bridge_missing_agreed_never_a_count_of_the_dead_speakers_named() -> None:
    assert (
        _agreed_with(
            "bridge",
            "Eight people were still missing",
            "eight people are still unaccounted",
            "eight remain missing",
            "eight people are still missing",
        )
        == 4
    )
    # "eight still missing" and "six have died" count two things ("Six people were killed
    # and eight remain missing": the eight are the missing)
    assert not [v for v in _slots("bridge").values() if {"six", "eight"} <= {x.lower() for x in v}]
    assert _speaker("bridge", "Any suggestion that we ignored") == "Neil Harrow"
    assert _speaker("bridge", "has denied that it ignored") == "transportation department"


def test_bridge_has_no_dispute_of_the_years() -> None:
    # 'The bridge, built in 1964, was rated ... in 2019' / '... rated ... in 2019' were read
    # as a dispute of dates (1964 vs 2019) until session 21: two claims that share one of
    # their years are no dispute of dates (nogold21, `point_vetoes`)
    assert not [c for c in _run("bridge")[1].contested if "1964" in c.rule]


def test_strike_each_sides_count_disputed_plants_agreed_speakers_named() -> None:
    # 9,000 per the union, 6,500 per the company: the sides of one count (its label was
    # "joined" until session 18: since `figure_answers` makes "Corvane put the number at
    # 6,500" answer the union's count before it, that sentence is a side and names no
    # counted thing, so the point's slot is unnamed; the figures are the same)
    report = _run("strike")[1]
    counts = [
        sorted(f.text for f in s.figures)
        for c in report.contested
        for s in c.slots
        if {"6,500", "9,000"} <= {f.text for f in s.figures}
    ]
    assert counts, _slots("strike")
    # the plants fact stays agreed; its exact origin count is the strict xfail below
    assert _agreed_with("strike", "three of the carmaker's five", "three of its five") >= 2
    assert _contested_with("strike", "accused the union of refusing", "The union denied this")
    assert _speaker("strike", "Our members have had enough") == "Rosa Delgado"
    assert _speaker("strike", "Corvane said in a statement that 6,500") == "Corvane"
    assert _speaker("strike", "The union denied this") == "union"


@pytest.mark.xfail(
    strict=True,
    reason="session 63 (disputes63's read-back): 'Corvane put the number at 6,500' now counts"
    " members, so the company's 6,500 joins its count told by a third outlet; the wire sentence"
    " stating both the 6,500 and the plants bridges the two facts into one item of 3 origins,"
    " one of which does not state the plants",
)
def test_strike_plants_fact_counts_only_the_origins_stating_it() -> None:
    assert _agreed_with("strike", "three of the carmaker's five", "three of its five") == 2


def test_strike_demand_and_offer_are_no_sides() -> None:
    # the union's 9 percent demand and the company's 4 percent offer are two things
    # (`figure_asks`, session 16; an expected failure before)
    assert "rise" not in _slots("strike") and "next year" not in _slots("strike")


def test_launch_cost_disputed_warning_denied_altitude_in_two_units_agreed() -> None:
    assert _slots("launch")["weather satellite"] == ["$220 million", "$250 million"]
    assert _contested_with("launch", "staff had raised concerns", "Skyforge denied")
    assert _contested_with("launch", "staff had raised concerns", "rejected reports that its")
    assert _agreed_with("launch", "The FAA said it would oversee", "The FAA has grounded") == 2
    # "about 45 kilometers" / "about 28 miles", "14 launches" / "13 successful": one thing
    assert set(_slots("launch")) == {"weather satellite"}
    assert _speaker("launch", "This is a painful day") == "Nora Baptiste"
    # the company is shown as itself, never as its "Skyforge Orion 3" rocket
    report = _run("launch")[1]
    shown = {s for i in report.agreed for s in i.speakers} | {
        s for c in report.contested for p in c.positions for s in p.speakers
    }
    assert "Skyforge" in shown and not [s for s in shown if "Orion" in s]


def test_doping_board_speaks_after_the_athletes_age() -> None:
    # "Voss, 27, tested positive ..., the Athletics Integrity Board said": the board
    assert _speaker("doping", "Voss, 27, tested") == "Athletics Integrity Board"
    assert _speaker("doping", "I have never cheated") == "Mara Voss"
    assert _speaker("doping", "contaminated meat eaten") == "Felix Brandt"
    assert _speaker("doping", "The federation denied") == "federation"
    assert _agreed_with("doping", "considered and rejected", "rejected her argument") == 2


@pytest.mark.xfail(
    strict=True,
    reason="aged 27 and 28, the fourth and the fifth athlete banned this year: not disputed "
    "('fourth' and 'fifth' are one agreed item with the four-year ban); the only point is a "
    "date clash of 'in March' against 'last year's world championships'",
)
def test_doping_age_and_count_disputed() -> None:
    assert _contested_with("doping", "27-year-old", "28-year-old")
    assert _contested_with("doping", "fourth Belmark athlete", "fifth athlete")


def test_heatwave_toll_disputed_by_its_sources_alerts_no_dispute() -> None:
    assert _agreed_with("heatwave", "At least 12 people", "toll stands at 12", "at least 12") == 3
    # "14 of the country's 96 departments" / "in 14 departments": a part and its whole
    assert _slots("heatwave") == {"died": ["at least 12", "at least 20"]}
    assert not [c for c in _run("heatwave")[1].contested if "96" in c.rule]
    assert _speaker("heatwave", "Every death is one too many") == "Paul Sarre"
    assert _speaker("heatwave", "denies that it has planned") == "RTM"
    # the toll's other side names its speaker: "Hospital doctors' union SMH says"
    assert _speaker("heatwave", "Hospital doctors' union") == "SMH"


@pytest.mark.xfail(
    strict=True,
    reason="the record, '46.2 degrees Celsius (115.2 degrees Fahrenheit)' / '115F' / '46.2C', "
    "is not one agreed item",
)
def test_heatwave_record_agreed_in_two_scales() -> None:
    assert _agreed_with("heatwave", "46.2 degrees Celsius", "115F", "reached 46.2C") == 3


def test_a_group_and_a_named_body_or_a_body_and_its_leader_state_one_fact() -> None:
    # "Aid groups said" / "according to Doctors Without Borders": one fact, both listed
    # (link rule 1 kept two speakers apart; consensus.merge.reporters)
    (item,) = [
        it
        for it in _run("outbreak")[1].agreed
        if "running short" in " ".join(c.quote for c in it.citations)
    ]
    assert item.origins == 2 and "running out at several clinics" in " ".join(
        c.quote for c in item.citations
    )
    assert set(item.speakers) == {"Aid groups", "Doctors Without Borders"}
    # a union and "Union leader Ivo Marek": one side of the dispute the company's denial
    # answers, told by two origins
    sides = [
        " ".join(c.quote for c in p.citations)
        for point in _run("rescue")[1].contested
        for p in point.positions
    ]
    assert any("it had warned the company" in s and "had been warned about" in s for s in sides)
    # a government official and the trade office give one start date: agreed; the office's
    # "first duties, on goods worth $34 billion" is no count the president's "$50 billion"
    # disputes (two speakers' figures of two things: the higher bar of rule 1)
    assert _agreed_with("tariff", "take effect on July 6", "duties will start on July 6") == 2
    assert not _contested_with("tariff", "$34 billion", "$50 billion")


def test_a_toll_given_as_a_higher_bound_a_day_later_is_an_update_point() -> None:
    # "at least 20 people died" (3 June) and "at least 24 people are known to have died"
    # (4 June) were one agreed toll: the later, higher bound is the count grown, shown as a
    # point with each figure's day (`figure_updates.bound_passed`, session 25)
    assert _slots("sinking")["died"] == ["at least 20", "at least 24"]
    point = next(c for c in _run("sinking")[1].contested if c.slots[0].slot == "died")
    assert "first published after every other figure" in point.rule
