"""Capitalised runs that open with a word that is no part of a name (made-up texts).

A medium after a verb of saying and "on"/"via" ('"…," wrote on Twitter Marla Quenby') is
where the words were given, not the speaker's first name; a letter's salutation ("Dear Tresk
residents, …") opens no entity.
"""

from __future__ import annotations

from consensus.ingest import parse_text
from consensus.models import ClaimSet
from consensus.offline import extract_offline

_HEAD = (
    "Storm closes harbour road in Tresk\n\nBy Staff Reporter\n\n"
    "The harbour road in Tresk was closed on Monday after a storm damaged the sea wall, "
    "the council said.\n\n"
)


def _claims(body: str) -> ClaimSet:
    return extract_offline(parse_text(_HEAD + body, id="a1"))


def test_medium_after_a_verb_of_saying_is_no_part_of_the_name() -> None:
    got = _claims(
        '"The wall will be repaired within two weeks and the road will reopen then," '
        "wrote on Twitter Marla Quenby.\n\nQuenby later posted a longer message.\n\n"
        '"Dear Tresk residents, the storm damaged the sea wall in three places," she wrote.\n'
    )
    quoted = [c for c in got.claims if "three places" in c.statement]
    assert len(quoted) == 1
    assert quoted[0].speaker == "Marla Quenby"
    assert not any(c.speaker and "Twitter" in c.speaker for c in got.claims)


def test_salutation_opens_no_entity() -> None:
    got = _claims(
        "Council leader Marla Quenby wrote to every household on Tuesday.\n\n"
        '"Dear Tresk residents, the storm damaged the sea wall in three places and the road '
        'stays shut," she wrote.\n'
    )
    entities = {e for c in got.claims for e in c.entities}
    assert "Tresk" in entities
    assert not any(e.startswith("Dear") for e in entities)
    quoted = [c for c in got.claims if "three places" in c.statement]
    assert [c.speaker for c in quoted] == ["Marla Quenby"]
