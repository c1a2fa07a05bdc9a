"""One count told with two acts in other words, learned within the batch (issue 8, session
31: `figure_act_alike`): outlets that each word the act their own way ("were evacuated" /
"were relocated" / "moved out of their homes") give one slot two figures, a dispute, while
two acts one article tells apart, counts of another size, of another thing or of one article
stay two slots."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from test_merge_figures import _context

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_act_alike import ActAliases, act_word, plain_count
from consensus.merge.figure_blocks import figure_rival_codes
from consensus.merge.figures import Figure, figures
from consensus.vectors import Vectors


def _one(text: str) -> Figure:
    (f,) = figures(text)
    return f


def _aliases(*said: tuple[str, str]) -> tuple[ActAliases, list[list[Figure]]]:
    figs = [figures(t) for _, t in said]
    return ActAliases([a for a, _ in said], figs), figs


def test_the_act_is_the_first_slot_word_that_is_not_the_noun() -> None:
    assert act_word(_one("About 1,300 villagers were evacuated from the valley.")) == "evacuat"
    assert act_word(_one("Officials said 1,900 people were relocated.")) == "relocat"
    # a plain count has no unit and is no vague, partial or earlier figure
    assert plain_count(_one("Officials said 1,900 people were relocated."))
    assert not plain_count(_one("The river rose 4 metres overnight."))
    assert not plain_count(_one("Dozens of people were relocated."))


def test_one_value_in_two_articles_makes_two_acts_aliases() -> None:
    said = (
        ("a0", "About 1,300 villagers were evacuated from the valley."),
        ("a1", "Some 1,300 people were relocated, the agency said."),
        ("a2", "Officials said 1,900 people were relocated."),
    )
    acts, figs = _aliases(*said)
    evacuated, relocated = figs[0][0], figs[2][0]
    assert acts.alike(evacuated, relocated)
    # without the article that gives both acts one value, nothing says they are one
    alone, figs2 = _aliases(said[0], said[2])
    assert not alone.alike(figs2[0][0], figs2[1][0])


def test_a_shared_object_word_meets_two_acts() -> None:
    acts, figs = _aliases(
        ("a0", "Floodwater forced 1,300 people to leave their homes."),
        ("a1", "Some 1,800 people have been moved out of their homes."),
    )
    assert acts.alike(figs[0][0], figs[1][0])


def test_an_article_giving_two_acts_two_values_keeps_them_apart() -> None:
    said = (
        ("a0", "About 1,300 villagers were evacuated from the valley."),
        ("a1", "Some 1,300 people were relocated, the agency said."),
        ("a2", "Officials said 1,900 people were relocated."),
        ("a3", "Police said 40 people were evacuated and 70 people were relocated."),
    )
    acts, figs = _aliases(*said)
    assert not acts.alike(figs[0][0], figs[2][0])


def test_counts_far_apart_of_one_article_or_of_things_are_not_alike() -> None:
    acts, figs = _aliases(
        ("a0", "Floodwater forced 1,300 people to leave their homes."),
        ("a1", "Some 6,000 people have been moved out of their homes."),
        ("a2", "Some 1,800 people have been moved out of their homes."),
        ("a2", "Some 1,700 people were moved out of their homes on Friday."),
    )
    assert not acts.alike(figs[0][0], figs[1][0])  # (more than MAX_RATIO apart)
    # a2 gives two values of the act: neither is the outlet's one figure
    assert not acts.alike(figs[0][0], figs[2][0])
    assert not acts.alike(figs[2][0], figs[3][0])  # (one article)


def test_an_alike_pair_is_one_slot_and_a_candidate_and_a_clash() -> None:
    statements = (
        "About 1,300 villagers were evacuated from the valley.",
        "Some 1,300 people were relocated, the agency said.",
        "Officials said 1,900 people were relocated.",
    )
    ctx = _context(*statements)
    assert ctx.same_slot(ctx.figs[0][0], ctx.figs[2][0])
    assert (0, 2) in {divmod(int(c), 3) for c in figure_rival_codes(ctx, 64)}
    same, clash = ctx.figure_relation(0, 2)
    assert clash and not same
    # a count of trucks is no count of the evacuated, whatever its act
    trucks = _context(statements[0], statements[1], "Police said 1,900 trucks were relocated.")
    assert not trucks.same_slot(trucks.figs[0][0], trucks.figs[2][0])


def test_an_outlet_giving_the_others_value_elsewhere_is_no_rival() -> None:
    acts, figs = _aliases(
        ("a0", "The hospital said 20 people have been brought in for treatment."),
        ("a1", "Paramedics said 31 were taken to one hospital and 20 of the injured to another."),
    )
    brought = figs[0][0]
    other = next(f for f in figs[1] if f.value == 31)
    assert not acts.alike(brought, other)


def test_one_act_is_left_to_the_slot_rules() -> None:
    acts, figs = _aliases(
        ("a0", "Last spring gunmen linked to the group killed 32 people at the city airport."),
        ("a1", "The region has seen a string of attacks, killing dozens including 59 tourists."),
    )
    # "killed" / "killing": one verb, which the slot rules judge (two attacks here)
    airport, tourists = figs[0][0], next(f for f in figs[1] if f.value == 59)
    assert not acts.alike(airport, tourists)


def test_a_number_whose_thing_follows_of_is_no_plain_count() -> None:
    said = (
        "About 140 people work at the two shops.",
        "Administrators said that 62 of the chain's 212 shops would shut.",
    )
    figs = [figures(t) for t in said]
    sixty_two = next(f for f in figs[1] if f.value == 62)
    assert ActAliases(["a0", "a1"], figs).alike(figs[0][0], sixty_two)  # (texts unread)
    assert not ActAliases(["a0", "a1"], figs, said).alike(figs[0][0], sixty_two)


def test_a_word_of_the_speaker_is_no_shared_word() -> None:
    said = (
        "In all 61 people lost their lives, the interior ministry said.",
        "Some 38 people were killed, the interior ministry said.",
    )
    figs = [figures(t) for t in said]
    assert ActAliases(["a0", "a1"], figs, said).alike(figs[0][0], figs[1][0])
    voices = ["the interior ministry", "the interior ministry"]
    assert not ActAliases(["a0", "a1"], figs, said, voices).alike(figs[0][0], figs[1][0])


# --- counted nouns in other words (session 65, figsyn65: `ActAliases.nouns_alike`) ---


def _cos(value: float | None) -> Callable[[str, str], float | None]:
    return lambda _x, _y: value


_TRIPS = (
    ("a0", "The audit found 31 trips billed to the office."),
    ("a1", "Internal papers list 38 journeys that inspectors questioned."),
)


def test_two_plural_nouns_of_two_outlets_lone_counts_are_one_count() -> None:
    acts, figs = _aliases(*_TRIPS)
    trips, journeys = figs[0][0], figs[1][0]
    assert acts.nouns_alike(trips, journeys, _cos(0.23))
    # nouns opposite in the word vectors, or unknown to them, stay two things
    assert not acts.nouns_alike(trips, journeys, _cos(0.02))
    assert not acts.nouns_alike(trips, journeys, _cos(None))


def test_nouns_an_article_counts_apart_or_far_values_are_two_things() -> None:
    # an article that counts the two nouns with two values tells them apart for the batch
    told = ("a2", "The ferry logged 200 journeys and 12 trips, the operator said.")
    acts, figs = _aliases(*_TRIPS, told)
    assert not acts.nouns_alike(figs[0][0], figs[1][0], _cos(0.23))
    # values further apart than NEAR_RATIO are counts of two sizes
    acts, figs = _aliases(_TRIPS[0], ("a1", "Internal papers list 60 journeys."))
    assert not acts.nouns_alike(figs[0][0], figs[1][0], _cos(0.23))
    # one article's two counts are two things; so is one noun (the slot rules' to judge)
    acts, figs = _aliases(_TRIPS[0], ("a0", _TRIPS[1][1]))
    assert not acts.nouns_alike(figs[0][0], figs[1][0], _cos(0.23))
    acts, figs = _aliases(_TRIPS[0], ("a1", "Internal papers list 38 trips."))
    assert not acts.nouns_alike(figs[0][0], figs[1][0], _cos(0.23))


def test_an_outlet_giving_the_other_value_keeps_its_noun_apart() -> None:
    acts, figs = _aliases(
        _TRIPS[0], ("a1", "Internal papers list 38 journeys, though the audit says 31.")
    )
    journeys = next(f for f in figs[1] if f.value == 38)
    assert not acts.nouns_alike(figs[0][0], journeys, _cos(0.23))


def test_nouns_alike_make_one_slot_with_the_batch_vectors() -> None:
    # two words 0.23 apart in made-up 2-d vectors
    x = np.array([1.0, 0.0])
    y = np.array([0.23, float(np.sqrt(1 - 0.23**2))])
    vectors = Vectors("test", ["trips", "journeys"], np.stack([x, y]))
    views = [ClaimView(article=a, statement=t, names=frozenset(), speaker=None) for a, t in _TRIPS]
    ctx = PairContext(views, vectors)
    trips, journeys = ctx.figs[0][0], ctx.figs[1][0]
    assert ctx.same_slot(trips, journeys)
    # "found 31 trips" / "list 38 journeys": the act in other words too, no two acts
    assert not ctx.acts_apart(0, 1)
    plain = _context(*(t for _, t in _TRIPS))  # (no vectors: nothing says the nouns meet)
    assert not plain.same_slot(plain.figs[0][0], plain.figs[1][0])
