"""The merger's fast paths give what the plain computation they replace gives (hypothesis).

Each shortcut that keeps `consensus.merge` fast at scale is exact by design; these checks
compare it, on drawn inputs, with the direct way of computing the same thing:

* prechecks that skip a regex (`figures`, `dates_named`) never skip a text it matches,
  including the letters the case-insensitive regexes fold (dotless i, long s, Kelvin sign);
* speaker names found by `str.find` with the regex's word boundaries;
* shared rare-word weights, shared 4-grams and mentioned names from sorted codes equal the
  sparse row products they replaced, bit for bit (also when the words and runs that only
  one claim holds are left out of the search), and the IDF of each word from document
  frequencies counted per distinct statement;
* lexical rounding in numpy equals Python's `round(v, 4)`, and the batched lexical scores
  equal the scalar `score._statement_sim` on the seed claims;
* hashed-neighbour ranking by one int64 sort equals the lexsort;
* an article's omissions cut out of its story's list by slices;
* a speaker's appositive read without the regex when a stop mark precedes the name, the
  stop marks found by one regex; the description in commas before a name found without
  searching the capitalised run's regex at every place of the text;
* greedy joining that remembers a refused join until one of the two clusters grows;
* fuzzy scores of a large batch in several threads equal one thread's;
* the shared blocking keys of every pair, counted by a sparse product, equal the counts of
  sorted pair codes;
* membership in a `codes.CodeSet` (a hash table probed in array rounds) is `np.isin`;
* pairs of labels tested by codes (`codes.pairs_among`) are the tuple test; the quick
  refusal of rule 7's one-person-two-facts test (`roles.titled_apart`) refuses only pairs
  the set test refuses; titles read from the end of the reversed text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from consensus.merge import claim_words, codes, figures, speakers
from consensus.merge.codes import CodeSet, _sorted_by_best
from consensus.merge.compare import ClaimView, PairContext
from consensus.merge.compared_pairs import _round4
from consensus.merge.coverage import _without
from consensus.merge.speakers import _whole_word_spans
from consensus.vectors import Vectors

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)

# pieces that make the regexes' hard cases: number words and months in any case, digits of
# other scripts, the letters case-insensitive matching folds, word joiners
PIECES = [
    "five", "Twenty-one", "a dozen", "DOZEN", "one", "ſix", "fıve", "FİVE", "seven",
    "Jan", "sept", "ſept", "MAY", "March", "12", "٣", "2024", "3rd", "of", "said",
    "$", "%", "per cent", " ", "-", "_", ",", ".", "x", "é", "\u212a",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=12).map(
    lambda parts: "".join(p if k % 2 else p + " " for k, p in enumerate(parts))
)


@SETTINGS
@given(texts)
def test_figures_precheck_skips_only_texts_without_numbers(text: str) -> None:
    if not figures._may_have_numbers(text):
        assert list(figures._NUM_RE.finditer(text)) == []


def _dates_by_regex(text: str) -> frozenset[str]:
    """`dates_named` with its precheck always passing (every text holds "")."""
    stems = claim_words._MONTH_STEMS
    claim_words._MONTH_STEMS = ("",)
    try:
        return claim_words.dates_named(text)
    finally:
        claim_words._MONTH_STEMS = stems


@SETTINGS
@given(texts)
def test_dates_precheck_changes_no_date(text: str) -> None:
    assert claim_words.dates_named(text) == _dates_by_regex(text)


def test_precheck_examples() -> None:
    assert figures._may_have_numbers("FİVE were hurt")  # dotted capital I folds to i
    assert not figures._may_have_numbers("someone often attended")  # no whole number word
    assert claim_words.dates_named("on ſept. 4") == frozenset({"ſep-4"})  # read, as before


@SETTINGS
@given(
    st.text(alphabet="ab _-é1٣\u0301", min_size=1, max_size=3).filter(str.strip),
    st.text(alphabet="ab _-.é1٣\u0301ǅ²", max_size=30),
)
def test_name_spans_equal_the_regex(name: str, text: str) -> None:
    pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
    assert _whole_word_spans(text, name) == [m.span() for m in re.finditer(pattern, text)]


WORDS = ["troops", "border", "killed", "five", "said", "minister", "attack", "city", "reported"]
statements = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(" ".join)


@SETTINGS
@given(st.lists(statements, min_size=2, max_size=8), st.data())
def test_pair_columns_equal_the_sparse_row_products(sts: list[str], data: st.DataObject) -> None:
    names = [
        frozenset(data.draw(st.sets(st.sampled_from(["city", "five", "x y minister"]))))
        for _ in sts
    ]
    views = [ClaimView(article=f"a{k}", statement=s, names=names[k], speaker=None)
             for k, s in enumerate(sts)]  # fmt: skip
    ctx = PairContext(views, Vectors.empty())
    n = len(sts)
    i = np.repeat(np.arange(n, dtype=np.int64), n)
    j = np.tile(np.arange(n, dtype=np.int64), n)
    i, j = i[i != j], j[i != j]  # a pair is two claims (a word only one holds is skipped)
    # document frequencies over the claims, counted per distinct statement
    df = Counter(w for s in sts for w in claim_words.content_stems(s))
    assert ctx.idf == {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    # the matrices the fast paths replace: claims x stems (IDF and 0/1), claims x 4-grams
    rare = ctx._rare[ctx._inv]
    rare_bin = rare.copy()
    rare_bin.data[:] = 1.0
    want = np.asarray(rare[i].multiply(rare_bin[j]).sum(axis=1)).ravel()
    assert ctx._shared_rare(i, j).tobytes() == want.tobytes()
    grams = ctx._grams[ctx._inv]
    want_grams = np.asarray(grams[i].multiply(grams[j]).sum(axis=1)).ravel()
    assert np.array_equal(ctx._shared_grams(i, j), want_grams)
    # names: how many of i's names (not its speaker) j's words end one of
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        held = [nm for nm in sorted(views[a].names) if nm != views[a].speaker]
        words = set(ctx.seq[b])
        expect = sum(1 for nm in held if nm.split()[-1] in words)
        assert ctx._names_mentioned(np.array([a]), np.array([b]))[0] == expect


@SETTINGS
@given(
    st.lists(
        st.floats(0, 1, allow_nan=False) | st.integers(0, 10**4).map(lambda v: v / 10**4 + 5e-5),
        max_size=50,
    )
)
def test_round4_is_pythons_round(values: list[float]) -> None:
    assert _round4(np.array(values, dtype=np.float64)) == [round(v, 4) for v in values]


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.floats(-1, 1, width=32), st.integers(0, 30)), max_size=60
    )
)
def test_neighbour_ranking_equals_lexsort(rows: list[tuple[int, float, int]]) -> None:
    x = np.array([r[0] for r in rows], dtype=np.int64)
    c = np.array([r[1] for r in rows], dtype=np.float32)
    y = np.array([r[2] for r in rows], dtype=np.int64)
    got_x, got_y = _sorted_by_best(x, c, y, 31)
    want = np.lexsort((y, -c, x))
    # equal rows may come in either order; the (x, y) sequence is what counts
    assert list(zip(got_x.tolist(), got_y.tolist(), strict=True)) == list(
        zip(x[want].tolist(), y[want].tolist(), strict=True)
    )


@SETTINGS
@given(st.lists(st.text(max_size=2), max_size=20), st.data())
def test_omissions_cut_by_slices(ids: list[str], data: st.DataObject) -> None:
    cut = sorted(data.draw(st.sets(st.integers(0, max(len(ids) - 1, 0)))) if ids else [])
    assert _without(ids, cut) == [x for k, x in enumerate(ids) if k not in set(cut)]


def test_csr_rows_is_the_coordinate_matrix() -> None:
    cols = np.array([3, 1, 0, 2, 5], dtype=np.int64)
    vals = np.array([0.5, 1.5, 2.5, 3.5, 4.5])
    got = codes._csr_rows(cols, [2, 0, 3], vals, (3, 6))
    want = sparse.csr_matrix((vals, ([0, 0, 2, 2, 2], cols)), shape=(3, 6))
    assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
    assert got.data.tobytes() == want.data.tobytes()


def test_lexical_scores_equal_the_scalar_statement_similarity() -> None:
    from consensus.ingest import load_articles
    from consensus.merge.compared_pairs import lexical_scores
    from consensus.merge.features import _build_features
    from consensus.merge.score import _statement_sim
    from consensus.offline import extract_offline

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    sets = [extract_offline(a) for a in load_articles([str(p) for p in seeds])]
    feats = _build_features([(cs.article, k, c) for cs in sets for k, c in enumerate(cs.claims)])
    pairs = [(a, b) for a in range(0, len(feats), 3) for b in range(a + 1, len(feats), 2)]
    assert len(pairs) > 500
    want = [round(_statement_sim(feats[a], feats[b]), 4) for a, b in pairs]
    assert lexical_scores(feats, pairs) == want


def _appositive_plain(text: str, start: int, end: int) -> list[str]:
    """`speakers._appositive` before its shortcuts: every word before the name read by the
    regex, the stop marks tested one by one (the phrase after the name is unchanged)."""
    out: list[str] = []
    base = max(0, start - 80)
    edge = start
    words = list(speakers._WORD.finditer(text[base:start]))[-speakers._WINDOW_BEFORE :]
    for k in reversed(range(len(words))):
        w = words[k]
        gap = text[base + w.end() : edge]
        word = w.group(0)
        if any(ch in gap for ch in ',.;:"“”()\n'):  # (a line break too: a heading above)
            break
        if not word[:1].isupper() and word.casefold() not in speakers._RUN_WORDS:
            break
        # "and" after a name joins two names; after a title, two titles of one person
        if word.casefold() == "and" and (
            k == 0 or words[k - 1].group(0).casefold() not in speakers._TITLE_WORDS
        ):
            break
        out.append(word.casefold())
        edge = base + w.start()
    return out + speakers._phrase_after(text, end)


APPOSITIVE_PIECES = [
    "Russian", "President", "of", "the", "spokesman", "said", "U.S.", "Smith's", "it's",
    "x-ray", " ", "  ", ",", ".", ";", "“", "”", "(", ")", ":", "-", "'", "’", "\n", "é", "2",
    "and", "Minister", "China",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(APPOSITIVE_PIECES), max_size=16), st.sampled_from(["", ","]))
def test_appositive_shortcut_equals_the_plain_reading(parts: list[str], comma: str) -> None:
    before = "".join(p if k % 3 else p + " " for k, p in enumerate(parts))
    text = before + "Jane Doe" + comma + " Assistant Chief of the Police, said"
    start = len(before)
    end = start + len("Jane Doe")
    assert speakers._appositive(text, start, end) == _appositive_plain(text, start, end)


def test_remembered_refusals_change_no_group() -> None:
    from consensus.api import embed_for_merge
    from consensus.ingest import load_articles
    from consensus.merge.clusters import _align
    from consensus.merge.features import _build_features
    from consensus.merge.speakers import Speakers, speakers_in_scope
    from consensus.offline import extract_offline

    dev = Path(__file__).resolve().parent / "data" / "dev"
    paths = sorted(str(p) for p in dev.glob("*/articles.jsonl"))
    sets = [extract_offline(a) for a in load_articles(paths)]  # six clusters, one batch
    feats = _build_features([(cs.article, k, c) for cs in sets for k, c in enumerate(cs.claims)])
    vectors = embed_for_merge(sets)
    with speakers_in_scope(Speakers({f.speaker: [f.claim.statement] for f in feats if f.speaker})):
        fast = _align(feats, vectors)
        plain = _align(feats, vectors, remember_refusals=False)
    assert fast[0] == plain[0] and fast[2] == plain[2]
    assert sum(len(m) > 1 for m in fast[0]) > 100  # (many joins: the rules were exercised)


def test_threaded_text_scores_equal_one_thread() -> None:
    from consensus.merge import score

    rnd = np.random.default_rng(7)
    words = np.array([*WORDS, "", "x", "troop", "borders"])
    xs = [" ".join(sorted(rnd.choice(words, rnd.integers(0, 7)))) for _ in range(3000)]
    ys = [" ".join(sorted(rnd.choice(words, rnd.integers(0, 7)))) for _ in range(3000)]
    threads, start = score.PAIR_WORKERS, score.PAIR_WORKERS_FROM
    try:
        score.PAIR_WORKERS, score.PAIR_WORKERS_FROM = 4, 1
        threaded = score._text_sims(xs, ys)
    finally:
        score.PAIR_WORKERS, score.PAIR_WORKERS_FROM = threads, start
    assert threaded == score._text_sims(xs, ys)
    assert threaded == [score._text_sim(x, y) for x, y in zip(xs, ys, strict=True)]


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(1, 80), st.permutations(range(100))).map(lambda t: t[1][: t[0]]),
        max_size=8,
    ),
    st.lists(st.integers(0, 5), min_size=100, max_size=100),
)
def test_shared_key_counts_equal_sorted_pair_codes(runs: list[list[int]], arts: list[int]) -> None:
    from consensus.merge.candidates import _runs, _shared_counts
    from consensus.merge.tunables import BLOCK_CAP

    n = len(arts)
    art = np.asarray(arts, dtype=np.int64)
    holder = np.asarray([c for run in runs for c in sorted(run)], dtype=np.int64)
    sizes = np.asarray([len(run) for run in runs], dtype=np.int64)
    src, dst, counts = _shared_counts(holder, sizes, art)
    got = sorted(zip(src.tolist(), dst.tolist(), counts.tolist(), strict=True))
    # the plain way: a code per pair (i < j) and run, sorted, counted; both directions
    codes = [
        i * n + j
        for run in runs
        if 2 <= len(run) <= BLOCK_CAP
        for i in run
        for j in run
        if i < j and arts[i] != arts[j]
    ]
    pair_codes, _, times = _runs(np.sort(np.asarray(codes, dtype=np.int64)))
    want = sorted(
        (a, b, t)
        for c, t in zip(pair_codes.tolist(), times.tolist(), strict=True)
        for a, b in ((c // n, c % n), (c % n, c // n))
    )
    assert got == want


@SETTINGS
@given(
    st.sets(st.integers(0, 2**40) | st.integers(0, 64).map(lambda v: v << 33), max_size=300),
    st.lists(st.integers(0, 2**40) | st.integers(0, 64).map(lambda v: v << 33), max_size=300),
)
def test_code_set_membership_is_isin(codes: set[int], others: list[int]) -> None:
    members = np.array(sorted(codes), dtype=np.int64)
    query = np.array([*others, *codes, *codes], dtype=np.int64)
    assert np.array_equal(CodeSet(members).contains(query), np.isin(query, members))


def test_code_set_of_many_close_codes() -> None:
    members = np.arange(0, 3 * 50_000, 3, dtype=np.int64) * (1 << 20)  # a regular stride
    query = np.arange(0, 3 * 50_000 + 7, dtype=np.int64) * (1 << 20)
    assert np.array_equal(CodeSet(members).contains(query), np.isin(query, members))
    assert not CodeSet(np.zeros(0, dtype=np.int64)).contains(members).any()
    with pytest.raises(ValueError, match="non-negative"):
        CodeSet(np.array([3, -1], dtype=np.int64))


@SETTINGS
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "zz", ""]), max_size=12))
def test_vector_rows_by_one_gather_equal_row_by_row(texts: list[str]) -> None:
    known = ["b", "zz", "a"]
    vectors = Vectors("test", known, np.arange(9, dtype=np.float32).reshape(3, 3) + 1)
    want = np.zeros((len(texts), 3), dtype=np.float32)
    for k, t in enumerate(texts):
        got = vectors.get(t)
        if got is not None:
            want[k] = got
    assert vectors.matrix(texts).tobytes() == want.tobytes()
    assert Vectors.empty().matrix(texts).shape == (len(texts), 1)


def test_a_context_whose_columns_are_done_refuses_to_compare() -> None:
    from consensus.ingest import load_articles
    from consensus.merge.compared_pairs import comparison_matrix
    from consensus.merge.features import _build_features
    from consensus.offline import extract_offline

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    sets = [extract_offline(a) for a in load_articles([str(p) for p in seeds])]
    feats = _build_features([(cs.article, k, c) for cs in sets for k, c in enumerate(cs.claims)])
    ctx, pairs, x = comparison_matrix(feats, Vectors.empty())  # (frees the columns)
    with pytest.raises(RuntimeError, match="freed"):
        ctx.features(pairs[:3], [0.5] * 3)
    fresh = PairContext(ctx.views, Vectors.empty())
    assert fresh.features(pairs, [float(v) for v in x[:, 2]]).astype(np.float32).tobytes() == (
        x.tobytes()
    )
    # what the link rule and the joining read is kept
    assert [ctx.figure_relation(i, j) for i, j in pairs] == [
        fresh.figure_relation(i, j) for i, j in pairs
    ]


def _phrase_before_plain(text: str, start: int) -> list[str]:
    """`speakers._phrase_before` before its shortcut: the capitalised run before the name
    cut by one regex searched to the end."""
    before = text[max(0, start - 120) : start].rstrip()
    before = re.sub(r"(?:\s*\b[A-Z][\w.'’-]*)+$", "", before)
    if not before.endswith(","):
        return []
    phrase = re.split(r"[,.;:()\"“”\n]|\s[-–—]\s", before[:-1])[-1]
    words = [w.casefold() for w in speakers._WORD.findall(phrase)]
    if (
        len(words) < 2
        or words[0] not in ("a", "an", "the")
        or words[-1] not in (speakers._TITLE_WORDS)
    ):
        return []
    return [w for w in words[1:] if w not in speakers._MINOR][-speakers._WINDOW_BEFORE :]


PHRASE_PIECES = [
    "A", "the", "an", "Captain", "spokesman", "coast guard", "minister", "Ravi", "U.S.",
    "Jean-Pierre", "O'Neil", "x-", "Y'", ",", ", ", " ,", ".", "-", " - ", "'", "’", " ", "  ",
    "\n", "\t", "\u00a0", "_", "é", "É", "Ä", "2", "(", ";", "—", "of",
]  # fmt: skip


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PHRASE_PIECES), max_size=20), st.integers(0, 4))
def test_phrase_before_shortcut_equals_the_regex(parts: list[str], back: int) -> None:
    text = "".join(parts) + "Name said"
    start = max(0, len(text) - len("Name said") - back)
    assert speakers._phrase_before(text, start) == _phrase_before_plain(text, start)


def test_phrase_before_reads_the_description_before_a_capitalised_run() -> None:
    text = "Officials said. A coast guard spokesman, Captain Ravi Anand, said"
    start = text.index("Ravi")
    assert speakers._phrase_before(text, start) == ["coast", "guard", "spokesman"]
    assert speakers._phrase_before(text, start) == _phrase_before_plain(text, start)
    assert speakers._phrase_before("A coast guard spokesman, captain Ravi", 33) == []


@SETTINGS
@given(
    st.lists(st.sampled_from(["take", "retake", "lose", "win", None]), min_size=1, max_size=9),
    st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=30),
)
def test_pairs_among_is_the_tuple_test(labels: list[str | None], ks: list[tuple[int, int]]) -> None:
    from consensus.merge.codes import pairs_among

    wanted = {("take", "retake"), ("retake", "take"), ("win", "lose"), ("gone", "take")}
    ks = [(a % len(labels), b % len(labels)) for a, b in ks]
    i = np.asarray([a for a, _ in ks], dtype=np.int64)
    j = np.asarray([b for _, b in ks], dtype=np.int64)
    got = pairs_among(labels, i, j, wanted).tolist()
    assert got == [(labels[a], labels[b]) in wanted for a, b in ks]


ROLE_STATEMENTS = [
    "Opposition leader Jane Roe called the plan reckless.",
    "Jane Roe leads the opposition party.",
    "Her husband, the producer John Roe, said the film would open.",
    "John Roe, a producer, was in Acme City on Monday.",
    "The producer said Acme City would host the film.",
]


@SETTINGS
@given(st.integers(0, 4), st.integers(0, 4))
def test_titled_apart_refuses_only_what_the_set_test_refuses(a: int, b: int) -> None:
    from consensus.merge.claim_words import content_stems
    from consensus.merge.roles import name_stems, role_words, titled_apart

    names = frozenset({"jane roe", "john roe", "acme city"})
    sa, sb = (ROLE_STATEMENTS[k] for k in (a, b))
    stems_a, stems_b = content_stems(sa.casefold()), content_stems(sb.casefold())
    titles_a, rest_a, plain_a = titled_apart(sa, names, stems_a)
    _, rest_b, _ = titled_apart(sb, names, stems_b)
    assert titles_a == role_words(sa, names) and rest_a == stems_a - titles_a
    assert plain_a == rest_a - name_stems(names)
    shared = (stems_a & stems_b) - name_stems(names)
    passes = bool(shared) and shared <= role_words(sa, names) | role_words(sb, names)
    if not plain_a.isdisjoint(rest_b):
        assert not passes


def _title_before_plain(text: str) -> list[str]:
    """`roles._title_before` before its shortcut: every word of the window found, then read
    from the last."""
    from consensus.merge import roles

    text = text.rstrip()
    if text.endswith(","):
        text = text[:-1]
    out: list[str] = []
    window = max(0, len(text) - roles._TITLE_CHARS)
    while window > 0 and roles._WORD.match(text, window - 1):
        window -= 1
    for m in reversed(list(roles._WORD.finditer(text, window))):
        w = m.group(0)
        gap = text[m.end() : m.end() + 1]
        if w in roles._STOP or len(out) == roles.TITLE_BEFORE or (out and gap.strip()):
            break
        out.append(w)
    return out


TITLE_PIECES = [
    "the", "a", "of", "opposition", "leader", "Leader", "x", "é", "2", "_", "'", "’", "''",
    ",", ", ", ".", " ", "  ", "\n", "\u00a0", "-", "rock'n'roll", "o'", "'s", "ab’c", "\u0301",
    "deputy chief", "ǅ", "İ", "ſ",
]  # fmt: skip


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=70))
def test_title_before_read_backwards_equals_the_forward_reading(parts: list[str]) -> None:
    from consensus.merge import roles

    text = " ".join(parts)
    assert roles._title_before(text) == _title_before_plain(text)
    assert roles._title_before("".join(parts)) == _title_before_plain("".join(parts))
