"""The shapes of a clause that step 3 (`compound`) reads before it cuts a sentence: where a
clause's content starts, whether a span has a finite verb, a subordinator, a passive
auxiliary, a counted gap, whether it stands as an independent clause, and a speaker named
after a clause's content (", officials said": the tail attribution).

General English, no event's words. PURE.
"""

from __future__ import annotations

import re

from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _BE,
    _CONTRACTED,
    _DETERMINERS,
    _INTRANSITIVE_PAST,
    _NOT_CARRIED,
    _OBJECTS,
    _POSSESSIVE_PRONOUNS,
    _PREPOSITION_OR_CONJUNCTION,
    _PRESENT,
    _PRONOUN_SUBJECTS,
    _SPEECH,
    _SPEECH_WORD,
    _SUBORDINATORS,
    _WORD_TOKEN,
    MAX_TAIL_ATTRIBUTION_WORDS,
    _is_finite,
    _is_past,
    _np_ok,
    _present_verb,
    _words,
)
from consensus.offline.names import _VERBS
from consensus.offline.sentences import _in_quotes

# "on Monday that ": when it was said, between a verb of saying and its content
_DAY_THAT = re.compile(
    r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+that\s+"
)


def _content_start(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], clause_only: bool = True
) -> int:
    """Where the content of "X said (that) ..." begins, else `start`; with `clause_only`,
    only a content with a finite verb counts ("warned residents to stay indoors" reports
    no clause)."""
    pos = start
    for m in _SPEECH_WORD.finditer(text, start, end):
        if _in_quotes(m.start(), quotes):
            continue
        t = re.match(r"\s+that\s+|\s+", text[m.end() : end])
        if t is not None and (not clause_only or _has_finite(text, m.end() + t.end(), end)):
            pos = m.end() + t.end()
    return pos


def _has_finite(text: str, start: int, end: int) -> bool:
    """A finite verb in text[start:end]; a past form right after a determiner is an
    adjective ("The planned merger of A and B will ..." has none before "and")."""
    words = _words(text, start, end)
    return any(
        (_is_finite(w) and not (k > 0 and _is_past(w) and words[k - 1][2].lower() in _DETERMINERS))
        or (k > 0 and _present_verb(words, k))
        for k, (_a, _b, w) in enumerate(words)
    )


def _has_subordinator(text: str, start: int, end: int) -> bool:
    """A subordinate clause in text[start:end]; "after", "before", "since", "until" and
    "as" only when a clause follows them ("trapped after the accident" is a phrase)."""
    for _a, b, w in _words(text, start, end):
        low = w.lower()
        if low in _PREPOSITION_OR_CONJUNCTION:
            if _independent(text, b, end):
                return True
        elif low in _SUBORDINATORS:
            return True
    return False


def _passive_aux(text: str, start: int, end: int) -> str | None:
    """'have been' of "seven people have been killed": the auxiliary chain before the
    clause's first past participle when it is a passive, else None."""
    words = _words(text, start, end)
    for k, (_a, _b, w) in enumerate(words):
        if not (_AUX_RE.fullmatch(w.lower()) or w.lower() in _BE):
            continue
        chain = [w]
        j = k + 1
        while j < len(words) and words[j][2].lower() in _BE | _ADVERBS:
            if words[j][2].lower() in _BE:
                chain.append(words[j][2])
            j += 1
        if j < len(words) and _is_past(words[j][2]) and any(c.lower() in _BE for c in chain):
            return " ".join(chain)
        return None
    return None


_COUNT_NUMBER = re.compile(r"(?<![\w.,-])\d[\d,.]*(?![\w-])")


def _counted_gap(right: str, passive_only: bool = False) -> str | None:
    """'more than 50' of "more than 50 taken to hospital": a counted noun phrase followed
    by a past participle, the auxiliary left out. With `passive_only`, only a participle
    that takes no object and is no verb of an act without one ("11 injured when ...",
    never "2,000 fled the town" or "two died")."""
    words = list(_WORD_TOKEN.finditer(right))
    for k in range(1, min(len(words), 6)):
        w = words[k].group()
        if _AUX_RE.fullmatch(w.lower()):
            return None
        if passive_only and _is_past(w):
            nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
            if w.lower() in _INTRANSITIVE_PAST or nxt in _DETERMINERS | _OBJECTS:
                return None
            if nxt[:1].isdigit() or nxt in _POSSESSIVE_PRONOUNS:
                return None
        if _is_past(w):
            np = right[: words[k - 1].end()]
            # Only a counted phrase: "the driver injured ..." is an active clause, no gap.
            # (a number inside a hyphenated word is no count: "the 20-year-old substitute")
            if _COUNT_NUMBER.search(np) is None or not _np_ok(np.replace("than", "")):
                return None
            return np
    return None


def _independent(text: str, start: int, end: int, past: bool = True, speech: bool = False) -> bool:
    """Whether text[start:end] opens with its own subject and a finite verb; a past form
    with no auxiliary counts only with `past` ("its grille destroyed" after a comma is an
    absolute phrase, "and the tram flipped" a clause); a bare plural before a reporting
    verb only with `speech` (after "and")."""
    words = _words(text, start, min(end, start + 200))
    if len(words) < 2:
        return False
    if words[0][2].lower() in _PRONOUN_SUBJECTS and _is_finite(words[1][2]):
        return True
    if _CONTRACTED.fullmatch(words[0][2].lower()):
        return True  # "and it’s had a great safety record"
    for k in range(1, min(len(words), 7)):
        low = words[k][2].lower()
        if _AUX_RE.fullmatch(low):
            return _np_ok(text[start : words[k - 1][1]].replace(" than ", " "))
        if speech and k <= 3 and _SPEECH.fullmatch(low) and _np_ok(text[start : words[k - 1][1]]):
            # "…, and officials said the number could rise": a bare plural that speaks
            return all(w[2].isalpha() and w[2].lower() not in _NOT_CARRIED for w in words[:k])
        if low not in _ADVERBS and _is_finite(low):
            if (
                _is_past(low)
                and _REDUCED_RELATIVE.match(text, words[k][1])
                and "," not in text[words[k - 1][1] : words[k][0]]
            ):
                return False  # "and the offices of a firm owned by his brother": no clause
            # "and the tram flipped": a past verb after a determined noun phrase
            first = words[0][2]
            opens = first.lower() in _DETERMINERS or first[:1].isdigit() or first[:1].isupper()
            return past and opens and _is_past(low) and _np_ok(text[start : words[k - 1][1]])
    return False


# a past participle and its agent after a noun ("a firm owned by the minister's brother",
# "documents seized by police"): a reduced relative, no verb of a clause ("rose by 5
# percent", a number after "by", is one)
_REDUCED_RELATIVE = re.compile(r"\s+by\s+(?![\d$€£])")

# "the curfew, which was due to end, will be extended": a subject with a relative clause
_SUBJECT_ASIDE = re.compile(r"(?P<np>[^,;:“”\"]{3,60}?),\s+(?:which|who)\s+[^,;:“”\"]{3,80},\s+")


def _independent_around_aside(text: str, start: int, end: int, past: bool) -> bool:
    """Whether text[start:end] is a clause once the relative clause after its subject is
    left out ("and the curfew, which was due to end in May, will be extended"); the
    relative clause itself is cut out later (`_relative`)."""
    m = _SUBJECT_ASIDE.match(text, start, end)
    if m is None or not _np_ok(m.group("np")):
        return False
    bare = m.group("np") + " " + text[m.end() : end]
    return _independent(bare, 0, len(bare), past=past)


_THIRD_PERSON = frozenset("he she it".split())


def _pronoun_present(text: str, start: int, end: int) -> bool:
    """ "(and) he remains in custody": "he", "she" or "it" and a present verb ("-s", never
    "-ss", "-us", "-is": "it thus"); only after "and"/"but" ("when it comes to" is no
    clause of its own)."""
    words = _words(text, start, min(end, start + 40))
    if len(words) < 2 or words[0][2].lower() not in _THIRD_PERSON:
        return False
    verb = words[1][2]
    return _PRESENT.fullmatch(verb) is not None and not verb.endswith(("ss", "us", "is"))


def _unbalanced_quote(text: str, start: int, end: int) -> bool:
    seg = text[start:end]
    return seg.count("“") + seg.count("„") != seg.count("”") or seg.count('"') % 2 == 1


def _is_tail_attribution(after: str) -> bool:
    """Whether `after` (what follows a tail's comma) only names who said it: ", officials
    said.", never more content (", said: “…”")."""
    m = _SPEECH_WORD.search(after)
    return (
        m is not None
        and len(_WORD_TOKEN.findall(after)) <= MAX_TAIL_ATTRIBUTION_WORDS
        and not any(c in after for c in ':“”"')
        # a name after the verb, not a clause ("…, said power would be restored")
        and not _has_finite(after, m.end(), len(after))
        # nor a predicate before the speaker (", will stop production in June, Corvane
        # said": the main clause goes on after a relative clause)
        and not any(_AUX_RE.fullmatch(w.lower()) for _a, _b, w in _words(after, 0, m.start()))
        # nor a verb of its own before the speaker (", appointed administrators at 8 a.m.,
        # the firm said": the main clause after a relative clause, no attribution)
        and not any(w.islower() and _is_past(w) for _a, _b, w in _words(after, 0, m.start()))
        # nor a present verb with its object or infinitive (", plans to appeal, his lawyer
        # said": the main clause after "Danner, who denied the charges")
        and not _present_predicate(_words(after, 0, m.start()))
    )


def _present_predicate(words: list[tuple[int, int, str]]) -> bool:
    """Whether the words open with a present verb ("-s") that takes "to", a determiner, an
    object or a number after it ("plans to appeal", "owns the site", "faces 12 charges")."""
    if len(words) < 2 or not words[0][2].islower():
        return False
    verb, nxt = words[0][2], words[1][2].lower()
    if _PRESENT.fullmatch(verb) is None or verb.endswith(("ss", "us", "is")):
        return False
    return nxt == "to" or nxt in _DETERMINERS or nxt in _OBJECTS or nxt[:1].isdigit()


def _last_comma(text: str, start: int, end: int) -> int:
    """Where the last comma of text[start:end] that closes a clause is (-1: none); a
    thousands separator ("89,000") is none."""
    cut = text.rfind(",", start, end)
    while 0 < cut < len(text) - 1 and text[cut - 1].isdigit() and text[cut + 1].isdigit():
        cut = text.rfind(",", start, cut)
    return cut


def _tail_attribution(text: str, start: int, end: int) -> str | None:
    """'the foreign ministry' of "…, the foreign ministry said": the speaker
    named after the content of a clause, else None."""
    cut = _last_comma(text, start, end)
    seg = text[cut + 1 : end].strip(" ”\"’'") if cut >= 0 else ""
    m = re.fullmatch(rf"(?P<np>[^,]{{2,80}}?)\s+(?:{_VERBS})(?:\s+[\w’'-]+){{0,4}}", seg)
    # (inverted after a quotation: '"…," said Jane Roe, adding that …')
    m = m or re.fullmatch(r"(?:said|says)\s+(?P<np>[^,]{2,60}?)", seg)
    if m is None or not _np_ok(m.group("np")) or m.group("np").lower() in _NOT_CARRIED:
        return None
    return m.group("np")
