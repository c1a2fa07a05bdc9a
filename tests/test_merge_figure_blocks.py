"""Pairs that give one slot two figures are compared (issue 8, session 15): blocking by a
figure's slot keys (`figure_blocks`), compared for the figure rule alone, and the figure
gaps that kept such pairs from being one slot ("a five-year contract", "deliberated for four
days before reaching their verdict", "24 people are known to have died" / "as many as 100
may have drowned")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_merge_figures import _context, _members

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.disputes import _prints_disputed
from consensus.merge.features import _build_features
from consensus.merge.figure_blocks import (
    _move_keys,
    bare,
    figure_rival_codes,
    moved,
    rival_keys,
)
from consensus.merge.figures import figures
from consensus.merge.link import link_edges
from consensus.models import Claim, ClaimKind, Evidence
from consensus.vectors import Vectors


def _pairs(*statements: str, cap: int = 64) -> set[tuple[int, int]]:
    n = len(statements)
    return {divmod(int(c), n) for c in figure_rival_codes(_context(*statements), cap)}


def test_two_figures_of_one_slot_in_other_words_are_a_candidate() -> None:
    got = _pairs(
        "The coast guard said at least 24 people died.",
        "The aid group said as many as 100 people were killed.",
        "The ferry had been licensed to carry 300 passengers.",
        "Officials said 24 people were killed.",
    )
    # died / killed: one concept, one slot, two values; 24 and 24 agree (no rival), the
    # passengers are another slot
    assert got == {(0, 1), (1, 3)}


def test_one_speakers_close_figures_in_other_words_are_a_candidate() -> None:
    statements = (
        "Organisers put the number at 120,000.",
        "The organisers said 150,000 had marched.",
        "The organisers said 900,000 had signed the petition.",
    )
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker="organisers")
        for k, t in enumerate(statements)
    ]
    ctx = PairContext(views, Vectors.empty())
    # close (within NEAR_RATIO) and one speaker's: compared; 900,000 is no near figure
    assert {divmod(int(c), 3) for c in figure_rival_codes(ctx, 64)} == {(0, 1)}
    # the clash is named by what the figures count, not by "the number"
    assert ctx.figure_relation(0, 1)[1] == "march: 120,000 vs 150,000"
    # another speaker's close figure in other words is not compared
    other = [views[0], replace(views[1], speaker="police")]
    assert not len(figure_rival_codes(PairContext(other, Vectors.empty()), 64))
    # ... nor one speaker's close figures whose words each say what they count
    named = [views[1], replace(views[2], statement="The organisers said 120,000 had signed.")]
    assert not len(figure_rival_codes(PairContext(named, Vectors.empty()), 64))


def test_a_figure_that_is_never_a_rival_has_no_key() -> None:
    (some,) = figures("Three of those trapped were rescued.")
    (prior,) = [f for f in figures("Turnout was 61 percent, up from 58 percent.") if f.prior]
    assert rival_keys(some) == () and rival_keys(prior) == ()
    # a unit of measure blocks by its dimension: miles and kilometres meet
    (miles,) = figures("The convoy drove 12 miles.")
    (km,) = figures("The convoy drove 25 km.")
    assert set(rival_keys(miles)) & set(rival_keys(km))


def test_a_key_held_by_more_figures_than_the_cap_is_skipped() -> None:
    statements = [f"Officials said {k + 10} people were killed." for k in range(6)]
    assert len(_pairs(*statements, cap=6)) == 15
    assert _pairs(*statements, cap=5) == set()


def _feats(*statements: str) -> list:  # type: ignore[type-arg]
    entries = [
        (
            f"a{k}",
            0,
            Claim(
                statement=text,
                kind=ClaimKind.event,
                subject=" ".join(text.split()[:2]),
                evidence=(Evidence(quote=text, start=0, end=len(text)),),
            ),
        )
        for k, text in enumerate(statements)
    ]
    return _build_features(entries)


def test_a_rival_pair_is_compared_for_the_figure_rule_alone() -> None:
    feats = _feats(
        "The coast guard said that at least 20 people died off the island on Monday.",
        "Sea Watchers believes as many as 100 had drowned.",
    )
    edges, pairs, ctx, prob = link_edges(feats, Vectors.empty())
    assert ctx.rival_only == frozenset({(0, 1)}) and pairs == [(0, 1)]
    # no probability a group join reads, and never a join edge
    assert prob == {}
    assert all(e.conflict for e in edges)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The striker agreed a five-year contract.", 5.0, "year"),
        ("He was acquitted after a five-day deliberation.", 5.0, "day"),
        ("The jurors deliberated for four days before reaching their verdict.", 4.0, "day"),
        ("Twenty-five people died.", 25.0, ""),
    ],
)
def test_terms_written_in_words(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in figures(text)] == [(value, unit)]


def test_no_term_of_a_span_or_a_one_off() -> None:
    assert figures("The vote came two days before the deadline.") == []
    assert figures("He died two days after being shot.") == []
    assert [f.value for f in figures("It was a one-off payment of five euros.")] == [5.0]


def _clash(a: str, b: str) -> str:
    return _context(a, b).figure_relation(0, 1)[1]


def test_terms_of_one_deal_clash_terms_of_two_kinds_do_not() -> None:
    assert _clash("He agreed a five-year contract.", "He signed a four-year deal.")
    assert _clash(
        "The jurors deliberated for four days.", "He was acquitted after a five-day deliberation."
    )
    (festival,) = figures("The city cancelled a five-day jazz festival.")
    assert festival.measures == ("jazz", "festival")
    assert not _clash(
        "She was there for the four-day weekend festival.",
        "The city cancelled a five-day jazz festival.",
    )


def test_how_a_count_is_known_is_no_slot_word() -> None:
    (known,) = figures("At least 24 people are known to have died.")
    (feared,) = figures("Up to 100 people were feared drowned.")
    assert known.slot[0] == "died" and feared.slot[0] == "drowned"
    assert _clash("At least 24 people are known to have died.", "Up to 100 people drowned.")


def test_some_of_the_dead_is_no_toll() -> None:
    (two,) = figures("Two of the dead were killed by falling trees.")
    assert two.some
    assert not figures("Six of the miners were rescued.")[0].some
    assert not figures("He won 212 of the 400 seats.")[0].some


def test_a_side_shows_only_figures_of_the_kind_disputed() -> None:
    (war,) = _members(("o1", "The two countries have ended their two-year trade war."))
    # the point disputes an extension ("extended by ten years" / "by 15 years")
    assert _prints_disputed(war, ["year"], {"ten", "15"})
    assert not _prints_disputed(war, ["year"], {"ten", "15"}, {("year", True)})


def test_two_moves_of_one_direction_in_other_words_are_a_candidate() -> None:
    # "jumped" / "closed up": no slot word meets ("up" is none), the move's verb and size do
    assert _pairs(
        "Kestrel shares jumped 27 percent in afternoon trading.",
        "Shares of Kestrel closed up 24.6% on Monday.",
        "Turnout was 26 percent.",  # a close figure of one unit, no move: never met so
    ) == {(0, 1)}
    got = _pairs(
        "Brelmont shares fell 3.8 percent in Osterby.",
        "The stock closed down 4.1 percent on Tuesday.",
        "Its market share fell to 4.1 percent.",  # a level (met by its slot word "fell")
        "Brelmont shares jumped 4.1 percent on Monday.",  # the other direction
    )
    assert (0, 1) in got and (1, 3) not in got and (1, 2) not in got


def test_a_move_is_a_verb_of_rising_or_falling_just_before_its_size() -> None:
    def way(text: str) -> str:
        return moved(text, figures(text)[0])

    assert way("Shares of Kestrel closed up 24.6% on Monday.") == "up"
    assert way("The stock closed down 4.1 percent.") == "down"
    assert way("Revenue fell by about 3 percent.") == "down"
    assert way("Its share of the vote fell to 29.6 percent.") == ""  # a level
    assert way("Turnout was 38 percent.") == ""


def test_the_rest_of_a_group_counts_what_its_act_counts() -> None:
    ctx = _context(
        "At least 12 people were killed and 31 were injured.",
        "26 others were hurt, the governor said.",
        "The driver, his assistant and 29 others were hurt.",
    )
    injured, rest, listed = ctx.figs[0][1], ctx.figs[1][0], ctx.figs[2][0]
    assert ctx.same_slot(injured, rest)
    # "and 29 others" after a list of people is the rest of the list: a part of the hurt
    assert not ctx.same_slot(injured, listed)


def test_only_a_move_of_a_unit_has_keys_of_its_size() -> None:
    # counts say what they count: a count's move meets no other by its size alone
    def keys(text: str) -> tuple[str, ...]:
        return _move_keys(figures(text)[0], text)

    assert keys("The company added 900 jobs last year.") == ()
    assert keys("Its shares added 9 percent.") and keys("The index lost 9 percent.")
    assert not set(keys("Its shares added 9 percent.")) & set(keys("The index lost 9 percent."))


def test_a_bare_count_meets_the_count_it_clashes_with() -> None:
    # session 58: "says 3.6 million" names nothing it counts; its slot is the other's
    # ("population"), which the pair context reads as a clash, though the slot words meet not
    got = _pairs(
        "The Velden Statistics Office put Orma's population at 3.2 million.",
        "The regional council says 3.6 million.",
    )
    assert got == {(0, 1)}


def test_a_count_its_verb_names_is_no_bare_count() -> None:
    # "150,000 had marched" says what it counts (its verb); "says 5.1 million." does not
    (marched,) = figures("The organisers said 150,000 had marched.")
    (told,) = figures("The ministry says 5.1 million.")
    assert not bare("The organisers said 150,000 had marched.", marched)
    assert bare("The ministry says 5.1 million.", told)


def test_a_bare_count_meets_no_count_of_another_thing() -> None:
    # "2.9 million people voted" counts voters: no clash with the residents, no candidate
    got = _pairs("Orma has 3.2 million residents.", "The council says 2.9 million people voted.")
    assert got == set()
