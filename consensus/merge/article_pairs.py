"""Blocking for two speakers of one article (pipeline step 3): a pair of claims that one
article gives to two named speakers, neither speaking for the other, and that share a
content word, is a candidate pair compared for a conflict only.

An article often carries both sides of a dispute: "Police said the driver was speeding.
His lawyer said he was within the limit." The key blocking (`candidates`) pairs claims of
two articles only, so a dispute whose two sides one article tells (a second outlet
repeating one side, or none) was read only when one side points back at the other
(`answers`). Such a pair is compared for a conflict edge alone (`PairContext.article_only`,
read by `link.link_edges` and `drop_article_pairs`): it makes no join; no rule that reads
pairs by their probability sees it (the answers' rules read two claims of one article as
unlinked, as before); it is no target of rule 2's denials (a denial's answer in its own
article is `answers`' to find: a same-article target crowded out the other origins'
ones); it keeps no two claims apart (`never_together`); and it is no row the link
weights are fitted on (`fit_rows`). What it can make is rule 1's two speakers' figures
for one slot and rule 6's two voices' rebuttal. Its conflict edge is kept only when no
other conflict edge holds either claim, and not when both statements quote their
speakers or, for two figures, either does (`drop_article_pairs`). A second outlet that
repeats a side joins that side's group as before: the point reads groups.

Not a pair: two claims of one speaker (an update, "earlier said 10, now 12", or a
correction), of two compatible speakers (one speaks for the other:
`speakers.compatible`), of a claim whose speaker is unnamed or a news medium
(`features.reports_only`), of two claims that share no content word (`w:` blocking
keys), and of two claims one of which has more than `SIZE_RATIO` times the other's
content words: a short statement against a long one of many facts answers one clause
of it, and the long claim's group is mostly an agreed item of several facts that a
point would take away (on the tunable made-up clusters such pairs cost agreed facts,
17 to 13 in one cluster, for one dispute found).

Near-linear: an article's claims are paired among themselves only, and only claims of
named speakers; an article of k such claims yields at most k * (k - 1) / 2 pairs, capped
at `ARTICLE_PAIRS` per claim (those sharing the most keys, then by position).

PURE: reads the claims' articles, speakers and blocking keys.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from consensus.merge import speakers as _speakers
from consensus.merge.features import _Feat
from consensus.merge.score import _Edge

__all__ = [
    "ARTICLE_PAIRS",
    "SIZE_RATIO",
    "article_codes",
    "drop_article_pairs",
    "one_article",
    "side_speaker",
]

ARTICLE_PAIRS = 12  # most pairs one claim makes with other speakers of its own article
_QUOTED = re.compile('["“”]')  # a quotation mark: the statement quotes its speaker
SIZE_RATIO = 4  # most content words one claim of a pair has per content word of the other


def side_speaker(f: _Feat) -> bool:
    """The claim has a named speaker that can be a side: not a news medium."""
    return bool(f.speaker) and not f.medium


def article_codes(feats: Sequence[_Feat]) -> np.ndarray:
    """Pairs (codes i * n + j, i < j, sorted) of two claims of one article by two named
    speakers neither compatible with the other, sharing a content key."""
    n = len(feats)

    compatible = _speakers.compatibility()
    by_article: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        if side_speaker(f):
            by_article.setdefault(f.article, []).append(i)
    keys = {
        i: frozenset(k for k in feats[i].keys if k != f"e:{feats[i].speaker}")
        for ms in by_article.values()
        for i in ms
    }
    codes: set[int] = set()
    for members in by_article.values():
        if len(members) < 2:
            continue
        found: dict[int, list[tuple[int, int]]] = {i: [] for i in members}
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                fa, fb = feats[a], feats[b]
                if fa.speaker == fb.speaker or compatible(fa.speaker, fb.speaker):
                    continue
                small, large = sorted((len(fa.content), len(fb.content)))
                if large > SIZE_RATIO * max(small, 1):
                    continue  # (one side a clause of the other: see the module docstring)
                shared = keys[a] & keys[b]
                if not any(k.startswith("w:") for k in shared):
                    continue
                found[a].append((-len(shared), b))
                found[b].append((-len(shared), a))
        for a, got in found.items():
            for _, b in sorted(got)[:ARTICLE_PAIRS]:
                codes.add(min(a, b) * n + max(a, b))
    return np.fromiter(sorted(codes), dtype=np.int64, count=len(codes))


def one_article(feats: Sequence[_Feat], pi: np.ndarray, pj: np.ndarray) -> np.ndarray:
    """A mask over the pairs (`pi`, `pj`) of those whose two claims one article tells."""
    number: dict[str, int] = {}
    art = np.fromiter((number.setdefault(f.article, len(number)) for f in feats), np.int64)
    out: np.ndarray = art[pi] == art[pj]
    return out


def drop_article_pairs(
    feats: Sequence[_Feat],
    join: np.ndarray,
    edges: list[_Edge],
    made: int,
    pairs: Sequence[tuple[int, int]],
    one_art: np.ndarray,
    never_together: set[tuple[int, int]],
) -> tuple[np.ndarray, list[_Edge]]:
    """The join rows (into `pairs`) but those of two claims of one article, and the edges
    but the conflict edges of such pairs among the first `made` (those the link rules made
    of the pairs, not the answers' read from the article after them) whose claims another
    conflict edge holds, or whose statements both hold a quotation (`_QUOTED`: two
    speakers' own words set side by side, each about its own matter more often than one
    proposition: "would review the proposal to determine the course in the best interests
    of the company" / "the offer is not in the best interests of shareholders"), or that
    set a figure against another when either statement holds one (a speaker's own words
    give a figure as a remark or a comparison, "a dozen boats and no agreement is a recipe
    for an accident", "at least 400 million more", seldom as the count one side of an
    article gives against the other's).
    `never_together` loses such pairs too: a pair compared for its conflict edge alone keeps
    no two claims apart."""
    never_together.difference_update(pairs[k] for k in np.flatnonzero(one_art).tolist())
    kept: np.ndarray = join[~one_art[join]]
    mine = {
        x
        for x, e in enumerate(edges[:made])
        if e.conflict
        and not e.conflict.startswith("join")
        and _of_one_article(pairs, one_art, e.i, e.j)
    }
    quoted = set()
    for x in mine:
        e = edges[x]
        marks = [bool(_QUOTED.search(feats[c].claim.statement)) for c in (e.i, e.j)]
        if all(marks) or (any(marks) and e.conflict.startswith("quantity")):
            quoted.add(x)
    held = {c for x, e in enumerate(edges) if e.conflict and x not in mine for c in (e.i, e.j)}
    return kept, [
        e
        for x, e in enumerate(edges)
        if x not in mine or not (x in quoted or e.i in held or e.j in held)
    ]


def _of_one_article(pairs: Sequence[tuple[int, int]], one_art: np.ndarray, i: int, j: int) -> bool:
    """Whether (i, j) is a pair of `pairs` (sorted) that `one_art` marks."""
    q = (min(i, j), max(i, j))
    k = bisect_left(pairs, q)
    return k < len(pairs) and pairs[k] == q and bool(one_art[k])
