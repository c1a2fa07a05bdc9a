"""The speakers an item shows: one name written with and without its accents is shown once
(consensus/merge/items.py `_words`)."""

from __future__ import annotations

from consensus.merge.items import _words


def test_a_name_with_and_without_accents_is_one_name() -> None:
    assert _words("Renée Dubois") == _words("Renee Dubois")
    assert _words("the Société Générale") == _words("Societe Generale")
    assert _words("Renée Roe") != _words("Rene Roe")
