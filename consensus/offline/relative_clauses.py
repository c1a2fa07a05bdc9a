"""Step 3: a relative clause is a proposition about the noun phrase before it.

"after the crash, which happened at rush hour" -> "the crash happened at rush hour"; in the
middle of a sentence it is cut out of it ("The firm, which has begun to move, called the bid
final" -> two claims); a closing "where" clause puts its place in front ("near the old
harbour, where a ferry sank" -> "In the old harbour, a ferry sank"); a relative clause that
names who says it is theirs ("into the air strike on Tarsel, which local authorities say
killed 12" -> "Local authorities say the air strike on Tarsel killed 12", `said_clauses.py`).

Only grammar is read (`grammar.py`); `compound.compound_pieces` finds the cuts. Pure; split
from `compound.py`."""

from __future__ import annotations

import re

from consensus.offline.clause_pieces import _Piece
from consensus.offline.clause_shapes import (
    _has_finite,
    _independent,
    _is_tail_attribution,
    _present_predicate,
    _unbalanced_quote,
)
from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _DETERMINERS,
    _INTRO,
    _NOT_CARRIED,
    _NOT_IN_NP,
    _OBJECTS,
    _PRESENT,
    _SPEECH,
    _WORD_TOKEN,
    _first_comma,
    _is_finite,
    _is_past,
    _np_ok,
    _words,
)
from consensus.offline.prep_relatives import prep_lead, prep_of_cut, where_lead
from consensus.offline.said_clauses import place_start, said_speaker
from consensus.offline.subjects import MAX_SUBJECT_WORDS
from consensus.offline.timed_antecedents import time_tail, timed_antecedent


def _next_start(text: str, pos: int) -> int:
    """The offset after the comma and spaces that close a relative clause at `pos`."""
    m = re.match(r",\s*", text[pos:])
    return pos + (m.end() if m else 0)


_NAME_PREPOSITIONS = frozenset("in by with against".split())


_CALENDAR = re.compile(
    r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)


_PERSONAL = frozenset("he she it they we i you".split())


# "The firm, which ..., on Monday raised its offer": when, between the subject and its verb
_WHEN_BEFORE_VERB = re.compile(
    r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year|morning|evening)|yesterday|today)\s+"
)


def _main_verb_follows(text: str, pos: int, end: int, head: bool = False) -> bool:
    """Whether text[pos:end] opens with the main clause's verb (adverbs and a day aside): an
    auxiliary or a reporting verb, or a verb followed by its object or a preposition ("called the
    bid"); never an adjective of a noun ("unmarked truck")."""
    when = _WHEN_BEFORE_VERB.match(text, pos, end)
    words = _words(text, when.end() if when else pos, min(end, pos + 120))
    while words and (words[0][2].lower() in _ADVERBS or words[0][2].endswith("ly")):
        words = words[1:]
    if head and _present_predicate(words):
        return True  # "Danner, who denied the charges, plans to appeal, his lawyer said"
    if not words or not _is_finite(words[0][2]):
        return False
    low = words[0][2].lower()
    if _AUX_RE.fullmatch(low) or _SPEECH.fullmatch(low):
        return True
    nxt = words[1][2].lower() if len(words) > 1 else ""
    if head and words[0][2].islower() and _is_past(low) and nxt.isalpha() and nxt != "by":
        return True  # "The mill, which …, appointed administrators": after the subject only
    return nxt in _DETERMINERS or nxt in _NOT_IN_NP or nxt[:1].isdigit() or nxt in _OBJECTS


def _subject_verb_follows(text: str, pos: int, end: int, head: bool) -> bool:
    """Whether a relative clause after the sentence's subject is followed by the subject's
    own verb rather than a tail naming who said it: "The firm, which runs the mine,
    confirmed the sale" / "..., says the opposite" / "..., rejected that" (the verb first,
    no speaker before it, and no name after a speech verb: never "..., said Jane Roe")."""
    if not head or not _main_verb_follows(text, pos, end, head):
        return False
    words = _words(text, pos, min(end, pos + 60))
    if not words or not words[0][2].islower():
        return False
    return not (
        _SPEECH.fullmatch(words[0][2]) is not None and len(words) > 1 and words[1][2][:1].isupper()
    )


def _relative(text: str, cur: _Piece, a: int, b: int, end: int) -> _Piece | None:
    """ "…after the horror crash, which happened during rush hour" -> "the horror crash
    happened during rush hour"; "Anna Berg, who co-chaired the march, was removed"
    -> "Anna Berg co-chaired the march" (the piece ends at the closing comma; the
    caller cuts it out of the sentence); "…near the old harbour, where a ferry sank in
    1990" -> "In the old harbour, a ferry sank in 1990" (a "where" clause has its own
    subject and verb). The antecedent is the noun phrase before the comma when it opens
    with a determiner, a possessive or a number, or opens the clause."""
    prep = prep_of_cut(text[a:b])  # "in which": read as "where" is (`prep_relatives`)
    where = prep is not None or text[a:b].rstrip().endswith("where")
    first = _WORD_TOKEN.match(text, b)
    if first is None:
        return None
    shaped, said = (False, None) if where else said_speaker(text, b, end)
    if shaped:
        # "…into the air strike on Tarsel, which local authorities say killed 12": the
        # clause is theirs ("Local authorities say the air strike on Tarsel killed 12")
        return _said_relative(text, cur, a, b, end, said) if said else None
    verb: re.Match[str] | None = first
    while verb is not None and verb.group().lower() in _ADVERBS:  # "which also makes"
        verb = _WORD_TOKEN.search(text, verb.end(), end)
    if where:
        if not _independent(text, b, end) or first.group().lower() in _PERSONAL:
            return None  # ("…, where necessary"): no clause of its own; ("where he was
            # treated": whose clause, the sentence says, not the claim)
    elif verb is None or not (_is_finite(verb.group()) or _PRESENT.fullmatch(verb.group())):
        return None
    rest = text[b:end]
    comma = _first_comma(rest)
    piece_end = end
    if comma >= 0:
        if _unbalanced_quote(text, b, b + comma):
            return None
        head = not _has_finite(text, cur.start + cur.skip, a)  # (no verb before it)
        after = _next_start(text, b + comma)
        if _subject_verb_follows(text, after, end, head) or not _is_tail_attribution(
            rest[comma + 1 :]
        ):
            # The main clause goes on after it: only when its verb follows at once
            # ("The firm, which has begun ..., called the bid ...").
            if not _main_verb_follows(text, after, end, head):
                return None
            piece_end = b + comma
    found = _antecedent(text, cur, a, text[a:b].rstrip().endswith("who"), where and not prep)
    if found is None:
        return None
    np, span = found
    if where:
        # the place the clause happened in goes before it; the clause keeps its own words
        lead = prep_lead(prep, np, text[cur.start : a]) if prep else where_lead(text, np, span[0])
        return _Piece(b, piece_end, lead, 0, own=True) if lead else None
    return _Piece(b, piece_end, f"{np} ", 0, own=True, lead_span=span)


def _said_relative(
    text: str, cur: _Piece, a: int, b: int, end: int, said: re.Match[str]
) -> _Piece | None:
    """A relative clause that names who says it (`said_clauses.said_speaker`): the clause
    after the verb of saying, its antecedent as subject, led by the speaker ("Local
    authorities say the air strike on Tarsel killed 12 civilians"), citing the relative
    clause; its own piece (`own`), never the speaker of the sentence around it. None when
    the relative clause goes on after a comma (whose words, unsure)."""
    if _first_comma(text[said.end() : end]) >= 0:
        return None
    words = _words(text, cur.start + cur.skip, a)
    at = place_start(words)
    found = None
    if at is not None and not _CALENDAR.fullmatch(words[-1][2]):  # (no day: "on Monday")
        # "Monday night's air strike on Tarsel, which": the noun phrase and its place
        np_at = _antecedent(text, cur, words[at][0], False)
        if np_at is not None:
            lo = np_at[1][0]
            found = text[lo : words[-1][1]], (lo, words[-1][1])
    found = found or _antecedent(text, cur, a, False)
    if found is None:
        return None
    antecedent, span = found
    if antecedent[:1].isupper() and antecedent.split()[0].lower() in _DETERMINERS:
        antecedent = antecedent[:1].lower() + antecedent[1:]
    np = said.group("np")
    lead = f"{np[:1].upper() + np[1:]} {said.group('verb')} {antecedent} "
    return _Piece(b, end, lead, said.end() - b, own=True, lead_span=span)


def _antecedent(
    text: str, cur: _Piece, a: int, person: bool, place: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase a relative clause at `a` is about, and its span: the words before
    the comma back to a determiner, a possessive or a number, or to the clause start; with
    `person` ("who"), the name after "of" ("the home of Anna Berg")."""
    clause_start = cur.start + cur.skip
    m = _INTRO.match(text, clause_start, a)
    while m:
        clause_start = m.end()
        m = _INTRO.match(text, clause_start, a)
    if not place and (timed := time_tail(text, clause_start, a)) is not None:  # "in 2019, which"
        return timed_antecedent(text, clause_start, timed, a, bool(cur.lead))
    words = _words(text, clause_start, a)
    k = len(words)
    openers: list[int] = []  # the words that may open the antecedent, rightmost first
    while k > 0 and len(words) - k < MAX_SUBJECT_WORDS:
        w = words[k - 1][2]
        low = w.lower()
        if low in _NOT_IN_NP or _is_finite(w) or low in _ADVERBS:
            break
        k -= 1
        if low in _DETERMINERS or w.endswith(("’s", "'s")) or w[:1].isdigit():
            openers.append(k)
        elif k == 0 and w[:1].isupper() and not cur.lead:
            openers.append(k)
    if place:
        # a place is never a number nor the point another is measured from ("about 40 km
        # east of the cape, where"); it may be a name alone ("in east Kestria": "Kestria")
        openers = [
            o
            for o in openers
            if not words[o][2][:1].isdigit() and (o == 0 or words[o - 1][2].lower() != "of")
        ]
        name = len(words)
        while name > 0 and words[name - 1][2][:1].isupper():
            name -= 1
        if not openers and name < len(words) and (name > 0 or not cur.lead):
            openers = [name]
    elif not openers and not person:
        # "... by Marvia, which handles most of its trade": a name right after a preposition
        # (never "of": "the capital of Marvia, which" may be either)
        name = len(words)
        while name > 0 and words[name - 1][2][:1].isupper():
            name -= 1
        before = words[name - 1][2].lower() if name > 0 else ""
        if (
            name < len(words)
            and before in _NAME_PREPOSITIONS
            and not _CALENDAR.fullmatch(words[-1][2])  # "passed in September, which"
            # never a place set off by commas after another noun ("its plant in Brackwater,
            # in Eastvale, which has 900 employees"): the clause may be the noun's
            and not (name > 1 and "," in text[words[name - 2][1] : words[name - 1][0]])
        ):
            openers = [name]
    if not openers:
        return None
    # the longest phrase; a place ("where") may be a shorter one when the longest is no
    # noun phrase ("a large building near the main square": "the main square")
    for opener in reversed(openers if place else openers[-1:]):
        found = _phrase_at(text, cur, words, k, opener, person)
        if found is not None:
            return found
    return None


def _phrase_at(
    text: str,
    cur: _Piece,
    words: list[tuple[int, int, str]],
    k: int,
    opener: int,
    person: bool,
) -> tuple[str, tuple[int, int]] | None:
    """The antecedent opening at words[opener] (`_antecedent`), when it is a noun phrase."""
    while opener > k and words[opener - 1][2][:1].isupper():
        opener -= 1  # "Ocean Star No. 9": a name before the number is part of it
    # The phrase opens after a verb or a preposition ("after the crash"), never after "and"
    # ("in Lyon and Paris, which ...").
    before = words[opener - 1][2].lower() if opener > 0 else ""
    if before in ("and", "or", "nor") or (opener == 0 and cur.lead):
        return None
    if person:
        # "the home of Anna Berg, who was arrested": the person, not the home
        for j in range(len(words) - 1, opener, -1):
            if words[j - 1][2] == "of" and words[j][2][:1].isupper():
                opener = j
                break
    np = text[words[opener][0] : words[-1][1]]
    if not _np_ok(np) or words[opener][2].lower() in _NOT_CARRIED:
        return None
    return np, (words[opener][0], words[-1][1])
