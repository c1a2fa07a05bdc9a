"""Session 54 (released54): what six newly released blind clusters showed, in invented text.

A person's title owned by "its" ("Its chair, Ola Brenn,") names the body written before it
(consensus/merge/owned_titles.py). Three readings kept that tie from the body's full name:
- the nearest name before the title was a subject read with its verb ("board says" inside
  "The Tarnby Water Board says"): every name written over the same words is the body too;
- a one-word name written only inside a longer one ("Board" in "Tarnby Water Board") was
  taken for a family name written alone, which made the full name a person's;
- an honorific between the comma and the name ("Its director, Dr Ivo Kask,") hid the
  description.
"""

from __future__ import annotations

from consensus.merge.owned_titles import owned_bodies
from consensus.merge.speakers import _TITLE_WORDS, Speakers

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
