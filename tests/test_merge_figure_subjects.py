"""Two clause-opening counts of one verb are one count given two values
(`figure_subjects.subjects_of_one_verb`, link rule 3): the organisers' and the police's
turnout ("250,000 people took part" / "about 65,000 took part"), where counts of two verbs
("Two voted for a smaller rise" / "three ... dissented") stay two statements."""

from __future__ import annotations

import pytest
from report_checks import offline_report

from consensus.merge.figure_subjects import subjects_of_one_verb, vague_counts_of_two_verbs
from consensus.merge.figures import figures


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (
            "Organisers said 250,000 people took part.",
            "Police have said about 65,000 took part.",
            "took: 250,000 vs 65,000",
        ),
        (
            "Police said six people were detained.",
            "Police said 38 people had been detained.",
            "detain: six vs 38",
        ),
        # two verbs, or no verb read: two statements
        (
            "Two voted for a smaller rise, the bank said.",
            "Three of the nine rate-setters dissented.",
            "",
        ),
        ("Fourteen police officers were hurt.", "Police said 19 officers had been injured.", ""),
        # two nouns (a kind of people is rule 3's own reading)
        ("Police said 12 people were killed.", "Police said 15 soldiers were killed.", ""),
        # one value: no clash
        ("Organisers said 65,000 people took part.", "Police said 65,000 took part.", ""),
    ],
)
def test_two_subject_counts_of_one_verb(a: str, b: str, clash: str) -> None:
    assert subjects_of_one_verb(figures(a), figures(b), a, b) == clash


def test_the_organisers_and_the_police_dispute_the_turnout() -> None:
    report = offline_report(
        "Tens of thousands marched against the law on Saturday. Organisers from the "
        "Citizens' Front said 250,000 people took part.",
        "A huge crowd marched against the law on Saturday. Police have said about 65,000 "
        "took part.",
    )
    rules = [p.rule for p in report.contested]
    assert any("250,000 vs 65,000" in r for r in rules), rules


def _meet(x: str, y: str) -> bool:
    return {x, y} <= {"hurt", "injured", "wounded"} or x == y


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "A group of several hundred protesters tried to push through the cordon.",
            "The organisers said more than 100 protesters had been hurt.",
            True,
        ),
        # verbs that meet (here by the test's `meet`): still one count
        (
            "Hundreds of people were injured, officials said.",
            "At least 120 people were hurt.",
            False,
        ),
        ("Several hundred protesters were hurt.", "More than 100 protesters were injured.", False),
        # no vague count: rule 3's own reading
        (
            "Twelve protesters tried to climb the fence.",
            "Police said 30 protesters were hurt.",
            False,
        ),
    ],
)
def test_a_vague_count_and_a_count_of_two_verbs(a: str, b: str, apart: bool) -> None:
    assert vague_counts_of_two_verbs(figures(a), figures(b), a, b, _meet) is apart


def test_several_hundred_who_pushed_are_no_rival_of_100_hurt() -> None:
    report = offline_report(
        "Clashes broke out on Saturday evening, when a group of several hundred protesters "
        "tried to push through a police cordon at the foot of the parliament steps.",
        "The organisers said on Sunday that more than 100 protesters had been hurt in the "
        "clashes at the parliament steps.",
    )
    rules = [p.rule for p in report.contested]
    assert not any("several hundred" in r for r in rules), rules
