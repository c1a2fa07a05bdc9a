"""Words of news genres beyond attacks and crashes that state one act in other words
(data/concepts.toml synonyms, data/phrases.toml rewrites): a resignation told as "resigned",
"quit", "stepped down" or "will leave office" is one concept to the merger, so two outlets'
accounts of it share a content concept (and a blocking key)."""

from __future__ import annotations

import pytest

from consensus.merge.features import _tokens


def _concepts(text: str) -> list[str]:
    return [t.concept for t in _tokens(text) if t.concept]


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Friday.",
        "The minister has stepped down.",
        "The minister steps down as party leader.",
        "The minister quit on Friday.",
        "The minister will leave office on May 7.",
        "The minister's resignation takes effect on May 7.",
    ],
)
def test_leaving_an_office_is_one_concept(text: str) -> None:
    assert "resign" in _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister took the steps down to the platform.",  # a flight of steps
        "The office will open on May 7.",
        "Prices went down on Friday.",
    ],
)
def test_other_steps_and_offices_are_not_a_resignation(text: str) -> None:
    assert "resign" not in _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Lira forced more than 40,000 to flee their homes.",
        "More than 40,000 people were evacuated from low-lying areas.",
        "The floods displaced 5,000 people.",
        "Thousands of evacuees spent the night in schools.",
        "The fire forced 38,000 people to leave their homes.",
    ],
)
def test_fleeing_and_evacuation_are_one_concept(text: str) -> None:
    assert "evacuate" in _concepts(text)


def test_a_count_of_the_fled_and_of_the_evacuated_is_one_slot() -> None:
    from consensus.merge.figures import figures

    fled = figures("Typhoon Lira forced more than 40,000 to flee their homes")[0]
    evacuated = figures("More than 40,000 people were evacuated from low-lying areas")[0]
    # the nearest slot words meet through the concept (compare.PairContext._words_meet)
    assert _concepts(fled.slot[0]) == _concepts(evacuated.slot[0]) == ["evacuate"]


def test_figures_and_numbers_are_one_concept() -> None:
    # "the figures did not add up" / "the numbers do not add up" (a budget's critics)
    assert _concepts("the figures did not add up") == _concepts("the numbers did not add up")
    assert "number" in _concepts("The official figure was revised.")


def test_raising_hiking_and_lifting_a_level_are_one_concept() -> None:
    # a rate decision, a retirement age
    raised = _concepts("The bank raised interest rates")
    assert raised == _concepts("The bank hiked interest rates")
    assert _concepts("plans to raise the retirement age") == _concepts(
        "plans to lift the retirement age"
    )
    assert "raise" in raised


@pytest.mark.parametrize(
    "text",
    [
        "Police said there were no suspicious circumstances.",
        "Police have ruled out foul play.",
        "The death is not being treated as suspicious.",
        "There was no sign of foul play, police said.",
    ],
)
def test_the_polices_no_crime_words_are_one(text: str) -> None:
    assert "unsuspicious" in _concepts(text)


def test_suspicious_circumstances_are_not_ruled_out() -> None:
    assert "unsuspicious" not in _concepts("Police are treating the death as suspicious.")


def test_backing_down_is_withdrawing() -> None:
    assert _concepts("We will not back down.") == _concepts("We will not withdraw.")
    assert "withdraw" not in _concepts("The tram slowed down on the way back.")


def test_a_sports_table_is_its_league() -> None:
    assert _concepts("Harbourside are now third in the league.") == _concepts(
        "Harbourside are now third in the table."
    )
    # a table of a meeting stays a table
    assert "leagu" not in _concepts("The offer is on the table.")
