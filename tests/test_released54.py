"""Session 54 (released54): what six newly released blind clusters showed, in invented text.

A person's title owned by "its" ("Its chair, Ola Brenn,") names the body written before it
(consensus/merge/owned_titles.py). Three readings kept that tie from the body's full name:
- the nearest name before the title was a subject read with its verb ("board says" inside
  "The Tarnby Water Board says"): every name written over the same words is the body too;
- a one-word name written only inside a longer one ("Board" in "Tarnby Water Board") was
  taken for a family name written alone, which made the full name a person's;
- an honorific between the comma and the name ("Its director, Dr Ivo Kask,") hid the
  description.

With the tie, an outlet's "The board said a vehicle had been agreed" joins the chair's
"the board had agreed ..." of other outlets, and the same outlet's "It says it "has not
agreed ..."" (the other party, named by a pronoun) must still rebut it: an origin that
gives the one side to a named speaker and the other to a pronoun's voice tells two voices,
so the negation is no self-rebuttal (consensus/merge/voiced_origins.py `_two_voices`).
"""

from __future__ import annotations

from types import SimpleNamespace

from consensus.merge.owned_titles import owned_bodies
from consensus.merge.speakers import _TITLE_WORDS, Speakers
from consensus.merge.voiced_origins import _pronoun_reported, _two_voices

_BOARD = (
    "The Tarnby Water Board says about 300 leaks were never logged. Its chair, Ola Brenn, "
    "said the count was checked twice."
)
_OFFICE = (
    "The Quell Fiscal Office has published its costing. Its director, Dr Ivo Kask, said the "
    "plan assumed lower prices."
)


def _index(text: str, names: list[str]) -> Speakers:
    return Speakers({n: [text] for n in names})


def test_the_body_is_every_name_written_over_the_nearest() -> None:
    index = _index(_BOARD, ["tarnby water board", "board says", "board", "ola brenn"])
    assert index.compatible("ola brenn", "tarnby water board")


def test_a_word_inside_a_longer_name_is_no_family_name() -> None:
    def mention(name: str) -> tuple[str, int, int, tuple[str, ...]]:
        start = _BOARD.casefold().index(name)
        return (_BOARD, start, start + len(name), ())

    names = ["tarnby water board", "board", "ola brenn"]
    got = owned_bodies({n: [mention(n)] for n in names}, {n: [_BOARD] for n in names}, _TITLE_WORDS)
    assert got == {"ola brenn": {"tarnby water board", "board"}}
    # a surname written alone still marks a person ("Holm said"), who is no body
    person = "Per Holm spoke first. Holm said so. Its chief executive, Ola Brenn, agreed."
    index = _index(person, ["per holm", "holm", "ola brenn"])
    assert not index.compatible("ola brenn", "per holm")


def test_an_honorific_after_the_comma_keeps_the_title() -> None:
    index = _index(_OFFICE, ["quell fiscal office", "ivo kask"])
    assert index.compatible("ivo kask", "quell fiscal office")
    no_title = (
        "The Quell Fiscal Office has published its costing. Its old friend, Dr Ivo Kask, spoke."
    )
    assert not _index(no_title, ["quell fiscal office", "ivo kask"]).compatible(
        "ivo kask", "quell fiscal office"
    )


def _feat(origin: str, speaker: str | None, statement: str) -> SimpleNamespace:
    return SimpleNamespace(
        origin=origin, speaker=speaker, claim=SimpleNamespace(statement=statement)
    )


def test_a_pronoun_reported_voice_is_a_second_voice() -> None:
    assert _pronoun_reported(_feat("o4", None, 'It says it "has not agreed to the plan"'))
    assert not _pronoun_reported(_feat("o4", None, "It was not agreed."))  # no speech verb
    assert not _pronoun_reported(_feat("o4", "tarnby trust", "It says it has not agreed."))
    claimed = [
        _feat("o1", "ola brenn", "Ola Brenn said the trust had agreed to the plan."),
        _feat("o4", "tarnby water board", "The board said the plan had been agreed."),
    ]
    denied = [_feat("o4", None, 'It says it "has not agreed to the plan"')]
    assert _two_voices(denied, claimed) == {"o4"}
    # the outlet's own voice on the other side: one outlet, both sides, no second voice
    own = [*claimed[:1], _feat("o4", None, "The plan had been agreed.")]
    assert _two_voices(denied, own) == set()
    plain = [_feat("o4", None, "The trust has not agreed to the plan.")]
    assert _two_voices(plain, claimed) == set()
