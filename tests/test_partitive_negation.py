"""A partitive negation ("None of the 22 crew members was hurt") negates what is said of
its noun (hurt), as "no crew member was hurt" does, not the count the partitive names: it is
no rebuttal of "its crew of 22 was unharmed"."""

from __future__ import annotations

from test_negated_complement import _negation_of, _two_outlets


def test_a_partitive_negation_negates_the_predicate_of_its_noun() -> None:
    concepts, about = _negation_of("None of the 22 crew members was hurt, the owners said.")
    assert "22" not in concepts and about == {"member"}
    concepts, about = _negation_of("Neither of the two pilots has been charged.")
    assert "two" not in concepts and about == {"pilot"}
    # a negated pronoun with a place phrase after it negates the predicate, not the place
    concepts, _ = _negation_of("Nobody on board was hurt, the coastguard said.")
    assert concepts == {"injure"}
    concepts, _ = _negation_of("Nobody in Harwick will forget the night.")
    assert "harwick" not in concepts
    # without "of" the pronoun negates as before; a plain noun negation is untouched
    concepts, _ = _negation_of("No one was hurt.")
    assert concepts == {"injure"}
    concepts, about = _negation_of("The driver had no known terrorist links, police said.")
    assert concepts == {"link"} and not about


def _contested(first: str, second: str) -> bool:
    report = _two_outlets(first, second)
    return any(p for p in report.contested)


def test_the_count_of_a_partitive_is_no_rebuttal_of_that_count() -> None:
    assert not _contested(
        "None of the 22 crew members was hurt, the shipping line said on Sunday.",
        "The freighter's crew of 22 was unharmed, the shipping line said on Sunday.",
    )
