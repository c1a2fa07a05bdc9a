"""A relative clause after a name that makes its person a relative or a witness
(consensus.merge.party_words, read by consensus.merge.speakers.Speakers)."""

from __future__ import annotations

from consensus.merge.party_words import party_words
from consensus.merge.speakers import Speakers


def _after(text: str, name: str) -> frozenset[str]:
    return party_words(text, text.index(name) + len(name))


def test_kin_and_seeing_make_a_relative_and_a_witness() -> None:
    assert "relatives" in _after("said Ana Vell, whose brother is missing.", "Ana Vell")
    assert "families" in _after("said Ana Vell, 61, whose 26-year-old son was aboard.", "Ana Vell")
    assert "witnesses" in _after(
        "said Ana Vell, 44, who said she watched from her balcony.", "Ana Vell"
    )
    assert "witnesses" in _after("Ana Vell, who saw the crash, said", "Ana Vell")
    # other relative clauses say nothing of the kind
    assert not _after("said Ana Vell, whose company owns the ship.", "Ana Vell")
    assert not _after("said Ana Vell, who said the ship was late.", "Ana Vell")
    assert not _after("said Ana Vell. Her brother is missing.", "Ana Vell")


def test_a_relative_speaks_as_one_of_the_relatives() -> None:
    text = '"The ship was full," said Ana Vell, whose brother is among the missing.'
    index = Speakers({"ana vell": [text], "relatives": ["Relatives said the ship was full."]})
    assert index.compatible("ana vell", "relatives")
    assert not index.compatible("ana vell", "witnesses")
    other = '"The ship was full," said Ana Vell, who runs a cafe on the quay.'
    index = Speakers({"ana vell": [other], "relatives": ["Relatives said the ship was full."]})
    assert not index.compatible("ana vell", "relatives")
