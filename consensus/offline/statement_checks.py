"""Simple general checks that a statement reads as one English sentence an editor can use.

A statement the extractor rebuilt from a clause (a subject carried over, a participle made a
clause, a pronoun replaced, reported speech put in front) can come out stitched or broken: a
relative clause left dangling, a subject pasted onto a clause that has one, a word doubled, a
quotation left open, "were" after a singular head noun, a sentence ending on "the". Each
check below names one such defect; `defects` lists the ones a text shows. Only grammar of
English: never anything about one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consensus.models import Claim
from consensus.offline.grammar import _ING_PAST, _is_finite
from consensus.offline.statements import _close_quotes, _finish

_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.]*")
# words a sentence never ends on: it stops inside a clause ("killed in the", "said that")
_OPEN_END = frozenset(
    """the a an of and or but nor which who whom whose because although though while if
    unless whether than their our my your""".split()
)
# words a sentence never opens on: it starts inside a clause ("which left seven dead")
_OPEN_START = frozenset("which who whom whose and or nor but".split())
# "had had", "that that" are English; numbers repeat ("10 10") only in tables
_MAY_REPEAT = frozenset("had that".split())
_SINGULAR_PRONOUNS = frozenset("he she it".split())
_PLURAL_PRONOUNS = frozenset("they we you".split())
_SINGULAR_VERB = {"was": "were", "has": "have", "is": "are"}
_PLURAL_VERB = {v: k for k, v in _SINGULAR_VERB.items()}
# plural nouns not ending in -s, and -s words that are singular
_PLURAL_IRREGULAR = frozenset("people police children men women officials".split())
_SINGULAR_S = re.compile(r".*(?:ss|us|is|ics|ws|news|series|species)$")
_DETERMINER_SINGULAR = frozenset("a an this each every".split())
# closed-class words before a verb that say nothing of a head noun's number
_CLOSED = frozenset(
    "there here both all none who which what that this these those some any most dozen "
    "couple number half majority third quarter total lot handful series pair".split()
)
_DETERMINER_PLURAL = frozenset("these those many several both".split())
_SUBJECT_PRONOUN = frozenset("he she they we i".split())
_RELATIVE_OR_CONJ = frozenset(
    """who which that whom whose and or but nor if because although though while when where
    after before since until as than""".split()
)
# a present-tense verb after its subject ("the company plans", "they want")
_PRESENT_AFTER = frozenset("he she it they we i you who which that".split())
# after these a lower-case word may be a verb in its base form
_BEFORE_BASE_VERB = frozenset("still also never often now yet just not already".split())
# ... after these it is no verb
_NOT_BEFORE_VERB = frozenset(
    "the a an of in on at to for from with by and or its his her their our my your".split()
)
_MODALS = frozenset("will would could can may might must should shall".split())
# a page's time line: "Updated 14:05 GMT", or a clock time opening the statement
_TIMESTAMP = re.compile(
    r"\b(?:Updated|Published|Posted|Last updated)\b[^.]{0,40}\d|^\s*\d{1,2}[:.]\d{2}\b"
)


_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?|‘[^‘’]*’(?!\w)")
_PLACEHOLDER = "QUOTATION"  # a quotation: the speaker's verbatim words, not checked
_PREPOSITIONS = frozenset("of with in on at for from by among including near".split())
_FRAGMENT_START = re.compile(r"\d[\d,.]*,\s")  # "41, were detained": a list's tail
_SAID_PARTICIPLE = re.compile(
    r"\b(?:said|says|told|added)\s+[a-z]{3,}(?:ed|ing)\s+(?:about|on|by|to|for|in|whether)\b"
)


def outside_quotes(text: str) -> str:
    """`text` with each quotation (the speaker's own words, checked by nobody here) made one
    placeholder word."""
    return _QUOTED.sub(_PLACEHOLDER, text)


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def has_finite_verb(text: str) -> bool:
    """A finite verb somewhere: an auxiliary or modal, a past form, a speech verb, a
    contraction, or a present form after a pronoun or relative ("they want", "which
    amounts"), or an -s word after a noun ("the company plans") (lenient: flags only a
    text with no candidate at all)."""
    ws = _words(text)
    low = [w.casefold() for w in ws]
    for i, w in enumerate(ws):
        if _is_finite(w) or low[i] in _MODALS:
            return True
        if i and low[i - 1] in _PRESENT_AFTER and w.isalpha() and w.islower():
            return True
        if i and w.isalpha() and w.islower() and low[i - 1] not in _NOT_BEFORE_VERB:
            prev = ws[i - 1]
            plural = prev.islower() and (
                low[i - 1] in _PLURAL_IRREGULAR
                or (prev.endswith("s") and not _SINGULAR_S.fullmatch(prev))
            )
            plural = plural and w not in _NOT_BEFORE_VERB | _PREPOSITIONS
            if plural or low[i - 1] in _BEFORE_BASE_VERB or (prev[:1].isupper() and i == 1):
                return True  # "the police deny", "Two still remain", "Vesta beat"
        if (
            i
            and w.islower()
            and re.fullmatch(r"[a-z]{2,}[^su']s", w)
            and low[i - 1] not in _DETERMINER_SINGULAR | _DETERMINER_PLURAL
            and low[i - 1] not in {"the", "of", "and", "or", "for", "to", "in", "on", "by"}
        ):
            return True
    return False


def doubled_word(text: str) -> str | None:
    """A word written twice in a row ("the the", "said said"), outside "had had"."""
    for m in re.finditer(r"\b([A-Za-z]+)\s+(\1)\b", text, re.IGNORECASE):
        if m.group(1).casefold() not in _MAY_REPEAT and m.group(1) != _PLACEHOLDER:
            return m.group(1)
    return None


# words after which a noun phrase is a clause's subject ("said that the inquiry ...")
_CLAUSE_OPENERS = frozenset("that said says added because when while after".split())
# words no name or noun of a subject is: "On Monday he posted" opens on a time phrase
_NO_SUBJECT = _PREPOSITIONS | frozenset("on last next this the a an".split())


def doubled_subject(text: str) -> bool:
    """A subject pasted onto a clause that has one: a full name or a "the" noun phrase
    followed at once by a subject pronoun and a verb ("Mira Kallas she said", "The company
    they plan", "X said that the inquiry he would report"); one capitalised word is no name
    ("Then they ...", "Together we ..."), and a noun phrase that is no clause's subject may
    take a relative clause without "that" ("retain the cup they won")."""
    ws = _words(text)
    low = [w.casefold() for w in ws]
    for i in range(2, min(len(ws) - 1, 8)):
        if low[i] not in _SUBJECT_PRONOUN or low[i - 1] in _RELATIVE_OR_CONJ | _MODALS:
            continue
        # the noun phrase opens a clause ("told Radio Kestel she had": an object; "retain
        # the cup they won": an object's relative clause)
        opens = i == 2 or low[i - 3] in _CLAUSE_OPENERS
        name = ws[i - 1][:1].isupper() and ws[i - 2][:1].isupper() and opens
        name = name and low[i - 2] not in _NO_SUBJECT
        noun = ws[i - 1].isalpha() and ws[i - 1].islower() and low[i - 2] == "the" and opens
        # ("said the inquiry he ordered would ...": the main clause's verb follows)
        noun = noun and not any(w.islower() and _is_finite(w) for w in ws[i + 2 :])
        nxt = ws[i + 1]
        if (name or noun) and nxt.islower() and (_is_finite(nxt) or nxt in _MODALS):
            return True
    return False


def dangling_end(text: str) -> str | None:
    """The word a text opens or ends on when it starts or stops inside a clause: a
    relative pronoun or conjunction first ("which left seven dead"), an article,
    preposition, conjunction or auxiliary last ("killed in the")."""
    body = text.strip().rstrip(".!?”\"’' ")
    ws = _words(body)
    if not ws:
        return None
    if ws[0].casefold() in _OPEN_START:
        return ws[0]
    if _FRAGMENT_START.match(body):
        return ws[0].rstrip(",")
    if body and body[-1].isalpha() and ws[-1].islower() and ws[-1] in _OPEN_END:
        return ws[-1]
    return None


def unbalanced(text: str) -> str | None:
    """A quotation mark or bracket opened and never closed (or closed, never opened)."""
    if text.count("“") + text.count("„") != text.count("”"):
        return "“”"
    if text.count('"') % 2:
        return '"'
    if text.count("(") != text.count(")"):
        return "()"
    if text.count("[") != text.count("]"):
        return "[]"
    return None


def _number(word: str, before: str) -> str | None:
    """'sg' or 'pl' for a head noun word (the word before it for a determiner), None when
    the word says nothing sure (a name, an adjective, a number)."""
    low = word.casefold()
    if low in _CLOSED:
        return None
    if low in _SINGULAR_PRONOUNS:
        return "sg"
    if low in _PLURAL_PRONOUNS or low in _PLURAL_IRREGULAR:
        return "pl"
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return None  # ("a.m.": no noun)
    if before in _DETERMINER_SINGULAR and not low.endswith("s"):
        return "sg"
    if before in _DETERMINER_PLURAL and low.endswith("s") and not _SINGULAR_S.fullmatch(low):
        return "pl"
    if before == "the" and low.endswith("s") and not _SINGULAR_S.fullmatch(low) and len(low) > 4:
        return "pl"
    return None


def _head(low: list[str], i: int) -> int:
    """The index of the head noun of the subject before the verb at `i`: the word before
    the last preposition phrase(s) just before it ("patients with this disease have",
    "talks with the fund on a loan were"), -1 when none."""
    h = i - 1
    moved = True
    while moved:
        moved = False
        for k in range(h - 1, max(-1, h - 4), -1):
            if low[k] in _PREPOSITIONS:
                h, moved = k - 1, True
                break
    return h if h >= 0 and low[h] not in _PREPOSITIONS else -1


def disagreement(text: str) -> str | None:
    """'was/were', 'has/have', 'is/are' that disagree with the head noun just before them
    ("the officers was", "it were", "a man have"): the two words, or None. Only when the
    noun's number is sure (a pronoun, a noun after "a"/"these", a plural after "the")."""
    ws = _words(text)
    low = [w.casefold() for w in ws]
    for i in range(1, len(ws)):
        verb = low[i]
        if verb not in _SINGULAR_VERB and verb not in _PLURAL_VERB:
            continue
        if low[i - 1] in _CLOSED or low[i - 1] == "you":
            continue  # ("explosions that were": the relative's antecedent, unsure)
        h = _head(low, i)
        if h < 0:
            continue
        num = _number(ws[h], low[h - 1] if h >= 1 else "")
        if num == "sg" and verb in _PLURAL_VERB and ws[h].casefold() != "i":
            return f"{ws[h]} {ws[i]}"
        if num == "pl" and verb in _SINGULAR_VERB:
            return f"{ws[h]} {ws[i]}"
    return None


def timestamp(text: str) -> str | None:
    """A page's time line left in the statement ("Updated 14:05 GMT")."""
    m = _TIMESTAMP.search(text)
    return m.group() if m else None


def said_fragment(text: str) -> str | None:
    """A verb of saying followed by a participle phrase in place of a clause ("X said asked
    about reports ..."): a fronted phrase turned into what was said."""
    m = _SAID_PARTICIPLE.search(text)
    return m.group() if m else None


def defects(text: str) -> list[str]:
    """The checks `text` fails, by name (empty when it reads as a sentence); quotations
    count as one word each (their words are the speaker's, verbatim)."""
    out = ["unbalanced"] if unbalanced(text) else []
    whole, text = text, outside_quotes(text)
    if not has_finite_verb(text.replace(_PLACEHOLDER, "")) and not has_finite_verb(whole):
        out.append("no-verb")
    checks: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("said-fragment", said_fragment),
        ("doubled-subject", doubled_subject),
        ("doubled-word", doubled_word),
        ("dangling", dangling_end),
        ("agreement", disagreement),
        ("timestamp", timestamp),
        ("verb-form", wrong_verb_form),
    )
    return out + [name for name, check in checks if check(text)]


def _wrong_pasts() -> frozenset[str]:
    """Past forms re-inflection makes of irregular verbs ("selled", "bringed", "teached"):
    the regular -ed of each -ing whose past is irregular (grammar's table)."""
    out = set()
    for ing, past in _ING_PAST.items():
        stem = ing[: -len("ing")]
        if stem + "ed" != past:
            out.add(stem + "ed")
    # ("hanged" a man, "leaded" petrol: English words)
    return frozenset(out - set(_ING_PAST.values()) - {"hanged", "leaded"})


_WRONG_PASTS = _wrong_pasts()


def wrong_verb_form(text: str) -> str | None:
    """A verb form English never writes, made by re-inflecting an -ing word ("best-selled",
    "bringed"), or None."""
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w.rsplit("-", 1)[-1] in _WRONG_PASTS and w.islower():  # ("Sayed": a name)
            return w
    return None


def _sentence_like(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in "“\"‘'"


def readable(claims: list[Claim]) -> list[Claim]:
    """Each claim with a statement an editor can use: a statement rebuilt from its clause
    that fails the checks (`defects`) is replaced by its first evidence quote, verbatim
    (stops and quotation marks closed), when that reads as a sentence and passes them;
    otherwise it is kept as made."""
    out = []
    for claim in claims:
        quote = claim.evidence[0].quote if claim.evidence else ""
        if claim.statement.strip() == quote.strip() or not defects(claim.statement):
            out.append(claim)
            continue
        plain = _finish(_close_quotes(quote))
        if _sentence_like(quote) and len(plain.split()) >= 3 and not defects(plain):
            claim = claim.model_copy(update={"statement": plain})
        out.append(claim)
    return out
