"""bench/disputes62.py (the missed-dispute census as a table) and bench/voice_gates62.py
(which of rule 6's two-voice gates stops a missed dispute's best pair), on invented text."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import disputes62  # noqa: E402
import voice_gates62  # noqa: E402

CENSUS = """\
== quarry_town: 2 missed, 1 without gold
  MISSED crew-count (figure)
    side 0 01_wire [01_wire]: #3 g2 a 'Nine crew were aboard, the owner said'
    side 0 02_daily [01_wire]: #9 g2 a 'Nine crew were aboard, the owner said'
    side 1 03_post [03_post]: (no claim)
    cause: extraction: a side no claim covers
    signal: no signal
  MISSED who-left (account)
    side 0 01_wire [01_wire]: #4 g3 a 'The union said the firm walked out'
    side 1 03_post [03_post]: #12 g8 a 'Ola Brandt said: "We did not leave"'
    cause: linked, vetoed or refused
    one article: two speakers, negation
    signal: negation
      #4-#12 p=0.512 veto: speakers 'union' / 'ola brandt'  [lexical=0.40(+1.9)]
      #4-#13 p=-1.000 no candidate  []
  NO GOLD 'The firm said' (contested: x)
    asserts: 'The firm said'
== empty_town: 0 missed, 0 without gold
== 2 disputes missed, 1 points without gold
== missed disputes by cause | gold kind
     1  linked, vetoed or refused | account
"""


def test_parse_reads_each_missed_dispute_with_its_sides_and_best_pair() -> None:
    rows = disputes62.parse(CENSUS.splitlines(keepends=True))
    assert [(r.cluster, r.gold, r.kind) for r in rows] == [
        ("quarry_town", "crew-count", "figure"),
        ("quarry_town", "who-left", "account"),
    ]
    first, second = rows
    assert first.sides == {0: True, 1: False}
    assert first.fields["cause"] == "extraction: a side no claim covers"
    assert first.note().startswith("sides covered 1/2")
    assert second.pairs[0] == "p=0.512 veto: speakers 'union' / 'ola brandt'"
    assert "one article: two speakers, negation" in second.note()


def test_veto_rule_drops_the_names_of_the_pair() -> None:
    assert disputes62.veto_rule("p=0.512 veto: speakers 'union' / 'ola brandt'") == "veto: speakers"
    assert (
        disputes62.veto_rule("p=0.700 veto: rule 3: two counts that neither clash nor agree")
        == "veto: rule 3: two counts that neither clash nor agree"
    )


def test_main_writes_one_tsv_line_per_missed_dispute(tmp_path: Path) -> None:
    census = tmp_path / "census.txt"
    census.write_text(CENSUS, encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert disputes62.main([str(out), str(census)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "cluster\tgold\tkind\tcause\tnote"
    assert len(lines) == 3
    assert lines[2].split("\t")[:4] == [
        "quarry_town",
        "who-left",
        "account",
        "linked, vetoed or refused",
    ]


def _feat(statement: str) -> SimpleNamespace:
    from consensus.models import Polarity

    return SimpleNamespace(claim=SimpleNamespace(statement=statement, polarity=Polarity.asserts))


def test_gate_one_when_both_negate() -> None:
    feats = [_feat("The firm did not walk out."), _feat("The union never left the talks.")]
    trace = SimpleNamespace(feats=feats, memo={}, ctx=None)
    assert voice_gates62.gate(trace, 0, 1) == "1 both negate or neither"


def test_gate_order_after_a_negated_concept_is_met(monkeypatch: pytest.MonkeyPatch) -> None:
    import consensus.merge.score as score
    import consensus.merge.voice_rebuttals as vr
    from consensus.merge.score import NO_NEGATION

    class _Negs:  # (one negates: rule 6's first gate passes)
        hinted = (False, True)

        def __call__(self, k: int) -> object:
            return NO_NEGATION

    feats = [_feat("The firm walked out of the talks."), _feat("We did not walk out.")]
    trace = SimpleNamespace(feats=feats, memo={"negations": _Negs()}, ctx=None)
    monkeypatch.setattr(score, "_negation_clash", lambda *_a: "walk")
    monkeypatch.setattr(vr, "about_two_things", lambda *_a, **_k: True)
    assert voice_gates62.gate(trace, 0, 1) == "3 about two things (not walk)"
    monkeypatch.setattr(vr, "about_two_things", lambda *_a, **_k: False)
    monkeypatch.setattr(vr, "told_apart", lambda *_a: True)
    assert voice_gates62.gate(trace, 0, 1) == "4 told apart (not walk)"
    monkeypatch.setattr(vr, "told_apart", lambda *_a: False)
    assert voice_gates62.gate(trace, 0, 1) == "5 passes the gates (not walk)"
