"""Step 5: the clauses of a long claim, each as a part that repeats it word for word.

A sentence often states one fact in a clause beside others ("Penrose Capital said on Monday
it would vote against the sale, calling the price opportunistic and accusing the board of
rushing"); another outlet states that fact alone, and the two only agree when the first
article has a claim that holds that clause alone. The compound cutter (`compound.py`) makes
full claims of the clauses it is sure of; the rest of a long claim stays whole. Here every
clause of such a claim also becomes a *part*: a claim whose statement is its own quote
word for word (never a rewritten sentence), citing exactly the clause.

The merger reads such a claim as a part of the claim that holds it (`merge/nested.py`,
`clause_parts`): a part joins no group and never prints; it only lets its sentence count
for another origin's item that states the clause (`merge/clause_backing.py`).

Cuts, never inside a quotation: a comma, semicolon, colon or dash; "and", "but", "while",
"whereas" (with or without a comma); a reported clause after "that". A clause keeps its own
words only (a leading "and", "but", "that", "which", "who" is left out), has at least
`MIN_PART_WORDS` words and a verb form, and is more than attribution ("the police said").
A clause a "when", "since", "after", "before", "until" or "once" opens is left alone: it
often tells another time ("the worst since 2004, when seven people were killed").

Only grammar is read (punctuation, a few closed words, verb endings); never anything about
one story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.models import Claim, ClaimKind, Evidence
from consensus.offline.grammar import _SPEECH_WORD, _is_finite

MIN_HOST_WORDS = 12  # a claim shorter than this is one clause already
MIN_PART_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:[’'.,-][^\W_]+)*")
# where a clause ends: punctuation, or before a coordinating word
_CUT = re.compile(r"\s*[,;:]\s+|\s+[—–]\s+|\s+-\s+|\s+(?=(?:and|but|while|whereas|that)\s)")
_LEAD = re.compile(r"(?:(?:and|but|while|whereas|that|which|who|then|also)\s+)+", re.IGNORECASE)
# a clause of another time, or one that qualifies the word before it
_OTHER_TIME = re.compile(r"(?:when|since|after|before|until|once)\s", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _quoted(text: str) -> list[bool]:
    """Per character of `text`, whether it lies inside a quotation (straight marks toggle,
    curly ones open and close)."""
    inside, out = False, []
    for ch in text:
        if ch == "“":
            inside = True
        elif ch == "”":
            out.append(inside)
            inside = False
            continue
        elif ch == '"':
            inside = not inside
            out.append(True)
            continue
        out.append(inside)
    return out


def _verb(words: Sequence[str]) -> bool:
    """A finite verb, or an -ing / -ed form of a lower-case word, that is no verb of saying."""
    for w in words:
        if _SPEECH_WORD.fullmatch(w.lower()):
            continue
        if _is_finite(w) or (w.isalpha() and w.islower() and w.endswith(("ing", "ed"))):
            return True
    return False


def _clauses(quote: str) -> list[tuple[int, int]]:
    """The spans of `quote` (offsets in it) that are clauses of their own (module docstring)."""
    quoted = _quoted(quote)
    bounds = [0]
    for m in _CUT.finditer(quote):
        if not quoted[m.start()] and not quoted[max(m.end() - 1, 0)]:
            bounds += [m.start(), m.end()]
    bounds.append(len(quote))
    out: list[tuple[int, int]] = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        lead = _LEAD.match(quote, a, b)
        if lead:
            a = lead.end()
        if _OTHER_TIME.match(quote, a, b):
            continue
        while b > a and quote[b - 1] in " .":
            b -= 1
        words = _WORD.findall(quote[a:b])
        if len(words) < MIN_PART_WORDS or not _verb(words):
            continue
        if len(_QUOTE_MARKS.findall(quote[a:b])) % 2:
            continue  # a clause that opens or closes a quotation half-way
        if (a, b) != (0, len(quote)):
            out.append((a, b))
    return out


def clause_parts(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The parts of `claims` (module docstring): new claims, after the given ones."""
    taken = {(ev.start, ev.end) for c in claims for ev in c.evidence}
    out: list[Claim] = []
    for c in claims:
        if len(c.evidence) != 1:
            continue
        ev = c.evidence[0]
        if len(_WORD.findall(ev.quote)) < MIN_HOST_WORDS:
            continue
        for a, b in _clauses(ev.quote):
            start, end = ev.start + a, ev.start + b
            if (start, end) in taken:
                continue
            taken.add((start, end))
            quote = text[start:end]
            quantities = tuple(q for q in c.quantities if q.text in quote)
            kind = c.kind
            if kind is ClaimKind.quantity and not quantities:
                kind = ClaimKind.event
            out.append(
                c.model_copy(
                    update={
                        "statement": quote[:1].upper() + quote[1:] + ".",
                        "kind": kind,
                        "entities": tuple(e for e in c.entities if e.split()[-1] in quote),
                        "quantities": quantities,
                        "time": c.time if c.time is not None and c.time.text in quote else None,
                        "evidence": (Evidence(quote=quote, start=start, end=end),),
                    }
                )
            )
    return out
