"""End-to-end quality of the merge on the five seed articles.

Runs the real pipeline (ingest -> origins -> merge) twice: with the offline extractor and
with the hand-annotated reference extractions in tests/reference/. Both must show what an
editor needs from this story: six points agreed by >= 2 independent origins, and the
encirclement of the Ukrainian troops contested (Trump / Gerasimov vs Ukraine's General
Staff / Syrskyi). Items are found by keywords in their statements and quotes, so a wrong
grouping or a wrong verdict fails here.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import pytest
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
    ClaimSet,
    ContestedItem,
    Item,
    Polarity,
    Report,
)
from consensus.origins import Origins, find_origins

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import reference_claim_set  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXTRACTORS = ["offline", "reference"]
RT, RT_COPY = "001_cdb68502ee157b74", "003_b3f799988837ab54"


# Seed expectations that the removed synonym tables carried (issue 8): strict xfails, reasons
_NO_SYNONYMS = (
    "Without the removed synonym tables, offline static word vectors (wordllama) do not know "
    "these words are near: cosine decent~dignified -0.07, encircled~surrounded 0.23, "
    "servicemen~soldiers 0.28."
)
_EIGHTY_SIX_WHY = (
    "000 states the 86% retaken, Sudzha and the August 2024 incursion in one sentence; since "
    "the link column `value_shared` (session 19) it joins RT's 86% item, which is agreed, so "
    "the incursion item has RT only (before, 000 joined the incursion item and RT's 86% stayed "
    "single)."
)
_WORDING_WHY = "Distinct wordings (decent/dignified) came from the removed synonym table."


@cache
def articles() -> tuple[Article, ...]:
    return tuple(load_articles([str(p) for p in SEEDS]))


@cache
def origins() -> Origins:
    return find_origins(list(articles()))


@cache
def claim_sets(extractor: str) -> tuple[ClaimSet, ...]:
    if extractor == "reference":
        return tuple(reference_claim_set(a) for a in articles())
    from consensus.offline import extract_offline

    return tuple(extract_offline(a) for a in articles())


@cache
def report(extractor: str) -> Report:
    sets = claim_sets(extractor)
    return merge(articles(), sets, origins(), vectors=embed_for_merge(sets))


@pytest.fixture(params=EXTRACTORS)
def extractor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --- finding things -----------------------------------------------------------------------


def text_of(item: Item) -> str:
    return " ".join([item.statement, *(c.quote for c in item.citations)]).casefold()


def matching(items: Iterable[Item], *patterns: str) -> list[Item]:
    """Items whose statement + quotes match every regex pattern."""
    return [it for it in items if all(re.search(p, text_of(it)) for p in patterns)]


def statement_matching(items: Iterable[Item], *patterns: str) -> list[Item]:
    return [it for it in items if all(re.search(p, it.statement.casefold()) for p in patterns)]


def agreed(rep: Report, finder: Callable[..., list[Item]], *patterns: str) -> Item:
    found = finder(rep.agreed, *patterns)
    assert found, (
        f"no agreed item matches {patterns}; agreed: "
        + json.dumps([it.statement for it in rep.agreed], indent=1)
        + "\nsingle: "
        + json.dumps([it.statement for it in finder(rep.single_source, *patterns)], indent=1)
        + "\ncontested: "
        + json.dumps([c.topic for c in rep.contested], indent=1)
    )
    best = max(found, key=lambda it: it.origins)
    assert best.origins >= 2
    return best


# --- the six agreed points ----------------------------------------------------------------


def test_trump_appeal_to_spare_the_troops_is_agreed(
    extractor: str, request: pytest.FixtureRequest
) -> None:
    if extractor == "offline":
        request.node.add_marker(
            pytest.mark.xfail(
                strict=True,
                reason=(
                    "Trump's appeal and Putin's answer to it share most words; with the "
                    "speaker table"
                    " gone, the offline statements of the appeal join Putin's reply, so the item's "
                    "speakers lack Trump (issue 8 note)."
                ),
            )
        )
    item = agreed(report(extractor), matching, r"spare|preserve", r"lives", r"putin")
    assert "Donald Trump" in item.speakers
    assert item.origins >= 3


def test_trump_massacre_warning_is_agreed(extractor: str, request: pytest.FixtureRequest) -> None:
    if extractor == "reference":
        request.node.add_marker(
            pytest.mark.xfail(
                strict=True,
                reason=(
                    "The reference statement of the massacre warning is folded into the "
                    "appeal item "
                    "it is quoted in (one sentence, two propositions); the old "
                    "lead-predicate table "
                    "kept them apart."
                ),
            )
        )
    item = agreed(report(extractor), matching, r"massacre", r"world war ii")
    assert "Donald Trump" in item.speakers
    assert item.origins >= 3
    # The warning is a different item from the appeal.
    appeal = statement_matching(
        report(extractor).agreed, r"spare|preserve", r"urge|ask|request|appeal|plea"
    )
    assert appeal and item not in appeal


def test_putin_guarantee_of_life_and_dignified_treatment_is_agreed(extractor: str) -> None:
    item = agreed(report(extractor), matching, r"guarantee", r"dignified|decent", r"surrender")
    assert "Vladimir Putin" in item.speakers
    assert item.origins >= 3
    # translations of one quote meet: RT's "dignified" and 004's "decent"
    words = text_of(item)
    assert "dignified" in words and "decent" in words


def test_incursion_began_in_august_2024_is_agreed(
    extractor: str, request: pytest.FixtureRequest
) -> None:
    if extractor == "offline":
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=_EIGHTY_SIX_WHY))
    item = agreed(
        report(extractor),
        statement_matching,
        r"launch|incursion|offensive|began|started",
        r"august 2024",
    )
    assert not re.search(r"86", item.statement)
    assert {RT, "000_73d2cbd8472e204d"} <= set(item.sources)


def test_russian_figure_of_86_percent_retaken_is_agreed(extractor: str) -> None:
    # with the reference extractions it holds since two outlets' verbatim quotes of one
    # statement join whoever each credits it to (link.VERBATIM_AT); offline since the link
    # column `value_shared` (session 19: 000's sentence and RT's both print 86%)
    # (the item whose own statement gives the figure: the incursion item cites 000's sentence
    # too, which states the 86%, Sudzha and the incursion at once)
    item = agreed(
        report(extractor), statement_matching, r"86\s?%", r"retak|recaptur|liberat|reclaim|retook"
    )
    assert item.origins >= 2
    assert "000_73d2cbd8472e204d" in item.sources and RT in item.sources
    assert any("86" in f for f in item.features)


def test_sudzha_retaken_is_not_folded_into_the_incursion_item(extractor: str) -> None:
    # (a learned group join measured in session 21 joined them: three of their eight sampled
    # pairs compared, all three linked; the mean rule refuses, fewer than half compared)
    sudzha = "the key town of Sudzha has been taken back by Russian forces"
    incursion = "Kiev launched a major offensive into the Kursk area in August 2024"
    for it in report(extractor).agreed:
        quotes = " ".join(c.quote for c in it.citations)
        assert not (sudzha in quotes and incursion in quotes), it.statement


def test_putin_conditional_support_for_30_day_ceasefire_is_agreed(extractor: str) -> None:
    item = agreed(report(extractor), matching, r"30-day", r"ceasefire", r"support")
    assert "Vladimir Putin" in item.speakers
    assert "004_ac2ca82ab765c95e" in item.sources


# --- the contested point ------------------------------------------------------------------


def encirclement(rep: Report) -> ContestedItem:
    found = [
        c
        for c in rep.contested
        if any(
            re.search(r"surround|encircl", " ".join(x.quote for x in p.citations).casefold())
            for p in c.positions
        )
    ]
    assert len(found) == 1, [c.topic for c in rep.contested]
    return found[0]


def test_encirclement_is_contested_with_both_sides(extractor: str) -> None:
    point = encirclement(report(extractor))
    asserting = [p for p in point.positions if p.polarity == Polarity.asserts]
    denying = [p for p in point.positions if p.polarity == Polarity.denies]
    assert asserting and denying
    claimants = {s for p in asserting for s in p.speakers}
    assert claimants & {"Donald Trump", "Valery Gerasimov", "Russia"}, claimants
    deniers = {s for p in denying for s in p.speakers}
    assert deniers & {"Ukraine", "Ukrainian General Staff", "Oleksandr Syrskyi"}, deniers
    assert not deniers & {"Donald Trump", "Valery Gerasimov", "Vladimir Putin"}
    deny_quotes = " ".join(c.quote for p in denying for c in p.citations).casefold()
    assert re.search(r"denied|dismissed", deny_quotes)
    # the denial comes from three independent origins: 000 (Syrskyi), RT, 004
    assert sum(p.origins for p in denying) >= 3
    assert "opposite polarity" in point.rule


def test_contested_claims_are_agreed_only_as_a_side_of_their_point(extractor: str) -> None:
    rep = report(extractor)
    point = encirclement(rep)
    contested_spans = {(c.article, c.start, c.end) for p in point.positions for c in p.citations}
    # A denial quote or a Gerasimov "encircled" quote appears under another verdict only in
    # an agreed item that names the point: the outlets agree on what a party says (a side
    # told by two origins or more), never a single-source line or an unrelated agreed item.
    sides = 0
    for it in (*rep.agreed, *rep.single_source):
        for c in it.citations:
            if re.search(r"denied|dismissed|encircled.{0,3} and .{0,3}isolated", c.quote):
                if (c.article, c.start, c.end) not in contested_spans:
                    continue
                assert it in rep.agreed, it.statement
                assert point.id in it.rule and "side of the point" in it.rule, it.rule
                sides += 1
    # the denial (three origins) is such a side
    assert sides >= 1


# --- origins, quotes, verdict bookkeeping --------------------------------------------------


def test_001_and_003_are_one_origin_never_counted_twice(extractor: str) -> None:
    rep = report(extractor)
    by_article = {a.id: a.origin for a in rep.articles}
    assert by_article[RT] == by_article[RT_COPY]
    for it in (*rep.agreed, *rep.single_source):
        distinct = {by_article[s] for s in it.sources}
        assert it.origins <= len(distinct), it
        if set(it.sources) == {RT, RT_COPY}:
            assert it.origins == 1 and it in rep.single_source
    for point in rep.contested:
        for p in point.positions:
            assert p.origins <= len({by_article[s] for s in p.sources})


def test_every_agreed_item_has_two_origins(extractor: str) -> None:
    rep = report(extractor)
    assert len(rep.agreed) >= 6
    for it in rep.agreed:
        assert it.origins >= 2
        assert it.rule.startswith(f"agreed: {it.origins} independent origins")
    for it in rep.single_source:
        assert it.origins == 1


def test_every_quote_is_in_its_article(extractor: str) -> None:
    rep = report(extractor)
    texts = {a.id: a.text for a in articles()}
    cites = [c for it in (*rep.agreed, *rep.single_source) for c in it.citations]
    cites += [c for point in rep.contested for p in point.positions for c in p.citations]
    assert cites
    for c in cites:
        assert texts[c.article][c.start : c.end] == c.quote


def test_no_claim_under_two_verdicts(extractor: str) -> None:
    """A span may be cited under k verdicts only if k claims of its article cite it (a
    party's side of a point also agreed counts once: `report_checks.also_agreed_spans`)."""
    rep = report(extractor)
    per_span = claims_per_span(claim_sets(extractor))
    for span, n in verdicts_per_span(rep).items():
        assert n <= per_span.get(span, 0), (span, cited_verdicts(rep)[span])
    check_also_agreed_rules(rep)


def test_report_is_the_same_bytes_for_any_input_order(extractor: str) -> None:
    expected = report(extractor).model_dump_json()
    arts = list(reversed(articles()))
    sets = [
        cs.model_copy(update={"claims": tuple(reversed(cs.claims))})
        for cs in reversed(claim_sets(extractor))
    ]
    rep = merge(arts, sets, find_origins(arts), vectors=embed_for_merge(sets))
    assert rep.model_dump_json() == expected


@pytest.mark.xfail(strict=True, reason=_WORDING_WHY + " " + _NO_SYNONYMS)
def test_coverage_shows_presence_omissions_and_wording(extractor: str) -> None:
    rep = report(extractor)
    cov = rep.coverage
    matrix = {m["item"]: m for m in cov["matrix"]}  # type: ignore[attr-defined]
    every = [*rep.agreed, *rep.contested, *rep.single_source]
    assert len(matrix) == len(every) == len({i.id for i in every})
    appeal = agreed(rep, matching, r"spare|preserve", r"lives", r"putin")
    assert set(matrix[appeal.id]["present"]) == set(appeal.sources)  # type: ignore[arg-type]
    # 002 never reports Ukraine's denial: the encirclement point is one-sided there.
    point = encirclement(rep)
    omissions = {o["article"]: o for o in cov["omissions"]}  # type: ignore[attr-defined]
    one_sided = omissions["002_1b10b77f631b737a"].get("one_sided", [])
    assert {"item": point.id, "missing": ["denies"]} in one_sided
    # distinctive wording for the same thing, from the aligned quotes
    variants = defaultdict(set)
    for w in cov["wording"]:  # type: ignore[attr-defined]
        for v in w["variants"]:
            variants[w["concept"]].add(v["term"].casefold())
    assert {"dignified", "decent"} <= variants["dignified"]
    assert {"surrounded", "encircled"} <= variants["encircle"]
