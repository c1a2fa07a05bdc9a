"""A count noun that names nothing, read back in its article (`merge/figure_read_back.py`):
"the real number is 30,000" counts what its article last counted, "real" says which count
(a count modifier, never the counted thing), and such a correction disputes another
outlet's count of that thing at the plain conflict bar (link rule 3)."""

from __future__ import annotations

import pytest
from test_merge_figure_blocks import _build_features

import consensus.merge.compare as compare
import consensus.merge.figure_read_back as figure_read_back
import consensus.merge.link as link
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.models import Claim, ClaimKind, Evidence
from consensus.vectors import Vectors


def _context(*told: tuple[str, str]) -> PairContext:
    views = [ClaimView(article=a, statement=t, names=frozenset(), speaker=None) for a, t in told]
    return PairContext(views, Vectors.empty())


def _feats(*told: tuple[str, str]) -> list:  # type: ignore[type-arg]
    entries = [
        (
            article,
            0,
            Claim(
                statement=text,
                kind=ClaimKind.event,
                subject=" ".join(text.split()[:2]),
                evidence=(Evidence(quote=text, start=0, end=len(text)),),
            ),
        )
        for article, text in told
    ]
    return _build_features(entries)


def test_real_says_which_count_not_what_it_counts() -> None:
    (real,) = figures("The anglers' club thinks the real number is 30,000.")
    assert real.slot[:2] == ("number", "real")
    (true,) = figures("Tam Vell says the true figure is 41.")
    assert true.slot[:2] == ("figure", "true")
    # "closer to", "nearer": how near the value is (a bound), never what is counted
    (closer,) = figures("The anglers' club says the real figure is closer to 30,000.")
    assert (closer.bound, closer.slot[:2]) == ("near", ("figure", "real"))
    (nearer,) = figures("The toll is nearer 40, the ministry said.")
    assert (nearer.bound, nearer.slot[0]) == ("near", "death")


def test_a_number_naming_nothing_counts_what_its_article_counted_before() -> None:
    ctx = _context(
        ("a", "The river agency says more than 12,000 fish were killed."),
        ("b", "The river agency now says 12,000 fish died."),
        ("b", "The anglers' club thinks the real number is 30,000."),
    )
    (read,) = ctx.figs[2]
    assert (read.head, read.corrects) == ("fish", True)
    assert ctx.figure_relation(0, 2) == (False, "fish: 12,000 vs 30,000")


def test_nothing_is_read_back_from_another_article_or_a_vague_count() -> None:
    other = _context(
        ("a", "The river agency says more than 12,000 fish were killed."),
        ("b", "The anglers' club thinks the real number is 30,000."),
    )
    assert other.figs[1][0].head == "" and other.figure_relation(0, 1) == (False, "")
    vague = _context(
        ("a", "The river agency says more than 12,000 fish were killed."),
        ("b", "Thousands of fish died, the river agency says."),
        ("b", "The anglers' club thinks the real number is 30,000."),
    )
    assert vague.figs[2][0].head == "" and vague.figure_relation(0, 2) == (False, "")


def test_a_correction_by_another_voice_is_a_dispute(monkeypatch: pytest.MonkeyPatch) -> None:
    feats = _feats(
        ("a", "The regulator said 12,000 fish were killed in the spill on Monday."),
        ("b", "The regulator said 12,000 fish were killed in the spill."),
        ("b", "Tam Vell said that after the spill on Monday the real number was 30,000."),
    )
    assert [f.speaker for f in feats] == ["regulator", "regulator", "tam vell"]
    edges = link.link_edges(feats, Vectors.empty())[0]
    assert (0, 2, "quantity fish: 12,000 vs 30,000") in [(e.i, e.j, e.conflict) for e in edges]
    # read as written ("the number": nothing counted), the two give no slot two values
    monkeypatch.setattr(compare, "read_back", lambda _articles, figs: list(figs))
    again = link.link_edges(feats, Vectors.empty())[0]
    assert not [e for e in again if e.conflict.startswith("quantity")]


def test_only_a_true_or_real_count_is_a_correction() -> None:
    ctx = _context(
        ("a", "The regulator said 12,000 fish were killed."),
        ("b", "The regulator said 12,000 fish were killed."),
        ("b", "Tam Vell said the real number was 30,000."),
        ("c", "The regulator said 12,000 fish were killed."),
        ("c", "Tam Vell said the number was 30,000."),
    )
    assert [(f.head, f.corrects) for f in ctx.figs[2]] == [("fish", True)]
    # read back too, but told as no correction: the two voices' bar holds
    assert [(f.head, f.corrects) for f in ctx.figs[4]] == [("fish", False)]


def test_a_correction_of_a_count_of_people_disputes_at_the_plain_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feats = _feats(
        ("a", "Ana Reis said 300 people were evacuated after the spill on Monday."),
        ("b", "Ana Reis said 300 people were evacuated after the spill."),
        ("b", "Tam Vell said that after the spill on Monday the real number was 1,000."),
    )
    assert [f.speaker for f in feats] == ["ana reis", "ana reis", "tam vell"]
    edges = link.link_edges(feats, Vectors.empty())[0]
    assert [(e.i, e.j, e.conflict) for e in edges if e.conflict.startswith("quantity")] == [
        (0, 2, "quantity evacuat: 300 vs 1,000")
    ]
    # two voices' counts of people, told as no correction: the two speakers' bar holds
    monkeypatch.setattr(figure_read_back, "corrective", lambda _f: False)
    again = link.link_edges(feats, Vectors.empty())[0]
    assert not [e for e in again if e.conflict.startswith("quantity")]
