"""Two cuts of a sentence that real news writes and the made-up clusters rarely do.

- A semicolon series of noun phrases ("noting earlier strikes on X; the raid on Y, which
  ...; and the fires this year in Z.") lists things: its semicolons cut no claims, so no
  verbless fragment ("The fires this year in Z.") stands alone as a claim
  (consensus/offline/sentences.py, `noun_series`). A series of clauses still cuts.
- A role set beside a person's name as its apposition ("Marta Kell, the president of the
  region, ...") is that person's; the statement never swaps it for another person the
  article calls "the president" (consensus/offline/statements.py, `_replace_roles`)."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.sentences import noun_series


def _statements(text: str) -> list[str]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [c.statement for c in extract_offline(article).claims]


_SERIES = (
    "Mayor Ida Renn spoke to Radio Vessa on Friday morning, pointedly noting earlier strikes "
    "on a fuel depot in Tamsk in January; the raid on the harbour in May that closed the "
    "port for a week; and the fires this year in the hills.\n"
)


def test_a_series_of_noun_phrases_stays_one_claim() -> None:
    got = _statements(_SERIES)
    assert not any(s.startswith(("The fires", "The raid")) for s in got), got
    assert any("and the fires this year in the hills" in s for s in got), got


def test_a_series_of_clauses_still_cuts() -> None:
    got = _statements(
        "Rescuers searched the river for hours on Sunday; divers joined them at dawn; and "
        "police closed the bridge to traffic until the evening.\n"
    )
    assert any(s.startswith("Police closed the bridge") for s in got), got
    assert any(s.startswith("Divers joined them") for s in got), got


def test_noun_series_reads_the_last_item() -> None:
    assert noun_series(" and the fires this year in the hills.")
    assert noun_series(" or a fine of the same size.")
    assert not noun_series(" and police closed the bridge.")
    assert not noun_series(" and the council could appeal.")
    assert not noun_series(" and the fires spread to the hills")  # no -ed, but irregular past
    assert not noun_series(" the fires this year in the hills.")  # no conjunction: not a series


def test_a_role_in_apposition_keeps_its_person() -> None:
    got = _statements(
        "President Pavel Orin spoke on television on Friday.\n"
        "Marta Kell, the president of the Lower Vessa region, which includes Tamsk, expressed "
        "outrage in an interview on Friday.\n"
    )
    assert not any("Kell, Pavel Orin" in s for s in got), got
    assert any(s.startswith("Marta Kell, the president of the Lower Vessa region") for s in got), (
        got
    )


def test_a_role_without_apposition_still_resolves() -> None:
    got = _statements(
        "President Pavel Orin spoke on television on Friday.\n"
        "Later, the president visited the flooded town of Tamsk with the mayor.\n"
    )
    assert any(s.startswith("Later, Pavel Orin visited") for s in got), got
