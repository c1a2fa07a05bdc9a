"""A figure that answers the figure told just before it: "The organisers said about 15,000
people marched. Police put the number at 4,000." "The number" points back: the second
teller gives the first one's count another value, in a sentence that names nothing of what
is counted, so no slot words meet and the two claims, of one article, are never a
candidate pair (the figure rule never reads them).

An answer here: an asserting claim that puts "the number" (the figure, the total, the
count, the tally, the toll) at one figure, against the nearest claim with a figure before
it in its article, within `answers.ANSWER_REACH`, that another side asserts (a speaker of
its own, or none: the outlet's statement, "17 people had been confirmed dead, according to
the agency"; `_counts_before`): when that claim gives exactly one figure of the answer's
unit kind that neither equals nor overlaps it (a bound and a figure just above it, a rough
figure and one it rounds) and is within a thousand times of it, the two are a quantity
CONFLICT (link rule 3's).

Two more ways of telling a second account of one quantity are read the same way (session
35): an estimate that names the quantity with a noun the figure before it is told with
("According to the union, pay has fallen 11 per cent. A think-tank puts the fall at nearer
9 per cent": "put the <noun> at", the noun's stem among the answered figure's slot words or
head, `_PUTS_NAMED`), and a reported value of "the figure" itself ("... put the repair bill
at £25m. An adjuster said the final figure was likely to be £40m": `_FIGURE_WAS`, told as
someone's words, never as an update, "now", "has risen": `_UPDATE`).

A teller announced as giving a rival figure ("The operator gave a lower figure, saying 31
riders had been on board"; "The council gave a higher figure. In a statement, the council
said 11 people had been hurt") answers the nearest other side's count before it in other
words, whatever the two count by their words ("38 people were stuck" / "31 riders";
"treated seven people" / "11 people had been hurt"): the article itself says the two are
one quantity told two ways (session 68). The announcement (`_RIVAL`) is in the claim's own
quote or is the whole of the claim just before it (an announcement the extractor keeps as
a sentence of its own); the answered figure is the one figure of the claim's unit in the
claim before it that can be a rival (no part of a group, earlier value, forecast, condition
or whole), that counts nothing another noun names (a counted noun of its own that is not
the answer's: "36 gondolas" is no rival of "31 riders") and that lies on the announced side
("higher": below the answer; "lower", "smaller": above it; "different": either).

PURE: reads the claims' statements, speakers, citations and figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator, Sequence

from consensus.merge.answers import ANSWER_REACH, _one_side, _spans_by_article, claims_before
from consensus.merge.features import _Feat
from consensus.merge.figures import Figure
from consensus.merge.score import _Edge
from consensus.merge.slots import _comparable, _overlap, _stem
from consensus.models import Polarity

__all__ = ["figure_answer_edges", "figure_answers"]

# "put the number at 4,000", "puts the figure at 30 or more", "estimated the total at"
_PUTS_BACK = re.compile(
    r"\b(?:put(?:s|ting)?|estimat(?:es|ed|ing)|place[sd]?)\s+(?:the|that|this|its|their)\s+"
    r"(?:number|figure|total|count|tally|toll)\s+(?:at|as\s+high\s+as|closer\s+to)\b",
    re.IGNORECASE,
)
# "puts the fall at nearer 9 per cent", "put the repair bill at": the quantity named (its
# last word read), which must be what the figure before it counts (`_named_meets`)
_PUTS_NAMED = re.compile(
    r"\b(?:put(?:s|ting)?|estimat(?:es|ed|ing)|place[sd]?)\s+(?:the|that|this|its|their)\s+"
    r"(?:[a-z'-]+\s+){0,2}?([a-z'-]+)\s+(?:at|as\s+high\s+as|as\s+low\s+as|closer\s+to|"
    r"nearer)\b",
    re.IGNORECASE,
)
# "said the final figure was likely to be", "says the real number is": the value of the
# figure another side gave, told in someone's words (`_SAID`)
_FIGURE_WAS = re.compile(
    r"\bthe\s+(?:(?:final|real|true|actual|eventual|overall)\s+)?"
    r"(?:number|figure|total|count|tally|toll)\s+"
    r"(?:was|is|(?:would|will|could|might|may)\s+be|stands?\s+at|stood\s+at)\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|says|say|told|according\s+to|believes?|estimates?)\b", re.I)
# a later value of one count is an update, not a second account ("the toll is now 14")
_UPDATE = re.compile(
    r"\b(?:now|later|since|rose|risen|climbed|increased|revised|updated|latest)\b", re.I
)


# "gave a lower figure", "has given a higher estimate", "gave a different count for the
# farms affected": a teller announced as giving a rival value of the figure before it
_RIVAL = re.compile(
    r"\b(?:gave|gives|give|given|offered|offers|provided|provides|put\s+out|issued)\s+"
    r"(?:a|an|its\s+own)\s+(?:(?:much|far|slightly|rather|very)\s+)?"
    r"(higher|lower|smaller|larger|bigger|different|differing)\s+"
    r"(?:figure|count|estimate|number|total|tally|toll)\b",
    re.IGNORECASE,
)
# which side of the answered figure an announced rival's own lies on
_ABOVE = frozenset({"higher", "larger", "bigger"})
_BELOW = frozenset({"lower", "smaller"})

_WORDS = re.compile(r"[a-z]+")
# the fewest letters of a named noun's stem that may open a slot word's ("fall" / "fallen")
_MEET = 4


def _answer_kind(quote: str) -> str:
    """How a quote gives a second account of a figure: "back" (`_PUTS_BACK`), "was" ("the
    figure was" told as someone's words: `_FIGURE_WAS`, `_SAID`; it answers only the claim
    told just before it), "named" (`_PUTS_NAMED`, the noun must meet), else ""."""
    if _UPDATE.search(quote):
        return ""
    if _PUTS_BACK.search(quote):
        return "back"
    if _FIGURE_WAS.search(quote) and _SAID.search(quote):
        return "was"
    return "named" if _PUTS_NAMED.search(quote) else ""


def _named_meets(quote: str, other: Figure) -> bool:
    """Whether the quantity a "put the <noun> at" quote names is what `other` counts: the
    noun's stem is the stem of its head or of one of its slot words, or opens it ("the
    fall" / "has fallen": a stem of `_MEET` letters at least)."""
    m = _PUTS_NAMED.search(quote)
    if m is None:
        return False
    noun = _stem(m.group(1))
    words = {_stem(w) for w in (*other.slot, other.head, other.noun) if w}
    return noun in words or (len(noun) >= _MEET and any(w.startswith(noun) for w in words))


def _teller_words(quote: str) -> set[str]:
    """The words (over three letters) a second account's quote tells before the words that
    give its figure: who tells it ("A housing charity, Roofline, puts ...")."""
    cut = [m.start() for rx in (_PUTS_NAMED, _PUTS_BACK, _SAID) if (m := rx.search(quote))]
    head = quote[: min(cut)] if cut else ""
    return {w for w in _WORDS.findall(head.casefold()) if len(w) > 3}


def _one_teller(quote: str, other: str) -> bool:
    """Whether the teller of an answer without a speaker is told in the claim it would
    answer ("The union said rents had risen 14 percent. The union puts the rise at 16
    percent": one side's own second figure); every teller word in the claim's."""
    mine = _teller_words(quote)
    return bool(mine) and mine <= set(_WORDS.findall(other.casefold()))


def _answered_figure(mine: Figure, theirs: Sequence[Figure]) -> Figure | None:
    """The one figure of `theirs` that `mine` gives another value (see the module
    docstring), else None."""
    kind = [f for f in theirs if f.unit == mine.unit and not f.vague]
    if len(kind) != 1:
        return None
    other = kind[0]
    if math.isclose(other.value, mine.value, rel_tol=1e-6) or _overlap(other, mine):
        return None
    return other if _comparable(other, mine) else None


def _rival_direction(f: _Feat, cue: _Feat | None) -> str | None:
    """How an announced rival figure lies against the one it answers: "above", "below" or
    "" (a different one), when the claim's own quote announces it or the claim just before
    it (`cue`) is the announcement and nothing more (`_RIVAL` fills its quote but for its
    teller and a stop); else None."""
    for c in f.citations:
        if m := _RIVAL.search(c.quote):
            return _side(m.group(1))
    if cue is None or cue.claim.polarity != Polarity.asserts or len(cue.citations) != 1:
        return None
    quote = cue.citations[0].quote.strip().rstrip(".")
    m = _RIVAL.search(quote)
    if m is None or quote[m.end() :].strip(" ,"):
        return None  # (an announcement that goes on gives its own content: no cue)
    return _side(m.group(1))


def _side(word: str) -> str:
    word = word.casefold()
    return "above" if word in _ABOVE else "below" if word in _BELOW else ""


def _rival_answered(mine: Figure, theirs: Sequence[Figure], side: str) -> Figure | None:
    """The one figure of `theirs` an announced rival `mine` answers (module docstring)."""
    own = _stem(mine.head or mine.noun) if (mine.head or mine.noun) else ""
    got = [
        g
        for g in theirs
        if g.unit == mine.unit
        and not (g.vague or g.some or g.before or g.expected or g.condition or g.total)
        and not (own and (g.head or g.noun) and _stem(g.head or g.noun) != own)
        and _comparable(g, mine)
        and not math.isclose(g.value, mine.value, rel_tol=1e-6)
        and not _overlap(g, mine)
        and (side != "above" or g.value < mine.value)
        and (side != "below" or g.value > mine.value)
    ]
    return got[0] if len(got) == 1 else None


def _counts_before(
    feats: Sequence[_Feat],
    figs: Sequence[Sequence[Figure]],
    by_article: dict[str, list[tuple[int, int, int]]],
    b: int,
) -> Iterator[int]:
    """The asserting claims with a figure before claim `b` in its article, nearest first,
    within `ANSWER_REACH` characters; none past a claim of `b`'s own speaker (it goes on
    with its own count). A claim with no speaker is the outlet's or its source's: another
    side than the one that puts the number."""
    f = feats[b]
    for k in claims_before(feats, by_article, b, ANSWER_REACH):
        other = feats[k]
        if other.claim.polarity != Polarity.asserts or not figs[k]:
            continue
        if _one_side(f.speaker, other.speaker):
            return
        yield k


def figure_answers(
    feats: Sequence[_Feat], figs: Sequence[Sequence[Figure]]
) -> dict[int, tuple[int, Figure, Figure]]:
    """Each answering claim -> (the claim it answers, its figure, the answered figure)."""
    by_article = _spans_by_article(feats)
    out: dict[int, tuple[int, Figure, Figure]] = {}
    for b, f in enumerate(feats):
        if f.claim.polarity != Polarity.asserts or not f.citations:
            continue
        if len(figs[b]) != 1 or figs[b][0].vague:
            continue
        kinds = {c.quote: kind for c in f.citations if (kind := _answer_kind(c.quote))}
        just_before = next(claims_before(feats, by_article, b, ANSWER_REACH), None)
        if not kinds:
            cue = None if just_before is None else feats[just_before]
            side = _rival_direction(f, cue)
            if side is not None:
                for k in _counts_before(feats, figs, by_article, b):
                    other = _rival_answered(figs[b][0], figs[k], side)
                    if other is not None:
                        out[b] = (k, figs[b][0], other)
                    break  # (the nearest other side's count only)
            continue
        for k in _counts_before(feats, figs, by_article, b):
            other = _answered_figure(figs[b][0], figs[k])
            if f.speaker is None and any(_one_teller(q, feats[k].claim.statement) for q in kinds):
                break  # (its teller goes on with a figure of its own)
            if other is not None and (
                "back" in kinds.values()
                or (k == just_before and "was" in kinds.values())
                or any(_named_meets(q, other) for q, kind in kinds.items() if kind == "named")
            ):
                out[b] = (k, figs[b][0], other)
            break  # (the nearest other side's claim only)
    return out


def figure_answer_edges(
    feats: Sequence[_Feat],
    figs: Sequence[Sequence[Figure]],
    score: float,
    taken: Collection[tuple[int, int]],
) -> list[_Edge]:
    """The conflict edges of `figure_answers` (at `score`, reason "quantity <slot>: <the
    answered figure> vs <the answer>", as the figure rule's), but for pairs in `taken`."""
    out: list[_Edge] = []
    for b, (k, mine, other) in sorted(figure_answers(feats, figs).items()):
        i, j = min(b, k), max(b, k)
        if (i, j) in taken:
            continue
        slot = _stem(other.slot[0]) if other.slot else "count"
        out.append(_Edge(score, i, j, f"quantity {slot}: {other.text} vs {mine.text}"))
    return out
