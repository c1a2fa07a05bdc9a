"""Comparison features of claim pairs: the vector the link weights are fitted on.

Record linkage (Fellegi–Sunter, splink): blocking picks the pairs, each pair becomes a small
vector of comparisons, fitted weights turn it into log-odds. Every comparison here is
general: vectors of the statements (data), overlap of words weighted by how rare they are in
the batch (data), names, figures with their slots, speakers. No word list names an event.

`COMPARISONS` is the order of the columns; `scripts/fit_merge_weights.py` fits one weight per
column on labelled pairs from the annotated dev clusters and writes
`consensus/merge/data/link_weights.json`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from scipy import sparse

from consensus.merge.align_gaps import GAP_COLUMNS, aligned_read, gap_columns
from consensus.merge.align_words import WordAlignment, align_pairs
from consensus.merge.claim_words import (
    OWN_ACCOUNT,
    _word_parts,
    dates_named,
    slot_words,
    statement_words,
    texts_to_embed,
)
from consensus.merge.codes import (
    CodeSet,
    _csr_rows,
    _distinct,
    _expand,
    _has,
    _held_twice,
    _row_dots,
    pair_ends,
)
from consensus.merge.features import _concept
from consensus.merge.figure_act_alike import ActAliases
from consensus.merge.figure_acts import opposed_acts, subjects_of_two_acts, terms_apart
from consensus.merge.figure_compounds import acts_meet, compound_words, modifier
from consensus.merge.figure_counts import slot_word
from consensus.merge.figure_durations import terms_agree, terms_one_thing, two_term_units
from consensus.merge.figure_exact import exact_twins
from consensus.merge.figure_of_nouns import amounts_apart
from consensus.merge.figure_pairs import (
    distance_and_size,
    earlier_value,
    names_differ,
    other_kind,
    places_differ,
    speakers_placed,
    untold_slots_meet,
)
from consensus.merge.figure_places import origins_differ
from consensus.merge.figure_possessed import owned_echo
from consensus.merge.figure_rewritten import rewritten_twins
from consensus.merge.figure_units import (
    converted_agree,
    one_dimension,
    units_differ,
    units_far_apart,
)
from consensus.merge.figures import ORDINAL, TERMS, Figure, figures
from consensus.merge.lexicon import _MEASURE_UNITS, FIGURE_REPEAT_NOUNS
from consensus.merge.neighbours import neighbour_codes, neighbour_codes_at
from consensus.merge.slot_model import one_slot
from consensus.merge.slots import (
    NEAR_RATIO,
    _comparable,
    _counted,
    _one_noun,
    _overlap,
    _scale,
    _stem,
    counted_word,
    counted_words,
    owner_key,
    share_a_word,
    slots_meet,
)
from consensus.merge.speakers import compatible, same_speaker
from consensus.merge.tunables import STATES_APART_BELOW
from consensus.vectors import Vectors

__all__ = [
    "COMPARISONS",
    "OWN_ACCOUNT",
    "ClaimView",
    "PairContext",
    "owner_key",
    "slot_words",
    "texts_to_embed",
]

COMPARISONS = (
    "cosine",  # cosine of the statement vectors
    "cosine_hi",  # max(0, cosine - 0.6): the near-paraphrase band
    "lexical",  # fuzzy similarity of the normalised statements (token set/sort)
    "rare_words",  # IDF-weighted Jaccard of content words
    "names_shared",  # names both state (0..1, three or more = 1)
    "names_clash",  # each states a name the other lacks (a place, a person)
    "figure_same",  # a figure of one value in one slot
    "figure_clash",  # one slot, different values
    "speaker_same",  # one named speaker, however written (`speakers.same_speaker`)
    "speaker_clash",  # two named speakers, neither speaking for the other (`speakers.compatible`)
    "length_ratio",  # shorter / longer, in words
    "date_same",  # both name one calendar date or month and year
    "common_run",  # runs of four words both print (a shared quote, a copied clause)
    "soft_words",  # cosine of the IDF-weighted means of their words' vectors
    "value_shared",  # a figure value >= VALUE_SHARED_FROM both print, whatever its slot
    "align",  # soft word alignment, IDF-weighted, both ways (`align_words`)
    *GAP_COLUMNS,  # what the alignment leaves unmatched (`align_gaps`)
)

# `value_shared` reads values from this up: two claims printing "two" or "three" is often
# chance, one printing 84 or $121 billion as the other does seldom is (measured: bench/README
# "Session 19, helper learn19"; `_shared_values`)
VALUE_SHARED_FROM = 10


def _shared_values(figs: Sequence[Figure]) -> frozenset[tuple[float, str]]:
    """The values `value_shared` reads of a statement's figures: those of `VALUE_SHARED_FROM`
    or more, each with its unit of time when it is a term ("19 days": day), and none when
    its figures count for two places or two owners ("38 killed in Vardenia and nine in
    Kostrava", two parties' seats: a value of one is no referent of the whole)."""
    # (one figure's place and owner name one referent: "70 officers" of a London brigade)
    places = {f.where.casefold() for f in figs if f.where}
    owners = {owner_key(f.owner) for f in figs if f.owner}
    if len(places) > 1 or len(owners) > 1:
        return frozenset()
    return frozenset(
        (f.value, f.unit if f.unit in TERMS else "")
        for f in figs
        if abs(f.value) >= VALUE_SHARED_FROM
    )


def values_shared(a: frozenset[tuple[float, str]], b: frozenset[tuple[float, str]]) -> bool:
    """Some value both print, unless each prints it as a term in another unit of time
    ("refused food for 19 days" / "held for 19 months": one number, two lengths)."""
    return any(v == w and (u == t or not u or not t) for v, u in a for w, t in b)


def _counted_anywhere(f: Figure) -> str:
    """What a figure counts, as the places of the batch are keyed: its concept when it has
    one ("killed in Vardenia", "reported dead in Kostrava", "had died": one thing counted
    in two places), else its stem (`slots._counted`)."""
    word = (f.head or counted_word(f)).casefold()
    return _concept(word) or _counted(f)


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the comparisons read of one claim."""

    article: str
    statement: str
    names: frozenset[str]  # normalised names (entities, subject)
    speaker: str | None
    lexical_key: str = ""  # unused by the comparisons; callers may keep their key here


# counted nouns this near (cosine of the static word vectors) are one thing when the two
# figures tell one act (`PairContext._near_nouns`): "households" / "homes" 0.59; never
# "passengers" / "crew" 0.30 (the quality tables move alike from 0.35 to 0.5)
NEAR_NOUNS = 0.5


class PairContext:
    """Per-claim data for the comparisons of one batch (vectors, rare-word weights, figures)."""

    def __init__(self, views: Sequence[ClaimView], vectors: Vectors) -> None:
        self.views = views
        self.vectors = vectors
        self.link_prob: dict[tuple[int, int], float] = {}  # (`link.link_edges` sets it)
        statements = [v.statement for v in views]
        self.mat = vectors.matrix(statements) if len(vectors) else None
        # what depends on the statement alone is computed once per distinct statement
        distinct = list(dict.fromkeys(statements))
        at = {st: k for k, st in enumerate(distinct)}
        self._inv = np.fromiter((at[st] for st in statements), dtype=np.int64, count=len(views))
        inv = self._inv.tolist()
        # (remembered for the next pass over these statements, `statement_words`; a batch of
        # more than the memo holds would only hold its last statements' words longer)
        small = len(distinct) <= (statement_words.cache_parameters()["maxsize"] or 0)
        parts = [(statement_words if small else _word_parts)(s) for s in distinct]
        stems = [st for _, st, _ in parts]
        self.stems = [stems[k] for k in inv]
        self.lower = [s.casefold() for s in statements]
        own = [figures(s) for s in distinct]  # (`_places` below: places of clauses only)
        figs = speakers_placed(own, distinct)
        self.figs: list[list[Figure]] = [figs[k] for k in inv]
        values = [_shared_values(fs) for fs in figs]
        self._values = [values[k] for k in inv]  # (`value_shared`)
        # the places each counted thing is counted in across the batch ("killed": iran,
        # iraq): a thing counted in two places is counted place by place
        self._places: dict[str, set[str]] = defaultdict(set)
        # ... and by concept ("killed in A", "reported dead in B": `_counted_anywhere`)
        self._concept_places: dict[str, set[str]] = defaultdict(set)
        for fs in own:
            for f in fs:
                if f.where:
                    self._places[_counted(f)].add(f.where.casefold())
                    self._concept_places[_counted_anywhere(f)].add(f.where.casefold())
        # the owners of shares and amounts each article names, with the (unit, value)
        # pairs it gives each: an article that gives two owners figures of one unit and no
        # value in common tells them apart ("revenue" and "cloud revenue")
        owned: dict[str, dict[str, set[tuple[str, float]]]] = defaultdict(lambda: defaultdict(set))
        for v, fs in zip(views, self.figs, strict=True):
            for f in fs:
                if f.owner:
                    owned[v.article][owner_key(f.owner)].add((f.unit, f.value))
        # the names each counted thing is counted for across the batch ("seats": Civic
        # Union, Social Democrats): a thing counted for two names is counted name by name
        # (one figure per name: a name written a thousand times is compared once)
        self._names: dict[str, dict[str, Figure]] = defaultdict(dict)
        for fs in figs:
            for f in fs:
                if f.owner[:1].isupper():
                    self._names[_counted(f)].setdefault(f.owner, f)
        self._by_name: dict[str, bool] = {}
        self._apart: set[tuple[str, str]] = set()
        self.never_together: set[tuple[int, int]] = set()  # (link rule 0's owners: i < j)
        self._relations: dict[tuple[int, int], tuple[bool, str]] = {}  # (`figure_relation`)
        self._same_slot: dict[tuple[Figure, Figure], bool] = {}  # (`same_slot`)
        # the statement of a figure that is its claim's lone figure of its unit
        # (`_learned_one`)
        self._told_in: dict[int, str] = {
            id(f): v.statement
            for v, fs in zip(views, self.figs, strict=True)
            for f in fs
            if sum(g.unit == f.unit for g in fs) == 1
        }
        for by_owner in owned.values():
            if len(by_owner) > 1:
                for x, y in combinations(sorted(by_owner), 2):
                    gx, gy = by_owner[x], by_owner[y]
                    units = {u for u, _ in gx} & {u for u, _ in gy}
                    if units and not gx & gy:
                        self._apart.add((x, y))
        self._acts = ActAliases(  # (`_one_thing`)
            [v.article for v in views], self.figs, statements, [v.speaker for v in views]
        )
        self._compounds = compound_words(distinct, figs)  # ("police officers": figure_compounds)
        dates = [dates_named(s) for s in distinct]
        self.dates = [dates[k] for k in inv]
        self._slot_vec: dict[str, np.ndarray | None] = {}
        self._by_article: dict[str, list[int]] | None = None  # claims with figures
        self.rival_only: frozenset[tuple[int, int]] = frozenset()  # (`compared_pairs`)
        self.answer_only: frozenset[tuple[int, int]] = frozenset()  # (... likewise)
        self.article_only: frozenset[tuple[int, int]] = frozenset()  # (... likewise)
        self._build_sparse(distinct, parts)

    def _build_sparse(
        self, distinct: Sequence[str], parts: Sequence[tuple[list[str], frozenset[str], list[str]]]
    ) -> None:
        """Sparse claim x term matrices, so each comparison of a batch of pairs is a few
        array operations (no Python loop per pair): rare words, names, shared 4-grams,
        IDF-weighted mean word vectors. Rows that depend on the statement alone are built
        per distinct statement and repeated (`self._inv`); columns are numbered in order of
        first use over the claims, so sums over a row run in one fixed order."""
        n = len(self.views)
        inv = self._inv
        stems = [st for _, st, _ in parts]
        vocab: dict[str, int] = {}
        words = [w for st in stems for w in sorted(st)]
        cols = np.fromiter(
            (vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int64, count=len(words)
        )
        counts = [len(st) for st in stems]
        # document frequency over the claims: a statement counts once per claim stating it
        mult = np.bincount(inv, minlength=len(distinct))
        df = np.bincount(cols, weights=np.repeat(mult, counts), minlength=len(vocab))
        total = max(n, 1)
        self.idf = {
            w: math.log((total + 1) / (c + 0.5))
            for w, c in zip(vocab, df.astype(np.int64).tolist(), strict=True)
        }
        idf = np.fromiter(self.idf.values(), dtype=np.float64, count=len(vocab))
        shape = (len(distinct), max(len(vocab), 1))
        self._rare = _csr_rows(cols, counts, idf[cols], shape)  # per distinct statement
        self._rare_sum = np.asarray(self._rare[inv].sum(axis=1)).ravel()
        self._rare_ptr, self._rare_at, self._rare_codes = _held_twice(self._rare, mult)
        # names a claim holds (not its speaker), by the number of their last word, and the
        # last words of names each statement prints, as sorted (statement, word) codes: a
        # text mentions a name when it prints the name's last word
        last_no: dict[str, int] = {}
        held: list[int] = []
        n_held: list[int] = []
        for v in self.views:
            got = [
                last_no.setdefault(nm.split()[-1], len(last_no))
                for nm in sorted(v.names)
                if nm != v.speaker
            ]
            held += got
            n_held.append(len(got))
        seq = [words for words, _, _ in parts]
        self.seq = [seq[k] for k in inv.tolist()]
        self._held = np.asarray(held, dtype=np.int64)
        self._n_holds = np.asarray(n_held, dtype=np.float64)
        self._held_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(n_held, out=self._held_ptr[1:])
        self._n_last = max(len(last_no), 1)
        printed = [
            r * self._n_last + last_no[w]
            for r, ws in enumerate(seq)
            for w in set(ws)
            if w in last_no
        ]
        self._printed = CodeSet(np.asarray(printed, dtype=np.int64))
        # shared runs of four words (a quote or a clause both print); 0/1 entries, so
        # any column numbering gives the same counts
        grams: dict[tuple[str, ...], int] = {}
        g_cols: list[int] = []
        n_grams: list[int] = []
        for ws in seq:
            runs = zip(ws, ws[1:], ws[2:], ws[3:], strict=False)  # (shorter tails end it)
            ids = {grams.setdefault(g, len(grams)) for g in runs}
            g_cols += ids
            n_grams.append(len(ids))
        gshape = (len(distinct), max(len(grams), 1))
        self._grams = _csr_rows(np.asarray(g_cols, dtype=np.int64), n_grams, None, gshape)
        self._gram_ptr, self._gram_at, self._gram_codes = _held_twice(self._grams, mult)
        self._n_grams = np.asarray(n_grams, dtype=np.float64)[inv]
        self._n_words = np.array([len(w) for w in seq], dtype=np.float64)[inv]
        # IDF-weighted mean of the content words' vectors, normalised: one sparse
        # (claims x words) weight matrix times the words' vectors
        self._bag = None
        read = len(self.vectors) and aligned_read()  # (skipped while no model reads it)
        self._align = WordAlignment(distinct, self.vectors) if read else None
        if len(self.vectors):
            # the content words of each distinct statement in turn; each distinct word with
            # a vector numbered in order of first use, weighted by the IDF of its stem
            flat = [w for _, _, content in parts for w in content]
            word_no: dict[str, int] = {}
            for w in dict.fromkeys(flat):
                if w in self.vectors:
                    word_no[w] = len(word_no)
            weight = np.fromiter(
                (self.idf.get(_stem(w), 1.0) for w in word_no), np.float64, count=len(word_no)
            )
            col = np.fromiter((word_no.get(w, -1) for w in flat), np.int64, count=len(flat))
            row = np.repeat(
                np.arange(len(parts), dtype=np.int64), [len(content) for _, _, content in parts]
            )
            with_vector = col >= 0
            b_cols = col[with_vector]
            b_counts = np.bincount(row[with_vector], minlength=len(parts))
            if word_no:
                weights = _csr_rows(b_cols, b_counts, weight[b_cols], (len(distinct), len(word_no)))
                known_vectors = self.vectors.matrix(list(word_no))
                bag = np.zeros((len(distinct), known_vectors.shape[1]), dtype=np.float32)
                # in blocks of rows (each row is its own product and norm): no float64
                # copy of the whole (statements x dim) matrix
                for lo in range(0, len(distinct), 8192):
                    block = np.asarray(weights[lo : lo + 8192] @ known_vectors, dtype=np.float32)
                    norms = np.linalg.norm(block, axis=1, keepdims=True)
                    bag[lo : lo + 8192] = block / np.where(norms == 0, 1.0, norms)
            else:
                bag = np.zeros((len(distinct), self.vectors.dim), dtype=np.float32)
            self._bag = bag  # per distinct statement (rows by `self._inv`)
        self._speakers = sorted({v.speaker for v in self.views if v.speaker})
        speaker_no = {sp: q for q, sp in enumerate(self._speakers)}
        self._speaker_pairs: dict[int, tuple[bool, bool]] = {}
        self._speaker_no = np.fromiter(
            (speaker_no.get(v.speaker or "", -1) for v in self.views), dtype=np.int64, count=n
        )
        self._has_fig = np.fromiter((bool(f) for f in self.figs), dtype=bool, count=n)
        self._has_date = np.fromiter((bool(d) for d in self.dates), dtype=bool, count=n)
        self._columns_done = False

    def columns_done(self) -> None:
        """Free what only the pair columns read (`features`, `cosines`, the neighbours),
        once a batch's comparison vectors are made: the statement matrix, the word-vector
        bag and the term tables (about 0.2 GB at 100k claims, while the link rule and the
        joining need the memory). They read only the rest; `features` refuses after this."""
        self._columns_done = True
        self.mat = None
        self._bag = self._align = None
        self._rare_codes = self._gram_codes = self._printed = CodeSet(np.zeros(0, np.int64))

    def cosines(self, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
        if self.mat is None or not pairs:
            return np.zeros(len(pairs))
        i, j = pair_ends(pairs)
        return _row_dots(self.mat, i, j)

    def neighbours(self, k: int, floor: float) -> list[tuple[int, int]]:
        """Pairs (i < j) from different articles where j is among i's k nearest (or back),
        with cosine >= floor. Rows are processed in blocks so memory stays bounded."""
        n = len(self.views)
        codes = self.neighbour_codes(k, floor)
        return list(zip((codes // n).tolist(), (codes % n).tolist(), strict=True))

    def neighbour_codes(self, k: int, floor: float) -> np.ndarray:
        """`neighbours` as sorted codes i * len(views) + j (`neighbours.neighbour_codes`)."""
        if self.mat is None or len(self.views) < 2:
            return np.zeros(0, dtype=np.int64)
        return neighbour_codes(self.mat, [v.article for v in self.views], k, floor)

    def neighbour_codes_at(self, k: int, floors: Sequence[float]) -> list[np.ndarray]:
        """`neighbour_codes` at each floor, from one search (`neighbours.neighbour_codes_at`)."""
        if self.mat is None or len(self.views) < 2:
            return [np.zeros(0, dtype=np.int64) for _ in floors]
        return neighbour_codes_at(self.mat, [v.article for v in self.views], k, floors)

    def slot_pairs(self, cap: int) -> set[tuple[int, int]]:
        """Pairs from different articles with a figure in one slot (unit and the stem of
        the nearest slot word), from blocks of at most `cap` claims."""
        n = len(self.views)
        codes = self.slot_codes(cap)
        return set(zip((codes // n).tolist(), (codes % n).tolist(), strict=True))

    def slot_codes(self, cap: int) -> np.ndarray:
        """`slot_pairs` as sorted codes i * len(views) + j."""
        n = len(self.views)
        block_no: dict[tuple[str, str], int] = {}
        entries = {
            block_no.setdefault((f.unit, _stem(f.slot[0])), len(block_no)) * n + i
            for i, figs in enumerate(self.figs)
            for f in figs
            if f.slot
        }
        if not entries:
            return np.zeros(0, dtype=np.int64)
        flat = np.sort(np.fromiter(entries, dtype=np.int64, count=len(entries)))
        block, member = flat // n, flat % n  # members ascending within a block
        first = np.flatnonzero(np.r_[True, block[1:] != block[:-1]])
        sizes = np.diff(np.r_[first, len(flat)])
        art_no = {a: q for q, a in enumerate(dict.fromkeys(v.article for v in self.views))}
        art = np.fromiter((art_no[v.article] for v in self.views), dtype=np.int64, count=n)
        out = [np.zeros(0, dtype=np.int64)]
        for size in sorted(set(sizes[(sizes >= 2) & (sizes <= cap)].tolist())):
            lists = member[first[sizes == size][:, None] + np.arange(size)]
            pa, pb = np.triu_indices(size, 1)
            fi, fj = lists[:, pa].ravel(), lists[:, pb].ravel()
            other = art[fi] != art[fj]
            out.append(fi[other] * n + fj[other])
        return _distinct(np.concatenate(out))

    def _slot_vector(self, word: str) -> np.ndarray | None:
        got = self._slot_vec.get(word, ...)
        if got is ...:
            got = self._slot_vec[word] = self.vectors.get(word)
        return got

    def same_slot(self, a: Figure, b: Figure) -> bool:
        """Two figures count one thing: same unit kind and slot words that meet (a shared
        stem among the first two, or word vectors at >= 0.6). Read once per two figures (the
        blocking, the link rules and the joins ask it of the same figures again and again;
        what it reads of the batch is fixed when the context is built)."""
        key = (a, b)
        got = self._same_slot.get(key)
        if got is None:
            got = self._same_slot[key] = not self._places_apart(a, b) and self._one_thing(a, b)
        return got

    def _places_apart(self, a: Figure, b: Figure) -> bool:
        """Counts of two places ("in Iran" / "in Iraq"), or of one place and of no place
        where the batch counts the thing place by place ("seven killed in Iraq" is no
        count of the whole quake's dead)."""
        if places_differ(a, b):
            return True
        if bool(a.where) == bool(b.where):
            return False
        placed = a if a.where else b
        if self._counted_by_place(placed):
            return True
        # a thing the batch counts in two places in other words ("38 killed in A and nine in
        # B", "nine reported dead in B"): a placed and an unplaced count of it that differ
        # are no rivals ("61 had died"); equal, the unplaced may be the place's
        return (
            a.value != b.value and len(self._concept_places.get(_counted_anywhere(placed), ())) > 1
        )

    def _names_apart(self, a: Figure, b: Figure) -> bool:
        """A count of a name and a count of no name where the batch counts the thing name
        by name ("Civic Union won 87 seats", "the Social Democrats won 39": "the party
        will hold 87 seats" is no rival of the Social Democrats' 39). For clashes only:
        equal, the nameless count may be the name's ("will hold 87 seats" / "Civic Union
        won 87 seats")."""
        named_a, named_b = a.owner[:1].isupper(), b.owner[:1].isupper()
        return named_a != named_b and self._counted_by_name(a if named_a else b)

    def _counted_by_name(self, f: Figure) -> bool:
        """Whether the batch counts what `f` counts for two names (`names_differ`)."""
        key = _counted(f)
        got = self._by_name.get(key)
        if got is None:
            held = list(self._names.get(key, {}).values())
            got = self._by_name[key] = any(names_differ(x, y) for x, y in combinations(held, 2))
        return got

    def other_places(self, i: int, j: int) -> bool:
        """Some figure of each counts one thing but in other places, and none is the same
        figure of one slot: the two claims are about two places (no edge at all)."""
        return any(
            self._places_apart(a, b) and self._one_thing(a, b)
            for a in self.figs[i]
            for b in self.figs[j]
            if a.where or b.where
        )

    def other_owners(self, i: int, j: int) -> bool:
        """Some share or amount of each belongs to owners the batch tells apart
        (`_owners_differ`: "revenue grew 9 percent to $8.4 billion" / "cloud revenue grew
        40 percent to $2.1 billion") and the two name no owner in common: the two claims
        are about two things (no edge at all, as for two places)."""
        owned_i = [a for a in self.figs[i] if a.owner]
        owned_j = [b for b in self.figs[j] if b.owner]
        if {owner_key(a.owner) for a in owned_i} & {owner_key(b.owner) for b in owned_j}:
            return False
        return any(a.unit == b.unit and self._owners_differ(a, b) for a in owned_i for b in owned_j)

    def _one_thing(self, a: Figure, b: Figure) -> bool:
        two_terms = two_term_units(a, b)  # ("30 days" / "two weeks": figure_durations)
        if (a.unit != b.unit and not one_dimension(a.unit, b.unit) and not two_terms) or (
            a.part != b.part
        ):
            return False  # (12 miles / 19 km are one measure)
        if origins_differ(a.origin, b.origin):
            return False  # "20 miles to the east" / "40 miles east of Calder": two distances
        if other_kind(a, b, self._kind_words(a, b)):
            return False  # ("two children from Algeria" are some of "10 children")
        if self._owners_differ(a, b):
            return False  # "revenue grew 9 percent" / "profit climbed 11 percent"
        if two_terms:
            return terms_one_thing(a, b, self._words_meet)
        # what is counted: the head of the noun phrase after the number ("a 19-ton delivery
        # truck": truck), else the first word after it
        (noun_a, first_a), (noun_b, first_b) = counted_words(a), counted_words(b)
        if _one_noun(a, b):
            return True  # "nine crew" / "six crew members"
        if noun_a and noun_b and not self._words_meet(noun_a, noun_b):
            if (a.remaining and b.remaining) and any(
                x.pred and self._words_meet(x.pred, y) for x, y in ((a, noun_b), (b, noun_a))
            ):
                return True  # two remainders ("leaving 35 missing" / "12 still missing")
            if self._near_nouns(noun_a, noun_b) and acts_meet(a, b, self._words_meet):
                return True  # ("1,200,000 households" / "900,000 homes", one act)
            # ("18 people" / "two hospitals"; acres / ha)
            return one_dimension(noun_a, noun_b) or self._learned_one(a, b)
        if slots_meet(self._words_meet, a.slot, b.slot, first_a, first_b):
            return True
        # ... or once an attribution closing its clause is cut ("four people, a police
        # spokesman said" / "11 people, the city's mayor said": arrested)
        if untold_slots_meet(self._words_meet, a, b):
            return True
        # ... or one count with its act in other words, by the batch (`figure_act_alike`:
        # "2,400 residents were evacuated" / "3,000 people moved out of their homes")
        return self._acts.alike(a, b) or self._learned_one(a, b)

    def _learned_one(self, a: Figure, b: Figure) -> bool:
        """Two values of one unit whose words the rules above do not meet, one counted
        thing by the model fitted on the pairs they so keep apart (`slot_model.one_slot`),
        when each is its claim's lone figure of the unit (a claim of two counts that agrees
        with another on one would clash on the other)."""
        if not a.slot or not b.slot or a.unit != b.unit or _overlap(a, b):
            return False  # (a slot is what a clash is told by: `_figure_relation`)
        if math.isclose(a.value, b.value, rel_tol=1e-6):
            return False
        text_a, text_b = self._told_in.get(id(a)), self._told_in.get(id(b))
        if text_a is None or text_b is None:
            return False  # (one of two figures of a unit of its claim, or read anew)
        return one_slot(a, b, self._slot_vector, text_a, text_b)

    def _kind_words(self, a: Figure, b: Figure) -> frozenset[str]:
        """The batch's words naming a kind before a counted noun (`figure_compounds`), when
        `a` or `b` opens with one and the two tell one act (a meeting word among the first
        three slot words after each noun phrase: "police officers were hurt" / "officers
        had been injured"), else none."""
        mods = {modifier(a), modifier(b)} & self._compounds
        return frozenset(mods) if mods and acts_meet(a, b, self._words_meet) else frozenset()

    def _near_nouns(self, x: str, y: str) -> bool:
        """Two counted nouns near in the word vectors (`NEAR_NOUNS`, below the 0.6 at which
        any two slot words meet): one thing in other words only when their acts meet too
        ("1,200,000 households ... without power" / "900,000 homes ... without power")."""
        vx, vy = self._slot_vector(x), self._slot_vector(y)
        return vx is not None and vy is not None and float(vx @ vy) >= NEAR_NOUNS

    def _exact_twins(self, a: Figure, b: Figure) -> bool:
        """One exact value in one unit whose slot words do not meet, and nothing tells the
        two figures apart (`figure_exact`): "survivors rose to 248" / "248 rescued"; or one
        value rewritten in another unit or in words (`figure_rewritten`)."""
        return (
            (exact_twins(a, b) or rewritten_twins(a, b, self._words_meet))
            and not self._places_apart(a, b)
            and not other_kind(a, b)
            and not self._owners_differ(a, b)
        )

    def _other_acts(self, a: Figure, b: Figure) -> bool:
        """Counts of opposed acts (`figure_acts.opposed_acts`), of one noun as subjects of
        two acts (`subjects_of_two_acts`), lengths of two kinds of
        thing (`figure_acts.terms_apart`), or counts of how often ("30
        times", `FIGURE_REPEAT_NOUNS`) whose acts, the slot words
        after the noun (the words before the number, `figures`), do not meet: "happened 30
        times" / "docked six times" count two acts and never clash (equal, they still meet
        as one slot)."""
        if opposed_acts(a, b):
            return True  # "convicted on three counts" / "acquitted on two" (figure_acts.py)
        if terms_apart(a, b, self._words_meet):
            return True  # "a four-day weekend festival" / "a five-day jazz festival"
        if subjects_of_two_acts(a, b, self._words_meet):
            return True  # "two firefighters were killed" / "3,400 firefighters are battling"
        noun_a, noun_b = a.head or a.noun, b.head or b.noun
        if noun_a not in FIGURE_REPEAT_NOUNS or noun_b not in FIGURE_REPEAT_NOUNS:
            return False
        acts_a, acts_b = a.slot[1:4], b.slot[1:4]
        if not acts_a or not acts_b:
            return False
        return not any(self._words_meet(x, y) for x in acts_a for y in acts_b)

    def acts_apart(self, i: int, j: int) -> bool:
        """Claims `i` and `j` give one slot two plain counts of things (no unit of measure)
        that are the objects of acts that do not meet (`Figure.act`: "seized two ships" /
        "denied port access to four ships"); link.py reads it with the pair's probability."""
        return any(
            a.act
            and b.act
            and not a.unit
            and not b.unit
            and not math.isclose(a.value, b.value, rel_tol=1e-6)
            and (a.head or a.noun)
            and (a.head or a.noun).rstrip("s") not in _MEASURE_UNITS
            and self.same_slot(a, b)
            and not self._words_meet(a.act, b.act)
            for a in self.figs[i]
            for b in self.figs[j]
        )

    def _owners_differ(self, a: Figure, b: Figure) -> bool:
        """Shares or amounts of two owners: owners an article of the batch tells apart
        (`self._apart`: it gives "revenue" and "profit", or "revenue" and "cloud revenue",
        figures of one unit and no value in common). Learned from the batch, not from the
        words: "offer" and "bid" may be one owner in one batch ("the new offer of $82" /
        "the new bid of $82") and "new bid" and "previous offer" two. Unknown when either
        names no owner."""
        if not a.owner or not b.owner:
            return False
        if names_differ(a, b):
            return True  # counts of two names ("Civic Union" / "Social Democrats")
        ka, kb = owner_key(a.owner), owner_key(b.owner)
        return ka != kb and (min(ka, kb), max(ka, kb)) in self._apart

    def _counted_by_place(self, f: Figure) -> bool:
        """Whether the batch counts what `f` counts in another place than `f`'s too."""
        return len(self._places.get(_counted(f), ())) > 1

    def words_meet(self, x: str, y: str) -> bool:
        """Two words meet: a stem, a concept or word vectors (>= 0.6) in common."""
        return self._words_meet(x, y)

    def _words_meet(self, x: str, y: str) -> bool:
        if _stem(x) == _stem(y) or (_concept(x) or "-") == _concept(y):
            return True  # (one concept of data/concepts.toml: "death" / "died")
        vx, vy = self._slot_vector(x), self._slot_vector(y)
        return vx is not None and vy is not None and float(vx @ vy) >= 0.6

    def figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        """(same figure in one slot, clash description or ''); a pair that gives several
        slots different figures has one description per slot, joined by "; " ("passenger:
        65 vs 62; crew: six vs nine"). Read once per pair (`features`, the link rule and
        the joining ask it of the same pairs)."""
        if not self.figs[i] or not self.figs[j]:
            return False, ""  # (what the loops below give when one side has no figure)
        got = self._relations.get((i, j))
        if got is None:
            got = self._relations[(i, j)] = self._figure_relation(i, j)
        return got

    def _figure_relation(self, i: int, j: int) -> tuple[bool, str]:
        same, exact, clashes = False, False, []
        clashed: set[int] = set()  # the figures of `i` a clash names
        for a in self.figs[i]:
            for b in self.figs[j]:
                if not self.same_slot(a, b):
                    exact = exact or self._exact_twins(a, b)
                    continue
                if math.isclose(a.value, b.value, rel_tol=1e-6) or converted_agree(a, b):
                    same = True
                elif (
                    not (a.vague and b.vague)
                    and not owned_echo(self.views[j].statement, self.figs[j], b, a)
                    and not owned_echo(self.views[i].statement, self.figs[i], a, b)
                    and (not units_differ(a, b) or units_far_apart(a, b))
                    and not terms_agree(a, b)
                    and a.start not in clashed
                    and not _overlap(a, b)
                    and _comparable(a, b)
                    and a.unit != ORDINAL
                    and not earlier_value(a, b)
                    and not distance_and_size(
                        self.views[i].statement, a, self.views[j].statement, b
                    )
                    and not self._other_acts(a, b)
                    and not self._names_apart(a, b)
                    and a.change == b.change  # (an extension, and how long a state lasted)
                    and not amounts_apart(self.views[i].statement, a, self.views[j].statement, b)
                ):
                    # (two places in a sequence are disputed inside the group the claims
                    # join for what they agree on: "won 2-1 ... in the 88th minute" / "in
                    # the 89th minute to give a 2-1 win"; `disputes.inner_disputes`)
                    clashes.append(f"{_stem(a.slot[0])}: {a.text} vs {b.text}")
                    clashed.add(a.start)
        # every slot the two give different figures for ("65 passengers and six crew" /
        # "62 passengers and nine crew": passengers and crew), one clash per figure of `i`
        clash = "; ".join(clashes)
        # an exact value whose slot words do not meet is one figure only when no slot clashes
        same = same or (exact and not clash)
        if not same and not clash:
            clash = self._near_clash(i, j)
        return same, clash

    def told_apart(self, i: int, j: int) -> bool:
        """Every clash of two terms in claims `i` and `j` is of terms that are not
        counterparts (`_told_apart`): the two claims give two people's terms, and neither
        agree nor dispute ("the mayor was sentenced to 12 years" / "his co-defendant was
        sentenced to four years", where that article gives the mayor 10 years). Terms
        only: a term is always someone's, while for counts the dev clusters' articles that
        give one slot two values are as often updates and asides as two owners."""
        clashes = [
            (a, b)
            for a in self.figs[i]
            for b in self.figs[j]
            if a.unit in TERMS
            and not math.isclose(a.value, b.value, rel_tol=1e-6)
            and not _overlap(a, b)
            and self.same_slot(a, b)
        ]
        return bool(clashes) and all(self._told_apart(i, j, a, b) for a, b in clashes)

    def _told_apart(self, i: int, j: int, a: Figure, b: Figure) -> bool:
        """Figure `b` of claim `j` is not the counterpart of figure `a` of claim `i`: `j`'s
        article gives the slot another value in a claim more like `i` (an article does not
        contradict itself, so it tells its two figures apart), or `i`'s article does so for
        `a` in a claim more like `j`."""
        return self._other_value_nearer(i, j, a, b) or self._other_value_nearer(j, i, b, a)

    def _other_value_nearer(self, i: int, j: int, a: Figure, b: Figure) -> bool:
        """Some other claim `k` of `j`'s article has a figure of `a`'s slot whose value is
        not `b`'s, names someone or somewhere `i` names and `j` does not (whose figure it
        is: the mayor, not his co-defendant), and is more like `i` than `j` is
        (IDF-weighted shared stems)."""
        if self._by_article is None:
            by_article: dict[str, list[int]] = defaultdict(list)
            for k, v in enumerate(self.views):
                if self.figs[k]:
                    by_article[v.article].append(k)
            self._by_article = by_article
        near_j = None
        names_i = {n.split()[-1] for n in self.views[i].names}
        if not names_i:
            return False
        names_j = {n.split()[-1] for n in self.views[j].names}
        for k in self._by_article[self.views[j].article]:
            if k == j or self.stems[k] == self.stems[j]:
                continue
            if not (names_i & {n.split()[-1] for n in self.views[k].names}) - names_j:
                continue  # (whose figure it is: `k` names someone `i` does and `j` does not)
            if not any(
                c.value != b.value and not _overlap(c, b) and self.same_slot(a, c)
                for c in self.figs[k]
            ):
                continue
            if near_j is None:
                near_j = self._likeness(i, j)
            if self._likeness(i, k) > near_j:
                return True
        return False

    def _likeness(self, i: int, j: int) -> float:
        """The summed IDF of the stems two claims share over that of either's."""
        si, sj = self.stems[i], self.stems[j]
        shared = sum(self.idf.get(w, 0.0) for w in si & sj)
        union = sum(self.idf.get(w, 0.0) for w in si | sj)
        return shared / union if union > 0 else 0.0

    def figures_agree(self, i: int, j: int) -> bool:
        """Some figure of each in one slot that agree (equal, overlapping ranges, or a lower
        bound and a figure just above it): the pair's other figures count other things
        ("more than 50 were taken to hospital" / "51 had been taken to two hospitals")."""
        return any(
            self.same_slot(a, b) and _overlap(a, b) for a in self.figs[i] for b in self.figs[j]
        )

    def _near_clash(self, i: int, j: int) -> str:
        """Two close figures of one unit and scale that neither statement shares ("an
        initial $103 billion offer" / "the original $105 billion approach", "about 850
        soldiers" / "nearly 1,000 troops"): the same slot in other words. Only a clash when
        the statements otherwise link (the caller's rule); ratio at most `NEAR_RATIO`."""
        values_i = {f.value for f in self.figs[i]}
        values_j = {f.value for f in self.figs[j]}
        if values_i & values_j:
            return ""
        stat_i, stat_j = self.views[i].statement, self.views[j].statement
        for a in self.figs[i]:
            for b in self.figs[j]:
                if a.vague or b.vague or a.unit != b.unit or a.unit == ORDINAL or _overlap(a, b):
                    continue
                if (
                    other_kind(a, b)
                    or self._places_apart(a, b)
                    or a.part != b.part
                    or a.change != b.change
                    or units_differ(a, b)
                ):
                    continue  # a forecast, another place or a part: another count
                if self._names_apart(a, b) or self._other_acts(a, b):
                    continue  # a name's count where the batch counts name by name
                if earlier_value(a, b) or distance_and_size(stat_i, a, stat_j, b):
                    continue  # "up from $70": the value before; a size and a distance
                if self._owners_differ(a, b) or amounts_apart(
                    self.views[i].statement, a, self.views[j].statement, b
                ):
                    continue  # a share or an amount of another owner, form or deal
                what_a, what_b = a.head or a.noun or a.counted, b.head or b.noun or b.counted
                if not a.unit and bool(what_a) != bool(what_b):
                    bare = b if what_a else a
                    if not {_stem(w) for w in a.slot} & {_stem(w) for w in b.slot} and not any(
                        self._words_meet(what_a or what_b, w) for w in bare.slot[:3]
                    ):
                        # "two fire engines" / "three were having surgery": a count that
                        # names nothing and shares no word with one that does counts
                        # another thing ("a crowd of 40,000 watched" / "the crowd of 41,200
                        # was the largest" share theirs)
                        continue
                if (
                    not a.unit
                    and what_a
                    and what_b
                    and not self._words_meet(what_a, what_b)
                    and not self._people_as(a, b)
                    and not self._people_as(b, a)
                ):
                    # "400,000 homes" / "370,000 residents", "71 people on board" / "65
                    # passengers", "38,000 people" / "36,000 hectares": two counted things
                    continue
                if self._states_apart(a, b, what_a, what_b):
                    continue  # "eight people are missing" / "six people have died"
                lo, hi = sorted((abs(a.value), abs(b.value)))
                small = lo < 2 and not (a.unit == "%" and share_a_word(a, b))  # (1.3 / 1.6 %)
                if not small and hi / lo <= NEAR_RATIO and _scale(a) == _scale(b):
                    word = slot_word(a, b)
                    return f"{_stem(word)}: {a.text} vs {b.text}"
        return ""

    def _states_apart(self, a: Figure, b: Figure, what_a: str, what_b: str) -> bool:
        """Counts of one plain thing ("people") whose words share no stem, whose first two
        words do not meet and whose nearest ones are far apart (`STATES_APART_BELOW`):
        things in two states ("eight people are still missing" / "six people have died"),
        not one count in other words."""
        if a.unit or not what_a or _stem(what_a) != _stem(what_b) or not a.slot or not b.slot:
            return False
        if {_stem(w) for w in a.slot} & {_stem(w) for w in b.slot}:
            return False
        if any(self._words_meet(x, y) for x in a.slot[:2] for y in b.slot[:2]):
            return False
        vx, vy = self._slot_vector(a.slot[0]), self._slot_vector(b.slot[0])
        # (no vectors: unknown, so no claim that they differ)
        return vx is not None and vy is not None and float(vx @ vy) < STATES_APART_BELOW

    def _people_as(self, a: Figure, b: Figure) -> bool:
        """`a` counts people only ("arrested 71 people"), and what `b` counts is among
        `a`'s nearest slot words ("87 arrests"): the people are what `b` counts."""
        what = b.head or b.noun
        return (
            not (a.head or a.noun)
            and bool(a.counted)
            and bool(what)
            and any(self._words_meet(what, w) for w in a.slot[:3])
        )

    def _names_mentioned(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, how many of the names claim i holds claim j's text mentions."""
        pair, at = _expand(self._held_ptr, i)
        hit = _has(self._printed, self._inv[j][pair], self._held[at], self._n_last)
        return np.bincount(pair, weights=hit, minlength=len(i)).astype(np.float64)

    def _shared_rare(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, the summed IDF of the content words both hold: the row sums of a
        matrix of the shared words' weights, each row in ascending column order (the
        matrix and the sums scipy gives for `rare[i].multiply(rare_bin[j])`)."""
        m = self._rare
        pair, at = _expand(self._rare_ptr, self._inv[i])
        at = self._rare_at[at]  # (a word only claim i holds is not shared: skipped)
        cols = m.indices[at]
        hit = _has(self._rare_codes, self._inv[j][pair], cols, m.shape[1])
        indptr = np.zeros(len(i) + 1, dtype=np.int64)
        np.cumsum(np.bincount(pair[hit], minlength=len(i)), out=indptr[1:])
        shape = (len(i), m.shape[1])
        shared = sparse.csr_matrix((m.data[at][hit], cols[hit], indptr), shape=shape)
        return np.asarray(shared.sum(axis=1)).ravel()

    def _shared_grams(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For each pair, how many runs of four words both print."""
        m = self._grams
        pair, at = _expand(self._gram_ptr, self._inv[i])
        at = self._gram_at[at]  # (a run only claim i prints is not shared: skipped)
        hit = _has(self._gram_codes, self._inv[j][pair], m.indices[at], m.shape[1])
        return np.bincount(pair, weights=hit, minlength=len(i)).astype(np.float64)

    def _speaker_columns(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`speaker_same` and `speaker_clash` of each pair: both named and one speaker
        (written alike or two ways), or both named and neither speaks for the other (rule
        1's test; a speaker and one who speaks for it are neither). Each pair of distinct
        speaker names is judged once per batch."""
        si, sj = self._speaker_no[i], self._speaker_no[j]
        both = (si >= 0) & (sj >= 0)
        same = both & (si == sj)
        clash = np.zeros(len(i), dtype=bool)
        two = np.flatnonzero(both & (si != sj))
        if len(two):
            n = len(self._speakers)
            codes = np.minimum(si[two], sj[two]) * n + np.maximum(si[two], sj[two])
            distinct = _distinct(codes)
            judged = self._speaker_pairs
            for code in distinct.tolist():
                if code not in judged:
                    a, b = self._speakers[code // n], self._speakers[code % n]
                    judged[code] = (same_speaker(a, b), not compatible(a, b))
            at = np.searchsorted(distinct, codes)
            same_d = np.fromiter((judged[c][0] for c in distinct.tolist()), bool, len(distinct))
            clash_d = np.fromiter((judged[c][1] for c in distinct.tolist()), bool, len(distinct))
            same[two] = same_d[at]
            clash[two] = clash_d[at]
        return same.astype(np.float64), clash.astype(np.float64)

    def features(self, pairs: Sequence[tuple[int, int]], lexical: Sequence[float]) -> np.ndarray:
        """The comparison vector of every pair, in `COMPARISONS` order."""
        if self._columns_done:
            raise RuntimeError("the pair columns of this context were freed (columns_done)")
        out = np.zeros((len(pairs), len(COMPARISONS)))
        if not pairs:
            return out
        i, j = pair_ends(pairs)
        cos = _row_dots(self.mat, i, j) if self.mat is not None else np.zeros(len(pairs))
        shared = self._shared_rare(i, j)
        union = self._rare_sum[i] + self._rare_sum[j] - shared
        rare = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        in_b = self._names_mentioned(i, j)  # i's names j mentions
        in_a = self._names_mentioned(j, i)
        names_shared = np.minimum(np.maximum(in_a, in_b), 3) / 3
        clash = (self._n_holds[i] > in_b) & (self._n_holds[j] > in_a)
        common = self._shared_grams(i, j)
        least = np.minimum(self._n_grams[i], self._n_grams[j])
        common_run = np.divide(common, least, out=np.zeros_like(common), where=least > 0)
        nw_i, nw_j = self._n_words[i], self._n_words[j]
        length = np.minimum(nw_i, nw_j) / np.maximum(np.maximum(nw_i, nw_j), 1)
        soft = (
            _row_dots(self._bag, self._inv[i], self._inv[j])
            if self._bag is not None
            else np.zeros(len(pairs))
        )
        fsame = np.zeros(len(pairs))
        fclash = np.zeros(len(pairs))
        dsame = np.zeros(len(pairs))
        vshared = np.zeros(len(pairs))
        # only the pairs whose claims both have figures or dates go through Python
        for k in np.flatnonzero(self._has_fig[i] & self._has_fig[j]).tolist():
            a, b = pairs[k]
            same, clash_text = self.figure_relation(a, b)
            fsame[k], fclash[k] = float(same), float(bool(clash_text))
            vshared[k] = values_shared(self._values[a], self._values[b])
        for k in np.flatnonzero(self._has_date[i] & self._has_date[j]).tolist():
            a, b = pairs[k]
            dsame[k] = float(bool(self.dates[a] & self.dates[b]))
        sp_same, sp_clash = self._speaker_columns(i, j)
        out[:, 0] = cos
        out[:, 1] = np.maximum(0.0, cos - 0.6)
        out[:, 2] = np.asarray(lexical, dtype=np.float64)
        out[:, 3] = rare
        out[:, 4] = names_shared
        out[:, 5] = clash
        out[:, 6] = fsame
        out[:, 7] = fclash
        out[:, 8] = sp_same
        out[:, 9] = sp_clash
        out[:, 10] = length
        out[:, 11] = dsame
        out[:, 12] = common_run
        out[:, 13] = soft
        out[:, 14] = vshared
        out[:, 15] = align_pairs(self._align, self._inv[i], self._inv[j])
        out[:, 16:] = gap_columns(self._align, self._inv[i], self._inv[j])
        return out
