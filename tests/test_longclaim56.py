"""One report, two facts: "X said A, and that B" where a list closes A or a phrase says how
X said it ("said in a statement that A and that B"). The extractor cuts B into a claim of its
own that keeps X as its speaker (`compound._cut` with `clause_shapes.left_segment` and
`_DAY_THAT`), each part citing its own verbatim span, so another outlet's claim of either
fact alone can match; sentences whose "that" opens no report stay whole. Invented sentences
only."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    out = []
    for c in extract_offline(article).claims:
        for e in c.evidence:  # every citation is the article's own text, verbatim
            assert text[e.start : e.end] in text and e.end > e.start
        out.append((c.statement, c.speaker))
    return out


def test_and_that_after_a_list_is_a_second_report() -> None:
    got = _claims(
        "Police said officers were pelted with bottles, stones and flares, and that "
        "38 people had been detained by midnight."
    )
    assert len(got) == 2, got
    assert got[0][0].endswith("stones and flares") and "38" not in got[0][0], got
    assert got[1][0] == "Police said that 38 people had been detained by midnight.", got
    assert got[0][1] and got[1][1] == got[0][1], got


def test_and_that_after_a_list_with_an_aside() -> None:
    got = _claims(
        "The Tesvik hospital director said six people had died of their wounds, among them "
        "a boy of 12, and that the hospital was treating dozens of injured people."
    )
    assert len(got) == 2, got
    assert got[1][0].endswith("the hospital was treating dozens of injured people."), got
    assert got[0][1] and got[1][1] == got[0][1], got


def test_said_in_a_statement_that_a_and_that_b() -> None:
    got = _claims(
        "The Trask company said in a statement that its software had worked as designed and "
        "that the fault lay in tariff data uploaded by the council."
    )
    assert len(got) == 2, got
    assert got[0][0].endswith("had worked as designed"), got
    assert got[1][0].startswith("The Trask company said that the fault lay"), got
    assert got[1][1] == got[0][1] == "Trask company", got


def test_demonstrative_that_without_a_report_stays_whole() -> None:
    got = _claims("The strongest pulse came around dawn, and that is the one we measured.")
    assert len(got) == 1, got
    got = _claims("The Halm council said in a letter the plan that it backed was sound.")
    assert len(got) == 1, got
