"""A long claim links to a shorter one by the clause of it that states the shorter's fact.

A sentence often packs two or three facts in clauses ("The tram, which was travelling at
..., derailed at ..., killing seven people and injuring 51, police said"); another outlet
states one of them alone ("Seven killed as tram derails"). Compared whole, the long claim's
other clauses dilute every word share, and the pair scores under the join threshold. Each
clause of a long quote is already a *part* (`clause_cuts.py`: a claim of the clause's own
words) scored against every claim in one `link.link_edges` pass (`clause_backing.py` reads
it). Here that pass also gives the long claim a *view* edge: the link of its best clause to
the shorter claim.

Rule (`view_edges`): part P of claim H gives H a join edge to claim Q, scored as P's edge,
when

* P and Q make a join edge (no link rule keeps them apart) scored at least `VIEW_AT`;
* Q is no part, of another origin than H (and another article);
* H is long (at least `MIN_HOST_WORDS` words) and at least `HOST_RATIO` times Q's length in
  words: only then are the long claim's other clauses the dilution the view removes (a
  sentence of two clauses against one of them is compared whole: at twice the length, the
  views joined a long sentence to a short quote of one of its facts, making an item that
  another member's clause of another fact had made of two facts);
* the pair H-Q, compared whole, scored under the join threshold (or was no candidate: the
  blocking of the pass over claims and parts made P-Q a candidate) and makes no conflict
  edge; a pair that links whole keeps its own edge in its place;
* each (H, Q) takes its best part's score.

The claim keeps its whole citation: the view only links it. `clusters._align` reads the
view edges after all the claims' own edges (a view joins only what those left apart: read
in score order among them, a long claim's view took it to one fact's group before its
whole-sentence links could take it to its own), and while it asks the join rules of a view
edge the pair's probability is the view's (the groups' samples read it), kept only when
the view joins. Only grammar (the clause cutter's) and the link model are read. The views
come from the pass `clause_backing` makes anyway (`verdicts._merge` makes it once, before
the alignment), so they cost no link pass of their own; a batch over
`clause_backing.MAX_CLAIMS` claims has no parts and no views. PURE: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from consensus.merge.clause_attribution import frame_only
from consensus.merge.features import _Feat
from consensus.merge.score import _Edge

Key = tuple[str, int]  # (article, claim index)
VIEW_AT = 0.7  # the least score of a part's edge that gives its claim a view edge
MIN_HOST_WORDS = 16  # a claim shorter than this is compared whole only
HOST_RATIO = 3.0  # the long claim holds at least this many times the other's words
# given the claims' edges and pair probabilities, the view edges (`clusters._align`)
ViewEdges = Callable[[Sequence[_Edge], Mapping[tuple[int, int], float], float], list[_Edge]]
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def view_edges(
    all_feats: Sequence[_Feat],
    parts: Mapping[Key, Key],
    pos_of: Mapping[Key, int],
    edges: Sequence[_Edge],
    claim_edges: Sequence[_Edge],
    prob: Mapping[tuple[int, int], float],
    join_at: float,
) -> list[_Edge]:
    """The view edges (between claim positions of `all_feats`' claims) that beat the pairs
    compared whole. `parts`: part key -> the key of the claim holding it; `pos_of`: claim
    key -> position; `edges`: `link_edges` over claims and parts; `claim_edges`, `prob`: the
    claims' own edges and pair probabilities; `join_at`: the join threshold (a pair
    scored at it compared whole keeps that score)."""
    conflicted = {(e.i, e.j) for e in claim_edges if e.conflict}
    host_of: dict[int, int] = {}
    for f in all_feats:
        holder = parts.get((f.article, f.index))
        if holder is not None and holder in pos_of:
            host_of[f.pos] = pos_of[holder]
    if not host_of:
        return []
    statement = {
        pos_of[(f.article, f.index)]: f.claim.statement
        for f in all_feats
        if (f.article, f.index) in pos_of
    }
    length: dict[int, int] = {}

    def words(k: int) -> int:
        got = length.get(k)
        if got is None:
            got = length[k] = _words(statement[k])
        return got

    best: dict[tuple[int, int], float] = {}
    for e in edges:
        if e.conflict or e.score < VIEW_AT:
            continue
        pi, pj = e.i in host_of, e.j in host_of
        if pi == pj:
            continue  # (two parts, or two claims: the claims' own pass has those)
        part, at = (e.i, e.j) if pi else (e.j, e.i)
        h, q = all_feats[part], all_feats[at]
        if frame_only(h):
            continue  # (who spoke where: the claim's own words say what)
        other = pos_of.get((q.article, q.index))
        if other is None or h.article == q.article:
            continue
        host = host_of[part]
        if (h.origin or h.article) == (q.origin or q.article):
            continue
        hw = words(host)
        if hw < MIN_HOST_WORDS or hw < HOST_RATIO * words(other):
            continue
        pair = (host, other) if host < other else (other, host)
        if pair in conflicted or prob.get(pair, -1.0) >= join_at:
            continue  # (a pair that links whole keeps its edge in its place)
        if e.score > best.get(pair, -1.0):
            best[pair] = e.score
    return [_Edge(s, i, j, "") for (i, j), s in sorted(best.items())]


def with_views(edges: list[_Edge], views: Sequence[_Edge]) -> list[_Edge]:
    """`edges`, then `views` (best first): a view joins only what the claims compared whole
    left apart. The pair probabilities are not changed here: `clusters._align` gives a
    view's pair its score while it asks the join rules, and keeps it only when it joins."""
    if not views:
        return edges
    return [*edges, *sorted(views, key=lambda e: (-e.score, e.i, e.j))]


def undo_view(prob: dict[tuple[int, int], float], pair: tuple[int, int], was: float | None) -> None:
    """Give `pair` back the probability it had before a view that did not join."""
    if was is None:
        prob.pop(pair, None)
    else:
        prob[pair] = was
