"""Clock times in a statement ("at around 11:30pm", "shortly after 6am", "06:00 GMT"), so two
reports of one event at different times are a dispute ("11pm" vs "11:30pm").

What a time times is its clause, read by shape (`_time_clause`; sessions 67-68): the words
since the last comma, dash or clause word, the "and" of "between A and B" kept inside it;
cut at a subordinator or speech verb that opens another act ("sent to the tunnel after the
first call came in at": the call), or at a verb of seeing whose object acts in "-ing"
("CCTV showed the roof coming down at"); a clause that opens with its act after an
apposition ("The dam, an earth embankment, gave way at") read with the sentence's opening
noun phrase; a light verb counted with its particle ("came in", "came to a halt"). A time
that names a thing ("before the 6pm sailing", "a 2am curfew") is no act's time. A 24-hour
time with no zone ("at 21:52") is not read: tried in session 68 (branch clocktimes68-tries),
it gained two disputes but split facts and made a no-gold point by clauses that share one
word of two acts ("stopped in the tunnel" / "the tunnel pumps were switched on").

A statement giving several times ("the first at about 2 a.m. and the last at 4:30 a.m.") is
compared by the time whose clause (the words since the last comma, "and" or time) shares a
word with the other statement's one time ("the last of the men reached the surface at 4:20
a.m."): `matched_clash`, and `clause_meets` for how the link rule reads that match.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from consensus.merge.claim_words import content_stems
from consensus.merge.lexicon import _SPEECH
from consensus.offline.grammar import _is_finite

__all__ = [
    "ClockTime",
    "clause_meets",
    "clock_times",
    "matched_clash",
    "one_time",
    "perceived",
    "times_clash",
]

EXACT_SLACK = 4  # minutes two exact times may differ and still be one time (rounding)
ROUGH_SLACK = 20  # ... when either is approximate ("around 11pm", "shortly after 6am")
# ... when each approximate one is written to the minute, not on the hour or half hour
# ("about 11:40 p.m." / "around 11:20 p.m."): rounded to five or ten minutes, not to half
# an hour (`_rounding`)
MINUTE_SLACK = 10
# how far an "about" time may reach toward a time given from one side ("about 2:40 p.m." /
# "shortly after 3 p.m.": 2:50 at the latest, before 3)
ABOUT_REACH = 10

_TIME = re.compile(
    r"\b(?:(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[012]?\d)[:.](?P<m24>[0-5]\d)\s*(?:gmt|bst|utc|cet|est|edt|pst|hrs|h\b|local time)"
    r"|(?P<word>noon|midday|midnight))",
    re.IGNORECASE,
)
_ROUGH = re.compile(
    r"\b(?:around|about|approximately|roughly|some|shortly|just|nearly|almost|circa|"
    r"after|before|by|until|soon|ca)\s+(?:after\s+|before\s+)?$",
    re.IGNORECASE,
)


_HINT = re.compile(r"\d|noon|midday|midnight", re.IGNORECASE)  # in every match of _TIME
_DIGIT = re.compile(r"\d")


def _hinted(text: str) -> bool:
    """`_HINT.search(text) is not None`, cheaper: a digit decides it; else the
    case-insensitive regex runs only on a text whose lower case holds "noon", "dday" or
    "dn" (each of its words, written in any case, lowers to a text holding one of them;
    the regex also reads a dotted or dotless i as i, so "mid" is not asked)."""
    if _DIGIT.search(text) is not None:
        return True
    low = text.lower()
    if "noon" not in low and "dday" not in low and "dn" not in low:
        return False
    return _HINT.search(text) is not None


class ClockTime(NamedTuple):
    minutes: int  # since midnight
    rough: bool  # approximate ("around", "shortly after", ...)
    text: str  # as written
    clause: frozenset[str] = frozenset()  # content stems since the last comma, "and" or time
    # the side the time bounds: 1 "(shortly) after 3 p.m." (at 3 or later), -1 "before",
    # "by", "until" (at it or earlier), 0 for a time given as a point ("about 2:40")
    side: int = 0
    start: int = 0  # where it begins in the text


_AFTER = re.compile(r"\bafter\s+$", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:before|by|until)\s+$", re.IGNORECASE)


# where the clause of a time begins: a comma, semicolon, colon or dash, or "and"/"but"/"while"
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s|\b(?:and|but|while|then)\b", re.IGNORECASE)
# "between the second and third piers", "both the roof and the wall": an "and" that closes
# a pair its clause opened is no clause break
_PAIRED = re.compile(r"\b(?:between|both)\b[^,;:()–—]*$", re.IGNORECASE)
# a clause with no doer of its own: it opens with its act ("burst shortly before 4 a.m.",
# "gave way at"), not a determiner, pronoun, preposition, number or name
_NO_DOER = re.compile(
    r"^\s*(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|they|he|she|we|"
    r"there|in|on|at|by|for|from|to|of|with|after|before|about|around|according|as|when|"
    r"until|since|some|all|each|every|no|one)\b)[a-z]+\b"
)
# a sentence's opening noun phrase ("The dam, an earth embankment on the river, gave way
# at"): a determiner and words, no digit, closed by the comma of an apposition
_OPENING_NP = re.compile(r"^\s*(?:the|a|an|its|their)\s+[^\d,;:()–—]{1,40}$", re.IGNORECASE)
# a word that opens another act's clause: "divers were sent to the tunnel after the first
# call came in at 5:58 p.m." times the call, not the sending (`_own_clause`)
# (or that reports one: "the company said the collapse happened at 2:40 p.m." times the
# collapse, not the saying)
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|as|once|until|till|since|"
    + "|".join(sorted(_SPEECH, key=len, reverse=True))
    + r")\b(?:\s+that\b)?",
    re.IGNORECASE,
)
# a verb of seeing or recording whose object acts in an "-ing" form: the time is of that
# act ("CCTV footage showed the roof coming down at 21:52": the fall, not the showing)
_PERCEIVED = re.compile(
    r"\b(?:show|shows|showed|shown|saw|see|sees|seen|hear|hears|heard|watched|captured|"
    r"filmed|caught)\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ing\b)",
    re.IGNORECASE,
)
# a subordinate clause whose doer is a pronoun: the thing of the clause it hangs on ("the
# storm grew for a day before it made landfall at 2:15 a.m."), so that clause stays
_PRONOUN_DOER = re.compile(r"\s*(?:it|they|he|she)\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
# a time that names a thing, not when an act happened: a determiner before it and a noun
# after it ("before the 6pm sailing", "a 2am curfew", "the Midday programme")
_NAMING_DET = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|each|every)\s+$", re.IGNORECASE
)
_NAMED_NOUN = re.compile(
    r"\s*(?!(?:on|in|at|and|or|to|of|by|from|for|local|that|when|with|until|the)\b)[a-z]"
)


# a light verb, whose act is told by the word after it ("came down", "came to a halt", "came
# in"; "went off"; "broke out"): a clause word only with its particle, by its lemma
_LIGHT_LEMMA = {
    **dict.fromkeys(("come", "came", "comes", "coming"), "come"),
    **dict.fromkeys(("go", "goes", "going", "went", "gone"), "go"),
    **dict.fromkeys(("get", "gets", "getting", "got"), "get"),
    **dict.fromkeys(("take", "takes", "taking", "took", "taken"), "take"),
    **dict.fromkeys(("make", "makes", "making", "made"), "make"),
    **dict.fromkeys(("give", "gives", "giving", "gave", "given"), "give"),
    **dict.fromkeys(("break", "breaks", "breaking", "broke", "broken"), "break"),
    **dict.fromkeys(("put", "puts", "putting"), "put"),
    **dict.fromkeys(("set", "sets", "setting"), "set"),
    **dict.fromkeys(("turn", "turns", "turning", "turned"), "turn"),
}
_LIGHT = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(_LIGHT_LEMMA, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?P<part>down|up|out|off|in|on|over|into|to|away|back|under|through|way)\b)?",
    re.IGNORECASE,
)


def _clause_stems(clause: str) -> frozenset[str]:
    """The content stems of a time's clause, a light verb (`_LIGHT`) read with the particle
    after it ("came down", "came in": two acts, where "came" alone would meet them) and
    left out with none ("made landfall": landfall)."""
    stems = content_stems(clause.casefold())
    light = list(_LIGHT.finditer(clause))
    if not light:
        return stems
    verbs = content_stems(" ".join(m.group("verb") for m in light).casefold())
    phrases = {
        f"{_LIGHT_LEMMA[m.group('verb').casefold()]} {m.group('part').casefold()}"
        for m in light
        if m.group("part")
    }
    return (stems - verbs) | phrases


def _acts_first(piece: str) -> bool:
    """Whether a clause opens with its act (`_NO_DOER`), not a speech verb or an "-ing"
    form ("said a weld had cracked", "removing a condition": another's act, or none)."""
    if _NO_DOER.match(piece) is None:
        return False
    word = _WORDS.search(piece)
    low = word.group().casefold() if word else ""
    return low not in _SPEECH and not low.endswith("ing")


def _noun_phrase(piece: str) -> bool:
    """Whether a sentence's opening piece is a noun phrase (`_OPENING_NP`) with no finite
    verb ("The Varrow Weir", never "The judge did allow the appeal on one point")."""
    return _OPENING_NP.match(piece) is not None and not any(
        _is_finite(w) for w in _WORDS.findall(piece)
    )


def _own_clause(clause: str) -> str:
    """`clause` from its last subordinator ("after", "when", "as" ...) or speech verb
    whose words hold a finite verb of their own: another act, and the time is its time
    ("sent to the tunnel after the first call came in at", "the union said the alarm was
    raised at"), unless that act's doer is a pronoun, the thing the clause before names
    ("the storm grew before it made landfall at"); or from its last verb of seeing whose
    object acts in an "-ing" form (`_PERCEIVED`: "CCTV showed the roof coming down at");
    `clause` itself when none does
    ("shortly after", "as early as", "after the blast", "said in a statement at": a time
    that words round, an act's noun, the saying)."""
    cuts = [
        m.end()
        for m in _SUBORDINATOR.finditer(clause)
        if any(_is_finite(w) for w in _WORDS.findall(clause[m.end() :]))
        and _PRONOUN_DOER.match(clause, m.end()) is None
    ]
    cuts += [m.end() for m in _PERCEIVED.finditer(clause)]
    return clause[max(cuts) :] if cuts else clause


def perceived(clause: str) -> bool:
    """Whether a time's clause tells what was seen or recorded, the act an "-ing" form of
    the seen thing and no finite verb after it ("footage showed the roof coming down at"):
    a time of that act, which names no past form."""
    seen = [m.end() for m in _PERCEIVED.finditer(clause)]
    return bool(seen) and not any(_is_finite(w) for w in _WORDS.findall(clause[seen[-1] :]))


def _time_clause(lead: str, first: bool) -> str:
    """The words before a time that tell what it times: the clause it closes (after the
    last comma, dash or clause word, an "and" of "between A and B" kept inside it). A clause
    that opens with its act, after an apposition, is the act of the sentence's opening noun
    phrase: "The Varrow Weir, a stone barrier built in 1931, burst shortly before 4 a.m."
    times the weir's bursting (only for the first time of a statement, whose clause
    can reach back to its start)."""
    pieces: list[str] = []
    at = 0
    for b in _CLAUSE_BREAK.finditer(lead):
        if b.group().casefold() == "and" and _PAIRED.search(lead[at : b.start()]):
            continue
        pieces.append(lead[at : b.start()])
        at = b.end()
    pieces.append(lead[at:])
    last = pieces[-1]
    own = _own_clause(last)
    if own != last:  # (cut: another act's clause, or what was seen)
        return own
    if first and len(pieces) > 1 and _acts_first(last) and _noun_phrase(pieces[0]):
        return f"{pieces[0]} {last}"
    return last


@lru_cache(maxsize=1 << 16)
def clock_times(text: str) -> tuple[ClockTime, ...]:
    """Every clock time the text states, in order."""
    if not _hinted(text):
        return ()
    out: list[ClockTime] = []
    start = 0  # where the clause of the next time may begin
    for m in _TIME.finditer(text):
        if m.group("word"):
            minutes = 0 if m.group("word").lower() == "midnight" else 12 * 60
        elif m.group("h") is not None:
            hour = int(m.group("h"))
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = hour * 60 + int(m.group("m") or 0)
        else:
            hour = int(m.group("h24"))
            if hour > 23:
                continue
            minutes = hour * 60 + int(m.group("m24"))
        before = text[max(0, m.start() - 30) : m.start()]
        if _NAMING_DET.search(before) and _NAMED_NOUN.match(text, m.end()):
            start = m.end()  # (a time that names a thing: no act's time, yet a break)
            continue
        lead = text[start : m.start()]
        # the words that time the thing, not the ones that round the time ("shortly after")
        clause = _ROUGH.sub("", _time_clause(lead, first=not out))
        start = m.end()
        out.append(
            ClockTime(
                minutes,
                _ROUGH.search(before) is not None,
                m.group(0).strip(),
                _clause_stems(clause),
                1 if _AFTER.search(before) else -1 if _BEFORE.search(before) else 0,
                m.start(),
            )
        )
    return tuple(out)


def times_clash(a: tuple[ClockTime, ...], b: tuple[ClockTime, ...]) -> str:
    """'11pm vs 11:30pm' when each states exactly one time and they differ by more than the
    slack (the larger of the two times' `_rounding`), else ''.
    Claims giving several times (a call at 6.04am, a crash at 6.10am) are not compared."""
    if len({t.minutes for t in a}) != 1 or len({t.minutes for t in b}) != 1:
        return ""
    x, y = a[0], b[0]
    slack = max(_rounding(x), _rounding(y))
    gap = abs(x.minutes - y.minutes)
    gap = min(gap, 24 * 60 - gap)
    if gap <= slack and not _beyond(x, y) and not _beyond(y, x):
        return ""
    first, second = sorted((x, y), key=lambda t: (t.minutes, t.text))
    return f"{first.text} vs {second.text}"


def _rounding(t: ClockTime) -> int:
    """How far the time as written may be from the time it rounds: an exact time a few
    minutes (`EXACT_SLACK`); an approximate one on the hour or the half hour ("around 11
    p.m.", "shortly after 6:30") up to `ROUGH_SLACK`; an approximate one written to the
    minute ("about 11:40 p.m.") `MINUTE_SLACK`: who gives the minutes rounds to five or ten."""
    if not t.rough:
        return EXACT_SLACK
    return ROUGH_SLACK if t.minutes % 30 == 0 else MINUTE_SLACK


def one_time(a: ClockTime, b: ClockTime) -> bool:
    """Whether `a` and `b` may be one time (`times_clash` finds no clash)."""
    return not times_clash((a,), (b,))


def _beyond(x: ClockTime, y: ClockTime) -> bool:
    """Whether `y` falls on the wrong side of a time `x` gives from one side ("shortly
    after 3 p.m." / "at about 2:40 p.m."), by more than an exact time's slack, or an "about"
    time's reach; `y` bounding from the same side ("after 2:40") may still be `x`'s time."""
    if x.side == 0 or y.side == x.side:
        return False
    early = (x.minutes - y.minutes) % (24 * 60)  # y before x, within a day
    if early > 12 * 60:
        early -= 24 * 60
    d = early if x.side > 0 else -early
    return d > (ABOUT_REACH if y.rough and y.side == 0 else EXACT_SLACK)


def _matched(one: ClockTime, several: tuple[ClockTime, ...]) -> tuple[ClockTime, ...]:
    """The time of `several` whose clause alone shares a word with the clause of `one`
    (the first and the last man out: "last" picks the last), as a one-time tuple; () when
    none or more than one does, or when some time has no clause of its own ("between 7 p.m.
    and 9:40 p.m.": a span, not two events)."""
    if not all(t.clause for t in several):
        return ()
    hits = [t for t in several if t.clause & one.clause]
    return (hits[0],) if len({t.minutes for t in hits}) == 1 else ()


def matched_clash(a: tuple[ClockTime, ...], b: tuple[ClockTime, ...]) -> str:
    """`times_clash`, where a statement giving several times is read by the one its clause
    matches with the other statement's only time (`_matched`)."""
    one_a, one_b = len({t.minutes for t in a}) == 1, len({t.minutes for t in b}) == 1
    if one_a and not one_b and b:
        b = _matched(a[0], b)
    elif one_b and not one_a and a:
        a = _matched(b[0], a)
    return times_clash(a, b) if a and b else ""


def clause_meets(a: tuple[ClockTime, ...], b: tuple[ClockTime, ...]) -> bool:
    """Whether some time of each statement is told in clauses sharing a word: they time
    one thing (what the link rule asks of a pair that links only were its times equal)."""
    return any(x.clause & y.clause for x in a for y in b)
