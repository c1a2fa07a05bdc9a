"""A body the article names in full, named again by the last word of its name, opens the
clause a bare "a spokesman said" follows: that spokesman is the named body's
(`offline/named_kinds.py`, `story_follow.body_subject`); "It now says" between them keeps
that body. Invented sentences; names stand alone."""

from __future__ import annotations

import datetime as dt

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.named_kinds import named_kinds


def _speakers(text: str, words: str) -> list[str | None]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    return [c.speaker for c in extract_offline(article).claims if words in c.statement]


_LANDING = (
    "A cargo jet overran the runway at Tarnby Regional Airport on Friday.\n\n"
    "Tom Reed of the pilots' union said the glide slope had been switched off on Thursday "
    'night. The airport rejected that. "The landing system was not out of service. It was '
    'fully working, and we have the logs to show it," a spokesman said.\n'
)


def test_the_kind_of_a_named_body_lends_it_the_next_spokesman() -> None:
    speakers = _speakers(_LANDING, "logs to show it")
    assert speakers == ["Tarnby Regional Airport spokesman"], speakers


def test_a_kind_two_names_end_on_names_neither() -> None:
    text = _LANDING.replace("on Friday.", "on Friday, diverted from Holm Airport.")
    assert "airport" not in named_kinds(text)
    assert _speakers(text, "logs to show it") == ["spokesman"]


def test_a_person_s_surname_is_no_kind() -> None:
    text = (
        "Rescuers searched the marsh near Tom Marsh's farm on Friday. Mr Marsh said the "
        "water rose fast. The marsh flooded again."
    )
    assert "marsh" not in named_kinds(text)


def test_a_kind_the_text_never_writes_alone_is_no_kind() -> None:
    assert named_kinds("Orla Reyes Advisory said the bikes were locked at midnight.") == {}


def test_a_known_kind_stays_a_kind() -> None:
    text = (
        "The Holm Museum of Art opened a new wing in May. The museum rejected that. "
        '"It was fine," a spokesman said.'
    )
    assert _speakers(text, "It was fine") == ["museum spokesman"]


def test_it_keeps_the_body_for_the_next_spokesman() -> None:
    text = (
        "The board has just revised its figure. It now says fourteen thousand pupils "
        "received a lower grade than they deserved. A spokesman said the first number "
        '"only covered pupils at one grade boundary".'
    )
    assert _speakers(text, "first number") == ["board spokesman"]


def test_a_capitalised_the_is_no_kind() -> None:
    # "the Orsk family" writes the surname after "the", capitalised: still a person's name
    assert named_kinds("Lena Orsk won the seat. The Orsk family left early.") == {}


def test_a_title_is_no_kind() -> None:
    text = "Lena Orsk met the Prime Minister on Friday. The minister rejected that."
    assert "minister" not in named_kinds(text)


def test_a_surname_after_a_title_after_a_title_is_no_kind() -> None:
    # ("Mr Dr Hollis": the name's last word follows "Dr", itself after "Mr")
    text = (
        "Mr Dr Hollis spoke.\n\nThe Tarnby Hollis opened today. The hollis was full.\n"
        "Staff at Brenmoor Depot said the depot had shut. The Greyling Depotx reopened.\n"
    )
    assert named_kinds(text) == {"depot": "Brenmoor Depot"}


def test_the_kind_stands_alone_only_as_a_whole_word() -> None:
    # "the depots" and "the depot_x" are no "the depot"; "the depot's" is
    assert named_kinds("Brenmoor Depot is shut. Both of the depots opened.\n") == {}
    assert named_kinds("Brenmoor Depot is shut. Then the depot_x opened.\n") == {}
    got = named_kinds("Brenmoor Depot is shut. Then the depot's gate opened.\n")
    assert got == {"depot": "Brenmoor Depot"}
