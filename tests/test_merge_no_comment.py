"""A reporter's line that someone gave no comment ("could not be reached for comment")
states nothing a denial rejects: never a side of a denial point (consensus/merge/link.py,
rule 9; `claim_reads._no_comment`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.merge.claim_reads import _NO_COMMENT
from consensus.models import ExtractionResult
from consensus.offline import extract_offline

MADEUP = Path(__file__).resolve().parent / "data" / "madeup" / "blind_bank"


@pytest.mark.parametrize(
    ("statement", "silent"),
    [
        ("The bank's former chief executive, Lionel Roe, could not be reached for comment.", True),
        ("A spokeswoman for the company declined to comment.", True),
        ("Roe did not respond to requests for comment on Monday.", True),
        ("The ministry was not immediately available for comment.", True),
        ("Roe denied the accusation and said he would comment further after the hearing.", False),
        ("The regulator could not be reached by road after the storm.", False),
    ],
)
def test_a_no_comment_line_is_read_as_one(statement: str, silent: bool) -> None:
    assert (_NO_COMMENT.search(statement) is not None) is silent


def test_a_silence_is_no_side_of_a_later_denial() -> None:
    # blind_bank: the wire's Sunday "Harte ... could not be reached for comment" and the
    # Tuesday newsletter's "Harte denied it" (which answers the shareholders' suit)
    paths = [sorted(MADEUP.glob(f"{n}_*.txt"))[0] for n in ("01", "05")]
    articles = load_articles([str(p) for p in paths])
    sets = tuple(extract_offline(a) for a in articles)
    report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))
    assert report.contested
    for c in report.contested:
        assert not any("reached for comment" in p.statement for p in c.positions), c
