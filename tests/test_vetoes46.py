"""Session 46 (vetoes46): two named persons who each state one event fact in their own
reported words (a count, an act, a time: `reporters.states_event`; no quotation, stance or
denial) are two sources of one fact when the pair links at >= `TOLD_BY_TWO_AT`: one agreed
item listing both speakers (`voices.told_by_two`, `clusters._may_join`, `items._one_fact`).
Two persons' opinions in like words stay two claims. Invented text."""

from __future__ import annotations

import numpy as np
import pytest

from consensus.api import build_report
from consensus.merge.features import _Feat, _Tok
from consensus.models import Article, Claim, ExtractionResult, Report
from consensus.offline import extract_offline

_FIRE = (
    "Floodwater reached the town centre of Marston on Sunday. Lee Harker, the county fire chief,"
)
_MAYOR = "Schools in Marston stayed shut on Monday. Ann Dole, the town's mayor,"


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


def _citing(report: Report, words: str) -> list[tuple[set[str], tuple[str, ...]]]:
    """The articles and speakers of each agreed item citing `words`."""
    return [
        ({c.article for c in it.citations}, it.speakers)
        for it in report.agreed
        if any(words in c.quote for c in it.citations)
    ]


def test_two_persons_stating_one_count_are_one_item_listing_both() -> None:
    report = _report(
        _FIRE + " said crews rescued 14 people by boat from flooded homes on Sunday.",
        _MAYOR + " said crews used boats to rescue 14 people from flooded homes on Sunday.",
    )
    assert _citing(report, "14") == [({"a0", "a1"}, ("Ann Dole", "Lee Harker"))]


@pytest.mark.parametrize(
    "said",
    [
        " said the council should have built a higher flood wall years ago.",  # (a stance)
        ' said: "We rescued fourteen people by boat from the flooded homes."',  # (own words)
        ' said the night had been "very difficult" for the crews.',  # (a quoted description)
    ],
)
def test_two_persons_opinions_or_quotations_stay_two_claims(said: str) -> None:
    report = _report(
        _FIRE + said + " The river peaked at noon.", _MAYOR + said.replace("We", "Crews")
    )
    assert not [it for it in report.agreed if len({c.article for c in it.citations}) > 1]


def _feat(speaker: str | None, event: bool, statement: str = "Crews rescued 14 people.") -> _Feat:
    f = _Feat.__new__(_Feat)
    f.speaker, f.event = speaker, event
    f.claim = _claim(statement)
    f.toks = tuple(_Tok(w, w.casefold(), "") for w in statement.rstrip(".").split())
    return f


def _claim(statement: str) -> Claim:
    return Claim.model_validate(
        {
            "statement": statement,
            "kind": "event",
            "subject": "crews",
            "evidence": [{"quote": statement, "start": 0, "end": len(statement)}],
        }
    )


def test_told_by_two_needs_two_speakers_each_stating_an_event_unquoted() -> None:
    from consensus.merge.voices import told_by_two, told_by_two_pair

    feats = [
        _feat("lee harker", True),
        _feat("ann dole", True),
        _feat("ann dole", False),
        _feat("ann dole", True, 'Crews faced a "very difficult" night.'),
        _feat("ann dole", True, "Crews did not rescue 14 people."),
    ]
    i, j = np.array([0, 0, 0, 0]), np.array([1, 2, 3, 4])
    assert told_by_two(feats, i, j).tolist() == [True, False, False, False]
    assert told_by_two_pair(feats[0], feats[1])
    assert not told_by_two_pair(feats[0], feats[2])
    assert not told_by_two_pair(feats[0], feats[3])
    assert not told_by_two_pair(_feat(None, True), feats[1])


@pytest.mark.parametrize("token", ["1" * 200_000, "1." * 100_000, "1,a" * 66_000])
def test_the_number_pattern_is_linear_on_one_long_token(token: str) -> None:
    import time

    from consensus.merge.items import _NUMBER

    start = time.perf_counter()
    _NUMBER.findall(token)
    assert time.perf_counter() - start < 1.0
