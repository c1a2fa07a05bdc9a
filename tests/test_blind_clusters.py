"""The blind made-up clusters of session 16 (tests/data/madeup/blind_ruling, blind_layoffs,
blind_match: written and annotated before the tool was run on them): what an editor needs
from their reports that the tool got wrong as they were written, each the measure of one
general rule (bench/README.md, "Session 16, helper blindA16")."""

from __future__ import annotations

from functools import cache

import shared_reports  # tests/ is on sys.path (rootdir conftest)

from consensus.models import Report


@cache
def _report(event: str) -> Report:
    return shared_reports.madeup_run(event)[1]  # made once per test session


def _sides(event: str) -> list[list[str]]:
    """Each contested point's sides, as the statements of their positions."""
    return [[p.statement for p in c.positions] for c in _report(event).contested]


def test_one_person_s_two_quoted_remarks_rebut_neither() -> None:
    # the coach's "how they could say it was a penalty" and his "It was never a penalty"
    # (two articles): a person's own quoted words are no dispute with themselves
    for c in _report("blind_match").contested:
        speakers = {s for p in c.positions for s in p.speakers}
        assert speakers != {"Enzo Farrant"}, [p.statement for p in c.positions]


def test_a_rough_round_figure_is_no_side_against_the_figure_it_rounds() -> None:
    # "About 1,400 groups had registered" (the ministry, by the wire) and "1,412 groups
    # registered" (the ministry, by a paper) agree
    for sides in _sides("blind_ruling"):
        text = " ".join(sides)
        assert not ("1,412" in text and "1,400" in text), sides


def test_fines_imposed_and_levied_and_prize_money_half_a_step_apart_are_disputed() -> None:
    fines = [s for s in _sides("blind_ruling") if "3.8 million" in " ".join(s)]
    assert fines and "4.2 million" in " ".join(fines[0]), _sides("blind_ruling")
    prize = [s for s in _sides("blind_match") if "3.5 million" in " ".join(s)]
    assert prize and "4 million" in " ".join(prize[0]), _sides("blind_match")


def test_cuts_of_other_years_and_firms_are_no_sides_of_today_s_cuts() -> None:
    # 300 jobs in 2011 (another plant), 1,100 in 2023 (an earlier round), a rival's 700
    for sides in _sides("blind_layoffs"):
        text = " ".join(sides)
        assert not ("In 2011" in text and ("700" in text or "1,100" in text)), sides
