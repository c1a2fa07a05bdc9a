"""Properties of the merger on claim sets drawn from the real seeds (hypothesis).

tests/test_merge.py checks the merger on a small hand-built world; this module draws many
claim sets from the five seed articles instead: any subset of >= 2 seeds, each with a random
subset of its offline-extractor claims or of its hand-annotated reference claims
(tests/reference/), plus synthetic claims made from random sentences of the article, merged
without vectors or with the offline vectors the pipeline passes (`embed_for_merge`). On
each, through the real `find_origins` and `merge`:

* permutation invariance: articles, claim sets and claims shuffled -> the same
  `render_json(report)` bytes;
* every citation slices its article's text to its quote;
* every agreed item has >= 2 independent origins;
* no claim sits under two verdicts (a span is cited under k verdicts only if k claims of
  its article cite it), with one documented exception: a group stated by >= 2 origins in
  a figure (or date) dispute stays an agreed item too, whose rule names that point; its
  spans are under agreed and contested and count once (the named point must exist, be a
  figure or date dispute and cite them);
* adding an exact copy of an article (new id, same text, same claims) changes no verdict.

Examples are bounded and derandomized (stable in CI); deadline off (merge takes ~0.1 s).
"""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_checks import (
    check_also_agreed_rules,
    cited_verdicts,
    claims_per_span,
    verdicts_per_span,
)

from consensus.api import embed_for_merge
from consensus.ingest import load_articles
from consensus.merge import merge
from consensus.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimSet,
    Evidence,
    Polarity,
    Report,
)
from consensus.offline import extract_offline
from consensus.origins import Origins, find_origins
from consensus.render import render_json

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import reference_claim_set  # noqa: E402

PROPERTY = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def seeds() -> tuple[Article, ...]:
    return tuple(load_articles(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))))


@cache
def offline_claims(article_id: str) -> tuple[Claim, ...]:
    [article] = [a for a in seeds() if a.id == article_id]
    return extract_offline(article).claims


@cache
def reference_claims(article_id: str) -> tuple[Claim, ...]:
    [article] = [a for a in seeds() if a.id == article_id]
    return reference_claim_set(article).claims


_SENTENCE = re.compile(r"[^.!?\n]{25,300}[.!?]")


@cache
def sentences(article_id: str) -> tuple[tuple[int, int], ...]:
    [article] = [a for a in seeds() if a.id == article_id]
    return tuple((m.start(), m.end()) for m in _SENTENCE.finditer(article.text))


def synthetic_claim(article: Article, span: tuple[int, int], kind: ClaimKind) -> Claim:
    start, end = span
    quote = article.text[start:end]
    words = re.findall(r"[A-Z][a-z]+", quote)
    return Claim(
        statement=" ".join(quote.split()),
        kind=kind,
        subject=words[0] if words else "it",
        entities=tuple(dict.fromkeys(words[:4])),
        polarity=Polarity.denies if kind is ClaimKind.denial else Polarity.asserts,
        evidence=(Evidence(quote=quote, start=start, end=end),),
    )


@st.composite
def worlds(draw: st.DrawFn) -> tuple[list[Article], list[ClaimSet], bool]:
    """>= 2 seed articles, each with a random mix of real and synthetic claims; and
    whether the merge gets the offline vectors."""
    pool = list(seeds())
    chosen = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=5, unique_by=lambda a: a.id))
    claim_sets = []
    for article in chosen:
        source = draw(st.sampled_from(["offline", "reference"]))
        real = offline_claims(article.id) if source == "offline" else reference_claims(article.id)
        keep = draw(st.lists(st.booleans(), min_size=len(real), max_size=len(real)))
        claims = [c for c, k in zip(real, keep, strict=True) if k]
        for _ in range(draw(st.integers(0, 3))):
            span = draw(st.sampled_from(sentences(article.id)))
            kind = draw(
                st.sampled_from([ClaimKind.event, ClaimKind.reported_statement, ClaimKind.denial])
            )
            claims.append(synthetic_claim(article, span, kind))
        claim_sets.append(
            ClaimSet(
                article=article.id, extractor=source, extractor_version="t", claims=tuple(claims)
            )
        )
    return chosen, claim_sets, draw(st.booleans())


World = tuple[list[Article], list[ClaimSet], bool]


def run(
    articles: list[Article], claim_sets: list[ClaimSet], vectors: bool
) -> tuple[Report, Origins]:
    origins = find_origins(articles)
    vecs = embed_for_merge(claim_sets) if vectors else None
    return merge(articles, claim_sets, origins, vectors=vecs), origins


@PROPERTY
@given(worlds(), st.randoms(use_true_random=False))
def test_permutation_invariance_byte_identical_json(world: World, rnd: random.Random) -> None:
    articles, claim_sets, vectors = world
    expected = render_json(run(articles, claim_sets, vectors)[0])
    shuffled_articles = rnd.sample(articles, len(articles))
    shuffled_sets = [
        cs.model_copy(update={"claims": tuple(rnd.sample(cs.claims, len(cs.claims)))})
        for cs in rnd.sample(claim_sets, len(claim_sets))
    ]
    assert render_json(run(shuffled_articles, shuffled_sets, vectors)[0]) == expected


@PROPERTY
@given(worlds())
def test_citations_origins_and_verdicts(world: World) -> None:
    articles, claim_sets, vectors = world
    report, origins = run(articles, claim_sets, vectors)
    texts = {a.id: a.text for a in articles}

    # every citation slices its article's text to its quote
    everything = [*report.agreed, *report.single_source]
    cites = [c for it in everything for c in it.citations]
    cites += [c for p in report.contested for pos in p.positions for c in pos.citations]
    for c in cites:
        assert texts[c.article][c.start : c.end] == c.quote, c

    # every agreed item has >= 2 independent origins (checked against the origins, too)
    for item in report.agreed:
        assert item.origins >= 2, item
        assert len({origins.origin_of(s) for s in item.sources}) >= 2, item
        span_origins = {origins.origin_of_span(c.article, c.start, c.end) for c in item.citations}
        assert len(span_origins) >= 2, item
    for item in report.single_source:
        assert item.origins == 1, item

    # no claim under two verdicts: a span cited under k verdicts needs k claims citing it,
    # agreed + contested counted once where an agreed item's rule names that figure point
    per_span = claims_per_span(claim_sets)
    names = cited_verdicts(report)
    for span, count in verdicts_per_span(report).items():
        assert count <= per_span.get(span, 0), (span, names[span])
    check_also_agreed_rules(report)


@PROPERTY
@given(worlds())
def test_item_ids_are_unique(world: World) -> None:
    report, _ = run(*world)
    ids = [it.id for it in (*report.agreed, *report.single_source)]
    ids += [p.id for p in report.contested]
    assert len(ids) == len(set(ids)), sorted(ids)


def assert_copy_changes_no_verdict(
    articles: list[Article],
    claim_sets: list[ClaimSet],
    original: Article,
    vectors: bool,
    before: Report | None = None,
) -> None:
    """`before`: the merge of `articles` as they are, when the caller has it already."""
    if before is None:
        before, _ = run(articles, claim_sets, vectors)
    copy = original.model_copy(update={"id": f"zz-copy-of-{original.id}", "source": None})
    [copied] = [cs for cs in claim_sets if cs.article == original.id]
    after, origins = run(
        [*articles, copy], [*claim_sets, copied.model_copy(update={"article": copy.id})], vectors
    )
    assert origins.origin_of(copy.id) == origins.origin_of(original.id)
    ids = {a.id for a in articles}
    keep = {span: v for span, v in cited_verdicts(after).items() if span[0] in ids}
    assert keep == cited_verdicts(before)
    for item in after.agreed:  # the copy never adds an origin
        assert item.origins <= len({origins.origin_of(s) for s in item.sources})


@PROPERTY
@given(worlds(), st.data())
def test_an_exact_copy_of_an_article_changes_no_verdict(world: World, data: st.DataObject) -> None:
    articles, claim_sets, vectors = world
    original = data.draw(st.sampled_from(articles))
    assert_copy_changes_no_verdict(articles, claim_sets, original, vectors)


@pytest.mark.parametrize("vectors", [False, True], ids=["no vectors", "vectors"])
@pytest.mark.parametrize("extractor", ["offline", "reference"])
def test_an_exact_copy_of_any_seed_changes_no_verdict(extractor: str, vectors: bool) -> None:
    """The same property on the five whole seeds, each copied in turn, both extractors,
    without and with the offline vectors (one part each: the seeds' own merge is made once
    per part, and the parts run side by side)."""
    articles = list(seeds())
    claims = {"offline": offline_claims, "reference": reference_claims}[extractor]
    claim_sets = [
        ClaimSet(article=a.id, extractor=extractor, extractor_version="t", claims=claims(a.id))
        for a in articles
    ]
    before, _ = run(articles, claim_sets, vectors)
    failures = []
    for original in articles:
        try:
            assert_copy_changes_no_verdict(articles, claim_sets, original, vectors, before)
        except AssertionError:
            failures.append(f"{extractor}, vectors={vectors}: copy of {original.id}")
    assert not failures, failures
