"""What the link rules read of each claim alone, before pairs are compared: the day a
claim says something starts (rule 4), whether it tells what usually happens (rule 8) or
asks an open question (rule 9), and when two claims' counts neither clash nor agree (rule
3) or their subjects may not be one (rules 2 and 6). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from consensus.merge.claim_words import content_stems, content_words
from consensus.merge.features import _concept, _Feat, _speakers_compatible
from consensus.merge.figures import Figure
from consensus.merge.lexicon import _DETERMINERS, _HABITUAL, _SPEECH, _STOP, START_DAY_CUES
from consensus.merge.slots import _overlap, _stem
from consensus.merge.speakers import same_speaker
from consensus.merge.tunables import BLOCK_CAP
from consensus.merge.weekdays import weekday_of
from consensus.models import ClaimKind

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

_START_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, START_DAY_CUES), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)


# "next" before a weekday: the day after publication is then the day it names
_NEXT = re.compile(r"\bnext\s+$", re.IGNORECASE)
# a word before a weekday that names its week ("closed last Thursday"): no word of what the
# day dates
_WEEK_WORD = re.compile(r"\b(?:last|next|this)\s+$", re.IGNORECASE)


def _start_days(feats: Sequence[_Feat]) -> dict[int, tuple[str, frozenset[str]]]:
    """The claims that give the day something starts ("will fall to 19 percent from April
    1", "takes effect on July 1"; `start_day_cues` in data/words.toml): claim -> (its day,
    the stems of what starts: the content words before the cue)."""
    out: dict[int, tuple[str, frozenset[str]]] = {}
    for k, f in enumerate(feats):
        t = f.claim.time
        day = f.day or (f.date[5:] if f.date else None)
        if t is None or day is None:
            continue
        at = f.claim.statement.find(t.text)
        cue = _START_CUE.search(f.claim.statement, 0, at) if at > 0 else None
        stems = content_stems(f.claim.statement[: cue.start()]) if cue else frozenset()
        if stems:
            out[k] = (day, stems)
    return out


def _start_day_codes(starts: dict[int, tuple[str, frozenset[str]]], n: int) -> np.ndarray:
    """Pairs of claims giving the start day of things named by one word (as codes i * n +
    j, i < j; a word more than `BLOCK_CAP` such claims share blocks nothing)."""
    by_stem: dict[str, list[int]] = {}
    for k in sorted(starts):
        for stem in starts[k][1]:
            by_stem.setdefault(stem, []).append(k)
    codes = {
        a * n + b
        for ks in by_stem.values()
        if len(ks) <= BLOCK_CAP
        for x, a in enumerate(ks)
        for b in ks[x + 1 :]
    }
    return np.fromiter(sorted(codes), dtype=np.int64, count=len(codes))


def _day_text(f: _Feat) -> str:
    """A claim's day as its text writes it ("April 1", "Monday"), or its ISO date."""
    t = f.claim.time
    return t.text if t is not None and (f.day or not f.date) else f.date or ""


def _weekday_days(feats: Sequence[_Feat]) -> dict[int, str]:
    """The claims that date their act by a weekday and write no calendar day: claim -> the
    month and day ("06-03") the weekday falls on, as the offline reader resolved it against
    its article's publication date (`claim.time.date`: "the new fares start on Monday" in an
    article of Thursday 30 May is 06-03), so rule 4 can compare it with a day another claim
    writes ("from June 3"). Only a weekday the claim dates an act by (`weekdays.weekday_of`:
    not the day of a telling, not a bound of a span) and its time reads as written. A
    weekday after "last" or "next" is read in the week the word names (`offline.week_words`:
    "last Thursday" in an article of a Wednesday is six days back). Left out where the
    reader guesses the week: a bare weekday resolved to the day after publication (one six
    days back is read as the coming one)."""
    out: dict[int, str] = {}
    for k, f in enumerate(feats):
        t = f.claim.time
        if f.day or f.date or t is None or t.date is None or any(c.isdigit() for c in t.text):
            continue
        day = weekday_of(f.claim.statement) if "day" in t.text else None
        if day is None or day[0] not in t.text:
            continue
        if (
            f.published is not None
            and (t.date - f.published).days == 1
            and not _NEXT.search(f.claim.statement, 0, day[1])
        ):
            continue
        out[k] = t.date.isoformat()[5:]
    return out


def _day_slot(f: _Feat) -> frozenset[str]:
    """What a day dates: the stem of the last content word before it in the statement
    ("takes effect on April 1" -> effect; "images of an Oct. 19 rendezvous" -> images), so
    two days of two things ("a transfer released on Nov. 21") are not one slot."""
    t = f.claim.time
    at = f.claim.statement.find(t.text) if t is not None else -1
    if at < 0:
        return frozenset()
    head = f.claim.statement[:at]
    if (week := _WEEK_WORD.search(head)) is not None:
        head = head[: week.start()]
    words = content_words(head)
    before = [w for w in _WORD.findall(head.casefold()) if w in words]
    return frozenset({_stem(before[-1])}) if before else frozenset()


def _counts_apart(a: Sequence[Figure], b: Sequence[Figure], text_a: str, text_b: str) -> bool:
    """Rule 3's two counts: each statement gives a definite figure (not vague, not an
    earlier value of a changed count, a forecast or a condition; a figure told at an earlier
    time is one: "Two firefighters were killed battling the flames last week" / "3,400
    firefighters are battling the blaze"), no value is in both, and some figure of
    each counts what the other's does, read loosely (`_one_count`), and no two such agree
    (`slots._overlap`: "more than 800,000" / "around 806,000" agree); or, with no two such,
    each opens a clause of its statement with a plain count, its subject (`_subject`)."""
    fa = [f for f in a if not (f.vague or f.prior or f.expected or f.condition)]
    fb = [f for f in b if not (f.vague or f.prior or f.expected or f.condition)]
    if not fa or not fb or {f.value for f in fa} & {f.value for f in fb}:
        return False
    met = [(x, y) for x in fa for y in fb if _one_count(x, y)]
    if not met:
        return any(_subject(f, text_a) for f in fa) and any(_subject(f, text_b) for f in fb)
    return not any(_overlap(x, y) for x, y in met)


def counts_of_two_acts(a: Sequence[Figure], b: Sequence[Figure], fa: _Feat, fb: _Feat) -> bool:
    """Two claims that count what two acts did, each act one the other claim does not
    state ("a bomber wounded scores of other people" / "a bomber killed at least six
    civilians": two clauses of one lead sentence): every count (no unit) of each is the
    object of the verb right before it (`_object_of`; vague counts too), no value is in
    both, and no act of one is a concept of the other's statement. Two facts of one event
    (the wounded, the dead), however many words they share; the caller has found no figure
    of one in the other's slot."""
    acts_a, acts_b = _count_acts(a, fa.claim.statement), _count_acts(b, fb.claim.statement)
    if not acts_a or not acts_b or {f.value for f in a} & {f.value for f in b}:
        return False
    return acts_a.isdisjoint(fb.concepts) and acts_b.isdisjoint(fa.concepts)


def _count_acts(figs: Sequence[Figure], text: str) -> frozenset[str]:
    """The concepts of the acts a claim's counts are the objects of, or none when some count
    (no unit, not an earlier value) is no act's object."""
    return _acts_at(text, tuple(f.start for f in figs if not (f.unit or f.before)))


@lru_cache(maxsize=1 << 14)
def _acts_at(text: str, starts: tuple[int, ...]) -> frozenset[str]:
    acts = set()
    for start in starts:
        act = _object_of(text, start)
        if not act:
            return frozenset()
        acts.add(act)
    return frozenset(acts)


# the verb right before a count, bounds aside: the act the count is the object of ("killed
# at least six civilians", "wounding scores of people"; not "rose to 85", "said 12")
_ACT_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+(?:ed|ing))\s+(?:(?:at least|more than|fewer than|less than|about|"
    r"around|nearly|almost|some|up to|over|roughly)\s+)?$"
)


def _object_of(text: str, start: int) -> str:
    """The concept of the verb (a participle or past form) a count at `start` is the
    object of, or ''."""
    m = _ACT_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("verb") in _SPEECH:
        return ""
    return _concept(m.group("verb"))


# what may stand before a count that is its clause's subject: nothing, a clause break,
# "that" or a speech verb ("the bank said that seven ...", "According to the bank, three of
# the nine ..."), then a bound
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,:;“\"(]\s*|\b(?P<word>[^\W\d_]+)\s+)(?:(?:at least|more than|fewer than|about|"
    r"around|nearly|almost|only|just|some|up to)\s+)?$",
    re.IGNORECASE,
)


def _subject(f: Figure, text: str) -> bool:
    """A plain count (no unit) that opens a clause, its subject ("Two voted for a smaller
    rise", "According to the bank, three of the nine rate-setters dissented", "the bank
    said seven ..."): two such counts with no value in common count two groups, or one
    group twice, and are never one fact, however the words after them differ."""
    if f.unit:
        return False
    m = _SUBJECT_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None:
        return False
    word = (m.group("word") or "").casefold()
    return not word or word == "that" or word in _SPEECH


def _one_count(a: Figure, b: Figure) -> bool:
    """One unit; counted nouns that meet by stem when both name one ("people" names none);
    and a stem in common among their counted nouns and slot words: "at least two people
    were killed" / "a bomber killed at least four civilians", where
    `PairContext.same_slot` reads the counted nouns strictly (people / civilians), but not
    "40 troops" / "100 villages"."""
    if a.unit != b.unit:
        return False
    noun_a, noun_b = a.head or a.noun, b.head or b.noun
    if noun_a and noun_b and _stem(noun_a) != _stem(noun_b):
        return False
    return bool(_count_words(a) & _count_words(b))


def _count_words(f: Figure) -> frozenset[str]:
    return frozenset(_stem(w) for w in (*f.slot, f.counted, f.noun, f.head) if w)


_HABITUAL_RE = re.compile(
    r"(?:\b(\w+)\s+)?(?<![\w-])(?:" + "|".join(sorted(_HABITUAL)) + r")(?![\w-])",
    re.IGNORECASE,
)
_NOUN_PHRASE_OPENERS = _DETERMINERS | {"this", "that"}
# habitual adverbs that after a verb's -ing form tell how, not how often ("was working
# normally", "is operating normally again"): grammar, no names
_MANNER_AFTER_ING = frozenset({"normally"})


def _manner(m: re.Match[str]) -> bool:
    """Whether a habitual adverb match follows a verb's -ing form and tells its manner."""
    before = (m.group(1) or "").casefold()
    adverb = m.group(0).split()[-1].casefold()
    return adverb in _MANNER_AFTER_ING and len(before) > 4 and before.endswith("ing")


def habitual(statement: str) -> bool:
    """Whether a statement tells what usually happens: a habitual adverb that is not part
    of a noun phrase ("it typically takes ...", not "the usually tranquil city"; rule 8)."""
    low = statement.casefold()
    if not any(word in low for word in _HABITUAL):  # (most statements: no regex)
        return False
    return any(
        not (m.group(1) and m.group(1).casefold() in _NOUN_PHRASE_OPENERS)
        and not _manner(m)
        and not _IN_RELATIVE.search(re.split(r"[,;:()]", statement[: m.end()])[-1])
        for m in _HABITUAL_RE.finditer(statement)
    )


# a clause opened by a relative word ("..., roughly what the region normally receives in
# three months", "..., which usually takes a week"): what usually happens is its own
# comparison, not the statement's
_IN_RELATIVE = re.compile(r"^\W*(?:\w+\s+){0,2}(?:what|which|who|whom|whose)\b", re.IGNORECASE)


def _habitual(feats: Sequence[_Feat]) -> np.ndarray:
    """Which claims state what usually happens (`habitual`)."""
    return np.fromiter((habitual(f.claim.statement) for f in feats), dtype=bool, count=len(feats))


_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)


def _asks(feats: Sequence[_Feat]) -> np.ndarray:
    """Which claims state an open question ("investigating whether the shooting was an act
    of terrorism"; rule 9)."""
    return np.fromiter(
        (
            "hether" in f.claim.statement and _WHETHER.search(f.claim.statement) is not None
            for f in feats
        ),
        bool,
        len(feats),
    )


# A reporter's line that someone gave no comment: "could not be reached for comment",
# "declined to comment", "did not respond to requests for comment" (English news form)
_NO_COMMENT = re.compile(
    r"\b(?:could(?:n['’]t|\s+not)|was(?:n['’]t|\s+not)|were(?:n['’]t|\s+not))\s+"
    r"(?:immediately\s+)?(?:be\s+)?(?:reached|available)\s+for\s+comment"
    r"|\b(?:declined|refused|would\s+not|did\s+not\s+want)\s+to\s+comment\b"
    r"|\bdid(?:n['’]t|\s+not)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|an\s+|several\s+)?"
    r"(?:requests?|calls|messages|e-?mails|inquiries|queries)\s+(?:for|seeking)\s+comment",
    re.IGNORECASE,
)


def _no_comment(feats: Sequence[_Feat]) -> np.ndarray:
    """Which claims say someone gave no comment ("Roe could not be reached for comment"):
    they state nothing a denial rejects (a later "Roe denied it" answers the accusation,
    not the silence)."""
    return np.fromiter(
        (
            "omment" in f.claim.statement and _NO_COMMENT.search(f.claim.statement) is not None
            for f in feats
        ),
        bool,
        len(feats),
    )


def _one_subject(a: str, b: str) -> bool:
    """Two claims' subjects (names, as extractors give them) may be one: either is unnamed,
    they share a word of three letters or more, or one speaks for the other."""
    if not a or not b:
        return True
    words_a = {w for w in _WORD.findall(a.casefold()) if len(w) > 2 and w not in _STOP}
    words_b = {w for w in _WORD.findall(b.casefold()) if len(w) > 2 and w not in _STOP}
    return bool(words_a & words_b) or _speakers_compatible(a, b)


# a quotation of two words or more inside a reported statement: the speaker's own words
# ('said the suggestion was "insulting to every official"')
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]*\w[\s-]+\w[^\"“”]*[\"”]")


def _quoted_by_one(a: _Feat, b: _Feat) -> bool:
    """Both claims quote one named person's own words ('"I want to know how they could say
    it was a penalty"' / '"It was never a penalty"', both the coach's; or a reported
    statement carrying the person's quoted words: 'said the suggestion of bias was
    "insulting"' / '"There is no bias"'): a plain negation in one rebuts nothing the other
    states (a person's words are no dispute with themselves; figures are another matter,
    link rule 3). Quoted words only: a name given as the speaker of a statement about it
    ("the group has been silent about the attack") may be what the outlet reports on, not
    who speaks."""
    if not (_own_words(a) and _own_words(b)):
        return False
    return bool(a.speaker and b.speaker) and same_speaker(a.speaker or "", b.speaker or "")


def _own_words(f: _Feat) -> bool:
    """A direct quotation, or a statement that quotes words of two or more."""
    return f.claim.kind is ClaimKind.direct_quote or bool(_QUOTED_WORDS.search(f.claim.statement))


def _subjects_apart(a: _Feat, b: _Feat) -> bool:
    """Two claims whose subjects are not one (`_one_subject`) and neither statement names a
    word of the other's subject (extractors' subjects are rough: "I don't think she" and
    "She made it out" are one person's making it)."""
    if _one_subject(a.claim.subject, b.claim.subject):
        return False
    for x, y in ((a, b), (b, a)):
        words = {w for w in _WORD.findall(x.claim.subject.casefold()) if len(w) > 2}
        if words & set(_WORD.findall(y.claim.statement.casefold())) - _STOP:
            return False
    return True
