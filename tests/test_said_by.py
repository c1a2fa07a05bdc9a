"""How an item's "said by" shows a speaker that is no name: as its quotes write it ("her
family", "a hospital spokeswoman"), not capitalised like a name ("Family"); names keep their
capitals. The made-up death and mine-rescue clusters (tests/data/madeup/) have both kinds."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from consensus.api import build_report
from consensus.ingest import load_articles
from consensus.models import Citation, ExtractionResult
from consensus.offline import extract_offline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality_lib import _speaker_suspect  # noqa: E402


@cache
def _said_by(kind: str) -> frozenset[str]:
    articles = load_articles(
        sorted(str(p) for p in (ROOT / "tests/data/madeup" / kind).glob("*.txt"))
    )
    sets = tuple(extract_offline(a) for a in articles)
    report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=sets))
    items = [
        *report.agreed,
        *report.single_source,
        *(p for c in report.contested for p in c.positions),
    ]
    return frozenset(s for it in items for s in it.speakers)


@pytest.mark.parametrize(
    ("kind", "shown", "not_shown"),
    [
        ("death", "her family", "Family"),
        ("rescue", "a hospital spokeswoman", "Hospital Spokeswoman"),
    ],
)
def test_a_speaker_that_is_no_name_is_shown_as_written(
    kind: str, shown: str, not_shown: str
) -> None:
    said = _said_by(kind)
    assert shown in said
    assert not_shown not in said
    # one speaker, one entry: "her family" and "the family" are not both listed
    assert not {"the family", "Family"} & said


def test_names_keep_their_capitals() -> None:
    said = _said_by("death")
    assert {"Rosa Delgado", "Dan Ortell"} <= said


def test_the_bench_accepts_a_common_speaker_only_as_its_quotes_write_it() -> None:
    quote = Citation(
        article="a", quote="The bank said the company had been warned.", start=0, end=42
    )
    assert not _speaker_suspect("the company", [quote])
    assert not _speaker_suspect("Quillbank", [quote])
    assert _speaker_suspect("the regulator", [quote])
    assert _speaker_suspect("he said", [quote])
