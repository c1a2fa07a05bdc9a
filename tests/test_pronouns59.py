"""Session 59 (pronoun59): a statement opening on "It" names the body with a name that the
clause before, which gave nobody words, opened on as its subject ("Ostra Exams Board revised
…. It blamed …" -> "Ostra Exams Board blamed …"), as the text writes it; after a person, a
plural or a sentence's first word only, "It" stays (whose act, unsure)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _statements(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="a", text=text)).claims]


def test_it_after_a_body_that_opened_the_clause_before_is_that_body() -> None:
    got = _statements(
        "Ostra Exams Board revised its pass mark for the spring papers on Monday. "
        "It blamed a marking error in two regional centres for the change."
    )
    assert "Ostra Exams Board blamed a marking error in two regional centres for the change." in (
        got
    ), got


def test_the_body_keeps_its_article_as_written() -> None:
    got = _statements(
        "The Harbour Authority closed the eastern channel to barge traffic on Monday. "
        "It ordered an inspection of every pier on the river."
    )
    assert "The Harbour Authority ordered an inspection of every pier on the river." in got, got


@pytest.mark.parametrize(
    "before",
    [
        "Lena Morrow revised her estimate of the losses on Monday.",  # a person
        "Residents packed the town hall on Monday night.",  # a sentence's first word only
    ],
)
def test_it_after_no_body_stays_it(before: str) -> None:
    got = _statements(f"{before} It blamed a marking error in two regional centres for the change.")
    assert "It blamed a marking error in two regional centres for the change." in got, got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the clause names a speaker of its own: "it" is what the institute measured
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "It weighs 1.2 kilograms, the institute says, well below the first estimate.",
            "It weighs 1.2 kilograms",
        ),
        (  # a possessive name: the runway, not the town
            "Norby's single runway is 1,800 metres long. "
            "It handles about 900 passengers a day, mostly on flights to the islands.",
            "It handles about 900 passengers",
        ),
        (  # a plural is never "it"
            "Drovers are protesting against the new grazing levy on upland farms. "
            "It replaces the old annual permit for every flock.",
            "It replaces the old annual permit",
        ),
        (  # "The Norby plant": one name after "The" is a modifier
            "The Norby plant opened in 1987 and is the largest employer in the town. "
            "It employed around 1,100 people at its peak.",
            "It employed around 1,100 people",
        ),
    ],
)
def test_an_unsure_antecedent_leaves_it(text: str, kept: str) -> None:
    got = _statements(text)
    assert any(s.startswith(kept) for s in got), got


def test_it_of_no_act_stays_it() -> None:
    got = _statements(
        "Ostra Exams Board revised its pass mark for the spring papers on Monday. "
        "It is the second change to the mark in three years."
    )
    assert "It is the second change to the mark in three years." in got, got
