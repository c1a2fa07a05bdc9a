"""Session 35's page shapes (consensus.page_cues), over a second invented corpus.

tests/data/furniture/s35/ holds nine made-up pages in house styles the s33 corpus lacks: a
live blog with clock stamps and "Pinned" posts, a broadcaster's page with "Watch:" and
"Listen:" strips, a regional paper with a reader poll and "Most read", a trade site with
event promotions and a paywall, a wire with a slug line and "(Reporting by ...; Editing by
...)", an opinion page with an author's bio and a disclaimer (01-06, written before the
furniture code was read: 9 of their furniture lines became claims), then a wire's corrected
advisory, a TV station's page and a paper's explainer (07-09, written after the first fix:
2 leaked, then fixed). Among the news lines are sentences that look like furniture ("The
company's website crashed ...", "The authority's chief engineer said the crack was first
reported by a dog walker who posted a photo online") and must stay claims.

The unit tests below pin each new cue and the cases where it alone is not enough.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_page_cues import _rows, leaked_and_lost  # (the s33 corpus's harness)

from consensus.ingest import parse_text
from consensus.nonclaims import non_claim_spans

DATA = Path(__file__).resolve().parent / "data" / "furniture" / "s35"
LABELS = sorted(DATA.glob("*.labels.tsv"))


def test_the_corpus_is_broad() -> None:
    kinds = [kind for path in LABELS for kind, _ in _rows(path)]
    assert len(LABELS) >= 9
    assert kinds.count("furniture") >= 75 and kinds.count("news") >= 45


@pytest.mark.parametrize("labels", LABELS, ids=[p.name.split(".")[0] for p in LABELS])
def test_each_furniture_line_makes_no_claim_and_each_news_line_does(labels: Path) -> None:
    raw = labels.with_name(labels.name.replace(".labels.tsv", ".txt")).read_text(encoding="utf-8")
    article = parse_text(raw, id=labels.stem)
    leaked, lost = leaked_and_lost(article, labels)
    assert not leaked, f"furniture that became a claim: {leaked}"
    assert not lost, f"news that made no claim: {lost}"


LEDE = "Kelburn council voted on Tuesday to shut the old swimming baths, its leader Ann Vell said."
TITLE = "Kelburn council shuts swimming baths"


def _covered(body: str, line: str, *, outlet: str = "Kelburn Echo") -> bool:
    text = f"{LEDE}\n\n{body}"
    at = text.index(line)
    spans = non_claim_spans(text, title=TITLE, outlet=outlet)
    return any(s <= at < e for s, e in spans)


WIRE = "ARDMOOR, May 4 (KNS) - The baths will close in June after 80 years, the council said."


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a pointer ahead and the copy named, right above a wire's dateline
        ("The agency's full account is below.", True),
        ("What follows is the wire copy from election night.", True),
        # a pointer without the copy named, or the copy without a pointer: the page's own
        # sentence ("Here" alone is common in reporting)
        ("Here the pool's roof had leaked for years.", False),
        ("The report from the inspectors was damning.", False),
    ],
)
def test_a_handover_line_sits_above_a_wire_dateline(line: str, furniture: bool) -> None:
    assert _covered(f"{line}\n\n{WIRE}", line) is furniture


def test_a_handover_line_needs_the_dateline_below() -> None:
    line = "The agency's full account is below."
    assert not _covered(f"{line}\n\nThe baths will close in June after 80 years.", line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("REGISTER NOW: Leisure Summit 2026, 3 June, Kelburn Hall. Tickets from £40.", True),
        ("Sign up: the weekly council briefing, free.", True),
        ("Webinar: Running public pools on a budget. Thursday 2pm.", True),
        ("POLL: Should Kelburn keep a public pool? Yes / No", True),
        # a figure or a count after the label: a result, news
        ("Support: 45% of residents backed the closure in the survey.", False),
        # an offer's label, but a count after it: news
        ("Tickets: the club sold 300 season passes before the vote on the baths.", False),
        # a label that is neither a call nor an offer
        ("Background: the baths opened in 1946 and were listed in 1990.", False),
    ],
)
def test_a_promotion_label_opens_a_line(line: str, furniture: bool) -> None:
    assert _covered(f"{line}\n\nThe baths will close in June.", line) is furniture


@pytest.mark.parametrize(
    ("body", "line", "furniture"),
    [
        # a clock check beside a station's sign-off, the page's earlier version beside its
        # correction note
        ("Kelburn Echo news. It's ten minutes past six.", "It's ten minutes past six.", True),
        (
            "This article was amended on 4 May. An earlier version said the baths shut in July.",
            "An earlier version said",
            True,
        ),
        # beside furniture, but the event's words, a past act or a count: news
        (
            "Kelburn Echo news. The baths shut after a vote.",
            "The baths shut after a vote.",
            False,
        ),
        ("Kelburn Echo news. Nobody was hurt.", "Nobody was hurt.", False),
        ("Kelburn Echo news. It has 40 lanes.", "It has 40 lanes.", False),
        # the earlier version of someone else's text, not beside furniture: news
        (
            "An earlier version of the plan kept the baths open until 2030.",
            "An earlier version",
            False,
        ),
    ],
)
def test_furniture_comes_in_runs(body: str, line: str, furniture: bool) -> None:
    assert _covered(f"{body}\n\nThe baths will close in June.", line) is furniture


def test_a_readers_message_is_the_pages_not_a_source() -> None:
    line = 'A listener in Dunmere writes: "The baths taught my children to swim."'
    assert _covered(f"{line}\n\nThe baths will close in June.", line)
    # a named resident is a source
    named = 'Resident Tom Eld writes: "The baths taught my children to swim."'
    assert not _covered(f"{named}\n\nThe baths will close in June.", named)


def test_an_authors_bio_names_one_of_the_pages_makers() -> None:
    bio = "Ria Holm is a sports historian at Dunmere University."
    page = f"By Ria Holm\n\n{bio}\n\nThe baths will close in June.\n\nThe pool had 300 members."
    assert _covered(page, bio)
    # the same sentence about someone the byline does not name: news
    other = "Tom Eld is a sports historian at Dunmere University."
    page = f"By Ria Holm\n\n{other}\n\nThe baths will close in June.\n\nThe pool had 300 members."
    assert not _covered(page, other)
    # the maker is also a person the reporting names: not a bio
    page = (
        f"By Ria Holm\n\n{bio}\n\nThe baths will close in June, Ria Holm found.\n\n"
        "The pool had 300 members."
    )
    assert not _covered(page, bio)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("For the latest news and sport, head to Channel 4 Kelburn.", True),
        ("To comment, log in to your account.", True),
        # a fronted phrase before a statement, not a call
        ("For the council, closing the baths saves money on the website budget.", False),
    ],
)
def test_a_call_after_a_fronted_purpose(line: str, furniture: bool) -> None:
    body = f"The baths will close in June.\n\n{line}"
    assert _covered(body, line, outlet="KLBN Channel 4") is furniture
