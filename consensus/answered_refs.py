"""What a denial answers, shown beside it: "Skerrin Ferries denied the claim." after "The
union said 64 sailings had been cancelled." -> "Skerrin Ferries denied the claim (the union
said 64 sailings had been cancelled)."

A denial whose object points back ("the claim", "the figure", "his complaint", "that", "it";
`consensus/data/report_frames.toml`), or a statement that calls such a thing wrong ("The
airport says that's wrong."), tells an editor reading it alone nothing of what is denied. A
display stage after the merge (as `said_frames`): only the statement the report shows (an
agreed or single-source item's, a contested point's side's) changes, never an id, a citation
or a verdict; the merger, the verdicts and every check read the claims as extracted.

What it answers is read from the article of the item's first citation whose span is its quote,
as the text writes it: the clause before the quote in its own sentence when the quote opens
after a conjunction or a semicolon ("The union says 64 sailings were lost, but | the company
denies it."), else the sentence before the quote's sentence (`pronoun_names.sentence_before`,
across a paragraph break: a denial often opens its own paragraph). That text must hold a
finite clause and must not be a denial of the same shape itself; it is shown verbatim (its
first letter lowered when it opens on a closed-class word, a final stop dropped) and cut at
`MAX_ANSWERED_WORDS` words with "…". The brackets follow the object that points back ("denied
the claim (…) outright"), or end the statement when it calls a thing wrong. A statement whose
object says what it is ("denied the claim that …", "rejected the figure of 64") is left as it
is. Grammar and closed classes only: nothing of one story. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.clause_citations import led_citation
from consensus.its_owners import restated
from consensus.models import Article, Citation, Item, Position, Report
from consensus.offline.names import _VERBS
from consensus.pronoun_names import sentence_before
from consensus.said_frames import FRAME_WORDS, _finite

__all__ = ["answered_refs", "answered_shown"]

MAX_ANSWERED_WORDS = 30  # a longer answered sentence is cut with "…"
MAX_TAIL_WORDS = 5  # "denied the claim outright on Monday", "rejected that as baseless"


def _alt(key: str) -> str:
    return "|".join(re.escape(w) for w in FRAME_WORDS[key])


_OBJECT = (
    rf"(?:(?:{_alt('answered_determiners')})[ \t]+(?:[a-z][\w-]*[ \t]+)?"
    rf"(?:{_alt('answered_nouns')})|(?:{_alt('answered_pronouns')}))"
)
# "The company denied the claim", "She disputed the figure outright", "They rejected that."
_DENIED = re.compile(
    rf"(?i:\b(?:{_alt('denial_verbs')}))[ \t]+(?P<object>(?i:{_OBJECT}))(?![\w’'-])"
    rf"(?P<tail>(?:,?[ \t]+[^\s“”\"]+){{0,{MAX_TAIL_WORDS}}}?)[ \t]*[.!?]?$"
)
# "The airport says that's wrong.", "The company said the claim was false."
_CALLED_WRONG = re.compile(
    rf"(?<![\w’'-])(?i:{_OBJECT})(?:[’']s|[ \t]+(?:is|was|are|were)(?:[ \t]+(?:simply|completely|"
    rf"entirely|totally|just|wholly|flatly))?)[ \t]+(?i:not[ \t]+true|{_alt('wrong_words')})"
    r"[ \t]*[.!?]?$"
)
# a tail that says what is denied: "the claim that ...", "the figure of 64", "it was over"
_SAYS_WHAT = re.compile(
    r"^,?[ \t]+(?:that|of|about|over|from|regarding|on|is|was|were|are|had|has|would|will)\b"
)
# the conjunction or semicolon a quote may open after within its sentence
_CLAUSE_LINK = re.compile(r"(?:[,;]?[ \t]+(?:but|and|yet|while|though|although)|;)[ \t]*$")
# a clause of the statement's own before the denial
_OWN_CLAUSE = re.compile(
    r"[;:]|,[ \t]+(?:and|but)\b|\b(?:but|while|although|though|yet|after|when)\b"
)
_PRONOUNS = frozenset(FRAME_WORDS["answered_pronouns"])
_ADVERBS = frozenset(FRAME_WORDS["denial_adverbs"])
# a sentence that makes a claim or a charge: a verb of saying or a charge's word
_CLAIMING = re.compile(rf"(?<![\w’'-])(?:{_VERBS})(?![\w’'-])|\b(?i:{_alt('charge_stems')})\w*")
_BARE_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
_CLOSED_OPENING = frozenset(
    "the a an this that these those its his her their our it he she they we".split()
)


def _pointing_tail(obj: str, tail: str) -> bool:
    """Whether the words after a denial's object leave the object pointing back: none, or
    adverbs only after a pronoun ("rejected that outright"; not "denied that any shots had
    been fired"), nothing that says what after a noun ("denied the claim as baseless"; not
    "denied the claim that ...")."""
    if obj.lower() in _PRONOUNS:
        return all(w.lower() in _ADVERBS for w in re.findall(r"[\w’'-]+", tail))
    return _SAYS_WHAT.match(tail) is None


def _anaphoric(statement: str) -> tuple[int, str] | None:
    """(where the brackets go, the statement without its stop) when `statement` denies or
    calls wrong a thing it only points back at (module doc); else None."""
    bare = statement.rstrip().rstrip(".!?").rstrip()
    m = _DENIED.search(statement.rstrip())
    if m is not None and _OWN_CLAUSE.search(statement, 0, m.start()):
        return None  # (what it denies is the statement's own clause before: "X, but Y denied it")
    if m is not None and _pointing_tail(m.group("object"), m.group("tail")):
        return m.end("object"), bare
    if _CALLED_WRONG.search(statement.rstrip()) is not None:
        return len(bare), bare
    return None


def _answered_text(c: Citation, text: str) -> str | None:
    """The clause or sentence the quote `c` answers (module doc), verbatim; None when there
    is none or it is no claim."""
    lead = led_citation(c, text).lead
    if lead:
        link = _CLAUSE_LINK.search(lead)
        if link is None:
            return None  # (the quote opens inside a clause: what it points at, unsure)
        answered = lead[: link.start()].strip()
    else:
        before = sentence_before(text, c.start, paragraph=True)
        if before is None:
            return None
        answered = before[1].strip()
    answered = answered.rstrip().rstrip(".!?,;:").rstrip()
    words = answered.split()
    if len(words) < 3 or not _finite(answered) or _anaphoric(answered) is not None:
        return None
    if _CLAIMING.search(answered) is None:
        return None  # (no one claims it: "Shares closed higher": what is denied, unsure)
    if answered.count('"') % 2 or answered.count("“") != answered.count("”"):
        return None  # (a piece of a quotation: the sentence before ends inside one)
    if _BARE_QUOTE.fullmatch(answered):
        return None  # (a quotation with no one who says it: whose claim, unsure)
    if len(words) > MAX_ANSWERED_WORDS:
        answered = " ".join(words[:MAX_ANSWERED_WORDS]) + " …"
    first = answered.split()[0]
    if first.lower() in _CLOSED_OPENING:
        answered = answered[:1].lower() + answered[1:]
    return answered


def answered_shown(one: Item | Position, texts: Mapping[str, str]) -> str:
    """The statement of `one` as shown: with what it answers in brackets when it denies a
    thing it only points back at (module doc), else as it is."""
    found = _anaphoric(one.statement)
    if found is None:
        return one.statement
    at, bare = found
    for c in one.citations:
        text = texts.get(c.article)
        if text is None or text[c.start : c.end] != c.quote:
            continue
        answered = _answered_text(c, text)
        if answered is not None:
            stop = one.statement.rstrip()[len(bare) :] or "."
            return f"{bare[:at]} ({answered}){bare[at:]}{stop}"
    return one.statement


def answered_refs(report: Report, articles: Sequence[Article]) -> Report:
    """The report with each shown denial of a thing it only points back at given what it
    answers (module doc); ids, citations and verdicts as merged. The same object when nothing
    changes."""
    texts = {a.id: a.text for a in articles}
    return restated(report, lambda one: answered_shown(one, texts))
