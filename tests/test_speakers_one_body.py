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


_SECRETARY = "The regional secretary of the Varn Dockers' Union, Ona Reis, said the gates failed."
_FOR = "A spokeswoman for the harbour safety department, Mia Tell, said the note was clear."
_BARE = "The department said the note was clear."
_HEAD_OF = "Eli Marr, head of the opposition party, said so. The ruling party said no."


def test_a_description_before_the_name_that_opens_with_a_modified_title_names_the_body() -> None:
    sp = Speakers({"ona reis": [_SECRETARY], "varn dockers' union": [_SECRETARY]})
    assert sp.compatible("ona reis", "varn dockers' union")


def test_a_title_for_a_body_before_the_name_names_the_body() -> None:
    sp = Speakers({"mia tell": [_FOR], "department": [_BARE]})
    assert sp.compatible("mia tell", "department")


def test_a_title_of_another_body_names_no_body_it_lacks() -> None:
    sp = Speakers({"eli marr": [_HEAD_OF], "ruling party": [_HEAD_OF]})
    assert not sp.compatible("eli marr", "ruling party")
