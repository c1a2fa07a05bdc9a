"""One party's negation told by several outlets in other words is a candidate pair
(consensus.merge.features `_speaker_key`; issue 8, session 17): "the company said the
Arden was not overloaded" and "Selby Line has said the ship was not overloaded" share
only their speaker and their negated word, and blocking needs two shared keys. Invented
text."""

from __future__ import annotations

import datetime as dt

from consensus.api import build_report
from consensus.merge.features import _build_features
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline

DAY = dt.date(2025, 3, 10)
TEXTS = (
    "The ferry Arden, operated by the private company Selby Line, capsized in the strait on "
    "Saturday. Relatives said the ferry was crowded. Selby Line rejected the suggestion. "
    "The company said: \u201cThe Arden was not overloaded.\u201d",
    "Relatives said the ferry was packed. Selby Line has said the ship was not overloaded. "
    "The ferry capsized in the strait on Saturday.",
)


def _articles() -> tuple[Article, ...]:
    return tuple(
        Article(id=f"t{k}", text=text, outlet=f"Outlet {k}", published=DAY)
        for k, text in enumerate(TEXTS)
    )


def test_a_negation_blocks_on_its_speaker_and_a_plain_statement_does_not() -> None:
    arts = _articles()
    claims = [(a.id, k, c) for a in arts for k, c in enumerate(extract_offline(a).claims)]
    feats = _build_features(claims, {a.id: a.text for a in arts})
    (denial,) = [f for f in feats if "ship was not overloaded" in f.claim.statement]
    assert denial.speaker == "selby line" and "e:selby line" in denial.keys
    (plain,) = [f for f in feats if f.claim.statement.startswith("Relatives said the ferry was p")]
    assert plain.speaker == "relatives" and "e:relatives" not in plain.keys


def test_one_partys_denial_in_two_outlets_is_agreed() -> None:
    arts = _articles()
    sets = tuple(extract_offline(a) for a in arts)
    report = build_report(ExtractionResult(articles=arts, claim_sets=sets))
    (item,) = [it for it in report.agreed if "not overloaded" in it.statement]
    assert item.origins == 2
