"""A denial said with an idiom ("had nothing to do with", "played no part in", "No part of
our alarm system was switched off") answers the accuser's claim just before it in its
article (consensus.merge.idiom_denials; link rule 6; issue 8, session 18). Invented text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.idiom_denials import says_idiom_denial
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

DAY = dt.date(2025, 9, 8)
OTHER = "Thieves took two sculptures from the Brenner Gallery in Ostval on Saturday night."

SENSORS = (
    "Two sculptures were stolen from the Brenner Gallery in Ostval overnight on Saturday. "
    '"The motion sensors in that part of the gallery were switched off on Saturday evening," '
    "police chief Ana Roe told reporters. "
    "She said detectives were questioning the firm that runs the gallery's security system. "
    "Gallery director Tomas Vale again denied that. "
    '"No part of our alarm system was switched off that night," he said. '
    "The gallery will stay closed this week."
)


def _points(*texts: str) -> list[list[str]]:
    arts = tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    return [sorted(p.statement for p in c.positions) for c in report.contested]


def test_the_idioms_of_the_list() -> None:
    assert says_idiom_denial("Staffing levels had nothing to do with this incident")
    assert says_idiom_denial('staffing "played no part whatsoever" in the failure')
    assert says_idiom_denial("The union played no role in the talks")
    assert says_idiom_denial("There is no evidence at all that our food made them ill")
    assert says_idiom_denial("No part of our alarm system was switched off")
    assert says_idiom_denial("We have done nothing wrong")
    assert says_idiom_denial("The insurer said it had had no contact with the attackers")
    assert says_idiom_denial("There is no basis for a recount")
    assert not says_idiom_denial("The insurer said it had had contact with the attackers")
    assert not says_idiom_denial("The alarm system was switched off")
    assert not says_idiom_denial("There is evidence that the food made them ill")
    assert not says_idiom_denial("Nothing was taken from the part of the gallery")


def test_an_idiom_denial_answers_the_accusers_claim_that_it_meets_best() -> None:
    (point,) = _points(SENSORS, OTHER)
    said = " | ".join(point)
    assert "motion sensors" in said
    assert "No part of our alarm system" in said
    assert "questioning the firm" not in said


def test_no_idiom_no_point() -> None:
    plain = SENSORS.replace(
        '"No part of our alarm system was switched off that night," he said. ',
        '"We will publish our security records," he said. ',
    )
    assert not _points(plain, OTHER)


def test_an_accuser_not_read_or_too_little_in_common_is_answered_by_nothing() -> None:
    # the nearest claim before the denial tells speech with no speaker read: unknown accuser
    unread = (
        "Two sculptures were stolen from the Brenner Gallery in Ostval overnight on Saturday. "
        "The town council said the gallery's alarm system had been switched off for repairs. "
        "Parents of the students who work there said the night guard had left early. "
        '"No part of our alarm system was switched off that night," director Tomas Vale said.'
    )
    assert not _points(unread, OTHER)
    # one word in common is no sign of what is answered
    one_word = (
        "Two sculptures were stolen from the Brenner Gallery in Ostval overnight on Saturday. "
        '"They cut the guards\' pay last year," union leader Ana Roe said. '
        '"Pay played no part in this," director Tomas Vale said.'
    )
    assert not _points(one_word, OTHER)
