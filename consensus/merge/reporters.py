"""Speakers that report a fact and speak for no party in it (link rule 1, `clusters._may_join`).

Rule 1 keeps apart the claims of two named speakers that do not speak for each other
(`speakers.compatible`): two people's views are two claims. A speaker named by its kind
rather than by its name ("local officials", "the health ministry", "aid groups", "a police
spokesman", "witnesses": `group_speakers` in data/words.toml) that states an event fact (what
happened, a count, where, when) is a source of that fact, as a news medium is
(`features.reports_only`): "12 civilians were killed, local officials said" and "the strike
killed 12 civilians, the United Nations said" are one fact that two outlets agree on. Such a
claim keeps no claims apart; it is still shown as said by its speaker.

Not an event fact, so the speaker still matters: an opinion or a quoted remark (its kind,
or a quotation of `QUOTED_WORDS` words or more in its statement), a denial (the denial rules
read its speaker), and a stance: what someone wants, plans,
predicts, believes or judges (a word of `stance_words`: "urged calm", "said it would
respond", "blamed the driver").

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.merge.lexicon import _GROUP_SPEAKERS, _STANCE_WORDS
from consensus.models import Claim, ClaimKind, Polarity

__all__ = ["QUOTED_WORDS", "named_by_kind", "states_event"]

_EVENT_KINDS = frozenset({ClaimKind.event, ClaimKind.quantity, ClaimKind.reported_statement})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
QUOTED_WORDS = 4  # a quotation of this many words is a remark, not a reported fact
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”')


@lru_cache(maxsize=1 << 12)
def named_by_kind(speaker: str | None) -> bool:
    """Whether a (normalised) speaker's name is a kind of speaker: its last word is a
    noun of `group_speakers` ("local officials", "health ministry", "police")."""
    if not speaker:
        return False
    words = speaker.split()
    return bool(words) and words[-1] in _GROUP_SPEAKERS


def states_event(claim: Claim) -> bool:
    """Whether a claim states an event fact (see the module docstring)."""
    if claim.polarity != Polarity.asserts or claim.kind not in _EVENT_KINDS:
        return False
    if any(
        len(_WORD.findall(m.group(0))) >= QUOTED_WORDS for m in _QUOTED.finditer(claim.statement)
    ):
        return False  # someone's own words ('Jane Roe wrote: "By now many of you ..."')
    return _STANCE_WORDS.isdisjoint(map(str.casefold, _WORD.findall(claim.statement)))
