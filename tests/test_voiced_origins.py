"""Session 54 (disputes54): an outlet that quotes one voice's negation and another voice's
statement reports a dispute, it does not rebut itself (`voiced_origins`); the stated side,
a party's words told by several outlets, stays agreed too. Invented words."""

from __future__ import annotations

import dataclasses

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.voiced_origins import told_both_sides
from consensus.models import Article, Claim, ClaimKind, Evidence, ExtractionResult, Report
from consensus.offline import extract_offline


def _report(*texts: str) -> Report:
    arts = tuple(Article(id=f"n{k}", text=t, outlet=f"Outlet {k}") for k, t in enumerate(texts))
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


_DENIED = 'Mira Voss, the water company\'s director, said: "The intake is not in the bloom."'
_FIRST = "The Orlby Anglers' Club says the pumping station's intake is inside the algae bloom."
_SECOND = "The anglers' club says the intake is inside the bloom."


def test_one_outlet_quoting_two_voices_reports_their_dispute() -> None:
    report = _report(
        f"{_FIRST} {_DENIED} The beach stays closed.",
        f"Swimmers were told to stay away on Sunday. {_SECOND}",
    )
    rules = [c.rule for c in report.contested]
    assert any("negates" in r for r in rules), rules
    point = next(c for c in report.contested if "negates" in c.rule)
    said = " ".join(p.statement for p in point.positions)
    assert "not in the bloom" in said and "inside the bloom" in said
    # the club's statement, told by two outlets, is still what they agree on
    assert any("inside the bloom" in a.statement for a in report.agreed)


def test_an_outlet_stating_both_in_its_own_voice_still_rebuts_nothing() -> None:
    # no speakers: the outlet's own two statements (another thing each), no point
    report = _report(
        "The pumping station's intake is inside the algae bloom. The intake is not in the"
        " bloom's thickest part. The beach stays closed.",
        "Swimmers were told to stay away on Sunday. The intake is inside the bloom.",
    )
    assert not [c for c in report.contested if "negates" in c.rule]


def _feat(origin: str, statement: str, speaker: str | None) -> _Feat:
    claim = Claim(
        statement=statement,
        kind=ClaimKind.reported_statement,
        subject="it",
        speaker=speaker,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    (f,) = _build_features([(origin, 0, claim)])
    return dataclasses.replace(f, origin=origin)


def test_told_both_sides_by_origin_and_voice() -> None:
    neg = [_feat("a", "The intake is not in the bloom.", "Mira Voss")]
    other_voice = [
        _feat("a", "The intake is inside the bloom.", "Orlby Anglers Club"),
        _feat("b", "The intake is inside the bloom.", "Orlby Anglers Club"),
    ]
    assert not told_both_sides(neg, other_voice)  # (two voices in origin a)
    same_voice = [_feat("a", "The intake is inside the bloom.", "Mira Voss")]
    assert told_both_sides(neg, same_voice)  # (one voice both ways: as before)
    unvoiced = [_feat("a", "The intake is inside the bloom.", None)]
    assert told_both_sides(neg, unvoiced)  # (the outlet's own words: as before)
    elsewhere = [_feat("b", "The intake is inside the bloom.", None)]
    assert not told_both_sides(neg, elsewhere)  # (origin a does not state it)
