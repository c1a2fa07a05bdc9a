"""Conflicts that are no dispute (contested step 5): precision vetoes on the conflict edges
`verdicts` turns into contested points, each read from the two claims' own words.

* A demand is no account of what happened: "The bloc demanded that the plotters lay down
  their arms" and "The plotters have not surrendered" do not contradict each other (the
  second says the demand is unmet). A negation conflict one of whose claims puts the
  negated act under a verb of demanding ("demanded that", "called on ... to", "urged",
  "appealed to ...") is no rebuttal (`demanded`).
* An answer withheld is no account either: "Healwell did not say which branches would
  close" or "The ministry would not confirm the number" negate a telling (a verb of saying
  with the question left open after it), not the thing: against "The company will publish
  the list of branches" it is no rebuttal (`withheld`).
* Two claims that both name one time are no rival times: "Accounts filed last year show
  the company paid 38 million in dividends in 2022 and 2023" gives the filing's year first,
  yet states the other claim's 2022 as well ("took 38 million in dividends in 2022 and
  2023"); a date conflict whose two claims both name one of its two times (a year or a
  calendar date as written), or one of which names both, tells two acts of two times,
  never one act dated twice (`shared_time`). A month written alone ("inspected in June") is
  such a time too: "the mast, put up in 2011, was inspected in June" against "the structure
  had been inspected in June" (a conflict read as "June 2026 vs 2011") dates a building
  and an inspection, and states the other claim's June. Not so when the claim naming both tells one
  of them as its own earlier word, after a verb of telling that follows a time ("moved the
  match to 17 May, hours after saying the one on 10 May would go ahead"): one act's time
  revised, whose old time the other claim gives (`told_before`).

* A time planned or a time a state lasts until is no time of an act: "the airport would
  stay closed at least until Monday at midday" or "it did not expect to reopen before
  noon on Monday" against "the airport was closed at 7 a.m." or "reopened at 2 p.m., two
  hours later than planned" (a plan, or the end of a state, against the moment of an act:
  an update at most). A time conflict one of whose two statements, and only one, times a
  plan or an expectation ("expected", "planned", "scheduled", "due to", "will", "would")
  or ends a state ("until", "till") is no dispute (`planned_time`); two plans, or two
  acts, are still compared.

* Two values one claim states side by side are two slots, never one slot told two ways:
  "A crowd of 38,500 watched in a stadium that holds 41,000" against "The crowd of 38,500
  was held in the ground", "The co-pilot, 31; the physician, 44" against "The physician
  is 44". A quantity conflict one of whose clashes names two values that one of the two
  claims states side by side, and the other does not state both, is no dispute
  (`named_both`), as `shared_time` for dates: the writer of that claim holds both values
  true at once. Not so when words between the two values set one against the other (a
  correction, "three matches rather than four"; a change, "140, cut to 61"; a second
  teller, "the union says two, the museum says three"; a part of a whole, "two of the six
  gates"): those are still compared.

General English (verbs of demanding, years and dates as written), no event's words.

PURE: reads two claims' statements.
"""

from __future__ import annotations

import re

from consensus.merge.bound_negations import unbound
from consensus.merge.claim_words import dates_named
from consensus.merge.clock import clock_times
from consensus.merge.closed_slots import closed_slot
from consensus.merge.figures import figures

__all__ = [
    "demanded",
    "named_both",
    "no_dispute",
    "planned_time",
    "shared_time",
    "told_before",
    "withheld",
]

# a verb of demanding whose complement is what is asked for, not what happened
_DEMAND = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|"
    r"call(?:s|ed|ing)?\s+(?:on|upon|for)|order(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+to|"
    r"ask(?:s|ed|ing)?\s+\w+(?:\s+\w+)?\s+to|insist(?:s|ed|ing)?\s+that\s+\w+(?:\s+\w+)?\s+"
    r"(?:must|should))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|refused?|refusing)\b|n't\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_OF_YEAR = re.compile(r"[a-z]{3}-(?:19|20)\d\d")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# a month's name written as such (capitalised; "May" never opening the text: the modal)
_MONTH_NAME = re.compile(
    r"(?<!^)\bMay\b|\b(?:January|February|March|April|June|July|August|September|October|"
    r"November|December)\b"
)
# a day number or a year right before or after a month's name: a date ("June 3", "3 June",
# "3rd of June") or a month of a year ("June 2026"), no month written alone
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_NUMBER_AFTER = re.compile(r"\.?,?\s*\d")
# a plan or an expectation: what is to happen, not what happened ("later than planned" and
# "as expected" compare an act with a plan: the act's time)
_PLANNED = re.compile(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|"
    r"schedul(?:e|es|ed|ing)|due\s+to|will|would|is\s+to|are\s+to|set\s+to)\b",
    re.IGNORECASE,
)
# "until" or "till" up to three words before a clock time (its phrase: "until Monday at")
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:[\w.,]+\s+){0,3}$", re.IGNORECASE)


# an answer withheld: a negated verb of telling with what was not told after it ("did not
# say which branches would close", "would not confirm the number", "declined to say how
# many"): silence on a question, no statement that something is not so
_WITHHELD = re.compile(
    r"\b(?:(?:did|does|do|would|could|will)(?:n['’]t|\s+not)|declined\s+to|refused\s+to)\s+"
    r"(?:immediately\s+|publicly\s+|yet\s+)?"
    r"(?:say|said|confirm|disclose|reveal|specify|name|identify|give|explain|comment\s+on)\s+"
    r"(?:which|what|who|whom|whose|how|when|where|why|whether|if|the\s+(?:number|figure|"
    r"amount|sum|size|names?|cost|total|details?|reasons?)|a\s+(?:number|figure|reason|date)|"
    r"any\s+(?:details?|figures?|numbers?|names?))\b",
    re.IGNORECASE,
)


def withheld(statement: str) -> bool:
    """The statement says a party withheld an answer ("Acme did not say which plants
    would close", "The ministry would not confirm the number"): it negates the telling, not
    the thing, so it rebuts nothing another side states of that thing."""
    return _WITHHELD.search(statement) is not None


def demanded(statement: str) -> bool:
    """The statement asks for something ("demanded that X lay down their arms", "urged
    them to return") and negates nothing itself: what it asks for is not told as so."""
    return bool(_DEMAND.search(statement)) and not _NEGATION.search(unbound(statement))


def _times(statement: str) -> set[str]:
    """The years, calendar dates, weekdays and months written alone a statement names as
    written ("2022", "jul-14", "friday", "jun")."""
    weekdays = {w.casefold() for w in _WEEKDAY.findall(statement)}
    return (
        set(_YEAR.findall(statement)) | set(dates_named(statement)) | weekdays | _months(statement)
    )


def _months(statement: str) -> set[str]:
    """The months a statement writes alone, with no day and no year ("in June" -> "jun";
    not "June 3", "3 June" or "June 2026")."""
    return {
        m.group()[:3].casefold()
        for m in _MONTH_NAME.finditer(statement)
        if not _DAY_BEFORE.search(statement, 0, m.start())
        and not _NUMBER_AFTER.match(statement, m.end())
    }


def _keys(value: str) -> set[str]:
    """A conflict's time ("2022", "2016-07-14", "July 14") as `_times` writes it."""
    iso = _ISO.fullmatch(value)
    if iso is not None:
        return {f"{_MONTHS[int(iso.group(2)) - 1]}-{int(iso.group(3))}"}
    keys = _times(value) or {value}
    # a month of a year ("June 2026", a period the claim read from "in June"): its month
    # as written alone too, which a statement naming "in June" gives
    return keys | {k[:3] for k in keys if _MONTH_OF_YEAR.fullmatch(k)}


# a verb of telling after a time word, its teller between: "hours after saying", "a day
# after the club announced", "days after it said" (what follows is told as said before)
_TOLD_BEFORE = re.compile(
    r"\b(?:after|since)\s+(?:(?:the|an?|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:saying|announcing|stating|reporting|insisting|said|announced|stated|reported|"
    r"insisted)\b",
    re.IGNORECASE,
)


def told_before(statement: str, one: set[str], two: set[str]) -> bool:
    """The statement names time `one` (or `two`) before a verb of telling that follows a
    time word (`_TOLD_BEFORE`: "..., hours after saying") and the other time after it: the
    later time is told as the teller's earlier word, the first as what it is now."""
    for m in _TOLD_BEFORE.finditer(statement):
        before, after = _times(statement[: m.start()]), _times(statement[m.end() :])
        if (before & one and after & two) or (before & two and after & one):
            return True
    return False


def shared_time(conflict: str, statement_a: str, statement_b: str) -> bool:
    """A "date: X vs Y" conflict where both statements name X (or Y), or one names both:
    the claims date two acts, not one act twice. Not so when a statement naming both tells
    one as said before (`told_before`): one act's time revised."""
    values = [_keys(v) for v in conflict.removeprefix("date:").strip().split(" vs ")]
    if len(values) != 2:
        return False
    if any(told_before(s, *values) for s in (statement_a, statement_b)):
        return False
    ta, tb = _times(statement_a), _times(statement_b)
    return any(v & ta and v & tb for v in values) or any(
        all(v & t for v in values) for t in (ta, tb)
    )


def planned_time(statement: str) -> bool:
    """The statement gives a clock time and times a plan or an expectation (`_PLANNED`), or
    every time it gives ends a state: "until" or "till" opens its phrase, up to three words
    before it ("until Monday at midday", "till 6 p.m.")."""
    times = clock_times(statement)
    if not times:
        return False
    if _PLANNED.search(statement) is not None:
        return True
    return all(_UNTIL.search(statement, max(0, t.start - 30), t.start) is not None for t in times)


def no_dispute(conflict: str, statement_a: str, statement_b: str) -> bool:
    """The conflict edge between two claims is no dispute (see the module docstring)."""
    if conflict.startswith("negation"):
        if withheld(statement_a) != withheld(statement_b):
            return True
        return demanded(statement_a) != demanded(statement_b)
    if conflict.startswith("date:"):
        return shared_time(conflict, statement_a, statement_b)
    if conflict.startswith("time:"):
        return planned_time(statement_a) != planned_time(statement_b)
    if conflict.startswith("quantity "):
        return closed_slot(conflict) or named_both(conflict, statement_a, statement_b)
    return False


# words that set one value against another, or tell one count's change: "360,000 rather
# than 412,000", "three matches, not four", "cut from 212 to 87" (a correction, a rival
# value or an update, not two slots)
_CONTRAST = re.compile(
    r"\b(?:rather|instead|than|not|no|but|versus|vs|against|from|up|down|whereas|while|"
    r"disput\w*|contradict\w*|correct\w*|revis\w*|compar\w*|rose|r[ai]sen?|fell|fallen|"
    r"cut|rais\w*|lower\w*|increas\w*|decreas\w*|chang\w*|"
    # ... or that give them to two tellers ("two guards were working, the museum says three")
    r"sa(?:y|ys|id|ying)|told|tell\w*|according|claim\w*|put|puts|insist\w*|estimat\w*|"
    r"report\w*|"
    # ... or that make one a part of the other ("only two of the six gates were open")
    r"of)\b|n't\b",
    re.IGNORECASE,
)


def _side_by_side(statement: str, one: set[float], two: set[float]) -> bool:
    """The statement gives a value of `one` and a value of `two` with no contrast nor change
    told between them (`_CONTRAST`)."""
    spans = _spans(statement)
    for a_at, a_end in (sp for v, sp in spans if v in one):
        for b_at, b_end in (sp for v, sp in spans if v in two):
            between = statement[min(a_end, b_end) : max(a_at, b_at)]
            if _CONTRAST.search(between) is None:
                return True
    return False


_NUMERAL = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?!\d)"
)


def _spans(statement: str) -> list[tuple[float, tuple[int, int]]]:
    """The values of a statement's figures (`figures`) and of its numerals as written
    (a figure reader may pass over "44" in "Dr Grell, 44, a physician"), with their spans."""
    out = [(f.value, (f.start, f.start + len(f.text))) for f in figures(statement)]
    for m in _NUMERAL.finditer(statement):
        out.append((float(m.group().replace(",", "")), m.span()))
    return out


def named_both(conflict: str, statement_a: str, statement_b: str) -> bool:
    """A "quantity <slot>: X vs Y; ..." conflict one of whose clashes gives two values one
    of the two statements states side by side (`_side_by_side`) and the other does not
    state both: two claims that both state both ("all six were open at noon and two were
    shut at eight" / "six were built, two opened") may give them to the slots apart."""
    for clash in conflict.removeprefix("quantity ").split("; "):
        one, sep, two = clash.rpartition(": ")[2].partition(" vs ")
        if not sep:
            continue
        va = {f.value for f in figures(one)}
        vb = {f.value for f in figures(two)}
        if not va or not vb or va & vb:
            continue
        pair = (statement_a, statement_b)
        states = [bool(v & va) and bool(v & vb) for v in ({v for v, _ in _spans(s)} for s in pair)]
        if any(_side_by_side(s, va, vb) and not states[1 - k] for k, s in enumerate(pair)):
            return True
    return False
