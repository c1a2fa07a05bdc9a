"""bench/unpaired_disputes.py: why blocking never paired a missed dispute's sides, and the
oracle blocking that adds the sides' pairs (by article and statement) to the candidates."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402
import unpaired_disputes  # noqa: E402

from consensus.merge.figures import figures  # noqa: E402
from consensus.models import Polarity  # noqa: E402


def _feat(article: str, statement: str, polarity: Polarity = Polarity.asserts) -> Any:
    return SimpleNamespace(
        article=article, claim=SimpleNamespace(statement=statement, polarity=polarity)
    )


def _trace(feats: list[Any]) -> missed_links.Trace:
    ctx = SimpleNamespace(figs=[figures(f.claim.statement) for f in feats])
    return missed_links.Trace(feats=feats, members=[[k] for k in range(len(feats))], ctx=ctx)


def test_sides_told_in_one_article_have_no_pair() -> None:
    trace = _trace([_feat("a", "The mill reopened."), _feat("a", "The mill stayed shut.")])
    assert unpaired_disputes.reason(trace, [{0}, {1}]) == "no pair of two articles"


def test_a_bare_figure_is_read_before_a_plain_clash() -> None:
    # "the true number is six" does not say what it counts
    trace = _trace(
        [
            _feat("a", "The guild says Mr Orlo has sold 11 paintings."),
            _feat("b", "Mr Orlo says the true number is six."),
        ]
    )
    assert (
        unpaired_disputes.reason(trace, [{0}, {1}]) == "a figure that does not say what it counts"
    )


def test_a_denial_against_an_account_is_opposite_polarity() -> None:
    trace = _trace(
        [
            _feat("a", "Residents say the ferry left the harbour early."),
            _feat(
                "b", "The operator denied that its vessel departed ahead of time.", Polarity.denies
            ),
        ]
    )
    assert unpaired_disputes.reason(trace, [{0}, {1}]) == "opposite polarity"


def test_two_accounts_without_a_common_word() -> None:
    trace = _trace([_feat("a", "Pumps flooded the cellar."), _feat("b", "Rain soaked every room.")])
    assert unpaired_disputes.reason(trace, [{0}, {1}]) == "no content word shared"


def test_the_oracle_adds_pairs_of_two_articles_and_restores_blocking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import consensus.merge.compared_pairs as cp

    monkeypatch.setattr(cp, "candidate_pairs", lambda feats, ctx, blocked=None: [(0, 1)])
    feats = [
        _feat("a", "The mill reopened."),
        _feat("a", "Workers cheered."),
        _feat("b", "The mill stayed shut."),
    ]
    wanted = {(("b", "The mill stayed shut."), ("a", "The mill reopened."))}
    with unpaired_disputes._oracle(wanted):
        assert cp.candidate_pairs(feats, None) == [(0, 1), (0, 2)]
    assert cp.candidate_pairs(feats, None) == [(0, 1)]
