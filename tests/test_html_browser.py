"""The HTML report in a real browser: Debian's headless Chromium parses it, we read its DOM.

Chromium comes from `apt-get install -y chromium` (scripts/test installs it). Without it
this test FAILS when $CI is set, so a CI machine that lost its browser cannot pass
silently, and is skipped otherwise.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
from pathlib import Path

import pytest
import shared_reports  # tests/ is on sys.path (rootdir conftest)

from consensus.models import Citation, Report
from consensus.render import render_html

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE / "data" / "report_example.json"

# tests/screenshot.py is a script, not a module on sys.path: load it by path, whatever
# pytest's import mode.
_spec = importlib.util.spec_from_file_location("consensus_tests_screenshot", HERE / "screenshot.py")
assert _spec is not None and _spec.loader is not None
shot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shot)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shot.find_chromium()
    if found is None:
        message = (
            "headless Chromium not found (looked at $CHROMIUM, /usr/bin/chromium, PATH); "
            "install it with: apt-get update && apt-get install -y chromium"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module", params=["example", "seeds"])
def report(request: pytest.FixtureRequest) -> Report:
    """The hand-made example report, and the real report of the seeds (offline extractor)."""
    if request.param == "example":
        return Report.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    real = _seeds_report()
    assert real.agreed and real.contested and real.single_source
    return real


def _seeds_report() -> Report:
    """The seeds' report (`summarize`), made once per session (both groups of tests read it)."""
    return shared_reports.report("seeds")


@pytest.fixture(scope="module")
def page(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(chromium: str, page: Path) -> str:
    return shot.dump_dom(chromium, page)


def _citations(report: Report) -> list[Citation]:
    cites = [c for it in report.agreed for c in it.citations]
    cites += [c for ci in report.contested for p in ci.positions for c in p.citations]
    cites += [c for it in report.single_source for c in it.citations]
    return cites


def _text(s: str) -> str:
    """How Chromium serializes a text node: &, <, > escaped, quotes left alone."""
    return html.escape(s, quote=False)


def test_dom_has_every_item_statement_citation_and_quote(report: Report, dom: str):
    ids = set(re.findall(r'\sid="([^"]+)"', dom))
    for it in (*report.agreed, *report.single_source):
        assert it.id in ids, it.id
        assert _text(it.statement) in dom, it.statement
    for c in report.contested:
        assert c.id in ids
        assert _text(c.topic) in dom
        for i, p in enumerate(c.positions, 1):
            assert f"{c.id}-p{i}" in ids
            assert _text(p.statement) in dom, p.statement
    cites = _citations(report)
    n = len({(c.article, c.start, c.end, c.quote) for c in cites})
    for i in range(1, n + 1):
        assert f"cite-{i}" in ids
        # A quote opens in place (agreed, contested, summary) or links to the Sources list.
        assert f'<summary title="source {i}">{i}</summary>' in dom or f'href="#cite-{i}"' in dom
    for c in cites:
        assert _text(c.quote) in dom, c.quote
    # The browser kept the page's structure: one inline script and nothing it loads, the
    # coverage table, the sources.
    assert dom.lower().count("<script") == 1 and "<script src" not in dom.lower()
    assert 'class="heat"' in dom and 'class="sources"' in dom


def test_screenshot_is_a_png(chromium: str, page: Path, tmp_path: Path):
    png = tmp_path / "report.png"
    shot.screenshot(chromium, page, png, width=1280, height=2000)
    data = png.read_bytes()
    assert data.startswith(PNG_MAGIC)
    # IHDR: width and height, big-endian, right after the 8-byte magic and 8-byte chunk head.
    assert int.from_bytes(data[16:20], "big") == 1280
    assert int.from_bytes(data[20:24], "big") == 2000
    assert len(data) > 20_000  # a blank page compresses to a few KB


# --- Layout at a desktop and a phone width, on real reports -------------------------------

SCREENSHOTS = Path(
    os.environ.get("CONSENSUS_SCREENSHOT_DIR") or HERE.parent / "build" / "screenshots"
)
WIDTHS = (1300, 390)
# The summary must end within one screen: a 1300 x 1000 px window (the screenshots' size).
SCREEN_PX = 1000


def _real_reports() -> dict[str, Report]:
    return shared_reports.reports(["seeds", *shared_reports.DEV_CLUSTERS])


@pytest.fixture(scope="module")
def real_reports() -> dict[str, Report]:
    return _real_reports()


@pytest.fixture(scope="module")
def measured(
    chromium: str, real_reports: dict[str, Report], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, int], dict]:
    work = tmp_path_factory.mktemp("probe")
    pages = {name: render_html(r) for name, r in real_reports.items()}
    return shot.measure_many(chromium, pages, work, WIDTHS)


def test_no_horizontal_scroll_at_desktop_and_phone_width(measured: dict):
    for (name, width), m in measured.items():
        assert m["width"] == width, (name, m)
        assert m["scrollWidth"] <= width, f"{name} scrolls sideways at {width} px: {m}"


def test_summary_comes_first_and_fits_one_screen(measured: dict, real_reports: dict[str, Report]):
    for name, report in real_reports.items():
        assert report.summary is not None and report.summary.key_points, name
        bottom = measured[(name, 1300)]["summaryBottom"]
        assert bottom is not None and bottom <= SCREEN_PX, f"{name}: summary ends at {bottom}"


def test_outlet_filter_shows_only_that_outlets_points(
    measured: dict, real_reports: dict[str, Report]
):
    for name, report in real_reports.items():
        got = measured[(name, 1300)]["filtered"]
        article = got["outlet"]
        expected = {
            it.id for it in (*report.agreed, *report.single_source) if article in it.sources
        }
        expected |= {
            c.id for c in report.contested if any(article in p.sources for p in c.positions)
        }
        assert set(got["shown"]) == expected, name
        assert expected, name


def test_screenshots_at_both_widths(chromium: str, real_reports: dict[str, Report], tmp_path):
    """PNGs a person can open: build/screenshots/<report>-<width>.png (or
    $CONSENSUS_SCREENSHOT_DIR), one screen high, so they show what an editor sees first."""
    for name in ("seeds", "nice_truck_attack"):
        page = tmp_path / f"{name}.html"
        page.write_text(render_html(real_reports[name]), encoding="utf-8")
        for width in WIDTHS:
            png = SCREENSHOTS / f"{name}-{width}.png"
            shot.screenshot(chromium, page, png, width=width, height=1000)
            data = png.read_bytes()
            assert data.startswith(PNG_MAGIC)
            assert int.from_bytes(data[16:20], "big") == width
            assert len(data) > 20_000, png
