"""A duration a verb of lasting takes as its object ("the repair would take three weeks",
"the closure lasted 19 days") is a term (consensus.merge.figure_terms `_TERM_BEFORE`,
`figure_term_verbs` in data/words.toml; session 55): before, only "to", "for" and a term
noun's "of" made one, so "would take about three weeks" and "would now take five to six
weeks" were no figures, and the two claims joined into one agreed item over two estimates.
After a modal ("could last up to ten days") the term is a forecast (`forecast_term`,
`Figure.expected`), no rival of how long a thing did last. A span between two events ("two
days after the vote") and a time limit ("within 30 days") stay no figure."""

from __future__ import annotations

from test_denial_party import _report

from consensus.merge.figures import figures


def _terms(text: str) -> list[tuple[float, str, float | None]]:
    return [(f.value, f.unit, f.high) for f in figures(text)]


def test_a_duration_after_a_verb_of_lasting_is_a_term() -> None:
    assert _terms('The firm said a repair would take "about three weeks".') == [(3.0, "week", None)]
    assert _terms("The repair would now take five to six weeks.") == [(5.0, "week", 6.0)]
    assert _terms("The closure lasted 19 days.") == [(19.0, "day", None)]


def test_a_modal_term_is_a_forecast() -> None:
    assert [f.expected for f in figures("The closure could last up to ten days.")] == [True]
    assert [f.expected for f in figures("The closure lasted eleven days.")] == [False]


def test_a_span_between_events_is_still_no_term() -> None:
    assert figures("It took place two days after the vote.") == []
    assert figures("The talks ended three weeks ago.") == []
    assert figures("Refunds will be paid within 30 days.") == []


def test_two_estimates_of_one_repair_make_a_point() -> None:
    shared = "A subsea cable between Orland and Vesk was cut on Monday."
    got = _report(
        f"{shared} Brightline Cable said a repair would take about three weeks.",
        f"{shared} Brightline Cable said the repair would now take five to six weeks.",
    )
    rules = [p.rule for p in got.contested]
    assert any("week" in r for r in rules), rules
