"""What an editor reads (session 63): every warning a run gives reaches the page the editor
opens, not only the JSON; a speaker the reader capitalised only because a sentence started
with it reads with its article; a statement in the brief ends on its full stop; a broken JSON
line says where it broke.

Invented stories (tests/test_bad_feeds.py's records and their faults); offline extractor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_api_warnings import FULL, _feed_file, _index, _story_folders, store_fails_once
from test_bad_feeds import _cli, _feed, _records

from consensus.brief import render_index_html, render_index_md
from consensus.render.said_by import with_article

__all__ = ["store_fails_once"]  # (the fixture, imported for the batch test below)

BAD_DATE = "published 'sometime last week' does not read as a date; the article is undated"


def _bad_date_feed(tmp_path: Path, broken_line: bool = False) -> Path:
    records = _records()
    records[0] = {**records[0], "published": "sometime last week"}
    text = _feed(records)
    if broken_line:
        text += '{"id": "cut", "text": "This line was cut\n'
    path = tmp_path / "feed.jsonl"
    path.write_text(text, encoding="utf-8")
    return path


def test_summarize_markdown_and_html_show_the_report_warnings(tmp_path: Path) -> None:
    feed = _bad_date_feed(tmp_path)
    line = f"{feed}:1: {BAD_DATE}"
    md = _cli("summarize", feed, "--no-cache", "-o", tmp_path / "r.md")
    assert md.exit_code == 0, md.stderr
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    lede = text.split("\n\n")[1]
    assert lede.endswith("1 warning (see Warnings)."), lede
    section = text.split("\n## Warnings\n\n", 1)[1]
    assert section.splitlines()[0].replace("\\", "") == "- " + line
    page = _cli("summarize", feed, "--no-cache", "-f", "html", "-o", tmp_path / "r.html")
    assert page.exit_code == 0, page.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<a href="#warnings">Warnings</a>' in html
    assert '<section class="block" id="warnings">' in html
    assert f"<li>{line.replace(chr(39), '&#x27;')}</li>" in html


def test_a_report_without_warnings_has_no_warnings_section(tmp_path: Path) -> None:
    feed = _feed_file(tmp_path)
    result = _cli("summarize", feed, "--no-cache", "-o", tmp_path / "r.md")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "## Warnings" not in text and "warning" not in text.split("\n\n")[1]


def test_the_batch_index_shows_the_run_s_warnings_and_unreadable_inputs(tmp_path: Path) -> None:
    feed = _bad_date_feed(tmp_path, broken_line=True)
    out = tmp_path / "out"
    result = _cli("batch", feed, "-o", out, "--no-cache")
    line = f"{feed}:1: {BAD_DATE}"
    assert _index(out)["warnings"] == [line]  # (index.json had it already)
    md = (out / "index.md").read_text(encoding="utf-8")
    facts = md.split("\n\n")[1]
    assert "1 unreadable input \\(see below\\)" in facts and "1 warning \\(see below\\)" in facts
    section = md.split("\n## Warnings\n\n", 1)[1]
    assert section.splitlines()[0].replace("\\", "") == "- " + line
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<h2>Warnings</h2>" in html and "1 warning (see below)" in html
    assert f'<li class="warn">{line.replace(chr(39), "&#x27;")}</li>' in html
    # the broken line says where it broke, not a message cut after "at"
    (error,) = _index(out)["input_errors"]
    assert error == f"{feed}:7: invalid JSON: Unterminated string starting at column 23"
    assert result.exit_code != 0  # (an unreadable input is an error, as before)


def test_a_story_s_own_warning_follows_its_entry_in_the_index(
    tmp_path: Path, store_fails_once: None
) -> None:
    out = tmp_path / "out"
    result = _cli(
        "batch", _story_folders(tmp_path / "in"), "-o", out, "--cache-dir", tmp_path / "c"
    )
    assert result.exit_code == 0, result.stderr
    (story,) = [s for s in _index(out)["stories"] if s.get("warnings")]
    (line,) = story["warnings"]
    assert FULL in line
    md = (out / "index.md").read_text(encoding="utf-8")
    entry = md.split(f"`{story['id']}`", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    assert "warning: " in entry.lower() and "1 result not cached \\(used all the same\\)" in entry
    html = (out / "index.html").read_text(encoding="utf-8")
    entry = html.split(f"<code>{story['id']}</code>", 1)[1].split("</li>", 1)[0]
    assert '<span class="warn">warning: ' in entry and FULL in entry
    assert "<h2>Warnings</h2>" not in html  # (the run itself gave none)


def _index_with(statement: str, sides: list[str]) -> dict[str, Any]:
    story = {
        "id": "story-1",
        "dir": "story-1",
        "status": "brief",
        "title": "Ferry aground",
        "articles": 3,
        "origins": 3,
        "first": "2031-04-01",
        "last": "2031-04-02",
        "agreed": 1,
        "contested": 1,
        "failures": [],
        "reports": {"html": "h", "md": "m", "json": "j"},
        "top_agreed": [{"statement": statement, "origins": 3}],
        "top_contested": [
            {
                "topic": "What ran aground",
                "positions": [{"statement": s, "origins": 1} for s in sides],
            }
        ],
    }
    counts = {
        "stories": 1,
        "articles": 3,
        "brief": 1,
        "single_origin": 0,
        "failed": 0,
        "undated": 0,
        "filtered_out": 0,
        "input_errors": 0,
    }
    return {
        "counts": counts,
        "min_origins": 2,
        "extractor": "offline",
        "input_errors": [],
        "stories": [story],
    }


def test_brief_statements_end_on_their_full_stop() -> None:
    index = _index_with(
        "All 212 passengers were taken off by lifeboats",
        ["The ferry ran aground", "The ferry did not run aground."],
    )
    md = render_index_md(index)
    assert "- All 212 passengers were taken off by lifeboats. — 3 origins" in md
    assert "“The ferry ran aground.” (1 origin) vs “The ferry did not run aground.”" in md
    html = render_index_html(index)
    assert "<li>All 212 passengers were taken off by lifeboats. <span" in html
    assert "warn" not in md and "Warnings" not in html  # (no warning: nothing said)


@pytest.mark.parametrize(
    ("label", "texts", "shown"),
    [
        ("Company", ["The company will publish the list.", "the company said"], "the company"),
        ("Army", ["The army denied that any civilians had been killed."], "the army"),
        # a capitalised place is a name's ("Velmora Harbour Authority") and decides nothing
        ("Authority", ["The authority said.", "the Velmora Harbour Authority"], "the authority"),
        # never written lower-case: a name, shown as held
        ("Marrow", ["Mayor Ilse Marrow said the building needs repairs."], "Marrow"),
        # written lower-case with two articles: shown as held
        ("Council", ["The council voted.", "a council member said"], "Council"),
        # written lower-case bare: shown as held
        ("Police", ["Police said the road was shut.", "police officers came"], "Police"),
    ],
)
def test_a_label_capitalised_by_a_sentence_start_takes_its_article(
    label: str, texts: list[str], shown: str
) -> None:
    assert with_article(label, texts) == shown


def test_a_whole_json_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text('{"id": "a",\n "text": "cut\n', encoding="utf-8")
    result = _cli("summarize", path, "--no-cache")
    assert result.exit_code != 0
    assert f"{path}: invalid JSON: Invalid control character at line 2, column 14" in (
        result.stderr
    )


def test_a_brief_story_s_and_a_failed_story_s_warnings_are_shown() -> None:
    index = _index_with("The ferry ran aground.", ["It did.", "It did not."])
    index["stories"][0]["warnings"] = ["cache full; 1 result not cached (used all the same)"]
    failed = {
        **index["stories"][0],
        "id": "story-2",
        "dir": "story-2",
        "status": "failed",
        "error": "RuntimeError: boom",
        "warnings": ["summary and timeline left out of the report"],
    }
    index["stories"].append(failed)
    md = render_index_md(index)
    assert "_Warning: cache full; 1 result not cached \\(used all the same\\)_" in md
    assert "RuntimeError: boom · _warning: summary and timeline left out of the report_" in md
    html = render_index_html(index)
    assert '<p class="warn">Warning: cache full; 1 result not cached' in html
    assert '· <span class="warn">warning: summary and timeline left out' in html


def test_the_coverage_table_shows_a_point_as_its_entry_does() -> None:
    from test_render_sentences import _report

    from consensus.render import render_html, render_markdown

    md = render_markdown(_report())
    coverage = md.split("## Coverage", 1)[1].split("\n## ", 1)[0]
    assert "| **A1** | At least 17 people were killed. | ● | ● |" in coverage
    page = render_html(_report())
    table = page.split('id="coverage"', 1)[1].split("</table>", 1)[0]
    assert "At least 17 people were killed.<" in table


def test_the_summary_line_names_a_role_speaker_with_its_article() -> None:
    from test_contested_heading import _report as report_of
    from test_contested_heading import _side

    from consensus.models import ContestedItem, Polarity
    from consensus.summary import contested_line

    said = "Local officials said the strike hit a school in Tarvo and killed 12 people."
    denied = "The army denied that any civilians had been killed in Tarvo."
    point = ContestedItem(
        id="c-1",
        topic=said,
        rule="contested: opposite polarity on one proposition",
        positions=(
            _side(said, "a1", speakers=("local officials",)),
            _side(denied, "b1", Polarity.denies, speakers=("Army",)),
        ),
    )
    line = contested_line(point, report_of(point))
    assert "(the army; " in line and "(Army; " not in line, line
    assert point.positions[1].speakers == ("Army",)  # (the data keep the label as merged)
