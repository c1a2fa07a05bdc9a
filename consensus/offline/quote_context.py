"""The speaker of a quotation that opens a paragraph with no speaker of its own, taken from
the paragraph before it: news names the speaker once, then quotes them in the paragraphs
that follow, often leaving each one open as the quotation runs on:

    Local MP Gavin Barwell said his friend was on the tram.
    "He has been injured, he is in hospital. But it has been a shocking day.
    "This has come as a great shock."

    "It was very well planned," he told the radio in a phone call.
    "They knew the noise of the fireworks would mask the gunfire.

A paragraph that opens on a quotation mark starts such a run when the paragraph before it
ended on the words of a named speaker (a quotation given to them, or "X said ..." with X
first: `speakers.follow` keeps that speaker as `last_quote_speaker`). The drafts of the run
that find no speaker of their own (no "he said" later in the run, `claims._resume_quotation`)
take that speaker once the run ends. A quotation a later paragraph of the run gives to
someone ('"...," said Jane Roe.') is theirs, as before.
"""

from __future__ import annotations

__all__ = ["QUOTE_MARKS", "run_context"]

QUOTE_MARKS = ("“", '"', "„")


def run_context(
    text: str, para: int, continues: bool, last_quote_speaker: str | None
) -> str | None:
    """The speaker a quotation run starting at the paragraph `para` takes when nobody in it
    is named: the one the paragraph before left speaking, when `para` opens on a quotation
    mark and goes on with no quotation of the paragraph before (`continues` False)."""
    if continues or not text.startswith(QUOTE_MARKS, para):
        return None
    return last_quote_speaker
