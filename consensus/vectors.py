"""Text vectors for alignment: a static embedding model offline, or a provider's through litellm.

Vectors are computed BEFORE the merger (like claims) and handed to it as `Vectors`, a
read-only map from text to a unit vector, so `merge` stays pure: the same texts and the
same vectors give the same report.

Offline (the default) uses `wordllama`'s bundled 256-d `l2_supercat` weights, loaded from
the installed package with downloads disabled: no network, ~0.3 s to load, ~0.2 s for
10,000 sentences on one core. It is imported only when vectors are needed, never by
`--help` or by code paths that merge nothing.

With `embed_model` (e.g. `openai/text-embedding-3-small`, `ollama/nomic-embed-text`) the
texts go through `consensus.llm.embed_with_litellm`, cached in the claim cache under a key
that names the model, so a re-run pays nothing.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from consensus.errors import CacheError, ConfigError, EmbeddingError

__all__ = ["OFFLINE_MODEL", "Vectors", "embed_texts", "offline_embed"]

OFFLINE_MODEL = "wordllama/l2_supercat_256"
_BATCH = 256  # texts per request to a provider

_lock = threading.Lock()
_offline: Any = None


class Vectors:
    """Unit vectors of texts, by text. Texts not embedded have no vector (`get` -> None)."""

    def __init__(self, model: str, texts: Sequence[str], matrix: np.ndarray) -> None:
        if len(texts) != len(matrix):
            raise ValueError("one vector per text")
        self.model = model
        self._index = {t: i for i, t in enumerate(texts)}
        m = np.asarray(matrix, dtype=np.float32)
        if m.ndim != 2 and len(texts):
            raise ValueError("vectors must be a 2-d matrix")
        norms = np.linalg.norm(m, axis=1, keepdims=True) if len(texts) else np.ones((0, 1))
        self._matrix = (m / np.where(norms == 0, 1.0, norms)).astype(np.float32)

    @classmethod
    def empty(cls) -> Vectors:
        return cls("none", [], np.zeros((0, 1), dtype=np.float32))

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, text: object) -> bool:
        return text in self._index

    @property
    def dim(self) -> int:
        return int(self._matrix.shape[1]) if len(self._index) else 0

    def get(self, text: str) -> np.ndarray | None:
        i = self._index.get(text)
        return None if i is None else self._matrix[i]

    def matrix(self, texts: Sequence[str]) -> np.ndarray:
        """Rows for `texts` in order; a text without a vector gets a zero row."""
        out = np.zeros((len(texts), max(self.dim, 1)), dtype=np.float32)
        rows = np.fromiter((self._index.get(t, -1) for t in texts), np.int64, count=len(texts))
        known = rows >= 0
        out[known] = self._matrix[rows[known]]  # (one gather, not a copy per row)
        return out

    def merged(self, other: Vectors) -> Vectors:
        texts = list(self._index) + [t for t in other._index if t not in self._index]
        rows = [
            self._matrix[self._index[t]] if t in self._index else other._matrix[other._index[t]]
            for t in texts
        ]
        mat = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
        return Vectors(self.model, texts, mat)


def _load_offline() -> Any:
    global _offline
    with _lock:
        if _offline is None:
            import os

            try:
                import wordllama
                from wordllama import WordLlama
            except ImportError as exc:  # pragma: no cover - a dependency of the package
                raise ConfigError(
                    "the offline embedding model needs the 'wordllama' package: "
                    "pip install wordllama"
                ) from exc
            folder = os.path.dirname(wordllama.__file__)
            # The wheel carries weights and tokenizer; `disable_download` keeps it offline.
            _offline = WordLlama.load(cache_dir=folder, disable_download=True)
        return _offline


def offline_embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors from the bundled static model (deterministic, no network)."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    model = _load_offline()
    vecs = model.embed(list(texts), norm=True)
    return np.asarray(vecs, dtype=np.float32)


def _unique(texts: Iterable[str]) -> list[str]:
    return sorted({t for t in texts if t and t.strip()})


def _cache_key(model: str, text: str, api_base: str | None = None) -> str:
    """Key of one text's vector: a sha256 of the model, the endpoint and the text.

    The endpoint counts for the reason `extract.endpoint_identity` gives (a local server
    answers for whatever model it loaded, whatever the name says); it is hashed, never stored,
    and without its credentials. No api_base: the key of the provider's own endpoint.
    """
    from consensus.extract import endpoint_identity

    endpoint = endpoint_identity(api_base) or ""
    digest = hashlib.sha256(f"embedding\0{model}\0{endpoint}\0{text}".encode()).hexdigest()
    return f"emb:{digest}"


def embed_texts(
    texts: Iterable[str],
    *,
    embed_model: str | None = None,
    api_base: str | None = None,
    cache: Any = None,
    timeout: float | None = None,
) -> Vectors:
    """Vectors for the distinct non-blank `texts` (sorted, so the result is order-free).

    Offline when `embed_model` is None. With a model, cached vectors are reused and only the
    missing texts are sent, in batches of `_BATCH`.
    """
    unique = _unique(texts)
    if embed_model is None:
        return Vectors(OFFLINE_MODEL, unique, offline_embed(unique))
    found: dict[str, list[float]] = {}
    if cache is not None:
        for t in unique:
            hit = cache.get_vector(_cache_key(embed_model, t, api_base))
            if hit is not None:
                found[t] = hit
    missing = [t for t in unique if t not in found]
    if missing:
        from consensus.llm import embed_with_litellm

        for k in range(0, len(missing), _BATCH):
            batch = missing[k : k + _BATCH]
            rows = embed_with_litellm(batch, model=embed_model, api_base=api_base, timeout=timeout)
            for t, row in zip(batch, rows, strict=True):
                found[t] = row
                if cache is not None:
                    try:
                        cache.set_vector(_cache_key(embed_model, t, api_base), row)
                    except CacheError:  # a full disk: the vectors are good, a re-run pays
                        pass
    widths = {len(row) for row in found.values()}
    if len(widths) > 1:  # cached rows of another width: the server changed its model
        raise EmbeddingError(
            embed_model,
            f"model {embed_model}: vectors of different lengths {sorted(widths)} "
            "(cached and new); clear the cache (consensus cache clear) and run again",
        )
    mat = np.asarray([found[t] for t in unique], dtype=np.float32)
    if not unique:
        mat = np.zeros((0, 1), dtype=np.float32)
    return Vectors(embed_model, unique, mat)


def as_vectors(value: Vectors | Mapping[str, Sequence[float]] | None) -> Vectors:
    """Accept a `Vectors`, a plain {text: vector} mapping, or None (no vectors)."""
    if value is None:
        return Vectors.empty()
    if isinstance(value, Vectors):
        return value
    texts = sorted(value)
    mat = np.asarray([value[t] for t in texts], dtype=np.float32)
    return Vectors("given", texts, mat if texts else np.zeros((0, 1), dtype=np.float32))
