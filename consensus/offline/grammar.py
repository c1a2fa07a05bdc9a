"""Word-level English grammar the clause cutter (`compound.py`) reads: closed word classes
(auxiliaries, determiners, pronouns, subordinators, prepositions), verb forms (finite, past,
an -ing form's past) and whether a few words can be a noun phrase that opens a clause.

Only grammar; never anything about one story.
"""

from __future__ import annotations

import re
from itertools import pairwise

from consensus.offline.names import _VERBS
from consensus.offline.sentences import _DENIAL_VERBS, _IRREGULAR_PAST

_AUX = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
    r"do)(?:n[’']t)?"
)
_AUX_RE = re.compile(rf"{_AUX}")
_BE = frozenset("is are was were be been being".split())
_SPEECH = re.compile(rf"(?:{_VERBS})")
_SPEECH_WORD = re.compile(rf"(?<![\w’'-])(?:{_VERBS})(?![\w’'-])")
_ING_PAST = dict(
    pair.split(":")
    for pair in (
        "saying:said leaving:left taking:took bringing:brought sending:sent making:made "
        "setting:set putting:put tearing:tore giving:gave hitting:hit cutting:cut "
        "striking:struck telling:told holding:held keeping:kept leading:led throwing:threw "
        "running:ran getting:got becoming:became coming:came going:went seeing:saw "
        "finding:found shooting:shot spreading:spread winning:won losing:lost paying:paid "
        "selling:sold buying:bought meeting:met drawing:drew driving:drove writing:wrote "
        "knowing:knew feeling:felt standing:stood speaking:spoke breaking:broke "
        "building:built hurting:hurt fleeing:fled seeking:sought spending:spent "
        "sweeping:swept shutting:shut beginning:began rising:rose falling:fell forcing:forced "
        "hiding:hid fighting:fought flying:flew catching:caught teaching:taught sitting:sat "
        "sleeping:slept feeding:fed swimming:swam drinking:drank eating:ate wearing:wore "
        "shaking:shook waking:woke choosing:chose stealing:stole riding:rode biting:bit "
        "lending:lent bending:bent dealing:dealt digging:dug sticking:stuck hanging:hung "
        "forgetting:forgot beating:beat bleeding:bled blowing:blew growing:grew "
        "withdrawing:withdrew laying:laid spinning:spun splitting:split letting:let "
        "upsetting:upset costing:cost bursting:burst leaping:leapt meaning:meant "
        "casting:cast broadcasting:broadcast shedding:shed "
    ).split()
)
# -ing words that are not verbs of a participial tail ("..., including children").
_NOT_PARTICIPLES = frozenset(
    """including according following regarding concerning excluding during notwithstanding
    pending considering being having thing something nothing anything everything morning
    evening building ring king spring string wing sibling ceiling wedding meeting
    bring sing""".split()
)
# -ed words that are nouns or adjectives, never a verb ending a subject.
_NOT_PAST = frozenset(
    "hundred speed need seed feed breed bleed shed indeed red bed deed weed heed reed".split()
)
# What opens a sentence before its subject: "On Tuesday, ", "However, ".
_INTRO = re.compile(
    r"(?:(?:However|Meanwhile|Moreover|Additionally|Still|Instead|Also|And|But|Now|Then|So|"
    r"Earlier|Later|Separately|Previously|Yesterday|Today)\b,?\s+)"
    r"|(?:(?:On|In|At|After|Before|During|By|Since|Until|Last|This|Earlier|Later|Within|"
    r"Over|For|From|Under|Despite|Amid|With)\b[^,;:“”\"]{1,60},\s+)"
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my some any no every each".split()
)
_PRONOUN_SUBJECTS = frozenset("he she it they we i you there".split())
# Subjects never carried into another clause: they point at something else there.
_NOT_CARRIED = frozenset("it there this that".split())
# Words that open a subordinate clause: a cut after one may belong to it ("killed when a
# tram sped and derailed"), so such a clause is only cut at a comma, and never carries.
_SUBORDINATORS = frozenset(
    """after before when while because if unless although though since until as where who
    whom whose which that whether how what why once whenever wherever""".split()
)
_PREPOSITION_OR_CONJUNCTION = frozenset("after before since until as".split())
# What a noun phrase that opens a clause never contains ("investors over whether ...",
# "appears to have ..."): prepositions but "of", conjunctions, subordinators.
_NOT_IN_NP = _SUBORDINATORS | frozenset(
    """and or but nor to in on at by for from with without into onto over under about
    against between among during despite amid through across toward towards via per
    than""".split()
)
_OBJECTS = frozenset("him her them it us me up down out off back".split())
_QUANTIFIERS = frozenset(
    "another many some several most all both few one two three four five six seven eight nine "
    "ten dozens hundreds thousands".split()
)
_PLACE_PREPOSITIONS = frozenset("in at on from near under".split())
# Past forms of acts without an object: "and two died" is no gapped passive ("two were died").
_INTRANSITIVE_PAST = frozenset(
    """died fled survived arrived escaped remained disappeared vanished returned stayed
    gathered marched rallied protested resigned retired collapsed happened occurred""".split()
)
# -ing verbs that report speech or a source: their agent is the speaker of the clause
# before, never the subject of what was said ("X claimed A did B, citing sources").
_SPEECH_ACTS = frozenset(
    """saying adding noting citing quoting describing calling warning signaling signalling
    referring pointing accusing urging arguing insisting claiming telling asking stressing
    explaining declaring denying dismissing rejecting acknowledging confirming""".split()
)
_DENIES = re.compile(rf"\b{_DENIAL_VERBS}\b|\b(?:denies|deny|denying|rejects|dismisses)\b")
_CONTRACTED = re.compile(r"(?:it|he|she|that|there|what|who|we|they|you|i)[’'](?:s|re|ve|m|ll|d)")
_PRESENT = re.compile(r"[a-z]{2,}[^s]s")  # "which amounts to": a verb after a relative
MAX_TAIL_ATTRIBUTION_WORDS = 10  # ", officials said" after a participial tail
_WORD_TOKEN = re.compile(r"\d[\d,.]*\d|[\w’'.-]+")
_ADVERBS = frozenset(
    "also now still then later previously already since just again reportedly allegedly "
    "initially subsequently eventually currently first".split()
)
_POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())


def _past_of(ing: str) -> str:
    """'killing' -> 'killed', 'injuring' -> 'injured', 'carrying' -> 'carried'."""
    low = ing.lower()
    if low in _ING_PAST:
        return _ING_PAST[low]
    stem = low[: -len("ing")]
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    if stem.endswith("e"):
        return stem + "d"
    return stem + "ed"


def _is_past(word: str) -> bool:
    low = word.lower()
    if low in _NOT_PAST or not low.isalpha():
        return False
    return low in _IRREGULAR_PAST or (len(low) >= 4 and low.endswith("ed"))


def _is_finite(word: str) -> bool:
    low = word.lower()
    if _CONTRACTED.fullmatch(low):
        return True  # "it’s", "they’re", "we’ve"
    return (
        _AUX_RE.fullmatch(low) is not None or _is_past(word) or _SPEECH.fullmatch(low) is not None
    )


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group().rstrip(".")) for m in _WORD_TOKEN.finditer(text, start, end)
    ]


# a comma that is no thousands separator ("3,000 branches")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")


def _first_comma(s: str, none: int = -1) -> int:
    """Where the first clause comma of `s` stands, else `none`."""
    m = _CLAUSE_COMMA.search(s)
    return m.start() if m else none


def _np_ok(np: str) -> bool:
    """Whether `np` can be a noun phrase opening a clause."""
    np = re.sub(r"(?<=\d),(?=\d)", "", np)  # "350,000"
    if not np or any(c in np for c in ',;:“”"()—–') or " - " in np:
        return False
    words = [w.lower() for w in _WORD_TOKEN.findall(np)]
    if words and (words[0] in _DETERMINERS or np[:1].isupper()):
        # "its embassy in the capital": a determined phrase may take a place after it.
        words = [w for w in words if w not in _PLACE_PREPOSITIONS]
    # "the carriages following the derailment": a participle with its object.
    participle = any(w.endswith("ing") and nxt in _DETERMINERS for w, nxt in pairwise(words))
    return (
        bool(words) and not participle and not any(w in _NOT_IN_NP or _is_finite(w) for w in words)
    )


def _present_verb(words: list[tuple[int, int, str]], k: int) -> bool:
    """'leads' in "Norway leads the mission": a lower-case -s word after a capitalised
    one, followed by a determiner or a number (a plural noun is not followed by those)."""
    w = words[k][2]
    if k + 1 >= len(words) or not _PRESENT.fullmatch(w) or w.endswith(("ss", "us", "is")):
        return False
    nxt = words[k + 1][2]
    # the subject before it a name ("Norway leads the"), never "networks promise Internet"
    name = all(x[2][:1].isupper() for x in words[:k])
    # ... or a pronoun, adverbs aside ("says it firmly opposes the tariffs")
    pronoun = (
        k >= 1
        and words[0][2].lower() in ("it", "he", "she")
        and all(x[2].endswith("ly") for x in words[1:k])
    )
    return (name or pronoun) and (nxt.lower() in _DETERMINERS or nxt[:1].isdigit())


def _owned(word: str) -> bool:
    """A word after which an -ly word is a noun, not an adverb: a possessive or a
    determiner ("Ortiz's family", "his family", "the assembly", "a key ally")."""
    low = word.lower()
    return low.endswith(("'s", "’s")) or low in _POSSESSIVE_PRONOUNS or low in _DETERMINERS


# a determiner that opens a speaker's noun phrase ("a relief charity ...", "the union ...")
_SPEAKER_DETERMINER = re.compile(
    r"(?:(?:but|and|yet|while)\s+)?(?:an?|the|some|another|other|many|several)\s", re.IGNORECASE
)
_SPEAKER_NP_WORDS = 12  # a speaker's noun phrase is shorter than this


def opens_with_speaker(clause: str) -> bool:
    """Whether `clause` opens with a noun phrase and its own verb of saying ("but a relief
    charity working in the hills warned that the toll was higher"): what follows is that
    phrase's word, never the speaker's of the clause before it ("..., the agency said, but
    a charity warned that ..."). No finite verb before the verb of saying (the phrase is
    its subject), and at least three words after it (no trailing "the union said")."""
    m = _SPEAKER_DETERMINER.match(clause.lstrip(" ,;"))
    if m is None:
        return False
    rest = clause.lstrip(" ,;")[m.end() :]
    said = _SPEECH_WORD.search(rest)
    if said is None:
        return False
    before = rest[: said.start()].split()
    return (
        1 <= len(before) < _SPEAKER_NP_WORDS
        and not any(_is_finite(w) or w.lower() in _SUBORDINATORS for w in before)
        and len(rest[said.end() :].split()) >= 3
    )
