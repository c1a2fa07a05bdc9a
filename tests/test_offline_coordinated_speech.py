"""`coordinated_speech.coordinated_subject`: the subject of "X <verb>-ed ... but said"."""

from __future__ import annotations

import pytest

from consensus.offline.coordinated_speech import coordinated_subject


@pytest.mark.parametrize(
    ("before", "verb", "subject"),
    [
        (
            "A spokesperson for the council welcomed the ruling but ",
            "said",
            "A spokesperson for the council",
        ),
        ("The ministry called that false and ", "said", "The ministry"),
        (
            "Interior Minister Ada Roe ordered an inquiry and also ",
            "said",
            "Interior Minister Ada Roe",
        ),
        # a comma before "and": the words after it have their own subject
        ("Fire gutted the hall, and officials ", "said", None),
        # no words reported
        ("Lena Roe pleaded guilty and ", "testified", None),
        # no past predicate before the coordination
        ("The council and ", "said", None),
    ],
)
def test_coordinated_subject(before: str, verb: str, subject: str | None) -> None:
    assert coordinated_subject(before, verb) == subject
