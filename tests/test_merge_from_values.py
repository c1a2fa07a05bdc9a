"""A change's "from" value (`figure_scope.from_value`): "strengthened from a Category 1 storm
to a Category 4", "cut from 3.1 percent to 2.4 percent" — the first figure is an earlier
value (`Figure.prior`), no rival of another outlet's figure of now; a range's low end and
a lone "from" are not."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("text", "priors"),
    [
        ("It strengthened from a Category 1 storm to a Category 4 overnight.", [True, False]),
        ("The bank cut its forecast from 3.1 percent to 2.4 percent.", [True, False]),
        ("The company moved its offer from $40 to $44 a share.", [True, False]),
        # a range's low end, and "from" with no value after it, are no earlier value
        ("The toll rose from 20 to 25 people.", [False]),
        ("Some 300 people were rescued from 12 boats.", [False, False]),
    ],
)  # fmt: skip
def test_the_value_a_change_started_from_is_an_earlier_value(text: str, priors: list[bool]) -> None:
    assert [f.prior for f in figures(text)] == priors


def test_a_from_value_disputes_no_later_figure() -> None:
    report = offline_report(
        "Hurricane Lorne strengthened from a Category 1 storm to a Category 4 in "
        "less than a day over warm water. Flags flew at half mast.",
        "Forecasters said Hurricane Lorne had weakened to a Category 2 storm by "
        "Thursday afternoon as it moved west. The city is in mourning.",
    )
    assert not report.contested, [p.rule for p in report.contested]
