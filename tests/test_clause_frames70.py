"""Session 70: the clause cutter reads an attribution's frame and a comma between two
adjectives by their shape (consensus/merge/clause_cuts.py; the frame's guard in
consensus/merge/clause_attribution.py, read by clause_backing.py and clause_views.py).
Made-up sentences."""

from __future__ import annotations

import pytest
from test_merge_clause_attribution import backing_of_a_part

import consensus.merge.clause_backing as backing_module
from consensus.merge.clause_attribution import frame_only
from consensus.merge.clause_cuts import _WORD, clause_spans, is_frame


def _texts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


# --- a quotation and the frame after it ---------------------------------------------------


def test_a_quotation_closing_on_its_comma_is_cut_from_its_frame() -> None:
    quote = (
        "“The water came up faster than anyone in the valley could run,” Mayor Ana Ruiz "
        "said in a televised address on Friday."
    )
    assert _texts(quote) == [
        "The water came up faster than anyone in the valley could run",
        "Mayor Ana Ruiz said in a televised address on Friday",
    ]


def test_a_single_quoted_quotation_is_cut_from_its_frame() -> None:
    quote = "'We regret what happened on board the ferry,' Tove Lind told the Harbour Courier."
    assert _texts(quote) == [
        "We regret what happened on board the ferry",
        "Tove Lind told the Harbour Courier",
    ]


def test_no_cut_at_a_comma_inside_the_quotation() -> None:
    quote = "“We will rebuild the quay, and we will pay for every boat,” the mayor said on Friday."
    assert _texts(quote) == ["We will rebuild the quay, and we will pay for every boat"]


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("the port authority said in a statement", True),
        ("Mayor Ana Ruiz said in a nationally televised address", True),
        ("Tove Lind told the Harbour Courier", True),
        ("the board chair said in a letter sent to shareholders", True),
        ("the minister said on Friday", False),  # (only when: no occasion)
        ("he said in a statement", False),  # (no subject but a pronoun)
        ("local officials said the storm", False),  # (what was said, cut short)
        ("the mayor told reporters police arrested two men", False),  # (what was told)
        ("the mayor said at a news conference the storm was over", False),
        ("the ministry reported 40 deaths", False),
        ("the ferry left the quay in the storm", False),  # (no verb of saying)
    ],
)
def test_an_attribution_frame_is_read_by_its_shape(text: str, frame: bool) -> None:
    assert is_frame(_WORD.findall(text)) is frame


def test_a_frame_with_its_occasion_is_a_part() -> None:
    quote = (
        "The harbour master said on Friday that the quay would reopen after repairs, and "
        "the port authority said in a statement that it regretted the delay."
    )
    assert "the port authority said in a statement" in _texts(quote)


# --- a comma between two adjectives --------------------------------------------------------


def test_a_comma_between_two_adjectives_is_no_cut() -> None:
    quote = (
        "Police stopped the driver, who steered the 12-tonne, unmarked lorry along the "
        "seafront for two kilometres."
    )
    assert _texts(quote) == [
        "Police stopped the driver",
        "steered the 12-tonne, unmarked lorry along the seafront for two kilometres",
    ]


@pytest.mark.parametrize(
    "quote",
    [
        # a noun before the comma and a clause of saying after it
        "Witnesses saw the driver, police officers said, before the lorry hit the barrier.",
        # a relative clause
        "Witnesses saw the driver, who was wearing a grey jacket near the harbour wall.",
    ],
)
def test_a_noun_before_the_comma_is_still_cut(quote: str) -> None:
    texts = _texts(quote)
    assert texts and all(", " not in t for t in texts)


# --- a frame backs no item ---------------------------------------------------------------------


HOST = "“The quay will stay shut until spring,” the port authority said in a statement."
FRAME = "the port authority said in a statement"
OTHER = "The port authority said in a statement that it had cancelled the regatta."


def test_a_frame_part_backs_no_group(monkeypatch: pytest.MonkeyPatch) -> None:
    backed, feats = backing_of_a_part(monkeypatch, HOST, FRAME, OTHER)
    assert frame_only(feats[1]) and not frame_only(feats[0])
    assert backed == {}
    assert backing_module._says_the_clause(feats[1], feats[2])  # (the words alone would)
