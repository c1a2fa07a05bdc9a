"""Page furniture of outlets we have never seen makes no claim; the reporting around it does.

The corpus (tests/data/furniture/probe.txt) is invented: author bios, corrections, promos,
live-blog and video furniture, embedded posts, credits, share bars, consent and paywall text,
tickers and link lists, mixed into article bodies. Each body goes through ingest
(`parse_text`) and the offline extractor; a claim may quote no furniture line, and every
line of reporting must still give a claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from consensus.ingest import parse_text
from consensus.models import Article
from consensus.offline import extract_offline

PROBE = Path(__file__).resolve().parent / "data" / "furniture" / "probe.txt"


@dataclass
class ProbeArticle:
    id: str
    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (mark, text)


def load_probe(path: Path = PROBE) -> list[ProbeArticle]:
    articles: list[ProbeArticle] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            name, _, title = raw[4:].partition(" | ")
            articles.append(ProbeArticle(id=name.strip(), title=title.strip()))
            continue
        mark, text = raw[:1], raw[2:]
        assert mark in "+-=" and raw[1:2] == " ", raw
        articles[-1].lines.append((mark, text))
    return articles


def check(probe: ProbeArticle) -> tuple[Article, list[str], list[str]]:
    """The cleaned article, the furniture lines some claim quotes, the reporting lines no
    claim quotes (a line ingest dropped counts as quoted by nothing)."""
    body = "\n\n".join(text for _, text in probe.lines)
    article = parse_text(body, id=probe.id, title=probe.title)
    claims = extract_offline(article).claims
    spans = [(ev.start, ev.end) for claim in claims for ev in claim.evidence]
    leaked: list[str] = []
    lost: list[str] = []
    at = 0
    for mark, text in probe.lines:
        found = article.text.find(text, at)
        if found < 0:
            if mark == "+":
                lost.append(text)
            continue
        at = found + len(text)
        quoted = any(start < at and end > found for start, end in spans)
        if mark == "-" and quoted:
            leaked.append(text)
        elif mark == "+" and not quoted:
            lost.append(text)
    return article, leaked, lost


PROBES = load_probe()


def test_the_probe_has_both_kinds_of_line() -> None:
    marks = [mark for probe in PROBES for mark, _ in probe.lines]
    assert marks.count("-") >= 150 and marks.count("+") >= 40


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_furniture_makes_no_claim_and_reporting_still_does(probe: ProbeArticle) -> None:
    _, leaked, lost = check(probe)
    assert not leaked, f"furniture that became a claim: {leaked}"
    assert not lost, f"reporting that made no claim: {lost}"


@pytest.mark.parametrize(
    ("reporting", "furniture"),
    [
        (
            "The operator said it had offered a 6% rise, which the union rejected.",
            "Sign up for our travel newsletter.",
        ),
        (
            "The strike will last three days, the union said.",
            "We and our partners use cookies to personalise content.",
        ),
        (
            "Flights resumed on Tuesday, according to the airport.",
            "This is a paid post. Subscribers can listen to this article.",
        ),
    ],
)
def test_furniture_glued_after_reporting_goes_and_the_reporting_stays(
    reporting: str, furniture: str
) -> None:
    body = f"Baggage handlers walked out on Monday, the union said.\n\n{reporting} {furniture}"
    article = parse_text(body, id="glued", title="Airport strike")
    assert f"{reporting} {furniture}" in article.text  # ingest keeps the paragraph
    at = article.text.index(furniture)
    quotes = [ev for claim in extract_offline(article).claims for ev in claim.evidence]
    assert any(ev.start < at and ev.end > article.text.index(reporting) for ev in quotes)
    assert not [ev.quote for ev in quotes if ev.end > at], "a claim quotes the furniture"


def test_a_paragraph_of_furniture_alone_is_still_dropped_by_ingest() -> None:
    body = (
        "Baggage handlers walked out on Monday, the union said.\n\n"
        "The strike will last three days and hundreds of flights were cancelled.\n\n"
        "Sign up for our travel newsletter. Get the best deals in your inbox every week."
    )
    assert "newsletter" not in parse_text(body, id="form", title="Airport strike").text


@pytest.mark.parametrize(
    "notice",
    [
        "This story has been updated.",
        "Correction: An earlier version of this article gave the wrong date.",
        "Editor's note: This article was amended to add the union's response.",
    ],
)
def test_a_notice_that_opens_a_line_of_reporting_goes_and_the_reporting_stays(
    notice: str,
) -> None:
    reporting = "Police said on Sunday that the owner of the depot had been arrested."
    body = (
        "An explosion at a fireworks depot killed at least 12 people on Saturday.\n\n"
        f"{notice} {reporting}"
    )
    article = parse_text(body, id="notice", title="Depot blast")
    at = article.text.index(reporting)
    quotes = [ev for claim in extract_offline(article).claims for ev in claim.evidence]
    assert any(ev.start >= at for ev in quotes), "the reporting after the notice is lost"
    assert not [ev.quote for ev in quotes if at - len(notice) - 1 <= ev.start < at]


def test_a_corrections_own_it_said_is_the_page_not_news() -> None:
    # "It" after a correction can only be the earlier version of the page
    notice = (
        "Correction: An earlier version of this article said the depot would reopen within "
        "seven days. It said ten days."
    )
    body = (
        "An explosion at a fireworks depot killed at least 12 people on Saturday.\n\n"
        f"{notice}\n\nPolice said on Sunday that the owner of the depot had been arrested."
    )
    article = parse_text(body, id="notice", title="Depot blast")
    assert notice in article.text  # ingest keeps the line: the extractor must leave it
    cited = [ev.quote for c in extract_offline(article).claims for ev in c.evidence]
    assert not [q for q in cited if "ten days" in q or "seven days" in q]
    assert any("owner of the depot" in q for q in cited)
