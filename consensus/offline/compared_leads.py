"""The lead a compared figure cut off after a comma needs to read as a sentence of its own.

`compound._COMPARED_CUT` cuts "..., against an average of 210 millimetres" off the clause
that states the figure it is set against. Alone, the tail is a fragment ("Against an average
of 210 millimetres.") that links with no other outlet's sentence of that figure; with a lead
built from the noun before "of" it states it: "against an average of 210 millimetres" -> "The
average was 210 millimetres", "up from its first estimate of 95,000" -> "Its first estimate
was 95,000" (the verb in the host clause's tense: "is"/"was").

A bare figure ("up from 47 on Saturday night") is left in its sentence: made a sentence of
its own ("47 people had been arrested on Saturday night") it loses the "up from" that tells
the merger it is an earlier value, and reads as a rival figure (measured in session 41).

The claim still cites the tail's own words (its span); only the statement carries the lead.
None when the host clause is not one plain clause (a comma in it, no figure, a lead of its
own): the caller then leaves the sentence whole. Grammar only, no event's words.
"""

from __future__ import annotations

import re

from consensus.offline.clause_shapes import _is_tail_attribution
from consensus.offline.grammar import _CLAUSE_COMMA, _is_past, _words

# "against an average of", "up from their first estimate of", "compared with the
# ministry's figure of": a noun phrase (a determiner, up to three words) before "of"
_NOUN_OF = re.compile(
    r"(?P<how>against|(?:up|down)\s+from|compared\s+(?:with|to))\s+"
    r"(?P<det>an?|the|its|their|his|her|our|(?:the\s+)?[\w’'-]+['’]s)\s+"
    r"(?P<np>(?:[a-z][a-z-]*\s+){0,3}?(?P<noun>[a-z]+))\s+of\s+"
    r"(?=(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|just)?\s*\d)"
)
_PLURAL_BE = {"was": "were", "is": "are"}


def compared_lead(
    text: str, host: tuple[str, int, int], b: int, end: int
) -> tuple[str, int] | None:
    """(lead, skip) for the tail text[b:end] cut off a host clause: `host` is the host
    piece's lead and its span of the text; see the module docstring."""
    _, hs, he = host
    if _CLAUSE_COMMA.search(text, hs, he):
        return None  # ("Six were missing, he said, down from 14"): not one plain clause
    comma = _CLAUSE_COMMA.search(text, b, end)
    if comma is not None and not _is_tail_attribution(text[comma.end() : end]):
        return None  # (", down from 10, a fall of 20 percent, and raised ..."): more facts
    m = _NOUN_OF.match(text, b, end)
    if m is None:
        return None  # (a bare figure stays in its sentence: the module docstring)
    return _noun_lead(text, m, hs, he), m.end() - b


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
