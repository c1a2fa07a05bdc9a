"""A real OpenAI-compatible HTTP server on 127.0.0.1 that answers WITHOUT any model.

It exists so tests can drive litellm's real HTTP client end to end (sockets, JSON, retries,
status codes) with no network and no language model. Nothing it serves is model output, and
every response says so:

* header ``X-Consensus-Response-Source``: ``hand-annotated reference (tests/reference/<id>.json),
  not model output`` or ``scripted test reply, not model output`` (or, for its own errors,
  ``loopback server error, not model output``);
* body ``"model"``: ``"reference-annotation"`` or ``"scripted-reply"``, and
  ``"system_fingerprint": "not-a-model"``.

Two responders:

* a *script*: a queue of `Reply` objects a test pushes (``server.script(Reply.answer(...),
  ...)``); each request pops the next one. A *per-article script*
  (``server.script_for(article_id, Reply.error(500), ...)``) is a queue consulted first, only
  by requests whose text contains that article id (longest id wins), so a fault can be aimed
  at one article of a concurrent multi-article run. Fault modes are replies too: `Reply.error`
  (429 with Retry-After, 500, 503 ...), `Reply.reset` (TCP reset, no response),
  `Reply.hang` (no answer until the client times out), `Reply.malformed`, `Reply.truncated`
  (finish_reason "length"), `Reply.looping` (an answer that runs to max_tokens), and any
  content you like (invented quotes, empty claim lists);
* a *responder* (``server.set_responder(fn)``): a function of the request body returning a
  `Reply` (or None to pass), consulted when no script applies; e.g. one that quotes from the
  article text it was sent, between the prompt's BEGIN/END boundary lines;
* when none of those applies, the *reference* responder: it answers with the hand-annotated
  extraction in ``tests/reference/<article-id>.json`` whose article id appears in the request.

Token counts in ``usage`` are a heuristic (max of whitespace words and characters / 4), so
they are realistic in size but are not any tokenizer's count.

Stdlib only, so it also runs on its own:

    python tests/loopback_server.py --port 8765 [--latency 1.0] [--reference-dir DIR]

prints its base URL (``http://127.0.0.1:8765/v1``) and serves until interrupted.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import re
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SOURCE_HEADER = "X-Consensus-Response-Source"
SCRIPTED_SOURCE = "scripted test reply, not model output"
SERVER_ERROR_SOURCE = "loopback server error, not model output"
MODEL_LIST_SOURCE = "loopback server model list, not model output"
REFERENCE_MODEL = "reference-annotation"
SCRIPTED_MODEL = "scripted-reply"
NOT_A_MODEL = "not-a-model"
# /v1/embeddings: no model either; the vectors are hashed word counts (`hashed_embedding`).
HASHED_EMBEDDING_MODEL = "hashed-bag-of-words"
HASHED_EMBEDDING_SOURCE = "scripted: hashed bag-of-words embedding, not a model"
HASHED_EMBEDDING_DIM = 16  # small: recorded answers stay small
DEFAULT_REFERENCE_DIR = Path(__file__).resolve().parent / "reference"


def reference_source(article_id: str) -> str:
    return f"hand-annotated reference (tests/reference/{article_id}.json), not model output"


def count_tokens(text: str) -> int:
    """A tokenizer-free estimate: the larger of whitespace words and characters / 4."""
    if not text:
        return 0
    return max(len(text.split()), math.ceil(len(text) / 4))


# --- What the server can be told to do ----------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One scripted reply. Build it with the class methods, not by hand."""

    kind: str  # "content" | "error" | "reset" | "hang" | "loop"
    content: str = ""
    finish_reason: str = "stop"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    seconds: float = 0.0

    @classmethod
    def answer(cls, claims: Iterable[dict[str, Any]]) -> Reply:
        """A well-formed answer: ``{"claims": [...]}`` with the given ClaimDraft dicts."""
        return cls.text(json.dumps({"claims": list(claims)}, ensure_ascii=False))

    @classmethod
    def text(cls, content: str, finish_reason: str = "stop") -> Reply:
        """Any assistant message content (invented quotes, empty lists, prose ...)."""
        return cls(kind="content", content=content, finish_reason=finish_reason)

    @classmethod
    def malformed(cls) -> Reply:
        """Content that is not JSON at all."""
        return cls.text('{"claims": [{"statement": "unterminated')

    @classmethod
    def truncated(cls, claims: Iterable[dict[str, Any]]) -> Reply:
        """A JSON answer cut in half, as a model stopped by max_tokens sends it."""
        full = json.dumps({"claims": list(claims)}, ensure_ascii=False)
        return cls.text(full[: max(1, len(full) // 2)], finish_reason="length")

    @classmethod
    def looping(cls, context_tokens: int = 8192) -> Reply:
        """A model that repeats itself until it is stopped: the answer grows to the request's
        `max_tokens` (or, with none, to `context_tokens`) and ends with finish_reason
        "length", as llama.cpp servers answered with a 135M model (issue 11)."""
        return cls(kind="loop", status=context_tokens)

    @classmethod
    def error(cls, status: int, message: str = "", retry_after: float | None = None) -> Reply:
        """An OpenAI-style error body with the given HTTP status (429, 500, 503 ...)."""
        headers: tuple[tuple[str, str], ...] = ()
        if retry_after is not None:
            headers = (("Retry-After", f"{retry_after:g}"),)
        body = {
            "error": {
                "message": message or f"scripted HTTP {status} from the loopback test server",
                "type": "scripted_error",
                "code": status,
            }
        }
        return cls(kind="error", status=status, headers=headers, body=json.dumps(body).encode())

    @classmethod
    def reset(cls) -> Reply:
        """Close the connection with a TCP reset before sending anything."""
        return cls(kind="reset")

    @classmethod
    def hang(cls, seconds: float) -> Reply:
        """Send nothing for `seconds` (longer than the client timeout), then close."""
        return cls(kind="hang", seconds=seconds)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; header names are lower case."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    received_at: float = 0.0  # time.monotonic() when the request was read

    @property
    def text(self) -> str:
        """All message contents of a chat request, joined (empty for other requests)."""
        return _message_text(self.body) if self.body else ""


@dataclass
class _State:
    latency: float
    reference_dir: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    script: deque[Reply] = field(default_factory=deque)
    article_scripts: dict[str, deque[Reply]] = field(default_factory=dict)
    responder: Callable[[dict[str, Any]], Reply | None] | None = None
    requests: list[RecordedRequest] = field(default_factory=list)
    served_usage: list[dict[str, int]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    slots: threading.Semaphore | None = None  # a server that answers N requests at a time
    in_flight: int = 0  # completion requests being handled right now
    max_in_flight: int = 0  # the most ever handled at once (a concurrency limit shows here)
    embedding_script: deque[Reply] = field(default_factory=deque)  # for /v1/embeddings only


def _message_text(body: dict[str, Any]) -> str:
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


def find_reference(reference_dir: Path, request_text: str) -> tuple[str, dict[str, Any]] | None:
    """The reference annotation whose article id occurs in the request (longest id wins)."""
    if not reference_dir.is_dir():
        return None
    best: tuple[str, Path] | None = None
    for path in sorted(reference_dir.glob("*.json")):
        article_id = path.stem
        if article_id in request_text and (best is None or len(article_id) > len(best[0])):
            best = (article_id, path)
    if best is None:
        return None
    data = json.loads(best[1].read_text(encoding="utf-8"))
    return best[0], data


def _pop_article_reply(scripts: dict[str, deque[Reply]], request_text: str) -> Reply | None:
    """The next reply scripted for the article whose id occurs in the request (longest id)."""
    best = max((i for i, q in scripts.items() if q and i in request_text), key=len, default=None)
    return scripts[best].popleft() if best is not None else None


# --- The HTTP side ------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read counters
        pass

    # GET /v1/models
    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            data = {
                "object": "list",
                "data": [
                    {"id": REFERENCE_MODEL, "object": "model", "created": 0, "owned_by": "tests"},
                    {"id": SCRIPTED_MODEL, "object": "model", "created": 0, "owned_by": "tests"},
                ],
            }
            self._send_json(200, data, MODEL_LIST_SOURCE)
        elif self.path.rstrip("/") == "/stats":  # counters for a server in another process
            state = self.server.state
            with state.lock:
                stats = {
                    "requests": sum(1 for r in state.requests if r.method == "POST"),
                    "max_in_flight": state.max_in_flight,
                }
            self._send_json(200, stats, "loopback server counters, not model output")
        else:
            self._send_error_json(404, f"no route {self.path}")

    # POST /v1/chat/completions
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._record(None)
            self._send_error_json(400, "request body is not JSON")
            return
        self._record(body)
        state = self.server.state
        with state.lock:
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            if state.slots is None:
                self._answer(body, state)
            else:  # like llama.cpp with -np N: the others wait their turn inside the server
                with state.slots:
                    self._answer(body, state)
        finally:
            with state.lock:
                state.in_flight -= 1

    def _answer(self, body: dict[str, Any], state: _State) -> None:
        if state.latency:
            time.sleep(state.latency)
        if self.path.rstrip("/") in ("/v1/embeddings", "/embeddings"):
            self._answer_embeddings(body, state)
            return
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._send_error_json(404, f"no route {self.path}")
            return
        if body.get("stream"):
            self._send_error_json(400, "the loopback server does not stream")
            return
        text = _message_text(body)
        with state.lock:
            reply = _pop_article_reply(state.article_scripts, text)
            if reply is None and state.script:
                reply = state.script.popleft()
            responder = state.responder
        if reply is None and responder is not None:
            reply = responder(body)
        if reply is not None:
            self._play(reply, body)
            return
        found = find_reference(state.reference_dir, text)
        if found is None:
            self._send_error_json(
                400, "no scripted reply queued and no tests/reference/*.json id in the request"
            )
            return
        article_id, data = found
        content = json.dumps({"claims": data["claims"]}, ensure_ascii=False)
        self._send_completion(body, content, "stop", REFERENCE_MODEL, reference_source(article_id))

    def _record(self, body: dict[str, Any] | None) -> None:
        with self.server.state.lock:
            self.server.state.requests.append(
                RecordedRequest(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    time.monotonic(),
                )
            )

    def _play(self, reply: Reply, body: dict[str, Any]) -> None:
        if reply.kind == "content":
            self._send_completion(
                body, reply.content, reply.finish_reason, SCRIPTED_MODEL, SCRIPTED_SOURCE
            )
        elif reply.kind == "error":
            self._send_raw(reply.status, reply.body or b"{}", SCRIPTED_SOURCE, reply.headers)
        elif reply.kind == "reset":
            # SO_LINGER 0 makes close() send RST instead of FIN: a "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
        elif reply.kind == "loop":
            limit = body.get("max_tokens") or body.get("max_completion_tokens") or reply.status
            unit = '{"statement": "The the the the", '
            content = '{"claims": [' + unit * max(1, int(limit) // count_tokens(unit))
            self._send_completion(body, content, "length", SCRIPTED_MODEL, SCRIPTED_SOURCE)
        elif reply.kind == "hang":
            self.server.state.stopping.wait(reply.seconds)
            self.close_connection = True
        else:  # pragma: no cover - guarded by Reply's constructors
            raise ValueError(reply.kind)

    def _send_completion(
        self, body: dict[str, Any], content: str, finish_reason: str, model: str, source: str
    ) -> None:
        prompt_tokens = sum(4 + count_tokens(m) for m in _message_text(body).split("\n\n")) + 3
        completion_tokens = count_tokens(content)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        with self.server.state.lock:
            number = len(self.server.state.requests)
            self.server.state.served_usage.append(usage)
        data = {
            "id": f"chatcmpl-loopback-{number}",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "system_fingerprint": NOT_A_MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": usage,
        }
        self._send_json(200, data, source)

    def _send_error_json(self, status: int, message: str) -> None:
        data = {"error": {"message": f"loopback server: {message}", "type": "loopback_error"}}
        self._send_json(status, data, SERVER_ERROR_SOURCE)

    def _send_json(self, status: int, data: dict[str, Any], source: str) -> None:
        self._send_raw(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), source, ())

    def _send_raw(
        self, status: int, payload: bytes, source: str, headers: Iterable[tuple[str, str]]
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.send_header(SOURCE_HEADER, source)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up; nothing to do
            self.close_connection = True

    # POST /v1/embeddings: hashed bag-of-words vectors, labelled as such (never a model's)
    def _answer_embeddings(self, body: dict[str, Any], state: _State) -> None:
        with state.lock:
            reply = state.embedding_script.popleft() if state.embedding_script else None
        if reply is not None and reply.kind == "content":  # a whole (broken) answer body
            self._send_raw(200, reply.content.encode("utf-8"), SCRIPTED_SOURCE, ())
            return
        if reply is not None:
            self._play(reply, body)
            return
        texts = body.get("input")
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            self._send_error_json(400, "embeddings need 'input': a string or a list of strings")
            return
        dim = body.get("dimensions") or HASHED_EMBEDDING_DIM
        as_base64 = body.get("encoding_format") == "base64"
        data = []
        for index, text in enumerate(texts):
            vector = hashed_embedding(text, int(dim))
            encoded: Any = (
                base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
                if as_base64
                else [round(x, 4) for x in vector]
            )
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        tokens = sum(count_tokens(t) for t in texts)
        answer = {
            "object": "list",
            "data": data,
            "model": HASHED_EMBEDDING_MODEL,
            "system_fingerprint": NOT_A_MODEL,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        payload = json.dumps(answer, separators=(",", ":")).encode("utf-8")
        self._send_raw(200, payload, HASHED_EMBEDDING_SOURCE, ())


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    state: _State


class LoopbackServer:
    """Start with `start()` (or as a context manager); `base_url` ends in ``/v1``."""

    def __init__(
        self,
        port: int = 0,
        *,
        latency: float = 0.0,
        reference_dir: Path = DEFAULT_REFERENCE_DIR,
        slots: int | None = None,
    ) -> None:
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.state = _State(latency=latency, reference_dir=Path(reference_dir))
        if slots is not None:  # at most `slots` requests answered at once; the rest queue
            self._httpd.state.slots = threading.Semaphore(slots)
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> _State:
        return self._httpd.state

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="loopback-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.state.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- for tests ---
    def script(self, *replies: Reply) -> None:
        """Queue replies; each chat request takes the next one, then the reference answers."""
        with self.state.lock:
            self.state.script.extend(replies)

    def script_for(self, article_id: str, *replies: Reply) -> None:
        """Queue replies for requests about one article (its id occurs in the request)."""
        with self.state.lock:
            self.state.article_scripts.setdefault(article_id, deque()).extend(replies)

    def set_responder(self, responder: Callable[[dict[str, Any]], Reply | None] | None) -> None:
        """Answer unscripted requests with `responder(body)` (None falls through)."""
        with self.state.lock:
            self.state.responder = responder

    def requests_for(self, article_id: str) -> list[RecordedRequest]:
        """Chat requests whose text contains `article_id`, in arrival order."""
        return [r for r in self.requests if r.method == "POST" and article_id in r.text]

    def set_latency(self, seconds: float) -> None:
        self.state.latency = seconds

    @property
    def requests(self) -> list[RecordedRequest]:
        with self.state.lock:
            return list(self.state.requests)

    @property
    def request_count(self) -> int:
        """Chat-completion requests received (model listings are not counted)."""
        with self.state.lock:
            return sum(1 for r in self.state.requests if r.method == "POST")

    @property
    def served_usage(self) -> list[dict[str, int]]:
        """The `usage` block of every completion served, in order."""
        with self.state.lock:
            return list(self.state.served_usage)

    def script_embeddings(self, *replies: Reply) -> None:
        """Queue replies for /v1/embeddings requests: faults (`Reply.error`, `reset`, `hang`)
        or `Reply.text(body)`, sent as the whole JSON answer; each request takes the next
        one, then the hashed bag-of-words answers."""
        with self.state.lock:
            self.state.embedding_script.extend(replies)

    @property
    def embedding_requests(self) -> list[RecordedRequest]:
        """The /v1/embeddings requests received, in arrival order."""
        return [r for r in self.requests if r.path.rstrip("/").endswith("/embeddings")]

    @property
    def pending(self) -> int:
        """Scripted replies not yet used (global and per-article)."""
        with self.state.lock:
            return len(self.state.script) + sum(map(len, self.state.article_scripts.values()))


def hashed_embedding(text: str, dim: int = HASHED_EMBEDDING_DIM) -> list[float]:
    """A deterministic unit vector of `text` that no model made: each lower-cased word adds
    +-1 to one of `dim` buckets chosen by its sha256 (the "hashing trick"), then the vector
    is scaled to length 1. Texts sharing words point alike; synonyms do not."""
    vector = [0.0] * dim
    for word in re.findall(r"\w+", text.lower()):
        digest = hashlib.sha256(word.encode("utf-8")).digest()
        bucket = int.from_bytes(digest[:4], "big") % dim
        vector[bucket] += 1.0 if digest[4] & 1 else -1.0
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector] if norm else vector


def main(argv: list[str] | None = None, *, ready: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait per request")
    parser.add_argument("--reference-dir", type=Path, default=DEFAULT_REFERENCE_DIR)
    args = parser.parse_args(argv)
    server = LoopbackServer(args.port, latency=args.latency, reference_dir=args.reference_dir)
    with server:
        ready(server.base_url)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(ready=lambda url: print(url, flush=True))
