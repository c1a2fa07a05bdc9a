"""Single-source items that only repeat another printed item (pipeline step 6, the
single-source list).

Two claims an extractor cuts from one sentence of one article can end apart: one joins an
agreed group ("Tournament director Jo Vance confirms the games go ahead", stated by two
outlets), the other stays alone on the single-source list with the same sentence ("Jo Vance
confirms the games go ahead."). The editor then reads one fact, and one quote, twice.

Rule: a single-source item is left out when another printed item (agreed, or single-source
and ranked above it) says everything it says and shows its words: every one of its
citations overlaps a citation of the other item in the same article, and each content stem
of its statement (`claim_words.content_stems`) is one of the other statement's. A single
item that says more than the item it overlaps ("X, who chairs the board, said Y" beside
"X chairs the board") is a second fact of the sentence and stays. Singles rank by sources,
then content stems, then cited characters, then statement and id (the higher one stays;
two singles that say the same thing of one sentence keep the one with more sources).
Agreed items are never left out here (`verdicts._without_parts` folds agreed parts).
PURE: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from consensus.merge.claim_words import content_stems
from consensus.models import Item


def _rank(item: Item, stems: frozenset[str]) -> tuple[int, int, int, str, str]:
    cited = sum(c.end - c.start for c in item.citations)
    return (len(item.sources), len(stems), cited, item.statement, item.id)


def without_repeated_singles(agreed: Sequence[Item], single: Sequence[Item]) -> list[Item]:
    """`single` but the items another printed item repeats (the module rule), in order."""
    printed = [*agreed, *single]
    stems = [content_stems(it.statement) for it in printed]
    by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for k, it in enumerate(printed):
        for c in it.citations:
            by_article[c.article].append((c.start, c.end, k))

    def repeats(s: int, o: int) -> bool:
        if not stems[s] <= stems[o]:
            return False
        if o >= len(agreed) and _rank(printed[o], stems[o]) <= _rank(printed[s], stems[s]):
            return False
        return all(
            any(
                x.article == c.article and x.start < c.end and c.start < x.end
                for x in printed[o].citations
            )
            for c in printed[s].citations
        )

    kept = []
    for s in range(len(agreed), len(printed)):
        cites = printed[s].citations
        if not cites or not stems[s]:
            kept.append(printed[s])
            continue
        first = cites[0]  # (an item that repeats it overlaps its first citation)
        holders = {
            k
            for start, end, k in by_article[first.article]
            if k != s and start < first.end and first.start < end
        }
        if not any(repeats(s, o) for o in sorted(holders)):
            kept.append(printed[s])
    return kept
