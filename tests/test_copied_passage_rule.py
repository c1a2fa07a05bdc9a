"""A single-source item that several articles of different origins cite, because one of
them copied the sentence from another's text, says so in its rule (issue 8, session 11):
"one origin" beside an outlet the Origins table calls independent was unexplained."""

from __future__ import annotations

import shared_reports  # tests/ is on sys.path (rootdir conftest)


def test_a_copied_passage_is_named_in_the_single_source_rule() -> None:
    report = shared_reports.report("american_airlines_g_league")
    pledge = [i for i in report.single_source if i.statement.startswith("American pledged")]
    assert len(pledge) == 1, [i.statement for i in report.single_source]
    item = pledge[0]
    # ABC News is an origin of its own; this paragraph of it is the wire text's
    origin = {a.id: a.origin for a in report.articles}
    assert origin["01_abcnews"] != origin["02_washingtonpost"]
    assert "01_abcnews" in item.sources
    assert item.rule.endswith("one origin: a passage copied in 01_abcnews)"), item.rule
    # an item whose articles are copies of one text names no passage
    copies = [
        i for i in report.single_source if len(i.sources) > 1 and "01_abcnews" not in i.sources
    ]
    assert copies and all(i.rule.endswith("articles, one origin)") for i in copies)
