"""Session 53 (clauses53): a clause whose only verb is a present "-s" form before a determiner
or a number ("its collection contains 27 statues", "and holds a commercial licence") is a
clause part (`clause_cuts._present`); a plural noun in that place ("three times the
average", "its holds the size of") is not. Invented sentences only."""

from __future__ import annotations

from consensus.merge.clause_cuts import _WORD, _verb, clause_spans


def _parts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


def test_present_before_a_number_is_a_part() -> None:
    quote = (
        "The Harlow museum opened a new wing last spring, and its collection contains "
        "27 bronze statues from the valley."
    )
    assert _parts(quote) == [
        "The Harlow museum opened a new wing last spring",
        "its collection contains 27 bronze statues from the valley",
    ]


def test_present_after_and_before_a_determiner_is_a_part() -> None:
    quote = (
        "The pilot landed the balloon in a field near the river and holds a commercial "
        "licence from the aviation body."
    )
    assert "holds a commercial licence from the aviation body" in _parts(quote)


def test_plural_noun_after_a_number_or_determiner_is_no_verb() -> None:
    quote = (
        "Wages in the sector rose sharply last year, to three times the average of the "
        "rest of the economy in total."
    )
    assert _parts(quote) == ["Wages in the sector rose sharply last year"]
    quote = (
        "The ferry left the harbour late on Friday, its holds the size of a small "
        "warehouse and its decks full."
    )
    assert _parts(quote) == ["The ferry left the harbour late on Friday"]


def test_present_before_to_or_a_preposition_is_no_verb() -> None:
    # "cuts to", "visits to": as often nouns; a verb of saying is never the clause's verb
    assert not _verb(_WORD.findall("deep cuts to the library budget"))
    assert not _verb(_WORD.findall("the museum says its new hall"))
    assert not _verb(_WORD.findall("bonus a year for the board"))


def test_linear_on_a_long_token() -> None:
    token = "a" * 200_000 + "s"
    assert _verb([token, "the"])  # a lower-case "-s" word before "the": read at once
    assert clause_spans(token + " " + token) == []


def test_a_present_verb_after_and_takes_its_sentence_subject() -> None:
    from test_merge import claim

    from consensus.merge.clause_cuts import clause_claims
    from consensus.merge.clause_subjects import with_subject

    text = (
        "The pilot landed the balloon in a field near the river and holds a commercial "
        "licence from the aviation body."
    )
    whole = claim(text, text, text)
    part = next(p for p in clause_claims(whole) if p.statement.startswith("Holds"))
    assert with_subject(part, whole) == (
        "The pilot holds a commercial licence from the aviation body."
    )
