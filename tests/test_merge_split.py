"""One fact, one item (issue 8): what kept one fact's claims in two agreed items."""

from __future__ import annotations

from consensus.api import build_report
from consensus.merge.features import reports_only
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _items_citing(report: Report, words: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (it.statement, it.sources)
        for it in (*report.agreed, *report.single_source)
        if any(words in c.quote for c in it.citations)
    ]


def test_a_news_medium_is_no_party() -> None:
    assert reports_only("sky news") and reports_only("local newspaper")
    assert reports_only("france tv info")
    assert not reports_only("county police") and not reports_only(None)
    assert not reports_only("newsom")  # (a word of the name, not a part of a word)


def test_a_report_a_news_medium_is_credited_with_joins_the_fact() -> None:
    # the ferry captain's arrest: two outlets in their own voice or the coastguard's, a third
    # "according to Channel Nine News" (a medium the outlet cites, no party); it was an item
    # of its own beside the three-origin one, the fact shown twice
    report = _report(
        "The captain of the ferry has been arrested, the Harbour Coastguard said. "
        "Rescuers searched the bay overnight.",
        "The captain of the ferry was arrested on Tuesday. The ferry sank near the pier.",
        "According to Channel Nine News, authorities arrested the captain of the ferry. "
        "The port was closed to traffic.",
    )
    arrested = _items_citing(report, "arrested")
    assert len(arrested) == 1, arrested
    assert arrested[0][1] == ("a0", "a1", "a2")


def test_two_named_parties_still_keep_their_remarks_apart() -> None:
    # the same shape with two parties named by their names (no medium, and neither named
    # by its kind, as "the Harbour Coastguard" is: consensus.merge.reporters): their words
    # are two claims, as before
    report = _report(
        "The captain of the ferry has been arrested, Harbour Watch said.",
        "The captain of the ferry was arrested, Bayline Ferries said.",
    )
    arrested = _items_citing(report, "arrested")
    assert len(arrested) == 2, arrested


def test_a_body_named_by_its_kind_reports_an_event_another_party_tells() -> None:
    # a coastguard and the operator tell one event (an arrest): one fact two outlets agree
    # on; the operator's view of it stays its own
    report = _report(
        "The captain of the ferry has been arrested, the Harbour Coastguard said.",
        "The captain of the ferry was arrested, the ferry operator said.",
    )
    arrested = _items_citing(report, "arrested")
    assert len(arrested) == 1 and arrested[0][1] == ("a0", "a1"), arrested
    report = _report(
        "The captain of the ferry should be arrested, the Harbour Coastguard said.",
        "The captain of the ferry must be arrested, the ferry operator said.",
    )
    assert len(_items_citing(report, "arrested")) == 2


def test_a_medium_the_statements_call_so_is_no_party() -> None:
    # "the newspaper Le Soir" names a medium whose name holds no media noun; so does "the
    # Morning Star newspaper" (its last words too: "South Africa's Morning Star")
    from consensus.merge.features import _media_named

    named = _media_named(
        [
            "Mr Roe's criticism came after the newspaper Le Soir reported the sale.",
            "It was reported only after South Africa's Morning Star newspaper published it.",
            "She told a news conference that the talks failed.",
            "At a White House news conference, Jane Roe said the talks failed.",
            "Speaking on state television Kim Lee said the launch had succeeded.",
        ]
    )
    assert {"le soir", "morning star"} <= named
    # "news" and "television" qualify other words here: no medium named
    assert not {"she", "talks", "white house", "house", "kim lee", "lee", "jane roe"} & named


def test_a_negated_verb_rebuts_only_a_statement_of_its_subject() -> None:
    # "the president did not cite the source" and "the newspaper cited government sources"
    # share the verb, not the subject: no rebuttal point (as for a denial of another
    # subject's act, link rule 2); with one subject it stays a rebuttal
    negated = "However, the president did not cite the source of his information. "
    other = (
        "The Daily Planet newspaper cited government sources in the capital for the information. "
    )
    same = "The president cited government sources in the capital for the information. "
    met = "The ships met at sea."
    report = _report(negated + met, other + "The ships met at sea, officials said.")
    assert not any("cite" in c.topic for c in report.contested), [
        (c.topic, c.rule) for c in report.contested
    ]
    report = _report(negated + met, same + "The ships met at sea, officials said.")
    assert any("negates" in c.rule and "cite" in c.topic for c in report.contested)
