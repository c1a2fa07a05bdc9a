"""A role that names no one ("The Nato spokesperson said ...") is who the next sentence's
"he" is, not the person named before it (consensus.offline.speakers.role_speaks)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _speakers(text: str) -> dict[str, str | None]:
    return {c.statement: c.speaker for c in extract_offline(Article(id="a", text=text)).claims}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("The Nato spokesperson said", "Nato spokesperson"),
        ("A senior police official said", "senior police official"),
    ],
)
def test_he_after_an_unnamed_role_is_that_role(role: str, expected: str) -> None:
    said = _speakers(
        "Rafi Noor, the head doctor at the city hospital, said two bodies had been brought in.\n"
        f"{role} the attack had caused heavy damage to the consulate.\n"
        "He said it could not be ruled out that more explosives were in the area.\n"
    )
    (last,) = [s for s in said if "more explosives" in s]
    assert said[last] != "Rafi Noor"
    assert said[last] is not None and said[last].casefold() == expected.casefold()


def test_he_after_a_named_person_is_still_that_person() -> None:
    said = _speakers(
        "The Nato spokesperson said the attack had caused heavy damage to the consulate.\n"
        "Rafi Noor, the head doctor at the city hospital, said two bodies had been brought in.\n"
        "He said more wounded were on their way.\n"
    )
    (last,) = [s for s in said if "more wounded" in s]
    assert said[last] == "Rafi Noor"


def test_the_role_said_later_is_the_unnamed_one_introduced_not_the_last_person() -> None:
    said = _speakers(
        "The bypass will stay shut until Monday, a council spokeswoman said.\n"
        "Residents blamed the delay on the council. \u201cWe were told nothing for a week,\u201d "
        "residents' association chair Mara Quint said.\n"
        "The council rejected that. \u201cLetters went to every house on the route,\u201d the "
        "spokeswoman said.\n"
    )
    (letters,) = [s for s in said if "Letters went" in s]
    assert said[letters] == "council spokeswoman"


def test_the_role_said_is_still_the_named_holder_when_the_text_names_one() -> None:
    said = _speakers(
        "The bypass will stay shut until Monday, a council spokeswoman said.\n"
        "Council spokeswoman Ada Brenner later said the contractor had asked for more time.\n"
        "\u201cLetters went to every house on the route,\u201d the spokeswoman said.\n"
    )
    (letters,) = [s for s in said if "Letters went" in s]
    assert said[letters] == "Ada Brenner"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("one of the French volunteers says", "French volunteer"),
        ("another of the organisers said", "organiser"),
        ("one of the deputies said", "deputy"),
    ],
)
def test_one_of_a_group_speaks_as_a_member_of_it(phrase: str, expected: str) -> None:
    said = _speakers(
        "The charity posted a video featuring three of its helpers at the border.\n"
        f"\u201cThe trucks are loaded and the roads are open,\u201d {phrase}, according to the "
        "charity's newsletter.\n"
    )
    (line,) = [s for s in said if "trucks are loaded" in s]
    assert said[line] is not None and said[line].casefold() == expected.casefold()
