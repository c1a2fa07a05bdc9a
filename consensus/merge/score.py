"""Pair comparison helpers (pipeline step 3): fuzzy text and concept similarity of two
claims (the `lexical` comparison of `compare.py`), figure conflicts of two claims or
groups, and whether a denial negates a claim's predicate. The join/conflict rule itself
is `link.py`.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import repeat
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from consensus.merge import bound_negations
from consensus.merge.codes import floats_of
from consensus.merge.features import _Feat, _sizes_meet, _stem, _Tok, clause_ends
from consensus.merge.implied_negation import negated_by_verb, stated_before_contrast
from consensus.merge.lexicon import (
    _AUX,
    _NEGATION,
    _NEGATION_LIGHT,
    _NEGATION_LIGHT_BEFORE,
    _NEGATION_NOUN,
    _NEGATION_PHRASE_END,
    _NEGATION_SAME,
    _NEGATION_SKIP,
    _NEGATION_SPEECH,
    _NEGATION_SUB,
    _NEGATION_SUB_NOT_BEFORE,
    _NEGATION_TOPIC,
    _NEGATION_VOID,
    _NUMBER_WORDS,
    _SKIP_ADVERB,
)
from consensus.merge.negated_instructions import only_instructed
from consensus.merge.negated_objects import object_negated_verb
from consensus.merge.restated_near import restated_at
from consensus.merge.verb_lemmas import lemmas, with_lemmas
from consensus.models import Polarity

PAIR_WORKERS = 2  # threads of rapidfuzz's batch scorer for a large batch of pairs
PAIR_WORKERS_FROM = 20_000  # ... from this many distinct string pairs (else one thread)


def _text_sim(a: str, b: str) -> float:
    """Fuzzy similarity of two concept strings, given as `_sorted_words` (`_Feat.snorm`,
    `_Feat.senorm`): the mean of token_set_ratio and token_sort_ratio, over 100."""
    if not a or not b:
        return 0.0
    return (0.5 * fuzz.token_set_ratio(a, b) + 0.5 * fuzz.ratio(a, b)) / 100.0


def _text_sims(xs: Sequence[str], ys: Sequence[str], keys: np.ndarray | None = None) -> list[float]:
    """`_text_sim(xs[k], ys[k])` for every k in one batch: rapidfuzz's cpdist gives the
    same doubles as the scorers and the arithmetic is the same IEEE operations in numpy.
    A large batch is scored by `PAIR_WORKERS` threads (each pair is scored on its own, so
    the doubles do not depend on which thread scores it; tests/test_merge_fast_paths.py)."""
    if not xs:
        return []
    # `keys` (equal exactly for equal (x, y)), when given: each distinct pair scored once
    # (pairs of one proposition often repeat a pair of strings), then expanded
    inverse = None
    if keys is not None:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        first = np.r_[True, ordered[1:] != ordered[:-1]]
        inverse = np.empty(len(keys), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        reps = order[first].tolist()  # one index per distinct key, in key order
        xs, ys = [xs[k] for k in reps], [ys[k] for k in reps]
    workers = PAIR_WORKERS if len(xs) >= PAIR_WORKERS_FROM else 1
    sims = _combine(
        process.cpdist(xs, ys, scorer=fuzz.token_set_ratio, dtype=np.float64, workers=workers),
        process.cpdist(xs, ys, scorer=fuzz.ratio, dtype=np.float64, workers=workers),
    )
    sims[np.array([not x or not y for x, y in zip(xs, ys, strict=True)])] = 0.0
    if inverse is not None:
        sims = sims[inverse]
    return list(sims.tolist())


def _text_sim_matrix(xs: Sequence[str]) -> list[list[float]]:
    """`_text_sim(xs[i], xs[j])` for all i != j (rapidfuzz cdist; see `_text_sims`). The
    diagonal is not computed (its values are unspecified): `_medoid` never reads it."""
    if len(xs) <= 6:  # cheaper one by one; the scorers are symmetric, so half of them
        n = len(xs)
        out = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                out[i][j] = out[j][i] = _text_sim(xs[i], xs[j])
        return out
    # Each distinct string once (members of one group often share a concept string):
    # the entry of two equal strings is the scorers' value for that string with itself.
    distinct = list(dict.fromkeys(xs))
    sims = _combine(
        process.cdist(distinct, distinct, scorer=fuzz.token_set_ratio, dtype=np.float64,
                      workers=1),
        process.cdist(distinct, distinct, scorer=fuzz.ratio, dtype=np.float64, workers=1),
    )  # fmt: skip
    if len(distinct) < len(xs):
        for x, times in Counter(xs).items():
            if times > 1:  # two members with this string: their entry
                d = distinct.index(x)
                sims[d, d] = _text_sim(x, x) if x else 0.0
        at = {x: d for d, x in enumerate(distinct)}
        rows = np.array([at[x] for x in xs], dtype=np.int64)
        sims = sims[np.ix_(rows, rows)]
    empty = np.array([not x for x in xs])
    sims[empty, :] = 0.0
    sims[:, empty] = 0.0
    return list(sims.tolist())


def _combine(token_set: np.ndarray, token_sort: np.ndarray) -> np.ndarray:
    out: np.ndarray = (0.5 * token_set + 0.5 * token_sort) / 100.0
    return out


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _statement_sim(a: _Feat, b: _Feat, text: float | None = None) -> float:
    if text is None:
        text = _text_sim(a.snorm, b.snorm)
    return 0.7 * text + 0.3 * _dice(a.content, b.content)


def _quantities_conflict(a: dict[str, frozenset[float]], b: dict[str, frozenset[float]]) -> str:
    if not a or not b:
        return ""
    for unit in sorted(a.keys() & b.keys()):
        va, vb = a[unit], b[unit]
        if len(va) == 1 and len(vb) == 1:  # (the common case, without a generator)
            (x,), (y,) = va, vb
            if abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)):
                continue
        elif any(abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)) for x in va for y in vb):
            continue
        label = unit or "count"
        return (
            f"{label}: {', '.join(f'{v:g}' for v in sorted(va))} vs "
            f"{', '.join(f'{v:g}' for v in sorted(vb))}"
        )
    return ""


class _Edge(NamedTuple):
    score: float
    i: int
    j: int
    conflict: str  # '' for a join edge, else the reason the join is blocked


def ordered_edges(
    edges: Sequence[_Edge], score: np.ndarray, i: np.ndarray, j: np.ndarray, n_claims: int
) -> list[_Edge]:
    """`edges` and the join edges (`score`, `i`, `j`) in order (-score, i, j): one sort of
    arrays (no two edges share a pair); a join edge is made only in its place in that order,
    a block at a time, each claim's number one int and each score one float shared by its
    edges (at 100k claims: ~0.1 GB less at the link step's peak, the same values)."""
    nc = len(edges)
    score = np.concatenate([np.fromiter((e.score for e in edges), np.float64, nc), score])
    ei = np.concatenate([np.fromiter((e.i for e in edges), np.int64, nc), i])
    ej = np.concatenate([np.fromiter((e.j for e in edges), np.int64, nc), j])
    order = np.lexsort((ej, ei, -score))
    scores = floats_of(score[order])
    number = list(range(n_claims)).__getitem__
    out: list[_Edge] = []
    for lo in range(0, len(order), _EDGE_BLOCK):
        part = order[lo : lo + _EDGE_BLOCK]
        made = map(
            _Edge,
            scores[lo : lo + _EDGE_BLOCK],
            map(number, ei[part].tolist()),
            map(number, ej[part].tolist()),
            repeat(""),
        )
        out += [m if k >= nc else edges[k] for k, m in zip(part.tolist(), made, strict=True)]
    return out


_EDGE_BLOCK = 1 << 16


def _negates(d: _Feat, a: _Feat) -> bool:
    """Whether denial d rejects a's proposition: it denies a's lead predicate and, when it
    sizes what it rejects, a gives a count of that size."""
    if d.claim.polarity != Polarity.denies or a.claim.polarity != Polarity.asserts:
        return False
    if not a.lead or a.lead not in d.denied:
        return False
    return not d.mags or _sizes_meet(d.mags, a.mags)


NEGATION_REACH = 4  # tokens after a negation word (or a light verb) read for what it negates
SPEECH_OBJECT_REACH = 3  # ... and after a negated speech word, for what it is about


class Negation(NamedTuple):
    """What a statement's plain negations negate (`negation`)."""

    free: frozenset[str] = frozenset()  # concepts negated outright
    # (concept, subject): a concept negated of a subject ("no services are operating":
    # operating, of services), which rebuts only a statement naming that subject too
    of_subject: tuple[tuple[str, str], ...] = ()
    # the names a negation passed over to reach its noun ("not one French soldier": french)
    names: frozenset[str] = frozenset()

    @property
    def concepts(self) -> frozenset[str]:
        return self.free | {c for c, _ in self.of_subject}


NO_NEGATION = Negation()


def negation(f: _Feat, *, through_until: bool = False) -> Negation:
    """What the plain negations of the statement negate (`_negated_at` after each
    negation word): "the driver was not known to police" -> know; "the man has not yet
    been identified" -> identify; "he had no known terrorist links" -> link; "no group has
    claimed responsibility" -> claim and responsibility, of a group; "has been silent
    about the attack" -> attack. A negation of a belief or of a confirmation ("I don't
    think ...", "this is not confirmed"), a bound, a comparative or an idiom ("no more than
    300", "not later than", "not only", "no doubt": `bound_negations`), a negation in a
    subordinate clause ("though he didn't see the truck, ...") and a verb negation that
    "until" limits ("would not release it until ...") negate nothing here, nor does "A, not
    B" of a concept A states ("for the market we have, not the market we had").
    `through_until` reads a verb negation that "until" limits too (`party_rebuttals`)."""
    toks = f.toks
    ends = clause_ends(f.claim.statement)
    names = name_words(f.claim.statement)
    free: set[str] = set()
    of_subject: set[tuple[str, str]] = set()
    skipped: set[str] = set()
    lows = [t.low for t in toks]
    for i, tok in enumerate(toks):
        low = tok.low
        nominal = low in _NEGATION_NOUN
        if not nominal and low not in _NEGATION and not low.endswith(("n't", "n’t")):
            continue
        if bound_negations.bound_at(lows, i):
            continue  # a bound or an idiom: "no more than 300 jobs", "none other than"
        if (
            nominal
            and low not in _NEGATION
            and (i + 1 == len(toks) or toks[i + 1].low not in _NEGATION_TOPIC)
        ):
            continue  # "silent" negates only what it is about ("fell silent as ...": nothing)
        if _subordinate(toks, i):
            break  # this and every later negation is in a subordinate clause
        if verb := object_negated_verb(toks, i, ends):
            free.add(verb)  # ("they were paid nothing": pay; `negated_objects`)
            continue
        if not nominal and not through_until and _until_after(toks, i, ends):
            continue  # "would not release it until ...": when, not whether
        start, of_noun = i + 1, nominal
        if low in _PARTITIVE_NEGATION and i + 1 < len(toks) and toks[i + 1].low == "of":
            start, of_noun = _partitive_head(toks, i + 2), True  # "none of the 22 crew ..."
        elif low in _PRONOUN_NEGATION:
            start = _past_place(toks, i + 1, ends)  # "nobody on board was hurt": hurt
        concepts, subject = _negated_at(toks, start, of_noun, ends, names, skipped)
        if low == "not" and i - 1 in ends:  # "A, not B": a contrast of what qualifies a
            # concept A states too ("the market we have, not the market we had") negates no
            # concept; "an accident, not an attack" still negates the attack
            stated = {t.concept for t in toks[:i] if t.concept}
            concepts = {c for c in concepts if c not in stated}
        if subject:
            of_subject.update((c, subject) for c in concepts)
        else:
            free |= concepts
    if not free and not of_subject:
        return NO_NEGATION
    return Negation(frozenset(free), tuple(sorted(of_subject)), frozenset(skipped))


def _negated(f: _Feat) -> frozenset[str]:
    """The concepts the statement's plain negations negate (`negation`)."""
    return negation(f).concepts


def side_negated(f: _Feat) -> frozenset[str]:
    """What a claim negates as a side of a rebuttal point: `_negated`, and a verb negation
    "until" limits ("did not know of the fault until this year": `party_rebuttals`)."""
    return negation(f, through_until=True).concepts


_UNTIL = frozenset({"until", "till", "til"})


# "none of the 22 crew members was hurt" negates what is said of the crew (hurt), as "no
# crew member was hurt" does; not the count the partitive names
_PARTITIVE_NEGATION = frozenset({"none", "neither"})
_PARTITIVE_DETERMINERS = frozenset(
    "the its their his her our your my these those this that".split()
)


# a negated pronoun a place phrase follows: "nobody on board was hurt", "nothing in the
# report suggests ...": what is negated is the predicate after the phrase, not the place
_PRONOUN_NEGATION = frozenset({"nobody", "nothing", "none"})
_PLACE_PREPOSITIONS = frozenset("on in at aboard inside from among near".split())
_MODALS = frozenset("will would can could may might shall should must".split())


def _past_place(toks: Sequence[_Tok], k: int, ends: frozenset[int]) -> int:
    """Where the predicate of a negated pronoun starts: past a place phrase right after it,
    at the auxiliary that ends the phrase (`_PRONOUN_NEGATION`); k itself when there is no
    such phrase."""
    if k >= len(toks) or toks[k].low not in _PLACE_PREPOSITIONS:
        return k
    for at in range(k + 1, min(len(toks), k + 1 + NEGATION_REACH)):
        if toks[at].low in _AUX or toks[at].low in _MODALS:
            return at
        if at in ends:
            break
    return k


def _partitive_head(toks: Sequence[_Tok], k: int) -> int:
    """Where the noun phrase after "none of" starts: past its determiner and its count
    ("none of the 22 crew members" -> crew; "neither of the two pilots" -> pilots)."""
    while k < len(toks) and (
        toks[k].low in _PARTITIVE_DETERMINERS
        or toks[k].low in _NUMBER_WORDS
        or toks[k].low[:1].isdigit()
    ):
        k += 1
    return k


def _until_after(toks: Sequence[_Tok], i: int, ends: frozenset[int]) -> bool:
    """Whether the verb negation at token i is limited by "until" later in its clause:
    "the department would not release the footage until the review had finished" says when
    it will be released (as "would release it as soon as the review allows"), not that it
    will not be."""
    for k in range(i + 1, len(toks)):
        if toks[k].low in _UNTIL:
            return True
        if k in ends:
            return False
    return False


def _subordinate(toks: Sequence[_Tok], i: int) -> bool:
    """Whether a subordinating word comes before token i ("so far" opens no clause)."""
    return any(
        t.low in _NEGATION_SUB
        and not (k + 1 < len(toks) and toks[k + 1].low in _NEGATION_SUB_NOT_BEFORE)
        for k, t in enumerate(toks[:i])
    )


def _negatable(t: _Tok) -> str:
    """What a token can stand for after a negation: its concept, or the stem of a speech
    word that names an act ("claim", "mention"); '' for a function word."""
    if t.concept:
        return t.concept
    return _stem(t.low) if t.low in _NEGATION_SPEECH else ""


def _negated_at(
    toks: Sequence[_Tok],
    start: int,
    nominal: bool,
    ends: frozenset[int],
    names: frozenset[str] = frozenset(),
    skipped: set[str] | None = None,
) -> tuple[set[str], str]:
    """What the negation before toks[start] negates. A verb negation ("not", "never",
    "n't", "nothing", "nobody") negates the first word with content within
    `NEGATION_REACH` tokens, skipping "yet", "immediately", "any" and the like; when that
    word is a light verb governing a noun phrase ("did not make any claim", "provided no
    evidence") it negates the phrase. A noun negation ("no", "neither", "silent about")
    negates its noun phrase: the predicate after it when the phrase is a subject ("no
    group has claimed ..." -> claim), else the phrase's last word ("no known terrorist
    links" -> link), which an adverb closing the phrase never is ("no flooding anywhere"
    -> flood: `negation_phrase_end` in data/words.toml). A negated speech act ("no claim of
    responsibility") negates what it is about too. A verb negation passes over a name
    qualifying the noun after it ("not one French soldier" -> soldier; `names`: the
    statement's `name_words`; the names passed over are added to `skipped`). "No. 18"
    negates nothing.
    Returns the concepts and the subject they are negated of ('' for none)."""
    n = len(toks)
    if nominal and start < n and toks[start].low.isdigit():
        return set(), ""
    end = min(n, start + NEGATION_REACH)
    k = start
    while k < end:
        t = toks[k]
        if t.low in _NEGATION_VOID:
            return set(), ""  # "not only", "not confirmed", "not far away"
        if (
            _negatable(t)
            and t.low not in _NEGATION_SKIP
            and t.low not in _SKIP_ADVERB
            and (nominal or not _name_before_noun(toks, k, end, names))
        ):
            break  # (a noun negation negates its phrase's last word: never the name)
        if skipped is not None and not nominal and _name_before_noun(toks, k, end, names):
            skipped.add(_negatable(t))
        k += 1
    else:
        return set(), ""
    if not nominal and toks[k].low in _NEGATION_LIGHT:
        phrase = _light_object(toks, k + 1)
        if phrase < 0:
            return _with_object(toks, k, ends), ""  # "will never give in": the verb itself
        k, nominal = phrase, True
    if not nominal:
        return _with_object(toks, k, ends), ""
    head = k  # the noun phrase: words with content up to a function word, a participle
    while (  # or a punctuation mark
        head not in ends
        and head + 1 < n
        and _negatable(toks[head + 1])
        and toks[head + 1].low not in _AUX
        and toks[head + 1].low not in _NEGATION_PHRASE_END  # ("no seeding anywhere")
        and not toks[head + 1].low.endswith("ed")
    ):
        head += 1
    after = head + 1
    if after < n and toks[after].low in _AUX:  # a subject: its predicate is negated
        while after < n and (
            toks[after].low in _AUX
            or toks[after].low in _SKIP_ADVERB
            or toks[after].low in _NEGATION_SKIP
        ):
            after += 1
        if after < n and _negatable(toks[after]):
            return _with_object(toks, after, ends), _negatable(toks[head])
    # a noun with a complement ("no evidence (that) the judge was biased", "no links to the
    # group"): negated of what the complement is about, so it rebuts only a statement naming
    # that too ("the judge was biased", not "the evidence against him was overwhelming")
    about = "" if toks[head].low in _NEGATION_SPEECH else _complement(toks, head + 1, ends)
    return _with_object(toks, head, ends), about


def _name_before_noun(toks: Sequence[_Tok], k: int, end: int, names: frozenset[str]) -> bool:
    """Whether toks[k] is a name (`name_words`) that qualifies the word with content after
    it, itself no name: "not one French soldier", "no Dutch troops". The negation is
    of the noun, not of the name, which any claim about that party states ("Dutch
    commanders called their French counterparts")."""
    if toks[k].low not in names or k + 1 >= end:
        return False
    after = toks[k + 1]
    return after.low not in names and bool(_negatable(after))


def name_words(statement: str) -> frozenset[str]:
    """The lower-cased words a statement writes capitalised after a word of its own sentence
    (not after a sentence's end, a colon or an opening quotation mark): names and the
    adjectives of names ("Not one French soldier" -> french; "Not" is no name), and
    initialisms written in capitals ("was not an XB terrier" -> xb), but no negation word
    written in capitals for stress ("was NOT a terrier")."""
    out: set[str] = set()
    for m in _CAPITALISED.finditer(statement):
        before = statement[max(0, m.start() - 20) : m.start()].rstrip()
        if before and before[-1] not in ".!?\"“‘'(:;":
            out.add(m.group(1).lower())
    return frozenset(out - _NEGATION)


# a capitalised word, or an initialism of two to five capitals ("XB", "NHS", "BBC")
_CAPITALISED = re.compile(r"\b([A-Z][a-z]+|[A-Z]{2,5})\b")


_COMPLEMENT_OPENERS = frozenset(
    "that of to about linking suggesting the a an his her its their".split()
)


def _complement(toks: Sequence[_Tok], k: int, ends: frozenset[int]) -> str:
    """The first word with content of the complement right after a negated noun, in its
    clause ("no evidence [that] the trial judge ..." -> trial; "no links to the group" ->
    group); '' when the noun has none."""
    if k >= len(toks) or k - 1 in ends or toks[k].low not in _COMPLEMENT_OPENERS:
        return ""
    for at in range(k, min(len(toks), k + 1 + NEGATION_REACH)):
        if at - 1 in ends and at > k:
            break
        if toks[at].concept and toks[at].low not in _AUX and toks[at].low not in _SKIP_ADVERB:
            return toks[at].concept
    return ""


def _light_object(toks: Sequence[_Tok], k: int) -> int:
    """Where the noun phrase a light verb governs starts (after "a", "any", "no", ...,
    "immediate"), or -1 when the verb governs none."""
    for at in range(k, min(len(toks), k + NEGATION_REACH)):
        t = toks[at]
        if t.low in _NEGATION_LIGHT_BEFORE or t.low in _NEGATION_SKIP:
            continue
        return at if _negatable(t) else -1
    return -1


def _with_object(toks: Sequence[_Tok], k: int, ends: frozenset[int]) -> set[str]:
    """toks[k]'s concept, and for a speech act the first word with content within
    `SPEECH_OBJECT_REACH` tokens after it in its clause ("claim ... for the attack" ->
    claim, attack)."""
    out = {_negatable(toks[k])}
    if toks[k].low in _NEGATION_SPEECH:
        for at in range(k + 1, min(len(toks), k + 1 + SPEECH_OBJECT_REACH)):
            if at - 1 in ends:
                break
            if toks[at].concept:
                out.add(toks[at].concept)
                break
    return out


def _negated_of_another(a: _Feat, b: _Feat, neg_a: Negation, neg_b: Negation) -> bool:
    """Exactly one of the two negates a concept the other states, but of a subject or
    complement the other does not name ("there was no evidence the trial judge had been
    biased" / "the evidence against him was overwhelming"): two statements about two
    things, neither one claim nor a rebuttal (link rule 6). So are a negation of a party's
    noun and a statement that names the party but states nothing the negation negates
    ("not one French soldier set foot there" / "French commanders called a hotline")."""
    if bool(neg_a.concepts) == bool(neg_b.concepts):
        return False
    neg_x, y = (neg_a, b) if neg_a.concepts else (neg_b, a)
    said = set(y.concepts) | {_stem(t.low) for t in y.toks if t.low in _NEGATION_SPEECH}
    if neg_x.names & said and not neg_x.concepts & said:
        return True
    if neg_x.free:
        return False
    return any(c in said and s not in said for c, s in neg_x.of_subject)


def _negation_clash(a: _Feat, b: _Feat, neg_a: Negation, neg_b: Negation) -> str:
    """A concept one claim negates that the other states ("was not known to police" against
    "was known to police"; "no services are operating" only against a statement of
    services operating): the first such concept, or ''. Only when exactly one of them
    negates, and the other is no restatement ("the first fatal crash since 1959" against
    "no fatal crash since 1959")."""
    if bool(neg_a.concepts) == bool(neg_b.concepts):
        return ""  # both negate (or neither): no rebuttal
    x, neg_x, y = (a, neg_a, b) if neg_a.concepts else (b, neg_b, a)
    said = set(y.concepts) | {_stem(t.low) for t in y.toks if t.low in _NEGATION_SPEECH}
    acts = {_stem(t.low) for t in x.toks if t.low in _NEGATION_SPEECH}
    # an irregular past as its base ("nobody sold" / "selling": `verb_lemmas`)
    said_as = with_lemmas(said, y.toks)
    bases, y_bases = lemmas(x.toks), lemmas(y.toks)
    for c in sorted(neg_x.concepts):
        if c not in said_as and bases.get(c) not in said_as:
            continue
        if restated_at(y.toks, y.claim.statement, {c, bases.get(c, c)}, _NEGATION_SAME, y_bases):
            continue  # ("the first fatal crash since 1959" restates "no fatal crash since")
        if c not in x.content and c not in acts:
            continue
        if negated_by_verb(y.toks, c):
            continue  # ("failed to connect" restates "could not be connected")
        if stated_before_contrast(x.toks, c):
            continue  # ("for healthy birds but not for birds that died": a kind of bird)
        if only_instructed(x.toks, c):
            continue  # ("nobody told me to leave" negates the telling, not the leaving)
        if c in neg_x.free or any(cc == c and s in said for cc, s in neg_x.of_subject):
            return c
    return ""
