"""Embeddings through litellm (`--embed-model`): the wire, the cache, the errors.

* ``test_summarize_with_embed_model_over_the_wire``: ``consensus summarize seeds/
  --embed-model openai/text-embedding-3-small --api-base <loopback>`` through litellm's real
  HTTP client, replayed from ``cassettes/test_embed/``. The recorded answers come from
  `tests/loopback_server.py`: hashed bag-of-words vectors, NOT a model's (header
  ``X-Consensus-Response-Source: scripted: hashed bag-of-words embedding, not a model``).
  Re-record (deterministic; after a change to the offline extractor, the merger's
  `texts_to_embed` or litellm's request body):
  ``pytest tests/test_embed.py --record-mode=rewrite``
* ``test_embed_with_provider``: a real provider's embeddings, once someone records them:
  ``CONSENSUS_RECORD_EMBED_MODEL=openai/text-embedding-3-small OPENAI_API_KEY=... \
  pytest tests/test_embed.py --record-mode=rewrite``
  (``CONSENSUS_RECORD_API_BASE`` for an OpenAI-compatible server or Ollama).
* The rest run against a live loopback server (errors, retries) or no server at all.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from loopback_server import HASHED_EMBEDDING_SOURCE, SOURCE_HEADER, LoopbackServer, Reply
from typer.testing import CliRunner

from consensus.cache import ClaimCache
from consensus.cli import app
from consensus.errors import ConfigError, EmbeddingError
from consensus.vectors import _cache_key, embed_texts

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
MY_CASSETTES = REPO / "cassettes" / Path(__file__).stem
RECORD_EMBED_ENV = "CONSENSUS_RECORD_EMBED_MODEL"
PROVIDER_EMBED_MODEL = os.environ.get(RECORD_EMBED_ENV) or None
PROVIDER_API_BASE = os.environ.get("CONSENSUS_RECORD_API_BASE") or None
PROVIDER_SIDECAR = MY_CASSETTES / "provider.json"
RECORDING = "config.getoption('--record-mode') not in (None, 'none')"

EMBED_MODEL = "openai/text-embedding-3-small"
OTHER_EMBED_MODEL = "openai/text-embedding-3-large"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_backoff_no_embed_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from consensus import llm

    monkeypatch.setattr(llm, "BACKOFF_BASE", 0.0)
    monkeypatch.delenv("CONSENSUS_EMBED_MODEL", raising=False)


@pytest.fixture
def merged_vectors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The `Vectors` every merge of the test was handed (a spy on consensus.merge.merge)."""
    import consensus.merge

    seen: list[Any] = []
    real = consensus.merge.merge

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("vectors"))
        return real(*args, **kwargs)

    monkeypatch.setattr(consensus.merge, "merge", spy)
    yield seen


def _summarize(*extra: str) -> Any:
    return runner.invoke(app, ["summarize", str(SEEDS), "--format", "json", *extra])


# --- On the wire, recorded ----------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.skipif(
    PROVIDER_EMBED_MODEL is not None,
    reason=f"{RECORD_EMBED_ENV} is set: only the provider cassette is being recorded",
)
def test_summarize_with_embed_model_over_the_wire(
    loopback_server: LoopbackServer,
    vcr: Any,
    record_mode: str,
    tmp_path: Path,
    merged_vectors: list[Any],
) -> None:
    replaying = record_mode == "none"

    def calls() -> list[str]:
        """Paths of the embedding requests answered so far (from the cassette or server)."""
        if replaying:
            return [r.path for r in vcr.requests[: vcr.play_count]]
        return [r.path for r in loopback_server.requests if r.method == "POST"]

    common = ["--api-base", loopback_server.base_url, "--cache-dir", str(tmp_path / "cache")]
    stale = "stale cassette? re-record: pytest tests/test_embed.py --record-mode=rewrite"

    first = _summarize("--embed-model", EMBED_MODEL, *common)
    assert first.exit_code == 0, f"{first.stderr}\n{stale}"
    report = json.loads(first.stdout)
    assert len(report["articles"]) == 5
    assert report["agreed"] or report["contested"] or report["single_source"]
    sent = calls()
    assert sent and set(sent) == {"/v1/embeddings"}
    [vectors] = merged_vectors  # the merger aligned with the provider's vectors
    assert vectors.model == EMBED_MODEL and vectors.dim == 16 and len(vectors) > 100

    again = _summarize("--embed-model", EMBED_MODEL, *common)
    assert again.exit_code == 0, again.stderr
    assert calls() == sent, "a re-run with the same cache must make no embedding request"
    assert again.stdout == first.stdout
    assert "5 from cache" in again.stderr

    other = _summarize("--embed-model", OTHER_EMBED_MODEL, *common)
    assert other.exit_code == 0, f"{other.stderr}\n{stale}"
    more = calls()[len(sent) :]
    assert more and set(more) == {"/v1/embeddings"}, "another embed model must miss the cache"
    assert merged_vectors[-1].model == OTHER_EMBED_MODEL
    if replaying:
        assert loopback_server.request_count == 0  # every answer came from the cassette
        assert vcr.all_played
    else:
        bodies = [r.body for r in loopback_server.embedding_requests]
        assert {b["model"] for b in bodies} == {
            EMBED_MODEL.split("/")[1],
            OTHER_EMBED_MODEL.split("/")[1],
        }


def test_cassette_is_labelled_as_hashed_bag_of_words() -> None:
    import yaml

    path = MY_CASSETTES / "test_summarize_with_embed_model_over_the_wire.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    interactions = data["interactions"]
    assert interactions
    for interaction in interactions:
        headers = {k.lower(): v for k, v in interaction["response"]["headers"].items()}
        assert headers[SOURCE_HEADER.lower()] == [HASHED_EMBEDDING_SOURCE]
        assert interaction["request"]["uri"].endswith("/v1/embeddings")
        body = json.loads(interaction["response"]["body"]["string"])
        assert body["model"] == "hashed-bag-of-words"


def test_no_stale_cassettes_here() -> None:
    expected = {
        "test_summarize_with_embed_model_over_the_wire.yaml",
        "test_embed_with_provider.yaml",
        "provider.json",
    }
    present = {p.name for p in MY_CASSETTES.iterdir()}
    assert present <= expected, f"files no test replays: {sorted(present - expected)}"


@pytest.mark.vcr
@pytest.mark.skipif(
    f"{RECORDING} and not os.environ.get({RECORD_EMBED_ENV!r})",
    reason=f"re-recording the provider cassette needs {RECORD_EMBED_ENV} and a key",
)
@pytest.mark.skipif(
    PROVIDER_EMBED_MODEL is None and not PROVIDER_SIDECAR.exists(),
    reason="no provider embedding cassette recorded yet (needs a key; see cassettes/README.md)",
)
def test_embed_with_provider(
    record_mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if PROVIDER_EMBED_MODEL is not None:
        if record_mode == "none":
            pytest.fail(f"{RECORD_EMBED_ENV} is set: add --record-mode=rewrite to record")
        model, api_base = PROVIDER_EMBED_MODEL, PROVIDER_API_BASE
    else:
        recorded = json.loads(PROVIDER_SIDECAR.read_text(encoding="utf-8"))
        model, api_base = recorded["model"], recorded["api_base"]
        import litellm

        for name in litellm.validate_environment(model=model).get("missing_keys", []):
            monkeypatch.setenv(name, "replay-placeholder")
    texts = [
        "At least seven people were killed when a tram derailed.",
        "Seven killed as tram derails.",
        "The driver was arrested.",
    ]
    vectors = embed_texts(texts, embed_model=model, api_base=api_base, timeout=60)
    a, b, c = (vectors.get(t) for t in texts)
    assert a is not None and b is not None and c is not None
    # A real model puts the two reports of the deaths nearer than the arrest.
    assert float(a @ b) > float(a @ c)
    if PROVIDER_EMBED_MODEL is not None:
        PROVIDER_SIDECAR.write_text(
            json.dumps(
                {
                    "_provenance": "cassette test_embed_with_provider was recorded from this "
                    "real embedding model; its vectors are model output",
                    "model": model,
                    "api_base": api_base,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )


# --- Live loopback server: retries, errors, secrets ---------------------------------------


def test_transient_error_is_retried_and_counted(loopback_server: LoopbackServer) -> None:
    from consensus.llm import embed_with_litellm

    loopback_server.script_embeddings(Reply.error(503, retry_after=0))
    rows = embed_with_litellm(
        ["one text", "another text"], model=EMBED_MODEL, api_base=loopback_server.base_url
    )
    assert len(rows) == 2 and len(rows[0]) == 16
    assert math.isclose(sum(x * x for x in rows[0]), 1.0, rel_tol=1e-3)
    assert len(loopback_server.embedding_requests) == 2  # litellm/openai did not retry too


def test_retries_are_bounded_by_ours_alone(loopback_server: LoopbackServer) -> None:
    from consensus.llm import TRANSIENT_RETRIES, embed_with_litellm

    loopback_server.script_embeddings(*[Reply.error(429, retry_after=0)] * 10)
    with pytest.raises(EmbeddingError, match="429"):
        embed_with_litellm(["a text"], model=EMBED_MODEL, api_base=loopback_server.base_url)
    # not 3 x 3: the OpenAI client litellm drives must not retry on its own
    assert len(loopback_server.embedding_requests) == TRANSIENT_RETRIES + 1


def test_permanent_error_names_the_model_and_is_not_retried(
    loopback_server: LoopbackServer,
) -> None:
    from consensus.llm import embed_with_litellm

    loopback_server.script_embeddings(
        Reply.error(401, "Incorrect API key provided: sk-abcdef1234567890")
    )
    with pytest.raises(EmbeddingError) as caught:
        embed_with_litellm(["a text"], model=EMBED_MODEL, api_base=loopback_server.base_url)
    message = str(caught.value)
    assert message.startswith(f"embeddings: model {EMBED_MODEL}: ")
    assert "401" in message and "sk-abcdef" not in message and "\n" not in message
    assert len(loopback_server.embedding_requests) == 1


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ({"data": [{"index": 0, "embedding": [0.1, 0.2]}]}, "1 embeddings for 2 texts"),
        (
            {"data": [{"index": 0, "embedding": [0.1]}, {"index": 1, "embedding": [0.1, 0.2]}]},
            "different lengths",
        ),
        ({"data": [{"index": 0, "embedding": []}, {"index": 1, "embedding": [1]}]}, "no embedding"),
        ({"object": "list"}, "no data list"),
    ],
)
def test_a_wrong_answer_is_refused(
    loopback_server: LoopbackServer, answer: dict[str, Any], problem: str
) -> None:
    from consensus.llm import embed_with_litellm

    loopback_server.script_embeddings(Reply.text(json.dumps({"object": "list", **answer})))
    with pytest.raises(EmbeddingError, match=problem):
        embed_with_litellm(["one", "two"], model=EMBED_MODEL, api_base=loopback_server.base_url)


def test_refused_connection_fails_the_run_in_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = _summarize(
        "--embed-model",
        EMBED_MODEL,
        "--api-base",
        f"http://user:hunter2secret@127.0.0.1:{port}/v1",
        "--cache-dir",
        str(tmp_path),
    )
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines == [
        f"error: embeddings: model {EMBED_MODEL}: connection refused "
        "(is the server running at --api-base?)"
    ]
    assert "hunter2" not in result.stderr
    # The claims were cached before the embedding call failed: a re-run pays only for that.
    with ClaimCache(tmp_path) as cache:
        assert cache.info()["entries"] == 5


def test_api_base_needs_a_model_or_an_embed_model() -> None:
    from consensus.extract import resolve_options

    with pytest.raises(ConfigError, match="--api-base needs --model or --embed-model"):
        resolve_options(None, "http://127.0.0.1:1/v1")
    options = resolve_options(None, "http://127.0.0.1:1/v1", embed_model=EMBED_MODEL)
    assert options.model is None and options.embed_model == EMBED_MODEL


def test_help_names_embed_model_without_importing_litellm_or_wordllama() -> None:
    code = (
        "import sys\n"
        "from consensus.cli import app\n"
        "from typer.testing import CliRunner\n"
        "for cmd in ('summarize', 'batch'):\n"
        "    r = CliRunner().invoke(app, [cmd, '--help'])\n"
        "    assert r.exit_code == 0 and '--embed-model' in r.output, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('litellm', 'wordllama')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_batch_fingerprint_names_the_embed_model() -> None:
    from consensus.batching import StoryInput, story_fingerprint
    from consensus.extract import resolve_options
    from consensus.models import Article

    story = StoryInput(id="s", dir="s", title=None, articles=(Article(id="a", text="Text."),))
    offline = story_fingerprint(story, resolve_options())
    base = "http://127.0.0.1:9/v1"
    one = story_fingerprint(story, resolve_options(None, base, embed_model=EMBED_MODEL))
    other = story_fingerprint(story, resolve_options(None, base, embed_model=OTHER_EMBED_MODEL))
    assert len({offline, one, other}) == 3
    assert offline == story_fingerprint(story, resolve_options())


# --- Vectors in the claim cache -----------------------------------------------------------


def test_vector_entries_round_trip_as_json(tmp_path: Path) -> None:
    key = _cache_key(EMBED_MODEL, "Seven killed as tram derails.", "http://u:pw@127.0.0.1:9/v1")
    with ClaimCache(tmp_path) as cache:
        cache.set_vector(key, [0.25, -0.5, 1])
        assert cache.get_vector(key) == [0.25, -0.5, 1.0]
        raw = cache._cache.get(key)
    assert json.loads(raw) == {"kind": "embedding", "key": key, "vector": [0.25, -0.5, 1.0]}
    assert key.startswith("emb:") and "127.0.0.1" not in key + raw and "pw" not in raw


def test_vector_key_hashes_model_endpoint_and_text() -> None:
    text = "The driver was arrested."
    keys = {
        _cache_key(EMBED_MODEL, text),
        _cache_key(OTHER_EMBED_MODEL, text),
        _cache_key(EMBED_MODEL, text + " "),
        _cache_key(EMBED_MODEL, text, "http://127.0.0.1:11434/v1"),
    }
    assert len(keys) == 4
    # credentials and a trailing slash do not name another server
    assert _cache_key(EMBED_MODEL, text, "http://a:b@127.0.0.1:11434/v1/") == _cache_key(
        EMBED_MODEL, text, "http://127.0.0.1:11434/v1"
    )


@pytest.mark.parametrize(
    "stored",
    [
        "not json at all",
        json.dumps({"kind": "embedding", "key": "emb:other", "vector": [1.0]}),  # misfiled
        json.dumps({"kind": "embedding", "key": "KEY", "vector": []}),
        json.dumps({"kind": "embedding", "key": "KEY", "vector": "0.1,0.2"}),
        '{"kind": "embedding", "key": "KEY", "vector": [0.1, NaN]}',
        json.dumps({"kind": "embedding", "key": "KEY", "vector": [0.1, True]}),
        json.dumps({"schema_version": "x", "key": "KEY", "claim_set": {}}),  # not a vector
        b"\x80\x04pickled",
    ],
)
def test_corrupt_vector_entry_is_dropped_and_recomputed(tmp_path: Path, stored: Any) -> None:
    key = _cache_key(EMBED_MODEL, "a text")
    with ClaimCache(tmp_path) as cache:
        value = stored.replace("KEY", key) if isinstance(stored, str) else stored
        cache._cache.set(key, value)
        assert cache.get_vector(key) is None
        assert cache.dropped == 1 and key not in cache._cache
        cache.set_vector(key, [0.5, 0.5])
        assert cache.get_vector(key) == [0.5, 0.5]


def test_a_bad_row_is_never_stored(tmp_path: Path) -> None:
    from consensus.errors import CacheError

    with ClaimCache(tmp_path) as cache:
        for row in ([], [float("inf")], "0.1"):
            with pytest.raises(CacheError, match="not a vector"):
                cache.set_vector("emb:x", row)  # type: ignore[arg-type]
        assert cache.info()["entries"] == 0


def test_embed_texts_uses_cached_rows_and_sends_only_the_missing(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    base = loopback_server.base_url
    with ClaimCache(tmp_path) as cache:
        first = embed_texts(
            ["b text", "a text"], embed_model=EMBED_MODEL, api_base=base, cache=cache
        )
        again = embed_texts(
            ["a text", "c text", "b text"], embed_model=EMBED_MODEL, api_base=base, cache=cache
        )
    sent = [r.body["input"] for r in loopback_server.embedding_requests]
    assert sent == [["a text", "b text"], ["c text"]]
    assert first.model == EMBED_MODEL and len(again) == 3
    assert float(first.get("a text") @ again.get("a text")) == pytest.approx(1.0)


def test_batch_with_embed_model_reruns_a_story_when_the_model_changes(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    def batch(model: str) -> Any:
        args = ["batch", str(SEEDS), "--out", str(tmp_path / "brief")]
        args += ["--embed-model", model, "--api-base", loopback_server.base_url]
        return runner.invoke(app, [*args, "--cache-dir", str(tmp_path / "cache")])

    first = batch(EMBED_MODEL)
    assert first.exit_code == 0, first.stderr
    assert "1 run, 0 skipped" in first.stderr
    sent = len(loopback_server.embedding_requests)
    assert sent > 0
    assert "0 run, 1 skipped" in batch(EMBED_MODEL).stderr
    assert len(loopback_server.embedding_requests) == sent  # nothing re-embedded
    other = batch(OTHER_EMBED_MODEL)
    assert "1 run, 0 skipped" in other.stderr
    assert len(loopback_server.embedding_requests) > sent
