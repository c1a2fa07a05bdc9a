"""Denials that point back (link rule 2, its second half): "Henrik Sol has denied the
report", "A spokeswoman said that claim was simply not true", "Moor's office rejected the
criticism". Such a denial names nothing of what it rejects; its article says what it
answers: the claim told just before it by someone else. News writes an accusation and the
answer of the accused side next to each other, so the nearest claim before the denial,
within a few sentences, that another side states (a speaker of its own, neither the
denier nor someone speaking for the denier, such as "Delaney's lawyer" for "Delaney") is
the claim it rejects; when that claim is a quotation that goes on with its speaker's
reported statement just before, the reported statement is (`quote_runs.run_opening`). The
answer is read inside one article, where the candidate pairs
of the link model never look (they pair claims of two articles).

A denial that states what it rejects ("Acme denied that its pumps had failed") is
compared with the claims of other articles by the link model; the accusation its own
article tells just before it ("Roe said the pumps had failed. Acme denied that ...") is
in no candidate pair. So such a denial also answers the nearest earlier claim of its
article, within the same reach, that another side states and that states what is denied
(two of the denied words, as link rule 2 asks of an assertion: `denied_before`).

What a denial rejects (`_rejected_words`) and whether a claim states it (`_stated`) are
read here for link rule 2 too.

A denial often rejects the accusation told just before it in other words ("Tate said the
case rested on the testimony of a builder who had been promised leniency. Prosecutors
denied that the witness had been offered any deal in exchange for his testimony."): fewer
than two of its words are the claim's. Such a denial answers the accusation when one
of the claims of the nearest other side before it, within the same reach (the accuser: a
speaker, or the outlet itself for a named party's denial), states the subject or an
object of what is denied (not only its verb: "The stolen files could be sold, Keane
said. The bank denied that any card numbers had been stolen" is no answer) and, by word
vectors, most of the rest (`COVER`; `OUTLET_COVER` for the outlet's own statement,
which no side of its own makes an accusation: `answered_in_other_words`).

PURE: reads the claims' statements, speakers and citations and the pair context's word
vectors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from itertools import pairwise, takewhile

from consensus.merge.accused_target import accusing_the_denier
from consensus.merge.bound_negations import unbound
from consensus.merge.claim_words import (
    OWN_ACCOUNT,
    content_stems,
    content_words,
    denied_content,
)
from consensus.merge.compare import PairContext
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.lexicon import _REPORT_NOUNS, _SPEECH, _STOP
from consensus.merge.nearest_before import act_pattern, enclosing
from consensus.merge.nested import nested_claims
from consensus.merge.quote_runs import run_opening
from consensus.merge.roles import attribution_words, role_words
from consensus.merge.slots import _stem
from consensus.merge.told_claims import opens_with_teller
from consensus.models import Polarity
from consensus.offline.judging import AS_VERBS, VERBS, VERDICT

# the most characters between the end of the claim answered and the start of the denial
# (a sentence or two: "Prosecutors said he took bribes. His lawyer said he would appeal.
# He has denied all the charges.")
ANSWER_REACH = 300
# rejected words (beyond names) an assertion must state to be denied (link rule 2)
DENY_OBJECT = 2
# how much of what a denial rejects, by word vectors, the accusation it answers in other
# words states (`answered_in_other_words`: the mean over the rejected words of their
# nearest word of the claim, 1 for a stem or concept in common)
COVER = 0.4
# ... when the claim is the outlet's own statement (no speaker) against a party's denial:
# no side of its own says it is an accusation, so most of the denial must be stated ("A
# pump failed, officials said." is no answer to "denied that it had ignored warnings
# about the pump", cover 0.43)
OUTLET_COVER = 0.6
# ... and between a claim and the tail that denies it ("X blamed the union, a charge the
# union rejected": the extractor cites "X blamed the union" and "charge the union rejected")
TAIL_GAP = 6

_NOUNS = "|".join(sorted(_REPORT_NOUNS | {"criticism", "criticisms"}))
_FALSE = (
    r"(?:not\s+true|untrue|false|baseless|groundless|unfounded|nonsense|fabricated|"
    r"incorrect|wrong|lies)"
)
# what may follow a report noun that tells when or where the denial was made, not what
# the report is about: "rejected the charge on Thursday", "denied the claims in a statement"
_WHEN = (
    r"(?!\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?:a|an|its|his|her|their)\s+(?:statement|interview|post|letter|email)\b))"
)
# a plural report noun: "that" or "this" before one opens a clause, not a demonstrative
# ("denied that concerns had been suppressed" states what it denies)
_PLURALS = "|".join(
    sorted(
        n
        for n in _REPORT_NOUNS | {"criticisms"}
        if n.endswith("s") and n[:-1] in _REPORT_NOUNS | {"criticism"}
    )
)
# what a verdict of falsity given with a verb of judging points back at: a pronoun, or a
# report noun or a figure's noun after a determiner ("branded the report misleading",
# "described the figures as 'wildly inflated'", "called it a fabrication")
_JUDGED_OBJECT = (
    r"(?:it|them|this|that|(?:the|that|these|those|such|his|her|their|its)\s+(?:[\w'’-]+\s+)?"
    rf"(?:{_NOUNS}|complaints?|remarks?|figures?|estimates?|numbers?))"
)
# a verdict's finite verbs: a participle ("..., calling it 'a fabrication'") follows a main
# verb that names what it answers itself ("denied a newspaper report that ...")
_FINITE = "|".join(v for v in VERBS.split("|") if not v.endswith("ing"))
_FINITE_AS = "|".join(v for v in AS_VERBS.split("|") if not v.endswith("ing"))
_BACK_REFERENCE = re.compile(
    # "denied the report", "rejected that account", "disputed the police account",
    # "denied all the charges" (a report noun right after the verb, nothing of its own)
    r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|"
    rf"disput(?:ed|es)|rebut(?:ted|s)?)\s+(?!(?:that|this)\s+(?:[a-z]+\s+)?(?:{_PLURALS})\b)"
    r"(?:all\s+)?(?:the|that|this|these|those|such|"
    r"his|her|their|its)\s+"
    rf"(?:(?P<whose>[a-z]+)\s+)?(?:{_NOUNS}|complaints?)\b(?!\s+(?:that|of|about|from|to)\b|\s+(?:in|on|by)\b{_WHEN})"
    # "that claim was simply not true", "Those reports are false"
    rf"|\b(?:the|that|this|these|those|such)\s+(?:{_NOUNS})\s+(?:was|were|is|are)\s+"
    rf"[\"“'‘]?(?:(?:simply|completely|totally|entirely|absolutely)\s+)?{_FALSE}\b"
    # "called the allegations baseless", "called it 'nonsense'"
    rf"|\bcall(?:ed|s)?\s+(?:it|them|this|that|(?:the|that|these|those)\s+(?:{_NOUNS}))\s+"
    rf"[\"“'‘]?(?:(?:simply|completely|totally|entirely|absolutely)\s+)?{_FALSE}\b"
    # "That is simply not true.", "said that was wrong," (a pronoun with a verdict of
    # falsity and nothing after it: the claim just before)
    r"|(?:^|[\s\"“'‘])(?P<pronoun>that|this)\s+(?:is|was)\s+(?:(?:simply|completely|totally|entirely|"
    rf"absolutely|just)\s+)?{_FALSE}[\"”'’]?\s*(?:[.,;]|$)"
    # "denied it.", "rejected them,"; "has denied doing so", "denies having done so" (the
    # act the sentence before accuses the denier of)
    r"|\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?)\s+(?:it|them|this)\s*(?:[.,;]|$)"
    r"|\bden(?:y|ied|ies|ying)\s+(?:ever\s+)?(?:doing|having\s+done)\s+(?:so|that|this|it)"
    r"\s*(?:[.,;]|$)"
    # "branded the report misleading", "described the claims as 'wildly inflated'"
    rf"|\b(?:(?:{_FINITE})\s+{_JUDGED_OBJECT}\s+|(?:{_FINITE_AS})\s+{_JUDGED_OBJECT}\s+as\s+)"
    rf"{VERDICT}",
    re.IGNORECASE,
)
# a denial that joins an earlier one ("Menck also dismissed the accusation")
_ALSO = re.compile(
    r"\balso\s+(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|"
    r"disput(?:ed|es)|rebut(?:ted|s)?|call(?:ed|s)?)\b",
    re.IGNORECASE,
)
# a request told ("the party has asked a court to order a recount"): an act of the accuser,
# nothing a denial calls false
_REQUEST = re.compile(
    r"\b(?:asked|urged|requested|petitioned|called\s+on|appealed\s+to)\s+"
    r"(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+",
    re.IGNORECASE,
)
# the verb that tells the act a report noun names (the accusation: "accused", "accusing")
_ACTS = {  # (the verbs of accusing tell an accusation however it is named: "blamed X on Y")
    "accusation": "accus|alleg|blam",
    "allegation": "alleg|accus|blam",
    "charge": "charg|accus|blam",
    "claim": "claim",
    "criticism": "critici",
    "assertion": "assert",
    "suggestion": "suggest",
    # an explanation is a cause told ("rejects that explanation": the claim that says
    # what set the thing off, not the expert's remark after it)
    "explanation": r"caus|set\s+off|sets\s+off|trigger|because\b|due\s+to|blam|led\s+to",
}
# ... and how far up an article such a claim may be (a few sentences)
ACT_REACH = 800
_ABOUT_A_REPORT = re.compile(rf"\b(?:{_NOUNS})\b", re.IGNORECASE)
# what follows a report noun that states the report's content ("their claim that ...")
_STATES_IT = re.compile(r"\s+that\s+(?!was|is|were|are|had\s+been\s+(?:false|denied))", re.I)
# words of a speaker's name too common to say two speakers are one side
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ROLE_WORDS = frozenset(
    "spokesman spokeswoman spokesperson office ministry department company government "
    "police official officials lawyer lawyers family brother sister mother father wife "
    "husband party union council agency commission group head chief".split()
)


def points_back(statement: str) -> bool:
    """Whether a denial's statement rejects something it does not state ("denied the
    report", "said that claim was not true")."""
    return _BACK_REFERENCE.search(statement) is not None


def answered(feats: Sequence[_Feat]) -> dict[int, int]:
    """Each denial that points back -> the claim of its article it answers (see the module
    docstring); denials without one are left out."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for d, f in enumerate(feats):
        if f.claim.polarity != Polarity.denies or not f.citations:
            continue
        back = _BACK_REFERENCE.search(f.claim.statement)
        if back is None:
            continue
        whose = (back.group("whose") or "").casefold()  # "the police account": police's
        # where the denial is told: its last quote (an extractor may cite the sentence it
        # answers first, "Armenia denied the accusation (X accused Armenia of ...)")
        last = max(f.citations, key=lambda c: c.start)
        start = last.start
        tail = last.quote[:1].islower()  # "charge the union rejected": a sentence's tail
        before = sorted(
            (x for x in by_article[f.article] if x[0] < start and x[2] != d), reverse=True
        )
        joined = (
            _joined_denial(feats, before, start, out) if _ALSO.search(f.claim.statement) else None
        )
        if joined is not None:  # "Menck also dismissed the accusation": the one answered
            out[d] = joined  # by the denial it joins, not that denier's words between
            continue
        act = _act_named(f.claim.statement[back.start() : back.end()])
        if act is not None:
            # "called the accusations baseless" answers the claim that tells the act,
            # "accusing them of ...", a few sentences up: the nearest such claim first
            named = _telling(feats, before, start, act, f.speaker)
            if named is not None:
                out[d] = named
                continue
        if back.group("pronoun"):
            # "The hospital said that was untrue": the pronoun is the claim just before
            # (whoever states it, a rumour too), or nothing; never one further up
            near = _nearest_claim(feats, before, start, f)
            if near is not None:
                out[d] = near
            continue
        for _, end, k in before:
            if start - end > ANSWER_REACH:
                break
            other = feats[k]
            if other.claim.polarity == Polarity.denies:
                # its own side's: it goes on with its own denial ("... Those reports are
                # false"); another side's ("The inquiry found no patient was invented. Roe
                # denies this."): that one or none, never a claim further up, which it may
                # well agree with
                break
            if act is not None and any(act.search(c.quote) for c in other.citations):
                # the sentence that tells the act ("..., who accused officials of ..., a
                # claim he offered no evidence for") is what "the accusation" answers; its
                # claim states something else, and a claim further up is no accusation
                break
            if other.claim.polarity != Polarity.asserts or _REQUEST.search(other.claim.statement):
                continue  # (a request, "asked a court to order a recount", is no accusation)
            told = any(
                _states_a_report(c.quote) or opens_with_teller(c.quote) for c in other.citations
            )
            if not other.speaker and not told and not (start - end <= TAIL_GAP and tail):
                continue  # (a claim of no one is answered only in its own sentence's tail)
            if _one_side(f.speaker, other.speaker):
                continue  # the denier's own words, or a lawyer's for the denier
            if any(_about_a_report(c.quote) for c in other.citations):
                continue  # "refused to confirm the newspaper's report": not the report
            if whose and not _tells(other, whose):
                continue  # "disputed the news media reports": a minister's words are not
            k = enclosing(feats, before, k, start)  # (its sentence's main claim)
            k = run_opening(feats, before, k, start)  # (a quotation's reported lead)
            out[d] = accusing_the_denier(feats, before, start, k, f, _one_side)  # (the accused)
            break
    return out


def _nearest_claim(
    feats: Sequence[_Feat], before: Sequence[tuple[int, int, int]], start: int, f: _Feat
) -> int | None:
    """The claim just before a denial whose pronoun points back ("said that was untrue"),
    if it is another side's assertion within `TAIL_GAP` of it; else None."""
    for _, end, k in before[:1]:
        other = feats[k]
        if start - end > TAIL_GAP or other.claim.polarity != Polarity.asserts:
            return None
        if _REQUEST.search(other.claim.statement) or _one_side(f.speaker, other.speaker):
            return None
        k = enclosing(feats, before, k, start)
        return run_opening(feats, before, k, start)
    return None


def _joined_denial(
    feats: Sequence[_Feat],
    before: Sequence[tuple[int, int, int]],
    start: int,
    out: dict[int, int],
) -> int | None:
    """What the nearest earlier denial of the article, within `ANSWER_REACH`, answers (a
    denial that points back and says "also" joins it: "The bank said such claims were
    false. '...,' its spokesman said. Menck also dismissed the accusation."); None when
    the nearest denial before answers nothing (or there is none)."""
    for _, end, k in before:
        if start - end > ANSWER_REACH:
            return None
        if feats[k].claim.polarity == Polarity.denies:
            return out.get(k)
    return None


def _about_a_report(quote: str) -> bool:
    """Whether a quote names a report noun other than one that opens what it states
    ("repeated their claim that the company had used agency drivers" states the claim: it
    is the accusation, not a remark about one)."""
    return any(_STATES_IT.match(quote, m.end()) is None for m in _ABOUT_A_REPORT.finditer(quote))


def _states_a_report(quote: str) -> bool:
    """Whether a quote states a report's content after its noun ("Union officials repeated
    their claim that the company had used agency drivers"): someone's claim, answered
    like a claim its speaker makes."""
    return any(_STATES_IT.match(quote, m.end()) for m in _ABOUT_A_REPORT.finditer(quote))


def _act_named(phrase: str) -> re.Pattern[str] | None:
    """The verb of the act a report noun names ("the accusations" -> accus-, "the
    allegation" -> alleg-, "the charge" -> charg-), as a pattern of its verb forms."""
    noun = _ABOUT_A_REPORT.search(phrase)
    if noun is None:
        return None
    verb = _ACTS.get(noun.group().casefold().rstrip("s"))
    return act_pattern(verb) if verb else None  # ("double-charged" is no "charged")


def _telling(
    feats: Sequence[_Feat],
    before: Sequence[tuple[int, int, int]],
    start: int,
    act: re.Pattern[str],
    denier: str | None,
) -> int | None:
    """The nearest earlier claim, within `ACT_REACH`, whose quotes tell the act by its
    verb ("accusing them of spying", "alleged that ...") and not by the report noun, that
    the denier's side does not state; None when there is none."""
    for _, end, k in before:
        if start - end > ACT_REACH:
            return None
        other = feats[k]
        if other.claim.polarity != Polarity.asserts or _one_side(denier, other.speaker):
            continue
        quotes = [c.quote for c in other.citations]
        if any(act.search(q) for q in quotes) and not any(
            _ABOUT_A_REPORT.search(q) for q in quotes
        ):
            return k
    return None


def _tells(f: _Feat, word: str) -> bool:
    """Whether a claim's speaker, statement or quotes hold `word` ("police" for "the
    police account")."""
    texts = [f.speaker or "", f.claim.statement, *(c.quote for c in f.citations)]
    return any(re.search(rf"\b{re.escape(word)}", t, re.IGNORECASE) for t in texts)


def _one_side(denier: str | None, speaker: str | None) -> bool:
    """Whether `speaker` is the denier or speaks for it (a name word in common: "mark
    delaney" / "delaney lawyer")."""
    if not denier or not speaker:
        return False
    if _speakers_compatible(denier, speaker):
        return True
    words = {w for w in denier.split() if len(w) > 3 and w not in _ROLE_WORDS}
    return bool(words & set(speaker.split()))


def _stated_denials(
    feats: Sequence[_Feat], skip: Collection[int]
) -> Iterator[tuple[int, _Feat, str]]:
    """Each denial of `feats` (not in `skip`) that cites its article and states what it
    denies (`denied_content`): (position, claim, what it denies)."""
    for d, f in enumerate(feats):
        if d in skip or f.claim.polarity != Polarity.denies or not f.citations:
            continue
        denied = denied_content(f.claim.statement)
        if denied is not None:
            yield d, f, denied


def denied_before(
    feats: Sequence[_Feat], answers: Collection[int], ctx: PairContext
) -> dict[int, int]:
    """Each denial that states what it rejects (not one of `answers`, which point back) ->
    the nearest earlier claim of its article, within `ANSWER_REACH`, that another side
    states (a speaker of its own, not the denier's side) and that states what the denial
    rejects: two of its words (`DENY_OBJECT`, by stem or vector, `_stated`), as link rule 2
    asks of an assertion ("the army denied that any civilians had been killed" <- "the
    strike killed 12 civilians, local officials said"); denials without one are left out."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for d, _f, denied in _stated_denials(feats, answers):
        what = _rejected_words(_without_own_account(denied))
        if len(what) < DENY_OBJECT:
            continue
        subject = _subject_words(_without_own_account(denied))
        for k in other_sides_before(feats, by_article, d, ANSWER_REACH):
            if _stated(ctx, what, k) >= DENY_OBJECT and (not subject or _stated(ctx, subject, k)):
                out[d] = k
                break
    return out


def other_sides_before(
    feats: Sequence[_Feat], by_article: dict[str, list[tuple[int, int, int]]], d: int, reach: int
) -> Iterator[int]:
    """The claims before denial `d` in its article, nearest first, within `reach`
    characters, that another side asserts (a speaker of its own, not the denier's side);
    none past a denial of the denier's own (it goes on with its own denial)."""
    f = feats[d]
    for k in claims_before(feats, by_article, d, reach):
        other = feats[k]
        if other.claim.polarity == Polarity.denies and _one_side(f.speaker, other.speaker):
            return
        if other.claim.polarity == Polarity.asserts and other.speaker:
            if not _one_side(f.speaker, other.speaker):  # (not the denier's own words)
                yield k


def claims_before(
    feats: Sequence[_Feat], by_article: dict[str, list[tuple[int, int, int]]], d: int, reach: int
) -> Iterator[int]:
    """The claims before claim `d` in its article (`_spans_by_article`), nearest first, that
    end within `reach` characters of its start."""
    f = feats[d]
    start = max(c.start for c in f.citations)
    before = sorted((x for x in by_article[f.article] if x[0] < start and x[2] != d), reverse=True)
    for _, end, k in before:
        if start - end > reach:
            return
        yield k


def _spans_by_article(feats: Sequence[_Feat]) -> dict[str, list[tuple[int, int, int]]]:
    """Per article, (start of its first quote, end of its last quote, claim) of its claims.
    A fact a phrase states inside another claim's sentence (`nested.py`: "Jo Roe, the
    union's organiser," -> "Jo Roe is the union's organiser") is left out: a denial after
    the sentence answers the sentence's own claim, never the phrase's."""
    by_article: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    parts = nested_claims(feats)
    for k, f in enumerate(feats):
        if f.citations and k not in parts:
            by_article[f.article].append((f.citations[0].start, f.citations[-1].end, k))
    return by_article


def _without_own_account(denied: str) -> str:
    """What a denial rejects without the account it goes on to give ("that the plan would
    raise public debt, saying the tax cut would be paid for by ..." -> "that the plan would
    raise public debt"), when the words before the account state what is rejected
    (`DENY_OBJECT` rejected words); a denial that points back at a claim ("dismissed the
    claim, saying media accounts did not accord ...") keeps its account."""
    before = OWN_ACCOUNT.split(denied, maxsplit=1)[0]
    return before if len(_rejected_words(before)) >= DENY_OBJECT else denied


def _said_by(f: _Feat, owner: str) -> bool:
    """Whether `owner` (a name) is the claim's speaker or subject."""
    name = owner.casefold()
    return any(
        name in who.casefold() or who.casefold() in name
        for who in (f.speaker or "", f.claim.subject)
        if who
    )


def _stated(ctx: PairContext, what: Sequence[str], s: int) -> int:
    """How many of the rejected words `what` claim s states: by stem, or a content word of
    s whose vector meets it ("soldiers" for "troops"; `PairContext._words_meet`)."""
    mine = content_words(ctx.views[s].statement)
    return sum(1 for w in what if any(ctx._words_meet(w, m) for m in mine))


def _rejected_words(denied: str) -> list[str]:
    """What a denial rejects beyond who is in it: the lower-case content words of `denied`
    (names and their demonyms are capitalised), not a report noun nor a speech word, one
    per stem. "Acme's repeated concerns about antitrust issues" -> repeated, antitrust,
    issues; "the claim, saying media accounts did not accord with the facts" -> accord (a
    denial that points back at a claim: whom it answers decides,
    `denial_strength._names_what_it_denies`)."""
    out: dict[str, str] = {}
    for w in _WORD.findall(denied):
        if w.islower() and len(w) > 2 and w not in _STOP and w not in _REPORT_NOUNS:
            if w not in _SPEECH:
                out.setdefault(_stem(w), w)
    return [out[k] for k in sorted(out)]


def answered_in_other_words(
    feats: Sequence[_Feat], done: Collection[int], ctx: PairContext
) -> dict[int, int]:
    """Each denial that states what it rejects (not one of `done`, answered already) -> the
    claim of the accuser its article tells just before it that the denial rejects in other
    words (see the module docstring). The accuser is the nearest speaker before the denial,
    within `ANSWER_REACH`, that is not the denier's side (a claim of no speaker is the
    outlet's, a side only against a denier with a name); of the accuser's claims there
    (up to a claim of a third speaker), the one that states the subject or an object of
    what is denied (a word of `_held_words`, by `_stated`) and covers the most of the
    rejected words (`_cover` >= `COVER`, or `OUTLET_COVER` for the outlet's); denials
    without one are left out."""
    by_article = _spans_by_article(feats)
    titles = _Titles(feats)
    out: dict[int, int] = {}
    for d, f, denied in _stated_denials(feats, done):
        what = _rejected_words(_without_own_account(denied))
        held = _held_words(_without_own_account(denied))
        named = _subject_names(_without_own_account(denied))
        subject = _subject_words(_without_own_account(denied))
        if len(what) < DENY_OBJECT or not (held or named):
            continue
        titled = [t for name in named for t in titles(name)]
        start = max(c.start for c in f.citations)
        before = sorted(
            (x for x in by_article[f.article] if x[0] < start and x[2] != d), reverse=True
        )
        accuser: str | None = None
        best: tuple[float, int] | None = None
        for _, end, k in before:
            if start - end > ANSWER_REACH:
                break
            other = feats[k]
            if _one_side(f.speaker, other.speaker):
                if other.claim.polarity == Polarity.denies:
                    break  # it goes on with its own denial
                continue  # the denier's own words
            who = other.speaker or ""  # (the outlet's own statement: against a party)
            if not who and not f.speaker:
                continue
            if accuser is None:
                accuser = who
            elif not _one_side(accuser, who) and accuser != who:
                break  # a third speaker: the accusation is told by the nearest
            if other.claim.polarity != Polarity.asserts:
                continue
            if _stated(ctx, held, k) < 1 and not _titled_in(other, titled):
                continue
            if subject and _cover(ctx, subject, k) < COVER:
                continue  # another's act on one of its objects (`states_in_other_words`)
            cover = _cover(ctx, what, k)
            if cover >= (COVER if who else OUTLET_COVER) and (best is None or cover > best[0]):
                best = (cover, k)
        if best is not None:
            out[d] = best[1]
    return out


def states_in_other_words(ctx: PairContext, denied: str, what: Sequence[str], s: int) -> bool:
    """Whether claim s states what a denial rejects (`denied`, its rejected words `what`)
    in other words, as `answered_in_other_words` reads an accusation: it covers `COVER` of
    the rejected words (`_cover`) and, when the rejected clause has a subject of common
    nouns ("the government had put pressure on the bank"), `COVER` of that subject, so
    another's act on one of its objects is no answer ("prices were rising too fast for
    the bank to wait"). Link rule 2 reads it for another party's assertion in another
    article."""
    if _cover(ctx, what, s) < COVER:
        return False
    subject = _subject_words(denied)
    return not subject or _cover(ctx, subject, s) >= COVER


def acts_on_another_thing(ctx: PairContext, denied: str, s: int) -> bool:
    """Whether claim s does what a denial rejects, its verb in common, to another thing:
    the first content word after the rejected verb (the first word after its first
    auxiliary) and the first after that verb in s do not meet (`_likeness` < `COVER`):
    "denied that officers had fired tear gas" / "officers had fired rubber bullets", "had
    run short of medicine" / "had run out of beds". A verb in other words ("had put
    pressure on" / "had pushed") is no such case. A verb in the passive ("that tear gas had
    been fired at the crowd") was done to its subject: another thing when s covers less
    than `COVER` of it."""
    words = [w.casefold() for w in _WORD.findall(denied)]
    first = next((k for k, w in enumerate(words) if w in _AUXILIARY), None)
    rest = [w for w in words[first + 1 :] if w not in _AUXILIARY] if first is not None else []
    if len(rest) < 2:
        return False
    if _passive(words[first:], rest[0]):
        # what the act was done to is the clause's subject ("tear gas had been fired"):
        # another thing unless the claim states it ("the evacuation had been ordered" /
        # "the evacuation order was only issued on Wednesday")
        subject = _subject_words(denied)
        return bool(subject) and _cover(ctx, subject, s) < COVER
    verb, theirs = _stem(rest[0]), [w.casefold() for w in _WORD.findall(ctx.views[s].statement)]
    at = next((k for k, w in enumerate(theirs) if _stem(w) == verb), None)
    mine = next((w for w in rest[1:] if len(w) > 2 and w not in _STOP), None)
    other = (
        next((w for w in theirs[at + 1 :] if len(w) > 2 and w not in _STOP), None)
        if (at is not None)
        else None
    )
    return mine is not None and other is not None and _likeness(ctx, mine, other) < COVER


def _passive(words: Sequence[str], verb: str) -> bool:
    """Whether `verb`, after the auxiliaries that open `words`, is a passive participle
    ("had been ordered too late", "was fired"): the word after it is no object of it, so
    what the act was done to is the clause's subject, not that word."""
    aux = list(takewhile(lambda w: w in _AUXILIARY, words))
    if not aux or words[len(aux) : len(aux) + 1] != [verb]:
        return False
    return bool(_BE_PASSIVE & set(aux)) or (
        aux[-1] in _BE_FINITE and verb.endswith(("ed", "en", "wn"))
    )


_BE_PASSIVE = frozenset({"been", "being", "be"})
_BE_FINITE = frozenset({"was", "were", "is", "are"})


def _cover(ctx: PairContext, what: Sequence[str], s: int) -> float:
    """The mean over the rejected words `what` of their likeness to the nearest content
    word of claim s: 1 for a stem or concept in common, else the cosine of their word
    vectors (0 without one)."""
    mine = content_words(ctx.views[s].statement)
    total = 0.0
    for w in what:
        total += max((_likeness(ctx, w, m) for m in mine), default=0.0)
    return total / len(what)


def _likeness(ctx: PairContext, x: str, y: str) -> float:
    """1 for two words of one stem or concept (`PairContext._words_meet`), else the cosine
    of their word vectors (0 when either has none, or below 0)."""
    if ctx._words_meet(x, y):
        return 1.0
    vx, vy = ctx._slot_vector(x), ctx._slot_vector(y)
    return max(0.0, float(vx @ vy)) if vx is not None and vy is not None else 0.0


def stated_answers(
    feats: Sequence[_Feat], answers: Collection[int], ctx: PairContext
) -> dict[int, int]:
    """Each denial that states what it rejects -> the claim before it in its article it
    answers: by two of its words (`denied_before`), else in other words
    (`answered_in_other_words`); `answers` (denials that point back) are left out. And
    each negated claim a "but" sentence joins to another side's (`rebuttals`), or that
    points back with "such" (`such_answers`: "never received such a report") -> that
    claim."""
    out = denied_before(feats, answers, ctx)
    out.update(answered_in_other_words(feats, set(answers) | set(out), ctx))
    for k, t in rebuttals(feats).items():
        out.setdefault(k, t)
    from consensus.merge.such_answers import such_answers  # (it reads this module's spans)

    for k, t in such_answers(feats).items():  # ("never received such a report")
        out.setdefault(k, t)
    return out


# a negation word ("had not taken account of", "never", "no one")
_NEGATED = re.compile(r"\b(?:not|never|no|none|nothing|nobody)\b|n[’']t\b", re.IGNORECASE)
# a clause that ends on a pronoun object pointing back at the clause before ("had been
# adjusted for it", "had done so")
_POINTS_BACK = re.compile(r"\b(?:it|them|so|this|that)\W*$", re.IGNORECASE)
# the most characters between two clauses of one sentence joined by "but" (", but ")
BUT_GAP = 8


def rebuttals(feats: Sequence[_Feat]) -> dict[int, int]:
    """Two speakers of two sides whose clauses one sentence joins by "but", one negated
    and the other not, the second about what the first states (a content word in common,
    or a pronoun object that points back): "Critics said the researchers had not taken
    account of smoking, but Santos said the results had been adjusted for it." The
    negated claim -> the other (a rebuttal: link.py makes it a negation conflict). Both
    assert; a denial is `answered`'s or `denied_before`'s."""
    by_article = _spans_by_article(feats)
    out: dict[int, int] = {}
    for spans in by_article.values():
        ordered = sorted(spans)
        for (_, end, a), (start, _, b) in pairwise(ordered):
            first, second = feats[a], feats[b]
            if not second.after_but or not 0 <= start - end <= BUT_GAP:
                continue
            if first.claim.polarity != Polarity.asserts or second.claim.polarity != (
                Polarity.asserts
            ):
                continue
            if not first.speaker or not second.speaker or _one_side(first.speaker, second.speaker):
                continue
            neg_a, neg_b = (_said_negated(f) for f in (first, second))
            if neg_a == neg_b:
                continue
            if not (
                _content_in_common(first, second) or _POINTS_BACK.search(second.claim.statement)
            ):
                continue
            out[a if neg_a else b] = b if neg_a else a
    return out


def _said_negated(f: _Feat) -> bool:
    """Whether the claim's statement holds a negation word (`_NEGATED`)."""
    return _NEGATED.search(unbound(f.claim.statement)) is not None


def _content_in_common(a: _Feat, b: _Feat) -> bool:
    """Whether two claims share a content stem beyond their speakers' names."""
    own = {_stem(w) for sp in (a.speaker, b.speaker) if sp for w in sp.split()}
    stems_a = {_stem(w) for w in content_words(a.claim.statement)} - own
    stems_b = {_stem(w) for w in content_words(b.claim.statement)} - own
    return bool(stems_a & stems_b)


# the words after which a noun phrase starts (a determiner, a possessive, a preposition;
# not "to", which starts verbs as often)
_NOUN_AFTER = frozenset(
    "the a an any all its his her their our this that these those of for in on with from "
    "by about over into against".split()
)
_AUXILIARY = frozenset(
    "had has have was were is are would will could did does do can should may might must "
    "been being".split()
)


def _held_words(denied: str) -> list[str]:
    """The rejected words (`_rejected_words`) of the subject or an object of what a denial
    rejects: the words before its first auxiliary verb ("the witness had been offered ..."
    -> witness), and after it the words of each noun phrase a determiner, possessive or
    preposition starts ("... any deal in exchange for his testimony" -> deal, exchange,
    testimony); not its verbs ("had been stolen", "slow to react")."""
    words = _WORD.findall(denied)
    first = next((k for k, w in enumerate(words) if w.casefold() in _AUXILIARY), len(words))
    held = words[:first]
    phrase = False
    for w in words[first:]:
        low = w.casefold()
        if low in _NOUN_AFTER:
            phrase = True
        elif low in _AUXILIARY or low in _STOP:
            phrase = False
        elif phrase:
            held.append(w)
    return _rejected_words(" ".join(held))


def _subject_words(denied: str) -> list[str]:
    """The rejected words (`_rejected_words`) of the subject of what a denial rejects, the
    words before its first auxiliary verb: "that the government had asked the bank ..."
    -> government; none when it opens on its verb or a pronoun."""
    words = _WORD.findall(denied)
    first = next((k for k, w in enumerate(words) if w.casefold() in _AUXILIARY), len(words))
    return _rejected_words(" ".join(words[:first])) if first < len(words) else []


def _subject_names(denied: str) -> list[str]:
    """The names (lower case) in the subject of what a denial rejects, the words before
    its first auxiliary verb: "that Lindqvist had known of ..." -> lindqvist."""
    words = _WORD.findall(denied)
    first = next((k for k, w in enumerate(words) if w.casefold() in _AUXILIARY), len(words))
    return [w.casefold() for w in words[:first] if w[:1].isupper() and w.casefold() not in _STOP]


class _Titles:
    """The titles the batch gives a person named by one word ("lindqvist" -> {prime,
    minist} from "Prime Minister Eva Lindqvist accepted ..."): the stems of `role_words`
    before or after each full name whose last word it is, in the claims naming them. Read
    once, when a denial's subject first names someone."""

    def __init__(self, feats: Sequence[_Feat]) -> None:
        self.feats = feats
        self._named: dict[str, list[tuple[str, int]]] | None = None
        self._got: dict[str, list[frozenset[str]]] = {}

    def __call__(self, name: str) -> list[frozenset[str]]:
        got = self._got.get(name)
        if got is None:
            if self._named is None:
                self._named = defaultdict(list)
                for k, f in enumerate(self.feats):
                    for full in f.entities:
                        self._named[full.rsplit(" ", 1)[-1]].append((full, k))
            found = {
                role_words(self.feats[k].claim.statement, (full,)) - _STOP_STEMS
                for full, k in self._named.get(name, ())
            }
            got = self._got[name] = sorted((t for t in found if t), key=sorted)
        return got


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)


def _titled_in(f: _Feat, titles: Sequence[frozenset[str]]) -> bool:
    """Whether a claim names someone by one of `titles` (every stem of it) beyond the
    words that attribute it to its speaker ("Mats Berg said the prime minister had
    known")."""
    if not titles:
        return False
    stems = content_stems(f.claim.statement)
    if f.speaker:
        stems -= {_stem(w) for w in attribution_words(f.claim.statement, (f.speaker,))}
    return any(t <= stems for t in titles)
