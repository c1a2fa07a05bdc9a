"""Session 51 (compound51): a clause whose only verb is an irregular past is a part, and a
clause of a single-source sentence backs another origin's item at the re-fit bar.

`clause_cuts.clause_spans` cuts a long quote into clauses and keeps those with a verb form;
an irregular past ("rose", "flew", "paid", "drove", "hit") was read as no verb, so the clause
that stated a fact with one was never a part and could back no other origin's item. The
sentences are invented. `clause_backing.BACKING_AT` was 0.7; on labelled part pairs the
0.6-0.7 band states one fact as often as 0.7-0.8, so it is 0.6, except for a clause of a
sentence whose own group is agreed (`AGREED_HOST_AT`, 0.7: a split fact otherwise).
"""

from __future__ import annotations

import pytest

from consensus.merge.clause_backing import clause_backing
from consensus.merge.clause_cuts import clause_spans
from consensus.merge.score import _Edge


def _parts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


@pytest.mark.parametrize(
    ("quote", "part"),
    [
        (
            "The company opened three new plants in the north last year, and its share "
            "price rose to a record high on Monday",
            "its share price rose to a record high on Monday",
        ),
        (
            "The storm closed the coastal road on Friday night, while the nearby "
            "province sent a team of forty rescuers with dogs",
            "the nearby province sent a team of forty rescuers with dogs",
        ),
        (
            "Officials confirmed the closure of the depot in a statement, and a second "
            "tremor hit the valley shortly after noon",
            "a second tremor hit the valley shortly after noon",
        ),
        (
            "Dozens of supporters gathered outside the court on Tuesday; most of them paid "
            "their own fares to travel from the capital",
            "most of them paid their own fares to travel from the capital",
        ),
    ],
)
def test_a_clause_with_an_irregular_past_is_a_part(quote: str, part: str) -> None:
    assert part in _parts(quote)


@pytest.mark.parametrize(
    ("quote", "not_part"),
    [
        # an apposition: no verb at all
        (
            "The first suspect was charged with fraud on Wednesday, a 29-year-old man from "
            "the eastern district",
            "a 29-year-old man from the eastern district",
        ),
        # "put", "set", "cut" are as often a noun's participle or a noun: still no verb
        (
            "The council approved the emergency budget on Tuesday, a plan put in place by "
            "the previous mayor",
            "a plan put in place by the previous mayor",
        ),
        (
            "The council approved the emergency budget on Tuesday, the largest budget cut in "
            "a decade",
            "the largest budget cut in a decade",
        ),
        # a clause of another time is still left alone
        (
            "The valley was last struck by a major earthquake in 1998, when a strong quake "
            "hit the province and killed dozens",
            "when a strong quake hit the province and killed dozens",
        ),
    ],
)
def test_no_part_without_a_verb_or_of_another_time(quote: str, not_part: str) -> None:
    parts = _parts(quote)
    assert len(parts) == 1  # the quote is cut: its first clause is a part, this one none
    assert not_part not in parts[0]


# --- the backing bar, re-fit on labelled part pairs -----------------------------------------


def _backed_at(
    monkeypatch: pytest.MonkeyPatch, score: float, host_agreed: bool
) -> dict[int, list[str]]:
    """clause_backing over test_merge_clause_backing's sentences: a0's long sentence (0)
    and its clause (1), a1's short sentence (2) stating the clause, a1's other claim (3);
    one join edge clause-short sentence at `score`. `host_agreed`: a0's sentence shares
    its group with a claim of another origin."""
    import test_merge_clause_backing as tb

    import consensus.merge.clause_backing as backing_module

    monkeypatch.setattr(
        backing_module,
        "link_edges",
        lambda feats, vectors: ([_Edge(score, 1, 2, "")], [], tb._NoFigures(), {}),
    )
    feats = tb._feats()
    host_group = [feats[0], feats[3]] if host_agreed else [feats[0]]
    groups = [host_group, [feats[2]], [feats[3]]]
    found = clause_backing(feats, tb.PARTS, tb.POS_OF, None, {0: 0, 1: 1, 2: 2}, groups, ())
    return {g: [f.claim.statement for f, _ in backers] for g, backers in found.items()}


def test_a_clause_backs_at_the_refit_bar_when_its_sentence_is_single_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _backed_at(monkeypatch, 0.65, host_agreed=False) == {
        1: ["Accusing the board of rushing the deal."]
    }


def test_a_clause_of_an_agreed_sentence_keeps_the_old_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _backed_at(monkeypatch, 0.65, host_agreed=True) == {}
    assert _backed_at(monkeypatch, 0.75, host_agreed=True) == {
        1: ["Accusing the board of rushing the deal."]
    }
    assert _backed_at(monkeypatch, 0.55, host_agreed=False) == {}
