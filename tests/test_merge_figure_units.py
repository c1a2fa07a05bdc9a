"""Counts of one measure in two units (consensus.merge.figure_units): "more than 89,000
acres" and "36,000 hectares" are one figure; two units' values that do not agree are not
the same figure, and never a clash."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figure_units import converted_agree, units_differ, units_far_apart
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*statements: str) -> PairContext:
    views = [ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
             for k, t in enumerate(statements)]  # fmt: skip
    return PairContext(views, Vectors.empty())


def test_acres_and_hectares_of_one_area_are_one_figure() -> None:
    ctx = _context(
        "A brush fire has burned more than 49,000 acres in the northern hills.",
        "The blaze has burned 20,000 hectares, an area larger than the capital.",
        "The blaze has burned 12,000 hectares so far.",
        "A brush fire has burned 41,000 acres in the northern hills.",
    )
    assert ctx.figure_relation(0, 1) == (True, "")  # 20,000 ha: 49,421 acres
    # another area in the other unit: not the same figure, and no dispute across units
    assert ctx.figure_relation(0, 2) == (False, "")
    # in one unit, two areas still clash
    assert ctx.figure_relation(0, 3)[1] == "acr: 49,000 vs 41,000"


def test_a_rounded_figure_converts_within_its_rounding() -> None:
    (miles,) = figures("The ash cloud stretched 12 miles.")
    (km,) = figures("The ash cloud stretched 19 km.")
    (far,) = figures("The ash cloud stretched 25 km.")
    assert units_differ(miles, km)
    assert converted_agree(miles, km)  # 12 miles: 19.3 km
    assert not converted_agree(miles, far)


def test_two_units_far_apart_clash_a_bound_never() -> None:
    """Converted values `FAR_APART` times apart are a dispute whatever the rounding (session
    25, probe25: "4 km" / "20 miles"); near ones, bounds and vague counts never are."""
    (km,) = figures("The slick stretches 4 km along the coast.")
    (miles,) = figures("The slick stretches 20 miles along the coast.")
    (near,) = figures("The slick stretches 3 miles along the coast.")
    (more,) = figures("The slick stretches more than 4 km along the coast.")
    assert units_far_apart(km, miles) and units_far_apart(miles, km)
    assert not units_far_apart(km, near)  # (4.8 km: no dispute across units)
    assert not units_far_apart(more, miles)
    ctx = _context(
        "The slick stretches 4 km along the coast, the coastguard said.",
        "The slick stretches 20 miles along the coast.",
    )
    assert ctx.figure_relation(0, 1)[1]


def test_two_units_of_one_length_are_one_slot() -> None:
    ctx = _context("The ash cloud stretched 12 miles.", "The ash cloud stretched 19 km.")
    assert ctx.figure_relation(0, 1) == (True, "")


def test_a_speed_in_km_per_hour_is_one_unit_and_converts_to_mph() -> None:
    for written in ("70km/h", "70 km/h", "70 kilometres per hour", "70 kph"):
        (f,) = figures(f"The tram was travelling at {written} when it derailed.")
        assert (f.value, f.unit, f.noun) == (70.0, "km/h", ""), written
    ctx = _context(
        "The tram was travelling at 43mph when it derailed.",
        "The tram was travelling at 70 km/h when it derailed.",
        "The tram was travelling at 40 km/h when it derailed.",
    )
    assert ctx.figure_relation(0, 1) == (True, "")  # 43 mph: 69 km/h
    assert ctx.figure_relation(0, 2) == (False, "")  # other units: no clash
    assert ctx.figure_relation(1, 2)[1].endswith(": 70 vs 40")  # one unit: a clash
    (distance,) = figures("The truck drove 2 km along the promenade.")
    assert distance.unit == "km"  # a distance stays one


def test_a_scale_letter_glued_to_a_count_is_millions() -> None:
    (passengers,) = figures("The airport handled 27m passengers last year.")
    assert passengers.value == 27e6
    (users,) = figures("The network has 3b users.")
    assert users.value == 3e9
    (wall,) = figures("A 5m wall collapsed onto the road.")
    assert wall.value == 5.0  # metres
    (spaced,) = figures("The boat was 12 m long.")
    assert spaced.value == 12.0
