"""One act in two words, attributed to one body by both outlets, is one fact (link rule 7).

"The blaze claimed 14 lives, fire officials said" and "Fourteen workers died in the fire, fire
officials said" share, in stems, only names and the words of who says them; rule 7 read them
as two remarks of one body. A toll told as lives taken reads as a killing (data/phrases.toml)
and a concept of the synonym table both state (kill) is what they say meeting
(merge/concept_meets.py)."""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.ingest import parse_text
from consensus.merge.features import _rewritten
from consensus.models import ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*bodies: str) -> Report:
    articles = [
        parse_text(body, id=f"a{k}", title="Mill fire", outlet=f"Outlet {k}")
        for k, body in enumerate(bodies)
    ]
    sets = tuple(extract_offline(a) for a in articles)
    return build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))


def _agreed(report: Report, *fragments: str) -> bool:
    return any(
        all(any(f in c.quote for c in item.citations) for f in fragments) for item in report.agreed
    )


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("The blaze claimed 14 lives.", "killed 14 people"),
        ("The war cost at least 30,000 lives.", "killed at least 30,000 people"),
        ("The avalanche claimed the lives of five skiers.", "killed  five skiers"),
        ("The quake took twenty-three lives.", "killed twenty-three people"),
    ],
)
def test_lives_taken_read_as_a_killing(text: str, rewritten: str) -> None:
    assert rewritten in _rewritten(text)


@pytest.mark.parametrize(
    "text",
    ["Two inmates took their own lives.", "The group claimed the attack, saying lives were lost."],
)
def test_lives_without_a_count_taken_are_left_alone(text: str) -> None:
    assert "killed" not in _rewritten(text)


@pytest.mark.parametrize(
    "toll",
    [
        "The blaze at the Perrow textile mill claimed 14 lives, fire officials said on Thursday.",
        "The blaze at the Perrow textile mill killed 14 people, fire officials said on Thursday.",
    ],
)
def test_one_toll_in_two_words_of_one_body_is_agreed(toll: str) -> None:
    report = _report(
        f"{toll}\n\nThe cause of the fire is under investigation.",
        "Fourteen workers died in the fire at the Perrow mill on Wednesday night, fire "
        "officials said.\n\nRelatives gathered outside the gates.",
    )
    assert _agreed(report, toll[:30], "Fourteen workers died")


def test_two_remarks_of_one_body_that_share_no_act_stay_apart() -> None:
    report = _report(
        "The blaze at the Perrow textile mill started in a dye store, fire officials said on "
        "Thursday.\n\nThe cause of the fire is under investigation.",
        "Fourteen workers died in the fire at the Perrow mill on Wednesday night, fire "
        "officials said.\n\nRelatives gathered outside the gates.",
    )
    assert not _agreed(report, "started in a dye store", "Fourteen workers died")
