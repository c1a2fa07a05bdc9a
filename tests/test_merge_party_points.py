"""One accusation and the accused's denial, told by two outlets in other words, make one
contested point, not two (consensus.merge.party_points; issue 8, session 17)."""

from __future__ import annotations

from consensus.merge.features import _build_features, _Feat
from consensus.merge.party_points import fold_party_points
from consensus.models import Article
from consensus.offline import extract_offline


def _feats(*texts: str) -> list[_Feat]:
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    claims = [(a.id, k, c) for a in articles for k, c in enumerate(extract_offline(a).claims)]
    feats = {f.article: f for f in _build_features(claims)}
    return [feats[a.id] for a in articles]


ACCUSED = "The dockers' union accused Harbo Lines of hiring crews from labour agencies."
AGAIN = "Union leaders said Harbo Lines had used agency crews on four ships."
DENIED = "Harbo Lines denied it."
DENIED_AGAIN = "Harbo Lines again denied the claim."
LINKS = [(0, 1, "denial", "deny|it"), (2, 3, "conflict", "polarity: opposite")]


def test_two_points_of_one_accusation_and_one_denier_fold() -> None:
    groups = [[f] for f in _feats(ACCUSED, DENIED, AGAIN, DENIED_AGAIN)]
    folded = fold_party_points({0: 0, 1: 0, 2: 2, 3: 2}, LINKS, groups)
    assert folded == {0: 0, 1: 0, 2: 0, 3: 0}


def test_another_accusation_or_another_denier_stays_apart() -> None:
    other = "The dockers' union said Harbo Lines had cut the pay of its cooks."
    groups = [[f] for f in _feats(ACCUSED, DENIED, other, DENIED_AGAIN)]
    assert fold_party_points({0: 0, 1: 0, 2: 2, 3: 2}, LINKS, groups)[2] == 2
    groups = [[f] for f in _feats(ACCUSED, DENIED, AGAIN, "Port Kell's mayor denied it.")]
    assert fold_party_points({0: 0, 1: 0, 2: 2, 3: 2}, LINKS, groups)[2] == 2
    # a point of figures is left alone
    figures = [*LINKS[:1], (2, 3, "conflict", "quantity ship: four vs six")]
    groups = [[f] for f in _feats(ACCUSED, DENIED, AGAIN, DENIED_AGAIN)]
    assert fold_party_points({0: 0, 1: 0, 2: 2, 3: 2}, figures, groups)[2] == 2
