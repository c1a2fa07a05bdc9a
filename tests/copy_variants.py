"""An adversarial origin set, generated from texts already in the repo (issue 8, item 4).

For a base article this makes the variants a real wire re-use produces -- another top
paragraph, a cut to its first 40-60 %, a local tail, light house-style edits (British /
American spelling, "said" -> "told reporters", numbers written out), a dateline or credit
line changed or dropped, an affiliate's own two paragraphs over its network's text, two
paragraphs swapped, a byline and page furniture from another site's crawl, and mixes of
these -- and the negatives a copy detector must not join: two independent articles that
quote one long official statement (in double or single marks, or as a block after "said
in a statement:"), carry one syndicated box of quotes or figures, or that a roundup
stitches together.

Each case is a whole event cluster (the base's real neighbours, with their gold origins)
plus the generated article(s), so a variant must join its base without pulling anything
else in. Nothing here is committed publisher text: every variant is derived at run time
from tests/data/dev, seeds/, tests/data/cluster2 and tests/data/madeup; the inserted
paragraphs are made up for these tests and name no real event.

Used by tests/test_origins_adversarial.py and the "origins (adversarial)" line of
bench/quality.py.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, TypeVar

from consensus.ingest import load_articles, parse_text
from consensus.models import Article
from consensus.nonclaims import non_claim_spans
from consensus.wires import wire_signatures

_T = TypeVar("_T")
ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
MADEUP = ROOT / "tests" / "data" / "madeup"
# the made-up clusters written with a copy of one text in them (tests/data/madeup/README.md)
MADEUP_COPIES = {
    "ratehike": [["01_wire_one", "04_herald_four"]],
    "transfer": [["01_wire_one", "04_herald_four"]],
    "tariff": [["01_wire_one", "03_paper_three"]],
    "hostage": [["01_wire_one", "04_herald_four"]],
}
COPY_ID = "zz_copy"
BRIEF_BASE_WORDS = 300  # a brief and an affiliate version of a shorter text are degenerate

# Written for these tests: generic paragraphs an outlet puts around a wire text.
LEDES = (
    "Questions were mounting on Wednesday about how the events unfolded, as officials, "
    "witnesses and families tried to piece together the hours that changed everything.",
    "Here is what we know so far about the story that dominated the news this week, and "
    "what officials have and have not yet confirmed about it.",
)
OWN_TOP = (
    "Viewers in our region have been following the story closely, and several of them "
    "contacted our newsroom on Tuesday with questions about what it means for them.",
    "Our reporter spoke to residents outside the town hall, where many said they had heard "
    "about it first on social media before any official word arrived.",
)
TAIL = (
    "Back home, the reaction was swift. The local council leader said in an interview that "
    "the community would hold a vigil on Friday evening in the main square.",
    "A local businessman who asked not to be named said he had spoken to relatives and that "
    "people were shocked, adding that nobody had expected anything like this.",
)
STATEMENT = (
    "We are deeply saddened by what happened and our thoughts are with everyone affected. "
    "We are cooperating fully with the authorities, we have opened our own review, and we "
    "will share what we learn as soon as we are able to do so."
)
FACT_BOX = (
    "IN NUMBERS\n"
    "3 agencies are now involved in the response, officials say.\n"
    "12 hours passed between the first alert and the first public statement.\n"
    "200 volunteers signed up within a day to help families who were affected.\n"
    "“We will not rest until every question has been answered,” a senior official told "
    "a news conference."
)
QUOTE_BOX = (
    "WHAT THEY SAID\n"
    "“This is a day none of us will forget, and we owe the families honest answers about "
    "every decision that was taken,” — a regional governor\n"
    "“Our teams worked through the night and they will keep working for as long as it "
    "takes to bring everyone home safely,” — the head of the emergency services"
)
US_SPELLING = {
    "apologise": "apologize", "apologised": "apologized", "apologising": "apologizing",
    "organisation": "organization", "organisations": "organizations", "centre": "center",
    "centres": "centers", "defence": "defense", "travelled": "traveled",
    "travelling": "traveling", "colour": "color", "favour": "favor", "labour": "labor",
    "programme": "program", "realise": "realize", "realised": "realized",
    "criticised": "criticized", "recognised": "recognized", "offence": "offense",
    "neighbours": "neighbors", "neighbour": "neighbor", "honour": "honor",
    "analysed": "analyzed", "authorised": "authorized", "emphasised": "emphasized",
    "metres": "meters", "kilometres": "kilometers", "per cent": "percent",
    "whilst": "while", "jewellery": "jewelry", "tyre": "tire", "grey": "gray",
}  # fmt: skip
NUMBER_WORDS = {
    "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve",
    "15": "fifteen", "20": "twenty", "30": "thirty", "40": "forty", "50": "fifty",
    "100": "a hundred",
}  # fmt: skip


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def join(paras: Iterable[str]) -> str:
    return "\n".join(paras)


def new_lede(text: str, k: int = 0) -> str:
    return join([LEDES[k % len(LEDES)], *paragraphs(text)[1:]])


def truncate(text: str, share: float) -> str:
    """The first paragraphs holding about ``share`` of the characters (at least one)."""
    kept: list[str] = []
    total = len(text)
    for para in paragraphs(text):
        if kept and sum(len(p) for p in kept) >= share * total:
            break
        kept.append(para)
    return join(kept)


def add_tail(text: str) -> str:
    return join([*paragraphs(text), *TAIL])


def _swap_words(text: str, table: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b", re.IGNORECASE)

    def one(m: re.Match[str]) -> str:
        new = table[m.group().lower()]
        return new[0].upper() + new[1:] if m.group()[0].isupper() else new

    return pattern.sub(one, text)


def edit_style(text: str) -> str:
    """British -> American spelling, "said" -> "told reporters", numbers written out."""
    text = _swap_words(text, US_SPELLING)
    text = re.sub(r"\bsaid\b(?= (?:on|in|at|that|,|\.)|[,.])", "told reporters", text)
    # a count in running prose only ("7 people", not "7/16", "7.5" or "$7")
    return re.sub(
        r"(?<= )(" + "|".join(NUMBER_WORDS) + r")(?= [a-z])",
        lambda m: NUMBER_WORDS[m.group()],
        text,
    )


def sign(text: str, wire: str) -> str:
    """The wire's own dateline on top and its credit line at the bottom."""
    if wire == "AP":
        credit = "Copyright 2017 The Associated Press. All rights reserved."
        return f"SPRINGFIELD (AP) — {text}\n{credit}"
    credit = "(Reporting by Jane Roe and John Doe; Editing by Ann Poe)"
    return f"SPRINGFIELD (Reuters) - {text}\n{credit}"


def unsign(text: str) -> str:
    """Dateline reduced to its place, credit and copyright lines dropped."""
    text = re.sub(r"^([A-Z ]+) \((?:AP|Reuters)\) [—-] ", r"\1 — ", text)
    return join(p for p in paragraphs(text) if not p.startswith(("Copyright", "(Reporting by")))


def affiliate(text: str) -> str:
    return join([*OWN_TOP, *paragraphs(text)[2:]])


def reorder(text: str) -> str:
    paras = paragraphs(text)
    if len(paras) >= 6:
        paras[2], paras[5] = paras[5], paras[2]
    elif len(paras) >= 3:
        paras[0], paras[2] = paras[2], paras[0]
    return join(paras)


def furnish(text: str) -> str:
    """A crawl of another site: byline and time on top, page furniture between paragraphs."""
    out = ["By Jane Roe and John Doe", "Updated 3:45 PM ET, Tue June 6, 2017"]
    for k, para in enumerate(paragraphs(text)):
        out.append(para)
        if k % 3 == 2:
            out.append("Advertisement")
        if k == 4:
            out.append("READ MORE: Five things to watch in the week ahead")
    return join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "new lede": new_lede,
    "first 40%": lambda t: truncate(t, 0.4),
    "first 50%": lambda t: truncate(t, 0.5),
    "first 60%": lambda t: truncate(t, 0.6),
    "local tail": add_tail,
    "style edits": edit_style,
    "affiliate top": affiliate,
    "two paragraphs swapped": reorder,
    "page furniture": furnish,
    "new lede, first 50%, tail": lambda t: add_tail(truncate(new_lede(t, 1), 0.5)),
    "style edits, first 60%": lambda t: truncate(edit_style(t), 0.6),
    "affiliate top, style edits, tail": lambda t: add_tail(edit_style(affiliate(t))),
    "new lede, style edits, first 40%": lambda t: truncate(edit_style(new_lede(t)), 0.4),
    "page furniture, affiliate top, first 60%": lambda t: furnish(truncate(affiliate(t), 0.6)),
}


@dataclass(frozen=True)
class Case:
    name: str
    articles: tuple[Article, ...]
    gold: tuple[frozenset[str], ...]  # groups of >= 2 articles that share an origin
    ignore: frozenset[tuple[str, str]] = frozenset()  # pairs either answer is right for


@functools.cache
def _madeup_copies(name: str) -> list[list[str]]:
    """A made-up cluster's copy groups: its gold's `same_origin` when it has gold
    (tests/data/madeup_gold/<name>), else `MADEUP_COPIES`."""
    gold = ROOT / "tests" / "data" / "madeup_gold" / name / "expectations.json"
    if gold.is_file():
        groups: list[list[str]] = json.loads(gold.read_text(encoding="utf-8"))["same_origin"]
        return groups
    return MADEUP_COPIES.get(name, [])


@functools.cache
def _event_clusters() -> list[tuple[str, list[Article], list[list[str]]]]:
    out = []
    for folder in sorted(p for p in DEV.iterdir() if (p / "articles.jsonl").is_file()):
        exp = json.loads((folder / "expectations.json").read_text(encoding="utf-8"))
        out.append(
            (folder.name, load_articles([str(folder / "articles.jsonl")]), exp["same_origin"])
        )
    seeds = load_articles([str(ROOT / "seeds")])
    out.append(("seeds", seeds, [sorted(a.id for a in seeds if a.id[:3] in {"001", "003"})]))
    cluster2 = load_articles(
        [str(p) for p in sorted((ROOT / "tests" / "data" / "cluster2").glob("*.txt"))]
    )
    out.append(("cluster2", cluster2, [sorted(a.id for a in cluster2 if a.id[:2] in "0102")]))
    for folder in sorted(p for p in MADEUP.iterdir() if p.is_dir()):
        copies = _madeup_copies(folder.name)
        out.append((f"madeup/{folder.name}", load_articles([str(folder)]), copies))
    return out


def _bases(articles: Sequence[Article], gold: list[list[str]]) -> list[Article]:
    """The cluster's longest article and its longest one that is no copy: two bases."""
    copies = {a for group in gold for a in group}
    by_length = sorted(articles, key=lambda a: (-len(a.text), a.id))
    picked = [by_length[0]]
    picked += [a for a in by_length if a.id not in copies and a not in picked][:1]
    return [a for a in picked if len(paragraphs(a.text)) >= 5]


def remake(
    base: Article, text: str, *, id: str | None = None, outlet: str | None = None
) -> Article:
    """``text`` read through ingest as a new document, with ``base``'s metadata."""
    return parse_text(
        text,
        id=id or base.id,
        title=base.title,
        outlet=outlet or base.outlet,
        published=base.published,
        url=None if id else base.url,
    )


def _with(
    articles: Sequence[Article], replace: dict[str, Article], extra: Sequence[Article]
) -> tuple[Article, ...]:
    return tuple([replace.get(a.id, a) for a in articles] + list(extra))


def _grow(gold: list[list[str]], base: str, new: Iterable[str]) -> tuple[frozenset[str], ...]:
    groups = [set(g) for g in gold]
    home = next((g for g in groups if base in g), None)
    if home is None:
        home = {base}
        groups.append(home)
    home.update(new)
    return tuple(frozenset(g) for g in groups if len(g) >= 2)


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _near(articles: Sequence[Article], base: Article, share: float) -> list[Article]:
    """The base and the articles that share ``share`` of their 5-word runs with it or of
    its runs with them: the only ones a copy of the base could pull into its origin."""
    own = _grams(base.text)
    out = []
    for a in articles:
        other = _grams(a.text)
        if a is base or len(own & other) >= share * max(1, min(len(own), len(other))):
            out.append(a)
    return out


def brief_and_affiliate(base: Article) -> tuple[Article, Article] | None:
    """Two copies of one text that share nothing: its brief (the top ~80 words, captions
    aside), and an affiliate's version of the rest under its own top."""
    paras = [p for p in paragraphs(base.text) if not non_claim_spans(p)]
    if len(" ".join(paras).split()) < BRIEF_BASE_WORDS:
        return None
    top = next(
        (k for k in range(1, len(paras)) if len(" ".join(paras[:k]).split()) >= 80),
        len(paras) // 2,
    )
    brief = remake(base, join(paras[:top]), id=COPY_ID, outlet="Briefs")
    other = remake(base, join([*OWN_TOP, *paras[top:]]), id=COPY_ID + "2", outlet="Aff")
    return brief, other


def _chosen(
    madeup: bool, others: bool, part: tuple[int, int]
) -> list[tuple[str, list[Article], list[list[str]]]]:
    """The clusters asked for: made-up ones, the others (dev, seeds, cluster2), and of those
    part ``k`` of ``n`` (every n-th from the k-th: a test split into parts that xdist runs
    side by side, the parts together the whole)."""
    k, n = part
    kept = [c for c in _event_clusters() if (madeup, others)[not c[0].startswith("madeup/")]]
    return kept[k::n]


def _thinned(cases: list[_T], at: int, every: int) -> list[_T]:
    """Every `every`-th of one cluster's cases, starting from its place `at` in the whole
    list: neighbouring clusters keep different variants, so each variant is still tried on
    1 / `every` of the clusters (the suite's time)."""
    return cases[at % every :: every]


def positive_cases(
    *,
    madeup: bool = True,
    others: bool = True,
    bases: int = 2,
    near: float = 0.0,
    part: tuple[int, int] = (0, 1),
    every: int = 1,
) -> list[Case]:
    """Each variant of each base (``bases`` per cluster), in the base's cluster: all of it,
    or (near > 0) the articles that share that much text with the base (quicker). The
    clusters: as `_chosen` picks them; of each base's variants every `every`-th
    (`_thinned`)."""
    out: list[Case] = []
    for i, (event, cluster, gold) in enumerate(_chosen(madeup, others, part)):
        cases: list[Callable[[], Case]] = []  # made once thinned: a variant costs an ingest
        for base in _bases(cluster, gold)[:bases]:
            articles = _near(cluster, base, near)
            ids = {a.id for a in articles}
            kept = [g for g in gold if set(g) <= ids]
            for label, make in VARIANTS.items():
                cases.append(
                    functools.partial(_variant_case, event, base, label, make, articles, kept)
                )
            pair = brief_and_affiliate(base)
            if pair is not None:
                brief = Case(
                    f"{event}: {base.id} brief and affiliate top",
                    _with(articles, {}, pair),
                    _grow(kept, base.id, [a.id for a in pair]),
                )
                cases.append(functools.partial(lambda c: c, brief))
            # A wire that already signs a text of the cluster would make the signed base
            # that wire's own write-through of it: sign with another.
            signed_in_cluster = set().union(*(wire_signatures(a.text) for a in cluster))
            for wire in [w for w in ("AP", "Reuters") if w not in signed_in_cluster]:
                signed = functools.cache(functools.partial(_signed, base, wire))
                for label, make in SIGNED_VARIANTS.items():
                    cases.append(
                        functools.partial(
                            _variant_case, event, base, label, make, articles, kept, signed, wire
                        )
                    )
        out += [make_case() for make_case in _thinned(cases, part[0] + i * part[1], every)]
    return out


SIGNED_VARIANTS: dict[str, Callable[[str], str]] = {
    "wire signature dropped": unsign,
    "wire signature dropped, affiliate top": lambda t: affiliate(unsign(t)),
    "signed, new lede, first 50%": lambda t: truncate(new_lede(t), 0.5),
}


def _signed(base: Article, wire: str) -> Article:
    return remake(base, sign(base.text, wire))


def _variant_case(
    event: str,
    base: Article,
    label: str,
    make: Callable[[str], str],
    articles: Sequence[Article],
    kept: list[list[str]],
    signed: Callable[[], Article] | None = None,
    wire: str = "",
) -> Case:
    """One positive case: a copy of `base` (or of its version signed by `wire`) made by
    `make`, in the base's cluster (`articles`, whose copy groups are `kept`)."""
    if signed is None:
        copy = remake(base, make(base.text), id=COPY_ID, outlet="Copy Desk")
        return Case(
            f"{event}: {base.id} {label}",
            _with(articles, {}, [copy]),
            _grow(kept, base.id, [copy.id]),
        )
    source = signed()
    copy = remake(source, make(source.text), id=COPY_ID, outlet="Copy Desk")
    return Case(
        f"{event}: {base.id} {wire} {label}",
        _with(articles, {base.id: source}, [copy]),
        _grow(kept, base.id, [copy.id]),
    )


def _independent_pair(
    articles: Sequence[Article], gold: list[list[str]]
) -> tuple[Article, Article] | None:
    copies = {a for group in gold for a in group}
    free = sorted((a for a in articles if a.id not in copies), key=lambda a: (-len(a.text), a.id))
    return (free[0], free[1]) if len(free) >= 2 else None


def _insert(text: str, para: str, at: int) -> str:
    paras = paragraphs(text)
    return join([*paras[:at], para, *paras[at:]])


STATEMENT_FORMS: dict[str, Callable[[str], str]] = {
    "double marks": lambda s: f"In a statement, the company said: “{s}”",
    "single marks": lambda s: f"A spokeswoman said: '{s}'",
    "block after a colon": lambda s: f"The company said in a statement:\n{s}",
    "said at the end": lambda s: f"“{s}” the company said in a statement on its website.",
}


def negative_cases(
    *,
    madeup: bool = True,
    near: float = 0.0,
    part: tuple[int, int] = (0, 1),
    every: int = 1,
) -> list[Case]:
    """Two independent articles (full, and cut to their first 3 paragraphs) that carry one
    long official statement or one syndicated quote box, or that a roundup stitches
    together: never one origin. In the whole cluster, or (near > 0) with the articles that
    share that much text with one of them. The clusters: as `_chosen` picks them; of each
    cluster's cases every `every`-th (`_thinned`)."""
    out: list[Case] = []
    for i, (event, cluster, all_gold) in enumerate(_chosen(madeup, True, part)):
        pair = _independent_pair(cluster, all_gold)
        if pair is None:
            continue
        cases: list[Callable[[], Case]] = []  # made once thinned: a variant costs an ingest
        a, b = pair
        articles = {x.id: x for x in [*_near(cluster, a, near), *_near(cluster, b, near)]}
        articles = dict(sorted(articles.items()))
        gold = [g for g in all_gold if set(g) <= set(articles)]
        for short in (False, True):
            texts = [join(paragraphs(x.text)[:3]) if short else x.text for x in (a, b)]
            size = "short" if short else "full"
            inserts = {f"statement, {k}": f(STATEMENT) for k, f in STATEMENT_FORMS.items()}
            inserts["quote box"] = QUOTE_BOX
            inserts["fact box"] = FACT_BOX
            for label, block in inserts.items():
                ta = _insert(texts[0], block, 1)
                tb = _insert(texts[1], block, 2)
                cases.append(
                    functools.partial(
                        _remade_case,
                        f"{event}: {a.id} + {b.id} ({size}) share {label}",
                        list(articles.values()),
                        ((a, ta), (b, tb)),
                        tuple(frozenset(g) for g in gold),
                    )
                )
        cases += _one_newsroom_cases(event, cluster, all_gold)
        # A roundup made of the two: the first part of one and the last part of the other.
        # It may join either (or neither); the two must stay apart.
        for share in (0.5, 0.7):
            pa, pb = paragraphs(a.text), paragraphs(b.text)
            mixed = join(_lead_share(pa, share) + _lead_share(pb[::-1], share)[::-1])
            cases.append(
                functools.partial(
                    _remade_case,
                    f"{event}: {a.id} + {b.id} in one roundup ({share:.0%} of each)",
                    list(articles.values()),
                    (),
                    tuple(frozenset(g) for g in gold),
                    frozenset(_pairs([[COPY_ID, a.id], [COPY_ID, b.id]])),
                    (a, mixed, "Roundup Desk"),
                )
            )
        out += [make_case() for make_case in _thinned(cases, part[0] + i * part[1], every)]
    return out


def _remade_case(
    name: str,
    articles: Sequence[Article],
    edits: Iterable[tuple[Article, str]],
    gold: tuple[frozenset[str], ...],
    ignore: frozenset[tuple[str, str]] = frozenset(),
    extra: tuple[Article, str, str] | None = None,
) -> Case:
    """A case of `articles` with each edited one's text replaced (`remake`), and the `extra`
    article (base, text, outlet) added as COPY_ID."""
    replace = {x.id: remake(x, text) for x, text in edits}
    added = [] if extra is None else [remake(extra[0], extra[1], id=COPY_ID, outlet=extra[2])]
    return Case(name, _with(articles, replace, added), gold, ignore)


def _lead_share(paras: Sequence[str], share: float) -> list[str]:
    """The leading paragraphs holding at most `share` of the words (at least one): on a short
    article, a share of its paragraphs may hold much more of its text."""
    total = sum(len(p.split()) for p in paras)
    out: list[str] = []
    for p in paras:
        if out and sum(len(x.split()) for x in [*out, p]) > share * total:
            break
        out.append(p)
    return out


def _one_newsroom_cases(
    event: str, cluster: Sequence[Article], gold: list[list[str]]
) -> list[Callable[[], Case]]:
    """Two stories of one outlet (no copies of each other) that both print one official
    statement, which a third outlet prints too: public words, not one newsroom's reporting
    reused."""
    copies = {x for g in gold for x in g}
    by_outlet: dict[str, list[Article]] = {}
    for a in cluster:
        if a.outlet and a.id not in copies:
            by_outlet.setdefault(a.outlet, []).append(a)
    cases: list[Callable[[], Case]] = []
    for outlet, same in sorted(by_outlet.items()):
        if len(same) < 2:
            continue
        a, b = same[:2]
        third = next(x for x in cluster if x.outlet != outlet)
        for label, form in STATEMENT_FORMS.items():
            block = form(STATEMENT)
            cases.append(
                functools.partial(
                    _remade_case,
                    f"{event}: {a.id} + {b.id} (one newsroom) print a statement, {label}",
                    cluster,
                    [(x, _insert(x.text, block, k)) for x, k in ((a, 1), (b, 2), (third, 1))],
                    tuple(frozenset(g) for g in gold),
                )
            )
    return cases


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    return {p for g in groups for p in combinations(sorted(set(g)), 2)}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


# (index, article) -> `_make_doc`'s document, for the articles of `_event_clusters` (which
# live as long as the process: their ids stay theirs)
_ORIGINAL_DOCS: dict[tuple[int, Article], Any] = {}


@functools.cache
def _original_articles() -> frozenset[int]:
    return frozenset(id(a) for _, cluster, _ in _event_clusters() for a in cluster)


@contextmanager
def remembered_non_claim_spans() -> Iterator[None]:
    """Within the block, `find_origins` reads each article once: the cases repeat a
    cluster's unchanged articles in every variant, and what `find_origins` makes of one
    (`_make_doc`: its word hashes, shingles and non-claim spans, pure functions of the
    article and its place in the sorted input; most of `find_origins`' time on these small
    clusters) is the same each time. Nothing else writes to a document once made. The
    origins found are the same (tests/test_origins_adversarial.py checks). A document of a
    cluster's own article (`_event_clusters`) is kept for the process's later blocks too
    (the tests of one file read the same clusters); a variant's, for the block only."""
    from consensus import origins as o
    from consensus import shingles as sh

    plain_spans, plain_doc = sh.non_claim_spans, o._make_doc
    docs: dict[tuple[int, Article], sh._Doc] = {}
    originals = _original_articles()

    def remembered_doc(index: int, article: Article, cache: dict[str, int]) -> sh._Doc:
        key = (index, article)
        memo = _ORIGINAL_DOCS if id(article) in originals else docs
        if key not in memo:
            memo[key] = plain_doc(index, article, cache)
        return memo[key]

    sh.non_claim_spans = functools.lru_cache(maxsize=4096)(plain_spans)
    o._make_doc = remembered_doc
    try:
        yield
    finally:
        sh.non_claim_spans, o._make_doc = plain_spans, plain_doc


def score_cases(cases: Sequence[Case]) -> tuple[Score, list[str]]:
    """Origin pair precision / recall summed over the cases, and the cases that erred."""
    with remembered_non_claim_spans():
        return _score_cases(cases)


def _score_cases(cases: Sequence[Case]) -> tuple[Score, list[str]]:
    from consensus.origins import find_origins

    total = Score()
    wrong = []
    for case in cases:
        origins = find_origins(case.articles)
        pred = _pairs(g.articles for g in origins.groups) - case.ignore
        gold = _pairs(case.gold) - case.ignore
        tp, fp, fn = len(pred & gold), len(pred - gold), len(gold - pred)
        total.tp, total.fp, total.fn = total.tp + tp, total.fp + fp, total.fn + fn
        if fp or fn:
            wrong.append(f"{case.name}: {fp} false, {fn} missed pairs")
    return total, wrong


def attributed_share(case: Case) -> float:
    """For a positive case: the share of the words the copy shares with its base, in the
    copy's own voice, that are counted once -- the two are one origin, or the words lie in
    a copied passage of the copy (source: the base's group) or of the base (source: the
    copy's group; the direction rules may pick either side when nothing else says)."""
    import numpy as np

    from consensus import origins as o
    from consensus import shingles as sh

    origins = o.find_origins(case.articles)
    by_id = {a.id: a for a in case.articles}
    (group,) = [g for g in case.gold if COPY_ID in g]
    base_id = min(group - {COPY_ID})
    if origins.origin_of(COPY_ID) == origins.origin_of(base_id):
        return 1.0
    cache: dict[str, int] = {}
    copy, base = sh._make_doc(0, by_id[COPY_ID], cache), sh._make_doc(1, by_id[base_id], cache)
    found = 0
    total = 0
    for x, y in ((copy, base), (base, copy)):
        shared = np.zeros(len(x.words), dtype=bool)
        width = min(sh.SHINGLE_WORDS, len(x.words))
        for i in np.flatnonzero(np.isin(x.seq, y.shingles)):
            shared[i : i + width] = True
        shared &= np.array(x.own_voice, dtype=bool)
        inside = np.zeros(len(x.words), dtype=bool)
        for p in origins.passages:
            if p.article == x.id and p.origin == origins.origin_of(y.id):
                inside |= np.array([p.start <= s < p.end for s, _ in x.offsets], dtype=bool)
        if x is copy:
            total = int(shared.sum())
        found = max(found, int((shared & inside).sum()))
    return found / total if total else 1.0
