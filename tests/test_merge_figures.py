"""Figures with their slots (consensus.merge.figures): what a number counts decides whether
two claims give one slot two values (a dispute) or speak of different things."""

from __future__ import annotations

import pytest
from report_checks import made_up_report

from consensus.merge.clock import clock_times, times_clash
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.disputes import _prints_disputed, disputed_slots, inner_disputes
from consensus.merge.features import _build_features, _Feat
from consensus.merge.figure_pairs import places_differ
from consensus.merge.figures import Figure, figures
from consensus.models import Claim, ClaimKind, Evidence
from consensus.vectors import Vectors


def test_bound_value_and_slot_of_a_death_toll() -> None:
    (f,) = figures("At least seven people were killed when a tram derailed")
    assert (f.value, f.bound, f.unit) == (7.0, "min", "")
    assert f.slot[0] == "killed"


def test_a_unit_spelled_two_ways_is_one_unit() -> None:
    # "a 25-tonne truck" and "a 19-ton delivery truck" give one measure two values
    units = {f.unit for t in ("a 25-tonne truck", "a 19-ton truck", "19 tons of aid")
             for f in figures(t)}  # fmt: skip
    assert units == {"ton"}
    assert {f.unit for f in figures("a 5 km walk and 3 kilometres more")} == {"km"}


def test_the_head_of_the_noun_phrase_names_what_is_counted() -> None:
    # "a 19-ton delivery truck" counts a truck, like "a 25-tonne truck" (the Nice truck's
    # weight); "eight fire engines" and "five fire rescue units" count different things
    ctx = _context(
        "He ploughed a 25-tonne truck into crowds.",
        "The attacker used a 19-ton delivery truck to approach the promenade.",
        "There were eight fire engines at the scene.",
        "Five fire rescue units containing specialist equipment were at the scene.",
        "More than 70 firefighters were at the scene.",
    )
    (truck,), (delivery,) = ctx.figs[0], ctx.figs[1]
    assert (truck.head, delivery.head) == ("truck", "truck")
    assert ctx.same_slot(truck, delivery)
    (engines,), (units,), (firefighters,) = ctx.figs[2], ctx.figs[3], ctx.figs[4]
    assert not ctx.same_slot(engines, units)
    assert not ctx.same_slot(firefighters, engines)


def test_slot_words_without_a_closing_attribution_make_one_slot_too() -> None:
    # who tells a figure is not what it counts: two outlets' speakers made one count two
    # slots ("police spokesman" / "city's mayor"); the words stay in `slot` (one body's two
    # figures still meet by them), `untold` reads the slot without them
    (f,) = figures("Police arrested four people, a police spokesman said.")
    (g,) = figures("Police arrested 11 people, the city's mayor said on Sunday.")
    (h,) = figures("A dozen people were arrested, according to the interior ministry.")
    assert f.untold == g.untold == h.untold == ("arrested",)
    assert f.slot[:2] == ("police", "spokesman")
    assert figures("Police arrested four people in the square.")[0].untold == ()
    ctx = _context(
        "Police arrested four people, a police spokesman said.",
        "Police arrested 11 people, the city's mayor said.",
    )
    assert ctx.same_slot(ctx.figs[0][0], ctx.figs[1][0])
    # a clause that goes on after its comma keeps its words ("fleeing" is no speech)
    (k,) = figures("The storm killed nine, flattening homes and sending residents fleeing.")
    assert "flattening" in k.slot and k.untold == ()


def test_two_places_telling_counts_make_no_slot_of_their_untold_words() -> None:
    # the untold slot meets the place vetoes the ordinary slot path applies: what a figure
    # counts is keyed without its speaker's words ("killed", never "interior"), and two
    # attributions naming two places or parties tell two counts
    (v,) = figures("The quake killed 61 people, Vardenian officials said.")
    (k,) = figures("The quake killed 12 people, Kostrava's emergency ministry said.")
    (w,) = figures("The quake killed 38 people, the Vardenia interior ministry said.")
    assert v.told_by == {"vardenian"} and k.told_by == {"kostrava"}
    ctx = _context(
        "The quake killed 61 people, Vardenian officials said.",
        "The quake killed 12 people, Kostrava's emergency ministry said.",
        "The quake killed 38 people, according to officials in Vardenia.",
    )
    (a,), (b,), (c,) = ctx.figs
    assert not ctx.same_slot(a, b)
    assert ctx.same_slot(a, c)  # (a demonym meets its country)
    assert w.untold == ("killed", "quake")
    # a person's name before the speech verb is no place ("Mayor Anne Hidalgo said")
    assert figures("Police held 11 people, Mayor Anne Hidalgo said.")[0].told_by == frozenset()


def test_a_time_of_day_is_no_figure() -> None:
    assert figures("We were called at 6.13 to an incident in the town.") == []
    assert [f.value for f in figures("The tram was going at 12.50 mph.")] == [12.5]
    assert [f.value for f in figures("Shares rose 6.13 percent.")] == [6.13]


def test_amounts_carry_their_currency_and_scale() -> None:
    (f,) = figures("Broadcom made a $121 billion offer on Monday")
    assert (f.value, f.unit, f.noun) == (121e9, "$", "offer")


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        (
            "A truck rammed into the crowd, killing dozens and injuring around 100, media say",
            "100",
            "injuring",
        ),
        ("The blast killed 12, police said on Friday", "12", "killed"),
        # a day between the figure and the comma still closes the clause ("six" is the
        # toll that rose, not the wounded of the next clause); a toll counts the dead
        # (figure_counts.py), so "death" leads its slot words
        ("The death toll rose to at least six Friday, with more than 100 wounded", "six", "death"),
        ("The toll rose to nine on Sunday morning, with dozens hurt", "nine", "death"),
    ],
)
def test_a_figure_that_closes_its_clause_takes_the_verb_before_it(
    text: str, figure: str, verb: str
) -> None:
    # the words after the comma belong to the next clause ("media say"), not to the count
    (found,) = [f for f in figures(text) if f.text == figure]
    assert found.slot[0] == verb, found.slot


def test_an_aside_after_the_figure_is_not_its_slot() -> None:
    first = figures("Police said 84 people, including 10 children, were killed")[0]
    assert first.value == 84.0 and first.slot[0] == "killed"


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("A gunman wounded nine before he was shot dead by police.", "wounded"),
        ("The gunman killed five people before he was shot dead.", "killed"),
        ("11 were injured when a gunman opened fire at the mall.", "injured"),
    ],
)
def test_a_subordinate_clause_after_the_figure_is_not_its_slot(text: str, slot: str) -> None:
    # the clause after "before" / "when" tells another act: the shooting of the gunman is
    # no count of the wounded
    (first,) = figures(text)
    assert first.slot[0] == slot, first.slot
    assert "shot" not in first.slot and "opened" not in first.slot


def test_years_dates_and_ages_are_no_figures() -> None:
    found = figures("The 42-year-old driver was arrested on 9 November 2016 in 2016.")
    assert [f.value for f in found] == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("About 20-25 people were hurt in the crash.", 20.0, 25.0),
        ("Roughly between six or 10 vehicles were damaged.", 6.0, 10.0),
        ("Between 20 and 25 homes were destroyed.", 20.0, 25.0),
        ("Six or seven people died in the fire.", 6.0, 7.0),
    ],
)
def test_ranges_written_with_and_or_to(text: str, low: float, high: float) -> None:
    (f,) = figures(text)
    assert (f.value, f.high) == (low, high)


def test_two_counts_joined_by_and_are_no_range() -> None:
    found = figures("The blast killed two and injured five people.")
    assert [(f.value, f.high) for f in found] == [(2.0, None), (5.0, None)]


def test_modal_and_range_words_are_no_slot_words() -> None:
    (f,) = figures("At first there would have been roughly 10 vehicles at the scene.")
    assert "would" not in f.slot and "roughly" not in f.slot


@pytest.mark.parametrize(
    ("text", "minutes", "rough"),
    [
        ("The attack happened at around 11:30pm local time", 23 * 60 + 30, True),
        ("The tram crashed at 6.10am on Wednesday", 6 * 60 + 10, False),
        ("Police were called shortly after 6 a.m.", 6 * 60, True),
        ("More than 50 were taken to hospital just after 06:00 GMT", 6 * 60, True),
        ("The council met at noon", 12 * 60, False),
        ("The first blast was at 12am", 0, False),
    ],
)
def test_clock_times_in_twelve_and_twenty_four_hour_forms(
    text: str, minutes: int, rough: bool
) -> None:
    (t,) = clock_times(text)
    assert (t.minutes, t.rough) == (minutes, rough)


def test_prices_scores_and_years_are_no_clock_times() -> None:
    assert clock_times("Shares fell 1.5 percent to 65.09 in 2016; Chelsea won 2-1.") == ()


def test_clock_times_clash_beyond_their_slack() -> None:
    around_11, at_1130 = clock_times("around 11pm"), clock_times("at 11:30pm")
    assert times_clash(around_11, at_1130) == "11pm vs 11:30pm"
    # an approximate time agrees with one a few minutes off; two exact ones barely differ
    assert times_clash(clock_times("shortly after 6am"), clock_times("at 6.10am")) == ""
    assert times_clash(clock_times("at 6.10am"), clock_times("at 6.12am")) == ""
    # several times in one claim (a call, then a crash) are not compared
    both = clock_times("called at 6.04am, the crash was at 6.10am")
    assert times_clash(both, clock_times("at 9am")) == ""


def test_a_lower_bound_agrees_with_a_figure_just_above_it() -> None:
    from consensus.merge.slots import _overlap

    (over_50,) = figures("Over 50 people were taken to hospital.")
    (total_51,) = figures("A total of 51 people were taken to hospital.")
    (at_least_5,) = figures("At least five people were killed.")
    (seven,) = figures("Seven people were killed.")
    assert _overlap(over_50, total_51) and _overlap(total_51, over_50)
    # "at least five" vs "seven" stays a dispute (the Croydon example)
    assert not _overlap(at_least_5, seven)


def test_a_bound_at_a_round_number_speaks_in_its_last_digit() -> None:
    # "more than 70" is seventy-something: 77 is no dispute, 84 is; "more than 100" is
    # 100-odd (120 is another count), "fewer than 100" is in the nineties
    from consensus.merge.slots import _overlap

    (over_70,) = figures("We hear that more than 70 people are dead.")
    (over_100,) = figures("More than 100 people were wounded.")
    (under_100,) = figures("Fewer than 100 people were wounded.")

    def count(n: str) -> Figure:
        (fig,) = figures(f"{n} people were killed.")
        return fig

    assert _overlap(over_70, count("77")) and _overlap(count("77"), over_70)
    assert not _overlap(over_70, count("84"))
    assert _overlap(over_100, count("105")) and not _overlap(over_100, count("120"))
    assert _overlap(under_100, count("95")) and not _overlap(under_100, count("50"))


def test_a_rough_round_figure_agrees_with_the_figure_it_rounds() -> None:
    # "about 1,400 groups" is 1,412 rounded (no dispute); "about 2,400" and 2,500 clash;
    # "nearly 80" is just under 80: 78 agrees, 84 is a later, higher count
    from consensus.merge.slots import _overlap

    def count(n: str) -> Figure:
        (fig,) = figures(f"{n} groups registered under the law.")
        return fig

    assert _overlap(count("About 1,400"), count("1,412"))
    assert _overlap(count("1,412"), count("some 1,400"))
    assert not _overlap(count("about 2,400"), count("2,500"))
    assert not _overlap(count("about 84"), count("86"))
    assert _overlap(count("nearly 80"), count("78"))
    assert not _overlap(count("Nearly 80"), count("84"))
    assert not _overlap(count("almost 80"), count("84"))


def test_a_figure_that_agrees_outweighs_a_figure_of_other_things() -> None:
    # "two hospitals" is no second count of those taken to hospital: 51 agrees with
    # "more than 50", so the pair is no figure dispute (link.py's rule 3 asks this)
    ctx = _context(
        "More than 50 were taken to hospital after the derailment.",
        "A total of 51 had been taken to two hospitals after the derailment.",
    )
    assert ctx.figure_relation(0, 1) == (False, "taken: 50 vs two")
    assert ctx.figures_agree(0, 1)
    other = _context(ctx.views[0].statement, "Ten were taken to two hospitals.")
    assert not other.figures_agree(0, 1)


def test_a_vague_count_agrees_with_the_figures_it_admits() -> None:
    # "dozens were injured" is no dispute with "more than 50 were injured" (Croydon's
    # injured point listed "50 vs dozens"), but it is with "five were injured"
    ctx = _context(
        "Dozens of people were injured when the tram derailed.",
        "More than 50 people were injured when the tram derailed.",
        "Five people were injured when the tram derailed.",
        "Hundreds of people were injured when the tram derailed.",
        "About 100 people were injured when the tram derailed.",
        "Exactly 100 people were injured when the tram derailed.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2)[1] == "injur: Dozens vs Five"
    assert ctx.figure_relation(1, 3)[1] == "injur: 50 vs Hundreds"
    # a rough figure near the range ("about 100") is no dispute with "dozens"; an exact one is
    assert ctx.figure_relation(0, 4) == (False, "")
    assert ctx.figure_relation(0, 5)[1] == "injur: Dozens vs 100"


def _context(*statements: str) -> PairContext:
    """The comparisons' context of claims from different articles, without vectors."""
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def _members(*said: tuple[str, str]) -> list[_Feat]:
    """(origin, statement) -> the features of one group, one article per statement."""
    entries = [
        (
            f"a{k}",
            0,
            Claim(
                statement=text,
                kind=ClaimKind.event,
                subject="it",
                evidence=(Evidence(quote=text, start=0, end=len(text)),),
            ),
        )
        for k, (_origin, text) in enumerate(said)
    ]
    feats = _build_features(entries)
    for f, (origin, _text) in zip(feats, said, strict=True):
        f.origin = origin
    return feats


def test_a_group_agreeing_on_one_figure_disputes_another_slot() -> None:
    # joined on "eight fire engines"; four rescue units against five
    group = _members(
        ("o1", "More than 70 firefighters, eight fire engines and four rescue units are there."),
        ("o2", "Eight fire engines, five fire rescue units and 22 ambulance crews attended."),
        ("o3", "Eight fire engines were sent to the scene."),
        ("o4", "There are eight fire engines and four fire and rescue crews in attendance."),
    )
    ((sides, clash),) = inner_disputes(group)
    # four (one of them in other words: "four fire and rescue crews"), five
    assert [[f.article for f in side] for side in sides] == [["a0", "a3"], ["a1"]]
    assert clash == [("unit", "four", "five")]
    slots = disputed_slots(sides, [2, 1], clash)
    assert [(s.slot, [(f.text, f.positions) for f in s.figures]) for s in slots] == [
        ("rescue units", [("four", (0,)), ("five", (1,))])
    ]


@pytest.mark.parametrize(
    "said",
    [
        # one source writes both figures: an update it reports, not a dispute
        [
            ("o1", "Broadcom raised its offer to $82 a share, up from $70 a share in November."),
            ("o2", "Its first offer, of $70 per share, came in November."),
            ("o3", "The new bid of $82 a share is its best and final offer."),
        ],
        # the same figure, or figures of different things
        [
            ("o1", "Eight fire engines and four rescue units are at the scene."),
            ("o2", "Eight fire engines and four rescue units were sent."),
        ],
        [
            ("o1", "Eight fire engines were at the scene."),
            ("o2", "Five fire rescue units were at the scene."),
        ],
        # a lower bound and a figure just above it agree
        [("o1", "More than 50 people were injured."), ("o2", "51 people were injured.")],
        # two claims of one origin are not two sources disagreeing
        [("o1", "Four rescue units are at the scene."), ("o1", "Five rescue units attended.")],
    ],
)
def test_no_dispute_inside_a_group_where_its_sources_do_not_disagree(
    said: list[tuple[str, str]],
) -> None:
    assert inner_disputes(_members(*said)) == []


def test_a_qualified_count_keeps_its_qualifier() -> None:
    # "four are seriously injured" is not "four injured"; "two still trapped" not "two
    # trapped": the slot shows what each side's figure says
    hurt = _members(
        ("o1", "At least 40 people were injured."),
        ("o2", "Twenty were treated, of which four are seriously injured."),
    )
    (slot,) = disputed_slots([[hurt[0]], [hurt[1]]], [1, 1], [("injur", "40", "four")])
    assert [f.text for f in slot.figures] == ["at least 40", "four seriously injured"]
    trapped = _members(("o1", "Five people were initially trapped."), ("o2", "Two still trapped."))
    (slot,) = disputed_slots([[trapped[0]], [trapped[1]]], [1, 1], [("trapp", "Five", "Two")])
    assert (slot.slot, [f.text for f in slot.figures]) == (
        "trapped",
        ["five initially trapped", "two still trapped"],
    )


def test_a_named_part_is_no_other_count_of_the_whole() -> None:
    # "two children from Algeria" died among "more than 10 children": a part, no dispute
    (part,) = figures("Two children from Algeria died in the attack, its ministry said.")
    (whole,) = figures("More than 10 children were among the dead, the mayor said.")
    assert part.part and not whole.part
    assert not figures("Two children were among the dead.")[0].part


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A magnitude 7.3 earthquake struck the region.", "magnitude"),
        ("A 7.2-magnitude earthquake hit the border.", "magnitude"),
        ("The quake, measured at magnitude 6.1, was felt far away.", "magnitude"),
        ("The storm was upgraded to a category 4 hurricane.", "category"),
        ("Seven people were killed in the quake.", ""),
    ],
)
def test_a_reading_on_a_scale_carries_the_scale_as_its_unit(text: str, unit: str) -> None:
    (fig,) = figures(text)
    assert fig.unit == unit


def test_a_count_names_the_place_it_counts_in() -> None:
    # "in <Place>" a few words after the number, before its clause ends
    assert [f.where for f in figures("The quake killed at least 328 people in Iran.")] == ["Iran"]
    assert figures("Seven people were killed in Iraq, officials said.")[0].where == "Iraq"
    # a month, a weekday or an event named after a place is no place of the count
    assert figures("Five people died in July.")[0].where == ""
    assert figures("Five people died in Paris attacks last year.")[0].where == ""
    assert figures("Seven people were killed.")[0].where == ""
    ctx = _context(
        "Seven people were killed in Iraq, officials said.",
        "The quake killed 328 people in Iran.",
        "Nine people died in Iraq, the ministry said.",
        "More than 400 people have died, state media said.",
    )
    # two places: two counts, never one slot; one place: a dispute
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(0, 2)[1] == "kill: Seven vs Nine"
    # the batch counts the dead place by place, so a count naming no place is no other
    # count of one place's dead
    assert ctx.figure_relation(0, 3) == (False, "")


_made_up_report = made_up_report


def test_a_report_disputes_figures_of_one_thing_in_one_place() -> None:
    report = _made_up_report("quake")
    slots = {s.slot: sorted(f.text for f in s.figures) for c in report.contested for s in c.slots}
    assert slots["magnitude"] == ["7.2", "7.3"]
    assert slots["died in Iraq"] == ["nine", "seven"]
    # no slot sets a toll of Iran against one of Iraq, nor a magnitude against a count
    for texts in slots.values():
        assert not ({"seven", "nine"} & set(texts) and {"at least 328", "530"} & set(texts))
    assert report.summary is not None
    # (session 27: "killed 530 people in Iran, the country's emergency services chief said"
    # no longer takes its speaker's words as slot words, so Iran's toll is disputed too and
    # the point's summary line leads with the tolls; the magnitude stays a slot above)
    assert any(
        "at least 328" in line.text and "530" in line.text for line in report.summary.contested
    )


def test_a_count_of_the_capital_is_never_one_item_with_a_count_of_the_country() -> None:
    # "In Paris, the ministry counted 65,000 marchers" beside "806,000 ... across France":
    # two places, so two items; "tens of thousands marched" admits 65,000
    report = _made_up_report("protest")
    for item in report.agreed:
        quotes = " ".join(c.quote for c in item.citations)
        assert not ("65,000" in quotes and ("806,000" in quotes or "800,000" in quotes)), item
    # the union's 250,000 "took part in the Paris march" and the ministry's 65,000
    # marchers in Paris dispute the capital's march (session 16: "took part" is no slot
    # word; before, the two were one agreed item of two origins, a wrong join)
    assert not [
        i
        for i in report.agreed
        if "65,000" in " ".join(c.quote for c in i.citations)
        and "250,000" in " ".join(c.quote for c in i.citations)
    ]
    assert any(
        {"250,000", "65,000"} <= {f.text for s in c.slots for f in s.figures}
        for c in report.contested
    ), [c.rule for c in report.contested]
    for c in report.contested:
        for slot in c.slots:
            texts = {f.text.casefold() for f in slot.figures}
            assert not ("65,000" in texts and any("thousands" in t for t in texts)), slot
            # nor the country's turnout against the capital's
            assert not ("65,000" in texts and texts & {"more than 800,000", "around 806,000"})


@pytest.mark.parametrize(
    ("text", "value", "high", "where"),
    [
        ("Tens of thousands of people marched through Paris.", 20000.0, 99999.0, "Paris"),
        ("Hundreds of thousands protested across the country.", 200000.0, 999999.0, ""),
        ("Thousands of people gathered in Lyon.", 2000.0, 9999.0, "Lyon"),
    ],
)
def test_vague_counts_of_thousands(text: str, value: float, high: float, where: str) -> None:
    (fig,) = figures(text)
    assert (fig.vague, fig.value, fig.high, fig.where) == (True, value, high, where)


def test_a_place_fronted_or_after_across_or_through() -> None:
    assert figures("In Paris, the ministry counted 65,000 marchers.")[0].where == "Paris"
    assert figures("Over 800,000 people took to the streets across France.")[0].where == "France"
    assert figures("In 2015, 17 people were killed.")[0].where == ""
    # a place phrase set off by commas before the figure ("the next day, in the French
    # town of Nantes, a driver ran over 10 people")
    fig = figures("The next day, in the French town of Nantes, a van hit 10 more people.")[0]
    assert fig.where == "Nantes"


def test_a_figure_rounded_to_its_own_precision_agrees() -> None:
    ctx = _context(
        "Turnout was 53.7 percent, the ministry said.",
        "Turnout was about 54 percent.",
        "Turnout was 53.68 percent.",
        "The coalition won 312 seats.",
        "The coalition won 313 seats.",
        "The bid values the company at $1.5 billion.",
        "The bid values the company at $1.48 billion.",
        "The bid values the company at $1.4 billion.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")  # 54 is 53.7 rounded
    assert ctx.figure_relation(0, 2) == (False, "")  # 53.7 is 53.68 rounded
    assert ctx.figures_agree(5, 6)  # $1.5 billion is $1.48 billion rounded
    # a count one apart, or an amount a step apart at the same precision, still clash
    assert ctx.figure_relation(3, 4)[1] == "seat: 312 vs 313"
    assert ctx.figure_relation(5, 7)[1] == "company: $1.5 billion vs $1.4 billion"
    # a figure half a step away is a tie, no rounding: "4 million" is not "3.5 million"
    prize = _context(
        "City will receive 4 million crowns in prize money.",
        "City take home 3.5 million crowns in prize money.",
    )
    assert prize.figure_relation(0, 1)[1] == "crown: 4 million vs 3.5 million"


def test_fines_imposed_and_fines_levied_are_one_act() -> None:
    # "imposed" and "levied" are one concept (data/concepts.toml): the totals are rivals,
    # not counts of two acts
    ctx = _context(
        "Fines totalling 4.2 million marks were imposed on those that refused.",
        "Fines worth 3.8 million marks had been levied on groups that failed to comply.",
    )
    assert ctx.figure_relation(0, 1)[1] == "mark: 4.2 million vs 3.8 million"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A former mayor was sentenced to 12 years in prison on Friday.", "year"),
        ("He was jailed for 12 years on Friday.", "year"),
        ("Prosecutors had asked for a 15-year sentence.", "year"),
        ("She was banned from driving for three years.", "year"),
        ("He was detained for two weeks.", "week"),
        # (session 55, grouped55: a verb of lasting takes a term as "for" does; was no figure)
        ("The talks lasted two days.", "day"),
    ],
)
def test_a_term_is_a_figure_in_its_time_unit(text: str, unit: str) -> None:
    (fig,) = figures(text)
    assert fig.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The crash was the first in 30 years.",
        "He was 58 years old.",
        "A 31-year-old man was arrested.",
        "A crowd of 17-year-olds watched.",
        "He died two days later.",
        "The talks took place two days after the vote.",
    ],
)
def test_other_durations_and_ages_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_a_report_disputes_a_prison_term_and_names_no_judge_as_the_one_who_pays() -> None:
    report = _made_up_report("court")
    slots = {s.slot: [f.text for f in s.figures] for c in report.contested for s in c.slots}
    assert {"12 years", "10 years"} <= set(slots["term"])
    assert report.summary is not None
    assert any(line.text.startswith("Term: 12 years") for line in report.summary.contested)
    # "The judge, Helen Carter, said Delaney had betrayed ... He must also pay $2 million":
    # the "He" is not the judge
    statements = [i.statement for i in (*report.agreed, *report.single_source)]
    assert not any(s.startswith("Helen Carter must") for s in statements), statements


def test_the_counted_noun_ends_before_the_verb_after_it() -> None:
    # "300,000 customers remained without power": customers, not "remained"
    assert figures("About 300,000 customers remained without power.")[0].head == "customers"
    assert figures("Germany has nearly 1,000 troops stationed there.")[0].head == "troops"
    # a hyphened word in -ed is no verb ("tram-related accidents")
    assert figures("There were 112 tram-related accidents.")[0].head == "accidents"


def test_a_list_of_places_is_more_than_one_of_them() -> None:
    (state,) = figures("In Florida, about 300,000 customers remained without power.")
    (region,) = figures(
        "More than 900,000 customers lost power across Florida, Alabama and Georgia."
    )
    assert region.where == "Florida, Alabama and Georgia"
    assert places_differ(state, region)
    # a place and its country, written with a comma, stay one place
    assert figures("84 people were killed in Nice, France.")[0].where == "Nice"


def test_close_counts_of_two_counted_things_are_no_near_clash() -> None:
    from consensus.vectors import offline_embed

    statements = (
        "About 400,000 homes and businesses were without power.",
        "Some 370,000 residents had been told to leave.",
        "Germany has about 850 soldiers at the base.",
        "Germany has nearly 1,000 troops in the country.",
    )
    words = ["homes", "residents", "soldiers", "troops"]
    texts = [*statements, *words]
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    ctx = PairContext(views, Vectors("offline", texts, offline_embed(texts)))
    assert ctx.figure_relation(0, 1) == (False, "")
    # one counted thing in other words still is ("soldiers" / "troops")
    assert ctx.figure_relation(2, 3)[1]


def test_a_decimal_below_one_is_a_figure() -> None:
    # "0.2 percent" was read as a code with a leading zero and dropped
    (fig,) = figures("Broadcom shares edged up 0.2 percent.")
    assert (fig.value, fig.unit) == (0.2, "%")
    assert figures("Dial 0207 now.") == []  # a code with a leading zero still is none


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("It expects to deliver between 8.5 million and 8.6 million cars.", 8.5e6, 8.6e6),
        ("It will cost 8.5 to 8.6 million dollars.", 8.5e6, 8.6e6),
        ("Between 20 and 25 people were hurt.", 20.0, 25.0),
    ],
)
def test_a_range_with_a_scale_word_is_one_range(text: str, value: float, high: float) -> None:
    (fig,) = figures(text)
    assert (fig.value, fig.high) == (value, high)


def test_a_falling_figure_to_a_scaled_one_keeps_its_own_value() -> None:
    # "from 5 to 3 million" is no range: the 5 stays 5 (the top's scale is not its)
    low, high = figures("The count fell from 5 to 3 million.")
    assert (low.value, low.high, high.value) == (5.0, None, 3e6)


def test_a_change_in_percent_then_a_level_is_no_range() -> None:
    # "dropped 3 percent to 56.9 billion euros": a change and the level it leads to
    change, level = figures("Revenue dropped 3 percent to 56.9 billion euros.")
    assert (change.value, change.high, change.unit) == (3.0, None, "%")
    assert level.value == 56.9e9


def test_a_forecast_or_a_request_is_no_count_of_what_happened() -> None:
    ctx = _context(
        "Net profit fell to 2.1 billion euros, the company said.",
        "Analysts had expected a profit of 2.4 billion euros.",
        "The court sentenced him to 12 years in prison.",
        "Prosecutors had asked for a 15-year sentence.",
        "Analysts had forecast a profit of 2.5 billion euros.",
    )
    assert [f.expected for f in ctx.figs[1]] == [True]
    assert ctx.figure_relation(0, 1) == (False, "")
    assert ctx.figure_relation(2, 3) == (False, "")
    # two forecasts of one thing still are one slot
    assert ctx.figure_relation(1, 4)[1]


def test_an_agreed_group_whose_counts_rose_lists_them_by_first_publication() -> None:
    # "At least two people were killed" (Wednesday) and "The death toll rose to 11"
    # (Friday) in one agreed group: the item says the counts its sources print, in order
    import datetime as dt

    from consensus.merge.disputes import agreed_figures

    group = _members(
        ("o1", "At least two people were killed, officials said."),
        ("o2", "Two people died in the storm."),
        ("o3", "The death toll rose to 11 on Friday, officials said."),
    )
    published = {
        "a0": dt.date(2018, 10, 10), "a1": dt.date(2018, 10, 11), "a2": dt.date(2018, 10, 12)
    }  # fmt: skip
    told = agreed_figures(group, published)
    assert told.startswith("the counts its sources print, by first publication: at least two")
    assert "11 (2018-10-12)" in told and "possibly an update" in told
    # one count, or a member printing two counts: nothing to say
    assert agreed_figures(group[:2], published) == ""
    two = _members(("o1", "Two people died and 40 were hurt."), ("o2", "11 people died."))
    assert agreed_figures(two, {"a0": dt.date(2018, 10, 10), "a1": dt.date(2018, 10, 12)}) == ""


def test_a_category_on_a_scale_is_disputed_as_a_category() -> None:
    # "a category 4 storm" / "upgraded to a category 5 hurricane": "Category: 4 vs 5",
    # never a count of anything
    report = _made_up_report("storm")
    slots = {s.slot: sorted(f.text for f in s.figures) for c in report.contested for s in c.slots}
    assert slots.get("category") == ["4", "5"], slots


def test_two_small_shares_of_one_word_in_two_forms_clash() -> None:
    # "by the close" / "closed down": one market's fall at the close, 1.3 vs 1.6 percent;
    # small shares of no word in common (a deficit's 1.8 percent of output, growth of 2.1
    # percent) are two things
    ctx = _context(
        "The benchmark Ostex index fell 210 points, or 1.3 percent, by the close.",
        "The Ostex has closed down 1.6 percent, its worst day in a month.",
        "The deficit would fall to 1.8 percent of output, the minister added.",
        "The government expects the economy to grow 2.1 percent this year.",
    )
    assert ctx.figure_relation(0, 1) == (False, "close: 1.3 percent vs 1.6 percent")
    assert ctx.figure_relation(2, 3) == (False, "")


def test_a_count_written_with_a_thousands_comma_is_no_year() -> None:
    # "2,000 jobs" was read as the year 2000 and dropped, so "about 1,500 jobs" / "2,000
    # jobs" joined as one agreed item
    (jobs,) = figures("Ostrel plans to cut 2,000 jobs worldwide.")
    assert (jobs.value, jobs.noun) == (2000.0, "jobs")
    assert figures("In 2016 the plant shut.") == []  # a year still is none
    ctx = _context(
        "The company said it would cut about 1,500 jobs as part of a restructuring plan.",
        "Ostrel plans to cut 2,000 jobs worldwide, according to people familiar with it.",
    )
    assert ctx.figure_relation(0, 1)[1] == "job: 1,500 vs 2,000"


def test_a_figure_a_thousand_times_from_the_disputed_ones_prints_no_side() -> None:
    # "the previous offer was $10" (a part per share) is no side of a point whose
    # conflicts name "$105 billion" and "$121 billion", though its slot word is "offer"
    (small, large) = _members(
        ("o1", "This approach adds $22 per share in stock, where the previous offer was $10."),
        ("o2", "Rivet made an initial $103 billion offer to combine the two groups."),
    )
    clashed = {"$105 billion", "$121 billion"}
    assert not _prints_disputed(small, ("offer",), clashed)
    assert _prints_disputed(large, ("offer",), clashed)


def test_a_figure_inside_an_aside_counts_the_asides_noun() -> None:
    # "six people, including two firefighters, officials said": the aside is blanked for the
    # six (none of its words are the six's slot) but is the two's own clause
    got = {
        f.text: f
        for f in figures("The storm killed six people, including two firefighters, officials said.")
    }
    assert got["two"].noun == "firefighters"
    assert "firefighters" not in got["six"].slot
    ten = [
        f
        for f in figures("At least 84 people, including 10 children, were killed.")
        if f.text == "10"
    ]
    assert ten[0].noun == "children"


def test_a_number_in_thousands_groups_is_a_figure_however_long() -> None:
    # (issue 8, session 17: "about 1,200,000 households" was read as an id, like a phone
    # number, and a blind storm's utility count joined the ministry's 900,000 as agreed)
    (f,) = figures("The utility said about 1,200,000 households had lost electricity.")
    assert f.value == 1_200_000
    assert f.noun == "households"
    assert not figures("Call the hotline on 0800123456 or 1234567.")


def test_a_figure_of_an_earlier_years_event_is_no_side_inside_a_group() -> None:
    # "in 2022, when the Progress Party won 162 seats" is that election's count, no rival
    # of this one's 138 (session 21, nogold21)
    group = _members(
        ("o1", "The partial count gave the Civic Union 138 seats in the assembly."),
        (
            "o2",
            "Turnout fell from 66.2 percent at the last election in 2022, when the Progress"
            " Party won 162 seats.",
        ),
    )
    assert inner_disputes(group) == []
