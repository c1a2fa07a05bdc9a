"""Item speakers the text around their citations does not name (issue 8: who said it).

For every item of the dev reports (agreed, single-source, and each side of a contested
point) and each speaker it is "said by", looks for the speaker's words in the WINDOW of its
citations: the paragraph (line) a citation sits in and the paragraph before it. A speaker
none of whose citations' windows holds all its words (a word matches a longer form of it:
"russia" / "russian") is listed with the item's statement and the citation's paragraph, to
be read: most are a bare "officials" or "the group" given a longer name from far away in
the article; some are right (a person the story follows, named three paragraphs up).

Usage: .venv/bin/python bench/speaker_windows.py [--held-out] [--madeup] [--before N] [name ...]
(names: dev events, the default; seeds, cluster2; made-up clusters)
Prints one block per listed speaker and a count per cluster.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import run_articles, run_held_out
from quality_lib import DEV, MADEUP_GOLD, annotated, annotated_articles, events, madeup, tunable

from consensus.ingest import load_articles
from consensus.merge.reporters import named_by_kind
from consensus.models import Article, Citation, Report

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MINOR = frozenset("of the and for in on at a an de la le al el s".split())


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def window(text: str, start: int, end: int) -> str:
    """The paragraph (line) holding text[start:end] and the paragraph before it."""
    first = text.rfind("\n", 0, start)
    if first > 0:
        first = text.rfind("\n", 0, first)
    last = text.find("\n", end)
    return text[first + 1 : last if last >= 0 else len(text)]


def _has(word: str, words: set[str]) -> bool:
    if word in words:
        return True
    stem = word[:-1] if len(word) >= 5 else word
    return any(w.startswith(stem) or (len(w) >= 5 and word.startswith(w[:-1])) for w in words)


def named_in(speaker: str, text: str) -> bool:
    """A speaker named by its kind ("Chinese officials", "Site Intelligence group": its last
    word a `group_speakers` noun): `text` writes its words in a row (a word or a longer form
    of it: "china" / "chinese"; "of", "the" ... skipped); a name: any of its words ("Freed
    said" names Joshua Freed)."""
    need = [w for w in _words(speaker) if w not in _MINOR]
    words = [w for w in _words(text) if w not in _MINOR]
    if not need:
        return False
    if named_by_kind(" ".join(need)):
        n = len(need)
        return any(
            all(_has(w, {words[k + i]}) for i, w in enumerate(need))
            for k in range(len(words) - n + 1)
        )
    return any(w in set(words) for w in need)


def speaker_rows(
    report: Report, articles: Sequence[Article]
) -> Iterable[tuple[str, str, str, Citation]]:
    """(verdict, statement, speaker, a citation) for each item speaker no citation window
    names."""
    texts = {a.id: a.text for a in articles}
    groups: list[tuple[str, str, tuple[str, ...], tuple[Citation, ...]]] = []
    for it in report.agreed:
        groups.append(("agreed", it.statement, it.speakers, it.citations))
    for it in report.single_source:
        groups.append(("single", it.statement, it.speakers, it.citations))
    for point in report.contested:
        for pos in point.positions:
            groups.append(("side", pos.statement, pos.speakers, pos.citations))
    for verdict, statement, speakers, citations in groups:
        for sp in speakers:
            if not citations or any(
                named_in(sp, window(texts[c.article], c.start, c.end)) for c in citations
            ):
                continue
            yield verdict, statement, sp, citations[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--madeup", action="store_true", help="the made-up clusters")
    ap.add_argument("-q", "--quiet", action="store_true", help="counts only")
    ap.add_argument(
        "--before", type=int, default=0, help="print this many more paragraphs before each"
    )
    args = ap.parse_args(argv)
    names = args.names or (tunable(madeup()) if args.madeup else events())
    total = 0
    for name in names:
        if (DEV / name).is_dir():
            arts = load_articles([str(DEV / name / "articles.jsonl")])
        elif name in annotated():
            arts = annotated_articles(name)
        else:
            arts = annotated_articles(name, MADEUP_GOLD)
        run = run_held_out if args.held_out else lambda _n, a: run_articles(a)
        articles, report, _ = run(name, arts)
        rows = list(speaker_rows(report, articles))
        total += len(rows)
        print(f"== {name}: {len(rows)} speakers not named near their citations")
        if args.quiet:
            continue
        texts = {a.id: a.text for a in articles}
        for verdict, statement, sp, cit in rows:
            text = texts[cit.article]
            start = cit.start
            for _ in range(args.before):
                start = max(0, text.rfind("\n", 0, max(0, start - 1)))
            para = window(text, start, cit.end).replace("\n", " / ")
            print(f"- [{verdict}] said by {sp!r}: {statement[:110]}")
            print(f"    {cit.article}: {para[: 300 + 250 * args.before]}")
    print(f"TOTAL {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
