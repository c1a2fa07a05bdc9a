"""Session 45 (pronouns45): a statement opening on "It" names the body the clause just
before gave words to ("Hallvik said …. It denied a report" -> "Hallvik denied a report"),
when "It" is the subject of an act; "It is/was …" and an "It" after no body stay as they
are (whose act, unsure: a wrong name is worse than none)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.body_leads import body_lead


def _statements(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="a", text=text)).claims]


def test_it_after_a_named_body_that_spoke_is_that_body() -> None:
    got = _statements(
        "Norvik Bank said the fault lay in cells supplied by a contractor. "
        "It named the supplier as Dorren Cells, which could not be reached."
    )
    assert any(s.startswith("Norvik Bank named the supplier") for s in got), got
    assert not any(s.startswith("It named") for s in got), got


def test_it_after_a_body_named_by_its_kind_is_that_body() -> None:
    got = _statements(
        "The agency said it had been notified at 7:40 a.m. and had sent inspectors. "
        "It ordered the company to begin recapture fishing immediately."
    )
    assert any(s.startswith("The agency ordered the company") for s in got), got


def test_the_body_is_named_as_the_text_writes_it() -> None:
    got = _statements(
        "The Citizens' Front, which organised the march, said more than 100 protesters had "
        "been hurt and that many had stayed away from hospitals. "
        "It put Saturday's turnout at a quarter of a million."
    )
    assert "The Citizens' Front put Saturday's turnout at a quarter of a million." in got, got


def test_a_fronted_phrase_before_the_body_is_not_its_name() -> None:
    got = _statements(
        "In a statement, the company said the raw chicken could have been contaminated "
        "before it arrived. It named the wholesaler as Dorren Meats, which could not be reached."
    )
    assert any(s.startswith("The company named the wholesaler") for s in got), got


def test_it_after_a_trailing_speaker_stays_it() -> None:
    # the clause before opens on the ban, not on the ministry that speaks at its end
    got = _statements(
        "The ban took effect immediately on Monday, the food safety ministry said. "
        "It covers all live cattle and all fresh beef shipped from the region."
    )
    assert any(s.startswith("It covers all live cattle") for s in got), got


def test_it_after_a_person_stays_it() -> None:
    got = _statements(
        "Lena Morrow said the fault lay in cells supplied by a contractor. "
        "It denied a report in the newspaper Dagsposten that engineers had flagged the cells."
    )
    assert any(s.startswith("It denied a report") for s in got), got


@pytest.mark.parametrize(
    "body",
    [
        "It is the second outbreak in the country this winter.",
        "It was fined 2.1 million pounds two years later.",
        "It would not be the first time a court has intervened.",
        "It fell 1.9 percent on Wednesday.",
        "It has been criticised by the institute.",
        "It seems the plan was late.",
    ],
)
def test_it_of_no_act_is_left(body: str) -> None:
    assert body_lead(body, "Norvik Bank") is None


def test_it_with_an_auxiliary_and_an_adverb_is_the_body() -> None:
    got = body_lead("It has also asked the province to inspect the farm.", "the agency")
    assert got == "The agency has also asked the province to inspect the farm."


def test_linear_on_a_long_token() -> None:
    assert body_lead("It " + "a" * 200_000, "agency") is None
