"""Story clustering: the right stories from real articles, whatever the order, split by dates."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pytest

from consensus.ingest import load_articles
from consensus.models import Article
from consensus.stories import Story, cluster_stories

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLUSTER2 = ROOT / "tests" / "data" / "cluster2"
sys.path.insert(0, str(ROOT / "bench"))

from _quality_common import pair_scores, story_pair_scores  # noqa: E402


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles([SEEDS, *sorted(CLUSTER2.glob("*.txt"))])


def _groups(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


def test_seeds_and_cluster2_are_exactly_two_stories(articles: list[Article]) -> None:
    stories = cluster_stories(articles)
    seeds = frozenset(p.stem for p in SEEDS.glob("*.txt"))
    cluster2 = frozenset(p.stem for p in CLUSTER2.glob("*.txt"))
    assert len(seeds) == 5 and len(cluster2) == 6
    assert _groups(stories) == {seeds, cluster2}
    by_members = {frozenset(s.articles): s for s in stories}
    syria = by_members[cluster2]
    assert (syria.first, syria.last) == (dt.date(2018, 2, 15), dt.date(2018, 2, 16))
    assert syria.title is not None and "Syria" in syria.title
    kursk = by_members[seeds]  # seed 004 has no date: it still joins, and adds no date
    assert (kursk.first, kursk.last) == (dt.date(2025, 3, 14), dt.date(2025, 3, 15))


def test_result_does_not_depend_on_input_order(articles: list[Article]) -> None:
    expected = cluster_stories(articles)
    rng = random.Random(7)
    for _ in range(4):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        assert cluster_stories(shuffled) == expected
    assert cluster_stories(articles[::-1]) == expected


def test_story_ids_are_content_hashes_of_their_members(articles: list[Article]) -> None:
    stories = cluster_stories(articles)
    assert [s.id for s in stories] == sorted(s.id for s in stories)
    for story in stories:
        assert story.id.startswith("story-") and len(story.id) == len("story-") + 12
        assert list(story.articles) == sorted(story.articles)
    # the same members give the same id even when other stories change around them
    syria_only = [a for a in articles if a.published and a.published.year == 2018]
    alone = cluster_stories(syria_only)
    assert len(alone) == 1
    assert alone[0].id in {s.id for s in stories}


def test_the_same_topic_weeks_apart_is_two_stories(articles: list[Article]) -> None:
    syria = [a for a in articles if a.published and a.published.year == 2018]
    later = [
        a.model_copy(
            update={"id": f"{a.id}-later", "published": a.published + dt.timedelta(days=30)}
        )
        for a in syria[:3]
        if a.published
    ]
    stories = cluster_stories([*syria, *later])
    assert _groups(stories) == {
        frozenset(a.id for a in syria),
        frozenset(a.id for a in later),
    }
    # ... and one story again when the window is wide enough
    assert len(cluster_stories([*syria, *later], window_days=40)) == 1


def test_an_undated_article_joins_its_story(articles: list[Article]) -> None:
    syria = [a for a in articles if a.published and a.published.year == 2018]
    undated = syria[0].model_copy(update={"id": "undated-copy", "published": None})
    stories = cluster_stories([*syria, undated])
    assert len(stories) == 1 and "undated-copy" in stories[0].articles


_EVENTS = [
    ("Lisbon", "Tagus", "Costa", "ferry", "capsized", 41),
    ("Nairobi", "Ruto", "Kenyatta", "protest", "teargas", 12),
    ("Osaka", "Kishida", "Hanshin", "earthquake", "magnitude", 6),
    ("Quito", "Noboa", "Guayaquil", "prison", "riot", 31),
    ("Oslo", "Stoltenberg", "Equinor", "pipeline", "leak", 3),
    ("Lagos", "Tinubu", "Dangote", "refinery", "fire", 17),
]


def _synthetic(event: int, outlet: int, day: dt.date) -> Article:
    city, leader, other, thing, verb, n = _EVENTS[event]
    text = (
        f"{city} officials said {n} people were affected after the {thing} {verb} incident on "
        f"{day:%B %d}. {leader} visited {city} and met {other} representatives. "
        f"Witnesses in {city} described the {thing} and the {verb}. {leader} promised an "
        f"inquiry into the {thing}, and {other} said it would cooperate with investigators. "
        f"Outlet {outlet} reports that rescue teams from {city} were still at work."
    )
    return Article(
        id=f"e{event}-o{outlet}",
        title=f"{city} {thing} {verb}: {leader} promises inquiry",
        outlet=f"Outlet {outlet}",
        published=day,
        text=text,
    )


def test_many_small_events_are_told_apart() -> None:
    day = dt.date(2024, 5, 1)
    batch = [_synthetic(e, o, day + dt.timedelta(days=o % 2)) for e in range(6) for o in range(4)]
    stories = cluster_stories(batch)
    assert _groups(stories) == {
        frozenset(f"e{e}-o{o}" for o in range(4)) for e in range(len(_EVENTS))
    }


def test_edge_cases() -> None:
    assert cluster_stories([]) == []
    one = _synthetic(0, 0, dt.date(2024, 5, 1))
    [story] = cluster_stories([one])
    assert story.articles == (one.id,) and story.title == one.title
    with pytest.raises(ValueError, match="unique"):
        cluster_stories([one, one])


def test_pair_scores_count_pairs_not_groups() -> None:
    # gold {a,b,c} {d}; predicted {a,b} {c,d}: 1 of 3 gold pairs found, 1 of 2 claimed is right
    assert pair_scores([["a", "b"], ["c", "d"]], [["a", "b", "c"], ["d"]]) == (0.5, 1 / 3, 1, 1, 2)
    assert pair_scores([["a"], ["b"]], []) == (1.0, 1.0, 0, 0, 0)


def test_the_six_dev_clusters_shuffled_into_one_feed_come_apart_again() -> None:
    # Reached 1.000 / 0.942 in 7 stories (was 1.000 / 0.416 in 20): everything but the Nice
    # follow-up published three weeks later, which the 3-day window keeps apart on purpose.
    precision, recall, n = story_pair_scores()
    assert precision >= 0.95 and recall >= 0.9, (precision, recall, n)
    assert n <= 8
    assert story_pair_scores(seed=11) == (precision, recall, n)
