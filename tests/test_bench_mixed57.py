"""bench/mixed57.py: the census of wrong agreement (mixed agreed items and mixed dispute
sides), its what-if cut table and the editor's labels in bench/mixed57.tsv."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mixed57  # noqa: E402
from quality import score_madeup  # noqa: E402
from quality_lib import held_out  # noqa: E402

LABELS = {
    "gold_gap",
    "figure_clash",
    "update_sentence",
    "related_other",
    "one_voice",
    "long_sentence",
    "contradiction",
    "past_event",
}


def test_the_census_lists_what_the_scorer_counts() -> None:
    # a training cluster with both mixed agreed items and mixed sides: the census lists
    # each once, as many as the scorer's `agreed_mixed` and `sides_mixed`
    name = "blind_cranecollapse"
    score = score_madeup(name)
    lines = mixed57.census(name)
    heads = [x for x in lines if x.startswith(f"[{name}] ")]
    sides = [x for x in heads if " SIDE " in x]
    assert score.agreed_mixed + score.sides_mixed > 0
    assert len(heads) - len(sides) == score.agreed_mixed
    assert len(sides) == score.sides_mixed


def test_the_cut_table_counts_the_items_a_cut_takes_apart(tmp_path: Path) -> None:
    # invented rows: name, status, origins, citations, link, longest, support, same quote,
    # speakers, shortest, ledes, statement
    rows = [
        "x\tright\t2\t2\t0.35\t80\t0\t0\t1\t60\t0\tThe mill closed.",
        "x\tmixed\t2\t2\t0.30\t90\t0\t0\t0\t50\t1\tThe ferry sailed.",
        "x\tright\t3\t3\t0.30\t90\t0\t0\t0\t50\t0\tThe bridge opened.",
        "x\tunjudged\t2\t2\t0.90\t90\t0\t1\t0\t50\t1\tThe school shut.",
    ]
    path = tmp_path / "items.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = mixed57.cut_table(str(path))
    assert table[0] == "items 4: mixed 1 right 2 unjudged 1"
    row = next(x for x in table if x.startswith("two origins, link < 0.4\t"))
    # the three-origin item and the strong link are kept: one right lost, one mixed removed
    assert row.split("\t")[1:4] == ["1", "1", "0"]
    ledes = next(x for x in table if x.startswith("ledes only, two origins\t"))
    assert ledes.split("\t")[1:4] == ["0", "1", "1"]


def test_the_labels_name_tunable_clusters_and_known_causes() -> None:
    text = (ROOT / "bench" / "mixed57.tsv").read_text(encoding="utf-8")
    rows = [x.split("\t") for x in text.splitlines() if x and not x.startswith("#")][1:]
    kept = set(held_out())
    assert len(rows) >= 40
    for row in rows:
        assert len(row) == 5, row
        assert row[0] not in kept
        assert row[1] in {"agreed", "side"}
        assert row[3] in LABELS, row


def test_a_sentence_telling_both_values_is_told_from_two_citations_joined() -> None:
    # "31 hurt, revising an earlier 23" states both sides in one citation; a second citation
    # of the later side alone keeps it one sentence; citations of two sides each are joined
    assert mixed57.side_shape([{0, 1}]) == "one-sentence"
    assert mixed57.side_shape([{0, 1}, {1}, set()]) == "one-sentence"
    assert mixed57.side_shape([{0}, {1}]) == "two-citations"
    assert mixed57.side_shape([{0, 1}, {0}, {1}]) == "two-citations"
