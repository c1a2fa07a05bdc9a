"""Reading the model's answer: the response model whose validator grounds every quote (so
instructor re-asks with the quotes it cannot find), the lenient parse of an answer that still
fails, and the grounding of each claim in exact spans that carry its statement.

Moved verbatim from `consensus.llm`, which re-exports every name callers use. Nothing here
calls a model.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from pydantic import ValidationError, ValidationInfo, model_validator

from consensus import models
from consensus.grounding import ground_quote
from consensus.llm_failures import _validation_detail
from consensus.models import Claim, ClaimDraft, Evidence

MAX_STATEMENT_CHARS = 1_000  # a longer statement is dropped (it is no single proposition)


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
