"""Coverage of the report (step 7): which agreed items of its story each article
omits, and the wording variants outlets used for one concept.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from consensus.merge.disputes import _article_stories
from consensus.merge.features import _raw_tokens, _stem
from consensus.merge.lexicon import _WORDING_ALIAS_GROUPS, _WORDING_CONCEPTS
from consensus.models import Citation, ContestedItem, Item, ReportArticle, Verdict


def _wording(
    item_id: str, cites: Sequence[Citation], rep_of: dict[str, str]
) -> list[dict[str, object]]:
    """Distinct words for one thing across the quotes of one item (Kiev/Kyiv, ...); a
    variant needs two articles that are not copies of one another (`rep_of`)."""
    if len({rep_of.get(c.article, c.article) for c in cites}) < 2:
        return []
    by_concept: dict[str, set[tuple[str, str]]] = defaultdict(set)
    cache = _WORDING_CHUNK_CACHE
    for c in cites:
        for chunk in c.quote.split():  # (as `_raw_tokens`, by whitespace chunk)
            terms = cache.get(chunk)
            if terms is None:
                terms = _new_wording_chunk(chunk)
            for concept, surface in terms:
                by_concept[concept].add((c.article, surface))
    out: list[dict[str, object]] = []
    for concept in sorted(by_concept):
        pairs = by_concept[concept]
        stems = {_stem(term.lower()) for _, term in pairs}
        if concept in _WORDING_ALIAS_GROUPS.values():
            stems = {term.lower() for _, term in pairs}
        if len(stems) < 2 or len({rep_of.get(a, a) for a, _ in pairs}) < 2:
            continue
        out.append(
            {
                "item": item_id,
                "concept": concept,
                "variants": [{"article": a, "term": t} for a, t in sorted(pairs)],
            }
        )
    return out


_WORDING_CHUNK_CACHE: dict[str, tuple[tuple[str, str], ...]] = {}


def _new_wording_chunk(chunk: str) -> tuple[tuple[str, str], ...]:
    """(wording concept, surface form) of the words of a chunk that have one: an alias
    group for its lower-case form, else its concept when that is a wording concept."""
    out: list[tuple[str, str]] = []
    for surface, concept in _raw_tokens(chunk):
        low = surface.lower()
        if low in _WORDING_ALIAS_GROUPS:
            out.append((_WORDING_ALIAS_GROUPS[low], surface))
        elif concept in _WORDING_CONCEPTS:
            out.append((concept, surface))
    got = _WORDING_CHUNK_CACHE[chunk] = tuple(out)
    return got


def _without(ids: list[str], cut: list[int]) -> list[str]:
    """`ids` without the positions in `cut` (ascending), as a new list."""
    out: list[str] = []
    prev = 0
    for p in cut:
        out += ids[prev:p]
        prev = p + 1
    out += ids[prev:]
    return out


def _coverage(
    articles: Sequence[ReportArticle],
    agreed: Sequence[Item],
    contested: Sequence[ContestedItem],
    single: Sequence[Item],
    failed: set[str],
    rep_of: dict[str, str],
) -> dict[str, object]:
    matrix: list[dict[str, object]] = []
    wording: list[dict[str, object]] = []
    present_of: dict[str, set[str]] = {}
    for it in agreed:
        present_of[it.id] = set(it.sources)
        matrix.append({"item": it.id, "verdict": Verdict.agreed.value, "present": list(it.sources)})
        wording += _wording(it.id, it.citations, rep_of)
    sides_of: dict[str, dict[str, set[str]]] = {}
    for ci in contested:
        present = sorted({s for p in ci.positions for s in p.sources})
        matrix.append({"item": ci.id, "verdict": Verdict.contested.value, "present": present})
        sides: dict[str, set[str]] = defaultdict(set)
        for p in ci.positions:
            for s in p.sources:
                sides[s].add(p.polarity.value)
        sides_of[ci.id] = sides
        wording += _wording(ci.id, [c for p in ci.positions for c in p.citations], rep_of)
    for it in single:
        matrix.append(
            {"item": it.id, "verdict": Verdict.single_source.value, "present": list(it.sources)}
        )
        wording += _wording(it.id, it.citations, rep_of)
    # An article omits an agreed item of its own story: stories are the articles linked
    # by shared items (`_article_stories`: two shared items link two articles; so a
    # multi-story batch stays linear, and an article about another event omits nothing).
    # Exact copies are read as their representative (`rep_of`), so a copy never links or
    # splits stories.
    pos_of = {a.id: k for k, a in enumerate(articles)}
    at = {a.id: pos_of[rep_of.get(a.id, a.id)] for a in articles}
    story = _article_stories(
        len(articles),
        [
            *([at[s] for s in it.sources] for it in (*agreed, *single)),
            *([at[s] for p in ci.positions for s in p.sources] for ci in contested),
        ],
    )
    agreed_by_story: dict[int, list[Item]] = defaultdict(list)
    for it in agreed:
        agreed_by_story[story[at[it.sources[0]]]].append(it)
    # An article linked to no other (nothing shared, or no claims) is read against the
    # largest story (most articles; ties: the smallest first article).
    sizes = Counter(story[k] for k in sorted(set(at.values())))
    linked = {
        k for it in (*agreed, *single) if len(ks := {at[s] for s in it.sources}) > 1 for k in ks
    }
    linked |= {at[s] for ci in contested for p in ci.positions for s in p.sources}
    largest = min(sizes, key=lambda r: (-sizes[r], r)) if sizes else 0
    contested_by_article: dict[str, list[ContestedItem]] = defaultdict(list)
    for ci in contested:
        for s in sorted({s for p in ci.positions for s in p.sources}):
            contested_by_article[s].append(ci)
    # Each story's agreed ids once, and where each article's own items sit in them: an
    # article's omissions are its story's list with those positions cut out (slices, so a
    # batch whose stories chain into one large story stays linear in the output).
    ids_of_story = {sid: [it.id for it in items] for sid, items in agreed_by_story.items()}
    cuts: dict[tuple[int, str], list[int]] = defaultdict(list)
    for sid, items in agreed_by_story.items():
        for at_pos, it in enumerate(items):
            for src in present_of[it.id]:
                cuts[(sid, src)].append(at_pos)
    omissions: list[dict[str, object]] = []
    for a in articles:
        if a.id in failed:
            continue
        k = at[a.id]
        sid = story[k] if k in linked else largest
        missing = _without(ids_of_story.get(sid, []), cuts.get((sid, a.id), []))
        one_sided = []
        for ci in contested_by_article.get(a.id, []):
            polarities = {p.polarity.value for p in ci.positions}
            mine = sides_of[ci.id].get(a.id, set())
            if mine and len(polarities) > 1 and mine != polarities:
                missing_sides = sorted(polarities - mine)
                one_sided.append({"item": ci.id, "missing": missing_sides})
        entry: dict[str, object] = {"article": a.id, "items": missing}
        if one_sided:
            entry["one_sided"] = one_sided
        omissions.append(entry)
    return {
        "outlets": [{"article": a.id, "outlet": a.outlet} for a in articles],
        "matrix": matrix,
        "omissions": omissions,
        "wording": wording,
    }
