"""How figures are read from one statement (session 15, figread15): each test pins one
reading that was wrong before — a modal read as a month, a time read as an earlier value,
vague counts not read, a name's number or a verb read as a count — and the rule that two
counts of one noun in two slots are two facts."""

from __future__ import annotations

import pytest

from consensus.merge.claim_reads import _counts_apart
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import Figure, figures
from consensus.vectors import Vectors


def _only(text: str) -> Figure:
    (f,) = figures(text)
    return f


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


# a month only when written as one


def test_may_after_a_number_is_the_modal_not_a_month() -> None:
    assert _only("As many as 100 may have drowned.").value == 100
    assert _only("At least 5 may be hurt.").value == 5
    assert not figures("The ceasefire began on 14 May.")  # (a day of the month)
    assert not figures("The ceasefire began on May 14.")
    # a month is a day's only right before it: the count after the date is read
    assert _only("On May 14, 12 died.").value == 12


def test_as_many_as_is_no_slot_word() -> None:
    f = _only("As many as 100 people may have drowned.")
    assert "many" not in f.slot and f.act != "many"


# an earlier value is a changed count's, not the time of what is counted


def test_a_time_makes_a_figure_earlier_not_a_prior_value() -> None:
    killed = _only("Two firefighters were killed battling the flames last week.")
    assert killed.earlier and killed.before and not killed.prior
    turnout = figures("Turnout was 61 percent, up from 58 percent.")[1]
    assert turnout.prior and turnout.before
    toll, earlier = figures("The toll rose to 30, up from five last week.")
    assert not toll.before  # (the time belongs to the earlier value)
    assert earlier.prior and earlier.noun == "" and earlier.head == ""  # ("last" counts nothing)


def test_two_counts_of_one_noun_at_two_times_are_two_facts() -> None:
    a = "Two firefighters were killed battling the flames last week."
    b = "More than 3,400 firefighters are battling the blaze."
    assert _counts_apart(figures(a), figures(b), a, b)
    # an earlier value of the count is still no rival
    c = "The toll rose to 30, up from five last week."
    d = "The toll stands at 12."
    assert not _counts_apart(figures(c)[1:], figures(d), c, d)


def test_two_years_its_sentences_place_two_counts_at_are_two_events() -> None:
    # a year the sentence opens with, or the clause closes with after the count: two
    # figures of two years are two events, never sides of one slot; a year alone makes no
    # figure earlier (a figure of the same deal now may still dispute it: test_merge)
    from consensus.merge.figure_pairs import earlier_value

    old = _only("In 2011 a second plant in nearby Tillford closed with the loss of 300 jobs.")
    cut = _only("In June 2023, the company cut 1,100 jobs, most of them in sales.")
    laid = _only("The company laid off 1,100 employees in the summer of 2023.")
    now = _only("The company said on Tuesday it would cut 2,400 jobs.")
    assert (old.when, cut.when, laid.when, now.when) == ("2011", "2023", "2023", "")
    assert not old.before and not now.before
    assert earlier_value(old, cut) and not earlier_value(cut, now)
    assert not earlier_value(cut, laid)  # one year: one event, its figures compared
    # a year inside the clause of a figure of now, or a "since", places nothing
    assert not _only("The attack, the deadliest since the bombing in 2015, killed 84 people.").when
    assert not _only("The law, passed in 2023, has put 1,412 groups on a register.").when
    assert _only("Two firefighters were killed battling the flames last week.").when == "last week"


def test_a_year_whose_when_clause_or_preposition_holds_a_count_places_it() -> None:
    # "since 2011, when ...": the "when" clause tells the year's event; "in 2024 for nine
    # days": a preposition joins the year to the count; two such years are two events
    from consensus.merge.figure_pairs import earlier_value

    then = _only("It is the first stoppage since 2011, when pilots walked out for four days.")
    dock = _only("Porters, who last walked out in 2021 for six days, are not involved.")
    assert (then.when, dock.when) == ("2011", "2021")
    assert earlier_value(then, dock)
    won = figures("Turnout fell from 70 percent in 2019, when the Blue Party won 88 seats.")[-1]
    assert won.when == "2019"
    # a verb between the year and the count places nothing ("founded in 2009 and employs")
    assert not _only("The firm, founded in 2009 and employing 300 people, said so.").when
    assert not _only("It has been closed since 2011 and lost 40 staff.").when


# vague counts


@pytest.mark.parametrize(
    ("text", "low", "high", "noun"),
    [
        ("The Taliban said the attack had left “tens of invaders” dead.", 20, 99, "invaders"),
        ("Its windshield was starred by a score of bullets.", 15, 30, "bullets"),
        ("Tens of thousands fled.", 20000, 99999, ""),
        ("Thousands fled their homes.", 2000, 9999, ""),
        ("Hundreds marched in the city.", 200, 999, ""),
        ("A truck killed dozens.", 24, 99, ""),
        ("The crowd cheered as several hundred people watched.", 200, 999, ""),
        ("Hundreds of millions of dollars were lost.", 2e8, 9.99e8, "dollars"),
    ],
)
def test_vague_counts_are_read_as_ranges(text: str, low: float, high: float, noun: str) -> None:
    f = _only(text)
    assert f.vague and (f.value, f.high) == (low, high) and f.noun == noun


@pytest.mark.parametrize(
    "text", ["He won with a score of 2-1.", "The scores were level at half time.", "He scores."]
)
def test_number_words_of_other_senses_are_no_vague_counts(text: str) -> None:
    assert not [f for f in figures(text) if f.vague]


def test_a_vague_count_clashes_only_with_a_figure_it_cannot_meet() -> None:
    score = "Its windshield was starred by a score of bullets."
    ctx = _context(score, "Police sprayed more than 40 bullets into the windshield.")
    assert ctx.figure_relation(0, 1)[1]  # about twenty is never more than 40
    ctx = _context(score, "Police fired about 20 bullets into the windshield.")
    assert not ctx.figure_relation(0, 1)[1] and ctx.figures_agree(0, 1)


# what a number counts, and what is no count


def test_a_past_verb_after_a_number_is_no_counted_noun() -> None:
    assert _only("Two voted for a smaller rise.").noun == ""
    assert _only("According to the paper, the three missed the team dinner.").noun == ""
    assert _only("The fire was 20 percent contained by Monday.").noun == ""
    assert _only("Officials said at least 84 now lay dead.").noun == ""  # (an adverb)
    assert _only("Around 260,000 homes lost power.").head == "homes"  # (a verb ends it)
    armed = _only("Police said 50 armed soldiers arrived.")
    assert (armed.noun, armed.head) == ("armed", "soldiers")  # (an adjective of the noun)


def test_a_names_number_and_a_code_are_no_figures() -> None:
    assert not figures("He boarded Flight 3756, operated by a regional carrier.")
    assert not figures("The council added Billions No. 18 to the list.")
    assert not figures("The deployment of 5G networks is slow.")
    # a name's number before a noun is the name's too; after a preposition, a place
    assert [f.value for f in figures("It carried out 13 successful Orion 3 launches.")] == [13]
    assert _only("In Paris 84 people died.").value == 84
    assert _only("Ships sold oil to North Korea 30 times.").value == 30  # (no count before)
    assert _only("About 30 people were hurt.").value == 30


def test_a_counts_act_is_no_pronoun_number_or_unit() -> None:
    _, algerians, toll = figures(
        "At least three Tunisians and three Algerians were among the 84 people killed."
    )
    assert algerians.act == toll.act == ""  # (no "three", no "among")
    assert _only("The group tells us that 100 people may have drowned.").act != "us"
    _, amount = figures("Revenue grew 9 percent to $8.4 billion.")
    assert amount.act != "percent"


# two counts of one noun in two slots


@pytest.mark.parametrize(
    ("text", "pred"),
    [
        ("Two firefighters were killed battling the flames.", "killed"),
        ("More than 3,400 firefighters are battling the blaze.", "battling"),
        ("At least seven people are now confirmed as having died.", "died"),
        ("About 100 people were feared drowned.", "drowned"),
        ("Rescuers pulled 47 people from the water.", ""),  # (an object)
        ("Two firefighters battling the blaze were hurt.", ""),  # (a participle, no verb)
        ("Officials released 12 prisoners held on terrorism charges.", ""),  # (no auxiliary)
        ("The storm brought winds of 120 mph.", ""),  # (a measure)
    ],
)
def test_the_verb_a_count_is_the_subject_of(text: str, pred: str) -> None:
    assert figures(text)[0].pred == pred


def test_counts_of_one_noun_doing_two_acts_are_no_rival_values() -> None:
    for a, b in (
        ("Three firefighters were injured.", "About 500 firefighters were fighting the fire."),
        ("Twelve soldiers were wounded.", "About 850 soldiers are stationed at the camp."),
    ):
        ctx = _context(a, b)
        assert ctx.figure_relation(0, 1) == (False, ""), (a, b)
        assert _counts_apart(figures(a), figures(b), a, b)  # (two facts, no join)
    # one act told with two verbs of one concept stays a dispute
    ctx = _context("Seven firefighters were killed.", "Five firefighters died.")
    assert ctx.figure_relation(0, 1)[1]


def test_a_count_of_a_qualified_noun_is_a_part_of_the_bare_nouns() -> None:
    a = "It was the first failure in 14 launches of the rocket."
    b = "The company has carried out 13 successful launches since 2019."
    assert _context(a, b).figure_relation(0, 1) == (False, "")
    # the same word on both sides: one slot, a dispute
    ctx = _context("It made 14 successful launches.", "It made 13 successful launches.")
    assert ctx.figure_relation(0, 1)[1]


def test_a_state_after_an_adverb_is_what_a_count_counts() -> None:
    # "at least 84 now lay dead": "now" says when and "lay" is the verb of a state, so the
    # slot is "dead" (the toll), as "84 were killed" is; read as "now" or "lay", the count
    # met no other toll and its "now" (a later figure) was lost to the point's timeline
    f = _only("At least 84 now lay dead after a lorry tore into the crowd.")
    assert f.value == 84 and f.slot[:1] == ("dead",), f
    g = _only("About 40 people remain missing after the flood.")
    assert "remain" not in g.slot and "missing" in g.slot, g


def test_the_numbers_of_a_ratio_are_no_counts() -> None:
    # "one in seven services ran" is a share: seven is no count of services (a rival of
    # "at least six services" in blind_strike); a count "in" a smaller number is a count.
    # (Session 55: the ratio is read as the one share it tells, `figure_ratio.ratio_shares`.)
    got = figures("Only about one in seven of its services ran on Monday.")
    assert [(f.value, f.unit) for f in got] == [(14.3, "%")]
    got = figures("Two out of every five voters stayed home; 1 in 4 trains ran.")
    assert [(f.value, f.unit) for f in got] == [(40.0, "%"), (25.0, "%")]
    assert [f.value for f in figures("Gunmen killed 12 in two attacks.")] == [12.0, 2.0]
    assert [f.value for f in figures("Three in five years is the rate.")] == [3.0]


def test_terms_of_two_acts_by_two_doers_are_two_slots() -> None:
    # "ruled them for a dozen years" / "ran the city hall for six years": how long two
    # doers did two things (blind_election); one act's two terms still clash, and so do
    # two hyphen-joined terms of bare nouns ("a five-year contract" / "a four-year deal")
    ruled = "Voters threw out a government that ruled them for a dozen years."
    mayor = "Ana Holt ran the harbour city hall for six years."
    assert _context(ruled, mayor).figure_relation(0, 1) == (False, "")
    led = "Ana Holt ran the harbour city hall for eight years."
    assert _context(mayor, led).figure_relation(0, 1)[1]
    five, four = "He agreed a five-year contract.", "He signed a four-year contract."
    assert _context(five, four).figure_relation(0, 1)[1]


def test_a_demand_and_an_offer_are_two_slots() -> None:
    # "demanding a pay rise of 11 percent" / "the company's offer of 6.5 percent": one
    # negotiation's two asks (blind_strike); two offers still dispute one slot
    from consensus.merge.figure_asks import ask

    demand = "The guild is demanding a pay rise of 12 percent over three years."
    wants = "The guild wants 12 percent over three years."
    offer = "Harlow's offer of 7 percent over three years is too little, the guild says."
    offered = "Harlow has offered 7.5 percent over the same three years."
    assert [ask(_only(t)) for t in (demand, wants, offer, offered)] == [
        "demand",
        "demand",
        "offer",
        "offer",
    ]
    assert _context(demand, offer).figure_relation(0, 1) == (False, "")
    assert _context(wants, offered).figure_relation(0, 1) == (False, "")
    assert _context(offer, offered).figure_relation(0, 1)[1]
    assert _context(demand, "The guild is demanding 10 percent over three years.").figure_relation(
        0, 1
    )[1]
