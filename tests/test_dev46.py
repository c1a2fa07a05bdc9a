"""bench/single_repeats.py: how a single-source line that may repeat an agreed item of its own
article is judged against the gold, and when it prints a figure of its own (invented texts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from consensus.models import Citation

_SPEC = importlib.util.spec_from_file_location(
    "single_repeats", Path(__file__).resolve().parent.parent / "bench" / "single_repeats.py"
)
assert _SPEC is not None and _SPEC.loader is not None
single_repeats = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(single_repeats)  # (it puts bench/ on the path for its own imports)

TEXT = (
    "The ferry Arnhild ran aground off Vessholm on Tuesday. "
    "Nobody was hurt, the harbour office said. "
    "The ferry's owner said the ship had run aground in fog. "
    "Repairs will take three weeks."
)


def _cite(article: str, sentence: str) -> Citation:
    start = TEXT.index(sentence)
    return Citation(article=article, quote=sentence, start=start, end=start + len(sentence))


AGROUND = "The ferry Arnhild ran aground off Vessholm on Tuesday."
RESTATED = "The ferry's owner said the ship had run aground in fog."
UNHURT = "Nobody was hurt, the harbour office said."
REPAIRS = "Repairs will take three weeks."


def _span(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


# gold: the grounding is stated by 01's restatement and 02's lede; nobody hurt by 01 and 02
FACTS = [
    {"01": _span(RESTATED), "02": _span(AGROUND)},
    {"01": _span(UNHURT), "02": _span(UNHURT)},
]
AGREED = [_cite("01", AGROUND), _cite("02", AGROUND)]  # the agreed item: ran aground


def test_a_restatement_of_the_agreed_fact_is_a_right_fold() -> None:
    assert single_repeats.verdict([_cite("01", RESTATED)], AGREED, FACTS) == "right"


def test_another_fact_of_the_same_article_is_a_wrong_fold() -> None:
    assert single_repeats.verdict([_cite("01", UNHURT)], AGREED, FACTS) == "wrong"


def test_a_line_no_gold_fact_covers_is_unjudged() -> None:
    assert single_repeats.verdict([_cite("01", REPAIRS)], AGREED, FACTS) == "unjudged"


def test_a_figure_of_its_own() -> None:
    told = [Citation(article="01", quote="It carried 1,200 passengers.", start=0, end=28)]
    assert single_repeats.own_figure("About 1,300 passengers were aboard.", told)
    assert not single_repeats.own_figure("All 1,200 passengers were aboard.", told)
    assert not single_repeats.own_figure("The passengers were aboard.", told)
