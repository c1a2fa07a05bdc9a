"""Terms in two units of time (consensus.merge.figure_durations): "for 30 days" and "for two
weeks" of one ban are one slot and a clash; "six years" and "72 months" in prison are no
clash; terms of two things in two units stay apart. Invented statements."""

from __future__ import annotations

import numpy as np

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_durations import in_unit_of, term_days, terms_agree, two_term_units
from consensus.merge.figures import figures
from consensus.merge.slot_model import pair_features
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def _term(statement: str) -> object:
    (f,) = [g for g in figures(statement) if g.unit in ("day", "week", "month", "year")]
    return f


def test_one_ban_in_days_and_in_weeks_is_one_slot_that_clashes() -> None:
    ctx = _context(
        "The city council banned marches near the harbour bridge for 30 days.",
        "The city council banned marches near the harbour bridge for two weeks.",
        "The city council banned marches near the harbour bridge for four weeks.",
    )
    assert ctx.figure_relation(0, 1)[1] == "day: 30 vs two"
    assert ctx.figure_relation(0, 2) == (False, "")  # four weeks: 28 days, no clash
    # in one unit as before
    assert ctx.figure_relation(1, 2)[1] == "week: two vs four"


def test_a_sentence_in_years_and_in_months_clashes_only_when_the_lengths_differ() -> None:
    ctx = _context(
        "The judge sentenced the former mayor to six years in prison.",
        "The former mayor was sentenced to 72 months in prison.",
        "The former mayor was sentenced to 60 months in prison.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")  # 72 months: six years
    assert ctx.figure_relation(0, 2)[1] == "year: six vs 60"


def test_terms_of_two_things_in_two_units_do_not_meet() -> None:
    ctx = _context(
        "The harbour bridge will stay closed for 30 days.",
        "The ferry strike has lasted two weeks, the union said.",
    )
    assert ctx.figure_relation(0, 1) == (False, "")


def test_lengths_in_days_and_restated_units() -> None:
    days = _term("The port was shut for 30 days.")
    weeks = _term("The port was shut for four weeks.")
    span = _term("The port was shut for two to three weeks.")
    assert two_term_units(days, weeks) and not two_term_units(days, days)  # type: ignore[arg-type]
    assert term_days(span) == (14.0, 21.0)  # type: ignore[arg-type]
    assert terms_agree(days, weeks)  # type: ignore[arg-type]  (28 days: within a tenth)
    assert not terms_agree(days, span)  # type: ignore[arg-type]
    told = in_unit_of(span, days)  # type: ignore[arg-type]
    assert (told.value, told.high, told.unit, told.noun) == (14.0, 21.0, "day", "days")


def test_the_slot_model_reads_two_units_of_time_as_one_count() -> None:
    days = _term("The city council banned marches near the harbour bridge for 30 days.")
    weeks = _term("The city council banned marches near the harbour bridge for two weeks.")
    vec = Vectors.empty().get
    as_written = pair_features(days, weeks, vec)  # type: ignore[arg-type]
    restated = pair_features(days, in_unit_of(weeks, days), vec)  # type: ignore[arg-type]
    what_stem, ratio = 2, 8
    assert as_written[what_stem] == 0.0 and restated[what_stem] == 1.0
    assert np.isclose(restated[ratio], np.log(30 / 14)) and as_written[ratio] > 2.5
