"""Measures of one thing that sources give differently (session 12): a unit-bearing figure
reads what it measures from the noun it modifies, units of one dimension compare after
conversion within the rounding of the numbers as written, and the batch shows the measures
as a point of their own. Statements are made up for the tests."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.merge.measures import agree, measure_disputes, measures
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The smuggler hid in a 30-tonne crane near the quay.", [("crane", "mass", "30-tonne")]),
        ("Police stopped the 12-ton, rusted barge at dawn.", [("barge", "mass", "12-ton")]),
        ("She drove a 7-ton delivery van into the square.", [("van", "mass", "7-ton")]),
        ("Police found the 7-ton van's driver.", [("van", "mass", "7-ton")]),
        ("Eastport, a harbour town of 48,000, was evacuated.", [("town", "size", "48,000")]),
        ("The town of 52,000 has two bridges.", [("town", "size", "52,000")]),
        ("The bus hit it at about 55 mph, she said.", [("speed", "speed", "about 55 mph")]),
        ("The quake struck at a depth of 10 km.", [("depth", "length", "10 km")]),
        # a length its adjective names: a height is no length
        ("They scaled a 5-metre-high wall.", [("wall", "height", "5-metre-high")]),
        ("They walked along a 50-metre-long wall.", [("wall", "length", "50-metre-long")]),
        ("Trams have a top speed of around 50mph.", [("top speed", "speed", "around 50mph")]),
        # a quantity noun, a small number, an age: no measure of a thing
        ("A total of 4,000 people were evacuated.", []),
        ("A group of 12 hikers was rescued.", []),
        ("A 7-year-old boy was hurt.", []),
    ],
)  # fmt: skip
def test_a_measure_reads_what_it_measures(text: str, read: list[tuple[str, str, str]]) -> None:
    assert [(m.what, m.dim, m.text) for m in measures(text)] == read


def _one(text: str) -> object:
    (m,) = measures(text)
    return m


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # one unit spelled two ways, or two units that convert within the "ton" slack
        ("a 30-ton crane", "the 30-tonne crane", True),
        ("a 30-ton crane", "a 22-ton crane", False),
        # the rounding of the numbers as written: one step apart is no rounding
        ("a town of 48,000.", "a town of 49,000.", False),
        ("a town of 48,000.", "a town of 48,200.", True),
        # a range and "about" meet a value inside them
        ("it moved at 20-25 mph", "it moved at about 25 mph", True),
        ("it moved at 20-25 mph", "it moved at 40mph", False),
        # converted: 100 km/h is 62 mph
        ("it moved at 100 km/h", "it moved at 62 mph", True),
    ],
)
def test_measures_agree_after_conversion_within_rounding(a: str, b: str, same: bool) -> None:
    assert agree(_one(a), _one(b)) is same  # type: ignore[arg-type]


def test_the_batch_disputes_one_things_measures_only_when_each_article_gives_one() -> None:
    statements = [
        "The raider rammed a 30-tonne crane into the gate.",
        "Witnesses saw the 30-ton, yellow crane near the quay.",
        "The raider used the 20-ton crane to break the gate.",
    ]
    (found,) = measure_disputes(statements, ["x", "y", "z"], ["x", "y", "z"])
    assert found == ([[2], [0, 1]], "crane", "mass", ["20-ton", "30-tonne"])
    # one article giving two cranes two weights: two cranes, no dispute
    two = [*statements, "The quay also had a 20-tonne crane."]
    assert measure_disputes(two, ["x", "y", "z", "x"], ["x", "y", "z", "x"]) == []
    # one origin (a copy) saying both: no dispute
    assert measure_disputes(statements, ["x", "y", "z"], ["o", "o", "o"]) == []
    # values more than twice apart: two things
    far = ["The raider rammed the 30-tonne crane into the gate.", "The 9-tonne crane fell."]
    assert measure_disputes(far, ["x", "z"], ["x", "z"]) == []
    # sizes said of two names: two towns
    towns = ["Eastport, a town of 48,000, was shut.", "Westport is a town of 52,000 people."]
    known = ["The town was quiet.", "The town was quiet."]
    assert measure_disputes([*towns, *known], [*"xzxz"], [*"xzxz"]) == []
    one = [towns[0], "The town of 52,000 was shut.", *known]
    assert measure_disputes(one, [*"xzxz"], [*"xzxz"])
    # a thing no two origins write as one ("the yacht"): two yachts, maybe
    yachts = ["She sailed a 10-metre yacht.", "He sailed a 12-metre yacht."]
    assert measure_disputes(yachts, ["x", "z"], ["x", "z"]) == []
    assert measure_disputes([*yachts, "The yacht sank.", "The yacht sank."], [*"xzxz"], [*"xzxz"])


def test_measures_given_differently_are_a_contested_point() -> None:
    report = _report(
        "Eastport, a harbour town of 48,000, was sealed off by police on Monday. "
        "The town's mayor asked residents to stay at home. "
        "The bus left the road at 40mph, before it hit the barrier, the driver's union said.",
        "The town of 52,000 is home to the largest ferry port in the region. "
        "Mary Roe, who was waiting at the stop, estimated the bus moved at 20-25 mph.",
    )
    slots = {s.slot: [f.text for f in s.figures] for c in report.contested for s in c.slots}
    assert slots.get("town size") == ["48,000", "52,000"]
    assert sorted(slots.get("speed", [])) == ["20-25 mph", "40mph"]
    point = next(c for c in report.contested if c.slots and c.slots[0].slot == "town size")
    assert "conflicting measures of one thing" in point.rule
    assert point.topic == "Eastport, a harbour town of 48,000, was sealed off by police on Monday."
    assert {cite.article for p in point.positions for cite in p.citations} == {"a0", "a1"}
    # the claims stay items of their own too
    shown = {it.statement for it in (*report.agreed, *report.single_source)}
    assert "The town of 52,000 is home to the largest ferry port in the region." in shown
