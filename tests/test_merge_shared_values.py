"""The link step's memory and time savings keep every value (bench/README.md, speed17): shared
int and float objects, sets kept instead of copied, and early exits give what the plain
code gives, bit for bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

from consensus.merge.claim_words import _word_parts
from consensus.merge.codes import floats_of
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.name_forms import LowerWords, surname_of
from consensus.merge.offsets import _OFFSET, offsets
from consensus.merge.roles import DERIVATIONAL_SUFFIXES, ROOT_CHARS, related_stems, titled_apart
from consensus.merge.score import _Edge, ordered_edges
from consensus.vectors import Vectors


def test_floats_of_gives_the_same_doubles_one_object_per_value() -> None:
    rng = np.random.default_rng(7)
    rounded = np.round(rng.random(5000), 4)
    got = floats_of(rounded)
    assert got == rounded.tolist()
    assert [x.hex() for x in got] == [x.hex() for x in rounded.tolist()]
    by_value: dict[float, int] = {}
    for x in got:
        assert by_value.setdefault(x, id(x)) == id(x)  # (one object per value)


@pytest.mark.parametrize("values", [[0.5, 1.5], [-0.25, 0.5], [0.12345, 0.5], []])
def test_floats_of_falls_back_to_the_plain_list(values: list[float]) -> None:
    arr = np.asarray(values, dtype=np.float64)
    assert floats_of(arr) == arr.tolist()


def test_ordered_edges_sorts_by_score_then_pair_and_keeps_the_edges_made_before() -> None:
    rng = random.Random(3)
    made = [_Edge(0.9, 4, 7, "quantity x"), _Edge(0.5, 1, 2, "date: a vs b")]
    pairs = sorted({(rng.randrange(50), rng.randrange(50, 99)) for _ in range(300)})
    pairs = [q for q in pairs if q not in {(4, 7), (1, 2)}]
    score = np.round(np.asarray([rng.choice([0.5, 0.75, 0.9]) for _ in pairs]), 4)
    i = np.asarray([p for p, _ in pairs], dtype=np.int64)
    j = np.asarray([q for _, q in pairs], dtype=np.int64)
    got = ordered_edges(made, score, i, j, 99)
    want = sorted(
        [*made, *(_Edge(s, a, b, "") for s, (a, b) in zip(score.tolist(), pairs, strict=True))],
        key=lambda e: (-e.score, e.i, e.j),
    )
    assert got == want
    assert any(e is made[0] for e in got)  # (the conflict edge itself)
    assert all(type(e.i) is int and type(e.score) is float for e in got)


def test_titled_apart_keeps_a_set_with_nothing_to_take_away() -> None:
    stems = frozenset({"budget", "cut", "announc"})
    titles, rest, plain = titled_apart("Jane Roe announced budget cuts.", frozenset(), stems)
    assert not titles and rest is stems and plain is stems
    titles, rest, plain = titled_apart(
        "Finance minister Jane Roe announced budget cuts.",
        frozenset({"jane roe"}),
        frozenset({"finance", "minister", "jane", "roe", "budget", "cut", "announc"}),
    )
    assert titles == {"finance", "minister"}
    assert rest == {"jane", "roe", "budget", "cut", "announc"}
    assert plain == {"budget", "cut", "announc"}


def _related_word_by_word(a: set[str], b: set[str]) -> frozenset[str]:
    """The rule as first written: every word of the longer side against every suffix."""
    out: set[str] = set()
    for short, long in ((a, b), (b, a)):
        roots = {s for s in short if len(s) >= ROOT_CHARS and s not in long}
        for word in long:
            for suffix in DERIVATIONAL_SUFFIXES:
                if word.endswith(suffix) and word[: -len(suffix)] in roots:
                    out.add(word[: -len(suffix)])
    return frozenset(out)


def test_related_stems_root_by_root_as_word_by_word() -> None:
    assert related_stems({"terror", "attack"}, {"terrorist", "charact"}) == {"terror"}
    rng = random.Random(11)
    roots = ["terror", "nation", "develop", "govern", "organ", "reform", "capital", "terro"]
    ends = [*sorted(DERIVATIONAL_SUFFIXES), "", "s", "x"]
    for _ in range(3000):
        a = {rng.choice(roots) + rng.choice(ends) for _ in range(rng.randint(0, 5))}
        b = {rng.choice(roots) + rng.choice(ends) for _ in range(rng.randint(0, 5))}
        assert related_stems(a, b) == _related_word_by_word(a, b)


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested two days after the shooting.",
        "A WEEK LATER the pistol was found.",
        "The blast came three hours earlıer.",  # (a dotless i: the regex takes it for i)
        "An hour Before the vote, he left.",
        "The talks resumed on Monday.",
    ],
)
def test_offsets_read_only_where_a_cue_is_written_as_the_regex_reads(text: str) -> None:
    found = bool(list(_OFFSET.finditer(text)))
    assert bool(offsets(text)) == found


def test_words_of_two_statements_are_one_string_each() -> None:
    a, _, _ = _word_parts("Officials said the bridge closed.")
    b, _, _ = _word_parts("The BRIDGE closed, officials said.")
    assert a[3] == b[1] == "bridge"
    assert a[3] is b[1]


def test_lower_words_are_read_only_when_asked() -> None:
    asked: list[int] = []

    def texts() -> list[str]:
        asked.append(1)
        return ["the radio said the port was shut", "Port Ostvik reopened"]

    lower = LowerWords(texts)
    assert not asked
    assert "port" in lower and "radio" in lower and "ostvik" not in lower
    assert asked == [1]  # (read once)
    assert surname_of("quell", "harriet quell", lower)
    assert not surname_of("ostvik", "port ostvik", lower)


def test_a_pairs_figure_relation_is_read_once() -> None:
    statements = (
        "At least 12 people were killed in the blast, police said.",
        "The blast killed 15 people, officials said.",
        "The talks resumed on Monday.",
    )
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(statements)
    ]
    ctx = PairContext(views, Vectors.empty())
    got = ctx.figure_relation(0, 1)
    assert got == ctx._figure_relation(0, 1) and got[1]  # (a clash: 12 vs 15 killed)
    assert ctx.figure_relation(0, 1) is got  # (the second time, the first answer)
    assert ctx.figure_relation(1, 0) == ctx._figure_relation(1, 0)  # (each order its own)
    assert ctx.figure_relation(0, 2) == (False, "")  # (no figure: nothing kept)
    assert (0, 2) not in ctx._relations
