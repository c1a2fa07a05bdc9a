"""A duration of a thing ("16 weeks of pay", "three days of national mourning", "12 years
of rule") is a term measuring that thing (consensus.merge.figures `_term`, `_measured`;
issue 8, session 17); before, every duration not after "to"/"for" or joined by a hyphen
was dropped, so "eight weeks of severance pay" never disputed "at least 16 weeks of
pay". A duration of a time ("two weeks of the year") is still none, and two terms whose
things have modifiers that do not meet ("three days of national mourning" / "the
four-day weekend festivities") are two slots (`figure_acts.terms_apart`)."""

from __future__ import annotations

from test_denial_party import _report

from consensus.merge.figures import figures


def test_a_duration_of_a_thing_is_a_term_of_it() -> None:
    got = figures("Workers had been offered only eight weeks of severance pay.")
    assert [(f.value, f.unit, f.measures) for f in got] == [(8.0, "week", ("severance", "pay"))]
    got = figures("France will observe three days of national mourning.")
    assert [(f.value, f.unit, f.measures) for f in got] == [(3.0, "day", ("national", "mourning"))]


def test_a_duration_of_a_time_is_no_figure() -> None:
    assert figures("It was the wettest two weeks of the year.") == []
    assert figures("He waited for hours at the station.") == []


def _points(*texts: str) -> list[str]:
    return [p.rule for p in _report(*texts).contested]


def test_two_terms_of_pay_dispute_and_terms_of_two_things_do_not() -> None:
    shared = "The plant will close in June."
    pay = _points(
        f"{shared} Union leader Marcus Bell said most workers had been offered only eight "
        "weeks of severance pay.",
        f"{shared} Laid-off workers will get at least 16 weeks of severance pay, the company said.",
    )
    assert pay, pay
    apart = _points(
        f"{shared} The country will observe three days of national mourning.",
        f"{shared} Crowds had gathered for the four-day weekend festivities.",
    )
    assert not apart, apart


def test_a_sentence_of_years_is_a_term() -> None:
    # `figure_term_nouns` in data/words.toml: their "of" gives a term as "to" does
    got = figures("Second-degree murder carries a sentence of 25 years to life.")
    assert [(f.value, f.unit) for f in got] == [(25.0, "year")]
    assert [(f.value, f.unit) for f in figures("He signed a contract of five years.")] == [
        (5.0, "year")
    ]
    assert figures("The town has a history of 300 years.") == []


def test_a_duration_of_a_month_an_age_or_a_possession_is_no_term() -> None:
    assert figures("Prices rose in the first two weeks of March.") == []
    assert figures("Children under five years of age were vaccinated.") == []
    assert figures("He served 12 years of his sentence.") == []


def test_terms_of_two_things_are_two_slots() -> None:
    shared = "The ceasefire began on Monday."
    apart = _points(
        f"{shared} Negotiators met after two days of talks in the capital, officials said.",
        f"{shared} Negotiators met after three days of fighting in the capital, officials said.",
    )
    assert not apart, apart
