"""Close amounts of one unit whose slot words never meet are compared (session 50,
figureblock50): `figure_blocks._size_keys` meets lone figures of a unit by their size, a
candidate when the pair context reads a clash ("asking ... for $1.8 million" / "payment of
$2.4 million would unlock the key"); no key for an amount whose thing is named after it,
a percentage, or a figure of a claim with other figures."""

from __future__ import annotations

from test_merge_figure_blocks import _pairs

from consensus.merge.figure_blocks import _size_keys
from consensus.merge.figures import figures

ASKED = "The Vorlash crew is asking Plenthing council for $1.8 million."
UNLOCK = "Payment of $2.4 million would unlock the decryption key, a notice posted by Vorlash read."


def test_two_lone_close_amounts_in_other_words_are_a_candidate() -> None:
    # no slot word of the two meets (council, asking / key, unlock): met by unit and size
    assert _pairs(ASKED, UNLOCK) == {(0, 1)}


def test_an_amount_whose_thing_is_named_after_it_is_not_met_by_size() -> None:
    assert _pairs(ASKED, "The Vorlash crew holds $2.4 million of stolen tokens.") == set()
    text = "The Vorlash crew holds $2.4 million in stolen tokens."
    assert _size_keys(figures(text)[0], text) == ()


def test_a_claim_with_other_figures_or_a_share_is_not_met_by_size() -> None:
    other = "Payment of $2.4 million would unlock files at 14 schools, a notice read."
    assert _pairs(ASKED, other) == set()
    assert (
        _pairs(
            "Turnout in Plenthing reached 18 percent.",
            "A notice posted by Vorlash said 24 percent of files were lost.",
        )
        == set()
    )
    text = "Turnout in Plenthing reached 18 percent."
    assert _size_keys(figures(text)[0], text) == ()


def test_far_apart_amounts_share_no_size_key() -> None:
    far = "Payment of $9.6 million would unlock the decryption key, a notice read."
    near_keys = set(_size_keys(figures(UNLOCK)[0], UNLOCK))
    assert near_keys & set(_size_keys(figures(ASKED)[0], ASKED))
    assert not near_keys & set(_size_keys(figures(far)[0], far))
