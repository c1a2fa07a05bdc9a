"""A party's denial in one article against the accusation another article tells (link rule 2,
across articles): "Researchers said Telvina had sold customers' location data" / (another
outlet) "Telvina insisted it had done nothing wrong". The accused answers in its own words,
often in an outlet that never restates the accusation: "rejected the allegation that the
tender had been rigged", "called the union's report false", "categorically denied paying
any bribes". Such a pair shares few words, so the link model gives it p 0.01-0.25 (under
the denial bar) or never pairs it; the in-article readings (`answers.answered`,
`answers.stated_answers`, `accused.accused_answers`) find no accusation in the denial's own
article.

A denial by party P (its speaker, or the subject before its verb when the extractor gave
none: "The developer categorically denied ...", "The hospital's director called the
union's report false"; a role word names the party it speaks for: "the driver's lawyer"
-> driver) answers a claim of ANOTHER origin that another side tells (a speaker of its own,
or "X said" in its words, never P's side) when:

P is the subject of what that side says, told as a done act ("Prosecutors said the
developer had paid ...", "accused Telvina of ..."; not "said Sol would sue", "told the jury
he fired": a pronoun names no one), and the denial's rejected words, when it states any,
meet that claim's by stem ("denies ever taking a banned substance" / "had tested positive
for a banned stimulant"; "denied that his client had been drinking" answers no "the driver
had been using his phone"; "denied making illegal shipments" no "had investigated the
relevant ship"); a denial that states nothing ("insisted it had done nothing wrong")
needs no word. One claim per other origin (the first), and none at all when the denial's
own article tells such an accusation (the in-article readings answer there, or it answers
something else). A side that is a bare role ("the lawyer said") may speak for P: no
accusation.

Only for denials no other reading answered (pairs over the denial bar, in-article
answers). A claim that declines, does not respond or has not denied is no denial
(`_NOT_A_DENIAL`). A denial that points back at an accusation it states ("rejected the
allegation that the tender had been rigged") without naming the accused is not read here:
measured with two rejected words met, it set verdicts ("A jury rejected his claim that he
fired in self-defence") and answers the gold tells as agreed against their accusations.

PURE: reads the claims' statements, speakers, articles and origins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import lru_cache

import numpy as np

from consensus.merge.answers import _one_side, _rejected_words
from consensus.merge.claim_words import content_stems, denied_content
from consensus.merge.denial_strength import long_object, states_too_little
from consensus.merge.features import _Feat
from consensus.merge.slots import _stem
from consensus.models import Polarity

__all__ = ["cross_answers"]

_FALSE = (
    r"(?:not\s+true|untrue|false|baseless|groundless|unfounded|nonsense|fabricated|"
    r"incorrect|wrong|lies)"
)
_NOUNS = r"(?:reports?|claims?|allegations?|accusations?|charges?|accounts?|suggestions?)"
# a denial that states nothing of what it rejects: a negation whatever polarity the
# extractor gave it ("insisted it had done nothing wrong"), or a denial's blanket object
_NOTHING_WRONG = re.compile(
    r"\b(?:had|has|have|did|done|do|does)\s+(?:done\s+)?nothing\s+wrong\b", re.IGNORECASE
)
_BLANKET = re.compile(
    r"\bden(?:y|ied|ies|ying)\s+(?:any\s+|all\s+)?wrongdoing\b"
    rf"|\bcall(?:ed|s)?\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?P<whose>[\w’']+)\s+)?{_NOUNS}\s+"
    rf"(?:(?:simply|completely|totally|entirely|absolutely)\s+)?{_FALSE}\b",
    re.IGNORECASE,
)
REPORT_GAP = 6  # the most words between a report noun and its "that" (where, by whom)
# a report noun with what it reports: "the allegation that ...", "the claims of forged ..."
_STATES_REPORT = re.compile(
    rf"\b(?:the|these|those|any)\s+{_NOUNS}\s+(?:that|of)\b"
    # ... or with where it was made between: "claims circulating online that ..."
    # (no verb of the report's own clause or conjunction between: "claims were false and
    # that ..." tells no report's content)
    rf"|\b{_NOUNS}\s+(?:(?!(?:is|are|was|were|be|been|and|but|or)\b)[\w'’-]+\s+)"
    rf"{{1,{REPORT_GAP}}}?that\b",
    re.I,
)
# what closes a report's content: "the accusation that wages had not been paid was untrue"
_CLOSING_FALSE = re.compile(rf"\s+(?:was|were|is|are)\s+(?:\w+\s+)?{_FALSE}\b", re.I)
_NOT_A_DENIAL = re.compile(
    r"\b(?:declin\w+\s+to|did\s+not\s+respond|not\s+(?:yet\s+)?(?:den(?:y|ied)|comment))\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?den",
    re.IGNORECASE,
)
# the verb a denier's statement opens its denial with (the words before it: the denier)
_CUE = re.compile(
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|disput(?:ed|es)|"
    r"insist(?:ed|s)?|call(?:ed|s)?|said|says|maintain(?:ed|s)?)\b",
    re.IGNORECASE,
)
# a side's words: "X said (that) <what it says>", "accused X of"
_TOLD = re.compile(
    r"\b(?:said|says|reported|alleged|claimed|told|accus(?:ed|es|ing))\s+(?:that\s+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# words that name a role speaking for a party, not the party ("the hospital's director")
_ROLES = frozenset(
    """spokesman spokeswoman spokesperson spokespeople director owner owners lawyer lawyers
    attorney attorneys chief head executive official officials representative manager
    managers boss chairman chairwoman president office statement press the a an its his her
    their for of said says categorically strongly flatly firmly also again""".split()
)
# a done act after the subject: "had paid", "was armed", "skipped", "sold"
_VERB = re.compile(
    r"had|has|have|was|were|did|(?!need|speed|seed|feed)[a-z]+ed|sold|paid|took|stole|hid|lied"
)
_ARTICLES = frozenset("the a an its mr mrs ms dr".split())
# words that end a subject before any verb: a clause or a quote opens ("after the match that")
_NOT_SUBJECT = frozenset(
    """that after before when while on in at by with for to of is are will would could may
    might he she they we i it you""".split()  # (a pronoun names no one: "told the jury he")
)
SUBJECT_REACH = 4  # words after the speech verb that may name the accused subject
POINTED_MIN = 2  # the rejected words a pointed denial must state, and meet
PARTY_WORDS = 5  # the most words before a speakerless denial's verb read as its party


def _party(f: _Feat) -> frozenset[str]:
    """The stems of the words naming the denier's party: its speaker, else the words
    before the denial's verb, without role words ("hospital's director" -> hospital)."""
    who = f.speaker
    if not who:
        m = _CUE.search(f.claim.statement)
        who = f.claim.statement[: m.start()] if m else ""
        if len(who.split()) > PARTY_WORDS:
            return frozenset()  # (no short subject before the verb: no party told)
    words = (w.casefold().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(who))
    return frozenset(_stem(w) for w in words if len(w) > 2 and w not in _ROLES)


def _owner(word: str) -> frozenset[str]:
    """The stem of a possessive naming whose report a denial calls false ("union's" ->
    union); nothing for a word that is no possessive ("the news reports")."""
    low = word.casefold()
    if not low.endswith(("'s", "’s", "s'", "s’")):
        return frozenset()
    return frozenset({_stem(low.removesuffix("'s").removesuffix("’s").rstrip("'’"))})


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def _subjects(statement: str) -> frozenset[str]:
    """Stems of the subject of what a side says, when it tells a done act ("Prosecutors
    said the developer had paid ..." -> developer; "accused Telvina of" -> telvina): the
    words before a past or perfect verb ("had", "was", "-ed"), at most `SUBJECT_REACH`;
    nothing for what a party will do or is ("said that Sol would sue", "said Kofi is")."""
    m = _TOLD.search(statement)
    if m is None:
        return frozenset()
    words = _WORD.findall(statement[m.end() :])[: SUBJECT_REACH + 1]
    if m.group().casefold().startswith("accus"):
        subject = words[:SUBJECT_REACH]
    else:
        at = next((k for k, w in enumerate(words) if _VERB.fullmatch(w.casefold())), 0)
        subject = words[1:at] if words and words[0].casefold() in _ARTICLES else words[:at]
        if not subject or any(w.casefold() in _NOT_SUBJECT for w in words[:at]):
            return frozenset()
    return frozenset(
        _stem(w.casefold().removesuffix("'s").removesuffix("’s"))
        for w in subject
        if len(w) > 2 and w.casefold() not in _ROLES
    )


def _told(f: _Feat) -> bool:
    return f.claim.polarity == Polarity.asserts and bool(
        f.speaker or _TOLD.search(f.claim.statement)
    )


def agreed_claims(
    feats: Sequence[_Feat], pairs: Sequence[tuple[int, int]], p: np.ndarray, at: float
) -> frozenset[int]:
    """The assertions linked at `at` or more to an assertion of another origin: members of
    what two origins agree on, which a denial's answer must not take away from it."""
    ks = np.flatnonzero(p >= at).tolist()
    if not ks:
        return frozenset()
    ij = np.array([pairs[k] for k in ks], dtype=np.int64).reshape(-1, 2)
    ok = np.fromiter((f.claim.polarity == Polarity.asserts for f in feats), bool, len(feats))
    numbers: dict[str, int] = {}  # (articles and origins numbered in one table)
    art = np.fromiter((numbers.setdefault(f.article, len(numbers)) for f in feats), np.int64)
    key = np.fromiter(
        (numbers.setdefault(f.origin or f.article, len(numbers)) for f in feats), np.int64
    )
    i, j = ij[:, 0], ij[:, 1]
    two = ok[i] & ok[j] & (art[i] != art[j]) & (key[i] != key[j])
    return frozenset(i[two].tolist()) | frozenset(j[two].tolist())


def _meets_pointed(what: frozenset[str], stems: frozenset[str]) -> bool:
    """Whether a claim states what a pointed denial rejects ("the allegation that the tender
    had been rigged" / "officials had rigged the tender"): two rejected words and at least
    half of them, by stem."""
    met = len(what & stems)
    return met >= POINTED_MIN and 2 * met >= len(what)


def cross_answers(
    feats: Sequence[_Feat], done: Collection[int], agreed: Collection[int] = ()
) -> dict[int, list[int]]:
    """Each denial (not in `done`) -> the claims of other origins it answers (see the
    module docstring); denials that answer none are left out. `agreed`: claims that other
    origins agree on (`agreed_claims`), answered by none."""
    deniers: list[tuple[int, frozenset[str], frozenset[str], bool, frozenset[str]]] = []
    for d, f in enumerate(feats):
        if d in done or not f.citations:
            continue
        statement = f.claim.statement
        nothing = _NOTHING_WRONG.search(statement) is not None
        if (f.claim.polarity != Polarity.denies and not nothing) or _NOT_A_DENIAL.search(statement):
            continue  # ("called the report false" as an assertion: no side of a point)
        called = _BLANKET.search(statement)
        blanket = nothing or called is not None
        # whose report it calls false ("called the union's report false"): the accuser
        whose = _owner(called.group("whose") if called and called.group("whose") else "")
        denied = None if blanket else denied_content(statement)
        report = _STATES_REPORT.search(statement)
        if not blanket and report is not None:  # ("the accusation that X was untrue": X)
            denied = _CLOSING_FALSE.split(statement[report.end() :], maxsplit=1)[0]
        if denied is not None:
            told = _TOLD.search(denied)  # ("The owner said the accusation that ...")
            denied = denied[told.end() :] if told else denied
        party = _party(f)
        what = frozenset(_stem(w) for w in _rejected_words(denied or "")) - party
        pointed = not blanket and report is not None and len(what) >= POINTED_MIN
        if party or pointed:
            deniers.append((d, party, what, pointed, whose))
    if not deniers:
        return {}
    by_subject: dict[str, list[int]] = defaultdict(list)
    sides: list[int] = []  # every claim another side tells
    for s, g in enumerate(feats):
        if _told(g):
            sides.append(s)
            for w in _subjects(g.claim.statement):
                by_subject[w].append(s)
    parties: dict[int, frozenset[str]] = {}  # (each claim's party and stems read once)
    stem_sets: dict[int, frozenset[str]] = {}
    out: dict[int, list[int]] = {}
    for d, party, what, pointed, whose in deniers:
        f = feats[d]
        first: dict[str, int] = {}  # origin -> the claim it answers there (one each)
        own = False  # an accusation in the denial's own article: what it answers there
        named = {s for w in party for s in by_subject.get(w, ())}
        for s in sides if pointed else sorted(named):
            g = feats[s]
            if s == d or _one_side(f.speaker, g.speaker):
                continue  # the denier's own side
            g_party = parties.get(s)
            if g_party is None:
                g_party = parties[s] = _party(g)
            if g.speaker and (party & g_party or not g_party):
                continue  # the denier's own side, or a role with no party ("the lawyer
                # said"): perhaps the denier's
            if g.conditional:
                continue  # (what a party would or could do: no accusation of a done act)
            if whose and not whose & g_party:
                continue  # (another side's report called false: "the union's report")
            stems = stem_sets.get(s)
            if stems is None:
                stems = stem_sets[s] = content_stems(g.claim.statement.casefold())
            if s not in named and not _meets_pointed(what, stems):
                continue  # (the accused unnamed: what the denial rejects must be stated)
            if what and not what & stems:
                continue  # it denies something else ("shipments" meets no "ship")
            if long_object(denied or "", sorted(what)) and states_too_little(
                what, stems, denied or ""
            ):
                continue  # (a long object, one word met: "work" of "had been at work for
                # 13 hours" in "moving the load is slow work")
            if g.article == f.article:
                own = True
                break
            if s in agreed:
                continue  # (what other origins agree on: no answer takes it away)
            if not (g.origin and g.origin == f.origin):
                first.setdefault(g.origin or g.article, s)
        if first and not own:
            out[d] = sorted(first.values())
    return out
