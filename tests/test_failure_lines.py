"""A failed article is named once on every line that reports it: the failure holds the
problem, its `article` field the name (the Markdown report, the CLI's stderr)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from consensus.api import summarize
from consensus.cli import app
from consensus.models import Article
from consensus.render import render

_EN = (
    "The Varrow county council voted on Tuesday to close the Marl Street library. "
    "Councillor Anna Brisk said the branch cost 400,000 pounds a year to run."
)
_ZH = "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6295\u7968\u5173\u95ed\u56fe\u4e66\u9986\u3002" * 5


def _articles() -> list[Article]:
    return [
        Article(id="varrow-en", text=_EN, language="en"),
        Article(id="varrow-zh", text=_ZH, language="zh"),
    ]


def test_failure_holds_the_problem_and_names_the_article_once() -> None:
    report = summarize(_articles(), use_cache=False)
    (failure,) = report.failures
    assert failure.article == "varrow-zh"
    assert "varrow-zh" not in failure.error
    assert "language zh" in failure.error
    lines = [ln for ln in render(report, "md").splitlines() if "language zh" in ln]
    assert lines and all(ln.count("varrow-zh") == 1 for ln in lines), lines


def test_cli_failed_line_names_the_article_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(a.model_dump_json(include={"id", "text", "language"}) for a in _articles()),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["summarize", str(feed), "--no-cache"])
    failed = [ln for ln in result.stderr.splitlines() if ln.startswith("failed:")]
    assert failed == [
        "failed: varrow-zh: language zh not supported by the offline extractor; use --model"
    ], result.stderr
