"""Group a stream of articles into stories (one event each), deterministically. PURE.

Used by `consensus batch` when the input carries no story ids. The rule:

1. Each article becomes a sparse TF-IDF vector of its content words (title words count
   three times; only the first ~400 words of the body are read: a story's identity is in
   its lede) keeping the `TOP_TERMS` heaviest terms, plus a set of named entities
   (capitalised words that are not sentence starters or stopwords).
2. Articles are visited in canonical order: (published date, or the latest date seen, then id).
   Each joins the existing story whose centroid is most similar (cosine) when that
   similarity is ≥ `threshold`, the two share ≥ `min_shared_entities` entities, and the
   article's date is within `window_days` of the story's date range; otherwise it starts a
   new story. Candidate stories come from an inverted index over terms, so the cost grows
   with the number of articles, not its square. Ties: the higher similarity, then the story
   created first.
3. A story's id is "story-" + the first 12 hex of sha256 of its sorted article ids: the same
   articles always give the same id, whatever order they arrive in.

Must never do I/O, read the clock, use randomness, or import litellm.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from consensus.models import Article

TOP_TERMS = 40
BODY_WORDS = 400
TITLE_WEIGHT = 3

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]{2,}")
_STOP = frozenset(
    """
    the and for that with this from have has had was were are been being will would could should
    about after before their there they them than then into over under more most also such said
    says say its it's his her him she who whom which what when where while would not but can may
    our out all any one two new other some only very just like been upon onto per via amid
    among against between during without within across around because since though although
    however still even much many these those each every both either neither own same first last
    year years day days week weeks month months time times today yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december told according added noted stated reported news
    """.split()
)


@dataclass(frozen=True)
class Story:
    id: str
    articles: tuple[str, ...]
    title: str | None = None
    first: dt.date | None = None
    last: dt.date | None = None


@dataclass
class _Cluster:
    index: int
    members: list[str] = field(default_factory=list)
    centroid: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None
    title: str | None = None


def _terms(article: Article) -> Counter[str]:
    counts: Counter[str] = Counter()
    if article.title:
        for w in _WORD.findall(article.title):
            lw = w.lower()
            if lw not in _STOP:
                counts[lw] += TITLE_WEIGHT
    for n, w in enumerate(_WORD.finditer(article.text)):
        if n >= BODY_WORDS:
            break
        lw = w.group().lower()
        if lw not in _STOP:
            counts[lw] += 1
    return counts


_SENT_START = re.compile(r"(?:^|[.!?…]\s+|\n)([A-Z][\w’'\-]+)")


def _entities(article: Article) -> frozenset[str]:
    text = (article.title or "") + "\n" + " ".join(article.text.split()[:BODY_WORDS])
    starters = {m.group(1) for m in _SENT_START.finditer(text)}
    found: set[str] = set()
    for m in re.finditer(r"\b[A-Z][a-zA-Z’'\-]{2,}\b", text):
        word = m.group()
        if word in starters and text.count(word) == 1:
            continue
        lw = word.lower().rstrip("’'s")
        if lw not in _STOP and len(lw) > 2:
            found.add(lw)
    return frozenset(found)


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {k: v / norm for k, v in top}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _story_id(members: Sequence[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(members)).encode("utf-8")).hexdigest()
    return f"story-{digest[:12]}"


def cluster_stories(
    articles: Sequence[Article],
    *,
    threshold: float = 0.3,
    min_shared_entities: int = 2,
    window_days: int = 3,
) -> list[Story]:
    """Deterministic single-pass clustering of articles into stories (see module docstring)."""
    if not articles:
        return []
    term_counts = {a.id: _terms(a) for a in articles}
    df: Counter[str] = Counter()
    for counts in term_counts.values():
        df.update(counts.keys())
    n_docs = len(articles)
    vectors: dict[str, dict[str, float]] = {}
    for aid, counts in term_counts.items():
        raw = {t: (1 + math.log(c)) * math.log((1 + n_docs) / (1 + df[t])) for t, c in counts.items()}
        vectors[aid] = _normalise({t: w for t, w in raw.items() if w > 0})
    entities = {a.id: _entities(a) for a in articles}

    dated = [a.published for a in articles if a.published]
    fallback = max(dated) if dated else None
    order = sorted(articles, key=lambda a: ((a.published or fallback or dt.date.min), a.id))

    clusters: list[_Cluster] = []
    index: dict[str, set[int]] = defaultdict(set)
    window = dt.timedelta(days=window_days)
    for article in order:
        vec = vectors[article.id]
        ents = entities[article.id]
        when = article.published
        candidates: set[int] = set()
        for term in vec:
            candidates |= index.get(term, set())
        best: tuple[float, int] | None = None
        for ci in sorted(candidates):
            cluster = clusters[ci]
            if when and cluster.first and cluster.last:
                if when < cluster.first - window or when > cluster.last + window:
                    continue
            shared = sum(1 for e in ents if cluster.entities[e] > 0)
            if shared < min_shared_entities:
                continue
            sim = _cosine(vec, _normalise(dict(cluster.centroid)))
            if sim >= threshold and (best is None or sim > best[0]):
                best = (sim, ci)
        if best is None:
            cluster = _Cluster(index=len(clusters), title=article.title)
            clusters.append(cluster)
        else:
            cluster = clusters[best[1]]
        cluster.members.append(article.id)
        for term, weight in vec.items():
            cluster.centroid[term] += weight  # type: ignore[assignment]
            index[term].add(cluster.index)
        cluster.entities.update(ents)
        if when:
            cluster.first = min(cluster.first or when, when)
            cluster.last = max(cluster.last or when, when)
        if cluster.title is None:
            cluster.title = article.title

    stories = [
        Story(
            id=_story_id(c.members),
            articles=tuple(sorted(c.members)),
            title=c.title,
            first=c.first,
            last=c.last,
        )
        for c in clusters
    ]
    return sorted(stories, key=lambda s: s.id)
