"""What a figure's sentence says of how far its count reaches, read from the words around
it (pure; `figures.figures` calls it for each number it reads): a count one witness gives
of what they saw from where they were is no count of the whole, a dose a sentence's
gerund subject names is a condition of what is said, no count of what happened, and a
figure its sentence places at an earlier time is an earlier event's."""

from __future__ import annotations

import re

from consensus.merge.lexicon import _NUMBER_WORDS, _SPEECH, _STOP, FIGURE_VANTAGE_CUES

__all__ = [
    "ASIDE",
    "also_counted",
    "among_others",
    "condition",
    "earlier_event",
    "earlier_level",
    "event_time",
    "from_value",
    "seen_by_one",
]

# an aside right after a figure's noun ("84 people, including 10 children, were killed",
# "14 people, most of them women and children, were killed"): none of its words are the
# figure's slot (`figure_slot_words._slot_and_counted` blanks it)
ASIDE = re.compile(
    r",\s*(?:including|among them|of whom|mostly|(?:many|most|all) of them)\b[^,;.]{0,60},"
)
# "10 children were among the dead", "two Britons among those killed": some of a group
# named after them (not "among them", which names the group before)
_AMONG = re.compile(r"(?:\s+[^\W\d_]+){1,3}?\s+among\s+(?!them\b|whom\b)", re.IGNORECASE)

_VANTAGE = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in FIGURE_VANTAGE_CUES) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def seen_by_one(text: str, start: int, end: int) -> bool:
    """A witness's own vantage (`figure_vantage_cues`: "from where I was", "I could see")
    within 60 characters before the figure or 40 after it, in its sentence: "Visibly from
    where I was about two fire engines" counts what one person saw, set against no total
    ("eight fire engines" at the scene)."""
    lo, hi = max(0, start - 60), min(len(text), end + 40)
    for m in _VANTAGE.finditer(text, lo, hi):
        a, b = (m.end(), start) if m.start() < start else (end, m.start())
        if _SENTENCE_END.search(text, a, b) is None:
            return True
    return False


def among_others(text: str, end: int) -> bool:
    """The count is some of a group the words after it name ("more than 10 children were
    among the dead"): a count of its own kind, never the group's own count (the toll)."""
    m = _AMONG.match(text, end)
    return m is not None and _SENTENCE_END.search(text, end, m.end()) is None


# a sentence that opens with a gerund ("Drinking ..."), no clause break before the figure
_GERUND_OPEN = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+ing\s+[^,;:.!?]{0,40}$")
_CLAUSE_WORDS = re.compile(r"[^,;:.!?]*")


# a figure a modal clause names as its only condition ("would be cost-effective only at a
# price of $55,000 a year", "could win only if 20 seats change hands")
_ONLY_IF = re.compile(
    r"\b(?:would|could|should|might)\b[^,;:.!?]{0,60}?\bonly\s+(?:at|if|below|under|above|"
    r"with|when)\b(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,50}$"
)


# a threshold that picks out a class of things ("ordered inspections of all mines deeper than
# 300 metres", "any building taller than 50 metres", "every company with more than 250
# staff", "all vessels over 40 metres"): a quantifier, a noun (two words before it at most,
# no verb) and a comparison right before the figure
_THRESHOLD = re.compile(
    r"\b(?:all|any|every|each|no)\s+(?:(?!(?:is|are|was|were|be|been|has|have|had)\b)"
    r"[a-z][a-z'-]*\s+){0,2}(?!(?:is|are|was|were|be|been|has|have|had)\b)[a-z][a-z'-]*s?\s+"
    r"(?:[a-z]{2,}er\s+than|(?:with|of|employing|carrying|holding)\s+(?:more|fewer|less)\s+than"
    r"|(?:over|above|under|below))\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


def condition(text: str, start: int, end: int) -> bool:
    """`Figure.condition`: the figure is in a sentence-opening gerund phrase that is the
    subject of a verb after it (three words or more before the next comma: "Drinking three
    cups of coffee a day lowers the risk"), not a participle phrase set off by a comma
    ("Killing 84 people, the attack ..."); or a modal clause names it as its only condition
    ("the drug would be cost-effective only at a price of $55,000 a year": no rival of the
    price that was set); or it is a threshold that picks out a class (`_THRESHOLD`: "all
    mines deeper than 300 metres" measures no mine of the news)."""
    if _ONLY_IF.search(text, max(0, start - 130), start) is not None:
        return True
    if _THRESHOLD.search(text, max(0, start - 80), start) is not None:
        return True
    if _GERUND_OPEN.search(text, max(0, start - 60), start) is None:
        return False
    m = _CLAUSE_WORDS.match(text, end)
    return m is not None and len(m.group(0).split()) >= 4


# (what ends the stretch between a time and its figure: as `figure_slot_words._SENTENCE_END`)
_CLAUSE_BREAK = re.compile(r"[;:.!?()\[\]\"“”]")


# a time before the news a clause tells of ("killed last week when ...", "airstrikes
# earlier this month that left 32 dead"): an earlier event's figure
_EARLIER_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b", re.I
)


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


# a calendar year a clause's event is placed in ("In 2011 a plant closed with the loss of
# 300 jobs", "laid off 1,100 employees in the summer of 2023", "In June 2023, ...")
_YEAR_TIME = re.compile(
    r"\b(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter)\s+(?:of\s+)?)?(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n\"“”]\s*)$")
# a year followed by a clause of "when" that runs on to the figure, no clause break between
_WHEN_CLAUSE = re.compile(r"\b(?P<year>(?:19|20)\d{2}),?\s+when\b[^;:.!?()\[\]\"“”]*$")
# "in 2024 for nine days": a year of `_YEAR_TIME` right before the figure, joined to it by a
# preposition of duration or amount (not a verb: "founded in 2009 and employs 300 people")
_YEAR_JUST_BEFORE = re.compile(
    r"\b(?:in|during)\s+(?P<year>(?:19|20)\d{2})\s+(?:for|of|with|lasting)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def event_time(text: str, start: int, end: int) -> str:
    """When a figure's sentence places its event, if not now: a calendar year (as written)
    its sentence opens with ("In 2011 a second plant closed with the loss of 300 jobs",
    "In June 2023, the company cut 1,100 jobs") or its clause closes with after it ("laid
    off 1,100 employees in the summer of 2023"), else an earlier time (`earlier_event`:
    "last month", lower-case); '' for none. Two figures placed at two times count two
    events; a "since" makes the figure a total up to now (none)."""
    lo, hi = max(0, start - 80), min(len(text), end + 60)
    # "since 2009, when drivers walked out for three days", "in 2022, when the party won
    # 162 seats": a clause of "when" after a year tells that year's event
    told = _WHEN_CLAUSE.search(text, max(0, start - 120), start)
    if told is not None and _NUMBER.search(text, told.end("year"), start) is None:
        return told.group("year")
    # "who last walked out in 2024 for nine days": a year a preposition joins to the figure
    near = _YEAR_JUST_BEFORE.search(text, max(0, start - 40), start)
    if near is not None:
        return near.group("year")
    if "since" not in text[lo:hi].casefold():
        for m in _YEAR_TIME.finditer(text, lo, hi):
            if m.start() < start:
                opens = _SENTENCE_OPEN.search(text, max(0, m.start() - 3), m.start())
                if opens is None or _CLAUSE_BREAK.search(text, m.end(), start):
                    continue
            else:
                if _CLAUSE_BREAK.search(text, end, m.start()) or "," in text[end : m.start()]:
                    continue
                if _NUMBER.search(text, end, m.start()):
                    continue  # ("rose to 30 from 12 in 2019": the year is 12's)
            return m.group("year")
    lo = max(0, start - 40)
    for m in _EARLIER_TIME.finditer(text, lo, hi):
        if _earlier_here(text, start, end, m, lo, hi):
            return " ".join(m.group().casefold().split())
    return ""


def earlier_event(text: str, start: int, end: int) -> bool:
    """The sentence around a figure places it at an earlier time (`_EARLIER_TIME`) within
    40 characters before it or 60 after, and no "since" makes the figure a total up to now
    ("38 have died since the outbreak began last month"). A time right after a speech verb
    is when it was said, not when the figure's event was ("the paper reported last week
    that he had charged 48,000 euros"), nor a time after another number ("up from five
    last week" is five's)."""
    lo = max(0, start - 40)
    hi = min(len(text), end + 60)
    return any(
        _earlier_here(text, start, end, m, lo, hi) for m in _EARLIER_TIME.finditer(text, lo, hi)
    )


def _earlier_here(text: str, start: int, end: int, m: re.Match[str], lo: int, hi: int) -> bool:
    """Whether the earlier time `m` places the figure at text[start:end] (`earlier_event`)."""
    said = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if said is not None and said.group(1).casefold() in _SPEECH:
        return False
    a, b = (m.end(), start) if m.start() < start else (end, m.start())
    if _CLAUSE_BREAK.search(text, a, b) or "since" in text[lo:hi].casefold():
        return False
    # ("rose to 30, up from five last week": the time is five's)
    return not (m.start() > start and _NUMBER.search(text, a, b))


# a number between a figure and a time after it, whose figure the time is
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|dozen)\b",
    re.IGNORECASE,
)


# the start of a change's "from" value ("strengthened from a Category 1 storm to a
# Category 4", "cut its forecast from 3.1 percent to 2.4 percent"): "from", some
# determiners and at most one word before the number ...
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:about|around|some|nearly|almost|an?|the|its|their)\s+)*(?:[A-Za-z]+\s+)?$",
    re.IGNORECASE,
)
# ... and its "to" value after it, in one clause: "to", determiners, at most one word (or a
# currency sign) and a number
_TO_AFTER = re.compile(
    r"[^,;.:!?]{0,40}?\bto\s+(?:(?:about|around|some|nearly|almost|an?|the)\s+)*"
    r"(?:[A-Za-z]+\s+)?[$£€]?\d",
    re.IGNORECASE,
)


def from_value(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is the value a change started from ("rose from 12 to
    19", "strengthened from a Category 1 storm to a Category 4"): an earlier value, no rival
    of a figure of now. Not a range's low end ("from 20 to 25 people": the caller reads
    that as one figure with a high end and asks only of figures without one)."""
    if _FROM_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    return _TO_AFTER.match(text, end) is not None


# a count of two kinds of thing: its noun, "and", and a plain word (no verb's -ed or -ing
# form, no function word) that ends the noun phrase ("900,000 homes and businesses were")
_ALSO = re.compile(r"\s+([a-z][a-z-]*)\s+and\s+([a-z][a-z-]+)\b(?=\s*(?:[,;.:]|$|[a-z]+\b))")
_NOT_NOUN = re.compile(r"(?:ed|ing|ly)$")
# ... and no word an object follows: a verb of its own ("deployed 14 vessels and laid about
# three kilometres of booms", "sent 40 officers and made 12 arrests": laid, made)
_OBJECT_NEXT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|some|nearly|almost|roughly|\d+"
    r"|(?:about|around|over|more\s+than)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens?|hundreds?|thousands?))\b",
    re.IGNORECASE,
)


def also_counted(text: str, end: int, noun: str) -> str:
    """The second noun of a count of two kinds right after a figure ("about 900,000 homes
    and businesses were without power": businesses), or '' ("killed 12 people and
    injured 30", "three men and a woman", "nine fires and four burns": no plain noun after
    "and")."""
    m = _ALSO.match(text, end)
    if m is None or not noun or m.group(1) != noun:
        return ""
    word = m.group(2)
    if _OBJECT_NEXT.match(text, m.end()):
        return ""
    if word in _STOP or word in _NUMBER_WORDS or word in _SPEECH or _NOT_NOUN.search(word):
        return ""
    return word


# a level a past perfect verb kept up to the story's event ("had kept the tarn at 10 to the
# dollar since 2024", "had held its rate at 5 percent since March"): "had" and a verb in
# the figure's clause before it, "at" (and a bound or determiner) right before the number ...
_HAD_AT = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+\b[^,;:.!?()]{0,60}?\bat\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|an?|the|its|their|official)\s+)*[$£€]?$",
    re.IGNORECASE,
)
# a span of time that led up to the event, in the figure's clause before it ("after months
# of spending its reserves to hold the tarn at 10")
_AFTER_SPAN = re.compile(
    r"\bafter\s+(?:(?:several|many|two|three|four|five|six|weeks|the|past|last)\s+)*"
    r"(?:days|weeks|months|years|decades)\s+of\b[^,;:.!?()]{0,80}$",
    re.IGNORECASE,
)
# time or money spent holding a level up to the event, the figure in the gerund's clause
# ("Every month it spent defending 10 to the dollar", "the bank spent two years propping
# the peso up at 20", "spent $5bn keeping the peg at 7.8"): "spent", a span or sum at most,
# then a verb of holding a level (never "spent the night searching for 12 people")
_SPENT_HOLDING = re.compile(
    r"\bspent\s+(?:[^,;:.!?()\d]{0,40}?\s+|[$£€]?\d[\w.,]*\s+(?:[a-z]+\s+){0,2})?"
    r"(?:defend|hold|keep|maintain|prop|propp|support|peg|pegg)ing\b[^,;:.!?()]{0,60}?\s+$",
    re.IGNORECASE,
)
# ... and "since" after it, in its clause (a span that ended when the event changed it)
_SINCE_AFTER = re.compile(r"[^,;:.!?()]{0,50}?\bsince\b", re.IGNORECASE)
# "against 10 previously", "10 per dollar formerly": the figure is the earlier value
_PREVIOUSLY_AFTER = re.compile(
    r"(?:\s+(?:[^\W\d_]+|%))?(?:\s+(?:a|an|per|to|the)\s+[^\W\d_]+)?\s+(?:previously|formerly)\b",
    re.IGNORECASE,
)


def earlier_level(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is a level that held before the event: a past perfect
    "had" kept it "at" that value "since" a time ("The bank had kept the tarn at 10 to the
    dollar since 2024"; "has kept ... since" is a level still held, and "had killed 38 since
    January" is a count, not a level), or "previously"/"formerly" follows it ("12.50 per
    dollar, against 10 previously"), or it is told in a span that led up to the event
    ("after months of spending its reserves to hold the tarn at 10"): an earlier value, no
    rival of the level set now."""
    if _PREVIOUSLY_AFTER.match(text, end) is not None:
        return True
    if _AFTER_SPAN.search(text, max(0, start - 120), start) is not None:
        return True
    if _SPENT_HOLDING.search(text, max(0, start - 120), start) is not None:
        return True
    return (
        _HAD_AT.search(text, max(0, start - 90), start) is not None
        and _SINCE_AFTER.match(text, end) is not None
    )


# "lost more than 120 officers since 2022", "Since 2019, the firm has cut 900 jobs": a count
# summed over the years since a calendar year ("since January", "since Monday" stay counts
# of the event: a toll told since its first day)
_SINCE_YEAR = (
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d{2})\b"
)
_SINCE_YEAR_AFTER = re.compile(r"[^,;:.!?()]{0,50}?" + _SINCE_YEAR, re.IGNORECASE)
# (fronted: the sentence opens with it; "prime minister since 2013, slumped to 94 seats"
# is a time of the apposition)
_SINCE_YEAR_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|[\"“]\s*)" + _SINCE_YEAR + r",?\s+[^;:.!?()\d]*$", re.IGNORECASE
)
# "its worst result since 1998", "the first time since 2009": a rank, no span
_SUPERLATIVE = re.compile(r"\b(?:\w+est|first|worst|best|most|least|fewest)\b", re.IGNORECASE)


def since_year(text: str, start: int, end: int) -> str:
    """The calendar year a count is summed from ("the prison had lost more than 120 officers
    since 2022": 2022; "Since 2019, the firm has cut 900 jobs"), or '': a count over years
    is no rival of a count of the event or of a moment ("40 officers were on duty"); none
    for a rank ("its worst result since 1998")."""
    m = _SINCE_YEAR_AFTER.match(text, end) or _SINCE_YEAR_BEFORE.search(
        text, max(0, start - 100), start
    )
    if m is None or _SUPERLATIVE.search(m.group(0)):
        return ""
    return m.group("year")


# "built for 900", "designed to hold up to 300", "meant to house about 40", "designed for
# storms of about 50 millimetres", "built for crowds of 5,000": the number right after
# what a thing was made to hold (or the kind of it, "storms of")
_BUILT_FOR = re.compile(
    r"\b(?:built|designed|intended|meant|constructed|planned)\s+"
    r"(?:for(?:\s+[a-z]+\s+of)?|to\s+(?:hold|house|take|carry|seat|accommodate))\s+"
    r"(?:(?:up\s+to|about|around|some|roughly|nearly|only|just)\s+)?$",
    re.IGNORECASE,
)


def built_for(text: str, start: int) -> bool:
    """Whether the figure at `start` is what a thing was made to hold ("a prison built for
    900 inmates"; `Figure.built_for`)."""
    return _BUILT_FOR.search(text, max(0, start - 50), start) is not None
