"""Agreed items that join different facts (issue 8): two remarks of one person linked
only through who says them (link rule 7), and two counts of one thing that neither clash
nor agree (link rule 3). Each is two statements, never one agreed item."""

from __future__ import annotations

import re

import pytest

from consensus.api import build_report
from consensus.merge.claim_reads import _counts_apart
from consensus.merge.claim_words import content_stems
from consensus.merge.features import _concept
from consensus.merge.figures import figures
from consensus.merge.roles import attribution_words, related_stems, two_named_things, two_remarks
from consensus.models import Article, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _agreed_with(report: Report, *words: str) -> list[str]:
    return [
        it.statement
        for it in report.agreed
        if all(w in " ".join(c.quote for c in it.citations) for w in words)
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the name and its long title are all they share: two remarks
        ("Jane Roe, assistant chief constable at the county police, confirmed two deaths.",
         "Jane Roe, assistant chief constable of the county police, said a probe had begun.",
         True),
        ("A county police spokesman said the road was closed.",
         "A county police spokesman said officers were at the scene.", True),
        # a word in common beyond the attribution: what they say meets
        ("Jane Roe, the chief constable, said the road was closed.",
         "Jane Roe said the road would stay closed.", False),
        # a synonym in common is a word in common (concepts, not only stems)
        ("Jane Roe, the chief constable, said the driver was arrested.",
         "Jane Roe said the driver had been detained.", False),
    ],
)  # fmt: skip
def test_two_remarks(a: str, b: str, expected: bool) -> None:
    names = {n for n in ("jane roe", "county police") if n in a.lower() and n in b.lower()}
    name_words = {w for n in names for w in n.split()}

    def concepts(text: str) -> set[str]:  # (what `_Feat.content` holds: no name words)
        words = re.findall(r"[a-z]+", text.lower())
        return {_concept(w) for w in words if w not in name_words} - {""}

    stems = content_stems(a.lower()) & content_stems(b.lower())
    assert two_remarks(a, b, names, stems, concepts(a) & concepts(b)) is expected


def test_an_apposition_is_no_clause() -> None:
    """What follows a name between commas is its title unless a verb makes it a clause."""
    said = "Acme Air, is reviewing what happened, and will call them."
    assert "reviewing" not in attribution_words(said, {"acme air"})
    titled = "Jane Roe, assistant chief constable at the county police, said it."
    assert {"assistant", "constable", "county"} <= attribution_words(titled, {"jane roe"})


def test_two_remarks_of_one_person_are_not_one_item() -> None:
    report = _report(
        "Jane Roe, assistant chief constable at the county police, confirmed there had been "
        "fatalities and called it a tragic incident. The line stays shut.",
        "Jane Roe, assistant chief constable of the county police, said they were "
        "investigating whether the driver fell asleep. The line stays shut.",
    )
    assert not _agreed_with(report, "fatalities", "asleep"), report.agreed


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # two lower bounds of one count: neither clash nor agree
        ("Insurgents killed at least two people", "A bomber killed at least four civilians",
         True),
        # a value in common: one count
        ("Insurgents killed at least two people", "At least two people were killed", False),
        # counts of two things
        ("Insurgents killed at least two people", "The bomber drove 40 km", False),
        # counts that agree: a lower bound and a figure just above it
        ("More than 800,000 people marched", "Around 806,000 people marched", False),
        # a vague count is no count to set apart
        ("Insurgents killed at least two people", "A bomber killed dozens of civilians",
         False),
        # two counts that open their clauses, their subjects: two groups, or one twice
        ("Two voted for a smaller rise", "The bank said three of the nine dissented", True),
        # ... only when both do
        ("Two voted for a smaller rise", "The committee heard three speeches", False),
    ],
)  # fmt: skip
def test_counts_apart(a: str, b: str, expected: bool) -> None:
    assert _counts_apart(figures(a), figures(b), a, b) is expected


def test_two_lower_bounds_of_one_toll_are_not_one_item() -> None:
    report = _report(
        "Taliban insurgents killed at least two people in the attack on the consulate. "
        "The city is in mourning.",
        "Officials said that a Taliban suicide bomber killed at least four civilians in the "
        "attack on the consulate. Flags flew at half mast.",
        "At least two people were killed when insurgents attacked the consulate. Schools "
        "were closed.",
    )
    assert not _agreed_with(report, "two people", "four civilians"), report.agreed
    # the same count from two origins is still agreed
    assert _agreed_with(report, "two people"), report.agreed


def test_a_name_alone_in_common_may_be_one_fact_in_other_words() -> None:
    """Two statements naming one party in wholly other words are no two remarks unless
    they attribute it alike (a speaker, a title or an apposition in common)."""
    report = _report(
        "Two officers have been placed on administrative leave, as is standard practice. "
        "The street was reopened.",
        "The two officers who fired have been suspended with pay. Neighbours gathered.",
    )
    assert _agreed_with(report, "administrative leave", "suspended with pay"), report.agreed


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"terrorist", "assault"}, {"terror", "attack"}, {"terror"}),
        ({"approval", "plan"}, {"approv", "plan"}, {"approv"}),
        # a name and its people: no derivational suffix
        ({"germany", "mission"}, {"german", "troop"}, set()),
        # a root too short to trust ("act" / "actor")
        ({"actor"}, {"act"}, set()),
        # the same stem in both is no root in two forms
        ({"terror", "terrorist"}, {"terror"}, set()),
    ],
)
def test_related_stems(a: set[str], b: set[str], expected: set[str]) -> None:
    assert related_stems(a, b) == expected
    assert related_stems(b, a) == expected


def test_one_persons_statement_in_two_forms_is_one_item() -> None:
    """One person's words in two forms ("terrorist" / "terror") are one statement, not two
    remarks (link rule 7 reads a shared root)."""
    report = _report(
        "Jane Roe said the terrorist character of the assault was undeniable. Schools were closed.",
        'Jane Roe said "We cannot deny that it was a terror attack". Flags flew at half mast.',
    )
    assert _agreed_with(report, "terror"), report.agreed


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # two named things related one way in both: no one's two remarks
        ("Kelbrook is controlled by the private equity firm Dunmore Capital",
         "Kelbrook is owned by private equity group Dunmore Capital", True),
        # the second name titles the first: one person's attribution
        ("Jane Roe, the Acme chief, visited the plant", "Jane Roe, the Acme chief, met staff",
         False),
        ("Acme chief Jane Roe visited the plant", "Acme chief Jane Roe met staff", False),
        # the two names told in two orders: two acts at one place
        ("Jane Roe left the festival to go to Paris", "In Paris, Jane Roe is meeting advisers",
         False),
        # one name in common
        ("Kelbrook is controlled by Dunmore Capital", "Kelbrook cut 200 jobs", False),
    ],
)  # fmt: skip
def test_two_named_things(a: str, b: str, expected: bool) -> None:
    names = {n for n in ("kelbrook", "dunmore capital", "jane roe", "acme", "paris")
             if n in a.lower() and n in b.lower()}  # fmt: skip
    assert two_named_things(a, b, names) is expected


def test_two_named_things_related_alike_are_one_item() -> None:
    """Two unattributed statements that relate the same two named things in other words
    ("controlled by" / "owned by" a firm each titles alike) are one fact, not two remarks
    (link rule 7 reads `roles.two_named_things`). Each article names Kelbrook again in its
    text, so the merge reads it as a name."""
    report = _report(
        "Kelbrook is controlled by the private equity firm Dunmore Capital. The plant that "
        "Kelbrook runs is shut.",
        "Kelbrook is owned by private equity group Dunmore Capital. Staff at Kelbrook went "
        "home early.",
    )
    assert _agreed_with(report, "controlled by", "owned by"), report.agreed
