"""Which occurrence a claim tells: the story's own event, or another one its sentence sets
it beside (link rule 8, widened: no JOIN between a claim of another occurrence and one of
the story's event that shares no mark of it).

News sets a story against others of its kind, and says so at the head of the sentence:
"In a separate incident on Saturday night, 11 football fans were injured ...", "A smaller
landslide destroyed two houses in a neighbouring province, killing two people", "The
volcano's last major eruption forced about 2,000 people to leave their homes", "Earlier in
the week, rival Cendra Pay priced its listing at $18", "In 2019, officers shot and killed a
driver ...". Linked to the story's own statements ("11 of the injured were in a critical
condition", "forcing some 4,800 people to leave their homes"), such a claim made one
agreed item of two events' facts.

`read_occurrences` reads the sentence that holds a claim's first citation (so a clause the
extractor split off keeps the scope of its sentence's head) and sets `_Feat.scope`: '' for
the story's own event, "other" for another occurrence, "other:2019" when that head places
it in a year. A cue counts only in the sentence's head, before its first comma and within
its first `HEAD_WORDS` words: a cue at the tail ("..., down from 66.2 percent at the last
election in 2022") scopes a phrase, not the claim. Cues are general words of news about
another occurrence, never of one event's names: "a separate/unrelated/similar ...", "a
smaller/larger/previous <noun>", "<name>'s last/previous <noun>", "the last major
<noun>", "<name> last <verb>ed in <year>", "rival <Name>", "two years ago", and a fronted
year two or more calendar years before publication ("In 2019, ...").

Other outlets retell the same background without the cue ("In Darnholm, a barrier
collapse at a cup match the same night left 11 fans hurt"): that is agreement about the
other occurrence, which the gold and an editor still count. So a claim of another
occurrence carries its marks (`_Feat.scope_marks`: the names and years of its sentence that
its article uses nowhere else), and a claim of the story's event that names one of them in
its sentence may still join it (`scopes_apart`). Two claims of other occurrences join
unless their heads place them in two years. Only joins are vetoed: a conflict edge across
scopes kept real disputes about background that other links had formed (dropping them cost
a gold dispute on the training clusters: bench/README.md, helper background20).

PURE: reads the article text around a claim's citation and its publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

import numpy as np

from consensus.merge.features import _Feat
from consensus.merge.lexicon import _STOP

__all__ = ["HEAD_WORDS", "occurrences_apart", "read_occurrences", "scopes_apart"]

# how far into its sentence a cue may sit and still scope the whole sentence (its head):
# the words before the first comma, or this many words when the first comma comes later
HEAD_WORDS = 8

# an earlier word or step of the story itself, never another occurrence ("an earlier
# estimate put the toll at 12", "its previous offer of $70", "the previous record")
_STEPS = (
    "estimate|figure|report|statement|count|toll|tally|version|draft|forecast|announcement|"
    "offer|bid|proposal|guidance|target|price|record|high|low|level|close|deadline"
)
_OTHER = re.compile(
    # "In a separate incident", "A separate stadium incident", "in an unrelated case"
    r"\b(?:a|an)\s+(?:separate|unrelated|similar)\b"
    # "A smaller landslide", "a larger quake": a comparative of size before the noun, in the
    # sentence's subject (never "a smaller number of", "a larger share")
    r"|^(?:(?:in|during|on|after)\s+)?(?:a|an)\s+(?:smaller|larger|bigger|lesser|earlier|previous|prior)"
    rf"\s+(?!(?:number|share|part|amount|proportion|percentage|sum|group|{_STEPS})s?\b)[a-z]+"
    # "Orvassa's last major eruption", "the company's previous offer", "its last strike"
    r"|(?:['’]s|\b(?:its|their))\s+(?:last|previous|prior|earlier)\s+(?:(?:major|big|large|"
    r"deadly|serious|full|general|national)\s+)?"
    rf"(?!(?:week|month|year|time|minute|hour|day|{_STEPS})s?\b)[a-z]{{3,}}"
    # "The last large eruption of Orvassa": the last one of a size, before this one
    r"|^the\s+last\s+(?:major|large|big|serious|deadly|similar)\s+[a-z]{3,}"
    # "The previous strike", "the prior agreement", "an earlier deal"
    r"|^(?:the|an?)\s+(?:previous|prior)\s+"
    rf"(?!(?:week|month|year|day|night|evening|morning|{_STEPS})s?\b)[a-z]{{3,}}"
    # "rival Cendra Pay", "a smaller rival": another company's or party's own act
    r"|\b[Rr]ivals?\s+(?-i:[A-Z])|\b(?:a|an)\s+(?:smaller|larger|bigger|main|chief|closest)\s+rival\b"
    # "Orvassa last erupted in 1981, when ...": the last time it happened, before this one
    r"|\blast\s+[a-z]+ed\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    # "Two years ago, ...", "A year ago,": a time a year or more back, fronted
    r"|^(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+years?\s+ago)\b",
    re.IGNORECASE,
)
# a year a sentence's head places it in ("In 2019, ...", "in June 2023", "In 1998 a quake")
_HEAD_YEAR = re.compile(
    r"^(?:in|during|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")
# a year a head names this many calendar years before publication or more is another time
# (as `periods.names_past`: a year back may still be this story's own run-up)
PAST_YEARS = 2


def _sentence_span(text: str, start: int) -> tuple[int, int]:
    """The span of the sentence that holds position `start`."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), min(len(text), start + 3)):
        if m.end() <= start:
            lo = m.end()
    end = _SENTENCE_END.search(text, max(start, lo), lo + 600)
    return lo, (end.start() + 1 if end else min(len(text), lo + 600))


def _head(sentence: str) -> str:
    """A sentence's head: its words up to the first comma, or its first `HEAD_WORDS` words
    when that comma comes later ("In a separate incident on Saturday night, 11 fans were
    injured": "In a separate incident on Saturday night"); after a fronted time or place
    ("Earlier in the week, rival Cendra Pay priced ..."), up to the next comma too."""
    words = sentence.lstrip(' "“‘(').split()
    head = " ".join(words[:HEAD_WORDS])
    comma = head.find(",")
    if comma < 0:
        return head
    if _FRONTED.match(head):
        n = head[:comma].count(" ") + 1  # (the words before the comma)
        rest = " ".join(words[n : n + HEAD_WORDS])
        cut = rest.find(",")
        return head[:comma] + ", " + (rest if cut < 0 else rest[:cut])
    return head[:comma]


def _key(head: str, published: dt.date | None) -> str:
    """The occurrence a sentence's head names: '' for the story's own event, "other" for
    another one (`_OTHER`), "other:<year>" when the head also places it in a year, and
    "other:<year>" for a head that places it in a year `PAST_YEARS` or more before
    publication ("In 2019, officers shot a driver ...")."""
    year_m = _HEAD_YEAR.search(head)
    year = int(year_m.group(1)) if year_m else None
    if _OTHER.search(head):
        if year is None:
            any_year = _ANY_YEAR.search(head)
            year = int(any_year.group(1)) if any_year else None
        return f"other:{year}" if year else "other"
    if year is not None and published is not None and published.year - year >= PAST_YEARS:
        return f"other:{year}"
    return ""


# "in that eruption", "After that disaster", "That recall ...": the occurrence the sentence
# before tells (a determiner "that" at the head or after a preposition, never the "that" of
# a reported clause: "Officials said that ...")
_THAT = re.compile(
    r"(?:^|\b(?:in|of|after|since|before|during|from|at|by|like|unlike)\s+)that\s+"
    r"(?!(?:is|was|were|are|has|had|would|will|could|can|the|a|an|it|he|she|they|we|this)\b)"
    r"[a-z]{4,}\b",
    re.IGNORECASE,
)


# a fronted time or place that opens a sentence before its subject ("Earlier in the week,",
# "On Tuesday,", "In Kessel,")
_FRONTED = re.compile(
    r"(?:in|on|at|during|after|before|earlier|later|meanwhile|elsewhere|last|this|by)\b",
    re.IGNORECASE,
)


# the marks of an occurrence: names (capitalised words) and years
_MARK = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z][\w'’-]*|(?:19|20)\d\d)\b")


def _marks(text: str, sentence: bool = False) -> set[str]:
    """The names and years of `text`, lower-case, without a possessive ending; of a
    `sentence`, not its first word unless it is a year ("Eleven people died ...",
    "Analysts noted ...": capitalised as the sentence's first word, no name)."""
    first = _first(text) if sentence else -1
    found = [m for m in _MARK.finditer(text) if m.start() != first]
    return {re.sub(r"['’]s$", "", m.group().casefold()) for m in found} - _STOP


def _first(text: str) -> int:
    """Where the first word of `text` starts, unless it is a year (-1)."""
    m = re.search(r"\w", text)
    if m is None or re.match(r"(?:19|20)\d\d\b", text[m.start() :]):
        return -1
    return m.start()


def _sentence_scope(text: str, lo: int, hi: int, published: dt.date | None) -> str:
    """`_key` of the head of the sentence `text[lo:hi]`; for a head of the story's own event
    that says "that", the key of the sentence before it ("Eleven people died in that
    eruption": the occurrence the sentence before names, when it names another one)."""
    head = _head(text[lo:hi])  # (read once: the key and the "that" test read it)
    scope = _key(head, published)
    if not scope and lo > 1 and _THAT.search(head):
        before = _sentence_span(text, lo - 2)
        scope = _key(_head(text[before[0] : before[1]]), published)
    return scope


SentenceReads = dict[tuple[str, int], tuple[int, int, str, frozenset[str]]]


def read_occurrences(
    feats: Sequence[_Feat],
    texts: Mapping[str, str],
    published: Mapping[str, dt.date | None],
    reads: SentenceReads | None = None,
) -> None:
    """Set each claim's `_Feat.scope` (`_key` of its sentence's head) and
    `_Feat.scope_marks`: for a claim of another occurrence, the names and years of its
    sentence that its article names nowhere outside such sentences ("In a separate
    incident ..., 11 fans were injured at the Rosen Stadium in Darnholm": rosen, stadium,
    darnholm); for a claim of the story's own event, every name and year of its sentence.
    A claim of the story's event retells the other occurrence when it shares such a mark
    ("In Darnholm, a barrier collapse at a cup match the same night left 11 fans hurt").
    What a sentence gives (its span, key and marks) is read once for all the claims it holds
    (the clause parts of a claim hold its sentence too); `reads` keeps it across calls over
    one batch's texts (a caller that reads one batch's claims twice)."""
    spans: dict[int, tuple[int, int]] = {}
    other: dict[str, list[tuple[int, int]]] = {}
    read = {} if reads is None else reads  # (article, citation start) -> the sentence's
    by_span: dict[tuple[str, int, int], tuple[int, int, str, frozenset[str]]] = {}
    sentence_marks: dict[int, frozenset[str]] = {}
    for n, f in enumerate(feats):
        text = texts.get(f.article, "")
        cite = next((c for c in f.citations if c.article == f.article), None)
        if cite is None or not text:
            continue
        got = read.get((f.article, cite.start))
        if got is None:
            lo, hi = _sentence_span(text, cite.start)
            got = by_span.get((f.article, lo, hi))
            if got is None:
                scope = _sentence_scope(text, lo, hi, published.get(f.article))
                marks = frozenset(_marks(text[lo:hi], sentence=True))
                got = by_span[(f.article, lo, hi)] = (lo, hi, scope, marks)
            read[(f.article, cite.start)] = got
        lo, hi, f.scope, sentence_marks[n] = got
        spans[n] = lo, hi
        if f.scope:
            other.setdefault(f.article, []).append((lo, hi))
    own: dict[str, set[str]] = {}
    for article, cut in other.items():
        text, kept, at = texts[article], [], 0
        for lo, hi in sorted(set(cut)):
            kept.append(text[at:lo])
            at = max(at, hi)
        own[article] = _marks(" ".join([*kept, text[at:]]))
    for n in spans:
        f = feats[n]
        marks = sentence_marks[n]
        if not f.scope:
            f.scope_marks = marks
            continue
        # (the year its head names marks it even when its article names that year elsewhere:
        # "In 2019, Roe shot a clerk" is retold by "Roe shot the clerk in 2019")
        year = f.scope.partition(":")[2]
        f.scope_marks = frozenset(marks - own[f.article] | ({year} if year else set()))


def scopes_apart(a: _Feat, b: _Feat) -> bool:
    """Whether two claims tell two occurrences (`read_occurrences`): one of the story's event
    and one of another that it shares no mark of, or two others placed in two years."""
    if a.scope == b.scope:
        return False
    if not a.scope or not b.scope:
        return not a.scope_marks & b.scope_marks
    return a.scope != "other" and b.scope != "other"  # ("other:2019" / "other:2022")


def occurrences_apart(feats: Sequence[_Feat], pi: np.ndarray, pj: np.ndarray) -> np.ndarray:
    """For each pair (pi[k], pj[k]): whether its claims tell two occurrences (`_Feat.scope`,
    `scopes_apart`): no join (link rule 8)."""
    keys = {f.scope for f in feats}
    if keys == {""}:
        return np.zeros(len(pi), dtype=bool)
    code = {k: n for n, k in enumerate(sorted(keys))}
    scope = np.fromiter((code[f.scope] for f in feats), dtype=np.int64, count=len(feats))
    out = scope[pi] != scope[pj]
    for k in np.flatnonzero(out).tolist():
        out[k] = scopes_apart(feats[int(pi[k])], feats[int(pj[k])])
    return np.asarray(out, dtype=bool)
