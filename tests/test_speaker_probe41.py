"""Session 41 (speakers41): speaker shapes found missing by the probe tests/data/speakers/
unseen6.txt (invented text, written before the code was read), each tested both ways.

- A verb that is speech only right after a closing quotation mark and at the end of the
  attribution ('"…," he went on.', '"…," she predicted.', '"…," he fears.'): the speaker
  before it speaks; the same verb without a quotation mark, or going on to an object,
  names no one ("Prices rose in May, the trend continued.").
- A body named by a common noun the group list lacked ("the national health institute
  said", "health chiefs warned", "the local authority said", "the charity said"); the
  same nouns in a sentence where nobody speaks stay unattributed. (A bare "police" was
  tried and not shipped: it cost six agreed items on the tunable clusters.)
"""

from __future__ import annotations

import pytest

from tests.test_speakers_unseen import speakers_of as unseen_speakers_of

PAD = (
    "Officials in the capital said on Tuesday that the inquiry would continue for weeks.\n\n"
    "Mayor Tobias Rennick spoke to reporters on Monday.\n\n"
)


def speakers_of(body: str, anchor: str) -> list[str | None]:
    """The speakers of the claims quoting `anchor` in an invented article after `PAD`."""
    return unseen_speakers_of(PAD + body, anchor)


@pytest.mark.parametrize(
    "verb", ["went on", "continued", "predicted", "joked", "vowed", "fears", "reckons"]
)
@pytest.mark.parametrize("who", ["he", "Rennick"])
def test_a_verb_of_saying_after_a_closing_quotation_mark(verb: str, who: str) -> None:
    body = f'"Every minute counts for an ambulance," {who} {verb}.'
    assert speakers_of(body, "Every minute counts") == ["Tobias Rennick"]


@pytest.mark.parametrize(
    "body",
    [
        # no quotation mark: the verb tells of a thing, nobody speaks
        "Prices rose again in May, the trend continued.",
        "Prices rose again in May, and the trend continued.",
        # the verb goes on to an object: no attribution ends there
        '"The Long Road," a film he made in 1990, continued to draw crowds.',
    ],
)
def test_the_same_verbs_without_a_quotation_name_no_one(body: str) -> None:
    anchor = body.split(",")[0].strip('"')
    assert set(speakers_of(body, anchor)) <= {None}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Drivers should stay at home tonight," firefighters said.', "firefighters"),
        ("Flu cases have risen by 60 percent, health chiefs warned.", "health chiefs"),
        (
            "Flu cases have risen by 60 percent, the national health institute said.",
            "national health institute",
        ),
        (
            "According to the health institute, flu cases have risen by 60 percent.",
            "health institute",
        ),
        ("Flu cases have risen by 60 percent, the local authority said.", "local authority"),
        ("Flu cases have risen by 60 percent, the charity said.", "charity"),
    ],
)
def test_a_body_named_by_a_common_noun_speaks(body: str, expected: str) -> None:
    anchor = "Drivers should" if body.lstrip('"').startswith("Drivers") else "risen by 60"
    assert speakers_of(body, anchor) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The police tribunal cleared the officers last year.",
        "Health chiefs met on Monday to discuss the winter plan.",
    ],
)
def test_the_same_nouns_where_nobody_speaks_name_no_one(body: str) -> None:
    anchor = " ".join(body.split()[2:5])
    assert set(speakers_of(body, anchor)) <= {None}
