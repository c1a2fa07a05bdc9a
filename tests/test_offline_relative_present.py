"""A relative clause after the subject, then the main clause in the present ("Danner, who
denied the charges, plans to appeal, his lawyer said"): the relative clause is its own claim
and the main clause keeps the tail's speaker; a tail that only names who said it stays a
tail."""

from __future__ import annotations

from consensus.ingest import parse_text
from consensus.offline import extract_offline

_LEAD = "A court sentenced Rolf Danner to six years in prison on Thursday.\n\n"


def _claims(sentence: str) -> dict[str, tuple[str | None, str]]:
    article = parse_text(_LEAD + sentence, id="rel", title="Court")
    return {c.statement: (c.speaker, c.polarity.value) for c in extract_offline(article).claims}


def test_the_main_clause_after_a_relative_clause_keeps_its_speaker() -> None:
    got = _claims("Danner, who denied the charges, plans to appeal, his lawyer said.")
    # "his lawyer": the man the story follows, by name (session 49, speakers49)
    expected = ("Rolf Danner's lawyer", "asserts")
    assert got.get("Danner plans to appeal, his lawyer said.") == expected, got
    assert got.get("Rolf Danner denied the charges", ("?", ""))[1] == "denies", got


def test_a_tail_that_only_names_the_speaker_stays_with_the_relative_clause() -> None:
    got = _claims("Danner, who ran the bank for a decade, police said.")
    assert not any(s.startswith("Danner plans") for s in got)
    assert any("police said" in s for s in got), got
