"""A quotation run that opens a paragraph with no speaker takes the speaker the paragraph
before it left speaking (consensus/offline/quote_context.py)."""

from __future__ import annotations

from test_offline_kinds import _one


def test_a_run_after_a_reported_statement_is_its_speakers() -> None:
    text = (
        "A tram left the rails in Kelmar on Friday.\n"
        "Local MP Oren Vask said his friend was on the tram.\n"
        '"He has been injured, he is in hospital. But it has been a very shocking day.\n'
        '"Thousands of people use these trams every day to get to work.\n'
        '"This has come as a great shock."\n'
    )
    assert _one(text, "He has been injured").speaker == "Oren Vask"
    assert _one(text, "Thousands of people use").speaker == "Oren Vask"
    assert _one(text, "great shock").speaker == "Oren Vask"


def test_a_run_after_a_quotation_goes_on_with_its_speaker() -> None:
    text = (
        "Andy Vale works at a restaurant on the promenade.\n"
        '"It was very well planned," he told the radio in a phone call on Friday.\n'
        '"They knew that the noise of the fireworks would mask the noise of the gunfire.\n'
        '"Everyone came rushing into the restaurant from the street."\n'
    )
    assert _one(text, "noise of the fireworks").speaker == "Andy Vale"
    assert _one(text, "Everyone came rushing").speaker == "Andy Vale"


def test_a_later_speaker_in_the_run_keeps_the_run() -> None:
    text = (
        "The mayor Ida Rhee said the city was in shock.\n"
        '"We will rebuild the station and the bridge this year.\n'
        '"We will not forget the people we lost," said Mira Holt, a resident.\n'
    )
    assert _one(text, "rebuild the station").speaker == "Mira Holt"
