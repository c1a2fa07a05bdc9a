"""bench's non-claim count (bench/quality_lib.py `is_non_claim`): page furniture by the shape of
an item's statement, never a reporting sentence that merely mentions a furniture word.
Sentences invented for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality_lib import is_non_claim

FURNITURE = [
    "Sign up for our morning briefing, delivered at 7 a.m.",
    "Copyright 2026 Example News. All rights reserved.",
    "- Read more: the inquiry's first findings",
    "Get the latest headlines from our newsroom in your inbox with the free newsletter.",
    "Photo: Jane Roe / Example Post",
    "Firemen at the depot (Jane Roe/AP)",
    "Hide Caption 3 of 12",
    "This is a breaking news story and will be updated.",
]
REPORTING = [
    "Copyright lawyers for the singer said the label had not paid royalties.",
    "The council said residents could sign up for flood alerts by text.",
    "The union told members in its newsletter that the strike would go ahead.",
    "A newsletter sent to staff on Monday set out the new rota.",
    "Critics said the plan would let our city lose its only hospital, the mayor told you.",
    '"Sign up now, before the fund closes," the minister said.',
]


@pytest.mark.parametrize("statement", FURNITURE)
def test_furniture_is_counted(statement: str) -> None:
    assert is_non_claim(statement)


@pytest.mark.parametrize("statement", REPORTING)
def test_reporting_with_a_furniture_word_is_not_counted(statement: str) -> None:
    assert not is_non_claim(statement)
