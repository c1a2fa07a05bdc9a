"""Census of report statements that open on (or are) an unresolved pronoun subject.

An item (agreed, a contested side, single-source) whose statement opens "He said the plan
was late." or "It denied the report." tells an editor nothing about who. For every such
statement of the tunable clusters (default: the 6 dev clusters, seeds and cluster2 and the
tunable made-up clusters; never the held-out ones) the census reads the first citation's
article and files the statement by where a reader finds the pronoun's antecedent:

- *quotation*: the cited words are inside a quotation ("We will appeal," Kell said): the
  speaker of the quotation is who "we"/"I"/"he" is;
- *sentence*: the sentence before, in the same paragraph, names a person (he/she) or a
  body or a capitalised name (it/they/we);
- *kind*: the sentence before names no one but a body by its kind ("the club", "the
  company");
- *paragraph*: the paragraph before names one;
- *nowhere*: none of these.

The pronouns counted: he, she, they, it, we, and this/that when a verb follows them ("This
was ...", "That means ..."). Prints the count by table and by cause; with -v every statement
with its cause, the item's speakers and the sentence before.

Usage: .venv/bin/python bench/pronoun_leads.py [-v] [name ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from statements import cluster_articles, cluster_report, default_names

from consensus.models import Article, Citation, Report

PRONOUN = re.compile(
    r"\s*[\"“‘']?(?:(?P<p>he|she|they|it|we)\b(?!['’]s\b)"
    r"|(?P<d>this|that)\s+(?=(?:is|was|were|are|has|had|have|will|would|could|can|may|might"
    r"|should|must|means|meant|led|came|comes|made|makes|left|shows|showed)\b))",
    re.IGNORECASE,
)
_PERSON = re.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][\w’'&.-]+")
_KIND = re.compile(
    r"\b[Tt]he\s+(?:club|company|firm|team|group|bank|lender|airline|carrier|operator|party"
    r"|union|federation|association|league|ministry|government|council|hospital|agency"
    r"|commission|police|authority|board|department|court|army|military|school|university)\b"
)
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")


def pronoun(statement: str) -> str | None:
    """The pronoun subject the statement opens on, lower-cased; else None."""
    m = PRONOUN.match(statement)
    if m is None:
        return None
    return (m.group("p") or m.group("d")).casefold()


def _in_quotation(text: str, start: int) -> bool:
    """Whether `start` lies inside a quotation of its paragraph (curly or straight)."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    curly = before.count("“") - before.count("”")
    return curly > 0 or (before.count('"') % 2 == 1)


def _sentences_before(text: str, start: int) -> tuple[str, str]:
    """(the sentence before `start` in its paragraph, the paragraph before)."""
    para = text.rfind("\n", 0, start) + 1
    head = text[para:start]
    parts = [p for p in _SENT_END.split(head) if p.strip()]
    sentence = parts[-1] if parts else ""
    prev_end = para - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    return sentence, text[prev_start:prev_end] if prev_end > 0 else ""


def cause(word: str, cite: Citation, articles: dict[str, Article]) -> tuple[str, str]:
    """(cause, the sentence before) of a pronoun statement's first citation."""
    article = articles.get(cite.article)
    if article is None:
        return "nowhere", ""
    text = article.text
    if _in_quotation(text, cite.start):
        return "quotation", ""
    sentence, paragraph = _sentences_before(text, cite.start)
    person = word in ("he", "she")

    def names(s: str) -> bool:
        return bool(_PERSON.search(s) if person else (_NAME.search(s) or _PERSON.search(s)))

    if names(sentence):
        return "sentence", sentence
    if not person and _KIND.search(sentence):
        return "kind", sentence
    if names(paragraph):
        return "paragraph", sentence or paragraph
    return "nowhere", sentence or paragraph


def items(report: Report) -> list[tuple[str, str, tuple[str, ...], tuple[Citation, ...]]]:
    out = [("agreed", i.statement, i.speakers, i.citations) for i in report.agreed]
    out += [("single", i.statement, i.speakers, i.citations) for i in report.single_source]
    for c in report.contested:
        out += [("contested", p.statement, p.speakers, p.citations) for p in c.positions]
    return out


def census(names: list[str], verbose: bool = False) -> tuple[Counter[str], Counter[str], int]:
    """(count by table, count by cause, statements read)."""
    tables: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    total = 0
    for name in names:
        table, report = cluster_report(name)  # (a held-out cluster stops the census)
        by_id = {a.id: a for a in cluster_articles(name)[1]}
        for kind, text, speakers, cites in items(report):
            total += 1
            word = pronoun(text)
            if word is None or not cites:
                continue
            why, before = cause(word, cites[0], by_id)
            tables[table] += 1
            causes[why] += 1
            if verbose:
                print(f"[{name} {kind} {why}] {text}\n  speakers: {', '.join(speakers) or '-'}")
                print(f"  before: {before.strip()[:300]}\n")
    return tables, causes, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    tables, causes, total = census(args.names or default_names(), args.verbose)
    print(f"statements {total}  pronoun-led {sum(tables.values())}")
    print("by table: " + " ".join(f"{k} {v}" for k, v in tables.most_common()))
    print("by cause: " + " ".join(f"{k} {v}" for k, v in causes.most_common()))


if __name__ == "__main__":
    main()
