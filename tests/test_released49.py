"""Session 49 (released49): what the six clusters released to training showed.

News furniture no rule read: a credit line naming the copy a story used ("Contains reporting
from <agency>.", "Wire material from <agency>."), a chart's caption that names its source,
a corrections desk's paired label ("Corrections and clarifications: ..."): whole lines of
furniture (`consensus.furniture`), never a news line that opens with the same words.

A number said in words past its scale word ("fourteen thousand three hundred") is one
figure (`merge.figures`), not a count of thousands and another of hundreds.

(branch released49-copies) A verbatim copy (one statement in two articles of one wire
story) is one statement when two groups fail the join's half-compared test
(`clusters._may_join`, `clusters._statements`): they take it again with each group's copies
counted once, and join only if every compared statement pair links; a lone claim joining a
group is tested by members as before.
"""

from __future__ import annotations

from test_merge_join_model import _group

from consensus.furniture import furniture_spans
from consensus.merge.clusters import _may_join
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.figures import figures
from consensus.merge.join_model import join_weights_in_scope
from consensus.merge.link import link_model
from consensus.vectors import Vectors


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in sorted(furniture_spans(text, [], []))]


def test_a_credit_line_for_the_copy_used_is_furniture() -> None:
    for line in (
        "Contains reporting from Orvel Press Agency.",
        "This story includes material from the agencies.",
        "Wire material from Tamsk Business Wire.",
        "Agency copy from the Northern News Service.",
    ):
        assert _furniture(f"The ferry sailed late on Sunday.\n\n{line}\n") == [line], line


def test_a_news_line_with_the_same_words_is_not() -> None:
    for text in (
        "The wire material from the agency showed that six boats sank.",
        "The report contains information from 12 witnesses, the harbour master said.",
        "Contains reporting from the harbour: the crews were safe, the coastguard said.",
    ):
        assert _furniture(text) == [], text


def test_a_charts_caption_that_names_its_source_is_furniture() -> None:
    caption = "Chart: ferry crossings per month, 2020 to 2026. Source: port authority"
    assert _furniture(f"Crossings fell by a third.\n\n{caption}\n") == [caption]
    # the short label alone was furniture before; a sentence that mentions a chart is news
    assert _furniture("The chart shows crossings fell. Source: port authority") == []


def test_a_corrections_desks_paired_label_is_furniture() -> None:
    line = "Corrections and clarifications: write to the standards editor."
    assert _furniture(f"The ferry sailed late.\n\n{line}\n") == [line]
    assert _furniture("Corrections and clarifications were issued by the port on Monday.") == []


def _read(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.noun) for f in figures(text)]


def test_a_number_said_in_words_past_its_scale_is_one_figure() -> None:
    said = "The council now says fourteen thousand three hundred homes lost power."
    assert _read(said) == [(14300.0, "homes")]
    assert _read("Two million five hundred thousand litres leaked.") == [(2500000.0, "litres")]
    assert _read("The fund holds two million and fifty thousand crowns.")[0][0] == 2050000.0


def test_two_numbers_said_in_words_stay_two() -> None:
    # a list, a range or a comma: no one number
    assert [v for v, _ in _read("It cost five million, three officials said.")] == [5e6, 3.0]
    assert _read("Nine thousand or fourteen thousand homes lost power.")[0][0] == 9000.0
    assert [v for v, _ in _read("Five hundred homes and three schools lost power.")] == [
        500.0,
        3.0,
    ]


def _joins(said: list[str], sims: dict[tuple[int, int], float], a: list[int], b: list[int]) -> bool:
    views = [
        ClaimView(article=f"a{k}", statement=t, names=frozenset(), speaker=None)
        for k, t in enumerate(said)
    ]
    ctx = PairContext(views, Vectors.empty())
    join_at = link_model().threshold
    with join_weights_in_scope(None):  # the hand rule: half compared, and the mean
        return _may_join(_group(a), _group(b), sims, ctx, False, join_at)


COPY = "The ferry left the harbour two hours late."
FOG = "The crossing was delayed by fog."
HELD = ["Fog held the ferry for two hours.", "The ferry was two hours late because of fog."]


def test_a_copy_counts_once_in_the_half_compared_test() -> None:
    over = link_model().threshold + 0.05
    # of six member pairs two were compared; of four statement pairs, two: half
    sims = {(2, 3): over, (2, 4): over}
    assert _joins([COPY, COPY, FOG, *HELD], sims, [0, 1, 2], [3, 4])


def test_without_a_copy_or_near_enough_the_groups_stay_apart() -> None:
    join_at = link_model().threshold
    over, under = join_at + 0.05, join_at - 0.05
    other = "Passengers waited in the terminal."
    # three statements, two of six pairs compared: no copy, no join
    assert not _joins([COPY, other, FOG, *HELD], {(2, 3): over, (2, 4): over}, [0, 1, 2], [3, 4])
    # a copy, but one compared pair under the threshold: the copies relax how many pairs
    # were compared, never how near they are
    sims = {(2, 3): over + 0.1, (2, 4): under}
    assert not _joins([COPY, COPY, FOG, *HELD], sims, [0, 1, 2], [3, 4])
    # a lone claim joins a group by the members' count, copies or not
    assert not _joins([COPY, COPY, FOG, HELD[0]], {(2, 3): over}, [0, 1, 2], [3])
