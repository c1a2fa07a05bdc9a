"""Session 37 (precision37): a pronoun subject ("It closed ...", "They said ...") names
nobody, so it is no entity of the claim's features: two claims whose subjects are both "it"
share no name (before, "it" counted as a name they had in common)."""

from __future__ import annotations

import pytest

from consensus.merge.features import _build_features
from consensus.models import Article
from consensus.offline import extract_offline


def _entities(text: str) -> frozenset[str]:
    article = Article(id="a", text=text)
    claims = [(article.id, k, c) for k, c in enumerate(extract_offline(article).claims)]
    (feat,) = _build_features(claims)
    return feat.entities


@pytest.mark.parametrize("pronoun", ["It", "They", "She"])
def test_a_pronoun_subject_is_no_entity(pronoun: str) -> None:
    assert _entities(f"{pronoun} closed the bakery on Monday after the inspection.") == set()


def test_a_named_subject_is_still_an_entity() -> None:
    got = _entities("The Orvane Group closed the bakery on Monday after the inspection.")
    assert got == {"orvane group"}
