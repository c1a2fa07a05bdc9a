"""Checks on a Report shared by several test modules (imported as a plain module: tests/ is
on sys.path, as for loopback_server)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from consensus.merge.clause_cuts import clause_claims
from consensus.merge.quoted_once import NOTE
from consensus.models import Citation, ClaimSet, ContestedItem, Position, Report


def cited_verdicts(report: Report) -> dict[tuple[str, int, int], frozenset[str]]:
    """For every cited span (article, start, end), the verdicts that cite it."""
    found: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for name, items in (("agreed", report.agreed), ("single_source", report.single_source)):
        for item in items:
            for c in item.citations:
                found[(c.article, c.start, c.end)].add(name)
    for point in report.contested:
        for position in point.positions:
            for c in position.citations:
                found[(c.article, c.start, c.end)].add("contested")
    return {span: frozenset(names) for span, names in found.items()}


Span = tuple[str, int, int]


def side_quotes(report: Report, point: ContestedItem, side: Position) -> list[Citation]:
    """A side's quotations as an editor reads them: its own, and, when the point's rule says
    a side an agreed item states is quoted once (`merge.quoted_once`), the quotations of
    the side's outlets in the agreed items that name the point."""
    quotes = list(side.citations)
    if NOTE in point.rule:
        quotes += [
            c
            for item in report.agreed
            if point.id in item.points
            for c in item.citations
            if c.article in side.sources and c not in quotes
        ]
    return quotes


def claims_per_span(claim_sets: Iterable[ClaimSet]) -> dict[Span, int]:
    """How many claims cite each span: their evidence, and the clauses of a long quote the
    merger reads as parts of their claim (`merge/clause_cuts.py`: a clause backs another
    origin's item, citing its own span, while its sentence keeps its own verdict)."""
    found: dict[Span, int] = defaultdict(int)
    for cs in claim_sets:
        for claim in cs.claims:
            spans = {(e.start, e.end) for e in claim.evidence}
            spans |= {(e.start, e.end) for part in clause_claims(claim) for e in part.evidence}
            for start, end in spans:
                found[(cs.article, start, end)] += 1
    return found


def also_agreed_spans(report: Report) -> frozenset[Span]:
    """Spans cited both by an agreed item and by the contested point its rule names.

    The one documented way a claim is under two verdicts: a figure (or date) dispute, or a
    negation point ("no group has claimed it" / "the group claimed it"), keeps a group
    stated by >= 2 origins as an agreed item too, and that item's rule names the point
    where the other side is shown; so does a point of opposite polarity between parties
    for each side stated by >= 2 origins (`merge.party_sides`: the outlets agree on what
    each party says). Any other span under agreed and contested is not covered by it.
    """
    point_spans = {
        point.id: {(c.article, c.start, c.end) for p in point.positions for c in p.citations}
        for point in report.contested
    }
    out: set[Span] = set()
    for item in report.agreed:
        for point_id, spans in point_spans.items():
            if point_id in item.rule:
                out |= {(c.article, c.start, c.end) for c in item.citations} & spans
    return frozenset(out)


def verdicts_per_span(report: Report) -> dict[Span, int]:
    """How many verdicts cite each span, agreed + contested counted once where the
    documented figure-dispute exception (`also_agreed_spans`) explains it."""
    exception = also_agreed_spans(report)
    return {
        span: len(names) - (span in exception and {"agreed", "contested"} <= names)
        for span, names in cited_verdicts(report).items()
    }


def check_also_agreed_rules(report: Report) -> None:
    """An agreed item that names contested points names existing figure, date, time or
    negation points (several when its figures for two slots are disputed), or is a party's
    side of one point of opposite polarity or of two sides' accounts ("side of the point"),
    and cites some of each point's spans."""
    points = {point.id: point for point in report.contested}
    for item in report.agreed:
        named = [point_id for point_id in points if point_id in item.rule]
        # the item lists, as data, exactly the points its rule names
        assert sorted(item.points) == sorted(named), (item.points, item.rule)
        if not named and "contested in" not in item.rule:
            continue
        if "side of the point" in item.rule:
            party = item.rule.split("side of the point ", 1)[1].split(",", 1)[0]
            assert party in named, (item.rule, sorted(points))
            point = points[party]
            assert (
                "opposite polarity" in point.rule or "accounts of what one act hit" in point.rule
            ), (item.rule, point.rule)
            spans = {(c.article, c.start, c.end) for p in point.positions for c in p.citations}
            mine = {(c.article, c.start, c.end) for c in item.citations}
            # the item is one side: it cites spans of one position, never of two
            sides = [
                p
                for p in point.positions
                if mine & {(c.article, c.start, c.end) for c in p.citations}
            ]
            assert mine & spans and len(sides) == 1, (item.statement, point.topic)
            named = [point_id for point_id in named if point_id != party]
            if not named:
                continue
        if "contested in" in item.rule:
            listed = item.rule.split("contested in ", 1)[1].split(", ")
            assert sorted(named) == sorted(listed), (item.rule, sorted(points))
        assert named, (item.rule, sorted(points))
        for point in (points[point_id] for point_id in named):
            # (a point may also be one of opposite polarity: its figures are then disputed
            # too, which is what such an item names)
            assert (
                "conflicting quantities" in point.rule
                or "conflicting dates" in point.rule
                or "conflicting times" in point.rule
                or ("negates what the other states" in point.rule and "negates" in item.rule)
            ), (item.rule, point.rule)
            spans = {(c.article, c.start, c.end) for p in point.positions for c in p.citations}
            assert spans & {(c.article, c.start, c.end) for c in item.citations}, (item, point)


def offline_report(*texts: str, title: str = "Story") -> Report:
    """The offline pipeline's report on short invented articles, one per text (ids a0, a1,
    ..., outlets "Outlet 0", "Outlet 1", ...)."""
    from consensus.api import build_report
    from consensus.models import Article, ExtractionResult
    from consensus.offline import extract_offline

    articles = tuple(
        Article(id=f"a{k}", title=title, outlet=f"Outlet {k}", text=t) for k, t in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=articles, claim_sets=sets))


def made_up_report(event: str) -> Report:
    """The offline pipeline's report on one made-up cluster of tests/data/figures_places."""
    from pathlib import Path

    from consensus.api import build_report
    from consensus.ingest import load_articles
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    folder = Path(__file__).resolve().parent / "data" / "figures_places" / event
    articles = load_articles(sorted(str(p) for p in folder.glob("*.txt")))
    return build_report(
        ExtractionResult(
            articles=tuple(articles), claim_sets=tuple(extract_offline(a) for a in articles)
        )
    )
