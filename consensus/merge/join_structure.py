"""Structural signals of a group join (`join_signals`): where the claims sit in their articles.

Two outlets that report one event tend to tell its facts in a similar order, and two
articles that cover the same ground link many of their claims. Neither reads the words of
the joining claims, only the batch's links and the claims' places in their articles (claims
are in canonical order: an article's claims together, by where their evidence starts, so
positions `x - 1` and `x + 1` of the same article are the claims told just before and after):

- `order_link`: the best link between a claim told next to a smaller-side member in its
  article and a claim told next to a larger-side member of another article (never scored:
  0): the neighbours of the two tellings link too, so the facts are told in the same order;
- `ground`: the share of the smaller side's articles' claims that link at the threshold to
  some claim of the larger side's other articles (the two articles cover the same ground);
- `coherence`: the mean link of the larger side's own cross-article member pairs (never
  scored: 0; a lone claim: 1) less the mean of the pairs across the join (`mean_all`'s
  pairs): how much looser the group gets.

PURE: reads the batch's views and link probabilities; at most `join_signals.MAX_READ`
members of each side, and each claim's partners once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["STRUCTURE", "structure"]

STRUCTURE = (
    "order_link",  # best link between the claims told next to the two sides' members
    "ground",  # share of the smaller side's articles' claims linking to the larger's articles
    "coherence",  # the larger side's own mean cross-article link less the join's
    "mutual",  # share of the larger side's other-article members whose best link there is in
    "depth",  # the smaller side's mean place in its article (0 first claim, 1 last)
    "depth_gap",  # |that less the larger side's mean place in theirs|
)


def _around(x: int, article: Sequence[str]) -> tuple[int, ...]:
    """The claims told just before and after claim `x` in its article."""
    return tuple(y for y in (x - 1, x + 1) if 0 <= y < len(article) and article[y] == article[x])


def structure(
    small: Sequence[int],
    large: Sequence[int],
    article: Sequence[str],
    partners: Mapping[int, Mapping[int, float]],
    by_article: Mapping[str, Sequence[int]],
    join_at: float,
    across: float,
) -> tuple[float, ...]:
    """The columns of `STRUCTURE` for a join of the read members `small` and `large`
    (`article`: each claim's article; `partners`: each claim's scored partners; `across`:
    the mean link of the cross-article pairs of the join)."""
    small_arts = {article[x] for x in small}
    large_arts = {article[y] for y in large} - small_arts
    near = {z for y in large for z in _around(y, article) if article[z] in large_arts}
    order = max(
        (
            v
            for x in small
            for z in _around(x, article)
            for w, v in partners.get(z, {}).items()
            if w in near
        ),
        default=0.0,
    )
    own = [z for a in sorted(small_arts) for z in by_article.get(a, ())]
    linked = sum(
        1
        for z in own
        if any(v >= join_at and article[w] in large_arts for w, v in partners.get(z, {}).items())
    )
    inner = [
        partners.get(x, {}).get(y, 0.0)
        for k, x in enumerate(large)
        for y in large[k + 1 :]
        if article[x] != article[y]
    ]
    coherence = sum(inner) / len(inner) if inner else 1.0
    members = set(small)
    outside = [y for y in large if article[y] not in small_arts]
    mutual = 0
    for y in outside:
        best = max(
            ((v, w) for w, v in partners.get(y, {}).items() if article[w] in small_arts),
            default=(0.0, -1),
        )
        mutual += best[1] in members

    def place(x: int) -> float:
        got = by_article.get(article[x], ())
        return got.index(x) / (len(got) - 1) if len(got) > 1 else 0.0

    depth = sum(place(x) for x in small) / len(small)
    far = sum(place(y) for y in large) / len(large)
    return (
        order,
        linked / len(own) if own else 0.0,
        coherence - across,
        mutual / len(outside) if outside else 0.0,
        depth,
        abs(depth - far),
    )
