"""Tests for consensus.origins: syndication groups, copied passages, determinism, scale."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from consensus.errors import UsageError
from consensus.models import Article, OriginGroup, Span
from consensus.origins import INDEX_MAX_DF, CopiedPassage, Origins, find_origins

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUTIN_QUOTE = "If they lay down their arms and surrender, [we] will guarantee them their lives"


def seed_articles() -> list[Article]:
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))
    ]


def seed_id(prefix: str) -> str:
    (match,) = [p.stem for p in SEEDS.glob(f"{prefix}_*.txt")]
    return match


def prefixes(group: OriginGroup) -> set[str]:
    return {a.split("_")[0] for a in group.articles}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def contains_words(haystack: str, needle: str) -> bool:
    hay, nee = words(haystack), words(needle)
    return any(hay[i : i + len(nee)] == nee for i in range(len(hay) - len(nee) + 1))


@pytest.fixture(scope="module")
def seed_origins() -> Origins:
    return find_origins(seed_articles())


# --- Seeds ---------------------------------------------------------------------------------


def test_seed_groups(seed_origins: Origins) -> None:
    groups = sorted((prefixes(g) for g in seed_origins.groups), key=sorted)
    assert groups == [{"000"}, {"001", "003"}, {"002"}, {"004"}]
    rt = seed_origins.origin_of(seed_id("001"))
    assert rt == "origin-" + seed_id("001")
    assert seed_origins.origin_of(seed_id("003")) == rt
    (rt_group,) = [g for g in seed_origins.groups if g.id == rt]
    assert any("syndicated copy" in r and "shingles" in r for r in rt_group.reasons)


def test_seed_002_copies_rt_paragraph(seed_origins: Origins) -> None:
    text = {a.id: a.text for a in seed_articles()}
    zh = seed_id("002")
    rt = seed_origins.origin_of(seed_id("001"))
    (passage,) = [
        p
        for p in seed_origins.passages
        if p.article == zh and PUTIN_QUOTE in text[zh][p.start : p.end]
    ]
    assert passage.source_article in {seed_id("001"), seed_id("003")}
    assert passage.origin == rt
    assert 0.9 <= passage.similarity <= 1.0
    assert "according to state media translation" in passage.rule
    # The whole passage, and a quote inside it, count for the RT origin ...
    assert seed_origins.origin_of_span(zh, passage.start, passage.end) == rt
    q = text[zh].index(PUTIN_QUOTE)
    assert seed_origins.origin_of_span(zh, q, q + len(PUTIN_QUOTE)) == rt
    # ... ZeroHedge's own words count for ZeroHedge.
    own = text[zh].index("Such a direct appeal like this by Trump is unprecedented.")
    assert seed_origins.origin_of_span(zh, own, own + 40) == seed_origins.origin_of(zh)
    assert seed_origins.origin_of(zh) != rt
    # A span only half inside the passage is not "mostly" copied.
    half = passage.end - passage.start
    assert seed_origins.origin_of_span(zh, passage.start - half, passage.end) != rt
    (zh_group,) = [g for g in seed_origins.groups if g.id == seed_origins.origin_of(zh)]
    assert any(
        "reproduces" in r and "according to state media translation" in r for r in zh_group.reasons
    )


def test_seeds_through_ingest() -> None:
    # ingest cleans 003's page furniture and marks 002's RT paragraph as "quoted", so
    # the quoted span decides the direction, and the marker is shown as evidence.
    from consensus.ingest import load_articles

    articles = load_articles(sorted(SEEDS.glob("*.txt")))
    origins = find_origins(articles)
    groups = sorted((prefixes(g) for g in origins.groups), key=sorted)
    assert groups == [{"000"}, {"001", "003"}, {"002"}, {"004"}]
    text = {a.id: a.text for a in articles}
    zh, rt = seed_id("002"), origins.origin_of(seed_id("001"))
    (passage,) = [p for p in origins.passages if PUTIN_QUOTE in text[p.article][p.start : p.end]]
    assert (passage.article, passage.origin) == (zh, rt)
    assert passage.rule.startswith("shared text is in its quoted/embedded material")
    assert "'according to state media translation'" in passage.rule
    assert origins.origin_of_span(zh, passage.start, passage.end) == rt


def test_seed_passage_offsets_index_the_text(seed_origins: Origins) -> None:
    text = {a.id: a.text for a in seed_articles()}
    assert seed_origins.passages
    for p in seed_origins.passages:
        quote = text[p.article][p.start : p.end]
        assert quote[0].isalnum() and quote[-1].isalnum()
        assert contains_words(text[p.source_article], quote)


def test_seed_shared_trump_quote_is_not_a_copy(seed_origins: Origins) -> None:
    # 002 and 004 both quote Trump's post verbatim (25 words in quotation marks): two
    # outlets quoting one speaker are not one copying the other.
    assert not [p for p in seed_origins.passages if p.article.startswith(("000", "004"))]
    assert {p.article.split("_")[0] for p in seed_origins.passages} == {"002"}


def test_any_input_order_gives_the_same_result() -> None:
    articles = seed_articles()
    expected = find_origins(articles)
    for perm in itertools.permutations(articles):
        assert find_origins(perm) == expected


def test_threshold_is_a_parameter() -> None:
    # 001 vs 003 containment is 0.937: a stricter threshold splits them, and then the
    # shared RT text shows up as copied passages between the two groups instead.
    strict = find_origins(seed_articles(), threshold=0.95)
    assert len(strict.groups) == 5
    assert any(
        {p.article, p.source_article} == {seed_id("001"), seed_id("003")} for p in strict.passages
    )
    with pytest.raises(UsageError):
        find_origins(seed_articles(), threshold=0.0)


# --- Duplicates and markers ------------------------------------------------------------------


def test_exact_duplicate_is_one_origin() -> None:
    articles = seed_articles()
    dup = Article(id="999_copy", text=articles[4].text)
    tiny = [Article(id="t1", text="Putin spoke."), Article(id="t2", text="Putin spoke.")]
    origins = find_origins([*articles, dup, *tiny])
    assert origins.origin_of("999_copy") == origins.origin_of(seed_id("004"))
    assert origins.origin_of("t1") == origins.origin_of("t2") == "origin-t1"
    (group,) = [g for g in origins.groups if "999_copy" in g.articles]
    assert any("identical text" in r for r in group.reasons)


def test_duplicate_ids_are_refused() -> None:
    a = Article(id="x", text="one text")
    with pytest.raises(UsageError):
        find_origins([a, a])


WIRE_A = (
    "LONDON (Reuters) - Britain's central bank kept interest rates unchanged on Thursday, "
    "saying inflation was falling more slowly than it had expected in the autumn.\n\n"
    "The Monetary Policy Committee voted seven to two to hold the rate, with two members "
    "preferring a quarter-point cut, the bank said in a statement after the meeting.\n\n"
    "Governor Andrew Bailey told reporters that the committee needed to see more evidence "
    "that price pressures in the services sector were easing before it could consider "
    "lowering borrowing costs, and he warned that energy prices remained a risk for the "
    "months ahead.\n\n"
    "Sterling rose slightly against the dollar after the announcement, while yields on "
    "two-year government bonds edged higher as traders pushed back bets on a cut in May. "
    "Economists polled last week had expected the decision, though several had forecast "
    "a closer vote among the nine members of the committee."
)
WIRE_B = (
    "WASHINGTON (Reuters) - The U.S. Senate passed a stopgap funding bill late on Friday, "
    "averting a partial government shutdown hours before the deadline.\n\n"
    "The measure keeps agencies funded until March and now goes to the president, who is "
    "expected to sign it over the weekend, a White House spokesman said."
)
COPIED = WIRE_A.split("\n\n")[2]  # 42 words of WIRE_A's 144
# About 60 words of an outlet's own: with COPIED that is too little overlap to be one
# origin (containment < 0.5) but a larger share than COPIED is of WIRE_A.
OWN = (
    "Markets in Asia were quiet on Friday as investors waited for trade data from China "
    "and for the minutes of the last meeting of the Federal Reserve.\n\n"
    "Japanese shares closed flat, the yen weakened against the dollar, and oil prices "
    "slipped for a third day as traders weighed the outlook for demand in Europe and "
    "the likely path of interest rates there."
)


def test_wire_marker_alone_does_not_join_origins() -> None:
    origins = find_origins([Article(id="a", text=WIRE_A), Article(id="b", text=WIRE_B)])
    assert origins.origin_of("a") != origins.origin_of("b")
    assert not origins.passages
    for group in origins.groups:
        assert any("'(Reuters)'" in r and "does not join" in r for r in group.reasons)


def test_wire_copies_with_matching_text_group_and_say_so() -> None:
    rewrite = WIRE_A.replace("LONDON (Reuters) - ", "LONDON (Reuters) — ").replace(
        "on Thursday", "on Thursday, March 20"
    )
    origins = find_origins([Article(id="a", text=WIRE_A), Article(id="a2", text=rewrite)])
    assert origins.origin_of("a") == origins.origin_of("a2") == "origin-a"
    (group,) = origins.groups
    assert any("syndicated copy" in r and "both marked '(Reuters)'" in r for r in group.reasons)


def test_citation_marker_decides_who_copied() -> None:
    # c is short, so the copied paragraph is a LARGER share of c than of a, and c is
    # dated earlier: only the "Reuters reported" marker says c is the copier.
    c_text = OWN.replace("\n\n", "\n\nReuters reported from London:\n\n" + COPIED + "\n\n")
    a = Article(id="a", text=WIRE_A, published=dt.date(2025, 3, 21))
    c = Article(id="c", text=c_text, published=dt.date(2025, 3, 20))
    origins = find_origins([a, c])
    assert origins.origin_of("a") != origins.origin_of("c")
    (passage,) = origins.passages
    assert (passage.article, passage.source_article) == ("c", "a")
    assert passage.origin == "origin-a"
    assert "Reuters reported" in passage.rule
    assert c_text[passage.start : passage.end] == COPIED.rstrip(".")
    assert origins.origin_of_span("c", passage.start + 10, passage.end - 10) == "origin-a"


def test_quoted_span_decides_who_copied_before_dates() -> None:
    d_text = OWN.replace("\n\n", "\n\n" + COPIED + "\n\n")
    start = d_text.index(COPIED)
    d = Article(
        id="d",
        text=d_text,
        published=dt.date(2025, 3, 1),
        embedded=(Span(start=start, end=start + len(COPIED), kind="quoted"),),
    )
    a = Article(id="a", text=WIRE_A, published=dt.date(2025, 3, 21))
    origins = find_origins([d, a])
    (passage,) = origins.passages
    assert (passage.article, passage.source_article) == ("d", "a")
    assert passage.rule == "shared text is in its quoted/embedded material"


def test_later_article_copied_when_nothing_else_says() -> None:
    e_text = OWN.replace("\n\n", "\n\n" + COPIED + "\n\n")
    a = Article(id="a", text=WIRE_A.replace("(Reuters) ", ""), published=dt.date(2025, 3, 1))
    e = Article(id="e", text=e_text, published=dt.date(2025, 3, 2))
    (passage,) = find_origins([a, e]).passages
    assert (passage.article, passage.rule) == ("e", "published later")
    # Swap the dates and the other article is the copier.
    a2 = a.model_copy(update={"published": dt.date(2025, 3, 3)})
    (passage2,) = find_origins([a2, e]).passages
    assert (passage2.article, passage2.source_article) == ("a", "e")


# --- What is not a copied passage -----------------------------------------------------------

LAW_1 = (
    "The foreign ministry said the detained sailors would be treated in accordance with "
    "international law, and that consular staff had been allowed to visit them on Monday."
)
LAW_2 = (
    "Any settlement of the border dispute must be reached in accordance with international "
    "law, the minister told parliament, rejecting the proposal put forward by the envoy."
)


def test_common_phrase_is_not_a_copied_passage() -> None:
    origins = find_origins([Article(id="x", text=LAW_1), Article(id="y", text=LAW_2)])
    assert not origins.passages
    assert len(origins.groups) == 2


SPEECH = (
    "“We will not accept any agreement that leaves our people without protection, and we "
    "will continue to defend every village and every town for as long as it takes to "
    "bring them home,” "
)


def test_shared_direct_quote_is_not_a_copied_passage() -> None:
    x = "The president spoke in the capital on Sunday. " + SPEECH + "he said to applause."
    y = (
        "Speaking to soldiers near the front, the leader repeated his pledge. "
        + SPEECH.replace("“", '"').replace("”", '"')
        + "he told them, before leaving for a meeting with generals."
    )
    assert not find_origins([Article(id="x", text=x), Article(id="y", text=y)]).passages


SENTENCE_13 = "Rescue teams reached the flooded village of Marrow late on Tuesday evening."
SENTENCE_11 = "Rescue teams reached the flooded village late on Tuesday evening."


@pytest.mark.parametrize(("sentence", "copied"), [(SENTENCE_13, True), (SENTENCE_11, False)])
def test_one_sentence_of_twelve_words_is_a_copied_passage(sentence: str, copied: bool) -> None:
    x = "Storms hit the north again this week. " + sentence + " Schools stayed shut."
    y = "Power cuts spread across three counties overnight. " + sentence + " Roads closed."
    origins = find_origins([Article(id="x", text=x), Article(id="y", text=y)])
    assert len(origins.groups) == 2
    assert bool(origins.passages) is copied
    if copied:
        (p,) = origins.passages
        assert (x if p.article == "x" else y)[p.start : p.end] == sentence.rstrip(".")


# --- The Origins model ------------------------------------------------------------------------


def test_origins_model_contract(seed_origins: Origins) -> None:
    assert [g.id for g in seed_origins.groups] == sorted(g.id for g in seed_origins.groups)
    for g in seed_origins.groups:
        assert list(g.articles) == sorted(g.articles)
        assert g.id == "origin-" + g.articles[0]
    keys = [(p.article, p.start, p.end, p.source_article) for p in seed_origins.passages]
    assert keys == sorted(keys)
    assert Origins.model_validate_json(seed_origins.model_dump_json()) == seed_origins
    with pytest.raises(UsageError):
        seed_origins.origin_of("nope")
    group = OriginGroup(id="origin-a", articles=("a",))
    with pytest.raises(ValidationError):
        Origins(groups=(group, OriginGroup(id="origin-b", articles=("a", "b"))))
    with pytest.raises(ValidationError):
        CopiedPassage(
            article="a", start=5, end=5, source_article="b", origin="origin-b", similarity=1.0
        )


# --- Scale ------------------------------------------------------------------------------------


def synthetic_corpus(
    n: int, *, seed: int = 7, planted: int = 40
) -> tuple[list[Article], list[tuple[str, str]], list[tuple[str, str]]]:
    """Word soup with planted syndicated copies (5% of words changed, new lede) and
    planted passages (a paragraph of another article, credited to Reuters)."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(20000)]

    def sentence() -> str:
        return " ".join(rng.choices(vocab, k=rng.randint(8, 20))).capitalize() + "."

    def body() -> list[str]:
        paras: list[str] = []
        target = rng.randint(250, 450)
        while sum(len(p.split()) for p in paras) < target:
            paras.append(" ".join(sentence() for _ in range(rng.randint(2, 5))))
        return paras

    texts = {f"a{i:05d}": body() for i in range(n)}
    ids = sorted(texts)
    rng.shuffle(ids)
    syndicated, copied = [], []
    for k in range(planted):
        src, dst = ids[2 * k], ids[2 * k + 1]
        tokens = "\n\n".join(texts[src]).split(" ")
        for _ in range(len(tokens) // 20):
            tokens[rng.randrange(len(tokens))] = rng.choice(vocab)
        texts[dst] = [sentence() + " " + sentence(), " ".join(tokens)]
        syndicated.append((src, dst))
    for k in range(planted):
        src, dst = ids[2 * planted + 2 * k], ids[2 * planted + 2 * k + 1]
        paragraph = max(texts[src], key=len)
        texts[dst].insert(len(texts[dst]) // 2, "Reuters reported: " + paragraph)
        copied.append((src, dst))
    articles = [Article(id=i, text="\n\n".join(p)) for i, p in texts.items()]
    return articles, syndicated, copied


def test_scale_2000_articles_finds_planted_copies() -> None:
    articles, syndicated, copied = synthetic_corpus(2000)
    # Correctness at scale only: a wall-time bound here failed under the shared machine's
    # load (20 s against 15 s); the time is measured by bench/origins_scale.py.
    origins = find_origins(articles)
    for src, dst in syndicated:
        assert origins.origin_of(src) == origins.origin_of(dst)
    assert sum(len(g.articles) > 1 for g in origins.groups) == len(syndicated)
    found = {(p.source_article, p.article) for p in origins.passages}
    assert found == set(copied)
    for p in origins.passages:
        assert p.similarity == 1.0 and "Reuters reported" in p.rule


def test_synthetic_order_does_not_matter() -> None:
    articles, _, _ = synthetic_corpus(150, seed=11, planted=10)
    expected = find_origins(articles)
    for seed in (1, 2):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert find_origins(shuffled) == expected


def test_large_syndication_cluster_goes_through_minhash_lsh() -> None:
    # More copies than the inverted index enumerates (INDEX_MAX_DF): the shared shingles
    # are "too common" for it, so only the MinHash LSH can propose these pairs.
    articles, _, _ = synthetic_corpus(20, seed=5, planted=0)
    rng = random.Random(9)
    base = articles[0].text.split(" ")
    copies = []
    for k in range(INDEX_MAX_DF + 10):
        tokens = list(base)
        for _ in range(len(tokens) // 25):
            tokens[rng.randrange(len(tokens))] = f"edit{rng.randrange(10**6)}"
        copies.append(Article(id=f"copy{k:03d}", text=" ".join(tokens)))
    origins = find_origins(articles + copies)
    root = origins.origin_of(articles[0].id)
    assert all(origins.origin_of(c.id) == root for c in copies)
    assert sum(len(g.articles) > 1 for g in origins.groups) == 1


# --- Signals of a shared origin, and what is not one (issue 8) ----------------------------

STATEMENT = (
    "“The company deeply regrets the disruption caused to passengers this weekend and is "
    "working with the authorities to restore every service as quickly as it safely can, "
    "while a full independent review of what went wrong will begin on Monday,”"
)


def test_one_official_statement_quoted_by_two_outlets_is_not_one_origin() -> None:
    # A short item that is mostly the statement, and a long story that quotes it in full:
    # 32 shared shingles, containment 0.6 -- but every shared word is inside quotation marks.
    short = Article(id="s", text=f"The rail operator said on Sunday: {STATEMENT} it added.")
    long = Article(
        id="l",
        text=(
            "Thousands of travellers were stranded at stations across the north after a signal "
            "failure stopped trains for most of Saturday.\n\n"
            f"In a statement, the operator said: {STATEMENT} the statement read.\n\n"
            "Unions said staff shortages had made the disruption worse, and passengers "
            "described hours of waiting without information on crowded platforms."
        ),
    )
    origins = find_origins([short, long])
    assert origins.origin_of("s") != origins.origin_of("l")
    assert not origins.passages
    # the same text in the outlet's own voice (no quotation marks) would be a copy
    plain = STATEMENT.strip("“”,")
    copied = long.model_copy(update={"text": long.text.replace(STATEMENT, plain + ",")})
    short_plain = short.model_copy(update={"text": short.text.replace(STATEMENT, plain + ",")})
    assert len(find_origins([short_plain, copied]).groups) == 1


def test_a_statement_quoted_in_single_marks_is_not_a_copied_passage() -> None:
    # Some outlets print quotations in single marks ('We apologize,' Freed said.). A long
    # statement both outlets quote verbatim is the speaker's words, not one outlet's copy.
    plain = STATEMENT.strip("“”,")
    own = "A spokesman for the rail operator said on Sunday:"
    single = Article(id="a", text=f"{own} '{plain}.'\nServices resumed on Monday.")
    double = Article(
        id="b",
        text=(
            "Thousands of travellers were stranded at stations across the north after a "
            f"signal failure.\nIn a statement, the operator said: “{plain}.”"
        ),
    )
    origins = find_origins([single, double])
    assert not origins.passages
    assert origins.origin_of("a") != origins.origin_of("b")
    # apostrophes are no quotation marks: the same words in the outlet's voice are a copy
    voiced = single.model_copy(update={"text": f"{own} the company's {plain}.\n"})
    copied = find_origins([voiced, double.model_copy(update={"text": plain + "."})])
    assert copied.passages or copied.origin_of("a") == copied.origin_of("b")


WIRE_BODY = [
    "A regional airline grounded its fleet of turboprop aircraft on Tuesday after cracks "
    "were found in the landing gear of two planes during routine maintenance checks.",
    "The carrier said 14 aircraft would stay on the ground until engineers had inspected "
    "each one, and that passengers on cancelled flights would be rebooked or refunded.",
    "Aviation regulators said they had been told of the cracks on Monday evening and were "
    "working with the manufacturer to establish whether other operators were affected.",
    "The airline's chief executive told reporters at the company's headquarters that "
    "safety came before the timetable and that the inspections could take several days.",
    "Shares in the company fell more than six percent in early trading before recovering "
    "some of the losses later in the afternoon on the exchange.",
    "The manufacturer said in a short note that it was aware of the reports and was "
    "supporting its customer, without giving further details about the parts involved.",
]
LOCAL_TOP = [
    "Travellers at the city's small airport faced empty departure boards on Tuesday "
    "morning, with only a handful of jet services still operating to the capital.",
    "Maria Lopez, who had planned to visit her daughter for the holidays, spent three "
    "hours in a queue at the ticket desk before being offered a seat on Thursday.",
    "The airport's manager said the disruption was the worst he could remember in more "
    "than twenty years and urged passengers to check before they travel.",
    "Local businesses that depend on the route said they feared a long interruption "
    "would hit bookings for the spring season, already weak after a difficult year.",
    "A taxi driver waiting outside the terminal said most of his regular customers had "
    "already cancelled their trips and that he expected a quiet week ahead for everyone.",
    "Council members said they would ask the airline for a meeting to discuss the future "
    "of the service, which receives a public subsidy every year from the region.",
]


def _wire_copy(dateline: bool) -> tuple[Article, Article]:
    wire = "\n\n".join(WIRE_BODY)
    local = "\n\n".join([*LOCAL_TOP, *WIRE_BODY[2:5]])
    if dateline:
        wire = "DENVER (AP) — " + wire
        local += "\n\nCopyright 2019 The Associated Press. All rights reserved."
    return Article(id="w", text=wire), Article(id="x", text=local)


def test_wire_copy_with_another_top_joins_on_the_wires_own_signature() -> None:
    # The local outlet keeps three of the wire's six paragraphs under its own top: too
    # little shared text for the 0.5 rule, but both carry the AP's own dateline/copyright.
    wire, local = _wire_copy(dateline=True)
    origins = find_origins([wire, local])
    assert origins.origin_of("w") == origins.origin_of("x")
    (group,) = origins.groups
    assert any("another top or tail" in r and "'AP'" in r for r in group.reasons)
    # the same texts without the signature stay two origins, with one copied passage
    wire, local = _wire_copy(dateline=False)
    origins = find_origins([wire, local])
    assert origins.origin_of("w") != origins.origin_of("x")
    assert [(p.article, p.source_article) for p in origins.passages] == [("x", "w")]


def test_the_wires_own_dateline_marks_the_source_of_a_copied_passage() -> None:
    # The rewrite is dated EARLIER and the shared text is a LARGER share of the wire: the
    # older rules would call the wire the copier; its dateline says it is the source.
    wire = Article(
        id="a", text="DENVER (AP) — " + "\n\n".join(WIRE_BODY), published=dt.date(2019, 3, 6)
    )
    rewrite = Article(
        id="b",
        text="\n\n".join([*LOCAL_TOP, *LOCAL_TOP[:3], WIRE_BODY[3]]),
        published=dt.date(2019, 3, 5),
    )
    (passage,) = find_origins([wire, rewrite]).passages
    assert (passage.article, passage.source_article) == ("b", "a")
    assert "dateline or copyright ('AP')" in passage.rule


GALLERY = " ".join(
    f"Photos: Floods in pictures {caption} Hide Caption {k} of 6"
    for k, caption in enumerate(
        [
            "Residents wade through a flooded street in the old town after the river burst.",
            "A man carries his dog to safety as water rises around the parked cars nearby.",
            "Rescue workers use a boat to reach families trapped in their homes overnight.",
            "A school gymnasium has been turned into a shelter for people from the valley.",
            "Volunteers fill sandbags outside the town hall as more rain is forecast later.",
            "The swollen river flows under the medieval bridge in the centre of the town.",
        ],
        start=1,
    )
)


def test_a_shared_photo_gallery_is_not_a_shared_origin() -> None:
    a = Article(id="a", text="\n\n".join([*WIRE_BODY[:2], GALLERY, WIRE_BODY[2]]))
    b = Article(id="b", text="\n\n".join([LOCAL_TOP[0], GALLERY, LOCAL_TOP[1]]))
    origins = find_origins([a, b])
    assert len(origins.groups) == 2
    assert not origins.passages


def test_dev_clusters_origin_pairs_match_the_gold() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from _quality_common import dev_articles, origin_pair_scores

    precision, recall, tp, fp, fn = origin_pair_scores()
    assert (precision, recall) == (1.0, 1.0), (tp, fp, fn)
    # the AP text at the Post, the Daily Mail and nytimes.com/aponline; CNN's two Nice stories
    assert tp >= 4
    # ABC's rewrite credits the AP as a contributor: the AP paragraphs it reuses are the
    # AP's, not the other way round.
    origins = find_origins(dev_articles("american_airlines_g_league"))
    reused = [p for p in origins.passages if "01_abcnews" in (p.article, p.source_article)]
    assert reused and all(p.article == "01_abcnews" for p in reused)
    assert {p.origin for p in reused} == {origins.origin_of("02_washingtonpost")}


WITNESS = (
    "“I saw the water come over the wall and then the whole street was a river, cars were "
    "floating past the bakery and people were shouting from the windows above us for help, "
    "and nobody could reach them until the boats came in the middle of the night,”"
)


@pytest.mark.parametrize(
    ("outlet_b", "dateline", "one_origin"),
    [
        ("Example News", "", True),
        ("Other Daily", "", False),
        ("Example News", "DENVER (AP) — ", False),
    ],
)
def test_one_newsroom_quoting_its_own_interview_twice_is_one_origin(
    outlet_b: str, dateline: str, one_origin: bool
) -> None:
    # Two stories of one outlet share a 50-word witness quote and nothing else: one
    # interview reused. The same quote in another outlet, or in a wire text the outlet runs,
    # is not that.
    a = Article(
        id="a",
        outlet="Example News",
        text=f"{WIRE_BODY[0]}\n\nA shopkeeper described the night: {WITNESS} she said.",
    )
    b = Article(
        id="b",
        outlet=outlet_b,
        text=f"{dateline}{LOCAL_TOP[0]}\n\n{WITNESS} the shopkeeper told us.\n\n{LOCAL_TOP[1]}",
    )
    origins = find_origins([a, b])
    assert (origins.origin_of("a") == origins.origin_of("b")) is one_origin
    if one_origin:
        (group,) = origins.groups
        assert any("same newsroom" in r for r in group.reasons)


def test_ingest_keeps_a_wires_copyright_line_as_the_signal(tmp_path: Path) -> None:
    from consensus.ingest import load_articles
    from consensus.nonclaims import non_claim_spans
    from consensus.offline import extract_offline
    from consensus.wires import wire_signatures

    body = "\n\n".join(WIRE_BODY)
    credit = "Copyright 2019 The Associated Press. All rights reserved."
    (tmp_path / "wire.txt").write_text(f"{body}\n\n{credit}\n", encoding="utf-8")
    (tmp_path / "site.txt").write_text(
        f"{body}\n\nCopyright 2019 Example News Ltd. All rights reserved.\n", encoding="utf-8"
    )
    by_id = {a.id: a for a in load_articles([tmp_path])}
    wire, site = by_id["wire"], by_id["site"]
    assert credit in wire.text and "Example News Ltd" not in site.text
    assert wire_signatures(wire.text) == {"AP"} and not wire_signatures(site.text)
    # ... and it is never a claim
    start = wire.text.index(credit)
    assert any(s <= start < e for s, e in non_claim_spans(wire.text))
    assert all("Copyright" not in c.statement for c in extract_offline(wire).claims)


def test_a_wire_dateline_with_a_date_is_the_wires_signature() -> None:
    from consensus.wires import wire_signatures

    assert wire_signatures("LONDON, Nov 30 (Reuters) - The bank said on Thursday ...") == {
        "Reuters"
    }
    assert wire_signatures("PARIS, 30 November 2017 (AFP) - Ministers met ...") == {"AFP"}
    assert wire_signatures("WASHINGTON, Jan. 5, 2018 (AP) — The agency said ...") == {"AP"}
    # a date inside a sentence is no dateline
    assert wire_signatures("The story filed on Nov 30 (Reuters) said nothing new.") == set()


def test_any_agencys_dateline_code_is_its_signature() -> None:
    from consensus.wires import wire_signatures

    # an agency missing from WIRE_NAMES still signs with its dateline's shape
    assert wire_signatures("HARLOW, Oct 15 (NNA) - The council voted ...") == {"NNA"}
    assert wire_signatures("BRACKEN BAY (TKW) — Ferries stopped ...") == {"TKW"}
    # a bare unknown code needs the place before it; an acronym in a sentence is no dateline
    assert wire_signatures("(NNA) - The council voted ...") == set()
    assert wire_signatures("The World Health Organization (WHO) said on Friday ...") == set()
    assert wire_signatures("Shares of Example Corp (EXC) rose 4 percent.") == set()


def test_a_dateline_opening_a_later_paragraph_signs_an_embedded_wire_text() -> None:
    from consensus.wires import wire_signatures

    intro = "\n\n".join(LOCAL_TOP)
    assert len(intro) > 400
    body = "\n\n".join(WIRE_BODY)
    # a page runs the wire's text under its own intro, the dateline where the text begins
    assert wire_signatures(f"{intro}\n\nDENVER, March 5 (NNA) - {body}") == {"NNA"}
    # the same shape inside a paragraph, past the top, is no dateline
    assert wire_signatures(f"{intro} DENVER, March 5 (NNA) - {body}") == set()


def test_a_page_that_runs_the_wire_text_under_its_own_intro_is_the_wires_copy() -> None:
    # A fan site's own six paragraphs, then the first two of the wire's six under the
    # wire's dateline: a third of the wire's text (short of the 0.5 rule), but the dateline
    # says that part IS the wire's text.
    dateline = "DENVER, March 5 (NNA) - "
    wire = Article(id="w", text=dateline + "\n\n".join(WIRE_BODY))
    page = Article(
        id="p",
        text="\n\n".join([*LOCAL_TOP, "Here is the agency's report.", dateline + WIRE_BODY[0]])
        + "\n\n"
        + WIRE_BODY[1],
    )
    origins = find_origins([wire, page])
    assert origins.origin_of("w") == origins.origin_of("p")
    (group,) = origins.groups
    assert any("another top or tail" in r and "'NNA'" in r for r in group.reasons)
    # without the dateline the page keeps its own origin and the wire text is a passage
    bare = page.model_copy(update={"text": page.text.replace(dateline, "")})
    origins = find_origins([wire, bare])
    assert origins.origin_of("w") != origins.origin_of("p")
    assert [(p.article, p.source_article) for p in origins.passages] == [("p", "w")]
