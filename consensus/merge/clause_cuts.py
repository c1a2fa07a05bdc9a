"""The clauses of a long quote: the spans `clause_backing.py` compares with other claims.

A sentence often states one fact in a clause beside others ("Penrose Capital said it would
vote against the sale, calling the price opportunistic and accusing the board of rushing");
another outlet states that fact alone. Whatever the extractor made of the sentence (one
claim, or the clauses it was sure of), a claim whose quote is long is read here once more,
clause by clause, and each clause becomes a *part*: a claim whose statement is the clause's
own words (never a rewritten sentence) and whose evidence is exactly the clause. Parts never
join a group and never print; they only let their claim count for another origin's item
that states the clause.

Cuts, never inside a quotation: a comma, semicolon, colon or dash; "and", "but", "while",
"whereas" and a reported "that" (with or without a comma); a quotation closing on its comma
before the words that tell who said it ('"We will rebuild," the mayor said': the quoted
words without their marks are a clause, `_CLOSE`); an attribution and the content it
attributes with no "that" ("police said on Friday the truck was white": after "said",
"says", "added" or "insisted" and its time words, before a determiner, a subject pronoun, a
capitalised word or a figure, `bare_content_cuts`). A comma between two adjectives before
their noun ("the long, white truck", `_between_adjectives`) is no cut. A clause keeps its
own words (a leading "and", "but", "that", "which", "who" is left out), has at least
`MIN_PART_WORDS` words and a verb form other than a verb of saying (or, after a "which" /
"who" lead, a present form no ending shows: "which acts as", `_relative_verb`; or an "-s"
form before a determiner or a number: "its collection contains 27 pieces", `_present`; or an
attribution with its occasion, "the mayor said in a statement", `is_frame`, which states who
spoke where and backs no claim of what was said), and is not the whole quote. A clause that
"when", "since", "after", "before", "until" or "once" opens is left alone: it often tells
another time ("the worst since 2004, when seven people were killed").
An apposition, which has no verb, is a part too: a name and the role phrase a comma sets
beside it, in either order, as the writer wrote them ("Jan Roe, the agency's chief
executive", `apposition_spans`); it counts only for a claim that names the same one
(`names_the_same`, read by `clause_backing` and `clause_agreement`).

Only grammar is read (punctuation, closed words, verb endings); never anything about one
story. PURE: no I/O.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from consensus.merge.figure_names import MONTH_WORDS, WEEKDAYS
from consensus.merge.figure_predicates import VERBS_IN_PAST
from consensus.merge.lexicon import _DETERMINERS, _NUMBER_WORDS, _SPEECH, _STOP, IRREGULAR_BASE
from consensus.models import Claim, ClaimKind, Evidence

MIN_QUOTE_WORDS = 12  # a quote shorter than this is one clause already
MIN_PART_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:[’'.,-][^\W_]+)*")
# where a clause ends: punctuation, or before a coordinating word
_CUT = re.compile(r"\s*[,;:]\s+|\s+[—–]\s+|\s+-\s+|\s+(?=(?:and|but|while|whereas|that)\s)")
_LEAD = re.compile(r"(?:(?:and|but|while|whereas|that|which|who|then|also)\s+)+", re.IGNORECASE)
_RELATIVE = frozenset(("which", "who"))  # a lead that a relative clause's verb follows
_OTHER_TIME = re.compile(r"(?:when|since|after|before|until|once)\s", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# a quotation closing on its comma before the words that tell who said it ('"We will
# rebuild," the mayor said'): the quotation and its attribution are clauses of their own
_CLOSE = re.compile(r",[”\"'’]\s+")
_OPEN_SINGLE = re.compile(r"(?:^|\s)['‘]\w")
# finite forms no ending shows: the closed auxiliaries, the irregular pasts of the
# irregular-verbs table (`lexicon.IRREGULAR_BASE`: "rose", "flew", "paid", "drove") and of
# the light verbs it leaves out whose form is no common noun ("gave", "taken", "hit"; not
# "set", "cut", "shut", "put", "born": "put in place" is as often a participle of a noun)
_FINITE = (
    frozenset(
        """is are was were be been has have had will would can could may might must shall
    should do does did became gave given gone got taken done knew known hit spread
    upheld""".split()
    )
    | VERBS_IN_PAST
    | frozenset(IRREGULAR_BASE)
)


def _quoted(text: str) -> list[bool]:
    """Per character of `text`, whether it lies inside a quotation (curly marks open and
    close; a straight mark turns it on or off)."""
    inside, out = False, []
    for ch in text:
        if ch == "“":
            inside = True
        elif ch in '”"':
            out.append(True)
            inside = not inside if ch == '"' else False
            continue
        out.append(inside)
    return out


def _verb(words: Sequence[str]) -> bool:
    """A verb form that is no verb of saying: a closed finite form, an irregular past, an
    -ed / -ing form of a lower-case word, or a present "-s" form `_present` reads."""
    for k, w in enumerate(words):
        low = w.lower()
        if low in _SPEECH:
            continue
        if low in _FINITE or (w.isalpha() and w.islower() and w.endswith(("ed", "ing"))):
            return True
        if _present(words, k):
            return True
    return False


# a present "-s" form: not "-ss", "-us", "-is" ("process", "bonus", "analysis")
_PRESENT_FORM = re.compile(r"[a-z]{2,}[^siu'’]s")
# what a present verb's object opens with ("holds a", "contains 27"; not "to": "cuts to",
# "visits to", "changes to" are as often nouns)
_PRESENT_NEXT = _DETERMINERS | frozenset(_NUMBER_WORDS)


def _present(words: Sequence[str], k: int) -> bool:
    """words[k] is a verb in the present that no ending tells from a plural noun ("its
    collection contains 27 pieces", "and holds a commercial licence", "the union puts the
    shortfall at 85"): a lower-case "-s" word, no closed word, followed by a determiner or a
    number (a plural noun seldom is), and not after a determiner, a possessive or a
    number ("the holds", "three times the average": a noun)."""
    w = words[k]
    if k + 1 >= len(words) or not _PRESENT_FORM.fullmatch(w) or w in _STOP:
        return False
    nxt = words[k + 1]
    if not (nxt.lower() in _PRESENT_NEXT or nxt[:1].isdigit()):
        return False
    if k == 0:
        return True
    before = words[k - 1].lower()
    return not (
        before in _DETERMINERS
        or before in _NUMBER_WORDS
        or before[:1].isdigit()
        or before.endswith(("'s", "’s", "s'"))
    )


def _relative_verb(lead: str, words: Sequence[str]) -> bool:
    """A relative clause's verb in the present, which no ending shows ("which acts as",
    "who lives in", "which also owns"): the first word after a lead that holds "which" or
    "who", when it is a lower-case word and no closed word (`lexicon._STOP`: "which he
    said", "who the police named" hold their verb further on)."""
    if not words or not any(w in _RELATIVE for w in lead.lower().split()):
        return False
    first = words[0]
    return first.isalpha() and first.islower() and first not in _STOP and first not in _SPEECH


# the told forms of the verbs of saying, which open an attribution's occasion ("said in a
# statement", "told a news conference"): not "according", "report", "claims" (as often a
# noun or a lead of its own)
_TOLD = frozenset(w for w in _SPEECH if w.endswith("ed")) | frozenset(
    "said says told tells wrote writes spoke".split()
)
# the told forms whose object is the listener ("told a news conference"), and the words
# that open another verb's occasion ("said in a statement", "wrote on social media")
_TOLD_TO = frozenset(("told", "tells"))
_OCCASION_OPENERS = frozenset("in at during on to via through before".split())
_AUXILIARIES = frozenset(
    "is are was were will would can could may might must shall should has have had".split()
)
# the words of a telling's time, which name no occasion ("said early on Friday")
_TELLING_TIME = (
    MONTH_WORDS
    | WEEKDAYS
    | frozenset(
        """morning afternoon evening night today tonight yesterday week weekend month year
    early late last next earlier later""".split()
    )
)


def is_frame(words: Sequence[str]) -> bool:
    """An attribution with its occasion and no verb but its verb of saying ("the mayor said
    in a statement", "Ana Lusk told a local radio station"): a subject, a told form
    (`_TOLD`), and after it (time words aside) its listener ("told") or a preposition
    (`_OCCASION_OPENERS`) and a word that is no closed word, time word or figure: "said
    on Friday" tells only when, "said the storm" opens what was said. No verb before the
    told form, no auxiliary after it, and a participle or a past only inside the
    preposition's phrase ("in a nationally televised address", "in a letter sent to the
    board"). Such a clause states who spoke where, a fact another outlet may state of the
    same speaker; what it attributes lies outside it (`clause_attribution.frame_only`)."""
    for k, w in enumerate(words):
        if k == 0 or w.lower() not in _TOLD:
            continue
        if _verb(words[:k]) or not any(x.lower() not in _STOP for x in words[:k]):
            return False  # ("he said in a statement": whose, the speaker reads)
        rest = [x for x in words[k + 1 :] if x.lower() not in _TELLING_TIME]
        opened = bool(rest) and rest[0].lower() in _OCCASION_OPENERS
        if not rest or not (opened or w.lower() in _TOLD_TO):
            return False  # ("officials said the storm ...": what was said, cut short)
        if any(x.lower() in _AUXILIARIES for x in rest) or (not opened and _verb(rest)):
            return False  # ("told reporters police arrested two men": what was told)
        return any(
            x.lower() not in _STOP and x.lower() not in _SPEECH and not x[:1].isdigit()
            for x in rest
        )
    return False


# the told forms after which what was said may open with its subject and no "that" ("police
# said on Friday the truck was white"): not "told" (its listener comes first), nor the verbs
# whose object is as often a noun ("announced the closure", "reported the crash")
_SAID_BARE = frozenset(("said", "says", "added", "insisted"))
# what opens that content: a determiner, a subject pronoun, a capitalised word or a figure
_CONTENT_PRONOUNS = frozenset("he she it they we i there this these those".split())
_TIME_THIS = frozenset(("this", "on"))  # ("said this week", "said on Friday": a time)


def _content_starts(words: Sequence[str], k: int) -> int | None:
    """Where the content of the told form words[k] opens when no "that" leads it ("police
    said on Friday the truck was white" -> "the"): the first word after its time words
    (`_TELLING_TIME`, "on" / "this" before one) when it is a determiner, a subject pronoun,
    a capitalised word that is no closed word or a figure; None otherwise ("said in a
    statement", "said that", "said so")."""
    n = k + 1
    while n < len(words):
        low = words[n].lower()
        if low in _TELLING_TIME:
            n += 1
        elif low in _TIME_THIS and n + 1 < len(words) and words[n + 1].lower() in _TELLING_TIME:
            n += 2
        else:
            break
    if n >= len(words):
        return None
    w = words[n]
    low = w.lower()
    if low in _DETERMINERS or low in _CONTENT_PRONOUNS or w[:1].isdigit():
        return n
    if w[:1].isupper() and low not in _STOP and low not in _DATE_NAMES:
        return n
    return None


def bare_content_cuts(quote: str, quoted: Sequence[bool]) -> list[tuple[int, int]]:
    """Cuts between an attribution and what it attributes when no "that" or comma stands
    between them ("Police said on Friday the truck was white": "Police said on Friday" and
    "the truck was white"): after a told form of `_SAID_BARE` that has words before it (its
    subject; "said the mayor" is an attribution turned round), its time words kept with it,
    before the content's first word (`_content_starts`). Never inside a quotation."""
    out: list[tuple[int, int]] = []
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(quote)]
    words = [w for _, _, w in spans]
    for k, (start, _end, w) in enumerate(spans):
        if k == 0 or w.lower() not in _SAID_BARE or quoted[start]:
            continue
        if quote[spans[k - 1][1] : start].strip():
            continue  # (punctuation before it: "..., said the mayor")
        n = _content_starts(words, k)
        if n is None:
            continue
        cut_at = spans[n - 1][1]
        if quote[cut_at : spans[n][0]].strip() or quoted[spans[n][0]]:
            continue  # (a comma or a mark between: other cuts read those)
        out.append((cut_at, spans[n][0]))
    return out


def _word_like(w: str) -> bool:
    """A lower-case word or a figure's compound ("white", "left-hand", "25-ton")."""
    return (w.islower() or w[:1].isdigit()) and w.lower() not in _STOP


def _between_adjectives(quote: str, at: int, end: int) -> bool:
    """Whether the comma cut at quote[at:end] stands between two adjectives of one noun
    phrase ("the long, white truck", "a brief, violent storm", "the 25-ton, unmarked
    lorry"): a determiner and one word before it, and after it two lower-case words that
    are no closed word, verb of saying or "-ing" / "-ly" form, the third no verb of saying
    ("the driver, police officers said" is a cut)."""
    if quote[at:end].strip() != ",":
        return False
    before = _WORD.findall(quote[max(0, at - 40) : at])[-2:]
    after = _WORD.findall(quote[end : end + 60])[:3]
    if len(before) < 2 or len(after) < 2 or before[0].lower() not in _DETERMINERS:
        return False
    if not _word_like(before[1]) or before[1].lower() in _SPEECH:
        return False
    for w in after[:2]:
        low = w.lower()
        if not _word_like(w) or low in _SPEECH or low.endswith(("ing", "ly")):
            return False
    return len(after) < 3 or after[2].lower() not in _SPEECH


def _closes_quotation(quote: str, quoted: Sequence[bool], at: int, end: int) -> bool:
    """Whether the cut at quote[at:end] (`_CLOSE`) closes a quotation: a double mark closes
    one the text opened; a single mark, one an opening single mark opened before it."""
    mark = quote[at + 1]
    if mark in '"”':
        return quoted[at] and not quoted[end - 1]
    return _OPEN_SINGLE.search(quote, 0, at) is not None


class _Segment(NamedTuple):
    """One segment `clause_spans` read: its span (lead left out), its words, whether a
    comma alone cut it from the segment before, and whether a lead word opened it."""

    start: int
    end: int
    words: list[str]
    after_comma: bool
    led: bool


MAX_ROLE_WORDS = 10  # the longest role phrase an apposition part takes
MAX_NAME_WORDS = 4
# a capitalised word of a name ("Dr.", "O'Neill", "Lopez-Ruiz")
_DATE_NAMES = (MONTH_WORDS | WEEKDAYS) - frozenset(("jan", "may"))  # ("Jan Roe", "Theresa May")
_NAME_WORD = re.compile(r"[A-Z][^\W_]*(?:[’'.-][^\W_]*)*\.?")


def _name_run(words: Sequence[str]) -> int:
    """How many of `words`' last words make a name: capitalised words, none a closed word
    ("The", "On"), at most `MAX_NAME_WORDS`; 0 when none or when the last is a month or a
    weekday ("On Monday")."""
    if not words or words[-1].lower() in _DATE_NAMES:
        return 0  # ("On Monday, the ...")
    n = 0
    for w in reversed(words):
        if n >= MAX_NAME_WORDS or not _NAME_WORD.fullmatch(w) or w.lower() in _STOP:
            break
        n += 1
    return n


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _role(seg: _Segment) -> bool:
    """A verbless noun phrase of a few words that says what someone or something is: it
    opens with a determiner, a possessive or a lower-case word that is no closed word
    ("the agency's chief executive", "president of the drivers' union")."""
    words = seg.words
    if not 2 <= len(words) <= MAX_ROLE_WORDS or seg.led or _verb(words):
        return False
    if any(w in _SPEECH for w in words):
        return False  # ("Ana Lusk, the mayor told reporters": a clause of saying)
    first = words[0]
    if first.lower() in _DETERMINERS or _possessive(first):
        return True
    return first.isalpha() and first.islower() and first not in _STOP


def apposition_spans(quote: str, segments: Sequence[_Segment]) -> list[tuple[int, int]]:
    """Appositions, which hold no verb ("Jan Roe, the agency's chief executive, said ...";
    "the agency's chief executive, Jan Roe, said ..."): a name that ends one segment and the
    role phrase of the segment a comma cuts after it (`_role`), or a role phrase that is a
    whole segment and the name alone after it. The part is the name and the role with the
    comma between them, the writer's words as they stand, of at least `MIN_PART_WORDS`
    words, closed by punctuation or the quote's end ("a coalition of farmers' and ..." is
    cut half-way by "and"); "Jan Roe, 51," (an age) and a role after a lead word ("and the
    ...": a list) are none. `names_the_same` keeps it to claims that name the same one."""
    out: list[tuple[int, int]] = []
    for prev, seg in itertools.pairwise(segments):
        if not seg.after_comma:
            continue
        span: tuple[int, int] | None = None
        n = _name_run(prev.words)
        if n and _role(seg):
            at = quote.rfind(prev.words[-n], prev.start, prev.end)
            if at >= 0 and _WORD.findall(quote[at : prev.end]) == prev.words[-n:]:
                span = (at, seg.end)
        elif (
            _role(prev)
            and (prev.words[0].lower() in _DETERMINERS or _possessive(prev.words[0]))
            and 0 < len(seg.words) == _name_run(seg.words)
        ):
            span = (prev.start, seg.end)
        closed = quote[seg.end :].lstrip()[:1] in ("", ",", ";", ":", ".")
        if span and closed and len(_WORD.findall(quote[span[0] : span[1]])) >= MIN_PART_WORDS:
            out.append(span)
    return out


def apposition_name(quote: str) -> str | None:
    """The name an apposition part names ("Jan Roe, the agency's chief executive" and
    "the agency's chief executive, Jan Roe" -> "Jan Roe"); None for any other clause."""
    left, comma, right = quote.partition(", ")
    if not comma or ", " in right:
        return None
    lw, rw = _WORD.findall(left), _WORD.findall(right)
    n = _name_run(lw)
    if n == len(lw) and _role(_Segment(0, 0, rw, True, False)):
        return " ".join(lw)
    if 0 < len(rw) == _name_run(rw) and _role(_Segment(0, 0, lw, True, False)):
        return " ".join(rw)
    return None


def names_the_same(part: Claim, other: Claim) -> bool:
    """Whether `other` may state the fact of clause part `part`: an apposition tells who
    someone is, so the other claim must name that one (the name's last word among its
    words: "Roe is the agency's chief executive"; not "the agency's chief executive said",
    which another of the same role may say); any other part may."""
    name = apposition_name(part.evidence[0].quote)
    if name is None:
        return True
    last = name.split()[-1]
    text = " ".join([other.statement, *(ev.quote for ev in other.evidence)])
    return last in _WORD.findall(text)


def clause_spans(quote: str) -> list[tuple[int, int]]:
    """The spans of `quote` (offsets in it) that are clauses of their own (module
    docstring); none when the quote is short. Remembered per quote (`_clause_spans`, a
    pure function of it: the merge cuts one quote for its claim, its views and its
    backing)."""
    return list(_clause_spans(quote))


@lru_cache(maxsize=4096)
def _clause_spans(quote: str) -> tuple[tuple[int, int], ...]:
    if len(_WORD.findall(quote)) < MIN_QUOTE_WORDS:
        return ()
    quoted = _quoted(quote)
    cuts = [
        (m.start(), m.end())
        for m in _CUT.finditer(quote)
        if not quoted[m.start()]
        and not quoted[m.end() - 1]
        and not _between_adjectives(quote, m.start(), m.end())
    ]
    cuts += bare_content_cuts(quote, quoted)
    closes = {
        m.start(): m.end()
        for m in _CLOSE.finditer(quote)
        if _closes_quotation(quote, quoted, m.start(), m.end())
    }
    bounds = [0]
    for a, b in sorted(set(cuts) | set(closes.items())):
        if a >= bounds[-1]:
            bounds += [a, b]
    bounds.append(len(quote))
    out: list[tuple[int, int]] = []
    segments: list[_Segment] = []  # every segment, for the appositions
    for k, (a, b) in enumerate(zip(bounds[::2], bounds[1::2], strict=True)):
        comma = k > 0 and quote[bounds[2 * k - 1] : a].strip() == ","
        lead = _LEAD.match(quote, a, b)
        if lead:
            a = lead.end()
        if b in closes and quote[a : a + 1] in "\"“'‘":
            a += 1  # (a quotation its close cut: its words, without the marks)
        other_time = _OTHER_TIME.match(quote, a, b)
        while b > a and quote[b - 1] in " .":
            b -= 1
        words = _WORD.findall(quote[a:b])
        segments.append(_Segment(a, b, words, comma, lead is not None or bool(other_time)))
        if other_time:
            continue
        relative = lead is not None and _relative_verb(lead.group(0), words)
        if len(words) < MIN_PART_WORDS or not (_verb(words) or relative or is_frame(words)):
            continue
        if len(_QUOTE_MARKS.findall(quote[a:b])) % 2:
            continue  # a clause that opens or closes a quotation half-way
        if (a, b) != (0, len(quote)):
            out.append((a, b))
    for a, b in apposition_spans(quote, segments):
        if (a, b) != (0, len(quote)) and not len(_QUOTE_MARKS.findall(quote[a:b])) % 2:
            out.append((a, b))
    return tuple(sorted(set(out)))


def clause_claims(claim: Claim) -> list[Claim]:
    """The parts of a claim with one long quote: each clause as a claim of its own words,
    with the claim's speaker, polarity and hedges, the entities, figures and time its words
    hold, and the clause as its only evidence."""
    if len(claim.evidence) != 1:
        return []
    ev = claim.evidence[0]
    out = []
    for a, b in clause_spans(ev.quote):
        quote = ev.quote[a:b]
        quantities = tuple(q for q in claim.quantities if q.text in quote)
        kind = claim.kind
        if kind is ClaimKind.quantity and not quantities:
            kind = ClaimKind.event
        out.append(
            claim.model_copy(
                update={
                    "statement": quote[:1].upper() + quote[1:] + ".",
                    "kind": kind,
                    "entities": tuple(e for e in claim.entities if e.split()[-1] in quote),
                    "quantities": quantities,
                    "time": claim.time if claim.time and claim.time.text in quote else None,
                    "evidence": (Evidence(quote=quote, start=ev.start + a, end=ev.start + b),),
                }
            )
        )
    return out


def clause_statements(claims: Iterable[Claim]) -> list[str]:
    """The statements of every part of `claims` (the texts to embed with the statements)."""
    return [part.statement for c in claims for part in clause_claims(c)]
