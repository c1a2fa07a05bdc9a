"""Who says a quotation after a short sentence naming its subject ("Vesk rejected that.
"...," he said.") and after a body's role holder in apposition ("Its director, Ina Roe, ...
"...," she said."): the person the story now follows, not the last speaker before.
Sentences invented for this test."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _speakers(text: str, quoted: str) -> set[str | None]:
    claims = extract_offline(Article(id="s", text=text, outlet="Example Post")).claims
    found = {c.speaker for c in claims if quoted in c.statement}
    assert found, [c.statement for c in claims]
    return found


_HEAD = (
    "BRESK — Thirty workers died in a fire at a textile plant on Monday, the labour ministry "
    "said.\n\nLabour minister Aron Vesk said 30 bodies had been recovered.\n\n"
    "The union said the toll was higher. Union leader Lena Hadd said its lists showed at "
    "least 43 workers missing.\n\n"
)


def test_a_short_sentence_opening_on_a_surname_gives_the_next_he_said_to_them() -> None:
    text = _HEAD + 'Vesk rejected that. "Every body recovered has been counted," he said.'
    assert _speakers(text, "Every body recovered") == {"Aron Vesk"}


def test_a_short_sentence_opening_on_something_else_changes_nothing() -> None:
    text = _HEAD + 'Nobody disputed that. "Every body recovered has been counted," she said.'
    assert _speakers(text, "Every body recovered") <= {"Lena Hadd", None}


def test_a_short_question_does_not_move_the_story() -> None:
    text = _HEAD + 'Vesk next? "Every body recovered has been counted," she said.'
    assert "Aron Vesk" not in _speakers(text, "Every body recovered")


def test_a_bodys_director_in_apposition_is_the_next_she() -> None:
    text = (
        _HEAD + "The Institute of Fire Safety said the alarms had failed. Its director, Ina "
        'Roe, repeated that the plant had no sprinklers. "We warned the owners in writing '
        'two years ago," she said on Monday.'
    )
    assert _speakers(text, "We warned the owners") == {"Ina Roe"}


_SHIP = (
    "OSTRA — A cargo ship owned by Harnet Shipping Lines spilled fuel off the coast on "
    "Sunday, the coastguard said.\n\n"
)


def test_the_company_after_a_bare_company_name_that_just_spoke_is_that_company() -> None:
    text = _SHIP + (
        "Harnet again denied a claim that the crew had ignored a radio warning. "
        '"The master received no such call," the company said in a statement.'
    )
    assert _speakers(text, "The master received") == {"Harnet Shipping Lines"}


def test_the_company_is_never_the_person_who_just_spoke() -> None:
    text = _SHIP + (
        "Port chief Aron Vesk denied a claim that the crew had ignored a radio warning. "
        '"The master received no such call," the company said in a statement.'
    )
    assert "Aron Vesk" not in _speakers(text, "The master received")
