"""One sentence, two facts with two figures: the extractor cuts it into two claims in the
shapes `consensus/offline/fact_cuts.py` reads (an appositive or a closed dash aside before
"and", "after" following a date), so that a report never cites two look-alike facts in one
claim; and it leaves whole the sentences that hold one fact. Invented sentences only."""

from __future__ import annotations

import time

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.fact_cuts import appositive_segment, closed_dash_aside


def _claims(text: str) -> list[tuple[str, list[str]]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [
        (c.statement, [text[e.start : e.end] for e in c.evidence])
        for c in extract_offline(article).claims
    ]


def _statements(text: str) -> list[str]:
    got = _claims(text)
    for _statement, quotes in got:  # every citation is the article's own text
        assert all(q in text for q in quotes), got
    return [s for s, _q in got]


def test_an_appositive_before_and_leaves_the_second_clause_its_own() -> None:
    got = _statements(
        "About 4,100 permits were issued in the county last year, a new high, and around "
        "52,000 households were on the waiting list."
    )
    assert len(got) == 2, got
    assert "4,100" in got[0] and "52,000" not in got[0], got
    assert "52,000" in got[1] and "4,100" not in got[1], got


def test_an_appositive_before_a_noun_phrase_is_no_cut() -> None:
    # ("and her deputy" is no clause: the object list stays one claim)
    got = _statements("The council hired Ana Reyes, a planner, and her deputy on Monday.")
    # (her role beside her name is a claim of its own: offline/role_facts.py)
    assert got[0] == "The council hired Ana Reyes, a planner, and her deputy on Monday.", got
    assert got[1:] == ["Ana Reyes is a planner."], got
    # a list without a comma before "and" is no appositive
    got = _statements("Armed officers, a police boat and a drone were sent to the lake on Friday.")
    assert len(got) == 1, got


def test_a_closed_dash_aside_before_and_a_verb_is_cut() -> None:
    got = _statements(
        "The bridge was about 40 metres long - the survey gives 41.5 m - and carried four "
        "lanes of traffic over the river."
    )
    assert len(got) == 2, got
    assert "40 metres" in got[0] and "four lanes" not in got[0], got
    assert got[1].startswith("The bridge carried four lanes"), got


def test_a_dash_aside_before_and_a_noun_phrase_is_no_cut() -> None:
    got = _statements(
        "The utility said the trigger was heavy demand - some 30 million litres a day "
        "against a usual 20 million - and a broken valve at the plant."
    )
    assert len(got) == 1, got


def test_after_with_its_own_clause_after_a_date_is_cut() -> None:
    got = _statements(
        "The river flooded the valley on March 3, after heavy rain had fallen on the hills "
        "for nine days."
    )
    assert len(got) == 2, got
    assert "March 3" in got[0] and "nine days" not in got[0], got
    assert "nine days" in got[1] and "March 3" not in got[1], got


def test_when_after_a_date_stays_in_its_sentence() -> None:
    got = _statements("The line has been closed since 1987, when two trains collided there.")
    assert len(got) == 1, got


def test_the_predicates_run_in_linear_time() -> None:
    token = "a" * 200_000
    for text in (token, f"{token} - {token} -", f" the {token}"):
        t0 = time.perf_counter()
        closed_dash_aside(text, 0, len(text))
        appositive_segment(text, 0, len(text))
        assert time.perf_counter() - t0 < 1.0
