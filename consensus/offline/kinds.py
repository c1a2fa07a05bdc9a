"""Step 4: kind, polarity and hedges from surface cues (denials, hedges, opinion)."""

from __future__ import annotations

import re

from consensus.offline.grammar import opens_with_speaker
from consensus.offline.judging import JUDGED, VERB_KEYS, VERDICT_SPAN
from consensus.offline.sentences import _WORD

_DENIAL = re.compile(
    # "denied X access/entry/bail" deprives, it rejects no claim; "we cannot deny that ...",
    # "did not deny", "never denied" deny nothing
    r"\b(?:(?<!not )(?<!n't )(?<!n’t )(?<!never )(?:denied|denies|deny)"
    r"(?!(?:\s+[\w’'-]+){0,5}?\s+(?:access|entry|bail|permission|"
    r"visas?|passage|boarding|admission|parole|landing|clearance)\b)|denying that|"
    # "rejected the offer" turns something down; "rejected claims that ..." denies a claim
    # (a quotation may close on the verb: 'it "completely rejects" any suggestion that')
    r"(?:dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|disput(?:ed|es|ing))(?=[\"”’']?(?:\s+[\w’'-]+){0,4}?\s+(?:claims?|"
    r"reports?|allegations?|accusations?|suggestions?|assertions?|charges?|rumou?rs?|"
    r"speculation|idea|notion|concerns?|complaints?|criticism|accounts?|stor(?:y|ies)|that)\b)|"
    # "a charge the union rejected", "which the firm has disputed": the claim named first
    # ("a charge the court's spokeswoman, Lena Varga, rejected on Thursday, saying ...": a
    # name in commas after the role, a time or a comma after the verb)
    r"(?:claims?|charges?|allegations?|accusations?|assertions?|accounts?)\s+(?:that\s+)?"
    r"(?:[\w’'&.-]+\s+){0,3}[\w’'&.-]+(?:,\s+(?:[\w’'.-]+\s+){0,2}[\w’'.-]+,)?\s+"
    r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:rejected|rejects|disputed|disputes|dismissed|dismisses)"
    r"(?=\W*$|\s*,|\s+(?:on|in|at|last|earlier|yesterday|today|this|late)\b)|"
    r"refuted|refutes|refuting|not true|untrue|groundless|"
    # "That is simply not the case", "without foundation", "completely false", "nonsense"
    r"not the case|without foundation|no basis in fact|"
    # "said that was "not our understanding"", "That is not what prosecutors told us" (a
    # claim told just before it, another side's account, called not so)
    r"not (?:our|my|their|his|her|the) understanding|"
    r"(?:that|this) (?:is|was) not what (?:[\w’'-]+ ){0,3}?(?:told|said|says|saw|happened)|"
    r"(?:is|are|was|were)\s+[\"“']?(?:(?:completely|totally|entirely|simply|absolutely)\s+)?false|"
    # "Police have called that allegation false", "called the reports untrue"
    # ("called the union's report false": whose report it is may come between)
    r"call(?:ed|s|ing)\s+(?:it|them|this|(?:the|that|these|those)\s+(?:[\w-]+['’]s?\s+)?"
    r"(?:claims?|reports?|"
    r"allegations?|accusations?|suggestions?|assertions?|charges?|rumou?rs?|stor(?:y|ies)|"
    r"accounts?))\s+[\"“']?(?:(?:completely|totally|entirely|simply|absolutely)\s+)?"
    r"(?:false|untrue)|"
    # "Any suggestion that we ignored warnings is simply wrong": a report called wrong
    r"(?:suggestions?|claims?|reports?|allegations?|accusations?|assertions?|estimates?|"
    r"idea|notion)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,8}?(?:is|are|was|were)\s+[\"“']?"
    r"(?:(?:completely|totally|entirely|simply|absolutely|just|plain)\s+)?wrong|"
    r"nonsense|absurd|fake news|"
    # "the charges do not accord with the facts", "are not in line with the facts"
    r"(?:not|n[’']t) (?:accord|in line|tally|square) with (?:the )?facts?|"
    r"fabricat\w*|manipulation|baseless|"
    # calling a report disinformation rejects what it says; claims made to or for someone
    # are requests for payment ("making false claims to insurers", "false claims for
    # expenses"): an offence charged, no claim called false
    r"false (?:claims?(?!\s+(?:to|for)\b)|reports?|rumou?rs?|allegations?)|"
    r"disinformation|misinformation)\b|"
    # "called that 'simply untrue'", "described the figure as 'wildly inflated'": a verdict
    # of falsity given with a verb of judging (`judging`, data/judging.toml)
    rf"\b{JUDGED}",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:allegedly|alleged|reportedly|purportedly|claimed|unverified|unconfirmed|"
    r"it is unclear|it was unclear|could not be independently verified|"
    r"without providing(?:\s+any)?(?:\s+specific)?\s+(?:evidence|figures|details|proof|data)|"
    r"(?:did|does|has|have)\s+not\s+provided?(?:\s+any)?(?:\s+specific)?\s+"
    r"(?:evidence|figures|details|proof|data))\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:analysts?\s+(?:consider|say|believe|think)|highly debatable|debatable|essentially|"
    r"clearly|arguably|apparently|seemingly|unprecedented|suggests?|question whether|"
    r"writing is on the wall|it seems|likely)\b",
    re.IGNORECASE,
)
# Substrings that every match of the cue pattern contains: case-insensitive regexes cost
# ~0.1 µs a character in Python, a lower-cased substring test almost nothing.
_DENIAL_KEYS = (
    "deni",
    "deny",
    "dismiss",
    "disput",
    "untrue",
    "groundless",
    "with the fact",
    "with fact",
    "reject",
    "refut",
    "not true",
    "fabricat",
    "manipulat",
    "baseless",
    "false ",
    "disinformation",
    "misinformation",
    "not the case",
    "understanding",
    "not what",
    "without foundation",
    "no basis in fact",
    "false",
    "wrong",
    "nonsense",
    "absurd",
    "fake news",
    *VERB_KEYS,
)
_HEDGE_KEYS = (
    "alleged",
    "reportedly",
    "purportedly",
    "claimed",
    "unverified",
    "unconfirmed",
    "unclear",
    "independently",
    "without providing",
    "not provide",
)
_OPINION_KEYS = (
    "analyst",
    "debatable",
    "essentially",
    "clearly",
    "arguably",
    "apparently",
    "seemingly",
    "unprecedented",
    "suggest",
    "question whether",
    "writing is on the wall",
    "it seems",
    "likely",
)


def _cue(pattern: re.Pattern[str], keys: tuple[str, ...], text: str) -> re.Match[str] | None:
    low = text.lower()
    if not any(key in low for key in keys):
        return None
    return pattern.search(text)


_ADVERB_HEDGE = frozenset({"allegedly", "reportedly", "purportedly"})
_NOUN_LINKS = frozenset({"of", "for", "about", "on", "to", "with", "among", "including"})
_NOT_A_NOUN = frozenset(
    "was were is are be been being has have had and but or who which that it they he she".split()
)


def _modifies_a_noun(body: str, m: re.Match[str]) -> bool:
    """'the safety of soldiers allegedly surrounded in …': the hedge qualifies a noun phrase
    inside the claim (a reduced relative clause), not the claim itself."""
    if m.group().lower() not in _ADVERB_HEDGE:
        return False
    before = _WORD.findall(body[: m.start()])[-5:]
    after = _WORD.findall(body[m.end() : m.end() + 40])[:1]
    if not before or not after or not re.fullmatch(r"[a-z]+(?:ed|en)", after[0]):
        return False
    noun = before[-1]
    if not noun.islower() or noun in _NOT_A_NOUN:
        return False
    return any(w in _NOUN_LINKS for w in before[:-1])


def _own_voice(clause: str) -> bool:
    """Whether a clause keeps no speaker of the clause before it ("He emphasized that X,
    but Y": Y is still his): a denial (its own act), or a clause opened by its own speaker
    ("..., the agency said, but a charity warned that ...": `grammar.opens_with_speaker`)."""
    return _cue(_DENIAL, _DENIAL_KEYS, clause) is not None or opens_with_speaker(clause)


# a time clause the denial verb is in: "a day after he denied that ...", "hours before
# denying it": the clause dates the sentence's own act ("Police said the owner had been
# arrested, a day after he denied that any exits had been locked" arrests, it denies
# nothing); up to three words of its subject, none joining a second verb ("checked before
# the flight and denied that ...": the sentence's own denial)
_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|since|until|while|when)\s+"
    r"(?:(?!(?:and|but|or|then|nor)\b)[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[,;:()\"“”—–]")


_DIGIT = re.compile(r"\d")


def denies(body: str) -> bool:
    """Whether a claim's text denies or rejects something (`_DENIAL`): a cue outside a time
    clause of its own (`_TIME_CLAUSE`). A verdict given with a verb of judging
    (`judging.VERDICT_SPAN`) in a claim that states a figure beside it ("says the levy is
    at most 15 cents and calls the 40-cent figure 'scaremongering'") is not the claim's
    kind: the claim is that figure, a side of its figure point, which tells the clash."""
    if _cue(_DENIAL, _DENIAL_KEYS, body) is None:
        return False
    for m in _DENIAL.finditer(body):
        before = body[: m.start()]
        verdict = VERDICT_SPAN.match(body, m.start())
        if verdict is not None and _DIGIT.search(body[: m.start()] + body[verdict.end() :]):
            continue  # (a figure stated beside the verdict: the claim is that figure)
        stops = list(_CLAUSE_STOP.finditer(before))
        clause = before[stops[-1].end() :] if stops else before
        if not _TIME_CLAUSE.search(clause):
            return True
    return False
