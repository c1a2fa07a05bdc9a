"""Session 45 (joins45): two quotations attributed to two different named persons are two
claims, never one agreed item (`merge/quoters.py`, `clusters._may_join`); the same words
given to two persons (one quotation, its speaker misread), and one person's words under two
forms of the name or of a speaker named by a role, still join. Invented text."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.merge.quoters import quoter, quoters_apart
from consensus.models import Article, Claim, ExtractionResult, Report
from consensus.offline import extract_offline

_WORDS = "\u201cFor a nurse on a night shift, this is close to 300 florins a year.\u201d"
_OTHER = "\u201cFor a nurse on a night shift, this is almost 300 florins every year.\u201d"


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _quoting(report: Report) -> list[set[str]]:
    """The articles each agreed item citing the quoted words cites."""
    return [
        {c.article for c in it.citations}
        for it in report.agreed
        if any("300 florins" in c.quote for c in it.citations)
    ]


def _three(other: str) -> Report:
    return _report(
        f"The bridge toll will rise to 5.80 florins in March. Anna Berg, a nurse, said: {_WORDS}"
        " The operator declined to comment.",
        other,
        f"A petition against the toll passed 18,000 names. Anna Berg, a nurse, said: {_WORDS}",
    )


def test_two_persons_saying_like_words_are_two_claims() -> None:
    report = _three(
        f"Drivers were angry on Monday about the new bridge toll. Karl Hoff, a commuter, said: "
        f"{_OTHER} The council will meet on Friday."
    )
    assert _quoting(report) == [{"a0", "a2"}]  # (Hoff's words are his own)


@pytest.mark.parametrize(
    "said",
    [
        "Karl Hoff, a commuter, said:",  # (the same words: one quotation, misattributed)
        "Nurse Berg said:",  # (one person, two forms of the name)
        "The nurses' union said:",  # (a speaker named by its kind)
    ],
)
def test_one_quotation_still_joins(said: str) -> None:
    report = _three(f"Drivers were angry on Monday about the new bridge toll. {said} {_WORDS}")
    assert _quoting(report) == [{"a0", "a1", "a2"}]


def _claim(statement: str, speaker: str | None, kind: str = "direct_quote") -> Claim:
    start = 0
    return Claim.model_validate(
        {
            "statement": statement,
            "kind": kind,
            "subject": speaker or "toll",
            "speaker": speaker,
            "evidence": [{"quote": statement, "start": start, "end": len(statement)}],
        }
    )


def test_quoter_reads_personal_names_only() -> None:
    said = f"Anna Berg said: {_WORDS}"
    words = " for a nurse on a night shift this is close to florins a year "
    assert quoter(_claim(said, "Anna Berg"), "anna berg", False) == ("berg", words)
    assert quoter(_claim(said, "Anna Bérg"), "anna berg", False) == ("berg", words)
    assert quoter(_claim(said, "RAIB"), "raib", False) is None  # (an acronym)
    assert quoter(_claim(said, "US president"), "us president", False) is None  # (a role)
    assert quoter(_claim(said, "Anna Berg"), "anna berg", True) is None  # (a news medium)
    plain = _claim("Anna Berg said the toll would rise.", "Anna Berg", "reported_statement")
    assert quoter(plain, "anna berg", False) is None  # (no quotation)
    assert quoters_apart({("berg", " a b c d ")}, {("hoff", " a b c e ")})
    assert not quoters_apart({("berg", " a b c d ")}, {("hoff", " b c d ")})  # (one quote)
    assert not quoters_apart({("berg", " a b c d ")}, {("berg", " e f g h ")})
    assert not quoters_apart({("berg", " a b c d ")}, set())
