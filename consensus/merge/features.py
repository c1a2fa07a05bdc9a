"""Per-claim features (pipeline step 2): tokens and concepts, normalised entities,
quantities, dates and counts, the effective speaker, the lead and denied predicates, and the
canonical claim order.

PURE: no I/O; the caches here only memoise pure functions of a string.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import ChainMap, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from consensus.merge import speakers as _speakers
from consensus.merge.body_names import BODY_KINDS, body_names
from consensus.merge.kind_names import is_kind_word, kind_names
from consensus.merge.lexicon import (
    _AFTER_MODIFIER,
    _AUX,
    _CONDITIONAL,
    _ENTITY_ALIASES,
    _FILLER,
    _MEASURE_UNITS,
    _MEDIA_FRAME_NOUNS,
    _MEDIA_NOUNS,
    _NEGATION,
    _NUMBER_WORDS,
    _PHRASE_HINT,
    _PHRASES,
    _PREDICATES,
    _REVERSALS,
    _SKIP_ADVERB,
    _SPEECH,
    _STOP,
    _SYNONYMS,
    _TITLES,
    _TOKEN_ALIASES,
    FIGURE_UNIT_FORMS,
)
from consensus.merge.name_forms import LowerWords, surname_of
from consensus.merge.periods import month_years
from consensus.merge.reporters import named_by_kind, states_event
from consensus.models import Citation, Claim, Evidence, Polarity


def _stem(word: str) -> str:
    """A light, deterministic suffix stripper (enough to meet inflections, not a lemmatiser)."""
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y")):
        if w.endswith(suffix) and len(w) > 4:
            return w[: -len(suffix)] + repl
    if w.endswith("ments"):
        w = w[:-5]
    elif w.endswith("ment") and len(w) > 6:
        w = w[:-4]
    elif w.endswith("ings") and len(w) > 6:
        w = w[:-4]
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("edly") and len(w) > 6:
        w = w[:-4]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


_CONCEPT_OF: dict[str, str] = {}
for _name, _forms in _SYNONYMS.items():
    for _form in _forms:
        _CONCEPT_OF[_form] = _name
        _CONCEPT_OF.setdefault(_stem(_form), _name)

_SPEECH_STEMS = frozenset(_stem(w) for w in _SPEECH) | _SPEECH

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|%")
_US_RE = re.compile(r"\bU\.S\.(?:A\.)?|\bUS\b|\bUSA\b")


@dataclass(frozen=True, slots=True)
class _Tok:
    raw: str  # as written
    low: str  # lower-case, possessive stripped
    concept: str  # canonical concept ('' for stop words)


_CONCEPT_CACHE: dict[str, str] = {}


def _concept(low: str) -> str:
    got = _CONCEPT_CACHE.get(low)
    if got is not None:
        return got
    if low in _STOP or low in _SPEECH:
        got = ""
    elif low in _TOKEN_ALIASES:
        got = _TOKEN_ALIASES[low]
    elif low in _CONCEPT_OF:
        got = _CONCEPT_OF[low]
    else:
        stem = _stem(low)
        if stem in _SPEECH_STEMS:
            got = ""
        else:
            got = _CONCEPT_OF.get(stem, stem)
    _CONCEPT_CACHE[low] = got
    return got


# The predicate table's words as the concepts tokens carry ("capture" -> its stem), so a
# statement's "captured" meets the table's "capture". The table is empty as shipped (session
# 62: its seed-event verbs measured no gain); the predicates of a user's `reversals` are
# predicates too, so a statement led by one undoes one led by the other.
_PREDICATE_CONCEPTS = frozenset(
    _concept(p) for p in (*_PREDICATES, *_REVERSALS, *(w for ws in _REVERSALS.values() for w in ws))
)
# Pairs of lead predicates (as concepts, both orders) of which one undoes the other: a
# user's data/concepts.toml `reversals` (empty as shipped; a verb told again is read by its
# shape, merge/second_acts.py).
REVERSED_LEADS = frozenset(
    pair
    for undo, undone in _REVERSALS.items()
    for other in undone
    for pair in ((_concept(undo), _concept(other)), (_concept(other), _concept(undo)))
)


def _tokens(text: str) -> list[_Tok]:
    """Tokens of a text with their concepts; 'U.S.'/'US' become united_states."""
    return list(_text_tokens(text))


def _tokens_afresh(text: str) -> list[_Tok]:
    """`_tokens`, not remembered (a batch of more claims than `_text_tokens` holds)."""
    return list(_text_tokens.__wrapped__(text))


# (a merge with clause parts reads its claims' features twice: over the claims, then over
# claims and parts, `verdicts._merge`; a text's tokens are read once)
@lru_cache(maxsize=1 << 15)
def _text_tokens(text: str) -> tuple[_Tok, ...]:
    """`_tokens`, remembered per text."""
    low_text = _rewritten(text)
    # Tokenise the rewritten lower-case text; the raw form is recovered only for wording.
    # A word always gives the same (frozen) token, so tokens are shared across claims.
    # No word spans whitespace and `_TOKEN_RE` looks at nothing around a match, so the
    # words of a text are the words of its whitespace-separated chunks, in order: each
    # distinct chunk ("region.", "Varnel's") is tokenised once.
    cache = _CHUNK_CACHE
    return tuple([t for c in low_text.split() for t in (cache.get(c) or _new_chunk(c))])


def _rewritten(text: str) -> str:
    """The lower-case text `_tokens` splits: 'U.S.'/'US' -> united_states, phrases
    (data/phrases.toml) rewritten."""
    if "US" in text or "U.S" in text:  # (every match holds one of them)
        text = _US_RE.sub(" united_states ", text)
    low_text = text.lower()
    if _PHRASE_HINT.search(low_text):  # (some trigger is there)
        for triggers, pattern, repl in _PHRASES:
            for trigger in triggers:
                if trigger in low_text:
                    low_text = pattern.sub(repl, low_text)
                    break
    return low_text


_CLAUSE_END = re.compile(r"[,;:.!?)\]\"”—–-]$")


def clause_ends(text: str) -> frozenset[int]:
    """Indices of the `_tokens(text)` that a punctuation mark follows ("links," in "no
    known terrorist links, prosecutors said"): where a phrase ends."""
    out: set[int] = set()
    at = 0
    for chunk in _rewritten(text).split():
        at += len(_CHUNK_CACHE.get(chunk) or _new_chunk(chunk))
        if at and _CLAUSE_END.search(chunk):
            out.add(at - 1)
    return frozenset(out)


_TOK_CACHE: dict[str, _Tok] = {}
_CHUNK_CACHE: dict[str, tuple[_Tok, ...]] = {}


def _new_chunk(chunk: str) -> tuple[_Tok, ...]:
    cache = _TOK_CACHE
    got = _CHUNK_CACHE[chunk] = tuple(cache.get(w) or _new_tok(w) for w in _TOKEN_RE.findall(chunk))
    return got


def _new_tok(word: str) -> _Tok:
    low = word.replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    elif low.endswith("'"):
        low = low[:-1]
    if low == "%":
        low = "percent"
    tok = _TOK_CACHE[word] = _Tok(word, low, _concept(low))
    return tok


@lru_cache(maxsize=1 << 16)
def _name_concepts(name: str) -> frozenset[str]:
    """Concepts of a name's words (memoised: names repeat across claims)."""
    return frozenset(t.concept for t in _tokens(name) if t.concept)


def _raw_tokens(text: str) -> list[tuple[str, str]]:
    """(surface form, concept) for the words of a quote, keeping the author's spelling."""
    cache = _RAW_CHUNK_CACHE  # by whitespace-separated chunk, as in `_tokens`
    return [t for c in text.split() for t in (cache.get(c) or _new_raw_chunk(c))]


_RAW_CACHE: dict[str, tuple[str, str]] = {}
_RAW_CHUNK_CACHE: dict[str, tuple[tuple[str, str], ...]] = {}


def _new_raw_chunk(chunk: str) -> tuple[tuple[str, str], ...]:
    cache = _RAW_CACHE
    got = _RAW_CHUNK_CACHE[chunk] = tuple(
        cache.get(w) or _new_raw(w) for w in _TOKEN_RE.findall(chunk)
    )
    return got


def _new_raw(word: str) -> tuple[str, str]:
    surface, low = word, word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
        surface = surface[:-2]
    got = _RAW_CACHE[word] = (surface, _concept(low))
    return got


# --- Entity normalisation -----------------------------------------------------------------


# Nouns that end the name of a body ("general staff", "foreign ministry"): grammar, no names.
_BODIES = frozenset(
    """staff ministry office council police service agency department forces army government
    committee court board command""".split()
)


def _norm_entity(name: str) -> str:
    """Casefold, strip possessives, leading titles and 'the', then apply the alias table."""
    s = name.casefold().replace("’", "'").strip()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[\"“”„]", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    # "oslo-based acme", "lyon-headquartered brightco" -> the name
    s = re.sub(r"^.*?\b[\w.]+-(?:based|headquartered|born|owned|listed|run)\s+", "", s)
    if s in _ENTITY_ALIASES:
        return _ENTITY_ALIASES[s]
    parts = s.split(" ")
    while len(parts) > 1:
        joined = " ".join(parts)
        if joined in _ENTITY_ALIASES:
            break
        if parts[-1] in _BODIES and parts[0] != "the":
            break  # "ukrainian general staff" is a body, not a titled person
        if parts[0] in ("the", *_TITLES):
            parts = parts[1:]
        elif len(parts) > 2 and parts[1] in _TITLES:
            parts = parts[1:]  # "russian president vladimir putin" -> "president ..."
        else:
            break
    s = " ".join(parts)
    return _ENTITY_ALIASES.get(s, s)


def _speakers_compatible(a: str | None, b: str | None) -> bool:
    """Same speaker, or one speaks for the other per the batch's own text
    (`consensus.merge.speakers`)."""
    return _speakers.compatible(a, b)


@lru_cache(maxsize=1 << 14)
def reports_only(speaker: str | None) -> bool:
    """Whether a (normalised) speaker's name says it is a news medium: a word of it is a media
    noun (`media_nouns` in data/words.toml: "metro news", "local newspaper", "channel nine
    tv"); `_media_named` finds the media the batch's statements call so ("the newspaper
    Le Soir"). A medium an outlet cites ("according to Metro News, authorities arrested the
    driver") reports what others said or did and speaks for no party, so its name keeps no
    claims apart when they are joined (link rule 1, `clusters._may_join`: `_Feat.medium`);
    it is still shown as who said it, and a denial still answers it."""
    return bool(speaker) and not _MEDIA_NOUNS.isdisjoint((speaker or "").split())


_NAME = r"[A-Z][\w'’.&-]*(?:[ -][A-Z][\w'’.&-]*){0,3}"
_NOUN = r"(?i:" + "|".join(sorted(map(re.escape, _MEDIA_FRAME_NOUNS))) + r")"
# a name a media noun introduces ("the newspaper Le Soir", "broadcaster Channel 4") or
# follows ("the Morning Herald newspaper"): `media_frame_nouns` in data/words.toml
_MEDIA_NAMED = re.compile(rf"\b{_NOUN}\s+(?:the\s+)?({_NAME})|(?<![\w'’.&-])({_NAME})\s+{_NOUN}\b")


def _media_named(statements: Iterable[str]) -> frozenset[str]:
    """The names (normalised) that some statement or quote calls a news medium (`_MEDIA_NAMED`), and
    the last one to four of their words ("South Korea's Daily Sun newspaper" -> "daily sun",
    "sun")."""
    out: set[str] = set()
    for text in statements:
        for m in _MEDIA_NAMED.finditer(text):
            words = _norm_entity(m.group(1) or m.group(2)).split()
            out.update(" ".join(words[k:]) for k in range(len(words)))
    return frozenset(out)


# --- Per-claim features -------------------------------------------------------------------


@dataclass(slots=True)
class _Feat:
    pos: int  # canonical position
    article: str
    index: int
    claim: Claim
    speaker: str | None
    entities: frozenset[str]
    quantities: dict[str, frozenset[float]]
    qty_text: tuple[str, ...]
    date: str | None
    concepts: tuple[str, ...]  # statement concepts in order (stop/speech dropped)
    content: frozenset[str]  # concepts beyond the claim's entity and speaker words
    norm: str  # concept string of the statement
    enorm: str  # concept string of the evidence quotes
    snorm: str  # `norm` with its words sorted (`_sorted_words`, for the fuzzy scores)
    senorm: str  # `enorm` with its words sorted (`snorm` itself when enorm is norm)
    lead: str | None  # lead predicate concept
    conditional: bool  # a conditional ("if", "would") comes before the lead predicate
    denied: frozenset[str]  # predicates a denial denies (empty unless polarity denies)
    toks: tuple[_Tok, ...]  # statement tokens (for the synonym features of joins)
    anchors: frozenset[str] = frozenset()
    mags: frozenset[int] = frozenset()  # orders of magnitude of the counts it gives
    keys: tuple[str, ...] = ()
    origin: str = ""
    citations: tuple[Citation, ...] = ()
    holders: tuple[str, ...] = ()  # the articles that state it, when copies were folded
    period: str | None = None  # the period it names (`periods.period_named`), set by merge
    past: bool = False  # it names a month or year long before publication (`periods.names_past`)
    # the occurrence it tells: '' the story's own, "other[:year]" another (`occurrences`)
    scope: str = ""
    scope_marks: frozenset[str] = frozenset()  # ... its names and years that mark it
    day: str | None = None  # "04-01": a calendar day written without its year (`_day_date`)
    medium: bool = False  # its speaker is a news medium (`reports_only`, `_media_named`)
    event: bool = False  # it has a speaker and states an event fact (`reporters.states_event`)
    # ... by a news medium or a speaker named by its kind (`reporters.py`): a source of the
    # fact that speaks for no party, and keeps no other event fact's claims apart (rule 1)
    reports: bool = False
    # its sentence joins it to the clause before by "but" ("Critics said ..., but Santos
    # said ..."), read from the article text when known (`answers.rebuttals`)
    after_but: bool = False
    published: dt.date | None = None  # its article's publication day, set by merge

    @property
    def sources(self) -> tuple[str, ...]:
        return self.holders or (self.article,)


def _quantity_map(claim: Claim) -> dict[str, frozenset[float]]:
    by_unit: dict[str, set[float]] = defaultdict(set)
    for q in claim.quantities:
        if q.value is None:
            continue
        unit = (q.unit or "").casefold().strip()
        if unit in ("%", "per cent", "percentage", "pct"):
            unit = "percent"
        if unit.endswith("s") and not unit.endswith("ss") and len(unit) > 3:
            unit = unit[:-1]
        unit = FIGURE_UNIT_FORMS.get(unit, unit)  # "800 soldiers" / "800 troops": one unit
        by_unit[unit].add(round(float(q.value), 6))
    return {u: frozenset(v) for u, v in by_unit.items()}


# month and weekday names an extractor may give as entities ("on Dec. 22": "Dec"): times,
# not names ("may" is left out: a surname as often, "Theresa May")
_CALENDAR_WORDS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec january february march april june
    july august september october november december monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
# a pronoun subject ("It said", "They denied") names nobody: two claims sharing one share no name
_PRONOUNS = frozenset("it he she they we i you this that these those there who".split())
_NO_SUBJECT_NAME = _CALENDAR_WORDS | _PRONOUNS
_MONTHS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


# Sizes of a count, as orders of magnitude (for denial matching: "reports of hundreds killed"
# are not denied by, nor do they deny, "five killed"). MANY is an unsized large count.
MANY = -1
_MANY_RE = re.compile(r"\b(?:large[- ]scale|massive|mass|significantly (?:higher|more))\b")


# (one empty set for the many claims without any: 216 bytes each, ~20 MB per field at 100k)
_NOTHING: frozenset[str] = frozenset()
_NO_MAGNITUDES: frozenset[int] = frozenset()


def _magnitudes(claim: Claim, toks: Sequence[_Tok]) -> frozenset[int]:
    """Orders of magnitude of the counts a claim gives (not shares, areas or durations)."""
    out: set[int] = set()
    for q in claim.quantities:
        unit = (q.unit or "").casefold()
        if unit in _MEASURE_UNITS or unit.rstrip("s") in _MEASURE_UNITS:
            continue
        if q.value is not None and q.value >= 1:
            out.add(len(str(int(q.value))) - 1)
    for t in toks:
        if t.low in _NUMBER_WORDS:  # figures come from the quantities (dates excluded)
            out.add(_NUMBER_WORDS[t.low])
    low = claim.statement.lower()
    if ("mass" in low or "large" in low or "significantly" in low) and _MANY_RE.search(low):
        out.add(MANY)
    return frozenset(out) if out else _NO_MAGNITUDES


def _sizes_meet(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two counts can be the same count: a shared order, or MANY against dozens or more."""
    if a & b:
        return True
    return (MANY in a and any(o >= 1 for o in b)) or (MANY in b and any(o >= 1 for o in a))


def _explicit_date(claim: Claim) -> str | None:
    """The claim's date when its text names a calendar date (not 'Thursday', 'earlier')."""
    t = claim.time
    if t is None or t.date is None:
        return None
    # a calendar date with its year written: "Nov. 2" alone is resolved by guesswork
    if not _MONTHS.search(t.text) or not re.search(r"\b(?:19|20)\d\d\b", t.text):
        return None
    return t.date.isoformat()


_MONTH_NO = {
    m: k for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_MONTH_RE = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY_MONTH = re.compile(
    r"\b(?:(?P<d1>[12]?\d|3[01])(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>" + _MONTH_RE + r")\.?"
    r"|(?P<m2>" + _MONTH_RE + r")\.?\s+(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)


def _day_date(claim: Claim) -> str | None:
    """The month and day ("04-01") of a calendar date the claim's time writes without its
    year ("from April 1", "on 1 March"): the day is what it says, whatever year a reader
    would put to it. None for a date with its year (`_explicit_date` reads those)."""
    t = claim.time
    if t is None or re.search(r"\b(?:19|20)\d\d\b", t.text):
        return None
    m = _DAY_MONTH.search(t.text)
    if m is None:
        return None
    month = _MONTH_NO.get((m["m1"] or m["m2"]).lower()[:3])
    return f"{month:02d}-{int(m['d1'] or m['d2']):02d}" if month else None


def _lead_predicate(toks: Sequence[_Tok], skip: frozenset[str]) -> tuple[str | None, bool]:
    """First main-clause predicate concept, and whether a conditional precedes it.

    A predicate is a past participle after an auxiliary (`_after_aux`: "are encircled",
    "has been captured"), a word of `reversals` or a user's `predicates` (data/concepts.toml);
    a verb right before "that" tells what follows ("it has been confirmed that ..."), so it
    is passed over. Speech, appeal and denial verbs and entity words are skipped; a past
    participle right after a noun and followed by a preposition ("troops encircled in
    Varnel") is a modifier, not the predicate, unless an auxiliary precedes it ("are
    encircled", "being surrounded").
    A conditional word ("if", "would", "in the event of") before the predicate marks the
    statement as not asserting it (used by denial matching).
    """
    conditional = False
    for i, tok in enumerate(toks):
        if tok.low in _CONDITIONAL:
            conditional = True
        c = tok.concept
        if not c or c in skip or (c not in _PREDICATE_CONCEPTS and not _after_aux(toks, i)):
            continue
        if tok.low.endswith(("ed", "en")) and tok.low not in ("open", "often"):
            j = i - 1
            while j >= 0 and (toks[j].low in _SKIP_ADVERB or toks[j].low.endswith("ly")):
                j -= 1
            has_aux = j >= 0 and toks[j].low in _AUX
            nxt = toks[i + 1].low if i + 1 < len(toks) else ""
            if not has_aux and (nxt == "" or nxt in _AFTER_MODIFIER):
                continue
        if tok.low.endswith("ing") and i > 0 and toks[i - 1].concept:
            continue  # "fighters supporting the regime": a participle modifying a noun
        if i + 1 < len(toks) and toks[i + 1].low == "that":
            continue  # "it has been confirmed that ...": what is stated follows
        return c, conditional
    return None, conditional


def _after_aux(toks: Sequence[_Tok], i: int) -> bool:
    """Whether token i is a past participle right after an auxiliary, adverbs between ("are
    encircled", "has been captured", "were quickly halted"): a predicate by its shape, what
    any event's text writes, where the predicate table once listed the seed event's verbs."""
    if not (toks[i].low.endswith("ed") and len(toks[i].low) > 4):
        return False
    j = i - 1
    while j >= 0 and (toks[j].low in _SKIP_ADVERB or toks[j].low.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].low in _AUX


def _denied_predicates(toks: Sequence[_Tok], skip: frozenset[str]) -> frozenset[str]:
    """Predicates a denial rejects.

    After a denial verb ("denied reports of troops being encircled" -> encircle): the
    predicate-table concepts there, else its past participles. Without a denial verb, the
    word a negation governs ("Varnel has not commented on ..." -> comment), so a plain
    negative statement only opposes claims with that same predicate.
    """
    for i, tok in enumerate(toks):
        if tok.concept == "deny":
            tail = toks[i + 1 :]
            found = [
                t.concept
                for t in tail
                if t.concept in _PREDICATE_CONCEPTS and t.concept not in skip
            ]
            if not found:
                found = [
                    t.concept
                    for t in tail
                    if t.concept and t.concept not in skip and t.low.endswith("ed")
                ]
            if not found:
                # "reports of hundreds killed are disinformation": what precedes the denial
                # word is what it rejects.
                found = [
                    t.concept
                    for t in toks[:i]
                    if t.concept in _PREDICATE_CONCEPTS and t.concept not in skip
                ]
            return frozenset(found[:2])
    for i, tok in enumerate(toks):
        if tok.low in _NEGATION or tok.low.endswith("n't"):
            for t in toks[i + 1 :]:
                if t.concept and t.low not in _SKIP_ADVERB:
                    return frozenset([t.concept])
            return frozenset()
    lead, _ = _lead_predicate(toks, skip)
    return frozenset([lead]) if lead else frozenset()


def _speaker_key(speaker: str, toks: Sequence[_Tok], claim: Claim) -> tuple[str, ...]:
    """A negation's speaker is one of its blocking keys: one party's denial, told by several
    outlets in other words ("the company said the ship was not overloaded" / "Tarrow Line
    has said the vessel was not overloaded"), shares its speaker and its negated word."""
    negated = claim.polarity == Polarity.denies or any(t.low in _NEGATION for t in toks)
    return (f"e:{speaker}",) if negated else ()


def _effective_speaker(claim: Claim, toks: Sequence[_Tok], normed: Mapping[str, str]) -> str | None:
    """The speaker, or the subject when the statement opens '<subject> said/urged/denied'."""
    if claim.speaker:
        return _speakers.clean_speaker(normed.get(claim.speaker) or _norm_entity(claim.speaker))
    if not claim.subject:
        return None
    subject = normed.get(claim.subject) or _norm_entity(claim.subject)
    sub_concepts = _name_concepts(subject)
    if not sub_concepts or len(subject.split(" ")) > 3:
        return None
    i, n = 0, len(toks)
    while i < n and not toks[i].concept and toks[i].low not in _SPEECH:
        i += 1
    start = i
    while i < n and toks[i].concept in sub_concepts:
        i += 1
    if i == start:
        return None
    passive = False
    while (
        i < n
        and toks[i].low not in _SPEECH
        and (toks[i].low in _FILLER or (not toks[i].concept and toks[i].low in _STOP))
    ):
        passive = passive or toks[i].low in _PASSIVE_AUX
        i += 1
    if passive and i < n and not toks[i].low.endswith("ing"):
        return None  # "People have been asked to ...": the subject is told, not telling
    if i < n and (toks[i].low in _SPEECH or toks[i].concept in ("appeal", "deny")):
        if toks[i].low in _ADDS and _ADDS_AMOUNT.search(claim.statement):
            return None  # "The budget will add about $2 billion to debt": no speech
        return _speakers.clean_speaker(subject)
    return None


# "add" says something ("she added") unless an amount follows it: "will add $2 billion"
_ADDS = frozenset(("add", "adds", "added", "adding"))
_ADDS_AMOUNT = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:(?:about|around|nearly|almost|some|roughly|another|an extra|"
    r"more than|up to|over)\s+)?(?:[$£€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a further|hundreds|thousands|millions|billions)\b)",
    re.IGNORECASE,
)


_PASSIVE_AUX = frozenset(("been", "being", "be", "was", "were", "is", "are", "get", "got"))


def _concept_str(toks: Iterable[_Tok], drop: frozenset[str] = frozenset()) -> str:
    return " ".join([c for t in toks if (c := t.concept) and c not in drop])


_BUT_BEFORE = re.compile(r"[,;]?\s+but\s+$", re.IGNORECASE)


def _after_but(texts: Mapping[str, str] | None, article: str, evidence: Sequence[Evidence]) -> bool:
    """Whether the article text right before the claim's first quote is ", but"."""
    text = (texts or {}).get(article)
    if not text or not evidence:
        return False
    first = min(e.start for e in evidence)
    return _BUT_BEFORE.search(text[max(0, first - 8) : first]) is not None


def _build_features(
    claims: Sequence[tuple[str, int, Claim]],
    article_texts: Mapping[str, str] | None = None,
) -> list[_Feat]:
    """The features of each (article id, index, claim), in canonical order; `article_texts`
    (when known) tell which longer name a speaker named by its kind stands for
    (`kind_names`)."""
    order = _canonical_order(claims)
    # Corpus-level surname resolution: "putin" -> "vladimir putin" when unambiguous (not a
    # word that names a speaker by its kind: that one is resolved in its own claim's
    # context only, below).
    full_names: dict[str, set[str]] = defaultdict(set)
    raw_names: set[str] = set()
    for _, _, c in claims:
        for name in (*c.entities, c.speaker or "", c.subject):
            if name:
                raw_names.add(name)
    normed = {name: _norm_entity(name) for name in raw_names}
    # the words the batch writes in lower case: common words, no name's (`name_forms`),
    # read only if a surname is asked
    lower = LowerWords(
        lambda: [
            *(c.statement for _, _, c in claims),
            *(e.quote for _, _, c in claims for e in c.evidence),
            *(article_texts or {}).values(),
        ]
    )
    for n in normed.values():
        parts = n.split(" ")
        if 2 <= len(parts) <= 3 and parts[-1].isalpha():
            full_names[parts[-1]].add(n)
    for raw, n in list(normed.items()):
        if (
            " " not in n
            and len(full_names.get(n, ())) == 1
            and not is_kind_word(n)
            and raw[:1].isupper()  # ("tram" is no surname of "two-car tram")
            and n not in BODY_KINDS  # "company": its article's body (`body_names`)
            and not (len(raw) > 1 and raw.isupper())  # ("UN" is no surname "Un")
            and surname_of(n, next(iter(full_names[n])), lower)
        ):
            normed[raw] = next(iter(full_names[n]))
    # A word that names a speaker by its kind ("officials", "the group") stands for a longer
    # name of its own article where the text around the claim supports it ("local
    # officials" in the paragraph before), never another article's.
    local = kind_names(claims, normed, article_texts)
    # "the company", "the club": the one body of that kind the claim's article names
    for key, names in body_names(claims, normed, article_texts, local).items():
        local.setdefault(key, {}).update(names)

    feats: list[_Feat] = []
    # one string per blocking key (shared by the claims that hold it: hashed once)
    e_key: dict[str, str] = {}
    w_key: dict[str, str] = {}
    names_memo: dict[
        tuple[object, ...],
        tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]],
    ] = {}
    # (remembered for the next pass over these claims, `_text_tokens`; a batch of more
    # claims than the memo holds would only hold its last claims' tokens longer)
    small = len(claims) <= (_text_tokens.cache_parameters()["maxsize"] or 0)
    tokens_of = _tokens if small else _tokens_afresh
    for pos, k in enumerate(order):
        art, idx, claim = claims[k]
        toks = tokens_of(claim.statement)
        resolved = local.get((art, idx))
        names_of: Mapping[str, str] = ChainMap(resolved, normed) if resolved else normed
        speaker = _effective_speaker(claim, toks, names_of)
        # what depends only on the entities, subject and speaker: once per combination
        memo_key = (
            claim.entities,
            claim.subject,
            speaker,
            tuple(sorted(resolved.items())) if resolved else (),
        )
        by_names = names_memo.get(memo_key)
        if by_names is None:
            ents = frozenset(
                names_of[e]
                for e in claim.entities
                if e and names_of[e] and names_of[e] not in _CALENDAR_WORDS
            )
            subject = names_of.get(claim.subject, "")
            if subject and len(subject.split(" ")) <= 3 and subject not in _NO_SUBJECT_NAME:
                ents |= {subject}
            name_concepts = _name_concepts(speaker or "").union(*(_name_concepts(e) for e in ents))
            e_keys = tuple(
                [e_key.get(e) or e_key.setdefault(e, f"e:{e}") for e in sorted(ents - {speaker})]
            )
            by_names = names_memo[memo_key] = (
                ents,
                name_concepts,
                _name_concepts(speaker or ""),
                frozenset(name_concepts | {"appeal", "deny"}),
                e_keys,
            )
        ents, name_concepts, speaker_concepts, skip, e_keys = by_names
        concepts = tuple([t.concept for t in toks if t.concept])
        content = frozenset([c for c in concepts if c not in name_concepts and c != "appeal"])
        lead, conditional = _lead_predicate(toks, skip)
        denied: frozenset[str] = _NOTHING
        if claim.polarity == Polarity.denies:
            denied = _denied_predicates(toks, skip)
        evidence = claim.evidence
        if len(evidence) == 1 and evidence[0].quote == claim.statement:
            quote_toks = toks  # (the common case: the same concept string)
        else:
            quote_toks = [
                t
                for e in evidence
                for t in (toks if e.quote == claim.statement else _tokens(e.quote))
            ]
        norm = _concept_str(toks, speaker_concepts)
        enorm = norm if quote_toks is toks else _concept_str(quote_toks, speaker_concepts)
        snorm = _sorted_words(norm)
        quantities = _quantity_map(claim) if claim.quantities else {}
        qty_anchors = (
            [f"{v:g} {u}" for u, vs in quantities.items() if u for v in vs] if quantities else []
        )
        statement = claim.statement
        marks = qty_anchors + month_years(statement)
        anchors = frozenset(marks) if marks else _NOTHING
        keys = (
            *e_keys,
            *(_speaker_key(speaker, toks, claim) if speaker else ()),
            *(
                [f"q:{v:g}:{u}" for u, vs in sorted(quantities.items()) for v in sorted(vs)]
                if quantities
                else ()
            ),
            *[w_key.get(c) or w_key.setdefault(c, f"w:{c}") for c in sorted(content)],
        )
        feats.append(
            _Feat(
                pos=pos,
                article=art,
                index=idx,
                claim=claim,
                speaker=speaker,
                entities=ents,
                quantities=quantities,
                qty_text=(
                    tuple(sorted(q.text for q in claim.quantities)) if claim.quantities else ()
                ),
                date=_explicit_date(claim),
                day=_day_date(claim),
                concepts=concepts,
                content=content,
                norm=norm,
                enorm=enorm,
                snorm=snorm,
                senorm=snorm if enorm is norm else _sorted_words(enorm),
                lead=lead,
                conditional=conditional,
                denied=denied,
                toks=tuple(toks),
                anchors=anchors,
                mags=_magnitudes(claim, toks),
                keys=keys,
                after_but=_after_but(article_texts, art, evidence),
            )
        )
    spoken = [f for f in feats if f.speaker]
    if spoken:
        texts = {t for _, _, c in claims for t in (c.statement, *(e.quote for e in c.evidence))}
        # (a substring test first: most texts name no medium; the result is a set)
        media = _media_named(t for t in texts if _has_media_noun(t.casefold()))
        for f in spoken:
            f.medium = reports_only(f.speaker) or f.speaker in media
            f.event = states_event(f.claim)
            f.reports = f.event and (f.medium or named_by_kind(f.speaker))
    return feats


def _has_media_noun(low: str) -> bool:
    return any(noun in low for noun in _MEDIA_FRAME_NOUNS)


def _canonical_key(entry: tuple[str, int, Claim]) -> tuple[object, ...]:
    art, _, c = entry
    first = c.evidence[0]
    return (
        art,
        first.start,
        first.end,
        c.statement,
        c.kind.value,
        c.speaker or "",
        c.polarity.value,
        c.model_dump_json(),
    )


def _canonical_order(claims: Sequence[tuple[str, int, Claim]]) -> list[int]:
    """Indices of `claims` sorted by `_canonical_key`. The key's last part (the claim's
    JSON) is costly and rarely needed, so claims are sorted without it and only runs that
    tie on everything else are re-sorted by the full key: the same order, far cheaper."""

    def cheap(k: int) -> tuple[object, ...]:
        art, _, c = claims[k]
        first = c.evidence[0]
        return (art, first.start, first.end, c.statement, c.kind.value, c.speaker or "",
                c.polarity.value)  # fmt: skip

    keys = [cheap(k) for k in range(len(claims))]
    order = sorted(range(len(claims)), key=keys.__getitem__)
    lo = 0
    while lo < len(order):
        hi = lo + 1
        while hi < len(order) and keys[order[hi]] == keys[order[lo]]:
            hi += 1
        if hi - lo > 1:
            order[lo:hi] = sorted(order[lo:hi], key=lambda k: _canonical_key(claims[k]))
        lo = hi
    return order


def _sorted_words(text: str) -> str:
    """The words of a text in sorted order, as rapidfuzz's token_sort_ratio splits, sorts
    and joins them: so `fuzz.ratio` of two such strings is their `token_sort_ratio` (the
    same doubles), with the sorting done once per claim instead of once per comparison;
    token_set_ratio does not depend on word order."""
    return " ".join(sorted(text.split()))
