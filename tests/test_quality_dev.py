"""Quality on the six annotated real dev clusters (tests/data/dev), as bench/quality.py
measures it: the figures reached are guarded here so a change that loses them fails.

Thresholds are the figures measured when this test was written, rounded down a little:
they are floors that a better merger raises, not targets (issue 8's targets are printed by
bench/quality.py next to the measured figures).
"""

from __future__ import annotations

import itertools
import sys
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from quality import run_cluster, score_cluster, story_pairs  # noqa: E402
from quality_lib import ClusterScore, events, pair_prf  # noqa: E402

from consensus.merge.figures import figures  # noqa: E402


@cache
def scores() -> tuple[ClusterScore, ...]:
    return tuple(score_cluster(e) for e in events())


def total(field: str) -> int:
    return sum(getattr(s, field) for s in scores())


def test_every_dev_cluster_is_annotated() -> None:
    assert len(events()) == 6
    for s in scores():
        assert s.agreed_total >= 10, s.event
        assert s.anchors_missing <= 2, (s.event, s.anchors_missing)


def test_agreed_recall_floor() -> None:
    found, expected = total("agreed_found"), total("agreed_total")
    # (0.65 at 188/287; 196/287 since offline-18's "when"/"after" clauses and offline-20)
    assert found / expected >= 0.67, (found, expected)
    # no cluster is left behind
    for s in scores():
        assert s.agreed_found / s.agreed_total >= 0.2, (s.event, s.agreed_missed)


def test_disputes_found_floor() -> None:
    # (14 when a round bound began to speak in its last digit; 15 since a figure point's
    # sides go by the figures their members print; 14 with offline-20's speakers: Mazar's
    # Kunduz toll was found inside the consulate's toll point, a mixed point that correct
    # speakers no longer assemble; 15 since an agreed group whose members give one slot
    # different figures makes a point of it: Croydon's rescue units; 16 since a negated
    # noun phrase or speech act is read: Nice's "no group has claimed responsibility" vs
    # "IS claimed responsibility")
    assert total("disputes_found") >= 16, [s.disputes_missed for s in scores()]


def test_few_contested_points_show_no_annotated_dispute() -> None:
    # a point no gold dispute confirms is a wrong dispute or one the annotator missed:
    # reading them (bench/quality.py -v) found most wrong, so their number is capped (8
    # until session 6; 6 since past-month figures and named parts dispute no whole)
    assert total("points_unconfirmed") <= 7, [s.unconfirmed_items for s in scores()]


def test_few_agreed_items_join_different_gold_facts() -> None:
    # an agreed item whose origins cite different annotated facts and none in common is a
    # wrong agreement the gold shows (11 when this cap was set, 10 in session 5, 7 in
    # session 6; a lower link threshold of 0.2 makes 18)
    assert total("agreed_mixed") <= 8, [s.agreed_mixed_items for s in scores()]


def test_copies_are_not_counted_twice() -> None:
    precision, recall = pair_prf(total("origin_tp"), total("origin_fp"), total("origin_fn"))
    assert precision == 1.0 and recall >= 0.9
    assert total("copy_inflated") == 0, [s.copy_inflated_items for s in scores()]


def test_captions_and_credits_stay_out() -> None:
    assert total("non_claims") == 0, [s.non_claim_items for s in scores()]


def test_speakers_are_names() -> None:
    assert total("wrong_speaker") <= 2, [s.wrong_speaker_items for s in scores()]


def test_distinct_propositions_are_rarely_merged() -> None:
    # 5 since offline-5: the 2004 rail crash sentence ("... since 2004, when seven people
    # were killed near Ufton Nervet") already sat in the tram toll item; the Guardian's own
    # toll clause now joins that item too (rightly), so the pair is counted. 6 since the
    # sides of a figure point show every member printing a disputed figure: Mazar's
    # "another 1,000 troops came from partner countries" sat hidden in the group of
    # "Germany has nearly 1,000 troops" and now shows on that side (disputes +1). 7 since
    # "a half million barrels" reads as 500,000: China's NYT sentence (the December
    # resolution, per year) joins RT's 500,000 barrels (September's, for three months),
    # which no period rule tells apart, where before its four million barrels of crude made
    # a wrong figure point against RT's refined petrol (no-gold points -1, agreed +1).
    assert total("distinct_merged") <= 7


@pytest.mark.slow
def test_stories_are_recovered_from_one_shuffled_feed() -> None:
    precision, recall, _n = story_pairs(events())
    assert precision >= 0.95 and recall >= 0.9


def test_a_side_of_a_figure_point_counts_only_who_prints_a_figure() -> None:
    # "at least 84 killed" (4 origins) vs "nearly 80" vs "scores": a side lists the
    # outlets that give ITS figure, not those whose claim of the same event ("a truck
    # plowed into the crowd") joined the group; a side whose statements print no figure
    # at all (a vague count the extractor read) is left as it is
    wrong = []
    for event in events():
        report = run_cluster(event)[1]
        for point in report.contested:
            if "conflicting quantities" not in point.rule or "polarity" in point.rule:
                continue
            for side in point.positions:
                printing = {c.article for c in side.citations if figures(c.quote)}
                if printing and printing != set(side.sources):
                    wrong.append((event, side.statement[:60], set(side.sources) - printing))
    assert not wrong, wrong


def test_an_agreed_event_whose_figures_are_disputed_is_stated_without_them() -> None:
    # Nice: the seven-origin item was stated "At least 60 people were killed ...", which
    # only two of its origins say and its own point disputes; when more origins state the
    # event without a figure than with one, one of those statements speaks for the item
    wrong = []
    for event in events():
        for item in run_cluster(event)[1].agreed:
            if "contested in" not in item.rule or not figures(item.statement):
                continue
            plain = {c.article for c in item.citations if not figures(c.quote)}
            printing = {c.article for c in item.citations if figures(c.quote)}
            # (articles and quotes, not origins and statements: a margin of two to one)
            if len(plain) >= 3 and len(plain) > 2 * len(printing):
                wrong.append((event, item.statement[:70], sorted(plain), sorted(printing)))
    assert not wrong, wrong


def test_two_sides_of_a_figure_point_never_give_the_same_figures() -> None:
    # Mazar: "nearly 1,000 troops" and "roughly 1,000 service members" were two sides
    # against "about 850 soldiers" (the slot's word differed); Nice: "Cazeneuve said 80
    # were killed" sat in the side of "77 died" (one group held both statements)
    import re

    wrong = []
    for event in events():
        for point in run_cluster(event)[1].contested:
            if "conflicting quantities" not in point.rule or "polarity" in point.rule:
                continue
            named = {
                text
                for pair in re.findall(r"\(\w+: ([^()]+?) vs ([^()]+?)\)", point.rule)
                for text in pair
            }
            given = [
                frozenset(
                    fig.text
                    for c in side.citations
                    for fig in figures(c.quote)
                    if fig.text in named
                )
                for side in point.positions
            ]
            given = [g for g in given if g]
            if len(set(given)) < len(given):
                wrong.append((event, point.topic[:60], given))
    assert not wrong, wrong


def test_one_count_is_one_point() -> None:
    # Nice: "at least 84 now lay dead" vs "nearly 80 killed" was a point of its own beside
    # the death-toll point that gives 84 and 80 among its figures; a figure point whose
    # figures for a counted thing are all figures of another point's same count is that
    # point's dispute
    wrong = []
    for event in events():
        counts = [
            (
                point.topic[:50],
                slot.slot,
                {f.value for fig in slot.figures for f in figures(fig.text)},
            )
            for point in run_cluster(event)[1].contested
            for slot in point.slots
            if slot.slot
        ]
        for (topic, name, values), (other, name2, values2) in itertools.permutations(counts, 2):
            if topic != other and name == name2 and len(values) >= 2 and values <= values2:
                wrong.append((event, name, topic, other))
    assert not wrong, wrong
