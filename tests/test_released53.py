"""Session 53 (released53): what six newly released blind clusters showed, in invented text.

- A person's title whose owner is a pronoun or a kind noun ("Tarnby Mills denied it. Its
  chief executive, Ola Brenn, said ...", "Ola Brenn, its head of sales,", "Dr Ivo Kask, the
  board's chief executive,") names the body named before it, so the person speaks for that
  body (consensus/merge/owned_titles.py, read by the speaker index): what the body says in
  one outlet and its officer in another may join. A description naming no title, a body of
  another kind, a person before "its" or a body in an earlier paragraph makes no such tie.
- With that tie, a body in one outlet and its own officer in another are one voice: a
  negation between their claims is no dispute when every speaker of the two groups is one
  side (consensus/merge/one_voice_points.py `one_voice`, read by `one_voice_clash`); a group whose
  speakers are two sides still makes its point.
- A capitalised label noun before a number ("Route 14 is one of 12 routes", a sentence's
  first word) names a numbered thing, no count of routes, as "route 14" inside a sentence
  already did (consensus/merge/figure_names.py `identifier`).
"""

from __future__ import annotations

import time

from consensus.merge.figures import figures
from consensus.merge.one_voice_points import one_voice as _one_voice
from consensus.merge.owned_titles import owned_bodies
from consensus.merge.speakers import _TITLE_WORDS, Speakers

_MILLS = (
    "Tarnby Mills denied dumping waste. Its chief executive, Ola Brenn, said the pipes were "
    "sealed.\n\nThe Quell Basin Board, a regulator, disagreed. Dr Ivo Kask, the board's chief "
    "executive, said the samples were clear."
)
_SALES = "Harlow Foods cut prices. Lena Voss, its head of sales, said demand was weak."


def _index(text: str, names: list[str]) -> Speakers:
    return Speakers({n: [text] for n in names})


def test_its_title_speaks_for_the_body_named_before() -> None:
    index = _index(_MILLS, ["tarnby mills", "ola brenn", "quell basin board", "ivo kask"])
    assert index.compatible("ola brenn", "tarnby mills")
    assert not index.compatible("ola brenn", "quell basin board")


def test_its_title_after_the_name() -> None:
    index = _index(_SALES, ["harlow foods", "lena voss"])
    assert index.compatible("lena voss", "harlow foods")


def test_a_kind_nouns_title_speaks_for_the_body_of_that_kind() -> None:
    index = _index(_MILLS, ["tarnby mills", "ola brenn", "quell basin board", "ivo kask"])
    assert index.compatible("ivo kask", "quell basin board")
    assert not index.compatible("ivo kask", "tarnby mills")  # a mill is no board


def test_no_tie_without_a_title_or_across_a_paragraph_or_to_a_person() -> None:
    no_title = "Tarnby Mills denied it. Its old friend, Ola Brenn, said the pipes were sealed."
    assert not _index(no_title, ["tarnby mills", "ola brenn"]).compatible(
        "ola brenn", "tarnby mills"
    )
    far = "Tarnby Mills denied it.\n\nIts chief executive, Ola Brenn, said the pipes were sealed."
    assert not _index(far, ["tarnby mills", "ola brenn"]).compatible("ola brenn", "tarnby mills")
    person = (
        "Mr Per Holm sued Tarnby Mills. Holm said so. Per Holm spoke first. Its chief "
        "executive, Ola Brenn, said the pipes were sealed."
    )
    index = _index(person, ["tarnby mills", "ola brenn", "per holm", "holm"])
    assert not index.compatible("ola brenn", "per holm")
    assert index.compatible("ola brenn", "tarnby mills")  # the body before the person


def test_owned_bodies_reads_each_mention() -> None:
    mentions = {
        "ola brenn": [(_MILLS, _MILLS.index("Ola"), _MILLS.index("Ola") + 9, ())],
        "tarnby mills": [(_MILLS, 0, 12, ())],
    }
    got = owned_bodies(mentions, {n: [_MILLS] for n in mentions}, _TITLE_WORDS)
    assert got == {"ola brenn": {"tarnby mills"}}


def test_the_description_reading_is_linear() -> None:
    text = "a" * 200_000 + ", Ola Brenn, its " + "b" * 200_000
    start = text.index("Ola")
    began = time.perf_counter()
    owned_bodies({"ola brenn": [(text, start, start + 9, ())]}, {}, _TITLE_WORDS)
    assert time.perf_counter() - began < 1.0


def test_a_body_and_its_officer_are_one_voice() -> None:
    index = _index(_MILLS, ["tarnby mills", "ola brenn", "quell basin board", "ivo kask"])
    from consensus.merge.speakers import speakers_in_scope

    with speakers_in_scope(index):
        assert _one_voice({"tarnby mills", "ola brenn"})
        assert not _one_voice({"tarnby mills", "ola brenn", "quell basin board"})


def test_a_label_noun_opening_a_sentence_counts_nothing() -> None:
    got = [(f.value, f.noun) for f in figures("Route 14 is one of 12 routes the agency cuts.")]
    assert got == [(12.0, "routes")]
    got = [f.value for f in figures("Drivers 14 and 15 were hurt; 12 routes close.")]
    assert 12.0 in got  # (a counted figure after no label noun stays)
    assert [f.value for f in figures("The agency cut 12 routes and 9 more lose service.")][:1] == [
        12.0
    ]
