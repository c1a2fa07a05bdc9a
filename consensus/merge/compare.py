"""Comparison features of claim pairs: the vector the link weights are fitted on.

Record linkage (Fellegi–Sunter, splink): blocking picks the pairs, each pair becomes a small
vector of comparisons, fitted weights turn it into log-odds. Every comparison here is
general: vectors of the statements (data), overlap of words weighted by how rare they are in
the batch (data), names, figures with their slots, speakers. No word list names an event.

`COMPARISONS` is the order of the columns; `scripts/fit_merge_weights.py` fits one weight per
column on labelled pairs from the annotated dev clusters and writes
`consensus/merge/data/link_weights.json`.

`PairContext` builds what the comparisons read of one batch and makes the vectors
(`features`) and the blocking pairs; its figure comparisons are `figure_relations.py`'s
(`FigureRelations`: `same_slot`, `figure_relation`, the figure vetoes) and its sparse term
tables and the columns read from them `term_tables.py`'s (`TermTables`), both mixins it
inherits, so every method keeps its name on the context.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from consensus.merge.align_gaps import GAP_COLUMNS, gap_columns
from consensus.merge.align_words import align_pairs
from consensus.merge.claim_words import (
    OWN_ACCOUNT,
    _word_parts,
    dates_named,
    slot_words,
    statement_words,
    texts_to_embed,
)
from consensus.merge.codes import _distinct, _row_dots, pair_ends
from consensus.merge.figure_act_alike import ActAliases
from consensus.merge.figure_compounds import compound_words
from consensus.merge.figure_pairs import speakers_placed
from consensus.merge.figure_read_back import read_back
from consensus.merge.figure_relations import FigureRelations, _counted_anywhere
from consensus.merge.figures import TERMS, Figure, figures
from consensus.merge.neighbours import neighbour_codes, neighbour_codes_at
from consensus.merge.slots import _counted, _stem, owner_key
from consensus.merge.term_tables import TermTables
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


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the comparisons read of one claim."""

    article: str
    statement: str
    names: frozenset[str]  # normalised names (entities, subject)
    speaker: str | None
    lexical_key: str = ""  # unused by the comparisons; callers may keep their key here
    # its article's publication day, None when unknown (a lower bound told a day before a
    # count above it is an update, never met by it: `slots.bound_met`)
    published: dt.date | None = None


class PairContext(FigureRelations, TermTables):
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
        # (a number that names nothing takes what its article last counted: `read_back`)
        self.figs: list[list[Figure]] = read_back(
            [v.article for v in views], [figs[k] for k in inv]
        )
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
        self._updates: dict[int, tuple[Figure, Figure] | None] = {}  # (`told_update`)
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
        self._nouns_alike: set[tuple[int, int]] = set()  # (`FigureRelations._one_thing`)
        self._compounds = compound_words(distinct, figs)  # ("police officers": figure_compounds)
        dates = [dates_named(s) for s in distinct]
        self.dates = [dates[k] for k in inv]
        self._slot_vec: dict[str, np.ndarray | None] = {}
        self._by_article: dict[str, list[int]] | None = None  # claims with figures
        self.rival_only: frozenset[tuple[int, int]] = frozenset()  # (`compared_pairs`)
        self.answer_only: frozenset[tuple[int, int]] = frozenset()  # (... likewise)
        self.article_only: frozenset[tuple[int, int]] = frozenset()  # (... likewise)
        self._build_sparse(distinct, parts)

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
