"""Session 50 (lead): digits after a lower-case label noun ("near junction 13", "on runway
27", "between gates 4 and 6") name a numbered thing and count nothing, as digits after
"number" or a capitalised name do; scales whose numbers compare stay figures."""

from __future__ import annotations

import time

import pytest

from consensus.api import build_report
from consensus.merge.figures import figures
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline


def _values(text: str) -> list[float]:
    return [f.value for f in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A van overturned near junction 9 shortly after dawn.",
        "The freighter overran runway 31 in thick fog.",
        "Passengers waited at gate 17 for three hours.",
        "Traffic stood still between junctions 6 and 8.",
        "Boarding moved to gates 4-6.",
    ],
)
def test_a_label_nouns_number_is_no_figure(text: str) -> None:
    assert all(v not in (9, 31, 17, 6, 8, 4) for v in _values(text)), figures(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rescuers pulled 13 people from the wreck near the junction.", 13),
        ("The alert was raised to level 4 on Friday.", 4),
        ("The storm was upgraded to category 5.", 5),
        ("The ferry carried 240 passengers and 12 crew.", 12),
        ("Flights from gate 4 carried 180 passengers.", 180),
    ],
)
def test_counts_and_scales_stay_figures(text: str, value: float) -> None:
    assert value in _values(text), figures(text)


def test_label_lookbehind_is_linear_on_a_long_token() -> None:
    text = "a" * 200_000 + " 12 people died."
    t0 = time.perf_counter()
    assert 12 in _values(text)
    assert time.perf_counter() - t0 < 5


def test_two_junctions_are_no_contested_count() -> None:
    texts = {
        "01": "A lorry jack-knifed near junction 13 shortly before 8 p.m., police said. "
        "Snow fell all night across the valley.",
        "02": "A driver was found in his car near junction 14 in the early hours, police "
        "said. A lorry had jack-knifed on Tuesday evening.",
    }
    arts = tuple(Article(id=k, title="Snow", outlet=k, text=t) for k, t in texts.items())
    report = build_report(
        ExtractionResult(articles=arts, claim_sets=tuple(extract_offline(a) for a in arts))
    )
    assert not [p for p in report.contested if "junction" in str(p).lower()], report.contested
