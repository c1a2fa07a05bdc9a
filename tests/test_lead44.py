"""Session 44 (lead): general fixes found reading the released clusters, on invented text."""

from __future__ import annotations

import pytest
from test_page_cues_s35 import _covered


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a 24-hour clock's minutes count nothing: the promotion of a later bulletin
        ("Watch Echo TV Evening News at 19:00 for full coverage.", True),
        ("Watch Echo TV Evening News at 7 p.m. for full coverage.", True),
        # a count after the clock is still a count: news
        ("Watch for the 40 swimmers who start at 19:00 for the gala.", False),
    ],
)
def test_a_clock_time_is_no_count_in_a_promotion(line: str, furniture: bool) -> None:
    body = f"The baths will close in June after 80 years.\n\n{line}"
    assert _covered(body, line) is furniture


def _statements(body: str) -> list[str]:
    from consensus.ingest import parse_text
    from consensus.offline import extract_offline

    text = f"Title: Boats scrapped\nOutlet: Kelburn Echo\n\n{body}"
    return [c.statement for c in extract_offline(parse_text(text, id="t")).claims]


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        # "it" standing for a body named by its kind takes the body's article back
        ("The regulator", "The hulls could not be repaired, the regulator said."),
        # a body with a name of its own stands alone
        ("Kelburn Council", "The hulls could not be repaired, Kelburn Council said."),
    ],
)
def test_it_said_shows_the_body_with_its_article(speaker: str, shown: str) -> None:
    body = (
        "Officials met on Friday to discuss the state of the harbour wall in the town.\n\n"
        f"{speaker} said three boats had been scrapped after the storm in March. "
        "The hulls could not be repaired, it said."
    )
    assert shown in _statements(body)
