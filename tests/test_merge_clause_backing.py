"""The clauses of a long quote (consensus/merge/clause_cuts.py) and how a clause backs
another origin's item (consensus/merge/clause_backing.py). Made-up sentences."""

from __future__ import annotations

import pytest
import shared_reports  # tests/ is on sys.path (rootdir conftest)
from test_merge import claim

import consensus.merge.clause_backing as backing_module
from consensus.api import build_report
from consensus.merge.clause_backing import BACKING_AT, clause_backing
from consensus.merge.clause_cuts import clause_claims, clause_spans
from consensus.merge.features import _build_features, _Feat
from consensus.merge.score import _Edge
from consensus.models import Claim, Report

LONG = (
    "Penrose Capital, the largest shareholder of Kestrel Freight, said on Monday it would "
    "vote against the sale, calling the price “opportunistic” and accusing the board of "
    "rushing the deal."
)


def _texts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


# --- the cuts -------------------------------------------------------------------------------


def test_a_long_quote_gives_its_clauses_each_with_a_verb() -> None:
    assert _texts(LONG) == [
        "Penrose Capital, the largest shareholder of Kestrel Freight",
        "said on Monday it would vote against the sale",
        "calling the price “opportunistic”",
        "accusing the board of rushing the deal",
    ]  # (the name and the appositive: a part of their own since session 54)


def test_no_cut_inside_a_quotation() -> None:
    quote = (
        "Mayor Ana Ruiz said: “We will rebuild the quay, and we will pay for every boat "
        "that was lost in the storm.”"
    )
    assert _texts(quote) == [
        "“We will rebuild the quay, and we will pay for every boat that was lost in the storm.”"
    ]


def test_a_clause_of_another_time_is_left_alone() -> None:
    quote = (
        "The crash was the deadliest on the line since 2004, when seven people were killed "
        "in a collision near the old depot, the rail board said."
    )
    assert _texts(quote) == ["The crash was the deadliest on the line since 2004"]


def test_a_short_quote_is_one_clause_already() -> None:
    assert clause_spans("The ferry left the quay ten minutes late, the pilot said.") == []


def test_a_part_states_the_clause_in_its_own_words_and_cites_it_exactly() -> None:
    whole = claim(LONG, LONG, LONG, speaker="Penrose Capital", entities=["Penrose Capital"])
    parts = clause_claims(whole)
    assert [p.statement for p in parts] == [
        "Penrose Capital, the largest shareholder of Kestrel Freight.",
        "Said on Monday it would vote against the sale.",
        "Calling the price “opportunistic”.",
        "Accusing the board of rushing the deal.",
    ]
    for p in parts:
        (ev,) = p.evidence
        assert LONG[ev.start : ev.end] == ev.quote
        assert p.speaker == "Penrose Capital"
    assert parts[0].entities == ("Penrose Capital",)  # (the apposition names it)
    assert all(p.entities == () for p in parts[1:])  # (the name is not in the clause's words)


# --- the backing rule -----------------------------------------------------------------------

OTHER = "Penrose Capital accused the board of rushing the deal."


def _feats() -> list[_Feat]:
    """a0's sentence (0), its clause (1); a1's short sentence (2), a1's other claim (3)."""
    text1 = OTHER + " The quay reopened on Friday."
    whole = claim(LONG, LONG, LONG, speaker="Penrose Capital")
    part = next(p for p in clause_claims(whole) if p.statement.startswith("Accusing"))
    entries: list[tuple[str, int, Claim]] = [
        ("a0", 0, whole),
        ("a0", 1, part),
        ("a1", 0, claim(text1, OTHER, OTHER, speaker="Penrose Capital")),
        ("a1", 1, claim(text1, "The quay reopened on Friday.", "The quay reopened on Friday.")),
    ]
    feats = _build_features(entries)
    for f in feats:
        f.origin = f.article
    return feats


class _NoFigures:
    def figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        return False, ""


PARTS = {("a0", 1): ("a0", 0)}
POS_OF = {("a0", 0): 0, ("a1", 0): 1, ("a1", 1): 2}  # the positions the groups were made of


def _backed(
    monkeypatch: pytest.MonkeyPatch,
    edges: list[_Edge],
    group_of: dict[int, int] | None = None,
    contested: frozenset[int] = frozenset(),
) -> dict[int, list[str]]:
    monkeypatch.setattr(
        backing_module, "link_edges", lambda feats, vectors: (edges, [], _NoFigures(), {})
    )
    feats = _feats()
    groups = [[feats[0]], [feats[2]], [feats[3]]]
    found = clause_backing(
        feats, PARTS, POS_OF, None, group_of or {0: 0, 1: 1, 2: 2}, groups, contested
    )
    return {g: [f.claim.statement for f, _ in backers] for g, backers in found.items()}


def test_a_clause_that_links_backs_the_other_origins_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _backed(monkeypatch, [_Edge(0.9, 1, 2, "")]) == {
        1: ["Accusing the board of rushing the deal."]
    }


@pytest.mark.parametrize(
    ("edges", "group_of", "contested", "why"),
    [
        ([_Edge(BACKING_AT - 0.05, 1, 2, "")], None, frozenset(), "below the bar"),
        ([_Edge(0.9, 1, 2, "quantity: 2 vs 3")], None, frozenset(), "a conflict edge"),
        ([_Edge(0.9, 1, 2, "")], None, frozenset({1}), "a side of a contested point"),
        ([_Edge(0.9, 1, 2, "")], {0: 1, 1: 1, 2: 2}, frozenset(), "its sentence is there"),
        ([_Edge(0.9, 1, 3, "")], None, frozenset(), "says something else"),
        ([_Edge(0.9, 0, 2, "")], None, frozenset(), "no part"),
    ],
)
def test_no_backing(
    monkeypatch: pytest.MonkeyPatch,
    edges: list[_Edge],
    group_of: dict[int, int] | None,
    contested: frozenset[int],
    why: str,
) -> None:
    assert _backed(monkeypatch, edges, group_of, contested) == {}, why


def test_a_clause_without_a_speaker_whose_sentence_names_one_backs_no_voiced_group() -> None:
    text = "Donors should send more rehydration salts to the clinics in Varn, the charity urged."
    clause = "Donors should send more rehydration salts to the clinics in Varn"
    whole = claim(text, text, text)  # (no speaker read: the sentence names one in its words)
    part = claim(text, clause + ".", clause)
    voiced = claim(OTHER, OTHER, OTHER, speaker="Penrose Capital")
    plain = claim(OTHER, OTHER, OTHER)
    feats = _build_features(
        [("a0", 0, whole), ("a0", 1, part), ("a1", 0, voiced), ("a2", 0, plain)]
    )
    at = {(f.article, f.index): f for f in feats}
    host, mine, with_speaker, without = at["a0", 0], at["a0", 1], at["a1", 0], at["a2", 0]
    assert not backing_module._speakers_fit(mine, host, [with_speaker])
    assert backing_module._speakers_fit(mine, host, [without])
    # a sentence with no words of saying outside the clause does not stop it
    bare = claim(clause + " by Friday.", clause + " by Friday.", clause + " by Friday.")
    (bare_host,) = _build_features([("a0", 0, bare)])
    assert backing_module._speakers_fit(mine, bare_host, [with_speaker])


# --- a batch of many stories -----------------------------------------------------------------


def test_a_batch_above_the_size_bound_is_not_backed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the second link pass would double a 100k-claim merge's time and memory; a story's own
    # merge (a report, `consensus batch`) stays far below the bound and is backed
    extraction, report = shared_reports.madeup_run("study")  # made once per test session

    def backed(report: Report) -> list[str]:
        return [i.id for i in report.agreed if "counting a clause" in i.rule]

    assert sum(len(s.claims) for s in extraction.claim_sets) < backing_module.MAX_CLAIMS
    assert backed(report), "a clause backs an item of the study cluster"
    monkeypatch.setattr(backing_module, "MAX_CLAIMS", 10)
    assert backed(build_report(extraction)) == []
