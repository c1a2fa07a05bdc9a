"""Two readings from session 65's editor read of six released blind clusters (released65):
a sentence that sets one time against another ("will now start on April 1, not March 1")
tells one act's time revised, so a claim of the old time is its rival, not a second act
(`point_vetoes.revised_time`); a caption's credit written desk first, "(Desk/Name)", ends
a caption as "(Name/Desk)" does (`consensus.nonclaims`). Every text is invented."""

from __future__ import annotations

import pytest

from consensus.merge.point_vetoes import no_dispute, revised_time, shared_time
from consensus.nonclaims import non_claim_spans
from tests.test_negated_complement import _two_outlets

_APR, _MAR = {"apr-1"}, {"mar-1"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll will now start on April 1, not March 1 as first announced.",
        "The toll starts on April 1 rather than on March 1.",
        "The council has moved the toll's start from March 1 to April 1.",
        "The start was put back from March 1 to April 1 after talks with traders.",
    ],
)
def test_one_time_set_against_another_is_a_time_revised(sentence: str) -> None:
    assert revised_time(sentence, _APR, _MAR)
    old = "The toll will take effect on March 1."
    assert not shared_time("date: 2026-03-01 vs 2026-04-01", sentence, old)
    assert not no_dispute("date: 2026-03-01 vs 2026-04-01", old, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # two acts, two times: no contrast between them
        "The toll was approved on March 1 and will start on April 1.",
        # a negation far from the second time is no contrast of the two
        "The bridge closed on March 1 and did not reopen to lorries until well after April 1.",
        # "from X to Y" with no verb of moving: a span, not a change
        "Roadworks will run from March 1 to April 1.",
    ],
)
def test_two_times_without_a_contrast_are_two_acts(sentence: str) -> None:
    assert not revised_time(sentence, _APR, _MAR)
    assert shared_time("date: 2026-03-01 vs 2026-04-01", sentence, "It opens on March 1.")


def test_a_start_moved_in_one_outlet_contests_the_old_start_in_another() -> None:
    report = _two_outlets(
        "The ferry toll will take effect on March 1, the harbour board said.",
        "The harbour board said the ferry toll would now take effect on April 1, not March 1.",
    )
    assert any("date" in c.rule for c in report.contested), [c.rule for c in report.contested]


@pytest.mark.parametrize(
    "line",
    [
        "Frost damage to an orchard in the north of the valley. (Courier/Jana Roe)",
        "Flood water in the square on Monday. (KTV/Jon Doe)",
        "The old mill seen from the river. (Gazette/Ana Roe)",
    ],
)
def test_a_credit_desk_first_ends_a_caption(line: str) -> None:
    text = "The mill flooded on Monday, the owner said.\n\n" + line + "\n\nRepairs began."
    spans = non_claim_spans(text)
    at = text.index(line)
    assert any(a <= at and b >= at + len(line) - 1 for a, b in spans), spans


@pytest.mark.parametrize(
    "line",
    [
        # a slash inside reporting, no stop before the bracket: no credit
        "The vote split the coalition (Labour/Green Party) down the middle.",
        "The mill flooded on Monday (Jan/Feb figures), the owner said.",
    ],
)
def test_a_slash_in_brackets_inside_reporting_is_no_credit(line: str) -> None:
    text = "The mill flooded on Monday, the owner said.\n\n" + line + "\n\nRepairs began."
    at = text.index(line)
    assert not any(a <= at + 5 and b >= at + len(line) - 1 for a, b in non_claim_spans(text))
