"""A clause cut at "; " stands alone when it is five words or more, a figure of a named thing
counting as one ("Bodo weighs about 180 kg"); a bare figure leaves what it counts to the
clause before, which keeps the two together. Invented texts."""

from __future__ import annotations

import time

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.sentences import _is_proposition, bare_denial_clause


def _statements(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="a", text=text)).claims]


def test_a_short_clause_with_a_measured_figure_is_its_own_claim() -> None:
    got = _statements("Adult males can weigh more than 250 kg; Rasko weighs about 180 kg.")
    assert "Rasko weighs about 180 kg." in got
    assert not any("250" in s and "180" in s for s in got)


def test_a_bare_figure_does_not_make_a_clause_of_its_own() -> None:
    # "is 24" counts nothing by itself: the two figures stay in one claim
    assert not _is_proposition("the trust's tally is 24.")
    got = _statements("The ministry's estimate is 40 lynx in five areas; the trust's tally is 24.")
    assert any("40" in s and "24" in s for s in got)
    # four words and no figure are still too few
    assert not _is_proposition("the target is high.")
    assert _is_proposition("Rasko weighs about 180 kg.")


def test_the_figure_count_is_linear_on_a_long_token() -> None:
    start = time.perf_counter()
    _is_proposition("9" * 200_000 + " kg is heavy")
    _is_proposition("9," * 100_000)
    assert time.perf_counter() - start < 1.0


# session 68 (released68): a bare denial after a semicolon is the other side's answer
def test_a_bare_denial_after_a_semicolon_is_a_claim_of_its_own() -> None:
    got = extract_offline(
        Article(id="a", text="The guild blames the courier firm, Tavrel; Tavrel denies it.")
    ).claims
    assert [c.statement for c in got] == [
        "The guild blames the courier firm, Tavrel",
        "Tavrel denies it.",
    ]
    assert [c.polarity.value for c in got] == ["asserts", "denies"]
    # the bare clause after a comma, or one that is no denial, stays in its sentence
    assert len(_statements("The guild blames the courier firm, Tavrel, Tavrel denies it.")) == 1
    assert len(_statements("The guild blames the courier firm, Tavrel; Tavrel says no.")) == 1


def test_what_a_bare_denial_clause_is() -> None:
    assert bare_denial_clause("Tavrel denies it.")
    assert bare_denial_clause("maker Voltara denies it")
    assert bare_denial_clause("the ministry rejected the claims.")
    assert not bare_denial_clause("Tavrel denies it was ever there.")
    assert not bare_denial_clause("denies it")  # (no subject)


def test_the_bare_denial_clause_is_linear_on_a_long_clause() -> None:
    start = time.perf_counter()
    bare_denial_clause("a " * 100_000 + "denies it")
    bare_denial_clause("Abc " * 50_000)
    assert time.perf_counter() - start < 1.0
