"""A bare rejection answers the accusation that names the rejecting party as its target, not
the accuser's later remark that names it not (consensus.merge.accused_target,
`answers.answered`; session 62). Invented text."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from test_denial_answers import _answered, _disputes
from test_denial_party import _report

from consensus.merge.accused_target import denier_names
from consensus.merge.features import _Feat
from consensus.models import Citation

ACCUSED = (
    "Shares of Vellor Payments rose 30 per cent on their first day of trading on Thursday. "
    "The debut came despite a report published on Tuesday by short seller Brannock "
    "Research, which accused Vellor of overstating its customer numbers by counting idle "
    "accounts. Brannock said it had taken a short position in the stock. "
    'Vellor called the report "false and misleading".'
)
AGAIN = (
    "Vellor Payments shares rose 30 per cent in their market debut. Brannock Research "
    "accused Vellor of overstating its customer numbers. Brannock said it had taken a short "
    "position in the stock."
)


def test_a_rejection_answers_the_accusation_that_names_the_denier() -> None:
    report = _report(ACCUSED, AGAIN)
    assert _answered(report, "accused Vellor", "false and misleading"), _disputes(report)
    assert not _answered(report, "short position", "false and misleading"), _disputes(report)


def test_the_deniers_names_are_its_speaker_and_the_names_before_the_verb() -> None:
    quote = "Vellor chief executive Ana Roe rejected the allegations."
    cite = Citation(article="a", quote=quote, start=10, end=10 + len(quote))
    denial = cast(_Feat, SimpleNamespace(speaker="ana roe", citations=(cite,)))
    names = denier_names(denial)
    assert {"vellor", "ana", "roe"} <= names, names
    assert "allegations" not in names and "chief" not in names, names


def test_a_rejection_answers_the_accusation_not_a_remark_that_only_names_the_denier() -> None:
    report = _report(
        "Queues formed outside branches of Brolly Bank on Tuesday. A video alleging that "
        "Brolly Bank is about to collapse has been viewed 400,000 times overnight. The "
        "analyst Tove Lind said Brolly Bank looked sound on capital. Brolly Bank called it "
        '"false and irresponsible".',
        "A video alleging that Brolly Bank is about to collapse has been viewed 400,000 "
        "times. Queues formed outside branches of Brolly Bank on Tuesday.",
    )
    assert _answered(report, "about to collapse", "false and irresponsible"), _disputes(report)
    assert not _answered(report, "sound on capital", "false and irresponsible"), _disputes(report)
