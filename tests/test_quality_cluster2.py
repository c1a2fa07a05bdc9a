"""End-to-end quality on a second real cluster, so the rules are not tuned to the five seeds.

tests/data/cluster2/ holds six articles (Reuters + a verbatim geo.tv copy, Global Times, The
New Arab (AFP-based), Sputnik, CNBC) on Russia's 15 Feb 2018 admission that five citizens may
have been killed in the 7 Feb clash near Deir al-Zor. expectations.json says, independently
of the code, what an editor must see: agreed propositions (keywords that must appear), the
disputed points, and which files share an origin. This runs the real pipeline (ingest ->
offline extractor -> origins -> merge) and checks the report against it.

A proposition counts as agreed only when enough independent origins carry its keywords in
their OWN quotes of one agreed item (an item whose other quotes merely say something close
does not count), so a wrong grouping fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz
from report_checks import (
    check_also_agreed_rules,
    cited_verdicts,
    claims_per_span,
    verdicts_per_span,
)

from consensus.api import embed_for_merge
from consensus.ingest import load_articles
from consensus.merge import merge
from consensus.models import Article, Citation, ClaimSet, ContestedItem, Item, Polarity, Report
from consensus.offline import extract_offline
from consensus.origins import Origins, find_origins

DATA = Path(__file__).resolve().parent / "data" / "cluster2"
EXPECT: dict[str, Any] = json.loads((DATA / "expectations.json").read_text(encoding="utf-8"))


@cache
def articles() -> tuple[Article, ...]:
    return tuple(load_articles([str(p) for p in sorted(DATA.glob("*.txt"))]))


@cache
def origins() -> Origins:
    return find_origins(list(articles()))


@cache
def claim_sets() -> tuple[ClaimSet, ...]:
    return tuple(extract_offline(a) for a in articles())


@cache
def report() -> Report:
    sets = claim_sets()
    return merge(articles(), sets, origins(), vectors=embed_for_merge(sets))


def origin_of(article_id: str) -> str:
    return {a.id: a.origin for a in report().articles}[article_id]


# --- matching expectations ----------------------------------------------------------------


def _holds(text: str, spec: dict[str, Any]) -> bool:
    low = text.casefold()
    if not all(k in low for k in spec["must_match"]):
        return False
    return not spec.get("any_of") or any(k in low for k in spec["any_of"])


def supporting_origins(cites: Iterable[Citation], spec: dict[str, Any]) -> set[str]:
    """Origins whose own quotes (within one item) carry every keyword of the proposition."""
    by_origin: dict[str, list[str]] = {}
    for c in cites:
        by_origin.setdefault(origin_of(c.article), []).append(c.quote)
    return {o for o, quotes in by_origin.items() if _holds(" ".join(quotes), spec)}


def best_agreed(spec: dict[str, Any]) -> tuple[Item | None, int]:
    best: tuple[Item | None, int] = (None, 0)
    for it in report().agreed:
        if not _holds(" ".join([it.statement, *(c.quote for c in it.citations)]), spec):
            continue
        n = len(supporting_origins(it.citations, spec))
        if n > best[1]:
            best = (it, n)
    return best


def describe(rep: Report) -> str:
    lines = ["agreed:"]
    lines += [f"  [{it.origins}] {it.statement}" for it in rep.agreed]
    lines += ["contested:"] + [f"  {c.topic}" for c in rep.contested]
    lines += ["single:"] + [f"  {it.statement}" for it in rep.single_source]
    return "\n".join(lines)


# Where the offline extractor (or the one-verdict rule) cannot give an agreed item, with why.
# Empty since session 15: Zakharova's "disinformation" remark (the denial side of the number of
# dead) and the associates' "large-scale casualties ... Deir al-Zor province on Feb. 7" (the
# reports side) are each a party's side of that point told by three origins, so each is also
# an agreed item (`merge.party_sides`).
_NOT_AGREED: dict[str, str] = {}


def _agreed_params() -> list[Any]:
    out = []
    for spec in EXPECT["agreed"]:
        key = spec["must_match"][0]
        marks = []
        if key in _NOT_AGREED:
            marks.append(pytest.mark.xfail(strict=True, reason=_NOT_AGREED[key]))
        out.append(pytest.param(spec, id="-".join(spec["must_match"]), marks=marks))
    return out


# --- the tests ----------------------------------------------------------------------------


def test_reuters_and_its_copy_are_one_origin() -> None:
    for group in EXPECT["same_origin"]:
        assert len({origin_of(a) for a in group}) == 1, group
    # ... and every other file is an origin of its own
    assert len({a.origin for a in report().articles}) == 5


def test_origins_are_never_counted_twice() -> None:
    rep = report()
    for it in (*rep.agreed, *rep.single_source):
        assert it.origins == len({origin_of(s) for s in it.sources}), it.statement
    for point in rep.contested:
        for p in point.positions:
            assert p.origins == len({origin_of(s) for s in p.sources})


@pytest.mark.parametrize("spec", _agreed_params())
def test_expected_proposition_is_agreed(spec: dict[str, Any]) -> None:
    item, n = best_agreed(spec)
    assert item is not None, f"{spec['label']}: no agreed item\n{describe(report())}"
    assert n >= spec["min_origins"], (spec["label"], item.statement, n)
    assert item.origins >= spec["min_origins"]
    # the item is agreed by the rule, with every one of its quotes real
    assert item.rule.startswith(f"agreed: {item.origins} independent origins")


def test_five_killed_is_stated_by_every_origin() -> None:
    spec = EXPECT["agreed"][0]
    item, n = best_agreed(spec)
    assert item is not None and n == 5, (n, describe(report()))
    assert "Maria Zakharova" in item.speakers


@pytest.mark.xfail(
    strict=True,
    reason=(
        "'military personnel' / 'servicemen' / 'soldiers' meet only at 3 origins: without"
        " the removed synonym tables, offline static word vectors (wordllama) do not know"
        " these words are near: cosine decent~dignified -0.07, encircled~surrounded 0.23,"
        " servicemen~soldiers 0.28."
    ),
)
def test_not_servicemen_meets_across_wordings() -> None:
    """'military personnel', 'service personnel', 'servicemen', 'soldiers', 'armed forces'."""
    spec = EXPECT["agreed"][1]
    item, n = best_agreed(spec)
    assert item is not None and n >= 4, (n, describe(report()))
    quotes = " ".join(c.quote for c in item.citations).casefold()
    assert sum(w in quotes for w in ("personnel", "servicemen", "soldiers", "armed forces")) >= 3


@pytest.mark.xfail(
    strict=True,
    reason=(
        "Global Times' 'first time Moscow officially admitted' and CNBC's 'marked the "
        "first time Russian fighters have been killed' score below the fitted link "
        "threshold (rare words: 'first time', Russia; lexical 0.5)."
    ),
)
def test_first_acknowledgement_is_its_own_agreed_item() -> None:
    """Global Times 'It is the first time that Moscow officially admitted ...' and CNBC 'this
    marked the first time Russian fighters have been killed ...' (scored 0.67 by the old rule:
    if this fails, check that blocking still makes them a candidate pair)."""
    found = [
        it
        for it in report().agreed
        if any(c.quote.startswith("It is the first time") for c in it.citations)
        and any("marked the first time" in c.quote for c in it.citations)
    ]
    assert len(found) == 1, describe(report())
    assert found[0].origins == 2


def _positions_text(point: ContestedItem, polarity: Polarity) -> str:
    return " ".join(
        c.quote for p in point.positions if p.polarity == polarity for c in p.citations
    ).casefold()


def number_of_dead() -> ContestedItem:
    found = [
        c
        for c in report().contested
        if re.search(r"hundreds", _positions_text(c, Polarity.asserts))
        and re.search(r"disinformation|misinformation", _positions_text(c, Polarity.denies))
    ]
    assert len(found) == 1, describe(report())
    return found[0]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "The point is found (reports of dozens/hundreds vs 'disinformation'), but Global "
        "Times' coalition estimate of ~100 pro-regime fighters joins the 'reports' side, "
        "which this annotation keeps apart as another proposition."
    ),
)
def test_number_of_dead_is_contested() -> None:
    """Reports of dozens/hundreds killed vs Moscow calling them disinformation."""
    point = number_of_dead()
    sides = {p.polarity: p for p in point.positions}
    assert set(sides) == {Polarity.asserts, Polarity.denies}
    reports, denial = sides[Polarity.asserts], sides[Polarity.denies]
    expected = EXPECT["contested"][0]["sides"]
    assert set(reports.sources) <= set(
        expected["dozens/hundreds or large-scale (reports, associates)"]
    )
    assert set(denial.sources) <= set(expected["five (Moscow)"])
    assert reports.origins >= 2 and denial.origins >= 2
    # the 'disinformation' proposition of expectations.json, carried by >= 2 origins here
    spec = next(s for s in EXPECT["agreed"] if s["must_match"] == ["disinformation"])
    assert len(supporting_origins(denial.citations, spec)) >= spec["min_origins"]
    assert {"Maria Zakharova", "Russia"} & set(denial.speakers)
    # Moscow's side never says 'hundreds killed' in its own voice, the reports never deny
    assert not {"Maria Zakharova", "Russia"} & set(reports.speakers)
    assert re.search(r"denied|dismiss|disinformation", _positions_text(point, Polarity.denies))
    assert "opposite polarity" in point.rule


def test_five_killed_is_not_read_as_denied() -> None:
    """CNBC: 'acknowledged ... five ... may have been killed ... but denied reports the loss
    of life was significantly higher' admits five and denies more, it denies nothing of five."""
    for point in report().contested:
        denying = _positions_text(point, Polarity.denies)
        asserting = _positions_text(point, Polarity.asserts)
        assert not re.search(r"\bfive\b", asserting), point.topic
        assert "acknowledged for the first time" not in denying


def test_no_false_contested_point() -> None:
    """Every contested point sets positions that really disagree side by side."""
    for point in report().contested:
        statements = [p.statement.casefold() for p in point.positions]
        assert len(set(statements)) == len(statements)
        # no position is a plain restatement of another (the CNBC 'five killed' false point)
        for i, a in enumerate(statements):
            for b in statements[i + 1 :]:
                assert fuzz.token_set_ratio(a, b) < 80, (a, b)
        polarities = {p.polarity for p in point.positions}
        if polarities == {Polarity.asserts, Polarity.denies}:
            deny = [p for p in point.positions if p.polarity == Polarity.denies]
            # a denial position quotes a denial: a denial verb, a negation or 'disinformation'
            for p in deny:
                for c in p.citations:
                    assert re.search(
                        r"\b(?:den\w*|dismiss\w*|reject\w*|not|no|disinformation|"
                        r"misinformation)\b",
                        c.quote.casefold(),
                    ), c.quote
        # two positions never cite one span
        spans = [{(c.article, c.start, c.end) for c in p.citations} for p in point.positions]
        for i, a in enumerate(spans):
            for b in spans[i + 1 :]:
                assert not a & b


def test_every_citation_slices_its_article_and_no_boilerplate() -> None:
    rep = report()
    texts = {a.id: a.text for a in articles()}
    cites = [c for it in (*rep.agreed, *rep.single_source) for c in it.citations]
    cites += [c for point in rep.contested for p in point.positions for c in p.citations]
    assert cites
    raw = {p.stem: p.read_text(encoding="utf-8") for p in DATA.glob("*.txt")}
    for c in cites:
        assert texts[c.article][c.start : c.end] == c.quote
        headline, dateline = raw[c.article].split("\n")[:2]
        assert c.quote not in (headline, dateline)
        assert not re.match(r"[A-Z]{3,}\b[^a-z]{0,20}[-–—:]\s", c.quote), c.quote  # wire dateline
    for it in (*rep.agreed, *rep.single_source):
        assert not re.match(r"[A-Z]{3,}\b[^a-z]{0,20}[-–—:]\s", it.statement), it.statement


def test_no_claim_under_two_verdicts() -> None:
    rep = report()
    per_span = claims_per_span(claim_sets())
    # (a party's side of a point also agreed counts once: `report_checks.also_agreed_spans`)
    for span, n in verdicts_per_span(rep).items():
        assert n <= per_span.get(span, 0), (span, cited_verdicts(rep)[span])
    check_also_agreed_rules(rep)


def test_speakers_are_said_not_told() -> None:
    rep = report()
    for it in (*rep.agreed, *rep.single_source):
        assert not re.match(r"[A-Z][\w ]+ told[:\s“\"]", it.statement), it.statement


def test_report_is_the_same_bytes_for_any_input_order() -> None:
    expected = report().model_dump_json()
    arts = list(reversed(articles()))
    sets = [
        cs.model_copy(update={"claims": tuple(reversed(cs.claims))})
        for cs in reversed(claim_sets())
    ]
    rep = merge(arts, sets, find_origins(arts), vectors=embed_for_merge(sets))
    assert rep.model_dump_json() == expected


def test_who_started_the_clash_is_contested() -> None:
    found = [
        c
        for c in report().contested
        if any("reconnaissance" in c.quote for p in c.positions for c in p.citations)
        and any("attack" in c.quote for p in c.positions for c in p.citations)
    ]
    assert found
