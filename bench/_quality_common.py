"""Pair figures for the dev clusters: which articles share an origin, which form one story.

Both are scored the same way, as record-linkage tools score a clustering: every unordered
pair of articles is "together" or not in the prediction and in the gold; precision is the
share of predicted pairs that are gold pairs, recall the share of gold pairs predicted.
An empty side scores 1.0 (nothing claimed, nothing wrong; nothing to find, nothing missed).

Used by bench/quality.py and guarded by tests (tests/test_origins.py, tests/test_stories.py).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path

from consensus.ingest import load_articles
from consensus.models import Article

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev"


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    return {pair for group in groups for pair in combinations(sorted(set(group)), 2)}


def pair_scores(
    pred_groups: Iterable[Iterable[str]], gold_groups: Iterable[Iterable[str]]
) -> tuple[float, float, int, int, int]:
    """(precision, recall, true pairs, false pairs, missed pairs) of two groupings."""
    pred, gold = _pairs(pred_groups), _pairs(gold_groups)
    tp, fp, fn = len(pred & gold), len(pred - gold), len(gold - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def dev_events() -> list[str]:
    return sorted(p.name for p in DEV.iterdir() if (p / "articles.jsonl").is_file())


def dev_articles(event: str) -> list[Article]:
    return load_articles([str(DEV / event / "articles.jsonl")])


def gold_origin_groups(event: str) -> list[list[str]]:
    """`same_origin` of the event's expectations.json ([] while it is not annotated)."""
    path = DEV / event / "expectations.json"
    if not path.is_file():
        return []
    groups: list[list[str]] = json.loads(path.read_text(encoding="utf-8")).get("same_origin", [])
    return groups


def origin_pair_scores(
    events: Sequence[str] | None = None,
) -> tuple[float, float, int, int, int]:
    """find_origins on each dev cluster against its gold `same_origin`, pairs summed."""
    from consensus.origins import find_origins

    tp = fp = fn = 0
    for event in events or dev_events():
        origins = find_origins(dev_articles(event))
        _, _, t, f, m = pair_scores([g.articles for g in origins.groups], gold_origin_groups(event))
        tp, fp, fn = tp + t, fp + f, fn + m
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def story_pair_scores(
    events: Sequence[str] | None = None, *, seed: int = 7
) -> tuple[float, float, int]:
    """The dev clusters shuffled into one feed without story ids -> (precision, recall, stories).

    Ids are prefixed with the event name so that equal ids of two events stay apart; the
    prefix is never read by the clustering (cluster_stories sorts by id first, so the
    shuffle only proves the input order does not matter).
    """
    from consensus.stories import cluster_stories

    feed: list[Article] = []
    gold: dict[str, list[str]] = {}
    for event in events or dev_events():
        for article in dev_articles(event):
            copy = article.model_copy(update={"id": f"{event}/{article.id}"})
            feed.append(copy)
            gold.setdefault(event, []).append(copy.id)
    random.Random(seed).shuffle(feed)
    stories = cluster_stories(feed)
    precision, recall, *_ = pair_scores([s.articles for s in stories], gold.values())
    return precision, recall, len(stories)
