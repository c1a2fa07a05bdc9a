"""A one-sentence update in a figure point ("3,400 members were struck off, up from the 1,200
it reported on Monday") is on both sides it tells: its told clause with the outlets giving
the old value, its own clause with those giving the new one (consensus/merge/
update_sides.py); invented text."""

from __future__ import annotations

from consensus.merge.features import _Feat
from consensus.merge.update_sides import update_sides
from consensus.models import Citation
from tests.test_merge_figures import _members

_UPDATE = (
    "The guild now says 3,400 members were wrongly struck off by its records system, up "
    "from the 1,200 it reported on Monday."
)
_OLD = "On Monday the guild said 1,200 members had been wrongly struck off."
_NEW = "The guild said on Wednesday that 3,400 members were wrongly struck off."


def _cited(*said: tuple[str, str]) -> list[_Feat]:
    group = _members(*said)
    for f in group:
        text = f.claim.statement
        f.citations = (Citation(article=f.article, quote=text, start=0, end=len(text)),)
    return group


def _shown(sides: dict[str, list[_Feat]]) -> dict[str, list[tuple[str, list[str]]]]:
    return {
        k: [(m.claim.statement, [c.quote for c in m.citations]) for m in ms]
        for k, ms in sorted(sides.items())
    }


def test_the_update_is_cut_to_each_side_it_tells() -> None:
    old, new, update = _cited(("o1", _OLD), ("o2", _NEW), ("o3", _UPDATE))
    # the update sentence on a side of its own (it prints both values)
    got = _shown(update_sides({"1,200": [old], "3,400": [new], "both": [update]}))
    own = "The guild now says 3,400 members were wrongly struck off by its records system"
    told = "up from the 1,200 it reported on Monday."
    assert got == {
        "1,200": [(_OLD, [_OLD]), (told, [told])],
        "3,400": [(_NEW, [_NEW]), (own, [own])],
    }
    # ... or on the new value's side, whole: the same
    again = _shown(update_sides({"1,200": [old], "3,400": [new, update]}))
    assert again == got


def test_the_own_clause_stays_put_when_no_other_outlet_gives_the_new_value() -> None:
    old, update = _cited(("o1", _OLD), ("o3", _UPDATE))
    got = _shown(update_sides({"1,200": [old], "both": [update]}))
    assert [s for s, _q in got["both"]] == [
        "The guild now says 3,400 members were wrongly struck off by its records system"
    ]
    assert [s for s, _q in got["1,200"]] == [_OLD, "up from the 1,200 it reported on Monday."]


def test_nothing_moves_without_an_outlet_giving_the_old_value() -> None:
    new, update = _cited(("o2", _NEW), ("o3", _UPDATE))
    sides = {"3,400": [new, update]}
    assert _shown(update_sides(sides)) == _shown(sides)


def test_a_rivals_figure_set_against_its_own_is_no_update() -> None:
    # two parties' counts, not an earlier value: the sentence stays whole where it is
    rival = "The firm said 11 crates were affected, fewer than the 14 crates listed by the agency."
    old, mine = _cited(("o1", "The agency said 14 crates were affected."), ("o2", rival))
    sides = {"11": [mine], "14": [old]}
    assert _shown(update_sides(sides)) == _shown(sides)


def test_a_side_is_headed_by_a_whole_sentence_not_the_told_clause() -> None:
    # the told clause ("up from the 1,200 ...") reads as a fragment: a member's whole
    # sentence heads the side when the side has one
    from consensus.merge.items import _medoid

    old, new, update = _cited(("o1", _OLD), ("o2", _NEW), ("o3", _UPDATE))
    sides = update_sides({"1,200": [old], "3,400": [new], "both": [update]})
    assert _medoid(sides["1,200"]).claim.statement == _OLD
    assert _medoid(sides["3,400"]).claim.statement == _NEW
