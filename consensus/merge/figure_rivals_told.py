"""The value a claim gives as its own when it writes two values of one slot, one of them
told as another party's or an earlier figure.

`inner_disputes.inner_disputes` drops a slot a member gives two values of: a source writing both
("up from its initial offer of $70 to $82") tells an update, no dispute. Many such members
write their own figure and contrast it with a rival's, told in the same sentence: "11
batches were affected, fewer than the 14 batches listed by the agency", "nearly 1.5 million
journeys, more than the operator's figure of 1.1 million", "rather than the 31 to 14 read
out", "has risen to 47, up from 34 on Tuesday". The member then sides with its own value,
and the other value stays the other members'.

A figure is told as another's (`told_as_other`) only by the member's own words around it,
two cues together: an opener right before it that sets it against the claim's own figure
("than the", "against the", "rather than the", "instead of the", "above the", "below the",
"short of the", or the earlier value `Figure.prior` reads: "up from", "compared with"), and
a teller or a time: a verb of telling or listing in its clause after it ("listed by",
"cited by", "read out", "the agency says", "reported"), a time after it ("on Tuesday",
"last week", "earlier"), or a party's figure named before it ("the operator's figure of",
"the museum's own estimate of"), a time clause after it ("up from 11 when the school was
shut", "as of", "at the time"); or one cue alone that tells an earlier report: a verb of
giving it after a time ("a day after putting the figure at", "having given a figure of"), a
report first made ("initially reported"), a report revised ("raised its estimate to 40
from"), a figure later replaced ("12, later corrected to 15"). An opener alone is no cue:
"far above the 410 million set aside for it" is a budget, another quantity, and "a move's
start" ("cut from four guards to two", "slumped to 94 seats from 162") names neither a
teller nor a time. A part and its whole
("1,200 of around 3,400 pharmacies") has no opener.

`own_value` gives the claim's own value only when exactly one value is left untold and every
told figure is of its slot (one unit, one counted noun when both name one), and no figure of
the slot is a part, a whole or some of a group. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from consensus.merge.slots import slot_stem
from consensus.models import Citation

if TYPE_CHECKING:
    from consensus.merge.features import _Feat
    from consensus.merge.figures import Figure

__all__ = [
    "clause_cited",
    "own_value",
    "own_values",
    "slot_clause",
    "told_as_other",
    "told_earlier",
    "told_from",
    "told_pair",
    "told_rivals",
]

# an opener setting a figure against the claim's own, right before it (past a determiner
# and a bound): "fewer than the 14", "against the 42,000", "rather than the 31", "420, not
# the 350 given in the board papers"
_OPENER = re.compile(
    r"\b(?:than|against|instead\s+of|above|below|short\s+of|up\s+from|down\s+from|not|"
    r"compared\s+(?:with|to))\s+(?:the|an?|its|their)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|reported|stated|official|earlier|"
    r"initial|previous|original)\s+)*"
    r"(?:(?:figure|estimate|count|tally|total|number)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?)?$",
    re.IGNORECASE,
)
# ... of which an opener of a rival's figure, no earlier value of one slot: "fewer than the
# 14 listed by the agency", "a higher figure than the 27 the army gave" (`told_earlier`)
_RIVAL_OPENER = re.compile(
    r"\b(?:than|against|instead\s+of|above|below|short\s+of)\s+(?:the|an?|its|their)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|reported|stated|official|earlier|"
    r"initial|previous|original)\s+)*"
    r"(?:(?:figure|estimate|count|tally|total|number)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?)?$",
    re.IGNORECASE,
)
# a party's figure named before it: "the operator's figure of", "the museum's own estimate
# of", "the agency's count of"
_PARTY_FIGURE = re.compile(
    r"\b(?:than|against|instead\s+of|above|below|short\s+of|from)\s+(?:the\s+)?"
    r"[\w.-]+(?:\s+[\w.-]+){0,3}?['’]s?\s+(?:own\s+)?"
    r"(?:figure|estimate|count|tally|total|number|forecast)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
# a teller or a time after the figure, within its clause: "14 batches listed by the
# agency", "the 31 to 14 read out in the chamber", "the 42,000 tickets X says it sold",
# "34 on Tuesday", "the three reported on Friday night"
_TOLD_AFTER = re.compile(
    r"[^,;:.!?()]{0,60}?\b(?:listed|cited|read\s+out|reported|announced|published|given|"
    r"claimed|quoted|stated|says|said|say|estimated|recorded|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|earlier|previously|last\s+(?:week|month|year|night)|"
    r"when|before|as\s+of|at\s+the\s+time)\b",
    re.IGNORECASE,
)
# the writer's own earlier figure, told by a verb of giving it after a time ("a day after putting
# the figure at", "having given a figure of"), or by a party's verb of telling it after one
# ("hours after the agency announced it as", "a week after the firm put it at", "hours after
# saying"), or a report first made ("initially reported", "had first estimated"); or a figure
# revised ("revised its estimate from", "raised its count to 40 from", never "increased the number
# of beds from": a move): an earlier value
_EARLIER_TOLD = re.compile(
    r"(?:\b(?:after|having|before)\s+(?:put(?:ting)?|giv(?:en|ing)|gave|set(?:ting)?)\s+"
    r"(?:the|a|its|their)\s+(?:figure|estimate|count|tally|total|number|toll)\s+(?:at|of)\s+|"
    r"\b(?:after|before)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:announced|put|gave|set|reported|stated|published|quoted|estimated)\s+"
    r"(?:it|them)\s+(?:at|as)\s+|"
    r"\b(?:after|since)\s+(?:saying|announcing|stating|reporting)\s+(?:that\s+)?|"
    r"\b(?:initially|first|originally)\s+(?:reported|said|put|gave|given|announced|"
    r"estimated|counted|listed)\s+(?:it\s+at\s+)?|"
    r"\b(?:revised|corrected|amended|updated|adjusted|raised|lowered|increased|reduced|cut)\s+"
    r"(?:its|their|the|his|her|an?)\s+(?:own\s+)?(?:estimate|figure|count|tally|toll|"
    r"forecast)\b[^,;:.!?()]{0,60}?\bfrom\s+)"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
# ... or a figure later replaced, told after it: "12, later corrected to 15"
_LATER_AFTER = re.compile(
    r"[^,;:.!?()]{0,30}?[,(]\s*(?:later|since|subsequently|then)\s+"
    r"(?:corrected|revised|raised|lowered|updated|amended|adjusted|increased|reduced|cut)\s+to\b",
    re.IGNORECASE,
)
_FIRST_TEXT = 40  # how far before a figure its opener may start


def told_as_other(statement: str, fig: Figure) -> bool:
    """The statement tells `fig` as another party's or an earlier figure (module doc)."""
    before = statement[max(0, fig.start - _FIRST_TEXT) : fig.start]
    if _PARTY_FIGURE.search(before):
        return True
    end = fig.start + len(fig.text)
    if _EARLIER_TOLD.search(statement[max(0, fig.start - 2 * _FIRST_TEXT) : fig.start]):
        return True
    if _LATER_AFTER.match(statement, end):
        return True
    opened = fig.prior or _OPENER.search(before) is not None
    if not opened:
        return False
    return _TOLD_AFTER.match(statement, fig.start + len(fig.text)) is not None


def told_earlier(statement: str, fig: Figure) -> bool:
    """The statement tells `fig` as an earlier value of its own slot (`told_as_other`, but
    no rival's figure set against its own: "up from the 14 it reported", "420, not the 350
    given in the papers", "initially reported 58"; never "fewer than the 14 listed by the
    agency" or "the operator's figure of 1.1 million")."""
    if not told_as_other(statement, fig):
        return False
    before = statement[max(0, fig.start - _FIRST_TEXT) : fig.start]
    return not (_RIVAL_OPENER.search(before) or _PARTY_FIGURE.search(before))


def _same_slot(a: Figure, b: Figure) -> bool:
    """One unit, and one counted noun when both name one."""
    if a.unit != b.unit:
        return False
    na, nb = a.noun or a.head, b.noun or b.head
    return not (na and nb) or slot_stem(na) == slot_stem(nb)


def own_value(statement: str, figs: Sequence[Figure]) -> float | None:
    """The one value of a slot a claim gives as its own, when its other values (`figs`:
    its figures of the slot) are all told as another's or an earlier one; else None."""
    if any(f.part or f.total or f.some or f.vague for f in figs):
        return None  # a part and its whole ("1,200 of around 3,400 pharmacies")
    marked = [told_as_other(statement, f) for f in figs]
    told = [f for f, m in zip(figs, marked, strict=True) if m]
    own = [f for f, m in zip(figs, marked, strict=True) if not m]
    values = {f.value for f in own}
    if not told or len(values) != 1:
        return None
    if any(t.value in values or not _same_slot(own[0], t) for t in told):
        return None
    if any(_bases_apart(statement, own[0], t) for t in told):
        return None
    return next(iter(values))


# the base a figure is measured against, right after it in its clause: "a 41% premium to
# the average price over 30 days", "a 32% premium to Friday's close"
_BASE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:to|over|above|below)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"([\w'\u2019-]+)",
    re.IGNORECASE,
)


def _bases_apart(statement: str, own: Figure, told: Figure) -> bool:
    """Both figures name the base they are measured against, and the bases differ: two
    measures ("a 41% premium to the 30-day average, higher than the 32% premium to
    Friday's close"), no rivals of one slot."""
    bases = []
    for f in (own, told):
        m = _BASE.match(statement, f.start + len(f.text))
        if m is None or _CLAUSE_MARK.search(statement[f.start + len(f.text) : m.end()]):
            return False
        bases.append(m.group(1).casefold())
    return bases[0] != bases[1]


def _some(f: Figure) -> bool:
    """Some of a group, a count of its own kind ("three of those trapped"); a share of a
    group ("69% of those voting") is a measure of the whole group, so no such count."""
    return f.some and f.unit != "%"


def _fits(a: Figure, b: Figure) -> bool:
    """One value of one unit, nouns one when both name one, and no part or earlier one."""
    return (
        a.unit == b.unit
        and a.value == b.value
        and _same_slot(a, b)
        and not (b.part or _some(b) or b.vague or b.before)
    )


def told_pair(statement: str, fs: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """(own, told): the one figure of `fs` `statement` tells as another's or an earlier one
    (`told_as_other`) and its one own figure of that unit and slot, of another value and
    measured against no other base; None when there is no such pair, or a figure is a
    part, a whole or some of a group (a share of one, "69% of those voting", is none:
    `_some`)."""
    told = [f for f in fs if told_as_other(statement, f)]
    if len(told) != 1 or any(f.part or f.total or _some(f) for f in fs):
        return None
    other = told[0]
    own = [f for f in fs if f is not other and f.unit == other.unit and not f.before]
    if len(own) != 1 or own[0].value == other.value or not _same_slot(own[0], other):
        return None
    if _bases_apart(statement, own[0], other):
        return None
    return own[0], other


def told_rivals(
    statements: Sequence[str], origins: Sequence[str], figs: Sequence[Sequence[Figure]]
) -> list[tuple[list[list[int]], tuple[str, str, str], dict[int, tuple[Figure, int]]]]:
    """Rival figures one member's own words set against each other, given by members of
    other origins in other words: a member writes its own figure and another party's or an
    earlier one (`told_as_other`: "about 60,000, against the 42,000 tickets the promoter
    says it sold"), and members of other origins give that other value ("sold 42,000
    tickets"): the member's sentence names the two as rivals of one slot, whatever words
    the others count it in. The sides: the members giving the told value (none of them
    giving the own one), and the member with those giving its own value; the clash (the
    slot's word, own text, told text); and each side member's figure of the slot with where
    its clause must end at the latest (the writer's: where its told rival's opener starts,
    `told_from`; the others': the statement's end). Each member's own figure is its one
    untold figure of the told one's unit."""
    out: list[tuple[list[list[int]], tuple[str, str, str], dict[int, tuple[Figure, int]]]] = []
    for k, fs in enumerate(figs):
        pair = told_pair(statements[k], fs)
        if pair is None:
            continue
        mine, other = pair
        theirs = [
            m
            for m, gs in enumerate(figs)
            if origins[m] != origins[k]
            and any(_fits(other, g) for g in gs)
            and not any(g.unit == mine.unit and g.value == mine.value for g in gs)
        ]  # (a member giving the own value too, in any words, tells both: no side)
        if not theirs:
            continue
        ours = [
            m
            for m, gs in enumerate(figs)
            if m == k or (origins[m] != origins[k] and any(_fits(mine, g) for g in gs))
        ]
        if any(
            any(g.unit == other.unit and g.value == other.value for g in figs[m])
            for m in ours
            if m != k
        ):
            continue
        word = mine.head or mine.noun or other.head or other.noun or (mine.slot or ("",))[0]
        sides = [ours, theirs] if mine.value < other.value else [theirs, ours]
        reads = {
            m: (
                next(g for g in figs[m] if _fits(mine if m in ours else other, g)),
                len(statements[m]),
            )
            for m in [*ours, *theirs]
            if m != k
        }
        reads[k] = (mine, told_from(statements[k], other))
        out.append((sides, (slot_stem(word), mine.text, other.text), reads))
    return out


# comparative words left before a told rival's opener ("more than the", "rather than the")
_COMPARATIVE_TAIL = re.compile(
    r"(?:[\s,;:]+(?:rather|more|fewer|less|higher|lower|greater|bigger|smaller|far|well|much|"
    r"figure|a|and|but))*[\s,;:]*$",
    re.IGNORECASE,
)
# a clause mark: a comma, semicolon or colon before a space, a dash between spaces, brackets
_CLAUSE_MARK = re.compile(
    r"[,;:](?=\s)|\s[\u2014\u2013-]\s|[()]|"
    r"\s(?=(?:after|when|because|while|whereas|although|though|which|but)\s)",
    re.IGNORECASE,
)
_CLAUSE_WORDS = 4  # a clause shorter than this cites the whole statement
# a time clause right after a short clause of a figure: its time, kept with it ("up from 11
# when the school was shut")
_TIME_MARK = re.compile(r"\s(?:after|when)\s", re.IGNORECASE)


def told_from(statement: str, told: Figure) -> int:
    """Where the words telling `told` as another's begin: its opener ("fewer than the",
    "the operator's figure of", "up from"), else the figure itself."""
    base = max(0, told.start - _FIRST_TEXT)
    before = statement[base : told.start]
    m = _PARTY_FIGURE.search(before) or _OPENER.search(before)
    if m is None:
        m = re.search(r"\b(?:(?:up|down)\s+)?from\s+$|\bcompared\s+(?:with|to)\s+$", before)
    at = base + m.start() if m is not None else told.start
    return len(_COMPARATIVE_TAIL.sub("", statement[:at]))


def slot_clause(statement: str, fig: Figure, end_by: int) -> tuple[int, int] | None:
    """The clause of `statement` that holds `fig` (between the clause marks around it,
    ending by `end_by` at the latest), as offsets; None when it is shorter than a few words
    or the figure is not whole inside it."""
    return _clause(statement, fig.start, fig.start + len(fig.text), end_by)


def _clause(text: str, at: int, to: int, end_by: int) -> tuple[int, int] | None:
    """`slot_clause` of the words at `at`-`to` of `text`."""
    start = 0
    for m in _CLAUSE_MARK.finditer(text, 0, at):
        start = m.end()
    after = _CLAUSE_MARK.search(text, to)
    if (
        after
        and _TIME_MARK.match(text, after.start())
        and len(text[start:to].split()) < _CLAUSE_WORDS
    ):
        after = _CLAUSE_MARK.search(text, after.end() + 1)  # ("up from 11 when it shut")
    end = min(after.start() if after else len(text), end_by)
    part = text[start:end]
    start += len(part) - len(part.lstrip())
    end = start + len(part.strip())
    if not start <= at < to <= end or len(text[start:end].split()) < _CLAUSE_WORDS:
        return None
    return start, end


def _quote_clause(c: Citation, statement: str, fig: Figure, end_by: int) -> Citation | None:
    """The clause of a citation's quote that holds `fig`, when the statement rewords the
    quote ("X said ..." for "X, which represents ..., said ..."): the figure as written,
    once in the quote, and the statement's words from `end_by` on found after it."""
    if c.quote.count(fig.text) != 1:
        return None
    at = c.quote.index(fig.text)
    to = at + len(fig.text)
    limit = len(c.quote)
    tail = statement[end_by:].strip()[:_TAIL]
    if tail:
        found = c.quote.find(tail, to)
        if found < 0:
            return None
        limit = found
    span = _clause(c.quote, at, to, limit)
    if span is None:
        return None
    quote = c.quote[span[0] : span[1]]
    return Citation(article=c.article, quote=quote, start=c.start + span[0], end=c.start + span[1])


_TAIL = 20  # how many of the statement's words after a clause's end are looked up in a quote


def clause_cited(member: _Feat, fig: Figure, end_by: int) -> _Feat:
    """`member` citing only the clause of its statement that holds `fig` (`slot_clause`):
    a point of told rivals shows the slot, not the agreed facts the rest of a lede sentence
    carries, nor the rival the writer tells after its own figure. Each citation whose quote
    holds the clause is cut to it (else to `_quote_clause`'s); the member is unchanged when
    none is."""
    statement = member.claim.statement
    span = slot_clause(statement, fig, end_by)
    if span is None:
        return member
    clause = statement[span[0] : span[1]]
    cut = []
    for c in member.citations:
        at = c.quote.find(clause)
        if at >= 0:
            start = c.start + at
            cut.append(
                Citation(article=c.article, quote=clause, start=start, end=start + len(clause))
            )
        elif (got := _quote_clause(c, statement, fig, end_by)) is not None:
            cut.append(got)
    return replace(member, citations=tuple(cut)) if cut else member


def own_values(
    values: dict[int, set[float]], statements: Sequence[str], given: Mapping[int, list[Figure]]
) -> dict[int, tuple[Figure, int]] | None:
    """Each member `k` giving two values of a slot (`given[k]`: its figures of it) keeps its
    own (`own_value`: the others told as another party's or an earlier figure, "fewer than
    the 14 batches listed by the agency"), in `values`; None when one member's own is not
    told. Else each such member's own figure and where its clause ends at the latest (where
    its told rival's opener starts: `clause_cited`), by member."""
    reads: dict[int, tuple[Figure, int]] = {}
    for k, vals in values.items():
        if len(vals) > 1:
            own = own_value(statements[k], given[k])
            if own is None:
                return None
            values[k] = {own}
            mine = next(f for f in given[k] if f.value == own)
            told = [f for f in given[k] if f.value != own]
            reads[k] = (mine, min(told_from(statements[k], f) for f in told))
    return reads
