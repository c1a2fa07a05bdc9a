"""bench/missed_links.py's tally by rule (session 45, agree45): each missed fact counted by
the rule that kept its best pair apart, the pair's particulars (names, figures, sample
counts, means) dropped so that one rule is one row; a rule's own numbers stay."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402


@pytest.mark.parametrize(
    ("status", "rule"),
    [
        ("join refused: sample scored 5/12 (groups 3+5)", "join refused: sample scored k/n"),
        ("join refused: sample mean 0.27 (groups 2+1)", "join refused: sample mean"),
        ("join refused: one voice mean 0.29", "join refused: one voice mean"),
        ("join refused: speakers jan roe~acme", "join refused: speakers"),
        ("veto: speakers 'jan roe' / 'acme'", "veto: speakers"),
        ("veto: figures car: 58,300 vs 412,000", "veto: figures"),
        ("conflict: quantity offer: $105 billion vs $121 billion", "conflict: quantity"),
    ],
)
def test_a_rule_drops_its_pairs_particulars(status: str, rule: str) -> None:
    assert missed_links.rule_of(status) == rule


@pytest.mark.parametrize(
    "status",
    [
        "below threshold",
        "no candidate",
        "veto: rule 0/8: owners, offsets or occasions apart",  # the rule's own numbers
        "veto: rule 3: two counts that neither clash nor agree",
        "join refused: two remarks (rule 7)",
    ],
)
def test_a_rule_without_particulars_is_kept_whole(status: str) -> None:
    assert missed_links.rule_of(status) == status


def test_the_tally_by_rule_is_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(missed_links, "madeup", lambda: ["election"])
    assert missed_links.main(["--madeup", "--pairs", "1"]) == 0
    out = capsys.readouterr().out
    tally = out.split("== ... by rule")[1]
    rows = [line.split(maxsplit=1) for line in tally.splitlines()[1:] if line.strip()]
    counted = sum(int(n) for n, _ in rows)
    missed = sum(1 for line in out.splitlines() if line.startswith("  MISSED "))
    split = sum(1 for line in out.splitlines() if line.startswith("  SPLIT "))
    assert counted == missed + split  # one row per fact, every fact once
    assert not any(ch.isdigit() for _, rule in rows for ch in rule.split("rule")[0])
