"""Figures in a statement, each with the slot it fills: "at least seven people were killed"
-> 7 (at least) of people / killed. Pure and general: no table names an event's people or
places; number words, bounds and the words around a number are English grammar.

A *figure* is a value (count, amount, share), an optional bound ('at least', 'more than',
'about', 'up to') and its *slot words*: the counted noun after the number and the predicate
verbs or nouns near it ("killed", "injured", "offer", "bid"). Two figures fill the same slot
when their slot words meet (the merger decides that with stems and word vectors); then
different values are a dispute or an update, never the same fact.

What a figure counts and whose it is are read from the words too: a share or an amount
has an *owner* ("a 12 percent rise in quarterly profit", "Revenue grew 9 percent to ...")
and a count may have one (the name its clause opens with: "The Labour Party won 212
seats"); a figure may be a part ("In X alone, 900 cases"), a whole ("212 of the 400
seats"), an earlier value ("up from 58 percent") or a forecast. Which owners are two is
learned by the merger from the batch (`compare.PairContext`), not from a list.

Years standing alone (1959, 2016), times of day, ages ("a 42-year-old"), phone numbers and
list positions ("14/34") are not figures; digits written onto letters ("the A61", "flight
CA417") are a code's, a figure whose unit is the code (`CODE`: it meets only the same code,
never a count); an ordinal is one only before a lower-case noun ("in the 88th minute": unit
`ORDINAL`, compared with ordinals alone).

A number's pattern and value are read in `figure_numbers.py`, the words around it that say
what it counts in `figure_slot_words.py`; this module puts them together (`_figures`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consensus.merge.figure_counts import count_slots
from consensus.merge.figure_names import (
    identifier,
    in_name,
    month_before,
    noun_is_month,
)
from consensus.merge.figure_numbers import _AT_TIME, _NUM_RE, _hour, _may_have_numbers, _value
from consensus.merge.figure_owner import named_owner, owner_of
from consensus.merge.figure_places import (
    alone_place,
    bearing_origin,
    where,
)
from consensus.merge.figure_pounds import pounds_money
from consensus.merge.figure_ratio import in_ratio, ratio_shares
from consensus.merge.figure_scope import (
    also_counted,
    among_others,
    built_for,
    condition,
    earlier_event,
    earlier_level,
    event_time,
    from_value,
    seen_by_one,
    since_year,
)
from consensus.merge.figure_shares import share_fractions
from consensus.merge.figure_slot_words import (
    _TIME_NOUNS,
    _act,
    _measured,
    _other_set,
    _predicate,
    _slot,
    _slot_and_counted,
    _told_slot,
)
from consensus.merge.figure_tallies import TALLY, tally_after
from consensus.merge.figure_terms import (
    CLOCK_TERMS,
    forecast_term,
    term_change,
    within_before,
)
from consensus.merge.figure_terms import (
    TERMS as TERMS,  # (re-exported: the units of terms)
)
from consensus.merge.figure_terms import term as _term
from consensus.merge.figure_unit_words import unit_after
from consensus.merge.figure_vague import vague_counts
from consensus.merge.figure_words import _BOUND, _SCALE, _STOP, _UNITS, _WORD
from consensus.merge.lexicon import (
    FIGURE_CURRENCY_WORDS,
)
from consensus.merge.spelled_numbers import WORD_NUM as _WORD_NUM
from consensus.merge.spelled_numbers import spelled_rest as _spelled_rest

__all__ = ["Figure", "figures"]

# a currency's name right after an amount ("1.5 million dollars"), as the sign before it
_CURRENCY_AFTER = re.compile(
    r"\s?("
    + "|".join(sorted(map(re.escape, FIGURE_CURRENCY_WORDS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# a change of a rate in points: "75 basis points" is 0.75 of a percentage point, as are
# "three-quarters of a percentage point" and "0.75 percentage point"; one unit for all
POINTS = "percentage point"
_POINTS_AFTER = re.compile(r"\s+(?P<kind>basis|percentage)[\s-]+points?\b", re.I)
_POINT_FRACTION = re.compile(
    r"\b(?P<part>three[- ]quarters?|a[- ]quarter|one[- ]quarter|a[- ]half|half)"
    r"(?:[- ]of)?(?:[- ]an?)?[- ](?:percentage[- ])?point\b",
    re.I,
)
_FRACTION_VALUE = {
    "three": 0.75, "a quarter": 0.25, "one quarter": 0.25, "a half": 0.5, "half": 0.5,
}  # fmt: skip


_RANGE = re.compile(r"\s?(?:-|–|to)\s?(?P<top>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)")
_RANGE_WORDS = re.compile(
    r"\s+(?P<join>and|or|to)\s+(?P<top>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)\b",
    re.IGNORECASE,
)
_CLOCK_LIKE = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d$")
# what was expected, forecast, asked for or is needed, not what happened: "Analysts had
# expected a profit of 2.4 billion", "prosecutors had asked for a 15-year sentence"
_EXPECTED = re.compile(
    r"\b(?:expected|expecting|forecast|forecasts|forecasting|predicted|projected|"
    r"anticipated|asked|urged|sought|demanded|"
    # what is needed, not what was got: "the motion needs 29 votes to pass" ("needed 40
    # stitches" is what happened)
    r"needs?|requires?|"
    # a plan, not what came of it: "the truce was meant to hold for 30 days"
    r"(?:meant|supposed|scheduled|intended)\s+to)\b(?![^,;.]*\b(?:said|says|reported)\b)"
    r"[^,;.]{0,40}$",
    re.IGNORECASE,
)
# a demand, not what is, right before the figure: "the union wants a starting rate of
# 12.60", "is seeking a pay rise of 7 percent" (never past a verb or "and": "a petition
# demanding an inquiry had passed 1,600 names", "less than it wanted and a bill of 580")
_WANTED = re.compile(
    r"\b(?:wants?|wanted|seeks|seeking|demands|demanding)\s+"
    r"(?:(?!(?:and|had|has|have|was|were|is|are|but|or)\b)[\w'\u2019-]+\s+){0,5}$",
    re.IGNORECASE,
)
# a count of those still in a state after the act ("five inmates still on the run",
# "40 people remain missing"): a remainder, no rival of how many the act itself counted
_REMAINING_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:who|that)\s+)?(?:(?:are|were|is|was)\s+)?"
    r"(?:still|remain|remains|remained)\b",
    re.IGNORECASE,
)
# ("the remaining 12 miners", "killing 19 and leaving 35 missing")
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|leaving)\s+$", re.IGNORECASE)
# an earlier value a figure is set against: "up from 58 percent", "compared with $1.07
# billion", "from $1.07 billion a year earlier"
_PRIOR = re.compile(
    r"(?:\b(?:up|down)\s+from|,\s+from|\bcompared\s+(?:with|to))\s+"
    r"(?:(?:about|around|some|nearly|almost|its|their|an?|the)\s+)*(?:[a-z]+\s+of\s+)?$",
    re.IGNORECASE,
)
_TOTAL = re.compile(  # a whole: "212 of the 400 seats", "three of the country's five ports"
    rf"(?:\d|\b(?:{_WORD_NUM}))\s+of\s+(?:(?:the|its|their|all)\s+)?(?:\S+['’]s\s+)?$", re.I
)
# what something has, told in a relative clause ("the bank, which has 9 million
# customers"): a standing whole, no count of what happened
_HAS_WHOLE = re.compile(
    r"\b(?:which|that|who)\s+(?:has|have|had|employs|serves)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_PCT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|percent\b)", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s?(million|billion|trillion|thousand|mn|bn|tn)\b", re.IGNORECASE)
_AGE_APPOSITIVE = re.compile(r"[A-Z][\w'’-]+, \d{1,3},$")
# a parent described by the number of their children: "a father of two", "mother-of-three"
# an age limit a group is said to be above or below ("eight of them were under 18"): who
# they are, no count ("died aged 69" is an age, and a figure: "She was 68" disputes it)
_AGE_LIMIT = re.compile(
    r"\b(?:were|was|are|is|be|been|being)\s+(?:under|over|below|above)\s+$", re.I
)
_AGE_LIMIT_END = re.compile(r"\s*(?:[,.;]|$|(?:years?\b|or\s+(?:older|over|younger|under)\b))")
_PARENT_OF = re.compile(r"\b(?:grand)?(?:father|mother|parent)s?[\s-]of[\s-]$", re.I)
# "two children from Algeria": a noun (and a word before it) from a named place or group
_PART = re.compile(r"\s+(?:[a-z]+\s+){1,2}from\s+[A-Z]")
# "three of those trapped", "20 people were brought in, of which four are seriously
# injured": some of a group named before; "two of the dead were killed by falling trees":
# some of the people a participle or "dead" names as a group (never "six of the miners",
# "87 of the 150 seats", "two of the injured passengers")
_PART_OF_THOSE = re.compile(
    r"\s+of\s+(?:those|these|them|whom|the\s+(?:[a-z]+ed|dead|missing)(?!\s+[a-z]+s\b))\b",
    re.IGNORECASE,
)
_PART_OF_WHICH = re.compile(
    r"\b(?:of\s+(?:which|whom|those|them)|among\s+them)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|approximately|some|only|just)\s+)?$",
    re.I,
)
# "a rendezvous between two ships": the parties of one act, no tally (not "between eight
# and 10", a range)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "two and a half hours": a number and a half before a unit of time
_HALF_MORE = re.compile(
    r"\s+and\s+a\s+half(?=\s+(?:year|month|week|day|hour|minute)s?\b)", re.IGNORECASE
)
# an ordinal before a lower-case noun ("the 88th minute", "its 3rd quarter")
_ORDINAL = re.compile(r"(?:th|st|nd|rd)\s+(?P<noun>[a-z][a-z-]*)\b")
ORDINAL = "ordinal"  # the unit of an ordinal figure: it meets only ordinals
CODE = "code:"  # the unit of a code's digits opens with this ("code:a61"): it meets its code
# the letters a code's digits are written onto ("A" of "the A61", "CA" of "CA417")
_CODE_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_]+$")
_SKIP_AFTER = re.compile(
    r"^(?:-|\s)?(?:year-old|years? old|yr|a\.m\.|p\.m\.|am\b|pm\b|o'clock|th\b|st\b|nd\b|rd\b|/\d)",
    re.IGNORECASE,
)
# Scales written before their number ("a magnitude 7.3 earthquake", "a category 4 storm",
# "level 3"): the figure is a reading on that scale, its unit, never a count
SCALES = frozenset("magnitude category level grade stage phase".split())
_SCALE_BEFORE = re.compile(rf"\b({'|'.join(sorted(SCALES))})[ \t-]?$", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    bound: str  # "", "min", "max", "about", "near" ("nearly", "almost": just under it)
    unit: str  # "", "%", a currency sign, a unit of measure, a term's, a scale, `ORDINAL`
    noun: str  # the counted noun after the number ("people"), lower-case, may be ""
    slot: tuple[str, ...]  # lower-case content words near the number, nearest first
    text: str  # the figure as written
    start: int  # offset in the statement
    vague: bool = False  # "dozens", "hundreds"
    high: float | None = None  # upper end of a range ("20-25", "20 to 25")
    head: str = ""  # last word of the noun phrase after the number ("delivery truck": truck)
    part: bool = False  # counts a named part of a whole ("two children from Algeria")
    where: str = ""  # the place its clause names, as written: "seven killed in Iraq" -> "Iraq"
    expected: bool = False  # a forecast or a request: "analysts had expected 2.4 billion"
    # an earlier value of a count that changed ("up from 58 percent", "compared with $1.07
    # billion"), never the time of what is counted
    prior: bool = False
    # a figure its sentence places at an earlier time ("its $5.5 billion bid it made last
    # year", "killed battling the flames last week": `figure_scope.earlier_event`): maybe an
    # earlier event's, maybe this one's told by its time; `before` reads either flag
    earlier: bool = False
    # the time its sentence places it at, as `figure_scope.event_time` gives it: a year
    # ("2011") or an earlier time ("last month"); two figures of two such times count two
    # events (a year alone makes no figure earlier: "its $38 billion bid in October 2014"
    # may still be disputed by a figure of the same deal now, `link` rule 3)
    when: str = ""
    # the whole a figure before it is part of ("212 of the 400 seats"), or what something
    # has, told in a relative clause ("the bank, which has 9 million customers")
    total: bool = False
    # what a share or an amount of money belongs to, as named around it ("revenue grew 9
    # percent": "revenue"; "a 12 percent rise in quarterly profit": "quarterly profit");
    # lower-case, at most two words, the last its head; for a count, the name its clause
    # opens with ("The Labour Party won 212 seats": "Labour Party"), else a name that
    # qualifies its noun ("two Westland soldiers": "Westland"), as written; '' for none
    owner: str = ""
    # the word after the number when it names what is counted, "people" included ("71
    # people on board": people, where `noun` is ''), else ''
    counted: str = ""
    # some of a group named before, whose size is not said here ("three of those trapped",
    # "20 people were brought in, of which four are seriously injured"), or the parties of
    # one act ("a rendezvous between two ships"): a count of its own kind, compared with no
    # other (two such counts may be of two groups)
    some: bool = False
    # a dose or amount a sentence's gerund subject names ("Drinking three cups of coffee a
    # day lowers the risk ..."): a condition of what is said, no count of what happened;
    # two different conditions are no dispute
    condition: bool = False
    # the noun is joined to the number by a hyphen ("a 2 million-barrel cap", "a 400-seat
    # chamber"): it measures the head, and is no count of its own
    joined: bool = False
    # a term by which something is changed ("extended by 15 years", "to extend the deal for
    # ten years"): compared only with another such change, never with how long a state has
    # lasted ("has been in a state of emergency for eight months")
    change: bool = False
    # the act a count is the object of: the nearest content word before it in its clause,
    # past bounds and function words ("seized two ships": seized; "denied port access to
    # four ships": access), lower-case; '' for none
    act: str = ""
    # the verb a plain count is the subject of ("Two firefighters were killed": killed;
    # `figure_predicates.predicate`), lower-case; '' for none
    pred: str = ""
    # what a term joined to its unit by a hyphen, or followed by "of", is the length of: the
    # lower-case words of the noun phrase after it ("a five-day jazz festival": jazz,
    # festival; "three days of national mourning"), names left out; () for any other figure
    measures: tuple[str, ...] = ()
    # a count of those still in a state after the act ("five inmates still on the run"):
    # compared only with another such count
    remaining: bool = False
    # the second noun of a count of two kinds ("900,000 homes and businesses": businesses;
    # `figure_scope.also_counted`): no rival of a count of its first noun alone
    also: str = ""
    # its slot words read without an attribution closing its clause ("four people, a police
    # spokesman said": arrested), when one does; () for none (`_told_slot`)
    untold: tuple[str, ...] = ()
    # the places or parties of whoever tells it, folded (`figure_places.teller_places`):
    # those an attribution closing its clause names ("Vardenian officials said":
    # vardenian) and the place of a local body telling it before it ("Kessel police said
    # six were detained": kessel). Figures told by two are no one slot by `untold` alone;
    # `compare` reads the place as `where` when the clause names none and the batch names
    # it as a place (`figure_pairs.speakers_placed`)
    told_by: frozenset[str] = frozenset()
    # what a distance with a compass bearing is measured from ("40 miles east of Calder":
    # "calder"; "20 miles to the east": "-"; `figure_places.bearing_origin`), '' for none
    origin: str = ""
    # the calendar year a count is summed from ("lost 120 officers since 2022": "2022";
    # `figure_scope.since_year`), '' for none: no rival of a count of the event
    since: str = ""
    # what a thing was made to hold ("a prison built for 900 inmates";
    # `figure_scope.built_for`): a limit (`figure_capacity.is_limit`)
    built_for: bool = False
    # a count told as the correction of another ("the real number is 30,000", its count
    # noun read back to what its article counted before: `figure_read_back.read_back`)
    corrects: bool = False

    @property
    def before(self) -> bool:
        """An earlier value (`prior`) or a figure placed at an earlier time (`earlier`):
        either is no rival of a figure of now."""
        return self.prior or self.earlier


def _bound(before: str) -> str:
    tail = before[-24:].casefold()
    for pattern, kind in _BOUND_RE:
        if pattern.search(tail):
            return kind
    return ""


_BOUND_WORDS = frozenset(w for phrase, _kind in _BOUND for w in phrase.split())
_BOUND_PHRASES = frozenset(phrase for phrase, _kind in _BOUND)
_BOUND_RE = tuple((re.compile(r"\b" + phrase + r"\s*$"), kind) for phrase, kind in _BOUND)


def _scale_before(text: str, start: int) -> str:
    """The scale named right before a number ("magnitude 7.3" -> "magnitude"), or ''."""
    m = _SCALE_BEFORE.search(text, max(0, start - 12), start)
    return m.group(1).casefold() if m else ""


# a number written in groups of three ("1,200,000"): a count, never a phone number or id
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
# capitalised words a count may follow that are no name ("About 30", "Category 4")
_NOT_NAMES = _STOP | _BOUND_WORDS | SCALES


def figures(text: str) -> list[Figure]:
    """The figures of `text`, in order (see the module docstring for what is left out)."""
    return list(_figures(text))


@lru_cache(maxsize=1 << 17)
def _figures(text: str) -> tuple[Figure, ...]:
    """`figures`, remembered per text: one statement's figures are read when its vectors
    are embedded, when claims are compared and when contested positions are keyed."""
    out: list[Figure] = []
    covered = 0  # end of the last range read ("60 to 70": 70 is not a figure of its own)
    owned = (0, "")  # the end and owner of the last share or amount read
    for m in _NUM_RE.finditer(text) if _may_have_numbers(text) else ():
        if m.start() < covered:
            continue
        num = m.group("num")
        start, end = m.start("num"), m.end()
        if m.group("cur"):
            start = m.start("cur")
        prev = text[max(0, start - 1) : start]
        if prev in ("/", ":", "-", "#") or text[end : end + 1] in ("/", ":"):
            continue
        # "the A61", "flight CA417", "PM2.5": digits written onto letters are a code's; a
        # figure whose unit is the code itself, so it meets only the same code (two outlets
        # naming one flight share its value) and is no rival of any count
        code = _CODE_BEFORE.search(text, max(0, start - 12), start)
        code = code if code is not None and num[:1].isdigit() and not m.group("cur") else None
        if in_name(text, start, num, _STOP):
            continue  # "told Daily Two", "BBC Two", "Channel Four": a name's word
        ordinal = _ORDINAL.match(text, end) if num.isdigit() and not m.group("cur") else None
        if ordinal is not None and ordinal.group("noun").casefold() not in _STOP:
            # "in the 88th minute": a place in a sequence, a figure of its own kind
            end = ordinal.start("noun") - 1
        elif _SKIP_AFTER.match(text[end : end + 8]):
            continue
        elif text[end : end + 1].isalpha() and not unit_after(text, end):
            continue  # "5G", "3D": a code, no figure
        else:
            ordinal = None
        if (
            _CLOCK_LIKE.match(num)
            and not (m.group("cur") or m.group("pct") or unit_after(text, end))
            and _AT_TIME.search(text, max(0, start - 14), start)
        ):
            continue  # "called at 6.13 to an incident": a time of day
        if not (m.group("cur") or m.group("scale")) and _hour(text, num, start, end):
            continue  # "collapsed at half past twelve", "closed until five in the morning"
        digits = num.replace(",", "")
        is_digit = digits.replace(".", "").isdigit()
        if (
            is_digit
            and not m.group("cur")
            and (
                (len(digits) >= 7 and not m.group("scale") and not _GROUPED.fullmatch(num))
                or (len(digits) > 1 and digits[0] == "0" and digits[1] != ".")
            )
        ):
            continue  # phone numbers, ids, codes ("1,200,000" in groups is a number)
        if noun_is_month(text, end) or month_before(text, start):
            continue  # a day of the month
        pct = bool(m.group("pct"))
        cur = m.group("cur") or ""
        value = _value(m)
        if value is None:
            continue
        rest = _spelled_rest(text, m)
        if rest is not None:
            # "fourteen thousand three hundred pupils": one number said in words (14,300),
            # not 14,000 and 300 of its own
            value += rest[0]
            end = covered = rest[1]
        half = _HALF_MORE.match(text, end)
        if half is not None:
            # "two and a half hours": half a unit more, the unit its noun (as "two hours
            # and a half", `figure_terms`)
            value += 0.5
            end = covered = half.end()
        high = None
        # "31 votes to 14", "9-4", "48 in favour and 31 against": one figure of two counts
        tally = tally_after(text, start, end, value) if not (m.group("cur") or pct) else None
        if tally is not None:
            value, end, covered = tally.value, tally.end, tally.end
        elif not is_digit and text[end : end + 4].casefold() == "-to-":
            continue  # "a nine-to-five job": a number word read only as a tally's
        rng = None if tally is not None else _RANGE.match(text, end)
        if rng is not None and not is_digit:
            rng = None  # "five-year", "one to one"
        if rng is None:
            # "between eight and 10", "six or 10", "six or seven"
            rng = _RANGE_WORDS.match(text, end)
            if rng is not None and rng.group("join").casefold() == "and":
                between = _WORD.findall(text[max(0, start - 20) : start])
                rng = rng if between and between[-1].casefold() == "between" else None
        if rng is not None and pct and not _PCT_AFTER.match(text, rng.end()):
            rng = None  # "dropped 3 percent to 56.9 billion euros": a change, then a level
        if rng is not None:
            top_text = rng.group("top").replace(",", "")
            try:
                top: float | None = float(top_text)
            except ValueError:
                spelled = _UNITS.get(top_text.casefold())
                top = float(spelled) if spelled is not None else None
            top_scale = _SCALE_AFTER.match(text, rng.end())
            low = value
            if top is not None and top_scale is not None:
                # "between 8.5 million and 8.6 million", "8.5 to 8.6 million"
                factor = _SCALE[top_scale.group(1).casefold()]
                top *= factor
                if not m.group("scale"):
                    low = value * factor
            elif top is not None and m.group("scale"):
                top *= _SCALE[m.group("scale").casefold()]  # "8.5 million to 8.6"
            if top is not None and top > low:
                value, high = low, top
                end = top_scale.end() if top_scale is not None else rng.end()
                covered = end
        # "1.5 million dollars": an amount in dollars, as "$1.5 million" (its unit; the
        # currency's name is still the noun its slot reads)
        named = None if cur or pct or tally else _CURRENCY_AFTER.match(text, end)
        sign = FIGURE_CURRENCY_WORDS[named.group(1).casefold()] if named is not None else ""
        if not (sign or cur or pct or tally) and pounds_money(text, end, bool(m.group("scale"))):
            sign = "£"  # "14.2 million pounds a year": a sum in sterling, as "£14.2m"
        points = None if pct or cur or tally or high is not None else _POINTS_AFTER.match(text, end)
        if points is not None:
            # "75 basis points", "0.75 percentage point": a change in percentage points
            if points.group("kind").casefold() == "basis":
                value /= 100
            end = covered = points.end()
        noun, slot, head, counted = _slot_and_counted(text, start, end)
        if tally is not None:
            # what a tally counts is the act its slot words tell ("the board voted 9-4"); a
            # tally of none ("The result: 31 in favour, 24 against") is the batch's vote
            noun, head, counted, slot = "", "", "", slot or (TALLY,)
        untold, told_by = _told_slot(text, start, end)
        if not (cur or pct) and identifier(text, start, num, _NOT_NAMES, bool(noun or counted)):
            continue  # "Flight 370", "Resolution 1441 demands": a name's number
        if (
            tally is None
            and is_digit
            and not (pct or cur)
            and 1800 <= value <= 2100
            and num.isdigit()
        ):
            if noun in ("", "when") or noun not in ("people", "dead", "killed"):
                continue  # a year
        term = ""
        if noun in _TIME_NOUNS and not pct and not cur and not ordinal and not tally:
            term, value = _term(text, start, end, noun, value)
            if not term:
                continue  # a duration or an age: "two days", "30 years"
        if (num.casefold() == "one" or m.group("art")) and not term:
            continue  # "one of the ...", "one said": a pronoun far more often than a count
        if in_ratio(text, start, end):
            continue  # "one in seven services ran": a share, not a count of seven
        if _AGE_APPOSITIVE.search(text[max(0, start - 40) : end + 1]):
            continue  # "Hannah Collier, 23, said": an age
        if (
            not (pct or cur or tally)
            and value <= 120
            and _AGE_LIMIT.search(text, max(0, start - 20), start)
            and _AGE_LIMIT_END.match(text, end)
        ):
            continue  # "eight of those arrested were under 18": an age limit
        if _PARENT_OF.search(text, max(0, start - 20), start):
            continue  # "the victim, a father of two, died": his children, not a toll
        alone = alone_place(text)
        owner = ""
        if pct or cur:
            owner = owner_of(text, start, end, bool(noun or head), owned)
            owned = (end, owner)
            if not slot and owner:
                # "Turnout was 68 percent, the highest since 2002": the sentence's first
                # word is read as no slot word (a name, as far as case tells); its owner is
                slot = (owner.split()[-1],)
        elif not term and not ordinal:
            owner = named_owner(text, start, end)
        out.append(
            Figure(
                value=value,
                bound=_bound(text[:start])
                or ("max" if term in CLOCK_TERMS and within_before(text, start) else ""),
                unit=CODE + (code.group(0) + num).casefold()
                if code is not None
                else "%"
                if pct
                else POINTS
                if points is not None
                else ORDINAL
                if ordinal
                else TALLY
                if tally is not None
                else cur or sign or term or unit_after(text, end) or _scale_before(text, start),
                noun=noun,
                slot=slot,
                text=text[start:end].strip(),
                start=start,
                high=high,
                head=head,
                part=_PART.match(text, end) is not None or bool(alone),
                some=_PART_OF_THOSE.match(text, end) is not None
                or _other_set(text, end)
                or seen_by_one(text, start, end)
                or among_others(text, end)
                or _PART_OF_WHICH.search(text, max(0, start - 20), start) is not None
                or (high is None and _BETWEEN.search(text, max(0, start - 10), start) is not None),
                where=where(text, start, end) or alone,
                origin=bearing_origin(text, end),
                expected=_EXPECTED.search(text, max(0, start - 60), start) is not None
                or _WANTED.search(text, max(0, start - 60), start) is not None
                or (bool(term) and forecast_term(text, start)),
                prior=_PRIOR.search(text, max(0, start - 30), start) is not None
                or (high is None and from_value(text, start, end))
                or earlier_level(text, start, end),
                earlier=earlier_event(text, start, end),
                when=event_time(text, start, end),
                since=since_year(text, start, end),
                built_for=built_for(text, start),
                total=_TOTAL.search(text, max(0, start - 30), start) is not None
                or _HAS_WHOLE.search(text, max(0, start - 40), start) is not None,
                owner=owner,
                counted=counted,
                joined=text[end : end + 1] == "-",
                condition=condition(text, start, end),
                change=bool(term) and term_change(text, start, end),
                act=_act(text, start),
                untold=untold,
                told_by=told_by,
                measures=_measured(text, end) if term else (),
                also=also_counted(text, end, noun),
                pred=_predicate(text, end) if not (pct or cur or term or ordinal) else "",
                remaining=not (pct or cur or term or ordinal)
                and (
                    _REMAINING_AFTER.match(text, end) is not None
                    or _REMAINING_BEFORE.search(text, max(0, start - 12), start) is not None
                ),
            )
        )
    for m in _POINT_FRACTION.finditer(text):
        # "three-quarters of a percentage point", "a quarter point", "half a point"
        noun, slot, head = _slot(text, m.start(), m.end())
        part = " ".join(m.group("part").casefold().replace("-", " ").split())
        out.append(
            Figure(
                value=_FRACTION_VALUE[part.split()[0] if part.startswith("three") else part],
                bound=_bound(text[: m.start()]),
                unit=POINTS,
                noun=noun,
                slot=slot,
                text=m.group(0),
                start=m.start(),
                head=head,
                act=_act(text, m.start()),
            )
        )
    for v in vague_counts(text):  # "dozens of victims", "hundreds marched"
        # what a vague count counts is named after its "of" ("dozens of victims"); without
        # one the next word is its verb ("hundreds marched"), no noun
        noun, slot, head = _slot(text, v.start, v.of_end)
        if v.of_end == v.end:
            noun = head = ""
        out.append(
            Figure(
                value=v.low,
                bound="about",
                unit="",
                noun=noun,
                slot=slot,
                text=text[v.start : v.end],
                start=v.start,
                vague=True,
                high=v.high,
                head=head,
                where=where(text, v.start, v.end),
            )
        )
    out.sort(key=lambda f: f.start)
    out = list(count_slots(text, out))  # "the death toll rose to 11": the dead
    # "half of its staff": 50%; "one in five pharmacies": 20%
    for start, end, whole, share in (*share_fractions(text), *ratio_shares(text)):
        _noun, slot, _head = _slot(text, start, whole)  # (no noun: a share, as "50%")
        out.append(Figure(value=share, bound=_bound(text[:start]), unit="%", noun="",
                          slot=slot, text=text[start:end], start=start))  # fmt: skip
    return tuple(sorted(out, key=lambda f: f.start))
