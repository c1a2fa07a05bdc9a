"""Session 61 (its61): the display stage names a shown statement's opening "He"/"She" as
the person the sentence before opens on, "They"/"Their" as the plural it opens on, and "Its"
past an apposition or relative clause after the body's name; never when two antecedents
compete (a second person, a gendered noun, a person of the other gender, a second plural, a
name in "s"). Only the shown statement changes."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.its_owners import _Article
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline
from consensus.pronoun_names import person_name, plural_subject, sentence_before


def _report(*texts: str) -> Report:
    arts = tuple(Article(id=f"a{i}", text=t) for i, t in enumerate(texts))
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _shown(report: Report) -> list[str]:
    sides = [p.statement for c in report.contested for p in c.positions]
    return [i.statement for i in (*report.agreed, *report.single_source)] + sides


_ASKED = "But {p} also asked how the barge was able to reach the pier."


def test_he_after_an_honorific_names_the_person_as_last_written() -> None:
    report = _report(
        "Mr. Berg said the families of the crew needed time to mourn. " + _ASKED.format(p="he")
    )
    want = "Mr. Berg also asked how the barge was able to reach the pier."
    assert want in _shown(report), _shown(report)
    item = next(i for i in report.single_source if i.statement == want)
    assert item.citations[0].quote.startswith("But he also asked"), item.citations


def test_she_after_a_person_with_an_apposition() -> None:
    report = _report(
        "Ana Lind, the harbour master, said the crew needed time to rest. " + _ASKED.format(p="she")
    )
    assert "Ana Lind also asked how the barge was able to reach the pier." in _shown(report)


def test_she_after_a_quotation_names_its_speaker() -> None:
    text = '"The cost is high," Petra Lund said. She cut her rating on the stock.'
    assert person_name("She cut her rating", text.index("She"), _Article(text)) == "Petra Lund"
    text = '"The cost is high," Tomas Berg told Petra Lund. She cut her rating on the stock.'
    assert person_name("She cut her rating", text.index("She"), _Article(text)) is None


def _person(text: str) -> str | None:
    start = text.index("But ")
    return person_name("She also asked how the barge", start, _Article(text))


@pytest.mark.parametrize(
    "text",
    [
        # a second person in the sentence before
        "Ana Lind said her crew had called Eva Holm on Monday. " + _ASKED.format(p="she"),
        # the person the sentence opens on is a man
        "Tomas Berg said his crew had closed the channel on Monday. " + _ASKED.format(p="she"),
        # a gendered noun of the pronoun's gender competes
        "Ana Lind said her daughter had closed the channel on Monday. " + _ASKED.format(p="she"),
        # gender unshown, and another person named before whose gender is unshown too
        "Eva Holm said the pier was safe. Kim Arlo closed the channel on Monday. "
        + _ASKED.format(p="she"),
    ],
)
def test_she_stays_when_two_antecedents_compete(text: str) -> None:
    assert _person(text) is None


def test_she_is_named_when_nobody_competes() -> None:
    # the guards above refuse only the rival: the same texts without it are named
    assert (
        _person(
            "Ana Lind said her crew had closed the channel on Monday. " + _ASKED.format(p="she")
        )
        == "Ana Lind"
    )
    assert _person("Kim Arlo closed the channel on Monday. " + _ASKED.format(p="she")) == (
        "Kim Arlo"
    )


_DROVERS = "The drovers said on Monday that the road to the market was closed by the council. "


def test_they_and_their_name_the_plural_subject_before() -> None:
    shown = _shown(_report(_DROVERS + "They blamed the council for the delay."))
    assert "The drovers blamed the council for the delay." in shown, shown
    shown = _shown(_report(_DROVERS + "Their herds have been kept in the yard for a week."))
    assert "The drovers' herds have been kept in the yard for a week." in shown, shown


@pytest.mark.parametrize(
    "before",
    [
        # a second plural in the sentence before: the drovers or the farmers
        "The drovers said on Monday that the farmers had closed the road to the market. ",
        # ... with no determiner before it
        "The drovers said on Monday that a dozen farmers had closed the road to the market. ",
        # a name that ends in "s", capitalised mid-sentence elsewhere: no plural
        "Holmens said on Monday that the road was closed by the Holmens yard. ",
        # an auxiliary in "s" after a singular: "The family has", no plural
        "The family has said on Monday that the road to the market was closed. ",
    ],
)
def test_they_stays_without_one_plural(before: str) -> None:
    text = before + "They blamed the council for the delay."
    assert plural_subject("They blamed the council", text.index("They"), _Article(text)) is None
    assert "They blamed the council for the delay." in _shown(_report(text))


def test_its_past_a_relative_clause_after_the_body() -> None:
    shown = _shown(
        _report(
            "Ostra Ferry Company, which owns the Ostby yard, said on Monday it would sell the "
            "site. Its chairman, Ivo Dahl, said the sale would close in May."
        )
    )
    assert "Ostra Ferry Company's chairman, Ivo Dahl, said the sale would close in May." in shown


def test_a_full_stop_after_an_honorific_or_initial_ends_no_sentence() -> None:
    text = "The yard closed. Mr. J. Berg said it would reopen. He added more."
    at, sentence = sentence_before(text, text.index("He added"), paragraph=False) or (0, "")
    assert sentence == "Mr. J. Berg said it would reopen."
    assert text[at:].startswith("Mr. J.")
    # a new paragraph: only when asked for
    text = "Mr. Berg said it would reopen.\n\nHe added more."
    assert sentence_before(text, text.index("He"), paragraph=False) is None
    assert sentence_before(text, text.index("He"), paragraph=True) is not None


def test_its_stays_when_its_sentence_ends_on_a_speaker_of_its_own() -> None:
    # "the firm said" after the clause: "its" is the thing the firm speaks of (the lift's),
    # even where the statement shown stops before the speaker
    text = (
        'Station officer Eva Holm said the car "hit the floor of the shaft". Ostra Lift '
        "Company, which holds the maintenance contract, disputes that. Its safety gear gripped "
        'the rails and stopped the car after a drop of five floors, the firm said, "which is '
        'what it is designed to do".'
    )
    shown = _shown(_report(text))
    assert any(s.startswith("Its safety gear") for s in shown), shown
    assert not any("Company's safety gear" in s for s in shown), shown


@pytest.mark.parametrize(
    ("text", "opening", "want"),
    [
        # the clause before a conjunction inside the sentence holds the plural
        (
            "The freighter overran the runway in fog. Both pilots were hurt but their "
            "injuries were not thought to be serious.",
            "their injuries",
            "Both pilots",
        ),
        # "a.m." ends no sentence: the clause before "when" opens on the plural
        (
            "Anglers raised the alarm shortly after 7 a.m., when they saw trout below the weir.",
            "they saw trout",
            "Anglers",
        ),
    ],
)
def test_they_after_a_conjunction_reads_the_clause_before(
    text: str, opening: str, want: str
) -> None:
    statement = opening[:1].upper() + opening[1:]
    assert plural_subject(statement, text.index(opening), _Article(text)) == want
