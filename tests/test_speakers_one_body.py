"""Two people who speak for one body, and a head title qualified by a body's word (session
30, agree30): `merge/speakers.py`'s `_voice_bodies` / `_speaks_for` and `_kind_headed`.
Made-up texts; the rules read grammar of titles, no names."""

from __future__ import annotations

from consensus.merge.speakers import Speakers

_VOICE = "Nobody was hurt, said Tomas Lerch, a spokesman for the Harbour Ministry, on Monday."
_MINISTER = "Harbour Minister Ida Venn said the quay would reopen."
_OTHER_MINISTER = "Transport Minister Olaf Brun said the quay would reopen."
_BARE_VOICE = "Nobody was hurt, ministry spokesman Karl Aas said."
_CHIEF = "Fire chief Rhea Dolan said a valve had been shut. The Varn fire service agreed."
_UNION = "Fire union chief Ned Pike said a valve had been shut. The Varn fire service agreed."
_OFFICER = "Chief Fire Officer Lia Morr said so. The Varn fire service agreed."


def _index() -> Speakers:
    return Speakers(
        {
            "tomas lerch": [_VOICE],
            "ida venn": [_MINISTER],
            "olaf brun": [_OTHER_MINISTER],
            "karl aas": [_BARE_VOICE],
            "rhea dolan": [_CHIEF],
            "ned pike": [_UNION],
            "lia morr": [_OFFICER],
            "varn fire service": [_CHIEF, _UNION, _OFFICER],
        }
    )


def test_a_ministrys_spokesman_and_its_minister_are_one_voice() -> None:
    sp = _index()
    assert sp.compatible("tomas lerch", "ida venn")
    assert sp.compatible("ida venn", "tomas lerch")


def test_another_ministrys_minister_is_not_its_spokesmans_voice() -> None:
    sp = _index()
    assert not sp.compatible("tomas lerch", "olaf brun")


def test_a_spokesman_of_no_named_ministry_speaks_for_no_minister() -> None:
    # ("ministry spokesman" names no distinctive word of the body: any minister would do)
    sp = _index()
    assert not sp.compatible("karl aas", "ida venn")


def test_a_fire_chief_speaks_for_the_fire_service() -> None:
    sp = _index()
    assert sp.compatible("rhea dolan", "varn fire service")
    assert sp.compatible("lia morr", "varn fire service")


def test_a_union_chief_does_not_speak_for_the_fire_service() -> None:
    sp = _index()
    assert not sp.compatible("ned pike", "varn fire service")
