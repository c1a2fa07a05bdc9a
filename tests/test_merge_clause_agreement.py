"""Two origins that each state a fact in a clause of a longer sentence
(consensus/merge/clause_agreement.py) and the subject a clause takes from its sentence
(consensus/merge/clause_subjects.py). Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge import claim

from consensus.merge.clause_agreement import AGREED_AT, clause_agreement
from consensus.merge.clause_cuts import clause_claims
from consensus.merge.clause_subjects import shown_rank, subject_for, subject_of, with_subject
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim

LONG = (
    "Penrose Capital, the largest shareholder of Kestrel Freight, said on Monday it would "
    "vote against the sale, calling the price opportunistic and accusing the board of "
    "rushing the deal."
)
FUND = (
    "The fund, which owns 4 percent of Kestrel Freight, has called the price opportunistic "
    "and urged other holders to reject the offer at the meeting."
)


def _part(whole: Claim, opening: str) -> Claim:
    return next(p for p in clause_claims(whole) if p.statement.startswith(opening))


def _clause_of(text: str, opening: str) -> tuple[Claim, Claim]:
    """The claim of a whole sentence and its clause that opens with `opening`."""
    whole = claim(text, text, text)
    return whole, _part(whole, opening)


# --- the subject ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "A powerful earthquake struck the border region, killing at least 38",
            "A powerful earthquake",
        ),
        ("Sunday's quake, centred near the dam, killed at least 38 people", "Sunday's quake"),
        ("On Monday, Penrose Capital said it would vote against the sale", "Penrose Capital"),
        ("The company, which employs 900 people, said it would close the plant", "The company"),
        ("It also committed to selling two units", "It"),
        ("The groups that were fined asked for their money back", None),
    ],
)
def test_the_subject_a_sentence_opens_with(sentence: str, subject: str | None) -> None:
    assert subject_of(sentence) == subject


def test_a_clause_without_a_subject_takes_its_sentences() -> None:
    whole = claim(LONG, LONG, LONG, speaker="Penrose Capital")
    calling = _part(whole, "Calling")
    assert subject_for(calling, whole) == "Penrose Capital"
    assert with_subject(calling, whole) == "Penrose Capital calling the price opportunistic."
    fund = claim(FUND, FUND, FUND)
    called = _part(fund, "Has called")
    assert with_subject(called, fund) == "The fund has called the price opportunistic."


def test_a_clause_with_a_subject_keeps_its_words() -> None:
    text = "The board met on Friday, and the chairman said the offer was far too low for it."
    whole = claim(text, text, text)
    (part,) = [p for p in clause_claims(whole) if "offer" in p.statement]
    assert part.statement.startswith("The offer was")  # (cut from "the chairman said")
    assert subject_for(part, whole) == ""
    assert with_subject(part, whole) == part.statement


def test_a_relative_clause_takes_the_noun_before_it() -> None:
    whole, part = _clause_of(
        "Such transfers are banned by a Security Council resolution that was adopted in "
        "September, part of a suite of sanctions.",
        "Was adopted",
    )
    assert subject_for(part, whole) == "A Security Council resolution"
    assert with_subject(part, whole) == "A Security Council resolution was adopted in September."
    assert shown_rank(part, whole) == 1  # (below a clause with a subject of its own)


def test_a_bare_be_or_a_subject_with_another_time_has_no_subject_to_give() -> None:
    whole, part = _clause_of(
        "Hollande asked parliament that the state of emergency, now in its eighth month, be "
        "extended by three months.",
        "Be extended",
    )
    assert subject_for(part, whole) is None
    assert subject_of("Fear of a breach after the mayor said he had seen cracks") is None
    # (an irregular past is a verb form since session 51: "Fear" is the subject here)
    assert subject_of("Fear spread after the mayor said he had seen cracks in the dam") == "Fear"
    whole, part = _clause_of(
        "The driver was taken to the county hospital, where he was treated for rib injuries.",
        "Where",
    )
    assert subject_for(part, whole) is None  # (a subordinate clause: no fact alone)


# --- two clauses agree -------------------------------------------------------------------------


def _feats(fund_text: str = FUND, fund_part: str = "Has called") -> list[_Feat]:
    """a0's sentence (0), its "calling" clause (1); a1's sentence (2), its clause (3)."""
    whole = claim(LONG, LONG, LONG, speaker="Penrose Capital")
    other = claim(fund_text, fund_text, fund_text)
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, whole),
        ("a0", 1, _part(whole, "Calling")),
        ("a1", 0, other),
        ("a1", 1, _part(other, fund_part)),
    ]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats


PARTS = {("a0", 1): ("a0", 0), ("a1", 1): ("a1", 0)}
POS_OF = {("a0", 0): 0, ("a1", 0): 1}  # the positions the groups were made of


def _agreed(
    edges: list[_Edge],
    feats: list[_Feat] | None = None,
    group_of: dict[int, int] | None = None,
    contested: frozenset[int] = frozenset(),
    backing: frozenset[int] = frozenset(),
) -> list[list[str]]:
    feats = feats or _feats()
    groups = [[feats[0]], [feats[2]]]
    found = clause_agreement(
        feats, edges, PARTS, POS_OF, group_of or {0: 0, 1: 1}, groups, contested, backing
    )
    return [[f"{f.article}: {f.claim.statement}" for f in g] for g in found]


def test_two_clauses_that_link_make_an_item_with_a_subject() -> None:
    assert _agreed([_Edge(0.9, 1, 3, "")]) == [
        [
            "a0: The fund has called the price opportunistic.",
            "a1: The fund has called the price opportunistic.",
        ]
    ]


@pytest.mark.parametrize(
    ("edges", "group_of", "contested", "backing", "why"),
    [
        ([_Edge(AGREED_AT - 0.05, 1, 3, "")], None, frozenset(), frozenset(), "below the bar"),
        ([_Edge(0.9, 1, 3, "quantity: 2 vs 3")], None, frozenset(), frozenset(), "a conflict"),
        ([_Edge(0.9, 1, 3, "")], None, frozenset({1}), frozenset(), "a side of a point"),
        ([_Edge(0.9, 1, 3, "")], {0: 0, 1: 0}, frozenset(), frozenset(), "one group already"),
        ([_Edge(0.9, 1, 3, "")], None, frozenset(), frozenset({3}), "it backs an item"),
        ([_Edge(0.9, 0, 3, "")], None, frozenset(), frozenset(), "no part"),
    ],
)
def test_no_agreement(
    edges: list[_Edge],
    group_of: dict[int, int] | None,
    contested: frozenset[int],
    backing: frozenset[int],
    why: str,
) -> None:
    assert _agreed(edges, None, group_of, contested, backing) == [], why


@pytest.mark.parametrize(
    ("other", "opening", "why"),
    [
        (FUND.replace("has called", "has not called"), "Has not called", "a negation in one"),
        (
            FUND.replace("has called", "said that we have called"),
            "We have called",
            "the first person, no named speaker",
        ),
        (
            FUND.replace("has called the price", "has called the 12 percent price"),
            "Has called",
            "a figure only one gives",
        ),
    ],
)
def test_clauses_that_say_it_otherwise_do_not_agree(other: str, opening: str, why: str) -> None:
    assert _agreed([_Edge(0.9, 1, 3, "")], _feats(other, opening)) == [], why


def test_two_clauses_that_each_give_a_figure_may_agree() -> None:
    # (two figures of one slot that differ make a conflict edge, no join: `link_edges`)
    long = LONG.replace("calling the price", "calling the $82 price")
    whole = claim(long, long, long)
    counted = FUND.replace("has called the price", "has called the 12 percent price")
    feats = _feats(counted, "Has called")
    entries = [("a0", 0, whole), ("a0", 1, _part(whole, "Calling")), ("a1", 0, feats[2].claim)]
    entries.append(("a1", 1, feats[3].claim))
    both = _build_features(entries)
    for f in both:
        f.origin = f.article
    assert len(_agreed([_Edge(0.9, 1, 3, "")], both)) == 1


def test_a_short_clause_all_of_whose_words_the_other_holds_agrees() -> None:
    text = (
        "The ships broke the rules of a Security Council resolution, which was adopted in "
        "September."
    )
    other = claim(text, text, text)
    short = next(p for p in clause_claims(other) if p.statement.startswith("Was adopted"))
    longer = "in apparent breach of the sanctions the council adopted in September"
    text2 = "The vessel sailed on, " + longer + ", officials in the port said."
    host2 = claim(text2, text2, text2)
    long_part = next(p for p in clause_claims(host2) if p.statement.startswith("In apparent"))
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, other),
        ("a0", 1, short),
        ("a1", 0, host2),
        ("a1", 1, long_part),
    ]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    assert feats[1].content <= feats[3].content and len(feats[1].content) >= 2
    assert not feats[3].content <= feats[1].content
    assert _agreed([_Edge(0.9, 1, 3, "")], feats) == [
        [
            "a0: A Security Council resolution was adopted in September.",
            "a1: A Security Council resolution was adopted in September.",
        ]
    ]


def test_two_clauses_each_most_of_an_agreed_sentence_make_no_item() -> None:
    # each clause is most of its sentence, and each sentence's group is agreed (a third
    # origin states it): the joins chose where those go; a fragment of a longer sentence
    # (LONG's "calling the price opportunistic") may still meet such a clause
    most = "The fund has called the price opportunistic, a spokesman for the fund said on Monday."
    other = (
        "Penrose Capital has called the price opportunistic, its chief executive told "
        "reporters on Monday."
    )
    hosts = [claim(most, most, most), claim(other, other, other), claim(LONG, LONG, LONG)]
    third = claim(OTHER_TEXT, OTHER_TEXT, OTHER_TEXT)
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, hosts[0]),
        ("a0", 1, _part(hosts[0], "The fund")),
        ("a1", 0, hosts[1]),
        ("a1", 1, _part(hosts[1], "Penrose")),
        ("a2", 0, hosts[2]),
        ("a2", 1, _part(hosts[2], "Calling")),
        ("a9", 0, third),
    ]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    at = {(f.article, f.index): f.pos for f in feats}
    parts = {("a0", 1): ("a0", 0), ("a1", 1): ("a1", 0), ("a2", 1): ("a2", 0)}
    hosts_at = {k: at[k] for k in [("a0", 0), ("a1", 0), ("a2", 0), ("a9", 0)]}
    third_at = at["a9", 0]
    # the sentences of a0 and a1 are each agreed with a9's; a2's is single-source
    group_of = {at["a0", 0]: 0, at["a1", 0]: 1, at["a2", 0]: 2, third_at: 0}
    groups = [
        [feats[at["a0", 0]], feats[third_at]],
        [feats[at["a1", 0]], feats[third_at]],
        [feats[at["a2", 0]]],
    ]

    def agreed(one: str, two: str) -> list[list[str]]:
        edge = _Edge(0.9, at[one, 1], at[two, 1], "")
        found = clause_agreement(
            feats, [edge], parts, hosts_at, group_of, groups, frozenset(), frozenset()
        )
        return [[f.article for f in g] for g in found]

    assert agreed("a0", "a1") == []
    assert agreed("a0", "a2") == [["a0", "a2"]]


OTHER_TEXT = "The fund and Penrose Capital both called the price opportunistic on Monday."


# --- a third clause and the item ----------------------------------------------------------------

LETTER = (
    "Penrose Capital wrote to the board of Kestrel Freight on Monday, calling the price "
    "opportunistic in a two-page letter."
)
DIRECTORS = (
    "The fund wrote to the directors of Kestrel Freight, calling the price opportunistic in a "
    "letter sent on Monday."
)


def _four() -> tuple[list[_Feat], list[list[_Feat]]]:
    """Sentence (even position) and clause (odd) of four origins: a0's "calling the price
    opportunistic" (1), a1's "has called the price opportunistic" (3), a2's letter (5), a3's
    letter to the directors (7); each sentence a group of its own."""
    hosts = [claim(t, t, t) for t in (LONG, FUND, LETTER, DIRECTORS)]
    openings = ("Calling", "Has called", "Calling", "Calling")
    entries: list[tuple[str, int, Claim]] = []
    for n, (host, opening) in enumerate(zip(hosts, openings, strict=True)):
        entries += [(f"a{n}", 0, host), (f"a{n}", 1, _part(host, opening))]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats, [[feats[2 * n]] for n in range(4)]


def _items(edges: list[_Edge]) -> list[list[str]]:
    feats, groups = _four()
    parts = {(f"a{n}", 1): (f"a{n}", 0) for n in range(4)}
    pos_of = {(f"a{n}", 0): n for n in range(4)}
    group_of = {n: n for n in range(4)}
    found = clause_agreement(
        feats, edges, parts, pos_of, group_of, groups, frozenset(), frozenset()
    )
    return [[f"{f.article}: {f.claim.statement}" for f in g] for g in found]


@pytest.mark.parametrize(
    ("fourth", "joins"),
    [
        ([_Edge(0.75, 5, 7, "")], False),  # one of the item's three clauses
        ([_Edge(0.75, 5, 7, ""), _Edge(0.72, 3, 7, "")], True),  # two of three
    ],
)
def test_a_further_clause_joins_only_an_item_enough_of_which_it_agrees_with(
    fourth: list[_Edge], joins: bool
) -> None:
    three = [_Edge(0.9, 1, 3, ""), _Edge(0.85, 3, 5, ""), _Edge(0.8, 1, 5, "")]
    (item,) = [i for i in _items(three + fourth) if len(i) >= 3]
    assert [m.split(":")[0] for m in item] == ["a0", "a1", "a2", "a3"][: 4 if joins else 3]


def test_an_item_shows_the_clause_its_other_clauses_agree_with() -> None:
    # a1 and a2 each link to a0's clause, not to each other: a0's is what the item is about
    (item,) = _items([_Edge(0.9, 1, 3, ""), _Edge(0.85, 1, 5, "")])
    assert [m.split(":")[0] for m in item] == ["a0", "a1", "a2"]
    assert {m.split(": ")[1] for m in item} == {"Penrose Capital calling the price opportunistic."}
