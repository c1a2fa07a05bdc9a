"""bench/missed_links.py --joins: every group join the clusterer refused, with the groups,
the sampled pairs and what the gold says of the join (one fact, look-alikes, silent)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import missed_links  # noqa: E402
from quality_lib import Locator  # noqa: E402

from consensus.models import Article, Citation  # noqa: E402

TEXTS = {
    "a1": "The bridge closed on Monday. Ten lorries were stuck.",
    "a2": "Officials shut the bridge on Monday. Traffic backed up for miles.",
    "a3": "The bridge was closed on Monday, the council said. Ten buses were stuck.",
}


def _claim(pos: int, article: str, quote: str) -> SimpleNamespace:
    start = TEXTS[article].index(quote)
    cite = Citation(article=article, quote=quote, start=start, end=start + len(quote))
    return SimpleNamespace(pos=pos, citations=(cite,))


def _label(a: tuple[int, ...], b: tuple[int, ...], gold: dict[str, str]) -> str:
    feats = [
        _claim(0, "a1", "The bridge closed on Monday."),
        _claim(1, "a2", "Officials shut the bridge on Monday."),
        _claim(2, "a3", "The bridge was closed on Monday, the council said."),
        _claim(3, "a1", "Ten lorries were stuck."),
        _claim(4, "a3", "Ten buses were stuck."),
    ]
    exp = {
        "agreed": [
            {
                "id": "bridge-closed",
                "anchors": {
                    "a1": "The bridge closed on Monday",
                    "a2": "Officials shut the bridge on Monday",
                    "a3": "The bridge was closed on Monday",
                },
            }
        ],
        "distinct": [
            {"anchors": [["a1", "Ten lorries were stuck"], ["a3", "Ten buses were stuck"]]}
        ],
    }
    loc = Locator({k: Article(id=k, text=t) for k, t in TEXTS.items()})
    trace = missed_links.Trace(feats=feats)
    return missed_links._gold_label(trace, exp, loc, gold, a, b)


def test_the_gold_label_of_a_refused_join() -> None:
    three = {"a1": "o1", "a2": "o2", "a3": "o3"}
    assert _label((0,), (1, 2), three) == "same fact bridge-closed"
    assert _label((3,), (4,), three) == "distinct"
    assert _label((0, 3), (2, 4), three) == "same fact bridge-closed + distinct"
    assert _label((1,), (4,), three) == "-"  # (no fact or look-alike pair spans the two)
    # one fact in both groups, but told by one gold origin only: the gold is silent
    assert _label((0,), (2,), {"a1": "o1", "a2": "o2", "a3": "o1"}) == "-"


def test_joins_lists_each_refused_group_join_with_its_gold_label(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(missed_links, "madeup", lambda: ["resignation"])
    assert missed_links.main(["--madeup", "--joins"]) == 0
    out = capsys.readouterr().out
    head = re.search(r"== resignation: (\d+) group joins refused", out)
    assert head is not None
    refusals = re.findall(
        r"^  #\d+-#\d+ p=[-\d.]+ refused: .+ \[(1\+n|n\+n)\] gold: (.+)$", out, re.M
    )
    assert len(refusals) == int(head.group(1)) > 0
    assert all(re.fullmatch(r"-|same fact \S+( \+ distinct)?|distinct", g) for _, g in refusals)
    tally = out.split("== refused group joins by reason, shape and what the gold says of them")[1]
    assert sum(int(n) for n in re.findall(r"^\s+(\d+)\s", tally, re.M)) == len(refusals)
    assert "what kept the best pair" not in out  # (the fact diagnosis is not run)
