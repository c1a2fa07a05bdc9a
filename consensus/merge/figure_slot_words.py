"""The words around a figure that say what it counts (read by `figures.figures`): its slot
words and counted noun phrase (`_slot_and_counted`), a figure told by a speaker
(`_told_slot`), the predicate it is the subject of, the act it is a count of, what it
measures and another set it is set against. English grammar only: no table names an
event's people or places.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

from consensus.merge.figure_places import teller_places
from consensus.merge.figure_predicates import VERBS_IN_PAST, predicate, without_light_verbs
from consensus.merge.figure_scope import ASIDE as _ASIDE
from consensus.merge.figure_terms import OF_A_THING
from consensus.merge.figure_unit_words import SPEED_AFTER, UNIT_NOUNS, unit_after
from consensus.merge.figure_vague import VAGUE_WORDS
from consensus.merge.figure_words import _PHRASE_END, _SCALE, _STOP, _UNITS, _WORD
from consensus.merge.lexicon import (
    _SPEECH,
    FIGURE_GENERIC_NOUNS,
    FIGURE_HEDGE_WORDS,
    FIGURE_OTHER_SET_WORDS,
    FIGURE_REPEAT_NOUNS,
    FIGURE_WHEN_WORDS,
)
from consensus.merge.spelled_numbers import WORD_NUM as _WORD_NUM

_SENTENCE_END = re.compile(r"[;:.!?()\[\]\"“”]")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”]|\d")

# a number further on in a clause (digits or a number word opening a word): the next figure
_NEXT_NUMBER = re.compile(
    r"(?<![\w.,/-])(?:[$€£¥]?\d|(?:" + _WORD_NUM + r")(?![\w-]))", re.IGNORECASE
)
# What may follow a figure that closes its clause: a day or a time, then a comma
_CLOSES = re.compile(
    r"\s+(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|overnight)(?:\s+(?:morning|afternoon|evening|"
    r"night))?\s*,"
)

# a clause joined after a figure ("65 passengers and six crew": the next figure's own)
_JOIN = re.compile(r",|\s(?:and|but|while|whereas)\s")
# words of time ("killed 31 in the past three weeks"): when, never what is counted
_WHEN_WORDS = FIGURE_WHEN_WORDS
# Nouns among the stop words: what "71 people" counts, though no slot word
_GENERIC_NOUNS = FIGURE_GENERIC_NOUNS

# adverbs that may follow a count, never what it counts ("at least 84 now lay dead")
_ADVERBS = frozenset("now still already also rather".split())
# words after a number that are never the noun it counts
_NO_NOUN = _STOP | _WHEN_WORDS | _ADVERBS | _PHRASE_END
# the dimension a length unit measures unless another is named ("five miles long")
LENGTH_WORD = "long"
# verbs of a state before the word that says what the state is ("lay dead", "remain missing")
_STATE_VERBS = frozenset("lay lie lies lying remain remains remained".split())
_TIME_NOUNS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    am pm century decade decades fortnight fortnights""".split()
)


def _noun_phrase(after_text: str) -> list[str]:
    """The lower-case words of the noun phrase that opens `after_text` (the text right after a
    number, its unit skipped), at most three, up to a stop word, a preposition, a number or a
    comma; names skipped."""
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(after_text):
        w = m.group(0).casefold()
        if not out and not last and w in UNIT_NOUNS:
            last = m.end()
            continue
        if (
            len(out) == 3
            or (out and "," in after_text[last : m.start()])
            or w in _STOP
            or w in _WHEN_WORDS
            or w in _ADVERBS
            or w in _PHRASE_END
            or w in _UNITS
        ):
            break
        if m.group(0)[:1].isupper():
            continue  # a name qualifies the noun ("50 Ukrainian soldiers")
        if out and w.endswith("ed") and after_text[m.start() - 1 : m.start()] != "-":
            break  # the verb after the noun ("300,000 customers remained without power")
        if out and w in VERBS_IN_PAST:
            break  # ("260,000 homes lost power", "38,000 residents remain under orders")
        out.append(w)
        last = m.end()
    return out


_SUBORDINATE = re.compile(
    r"\s(?:before|after|when|while|because|although|though|whereas|until)\s", re.IGNORECASE
)
# an attribution closing the figure's clause (", a police spokesman said", ", the interior
# ministry said on Sunday", ", according to police"): who tells the figure, never what it
# counts: two figures whose slot words meet once it is cut are one slot too (two outlets'
# speakers made one count two slots), though the words it holds still make one slot of two
# figures told by one body (`Figure.untold`)
_ATTRIBUTION_TAIL = re.compile(
    r",\s*(?:according\s+to\b.*|(?:[^\s,\d]+\s+){0,5}(?:"
    + "|".join(sorted(_SPEECH, key=len, reverse=True))
    + r")\b(?:\s+[^\s,\d]+){0,3}\s*)$",
    re.IGNORECASE,
)
_LINKED_COMPOUND = re.compile(r"[^\W\d_]+(?:-(?:to|of|and|in|by|for|the|a)-[^\W\d_]+)+")

_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _verb_after(after_text: str, after: list[str]) -> bool:
    """The word right after a number is its clause's verb in the past, no counted noun:
    it ends in -ed and a function word, a comma or nothing follows it ("the three missed
    the dinner", "Two voted for a smaller rise", "20 percent contained"; not "50 armed
    soldiers", "a 19-ton delivery truck")."""
    m = _FIRST_WORD.match(after_text)
    if m is None or m.group(1) != after[0] or not after[0].endswith("ed"):
        return False
    rest = after_text[m.end() :]
    if not rest.strip() or rest.lstrip()[:1] in ",;:":
        return True
    return len(after) > 1 and (after[1] in _STOP or after[1] in _PHRASE_END)


def _predicate(text: str, end: int) -> str:
    """`Figure.pred` of a count ending at `end`."""
    if unit_after(text, end):
        return ""  # ("120 mph winds": a measure, no count)
    after_text = _SENTENCE_END.split(text[end : end + 90], maxsplit=1)[0]
    return predicate(after_text, len(_noun_phrase(after_text)))


def _slot(text: str, start: int, end: int) -> tuple[str, tuple[str, ...], str]:
    """(noun, slot words, head): the first word after the number, the content words near it
    (nearest first) and the last word of the noun phrase after it ("19-ton delivery truck":
    "delivery", ..., "truck")."""
    return _slot_and_counted(text, start, end)[:3]


def _told_slot(text: str, start: int, end: int) -> tuple[tuple[str, ...], frozenset[str]]:
    """The slot words of the figure at `start`-`end` read without the attribution closing
    its clause (`_ATTRIBUTION_TAIL`), when one closes it and they differ, () otherwise; and
    the places or parties of whoever tells it (`Figure.told_by`): that attribution's,
    and a local body's named before it."""
    after_text = _SENTENCE_END.split(text[end : end + 70], maxsplit=1)[0]
    tail = _ATTRIBUTION_TAIL.search(after_text)
    untold: tuple[str, ...] = ()
    told = ""
    if tail is not None:
        cut = _slot_and_counted(text, start, end, untold=True)[1]
        if cut != _slot_and_counted(text, start, end)[1]:
            untold, told = cut, tail.group()
    return untold, teller_places(text, start, told, _SPEECH)


def _slot_and_counted(
    text: str, start: int, end: int, untold: bool = False
) -> tuple[str, tuple[str, ...], str, str]:
    """`_slot` and `Figure.counted`; with `untold`, an attribution closing the clause cut."""
    # an aside right after the figure ("84 people, including 10 children, were killed")
    # is not its slot: blank it (same length, so offsets hold); the aside a figure stands
    # in is its own clause ("including two firefighters": the firefighters are counted)
    text = _ASIDE.sub(
        lambda m: m.group(0) if m.start() <= start < m.end() else "," + " " * (len(m.group(0)) - 1),
        text,
    )  # (a break kept)
    # the clause around the number: stop at punctuation or at the clause joined before the
    # next figure (whose words are its own: "infected 1,240 people and killed 31" is no
    # count of the killed)
    after_text = _SENTENCE_END.split(text[end : end + 70], maxsplit=1)[0]
    tail = _ATTRIBUTION_TAIL.search(after_text) if untold else None
    if tail is not None:  # (who tells it: "four people, a police spokesman said")
        after_text = after_text[: tail.start()]
    # ... and at a subordinate clause after it ("wounded nine before he was shot dead":
    # the shooting is no count of the wounded)
    after_text = _SUBORDINATE.split(after_text, maxsplit=1)[0]
    # "30 ship-to-ship transfers": a compound around a function word is one modifier
    after_text = _LINKED_COMPOUND.sub(lambda m: m.group(0).replace("-", ""), after_text)
    later = _NEXT_NUMBER.search(after_text)
    if later is not None:  # (the clause joined before it: "65 passengers and six crew")
        joins = list(_JOIN.finditer(after_text, 0, later.start()))
        after_text = after_text[: joins[-1].start()] if joins else after_text
    # "70 km/h", "70 kilometres per hour": the hour is the unit's, no slot word
    after_text = SPEED_AFTER.sub(lambda m: m.group(1).ljust(len(m.group(0))), after_text)
    lo = max(0, start - 50)
    if lo and text[lo - 1 : lo + 1].isalpha():
        lo = text.find(" ", lo, start) + 1 or start  # (never half a word: "ormer")
    before_text = _CLAUSE_END.split(text[lo:start])[-1]
    # names (capitalised words past the sentence start) are not slot words
    after = [w.casefold() for w in _WORD.findall(after_text) if not w[:1].isupper()]
    after = without_light_verbs(after)  # ("took part in the march": the march)
    before = [w.casefold() for w in _WORD.findall(before_text) if not w[:1].isupper()]
    length = False
    if after and after[0] in UNIT_NOUNS:
        after = after[1:]  # the unit is no slot word; what it measures is
        after = after[1:] if after and after[0] in _TIME_NOUNS else after  # ("71 mph seconds
        # before the roof moved": a time after a measure, no duration the number counts)
        # "the closure is five miles long": the length a length unit gives anyway, no
        # counted noun; it stays the first slot word ("four metres long" / "5.5 metres
        # long" meet on it) and `slots.slots_meet` may read past it ("gave the closure as
        # eight miles"); "wide", "deep" and "high" name another dimension
        length = bool(after) and after[0] == LENGTH_WORD
    # ("up from five last week": a time, never what is counted)
    # ("fall 3% amid a sell-off": a preposition, never what is counted)
    noun = after[0] if after and after[0] not in _NO_NOUN and not length else ""
    phrase = _noun_phrase(after_text)
    head = phrase[-1] if phrase and phrase[0] not in _TIME_NOUNS else ""
    head = "" if length and head == LENGTH_WORD else head
    if noun and _verb_after(after_text, after):
        noun = head = ""  # "the three missed the dinner", "Two voted for": the verb
    skip = _STOP | _UNITS.keys() | _SCALE.keys() | VAGUE_WORDS

    # the words after the number first (its noun and verb), then the nearest before it
    def content(w: str) -> bool:  # adverbs ("previously", "reportedly") name no slot,
        # nor a unit ("grew 9 percent to $8.4 billion": the amount is no "percent")
        return (
            w not in skip
            and len(w) > 2
            and not w.endswith("ly")
            and w not in UNIT_NOUNS
            and w not in _WHEN_WORDS
            and w not in _ADVERBS  # ("84 now lay dead": when, not what)
            and w not in _STATE_VERBS  # (... nor the verb of a state: what is, "dead")
            and w not in FIGURE_HEDGE_WORDS  # ("known to have died": how it is known)
            and w not in _PHRASE_END  # ("rose 1.2 percent against the dollar")
        )

    # a period after a word of time ("in the past three weeks") is when, never what
    after = [
        w
        for k, w in enumerate(after)
        if not (w in _TIME_NOUNS and _WHEN_WORDS & set(after[max(0, k - 2) : k]))
    ]
    near_after = [w for w in after[:9] if content(w)][:4]
    near_before = [w for w in before[::-1][:5] if content(w)][:3]
    if after_text.lstrip().startswith(",") or _CLOSES.match(after_text):
        # "injuring around 100, local media report", "rose to at least six Friday, with
        # more than 100 wounded": the figure closes its clause (a day or time words aside),
        # so the verb before it is its slot, not the words of the next clause
        return "", tuple(dict.fromkeys(near_before + near_after)), "", ""
    counted = noun or (after[0] if after and after[0] in _GENERIC_NOUNS else "")
    if noun in FIGURE_REPEAT_NOUNS:
        # "docked at the port six times": what is counted is the act, told before it, so
        # its slot words are the noun and the words before it
        near_before = [w for w in near_before if w not in FIGURE_REPEAT_NOUNS]
        return noun, tuple(dict.fromkeys([noun, *near_before])), head, counted
    return noun, tuple(dict.fromkeys(near_after + near_before)), head, counted


_OTHER_SET = re.compile(r"\s+([a-z]+)\b(?!\s+than\b)")


def _other_set(text: str, end: int) -> bool:
    """The count is of another set than the clause's ("six other ships that ... are
    Chinese-owned", "three more bodies were found"; `figure_other_set_words`), never "two
    more than last year"."""
    m = _OTHER_SET.match(text, end)
    return m is not None and m.group(1) in FIGURE_OTHER_SET_WORDS


_ACT_SKIP = frozenset(
    "least most more than less fewer nearly almost about around roughly some over under "
    "up just only another all".split()
)
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]\"“”—–]")

# words before a count that name no act: bounds, function words, pronouns, subordinators,
# adverbs of time and place, numbers, count words, units and words of time ("tells us that
# as many as 100", "if the two companies", "among the 84", "grew 9 percent to $8.4 billion")
_NOT_ACTS = (
    _ACT_SKIP
    | _STOP
    | frozenset(
        "if whether where there here us you me him them my your our perhaps now then also "
        "even especially like cent".split()
    )
    | _UNITS.keys()
    | VAGUE_WORDS
    | UNIT_NOUNS
    | _TIME_NOUNS
    | _WHEN_WORDS
)


def _act(text: str, start: int) -> str:
    """`Figure.act`: the nearest lower-case word before `start` in its clause that can
    name an act (`_NOT_ACTS`)."""
    clause = _CLAUSE_MARK.split(text[max(0, start - 60) : start])[-1]
    words: list[str] = _WORD.findall(clause)
    for word in reversed(words):
        if word[:1].islower() and word.casefold() not in _NOT_ACTS:
            return word.casefold()
    return ""


def _measured(text: str, end: int) -> tuple[str, ...]:
    """`Figure.measures` of a term ending at `end`: the words of the noun phrase after its
    hyphen-joined unit ("-day jazz festival": jazz, festival), or after "of" ("days of
    national mourning": national, mourning; `figure_terms.OF_A_THING`); () when the unit is neither
    ("for four days")."""
    if text[end : end + 1] != "-":
        word = _WORD.match(text, end + 1) if text[end : end + 1].isspace() else None
        of = OF_A_THING.match(text, word.end()) if word is not None else None
        if of is None:
            return ()
        phrase = _noun_phrase(_SENTENCE_END.split(text[of.end() - 1 : of.end() + 60])[0])
        return tuple(phrase)
    phrase = _noun_phrase(_SENTENCE_END.split(text[end + 1 : end + 70], maxsplit=1)[0])
    return tuple(phrase[1:]) if phrase and phrase[0] in _TIME_NOUNS else ()
