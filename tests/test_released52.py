"""Session 52 (released52): what six newly released blind clusters showed, in invented text.

- A relative clause after the sentence's subject, then the subject's own verb with no
  speaker before it ("The rowing club, which owns the boathouse, rejected that.") is the
  main clause going on, never a tail naming who said the relative clause: two claims, "The
  club rejected that." (the club its speaker) and "The club owns the boathouse", not a bare
  noun phrase and "The club owns the boathouse, rejected that." (consensus/offline/compound.py
  `_subject_verb_follows`).
- A wire dateline with the day first ("PORT WELLAN, 3 March (KNA) - ") is not content, as
  "PORT WELLAN, March 3 (KNA) - " was (consensus/offline/sentences.py `_DATE_IN_DATELINE`).
- "No." before a word is an answer, a sentence of its own ("Is this the first delay? No.
  Last spring's ..."), not the abbreviation of "number", which a figure follows ("No. 4")
  (consensus/offline/sentences.py `_answer_no`): the claim after it no longer opens on a
  "No." that reads as a negation.
"""

from __future__ import annotations

import time

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.sentences import _DATELINE


def _claims(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="a1", title="Harbour news", outlet="Test Outlet", text=text)
    return [(c.statement, c.speaker) for c in extract_offline(article).claims]


@pytest.mark.parametrize(
    ("verb", "rest"),
    [
        ("rejected", "that account."),
        ("says", "the opposite."),
        ("conceded", "defeat on Sunday."),
        ("confirmed", "the closure a few hours later."),
    ],
)
def test_subject_verb_after_a_relative_clause_is_the_main_clause(verb: str, rest: str) -> None:
    text = (
        "The harbour ferry ran aground on Friday. "
        f"The Quillan Rowing Club, which owns the boathouse, {verb} {rest}"
    )
    claims = _claims(text)
    statements = [s for s, _who in claims]
    assert "The Quillan Rowing Club" not in statements  # (no bare noun phrase)
    assert "The Quillan Rowing Club owns the boathouse" in statements
    main = [(s, who) for s, who in claims if s.startswith(f"The Quillan Rowing Club {verb} ")]
    assert main == [(f"The Quillan Rowing Club {verb} {rest}", "Quillan Rowing Club")]


def test_a_person_then_a_relative_clause_then_the_verb() -> None:
    text = (
        "The budget passed on Monday. "
        "Councillor Oda Brannig, who chairs the audit panel, denied any wrongdoing."
    )
    claims = _claims(text)
    assert ("Oda Brannig denied any wrongdoing.", "Oda Brannig") in claims or (
        "Councillor Oda Brannig denied any wrongdoing.",
        "Councillor Oda Brannig",
    ) in claims
    assert not any(s.endswith("audit panel, denied any wrongdoing.") for s, _w in claims)


def test_tail_attribution_after_a_relative_clause_is_still_a_speaker() -> None:
    # near miss: the speaker stands before the verb, so it names who said it
    text = (
        "The pier was closed near the old mill, which burned down in 2019, harbour officials said."
    )
    claims = _claims(text)
    assert any(who == "harbour officials" for _s, who in claims), claims
    # and after a verb in the clause before, the relative clause is no subject's
    assert not any(s.startswith("The pier was closed near the old mill burned") for s, _w in claims)


def test_inverted_speaker_after_a_relative_clause_is_not_a_verb_phrase() -> None:
    # near miss: "said" then a name is a speaker after its verb, never the subject's act
    text = "The old mill, which burned down in 2019, will be rebuilt, said Mara Tollen."
    claims = _claims(text)
    assert not any(s.startswith("The old mill said") for s, _w in claims), claims


@pytest.mark.parametrize("date", ["3 March", "March 3", "3 March 2026"])
def test_day_first_wire_dateline_is_not_content(date: str) -> None:
    text = (
        f"PORT WELLAN, {date} (KNA) - A grain barge sank in the outer harbour on Monday, "
        "the port authority said.\n\nNo one was hurt."
    )
    claims = _claims(text)
    first = claims[0][0]
    assert "KNA" not in first and "WELLAN" not in first.upper(), claims
    assert first.startswith("A grain barge sank") or first.startswith("The port authority said"), (
        claims
    )


def test_day_first_date_without_a_wire_code_is_no_dateline() -> None:
    # near miss: a sentence that opens with a place and a date but names no wire
    assert _DATELINE.match("PORT WELLAN, 3 March was the day the barge sank.") is None


def test_dateline_regex_is_linear_on_a_long_token() -> None:
    token = "A" * 200_000
    start = time.perf_counter()
    _DATELINE.match(token + " 3 March (KNA)")
    _DATELINE.match("PORT, " + "3 " * 50_000 + "March")
    assert time.perf_counter() - start < 1.0


def test_answer_no_is_a_sentence_of_its_own() -> None:
    text = (
        "Is this the first delay to the ferry timetable?\n\n"
        "No. Last spring's timetable started three weeks late."
    )
    statements = [s for s, _w in _claims(text)]
    assert "Last spring's timetable started three weeks late." in statements, statements
    assert not any(s.startswith("No.") for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        "The club is ranked No. 4 in the league this season.",
        "The team moved to the No. 2 pitch after the storm.",
    ],
)
def test_number_abbreviation_before_a_figure_ends_no_sentence(text: str) -> None:
    # near miss: "No." before a figure is the number's abbreviation
    assert [s for s, _w in _claims(text)] == [text]


def test_a_word_ending_in_no_ends_its_sentence_as_before() -> None:
    # near miss: "casino." is a word, not the answer "No."
    text = "The council closed the casino. Staff were told on Monday."
    statements = [s for s, _w in _claims(text)]
    assert "The council closed the casino." in statements, statements
