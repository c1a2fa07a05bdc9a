"""The CLI over the LLM path, on the wire: litellm -> loopback server, then a fully cached re-run.

The loopback server answers with the hand-annotated reference extractions of the seeds
(tests/reference/), not with model output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import Result
from loopback_server import LoopbackServer
from typer.testing import CliRunner

from consensus.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Runs the CLI in a fresh interpreter and reports whether litellm/instructor got imported.
RUNNER = (
    "import sys\n"
    "from consensus.cli import main\n"
    "sys.argv = ['consensus', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'litellm', 'instructor'})\n"
    "print('IMPORTED=' + ','.join(heavy), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _consensus(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONSENSUS_CACHE_DIR": str(cache), "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )


def test_extract_over_the_wire_then_cached_rerun_makes_no_request(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with LoopbackServer() as server:
        args = ("extract", str(SEEDS), "--model", "openai/x", "--api-base", server.base_url)
        first = _consensus(*args, "--format", "json", cache=cache)
        assert first.returncode == 0, first.stderr
        assert server.request_count == 5
        assert "IMPORTED=instructor,litellm" in first.stderr
        assert "5 model requests this run" in first.stderr

        second = _consensus(*args, "--format", "json", cache=cache)
        assert second.returncode == 0, second.stderr
        assert server.request_count == 5  # nothing new reached the server
        assert "IMPORTED=\n" in second.stderr + "\n"  # litellm never imported
        assert "(5 from cache)" in second.stderr
        assert "0 model requests this run" in second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)
    data = json.loads(first.stdout)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for cs in data["claim_sets"]:
        assert cs["extractor"] == "llm" and cs["model"] == "openai/x"
        assert cs["prompt_hash"]
        assert cs["usage"]["requests"] == 1
        for claim in cs["claims"]:
            for ev in claim["evidence"]:
                assert texts[cs["article"]][ev["start"] : ev["end"]] == ev["quote"]


# The tests below run the CLI in this process (typer's CliRunner): what they check -- the
# flags' effect on requests, timeouts and the run summary -- is the same in a fresh
# interpreter, which the test above already starts (twice) for the entry point.


def _cli(*args: str, cache: Path) -> Result:
    return CliRunner().invoke(app, [*args, "--cache-dir", str(cache)])


def test_concurrency_limit_is_respected(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        server.set_latency(0.4)
        result = _cli(
            "extract",
            str(SEEDS),
            "--model",
            "openai/x",
            "--api-base",
            server.base_url,
            "--concurrency",
            "2",
            cache=tmp_path / "c",
        )
        assert result.exit_code == 0, result.stderr
        assert server.state.max_in_flight <= 2
        assert server.state.max_in_flight == 2


def test_timeout_flag_bounds_one_model_call(tmp_path: Path) -> None:
    from loopback_server import Reply

    one = str(SEEDS / "004_ac2ca82ab765c95e.txt")
    with LoopbackServer() as server:
        server.script(Reply.hang(5.0))
        result = _cli(
            "extract",
            one,
            "-m",
            "openai/x",
            "--api-base",
            server.base_url,
            "--timeout",
            "0.5",
            cache=tmp_path / "c",
        )
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "004_ac2ca82ab765c95e" in failed[0]
    assert "timeout" in failed[0].lower() or "timed out" in failed[0].lower()


def test_timeout_flag_rejects_nonsense(tmp_path: Path) -> None:
    result = _cli("extract", str(SEEDS), "--timeout", "0", cache=tmp_path / "c")
    assert result.exit_code == 2
    assert "--timeout" in result.stderr


def test_failed_attempts_are_counted_in_the_run_summary(tmp_path: Path) -> None:
    from loopback_server import Reply

    one = str(SEEDS / "004_ac2ca82ab765c95e.txt")
    with LoopbackServer() as server:
        # a first answer with no grounded quote, then two more: every attempt is paid for
        bad = Reply.answer(
            [
                {
                    "statement": "Made up.",
                    "kind": "event",
                    "subject": "X",
                    "quotes": ["this sentence is not in the article"],
                }
            ]
        )
        server.script(bad, bad, bad)
        result = _cli(
            "extract",
            one,
            "-m",
            "openai/x",
            "--api-base",
            server.base_url,
            cache=tmp_path / "c",
        )
        assert server.request_count == 3
    assert result.exit_code == 1
    assert "3 model requests this run" in result.stderr, result.stderr
