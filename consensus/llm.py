"""The one door to a language model: Article -> ClaimSet through litellm + instructor.

One structured-output call per article (instructor JSON mode over `litellm.acompletion`).
The answer's schema is `ClaimDrafts`: claims with verbatim quotes. A validator grounds every
quote in the article (`consensus.grounding.ground_quote`) and rejects the whole answer,
listing each quote it cannot find, so instructor re-asks the model with that list. When the
re-asks run out, the last answer is parsed leniently: claims whose quotes all ground are kept,
a claim keeps only its grounded quotes when some fail, and a claim with none is dropped and
counted in `ClaimSet.dropped`. No ungrounded claim ever leaves this module, nor one whose
quotes do not carry its statement (`consensus.evidence`: thin quotes, missing content words or
figures, a denial without a negation); each drop is counted with its reason in `warnings`.
An empty claim list is asked once more (prompts/confirm_empty.md) before it is believed.

Every request sets `max_tokens` from the text's length (`output_token_limit`), and an answer
is bounded: too many characters, too many claims for the text, or an over-long statement are
each refused with a named reason.

Transient HTTP failures (429, 5xx other than request-validation errors, connection resets)
are retried here, not by litellm: this
module calls litellm with `num_retries=0, max_retries=0` and retries itself, so that every
HTTP call is counted in `Usage.requests`, Retry-After is honoured, and only transient
errors are retried. (litellm's `num_retries` retries every error class, including 400 and
401, ignores Retry-After, and resets the global `litellm.num_retries`.)

An article longer than CONSENSUS_MAX_CHUNK_CHARS characters (default `DEFAULT_MAX_CHUNK_CHARS`,
about 6k tokens of text, so that with the prompt and schema one request stays near 8k tokens)
is split at paragraph/sentence boundaries into overlapping chunks (`consensus.chunking`), one
call per chunk, in order; the chunks' claims are grounded in their chunk, shifted to offsets
into the FULL text and de-duplicated. A chunk that fails fails the article (a partial claim
set is never returned, so never cached). Articles within the limit are sent exactly as before.

This module must never be imported at package import time, and it imports litellm and
instructor only inside functions: `import litellm` costs ~2.5 s and, unless
LITELLM_LOCAL_MODEL_COST_MAP is set first, fetches a price list over the network.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import hashlib
import json
import logging
import math
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError, ValidationInfo, model_validator

from consensus import models
from consensus.errors import ConfigError, EmbeddingError, ExtractionError, redact
from consensus.grounding import ground_quote
from consensus.models import Article, Claim, ClaimDraft, ClaimSet, Evidence, Usage
from consensus.prompts import Prompt, load_prompt

if TYPE_CHECKING:
    from types import ModuleType

__all__ = [
    "DEFAULT_MAX_CHUNK_CHARS",
    "EXTRACTOR_VERSION",
    "PROMPT_NAME",
    "embed_with_litellm",
    "extract_with_llm",
    "max_chunk_chars",
    "request_fingerprint",
]

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

# Caps on what an answer may hold (a hostile or broken server can send anything).
ANSWER_CHARS_PER_TOKEN = 8  # an answer longer than max_tokens x this is refused unparsed
MAX_STATEMENT_CHARS = 1_000  # a longer statement is dropped (it is no single proposition)
CHARS_PER_CLAIM = 40  # at most one claim per 40 characters of article text ...
MIN_CLAIM_CAP = 20  # ... but always at least 20

# Transient-error retries per model call (not re-asks): small, with backoff.
TRANSIENT_RETRIES = 2
BACKOFF_BASE = 1.0  # seconds; doubled per retry when the server sends no Retry-After
MAX_RETRY_AFTER = 60.0  # never sleep longer than this on a server's say-so

# Longer articles are extracted in overlapping chunks of at most this many characters.
MAX_CHUNK_ENV = "CONSENSUS_MAX_CHUNK_CHARS"
DEFAULT_MAX_CHUNK_CHARS = 24_000

# Sent as the API key to a local OpenAI-compatible server when OPENAI_API_KEY is unset:
# the OpenAI client refuses to start without one, and local servers ignore it.
LOCAL_PLACEHOLDER_KEY = "no-key-needed-for-local-server"

CONFIRM_EMPTY_PROMPT = "confirm_empty"

_ROLE_LINE = re.compile(r"^<!-- role: (system|user) -->[ \t]*\n", re.MULTILINE)


# --- The response model: ClaimDrafts plus the grounding check ------------------------------


class ClaimDrafts(models.ClaimDrafts):
    # Same name and docstring as models.ClaimDrafts so the JSON Schema on the wire is
    # identical to the documented one (tests/test_llm.py checks this).
    __doc__ = models.ClaimDrafts.__doc__

    @model_validator(mode="after")
    def _quotes_are_in_the_article(self, info: ValidationInfo) -> ClaimDrafts:
        context = info.context or {}
        text = context.get("article_text")
        if not isinstance(text, str):  # parsed outside an extraction: nothing to check
            return self
        missing = [
            f"claims[{i}].quotes[{j}] = {json.dumps(quote, ensure_ascii=False)}"
            for i, claim in enumerate(self.claims)
            for j, quote in enumerate(claim.quotes)
            if ground_quote(text, quote) is None
        ]
        if missing:
            raise ValueError(
                f"{len(missing)} quote(s) are not verbatim passages of the article: "
                + "; ".join(missing)
                + ". Copy every quote character for character from the text between the "
                "BEGIN and END lines (one continuous passage, no '...'), or leave that claim "
                "out. Answer with the complete corrected JSON object."
            )
        return self


# --- Public API -----------------------------------------------------------------------------


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


async def extract_with_llm(
    article: Article,
    *,
    model: str,
    api_base: str | None = None,
    max_retries: int = 2,
    timeout: float = 120.0,
) -> ClaimSet:
    """Extract the grounded claims of one article: one structured-output call per chunk.

    `max_retries` is the number of re-asks after an answer whose quotes do not ground (or
    that is not valid JSON for the schema). Raises ExtractionError naming the article when
    a call fails; never returns a claim whose evidence is not in `article.text`.
    """
    limit = max_chunk_chars()
    if len(article.text) <= limit:
        return await _extract_whole(
            article, model=model, api_base=api_base, max_retries=max_retries, timeout=timeout
        )
    from consensus.chunking import chunk_article, join_chunk_claims, split_text

    spans = split_text(article.text, limit)
    parts: list[tuple[int, tuple[Claim, ...]]] = []
    usage, dropped = Usage(), 0
    warnings: list[str] = []
    for number, (start, end) in enumerate(spans, 1):
        where = f"part {number} of {len(spans)} (characters {start}-{end})"
        part = chunk_article(article, start, end, number, len(spans))
        try:
            result = await _extract_whole(
                part, model=model, api_base=api_base, max_retries=max_retries, timeout=timeout
            )
        except ExtractionError as exc:
            error = ExtractionError(article.id, f"{where}: {exc.problem}")
            error.usage = usage + exc.usage if exc.usage is not None else usage
            raise error from exc
        parts.append((start, result.claims))
        usage = usage + result.usage
        dropped += result.dropped
        warnings.extend(f"{where}: {w}" for w in result.warnings)
    claims = join_chunk_claims(parts, article.text)
    return ClaimSet(
        article=article.id,
        extractor="llm",
        extractor_version=EXTRACTOR_VERSION,
        model=model,
        prompt_hash=load_prompt(PROMPT_NAME).hash,
        usage=usage,
        claims=claims,
        dropped=dropped,
        warnings=(f"extracted in {len(spans)} parts of <= {limit} characters", *warnings),
    )


async def _extract_whole(
    article: Article,
    *,
    model: str,
    api_base: str | None,
    max_retries: int,
    timeout: float,
) -> ClaimSet:
    """One article (or one chunk of one) in one structured-output call, plus re-asks.

    An answer with no claim at all is asked once more (prompts/confirm_empty.md); only an
    empty answer the model confirms is returned as an empty claim set.
    """
    prompt = load_prompt(PROMPT_NAME)
    messages = build_messages(prompt, article)
    litellm = _import_litellm()
    instructor = _import_instructor()
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    meter = _Meter(model)
    max_tokens = output_token_limit(litellm, model, article.text)
    extra: dict[str, Any] = {
        "num_retries": 0,
        "max_retries": 0,
        "drop_params": True,
        "max_tokens": max_tokens,
    }
    if api_base:
        extra["api_base"] = api_base
        if _wants_placeholder_key(litellm, model, api_base):
            extra["api_key"] = LOCAL_PLACEHOLDER_KEY
    json_object_schema = _mode_name() == "json_object_schema"
    answer_cap = max_tokens * ANSWER_CHARS_PER_TOKEN

    async def create(**kwargs: Any) -> Any:
        if json_object_schema:  # llama-cpp-python's form of a schema-constrained answer
            kwargs["response_format"] = {
                "type": "json_object",
                "schema": ClaimDrafts.model_json_schema(),
            }
        response = await _call_with_transient_retries(litellm, meter, {**kwargs, **extra})
        size = len(_completion_text(response))
        if size > answer_cap:
            raise _Refused(
                f"the model's answer has {size} characters, more than the {answer_cap} "
                f"allowed for max_tokens={max_tokens}; not parsed"
            )
        return response

    client = instructor.from_litellm(create, mode=_mode(instructor))
    warnings: list[str] = []
    last_answer = ""

    async def ask(conversation: list[dict[str, str]]) -> tuple[ClaimDraft, ...]:
        nonlocal last_answer
        drafts, completion = await client.create_with_completion(
            model=model,
            messages=conversation,
            response_model=ClaimDrafts,
            context={"article_text": article.text},
            max_retries=max(0, max_retries),
            temperature=0,
            timeout=timeout,
        )
        last_answer = _completion_text(completion)
        return tuple(drafts.claims)

    try:  # whatever fails, the error carries what the attempts cost
        try:
            draft_claims = await ask(messages)
            dropped = 0
            if not draft_claims:  # confirm before believing an article holds no claim
                confirm = load_prompt(CONFIRM_EMPTY_PROMPT).text.strip()
                draft_claims = await ask(
                    [
                        *messages,
                        {"role": "assistant", "content": last_answer or '{"claims": []}'},
                        {"role": "user", "content": confirm},
                    ]
                )
                if not draft_claims:
                    warnings.append(
                        "no claims: the model answered with an empty claim list and confirmed "
                        "it when asked again"
                    )
        except InstructorRetryException as exc:
            refused = _cause_of_type(exc, _Refused)
            if refused is not None:
                raise ExtractionError(article.id, f"model {model}: {refused}") from exc
            cause = exc.__cause__
            if not isinstance(cause, ValueError):  # pydantic/JSON errors; API errors are not
                raise _extraction_error(article, cause or exc, model, timeout) from exc
            answer = _completion_text(exc.last_completion)
            salvaged = _parse_leniently(answer, article.text)
            if salvaged is None:
                # Nothing usable: fail (and so stay out of the cache) rather than report no claims.
                raise ExtractionError(
                    article.id,
                    redact(
                        f"model {model}: no answer in the schema after {exc.n_attempts} "
                        f"attempt(s): {_validation_detail(cause)}"[:300]
                    ),
                ) from exc
            draft_claims, dropped, lenient_warnings = salvaged
            warnings.append(
                f"the model's answer still failed validation after {exc.n_attempts} attempt(s) "
                f"(ungrounded quotes or schema errors); kept {len(draft_claims)} claim(s), "
                f"dropped {dropped}"
            )
            warnings.extend(lenient_warnings)
        except IncompleteOutputException as exc:
            hint = (
                f"; a smaller {MAX_CHUNK_ENV} sends the article in shorter parts"
                if max_tokens >= output_token_ceiling(litellm, model)
                else " (set from the article's length: a model that repeats itself stops there)"
            )
            raise ExtractionError(
                article.id,
                f"model {model}: the model's answer was cut off at {max_tokens} tokens "
                f"(max_tokens, finish_reason=length){hint}",
            ) from exc
        except ConfigError:
            raise
        except _Refused as exc:
            raise ExtractionError(article.id, f"model {model}: {exc}") from exc
        except Exception as exc:  # litellm/openai/httpx/instructor errors for this article
            refused = _cause_of_type(exc, _Refused)
            if refused is not None:
                raise ExtractionError(article.id, f"model {model}: {refused}") from exc
            raise _extraction_error(article, exc, model, timeout) from exc
        claim_cap = max(MIN_CLAIM_CAP, len(article.text) // CHARS_PER_CLAIM)
        if len(draft_claims) > claim_cap:
            raise ExtractionError(
                article.id,
                f"model {model}: the answer has {len(draft_claims)} claims, more than the "
                f"{claim_cap} allowed for a {len(article.text)}-character text "
                f"(one per {CHARS_PER_CLAIM} characters, at least {MIN_CLAIM_CAP}); not used",
            )
    except ExtractionError as exc:
        exc.usage = meter.usage()
        raise

    claims: list[Claim] = []
    for draft in draft_claims:
        claim, claim_warnings = _ground_claim(draft, article.text)
        warnings.extend(claim_warnings)
        if claim is None:
            dropped += 1
        else:
            claims.append(claim)
    return ClaimSet(
        article=article.id,
        extractor="llm",
        extractor_version=EXTRACTOR_VERSION,
        model=model,
        prompt_hash=prompt.hash,
        usage=meter.usage(),
        claims=tuple(claims),
        dropped=dropped,
        warnings=tuple(warnings),
    )


class _Refused(Exception):
    """An answer refused before parsing (too large); the article fails with this message."""


def _cause_of_type(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """`exc` or the first exception of type `kind` in its cause/context chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _root_cause(exc: BaseException) -> BaseException:
    """The last exception of the cause/context chain: what actually went wrong."""
    seen = {id(exc)}
    while True:
        nxt = exc.__cause__ or exc.__context__
        if nxt is None or id(nxt) in seen:
            return exc
        seen.add(id(nxt))
        exc = nxt


def _validation_detail(cause: BaseException) -> str:
    """What failed in an answer, naming the field: 'claims.0.polarity: Input should be ...'."""
    if isinstance(cause, ValidationError):
        parts = []
        for error in cause.errors(include_url=False)[:3]:
            where = ".".join(str(p) for p in error.get("loc", ())) or "answer"
            parts.append(f"{where}: {error.get('msg', '')}")
        more = cause.error_count() - len(parts)
        return "schema error: " + "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
    text = str(cause).strip()
    return f"{type(cause).__name__}: {text.splitlines()[0] if text else ''}"


# --- Prompt -----------------------------------------------------------------------------------


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


# --- HTTP calls, usage and cost -----------------------------------------------------------


@dataclass
class _Meter:
    """Tokens, HTTP calls and cost of every attempt of one article's extraction."""

    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cost_usd: float = 0.0

    def add(self, litellm: ModuleType, response: Any) -> None:
        # Read the numbers now: instructor later overwrites response.usage with running totals.
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion = int(getattr(usage, "completion_tokens", 0) or 0)
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        self.cost_usd += _cost(litellm, self.model, prompt, completion)

    def usage(self) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            requests=self.requests,
            cost_usd=round(self.cost_usd, 10),
        )


def _cost(litellm: ModuleType, model: str, prompt_tokens: int, completion_tokens: int) -> float:
    """USD cost from litellm's local price map; a model without a price costs 0.0."""
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
        )
        return float(prompt_cost) + float(completion_cost)
    except Exception:  # litellm raises for models it has no price for
        return 0.0


# A 500 that reports a problem with the request itself (llama-cpp-python answers an
# unsupported response_format with HTTP 500 "1 validation error: ...") fails the same way
# on every retry.
_REQUEST_INVALID = re.compile(
    r"validation error|input should be|invalid request|unsupported|not supported|"
    r"unrecognized|unknown (?:field|parameter)|extra inputs are not permitted",
    re.IGNORECASE,
)


def _is_transient(litellm: ModuleType, exc: BaseException) -> bool:
    """Errors a retry can fix: 429, 502/503, connection resets, 500s not about the request."""
    if isinstance(exc, litellm.Timeout):
        return False  # the server is up but slow; another 120 s wait rarely helps
    if isinstance(exc, litellm.InternalServerError) and _REQUEST_INVALID.search(str(exc)):
        return False
    refused = "connection refused" in str(exc).lower()
    if refused or _cause_of_type(exc, ConnectionRefusedError) is not None:
        return False  # nothing listens there; a retry in a second will not change that
    if _cause_of_type(exc, ValueError) is not None:
        return False  # the client refused to build the request (e.g. credentials in the URL)
    return isinstance(
        exc,
        litellm.RateLimitError
        | litellm.InternalServerError
        | litellm.ServiceUnavailableError
        | litellm.BadGatewayError
        | litellm.APIConnectionError,
    )


def _retry_delay(exc: BaseException, retry: int) -> float:
    """Seconds to wait before retry number `retry` (0-based): Retry-After, else backoff."""
    headers = getattr(exc, "litellm_response_headers", None)
    if headers is None:
        response = getattr(exc, "response", None)
        headers = getattr(response, "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    if value:
        try:
            seconds = float(value)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value)
            seconds = parsed.timestamp() - time.time() if parsed else 0.0
        return float(min(max(seconds, 0.0), MAX_RETRY_AFTER))
    return float(BACKOFF_BASE * 2**retry)


async def _call_with_transient_retries(
    litellm: ModuleType, meter: _Meter, kwargs: dict[str, Any]
) -> Any:
    for retry in range(TRANSIENT_RETRIES + 1):
        meter.requests += 1
        try:
            response = await litellm.acompletion(**kwargs)
        except Exception as exc:
            if retry == TRANSIENT_RETRIES or not _is_transient(litellm, exc):
                raise
            await asyncio.sleep(_retry_delay(exc, retry))
            continue
        meter.add(litellm, response)
        return response
    raise AssertionError("unreachable")  # pragma: no cover


def _error_detail(text: str, limit: int = 240) -> str:
    """The lines of an error message that say what went wrong, joined into one line.

    The first line, plus the lines after any line that ends in ':' (a server's "1 validation
    error:" is followed by the line that says why), bounded to `limit` characters.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    kept = [lines[0]]
    for line in lines[1:]:
        if not kept[-1].endswith(":") or len(kept) >= 4:
            break
        kept.append(line)
    detail = " ".join(kept)
    return detail if len(detail) <= limit else detail[: limit - 3] + "..."


def _extraction_error(
    article: Article, exc: BaseException, model: str, timeout: float | None = None
) -> ExtractionError:
    """One line saying what happened: a timeout, a refused connection, or the HTTP error."""
    return ExtractionError(article.id, _call_failure(exc, model, timeout))


def _call_failure(exc: BaseException, model: str, timeout: float | None = None) -> str:
    """`_extraction_error`'s line, for any call to `model` (completions and embeddings)."""
    litellm = _import_litellm()
    if isinstance(exc, litellm.Timeout):
        waited = f" after {timeout:g} s" if timeout is not None else ""
        message = (
            f"model {model}: timed out{waited} waiting for the server's answer "
            "(--timeout; a local server with one slot needs -j 1)"
        )
    elif (
        _cause_of_type(exc, ConnectionRefusedError) is not None
        or "connection refused" in str(exc).lower()
    ):
        message = f"model {model}: connection refused (is the server running at --api-base?)"
    elif isinstance(exc, litellm.APIConnectionError) or (
        isinstance(exc, litellm.InternalServerError) and "connection error" in str(exc).lower()
    ):
        message = f"model {model}: connection error: {_error_detail(str(_root_cause(exc)))}"
    else:
        detail = _error_detail(str(exc))
        status = getattr(exc, "status_code", None)
        prefix = f"{type(exc).__name__}" + (f" (HTTP {status})" if status else "")
        message = f"model {model}: {prefix}: {detail}" if detail else f"model {model}: {prefix}"
        if re.search(r"json_object|response_format", detail) and _mode_name() == "json_schema":
            message += f" (this server may need {MODE_ENV}=json_object_schema or json)"
    if len(message) > 400:
        message = message[:397] + "..."
    return redact(message)


# --- Grounding the answer -------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _non_claims(text: str) -> tuple[tuple[int, int], ...]:
    from consensus.nonclaims import non_claim_spans

    return non_claim_spans(text)


def _ground_claim(draft: ClaimDraft, text: str) -> tuple[Claim | None, list[str]]:
    """Turn a draft into a Claim whose evidence are exact spans that carry the statement.

    Quotes not in the article, quotes in a caption, credit or page furniture
    (`consensus.nonclaims`) and quotes too thin to prove anything are dropped; the claim
    is dropped (with the reason as a warning) when none is left, when its statement is
    longer than MAX_STATEMENT_CHARS, or when its evidence does not carry the statement
    (`consensus.evidence.claim_support_problem`).
    """
    from consensus.evidence import claim_support_problem, quote_substance_problem
    from consensus.nonclaims import overlaps_non_claim

    if len(draft.statement) > MAX_STATEMENT_CHARS:
        return None, [
            f"dropped a claim whose statement has {len(draft.statement)} characters "
            f"(more than {MAX_STATEMENT_CHARS}): {draft.statement[:80]!r}"
        ]
    evidence: list[Evidence] = []
    warnings: list[str] = []
    seen: set[tuple[int, int]] = set()
    for quote in draft.quotes:
        span = ground_quote(text, quote)
        if span is None:
            warnings.append(f"dropped a quote not found in the article: {quote[:80]!r}")
            continue
        start, end = span
        if overlaps_non_claim(_non_claims(text), start, end):
            # a caption, credit, page furniture or text addressed to a model: no claim
            # stands on it, whichever extractor read it (the offline one skips it too)
            warnings.append(f"dropped a quote from a caption or page furniture: {quote[:80]!r}")
            continue
        thin = quote_substance_problem(text[start:end])
        if thin is not None:
            warnings.append(f"dropped a {thin}")
            continue
        if span in seen:
            continue
        seen.add(span)
        evidence.append(Evidence(quote=text[start:end], start=start, end=end))
    if not evidence:
        warnings.append(f"dropped a claim with no usable quote: {draft.statement[:80]!r}")
        return None, warnings
    unsupported = claim_support_problem(
        draft.statement, draft.polarity.value, [e.quote for e in evidence]
    )
    if unsupported is not None:
        warnings.append(f"dropped a claim: {unsupported}")
        return None, warnings
    body = draft.model_dump(exclude={"quotes"})
    return Claim(**body, evidence=tuple(evidence)), warnings


def _completion_text(completion: Any) -> str:
    try:
        content = completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return ""
    return content if isinstance(content, str) else ""


def _parse_leniently(
    answer: str, text: str
) -> tuple[tuple[ClaimDraft, ...], int, list[str]] | None:
    """Claims of an answer that failed validation: the usable ones, and how many were not.

    None when the answer is not a JSON object with a "claims" list. Quote-level filtering
    happens later in `_ground_claim`; here a claim is dropped only when it does not fit the
    ClaimDraft schema or none of its quotes grounds.
    """
    data = _loads_json_object(answer)
    raw_claims = data.get("claims") if isinstance(data, dict) else None
    if not isinstance(raw_claims, list):
        return None
    kept: list[ClaimDraft] = []
    dropped = 0
    warnings: list[str] = []
    for i, raw in enumerate(raw_claims):
        try:
            draft = ClaimDraft.model_validate(raw)
        except ValidationError as exc:
            dropped += 1
            warnings.append(f"dropped claims[{i}]: {_validation_detail(exc)}")
            continue
        if not any(ground_quote(text, q) is not None for q in draft.quotes):
            dropped += 1
            warnings.append(f"dropped claims[{i}]: none of its quotes is in the article")
            continue
        kept.append(draft)
    return tuple(kept), dropped, warnings


def _loads_json_object(answer: str) -> Any:
    candidates = [answer.strip()]
    fenced = re.search(r"```(?:json)?\s*(.*?)```", answer, re.DOTALL)
    if fenced:
        candidates.append(fenced.group(1).strip())
    first, last = answer.find("{"), answer.rfind("}")
    if 0 <= first < last:
        candidates.append(answer[first : last + 1])
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            continue
    return None


# --- Lazy imports and settings --------------------------------------------------------------


def _import_litellm() -> ModuleType:
    # Must be set before the first import, or litellm downloads its price map.
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True  # no "Give Feedback / Get Help" banners on errors
    litellm.telemetry = False
    for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm", "instructor"):
        # Failures reach the user as ExtractionError/warnings, not as library log lines.
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return litellm


def _import_instructor() -> ModuleType:
    import instructor

    return instructor


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


# --- Embeddings (--embed-model) ---------------------------------------------------------------


def embed_with_litellm(
    texts: Sequence[str],
    *,
    model: str,
    api_base: str | None = None,
    timeout: float | None = None,
) -> list[list[float]]:
    """One embedding row per text, in order, from `model` through `litellm.embedding`.

    One request for all `texts` (consensus.vectors sends them in bounded batches), retried
    here on transient errors like completions. Raises EmbeddingError naming the model when
    the call fails or the answer is not one finite vector of one width per text. Blocking:
    the merge step that needs the vectors runs after extraction, outside any model call.
    """
    texts = list(texts)
    if not texts:
        return []
    litellm = _import_litellm()
    kwargs: dict[str, Any] = {"model": model, "input": texts, "num_retries": 0}
    if timeout is not None:
        kwargs["timeout"] = timeout
    if api_base:
        kwargs["api_base"] = api_base
        if _wants_placeholder_key(litellm, model, api_base):
            kwargs["api_key"] = LOCAL_PLACEHOLDER_KEY
    client = _openai_client_without_retries(litellm, model, kwargs, timeout)
    if client is not None:
        kwargs["client"] = client
    for retry in range(TRANSIENT_RETRIES + 1):
        try:
            response = litellm.embedding(**kwargs)
            break
        except Exception as exc:
            if retry < TRANSIENT_RETRIES and _is_transient(litellm, exc):
                time.sleep(_retry_delay(exc, retry))
                continue
            raise EmbeddingError(model, _call_failure(exc, model, timeout)) from exc
    else:  # pragma: no cover - the loop either breaks or raises
        raise AssertionError("unreachable")
    problem, rows = _embedding_rows(response, len(texts))
    if problem:
        raise EmbeddingError(model, redact(f"model {model}: {problem}"))
    return rows


def _openai_client_without_retries(
    litellm: ModuleType, model: str, kwargs: dict[str, Any], timeout: float | None
) -> Any:
    """An OpenAI client that never retries, for the OpenAI(-compatible) route; else None.

    litellm's embedding turns `max_retries=0` into its default of 2 and sets that on any
    client it is given, and the OpenAI client then retries 429/5xx itself with its own
    backoff: 3 x 3 requests for one failing call. This client's retry count stays 0.
    Other providers get litellm's own client (no retries of its own).
    """
    try:
        _, provider, dynamic_key, resolved_base = litellm.get_llm_provider(
            model=model, api_base=kwargs.get("api_base")
        )
    except Exception:  # litellm.embedding raises the same error, with its own message
        return None
    key = kwargs.get("api_key") or dynamic_key or os.environ.get("OPENAI_API_KEY")
    if provider != "openai" or not key:
        return None  # without a key, litellm's own error names what is missing
    import openai

    class NoRetries(openai.OpenAI):
        @property
        def max_retries(self) -> int:
            return 0

        @max_retries.setter
        def max_retries(self, value: int) -> None:
            del value  # litellm sets its default here; retries are this module's business

    return NoRetries(
        api_key=key,
        base_url=kwargs.get("api_base") or resolved_base or None,
        max_retries=0,
        timeout=timeout if timeout is not None else openai.DEFAULT_TIMEOUT,
    )


def _embedding_rows(response: Any, expected: int) -> tuple[str, list[list[float]]]:
    """(problem, rows): the rows of an embedding answer by `index`, or what is wrong with it."""
    data = response.get("data") if isinstance(response, dict) else getattr(response, "data", None)
    if not isinstance(data, list):
        return "the embedding answer has no data list", []
    by_index: dict[int, list[float]] = {}
    for position, item in enumerate(data):
        get = item.get if isinstance(item, dict) else functools.partial(getattr, item)
        index, vector = get("index", position), get("embedding", None)
        if not isinstance(index, int) or isinstance(index, bool) or index in by_index:
            return f"data[{position}] has a missing or repeated index", []
        if not isinstance(vector, list) or not vector:
            return f"data[{position}] holds no embedding list (base64 is not expected)", []
        try:
            row = [float(x) for x in vector]
        except (TypeError, ValueError):
            return f"data[{position}] holds a value that is not a number", []
        if not all(map(math.isfinite, row)):
            return f"data[{position}] holds a value that is not finite", []
        by_index[index] = row
    if sorted(by_index) != list(range(expected)):
        return f"{len(by_index)} embeddings for {expected} texts", []
    widths = {len(row) for row in by_index.values()}
    if len(widths) != 1:
        return f"embeddings of different lengths {sorted(widths)}", []
    return "", [by_index[i] for i in range(expected)]
