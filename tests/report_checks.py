"""Checks on a Report shared by several test modules (imported as a plain module: tests/ is
on sys.path, as for loopback_server)."""

from __future__ import annotations

from collections import defaultdict

from consensus.models import Report


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
