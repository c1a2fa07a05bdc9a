"""Start-up cost of the CLI, and proof that litellm stays out of paths that don't call a model.

    python bench/startup.py

Prints `consensus --help` vs `python -c pass` (median of interleaved runs, ratio; target ≤ 8×)
and whether litellm was imported by --help, an offline summarize (ingest, extract, merge,
render) and a fully cached model run against the loopback server (target: never).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

from _common import PYTHON, ROOT, interleaved_medians

TARGET_RATIO = 8.0

PROBE = r"""
import sys, json
from typer.testing import CliRunner
from consensus.cli import app
r = CliRunner().invoke(app, sys.argv[1:])
heavy = any(m.split('.')[0] in ('litellm', 'instructor') for m in sys.modules)
print(json.dumps({"exit": r.exit_code, "litellm": heavy}))
"""


def probe(*args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    import os

    out = subprocess.run(
        [PYTHON, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    consensus = str(ROOT / ".venv" / "bin" / "consensus")
    medians = interleaved_medians(
        {"python -c pass": [PYTHON, "-c", "pass"], "consensus --help": [consensus, "--help"]},
        repeats=15,
    )
    base, cli = medians["python -c pass"], medians["consensus --help"]
    ratio = cli / base
    print(f"python -c pass      {base * 1000:7.1f} ms")
    print(f"consensus --help    {cli * 1000:7.1f} ms")
    print(
        f"ratio               {ratio:7.2f}x   (target <= {TARGET_RATIO:.0f}x: "
        f"{'ok' if ratio <= TARGET_RATIO else 'MISSED'})"
    )

    with tempfile.TemporaryDirectory() as cache:
        env = {"CONSENSUS_CACHE_DIR": cache}
        checks = {
            "--help": probe("--help"),
            "summarize (offline: ingest, extract, merge, render)": probe(
                "summarize", "seeds", "--format", "json", env=env
            ),
        }
        # A model run fills the cache (against the loopback server, answering with the
        # hand-annotated references); the same run again must not import litellm at all.
        server = subprocess.Popen(
            [PYTHON, str(ROOT / "tests/loopback_server.py"), "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            base = server.stdout.readline().strip()
            model_run = ("summarize", "seeds", "-f", "json", "-m", "openai/x", "--api-base", base)
            filled = probe(*model_run, env=env)
            assert filled["litellm"] and filled["exit"] == 0, filled
            checks["summarize --model, fully cached"] = probe(*model_run, env=env)
        finally:
            server.terminate()
            server.wait(10)
    for name, result in checks.items():
        print(f"litellm imported by {name:55} {result['litellm']}  (exit {result['exit']})")
    if any(r["litellm"] for r in checks.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
