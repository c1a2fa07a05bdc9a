"""Report + articles -> the same Report with salience, a one-screen summary and a timeline.

Runs after the merge (api.build_report); it never changes a verdict, an item or a citation,
it only adds the optional fields `Item.salience`, `ContestedItem.salience`, `Report.summary`
and `Report.timeline`. PURE: no I/O beyond reading its own weight table once, no clock, no
randomness, no litellm.

Salience is a sum of named parts, each a value in 0..1 times a weight from
`consensus/data/salience.toml` (the parts and their weights are in the JSON, so a reader
sees why an item ranks where it does):

  origins     independent origins that state it / the most any item has
  lede        1 - (offset of its earliest citation / its article's length)
  title       share of its content words that appear in the articles' titles
  entities    how often its names recur in the other items (relative to the most recurrent)
  figure      1 when the statement carries a figure or a date
  kind        from the [kind] table: events and quantities above quotes and opinion
  speaker     1 when a speaker is named, or the outlet itself reports an event or figure
  background  subtracted: explanatory or non-checkable sentences (definitions, asides in
              parentheses, questions, first/second person in the outlet's own voice)

Order everywhere: score descending, then item id ascending.

Summary: the best agreed items (key points), each contested point in one line with its
sides and who holds them, and single-source claims only when salient, a few per outlet and
a few in all, so that the summary fits one screen whatever the number of articles. Every
line carries the citations it rests on (one per reporting article).

Timeline: the items whose claims carry a resolved date (`Claim.time.date`), one entry per
item, at the day most of its origins give (the other days its quotes give are kept beside
it), in date order (ties: salience, then id). A day after publication (a schedule) and a day
the item's own words rule out ("in August 2024") are not its date. `resolved` is true when
the time expression does not spell out a year: the day was worked out from publication.

The steps live beside it: `summary_text` (text features), `summary_salience` (weights and
the scorer), `summary_sources` (who holds what, and when), `summary_contested` (a contested
point in one line), `summary_timeline` and `summary_background`. This module assembles the
summary and re-exports the names its callers and tests use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from consensus.models import Article, ClaimSet, ContestedItem, Item, Report, Summary, SummaryLine
from consensus.summary_contested import _contested_line, _figure_disputed
from consensus.summary_contested import _disputed_figures as _disputed_figures
from consensus.summary_contested import contested_line as contested_line
from consensus.summary_contested import disputed_question as disputed_question
from consensus.summary_contested import slot_label as slot_label
from consensus.summary_salience import PARTS as PARTS
from consensus.summary_salience import Weights as Weights
from consensus.summary_salience import _rank_key, _Scorer, _units
from consensus.summary_salience import load_weights as load_weights
from consensus.summary_sources import _Names, _one_per_article, _restates
from consensus.summary_sources import article_labels as article_labels
from consensus.summary_sources import figure_when as figure_when
from consensus.summary_sources import side_when as side_when
from consensus.summary_sources import source_name as source_name
from consensus.summary_sources import update_note as update_note
from consensus.summary_text import _content_words, shorten
from consensus.summary_text import is_background as is_background
from consensus.summary_timeline import timeline

__all__ = [
    "Weights",
    "add_summary",
    "article_labels",
    "contested_line",
    "figure_when",
    "load_weights",
    "shorten",
    "side_when",
    "slot_label",
    "source_name",
    "update_note",
]


def _summary(report: Report, w: Weights, names: _Names) -> Summary:
    chars = w.limit("line_chars")

    def score(x: Item | ContestedItem) -> float:
        return x.salience.score if x.salience else 0.0

    contested = sorted(report.contested, key=lambda c: _rank_key(score(c), c.id))
    disputes = []
    held: list[tuple[tuple[float, str], frozenset[str]]] = []  # disputed figures, slot words
    shown_points: list[ContestedItem] = []
    for c in contested[: w.limit("contested")]:
        cites = tuple(q for p in c.positions for q in p.citations)
        if not cites:
            continue
        shown_points.append(c)
        disputes.append(
            SummaryLine(
                item=c.id,
                text=_contested_line(c, names, chars),
                sources=tuple(names.ordered(s for p in c.positions for s in p.sources)),
                citations=_one_per_article(cites, names),
            )
        )
        held += _disputed_figures(c)
    agreed = sorted(report.agreed, key=lambda it: _rank_key(score(it), it.id))
    # a side of a dispute shown above that is also agreed (the outlets agree on what a party
    # says) is not shown twice
    in_disputes = {
        (q.article, q.start, q.end) for c in shown_points for p in c.positions for q in p.citations
    }
    chosen = [
        it
        for it in agreed
        if it.citations
        and not _figure_disputed(it.statement, held)
        and not all((q.article, q.start, q.end) in in_disputes for q in it.citations)
    ][: w.limit("key_points")]
    key = [
        SummaryLine(
            item=it.id,
            text=shorten(it.statement, chars),
            sources=tuple(names.ordered(it.sources)),
            citations=_one_per_article(it.citations, names),
        )
        for it in chosen
    ]
    per_outlet: Counter[str] = Counter()
    notable: list[SummaryLine] = []
    shown = [_content_words(it.statement) for it in chosen]
    for it in sorted(report.single_source, key=lambda it: _rank_key(score(it), it.id)):
        if len(notable) >= w.limit("notable_total") or score(it) < w.limits["notable_min_score"]:
            break
        outlet = ", ".join(names.outlets(it.sources))
        if per_outlet[outlet] >= w.limit("notable_per_outlet") or not it.citations:
            continue
        if _restates(_content_words(it.statement), shown, w.limits["notable_overlap"]):
            continue  # one outlet's wording of a key point is not news of its own
        per_outlet[outlet] += 1
        notable.append(
            SummaryLine(
                item=it.id,
                text=shorten(it.statement, chars),
                sources=tuple(names.ordered(it.sources)),
                citations=_one_per_article(it.citations, names),
            )
        )
    more = {
        "agreed": len(report.agreed) - len(key),
        "contested": len(report.contested) - len(disputes),
        "single_source": len(report.single_source) - len(notable),
    }
    return Summary(
        key_points=tuple(key), contested=tuple(disputes), notable=tuple(notable), more=more
    )


# --- Entry point -----------------------------------------------------------------------------


def add_summary(
    report: Report,
    articles: Sequence[Article],
    claim_sets: Sequence[ClaimSet] = (),
    weights: Weights | None = None,
) -> Report:
    """`report` with salience on every item, `summary` and `timeline` filled in."""
    w = weights or load_weights()
    scorer = _Scorer(_units(report), articles, w)
    by_id = {u.id: scorer.score(u) for u in _units(report)}
    scored = report.model_copy(
        update={
            "agreed": tuple(
                it.model_copy(update={"salience": by_id[it.id]}) for it in report.agreed
            ),
            "single_source": tuple(
                it.model_copy(update={"salience": by_id[it.id]}) for it in report.single_source
            ),
            "contested": tuple(
                c.model_copy(update={"salience": by_id[c.id]}) for c in report.contested
            ),
        }
    )
    names = _Names(scored)
    return scored.model_copy(
        update={
            "summary": _summary(scored, w, names),
            "timeline": timeline(scored, claim_sets, {a.id: a.published for a in articles}),
        }
    )
