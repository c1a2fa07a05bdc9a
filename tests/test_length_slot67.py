"""A length unit's "long" is no counted noun (session 67, released67,
`figure_slot_words._slot_and_counted`, `slots.slots_meet`): "the closure is five miles long"
counts what "gave the closure as eight miles" counts, so two tellers' lengths of one closure
clash; two lengths that both say "long" still meet on it; "wide" and "deep" name another
dimension and keep their figures apart. Invented texts."""

from __future__ import annotations

from test_voice_counts import _context

from consensus.merge.figures import figures


def test_long_after_a_length_unit_is_no_counted_noun() -> None:
    (fig,) = figures("The Roads Board says the diversion is five miles long.")
    assert fig.unit == "mile"
    assert fig.head == "" and fig.noun == ""
    assert fig.slot[:2] == ("long", "diversion")


def test_two_lengths_both_long_still_clash() -> None:
    ctx = _context(
        "The coastguard said the eel was about four metres long.",
        "A diver says the eel he saw was at least six metres long.",
    )
    assert ctx.figure_relation(0, 1) == (False, "long: four vs six")


def test_two_tellers_lengths_of_one_closure_clash() -> None:
    ctx = _context(
        "Brenmoor Police gave the diversion as eight miles.",
        "The Roads Board says the diversion is five miles long.",
    )
    assert ctx.figure_relation(0, 1) == (False, "diversion: eight vs five")


def test_other_dimensions_keep_their_word() -> None:
    (wide,) = figures("The pit is 40 metres wide.")
    (deep,) = figures("The pit is 25 metres deep.")
    assert wide.slot[0] == "wide" and deep.slot[0] == "deep"
    ctx = _context("The pit is 40 metres wide.", "The pit is 25 metres deep.")
    assert ctx.figure_relation(0, 1) == (False, "")
