"""Shared fixtures. Nothing here may let a test reach the network or a real provider by accident.

* Every test runs with the network blocked except loopback (pytest-recording's
  ``block_network`` mark, added to every item below). pytest-recording lifts the block only
  for ``@pytest.mark.vcr`` tests run with ``--record-mode`` other than ``none``.
* Provider API keys are removed from the environment, unless CONSENSUS_RECORD_MODEL is set
  (the one documented way to re-record against a real provider; see cassettes/README.md).
* Cassettes live in ``cassettes/<test module>/<test name>.yaml`` at the repository root;
  record mode is ``none`` unless ``--record-mode`` is given on the command line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before anything can import litellm: never fetch its price list from the network.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from loopback_server import LoopbackServer  # tests/ is on sys.path (rootdir conftest)
from shared_reports import ENV as SHARED_REPORTS_ENV

from consensus.errors import redact

REPO = Path(__file__).resolve().parent.parent
CASSETTES = REPO / "cassettes"
LOOPBACK_HOSTS = [r"^127\.0\.0\.1$", r"^localhost$", r"^::1$"]
RECORD_MODEL_ENV = "CONSENSUS_RECORD_MODEL"

# Request headers that can carry credentials; vcrpy drops them before writing a cassette.
_SECRET_HEADERS = [
    "authorization",
    "x-api-key",
    "api-key",
    "x-goog-api-key",
    "cookie",
    "openai-organization",
    "openai-project",
]
# Response headers we never keep (cookies, account identifiers).
_DROP_RESPONSE_HEADERS = re.compile(r"^(set-cookie|openai-organization|openai-project)$", re.I)


_SHARED_REPORTS = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """The session's folder of shared reports (tests/shared_reports.py): made by the main
    process before xdist starts its workers, which inherit its name in the environment."""
    if hasattr(config, "workerinput") or os.environ.get(SHARED_REPORTS_ENV):
        return
    folder = tempfile.mkdtemp(prefix="consensus-test-reports-")
    os.environ[SHARED_REPORTS_ENV] = folder
    config.stash[_SHARED_REPORTS] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_SHARED_REPORTS, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(SHARED_REPORTS_ENV, None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("block_network") is None:
            item.add_marker(pytest.mark.block_network(allowed_hosts=LOOPBACK_HOSTS))
    items[:] = slowest_files_first(items, FILE_SECONDS)


# The seconds each test file took (tests/file_seconds.py writes it from a junit report).
FILE_SECONDS = REPO / "tests" / "file_seconds.json"


def slowest_files_first(items: list[pytest.Item], seconds_file: Path) -> list[pytest.Item]:
    """The tests with their files in order of the seconds they took, slowest first; a file
    not listed counts as the median one, and each file keeps its own tests' order.

    scripts/test runs `--dist loadfile --no-loadscope-reorder`: xdist hands whole files to
    its two workers in this order, so a long file never starts last and leaves one worker
    running alone (longest-first scheduling)."""
    try:
        seconds: dict[str, float] = json.loads(seconds_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return items
    known = sorted(seconds.values())
    median = known[len(known) // 2] if known else 0.0
    # a stable sort: the tests of one file stay together and in their order
    return sorted(items, key=lambda item: -seconds.get(item.path.name, median))


@pytest.fixture(autouse=True)
def _no_provider_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's real keys must not reach a test (or the loopback server, or a cassette)."""
    if os.environ.get(RECORD_MODEL_ENV) or os.environ.get("CONSENSUS_RECORD_EMBED_MODEL"):
        return
    for name in list(os.environ):
        if name.endswith(("_API_KEY", "_API_TOKEN")) or name in ("OPENAI_ORGANIZATION",):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _private_cache_and_no_model(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or fills the developer's real claim cache, or inherits their model."""
    monkeypatch.setenv("CONSENSUS_CACHE_DIR", str(tmp_path_factory.mktemp("consensus-cache")))
    for name in (
        "CONSENSUS_MODEL",
        "CONSENSUS_API_BASE",
        "CONSENSUS_EMBED_MODEL",
        "CONSENSUS_TIMEOUT",
        "CONSENSUS_MAX_CHUNK_CHARS",
        "CONSENSUS_CACHE_SIZE_LIMIT",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def loopback_server() -> Iterator[LoopbackServer]:
    """An OpenAI-compatible server on 127.0.0.1 that answers without any model."""
    with LoopbackServer() as server:
        yield server


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in [n for n in headers if _DROP_RESPONSE_HEADERS.match(n)]:
        del headers[name]
    # Servers echo keys in error bodies ("Incorrect API key provided: sk-..."): redact them.
    body = response.get("body") or {}
    raw = body.get("string")
    if isinstance(raw, bytes):
        try:
            body["string"] = redact(raw.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:  # compressed or binary: not text a key could be read from
            pass
    elif isinstance(raw, str):
        body["string"] = redact(raw)
    return response


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    # No "record_mode" key here: pytest-recording lets a config value override the
    # --record-mode option, and re-recording must stay a command-line decision.
    return {
        "filter_headers": _SECRET_HEADERS,
        "filter_query_parameters": ["key", "api_key", "api-key"],
        # Not host/port: the loopback server's port is random, and replay needs no server.
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,
        "before_record_response": _scrub_response,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """cassettes/<test module>/ at the repository root (not tests/cassettes/)."""
    return str(CASSETTES / request.path.stem)
