"""Session 66's speaker reading (speakers66), on invented text: the "he" or "she" answering
a fronted question frame is never the side the frame names ("Asked about Halcyra's claim
that ..., she said": `consensus.offline.asked_frames`). (speakers66's verdict verbs were
taken out at the merge, as they broke the recallvote report, and brought back in session
67 with the mend: tests/test_verdicts67.py; its any-tense estimate frames were redone
past-tense only by the lead.)"""

from __future__ import annotations

import pytest

from consensus.models import Article, Claim
from consensus.offline.claims import extract_offline


def _claims(text: str) -> list[Claim]:
    return list(extract_offline(Article(id="a", text=text)).claims)


def _one(text: str, words: str) -> Claim:
    found = [c for c in _claims(text) if words in c.statement]
    assert len(found) == 1, [c.statement for c in _claims(text)]
    return found[0]


_FERR = (
    "Dr Nadia Ferr, director of the Orvale health authority, said 231 passengers were ill. "
    "Dr Ferr repeated that the authority had been told only on Sunday. Halvik insists it "
    "reported it on Saturday.\n\n"
)


@pytest.mark.parametrize(
    "frame",
    [
        "Asked about Halvik's claim that the bug came aboard at Tessa, she said",
        "Pressed on Halvik's account, she said",
        "In response to Halvik's statement that it had warned the port, she said",
    ],
)
def test_the_answerer_is_not_the_side_the_frame_names(frame: str) -> None:
    text = _FERR + frame + ': "I have seen nothing that supports that."'
    assert _one(text, "seen nothing").speaker == "Nadia Ferr"


def test_a_named_side_in_a_frame_is_passed_over_for_the_person_before() -> None:
    text = (
        "Mayor Ella Fenn said the fire started at noon. Tom Rell said it started at ten. "
        "Asked about Rell's account, she said the clock in the square had stopped."
    )
    assert _one(text, "clock in the square").speaker == "Ella Fenn"


def test_a_frame_naming_no_one_leaves_the_followed_person() -> None:
    text = (
        "Mayor Ella Fenn said the fire started at noon. Asked about the delay, she said "
        "the crews had been sent at once."
    )
    assert _one(text, "crews had been sent").speaker == "Ella Fenn"


def test_no_one_fits_leaves_no_speaker_rather_than_the_side_asked_about() -> None:
    text = (
        "Halvik insists it reported the outbreak on Saturday.\n\n"
        'Asked about Halvik\'s claim, she said: "I have seen nothing that supports that."'
    )
    assert _one(text, "seen nothing").speaker != "Halvik"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Vale, the treasurer, estimated the cost at 2 million marks.", "Ann Vale"),
        ("Organisers put the crowd at 120,000.", "Organisers"),
        ("Tam Ruse put the final bill at 4 million marks.", "Tam Ruse"),
    ],
)
def test_an_estimate_made_is_its_makers_word(sentence: str, speaker: str) -> None:
    text = "Police said 40,000 people marched.\n\n" + sentence
    assert _one(text, sentence.split()[-2]).speaker == speaker
