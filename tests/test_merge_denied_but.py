"""What a denial rejects stops at "but" (`claim_words.denied_content`): "the jury rejected his
claim that he fired in self-defence but acquitted him of first-degree murder" rejects the
self-defence claim, not the acquittal another outlet reports."""

from __future__ import annotations

from report_checks import offline_report

from consensus.merge.claim_words import denied_content


def test_the_denied_words_stop_at_but() -> None:
    got = denied_content(
        "A jury rejected his claim that he fired in self-defence but acquitted him of the "
        "more serious charge of first-degree murder."
    )
    assert got is not None and got.endswith("that he fired in self-defence"), got
    assert denied_content("The army denied that any civilians were killed.") == (
        "any civilians were killed"
    )


def test_a_denial_disputes_no_fact_told_after_its_but() -> None:
    report = offline_report(
        "The jury acquitted Dale of first-degree murder after deliberating for "
        "about 11 hours. Flags flew at half mast.",
        "A jury rejected Dale's claim that he fired in self-defence but acquitted "
        "him of the more serious charge of first-degree murder. The city is in mourning.",
    )
    assert not report.contested, [p.rule for p in report.contested]
