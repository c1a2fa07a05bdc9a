"""Speakers the offline extractor gave to the wrong person or left a bare role (session 60,
speakers60): a name written after a preposition ("the bus to Marrow Heath runs") is no one a
"she said" after it points at; a possessive name before another person ("Holm's lawyer, Ada
Vik, called ...") is not the person the story follows; "a spokesperson said" after a
multi-word name that spoke and that the text never gives a gender is that body's
spokesperson. Each case has a twin the change must leave alone. Every name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers


def test_a_place_after_a_preposition_is_no_one_she_points_at() -> None:
    text = (
        "Wilma Orrin has lived on Pond Street since 1961.\n\n"
        "At 90, she cannot walk far, and the only bus to Marrow Heath runs once a day. "
        '"The surgery was my lifeline," she said.\n'
    )
    assert _speakers(text, "lifeline") == ["Wilma Orrin"]


def test_a_person_opening_the_clause_is_still_followed() -> None:
    # the twin: the other person is the clause's subject, not a preposition's object
    text = (
        "Wilma Orrin has lived on Pond Street since 1961.\n\n"
        "Her neighbour Tessa Brund walked over to the surgery on Monday. "
        '"The doors were locked," she said.\n'
    )
    assert _speakers(text, "doors were locked") == ["Tessa Brund"]


def test_a_possessive_owner_is_not_the_person_who_speaks_next() -> None:
    text = (
        'Captain Arne Holm was seen in the bar, a witness said. "He had a beer," the '
        "witness told the Post.\n\n"
        'Holm\'s lawyer, Ada Vik, called the claims "cruel". She said the captain had drunk '
        "tea and nothing else.\n"
    )
    assert _speakers(text, "tea and nothing else") == ["Ada Vik"]


def test_a_possessive_alone_leaves_the_story_with_its_owner() -> None:
    # the twin: no other person in the clause, so the owner is still the one followed
    text = (
        "Captain Arne Holm said the ferry was on time.\n\n"
        "Holm's ferry was later towed to port. He said the engines had failed twice.\n"
    )
    assert _speakers(text, "engines had failed") == ["Arne Holm"]


def test_a_spokesperson_after_an_ungendered_name_that_spoke_is_its_spokesperson() -> None:
    text = (
        "Crowds left the park at midnight.\n\n"
        "Tallow Meadow Events have confirmed that the last day is cancelled. "
        '"Nobody will be let in tomorrow," a spokesperson said.\n'
    )
    assert _speakers(text, "Nobody will be let in") == ["Tallow Meadow Events spokesperson"]


def test_a_spokesperson_after_a_gendered_person_stays_a_spokesperson() -> None:
    # the twin: the text gives the name a gender ("her"), so it is a person's
    text = (
        "Crowds left the park at midnight.\n\n"
        "Festival director Greta Sollum said her team had cancelled the last day. "
        '"Nobody will be let in tomorrow," a spokesperson said.\n'
    )
    assert _speakers(text, "Nobody will be let in") == ["spokesperson"]
