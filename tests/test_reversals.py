"""A verb told again is a second act, never the same claim as a first act of that verb
(merge/second_acts.py, rule 0 of link.py); the `reversals` pair table keeps its format for a
user's pairs but is empty as shipped (session 63). Invented text only."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.features import (
    _PREDICATE_CONCEPTS,
    REVERSED_LEADS,
    _concept,
    _lead_predicate,
    _tokens,
)
from consensus.merge.lexicon import _PREDICATES, _REVERSALS
from consensus.merge.second_acts import NEAR_ACT, REPREFIXED, acts_again, second_acts_apart
from consensus.vectors import Vectors

_NONE: frozenset[str] = frozenset()


def _lead(text: str) -> str | None:
    return _lead_predicate(_tokens(text), _NONE)[0]


def test_shipped_predicate_and_reversal_tables_are_empty() -> None:
    assert _PREDICATES == frozenset()
    assert dict(_REVERSALS) == {}
    assert REVERSED_LEADS == frozenset()
    assert _PREDICATE_CONCEPTS == frozenset()


def test_a_verb_told_again_is_read_by_its_shape() -> None:
    assert acts_again("The navy recaptured the port of Selm.") == ("captured",)
    assert acts_again("The port of Selm has been taken back by the navy.") == ("taken",)
    assert acts_again("The Harlow ferry reopened on Monday.") == ("opened",)
    assert acts_again("Tarrow's party won back the seat.") == ("won",)
    assert acts_again("Ms Vale re-elected as chair.") == ("elected",)
    # a noun before "back", a remainder in no verb's shape: no second act
    assert acts_again("He was paid their money back.") == ()
    assert acts_again("The region's rebels remain.") == ()
    assert acts_again("The militia captured the port of Selm.") == ()
    # a verb of saying, or a saying again, is no second act of an event (what is said
    # again is the same claim): "reiterated", "reported", "restated"
    assert acts_again("The mayor reiterated that the pier would stay shut.") == ()
    assert acts_again("The Orven Courier reported that the pier was shut.") == ()
    assert acts_again("The council restated its ban on Friday.") == ()


def test_a_participle_after_an_auxiliary_leads() -> None:
    """A predicate is read from its shape, not from a table of one event's acts."""
    assert _lead("The brigade is encircled near Varnel.") == _concept("encircled")
    assert _lead("The depot has been quietly closed.") == _concept("closed")


def test_a_past_tense_alone_does_not_lead() -> None:
    """Every verb by its shape measured worse (session 62): a past tense alone is no lead."""
    assert _lead("Harlow Transit encircled the depot with fences.") is None


def _apart(texts: list[str], words: dict[str, list[float]]) -> bool:
    """Rule 0's second-act reading of claims 0 and 1 (it reads each claim's statement)."""
    feats = [SimpleNamespace(claim=SimpleNamespace(statement=t)) for t in texts]
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(texts)
    ]
    vecs = Vectors("test", list(words), np.asarray(list(words.values()), dtype=np.float32))
    got = second_acts_apart(feats, PairContext(views, vecs), np.array([0]), np.array([1]))  # type: ignore[arg-type]
    return bool(got[0])


def test_a_second_act_and_a_first_act_of_one_verb_are_apart() -> None:
    first = "The militia captured the port of Selm in May."
    # the same verb: by its stem, no vectors needed
    assert _apart([first, "The navy recaptured the port of Selm."], {})
    # another verb whose word vector is near the remainder ("captured" ~ "taken")
    near = {"taken": [1.0, 0.0], "captured": [1.0, 1.0]}  # cosine 0.71
    assert _apart([first, "The port of Selm has been taken back by the navy."], near)
    far = {"taken": [1.0, 0.0], "captured": [0.1, 1.0]}  # cosine 0.10
    assert not _apart([first, "The port of Selm has been taken back by the navy."], far)
    # two second acts, or none, are left to the other rules
    assert not _apart(["The navy recaptured Selm.", "Selm was taken back by the navy."], near)
    assert not _apart([first, "The militia seized the port of Selm in May."], near)
    assert 0.1 < NEAR_ACT < 0.71


def test_a_first_act_is_a_verb_of_the_act() -> None:
    """A noun ("printer"), an irregular form of another verb ("made") or a part of a compound
    is no first act; an irregular form of the act's own verb is ("built" / "rebuild")."""
    near = {"printed": [1.0, 0.0], "made": [1.0, 0.3], "naming": [1.0, 0.1]}  # cosines > 0.9
    again = "The ballots will be reprinted by Harlow Print."
    assert not _apart(["The printer made the ballots.", again], near)
    assert not _apart(["A naming-rights deal for the ballots.", again], near)
    assert _apart(["Harlow Print printed the ballots.", again], near)
    assert _apart(["The town built the Selm bridge.", "The town will rebuild the Selm bridge."], {})


def test_a_re_word_far_from_its_remainder_is_no_second_act() -> None:
    """ "researched" is no act of "searched" told again: the batch's vectors of the whole
    word and its remainder (or the other statement's word of its stem) are far apart
    (`REPREFIXED`); near, as "reopened" / "opened", it is (session 64, smallfix64)."""
    first = "Police searched the Orlan flat on Monday."
    again = "Dr Vell researched the Orlan flat's history."
    far = {"researched": [1.0, 0.0], "searched": [0.1, 1.0]}  # cosine 0.10
    near = {"researched": [1.0, 0.0], "searched": [1.0, 1.0]}  # cosine 0.71
    assert not _apart([first, again], far)
    assert _apart([first, again], near)
    # no vector of the remainder: the other statement's word of its stem stands for it
    searching = "Police were searching the Orlan flat on Monday."
    assert not _apart([searching, again], {"researched": [1.0, 0.0], "searching": [0.1, 1.0]})
    assert _apart([searching, again], {"researched": [1.0, 0.0], "searching": [1.0, 1.0]})
    # no vector of the whole word: read by its shape, as before
    assert _apart([first, again], {})
    assert 0.1 < REPREFIXED < 0.71
