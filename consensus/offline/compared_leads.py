"""The lead a compared figure cut off after a comma needs to read as a sentence of its own.

`compound._COMPARED_CUT` cuts "..., against an average of 210 millimetres" or "..., up from
47 on Saturday night" off the clause that states the figure it is set against. Alone, the
tail is a fragment ("Up from 47 on Saturday night.") that links with no other outlet's
sentence of that figure; with a lead built from the host clause it states it:

* a noun before "of" names what the figure is: "against an average of 210 millimetres" ->
  "The average was 210 millimetres", "up from its first estimate of 95,000" -> "Its first
  estimate was 95,000" (the verb in the host clause's tense: "is"/"was");
* a bare figure is the host clause's own figure at another time: the host clause with its
  last figure replaced, its time words dropped and its verb put in the past ("63 people
  had now been arrested, up from 47 on Saturday night" -> "47 people had been arrested on
  Saturday night"; "Nine people are in hospital, up from six on Friday" -> "six people
  were in hospital on Friday").

The claim still cites the tail's own words (its span); only the statement carries the lead.
None when the host clause is not one plain clause (a comma in it, no figure, a lead of its
own): the caller then leaves the sentence whole. Grammar only, no event's words.
"""

from __future__ import annotations

import re

from consensus.offline.clause_shapes import _content_start, _is_tail_attribution
from consensus.offline.grammar import _CLAUSE_COMMA, _is_past, _words

# "against an average of", "up from their first estimate of", "compared with the
# ministry's figure of": a noun phrase (a determiner, up to three words) before "of"
_NOUN_OF = re.compile(
    r"(?P<how>against|(?:up|down)\s+from|compared\s+(?:with|to))\s+"
    r"(?P<det>an?|the|its|their|his|her|our|(?:the\s+)?[\w’'-]+['’]s)\s+"
    r"(?P<np>(?:[a-z][a-z-]*\s+){0,3}?(?P<noun>[a-z]+))\s+of\s+"
    r"(?=(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|just)?\s*\d)"
)
# "up from 47 on Saturday night", "against 14 on Monday evening": a bare figure
_BARE = re.compile(
    r"(?P<how>against|(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?=(?P<num>\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b))"
)
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred)\b(?:\s+(?:million|billion|thousand))?",
    re.IGNORECASE,
)
# the words a figure is measured in, when the tail repeats them ("58 percent")
_UNIT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|[a-z]+\b)")
# the host clause's own time, which the tail's replaces ("on Friday evening", "last year",
# "now", "so far"): weekdays, months, years and parts of a day after a preposition
_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4})"
)
_PART = r"(?:morning|afternoon|evening|night|week|month|year|weekend|day|season)"
_TIME = re.compile(
    rf"\s+(?:(?:on|by|since|until|in|at|during|from|as\s+of)\s+(?:the\s+)?{_DAY}"
    rf"(?:\s+{_PART}|\s+\d{{1,2}}|\s+{_DAY})*|(?:last|this|that|next)\s+{_PART}s?"
    rf"|(?:yesterday|today|tonight)(?:\s+{_PART})?|now|so\s+far|to\s+date|already|currently)\b"
)
_THAT = re.compile(r"(?:[\w’'-]+\s+){0,4}?that\s+")
# words that may follow a bare compared figure and are none of its unit ("up from 12 a day
# earlier", "against 14 on Monday", "against 10 previously")
_FUNCTION_WORDS = frozenset(
    "on in at by a an the last this that earlier previously before during for since "
    "according".split()
)
_PAST = {"is": "was", "are": "were", "has": "had", "have": "had", "’s": "was", "'s": "was"}
_PLURAL_BE = {"was": "were", "is": "are"}


def compared_lead(
    text: str, host: tuple[str, int, int], b: int, end: int
) -> tuple[str, int] | None:
    """(lead, skip) for the tail text[b:end] cut off a host clause: `host` is the host
    piece's lead and its span of the text; see the module docstring."""
    lead, hs, he = host
    if _CLAUSE_COMMA.search(text, hs, he):
        return None  # ("Six were missing, he said, down from 14"): not one plain clause
    comma = _CLAUSE_COMMA.search(text, b, end)
    if comma is not None and not _is_tail_attribution(text[comma.end() : end]):
        return None  # (", down from 10, a fall of 20 percent, and raised ..."): more facts
    m = _NOUN_OF.match(text, b, end)
    if m is not None:
        return _noun_lead(text, m, hs, he), m.end() - b
    m = _BARE.match(text, b, end)
    if m is None:
        return None
    content = _content_start(text, hs, he, [])
    clause = (lead if content == hs else "") + text[content:he]
    if content > hs:  # "Police said on Sunday that 63 ...": the report's content
        said = _THAT.match(clause)
        clause = clause[said.end() :] if said else clause
    num = _NUMBER.match(text, m.end(), end)
    if num is None:
        return None
    found = _substituted(clause, text[num.start() : num.end()], text[num.end() : end])
    if found is None:
        return None
    new, unit = found
    return new, num.end() + unit - b


def _noun_lead(text: str, m: re.Match[str], hs: int, he: int) -> str:
    """ "against an average of" -> "The average was "."""
    det = m.group("det")
    det = "the" if det.lower() in ("a", "an") else det
    # an earlier value ("up from its first estimate of") was; a measure set against the
    # host's figure ("against an average of") is in the host's tense
    past = m.group("how").startswith(("up", "down")) or any(
        _is_past(w) or w.lower() in ("was", "were", "had") for _a, _b, w in _words(text, hs, he)
    )
    be = "was" if past else "is"
    noun = m.group("noun")
    if noun.endswith("s") and not noun.endswith("ss"):
        be = _PLURAL_BE[be]
    lead = f"{det} {m.group('np')} {be} "
    return lead[:1].upper() + lead[1:]


def _substituted(clause: str, number: str, rest: str) -> tuple[str, int] | None:
    """The host clause with its last figure replaced by `number`, its time dropped and its
    first verb put in the past: the lead before the tail's own rest ("on Friday"), and the
    length of the unit the tail repeats after its number ("58 percent"), which the lead
    gives. None when the tail's number has a unit or noun the host's has not ("4 hours 35
    minutes" against "6 hours 12 minutes": the host's last number is not its figure)."""
    figures = list(_NUMBER.finditer(clause))
    if not figures:
        return None
    last = figures[-1]
    before, after = clause[: last.start()], clause[last.end() :]
    unit = _UNIT.match(rest)
    size = 0
    if unit is not None and unit.group().strip().lower() not in _FUNCTION_WORDS:
        word = unit.group().strip()
        if not after.lstrip().lower().startswith(word.lower()):
            return None
        size = unit.end()
    lead = _TIME.sub("", before) + number + _TIME.sub("", after)
    words = lead.split(" ")
    for k, w in enumerate(words):
        if w.lower() in _PAST:
            words[k] = _PAST[w.lower()]
            break
    new = " ".join(words).rstrip()
    return (new[:1].upper() + new[1:] if new[:1].isalpha() else new), size
