"""Speakers given to the wrong person, or shown wrong (session 62, speakers62): a '"…?" he
asked' after a woman the story follows is the man named just before in her paragraph, not
her; a segment opening on a preposition is no subject that speaks after a colon; "according
to <the article's own outlet>" is the outlet's own voice; "he" names no one-word name the
text writes after a determiner ("A <Firm> employee"); a role alone is shown as the one
person the batch titles with it. Each case has a twin the change must leave alone. Every
name is made up."""

from __future__ import annotations

from test_speakers47 import _speakers

from consensus.merge.speakers import Speakers, full_name, speakers_in_scope
from consensus.models import Article
from consensus.offline.claims import extract_offline

_HEARING = (
    "The director of the Orvell Water Board, Anneli Strand, apologised to councillors on "
    "Monday for the outage.\n\n"
    '"The failure is ours," Strand said. She said a faulty valve had caused it.\n\n'
    "Strand told the panel she was first told of the leak at 6:40 a.m. Panel chairman "
    "Tomas Pirvik challenged that, reading from a log that showed staff had reported it "
    'at 2:15 a.m. "Four hours passed before anyone called the director. Who decided that '
    'could wait?" he asked.\n'
)


def test_he_asked_after_a_woman_is_the_man_named_before() -> None:
    assert _speakers(_HEARING, "Four hours") == ["Tomas Pirvik"]


def test_he_asked_after_a_man_who_spoke_is_still_his() -> None:
    # the twin: the followed person is a man, so "he" is his
    text = (
        "Panel chairman Tomas Pirvik opened the hearing on Monday.\n\n"
        '"The failure is yours," Pirvik said. He said a faulty valve had caused it.\n\n'
        '"Four hours passed before anyone called the director. Who decided that could '
        'wait?" he asked.\n'
    )
    assert _speakers(text, "Four hours") == ["Tomas Pirvik"]


def test_she_after_a_woman_keeps_her() -> None:
    # the twin: the pronoun fits the followed person; the man named last is not taken
    text = _HEARING.replace("he asked", "she asked")
    assert _speakers(text, "Four hours") == ["Anneli Strand"]


def test_a_fronted_phrase_names_no_speaker() -> None:
    # "For <Place> teacher <Name>, …, the news arrived …: '…'": the capitalised words after
    # "For" are no subject that speaks the question
    text = (
        "For Dunmere Vale nurse Ola Brekke, 51, who plans to retire next year, the news "
        'arrived in a text from a friend: "Have you seen what the fund did?"\n\n'
        '"I paid in for thirty years," Brekke said.\n'
    )
    assert _speakers(text, "the news arrived") == [None]


def test_a_subject_after_a_fronted_phrase_still_speaks() -> None:
    # the twin: the subject after the fronted phrase's comma speaks
    text = (
        "On Monday, Mayor Ola Brekke paid tribute on the radio: "
        '"He gave thirty years to this town."\n'
    )
    assert _speakers(text, "thirty years") == ["Ola Brekke"]


def _outlet_speakers(outlet: str, marker: str) -> list[str | None]:
    text = (
        "Dr Lena Holt told the Ledger the decision was the company's own. Even a short "
        "pause would likely push the filing back by a quarter, according to the Ledger's "
        "estimate.\n"
    )
    cs = extract_offline(Article(id="a1", title="Test", outlet=outlet, text=text))
    return [c.speaker for c in cs.claims if marker in c.statement]


def test_according_to_its_own_outlet_is_the_outlets_voice() -> None:
    assert _outlet_speakers("The Harbour Ledger", "short pause") == [None]


def test_according_to_another_outlet_names_it() -> None:
    # the twin: another outlet's estimate is that outlet's
    assert _outlet_speakers("The Daily Post", "short pause") == ["Ledger"]


def test_she_after_a_man_takes_no_name_from_the_paragraph_before() -> None:
    # a "she" the followed man cannot be looks no further back than its own paragraph (the
    # newspaper named in the paragraph before is nobody's voice)
    text = (
        "The Brekkvik Courier reported the win on Saturday.\n\n"
        "The kiosk's owner, Arne Dalby, told the Courier that was impossible. "
        '"That ticket was not sold in my shop," he said.\n\n'
        'The man\'s mother disputed that. "My son bought that ticket at the kiosk," she '
        "told the Courier by telephone.\n"
    )
    found = _speakers(text, "My son bought")
    assert found and all(s is None or "Courier" not in s for s in found)


_EMPLOYEE = (
    "Dunsel maintains that nothing from its site caused the deaths.\n\n"
    "A Dunsel employee, who spoke on condition of anonymity, gave a different account. "
    '"Everybody on the night shift knew what was going down that drain," he said.\n'
)


def test_he_is_no_one_word_name_written_after_a_determiner() -> None:
    # "A Dunsel employee": the firm's name after a determiner is a body's; "he" is not it
    found = _speakers(_EMPLOYEE, "night shift")
    assert found and all(s is None or s != "Dunsel" for s in found)


def test_he_is_still_a_one_word_name_the_text_gives_a_gender() -> None:
    # the twin: "Mr Dunsel" gives the name a gender, so "he" is him
    text = _EMPLOYEE.replace("Dunsel maintains", "Mr Dunsel maintains")
    assert _speakers(text, "night shift") == ["Mr Dunsel"]


_ROLE_TEXT = "The First Minister described the move as a betrayal."
_TITLED = "First Minister Elin Varga said the members should stand down."


def test_a_role_alone_shows_the_one_name_the_batch_titles_with_it() -> None:
    index = Speakers({"first minister": [_ROLE_TEXT], "elin varga": [_TITLED]})
    with speakers_in_scope(index):
        assert full_name("first minister") == "elin varga"


def test_a_role_two_names_hold_stays_a_role() -> None:
    # the twin: the batch titles two people with the role, so it names neither
    other = "First Minister Tomas Brenn said the same in 2019."
    index = Speakers(
        {"first minister": [_ROLE_TEXT], "elin varga": [_TITLED], "tomas brenn": [other]}
    )
    with speakers_in_scope(index):
        assert full_name("first minister") == "first minister"
