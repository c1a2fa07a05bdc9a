"""A count of two kinds of thing (`figure_scope.also_counted`, `Figure.also`): "900,000 homes
and businesses" is no rival of "60,000 homes" (one counts more than the other's noun), while
a count of one noun followed by another clause or count is read as before."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("text", "also"),
    [
        ("About 900,000 homes and businesses were without power on Friday.", ["businesses"]),
        ("The blast destroyed 40 homes and schools.", ["schools"]),
        # another clause, another count, a determiner: no second kind
        ("The blast killed 12 people and injured 30.", ["", ""]),
        ("The recall followed nine fires and four minor burns.", ["", ""]),
        ("Police arrested three men and a woman.", [""]),
    ],
)
def test_the_second_noun_of_a_count_of_two_kinds(text: str, also: list[str]) -> None:
    assert [f.also for f in figures(text)] == also


def test_a_count_of_two_kinds_disputes_no_count_of_one() -> None:
    report = offline_report(
        "The storm left about 60,000 homes without power, the emergency service "
        "said. Flags flew at half mast.",
        "The energy ministry said about 900,000 homes and businesses were still "
        "without power on Friday. The city is in mourning.",
    )
    assert not report.contested, [p.rule for p in report.contested]
