"""The antecedent of a relative clause that follows a time phrase: "The sanctions on X a decade
ago, which banned its crude exports, ..." and "... since Y Trust in 2019, which held ...".

A time phrase ("a decade ago", "last week", "in 2019", "on Monday") is no noun a relative
clause can be about: it tells when the thing named before it happened, so the clause after it
is about that thing's whole noun phrase, prepositional phrases of place and the time phrase
included ("the sanctions on X a decade ago": which sanctions), never the noun nearest the
comma ("X a decade ago", "2019"). The noun phrase is read back from the time phrase to a
determiner, a possessive or a name that opens it, through place prepositions and "of" but
never through a verb or another preposition; when none opens it ("the resolution passed
last week, which ..."), or when the phrase is a verb's object ("attacked the town last week,
which angered ...": the clause may be about the act), the clause is left whole
(`relative_clauses._relative` makes nothing).

Only the grammar is read: the time words are English calendar and clock words.
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _DETERMINERS,
    _NOT_CARRIED,
    _NOT_IN_NP,
    _PLACE_PREPOSITIONS,
    _SPEECH,
    _is_finite,
    _np_ok,
    _words,
)

__all__ = ["MAX_NP_WORDS", "time_tail", "timed_antecedent"]

_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?"
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+few|a\s+couple\s+of|several|some|many|\d+)"
)
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)"
_SEASON = r"(?:spring|summer|autumn|fall|winter|weekend|week|month|year|night|morning|evening)"
# a time phrase closing the words before a relative clause's comma
_TIME_TAIL = re.compile(
    rf"(?:{_COUNT}\s+{_UNIT}\s+(?:ago|earlier|before)"
    rf"|(?:(?:earlier|later|late|early)\s+)?(?:last|this|next|that)\s+(?:{_SEASON}|{_DAY}|{_MONTH})"
    rf"|yesterday|today|tonight"
    rf"|(?:on\s+)?(?:(?:late|early)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|on\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?:19|20)\d\d)?"
    rf"|in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    rf")\s*$"
)
# the noun phrase read back from the time phrase, at most this many words
MAX_NP_WORDS = 10
# prepositions the noun phrase may hold ("the sanctions on X", "the arrest of the mayor")
_INSIDE = _PLACE_PREPOSITIONS | {"of"}
# prepositions before a noun phrase that names a thing that happened ("the first failure since
# X in 2019, which ...", "protests erupted after the arrest on Monday, which ..."): the time is
# that thing's, wherever the phrase stands
_AFTER_EVENT = frozenset("since than like after before following until amid despite".split())


def _object_of_verb(words: list[tuple[int, int, str]]) -> bool:
    """Whether a finite verb stands in `words` (those before the noun phrase) after the last
    verb of saying or "that" ("said the bombing late Thursday, which ...": the reported
    clause's subject, no object)."""
    for _, _, w in reversed(words):
        if w.lower() == "that" or _SPEECH.fullmatch(w.lower()):
            return False
        if _is_finite(w) and not w[:1].isupper():
            return True
    return False


def time_tail(text: str, lo: int, a: int) -> int | None:
    """Where a time phrase closing text[lo:a] starts (the words before a relative clause's
    comma), else None."""
    m = _TIME_TAIL.search(text, lo, a)
    if m is None or (m.start() > lo and text[m.start() - 1].isalnum()):
        return None
    return m.start()


def timed_antecedent(
    text: str, lo: int, at: int, a: int, lead: bool
) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase a relative clause after a time phrase text[at:a] is about, the time
    phrase included, and its span: the words of text[lo:at] back to the leftmost determiner,
    possessive or name that opens a noun phrase, through place prepositions and "of" only;
    None when no such phrase stands right before the time phrase. `lead` (the clause has a
    carried subject in front): the clause's first word opens no noun phrase of its own."""
    words = _words(text, lo, at)
    k = len(words)
    opener: int | None = None
    while k > 0 and len(words) - k < MAX_NP_WORDS:
        w = words[k - 1][2]
        low = w.lower()
        if k < len(words) and "," in text[words[k - 1][1] : words[k][0]]:
            break  # "However, the sanctions ...": the phrase opens after the comma
        if low in _INSIDE:
            k -= 1
            continue
        if low in _NOT_IN_NP or low in _ADVERBS or (_is_finite(w) and not w[:1].isupper()):
            break
        k -= 1
        before = words[k - 1][2].lower() if k > 0 else ""
        if low in _DETERMINERS or w.endswith(("’s", "'s")):
            opener = k
        elif w[:1].isupper() and not before[:1].isupper() and (k > 0 or not lead):
            # a name opens the phrase after a verb or a preposition, or at the clause start
            opener = k if before not in _INSIDE or opener is None else opener
    if opener is None or words[opener][2].lower() in _NOT_CARRIED:
        return None
    before = words[opener - 1][2].lower() if opener > 0 else ""
    if before in ("and", "or", "nor"):
        return None  # "in Lyon and Paris last year, which": which of them, unsure
    if before not in _AFTER_EVENT and _object_of_verb(words[:opener]):
        return None  # "attacked the town last week, which": the time is the act's, and so
        # may be the clause ("which angered the government": the attack did)
    lo_np = words[opener][0]
    np = text[lo_np : words[-1][1]]
    if not _np_ok(np) or (words[opener][2].lower() in _DETERMINERS and len(np.split()) < 2):
        return None
    hi = len(text[:a].rstrip())  # the time phrase stays with it: it tells which one
    return text[lo_np:hi], (lo_np, hi)
