"""A denial and another speaker's own negation of what it denies are one stance (rule 2,
`denial_strength._one_stance`): "denied that any fee had been paid" against "said: 'The
government does not pay fees'" is no contested point, while the same denial against an
assertion that a fee was paid stays one."""

from __future__ import annotations

from consensus.api import build_report
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline

_DENIAL = (
    "The engineer seized in the hills is back home, officials said on Monday. Jonas Pell, "
    "her employer's lawyer, also denied that any fee had been paid, echoing Tessaria's "
    "government."
)


def _report(said: str) -> Report:
    texts = [
        "A Tessarian engineer held for six weeks by gunmen in the hills was freed on Monday, "
        f"her employer said. Asked about a report that a fee had been paid, {said}",
        _DENIAL,
    ]
    articles = tuple(
        Article(id=k, title="Freed", outlet=k, text=t) for k, t in zip("ab", texts, strict=True)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def _fee_points(report: Report) -> list[str]:
    return [
        p.topic
        for p in report.contested
        if any("fee" in c.quote for pos in p.positions for c in pos.citations)
    ]


def test_a_negation_of_what_is_denied_is_the_denials_side() -> None:
    said = 'Mara Ostrin said: "The Tessarian government does not pay fees to kidnappers."'
    assert _fee_points(_report(said)) == []


def test_an_assertion_of_what_is_denied_stays_contested() -> None:
    said = "Mara Ostrin said a fee had been paid to the kidnappers by the government."
    assert _fee_points(_report(said)), "the denial no longer meets what it rejects"
