"""Speakers that point back at a person a narrative sentence names (offline-120,
`offline/narrative_persons.py`): a first name alone, a full name given no words, a lede's
name in capitals, "known only as X", and a definite description whose noun the person's own
description carries."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.names import _learn_names
from consensus.offline.narrative_persons import narrative_person


def _speakers(text: str) -> dict[str, str | None]:
    claims = extract_offline(Article(id="a", title="t", outlet="o", text=text)).claims
    return {c.statement: c.speaker for c in claims}


def _speaker_of(text: str, words: str) -> str | None:
    got = _speakers(text)
    hits = [spk for stmt, spk in got.items() if words in stmt]
    assert hits, got
    return hits[0]


def test_a_first_name_alone_opening_a_narrative_sentence_is_the_next_he() -> None:
    text = (
        "Lorenz Abelard, a baker from Tresk, was on the quay with his brother. "
        'Mara Quist, a nurse, said: "The boats came in too fast." '
        "Lorenz and his brother ran back to the car park and drove away. "
        'He said: "I can still hear the sirens at night."'
    )
    assert _speaker_of(text, "still hear the sirens") == "Lorenz Abelard"


def test_a_full_name_given_no_words_is_the_next_he() -> None:
    text = (
        "Mara Quist, a nurse, said the boats came in too fast.\n"
        'She described it as a "nightmare".\n'
        "Tobin Varga works at Le Cormoran, a cafe on the Promenade des Marins.\n"
        '"The water rose in about ten minutes," he told the Courier in a phone call.\n'
        '"It happened just after the fireworks."'
    )
    assert _speaker_of(text, "water rose") == "Tobin Varga"
    assert _speaker_of(text, "just after the fireworks") == "Tobin Varga"


def test_a_lede_name_in_capitals_is_the_person_an_age_points_back_at() -> None:
    text = (
        "ORSON Palatine, who founded the Greywell chain, hit back on Tuesday at claims "
        "that he had stripped the company. "
        'The 68-year-old said he had "never taken a penny he had not earned". '
        "Orson Palatine opened the first Greywell shop in 1981."
    )
    assert _speaker_of(text, "never taken a penny") == "Orson Palatine"


def test_someone_known_only_by_one_name_is_the_next_he() -> None:
    text = (
        'Mara Quist, a nurse, said: "The boats came in too fast." '
        "The Harbour Courier reported that a fisherman known only as Bastien was on the quay. "
        'He said: "I pulled two children out of the water."'
    )
    assert _speaker_of(text, "two children") == "Bastien"


def test_the_description_a_person_was_given_points_back_at_them() -> None:
    text = (
        "Elin Varro, a Swedish student living in Tresk, was on the quay when the boats "
        'came in. The student described a "terrible silence" before the boats hit the wall.'
    )
    assert _speaker_of(text, "terrible silence") == "Elin Varro"


def test_a_description_the_person_was_not_given_stays_nobody() -> None:
    text = (
        "Elin Varro, a Swedish teacher living in Tresk, was on the quay when the boats "
        'came in. The student described a "terrible silence" before the boats hit the wall.'
    )
    assert _speaker_of(text, "terrible silence") != "Elin Varro"


def test_a_relative_clause_after_the_speaker_keeps_the_next_quotation_theirs() -> None:
    text = (
        "The ferry sank off the Tresk breakwater on Sunday.\n"
        '"The boats came in too fast," said Ilka Marren, a professor of hydraulics at the '
        "Tresk Institute, who has studied the harbour for 20 years. "
        '"Nobody could have stopped them once they were inside the wall."'
    )
    assert _speaker_of(text, "Nobody could have stopped them") == "Ilka Marren"


def test_a_possessive_appositive_after_a_trailing_speaker_keeps_the_speaker() -> None:
    text = (
        "The former banker was sentenced to nine years on Monday.\n"
        '"My client did not keep a cent of that money," Ilka Marren, his lawyer, told the '
        'judge. "He believed he could save the bank."'
    )
    assert _speaker_of(text, "did not keep a cent") == "Ilka Marren"
    assert _speaker_of(text, "could save the bank") == "Ilka Marren"


def test_a_full_name_alone_before_of_a_body_is_the_speaker() -> None:
    text = (
        "Shares in the payments firm rose 40 percent on their first day of trading.\n"
        '"The market has decided to ignore the short seller for now, but the questions will '
        'not go away," said Ilka Marren of Tresk Capital, who called the valuation "rich".'
    )
    assert _speaker_of(text, "ignore the short seller") == "Ilka Marren"


def test_a_title_alone_before_of_a_body_is_no_person() -> None:
    text = (
        "Two trams collided near the depot on Monday.\n"
        "Ilka Marren, Assistant Chief Constable of the Tresk Transport Police, said they were "
        "investigating whether the driver fell asleep."
    )
    assert _speaker_of(text, "fell asleep") == "Ilka Marren"


def test_a_pronoun_after_an_opening_prepositional_phrase_speaks() -> None:
    text = (
        "President Ilka Marren returned to the capital for emergency talks. "
        'In an emotional speech she said: "We will not be divided by this."'
    )
    assert _speaker_of(text, "not be divided") == "Ilka Marren"


def test_a_name_opening_a_sentence_is_followed_only_when_a_person_is_spoken_of() -> None:
    text = (
        "Piet Quist, a fisherman, said the boats came in too fast. Orla Brennick runs the "
        "harbour cafe. Cormac Vale said the sailings would resume."
    )
    names = _learn_names(text)
    clause = "Orla Brennick runs the harbour cafe."
    assert narrative_person(clause, names) is None  # no "he", "his", "who" near it
    assert narrative_person(clause, names, " She said it was closed.") == "Orla Brennick"
