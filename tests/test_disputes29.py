"""A party's denial of one voice's account told in other words (session 29, disputes29):
"X repeated that ..." / "X maintains that ..." is X's word (offline-174), and a denial
matched with one member of a group that voice's statements make up opposes the group
(`denial_scope`). Invented sentences only."""

from __future__ import annotations

from consensus.merge.denial_scope import denial_misses_group
from tests.test_denial_scope import _feats
from tests.test_offline_narrative_persons import _speaker_of

DENIAL = "Kestrel Air denied that its negotiators had walked out."
MATCHED = "Mira Tolk said the airline's negotiators had walked out of the talks."


def test_repeated_or_maintains_that_names_its_speaker() -> None:
    text = "The strike began on Friday. Mira Tolk repeated that the airline had left the talks."
    assert _speaker_of(text, "the airline had left the talks") == "Mira Tolk"
    text = "The strike began on Friday. Ole Brand maintains that the pay offer was fair."
    assert _speaker_of(text, "the pay offer was fair") == "Ole Brand"
    # a repeated act is no speech
    text = "The strike began on Friday. Ole Brand repeated the vote on Monday."
    assert _speaker_of(text, "repeated the vote") is None


def test_a_denial_meets_a_group_of_one_voices_account_in_other_words() -> None:
    denial, matched, left, quit_ = _feats(
        DENIAL,
        MATCHED,
        "Mira Tolk said the airline's team had left the room on Tuesday night.",
        "Mira Tolk accused the airline of abandoning the talks.",
    )
    assert not denial_misses_group(denial, matched, [matched, left, quit_])


def test_a_denial_still_misses_a_group_of_other_facts_or_of_a_kind_of_speaker() -> None:
    denial, matched, left, quit_ = _feats(
        DENIAL,
        MATCHED,
        "The airline's team had left the room on Tuesday night.",
        "Pilots will strike for three days, the union said.",
    )
    assert denial_misses_group(denial, matched, [matched, left, quit_])
