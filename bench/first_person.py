"""Census of report items in the first or second person with no speaker shown.

An editor cannot use a line whose "I" or "we" is nobody ("We will not give up", "I saw the
truck", "Now, you say ..."). For every agreed, contested (each side) and single-source item
of the report on each cluster (default: the six dev clusters and every TUNABLE made-up
cluster; never the held-out ones) whose statement says I / me / my / we / us / our / you /
your and that shows no speaker, the first citation's paragraph in its article is read and
the item is put under one cause:

* turn: the paragraph is a turn of a broadcast transcript or a printed interview
  (`consensus/offline/turns.py` finds labelled turns in the article: "HOST:", "Q:"): the
  host's and reporters' turns are the outlet's words by design;
* narration: every first/second-person word stands outside quotation marks (double marks as
  the extractor balances them, or single marks): the outlet's own voice ("We have asked the
  ministry", "Our reporter says"), by design;
* dropped: the article's claim at the citation has a speaker the item does not show;
* in-statement: the statement names its speaker itself, outside its quotation ('"...," said
  one fitter, who asked not to be named'; "X called it 'our ...'"): usable as it stands;
* named-near: a claim of the paragraph, or of the one before or after, has a speaker and
  this one has none (a quotation running over sentences: `'...,' she said. 'I did ...'`);
* unnamed: a speech verb stands in those paragraphs but no claim there has a speaker;
* none: nothing near attributes the words.

Prints per table the items, those with no speaker and their count per cause; with -v each
item (cluster, kind, cause, statement, its first citation's paragraph). The cause reads the
first citation only.

Usage: PYTHONPATH=.:bench .venv/bin/python bench/first_person.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pronoun_leads import items  # (kind, statement, speakers, citations) of every item
from quality_lib import events, madeup
from statements import HELD_OUT, tunable_articles

from consensus.models import Article, Citation
from consensus.offline.sentences import _quote_regions
from consensus.offline.turns import turns

# first or second person: "I" only as a capital word; "US" (the country) is not "us"
_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b")
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|added|adds|explained|recalled|recalls|asked|wrote|"
    r"according to|stated|insisted|warned|declared|continued|went on|called out)\b"
)
# single quotation marks: an opener after a space, a colon or a bracket and before a word; a
# closer after a word or a stop and before a space, a stop or the end (not "didn't")
_SINGLE = re.compile(r"(?:(?<=[\s:(])|^)[‘'](?=[\w.]|\.\.\.)|(?<=[\w.,!?])[’'](?=[\s.,;:!?)]|$)")
CAUSES = ("turn", "narration", "dropped", "in-statement", "named-near", "unnamed", "none")


def first_person(statement: str) -> bool:
    """Whether the statement speaks in the first or second person."""
    return _PERSON.search(statement) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the text."""
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def quoted(text: str, para: tuple[int, int], at: int) -> bool:
    """Whether `at` lies inside a quotation of its paragraph: double marks balanced as the
    extractor balances them (a run's paragraph opens one and may not close it), or single
    marks."""
    a, b = para
    if any(x < at < y for x, y in _quote_regions(text, a, b, run_on=True)):
        return True
    depth = 0
    for m in _SINGLE.finditer(text, a, b):
        if m.start() >= at:
            break
        c = m.group()
        opener = c == "‘" or (c == "'" and (m.start() == a or not text[m.start() - 1].isalnum()))
        depth = depth + 1 if opener else max(0, depth - 1)
    return depth > 0


def _quoted_out(statement: str) -> str:
    """The statement without its double-quoted words."""
    out, last = [], 0
    for a, b in _quote_regions(statement, 0, len(statement), run_on=True):
        out.append(statement[last:a])
        last = b + 1
    return "".join(out) + statement[last:]


def cause(
    article: Article,
    statement: str,
    cite: Citation,
    turned: bool,
    voiced: list[tuple[int, int]],
) -> str:
    """The cause of one speakerless first-person item: `voiced` are the evidence spans of
    the article's claims that carry a speaker."""
    text = article.text
    paras = paragraphs(text)
    index = next((k for k, (a, b) in enumerate(paras) if a <= cite.start <= b), None)
    if turned:
        return "turn"
    if index is None:
        return "none"
    para = paras[index]
    hits = [cite.start + m.start() for m in _PERSON.finditer(cite.quote)]
    if not any(quoted(text, para, h) for h in hits):
        return "narration"
    if any(a <= cite.start < b or cite.start <= a < cite.end for a, b in voiced):
        return "dropped"
    outside = _quoted_out(statement)
    if _SPEECH.search(outside) or re.search(r"\b(?:called|described)\b", outside):
        return "in-statement"
    near = [paras[k] for k in (index - 1, index, index + 1) if 0 <= k < len(paras)]
    if any(a <= s < b for a, b in near for s, _e in voiced):
        return "named-near"
    if any(_SPEECH.search(text, a, b) for a, b in near):
        return "unnamed"
    return "none"


def census(names: list[str], verbose: bool = False) -> dict[str, Counter[str]]:
    from consensus.api import build_report
    from consensus.models import ExtractionResult
    from consensus.offline import extract_offline

    tables: dict[str, Counter[str]] = {}
    for name in names:
        table, articles = tunable_articles(name)
        table = "dev" if table == "dev" else "made-up"
        claim_sets = tuple(extract_offline(a) for a in articles)
        report = build_report(ExtractionResult(articles=tuple(articles), claim_sets=claim_sets))
        by_id = {a.id: a for a in articles}
        voiced = {
            cs.article: [(e.start, e.end) for c in cs.claims if c.speaker for e in c.evidence]
            for cs in claim_sets
        }
        tally = tables.setdefault(table, Counter())
        turned = {a.id: turns(a.text, lambda _p: None) for a in articles}
        for kind, text, speakers, cites in items(report):
            tally["items"] += 1
            if speakers or not cites or not first_person(text):
                continue
            cite = cites[0]
            article = by_id[cite.article]
            line = article.text.rfind("\n", 0, cite.start) + 1
            why = cause(article, text, cite, line in turned[cite.article], voiced[cite.article])
            tally[why] += 1
            tally[kind] += 1
            if verbose:
                end = article.text.find("\n", cite.start)
                para = article.text[line : end if end >= 0 else len(article.text)]
                print(f"[{name} {kind} {why}] {text}\n  P: {para[:400]}\n")
    return tables


def default_names() -> list[str]:
    return events() + [n for n in madeup() if n not in HELD_OUT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tables = census(args.names or default_names(), args.verbose)
    print(f"{'table':<8} {'items':>6} {'no speaker':>10}  " + " ".join(CAUSES))
    for table, tally in tables.items():
        found = sum(tally[c] for c in CAUSES)
        causes = " ".join(f"{c} {tally[c]}" for c in CAUSES)
        kinds = " ".join(f"{k} {tally[k]}" for k in ("agreed", "contested", "single"))
        print(f"{table:<8} {tally['items']:>6} {found:>10}  {causes}  ({kinds})")


if __name__ == "__main__":
    main()
