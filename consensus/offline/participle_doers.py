"""Who does what a trailing participle tells: the doer `participle_tails._participle` puts in front.

"X did A, V-ing B" is cut into "X did A" and "X V-ed B" when X is the doer of V. English
leaves the doer of a trailing participle to the reader, and it is not always the subject:

* after a verb of perception or depiction with an object, the object does it: "Footage
  showed men climbing the wall, tearing down the flag" -> "men tore down the flag" (never
  "Footage tore down the flag");
* a participle of signification tells what the main clause's EVENT means: "manufacturers
  expressed concerns, reflecting the buyer's record" (the concerns reflect it, not the
  manufacturers); "shares were trading at $119, indicating ..."; "..., casting doubt on ...";
* a participle that dates the object: "declared three days of mourning, beginning on
  Tuesday" (the mourning begins, not the government);
* "giving" after a verb of receiving: "X won approval, giving the drugmaker its first
  product" (the approval gives it);
* a main clause whose subject is a market figure ("Shares of X closed up 41%, giving the
  company a market value ...", also when the tail follows an "after" clause of that
  sentence): a figure is no agent, the event is.

In these the whole sentence stays one claim (no cut): a statement that names the wrong actor
is worse than a long one. The doer of a participle after an event or a thing that acts stays
the subject ("The bus overturned, killing 12" -> "The bus killed 12"). A speech tail after a
denial is cut only when it gives a reason in a clause of its own (`denial_reason`). Only
grammar and closed classes of English words are read, never one story.
"""

from __future__ import annotations

import re

from consensus.offline.clause_shapes import _has_finite, _independent
from consensus.offline.grammar import _NOT_PARTICIPLES
from consensus.offline.subjects import clause_subject

__all__ = ["denial_reason", "participle_doer"]

_W = r"[\w’'-]+"
# verbs of perception or depiction: their object does what a participle after it tells
_PERCEIVE = (
    r"(?:show(?:s|ed|n)?|saw|sees?|seen|film(?:s|ed)|captur(?:es|ed)|depict(?:s|ed)|"
    r"record(?:s|ed)|hear(?:s|d)?|watch(?:es|ed)|spott(?:ed)|photograph(?:s|ed)|"
    r"pictur(?:es|ed)|witness(?:es|ed)|observ(?:es|ed)|caught|catch(?:es)?|find|finds|found)"
)
_PERCEIVED_OBJECT = re.compile(
    rf"\b{_PERCEIVE}\s+(?P<np>(?:{_W}\s+){{0,4}}?{_W})\s+(?P<ing>[a-z]{{2,}}ing)\b",
    re.IGNORECASE,
)
_NOT_OBJECT_WORDS = frozenset(
    "that how what why whether when where who which if it itself them him her me us "
    "he she they we i no not".split()
)
# participles of signification: what the main clause's event means or shows
_SIGNIFY = frozenset(
    """reflecting indicating suggesting signalling signaling mirroring underscoring
    underlining highlighting illustrating demonstrating echoing implying""".split()
)
_EVENT_PHRASE = re.compile(
    r"(?:casting|throwing)\s+(?:\w+\s+)?doubts?\b|(?:raising|fuelling|fueling|stoking|"
    r"deepening|heightening|easing|adding\s+to)\s+(?:\w+\s+){0,2}?(?:questions?|doubts?|"
    r"fears?|concerns?|speculation|worries|hopes?|pressure|uncertainty|tensions?)\b",
    re.IGNORECASE,
)
# a participle that dates or times the object: "..., beginning on Tuesday"
_DATING = re.compile(
    r"(?:beginning|starting|ending|lasting|running|expiring|effective)\s+(?:on|at|from|in|"
    r"next|this|until|till|through|tomorrow|today|tonight|midnight|noon|(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d)\b"
)
_RECEIVE = re.compile(
    r"\b(?:won|wins|received|receives|secured|secures|gained|gains|got|gets|obtained|"
    r"obtains|clinched|clinches|earned|earns|landed|lands)\b"
)
_GIVING = frozenset(("giving", "handing", "granting", "earning", "bringing"))
# head nouns of a market or statistical figure: no agent of a result participle
_FIGURE_HEADS = frozenset(
    """share shares stock stocks price prices index indexes indices rate rates yield yields
    currency value valuation sales profit profits revenue revenues output inflation
    unemployment market markets bond bonds futures toll figure figures number numbers level
    levels benchmark""".split()
)
_SENTENCE_START = re.compile(r"(?:[.!?][”\"’']?\s+|\n)")


def _head(np: str) -> str:
    """The head noun of a subject: "Shares of X" -> "shares", "NXP shares" -> "shares"."""
    before_of = re.split(r"\s+of\s+", np.strip(), maxsplit=1)[0]
    words = re.findall(_W, before_of)
    return words[-1].lower() if words else ""


def _sentence_start(text: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE_START.finditer(text, max(0, pos - 600), pos):
        last = m.end()
    return last


# a clause joined on after the main one ("X did A, and in 2019 Y did B, V-ing ..."): the
# trailing participle tells the act of the nearer clause's subject
_JOINED = re.compile(r",?\s+(?:and|but)\s+|;\s+", re.IGNORECASE)
_NP_OPENERS = frozenset("a an the its their his her our this that these those another".split())
_JOINED_REACH = 6  # words after "and" searched for the joined clause's subject


def _joined_subject(text: str, after: int, a: int) -> str | None:
    """The subject of the last clause joined on in text[after:a] ("..., and in 2019 a lorry
    fell from the bend": "a lorry"), read from the word after "and" or the first after it
    that opens a noun phrase (a determiner or a capitalised word) within `_JOINED_REACH`
    words; None when no clause is
    joined, or the words after "and" share the first subject ("and rolled down the gorge")."""
    joins = list(_JOINED.finditer(text, after, a))
    if not joins:
        return None
    rest = joins[-1].end()
    for k, m in enumerate(re.finditer(_W, text[rest:a])):
        if k >= _JOINED_REACH:
            break
        word = m.group()
        if k and word.lower() not in _NP_OPENERS and not word[:1].isupper():
            continue
        if _has_finite(text, rest, rest + m.start()):
            break  # a verb before it: the joined words are a predicate, not a clause
        subject = clause_subject(text, rest + m.start(), a)
        if subject is not None:
            return subject
    return None


def participle_doer(
    text: str, start: int, a: int, b: int, subject: str | None, said_from: int = -1
) -> str | None:
    """The doer of the participle at text[b:] trailing the clause text[start:a] whose
    subject `clause_subject` reads as `subject`: the subject, the object of a verb of
    perception, the speaker of a report text[said_from:start] for a participle of
    signification ("The regulator says A, casting doubt on B": the regulator casts it), or
    None when the doer is the main clause's event or is not sure (no cut)."""
    if not subject:
        return None
    verb = text[b : b + 40].split(" ", 1)[0].lower()
    if verb in _SIGNIFY or _EVENT_PHRASE.match(text, b):
        return clause_subject(text, said_from, start) if 0 <= said_from < start else None
    if _DATING.match(text, b):
        return None
    clause = text[start:a]
    after = clause.find(subject)  # the verb follows the subject ("Witnesses saw ...")
    seen = _PERCEIVED_OBJECT.search(clause, after + len(subject) if after >= 0 else 0)
    if seen is not None and seen.group("ing").lower() not in _NOT_PARTICIPLES:
        np = seen.group("np")
        words = np.lower().split()
        if "," in np or words[0] in _NOT_OBJECT_WORDS or set(words) & {"and", "or"}:
            return None
        return np  # "showed men climbing ..., tearing down": the men tear it down
    tail = set(re.findall(r"[a-z]+ing\b", text[b : b + 300].split(".", 1)[0]))
    if tail & _GIVING and _RECEIVE.search(clause):
        # "won approval, (turning around a rejection and) giving ...": the approval gives
        return None
    joined = _joined_subject(text, start + (after + len(subject) if after >= 0 else 0), a)
    if joined is not None:
        # "X did A, and in 2019 a lorry fell from the bend, killing its driver": the lorry
        # killed him, not X
        return joined
    sentence = _sentence_start(text, start)
    if sentence < start:
        # the tail follows a clause cut off a main clause ("Shares closed up 24% after X
        # agreed to buy the company, leaving a gap ..."): that main clause's subject counts
        main = clause_subject(text, sentence, start)
        if main is not None and _head(main) in _FIGURE_HEADS:
            return None
    return subject


# verbs that give a denial's reason as a clause of its own: ", saying the gate was open"
_REASONS = frozenset("saying insisting arguing adding noting explaining stressing".split())
# words that point back at what was denied: the clause after them is the denial's own words
_BACK = frozenset("it its this that these those they them such".split())
_THAT = re.compile(r"\s+(?:that\s+)?")


def denial_reason(text: str, b: int, end: int) -> bool:
    """Whether the speech tail at text[b:end] after a denial gives its reason as a clause
    with a subject of its own (", saying the document was a draft"), a claim apart from the
    denial; never a tail that names what was denied (", describing it as a fabrication",
    ", saying it undervalued the company": "it" points back at it)."""
    verb = text[b : b + 40].split(" ", 1)[0].lower()
    if verb not in _REASONS:
        return False
    gap = _THAT.match(text, b + len(verb), end)
    pos = gap.end() if gap is not None else b + len(verb)
    first = re.match(_W, text[pos:end])
    if first is None or first.group().lower() in _BACK:
        return False
    return _independent(text, pos, end)
