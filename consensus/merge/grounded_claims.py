"""Pipeline step 1, the grounding check: every claim's evidence grounded in its article
(`items._ground`), claims without a grounded quote dropped, and the claims of exact copies
folded into their representative's (step 0).

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from consensus.errors import UsageError
from consensus.merge.items import _ground
from consensus.models import Article, Citation, Claim, ClaimSet


def grounded_claims(
    by_id: Mapping[str, Article], claim_sets: Sequence[ClaimSet], rep_of: Mapping[str, str]
) -> tuple[
    list[tuple[str, int, Claim]],
    dict[tuple[str, int], tuple[Citation, ...]],
    dict[tuple[str, int], list[str]],
    Counter[str],
]:
    """The grounded claims as (article, index, claim) entries, in (article, extractor,
    JSON) order of their claim sets, identical sets once; each entry's citations; the
    articles each entry of a representative is held by (its copies, `rep_of`); and the
    number of entries per article. A claim of a copy is the representative's claim at the
    same occurrence, or a new entry of the representative when only the copy states it."""
    entries: list[tuple[str, int, Claim]] = []
    cites_of: dict[tuple[str, int], tuple[Citation, ...]] = {}
    holders_of: dict[tuple[str, int], list[str]] = {}  # entries held by copies too
    slot_of: dict[tuple[str, str, int], int] = {}  # (rep, claim JSON, occurrence) -> index
    occurrence: Counter[tuple[str, str]] = Counter()
    seen_sets: set[str] = set()
    per_article: Counter[str] = Counter()
    # Claim sets in (article, extractor, JSON) order, identical ones once. The JSON holds
    # the article and the extractor, so when no two sets share both it can neither order
    # nor match two sets: it is then not computed (a unique stand-in takes its place).
    if len({(c.article, c.extractor) for c in claim_sets}) == len(claim_sets):
        dumped = [(c.article, c.extractor, f"#{k}", k) for k, c in enumerate(claim_sets)]
    else:
        dumped = [
            (c.article, c.extractor, c.model_dump_json(), k) for k, c in enumerate(claim_sets)
        ]
    for *_, key, k in sorted(dumped):
        cs = claim_sets[k]
        if cs.article not in by_id:
            raise UsageError(f"claim set for unknown article {cs.article!r}")
        if key in seen_sets:
            continue
        seen_sets.add(key)
        art = by_id[cs.article]
        rep_id = rep_of.get(art.id)
        if rep_id is None:  # not a copy, nor copied: the common case
            base = per_article[cs.article]
            per_article[cs.article] += len(cs.claims)
        for k, claim in enumerate(cs.claims):
            cites: list[Citation] = []
            for ev in claim.evidence:
                span = _ground(art, ev.quote, ev.start, ev.end)
                if span is None:
                    continue
                lo, hi = span
                cites.append(Citation(article=art.id, quote=art.text[lo:hi], start=lo, end=hi))
            if not cites:
                continue
            if len(cites) > 1:
                cites = sorted(set(cites), key=lambda c: (c.start, c.end))
            if rep_id is None:
                entries.append((art.id, base + k, claim))
                cites_of[(art.id, base + k)] = tuple(cites)
                continue
            # The n-th occurrence of a claim in a copy is the n-th occurrence of the same
            # claim in its representative (grounded on the same text, so the same spans).
            dump = claim.model_dump_json()
            occurrence[(art.id, dump)] += 1
            slot_key = (rep_id, dump, occurrence[(art.id, dump)])
            index = slot_of.get(slot_key)
            if index is None:
                index = slot_of[slot_key] = per_article[rep_id]
                per_article[rep_id] += 1
                entries.append((rep_id, index, claim))
                cites_of[(rep_id, index)] = tuple(
                    c.model_copy(update={"article": rep_id}) for c in cites
                )
                holders_of[(rep_id, index)] = [art.id]
            else:
                holders_of[(rep_id, index)].append(art.id)
    return entries, cites_of, holders_of, per_article
