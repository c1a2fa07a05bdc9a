"""A standing description beside the news (a tenure, a founding, a headcount, an age reached)
is background to the summary (`consensus.summary_background`): it ranks below a fact of the
story and is no notable claim. Close claims of the story stay. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from consensus.models import ClaimKind
from consensus.summary import is_background


@pytest.mark.parametrize(
    "text",
    [
        "Varga has led the party since 2011.",
        "The coach had managed the club for nine years and ran its youth academy.",
        "Ilsa Moor, a former judge, had chaired the commission since 2016.",
        "Chief executive Pia Lund founded the bank in a rented office in 2009.",
        "The firm was set up in 1998.",
        "The plant employs about 1,200 people.",
        "The chain still employs 8,000 staff in 150 stores.",
        "The striker turned 30 last month.",
    ],
)
def test_a_standing_description_is_background(text: str) -> None:
    assert is_background(text, (), ClaimKind.event)


@pytest.mark.parametrize(
    "text",
    [
        # the news, with a description in a relative clause or an apposition beside it
        "The president, who has ruled since 2000, was ousted on Monday.",
        "Lumen, founded in 2014, listed its shares on Thursday.",
        "Founded in 1994, the company won its first national contract in 2023.",
        "The party won 97 seats, its worst result since it was founded in 1998.",
        # a count of the story, not a headcount of a standing firm
        "The plant will cut 400 of the 1,200 people it employs.",
        "The company said it would hire 500 workers.",
        # a speaker's own words
        '"We have run this yard for 40 years," the owner said.',
        # a figure reached in the story
        "Shares turned higher on Monday.",
    ],
)
def test_the_news_beside_a_description_is_not_background(text: str) -> None:
    assert not is_background(text, (), ClaimKind.event)


def test_a_headcount_as_a_second_main_verb_is_background() -> None:
    text = "The firm started in a rented garage a decade ago and still employs about 900 people."
    assert is_background(text, (), ClaimKind.event)
