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


def _two_articles(first: str, second: str) -> frozenset[str]:
    from consensus.models import Article

    arts = (
        Article(id="f1", text=first, outlet="One"),
        Article(id="f2", text=second, outlet="Two"),
    )
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    items = [*report.agreed, *report.single_source]
    return frozenset(s for it in items for s in it.speakers)


def test_a_family_name_alone_is_shown_as_the_full_name_its_article_gives() -> None:
    # claims as a model may give them: the later remark credited to the family name alone
    from consensus.merge import merge
    from consensus.models import Article, Claim, ClaimKind, ClaimSet, Evidence
    from consensus.origins import find_origins

    text = (
        "Ren Guoqiang said the ships were never in port. Ren said the country's stance on "
        "the peninsula had not changed."
    )
    other = "Officials said the ships had been inspected. The port reopened on Friday."

    def said(art: str, body: str, quote: str, speaker: str) -> Claim:
        at = body.index(quote)
        return Claim(
            statement=quote,
            kind=ClaimKind.reported_statement,
            subject=speaker,
            speaker=speaker,
            evidence=(Evidence(quote=quote, start=at, end=at + len(quote)),),
        )

    arts = [Article(id="r1", text=text, outlet="One"), Article(id="r2", text=other, outlet="Two")]
    claims = {
        "r1": (
            said("r1", text, "Ren Guoqiang said the ships were never in port.", "Ren Guoqiang"),
            said("r1", text, "Ren said the country's stance on the peninsula", "Ren"),
        ),
        "r2": (said("r2", other, "Officials said the ships had been inspected.", "Officials"),),
    }
    sets = [
        ClaimSet(article=a, extractor="test", extractor_version="1", claims=cs)
        for a, cs in claims.items()
    ]
    report = merge(arts, sets, find_origins(arts))
    shown = {s for it in report.single_source for s in it.speakers}
    assert "Ren Guoqiang" in shown
    assert "Ren" not in shown


def test_an_organisation_is_not_shown_as_its_spokesman() -> None:
    said = _two_articles(
        "Acmebank said the breach was contained on Tuesday. An Acmebank spokesman said customers "
        "would be told by email.",
        "The regulator said it was looking into the breach at the lender. The shares fell.",
    )
    assert "Acmebank" in said
