"""A party's plain negation of its own act against another side's statement of that act
about the party is a rebuttal (`merge.party_rebuttals`); the traps (the same time, a
condition) are not."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import _build_features
from consensus.merge.score import negation, side_negated
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    articles = tuple(
        Article(id=f"a{k}", title="Heater recall", outlet=f"Outlet {k}", text=text)
        for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _points(report: Report) -> list[list[str]]:
    return [
        [" ".join(c.quote for c in p.citations) for p in item.positions]
        for item in report.contested
    ]


def _set_against(report: Report, one: str, two: str) -> bool:
    for sides in _points(report):
        ones = {k for k, s in enumerate(sides) if one in s}
        twos = {k for k, s in enumerate(sides) if two in s}
        if ones and twos and len(ones | twos) > 1:
            return True
    return False


def _negated(text: str) -> frozenset[str]:
    article = Article(id="a0", title="t", outlet="o", text=text)
    claims = extract_offline(article).claims
    feats = _build_features([("a0", k, c) for k, c in enumerate(claims)], {"a0": text})
    return negation(feats[-1]).concepts


def test_until_negates_only_as_a_side_against_another_time() -> None:
    text = "Brisca said it did not know of the fault until this year."
    article = Article(id="a0", title="t", outlet="o", text=text)
    claims = extract_offline(article).claims
    feats = _build_features([("a0", k, c) for k, c in enumerate(claims)], {"a0": text})
    assert not negation(feats[-1]).concepts  # (when, not whether: `score.negation`)
    assert "know" in side_negated(feats[-1])


def test_a_party_denies_knowing_what_another_side_says_it_knew_earlier() -> None:
    report = _report(
        "The heater maker Brisca recalled 90,000 heaters on Wednesday. Internal emails "
        "showed Brisca knew of the fault in 2024, a consumer group said.",
        "Brisca recalled 90,000 heaters on Wednesday. Brisca said it did not know of the "
        "fault until this year.",
    )
    assert _set_against(report, "knew of the fault", "did not know"), _points(report)


def test_until_the_same_time_is_the_same_fact() -> None:
    report = _report(
        "The heater maker Brisca recalled 90,000 heaters on Wednesday. Brisca learned of "
        "the fault in March, a consumer group said.",
        "Brisca recalled 90,000 heaters on Wednesday. Brisca said it did not learn of the "
        "fault until March.",
    )
    assert not report.contested, _points(report)


def test_a_condition_is_no_account_to_rebut() -> None:
    report = _report(
        "Customs officers in Tarvel seized a cargo of heaters on Monday. Tarvel insists "
        "that there was no breach of the embargo.",
        "A cargo of heaters was seized in Tarvel on Monday. Ada Mirren said that if a breach "
        "of the embargo is confirmed, Tarvel will deal seriously with it.",
    )
    assert not report.contested, _points(report)
