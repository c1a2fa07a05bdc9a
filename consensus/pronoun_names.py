"""Who a shown statement's opening "He", "She", "They" or "Their" stands for, and whose
"Its" is when the body that owned it spoke after an apposition or a relative clause: the
readings of the display stage `consensus/its_owners.py` beyond the body that opened the
sentence before.

"Mr. Lind said the channel would close. But he also asked who paid." -> "Mr. Lind also
asked who paid." (the name as the sentence before writes it); "The drovers said the
road was closed. They blamed the council." -> "The drovers blamed the council."; "Ostra Ferry
Company, which owns the yard, said it would sell. Its chairman ..." -> "Ostra Ferry Company's
chairman ...".

Each reading reads the sentence just before the statement's quote in the article and only
closed classes (determiners, pronouns, auxiliaries, honorifics, gendered nouns); it never
guesses when two antecedents compete: a second person in the sentence before (a name the
article's name reader holds, or a gendered noun of the same gender: "her daughter"), a
person of the other gender, a person whose gender the article does not show while another
person named before is not shown of the other gender, a second plural word in the sentence
before, a name (never a plural common noun) as a plural subject. Returns None when unsure.
Pure.
"""

from __future__ import annotations

import re
from typing import Protocol

from consensus.offline.honorifics import honorific, honorific_gender, noun_gender
from consensus.offline.names import _VERBS, _Names
from consensus.offline.subject_names import opening_name

__all__ = ["person_name", "plural_subject", "sentence_before", "without_apposition"]

# a sentence's end: a full stop, "!" or "?" (a closing quote after it), then space
# where a sentence starts: after another's end, or at a line's start (a line without a stop,
# a heading or a byline, opens no sentence with the next line's words)
_END = re.compile(r"[.!?][”\"’']?(?:[ \t]+|[ \t]*\n\s*)(?=\S)|\n\s*(?=\S)")
_WORD = re.compile(r"[\w’'.-]+")
# "He added", "She told": the pronoun and a lower-case word after it (its verb)
_HE_SHE = re.compile(r"(He|She)[ \t]+(?=[a-z])")
_THEY = re.compile(r"(They|Their)[ \t]+(?=[\w“\"])")
# auxiliaries and verb forms a plural subject takes (closed: the auxiliaries; "-ed" forms)
_PLURAL_VERB = re.compile(
    r"(?:are|were|have|had|say|said|do|did|will|would|could|can|may|might|must|should"
    r"|[a-z]{2,}ed)"
)
# words that end in "s" and are no plural noun: auxiliaries, determiners, adverbs
_NOT_PLURAL = (
    r"(?!(?:[Ww]as|[Hh]as|[Dd]oes|[Tt]his|[Tt]hus|[Aa]s|[Aa]lways|[Pp]erhaps|[Ww]hereas"
    r"|[Bb]esides|[Aa]cross|[Uu]nless|[Ii]ts|[Hh]is|[Yy]es|[Uu]s)\b)"
)
# "The drovers said", "Neighbours described": an optional determiner, up to two words,
# and a head ending in a plural "s", then its verb
_PLURAL_SUBJECT = re.compile(
    r"(?P<np>(?:(?:The|These|Those|Both|Many|Some)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    rf"(?P<head>{_NOT_PLURAL}[A-Za-z][a-z-]*[^sui'’]s))[ \t]+(?P<verb>[a-z]+)\b"
)
# a plural in the rest of the sentence: any word in a plural "s" (not a function word or
# auxiliary that ends in "s": "the road was"), with or without a determiner ("a dozen boats")
_OTHER_PLURAL = re.compile(rf"\b{_NOT_PLURAL}[a-z][a-z-]*[^sui'’]s\b")
# an apposition or relative clause after the name a sentence opens on, before its verb:
# "Ostra Ferry Company, which owns the yard, said" / "The operator, Lund Coaches, insists"
_APPOSED = re.compile(
    r"(?P<head>(?:The[ \t]+)?(?:[A-Z][\w’'&.-]*[ \t]+){0,4}[A-Za-z][\w’'&.-]*)"
    r",[ \t]+(?:(?:which|who|whose|that)[ \t]+)?[^,;:“”\"()]{1,80},[ \t]+(?=[a-z])"
)


# a quotation's speaker after it: '…," said Ana Lind, an analyst.' / '…," Ana Lind said.'
_SPEAKER_AFTER = re.compile(
    rf"[,?!][”\"’']?[ \t]+(?:(?:{_VERBS})[ \t]+(?P<name>(?:[A-Z][\w’'.-]*[ \t]*){{1,4}})"
    rf"(?=[,.])|(?P<name2>(?:[A-Z][\w’'.-]*[ \t]+){{1,4}})(?:{_VERBS})\.)"
)


# a conjunction a clause opens on inside a sentence, after the clause it joins (closed)
_CLAUSE_LINK = re.compile(
    r"[ \t,]+(?:when|but|and|after|because|while|until|before|since|although|though)$"
)


class _Reads(Protocol):
    text: str
    names: _Names


def sentence_before(
    text: str, start: int, *, paragraph: bool, clause: bool = False
) -> tuple[int, str] | None:
    """(offset, text) of the sentence just before the one `start` opens; None when `start`
    opens no sentence, or (unless `paragraph`) when a new paragraph starts at `start`. A
    full stop after an honorific or an initial ends no sentence ("Mr. Lind said"); a line
    break always does (a heading's line without a stop is no part of the next). With
    `clause`, a `start` after a conjunction inside a sentence ("Both pilots were hurt but
    | their injuries ...") has the sentence's clause before the conjunction."""
    before = text[:start]
    head = before.rstrip()
    if head == before:
        return None
    if not re.search(r"[.!?][”\"’']?$", head):
        link = _CLAUSE_LINK.search(head) if clause else None
        if link is None:
            return None
        head = head[: link.start()] + " "  # (the space: the clause is no sentence's end)
    if not paragraph and "\n" in before[len(head) :]:
        return None
    lo = max(0, len(head) - 600)
    begin = lo
    for m in _END.finditer(head, lo, len(head) - 1):
        words = _WORD.findall(head[max(0, m.start() - 12) : m.start() + 1])
        last = words[-1] if words else ""
        if not m.group().startswith("\n") and (honorific(last) or re.fullmatch(r"[A-Z]\.", last)):
            continue
        begin = m.end()
    if begin == lo and lo:
        return None
    return begin, head[begin:].rstrip()


def person_name(statement: str, start: int, art: _Reads) -> str | None:
    """The name standing for the "He"/"She" that opens `statement` (quoted at `start`),
    as the article last wrote it: the person the sentence before opens on (or, that
    sentence a quotation, the speaker named after it), when that
    sentence names no other person, the article shows the person's gender and it is the
    pronoun's (or, unshown, every other person named before is shown of the other gender),
    and no gendered noun of that gender competes. None when unsure."""
    m = _HE_SHE.match(statement)
    if m is None:
        return None
    found = sentence_before(art.text, start, paragraph=True, clause=True)
    if found is None:
        return None
    at, sentence = found
    cut = without_apposition(sentence)  # "Ana Lind, the harbour master, said ..."
    written = opening_name(sentence) or (opening_name(cut) if cut else None)
    if not written:  # '"The cost is high," said Ana Lind, an analyst.': the speaker after
        after = _SPEAKER_AFTER.search(sentence)
        written = (after.group("name") or after.group("name2")).strip() if after else None
    if not written or written.endswith(("'s", "’s", "'", "’")):
        return None
    canon, person = art.names.canonical(written.split())
    if not person:
        return None
    want = "m" if m.group(1) == "He" else "f"
    gender = art.names.genders.get(canon) or honorific_gender(written)
    if gender and gender != want:
        return None
    if not gender:
        # the text does not show this person's gender: only when every other person named
        # before is shown of the other one (no one else "he"/"she" could stand for)
        other = "f" if want == "m" else "m"
        before = {who for off, who in art.names.mentions if off < at and who != canon}
        if any(art.names.genders.get(who) != other for who in before):
            return None
    if any(at <= off < start and who != canon for off, who in art.names.mentions):
        return None  # two persons: whose
    rest = sentence.replace(written, " ", 1)  # (with any apposition: "Lind, her sister, …")
    if any(noun_gender(w) == want for w in _WORD.findall(rest)):
        return None  # "Lind said her daughter ...": she may be the daughter
    return written


def plural_subject(statement: str, start: int, art: _Reads) -> str | None:
    """The plural the "They"/"Their" opening `statement` stands for: the common-noun plural
    the sentence before opens on as the subject of a verb ("The drovers said", "Neighbours
    described"), when that sentence holds no other plural. None when unsure."""
    if _THEY.match(statement) is None:
        return None
    found = sentence_before(art.text, start, paragraph=True, clause=True)
    if found is None:
        return None
    _, sentence = found
    m = _PLURAL_SUBJECT.match(sentence)
    if m is None or not _PLURAL_VERB.fullmatch(m.group("verb")):
        return None
    np = m.group("np")
    first = np.split()[0]
    if first[0].isupper() and first not in ("The", "These", "Those", "Both", "Many", "Some"):
        if first in art.names.name_words or art.names.canonical(np.split())[1]:
            return None  # a name that ends in "s" (capitalised mid-sentence, a person)
    if _OTHER_PLURAL.search(sentence[m.end("np") :]):
        return None  # two plurals: whose
    return np


def without_apposition(sentence: str) -> str | None:
    """`sentence` with the apposition or relative clause after the name it opens on cut
    ("Ostra Ferry Company, which owns the yard, said it would sell." -> "Ostra Ferry Company said
    it would sell."); None when there is none."""
    m = _APPOSED.match(sentence)
    if m is None:
        return None
    return m.group("head") + " " + sentence[m.end() :]
