"""A speaker's own quoted words against an outlet's report of them under the body the
speaker speaks for: one voice in the `speaker_same` column (consensus.merge.quote_reports)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

from consensus.merge.compare import COMPARISONS
from consensus.merge.quote_reports import one_voice_columns, quotes
from consensus.models import Polarity

SAME = COMPARISONS.index("speaker_same")
CLASH = COMPARISONS.index("speaker_clash")

QUOTE = 'Tomas Weir said: "We will not reopen the Brackley plant."'
REPORT = "Halvern Freight said it would not reopen the Brackley plant."


def _feat(statement: str, speaker: str | None, polarity: Polarity = Polarity.asserts) -> Any:
    claim = SimpleNamespace(statement=statement, polarity=polarity)
    return SimpleNamespace(claim=claim, speaker=speaker)


def _columns(feats: list[Any], clash: float = 0.0) -> np.ndarray:
    x = np.zeros((1, len(COMPARISONS)), dtype=np.float32)
    x[0, CLASH] = clash
    one_voice_columns(feats, [(0, 1)], x)
    return x[0]


def test_a_quotation_opens_with_its_speaker_and_a_quote_mark() -> None:
    assert quotes(QUOTE)
    assert quotes('Ana Roe told reporters "I saw the train leave the rails"')
    assert quotes("Ana Roe added: “The water rose in minutes.”")
    assert quotes('Ana Roe said "The water rose in minutes')  # (the close mark cut off)
    assert not quotes(REPORT)
    assert not quotes('The agency called the report "alarmist".')  # a word quoted, no speech
    assert not quotes('"We will rebuild," Ana Roe said.')  # (the extractor puts the speaker first)


def test_a_quotation_and_a_report_by_a_compatible_speaker_are_one_voice() -> None:
    row = _columns([_feat(QUOTE, "tomas weir"), _feat(REPORT, "halvern freight")])
    assert row[SAME] == 1.0
    row = _columns([_feat(REPORT, "halvern freight"), _feat(QUOTE, "tomas weir")])
    assert row[SAME] == 1.0


def test_two_speakers_that_clash_stay_two() -> None:
    row = _columns([_feat(QUOTE, "tomas weir"), _feat(REPORT, "halvern freight")], clash=1.0)
    assert row[SAME] == 0.0


def test_two_quotations_two_reports_or_an_unnamed_speaker_keep_their_column() -> None:
    other_quote = 'Halvern Freight said: "We will not reopen the Brackley plant."'
    assert _columns([_feat(QUOTE, "tomas weir"), _feat(other_quote, "halvern freight")])[SAME] == 0
    other_report = "Tomas Weir said the Brackley plant would stay shut."
    assert (
        _columns([_feat(other_report, "tomas weir"), _feat(REPORT, "halvern freight")])[SAME] == 0
    )
    assert _columns([_feat(QUOTE, "tomas weir"), _feat(REPORT, None)])[SAME] == 0


def test_a_denial_against_an_assertion_is_left_to_the_dispute_rules() -> None:
    denial = "Halvern Freight denied that the plant would reopen."
    row = _columns([_feat(QUOTE, "tomas weir"), _feat(denial, "halvern freight", Polarity.denies)])
    assert row[SAME] == 0.0
