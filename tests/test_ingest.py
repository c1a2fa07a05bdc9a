"""Tests for consensus.ingest: formats, metadata, cleaning, spans and bad inputs (offline)."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.errors import InputError
from consensus.ingest import (
    collect_articles,
    load_articles,
    parse_date,
    parse_html,
    parse_text,
)
from consensus.models import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "ingest"

S000 = SEEDS / "000_73d2cbd8472e204d.txt"
S001 = SEEDS / "001_cdb68502ee157b74.txt"
S002 = SEEDS / "002_1b10b77f631b737a.txt"
S003 = SEEDS / "003_b3f799988837ab54.txt"
S004 = SEEDS / "004_ac2ca82ab765c95e.txt"

BODY = (
    "Russian President Vladimir Putin said on Friday that Ukrainian soldiers in the Kursk "
    "region would be spared if they laid down their arms and surrendered to Russian forces."
)


def one(path: Path) -> Article:
    [article] = load_articles([path])
    return article


def raw_lines(path: Path) -> set[str]:
    return {line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- Seeds: titles, dates, outlets --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (S000, "Trump calls for safety of surrounded Ukrainian troops in Kursk region"),
        (S001, None),
        (
            S002,
            "Putin Calls For All Ukrainians In Kursk To Surrender, 'Sympathetic’ To Trump’s "
            "Request To Spare Lives",
        ),
        (S003, "Putin urges Kiev to order troops in Kursk Region to surrender"),
        (S004, None),
    ],
)
def test_seed_titles(path: Path, title: str | None) -> None:
    article = one(path)
    assert article.title == title
    if title is not None:
        assert title not in article.text  # removed from the body, repeats included


@pytest.mark.parametrize(
    ("path", "published", "outlet"),
    [
        (S000, date(2025, 3, 15), None),
        (S001, date(2025, 3, 15), None),
        (S002, date(2025, 3, 14), "ZeroHedge"),
        (S003, date(2025, 3, 14), "RT"),
        (S004, None, None),
    ],
)
def test_seed_dates_and_outlets(path: Path, published: date | None, outlet: str | None) -> None:
    article = one(path)
    assert article.published == published
    assert article.outlet == outlet
    assert article.id == path.stem
    assert article.language == "en"
    assert article.warnings == ()
    assert article.source == str(path)


def test_seed_000_dateline_removed_title_after_it() -> None:
    article = one(S000)
    assert "AMT" not in article.text
    assert article.text.startswith("U.S. President Donald Trump announced that his administration")


def test_seed_001_inline_date_prefix_is_cut_and_body_kept() -> None:
    article = one(S001)
    assert article.text.startswith(
        "Trump had urged Putin to preserve the lives of the “thousands of Ukrainian troops”"
    )
    assert "date 2025" not in article.text
    assert article.text.endswith("as “political manipulation” by Russia.")


def test_seed_002_byline_and_trailing_dateline_removed() -> None:
    article = one(S002)
    assert article.text.startswith("Update(1358ET): The Kremlin has responded")
    assert article.text.endswith("conscription officers roam the streets.")
    assert "Tyler Durden" not in article.text
    assert "03/14/2025" not in article.text
    assert "* * *" not in article.text


def test_seed_003_boilerplate_removed() -> None:
    article = one(S003)
    for junk in ("icon", "Dear readers", "commenting policy", "Podcasts", "0:00", "28:8", "24:41"):
        assert junk not in article.text, junk
    assert "14 Mar, 2025" not in article.text
    # the standfirst stays, as the first paragraph; the repeated headline goes
    first, second = article.text.split("\n\n")[:2]
    assert first == (
        "The Russian president has said he was “sympathetic” to Donald Trump’s call on Moscow "
        "to spare the Ukrainian soldiers’ lives"
    )
    assert second.startswith("Moscow is “sympathetic” to US President Donald Trump’s request")
    assert article.text.endswith(
        "Earlier, the Ukrainian General Staff dismissed the reports about Kiev’s troops being "
        "surrounded in Kursk Region as “political manipulation” by Russia."
    )


def test_seed_004_first_line_is_body() -> None:
    article = one(S004)
    assert article.text.startswith("RUSSIA will spare the lives of Ukrainian soldiers")
    assert article.text == S004.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("path", [S000, S002, S003, S004])
def test_kept_lines_are_unchanged(path: Path) -> None:
    """Cleaning drops whole lines; it never edits characters inside a kept line."""
    source = raw_lines(path)
    for line in one(path).text.split("\n"):
        assert line == "" or line in source, line


def test_trailing_whitespace_and_line_endings_normalised() -> None:
    raw = f"Headline for the story here\r\n\r\n\r\n\r\n{BODY}\u00a0  \r\nSecond line.\t\r\n"
    article = parse_text(raw, id="x")
    assert article.title == "Headline for the story here"
    assert article.text == f"{BODY}\nSecond line."


# --- Seed 002: embedded posts and quoted material -----------------------------------------


def test_seed_002_embedded_posts() -> None:
    article = one(S002)
    posts = [s for s in article.embedded if s.kind == "embedded"]
    assert [(s.author, article.text[s.start : s.end]) for s in posts] == [
        (
            "Michael Tracey (@mtracey)",
            "Is he „requesting” that Russia not complete its operation in Kursk? "
            "pic.twitter.com/Eq8Bdpx95l\n— Michael Tracey (@mtracey) March 14, 2025",
        ),
        (
            "Sputnik (@SputnikInt)",
            "„High chance” of peace, Trump said…\n"
            "Trump stated that he spoke with Putin on Thursday\n"
            "Trump asked Putin to SPARE the surrounded Ukrainian troops in the Kursk region.\n"
            "Trump also noted that there are HIGH CHANCES of resolving the situation around "
            "Ukraine. pic.twitter.com/bI2aTGBfYz\n— Sputnik (@SputnikInt) March 14, 2025",
        ),
    ]


def test_seed_002_quoted_paragraphs() -> None:
    article = one(S002)
    quoted = [s for s in article.embedded if s.kind == "quoted"]
    texts = [article.text[s.start : s.end] for s in quoted]
    assert [s.author for s in quoted] == ["state media", "Financial Times"]
    assert texts[0].startswith("Putin responded that he was aware of Trump’s request")
    assert texts[0].endswith("the president said.")
    assert texts[1].startswith("Kyiv’s forces managed at one point to seize some 1,300 sq km")
    assert texts[1].endswith("increasingly difficult to hold.")  # runs on over the “...” quote
    # session 44: an intro naming no source over a paragraph that opens on no quotation mark
    # ("... across the broader war theater:" / "For Andriy Zagorodnyuk, ...") is the outlet's
    own = article.text.index("For Andriy Zagorodnyuk, a former defense minister of Ukraine")
    assert article.in_embedded(own, own + 10) is None
    # the outlet's own voice right after each quoted block is not marked
    own = article.text.index("But Putin also emphasized")
    assert article.in_embedded(own, own + 10) is None
    own = article.text.index("The tragic 'cost’")
    assert article.in_embedded(own, own + 10) is None


def test_post_body_stops_at_280_characters() -> None:
    long_line = "Word " * 60  # 300 characters: cannot be part of a post
    raw = (
        f"{BODY}\n{long_line.strip()}\nShort post line one\nShort post line two\n"
        "— Some Body (@somebody) March 14, 2025\n" + BODY
    )
    article = parse_text(raw, id="x")
    [span] = article.embedded
    assert article.text[span.start : span.end] == (
        "Short post line one\nShort post line two\n— Some Body (@somebody) March 14, 2025"
    )
    assert span.author == "Some Body (@somebody)"


def test_post_body_stops_at_a_paragraph_of_reported_speech() -> None:
    # the paragraphs above a post are the outlet's when they report who said what; the
    # line right above the attribution is always the post's
    raw = (
        f'{BODY}\nThe mayor said in a statement that the city was "heartbroken".\n'
        "Police said the gunman had bought the rifle legally.\n"
        "Thoughts with everyone tonight pic.twitter.com/Qr7TuV9wXy\n"
        "— Gov. Ann Roe (@GovRoe) April 2, 2017\n" + BODY
    )
    article = parse_text(raw, id="x")
    [span] = article.embedded
    assert article.text[span.start : span.end] == (
        "Thoughts with everyone tonight pic.twitter.com/Qr7TuV9wXy\n"
        "— Gov. Ann Roe (@GovRoe) April 2, 2017"
    )


@pytest.mark.parametrize(
    ("body", "line", "author"),
    [
        (
            "So proud of this team today, they never gave up!",
            "A post shared by Jane Roe (@janeroe) on Mar 3, 2017 at 10:15am PST",
            "Jane Roe (@janeroe)",
        ),
        (
            "Officers are still at the scene and the centre stays closed.",
            "Posted by Eastport Police Department on Sunday, April 2, 2017",
            "Eastport Police Department",
        ),
    ],
)
def test_an_instagram_or_facebook_post_is_an_embedded_post(
    body: str, line: str, author: str
) -> None:
    article = parse_text(f"{BODY}\n{body}\n{line}\n{BODY}", id="x")
    [span] = article.embedded
    assert span.author == author
    assert article.text[span.start : span.end] == f"{body}\n{line}"


# --- Dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2025-03-15", date(2025, 3, 15)),
        ("March 15, 2025 - 14:53 AMT", date(2025, 3, 15)),
        ("14 Mar, 2025 17:00", date(2025, 3, 14)),
        ("Fri, 03/14/2025 – 13:58", date(2025, 3, 14)),
        ("2025-03-14T17:00:00Z", date(2025, 3, 14)),
        ("2025-03-14T23:30:00+02:00", date(2025, 3, 14)),
        ("Fri, 14 Mar 2025 17:00:00 +0000", date(2025, 3, 14)),
        ("14.03.2025", date(2025, 3, 14)),
        ("03/04/2025", date(2025, 3, 4)),  # slashes: month first
        ("04.03.2025", date(2025, 3, 4)),  # dots: day first
        ("Friday, March 14th 2025", date(2025, 3, 14)),
        ("March", None),  # no guessing from defaults
        ("not a date", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "March 15, 2025 - 14:53 AMT",
        "14 Mar, 2025 17:00",
        "Fri, 03/14/2025 – 13:58",
        "date 2025-03-15",
        "Published: 15 March 2025, 09:30 GMT",
    ],
)
def test_dateline_is_metadata(dateline: str) -> None:
    article = parse_text(f"{dateline}\nA headline about the talks\n\n{BODY}", id="x")
    assert article.published in (date(2025, 3, 14), date(2025, 3, 15))
    assert article.title == "A headline about the talks"
    assert article.text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "On March 14, 2025 the talks resumed in Riyadh, officials said.",
        "March 14, 2025 and more talks",
        "By the end of the day",
    ],
)
def test_head_lines_with_dates_or_by_are_not_metadata(line: str) -> None:
    article = parse_text(f"{line}\n{BODY}", id="x")
    assert line in (article.title, article.text.split("\n")[0])
    assert article.published is None


# --- Formats ------------------------------------------------------------------------------


def test_txt_and_md(tmp_path: Path) -> None:
    txt = write(tmp_path / "plain.txt", f"Plain headline for the story\n\n{BODY}\n")
    md = write(
        tmp_path / "note.md",
        f"# Markdown headline.\n\n{BODY}\n\n## Background\n\nTalks began in 2022.\n",
    )
    a, b = load_articles([txt, md])
    assert (a.id, a.title, a.text) == ("plain", "Plain headline for the story", BODY)
    assert (b.id, b.title) == ("note", "Markdown headline.")
    assert b.text == f"{BODY}\n\n## Background\n\nTalks began in 2022."


def test_md_front_matter(tmp_path: Path) -> None:
    md = write(
        tmp_path / "fm.md",
        "---\ntitle: From front matter\ndate: 2025-03-14\nurl: https://www.rt.com/news/1\n"
        f"---\n{BODY}\n",
    )
    article = one(md)
    assert (article.title, article.published, article.url, article.outlet) == (
        "From front matter",
        date(2025, 3, 14),
        "https://www.rt.com/news/1",
        "RT",
    )
    assert article.text == BODY


def test_txt_bare_header_of_known_keys(tmp_path: Path) -> None:
    # a plain-text export: "Key: value" lines of known keys, a blank line, then the body
    txt = write(
        tmp_path / "bare.txt",
        "Title: Quake strikes border region\nOutlet: Example Wire\nPublished: 2017-11-13\n"
        f"URL: https://example.org/quake\n\n{BODY}\n",
    )
    article = one(txt)
    assert (article.title, article.outlet, article.published, article.url) == (
        "Quake strikes border region",
        "Example Wire",
        date(2017, 11, 13),
        "https://example.org/quake",
    )
    assert article.text == BODY


@pytest.mark.parametrize(
    "head",
    [
        "Update: the toll rose overnight\n\n",  # one line: could be the story's own words
        "Title: Quake strikes\nUpdate: the toll rose overnight\n\n",  # an unknown key
        "Title: Quake strikes\nSource: Example Wire\nThe quake struck at night.\n\n",  # no gap
    ],
)
def test_txt_text_that_only_looks_like_a_header_stays_text(tmp_path: Path, head: str) -> None:
    article = one(write(tmp_path / "look.txt", f"{head}{BODY}\n"))
    assert article.outlet != "Example Wire"
    assert article.text.endswith(BODY)
    # the first line stays the article's own words (its title, by the headline rule)
    first = head.split("\n")[0]
    assert first in f"{article.title}\n{article.text}"


def test_html_page_with_nav_and_footer() -> None:
    article = one(DATA / "page.html")
    assert article.id == "page"
    assert article.title == "Putin offers terms to surrounded troops"
    assert article.outlet == "Example News"
    assert article.published == date(2025, 3, 14)
    assert article.url == "https://www.example-news.com/world/putin-terms"
    assert article.text.startswith("Russian President Vladimir Putin said on Friday")
    assert article.text.endswith("called the claim a fabrication.")
    assert "“completely surrounded”" in article.text
    for junk in ("Home", "Subscribe", "newsletter", "cookies", "All rights reserved", "beaches"):
        assert junk not in article.text, junk


def test_parse_html_outlet_from_url_domain() -> None:
    html = (
        "<html><head><title>Kremlin reacts</title></head><body><article>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    article = parse_html(html, id="h", url="https://www.zerohedge.com/geopolitical/x")
    assert (article.id, article.outlet, article.url) == (
        "h",
        "ZeroHedge",
        "https://www.zerohedge.com/geopolitical/x",
    )


def test_html_date_is_never_guessed_from_a_copyright_year() -> None:
    html = (
        "<html><head><title>Kremlin reacts</title></head><body><article>"
        f"<p>{BODY}</p><p>{BODY}</p></article><footer><p>© 2024 Foo Media</p></footer>"
        "</body></html>"
    )
    assert parse_html(html, id="h").published is None
    dated = parse_html(html, id="h", url="https://example.org/2025/03/14/kremlin-reacts")
    assert dated.published == date(2025, 3, 14)


def test_json_single_record(tmp_path: Path) -> None:
    record = {
        "id": "rec-1",
        "title": "A headline",
        "text": f"A headline\n\n{BODY}",
        "url": "https://www.reuters.com/world/x",
        "published": "2025-03-14",
    }
    path = write(tmp_path / "one.json", json.dumps(record))
    article = one(path)
    assert (article.id, article.title, article.outlet, article.published) == (
        "rec-1",
        "A headline",
        "Reuters",
        date(2025, 3, 14),
    )
    assert article.text == BODY  # the repeated title goes, like in plain text
    assert article.source == str(path)


def test_json_list_of_records_and_field_aliases(tmp_path: Path) -> None:
    records = [
        {"headline": "First one", "content": BODY, "link": "https://a.example/1", "id": 7},
        {"title": "Second", "body": BODY, "outlet": "Kyiv Post", "date": "14 Mar, 2025 17:00"},
        {"title": "Third", "article": BODY, "publisher": "AP", "published_at": 1741971600},
    ]
    path = write(tmp_path / "many.json", json.dumps(records))
    a, b, c = load_articles([path])
    assert (a.id, a.title, a.url, a.outlet) == (
        "7",
        "First one",
        "https://a.example/1",
        "a.example",
    )
    assert (b.outlet, b.published) == ("Kyiv Post", date(2025, 3, 14))
    assert (c.outlet, c.published) == ("AP", date(2025, 3, 14))
    assert b.id == hashlib.sha256(BODY.encode()).hexdigest()[:12]
    assert c.id == f"{b.id}-2"  # same text, no url: same hash, made unique
    assert b.source == f"{path}#2"


def test_newsapi_dump(tmp_path: Path) -> None:
    dump = {
        "status": "ok",
        "totalResults": 1,
        "articles": [
            {
                "source": {"id": "reuters", "name": "Reuters"},
                "author": "Staff",
                "title": "Putin says troops will be spared - Reuters",
                "description": "Short.",
                "url": "https://www.reuters.com/world/europe/putin-2025-03-14/",
                "publishedAt": "2025-03-14T17:05:00Z",
                "content": f"{BODY} Kyiv denied it… [+2345 chars]",
            }
        ],
    }
    path = write(tmp_path / "newsapi.json", json.dumps(dump))
    article = one(path)
    assert article.outlet == "Reuters"
    assert article.published == date(2025, 3, 14)
    assert article.id == hashlib.sha256(dump["articles"][0]["url"].encode()).hexdigest()[:12]
    assert article.text == f"{BODY} Kyiv denied it"
    assert any("truncated" in w for w in article.warnings)


def test_results_wrapper(tmp_path: Path) -> None:
    path = write(tmp_path / "r.json", json.dumps({"results": [{"id": "w1", "text": BODY}]}))
    assert [a.id for a in load_articles([path])] == ["w1"]


def test_title_domain_url_content_records(tmp_path: Path) -> None:
    rows = [
        {
            "title": "T1",
            "domain": "www.rt.com",
            "url": "https://www.rt.com/russia/1/",
            "content": BODY,
        },
        {
            "title": "T2",
            "domain": "news.am",
            "url": "https://news.am/eng/news/2.html",
            "content": BODY,
        },
    ]
    path = write(tmp_path / "rows.json", json.dumps(rows))
    a, b = load_articles([path])
    assert (a.title, a.outlet, a.url) == ("T1", "RT", "https://www.rt.com/russia/1/")
    assert (b.title, b.outlet) == ("T2", "News.am")
    assert a.id == hashlib.sha256(rows[0]["url"].encode()).hexdigest()[:12]
    assert a.id != b.id


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "j1", "title": "One", "text": BODY}),
        "",
        "{not json",
        json.dumps({"id": "j2", "title": "Two", "text": BODY}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles, errors = collect_articles([path])
    assert [a.id for a in articles] == ["j1", "j2"]
    assert [e.source for e in errors] == [f"{path}:3"]
    assert "invalid JSON" in str(errors[0])
    with pytest.raises(InputError, match="invalid JSON"):
        load_articles([path])


def test_html_inside_a_json_text_field(tmp_path: Path) -> None:
    record = {"id": "h1", "title": "T", "content": f"<div><p>{BODY}</p><p>{BODY}</p></div>"}
    article = one(write(tmp_path / "h.json", json.dumps(record)))
    assert "<p>" not in article.text
    assert article.text.startswith("Russian President Vladimir Putin said on Friday")


def test_stdin_text_and_json() -> None:
    [article] = load_articles(["-"], stdin=io.StringIO(f"Stdin headline goes here\n{BODY}\n"))
    assert (article.id, article.title, article.text) == ("stdin", "Stdin headline goes here", BODY)
    assert article.source == "<stdin>"
    record = json.dumps({"id": "from-record", "text": BODY})
    [article] = load_articles(["-"], stdin=io.StringIO(record))
    assert article.id == "from-record"


@pytest.mark.parametrize(
    ("data", "problem"), [("", "empty"), (" \n ", "whitespace"), ("ab\x00cd" * 20, "binary")]
)
def test_bad_stdin(data: str, problem: str) -> None:
    with pytest.raises(InputError) as info:
        load_articles(["-"], stdin=io.StringIO(data))
    assert_one_line_error(info.value, "<stdin>", problem)


def test_stdin_jsonl() -> None:
    feed = "\n".join(json.dumps({"id": f"r{i}", "text": BODY}) for i in range(3))
    articles = load_articles(["-"], stdin=io.StringIO(feed))
    assert [a.id for a in articles] == ["r0", "r1", "r2"]


# --- Outlets ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        (f"KYIV, March 14 (Reuters) - {BODY}", "Reuters"),
        (f"MOSCOW (AP) — {BODY}", "AP"),
        (f"{BODY} (AFP)", "AFP"),
        (f"{BODY}\nQuestions? Write to feedback@rttv.ru", "RT"),
        (f"{BODY}\nTyler Durden\nFri, 03/14/2025 – 13:58", "ZeroHedge"),
        (f"{BODY}\nContact: someone@unknown-site.org", None),
        (BODY, None),
    ],
)
def test_outlet_from_text(raw: str, outlet: str | None) -> None:
    assert parse_text(raw, id="x").outlet == outlet


def test_given_outlet_wins_over_text() -> None:
    assert parse_text(f"(Reuters) - {BODY}", id="x", outlet="Yahoo News").outlet == "Yahoo News"


# --- Boilerplate --------------------------------------------------------------------------


def test_boilerplate_on_a_second_page() -> None:
    article = one(DATA / "boilerplate.txt")
    assert article.title == "Farmers block border crossing over grain imports"
    assert article.published == date(2024, 5, 12)
    assert article.text == (
        "Hundreds of farmers blocked the main border crossing with tractors on Sunday, "
        "demanding limits on cheap grain imports that they say have pushed prices below "
        "production costs.\n\n"
        "The protest, the third this month, left about 600 lorries queuing on both sides, "
        "according to the border guard service.\n\n"
        "Government officials said talks with farmers' unions would resume on Tuesday, but "
        "gave no details of any offer."
    )


def test_hard_wrapped_text() -> None:
    """Wrapped paragraphs are judged whole: a last line "policy." is not a UI label."""
    raw = (
        "Short headline here\n"
        "Russian President Vladimir Putin said on Friday that Ukrainian\n"
        "soldiers in the Kursk region would be spared if they laid down their\n"
        "arms and surrendered.\n"
        "Advertisement\n"
        "The ministry published a statement late on Friday, which read in full\n"
        "as follows:\n\n"
        "“All units in the area have been ordered to hold their positions and\n"
        "to await further instructions,” the statement said.\n\n"
        "Dear readers! Thank you for your vibrant engagement with our content.\n"
        "Please note that we have switched to a new commenting system. To leave\n"
        "comments, you will need to register. Please check our commenting\n"
        "policy.\n"
    )
    article = parse_text(raw, id="w")
    assert article.title == "Short headline here"
    assert article.text == (
        "Russian President Vladimir Putin said on Friday that Ukrainian\n"
        "soldiers in the Kursk region would be spared if they laid down their\n"
        "arms and surrendered.\n"
        "The ministry published a statement late on Friday, which read in full\n"
        "as follows:\n\n"
        "“All units in the area have been ordered to hold their positions and\n"
        "to await further instructions,” the statement said."
    )
    [span] = article.embedded
    assert article.text[span.start : span.end].startswith("“All units in the area")
    assert article.text[span.start : span.end].endswith("the statement said.")
    assert (span.kind, span.end) == ("quoted", len(article.text))
    # a wrapped paragraph's first line is not a title
    assert parse_text(raw.split("\n", 1)[1], id="w").title is None


def test_news_paragraph_mentioning_comments_is_kept() -> None:
    para = (
        "The Kremlin declined to comment on the report, and Ukraine's foreign ministry said it "
        "would register a formal protest with the United Nations on Monday."
    )
    assert para in parse_text(f"{BODY}\n\n{para}", id="x").text


def test_the_bulleted_links_under_a_read_more_heading_are_dropped() -> None:
    # (made-up headlines) a teaser heading alone on its line heads other pages' headlines;
    # a list under a heading of the story's own ("What it means:") stays
    tail = (
        "Read more:\n- Why bus drivers are striking across the region\n"
        "- Norvale profits jump 30 percent\n"
        "What it means:\n- Bus fares stay frozen until June\n"
    )
    text = parse_text(f"{BODY}\n{tail}", id="x").text
    assert "Why bus drivers" not in text and "Norvale profits" not in text
    assert "- Bus fares stay frozen until June" in text


# --- Bad input ----------------------------------------------------------------------------


def assert_one_line_error(err: InputError, path: Path | str, problem: str) -> None:
    assert str(err).startswith(f"{path}: ")
    assert problem in str(err)
    assert "\n" not in str(err)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "whitespace"),
        (b"PK\x03\x04\x00\x00binary\x00data", "binary"),
        (bytes(range(1, 9)) * 50, "binary"),
        (b"Too short.\n0:00\nDear readers! Please check our commenting policy", "no article text"),
    ],
)
def test_bad_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_articles([path])
    assert_one_line_error(info.value, path, problem)


def test_missing_path() -> None:
    with pytest.raises(InputError) as info:
        load_articles(["/no/such/article.txt"])
    assert_one_line_error(info.value, "/no/such/article.txt", "no such file")


def test_directory_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "data.csv", "a,b\n")
    write(tmp_path / ".hidden.txt", BODY)
    with pytest.raises(InputError) as info:
        load_articles([tmp_path])
    assert_one_line_error(info.value, tmp_path, "no articles found")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "invalid JSON"),
        ("[]", "no articles found"),
        ('[{"title": "no text"}]', "no text field"),
        ("[1]", "not an object"),
    ],
)
def test_bad_json(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path / "bad.json", content)
    articles, errors = collect_articles([path])
    assert articles == []
    [err] = errors
    assert problem in str(err)
    assert str(err).startswith(str(path))


def test_cp1252_bytes_are_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(f"{BODY} “Quoted” words.".encode("cp1252"))
    article = one(path)
    assert "“Quoted” words." in article.text
    assert any("cp1252" in w for w in article.warnings)


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(BODY.encode() + b" broken \x81\xff bytes here.")
    article = one(path)
    assert "broken \ufffd\ufffd bytes here." in article.text
    assert any("replaced" in w for w in article.warnings)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"Headline with a BOM in front\n{BODY}".encode())
    article = one(path)
    assert article.title == "Headline with a BOM in front"
    assert article.warnings == ()


def test_same_article_under_two_names_loads_twice(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", S001.read_text(encoding="utf-8"))
    b = write(tmp_path / "b.txt", S001.read_text(encoding="utf-8"))
    first, second = load_articles([a, b])
    assert (first.id, second.id) == ("a", "b")
    assert first.text == second.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der russische Präsident hat am Freitag gesagt, dass die ukrainischen Soldaten in der "
            "Region Kursk verschont werden, wenn sie die Waffen niederlegen und sich ergeben. Das "
            "ist nicht das erste Mal, dass er mit den USA über die Lage spricht.",
            "de",
        ),
        (
            "Le président russe a déclaré vendredi que les soldats ukrainiens dans la région de "
            "Koursk seraient épargnés s'ils déposent les armes et se rendent. Il a ajouté que la "
            "Russie est prête à discuter avec les États-Unis.",
            "fr",
        ),
        (
            "Президент России заявил в пятницу, что украинские военные в Курской области будут "
            "пощажены, если они сложат оружие и сдадутся. Он также сказал, что это не так и что "
            "он уже говорил об этом с США, но не дал деталей.",
            "ru",
        ),
    ],
)
def test_non_english_text(text: str, lang: str) -> None:
    article = parse_text(text, id="x")
    assert article.language == lang
    assert f"non-English text (lang={lang})" in article.warnings


def test_strict_raises_first_error_lenient_collects_all(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as info:
        load_articles([good, empty, "/missing.txt"])
    assert info.value.source == str(empty)
    articles, errors = collect_articles([good, empty, "/missing.txt", good])
    assert [a.id for a in articles] == ["good", "good-2"]
    assert [e.source for e in errors] == [str(empty), "/missing.txt"]


# --- Ids and order ------------------------------------------------------------------------


def test_ids_are_stable_across_runs() -> None:
    first = [a.id for a in load_articles([SEEDS])]
    assert first == [a.id for a in load_articles([SEEDS])]
    assert first == [p.stem for p in sorted(SEEDS.glob("*.txt"))]


def test_repeated_ids_get_suffixes_and_warnings() -> None:
    a, b, c = load_articles([S004, S004, S004])
    assert (a.id, b.id, c.id) == (S004.stem, f"{S004.stem}-2", f"{S004.stem}-3")
    assert a.warnings == ()
    assert b.warnings == (
        f"id '{S004.stem}' is already used by an earlier input; renamed '{S004.stem}-2'",
    )
    assert b.text == a.text


def test_directory_recursion_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ("b.txt", "a/z.txt", "a/b/c.md", "a.txt", ".hidden.txt", ".git/x.txt", "n.csv"):
        write(root / rel, f"{rel} {BODY}")
    write(root / "UPPER.TXT", BODY)
    loose = write(tmp_path / "loose.txt", BODY)
    articles = load_articles([loose, root])
    assert [a.source for a in articles] == [
        str(loose),
        str(root / "UPPER.TXT"),
        str(root / "a" / "b" / "c.md"),
        str(root / "a" / "z.txt"),
        str(root / "a.txt"),
        str(root / "b.txt"),
    ]


# --- Properties and speed -----------------------------------------------------------------

_POOL = [
    *sorted({line for path in (S000, S002, S003, S004) for line in raw_lines(path) if line}),
    *("", "", "", "Share", "0:00", "* * *", "By Jane Smith", "14 Mar, 2025 17:00"),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=25))
def test_cleaning_only_drops_whole_lines(lines: list[str]) -> None:
    raw = "\n".join(lines)
    try:
        article = parse_text(raw, id="p")
    except InputError as exc:
        assert exc.source == "p"
        return
    kept = article.text.split("\n")
    assert all(line == "" or line in lines for line in kept)
    assert "\n\n\n" not in article.text
    assert article.text == article.text.strip()
    for span in article.embedded:
        assert 0 <= span.start < span.end <= len(article.text)


def test_ingest_of_5kb_text_is_fast() -> None:
    raw = S002.read_text(encoding="utf-8")
    assert len(raw) > 5000
    parse_text(raw, id="warm")
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        parse_text(raw, id="x")
        runs.append(time.perf_counter() - start)
    # the best of 20 runs: a shared machine's load stretches the median (31 ms seen under a
    # load of 11 on 2 cores) but not the fastest run (about 3 ms there, 1 ms on a laptop)
    assert min(runs) < 0.02


def test_trafilatura_is_imported_only_for_html() -> None:
    code = (
        "import sys; from consensus.ingest import load_articles; "
        f"load_articles([{str(S002)!r}]); "
        "assert 'trafilatura' not in sys.modules, 'imported for text'; "
        f"load_articles([{str(DATA / 'page.html')!r}]); "
        "assert 'trafilatura' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_wire_report_run_under_an_intro_is_no_quoted_document() -> None:
    # "Here is the latest from the agency:" then the agency's own dateline: the page runs
    # the wire's report, whose sentences keep their own attributions ("..., police said")
    intro = "Here is what we know so far, from the Kestrel News Agency:\n\n"
    body = (
        "HARTLEBURY, May 2 (KNA) - Two men were arrested after a warehouse fire on the "
        "ring road, police said on Friday.\n\n"
        "The fire started shortly after midnight and burned for six hours."
    )
    top = "Firefighters were still at the scene on Saturday morning as the road stayed shut.\n\n"
    article = parse_text(top + intro + body, id="k")
    assert [s for s in article.embedded if s.kind == "quoted"] == []
    # without the dateline the same intro still marks a quoted document
    plain = parse_text(top + intro + body.replace("HARTLEBURY, May 2 (KNA) - ", ""), id="k")
    assert [s.kind for s in plain.embedded] == ["quoted"]


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        ("東京の空港で火曜日に新しい滑走路が開かれた。", "ja"),  # kana among Han
        ("北京机场周二开放了一条新跑道，官员表示。", "zh"),
        ("서울 공항은 화요일에 새 활주로를 열었다고 밝혔다.", "ko"),
        ("สนามบินเปิดรันเวย์ใหม่เมื่อวันอังคาร", "th"),
        # a few such letters among many Latin ones (or none, or no letter at all): no script
        ("The airport opened a new runway on Tuesday, officials said (北京).", None),
        ("The airport opened a new runway on Tuesday, officials said.", None),
        ("12 345 — 678 … 9", None),
        ("", None),
    ],
)
def test_a_script_names_its_language_only_when_most_letters_are_its(
    sample: str, language: str | None
) -> None:
    from consensus.ingest.metadata import _script_language

    assert _script_language(sample) == language
