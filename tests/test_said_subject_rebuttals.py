"""A plain negation of a verb told as one speaker's words rebuts the same statement told by
another (`voice_rebuttals.said_subjects_apart`; issue 8, session 24, helper denyprobe24):
an extractor gives "Witnesses said the man was not armed" its speaker as subject, which is
who says it, not what it is about. A thing said to be absent ("no ... was found") and a
speaker's own act ("X testified that ..." / "Y did not testify") keep the plain reading."""

from __future__ import annotations

from report_checks import offline_report

from consensus.models import Report

SHARED = "A man was shot dead by police in the Highcroft district on Sunday."


def _sides(report: Report) -> list[str]:
    return [" / ".join(c.quote for p in i.positions for c in p.citations) for i in report.contested]


def test_a_negated_state_told_by_witnesses_rebuts_the_polices_account() -> None:
    report = offline_report(
        f"{SHARED} The man was armed with a knife, a police spokesman said.",
        f"{SHARED} Witnesses said the man was not armed.",
    )
    assert any("armed with a knife" in s and "not armed" in s for s in _sides(report)), _sides(
        report
    )


def test_a_negated_past_act_told_by_a_family_rebuts_the_polices_account() -> None:
    report = offline_report(
        f"{SHARED} Police said the driver had been drinking before the crash.",
        f"{SHARED} The driver's family said he had not been drinking.",
    )
    assert any("had not been drinking" in s for s in _sides(report)), _sides(report)


def test_a_speakers_own_act_is_no_part_of_what_another_did_not_do() -> None:
    report = offline_report(
        f"{SHARED} At the inquest, Anna Marsh testified that the officer had fired twice.",
        f"{SHARED} Tom Hale, the officer, did not testify at the inquest.",
    )
    assert not any("did not testify" in s for s in _sides(report)), _sides(report)
