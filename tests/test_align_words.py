"""Session 54 (alignjoin54): the `align` link column (merge/align_words.py), a soft word
alignment of two statements over the words' own vectors, computed in the comparison rows."""

from __future__ import annotations

import json

import numpy as np
import pytest

from consensus.merge.align_gaps import ALIGN_COLUMNS
from consensus.merge.claim_words import align_words
from consensus.merge.compare import COMPARISONS, ClaimView, PairContext, texts_to_embed
from consensus.merge.link_models import WEIGHTS, all_columns_in_scope, column_read, link_model
from consensus.vectors import Vectors, embed_texts

ALIGN = COMPARISONS.index("align")


def _columns(
    statements: list[str], pairs: list[tuple[int, int]], vectors: bool, every: bool = True
) -> np.ndarray:
    views = [
        ClaimView(article=f"a{k}", statement=s, names=frozenset(), speaker=None)
        for k, s in enumerate(statements)
    ]
    # (what `api.embed_for_merge` embeds offline)
    texts = texts_to_embed(statements) | {w for s in statements for w in align_words(s)}
    vecs = embed_texts(texts) if vectors else Vectors.empty()
    if not every:  # (as `merge` runs: only the columns a model in scope reads)
        return PairContext(views, vecs).features(pairs, [0.0] * len(pairs))
    with all_columns_in_scope():  # (as the fitting rows are computed)
        return PairContext(views, vecs).features(pairs, [0.0] * len(pairs))


STATEMENTS = [
    "The minister of transport resigned on Tuesday after the bridge inquiry.",
    "The transport minister quit on Tuesday following the inquiry into the bridge.",
    "The minister of transport resigned on Tuesday after the bridge inquiry.",
    "The health minister opened a hospital wing in the northern town.",
    "Heavy rain flooded the harbour district overnight.",
]


def test_align_is_symmetric_and_one_for_identical_statements() -> None:
    pairs = [(0, 1), (1, 0), (0, 2), (0, 3), (3, 0), (1, 4), (4, 1)]
    x = _columns(STATEMENTS, pairs, vectors=True)[:, ALIGN]
    assert x[0] == x[1] and x[3] == x[4] and x[5] == x[6]
    assert x[2] == 1.0  # (two claims printing one statement)
    assert all(0.0 < v < 1.0 for v in x[[0, 3, 5]])


def test_a_paraphrase_aligns_better_than_a_look_alike_and_an_unrelated_claim() -> None:
    # the reworded resignation ("quit" / "resigned", "following" / "after") against another
    # minister's act sharing the frame, and against a claim about something else
    x = _columns(STATEMENTS, [(0, 1), (0, 3), (0, 4)], vectors=True)[:, ALIGN]
    paraphrase, look_alike, unrelated = x
    assert paraphrase > look_alike > unrelated


def test_align_is_zero_without_vectors() -> None:
    x = _columns(STATEMENTS, [(0, 1), (0, 2)], vectors=False)
    assert x[:, ALIGN].tolist() == [0.0, 0.0]
    # ... and so is the other vector column: the merger works without vectors
    assert x[:, COMPARISONS.index("soft_words")].tolist() == [0.0, 0.0]


def test_the_link_weights_read_every_column_but_align() -> None:
    # the shipped weights were fitted before the column (its fitted weight is not shipped:
    # bench/README "Session 54 (alignjoin54)"); a model reads the columns it knows
    link = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    # (nor the word-gap columns of session 58: merge/align_gaps.py)
    assert tuple(link["features"]) == tuple(n for n in COMPARISONS if n not in ALIGN_COLUMNS)
    x = np.ones((1, len(COMPARISONS)))
    x[0, ALIGN] = 100.0
    assert link_model().logit(x)[0] == pytest.approx(sum(link["features"].values()) + link["bias"])


def test_a_merge_skips_align_while_no_model_reads_it() -> None:
    # lead, session 54: no shipped model reads the column, so a merge does not compute it
    # (about 6% of merge CPU); rows for fitting (`fit_rows.comparison_rows`) still carry it
    assert not column_read("align") and column_read("soft_words")
    with all_columns_in_scope():
        assert column_read("align")
    pairs = [(0, 1), (0, 3)]
    assert _columns(STATEMENTS, pairs, vectors=True, every=False)[:, ALIGN].tolist() == [0.0, 0.0]
    assert min(_columns(STATEMENTS, pairs, vectors=True)[:, ALIGN]) > 0.0


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0]])
def test_align_does_not_depend_on_the_claim_order(order: list[int]) -> None:
    statements = [STATEMENTS[k] for k in order]
    at = {k: order.index(k) for k in range(len(order))}
    x = _columns(statements, [(at[0], at[1]), (at[0], at[3])], vectors=True)[:, ALIGN]
    base = _columns(STATEMENTS, [(0, 1), (0, 3)], vectors=True)[:, ALIGN]
    assert x.tolist() == base.tolist()


def test_a_frozen_fit_of_the_link_weights_fits_align_and_a_bias_shift_alone() -> None:
    # `fit_merge_weights.py --freeze consensus/merge/data/link_weights.json --free-bias`
    # (how the measured join file was fitted): every column but `align` keeps the shipped
    # weight; `align` and the bias are fitted
    import sys

    sys.path.insert(0, str(WEIGHTS.parents[3] / "scripts"))
    sys.path.insert(0, str(WEIGHTS.parents[3] / "bench"))
    import fit_merge_weights as fm

    frozen = fm.frozen_from(WEIGHTS)
    assert set(frozen["weights"]) == set(COMPARISONS) - set(ALIGN_COLUMNS)
    rng = np.random.default_rng(3)
    x = rng.uniform(0.0, 1.0, (200, len(COMPARISONS)))
    y = (x[:, ALIGN] + rng.normal(0, 0.2, 200) > 0.5).astype(float)
    data = [fm.Labelled(name="a", x=x, y=y, w=np.ones(200))]
    model = fm.fit(data, 1.0, frozen=frozen, free_bias=True)
    got = dict(zip(model.names, model.weights, strict=True))
    assert all(got[k] == v for k, v in frozen["weights"].items())
    assert got["align"] > 1.0 and model.bias != frozen["bias"]


def test_the_pipeline_embeds_align_words_only_while_a_model_reads_the_column() -> None:
    # lead, session 54: the words are embedded for the column alone (merge_scale's embed step
    # went 15 -> 27 s with them); fitting rows ask for every column, so they get the words
    from consensus.api import embed_for_merge
    from consensus.models import Claim, ClaimKind, ClaimSet, Evidence

    def one(article: str, statement: str) -> ClaimSet:
        quote = Evidence(quote=statement, start=0, end=len(statement))
        claim = Claim(
            statement=statement, kind=ClaimKind.event, subject="the minister", evidence=(quote,)
        )
        return ClaimSet(
            article=article, extractor="offline", extractor_version="test", claims=(claim,)
        )

    said = ["The council cut 40 jobs at the depot.", "Forty jobs went at the depot, 12 of them."]
    sets = [one("a", said[0]), one("b", said[1])]
    words = {w for s in said for w in align_words(s)}
    plain = embed_for_merge(sets)
    with all_columns_in_scope():
        every = embed_for_merge(sets)
    assert all(w in every for w in words) and len(every) > len(plain)
    # (the figures are the words the other comparisons do not embed)
    assert "40" in every and "40" not in plain and "12" not in plain
