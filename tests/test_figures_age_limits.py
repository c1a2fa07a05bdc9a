"""An age limit a group is said to be under or over ("eight of those arrested were under
18") is who they are, no count (consensus.merge.figures `_AGE_LIMIT`; issue 8, session 24,
helper denyprobe24: the dispute probe's trap-part set it against "arrested 30 people")."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Eight of those arrested were under 18, police said.", ["Eight"]),
        ("Most of the victims were over 70.", []),
        ("Two of the passengers were below 12 years of age.", ["Two"]),
        # counts stay counts
        ("Over 50 were hurt.", ["50"]),
        ("Losses were under 18 million.", ["18 million"]),
        ("Police arrested 30 people.", ["30"]),
        # an age told as such is still a figure ("She was 68" disputes "died aged 69")
        ("The singer died on Saturday aged 69.", ["69"]),
    ],
)
def test_an_age_limit_is_no_figure(text: str, kept: list[str]) -> None:
    assert [f.text for f in figures(text)] == kept


def test_a_part_under_an_age_is_no_rival_count_of_the_arrested() -> None:
    shared = "Students marched against fee rises in Brenmouth on Thursday."
    report = offline_report(
        f"{shared} Police arrested 30 people, a police statement said.",
        f"{shared} Eight of those arrested were under 18, police said.",
    )
    assert not report.contested, [i.topic for i in report.contested]
