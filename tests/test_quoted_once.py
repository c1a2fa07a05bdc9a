"""A side of a contested point that an agreed item quotes in full is quoted once there
(session 43, split43: `merge.quoted_once`). Every text is invented."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from consensus.api import build_report
from consensus.merge.quoted_once import NOTE, quoted_once
from consensus.models import Article, Citation, ContestedItem, ExtractionResult, Position, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(Article(id=f"n{k}", text=t, outlet=f"Outlet {k}") for k, t in enumerate(texts))
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


NINE = (
    "At least nine people were killed when a ferry capsized off Lorvik on Tuesday. "
    "The coastguard searched the bay overnight.",
    "At least nine people were killed when a ferry capsized near Lorvik on Tuesday, "
    "the coastguard said.",
    "At least nine people were killed after the Lorvik ferry capsized on Tuesday. "
    "Divers joined the search.",
)
SIX = "Six people were killed when a ferry capsized off Lorvik on Tuesday, local officials said."


def test_an_agreed_figure_is_quoted_in_full_once_and_its_side_names_every_origin() -> None:
    report = _report(*NINE, SIX)
    (point,) = report.contested
    nine = next(it for it in report.agreed if "nine" in it.statement)
    assert point.id in nine.points
    assert {c.article for c in nine.citations} == {"n0", "n1", "n2"}
    side = next(p for p in point.positions if "nine" in p.statement)
    # the side keeps its weight and its outlets, and quotes one of them
    assert side.origins == 3 and side.sources == ("n0", "n1", "n2")
    assert len({c.article for c in side.citations}) == 1
    assert {c.article for c in side.citations} <= {"n0", "n1", "n2"}
    assert NOTE in point.rule
    # the other side is no agreed item's: it keeps its own quote
    six = next(p for p in point.positions if "six" in p.statement.lower())
    assert [c.article for c in six.citations] == ["n3"]


def test_a_point_no_agreed_item_shares_keeps_every_quote() -> None:
    report = _report(NINE[0], SIX)
    (point,) = report.contested
    assert not report.agreed or all(point.id not in it.points for it in report.agreed)
    assert NOTE not in point.rule
    assert sorted(c.article for p in point.positions for c in p.citations) == ["n0", "n1"]


def _cite(article: str, start: int) -> Citation:
    return Citation(article=article, quote="x" * 5, start=start, end=start + 5)


def _member(article: str, start: int, statement: str, speaker: str | None = None) -> Any:
    return SimpleNamespace(
        origin=article,
        citations=(_cite(article, start),),
        claim=SimpleNamespace(statement=statement, speaker=speaker),
    )


def _point(*positions: Position) -> ContestedItem:
    return ContestedItem(id="c-1", topic="t", rule="contested: r", positions=positions)


def test_a_side_quoting_a_claim_outside_the_agreed_group_is_left_whole() -> None:
    group = [_member("a", 0, "Nine died."), _member("b", 0, "Nine died.")]
    cites = (_cite("a", 0), _cite("b", 0), _cite("c", 0))  # (c's claim is in no agreed group)
    side = Position(statement="Nine died.", sources=("a", "b", "c"), origins=3, citations=cites)
    other = Position(statement="Six died.", sources=("d",), origins=1, citations=(_cite("d", 0),))
    point = _point(side, other)
    assert quoted_once(point, [group]) is point
    # ... and with c's claim in the group, the side quotes the origin of its statement
    group.append(_member("c", 0, "Nine were killed."))
    once = quoted_once(point, [group])
    assert once.positions[0].citations == (_cite("a", 0),)
    assert once.positions[0].origins == 3 and once.positions[0].sources == ("a", "b", "c")
    assert once.positions[1] == other and once.rule == f"contested: r — {NOTE}"


def test_a_side_of_one_origin_is_left_whole() -> None:
    group = [_member("a", 0, "Nine died."), _member("a", 9, "Nine died, police said.")]
    side = Position(
        statement="Nine died.", sources=("a",), origins=1, citations=(_cite("a", 0), _cite("a", 9))
    )
    point = _point(side, Position(statement="Six.", origins=1, citations=(_cite("d", 0),)))
    assert quoted_once(point, [group]) is point


def test_the_side_lists_only_the_speakers_its_quotes_name() -> None:
    group = [
        _member("a", 0, "Nine died.", "Vell Harbour Police"),
        _member("a", 7, "Nine died, the mayor said.", "Ida Marr"),
        _member("b", 0, "Nine died, Vell Harbour Police said.", "Vell Harbour Police"),
        _member("c", 0, "Nine died, coastguard Tor Lind said.", "Tor Lind"),
    ]
    cites = (_cite("a", 0), _cite("a", 7), _cite("b", 0), _cite("c", 0))
    side = Position(
        statement="Nine died.",
        speakers=("Tor Lind", "Vell Harbour Police"),
        sources=("a", "b", "c"),
        origins=3,
        citations=cites,
    )
    point = _point(side, Position(statement="Six.", origins=1, citations=(_cite("d", 0),)))
    once = quoted_once(point, [group]).positions[0]
    # a, the origin quoted most often, is quoted; Tor Lind, named only in c's quote, is not
    # listed (an editor would look for him in a quote the side no longer shows)
    assert once.citations == (_cite("a", 0), _cite("a", 7))
    assert once.speakers == ("Vell Harbour Police",)


def test_a_clause_of_an_agreed_members_quote_is_held_by_the_agreed_item() -> None:
    # (an update sentence's own clause on its side: `update_sides`; the member quotes the
    # whole sentence at 0-40, the side its clause at 10-30)
    group = [_member("a", 0, "Nine died."), _member("b", 0, "Nine died, up from six.")]
    group[1].citations = (Citation(article="b", quote="x" * 40, start=0, end=40),)
    clause = Citation(article="b", quote="x" * 20, start=10, end=30)
    side = Position(
        statement="Nine died.", sources=("a", "b"), origins=2, citations=(_cite("a", 0), clause)
    )
    point = _point(side, Position(statement="Six.", origins=1, citations=(_cite("d", 0),)))
    assert quoted_once(point, [group]).positions[0].citations == (_cite("a", 0),)
    # ... but a quote reaching past the member's is not
    wider = Citation(article="b", quote="x" * 50, start=10, end=60)
    side = side.model_copy(update={"citations": (_cite("a", 0), wider)})
    point = _point(side, Position(statement="Six.", origins=1, citations=(_cite("d", 0),)))
    assert quoted_once(point, [group]) is point
