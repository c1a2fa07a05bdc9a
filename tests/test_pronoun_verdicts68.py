"""Session 68 (lead), on invented text: a verdict of falsity on a bare pronoun ("calls that
'simply wrong'", "says that is simply not true", "That was false.") points back at the claim
just before it (`merge.answers._BACK_REFERENCE`), as one on a report noun does; a pronoun
with more after its verdict ("it was wrong to close the ward", "that is not true of every
school") is no answer to anything."""

from __future__ import annotations

import pytest
from test_negated_complement import _two_outlets
from test_reason_answers import _denied_quotes

from consensus.merge.answers import points_back


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ('Ilsa Brand, the firm\'s director, calls that "simply wrong".', True),
        ("Corvel Energy says that is simply not true.", True),
        ('"That was false," Ilsa Brand said.', True),
        ("Ilsa Brand said this is untrue, and that the land will be farmed again.", True),
        ("Ilsa Brand said it was wrong to close the ward.", False),
        ("Ilsa Brand said that is not true of every school in the county.", False),
        ("Ilsa Brand called that decision a mistake.", False),
    ],
)
def test_a_verdict_on_a_bare_pronoun_points_back(sentence: str, back: bool) -> None:
    assert points_back(sentence) is back


_UNION = (
    "Councillors approved the Marrow Fen solar farm on Tuesday. "
    "Corvel Energy puts the site at 182 hectares. The association counts 240 hectares. "
    "Tobin Reece, the growers' association's president, says the loss will be permanent. "
    '"Nobody is getting this land back," he said. '
)


@pytest.mark.parametrize(
    "denial",
    [
        'Ilsa Brand, Corvel Energy\'s project director, calls that "simply wrong".',
        "Corvel Energy says that is simply not true.",
    ],
)
def test_the_pronoun_verdict_answers_the_other_sides_claim_before_it(denial: str) -> None:
    other = (
        "Councillors approved the Marrow Fen solar farm on Tuesday. "
        "Corvel Energy says the site covers 182 hectares. "
        "Tobin Reece of the growers' association said the land was lost for good."
    )
    quotes = " ".join(_denied_quotes(_two_outlets(_UNION + denial, other), denial=denial[:20]))
    assert "loss will be permanent" in quotes or "getting this land back" in quotes, quotes
    assert "182 hectares" not in quotes, quotes
