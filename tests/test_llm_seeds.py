"""The five seed articles through litellm's real HTTP client, recorded as cassettes.

Two kinds of cassette, never mixed (see cassettes/README.md):

* ``test_seed_against_reference[<id>]``: litellm -> the loopback test server, which answers
  with the HAND-ANNOTATED reference extraction ``tests/reference/<id>.json``. No model is
  involved; every recorded response says so in its ``X-Consensus-Response-Source`` header.
  Re-record:  ``pytest tests/test_llm_seeds.py --record-mode=rewrite``
* ``test_seed_with_provider[<id>]``: litellm -> a real provider. Exists only once someone
  records it with a key:
  ``CONSENSUS_RECORD_MODEL=openai/gpt-4o-mini OPENAI_API_KEY=... \
  pytest tests/test_llm_seeds.py --record-mode=rewrite``
  (``CONSENSUS_RECORD_API_BASE`` for an OpenAI-compatible server). Model output varies, so it
  asserts only grounding and sanity.

By default (record mode ``none``) both replay from cassettes: no server, no network, no key.
A changed prompt, schema or litellm request body no longer matches its cassette (vcrpy
matches on method, path and body) and the test fails until the cassettes are re-recorded.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from loopback_server import (
    HASHED_EMBEDDING_MODEL,
    NOT_A_MODEL,
    REFERENCE_MODEL,
    SCRIPTED_MODEL,
    SOURCE_HEADER,
    LoopbackServer,
)

from consensus.llm import extract_with_llm
from consensus.models import Article, ClaimSet

REPO = Path(__file__).resolve().parent.parent
CASSETTES = REPO / "cassettes"
RECORD_MODEL_ENV = "CONSENSUS_RECORD_MODEL"
SEEDS_DIR = REPO / "seeds"
REFERENCE_DIR = REPO / "tests" / "reference"
SEED_IDS = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
MY_CASSETTES = CASSETTES / Path(__file__).stem

# The model string sent to the loopback server: its wire name says what answers.
LOOPBACK_MODEL = f"openai/{REFERENCE_MODEL}"
PROVIDER_MODEL = os.environ.get(RECORD_MODEL_ENV) or None
PROVIDER_API_BASE = os.environ.get("CONSENSUS_RECORD_API_BASE") or None
# Which model and api base the provider cassettes were recorded with (needed to replay them).
PROVIDER_SIDECAR = MY_CASSETTES / "provider.json"

RECORDING = "config.getoption('--record-mode') not in (None, 'none')"


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    # A stale cassette surfaces as a connection error, which llm.py retries with backoff.
    from consensus import llm

    monkeypatch.setattr(llm, "BACKOFF_BASE", 0.0)


def load_seed(seed: str) -> Article:
    path = SEEDS_DIR / f"{seed}.txt"
    try:
        from consensus.ingest import load_articles
    except ImportError:  # pragma: no cover - before ingest existed
        return Article(id=seed, text=path.read_text(encoding="utf-8"))
    [article] = load_articles([path])
    assert article.id == seed
    return article


def assert_grounded(article: Article, result: ClaimSet) -> None:
    for claim in result.claims:
        assert claim.evidence
        for e in claim.evidence:
            assert article.text[e.start : e.end] == e.quote, (claim.statement, e)


# Reference claims whose quote is a paraphrase sharing one content word with the statement
# ("the risky cross-border gambit which started in August"): dropped as unsupported.
WEAK = {
    ("002_1b10b77f631b737a", "Ukraine launched its incursion into the Kursk region in August 2024.")
}


@pytest.mark.vcr
@pytest.mark.skipif(
    PROVIDER_MODEL is not None,
    reason=f"{RECORD_MODEL_ENV} is set: only the provider cassettes are being recorded",
)
@pytest.mark.parametrize("seed", SEED_IDS)
async def test_seed_against_reference(
    seed: str, loopback_server: LoopbackServer, vcr: Any, record_mode: str
) -> None:
    article = load_seed(seed)
    reference = json.loads((REFERENCE_DIR / f"{seed}.json").read_text(encoding="utf-8"))

    result = await extract_with_llm(
        article, model=LOOPBACK_MODEL, api_base=loopback_server.base_url
    )

    assert_grounded(article, result)
    # Every reference claim comes back, except those whose quotes do not carry the statement
    # (consensus.evidence): one hand-annotated claim quotes only a paraphrase.
    kept = [c.statement for c in result.claims]
    expected = [c["statement"] for c in reference["claims"] if (seed, c["statement"]) not in WEAK]
    assert kept == expected
    assert result.dropped == len(reference["claims"]) - len(expected)
    assert all(w.startswith("dropped a claim: evidence does not") for w in result.warnings)
    assert len(result.warnings) == result.dropped
    assert result.usage.requests == 1 and result.usage.cost_usd == 0.0
    if record_mode == "none":
        # Replayed: the answer came from the cassette, not from the server.
        assert loopback_server.request_count == 0
        assert vcr.all_played
    else:
        assert loopback_server.request_count == 1


def _placeholder_keys(monkeypatch: pytest.MonkeyPatch, model: str) -> None:
    """Replay needs no key, but litellm's clients refuse to start without one."""
    import litellm

    for name in litellm.validate_environment(model=model).get("missing_keys", []):
        monkeypatch.setenv(name, "replay-placeholder")


@pytest.mark.vcr
@pytest.mark.skipif(
    f"{RECORDING} and not os.environ.get({RECORD_MODEL_ENV!r})",
    reason=f"re-recording provider cassettes needs {RECORD_MODEL_ENV} and a key",
)
@pytest.mark.skipif(
    PROVIDER_MODEL is None and not PROVIDER_SIDECAR.exists(),
    reason="no provider cassettes recorded yet (needs a key; see cassettes/README.md)",
)
@pytest.mark.parametrize("seed", SEED_IDS)
async def test_seed_with_provider(
    seed: str, record_mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if PROVIDER_MODEL is not None:
        if record_mode == "none":
            pytest.fail(f"{RECORD_MODEL_ENV} is set: add --record-mode=rewrite to record")
        model, api_base = PROVIDER_MODEL, PROVIDER_API_BASE
    else:
        recorded = json.loads(PROVIDER_SIDECAR.read_text(encoding="utf-8"))
        model, api_base = recorded["model"], recorded["api_base"]
        _placeholder_keys(monkeypatch, model)
    article = load_seed(seed)

    result = await extract_with_llm(article, model=model, api_base=api_base)

    assert_grounded(article, result)
    assert result.claims, "a real model found no grounded claim in a news article"
    assert result.usage.requests >= 1 and result.usage.prompt_tokens > 0
    assert all(len(c.statement) >= 3 and c.subject for c in result.claims)
    if PROVIDER_MODEL is not None:
        PROVIDER_SIDECAR.parent.mkdir(parents=True, exist_ok=True)
        PROVIDER_SIDECAR.write_text(
            json.dumps(
                {
                    "_provenance": "cassettes test_seed_with_provider[*] were recorded from "
                    "this real model; its answers are model output",
                    "model": model,
                    "api_base": api_base,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )


# --- Every cassette says honestly where its responses came from, and holds no key ---------

_KEY_SHAPED = re.compile(
    r"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{16,}|Bearer\s+[A-Za-z0-9_\-\.=]{8,}", re.IGNORECASE
)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_SECRET_REQUEST_HEADERS = {"authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie"}


def _cassette_files() -> list[Path]:
    return sorted(p for p in CASSETTES.rglob("*") if p.suffix in (".yaml", ".yml"))


def _header(headers: dict[str, Any], name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return str(value[0] if isinstance(value, list) else value)
    return None


def _problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    problems = [f"key-shaped string {m.group(0)[:12]}..." for m in _KEY_SHAPED.finditer(text)]
    data = yaml.safe_load(text) or {}
    is_provider = path.name.startswith(("test_seed_with_provider", "test_embed_with_provider"))
    for n, interaction in enumerate(data.get("interactions") or []):
        request, response = interaction["request"], interaction["response"]
        for name in request.get("headers") or {}:
            if name.lower() in _SECRET_REQUEST_HEADERS:
                problems.append(f"#{n}: request header {name} was recorded")
        source = _header(response.get("headers") or {}, SOURCE_HEADER)
        try:
            body = json.loads((response.get("body") or {}).get("string") or "null")
        except (TypeError, json.JSONDecodeError):
            body = None
        wire_model = body.get("model") if isinstance(body, dict) else None
        ours = wire_model in (REFERENCE_MODEL, SCRIPTED_MODEL, HASHED_EMBEDDING_MODEL)
        if is_provider:
            # A provider cassette must hold real model output, never our stand-ins.
            if source is not None or ours:
                problems.append(f"#{n}: provider cassette holds a loopback-server response")
            continue
        host = urlparse(request["uri"]).hostname
        if host in _LOOPBACK and source is None:
            problems.append(f"#{n}: loopback response without {SOURCE_HEADER}")
        if source is not None and response["status"]["code"] == 200 and wire_model is not None:
            if not ours or body.get("system_fingerprint") != NOT_A_MODEL:
                problems.append(f"#{n}: labelled response claims model {wire_model!r}")
    return problems


def test_cassettes_are_honest_and_keyless() -> None:
    files = _cassette_files()
    assert len([p for p in files if p.parent == MY_CASSETTES]) >= len(SEED_IDS)
    problems = {str(p.relative_to(REPO)): _problems(p) for p in files}
    assert {k: v for k, v in problems.items() if v} == {}


def test_no_stale_cassettes() -> None:
    expected = {f"test_seed_against_reference[{s}].yaml" for s in SEED_IDS}
    expected |= {f"test_seed_with_provider[{s}].yaml" for s in SEED_IDS}
    present = {p.name for p in MY_CASSETTES.glob("*.yaml")}
    assert present <= expected, f"cassettes no test replays: {sorted(present - expected)}"


def test_reference_cassettes_carry_the_reference_source() -> None:
    for seed in SEED_IDS:
        path = MY_CASSETTES / f"test_seed_against_reference[{seed}].yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        [interaction] = data["interactions"]
        source = _header(interaction["response"]["headers"], SOURCE_HEADER)
        assert source == f"hand-annotated reference (tests/reference/{seed}.json), not model output"
