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

The steps live beside it, each importing no model library: `llm_request` (messages, schema
mode, output and chunk limits, the cache fingerprint), `llm_answers` (the response model, the
lenient parse, grounding each claim), `llm_failures` (what a failure says) and
`llm_embeddings` (the embedding answer and a client that never retries). This module keeps
the calls themselves, their retries, usage and cost, and the lazy imports; it re-exports the
moved names its callers and tests use.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consensus.errors import ConfigError as ConfigError
from consensus.errors import EmbeddingError, ExtractionError, redact
from consensus.llm_answers import MAX_STATEMENT_CHARS as MAX_STATEMENT_CHARS
from consensus.llm_answers import ClaimDrafts as ClaimDrafts
from consensus.llm_answers import _completion_text, _parse_leniently
from consensus.llm_answers import _ground_claim as _ground_claim
from consensus.llm_embeddings import _embedding_rows, _openai_client_without_retries
from consensus.llm_failures import _cause_of_type, _Refused, _root_cause, _validation_detail
from consensus.llm_failures import _error_detail as _error_detail
from consensus.llm_request import (
    CONFIRM_EMPTY_PROMPT,
    MODE_ENV,
    _mode,
    _mode_name,
    _wants_placeholder_key,
    output_token_ceiling,
)
from consensus.llm_request import DEFAULT_MAX_CHUNK_CHARS as DEFAULT_MAX_CHUNK_CHARS
from consensus.llm_request import DEFAULT_MAX_OUTPUT_TOKENS as DEFAULT_MAX_OUTPUT_TOKENS
from consensus.llm_request import EXTRACTOR_VERSION as EXTRACTOR_VERSION
from consensus.llm_request import LOCAL_PLACEHOLDER_KEY as LOCAL_PLACEHOLDER_KEY
from consensus.llm_request import MAX_CHUNK_ENV as MAX_CHUNK_ENV
from consensus.llm_request import MAX_OUTPUT_ENV as MAX_OUTPUT_ENV
from consensus.llm_request import OUTPUT_TOKENS_BASE as OUTPUT_TOKENS_BASE
from consensus.llm_request import OUTPUT_TOKENS_PER_TEXT_TOKEN as OUTPUT_TOKENS_PER_TEXT_TOKEN
from consensus.llm_request import PROMPT_NAME as PROMPT_NAME
from consensus.llm_request import build_messages as build_messages
from consensus.llm_request import max_chunk_chars as max_chunk_chars
from consensus.llm_request import output_token_limit as output_token_limit
from consensus.llm_request import request_fingerprint as request_fingerprint
from consensus.models import Article, Claim, ClaimDraft, ClaimSet, Usage
from consensus.prompts import load_prompt

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

# Caps on what an answer may hold (a hostile or broken server can send anything).
ANSWER_CHARS_PER_TOKEN = 8  # an answer longer than max_tokens x this is refused unparsed
CHARS_PER_CLAIM = 40  # at most one claim per 40 characters of article text ...
MIN_CLAIM_CAP = 20  # ... but always at least 20

# Transient-error retries per model call (not re-asks): small, with backoff.
TRANSIENT_RETRIES = 2
BACKOFF_BASE = 1.0  # seconds; doubled per retry when the server sends no Retry-After
MAX_RETRY_AFTER = 60.0  # never sleep longer than this on a server's say-so


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
