"""What the merger reads as a name by form (`consensus.merge.name_forms`): invented text."""

from __future__ import annotations

from consensus.merge.features import _build_features
from consensus.merge.name_forms import lower_words, surname_of
from tests.test_merge import claim


def _entities(said: list[tuple[str, tuple[str, ...]]]) -> list[frozenset[str]]:
    entries = [
        (f"a{k}", 0, claim(text, text, text, subject=names[0], entities=names))
        for k, (text, names) in enumerate(said)
    ]
    by_article = {f.article: f.entities for f in _build_features(entries)}
    return [by_article[f"a{k}"] for k in range(len(said))]


def test_a_place_is_no_surname_of_a_body_named_after_it() -> None:
    # "Radio Quenby" is no person: "Quenby", the town, stays the town
    got = _entities(
        [
            ("Radio Quenby reported flooding in the old port.", ("Radio Quenby",)),
            ("Quenby was flooded on Tuesday, the radio said.", ("Quenby",)),
        ]
    )
    assert got[1] == {"quenby"}


def test_a_place_after_a_function_word_is_no_surname() -> None:
    got = _entities(
        [
            ("Trains for Marlow ran late.", ("Trains for Marlow",)),
            ("Heavy rain fell on Marlow overnight.", ("Marlow",)),
        ]
    )
    assert got[1] == {"marlow"}


def test_a_common_noun_is_no_surname() -> None:
    # "the barge" is written in lower case: no surname of "Two-deck Barge"
    got = _entities(
        [
            ("Two-deck Barge sank near the quay.", ("Two-deck Barge",)),
            ("The barge sank near the quay.", ("barge",)),
        ]
    )
    assert got[1] == {"barge"}


def test_a_surname_still_stands_for_the_full_name() -> None:
    got = _entities(
        [
            ("Harriet Quell opened the bridge on Monday.", ("Harriet Quell",)),
            ("Quell said the bridge was safe.", ("Quell",)),
        ]
    )
    assert got[1] == {"harriet quell"}


def test_surname_of_by_form() -> None:
    lower = lower_words(["the radio said the port was shut when she left"])
    assert surname_of("quell", "harriet quell", lower)
    assert not surname_of("ostvik", "radio ostvik", lower)  # "radio": a common word
    assert not surname_of("ostvik", "port ostvik", lower)
    assert not surname_of("she", "when she", lower)
    assert not surname_of("marlow", "trains for marlow", lower)  # three words, one "for"
    assert not surname_of("quell", "quell", lower)


def test_a_body_named_after_a_place_is_no_person_where_no_text_writes_its_noun() -> None:
    # no text writes "radio" or "city" in lower case: the nouns themselves say it
    got = _entities(
        [
            ("Radio Quenby reported flooding on Tuesday.", ("Radio Quenby",)),
            ("Quenby was flooded on Tuesday.", ("Quenby",)),
            ("Marlow City won 2-1 on Saturday.", ("Marlow City",)),
            ("City won 2-1 on Saturday.", ("City",)),
        ]
    )
    assert got[1] == {"quenby"}
    assert got[3] == {"city"}
