"""Offline vectors: loaded from the installed wheel with the network blocked, deterministic,
never imported by `--help` or when nothing needs aligning, and useful (a paraphrase is
nearer than an unrelated sentence)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np

from consensus.api import embed_for_merge
from consensus.models import Article, ClaimSet
from consensus.offline import extract_offline
from consensus.vectors import OFFLINE_MODEL, Vectors, as_vectors, embed_texts


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return out.stdout.strip()


def test_offline_model_loads_and_embeds_with_the_network_blocked() -> None:
    got = _run(
        """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")

        socket.socket.connect = refuse  # type: ignore[method-assign]
        socket.socket.connect_ex = refuse  # type: ignore[method-assign]
        socket.getaddrinfo = refuse  # type: ignore[assignment]
        from consensus.vectors import embed_texts

        a = embed_texts(["Seven killed as tram derails", "The driver was arrested"])
        b = embed_texts(["The driver was arrested", "Seven killed as tram derails"])
        ok = all(
            (a.get(t) == b.get(t)).all() for t in ("Seven killed as tram derails",)
        )
        print(a.model, len(a), a.dim, ok)
        """
    )
    assert got == f"{OFFLINE_MODEL} 2 256 True"


def test_help_and_a_single_article_never_load_the_model() -> None:
    got = _run(
        """
        import runpy, sys
        sys.argv = ["consensus", "--help"]
        try:
            runpy.run_module("consensus", run_name="__main__")
        except SystemExit:
            pass
        from consensus.api import embed_for_merge
        from consensus.models import Article
        from consensus.offline import extract_offline
        text = "Seven people were killed when a tram derailed in London on Wednesday, police said."
        cs = extract_offline(Article(id="a", text=text))
        vectors = embed_for_merge([cs])
        print(len(vectors), "wordllama" in sys.modules, "litellm" in sys.modules)
        """
    )
    assert got.splitlines()[-1] == "0 False False"


def test_a_paraphrase_is_nearer_than_an_unrelated_sentence() -> None:
    texts = [
        "At least seven people were killed when a tram derailed",
        "Seven killed as tram derails",
        "The driver was arrested on suspicion of manslaughter",
    ]
    v = embed_texts(texts)
    m = v.matrix(texts)
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-5)
    assert float(m[0] @ m[1]) > float(m[0] @ m[2]) + 0.3


def test_vectors_for_merge_cover_statements_and_their_words() -> None:
    arts = [
        Article(id="a", text="Seven people were killed when a tram derailed, police said."),
        Article(id="b", text="At least seven people died after the tram came off the rails."),
    ]
    sets: list[ClaimSet] = [extract_offline(a) for a in arts]
    vectors = embed_for_merge(sets)
    for cs in sets:
        for c in cs.claims:
            assert c.statement in vectors
    assert "tram" in vectors and "killed" in vectors


def test_plain_mappings_are_accepted_and_normalised() -> None:
    v = as_vectors({"x": [3.0, 4.0], "y": [0.0, 2.0]})
    assert isinstance(v, Vectors)
    got = v.get("x")
    assert got is not None and np.allclose(got, [0.6, 0.8])
    assert v.get("z") is None
    assert len(as_vectors(None)) == 0
