"""Session 51 (compound51): a clause whose only verb is an irregular past is a part.

`clause_cuts.clause_spans` cuts a long quote into clauses and keeps those with a verb form;
an irregular past ("rose", "flew", "paid", "drove", "hit") was read as no verb, so the clause
that stated a fact with one was never a part and could back no other origin's item. The
sentences are invented.
"""

from __future__ import annotations

import pytest

from consensus.merge.clause_cuts import clause_spans


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
