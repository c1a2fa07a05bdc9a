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
