"""One sentence, two facts joined by "as", "while", "because" or "before": the extractor cuts
it into two claims (`consensus/offline/subordinate_cuts.py`), each citing its own verbatim
span, so another outlet's claim of either fact alone can match; and it leaves whole the
sentences where the word opens no clause of its own ("such as", "as the plotters had
claimed", "as the regulator said ..."). Invented sentences only."""

from __future__ import annotations

import time

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.subordinate_cuts import MORE_SUBORDINATE_CUT, own_clause


def _claims(text: str, speaker: bool = False) -> list[tuple[str, str | None]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    out = []
    for c in extract_offline(article).claims:
        for e in c.evidence:  # every citation is the article's own text, verbatim
            assert text[e.start : e.end] in text and e.end > e.start
        out.append((c.statement, c.speaker))
    return out


def _statements(text: str) -> list[str]:
    return [s for s, _ in _claims(text)]


def test_as_with_its_own_subject_is_a_second_claim() -> None:
    got = _statements(
        "Grelmot shares fell 7 percent on Monday, as investors weighed the loss of the "
        "Vantrel contract."
    )
    assert len(got) == 2, got
    assert got[0].startswith("Grelmot shares fell 7 percent") and "Vantrel" not in got[0]
    assert got[1].startswith("Investors weighed the loss") and "7 percent" not in got[1]


def test_because_and_before_with_their_own_subjects_are_second_claims() -> None:
    got = _statements(
        "The Dorvik club ended the sponsorship on Friday because Plenzo had failed to pay "
        "2.3 million florins."
    )
    assert got == [
        "The Dorvik club ended the sponsorship on Friday",
        "Plenzo had failed to pay 2.3 million florins.",
    ], got
    got = _statements("The silo burned for nine hours, before firefighters put it out at dawn.")
    assert len(got) == 2 and got[1].startswith("Firefighters put it out"), got


def test_each_part_keeps_the_speaker_of_the_whole_sentence() -> None:
    got = _claims(
        "The Kesmar depot closed on Tuesday, as drivers began a strike over pay, "
        "a Trandol Transit spokeswoman said."
    )
    assert len(got) == 2, got
    assert {sp for _, sp in got} == {got[0][1]} and got[0][1], got


def test_as_bound_to_a_word_or_a_frame_stays_whole() -> None:
    for text in (
        "The ministry never moved its staff out of Velbruck, as the rebels had claimed.",
        "Prices of staples rose sharply, such as bread and milk in the northern towns.",
        "Zarnow was regarded as a model for the other towns in the valley.",
        "Tolvane shares rose 5 percent as the regulator said it would clear the deal.",
        "The plant will stay open as long as the orders keep coming in from abroad.",
        # no comma: "as" and "before" may be read as one time ("called at 6am as rain fell")
        "Crews were called to the Olvik yard at 6am as heavy rain lashed the coast.",
        "The shop closed because of the flooding in the lower town on Sunday.",
    ):
        assert len(_statements(text)) == 1, (text, _statements(text))


def test_own_clause_reads_grammar_only() -> None:
    text = "x as investors weighed the loss of it"
    b = text.index("investors")
    assert own_clause(text, b, len(text))
    text = "x as a model used by other towns in it"
    assert not own_clause(text, text.index("a model"), len(text))


def test_the_cut_pattern_is_linear_on_a_huge_token() -> None:
    blob = "a" * 200_000
    t0 = time.perf_counter()
    assert MORE_SUBORDINATE_CUT.search(blob) is None
    assert not own_clause(blob, 0, len(blob))
    assert time.perf_counter() - t0 < 1.0
