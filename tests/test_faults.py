"""Faults of the model server, aimed at ONE article of a three-article CLI run.

Each test runs `consensus extract` (typer's CliRunner, in-process) over three seeds against
the loopback server (tests/loopback_server.py), with a fault scripted for the article
FAULTY only (`server.script_for`: the request names the article id). The other two articles
are answered with their hand-annotated references (not model output). What must hold:

* a transient fault (429, 5xx, connection reset) is retried with backoff; 429 waits at
  least its Retry-After; a fault that goes away costs nothing but time;
* an answer that fails validation (malformed JSON, invented quotes) is re-asked, with the
  error shown to the model;
* otherwise the article fails alone: exit code 1, exactly one `failed: <id>: <why>` line
  on stderr and a summary line counting it; the other articles' claims are printed AND
  cached;
* a re-run makes only the failed article's calls (everything else comes from the cache).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from loopback_server import LoopbackServer, Reply
from typer.testing import CliRunner

from consensus import llm
from consensus.cache import ClaimCache
from consensus.cli import app
from consensus.extract import request_key, resolve_options
from consensus.ingest import load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IDS = ["000_73d2cbd8472e204d", "002_1b10b77f631b737a", "004_ac2ca82ab765c95e"]
FAULTY = "002_1b10b77f631b737a"
HEALTHY = [i for i in IDS if i != FAULTY]
MODEL = "openai/reference-annotation"
BACKOFF = 0.05  # llm.BACKOFF_BASE for these tests: waits of 0.05 s, then 0.1 s
RETRY_AFTER = 1.0  # seconds in the 429's Retry-After header
ATTEMPTS = 1 + llm.TRANSIENT_RETRIES  # HTTP calls for a fault that never goes away
REASKS = 1 + 2  # calls for an answer that never validates (1 + max_retries re-asks)

INVENTED = {
    "statement": "Vladimir Putin announced an immediate ceasefire in Kursk.",
    "kind": "event",
    "subject": "Vladimir Putin",
    "quotes": ["Putin announced an immediate and unconditional ceasefire"],
}

# What llama-cpp-python 0.3's server answered (HTTP 500) to response_format json_schema
# (issue 11): the first line is generic, the second says why.
LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA = (
    "1 validation error:\n"
    "  Input should be 'text' or 'json_object' "
    "[type=literal_error, input_value='json_schema', input_type=str]"
)

runner = CliRunner()


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm, "BACKOFF_BASE", BACKOFF)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


def paths() -> list[str]:
    return [str(SEEDS / f"{i}.txt") for i in IDS]


def extract(server: LoopbackServer, cache_dir: Path) -> Result:
    args = ["extract", *paths(), "--model", MODEL, "--api-base", server.base_url]
    return runner.invoke(app, [*args, "--cache-dir", str(cache_dir), "--format", "json"])


def cached_ids(server: LoopbackServer, cache_dir: Path) -> set[str]:
    """Ids of the articles whose claim set is in the cache under this run's request key."""
    options = resolve_options(MODEL, server.base_url)
    with ClaimCache(cache_dir) as cache:
        return {
            a.id for a in load_articles(paths()) if cache.get(request_key(a, options)) is not None
        }


def failed_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("failed:")]


def gaps(server: LoopbackServer, article: str) -> list[float]:
    times = [r.received_at for r in server.requests_for(article)]
    return [b - a for a, b in itertools.pairwise(times)]


@dataclass(frozen=True)
class Fault:
    name: str
    replies: tuple[Reply, ...]  # scripted for FAULTY; enough that it never succeeds
    calls: int  # requests FAULTY makes before it fails
    why: str  # regex the one `failed:` line must match after "<id>: "
    env: tuple[tuple[str, str], ...] = ()


FAULTS = [
    Fault("429", (Reply.error(429, retry_after=RETRY_AFTER),) * ATTEMPTS, ATTEMPTS, r"429"),
    Fault("500", (Reply.error(500),) * ATTEMPTS, ATTEMPTS, r"HTTP 500"),
    Fault("503", (Reply.error(503),) * ATTEMPTS, ATTEMPTS, r"HTTP 503"),
    Fault("reset", (Reply.reset(),) * ATTEMPTS, ATTEMPTS, r"Connection"),
    Fault(
        "read-timeout",
        (Reply.hang(10),),
        1,
        r"timed out after 0\.5 s",
        env=(("CONSENSUS_TIMEOUT", "0.5"),),
    ),
    Fault("malformed-json", (Reply.malformed(),) * REASKS, REASKS, r"no answer in the schema"),
    Fault(
        "truncated-json",
        (Reply.truncated([INVENTED, INVENTED]),),
        1,
        r"cut off at \d+ tokens \(max_tokens, finish_reason=length\)",
    ),
    Fault(
        "invented-quotes",
        (Reply.answer([INVENTED]),) * REASKS,
        REASKS,
        r"no usable claim \(1 dropped; first: dropped claims\[0\]: none of its quotes is in "
        r"the article\); not cached",
    ),
    Fault(
        # llama-cpp-python's answer to a response_format it does not take: a permanent 500
        "validation-500",
        (Reply.error(500, LLAMA_CPP_PYTHON_REJECTS_JSON_SCHEMA),),
        1,
        r"HTTP 500.*1 validation error: .*Input should be 'text' or 'json_object'.*"
        r"CONSENSUS_INSTRUCTOR_MODE=json_object_schema",
    ),
]


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_fails_one_article_keeps_and_caches_the_rest_and_rerun_resumes(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: Fault
) -> None:
    for name, value in fault.env:
        monkeypatch.setenv(name, value)
    cache_dir = tmp_path / "cache"
    server.script_for(FAULTY, *fault.replies)

    first = extract(server, cache_dir)

    # The run finished, said exactly which article failed and why, in one line.
    assert first.exit_code == 1, first.stderr
    [line] = failed_lines(first)
    assert line.startswith(f"failed: {FAULTY}: "), line
    assert re.search(fault.why, line), line
    assert not any(h in line for h in HEALTHY)
    summary = first.stderr.strip().splitlines()[-1]
    assert summary.startswith("2 of 3 inputs extracted") and "1 failed" in summary, summary
    # The other articles' claims are in the output, and in the cache.
    data = json.loads(first.stdout)
    assert [cs["article"] for cs in data["claim_sets"]] == HEALTHY
    assert all(cs["claims"] for cs in data["claim_sets"])
    # (the failure holds the problem; its article field names the article, once)
    assert [(f["article"], f["error"]) for f in data["failures"]] == [
        (FAULTY, line.removeprefix(f"failed: {FAULTY}: "))
    ]
    assert (cache_dir / "cache.db").is_file()
    assert cached_ids(server, cache_dir) == set(HEALTHY)
    # What was tried: retries/re-asks for FAULTY only, one call each for the others.
    assert len(server.requests_for(FAULTY)) == fault.calls
    assert all(len(server.requests_for(h)) == 1 for h in HEALTHY)
    assert server.pending == 0
    if fault.name == "429":
        assert all(gap >= RETRY_AFTER for gap in gaps(server, FAULTY)), gaps(server, FAULTY)
    elif fault.name in ("500", "503", "reset"):
        waits = gaps(server, FAULTY)
        assert waits[0] >= BACKOFF and waits[1] >= 2 * BACKOFF, waits  # exponential backoff

    # Re-run with a healthy server: only the failed article is asked again.
    before = server.request_count
    second = extract(server, cache_dir)

    assert second.exit_code == 0, second.stderr
    assert not failed_lines(second)
    assert server.request_count - before == 1
    assert FAULTY in server.requests[-1].text
    assert "3 of 3 inputs extracted (2 from cache)" in second.stderr
    assert [cs["article"] for cs in json.loads(second.stdout)["claim_sets"]] == IDS
    assert cached_ids(server, cache_dir) == set(IDS)


RECOVERABLE = [
    ("429", Reply.error(429, retry_after=RETRY_AFTER)),
    ("500", Reply.error(500)),
    ("502", Reply.error(502)),
    ("503", Reply.error(503)),
    ("reset", Reply.reset()),
    ("malformed-json", Reply.malformed()),
    ("invented-quotes", Reply.answer([INVENTED])),
]


@pytest.mark.parametrize(("name", "fault"), RECOVERABLE, ids=[n for n, _ in RECOVERABLE])
def test_fault_that_goes_away_is_retried_or_reasked_and_loses_nothing(
    server: LoopbackServer, tmp_path: Path, name: str, fault: Reply
) -> None:
    cache_dir = tmp_path / "cache"
    server.script_for(FAULTY, fault)  # once; the retry / re-ask gets the reference answer

    result = extract(server, cache_dir)

    assert result.exit_code == 0, result.stderr
    assert not failed_lines(result)
    assert [cs["article"] for cs in json.loads(result.stdout)["claim_sets"]] == IDS
    assert cached_ids(server, cache_dir) == set(IDS)
    first, second = server.requests_for(FAULTY)
    if name == "429":
        assert second.received_at - first.received_at >= RETRY_AFTER
    if name in ("malformed-json", "invented-quotes"):
        # A re-ask, not a blind retry: the model sees its answer and what was wrong with it.
        assert second.body is not None and first.body is not None
        reask = second.body["messages"]
        assert len(reask) == len(first.body["messages"]) + 2
        assert reask[-2]["role"] == "assistant"
        if name == "invented-quotes":
            assert INVENTED["quotes"][0] in reask[-1]["content"]
    else:  # a retry resends the same request
        assert second.body == first.body


def test_a_confirmed_empty_claim_list_is_cached_as_no_claims_not_a_failure(
    server: LoopbackServer, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    server.script_for(FAULTY, Reply.answer([]), Reply.answer([]))  # answer, then confirmation

    first = extract(server, cache_dir)

    assert first.exit_code == 0, first.stderr
    assert not failed_lines(first)
    assert len(server.requests_for(FAULTY)) == 2
    data = json.loads(first.stdout)
    [empty] = [cs for cs in data["claim_sets"] if cs["article"] == FAULTY]
    assert empty["claims"] == [] and empty["dropped"] == 0
    assert any(w.startswith("no claims:") for w in empty["warnings"])
    assert data["failures"] == []
    assert "1 with no claims" in first.stderr.strip().splitlines()[-1]
    assert cached_ids(server, cache_dir) == set(IDS)
    # Not asked again on the next run.
    before = server.request_count
    assert extract(server, cache_dir).exit_code == 0
    assert server.request_count == before


def test_an_empty_claim_list_the_model_takes_back_gives_its_claims(
    server: LoopbackServer, tmp_path: Path
) -> None:
    server.script_for(FAULTY, Reply.answer([]))  # the confirmation gets the reference answer
    result = extract(server, tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    [cs] = [cs for cs in data["claim_sets"] if cs["article"] == FAULTY]
    assert cs["claims"] and not any(w.startswith("no claims:") for w in cs["warnings"])


def test_failures_are_named_one_line_each_when_several_articles_fail(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (2 s: the 400 answers at once, but a loaded CI machine took over 0.5 s to carry it)
    monkeypatch.setenv("CONSENSUS_TIMEOUT", "2")
    server.script_for(IDS[0], Reply.error(400, "bad request\nwith a second line"))
    server.script_for(IDS[2], Reply.hang(10))

    result = extract(server, tmp_path / "cache")

    assert result.exit_code == 1
    lines = failed_lines(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"failed: {IDS[0]}: ") and "HTTP 400" in lines[0]
    assert lines[1].startswith(f"failed: {IDS[2]}: ") and "timed out" in lines[1]
    assert "second line" not in result.stderr  # one line per failure, always
    assert "1 of 3 inputs extracted" in result.stderr and "2 failed" in result.stderr


def test_summarize_reports_failed_article_and_still_writes_the_report(
    server: LoopbackServer, tmp_path: Path
) -> None:
    server.script_for(FAULTY, *(Reply.error(503),) * ATTEMPTS)
    out = tmp_path / "report.json"
    args = ["summarize", *paths(), "--model", MODEL, "--api-base", server.base_url]
    result = runner.invoke(
        app, [*args, "--cache-dir", str(tmp_path / "cache"), "-f", "json", "-o", str(out)]
    )
    assert result.exit_code == 1
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert [f["article"] for f in report["failures"]] == [FAULTY]
    items = report["single_source"] + report["agreed"]
    cited = {c["article"] for it in items for c in it["citations"]}
    assert cited <= set(HEALTHY) and cited


def test_timeout_setting_is_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENSUS_TIMEOUT", "soon")
    result = runner.invoke(app, ["extract", *paths(), "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "CONSENSUS_TIMEOUT" in result.stderr and result.stderr.count("\n") == 1
