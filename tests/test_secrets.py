"""No API key ends up in anything consensus writes or prints.

Dummy keys (each carrying the marker CANARY) are set the way a user sets real ones:
provider variables (OPENAI_API_KEY, ANTHROPIC_API_KEY), a gateway token next to the API
base given by environment (CONSENSUS_API_BASE + LLM_GATEWAY_TOKEN, not key-shaped), and an
Azure key. Then extract and summarize run through the LLM path against the loopback server
(litellm's real HTTP client; no model), including one request that fails with a 401 whose
message echoes the key and the request headers, the way some servers do. Everything written
is scanned: a cassette recorded in tmp, the cache directory (sqlite database and any value
files), captured logs (every logger at DEBUG) and stderr, the reports (md, json, html), the
error lines and the failures in the JSON.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml
from loopback_server import LoopbackServer, Reply
from typer.testing import CliRunner

from consensus import llm
from consensus.cli import app
from consensus.ingest import load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds" / f"{i}.txt" for i in ("000_73d2cbd8472e204d", "004_ac2ca82ab765c95e")]
FAILING = "004_ac2ca82ab765c95e"
MODEL = "openai/reference-annotation"
CANARY = "CANARY7f3a"
KEYS = {
    "OPENAI_API_KEY": f"sk-test-DUMMY-{CANARY}-openai-0123456789abcdef",
    "ANTHROPIC_API_KEY": f"sk-ant-api03-DUMMY-{CANARY}-anthropic-0123456789",
    "AZURE_API_KEY": f"azDUMMY{CANARY}azure0123456789",
    "LLM_GATEWAY_TOKEN": f"gwDUMMY{CANARY}gateway0123456789",
}

runner = CliRunner()


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LITELLM_LOG", "DEBUG")  # a user debugging litellm must not leak keys
    monkeypatch.setattr(llm, "BACKOFF_BASE", 0.0)
    return KEYS


def echoing_401() -> Reply:
    key = KEYS["OPENAI_API_KEY"]
    return Reply.error(
        401,
        f"Incorrect API key provided: {key}. Request headers: Authorization: Bearer {key}; "
        f"x-api-key: {KEYS['ANTHROPIC_API_KEY']}; x-gateway-token: {KEYS['LLM_GATEWAY_TOKEN']}",
    )


def scan(where: str, text: str) -> list[str]:
    return [f"{where}: {name}" for name, value in KEYS.items() if value in text] + (
        [f"{where}: {CANARY}"] if CANARY in text else []
    )


def scan_tree(root: Path) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        found += scan(str(path.relative_to(root)), path.read_bytes().decode("latin-1"))
    return found


def test_no_key_in_cache_reports_logs_errors(
    keys: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    cache_dir, out = tmp_path / "cache", tmp_path / "out"
    outputs: list[tuple[str, str]] = []
    with LoopbackServer() as server:
        monkeypatch.setenv("CONSENSUS_API_BASE", server.base_url)
        server.script_for(FAILING, echoing_401())
        extracted = runner.invoke(
            app, ["extract", *map(str, SEEDS), "-m", MODEL, "--cache-dir", str(cache_dir)]
        )
        outputs += [("extract stdout", extracted.stdout), ("extract stderr", extracted.stderr)]
        for fmt in ("md", "json", "html"):
            server.script_for(FAILING, echoing_401())
            result = runner.invoke(
                app,
                [
                    *("summarize", *map(str, SEEDS), "-m", MODEL, "--cache-dir", str(cache_dir)),
                    *("-f", fmt, "-o", str(out / f"report.{fmt}")),
                ],
            )
            outputs += [(f"summarize {fmt} stderr", result.stderr)]
            assert result.exit_code == 1, result.stderr
        sent = [r.headers.get("authorization", "") for r in server.requests]

    # The key did go over the wire (so the scan below is meaningful) ...
    assert f"Bearer {keys['OPENAI_API_KEY']}" in sent
    # ... the failure was reported, redacted, in one line ...
    assert extracted.exit_code == 1
    [failed] = [line for line in extracted.stderr.splitlines() if line.startswith("failed:")]
    assert failed.startswith(f"failed: {FAILING}: ") and "HTTP 401" in failed
    assert "[redacted]" in failed
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [f["article"] for f in report["failures"]] == [FAILING]
    assert "[redacted]" in report["failures"][0]["error"]
    # ... and nothing written or printed holds a key.
    captured = capfd.readouterr()
    problems = scan_tree(cache_dir) + scan_tree(out)
    problems += [p for where, text in outputs for p in scan(where, text)]
    problems += scan("logs", caplog.text) + scan("stdout", captured.out)
    problems += scan("stderr", captured.err)
    assert (cache_dir / "cache.db").is_file() and len(list(out.iterdir())) == 3
    assert problems == []


def _record(cassette: Path, config: dict[str, Any], server: LoopbackServer) -> None:
    import asyncio

    articles = load_articles([str(p) for p in SEEDS])
    server.script_for(FAILING, echoing_401())
    with vcr.VCR(**config).use_cassette(str(cassette), record_mode="all"):
        for article in articles:
            try:
                asyncio.run(llm.extract_with_llm(article, model=MODEL, api_base=server.base_url))
            except Exception as exc:  # the 401 for FAILING
                assert "[redacted]" in str(exc)


def test_no_key_in_a_recorded_cassette(
    keys: dict[str, str], tmp_path: Path, vcr_config: dict[str, Any]
) -> None:
    cassette = tmp_path / "recorded.yaml"
    with LoopbackServer() as server:
        _record(cassette, vcr_config, server)
        assert server.request_count == 2  # recorded from the live server, not replayed
    text = cassette.read_text(encoding="utf-8")
    interactions = yaml.safe_load(text)["interactions"]
    assert len(interactions) == 2 and "Incorrect API key provided" in text
    for interaction in interactions:  # credential headers are dropped, not just masked
        assert not {h.lower() for h in interaction["request"]["headers"]} & {
            "authorization",
            "x-api-key",
            "api-key",
        }
    assert "[redacted]" in text  # the 401 body echoed the key; the recording scrubbed it
    assert scan("cassette", text) == []
