"""Which articles share an origin: syndicated copies, exact duplicates, copied passages.

The merger counts INDEPENDENT ORIGINS, never articles, so this module decides which
articles are one origin and which passages of an article were copied from another
origin. Everything is decided by the deterministic rules below; the result carries the
reasons in words.

Text model
    Articles are compared as word shingles. A word is a run of Unicode word characters
    (``\\w+``), lower-cased, so punctuation, curly/straight quotes and dashes, and
    whitespace never matter ("Kiev’s" and "Kiev's" are both ``kiev s``). A few spellings
    that differ by house style only are unified: a dotted acronym is one word ("U.S." =
    "US"), number words one..ten are digits ("five" = "5"), month abbreviations are
    spelled out ("Feb." = "February"); the Reuters story and its geo.tv copy in
    tests/data/cluster2 differ in exactly these ways (containment 0.545 -> 0.727). A
    shingle is
    K = 5 consecutive words (an article of 1-4 words is one shingle). Shingles are hashed
    from their words (blake2b per word, a fixed polynomial per shingle), so hashes depend
    on content only, never on input order or the Python process. Shingles that touch a
    caption, credit, gallery or page furniture (``consensus.nonclaims``) are left out of
    the shingle sets, and those words are not in the outlet's voice: two CNN stories that
    carry one 25-photo gallery (dev cluster nice_truck_attack, ~5,000 shared characters,
    containment 0.40 with it, 0.06 without) share no origin through it.

Rule 1, exact duplicate
    Two articles with the same word sequence (at least one word) are one origin.

Rule 2, whole-article syndication
    Containment C(A, B) = |S(A) ∩ S(B)| / min(|S(A)|, |S(B)|) over 5-word shingle sets.
    A and B are one origin when C ≥ ``threshold`` (default 0.5) and they share at least
    20 shingles (so a one-sentence article cannot chain two long articles together), of
    which at least 20 are in BOTH outlets' own voice (outside quotation marks): two
    outlets that quote the same official statement share its words only inside quotes,
    and a short item that is mostly that statement would otherwise pass the 0.5 test.
    A paragraph printed after a line that reports speech or a document and ends with a
    colon ("The company said in a statement:") is quoted too, marks or none (a web page's
    blockquote loses them in the crawl). A box -- a heading in capitals over two or more
    lines that open with a bullet or a figure ("KEY FACTS", "IN NUMBERS") -- is not in the
    outlet's own voice for this rule (agencies syndicate boxes on their own), but rule 3
    still finds it as a copied passage, so its figures count once.
    A wire copy with another top or tail: when both articles carry the same wire's own
    signature -- its dateline ("DALLAS (AP) —", "(Reuters) -", "ARDMOOR, Oct 15 (PIP) -":
    any agency's code after a place, in the first 400 characters or opening a later
    paragraph, where a page runs the wire's text under its own intro) or copyright line
    ("Copyright 2017 The Associated Press") -- the containment needed is
    ``WIRE_THRESHOLD`` = 0.3 instead (the text says it IS the wire's; a marker such as
    "Reuters reported" or "The Associated Press contributed to this report" is not a
    signature). The lowest copy pair on the dev clusters is 0.99
    and the highest non-copy pair 0.45 (ABC's rewrite of the AP text, no signature).
    The same newsroom twice: two articles of one outlet (Article.outlet, case aside),
    neither carrying a wire's signature, that share ``SAME_NEWSROOM_SHINGLES`` = 40
    shingles (about 44 words) outside captions and furniture, quotations INCLUDED, are
    one origin: one outlet quoting one witness word for word in two stories reuses one
    interview, which is not two independent reports (dev: CNN's two Nice stories share
    64, every other same-outlet pair at most 8; the Daily Mail's own story and the AP
    text it also runs share 79, but the AP text carries the AP's dateline). Shingles that
    an article of another outlet also holds do not count: an official statement or a
    speech the newsroom printed in both stories is public, not its reporting reused.
    Seed numbers behind 0.5: 001 vs 003 (the same RT text, 003 with page boilerplate and
    "Vladimir Zelensky said" for "Volodymyr Zelensky noted") have C = 0.937 (Jaccard
    0.552); the highest pair of different origins is 001 vs 002 with C = 0.149 (002
    copies one RT paragraph); every pair with 000 or 004 has C ≤ 0.059. In
    tests/data/cluster2 the edited geo.tv copy of the Reuters story has C = 0.727 and
    the highest pair of different origins (Global Times vs Sputnik, the same translation
    of a quote) C = 0.105. 0.5 sits between with room on both sides: an edited or
    trimmed wire copy still groups, a piece that borrows a few paragraphs does not.
    A text made of two others (a roundup: the top of one report over the bottom of
    another) shares half or more with each and would chain two independent origins into
    one. Pairs are therefore tried strongest first (shared shingles over the smaller set,
    from the index counts; ties by id), and two groups are not joined when that would put
    together two articles of ``MIN_SYNDICATION_SHINGLES`` or more that share less than
    ``CHAIN_FLOOR`` = 0.2 of the smaller one's shingles (and are not one newsroom's): copies
    of one text keep its body, so they overlap (the lowest such pair in the generated set
    of tests/copy_variants.py is 0.54; independent reports of one event on the dev
    clusters share at most 0.45, most under 0.15) -- unless both are copies of a third
    member, each with ``NESTED`` = 0.8 of its shingles in it (a wire's two-paragraph brief
    and an affiliate's version under its own top share nothing, yet both are the wire's).
    The roundup joins the text it takes most from; what it takes from the other is a
    copied passage (rule 3). The refused join is a reason in both groups. A roundup that
    keeps 80 % or more of both reports is their concatenation and still joins them.
    Reasons record the edges that joined the group, in canonical order (an edge between
    articles already joined is not re-checked, so a large cluster lists n - 1 reasons).
    Candidates come from (a) an inverted index of shingles held by 2..64 articles, which
    gives exact shared counts for every pair, and (b) datasketch MinHash (num_perm=128,
    seed=1, affine32) in a MinHashLSH (Jaccard threshold 0.3) over the articles that hold
    a shingle of more than 64 articles (a large syndication cluster, whose pairs the
    index would have to enumerate quadratically). The decision is always the exact
    containment above, so the sketch only finds candidates; its seed is fixed and its
    hashes derive from content, so the result does not depend on input order.
    Groups are the connected components (union-find) of rules 1 and 2, less the joins
    refused above.

Rule 3, copied passages
    Between articles of different groups, a run of consecutive shingles of A that all
    occur in B is a shared run. It becomes a copied passage when
      (a) it is ≥ 25 words long, or it contains a whole sentence of ≥ 12 words, and
      (b) ≥ 12 of its words are in an outlet's own voice: outside quotation marks and
          outside embedded posts (Article.embedded kind "embedded"). Independent
          outlets reproduce a speaker's words identically, so a shared direct quote is
          not evidence of copying; a paragraph quoted from another outlet (kind
          "quoted") is.
    A common phrase ("in accordance with international law", 5 words) never qualifies.
    Which side copied, first rule that decides wins (recorded in the reason):
      1. quoted: the article whose shared text lies (≥ 50%) in one of its
         Article.embedded spans (kind "quoted" or "embedded") copied;
      2. wire: the article that carries a wire's own signature (above) is the source
         when the other carries none (a wire's own "(Reuters)" dateline would otherwise
         read as a citation of Reuters);
      3. credit: the article that says "X contributed to this report" or "additional
         reporting by/from" copied (a rewrite that credits its sources);
      4. cites: the article that credits a source within 300 characters before or inside
         the passage ("according to state media translation", "RT reported", "told RT",
         "(Reuters)", "Financial Times", the other article's outlet name ...) copied;
      5. later: the later-published article copied (both dates known and different);
      6. share: the article where the shared text is the smaller share of its words
         copied (a copier adds material around what it borrows);
      7. id: the article with the greater id copied (arbitrary, but stable).
    Passages of one article copied from members of one source group are merged where
    they overlap; each merged passage names the member that contains most of its
    shingles (ties: the smallest id) as ``source_article``, with ``similarity`` = the
    share of the passage's shingles found in that member. Offsets index Article.text
    exactly: from the first character of the first shared word to the last character of
    the last shared word. The origin of a copied passage is the group of its source; it
    is not followed further (a passage copied from a copy names the copy's group).

Wire markers
    "(Reuters)", "(AP)", "(AFP)", "— Reuters", "Reuters reported", "according to state
    media translation", "TASS reported", "told RT" ... are recorded as reasons and used
    for the direction of copying (rule 3.4). A marker alone never joins two articles:
    two outlets can both cite Reuters for different facts; wire copies group only when
    their texts match (rule 2).

Ids and order
    A group's id is "origin-" + the smallest article id in it. Groups are sorted by id,
    their articles by id; passages by (article, start, end, source_article). Reasons are
    built in the canonical order (articles by id), so the output is the same for any
    input order.

Files
    Each step is a module named for it: ``shingles.py`` the text model, ``syndication.py``
    rules 1 and 2 (candidate pairs, containment, one newsroom, chains), ``copied_passages.py``
    rule 3, ``wire_markers.py`` the wire markers. This module holds the schema and
    `find_origins`, which runs them in the order above.

This module is pure: it must never do I/O, read the clock or environment, use
randomness other than the fixed MinHash seed, or import litellm/instructor.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from consensus.copied_passages import (
    SENTENCE_MIN_WORDS,
    CopiedPassage,
    _direction,
    _Found,
    _merge_passages,
    _qualifies,
    _shared_runs,
)
from consensus.errors import UsageError
from consensus.models import Article, OriginGroup
from consensus.shingles import SHINGLE_WORDS, _make_doc
from consensus.syndication import INDEX_MAX_DF as INDEX_MAX_DF  # (tests)
from consensus.syndication import (
    MIN_SYNDICATION_SHINGLES,
    SAME_NEWSROOM_SHINGLES,
    _agency_labels,
    _chain_clash,
    _containment,
    _lsh_neighbours,
    _newsroom_shared,
    _own_voice_shared,
    _shared_counts,
    _UnionFind,
)

__all__ = ["CopiedPassage", "Origins", "find_origins"]

DEFAULT_THRESHOLD = 0.5
SPAN_INSIDE_SHARE = 0.8
WIRE_THRESHOLD = 0.3


# --- Public schema ---------------------------------------------------------------------


class Origins(BaseModel):
    """Every article's origin group, and the passages copied across groups."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    groups: tuple[OriginGroup, ...] = Field(
        description="Every article in exactly one group; sorted by id."
    )
    passages: tuple[CopiedPassage, ...] = Field(
        default=(), description="Copied passages, sorted by (article, start, end, source)."
    )
    _group_of: dict[str, str] = PrivateAttr(default_factory=dict)
    _passages_of: dict[str, list[CopiedPassage]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _each_article_once(self) -> Origins:
        seen: set[str] = set()
        for group in self.groups:
            for article in group.articles:
                if article in seen:
                    raise ValueError(f"article {article!r} is in more than one origin group")
                seen.add(article)
        return self

    def model_post_init(self, context: Any, /) -> None:
        for group in self.groups:
            for article in group.articles:
                self._group_of[article] = group.id
        for passage in self.passages:
            self._passages_of.setdefault(passage.article, []).append(passage)

    def origin_of(self, article_id: str) -> str:
        """The id of the origin group that holds ``article_id``."""
        try:
            return self._group_of[article_id]
        except KeyError:
            raise UsageError(f"unknown article id {article_id!r}") from None

    def origin_of_span(self, article_id: str, start: int, end: int) -> str:
        """The origin of the words at [start, end) of an article.

        When at least 80% of the span lies inside one copied passage, the origin of the
        passage's source (the passage with the largest overlap; ties: the first in
        sorted order); otherwise the article's own origin.
        """
        own = self.origin_of(article_id)
        best: CopiedPassage | None = None
        best_overlap = 0.0
        for passage in self._passages_of.get(article_id, ()):
            if end <= start:
                inside = passage.start <= start < passage.end
                overlap = 1.0 if inside else 0.0
                needed = 1.0
            else:
                overlap = float(max(0, min(end, passage.end) - max(start, passage.start)))
                needed = SPAN_INSIDE_SHARE * (end - start)
            if overlap > 0 and overlap >= needed and overlap > best_overlap:
                best, best_overlap = passage, overlap
        return best.origin if best is not None else own


# --- Entry point ---------------------------------------------------------------------------


def find_origins(articles: Sequence[Article], *, threshold: float = DEFAULT_THRESHOLD) -> Origins:
    """Group articles by origin and find passages copied across origins (rules above)."""
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"origin threshold must be in (0, 1], got {threshold}")
    ordered = sorted(articles, key=lambda a: a.id)
    for prev, cur in itertools.pairwise(ordered):
        if prev.id == cur.id:
            raise UsageError(f"duplicate article id {cur.id!r}")
    cache: dict[str, int] = {}
    docs = [_make_doc(i, article, cache) for i, article in enumerate(ordered)]
    uf = _UnionFind(len(docs))
    edge_reasons: list[tuple[int, int, str]] = []

    # Rule 1: exact duplicates.
    first_with: dict[bytes, int] = {}
    for doc in docs:
        if len(doc.words) == 0:
            continue
        key = doc.words.tobytes()
        if key in first_with:
            first = docs[first_with[key]]
            uf.union(first.index, doc.index)
            edge_reasons.append(
                (
                    first.index,
                    doc.index,
                    f"{first.id} and {doc.id} have identical text (exact duplicate)",
                )
            )
        else:
            first_with[key] = doc.index

    # Rule 2: syndication, decided by exact containment on candidate pairs.
    counts, heavy = _shared_counts(docs)
    candidates: dict[int, set[int]] = {}
    for (i, j), count in counts.items():
        if count >= MIN_SYNDICATION_SHINGLES:
            candidates.setdefault(i, set()).add(j)
    near = _lsh_neighbours([docs[i] for i in sorted(heavy)])
    for i, js in near.items():
        candidates.setdefault(i, set()).update(js)
    # Strongest pairs first (shared share of the smaller text, from the index counts), so a
    # text made of two others joins the one it takes most from (rule 2, composites).
    order = sorted(
        (-counts.get((i, j), 0) / max(1, min(len(docs[i].shingles), len(docs[j].shingles))), i, j)
        for i, js in candidates.items()
        for j in js
    )
    group_of: dict[int, list[int]] = {}  # root -> members
    for doc in docs:
        group_of.setdefault(uf.find(doc.index), []).append(doc.index)
    refused: list[tuple[int, int, str]] = []
    first_rule2 = len(edge_reasons)
    for _, i, j in order:
        if uf.find(i) == uf.find(j):
            continue
        a, b = docs[i], docs[j]
        contain, jaccard, shared = _containment(a, b)
        wires = a.wires & b.wires
        needed = min(threshold, WIRE_THRESHOLD) if wires else threshold
        if (
            contain >= needed
            and shared >= MIN_SYNDICATION_SHINGLES
            and _own_voice_shared(a, b) >= MIN_SYNDICATION_SHINGLES
        ):
            reason = (
                f"{a.id} and {b.id} share {contain:.0%} of {SHINGLE_WORDS}-word shingles "
                f"(syndicated copy; Jaccard {jaccard:.0%})"
            )
            if wires and contain < threshold:
                reason += (
                    "; a wire copy with another top or tail: both carry the dateline or "
                    "copyright of " + ", ".join(f"'{x}'" for x in sorted(wires))
                )
            common = sorted(set(_agency_labels(a)) & set(_agency_labels(b)))
            if common:
                reason += "; both marked " + ", ".join(f"'{x}'" for x in common)
        elif (
            shared >= SAME_NEWSROOM_SHINGLES
            and (own := _newsroom_shared(a, b, docs)) >= SAME_NEWSROOM_SHINGLES
        ):
            reason = (
                f"{a.id} and {b.id} are both {a.article.outlet} and share {own} "
                f"{SHINGLE_WORDS}-word shingles outside captions that no other outlet "
                "carries (the same newsroom's reporting reused, its interviews included)"
            )
        else:
            continue
        clash = _chain_clash(group_of[uf.find(i)], group_of[uf.find(j)], docs, counts)
        if clash is not None:
            x, y, share = docs[clash[0]], docs[clash[1]], clash[2]
            refused.append(
                (
                    i,
                    j,
                    f"{a.id} and {b.id} share {contain:.0%} of {SHINGLE_WORDS}-word shingles, "
                    f"but joining them would make {x.id} and {y.id} one origin, which share "
                    f"{share:.0%}: a text made of two others is not their common origin "
                    "(its borrowed text is a copied passage)",
                )
            )
            continue
        joined = group_of.pop(uf.find(i)) + group_of.pop(uf.find(j))
        uf.union(i, j)
        group_of[uf.find(i)] = joined
        edge_reasons.append((i, j, reason))
    edge_reasons[first_rule2:] = sorted(edge_reasons[first_rule2:], key=lambda e: (e[0], e[1]))

    members: dict[int, list[int]] = {}
    for doc in docs:
        members.setdefault(uf.find(doc.index), []).append(doc.index)
    group_id = {root: "origin-" + docs[idx[0]].id for root, idx in members.items()}

    def origin(i: int) -> str:
        return group_id[uf.find(i)]

    # Rule 3: copied passages between different groups.
    min_count = SENTENCE_MIN_WORDS - SHINGLE_WORDS + 1
    pairs = {pair for pair, count in counts.items() if count >= min_count}
    pairs.update((i, j) for i, js in near.items() for j in js)
    found: dict[tuple[int, str], list[_Found]] = {}
    for i, j in sorted(pairs):
        if uf.find(i) == uf.find(j):
            continue
        a, b = docs[i], docs[j]
        runs_a = [r for r in _shared_runs(a, b) if _qualifies(a, *r)]
        runs_b = [r for r in _shared_runs(b, a) if _qualifies(b, *r)]
        if not runs_a and not runs_b:
            continue
        copier, source, rule = _direction(a, runs_a, b, runs_b)
        runs = runs_a if copier is a else runs_b
        for t0, t1 in runs:
            found.setdefault((copier.index, origin(source.index)), []).append(
                _Found(t0, t1, source.index, rule)
            )

    passages: list[CopiedPassage] = []
    passage_reasons: dict[int, list[str]] = {}
    for (copier_index, source_origin), items in sorted(found.items()):
        copier = docs[copier_index]
        merged = _merge_passages(copier, items, docs, source_origin)
        passages.extend(merged)
        sources = "/".join(sorted({p.source_article for p in merged}))
        rules = "; ".join(sorted({p.rule for p in merged}))
        chars = sum(p.end - p.start for p in merged)
        plural = "passage" if len(merged) == 1 else "passages"
        passage_reasons.setdefault(uf.find(copier_index), []).append(
            f"{copier.id} reproduces {chars} chars of {sources} ({source_origin}) in "
            f"{len(merged)} {plural} (copied passage; {rules})"
        )
    passages.sort(key=lambda p: (p.article, p.start, p.end, p.source_article))

    edges_of: dict[int, list[str]] = {}
    for i, _, reason in edge_reasons:
        edges_of.setdefault(uf.find(i), []).append(reason)
    for i, j, reason in sorted(refused):  # said in both groups it would have joined
        for root in sorted({uf.find(i), uf.find(j)}):
            edges_of.setdefault(root, []).append(reason)
    groups = []
    for root, indices in members.items():
        reasons = list(edges_of.get(root, []))
        reasons.extend(passage_reasons.get(root, []))
        for idx in indices:
            labels = _agency_labels(docs[idx])
            if labels:
                reasons.append(
                    f"{docs[idx].id} credits "
                    + ", ".join(f"'{x}'" for x in labels)
                    + " (a marker alone does not join origins)"
                )
        groups.append(
            OriginGroup(
                id=group_id[root],
                articles=tuple(docs[i].id for i in indices),
                reasons=tuple(reasons),
            )
        )
    groups.sort(key=lambda g: g.id)
    return Origins(groups=tuple(groups), passages=tuple(passages))
