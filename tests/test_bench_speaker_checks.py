"""bench/speaker_checks.py: the wrong-speaker measure of bench/quality.py, on invented items."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import _overlaps, _speaker_suspect  # noqa: E402
from speaker_checks import SpeakerScore, bylines, check_items, names_one  # noqa: E402

from consensus.models import Article, Citation  # noqa: E402

TEXT = (
    "By Nora Quist | Staff writer\n"
    "The Harbor Authority said the pier would stay shut.\n"
    "Elisa Roe, the harbour master's sister, spoke to reporters.\n"
    '"We are still waiting for news," she said.\n'
    "The storm passed overnight.\n"
    "Officials counted the boats.\n"
    "Repairs will take a month.\n"
    '"Nobody was hurt," Helena Roe said.'
)
ART = Article(id="a1", outlet="Harbor Herald", text=TEXT)


@dataclass
class _Item:
    speakers: tuple[str, ...]
    citations: tuple[Citation, ...]
    statement: str = "s"


def _cite(words: str) -> Citation:
    start = TEXT.index(words)
    return Citation(article="a1", quote=words, start=start, end=start + len(words))


def _check(items: list[_Item], gold: list[tuple[str, list[str]]]) -> SpeakerScore:
    spans = [("a1", (TEXT.index(w), TEXT.index(w) + len(w)), names) for w, names in gold]
    return check_items(items, {"a1": ART}, spans, _overlaps, _speaker_suspect)


def test_a_speaker_names_the_gold_one_when_the_words_of_one_are_the_other_s() -> None:
    assert names_one("Roe", "Elisa Roe")
    assert names_one("Transport Police", "the British Transport Police")
    assert names_one("Francois Hollande", "François Hollande")  # accents
    assert names_one("Hocking's lawyer", "Hocking lawyer")
    assert not names_one("Helena Roe", "Elisa Roe")  # two people of one family
    assert not names_one("Lawyer Harjit", "Harjit Sarang")


def test_gold_verdicts_right_wrong_and_none() -> None:
    quote = "We are still waiting for news"
    right = _check([_Item(("Elisa Roe",), (_cite(quote),))], [(quote, ["Elisa Roe"])])
    assert (right.gold_total, right.gold_right, right.gold_wrong, right.flagged) == (1, 1, 0, 0)
    wrong = _check([_Item(("Helena Roe",), (_cite(quote),))], [(quote, ["Elisa Roe"])])
    assert (wrong.gold_wrong, wrong.flagged) == (1, 1)
    assert "gold 'Elisa Roe', shown 'Helena Roe'" in wrong.wrong_items[0]
    none = _check([_Item((), (_cite(quote),))], [(quote, ["Elisa Roe"])])
    assert (none.gold_none, none.flagged) == (1, 0)
    # a gold statement no item cites is not judged
    assert _check([], [(quote, ["Elisa Roe"])]).gold_total == 0


def test_the_byline_and_a_name_absent_from_the_text_are_flagged() -> None:
    assert bylines(ART) == ["Nora Quist"]
    quote = "We are still waiting for news"
    byline = _check([_Item(("Nora Quist",), (_cite(quote),))], [])
    assert byline.suspect["outlet"] == 1 and byline.flagged == 1
    outlet = _check([_Item(("Harbor Herald",), (_cite(quote),))], [])
    assert outlet.suspect["outlet"] == 1
    absent = _check([_Item(("Jonas Pell",), (_cite(quote),))], [])
    assert absent.suspect["absent"] == 1 and absent.flagged == 1
    fine = _check([_Item(("Harbor Authority",), (_cite("the pier would stay shut"),))], [])
    assert fine.flagged == 0 and not any(fine.suspect.values())


def test_a_speaker_named_far_above_is_counted_but_not_flagged() -> None:
    # the Harbor Authority is named five paragraphs above "Nobody was hurt"; Helena Roe in
    # its own
    far = _check([_Item(("Harbor Authority",), (_cite("Nobody was hurt"),))], [])
    assert far.suspect["far"] == 1 and far.flagged == 0 and far.far_items
    near = _check([_Item(("Helena Roe",), (_cite("Nobody was hurt"),))], [])
    assert near.suspect["far"] == 0


def test_a_country_speaking_by_its_capital_is_no_absent_speaker() -> None:
    text = "Moscow denied the reports on Thursday."
    art = Article(id="a1", text=text)
    cite = Citation(article="a1", quote=text, start=0, end=len(text))
    found = check_items([_Item(("Russia",), (cite,))], {"a1": art}, [], _overlaps, _speaker_suspect)
    assert found.suspect["absent"] == 0 and found.flagged == 0


def test_one_of_a_plural_group_is_no_absent_speaker() -> None:
    text = '"We are back to pen and paper," one of the nurses said. Two deputies spoke too.'
    art = Article(id="a1", text=text)
    cite = Citation(article="a1", quote=text, start=0, end=len(text))
    for kind in ("Nurse", "Deputy"):  # as the report shows a speaker
        found = check_items([_Item((kind,), (cite,))], {"a1": art}, [], _overlaps, _speaker_suspect)
        assert found.suspect["absent"] == 0 and found.flagged == 0, kind
    other = check_items(
        [_Item(("Surgeon",), (cite,))], {"a1": art}, [], _overlaps, _speaker_suspect
    )
    assert other.suspect["absent"] == 1
