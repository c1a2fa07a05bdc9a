"""The exceptions `consensus` raises. cli.py turns each into a one-line message and an exit code.

    ConsensusError                  base; str(err) is the one line a user sees
     +-- UsageError                 the caller asked for something wrong (exit 2)
     |    +-- InputError            an input path or record cannot be read as an article
     |    +-- ConfigError           model/api-base/options do not make sense
     +-- RunError                   something failed while doing a valid job (exit 1)
          +-- ExtractionError       one article's extraction failed (others go on)
          +-- EmbeddingError        the embedding model (--embed-model) failed or answered wrong
          +-- CacheError            the cache directory cannot be used
          +-- PromptError           a prompt file is missing or a variable is unset

Messages never contain API keys: `redact()` scrubs anything that looks like one, and the
userinfo (`user:password@`) and query values (`?key=...`) of every URL in a message.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consensus.models import Usage

_KEY_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-]{8,}|Bearer\s+[A-Za-z0-9_\-\.]{8,}|(?:api[_-]?key|x-api-key)[\"'=:\s]+[A-Za-z0-9_\-\.]{8,})",
    re.IGNORECASE,
)


def _secret_values() -> list[str]:
    return [
        v
        for k, v in os.environ.items()
        if len(v) >= 8 and re.search(r"(API_KEY|_TOKEN|SECRET)$", k)
    ]


_URL = re.compile(r"\b[a-z][a-z0-9+.\-]*://[^\s'\"<>]+", re.IGNORECASE)
_USERINFO = re.compile(r"^([^:/?#]+://)[^/?#@]*@")


def redact_url(url: str) -> str:
    """`url` without its userinfo and query values: `http://[redacted]@h/p?key=[redacted]`."""
    url = _USERINFO.sub(r"\1[redacted]@", url)
    head, sep, rest = url.partition("?")
    if not sep:
        return url
    query, hash_sep, fragment = rest.partition("#")
    params = re.split(r"([&;])", query)
    query = "".join(
        p if p in "&;" else (p.split("=", 1)[0] + "=[redacted]" if "=" in p else "[redacted]")
        for p in params
    )
    return f"{head}?{query}{hash_sep}{fragment}"


def redact(text: str) -> str:
    """Replace API keys (known env values and key-shaped strings) with '[redacted]', and the
    userinfo and query values of every URL."""
    for value in _secret_values():
        text = text.replace(value, "[redacted]")
    text = _URL.sub(lambda m: redact_url(m.group(0)), text)
    return _KEY_PATTERNS.sub("[redacted]", text)


class ConsensusError(Exception):
    """Base of every error this package raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(redact(message))


class UsageError(ConsensusError):
    exit_code = 2


class InputError(UsageError):
    """An input cannot be read as an article. The message names the input."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ConfigError(UsageError):
    pass


class RunError(ConsensusError):
    exit_code = 1


class ExtractionError(RunError):
    def __init__(self, article: str, problem: str) -> None:
        self.article = article
        self.problem = problem
        # What the failed attempts cost (a models.Usage), when a model was called.
        self.usage: Usage | None = None
        super().__init__(f"{article}: {problem}")


class EmbeddingError(RunError):
    """Vectors for alignment could not be had from the embedding model the run names."""

    def __init__(self, model: str, problem: str) -> None:
        self.model = model
        self.problem = problem
        super().__init__(f"embeddings: {problem}")


class CacheError(RunError):
    pass


class PromptError(RunError):
    pass
