"""A denial that rejects a statement's lead predicate rejects it only when done to the
thing it names (session 63, tables63): with no table of one event's verbs, a past
participle after an auxiliary ("had fired", "had closed") is a lead by its shape, so the
lead a denial shares with an assertion no longer tells that both are about one act;
what it was done to (`answers.acts_on_another_thing`: the first word after the verb, read
by its stem and word vectors) must meet too. Invented text only."""

from __future__ import annotations

import pytest
from report_checks import offline_report
from test_denial_answers import _disputes

from consensus.merge.features import _concept, _lead_predicate, _tokens
from consensus.models import Report

SHARED = (
    " The bridge over the Tamar opened in May. Rain is expected on Friday. The museum will "
    "close for repairs."
)


def _two(first: str, second: str) -> Report:
    return offline_report(first + SHARED, second + SHARED, title="Harbour")


def test_a_participle_after_an_auxiliary_is_the_lead() -> None:
    toks = _tokens("Officers had fired rubber bullets at the crowd.")
    assert _lead_predicate(toks, frozenset())[0] == _concept("fired")


@pytest.mark.parametrize(
    ("assertion", "denial"),
    [
        (
            "Engineer Rob Lind said inspectors had closed the north bridge on Monday.",
            "The council denied that inspectors had closed the ferry terminal on Monday.",
        ),
        (
            "Nurse Ida Vane said the clinic had refused children on Monday.",
            "The health board denied that the clinic had refused ambulances on Monday.",
        ),
    ],
)
def test_the_lead_denied_of_another_thing_opposes_nothing(assertion: str, denial: str) -> None:
    assert not _disputes(_two(assertion, denial)), _disputes(_two(assertion, denial))


@pytest.mark.parametrize(
    ("assertion", "denial"),
    [
        (
            "Engineer Rob Lind said inspectors had closed the north bridge on Monday.",
            "The council denied that inspectors had closed the north bridge on Monday.",
        ),
        (
            "Witness Ana Ruiz said officers had fired rubber bullets at the crowd.",
            "Police denied that officers had fired rubber bullets at the crowd.",
        ),
    ],
)
def test_the_lead_denied_of_the_same_thing_is_opposed(assertion: str, denial: str) -> None:
    assert _disputes(_two(assertion, denial))
