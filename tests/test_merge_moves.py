"""The second clustering pass (consensus/merge/moves.py): a member its group holds by too
few links moves to the group it links to best."""

from __future__ import annotations

import itertools

import pytest

from consensus.merge.moves import move_members, support

AT = 0.282  # (a link threshold)


def _moves(
    groups: list[list[int]],
    article: list[str],
    prob: dict[tuple[int, int], float],
    accept: bool = True,
) -> list[list[int]]:
    """The groups after the moves (sorted), every join allowed or none."""
    made: list[tuple[int, list[int], list[int]]] = []

    def partners_of(suspects: set[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for (i, j), p in sorted(prob.items()):
            if p >= AT:
                out.setdefault(i, []).append(j)
                out.setdefault(j, []).append(i)
        return {x: ys for x, ys in out.items() if x in suspects}

    def moved(x: int, here: list[int], there: list[int]) -> None:
        made.append((x, here, there))

    move_members(groups, article, prob, AT, partners_of, lambda x, g: accept, moved)
    out = [sorted(g) for g in groups]
    for x, here, there in made:
        out = [g for g in out if g not in (here, there)]
        out += [[m for m in here if m != x], sorted([*there, x])]
    return sorted(out)


# A~B, B~C, A!~C: C joined A's group through B; C links to both claims of another group
CHAIN = {(0, 1): 0.9, (1, 2): 0.5, (0, 2): 0.05, (2, 3): 0.6, (2, 4): 0.55, (3, 4): 0.8}
ARTICLES = ["a", "b", "c", "d", "e"]


def test_a_chained_member_moves_to_the_group_it_links_to() -> None:
    assert (
        support(2, [0, 1, 2], ARTICLES, CHAIN, AT) < 0 < support(0, [0, 1, 2], ARTICLES, CHAIN, AT)
    )
    assert _moves([[0, 1, 2], [3, 4]], ARTICLES, CHAIN) == [[0, 1], [2, 3, 4]]


def test_the_result_does_not_depend_on_the_order_of_the_groups() -> None:
    for order in itertools.permutations([[0, 1, 2], [3, 4]]):
        assert _moves(list(order), ARTICLES, CHAIN) == [[0, 1], [2, 3, 4]]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({(0, 2): 0.4}, "A links C too: C belongs"),
        ({}, "the rules refuse the join"),
        ({(2, 3): 0.2, (2, 4): 0.1}, "C links nowhere better"),
    ],
)
def test_a_member_stays(change: dict[tuple[int, int], float], why: str) -> None:
    prob = CHAIN | change
    accept = why != "the rules refuse the join"
    assert _moves([[0, 1, 2], [3, 4]], ARTICLES, prob, accept) == [[0, 1, 2], [3, 4]], why


def test_pairs_of_one_article_weigh_little_and_lone_claims_are_no_place() -> None:
    # A and C in one article were never compared: C is held by its link to B, which
    # outweighs the small weight against two claims of one article ...
    one_article = ["a", "b", "a", "d", "e"]
    assert _moves([[0, 1, 2], [3, 4]], one_article, CHAIN) == [[0, 1, 2], [3, 4]]
    # ... unless B links C only just over the threshold
    weak = CHAIN | {(1, 2): 0.3}
    assert _moves([[0, 1, 2], [3, 4]], one_article, weak) == [[0, 1], [2, 3, 4]]
    # a lone claim is no place to move to (a weak pair of two claims is a worse item)
    assert _moves([[0, 1, 2]], ARTICLES, CHAIN) == [[0, 1, 2]]
    # a pair never scored weighs against: A~B, B~C, A and C never compared, D links C
    prob = {k: v for k, v in CHAIN.items() if k != (0, 2)} | {(1, 2): 0.3}
    assert _moves([[0, 1, 2], [3, 4]], ARTICLES, prob) == [[0, 1], [2, 3, 4]]
