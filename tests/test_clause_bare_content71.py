"""Session 71: the clause cutter cuts an attribution from the content it attributes when no
"that" or comma stands between them ("police said on Friday the truck was white"), so the
content is a part of its own (consensus/merge/clause_cuts.py, `bare_content_cuts`).
Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge_clause_attribution import backing_of_a_part

from consensus.merge.clause_cuts import _quoted, bare_content_cuts, clause_spans


def _texts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


@pytest.mark.parametrize(
    ("quote", "content"),
    [
        (
            "The coastguard said on Friday the ferry had run aground and its crew were safe.",
            "the ferry had run aground",
        ),
        (
            "The harbour master said she expected the quay to reopen after repairs in spring.",
            "she expected the quay to reopen after repairs in spring",
        ),
        (
            "The union said this week the strike would go ahead unless the council paid more.",
            "the strike would go ahead unless the council paid more",
        ),
        (
            "A spokesman for the operator added Route 9 would run again from Monday morning.",
            "Route 9 would run again from Monday morning",
        ),
    ],
)
def test_the_content_after_a_bare_attribution_is_a_part(quote: str, content: str) -> None:
    assert content in _texts(quote)


@pytest.mark.parametrize(
    "quote",
    [
        # (a comma before the told form: an attribution turned round)
        "The quay will reopen in spring after the repairs, said the harbour master on Friday.",
        # (an occasion first: where the content opens is not read)
        "Officials said in a statement the road would stay closed until the repairs ended.",
        # (a lower-case word after it: "said so", "said people ...")
        "The harbour master said little about the repairs to the quay wall on Friday night.",
        # (the told form inside a quotation)
        "“The mayor said the quay was safe, and it was not,” the fisherman told the paper.",
    ],
)
def test_no_bare_content_cut(quote: str) -> None:
    assert bare_content_cuts(quote, _quoted(quote)) == []


def test_a_that_still_leads_the_content() -> None:
    quote = "The coastguard said on Friday that the ferry had run aground and its crew were safe."
    assert bare_content_cuts(quote, _quoted(quote)) == []
    assert "the ferry had run aground" in _texts(quote)


def test_the_attribution_alone_is_no_part() -> None:
    quote = "The coastguard said on Friday the ferry had run aground and its crew were safe."
    assert not any(t.startswith("The coastguard") for t in _texts(quote))


HOST = "The coastguard said on Friday the ferry had run aground and its crew were all safe."
CONTENT = "the ferry had run aground"
OTHER = "The ferry had run aground off the harbour wall, the coastguard said."


def test_the_content_part_backs_the_group_that_states_it(monkeypatch: pytest.MonkeyPatch) -> None:
    backed, _ = backing_of_a_part(monkeypatch, HOST, CONTENT, OTHER)
    assert list(backed) == [1]
