"""A denial's reasons move what it answers within the accuser's passage only
(consensus.merge.reason_answers, `_passage_start`; issue 8, session 45, disputes45: a
pointing-back denial was moved past a new paragraph to an earlier remark of the accuser).
Made-up text only."""

from __future__ import annotations

from test_negated_complement import _two_outlets
from test_reason_answers import ACCUSED, OTHER, REASONS, _denied_quotes

# a denial's reasons move its answer within the accuser's passage only: a sentence told in
# no voice ("The union's sharpest claim concerns ...") opens a new passage, and a claim of
# the accuser before it is not what the denial right after the new passage answers
PASSAGES = (
    "Union organiser Petra Holm said the standby pump at the Ferris Road works had been "
    "broken since March. "
    "The union's sharpest claim concerns the filters at the works. "
    '"The filters clogged within hours of the storm," Holm said. '
    "Norvik Water rejected that account."
    ' "The standby pump at Ferris Road was repaired in May," a company spokeswoman said.'
)


def _answered(text: str) -> str:
    """The quotes of the claims set against "rejected that account"."""
    return " ".join(_denied_quotes(_two_outlets(text, OTHER)))


def test_reasons_do_not_move_an_answer_into_an_earlier_passage() -> None:
    quotes = _answered(PASSAGES)
    assert "filters clogged" in quotes, quotes
    assert "broken since March" not in quotes, quotes


def test_reasons_still_move_an_answer_within_one_passage() -> None:
    quotes = _answered(ACCUSED + REASONS)
    assert "broken since March" in quotes, quotes
    assert "filters clogged" not in quotes, quotes
