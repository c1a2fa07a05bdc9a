"""Extraction orchestration: extractor choice, cache use, per-article failure isolation."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import consensus.extract as extract_mod
from consensus.cache import ClaimCache
from consensus.errors import ConfigError, ExtractionError
from consensus.extract import aextract_claims, extract_claims, request_key, resolve_options
from consensus.ingest import load_articles
from consensus.models import Article, ClaimSet

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return load_articles([SEEDS])


def test_offline_is_default_and_every_seed_yields_claims(seeds: list[Article]) -> None:
    result = extract_claims(seeds)
    assert [cs.article for cs in result.claim_sets] == [a.id for a in seeds]
    assert {cs.extractor for cs in result.claim_sets} == {"offline"}
    assert result.failures == ()
    assert all(len(cs.claims) >= 5 for cs in result.claim_sets)


def test_one_failing_article_does_not_sink_the_run(
    seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extract_mod._extract_one
    bad = seeds[2].id

    async def flaky(article: Article, options: extract_mod.ExtractOptions) -> ClaimSet:
        if article.id == bad:
            raise ExtractionError(article.id, "server said 500")
        return await real(article, options)

    monkeypatch.setattr(extract_mod, "_extract_one", flaky)
    with ClaimCache(tmp_path) as cache:
        result = extract_claims(seeds, cache=cache)
        assert [f.article for f in result.failures] == [bad]
        assert "server said 500" in result.failures[0].error
        assert len(result.claim_sets) == len(seeds) - 1
        # the good ones were cached: a re-run with a broken extractor still returns them
        assert cache.info()["entries"] == len(seeds) - 1

        async def broken(article: Article, options: extract_mod.ExtractOptions) -> ClaimSet:
            raise AssertionError("must not be called for cached articles")

        monkeypatch.setattr(extract_mod, "_extract_one", broken)
        again = extract_claims([a for a in seeds if a.id != bad], cache=cache)
        assert again.failures == ()
        assert again.claim_sets == tuple(cs for cs in result.claim_sets)


def test_unexpected_exception_is_a_per_article_failure(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def boom(article: Article, options: extract_mod.ExtractOptions) -> ClaimSet:
        raise KeyError("oops")

    monkeypatch.setattr(extract_mod, "_extract_one", boom)
    result = extract_claims(seeds[:2])
    assert [f.kind for f in result.failures] == ["bug", "bug"]
    assert result.failures[0].article == seeds[0].id
    assert result.failures[0].error.startswith("KeyError")  # (the id is in `article`, once)


def test_cache_key_tracks_text_model_and_prompt(seeds: list[Article]) -> None:
    offline = resolve_options()
    a, b = seeds[0], seeds[1]
    assert request_key(a, offline) == request_key(a, offline)
    assert request_key(a, offline) != request_key(b, offline)
    edited = a.model_copy(update={"text": a.text + " More."})
    assert request_key(edited, offline) != request_key(a, offline)
    m1 = resolve_options(model="openai/one")
    m2 = resolve_options(model="openai/two")
    assert len({request_key(a, offline), request_key(a, m1), request_key(a, m2)}) == 3


def test_bad_options_are_usage_errors() -> None:
    with pytest.raises(ConfigError, match="concurrency"):
        resolve_options(concurrency=0)
    with pytest.raises(ConfigError, match="--model"):
        resolve_options(api_base="http://127.0.0.1:1/v1")
    with pytest.raises(ConfigError, match="http"):
        resolve_options(model="openai/x", api_base="127.0.0.1:1")


def test_blocking_api_refuses_inside_event_loop(seeds: list[Article]) -> None:
    async def inner() -> None:
        with pytest.raises(ConfigError, match="aextract_claims"):
            extract_claims(seeds[:1])
        result = await aextract_claims(seeds[:1])
        assert len(result.claim_sets) == 1

    asyncio.run(inner())
