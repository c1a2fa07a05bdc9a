"""Session 60 (possessive60): a shown statement opening on "Its" names the body the sentence
before its quote opened on as its subject ("The Harbour Authority said …. Its director, Ana
Lind, said …" -> "The Harbour Authority's director, Ana Lind, said …"), as the text writes
it, after the merge: the claims, ids, citations and verdicts stay as merged. Unsure whose (no
body, a person, a plural, a clause whose own speaker follows a comma, a new paragraph), "Its"
stays. (pronoun60's rule, moved from the extractor to a display stage.)"""

from __future__ import annotations

import pytest

from consensus.api import build_report
from consensus.its_owners import apostrophe, name_its_owners, possessive_lead
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> tuple[Report, tuple[Article, ...]]:
    arts = tuple(Article(id=f"a{i}", text=t) for i, t in enumerate(texts))
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets)), arts


def _shown(report: Report) -> list[str]:
    sides = [p.statement for c in report.contested for p in c.positions]
    return [i.statement for i in (*report.agreed, *report.single_source)] + sides


_HARBOUR = (
    "The Harbour Authority said on Monday that it would close the east channel to barges. "
    "Its director, Ana Lind, said the work would take a month."
)


def test_its_role_in_apposition_names_the_body_that_spoke_before() -> None:
    report, arts = _report(_HARBOUR)
    want = "The Harbour Authority's director, Ana Lind, said the work would take a month."
    assert want in _shown(report), _shown(report)
    # the claim the merger read and the quote the item cites still open on "Its"
    assert any(c.statement.startswith("Its director") for c in extract_offline(arts[0]).claims)
    item = next(i for i in report.single_source if i.statement == want)
    assert item.citations[0].quote.startswith("Its director"), item.citations


def test_the_stage_changes_only_the_statement_shown() -> None:
    report, arts = _report(_HARBOUR)
    before = report.model_copy(
        update={
            "single_source": tuple(
                i.model_copy(update={"statement": "Its" + i.statement.split("'s", 1)[1]})
                if i.statement.startswith("The Harbour Authority's")
                else i
                for i in report.single_source
            )
        }
    )
    assert any(i.statement.startswith("Its director") for i in before.single_source)
    after = name_its_owners(before, arts)
    assert after.model_dump() == report.model_dump()
    # nothing to name: the same object back
    assert name_its_owners(after, arts) is after


def test_its_after_a_named_body_that_opened_the_sentence_before() -> None:
    report, _ = _report(
        "Ostra Exams Board revised its pass mark for the spring papers on Monday. "
        "Its marking centre in the north was closed for a week."
    )
    want = "Ostra Exams Board's marking centre in the north was closed for a week."
    assert want in _shown(report), _shown(report)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the clause's own speaker follows a comma: "its" is the stone's
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "Its weight is 1.2 kilograms, the institute says, well below the first estimate.",
            "Its weight is 1.2 kilograms",
        ),
        (  # a person speaks after the comma, with no apposition: still the stone's
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "Its weight is 1.2 kilograms, Ana Lind said, well below the first estimate.",
            "Its weight is 1.2 kilograms",
        ),
        (  # a role in apposition with no person: what the sentence before named
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "Its weight, the heaviest yet, said much about the rock of the valley floor.",
            "Its weight, the heaviest yet",
        ),
        (  # a person before: no body
            "Lena Morrow opened the new bakery on the high street in March. "
            "Its ovens were bought from a firm in the south.",
            "Its ovens were bought",
        ),
        (  # a plural the text writes with "are": never "it"
            "Harbour Pilots are refusing to guide the larger ships in from Monday. "
            "Its mooring fees went up by a fifth in the spring, the records show again.",
            "Its mooring fees went up",
        ),
        (  # a name used as a modifier ("The Norby plant"): the plant's, not Norby's
            "The Norby plant closed on Monday after a fire in the boiler house. "
            "Its workers were sent home for the rest of the week by the managers.",
            "Its workers were sent home",
        ),
        (  # a new paragraph: the sentence before is another's
            "The Harbour Authority said on Monday that it would close the east channel.\n\n"
            "Its busiest berth was closed for a week in the spring of last year.",
            "Its busiest berth was closed",
        ),
    ],
)
def test_an_unsure_owner_leaves_its(text: str, kept: str) -> None:
    report, _ = _report(text)
    assert any(s.startswith(kept) for s in _shown(report)), _shown(report)


def test_possessive_lead_writes_the_possessive_english_writes() -> None:
    assert possessive_lead("Its shares fell 9 percent.", "Lund Holdings") == (
        "Lund Holdings' shares fell 9 percent."
    )
    assert possessive_lead("its inspectors visited", "the agency", "’") == (
        "The agency’s inspectors visited"
    )
    assert possessive_lead("It said so.", "the agency") is None
    assert possessive_lead("Its shares fell.", None) is None
    # a body's thing is not the body: whose report, unsure
    assert possessive_lead("Its own report rated them poor.", "the trust's grant") is None
    assert apostrophe("Lund’s mill and Vass’s barn, Kell's") == "’"
    assert apostrophe("Kell's barn") == "'"
