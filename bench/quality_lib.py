"""Scoring a report against a dev cluster's expectations.json (format: tests/data/dev/FORMAT.md).

Shared by bench/quality.py (prints the figures) and tests/test_quality_dev.py (guards them).
A gold anchor is located in the cleaned article text (whitespace-insensitive); a report item
"covers" an anchor when one of its citations overlaps it by at least half of the shorter of
the two spans; a citation covering less than half of an agreed fact's anchor states the
fact only when the part holds what the fact says (bench/fact_parts.py). Independence is
counted with the GOLD origins (`same_origin`), so an item carried by a wire text and its
copy is one origin here whatever the tool thought.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

from fact_parts import FactWords, fact_words, part_states  # bench/, as speaker_checks
from speaker_checks import SpeakerScore, check_items  # bench/, on the path of quality_lib

from consensus.models import Article, Citation, ClaimSet, Position, Report

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
# Annotated clusters kept apart from the dev ones (their articles are the project's seeds and
# tests/data/cluster2, named by inputs.txt); nothing that loops over DEV picks them up.
ANNOTATED = ROOT / "tests" / "data" / "annotated"
# Gold for the made-up clusters of tests/data/madeup (ours, written with the fixes: not held
# out). The gold sits in a folder of its own (tests/data/madeup_gold/<event>: expectations.json
# + inputs.txt naming tests/data/madeup/<event>/*.txt) because the made-up folders are read
# whole as clusters, where an expectations.json would be read as an article.
MADEUP_GOLD = ROOT / "tests" / "data" / "madeup_gold"
# Hand-annotated reference extractions: the claims a perfect LLM extractor would give
REFERENCE = ROOT / "tests" / "reference"

# Shapes of non-claims that any report should be free of (captions, credits, page furniture),
# counted by the shape of the item's statement, never by a word it merely mentions:
# - a photo credit or a gallery's mark anywhere (these words are no reporting's);
NON_CLAIM_RE = re.compile(
    r"hide caption|getty images|/ ?(?:ap|afp|reuters|epa)\)|via ap\)|"
    r"^\s*\d{1,3}/\d{1,3}\b|^\s*\([^()]{3,60}/[^()]{3,60}\)\s*$",
    re.IGNORECASE,
)
# - words of the page talking to its reader ("sign up", "newsletter", "copyright"), which
#   reporting mentions too ("The council said residents could sign up for flood alerts"):
_READER_WORDS = re.compile(
    r"\bphotos?:|\(photo\b|\bsign up\b|newsletter|\bclick here\b|\bmost read\b|"
    r"breaking news story|\bcopyright\b|all rights reserved|\bread more\b",
    re.IGNORECASE,
)
#   counted in no one's reported words (no quotation mark, no reporting verb) when the
#   statement opens with them ("Sign up for ...", "Copyright 2024 ...", "Photo: ..."; a
#   bullet or a dash before) or speaks to its reader or of itself ("you", "our", "this is a").
_FURNITURE_OPEN = re.compile(r"[\s•·*\-–—>|©]*")
_TO_READER = re.compile(r"\b(?:you|your|our|us|this is a)\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"[\"“”«»]|\b(?:said|says|say|told|tells|according to|announced|added|alleged|claimed"
    r"|stated|wrote|reported|confirmed|insisted|argued|warned|denied)\b",
    re.IGNORECASE,
)


def is_non_claim(statement: str) -> bool:
    """Whether an item's statement is shaped as a caption, a credit or page furniture."""
    if NON_CLAIM_RE.search(statement):
        return True
    hit = _READER_WORDS.search(statement)
    if hit is None:
        return False
    if _REPORTED.search(statement):
        return False
    opening = _FURNITURE_OPEN.match(statement)
    return (opening is not None and hit.start() == opening.end()) or bool(
        _TO_READER.search(statement)
    )


def events() -> list[str]:
    return sorted(p.name for p in DEV.iterdir() if (p / "expectations.json").exists())


def load_expectations(event: str) -> dict[str, Any]:
    return json.loads((DEV / event / "expectations.json").read_text(encoding="utf-8"))


def _gold_names(base: Path) -> list[str]:
    return sorted(
        p.name
        for p in base.iterdir()
        if (p / "expectations.json").is_file() and (p / "inputs.txt").is_file()
    )


def annotated() -> list[str]:
    """Names of the annotated clusters outside the dev set (tests/data/annotated/<name>)."""
    return _gold_names(ANNOTATED)


# made-up clusters written blind (longer, in real news form, scored before any fix for them)
# carry this prefix; bench/quality.py gives them a table of their own
BLIND = "blind_"


def madeup() -> list[str]:
    """Names of the made-up clusters with gold (tests/data/madeup_gold/<name>)."""
    return _gold_names(MADEUP_GOLD)


# The blind clusters held out of tuning (one name a line; see the file's header).
HELD_OUT = ROOT / "tests" / "data" / "madeup" / "HELD_OUT.txt"


def held_out() -> list[str]:
    """The made-up clusters held out of tuning (tests/data/madeup/HELD_OUT.txt), in file order."""
    if not HELD_OUT.is_file():
        return []
    lines = HELD_OUT.read_text(encoding="utf-8").splitlines()
    return [n for line in lines if (n := line.split("#", 1)[0].strip())]


def tunable(names: Iterable[str]) -> list[str]:
    """`names` without the held-out clusters: what a census may read when none is named."""
    kept = set(held_out())
    return [n for n in names if n not in kept]


def annotated_inputs(name: str, base: Path = ANNOTATED) -> list[str]:
    """The files an annotated cluster annotates: the globs of its inputs.txt (one a line,
    relative to the repository root, '#' starts a comment), expanded and sorted."""
    paths: list[str] = []
    for line in (base / name / "inputs.txt").read_text(encoding="utf-8").splitlines():
        pattern = line.split("#", 1)[0].strip()
        if not pattern:
            continue
        found = sorted(str(p) for p in ROOT.glob(pattern))
        if not found:
            raise FileNotFoundError(f"{base / name / 'inputs.txt'}: no file matches {pattern}")
        paths += found
    return paths


def annotated_articles(name: str, base: Path = ANNOTATED) -> list[Article]:
    """The articles as the tool reads them (consensus.ingest), so anchors are located in the
    same cleaned texts the report cites."""
    from consensus.ingest import load_articles

    return load_articles(annotated_inputs(name, base))


def load_annotated_expectations(name: str, base: Path = ANNOTATED) -> dict[str, Any]:
    return json.loads((base / name / "expectations.json").read_text(encoding="utf-8"))


def gold_cluster(name: str) -> tuple[list[Article], dict[str, Any]]:
    """The articles (as `summarize` reads them) and the gold of an annotated cluster by name:
    a dev event, an annotated cluster outside the dev set or a made-up cluster."""
    from consensus.ingest import load_articles

    if name in events():
        return load_articles([str(DEV / name / "articles.jsonl")]), load_expectations(name)
    base = MADEUP_GOLD if name in madeup() else ANNOTATED
    return annotated_articles(name, base), load_annotated_expectations(name, base)


def has_reference(articles: Sequence[Article]) -> bool:
    """Whether every article has a hand-annotated reference extraction."""
    return bool(articles) and all((REFERENCE / f"{a.id}.json").is_file() for a in articles)


def reference_claim_set(article: Article) -> ClaimSet:
    """tests/reference/<id>.json as the claim set a perfect LLM extractor would return: each
    quote grounded in the article text as the LLM extractor grounds a model's quotes."""
    from consensus.grounding import ground_quote
    from consensus.models import Claim, ClaimDraft, Evidence

    path = REFERENCE / f"{article.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    claims = []
    for raw in data["claims"]:
        draft = ClaimDraft.model_validate(raw)
        evidence = []
        for quote in draft.quotes:
            span = ground_quote(article.text, quote)
            if span is None:
                raise ValueError(f"{path}: reference quote not in the article text: {quote!r}")
            start, end = span
            evidence.append(Evidence(quote=article.text[start:end], start=start, end=end))
        body = draft.model_dump(exclude={"quotes"})
        claims.append(Claim(**body, evidence=tuple(evidence)))
    return ClaimSet(
        article=article.id, extractor="reference", extractor_version="1", claims=tuple(claims)
    )


_RUNS = re.compile(r"\s+|\S+")


def _ws_index(text: str) -> tuple[str, list[int]]:
    """Casefolded text with whitespace runs collapsed, and each kept char's original offset."""
    out: list[str] = []
    pos: list[int] = []
    for m in _RUNS.finditer(text):
        run, start = m.group(), m.start()
        if run[0].isspace():
            out.append(" ")
            pos.append(start)
        elif run.isascii():  # each char folds to one char: the run's fold is theirs
            out.append(run.casefold())
            pos.extend(range(start, m.end()))
        else:
            out.extend(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in run)
            pos.extend(range(start, m.end()))
    return "".join(out), pos


@cache  # the same anchors are looked up again and again while a report is scored
def _norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return "".join(ch.casefold() if len(ch.casefold()) == 1 else ch for ch in s)


@dataclass
class Locator:
    """Finds gold anchors in the cleaned article texts."""

    articles: dict[str, Article]
    _idx: dict[str, tuple[str, list[int]]] = field(default_factory=dict)
    missing: list[tuple[str, str]] = field(default_factory=list)

    def span(self, article: str, anchor: str) -> tuple[int, int] | None:
        if article not in self.articles:
            self.missing.append((article, anchor))
            return None
        if article not in self._idx:
            self._idx[article] = _ws_index(self.articles[article].text)
        norm, pos = self._idx[article]
        needle = _norm(anchor)
        k = norm.find(needle)
        if k < 0:
            self.missing.append((article, anchor))
            return None
        return pos[k], pos[k + len(needle) - 1] + 1


def _overlaps(c: Citation, article: str, span: tuple[int, int]) -> bool:
    if c.article != article:
        return False
    inter = min(c.end, span[1]) - max(c.start, span[0])
    return inter > 0 and inter >= 0.5 * min(c.end - c.start, span[1] - span[0])


def gold_origin_map(exp: dict[str, Any], ids: Iterable[str]) -> dict[str, str]:
    origin = {a: a for a in ids}
    for group in exp.get("same_origin", []):
        head = sorted(group)[0]
        for a in group:
            origin[a] = head
    return origin


def _side_spans(
    side: dict[str, Any], anchors: dict[str, tuple[int, int]], loc: Locator
) -> list[tuple[str, tuple[int, int]]]:
    """A dispute side's anchors and its "also" sentences (other sentences of an article that
    state the same side: FORMAT.md), as (article, span) pairs."""
    spans = list(anchors.items())
    for art, text in side.get("also", []):
        if (span := loc.span(art, text)) is not None:
            spans.append((art, span))
    return spans


class Anchors(dict[str, tuple[int, int]]):
    """A gold fact's (or dispute side's) anchor spans by article, with the fact's words and
    the article texts: what `_states` needs to read a citation that covers a part of one."""

    def __init__(
        self, spans: dict[str, tuple[int, int]], words: FactWords, texts: dict[str, str]
    ) -> None:
        super().__init__(spans)
        self.words = words
        self.texts = texts


def _states(c: Citation, article: str, span: tuple[int, int], fact: object) -> bool:
    """Whether citation `c` states the fact of `fact` (an `Anchors`; any other value: the
    overlap alone) by its anchor `span` in `article`: it overlaps the anchor, and when it
    covers less than half of it, the part holds what the fact says (`fact_parts`)."""
    if not _overlaps(c, article, span):
        return False
    inter = min(c.end, span[1]) - max(c.start, span[0])
    if not isinstance(fact, Anchors) or 2 * inter >= span[1] - span[0]:
        return True
    part = fact.texts[article][max(c.start, span[0]) : min(c.end, span[1])]
    return part_states(part, fact.words)


def _cites_any(
    cites: Sequence[Citation], spans: list[tuple[str, tuple[int, int]]], fact: object = None
) -> bool:
    # only a citation of the anchor's article can state it (`_overlaps`): the others are
    # passed over before `_states` is asked
    return any(_states(c, a, span, fact) for a, span in spans for c in cites if c.article == a)


def _covered(cites: Sequence[Citation], anchors: dict[str, tuple[int, int]]) -> set[str]:
    """Articles whose anchor one of `cites` covers (states, for an `Anchors`: `_states`)."""
    return {
        a
        for a, span in anchors.items()
        if any(_states(c, a, span, anchors) for c in cites if c.article == a)
    }


def _fact_anchors(anchors_of: Any, fact: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """`anchors_of(fact["anchors"])`, given the fact's label when it has one (`Anchors`)."""
    if "label" not in fact:
        return anchors_of(fact["anchors"])  # type: ignore[no-any-return]
    return anchors_of(fact["anchors"], fact["label"])  # type: ignore[no-any-return]


@dataclass
class ClusterScore:
    event: str
    agreed_total: int = 0
    agreed_found: int = 0
    agreed_in_dispute: int = 0
    agreed_missed: list[str] = field(default_factory=list)
    split_facts: int = 0
    split_agreed: int = 0  # ... of them stated by two agreed items (not an item and a point)
    split_fact_items: list[str] = field(default_factory=list)
    disputes_total: int = 0
    disputes_found: int = 0
    disputes_missed: list[str] = field(default_factory=list)
    # report positions citing two gold sides of one dispute (an upside-down side: `_mixed_sides`)
    sides_mixed: int = 0
    sides_mixed_found: int = 0  # found disputes that have such a position
    sides_mixed_items: list[str] = field(default_factory=list)
    points_unconfirmed: int = 0
    unconfirmed_items: list[str] = field(default_factory=list)
    copy_inflated: int = 0
    copy_inflated_items: list[str] = field(default_factory=list)
    origin_tp: int = 0
    origin_fp: int = 0
    origin_fn: int = 0
    distinct_total: int = 0
    distinct_merged: int = 0
    distinct_items: list[str] = field(default_factory=list)
    agreed_mixed: int = 0
    agreed_mixed_items: list[str] = field(default_factory=list)
    wrong_speaker: int = 0
    wrong_speaker_items: list[str] = field(default_factory=list)
    speakers: SpeakerScore = field(default_factory=SpeakerScore)
    non_claims: int = 0
    non_claim_items: list[str] = field(default_factory=list)
    n_agreed: int = 0
    n_contested: int = 0
    n_single: int = 0
    report_bytes: int = 0
    anchors_missing: int = 0
    # what the shown statements say (`_shown_statements`)
    shown_found: int = 0
    shown_judged: int = 0
    origins_unshown: int = 0
    unshown_items: list[str] = field(default_factory=list)


def _speaker_suspect(speaker: str, cites: Sequence[Citation]) -> bool:
    """A speaker that is no name: digits, a speech verb or pronoun in it, or a lower-case
    start that is not a common noun phrase the quotes write as shown ("the company", "a
    police spokesman", "critics": each with its determiner, when it has one, in a quote)."""
    if re.search(r"\d", speaker):
        return True
    if re.search(r"\b(?:said|says|told|added|it|he|she|they)\b", speaker, re.I):
        return True
    if speaker[:1].isupper():
        return False
    return not any(
        re.search(rf"(?<![\w-]){re.escape(speaker)}(?![\w-])", c.quote, re.I) for c in cites
    )


def _shown_citations(statement: str, cites: Sequence[Citation]) -> list[Citation]:
    """The citations an item's statement may be drawn from: those within 5 points of the
    best token-set match (one article's two sentences quoting one tweet both count)."""
    from rapidfuzz import fuzz

    ratios = [fuzz.token_set_ratio(statement, c.quote) for c in cites]
    return [c for c, r in zip(cites, ratios, strict=True) if r >= max(ratios) - 5]


def _shown_statements(
    s: ClusterScore,
    exp: dict[str, Any],
    report: Report,
    anchors_of: Any,
    gold: dict[str, str],
) -> None:
    """What the shown statements say, not only what the items cite. `shown_found`: gold
    agreed facts (>= 2 gold origins) that an agreed item states in its own statement (the
    citation it was drawn from is an anchor of the fact) with >= 2 of the item's gold origins
    citing the fact. `origins_unshown`: over the items whose statement is a gold fact (or a
    dispute side), the gold origins they count beyond those that cite that fact: origins an
    editor reads as confirming the statement shown that say something else. The statement's
    own citation is not in the report: `_shown_citations` are the likely ones."""
    facts = [_fact_anchors(anchors_of, f) for f in exp.get("agreed", [])]
    sides = [
        _fact_anchors(anchors_of, side) for p in exp.get("contested", []) for side in p["sides"]
    ]
    labels = [str(f["id"]) for f in exp.get("agreed", [])]
    labels += [f"{p['id']}/{j}" for p in exp.get("contested", []) for j in range(len(p["sides"]))]
    every = [*facts, *sides]
    found: set[int] = set()
    for it in report.agreed:
        shown = _shown_citations(it.statement, it.citations)
        mine = [
            (k, fx)
            for k, fx in enumerate([*facts, *sides])
            if any(c.article in fx and _states(c, c.article, fx[c.article], fx) for c in shown)
        ]
        if not mine:
            continue
        s.shown_judged += 1
        backing = {k: len({gold[a] for a in _covered(it.citations, fx)}) for k, fx in mine}
        found.update(k for k, n in backing.items() if k < len(facts) and n >= 2)
        beyond = len({gold.get(a, a) for a in it.sources}) - max(backing.values())
        if beyond > 0:
            s.origins_unshown += beyond
            k = max(backing, key=lambda j: (backing[j], -j))
            cited = {gold[a] for a in _covered(it.citations, every[k])}
            lines = [f"{it.statement[:80]} (+{beyond} origins; shows {labels[k]})"]
            for a in sorted(it.sources, key=lambda a: (gold.get(a, a), a)):
                if gold.get(a, a) in cited:
                    continue
                cites = [c for c in it.citations if c.article == a]
                states = sorted(
                    {labels[j] for j, fx in enumerate(every) if a in fx for c in cites
                     if _states(c, a, fx[a], fx)}
                )  # fmt: skip
                quote = " | ".join(c.quote[:110] for c in cites)
                lines.append(f"        [{a}] {quote} -> states {', '.join(states) or 'none'}")
            s.unshown_items.append("\n".join(lines))
    s.shown_found = sum(1 for k in found if len({gold[a] for a in facts[k]}) >= 2)


def _split_facts(
    s: ClusterScore, exp: dict[str, Any], report: Report, anchors_of: Any, gold: dict[str, str]
) -> None:
    """Gold agreed facts (>= 2 gold origins) that two or more report items state: an editor
    reads one fact twice, each time with only some of the outlets that state it. An item is
    an agreed item or a contested point (its positions together); it states the fact when its
    citations cover the fact's anchors in two gold origins or more (an item citing one
    origin's sentence that holds the fact among others states something else, and is the
    business of `origins_unshown` and `agreed_mixed`). A fact that most outlets give one
    figure of may be both an agreed item and a side of a figure point (tests/data/dev/
    FORMAT.md): that counts here too, since the editor reads it twice."""
    units: list[tuple[str, Sequence[Citation]]] = [
        (f"A: {it.statement[:60]}", it.citations) for it in report.agreed
    ]
    units += [
        (f"C: {c.topic[:60]}", [x for p in c.positions for x in p.citations])
        for c in report.contested
    ]
    for fact in exp.get("agreed", []):
        anchors = _fact_anchors(anchors_of, fact)
        if len({gold[a] for a in anchors}) < 2:
            continue
        citing = [
            (label, n)
            for label, cites in units
            if (n := len({gold[a] for a in _covered(cites, anchors)})) >= 2
        ]
        if len(citing) >= 2:
            s.split_facts += 1
            s.split_agreed += sum(1 for label, _ in citing if label.startswith("A:")) >= 2
            shown = "; ".join(f"{label} [{n} origins]" for label, n in citing)
            s.split_fact_items.append(f"{fact['id']}: {shown}")


def _mixed_sides(
    s: ClusterScore, dispute: str, positions: Sequence[Position], hits: Sequence[set[int]]
) -> int:
    """Positions of one report point that cite (an anchor or an "also" sentence of) two
    different gold sides of `dispute`: the editor reads two contrary accounts as one side,
    against another side. Counted in `s.sides_mixed`, listed in `s.sides_mixed_items`;
    returns how many."""
    n = 0
    for p, hit in zip(positions, hits, strict=True):
        if len(hit) >= 2:
            n += 1
            s.sides_mixed_items.append(f"{dispute}: {p.statement[:90]}")
    s.sides_mixed += n
    return n


def score_report(
    event: str, exp: dict[str, Any], articles: Sequence[Article], report: Report, md: str = ""
) -> ClusterScore:
    s = ClusterScore(event=event)
    by_id = {a.id: a for a in articles}
    loc = Locator(by_id)
    gold = gold_origin_map(exp, by_id)

    texts = {a.id: a.text for a in articles}

    def anchors_of(raw: dict[str, str], label: str | None = None) -> dict[str, tuple[int, int]]:
        """The spans of `raw`'s anchors found; with the fact's `label`, an `Anchors`."""
        out = {}
        for a, text in raw.items():
            span = loc.span(a, text)
            if span is not None:
                out[a] = span
        return out if label is None else Anchors(out, fact_words(label, raw.values()), texts)

    # agreed recall
    for fact in exp.get("agreed", []):
        anchors = _fact_anchors(anchors_of, fact)
        if len({gold[a] for a in anchors}) < 2:
            continue
        s.agreed_total += 1
        best = 0
        for it in report.agreed:
            best = max(best, len({gold[a] for a in _covered(it.citations, anchors)}))
        if best >= 2:
            s.agreed_found += 1
            continue
        in_dispute = any(
            len({gold[a] for a in _covered(p.citations, anchors)}) >= 2
            for point in report.contested
            for p in point.positions
        )
        if in_dispute:
            s.agreed_in_dispute += 1
        s.agreed_missed.append(fact["id"] + (" (in a dispute)" if in_dispute else ""))

    _split_facts(s, exp, report, anchors_of, gold)

    # disputes found: two different positions of one point cover two different gold sides
    confirmed: set[int] = set()  # report points that show some gold dispute
    for point in exp.get("contested", []):
        sides = [anchors_of(side["anchors"]) for side in point["sides"]]
        if sum(1 for sd in sides if sd) < 2:
            continue
        s.disputes_total += 1
        found = False
        # a side is shown by a position citing its anchor or one of its "also" sentences
        shown = [_side_spans(side, sd, loc) for side, sd in zip(point["sides"], sides, strict=True)]
        mixed = 0
        for n, c in enumerate(report.contested):
            hits = [
                {k for k, sp in enumerate(shown) if _cites_any(p.citations, sp)}
                for p in c.positions
            ]
            if any(x != y for hi, hj in combinations(hits, 2) for x in hi for y in hj):
                found = True
                confirmed.add(n)
            mixed += _mixed_sides(s, str(point["id"]), c.positions, hits)
        if found:
            s.disputes_found += 1
            s.sides_mixed_found += mixed > 0
        else:
            s.disputes_missed.append(point["id"])
    # points that show no gold dispute: wrong disputes, or ones the annotator did not see
    for n, c in enumerate(report.contested):
        if n not in confirmed:
            s.points_unconfirmed += 1
            s.unconfirmed_items.append(c.topic[:90])

    # mixed agreed items (wrong agreement that the gold shows): >= 2 of the item's origins
    # cite gold facts (or dispute sides), but no fact is cited by 2 of its origins; the
    # items citing no gold fact at all are not judged (facts the annotator did not list)
    facts = [_fact_anchors(anchors_of, f) for f in exp.get("agreed", [])] + [
        _fact_anchors(anchors_of, side) for p in exp.get("contested", []) for side in p["sides"]
    ]
    for it in report.agreed:
        per_fact = [{gold[a] for a in _covered(it.citations, anchors)} for anchors in facts]
        if any(len(o) >= 2 for o in per_fact):
            continue
        if len(set().union(*per_fact)) >= 2:
            s.agreed_mixed += 1
            s.agreed_mixed_items.append(it.statement[:90])

    _shown_statements(s, exp, report, anchors_of, gold)

    # copy-inflated agreed items: >= 2 tool origins, fewer than 2 gold origins
    for it in report.agreed:
        if len({gold.get(a, a) for a in it.sources}) < 2:
            s.copy_inflated += 1
            s.copy_inflated_items.append(it.statement[:90])

    # origin pairs
    tool = {a.id: a.origin for a in report.articles}
    for x, y in combinations(sorted(by_id), 2):
        t, g = tool.get(x) == tool.get(y), gold[x] == gold[y]
        s.origin_tp += t and g
        s.origin_fp += t and not g
        s.origin_fn += g and not t

    # distinct propositions merged into one item
    items = [*report.agreed, *report.single_source]
    items += [p for c in report.contested for p in c.positions]  # type: ignore[misc]
    for pair in exp.get("distinct", []):
        spans = [(a, loc.span(a, text)) for a, text in pair["anchors"]]
        if any(sp is None for _, sp in spans):
            continue
        s.distinct_total += 1
        for it in items:
            cites = it.citations
            if all(any(_overlaps(c, a, sp) for c in cites) for a, sp in spans if sp):
                s.distinct_merged += 1
                s.distinct_items.append(pair.get("why", "?"))
                break

    # wrong speakers (bench/speaker_checks.py) and non-claims among the shown items
    shown = [*report.agreed, *report.single_source]
    every = [*shown, *(p for c in report.contested for p in c.positions)]
    gold_speakers = []
    for g in exp.get("speakers", []):
        span = loc.span(g["article"], g["anchor"])
        names = [g["speaker"]] if isinstance(g["speaker"], str) else list(g["speaker"])
        if span is not None:
            gold_speakers.append((g["article"], span, names))
    s.speakers = check_items(every, by_id, gold_speakers, _overlaps, _speaker_suspect)
    s.wrong_speaker = s.speakers.flagged
    s.wrong_speaker_items = s.speakers.wrong_items
    gold_non = [(a, loc.span(a, t)) for a, t in exp.get("non_claims", [])]
    for it in every:
        hit = is_non_claim(it.statement) or any(
            span is not None and any(_overlaps(c, a, span) for c in it.citations)
            for a, span in gold_non
        )
        if hit:
            s.non_claims += 1
            s.non_claim_items.append(it.statement[:90])

    s.n_agreed, s.n_contested, s.n_single = (
        len(report.agreed),
        len(report.contested),
        len(report.single_source),
    )
    s.report_bytes = len(md.encode())
    s.anchors_missing = len(loc.missing)
    return s


def gold_size(event: str, exp: dict[str, Any], articles: Sequence[Article]) -> ClusterScore:
    """What a cluster's gold holds, without running the tool: its agreed facts and disputes
    as the scorer counts them (anchors of >= 2 origins, >= 2 sides found), and the anchors
    it cannot find in the cleaned texts (the score of an empty report)."""
    return score_report(event, exp, articles, Report(articles=()))


def pair_prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r
