"""consensus: what news sources agree on, contest, and say alone, with verbatim citations.

The public API, re-exported lazily so `consensus --help` and `import consensus` stay cheap:

    articles = consensus.load_articles(["seeds/"])
    result = consensus.extract_claims(articles)                 # offline by default
    result = consensus.extract_claims(articles, model="openai/gpt-4o-mini")
    report = consensus.summarize(["seeds/"])                    # Report (pydantic)
    print(consensus.render_report(report, "md"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # stages
    "load_articles": "consensus.ingest",
    "collect_articles": "consensus.ingest",
    "extract_claims": "consensus.extract",
    "aextract_claims": "consensus.extract",
    "summarize": "consensus.api",
    "asummarize": "consensus.api",
    "find_origins": "consensus.origins",
    "render_report": "consensus.render",
    "batch": "consensus.batching",
    "ClaimCache": "consensus.cache",
    # models
    "Article": "consensus.models",
    "Claim": "consensus.models",
    "ClaimSet": "consensus.models",
    "Evidence": "consensus.models",
    "ExtractionResult": "consensus.models",
    "Report": "consensus.models",
    # errors
    "ConsensusError": "consensus.errors",
    "UsageError": "consensus.errors",
    "InputError": "consensus.errors",
    "RunError": "consensus.errors",
    "ExtractionError": "consensus.errors",
    "EmbeddingError": "consensus.errors",
}

_ALIASES = {"render_report": "render"}

__all__ = [
    "Article",
    "Claim",
    "ClaimCache",
    "ClaimSet",
    "ConsensusError",
    "EmbeddingError",
    "Evidence",
    "ExtractionError",
    "ExtractionResult",
    "InputError",
    "Report",
    "RunError",
    "UsageError",
    "__version__",
    "aextract_claims",
    "asummarize",
    "batch",
    "collect_articles",
    "extract_claims",
    "find_origins",
    "load_articles",
    "render_report",
    "summarize",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'consensus' has no attribute {name!r}")
    # Exported names never equal a submodule's name (consensus.merge, consensus.render,
    # consensus.batching are modules), so caching them here cannot shadow a module.
    value = getattr(importlib.import_module(module), _ALIASES.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from consensus.api import asummarize, summarize
    from consensus.batching import batch
    from consensus.cache import ClaimCache
    from consensus.errors import (
        ConsensusError,
        EmbeddingError,
        ExtractionError,
        InputError,
        RunError,
        UsageError,
    )
    from consensus.extract import aextract_claims, extract_claims
    from consensus.ingest import collect_articles, load_articles
    from consensus.models import (
        Article,
        Claim,
        ClaimSet,
        Evidence,
        ExtractionResult,
        Report,
    )
    from consensus.origins import find_origins
    from consensus.render import render as render_report
