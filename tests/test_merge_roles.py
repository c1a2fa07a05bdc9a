"""roles.title_only: who a person is, against what they said named by that role."""

from __future__ import annotations

import pytest

from consensus.merge.roles import title_only


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the role is the news in one, a title in the other: two facts
        ("Jane Roe chairs the harbour board", "Harbour board chair Jane Roe said ships wait", True),
        ("He leaves his wife, the painter Jane Roe, and a son",
         "His wife, Jane Roe, thanked the nurses", True),
        # a title in both, and the same news: one fact
        ("Board chair Jane Roe resigned on Monday", "Board chair Jane Roe resigned", False),
        # words in common beyond the title: not the role alone
        ("Board chair Jane Roe said ships wait", "Jane Roe, the chair, said ships wait", False),
        # nothing in common but the name: not this rule's business
        ("Jane Roe won the vote", "Jane Roe thanked voters", False),
    ],
)  # fmt: skip
def test_title_only(a: str, b: str, expected: bool) -> None:
    assert title_only(a, b, {"jane roe"}) is expected
