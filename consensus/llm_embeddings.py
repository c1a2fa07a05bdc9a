"""The embedding answer and the client that sends it: an OpenAI client that never retries on
its own (retries are `consensus.llm`'s business) and the check that an answer holds one
finite vector of one width per text.

Moved verbatim from `consensus.llm`, whose `embed_with_litellm` calls these; openai is
imported only inside the function that builds the client.
"""

from __future__ import annotations

import functools
import math
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType


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
