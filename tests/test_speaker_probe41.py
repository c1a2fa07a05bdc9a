"""Session 41 (speakers41): speaker shapes found missing by the probe tests/data/speakers/
unseen6.txt (invented text, written before the code was read), each tested both ways.

- A verb that is speech only right after a closing quotation mark and at the end of the
  attribution ('"…," he went on.', '"…," she predicted.', '"…," he fears.'): the speaker
  before it speaks; the same verb without a quotation mark, or going on to an object,
  names no one ("Prices rose in May, the trend continued.").
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
