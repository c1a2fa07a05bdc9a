"""One sentence, two facts joined by ", and" / ", but": the extractor cuts it into two claims
when the words after the conjunction open a clause of their own with a determined, counted or
named subject and a finite verb (`consensus/offline/and_cuts.py`), each citing its own
verbatim span and keeping the sentence's speaker; and it leaves whole the sentences where
they do not ("and above the previous record", "and blames a cut", "and about 20 of them",
"The council says A, and B"). Invented sentences only."""

from __future__ import annotations

import time

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.and_cuts import and_clause


def _claims(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    out = []
    for c in extract_offline(article).claims:
        for e in c.evidence:  # every citation is the article's own text, verbatim
            assert e.end > e.start and text[e.start : e.end] in text
        out.append((c.statement, c.speaker))
    return out


def _statements(text: str) -> list[str]:
    return [s for s, _ in _claims(text)]


def test_a_counted_subject_after_and_is_a_second_claim() -> None:
    got = _statements(
        "The Kesmar depot shut its gates on Tuesday, and about 220 people spent the night "
        "in the Vell hall."
    )
    assert got == [
        "The Kesmar depot shut its gates on Tuesday",
        "About 220 people spent the night in the Vell hall.",
    ], got


def test_a_determined_subject_with_a_present_verb_is_a_second_claim() -> None:
    got = _statements(
        "Exports from Trandol rose in March, and the port authority expects a slower summer "
        "for shippers."
    )
    assert got == [
        "Exports from Trandol rose in March",
        "The port authority expects a slower summer for shippers.",
    ], got


def test_a_name_or_a_determiner_before_a_past_verb_after_a_comma_in_the_first_clause() -> None:
    got = _statements(
        "Grelmot shares, which had risen all week, fell 7 percent, and its bonds lost 2 "
        "percent by the close."
    )
    assert any(s.startswith("Its bonds lost 2 percent") for s in got), got
    got = _statements(
        "Ostmark flew in a team of 40 rescuers with dogs, and Talmar offered two field "
        "hospitals to the town."
    )
    assert got[-1] == "Talmar offered two field hospitals to the town.", got


def test_each_part_keeps_the_speaker_of_the_whole_sentence() -> None:
    got = _claims(
        "The Plenzo mill closed its gates on Monday, and most of its staff lost their jobs "
        "that day, a union official said."
    )
    assert len(got) == 2, got
    assert got[0][1] and got[1][1] == got[0][1], got


def test_no_cut_before_a_preposition_a_noun_or_a_pronoun_subject() -> None:
    for text in (
        "Grelm levels rose to 400 parts per million, and above the previous record of 356 "
        "set in 1990.",
        "The Dorvik council raised the fee, and blames a cut in the subsidy for the rise.",
        "Forty pilot whales were stranded on a Vantrel beach on Tuesday, and about 20 of "
        "them had died by noon.",
        "Four aircraft sprayed 2,600 hectares on Wednesday, and the army's ground teams "
        "another 900.",
    ):
        assert len(_statements(text)) == 1, text


def test_no_cut_after_a_speakers_frame_or_before_a_speech_verb_or_reduced_relative() -> None:
    for text in (
        "The Telm council says about 140 operators are members, and the Vell government "
        "puts the value of reef tourism at 80 million.",
        "Officials confirmed the outbreak on Tuesday, and 400 animals killed since January "
        "were burned.",
    ):
        assert len(_statements(text)) == 1, text
    text = "The firm sold the plant, and the shares owned by the Dorvik fund fell sharply today."
    assert not and_clause(text, text.index("the shares"), len(text))
    text = "The Vell club fined the player, and the ministry said it would review the case."
    assert not and_clause(text, text.index("the ministry"), len(text))


def test_and_clause_is_linear_on_a_long_token() -> None:
    text = "x" * 200_000
    t0 = time.perf_counter()
    assert not and_clause(text, 0, len(text))
    assert time.perf_counter() - t0 < 1.0
