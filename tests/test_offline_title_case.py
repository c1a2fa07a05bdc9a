"""A rebuilt statement keeps the capital of a title before a name ("... said that Prime
Minister Sara Vik accepted ..."), where the article writes the title's words in lower case
elsewhere ("a letter to the prime minister"); a common word opening the clause still drops
its capital."""

from __future__ import annotations

from consensus.ingest import parse_text
from consensus.offline import extract_offline
from consensus.offline.statements import _lower_first, _WordCase

_TEXT = (
    "Housing minister Erik Lunde resigned on Tuesday.\n\n"
    "In a letter to the prime minister, Lunde wrote that he did not want to be a distraction."
    " Several of his colleagues said the minister had been treated unfairly.\n\n"
    "Prime Minister Sara Vik accepted the resignation and thanked him for his service, a "
    "government spokesman said."
)


def test_a_title_before_a_name_keeps_its_capital() -> None:
    article = parse_text(_TEXT, id="title", title="Minister quits")
    statements = [c.statement for c in extract_offline(article).claims]
    moved = [s for s in statements if "said that" in s and "Vik accepted" in s]
    assert moved and all("said that Prime Minister Sara Vik" in s for s in moved), statements


def test_only_a_title_with_a_name_after_it_keeps_its_capital() -> None:
    case = _WordCase(_TEXT)
    assert _lower_first("Prime Minister Sara Vik accepted", case) == (
        "Prime Minister Sara Vik accepted"
    )
    assert _lower_first("Several officials said", case) == "several officials said"
    assert _lower_first("Prime ministers often resign", case) == "prime ministers often resign"
