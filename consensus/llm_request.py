"""What an extraction request sends: the prompt's messages, the schema mode, the output and
chunk limits, and the fingerprint that keys the claim cache.

Moved verbatim from `consensus.llm`, which re-exports every name callers use. Nothing here
imports litellm or instructor: a caller that passes the litellm module passes it in, and the
cache key (`request_fingerprint`) is hashes only.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from typing import TYPE_CHECKING, Any

from consensus.errors import ConfigError
from consensus.llm_answers import ClaimDrafts
from consensus.models import Article
from consensus.prompts import Prompt, load_prompt

if TYPE_CHECKING:
    from types import ModuleType

EXTRACTOR_VERSION = "llm-1"
PROMPT_NAME = "extract_claims"
MODE_ENV = "CONSENSUS_INSTRUCTOR_MODE"
MODES = ("json", "json_schema", "json_object_schema", "md_json")
# json_schema sends the compact schema in `response_format` as OpenAI specifies it
# ({"type": "json_schema", ...}): constrained decoding on OpenAI, llama.cpp's `llama-server`,
# vLLM and Ollama. json_object_schema sends the same schema as {"type": "json_object",
# "schema": ...}, the only form llama-cpp-python's `llama_cpp.server` constrains with (it
# rejects json_schema). "json" injects an indented copy into the system message instead,
# which costs ~400 more prompt tokens per article but works with any JSON-capable endpoint.
DEFAULT_MODE = "json_schema"

# Output limit of every request (`max_tokens`): claims quote the article, so the answer is
# bounded by the text; the hand-annotated references are ~4 tokens of JSON per article token.
# A model that loops stops at this limit instead of at the end of its context (or of a bill).
MAX_OUTPUT_ENV = "CONSENSUS_MAX_OUTPUT_TOKENS"
DEFAULT_MAX_OUTPUT_TOKENS = 16_384  # ceiling; also capped by the model's own output limit
OUTPUT_TOKENS_BASE = 1_024
OUTPUT_TOKENS_PER_TEXT_TOKEN = 5  # text tokens are estimated as characters / 4

# Longer articles are extracted in overlapping chunks of at most this many characters.
MAX_CHUNK_ENV = "CONSENSUS_MAX_CHUNK_CHARS"
DEFAULT_MAX_CHUNK_CHARS = 24_000

# Sent as the API key to a local OpenAI-compatible server when OPENAI_API_KEY is unset:
# the OpenAI client refuses to start without one, and local servers ignore it.
LOCAL_PLACEHOLDER_KEY = "no-key-needed-for-local-server"

CONFIRM_EMPTY_PROMPT = "confirm_empty"

_ROLE_LINE = re.compile(r"^<!-- role: (system|user) -->[ \t]*\n", re.MULTILINE)


def request_fingerprint(model: str) -> dict[str, str]:
    """What, besides the article and model, decides the request: for the cache key.

    `prompt_hash` is the sha256 of prompts/extract_claims.md; `schema_hash` the sha256 of
    the canonical JSON Schema the model answers in (equal to that of models.ClaimDrafts).
    """
    del model  # every model gets the same prompt and schema today
    return {
        "prompt_hash": load_prompt(PROMPT_NAME).hash,
        "confirm_empty_hash": load_prompt(CONFIRM_EMPTY_PROMPT).hash,
        "schema_hash": _schema_hash(),
        "instructor_mode": _mode_name(),
        "extractor_version": EXTRACTOR_VERSION,
    }


def max_chunk_chars() -> int:
    """Characters of article text per request: CONSENSUS_MAX_CHUNK_CHARS or the default."""
    from consensus.chunking import MIN_CHUNK_CHARS

    raw = os.environ.get(MAX_CHUNK_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_CHUNK_CHARS
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value < MIN_CHUNK_CHARS:
        raise ConfigError(f"{MAX_CHUNK_ENV} must be an integer >= {MIN_CHUNK_CHARS}, got {raw!r}")
    return value


def output_token_ceiling(litellm: ModuleType | None, model: str) -> int:
    """The most `max_tokens` may be: CONSENSUS_MAX_OUTPUT_TOKENS (default 16 384), lowered to
    the model's own output limit when litellm's local price map knows it."""
    raw = os.environ.get(MAX_OUTPUT_ENV, "").strip()
    ceiling = DEFAULT_MAX_OUTPUT_TOKENS
    if raw:
        try:
            ceiling = int(raw.replace("_", ""))
        except ValueError:
            ceiling = 0
        if ceiling < OUTPUT_TOKENS_BASE:
            raise ConfigError(
                f"{MAX_OUTPUT_ENV} must be an integer >= {OUTPUT_TOKENS_BASE}, got {raw!r}"
            )
    if litellm is not None:
        try:
            known = litellm.get_model_info(model).get("max_output_tokens")
        except Exception:  # not in the price map (local servers): no known limit
            known = None
        if isinstance(known, int) and known > 0:
            ceiling = min(ceiling, known)
    return ceiling


def output_token_limit(litellm: ModuleType | None, model: str, text: str) -> int:
    """`max_tokens` of a request about `text`: a base plus a multiple of its length, capped."""
    wanted = OUTPUT_TOKENS_BASE + OUTPUT_TOKENS_PER_TEXT_TOKEN * -(-len(text) // 4)
    return min(wanted, output_token_ceiling(litellm, model))


def build_messages(prompt: Prompt, article: Article) -> list[dict[str, str]]:
    """Render the prompt's role sections for one article.

    The file is split into `<!-- role: ... -->` sections BEFORE rendering, so an article
    that contains such a line cannot forge a system message. The article's id, title, outlet,
    date and text sit between BEGIN/END lines carrying a token derived from all of them,
    which none of them can contain; metadata is squeezed to one line each.
    """
    data = {
        "article_id": _one_line(article.id),
        "title": _one_line(article.title) or "(unknown)",
        "outlet": _one_line(article.outlet) or "(unknown)",
        "published": article.published.isoformat() if article.published else "(unknown)",
        "text": article.text,
    }
    # The token hashes everything inside the delimiters, so no part of it can contain it.
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()
    variables = {"boundary": f"ARTICLE-{digest[:16]}", **data}
    parts = _ROLE_LINE.split(prompt.text)
    if parts[0].strip() or len(parts) < 3:
        raise ConfigError(f"prompt {prompt.name}: expected '<!-- role: ... -->' sections")
    messages: list[dict[str, str]] = []
    for role, body in zip(parts[1::2], parts[2::2], strict=True):
        section = Prompt(name=prompt.name, text=body)
        wanted = {k: v for k, v in variables.items() if f"${k}" in body or f"${{{k}}}" in body}
        messages.append({"role": role, "content": section.render(**wanted).strip()})
    return messages


def _one_line(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _mode_name() -> str:
    name = os.environ.get(MODE_ENV, DEFAULT_MODE).strip().lower() or DEFAULT_MODE
    if name not in MODES:
        raise ConfigError(f"{MODE_ENV} must be one of {', '.join(MODES)}, got {name!r}")
    return name


def _mode(instructor: ModuleType) -> Any:
    return {
        "json": instructor.Mode.JSON,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        # the json_schema messages; `create` rewrites response_format to json_object+schema
        "json_object_schema": instructor.Mode.JSON_SCHEMA,
        "md_json": instructor.Mode.MD_JSON,
    }[_mode_name()]


@functools.cache
def _schema_hash() -> str:
    schema = ClaimDrafts.model_json_schema()
    canonical = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _wants_placeholder_key(litellm: ModuleType, model: str, api_base: str) -> bool:
    """True for the OpenAI-compatible route to a local server when no OpenAI key is set."""
    if os.environ.get("OPENAI_API_KEY"):
        return False
    try:
        _, provider, dynamic_key, _ = litellm.get_llm_provider(model=model, api_base=api_base)
    except Exception as exc:
        raise ConfigError(
            f"model {model!r}: litellm cannot tell its provider; prefix it, "
            f"e.g. openai/{model} for an OpenAI-compatible server"
        ) from exc
    return provider in ("openai", "text-completion-openai") and not dynamic_key
