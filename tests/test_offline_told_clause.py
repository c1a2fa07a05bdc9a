"""'X told <someone> <clause>' is speech even when the clause holds a 'to' ("told Reuters he
hoped to resume talks"); 'X told <someone> to <verb>' stays an order, no speech."""

from __future__ import annotations

import pytest

from consensus.ingest import parse_text
from consensus.offline import extract_offline

_LEAD = "Its chief executive, Jonas Eklund, said in an interview that the offer was fair."


def _speakers(sentence: str) -> dict[str, str | None]:
    article = parse_text(f"{_LEAD}\n\n{sentence}", id="told", title="Talks")
    return {c.statement: c.speaker for c in extract_offline(article).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "Eklund told Reuters he hoped to resume talks this week.",
        "Eklund told reporters the company planned to appeal.",
        "Eklund told the crowd it would have to wait.",
    ],
)
def test_a_clause_after_told_is_the_speakers(sentence: str) -> None:
    said = [sp for st, sp in _speakers(sentence).items() if "Eklund told" in st]
    assert said == ["Jonas Eklund"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eklund told 23 diplomats to leave the country within a week.",
        "Eklund told staff to stay at home on Monday.",
    ],
)
def test_an_order_after_told_is_no_speech(sentence: str) -> None:
    said = [sp for st, sp in _speakers(sentence).items() if "told" in st]
    assert said and all(sp is None for sp in said)
