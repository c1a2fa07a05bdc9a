"""Whether a time phrase dates a telling rather than the act told: "the company said on
Monday", "announced Tuesday", "regulators this month said they had approved", "told a news
conference last week". Such a phrase is the day of the report; the act it reports happened
then or before, so it gives the act no time of its own (`weekdays.weekday_of`,
`periods.period_named`).

PURE: no I/O.
"""

from __future__ import annotations

import re

from consensus.merge.lexicon import _SPEECH

__all__ = ["FILLER", "TELLING", "WORD", "dates_a_telling", "near_word"]

# words between a verb and its time phrase ("said early on Monday", "told reporters last Sunday")
FILLER = frozenset("on early late last this next the of at least".split())
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# telling acts and the occasions of a telling beyond `_SPEECH` ("police confirmed on
# Sunday", "in a statement on Monday", "told a news conference on Friday")
TELLING = _SPEECH | frozenset(
    """confirm confirmed confirms confirming disclose disclosed admit admitted deny denied
    denies tweeted posted testified statement statements interview briefing conference
    announcement show shows showed published""".split()
)


def near_word(words: list[str]) -> str:
    """The first word in `words` past the filler words, case-folded ("" if none)."""
    for w in words:
        if w.casefold() not in FILLER:
            return w.casefold()
    return ""


def dates_a_telling(text: str, start: int, end: int) -> bool:
    """Whether the time phrase written at text[start:end] sits on a verb or occasion of
    telling: the nearest word before it or after it (past filler words) is one."""
    before = near_word(list(reversed(WORD.findall(text[max(0, start - 60) : start]))))
    after = near_word(WORD.findall(text[end : end + 30]))
    return before in TELLING or after in TELLING
