"""Which named body "the club" or "the company" stands for, after a body is named."""

from __future__ import annotations

import pytest

from consensus.offline.body_anaphors import named_body_anaphor


@pytest.mark.parametrize(
    ("np", "last", "expected"),
    [
        ("the club", "Eastport Rovers", "Eastport Rovers"),  # a club word in the name
        ("the club", "Northwind", "Northwind"),  # a bare one-word name may be a club
        ("the club", "Holberg Chemicals", None),  # two words, no club word: a firm
        ("the team", "Marsh Logistics", None),
        ("the company", "Holberg Chemicals", "Holberg Chemicals"),
        ("the club", "the Football League", None),
    ],
)
def test_the_kind_names_the_last_body_only_when_it_fits(
    np: str, last: str, expected: str | None
) -> None:
    assert named_body_anaphor(np, last) == expected
