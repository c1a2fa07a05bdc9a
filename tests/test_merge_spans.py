"""The `span_contained` link column (merge/spans.py): a short claim read against the window
of a longer claim that holds it."""

from __future__ import annotations

import numpy as np

from consensus.merge.compare import COMPARISONS, ClaimView, PairContext
from consensus.merge.spans import window_share
from consensus.vectors import Vectors


def _column(statements: list[str], pairs: list[tuple[int, int]]) -> list[float]:
    views = [
        ClaimView(article=f"a{k}", statement=s, names=frozenset(), speaker=None)
        for k, s in enumerate(statements)
    ]
    x = PairContext(views, Vectors.empty()).features(pairs, [0.0] * len(pairs))
    return x[:, COMPARISONS.index("span_contained")].tolist()


def test_a_short_claim_inside_a_longer_one_scores_high() -> None:
    statements = [
        "Seven people were killed in the crash.",
        "The coach left the road near Dunmore late on Friday and seven people were killed "
        "in the crash, police said, and the road stayed closed overnight for the clearance.",
        # the same long claim with another place's crash: the short claim's words are no
        # longer together in one window
        "Seven people were killed in the crash.",
        "The coach left the road near Dunmore late on Friday, police said; in a crash near "
        "Velden seven miles away people were killed last year and the road stayed closed.",
    ]
    got = _column(statements, [(0, 1), (2, 3)])
    assert got[0] == 1.0
    assert got[1] < 0.5


def test_a_changed_figure_or_an_age_the_long_claim_lacks_scores_zero() -> None:
    statements = [
        "Nine workers were injured at the plant, the company said.",
        "A fire broke out at the Ostvale chemical plant on Tuesday night and seven workers "
        "were injured at the plant, the company said in a statement on Wednesday.",
        "Anja Sorrel is 61.",
        "Anja Sorrel conceded defeat on Monday afternoon in a short address at the party "
        "headquarters in the capital, saying she had telephoned the winner.",
    ]
    assert _column(statements, [(0, 1), (2, 3)]) == [0.0, 0.0]


def test_window_share_weighs_rare_words_and_needs_them_together() -> None:
    idf = {"kill": 1.0, "crash": 3.0, "seven": 2.0}
    short = ["seven", "kill", "crash"]
    assert window_share(short, ["road", "seven", "kill", "crash", "police"], idf) == 1.0
    # the rare word far from the others: the best window holds the two common ones
    far = ["seven", "kill", "road", "closed", "overnight", "bridge", "crash"]
    assert np.isclose(window_share(short, far, idf), 3.0 / 6.0)
