"""bench/split_causes.py: the gold agreed facts two report items state, by cause."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import split_causes  # noqa: E402
from missed_links import traced_report  # noqa: E402
from quality_lib import Locator, gold_cluster, score_report  # noqa: E402

from consensus.models import Citation  # noqa: E402

TEXT = "Ivo Brandt, 44, who ran the ferry company, resigned on Monday. Ivo Brandt is 44."


def _cite(article: str, part: str) -> Citation:
    start = TEXT.index(part)
    return Citation(article=article, quote=part, start=start, end=start + len(part))


def test_one_sentence_cited_by_two_items_is_shared_only_in_one_article() -> None:
    whole = _cite("01_a", "Ivo Brandt, 44, who ran the ferry company, resigned on Monday.")
    part = _cite("01_a", "Ivo Brandt, 44")
    later = _cite("01_a", "Ivo Brandt is 44.")
    elsewhere = _cite("02_b", "Ivo Brandt, 44")
    assert split_causes._shares_sentence([whole], [part])
    assert not split_causes._shares_sentence([whole], [later])
    assert not split_causes._shares_sentence([whole], [elsewhere])


def test_a_fact_is_a_dispute_side_when_a_side_anchor_overlaps_its_anchor() -> None:
    class Art:
        def __init__(self, id: str) -> None:
            self.id, self.text = id, TEXT

    loc = Locator({"01_a": Art("01_a")})  # type: ignore[dict-item]
    anchors = {"01_a": (TEXT.index("Ivo Brandt is 44."), len(TEXT))}
    side = {"sides": [{"anchors": {"01_a": "Ivo Brandt is 44."}}]}
    other = {"sides": [{"anchors": {"01_a": "resigned on Monday."}}]}
    assert split_causes._a_side({"contested": [side]}, loc, anchors)
    assert not split_causes._a_side({"contested": [other]}, loc, anchors)
    assert not split_causes._a_side({}, loc, anchors)


def test_every_split_fact_the_scorer_counts_gets_one_cause() -> None:
    # a training cluster whose report shows facts twice: each is classified once, by a
    # cause the census names
    name = "blind_hikersearch"
    articles, exp = gold_cluster(name)
    report, _trace = traced_report(articles, None)
    counted = score_report(name, exp, articles, report).split_facts
    got = split_causes.classify(name)
    assert counted > 0
    assert len(got) == counted
    heads = ("by design", "agreed item + point", "two agreed", "two points")
    assert all(cause.startswith(heads) for cause, _line in got)


def test_a_point_shows_a_gold_dispute_when_two_positions_cite_two_sides() -> None:
    # (session 56, splitpart56: `--points`) invented text and gold
    from consensus.models import ContestedItem, Position, Report

    text = "Nine died, police said. Six died, the mayor said. The ferry sank."

    class Art:
        def __init__(self, id: str) -> None:
            self.id, self.text = id, text

    def cite(part: str) -> Citation:
        start = text.index(part)
        return Citation(article="01_a", quote=part, start=start, end=start + len(part))

    loc = Locator({"01_a": Art("01_a")})  # type: ignore[dict-item]
    gold = {
        "contested": [
            {
                "sides": [
                    {"anchors": {"01_a": "Nine died, police said."}},
                    {"anchors": {"01_a": "Six died, the mayor said."}},
                ]
            }
        ]
    }

    def point(*parts: str) -> ContestedItem:
        sides = tuple(Position(statement=p, origins=1, citations=(cite(p),)) for p in parts)
        return ContestedItem(id="c-" + parts[0][:3], topic="t", rule="r", positions=sides)

    shows = point("Nine died, police said.", "Six died, the mayor said.")
    beside = point("Nine died, police said.", "The ferry sank.")
    report = Report(articles=(), contested=(beside, shows))
    assert split_causes._gold_points(gold, loc, report) == {1}
    assert split_causes._gold_points({}, loc, report) == set()
