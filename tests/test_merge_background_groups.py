"""A group that retells an earlier event ("In April 2023, 14 cars ... derailed", retold
without its year by another outlet) is no side of today's figure point; a step of today's
story dated in a past year ("its $38 billion bid in October 2016") still is
(`background_groups`)."""

from __future__ import annotations

from consensus.merge.background_groups import (
    _clashed_texts,
    background_values,
    without_background,
)
from consensus.merge.features import _build_features, _Feat
from consensus.models import Claim, ClaimKind, Evidence


def _feat(statement: str, past: bool) -> _Feat:
    claim = Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject="the train",
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    (feat,) = _build_features([("a", 0, claim)])
    feat.past = past  # (`periods.names_past` against a publication date)
    return feat


def test_the_values_a_group_places_in_an_earlier_event() -> None:
    dated = _feat("In April 2023, 14 cars of a freight train derailed near Carrow Junction.", True)
    retold = _feat(
        "The crash comes two years after a derailment where 14 cars left the tracks.", False
    )
    assert background_values([dated, retold]) == {14.0}
    assert background_values([retold]) == set()
    # a step of today's story in a past year tells no earlier event
    bid = _feat("Qualcomm made its $38 billion bid in October 2016 for Dutch-based NXP.", True)
    assert background_values([bid]) == set()


def test_the_figures_a_conflict_names() -> None:
    got = _clashed_texts("quantity car: 14 vs Twenty-three; passenger: 300 vs 350")
    assert got == {"14", "Twenty-three", "300", "350"}


def test_a_background_group_leaves_its_point_when_all_its_links_are_background() -> None:
    point_of = {1: 1, 2: 1, 3: 1, 4: 4, 5: 4}
    links = [
        (1, 2, "conflict", "quantity car: 14 vs 23"),
        (2, 3, "conflict", "quantity car: 23 vs 30"),
        (4, 5, "conflict", "quantity car: 14 vs 30"),
    ]
    got = without_background(point_of, links, {(1, 2): 1, (4, 5): 4})
    assert got == {2: 1, 3: 1, 5: 4}
    # a group with a link of today's too stays
    links.append((1, 3, "conflict", "quantity resident: 1,800 vs 2,500"))
    assert 1 in without_background(point_of, links, {(1, 2): 1})
