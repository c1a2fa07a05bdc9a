"""Session 55 (released55): what six newly released blind clusters showed, in invented text.

- A title read before a name (consensus/merge/roles.py `_title_before`): an extractor that
  puts a resolved speaker in place of "he" writes "<Body> has nine unfilled crew posts,
  <Body> said", and the clause before the comma was read as the name's apposition (its
  title: "nine unfilled crew posts"), so link rule 7 (one person, two facts: who they are
  against what they said) kept it apart from "<Body> said it had nine vacancies among the
  crew". A name a comma follows back to a clause and a speech verb ends has no title
  there; a speech verb or an auxiliary ends a title read back from a name ("the union says
  <Body> has ...": "says" titles nothing).
- A bound written with a scale word (consensus/merge/slots.py `_bound_step`): "more than
  $4 million" is four million and some, so "$4.5 million" keeps it; the step was read from
  the value (100,000) and the two made a quantity dispute.
"""

from __future__ import annotations

from types import SimpleNamespace

from consensus.merge.claim_words import content_stems
from consensus.merge.figures import figures
from consensus.merge.roles import role_words
from consensus.merge.rule7_roles import _Roles
from consensus.merge.slots import _overlap


def test_a_trailing_attribution_gives_its_name_no_title() -> None:
    said = "Norvale has nine unfilled crew posts, Norvale said"
    assert role_words(said, ["norvale"]) == frozenset()


def test_an_apposition_before_a_name_is_still_its_title() -> None:
    told = "Its chief engineer, Ada Pell, said the crew had been warned"
    assert {"chief", "engineer"} <= role_words(told, ["ada pell"])
    assert {"chief", "engineer"} <= role_words("Its chief engineer, Ada Pell", ["ada pell"])


def test_a_speech_verb_before_a_name_is_no_title() -> None:
    told = "The Dockhands' Guild says Norvale has 14 vacant posts, not nine"
    assert role_words(told, ["norvale"]) == frozenset()
    assert "leader" in role_words("Guild leader Ada Pell spoke first", ["ada pell"])


def test_rule_7_no_longer_parts_one_count_told_twice() -> None:
    a = "Norvale said it had nine vacancies among the Tessa Mare's crew"
    b = "Norvale has nine unfilled crew posts, Norvale said"
    feats = [
        _feat(a, frozenset({"norvale", "tessa mare"})),
        _feat(b, frozenset({"norvale"})),
    ]
    stems = [content_stems(a.casefold()), content_stems(b.casefold())]
    assert not _Roles(feats, stems).two_facts(0, 1)  # type: ignore[arg-type]


def _feat(statement: str, entities: frozenset[str]) -> object:
    return SimpleNamespace(
        claim=SimpleNamespace(statement=statement),
        entities=entities,
        speaker="norvale",
        content=frozenset(),
    )


def test_a_bound_with_a_scale_word_keeps_a_figure_inside_its_step() -> None:
    (bound,) = figures("The family sued the clinic for more than $4 million.")
    (exact,) = figures("The lawsuit asks for $4.5 million from the clinic.")
    (beyond,) = figures("The lawsuit asks for $5.5 million from the clinic.")
    assert bound.bound == "min"
    assert _overlap(bound, exact)
    assert not _overlap(bound, beyond)


def test_a_bound_without_a_scale_word_keeps_its_step() -> None:
    (bound,) = figures("More than 1,000 homes lost power.")
    (near,) = figures("About 1,050 homes lost power.")
    (far,) = figures("Some 1,400 homes lost power.")
    assert _overlap(bound, near)
    assert not _overlap(bound, far)
