"""What `merge` sets up around the steps: the texts each named speaker is read in (for the
speaker index, `speakers.Speakers`) and the cycle collector paused while merging.

PURE: no I/O, clock or randomness (pausing the collector changes no result).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from consensus.merge.features import _norm_entity
from consensus.models import Article, ClaimSet


def _speaker_texts(
    articles: Sequence[Article], claim_sets: Sequence[ClaimSet]
) -> dict[str, list[str]]:
    """Each named speaker (normalised) -> the texts of the articles it speaks in."""
    text_of = {a.id: a.text for a in articles}
    where: dict[str, set[str]] = defaultdict(set)
    normed: dict[str, str] = {}  # each name normalised once
    for cs in claim_sets:
        for c in cs.claims:
            for n in (c.speaker, c.subject):
                if n:
                    key = normed.get(n)
                    if key is None:
                        key = normed[n] = _norm_entity(n)
                    where[key].add(cs.article)
    return {n: [text_of[a] for a in sorted(arts) if a in text_of] for n, arts in where.items()}


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while merging. A merge allocates millions of small,
    long-lived objects (tokens, features, citations), which makes the collector traverse
    them again and again: about a quarter of the time at 100k claims, for almost no
    garbage (a 30k-claim merge leaves ~300 objects in cycles, freed once the collector
    runs again). Reference counting still frees everything else at once; the collector
    is resumed only if it was running."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
