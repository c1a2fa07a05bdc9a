"""Speakers the offline extractor gave to the wrong person or left a bare role (session 60,
speakers60): a name written after a preposition ("the bus to Marrow Heath runs") is no one a
"she said" after it points at; a possessive name before another person ("Holm's lawyer, Ada
Vik, called ...") is not the person the story follows; "they said" after a clause that
opens on a plural group that has spoken ("The nurses tell a different story.") is that
group's, and so is the quoted statement its colon introduces; "We put that to the fire
service. A spokeswoman said" is that body's spokeswoman. Each case has a twin the change
must leave alone. Every name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers

from consensus.ingest import parse_text
from consensus.offline import extract_offline


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


_NURSES = (
    "The Kelby Health Board says 300 patients were moved. The nurses say the true number "
    "is 450.\n\n"
    "The board's director, Dr Ola Brenn, said the ward closed for repairs.\n\n"
    "The nurses tell a different story. In a statement read by a union officer, they "
    "said:\n\n"
    '"We warned the board about the roof for two winters. Nobody came to look at it.\n\n'
    '"The repairs were promised in May and never started."\n\n'
    "The board says the repairs begin next week.\n"
)


def _speakers_of(text: str, marker: str) -> list[str | None]:
    article = parse_text(text, id="probe", title="Probe")
    found = [c.speaker for c in extract_offline(article).claims if marker in c.statement]
    assert found, f"no claim holds {marker!r}"
    return found


def test_they_after_a_plural_group_opening_the_sentence_is_that_group() -> None:
    assert _speakers_of(_NURSES, "roof for two winters") == ["nurses"]
    assert _speakers_of(_NURSES, "never started") == ["nurses"]


def test_they_after_a_group_that_never_spoke_stays_unread() -> None:
    # the twin: "the porters" have not spoken before, so "they" is no one read
    text = _NURSES.replace("The nurses tell", "The porters tell")
    assert _speakers_of(text, "roof for two winters") != ["porters"]


def test_a_spokeswoman_after_the_outlet_turns_to_a_body_is_its_spokeswoman() -> None:
    text = (
        "Residents said nobody warned them about the smoke.\n\n"
        "We put that to the fire service. A spokeswoman said alerts went out at six.\n"
    )
    assert _speakers(text, "alerts went out") == ["fire service spokeswoman"]


def test_a_spokeswoman_after_the_outlet_turns_to_a_person_stays_a_spokeswoman() -> None:
    # the twin: "to" a plural group, no body's kind: the spokeswoman stays nobody's
    text = (
        "Residents said nobody warned them about the smoke.\n\n"
        "We put that to the residents. A spokeswoman said alerts went out at six.\n"
    )
    assert _speakers(text, "alerts went out") == ["spokeswoman"]
