"""Session 59's shortcuts of the merger give what the plain code they replace gives.

Each keeps `bench/merge_scale.py`'s report byte for byte (bench/README, "Session 59 (speed59)");
these checks compare each with the plain computation on drawn inputs:

* `owned_titles._last_word`: `_LAST_WORD.search` read in the text's last characters first;
* `accused_denials._VERB`: the verb search before the two party patterns passes every text
  either pattern matches, including the letters the case-insensitive regexes fold;
* `clusters._apart_index`: link rule 0 read per member gives the per-pair test.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.merge import accused_denials
from consensus.merge.clusters import _apart_index
from consensus.merge.owned_titles import _LAST_WORD, _last_word

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)

PIECES = [
    "a", "Bo", "é", "1", "_", " ", "\n", ".", ",", "²", "\u00a0", "Roe", "director",
    "x" * 30, "Dr", " " * 30, "its", "-", "'",
]  # fmt: skip


def _read(m: object) -> object:
    import re

    return (m.span(), m.group(1)) if isinstance(m, re.Match) else None


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_last_word_is_the_search(parts: list[str], strip: bool) -> None:
    text = "".join(parts)
    text = text.rstrip() if strip else text
    assert _read(_last_word(text)) == _read(_LAST_WORD.search(text))


ACCUSE_PIECES = [
    "accused", "ACCUSED", "Accuses", "blamed", "BLAME", "criticised", "criticized",
    "CRİTİCİSED", "crıtıcısed", "accuſed", "blaming", "the", "resort", "Acme", "was", "has",
    "been", "of", "for", "putting", "money", "first", "said", "not", "'s", "’", ".", " ",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(ACCUSE_PIECES), max_size=14), st.sampled_from([" ", ""]))
def test_verb_search_passes_every_accusation(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    matched = (
        accused_denials._ACCUSES.search(text) is not None
        or accused_denials._IS_ACCUSED.search(text) is not None
    )
    if matched:
        assert accused_denials._VERB.search(text) is not None


def test_verb_search_reads_the_case_folds() -> None:
    # the patterns fold long s and dotted/dotless i: the verb search folds them alike
    for text in (
        "They accuſed the resort of greed.",
        "Acme was crıtıcısed for delays.",
        "Acme was CRİTİCİSED for delays.",
    ):
        assert accused_denials._ACCUSES.search(text) or accused_denials._IS_ACCUSED.search(text)
        assert accused_denials._VERB.search(text) is not None
    assert accused_denials.accused_party("Acme said the talks went well.") is None


@SETTINGS
@given(
    st.sets(st.tuples(st.integers(0, 30), st.integers(0, 30)).filter(lambda p: p[0] < p[1])),
    st.lists(st.integers(0, 30), max_size=8, unique=True),
    st.lists(st.integers(0, 30), max_size=8, unique=True),
)
def test_apart_index_is_the_pair_test(
    pairs: set[tuple[int, int]], a: list[int], b: list[int]
) -> None:
    apart = _apart_index(pairs)
    plain = any((min(x, y), max(x, y)) in pairs for x in a for y in b)
    assert any(not apart[x].isdisjoint(b) for x in a if x in apart) == plain
