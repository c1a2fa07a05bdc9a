"""Pipeline step 7, the Report: every citation asserted against its article, the
articles with their origins, and coverage (`coverage._coverage`).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consensus.merge.coverage import _coverage
from consensus.merge.items import OriginsLike
from consensus.models import (
    Article,
    ArticleFailure,
    ContestedItem,
    Item,
    Report,
    ReportArticle,
)


def built_report(
    by_id: Mapping[str, Article],
    origins: OriginsLike,
    failures: Sequence[ArticleFailure],
    rep_of: dict[str, str],
    agreed: Sequence[Item],
    contested: Sequence[ContestedItem],
    single: Sequence[Item],
) -> Report:
    """The Report of the verdicts, in the order given; articles by id, origins by id,
    failures by (article, kind, error)."""
    for it in (*agreed, *single):
        for c in it.citations:
            assert by_id[c.article].text[c.start : c.end] == c.quote
    for ci in contested:
        for p in ci.positions:
            for c in p.citations:
                assert by_id[c.article].text[c.start : c.end] == c.quote

    report_articles = tuple(
        ReportArticle(
            id=a.id,
            title=a.title,
            outlet=a.outlet,
            published=a.published,
            origin=origins.origin_of(a.id),
        )
        for a in sorted(by_id.values(), key=lambda a: a.id)
    )
    failed = {f.article for f in failures}
    coverage = _coverage([a for a in report_articles], agreed, contested, single, failed, rep_of)
    return Report(
        articles=report_articles,
        origins=tuple(sorted(origins.groups, key=lambda g: g.id)),
        agreed=tuple(agreed),
        contested=tuple(contested),
        single_source=tuple(single),
        coverage=coverage,
        failures=tuple(sorted(failures, key=lambda f: (f.article, f.kind, f.error))),
    )
