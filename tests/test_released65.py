"""A reading from session 65's editor read of six released blind clusters (released65): a
caption's credit written desk first, "(Desk/Name)", ends a caption as "(Name/Desk)" does
(`consensus.nonclaims`). Every text is invented. (Its other reading, a time set against
another as one act's time revised, measured as a muddled point and stays on branch
released65-tries.)"""

from __future__ import annotations

import pytest

from consensus.nonclaims import non_claim_spans


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
