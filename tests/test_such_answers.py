"""A negation that points back with "such" ("The agency says it never received such a
report") rejects the claim of another side just before it in its article that states the
noun (consensus.merge.such_answers; session 30, disputes30): a contested point, though
no candidate pair holds two claims of one article."""

from __future__ import annotations

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    articles = tuple(
        Article(id=f"a{k}", title="Pier", outlet=f"Outlet {k}", text=t) for k, t in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _sides(report: Report) -> list[set[str]]:
    return [{p.statement for p in item.positions} for item in report.contested]


_OTHER = "The Dunmore pier gave way on Tuesday, the harbour board said. Two boats sank."


def test_never_received_such_a_warning_rejects_the_warning_told_before_it() -> None:
    report = _report(
        "Part of the Dunmore pier gave way on Tuesday. Fishermen say the harbour board was "
        "warned about rotten piles last winter. The harbour board says it never received "
        "any such warning.",
        _OTHER,
    )
    assert any(
        any("warned about rotten piles" in s for s in sides)
        and any("never received any such warning" in s for s in sides)
        for sides in _sides(report)
    ), _sides(report)


def test_such_pointing_at_a_word_the_claim_before_does_not_state_answers_nothing() -> None:
    report = _report(
        "Part of the Dunmore pier gave way on Tuesday. Fishermen say the harbour board "
        "closed the pier last winter. The harbour board says it never received such a "
        "complaint.",
        _OTHER,
    )
    assert not any(any("such a complaint" in s for s in sides) for sides in _sides(report))


def test_such_as_is_no_pointer() -> None:
    from consensus.merge.such_answers import _pointed_noun

    assert _pointed_noun("The agency says it never received such a report.") == "report"
    assert _pointed_noun("He said there was no such plan.") == "plan"
    assert _pointed_noun("They did not use tools such as cranes.") == ""
    assert _pointed_noun("The agency received such a report in May.") == ""  # (no negation)
