"""Link rule 8: a statement of what usually happens ("it typically takes the group hours to
claim an attack") is not a statement of what happened once ("the group claimed the
attack"): no edge of any kind between them."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.merge.claim_reads import habitual
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("It typically takes the group several hours to claim responsibility for attacks.", True),
        ("Usually, as you come out of the tunnel, you feel the brakes.", True),
        ("The insurgents are routinely known to exaggerate battlefield claims.", True),
        ("The blast echoed across the usually tranquil city.", False),  # in a noun phrase
        ("The group claimed responsibility for the attack.", False),
        # a generalisation tells what usually is (session 18: "generally" joins the list;
        # it was held no habit before, when an unattributed "it has had a great safety
        # record" had to join it: a quotation run's speaker now keeps those apart anyway)
        ("Trams generally have an excellent safety record.", True),
        # in a relative clause: its own comparison, not the statement's (session 17)
        (
            "The levee gave way before 3 a.m. after 240 millimetres of rain fell, roughly "
            "what the region normally receives in three months.",
            False,
        ),
        ("The group, which usually claims attacks within hours, has been silent.", False),
        ("Trains usually run every ten minutes, officials said.", True),
    ],
)
def test_what_is_habitual(statement: str, expected: bool) -> None:
    assert habitual(statement) is expected


def test_a_habit_does_not_join_an_occasion() -> None:
    arts = (
        Article(
            id="h1",
            text=(
                "The militant group claimed responsibility for the bombing of the market on "
                "its news channel. The city is in mourning."
            ),
            outlet="One",
        ),
        Article(
            id="h2",
            text=(
                "The militant group typically claims responsibility for bombings of markets "
                "on its news channel. Flags flew at half mast."
            ),
            outlet="Two",
        ),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    assert not report.agreed, [it.statement for it in report.agreed]
    assert not report.contested
