"""A negation word inside an idiom, a bound or a comparative negates no predicate (issue 8,
session 57, negwords57): "no doubt", "none other than", "not only"; and, with
`bound_negations.COMPARATIVES` on (off by default: measured, see bench/README.md), "no
more than 300 jobs", which says jobs are cut, at most 300 (`consensus.merge.bound_negations`,
read by `score.negation` and the negation-word precheck `denial_strength._hinted`). Made-up
names and nouns only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_negated_complement import _feat, _two_outlets

import consensus.merge.bound_negations as bn
from consensus.merge.bound_negations import bound_at, unbound
from consensus.merge.denial_strength import _hinted
from consensus.merge.score import negation

IDIOMS = [
    "The prize went to none other than the Dromholt choir.",
    "There is no doubt the frabble harvest failed.",
    "Not until Friday did the Harnby warden speak.",
    "The board not only closed the depot but also sold the yard.",
]
COMPARATIVES = [
    "The Harnby depot will cut no more than 300 jobs.",
    "The ferry left Pellory no later than noon.",
    "The frabble crop was worth not much more than 5,000 krona.",
    "No Harnby tenant will pay more than 90 krona a week.",
]


@pytest.fixture
def comparatives() -> Iterator[None]:
    """The merge reading comparatives as bounds (`COMPARATIVES` on), caches cleared."""
    _hinted.cache_clear()
    bn.COMPARATIVES = True
    try:
        yield
    finally:
        bn.COMPARATIVES = False
        _hinted.cache_clear()


# negations that are no bound stay negations
PLAIN = {
    "Trams are no longer running in Pellory.": "run",
    "There will be no more ferries to Pellory.": "ferr",
    "The Harnby warden was not far-sighted about the flood.": "",
    "The Harnby depot will cut no jobs, the union said.": "job",
}


@pytest.mark.parametrize("statement", IDIOMS)
def test_an_idiom_negates_nothing(statement: str) -> None:
    assert not negation(_feat(statement)).concepts, statement
    assert not _hinted(statement)
    assert unbound(statement) != statement and len(unbound(statement)) == len(statement)


@pytest.mark.parametrize("statement", COMPARATIVES)
def test_a_comparative_is_read_only_when_turned_on(statement: str) -> None:
    assert unbound(statement) == statement  # (off by default)
    words = [m.group().casefold() for m in bn._WORD.finditer(statement)]
    assert any(bound_at(words, k, comparatives=True) for k in range(len(words)))


@pytest.mark.parametrize("statement", COMPARATIVES)
def test_a_comparative_bound_negates_nothing_when_on(comparatives: None, statement: str) -> None:
    assert not negation(_feat(statement)).concepts, statement
    assert not _hinted(statement)


@pytest.mark.parametrize("statement", sorted(PLAIN))
def test_a_plain_negation_is_still_read(statement: str) -> None:
    assert _hinted(statement)
    assert unbound(statement) == statement
    want = PLAIN[statement]
    if want:
        assert any(c.startswith(want) for c in negation(_feat(statement)).concepts), statement


def test_the_bound_reading_looks_at_the_words_after_the_negation() -> None:
    words = "no more than 300 but no more ferries and none of the crew".split()
    assert [k for k in range(len(words)) if bound_at(words, k, comparatives=True)] == [0]
    # a "more than" in another clause makes no bound
    words = "the board did not say whether it would cut more than 300 jobs".split()
    assert not any(bound_at(words, k, comparatives=True) for k in range(len(words)))
    assert bound_at(["none", "the", "less"], 0) and not bound_at(["none", "the", "crew"], 0)
    assert bound_at(["not", "to", "mention"], 0) and not bound_at(["not", "to", "go"], 0)


def test_a_bounded_figure_agrees_with_the_figure_not_a_rebuttal(comparatives: None) -> None:
    # before session 57 rule 6 read "no more than 300 jobs" as negating the jobs the other
    # outlet says are cut, and told the two as a contested point (negated: job)
    report = _two_outlets(
        "The Harnby depot will cut no more than 300 jobs, the union said.",
        "The Harnby depot will cut 300 jobs, the union said.",
    )
    assert not [c.rule for c in report.contested if "negat" in c.rule]
    assert report.agreed, [c.rule for c in report.contested]


def test_a_plain_negation_still_rebuts() -> None:
    report = _two_outlets(
        "The Harnby depot will cut no jobs, the union said.",
        "The Harnby depot will cut 300 jobs, the union said.",
    )
    assert [c.rule for c in report.contested if "negat" in c.rule], report.agreed


def test_the_negation_word_tests_of_other_readers_pass_over_an_idiom() -> None:
    from consensus.merge.answers import _said_negated

    assert not _said_negated(_feat("There is no doubt the frabble harvest failed."))
    assert _said_negated(_feat("The frabble harvest did not fail, the Harnby warden said."))
