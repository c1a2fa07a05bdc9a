"""Digits written onto letters name a thing, they count nothing: a road ("the B417"), a
flight ("CA208"), a meeting ("a G9 summit"), a pollutant ("PM2.5") (`figures.CODE`, session
64: "The B417 at Ostrow was shut" read as 417 shut made a point against "90 schools shut").
Such a figure's unit is its code, so it meets only the same code: two outlets naming one
flight still share its value."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.compare import values_shared
from consensus.merge.figures import CODE, figures


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The B417 at Ostrow was shut after a van overturned.", "b417"),
        ("Leaders met at a G9 summit in Carvel.", "g9"),
        ("PM2.5 readings were taken at the school.", "pm2.5"),
        ("Flight CA208 landed safely.", "ca208"),
    ],
)
def test_digits_written_onto_letters_are_a_code(text: str, code: str) -> None:
    (f,) = figures(text)
    assert f.unit == CODE + code


def test_a_count_beside_a_code_and_a_currency_after_letters_stay_counts() -> None:
    road, schools = figures("The B417 was shut and 90 schools closed.")
    assert road.unit == CODE + "b417"
    assert (schools.value, schools.unit, schools.noun) == (90.0, "", "schools")
    # a currency sign between the letters and the digits: an amount ("US$5 million")
    (f,) = figures("The repairs cost US$5 million.")
    assert (f.value, f.unit) == (5_000_000.0, "$")
    # a unit glued after the digits is still read ("a 5km walk")
    assert [(f.value, f.unit) for f in figures("They finished a 5km walk.")] == [(5.0, "km")]


def test_one_code_in_two_outlets_is_a_shared_value() -> None:
    (a,) = figures("Flight CA208 landed safely.")
    (b,) = figures("The crew of CA208 were praised.")
    assert values_shared(frozenset({(a.value, "")}), frozenset({(b.value, "")}))
    assert a.unit == b.unit


def test_a_road_shut_and_schools_shut_make_no_point() -> None:
    lead = "Snow fell across Harlow county overnight and ploughs were out before dawn."
    a = f"{lead} The B417 at Ostrow was shut after a van overturned. About 90 schools shut."
    b = f"{lead} A van overturned on the B417 near Ostrow, closing the road. 90 schools shut."
    c = f"{lead} The B417 near Ostrow was shut for six hours. Some 90 schools were shut."
    report = offline_report(a, b, c)
    assert not report.contested, [i.topic for i in report.contested]
