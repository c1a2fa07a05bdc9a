"""Two tellers' times of one moment set side by side in one article are two accounts of
when it happened: a conflict, though the two claims of one article are never a candidate
pair and their acts are worded apart (consensus.merge.timed_answers; issue 8, session 36).
Invented text."""

from __future__ import annotations

from dataclasses import replace

from test_merge_timed_acts import _report

from consensus.merge.features import _build_features, _Feat
from consensus.merge.timed_answers import teller, timed_answers
from consensus.models import Article, Citation
from consensus.offline import extract_offline

OTHER = (
    "Fire crews spent the night at a burning timber warehouse on Quay Road in Marlow "
    "Ferris. No one was hurt."
)
CALL = (
    "Fire crews spent the night at a burning timber warehouse on Quay Road. The caretaker "
    "says he phoned the fire brigade at about 2:10 a.m. on Sunday. The brigade says the "
    "first call about the warehouse came in at 3:05 a.m. that night."
)


def _feats(text: str) -> list[_Feat]:
    """The claims of one article, each citing its own statement (as grounding would)."""
    article = Article(id="a0", text=text)
    # (a role beside a name is a claim in other words, `role_facts`: not read here)
    found = [c for c in extract_offline(article).claims if c.statement in text]
    claims = [(article.id, k, c) for k, c in enumerate(found)]
    out = []
    for f in _build_features(claims):
        start = text.index(f.claim.statement)
        cite = Citation(
            article="a0", quote=f.claim.statement, start=start, end=start + len(f.claim.statement)
        )
        out.append(replace(f, citations=(cite,)))
    return out


def _answers(text: str) -> list[tuple[str, str, str]]:
    """(statement before, answering statement, reason) of each answer in one article."""
    feats = _feats(text)
    return [
        (feats[k].claim.statement, feats[b].claim.statement, why)
        for k, b, why in timed_answers(feats)
    ]


def test_who_tells_a_claim() -> None:
    feats = _feats("The farm's owners say they reported sick hens on Friday.")
    assert teller(feats[0]) == {"farm", "owner"}
    feats = _feats("According to the council, the road reopened at 6 a.m. on Monday.")
    assert teller(feats[0]) == {"council"}
    feats = _feats("The road reopened at 6 a.m. on Monday.")
    assert teller(feats[0]) == frozenset()  # (the outlet's own voice)


def test_a_first_call_later_than_the_other_sides_call_answers_it() -> None:
    (got,) = _answers(CALL)
    assert "2:10" in got[0] and "3:05" in got[1] and got[2].startswith("time:"), got


def test_a_first_day_later_than_the_other_sides_day_answers_it() -> None:
    text = (
        "Tenants of Alder Court say they reported a smell of gas on Tuesday morning. The "
        "housing association says it was first told on Thursday afternoon."
    )
    (got,) = _answers(text)
    assert got[2] == "date: Tuesday vs Thursday", got


def test_a_negated_until_answers_the_earlier_time() -> None:
    text = (
        "The port authority says the ferry terminal reopened at 6 a.m. on Friday. The harbour "
        "pilots said no vessel was allowed to dock until 8:30 a.m. that morning."
    )
    (got,) = _answers(text)
    assert got[2].startswith("time:") and "8:30" in got[2], got


def test_no_answer_from_one_teller_an_earlier_first_or_two_acts() -> None:
    for text in (
        # one teller goes on with its own times
        "The port authority says the terminal reopened at 6 a.m. on Friday. The port "
        "authority said the first ferry docked at 8:30 a.m. that morning.",
        # the first call the other side logged came before: someone else rang first
        "The caretaker says he phoned the fire brigade at 3:05 a.m. on Sunday. The brigade "
        "says the first call about the warehouse came in at 2:10 a.m. that night.",
        # two acts, no word in common, no earliest moment
        "Residents say the blast shook the street at 9:40 p.m. Firefighters said their "
        "crews arrived at 10:15 p.m.",
        # a spokeswoman of the body that told the first time speaks for it
        "The coast guard said the trawler sank late on Saturday. Anna Lind, a coast guard "
        "spokeswoman, said the first survivors were brought ashore on Monday.",
    ):
        assert not _answers(text), text


def test_the_report_contests_when_the_brigade_was_called() -> None:
    report = _report(CALL, OTHER)
    points = [" ".join(p.statement for p in c.positions) for c in report.contested]
    assert any("2:10" in words and "3:05" in words for words in points), points
