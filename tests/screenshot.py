"""Render a report to HTML and take a screenshot of it in headless Chromium.

    python tests/screenshot.py REPORT.json OUT.png [--width 1280] [--height 2000] [--html OUT.html]

REPORT.json is a Report as `consensus` writes it (`--format json`); e.g.
tests/data/report_example.json. Needs Debian's Chromium (`apt-get install -y chromium`).
tests/test_html_browser.py drives the browser with the helpers here, so what people look
at and what the test checks come from one command line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Chromium flags for a quiet, offline, throwaway run: no sandbox (root in containers), no
# GPU, and none of the background traffic (component updates, sync, QUIC probes).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)
TIMEOUT_S = 120


def find_chromium() -> str | None:
    """$CHROMIUM, else Debian's /usr/bin/chromium, else a chromium/chrome on PATH.

    A $CHROMIUM that names no executable means "no browser" (no fallback), so
    `CHROMIUM=/nonexistent pytest` shows how the browser test behaves without one.
    """
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return shutil.which(explicit)
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(chromium: str, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on `page` with a throwaway profile; raise if it fails."""
    with tempfile.TemporaryDirectory(prefix="consensus-chromium-") as profile:
        cmd = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            *args,
            page.resolve().as_uri(),
        ]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL
        )
    if proc.returncode != 0:
        raise RuntimeError(
            f"chromium exited {proc.returncode}: {' '.join(cmd)}\n{proc.stderr[-2000:]}"
        )
    return proc


def dump_dom(chromium: str, page: Path) -> str:
    """The DOM of `page` after Chromium has parsed and laid it out, serialized."""
    return run_chromium(chromium, page, "--dump-dom").stdout


def screenshot(chromium: str, page: Path, png: Path, width: int = 1280, height: int = 2000) -> None:
    """Write a `width` x `height` PNG of `page` to `png`."""
    png.parent.mkdir(parents=True, exist_ok=True)
    run_chromium(chromium, page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot to {png}")


# A host page that lays each report out in an iframe of an exact width (headless Chromium
# will not make a window narrower than ~500 px) and writes what it measured into the DOM.
_FRAME = (
    '<iframe data-key="{key}" style="border:0;width:{width}px;height:{height}px"'
    ' onload="probe(this)" srcdoc="{page}"></iframe>'
)
_PROBE = """<!DOCTYPE html><html><head><meta charset="utf-8"><script>
function probe(f) {{
  var d = f.contentDocument, e = d.documentElement, s = d.getElementById("summary");
  var r = {{width: e.clientWidth, scrollWidth: e.scrollWidth,
    summaryBottom: s ? s.getBoundingClientRect().bottom : null, filtered: null}};
  var sel = d.getElementById("outlet");
  if (sel && sel.options.length > 1) {{
    sel.value = sel.options[1].value;
    sel.dispatchEvent(new Event("change"));
    var shown = d.querySelectorAll("li.item:not([hidden]), article.contested-item:not([hidden])");
    r.filtered = {{outlet: sel.value, shown: Array.prototype.map.call(shown, function (x) {{
      return x.id; }})}};
  }}
  var out = document.createElement("pre");
  out.className = "probe";
  out.setAttribute("data-key", f.getAttribute("data-key"));
  out.textContent = JSON.stringify(r);
  document.body.appendChild(out);
}}
</script></head><body style="margin:0">
{frames}
</body></html>"""


def measure(chromium: str, page_html: str, workdir: Path, width: int, height: int = 900) -> dict:
    """Lay `page_html` out `width` px wide in Chromium: page width, scroll width, where the
    summary section ends (px from the top), and the items left visible after choosing the
    first outlet in the filter."""
    return measure_many(chromium, {"page": page_html}, workdir, (width,), height)[("page", width)]


def measure_many(
    chromium: str,
    pages: dict[str, str],
    workdir: Path,
    widths: tuple[int, ...],
    height: int = 900,
) -> dict[tuple[str, int], dict]:
    """`measure` for every page at every width, in one Chromium run (one iframe each): a
    browser start costs more than laying out a report."""
    import html
    import json
    import re

    frames = {
        f"f{i}": (name, width)
        for i, (name, width) in enumerate((n, w) for n in pages for w in widths)
    }
    host = workdir / "probe.html"
    body = "\n".join(
        _FRAME.format(
            key=key, width=width, height=height, page=html.escape(pages[name], quote=True)
        )
        for key, (name, width) in frames.items()
    )
    host.write_text(_PROBE.format(frames=body), encoding="utf-8")
    dom = dump_dom(chromium, host)
    found = {
        key: json.loads(html.unescape(text))
        for key, text in re.findall(r'<pre class="probe" data-key="(f\d+)">(.*?)</pre>', dom, re.S)
    }
    missing = sorted(set(frames) - set(found))
    if missing:
        raise RuntimeError(f"the probe wrote nothing for {[frames[k] for k in missing]} ({host})")
    return {frames[key]: found[key] for key in frames}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="Report JSON")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000)
    parser.add_argument("--html", type=Path, help="also keep the rendered HTML here")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from consensus.models import Report
    from consensus.render import render_html

    chromium = find_chromium()
    if chromium is None:
        print("chromium not found: apt-get install -y chromium (or set $CHROMIUM)", file=sys.stderr)
        return 2
    report = Report.model_validate_json(args.report.read_text(encoding="utf-8"))
    page_html = render_html(report)
    with tempfile.TemporaryDirectory(prefix="consensus-shot-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(page_html, encoding="utf-8")
        if args.html:
            args.html.write_text(page_html, encoding="utf-8")
        screenshot(chromium, page, args.out, args.width, args.height)
    print(f"{args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
