"""The model path as real local servers answer it (issue 11), replayed by the loopback server.

llama-cpp-python's `llama_cpp.server` and llama.cpp's `llama-server`, serving tiny models,
showed: answers that loop until the context ends (no max_tokens was sent), a HTTP 500
"1 validation error:" whose cause is on the second line, that 500 retried as if transient,
and a server that takes only `{"type": "json_object", "schema": ...}`. Every reply here is
scripted by the test (labelled as such by the server); none is model output.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import pytest
from loopback_server import LoopbackServer, Reply
from typer.testing import CliRunner

from consensus import llm
from consensus.cli import app
from consensus.errors import ExtractionError
from consensus.models import Article, ClaimDrafts

TEXT = (
    "The city council approved a budget of 12 million euros on Monday.\n\n"
    "The mayor said the money would repair 40 schools before winter."
)
ARTICLE = Article(id="local-1", title="Budget", outlet="Town Paper", text=TEXT)
MODEL = "openai/scripted-reply"
GOOD = {
    "statement": "The city council approved a budget of 12 million euros on Monday.",
    "kind": "event",
    "subject": "city council",
    "quotes": ["The city council approved a budget of 12 million euros on Monday."],
}
# llama-cpp-python 0.3's HTTP 500 for response_format json_schema (see tests/test_faults.py).
REJECTS_JSON_SCHEMA = (
    "1 validation error:\n  Input should be 'text' or 'json_object' "
    "[type=literal_error, input_value='json_schema', input_type=str]"
)


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "BACKOFF_BASE", 0.0)
    monkeypatch.delenv(llm.MODE_ENV, raising=False)
    monkeypatch.delenv(llm.MAX_OUTPUT_ENV, raising=False)


async def extract(server: LoopbackServer, **kw: Any) -> Any:
    return await llm.extract_with_llm(ARTICLE, model=MODEL, api_base=server.base_url, **kw)


# --- 1. max_tokens ----------------------------------------------------------------------------


async def test_every_request_sets_max_tokens_from_the_article_length(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Reply.answer([GOOD]))
    await extract(loopback_server)
    body = loopback_server.requests[0].body
    assert body is not None
    expected = llm.OUTPUT_TOKENS_BASE + llm.OUTPUT_TOKENS_PER_TEXT_TOKEN * -(-len(TEXT) // 4)
    assert body["max_tokens"] == expected


def test_max_tokens_grows_with_the_text_up_to_the_ceiling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = llm.output_token_limit(None, MODEL, "x" * 400)
    longer = llm.output_token_limit(None, MODEL, "x" * 4000)
    assert short < longer <= llm.DEFAULT_MAX_OUTPUT_TOKENS
    assert llm.output_token_limit(None, MODEL, "x" * 10**6) == llm.DEFAULT_MAX_OUTPUT_TOKENS
    monkeypatch.setenv(llm.MAX_OUTPUT_ENV, "2000")
    assert llm.output_token_limit(None, MODEL, "x" * 10**6) == 2000
    monkeypatch.setenv(llm.MAX_OUTPUT_ENV, "lots")
    with pytest.raises(llm.ConfigError, match=llm.MAX_OUTPUT_ENV):
        llm.output_token_limit(None, MODEL, TEXT)


def test_the_models_own_output_limit_caps_max_tokens() -> None:
    litellm = llm._import_litellm()
    known = litellm.get_model_info("openai/gpt-4o-mini")["max_output_tokens"]
    huge = "x" * 10**6
    assert llm.output_token_limit(litellm, "openai/gpt-4o-mini", huge) == min(
        known, llm.DEFAULT_MAX_OUTPUT_TOKENS
    )


async def test_a_looping_answer_stops_at_max_tokens_and_says_so(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(Reply.looping(context_tokens=8192))
    with pytest.raises(ExtractionError) as info:
        await extract(loopback_server)
    limit = llm.output_token_limit(None, MODEL, TEXT)
    assert f"cut off at {limit} tokens (max_tokens" in str(info.value)
    # the input is short: the advice to send smaller parts would not help
    assert llm.MAX_CHUNK_ENV not in str(info.value)
    assert loopback_server.request_count == 1
    [served] = loopback_server.served_usage
    assert served["completion_tokens"] <= limit < 8192


# --- 2 + 3. the cause of a 500, and no retry of a request-validation 500 ------------------------


async def test_validation_500_keeps_its_cause_and_is_not_retried(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script(*[Reply.error(500, REJECTS_JSON_SCHEMA)] * 3)
    with pytest.raises(ExtractionError) as info:
        await extract(loopback_server)
    message = str(info.value)
    assert "1 validation error: Input should be 'text' or 'json_object'" in message
    assert "json_object_schema" in message  # says which mode this server needs
    assert "\n" not in message and len(message) < 500
    assert loopback_server.request_count == 1


async def test_an_ordinary_500_is_still_retried(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Reply.error(500, "out of memory"), Reply.answer([GOOD]))
    result = await extract(loopback_server)
    assert loopback_server.request_count == 2 and len(result.claims) == 1


def test_error_detail_keeps_the_line_after_a_header_and_is_bounded() -> None:
    assert llm._error_detail("1 validation error:\n  why\nmore") == "1 validation error: why"
    assert llm._error_detail("bad request\nsecond line") == "bad request"
    assert len(llm._error_detail("x:\n" + "y" * 1000)) <= 240


# --- 4. json_object + schema (llama-cpp-python) -------------------------------------------------


def llama_cpp_python_contract(body: dict[str, Any]) -> Reply:
    """Answers as llama_cpp.server does: json_schema is refused, json_object+schema is used."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") != "json_object":
        return Reply.error(500, REJECTS_JSON_SCHEMA)
    if fmt.get("schema") != ClaimDrafts.model_json_schema():
        return Reply.error(400, "scripted: expected the claim schema in response_format")
    return Reply.answer([GOOD])


async def test_json_object_schema_mode_talks_to_llama_cpp_python(
    loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    loopback_server.set_responder(llama_cpp_python_contract)
    with pytest.raises(ExtractionError, match="json_object_schema"):
        await extract(loopback_server)  # the default json_schema mode is refused, once

    monkeypatch.setenv(llm.MODE_ENV, "json_object_schema")
    before = loopback_server.request_count
    result = await extract(loopback_server)
    assert loopback_server.request_count == before + 1
    assert [c.statement for c in result.claims] == [GOOD["statement"]]
    body = loopback_server.requests[-1].body
    assert body is not None
    assert body["response_format"] == {
        "type": "json_object",
        "schema": ClaimDrafts.model_json_schema(),
    }
    # the mode is part of the cache key
    assert llm.request_fingerprint(MODEL)["instructor_mode"] == "json_object_schema"


# --- issue 10 item 10: a refused connection is said as such ------------------------------------


async def test_a_refused_connection_is_named_and_not_retried() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(ExtractionError) as info:
        await llm.extract_with_llm(ARTICLE, model=MODEL, api_base=f"http://127.0.0.1:{port}/v1")
    message = str(info.value)
    assert "connection refused" in message
    assert "HTTP" not in message and "500" not in message
    assert info.value.usage is not None and info.value.usage.requests == 1
    assert time.monotonic() - started < 30


# --- 6. a report where nothing could be extracted -----------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_report_with_every_article_failed_says_so_and_lists_failures_first(
    tmp_path: Path, fmt: str
) -> None:
    with socket.socket() as sock:  # nothing listens on this port: every article fails
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[:2]
    out = tmp_path / f"report.{fmt}"
    args = ["summarize", *map(str, seeds), "--model", MODEL, "--no-cache", "-f", fmt]
    result = CliRunner().invoke(
        app, [*args, "--api-base", f"http://127.0.0.1:{port}/v1", "-o", str(out)]
    )
    assert result.exit_code == 1
    report = out.read_text(encoding="utf-8")
    assert "Nothing could be extracted" in report
    assert "Every point is stated by more than one origin" not in report
    assert "Every outlet states every agreed point" not in report
    heading = {"md": "## {}", "html": 'id="{}"'}[fmt]
    failures = report.index(heading.format("Failures" if fmt == "md" else "failures"))
    agreed = report.index(heading.format("Agreed" if fmt == "md" else "agreed"))
    assert failures < agreed
    assert all(s.stem in report[failures:agreed] for s in seeds)


# --- 5. a one-slot server ------------------------------------------------------------------------


def test_a_one_slot_server_times_out_queued_requests_unless_run_with_j_1(tmp_path: Path) -> None:
    """Requests queued inside a one-slot server count toward --timeout; -j 1 avoids that."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[:3]
    with LoopbackServer(latency=0.8, slots=1) as server:

        def run(jobs: str) -> Any:
            args = ["extract", *map(str, seeds), "-m", "openai/reference-annotation", "-j", jobs]
            return CliRunner().invoke(
                app, [*args, "--timeout", "1.5", "--no-cache", "--api-base", server.base_url]
            )

        crowded = run("3")
        assert crowded.exit_code == 1
        assert "timed out after 1.5 s" in crowded.stderr and "-j 1" in crowded.stderr
        # the abandoned requests still hold the slot: wait until the server is idle again
        deadline = time.monotonic() + 10
        while server.state.in_flight and time.monotonic() < deadline:
            time.sleep(0.05)
        single = run("1")
        assert single.exit_code == 0, single.stderr
