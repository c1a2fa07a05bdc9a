"""A length unit's "long" names no slot (session 67, released67,
`figure_slot_words._slot_and_counted`): "the closure is five miles long" counts what "gave the
closure as eight miles" counts, so two tellers' lengths of one closure clash; "wide", "deep"
and "high" name another dimension and keep their figures apart. Invented texts."""

from __future__ import annotations

from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.vectors import Vectors


def _context(*texts: str) -> PairContext:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(texts)
    ]
    return PairContext(views, Vectors.empty())


def test_long_after_a_length_unit_is_no_slot_word() -> None:
    (fig,) = figures("The Roads Board says the diversion is five miles long.")
    assert fig.unit == "mile"
    assert "long" not in fig.slot and fig.head != "long" and fig.noun != "long"
    assert fig.slot[0] == "diversion"


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
