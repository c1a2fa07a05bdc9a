"""The clause a clock time closes, read whole: the "and" of "between A and B" stays inside
it, and a clause that opens with its act after an apposition is read with the sentence's
opening noun phrase (consensus.merge.clock; session 67). Invented text."""

from __future__ import annotations

from consensus.merge.clock import clause_meets, clock_times


def test_an_and_between_two_words_of_a_pair_keeps_the_clause() -> None:
    (t,) = clock_times("The span between the fourth and fifth piers fell at 7:12 a.m.")
    assert {"span", "fell"} <= t.clause
    # the span's fall and footage of it share the thing timed
    assert clause_meets((t,), clock_times("Footage shows the span falling at 7:05 a.m."))
    # an "and" between two clauses still opens one
    _, last = clock_times("The first at about 7 p.m. and the last boat at 9:40 p.m.")
    assert "first" not in last.clause


def test_an_act_first_clause_after_an_apposition_times_the_opening_noun() -> None:
    (t,) = clock_times(
        "The weir, a stone barrier built in 1931, burst shortly before 4 a.m., the warden said."
    )
    assert {"weir", "burst"} <= t.clause
    (u,) = clock_times("The weir, an old barrier on the Tamm, gave way at around 4:30 a.m.")
    assert {"weir", "gave", "way"} <= u.clause
    assert clause_meets((t,), (u,))
    # a teller told between the noun and its act: the noun still does it
    (w,) = clock_times("The weir, the warden said, held until 4 a.m.")
    assert {"weir", "held"} <= w.clause


def test_a_clause_with_its_own_doer_or_no_opening_noun_phrase_is_read_as_before() -> None:
    (v,) = clock_times("On Tuesday, rescuers found the boat at 3 a.m.")
    assert "tuesday" not in v.clause
    (w,) = clock_times("The weir, an old barrier, was inspected and the gates shut at 6 a.m.")
    assert "weir" not in w.clause  # (the gates shut: a clause with its own doer)
    # only a statement's first time reaches back to its opening noun phrase
    _, second = clock_times("The weir, an old barrier, burst at 4 a.m., flooded at 5 a.m.")
    assert "weir" not in second.clause
