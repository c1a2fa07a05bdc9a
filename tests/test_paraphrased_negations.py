"""One speaker's negation of what another states in other words is a rebuttal
(consensus.merge.paraphrased_negations; link rule 6 across two voices; issue 8, session
59). Invented text."""

from __future__ import annotations

import datetime as dt

import numpy as np

from consensus.api import build_report
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.denial_strength import _Negations
from consensus.merge.features import _build_features, _Feat
from consensus.merge.paraphrased_negations import (
    PARAPHRASE_AT,
    paraphrase_clash,
)
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline
from consensus.vectors import Vectors

DAY = dt.date(2025, 6, 2)

CHARGES = (
    "The Dunmere council voted on Monday to close the Harrow Lane car park. "
    "Tomas Brenner, who leads the traders' association, said the council had increased "
    "parking charges in March. The car park will close in September.",
    "The Dunmere council will close the Harrow Lane car park in September, it decided on "
    "Monday. Council leader Ana Roe said the council did not raise parking charges in March. "
    "About 300 cars use the car park each day.",
)


def _articles(texts: tuple[str, ...]) -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )


def test_a_negation_of_what_another_speaker_states_in_other_words_is_a_point() -> None:
    # "did not raise" / "had increased": no stem or synonym group meets, the word vectors do
    arts = _articles(CHARGES)
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (point,) = [c for c in report.contested if "negated: raise" in c.rule]
    said = sorted(p.statement for p in point.positions)
    assert said[0].startswith("Ana Roe said the council did not raise parking charges")
    assert said[1].startswith("Tomas Brenner said the council had increased parking charges")


def _pair(negating: str, stating: str) -> tuple[_Feat, _Feat]:
    arts = _articles((negating, stating))
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(claims, {a.id: a.text for a in arts})
    (neg,) = [f for f in feats if f.article == "t0"]
    (said,) = [f for f in feats if f.article == "t1"]
    return neg, said


def _clash(negating: str, stating: str, likeness: float) -> str:
    """`paraphrase_clash` of the two statements with invented word vectors: "cut" and
    "slashed" at cosine `likeness`, every other word orthogonal to them."""
    neg, said = _pair(negating, stating)
    words = ["cut", "slashed", "wrongly", "wrong", "four", "fourteen"]
    s = float(np.sqrt(max(0.0, 1.0 - likeness**2)))
    rows = [[1, 0, 0, 0, 0], [likeness, s, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]]
    rows += [[0, 0, 0, 1, 0], [0, 0, 0, 1, 0]]
    vectors = Vectors("test", words, np.asarray(rows, dtype=np.float32))
    views = [
        ClaimView(article=f.article, statement=f.claim.statement, names=frozenset(), speaker=None)
        for f in (neg, said)
    ]
    negs = _Negations([neg, said])
    return paraphrase_clash(PairContext(views, vectors), neg, said, negs(0), negs(1))


def test_the_negated_word_meets_the_other_word_at_the_bar() -> None:
    negating = "Ana Roe said the firm did not cut any jobs at the plant."
    stating = "Tomas Brenner said the firm slashed 40 jobs at the plant."
    assert _clash(negating, stating, 0.55) == "cut"
    assert _clash(negating, stating, PARAPHRASE_AT - 0.05) == ""
    assert _clash(negating, stating, 0.0) == ""


def test_a_noun_phrase_negation_is_no_negated_predicate() -> None:
    # "no wrongly fined driver" says of the drivers what comes after: "would be charged"
    negating = "The council said no wrongly fined driver would be charged the higher amount."
    stating = "Tomas Brenner said the number of wrong fines was far higher."
    assert _clash(negating, stating, 1.0) == ""


def test_two_number_words_are_no_paraphrase() -> None:
    # two counts are rule 3's to compare
    negating = "Ana Roe said the toll was not fourteen."
    stating = "Tomas Brenner said the toll was four."
    assert _clash(negating, stating, 1.0) == ""
