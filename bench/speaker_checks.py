"""Wrong speakers in a report: against gold speaker annotations, and checks that need no gold.

Used by bench/quality_lib.py. An item (agreed, single-source or a contested point's side)
shows its speakers; an editor reads a wrong one as a quote given to the wrong person.

Gold (tests/data/dev/FORMAT.md, "speakers"): for a quoted or reported statement, an anchor
in one article and who said it, as the editor would attribute it (one or more accepted
names: "Jane Roe", "the mayor"). Every item citing the anchor is judged: *right* when one of
its speakers names the gold speaker (the words of one are all words of the other, after
casefolding and dropping "the" and a possessive: "Roe" ~ "Jane Roe", "police" ~ "Transport
Police"; "Elisa Roe" is no "Helena Roe"), *wrong* when it shows speakers and none does,
*none* when it shows no speaker (the outlet's voice: not counted as wrong).

Checks without gold, per item speaker and cited article (a speaker is suspect only when
every citation of the item fails the same check; the "speaker" column counts the items the
gold finds wrong or one of the first three checks flags, each once):

- *shape*: no name (digits, a speech verb or a pronoun in it, a lower-case phrase the
  quotes never write);
- *outlet*: a byline of the cited article ("By Jane Roe", "Reporting by ...") or its
  outlet speaks (the outlet only when its text names it less than twice: a company's own
  release speaks for the company): the reporter's words given to a source, or a source's
  to the reporter;
- *absent*: no word of the speaker is in the cited article (a name made up by resolution,
  or carried over from another article's claim); a country's capital counts as its word
  ("Moscow denied" is Russia's, as the extractor reads it);
- *far* (weak, counted but not flagged: on the dev clusters the items it finds are mostly
  right by the gold): the cited article names the speaker, but not in the quote's
  paragraph nor the two before it (a pronoun or "the spokesman" resolved to someone the
  reader has long left; a quotation running over paragraphs that open on a quotation mark
  is read back to its first paragraph's two before).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from consensus.models import Article, Citation

_DROP = frozenset("the a an of for and at in to".split())
# a word of a speaker's name or of an article's text (hyphens and apostrophes inside)
_WORD = re.compile(r"[\w’'-]+")
_BYLINE = re.compile(
    r"^(?:By|BY|Reporting by|Written by|Additional reporting by)[ \t]+"
    r"(?P<names>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})*)",
    re.MULTILINE,
)
_REPORTING = re.compile(
    r"\((?:Reporting|Writing|Additional reporting) by\s+(?P<names>[^;)]{3,120})", re.IGNORECASE
)


@cache  # asked of the same names and texts again and again while a report is scored
def words(name: str) -> frozenset[str]:
    """A speaker's words: casefolded, possessives and 'the', 'of', ... dropped."""
    out = set()
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))  # "François"
    for w in _WORD.findall(plain):
        w = re.sub(r"[’']s$", "", w).strip("’'-")
        if w and w not in _DROP:
            out.add(w)
    return frozenset(out)


def names_one(shown: str, gold: str) -> bool:
    """Whether a shown speaker names the gold one: the words of one all in the other."""
    a, b = words(shown), words(gold)
    return bool(a) and bool(b) and (a <= b or b <= a)


def bylines(article: Article) -> list[str]:
    """The reporters a text names as its authors ("By Jane Roe | Courts reporter")."""
    found: list[str] = []
    for m in _BYLINE.finditer(article.text[:600]):
        found += re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names"))
    for m in _REPORTING.finditer(article.text):
        found += re.split(r"\s*(?:,|;|\band\b|&)\s*", m.group("names"))
    return [re.sub(r"\s+in\s+[A-Z].*$", "", f).strip() for f in found if f.strip()]


def _voices(article: Article) -> list[str]:
    """The names of whoever wrote the text: its bylines, and its outlet unless the text
    names the outlet twice or more (a company's own release speaks for the company)."""
    out = bylines(article)
    outlet = article.outlet or ""
    if outlet and article.text.casefold().count(outlet.casefold()) < 2:
        out.append(outlet)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: the cleaned texts keep one paragraph a line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _capitals() -> dict[str, list[str]]:
    """Country -> the capitals that speak for it (the offline extractor's table)."""
    from consensus.offline.names import _BODY_ALIASES

    out: dict[str, list[str]] = {}
    for capital, country in _BODY_ALIASES.items():
        out.setdefault(country, []).append(capital)
    return out


_CAPITALS = _capitals()
_OPENING = frozenset("\"“‘'„«")


def _text_words(text: str) -> set[str]:
    """The text's words with the singular of each plural: "one of the nurses said" names a
    nurse, and the speaker "nurse" is no word the text lacks."""
    found = set(words(text))
    found |= {w[:-3] + "y" for w in found if w.endswith("ies")}
    found |= {w[:-1] for w in found if w.endswith("s") and not w.endswith("ss")}
    return found


@dataclass
class SpeakerScore:
    """What the checks found in one report."""

    gold_total: int = 0  # gold speaker anchors some item cites
    gold_right: int = 0
    gold_wrong: int = 0
    gold_none: int = 0
    wrong_items: list[str] = field(default_factory=list)
    none_items: list[str] = field(default_factory=list)  # gold statements shown unattributed
    far_items: list[str] = field(default_factory=list)  # the weak check's items (not flagged)
    suspect: dict[str, int] = field(
        default_factory=lambda: {"shape": 0, "outlet": 0, "absent": 0, "far": 0}
    )
    # items with a wrong speaker by the gold or a check but "far" (each item once): the
    # "speaker" column
    flagged: int = 0


def _near(
    article: Article, cite: Citation, ws: frozenset[str], paras: list[tuple[int, int]]
) -> bool:
    """A word of the speaker in the citation's paragraph or the two before it."""
    k = next((i for i, (s, e) in enumerate(paras) if s <= cite.start < e + 1), None)
    if k is None:
        return True
    first = max(0, k - 2)
    while first > 0 and article.text[paras[first][0] : paras[first][0] + 1] in _OPENING:
        first -= 1  # a quotation running over paragraphs: back to where it was introduced
    lo = paras[first][0]
    return bool(ws & _text_words(article.text[lo : paras[k][1]]))


def _sentences_of(
    cites: Sequence[Citation], articles: dict[str, Article], paras: dict[str, list[tuple[int, int]]]
) -> list[Citation]:
    """The paragraphs holding `cites`, as citations: a clause of a longer quote (an item of
    two clauses) cites its own words only, and the words naming who spoke ("..., her family
    said") stand beside it in its sentence."""
    out = []
    for c in cites:
        text = articles[c.article].text
        for s, e in paras[c.article]:
            if s <= c.start < e + 1:
                out.append(
                    Citation.model_construct(article=c.article, quote=text[s:e], start=s, end=e)
                )
    return out


def check_items(
    items: Sequence[Any],
    articles: dict[str, Article],
    gold: Iterable[tuple[str, tuple[int, int], Sequence[str]]],
    overlaps: Any,
    shape: Any,
) -> SpeakerScore:
    """Judge the speakers of `items` (anything with .speakers, .citations, .statement).
    `gold`: (article, span, accepted names) of the located gold anchors; `overlaps(c, a,
    span)`: whether a citation covers an anchor; `shape(speaker, cites)`: the old shape
    check."""
    s = SpeakerScore()
    flagged: dict[int, str] = {}
    for article, span, accepted in gold:
        citing = [it for it in items if any(overlaps(c, article, span) for c in it.citations)]
        if not citing:
            continue
        s.gold_total += 1
        verdicts = []
        for it in citing:
            if not it.speakers:
                verdicts.append("none")
            elif any(names_one(sp, g) for sp in it.speakers for g in accepted):
                verdicts.append("right")
            else:
                verdicts.append("wrong")
                flagged.setdefault(
                    id(it),
                    f"gold {accepted[0]!r}, shown {', '.join(it.speakers)!r}: {it.statement[:70]}",
                )
        if "wrong" in verdicts:
            s.gold_wrong += 1
        elif "right" in verdicts:
            s.gold_right += 1
        else:
            s.gold_none += 1
            s.none_items.append(f"gold {accepted[0]!r}: {citing[0].statement[:70]}")
    paras = {a: _paragraphs(art.text) for a, art in articles.items()}
    text_words = {a: _text_words(art.text) for a, art in articles.items()}
    outlets = {a: [n for n in _voices(art) if words(n)] for a, art in articles.items()}
    for it in items:
        for sp in it.speakers:
            # a country speaks by its capital ("Moscow denied ..." is Russia's word): the
            # capital, as the extractor reads it (consensus/data/capitals.toml), counts too
            ws = words(sp) | frozenset(w for c in _CAPITALS.get(sp, ()) for w in words(c))
            cites = [c for c in it.citations if c.article in articles]
            if not ws or not cites:
                continue
            why = ""
            if shape(sp, [*it.citations, *_sentences_of(cites, articles, paras)]):
                why = "shape"
            elif all(any(ws <= words(o) for o in outlets[c.article]) for c in cites):
                why = "outlet"
            elif all(not ws & text_words[c.article] for c in cites):
                why = "absent"
            elif all(not _near(articles[c.article], c, ws, paras[c.article]) for c in cites):
                why = "far"
            if why == "far":
                # weak: on the dev gold the items it flags are mostly right (a speaker named
                # further up a long quotation); counted and listed, not in `flagged`
                s.suspect[why] += 1
                s.far_items.append(f"{sp!r}: {it.statement[:70]}")
                break
            if why:
                s.suspect[why] += 1
                flagged.setdefault(id(it), f"{why} {sp!r}: {it.statement[:70]}")
                break
    s.flagged = len(flagged)
    s.wrong_items = sorted(flagged.values())
    return s


def add_speakers(total: SpeakerScore, one: SpeakerScore) -> None:
    """Add one cluster's counts to a total (the items are not carried)."""
    total.gold_total += one.gold_total
    total.gold_right += one.gold_right
    total.gold_wrong += one.gold_wrong
    total.gold_none += one.gold_none
    total.flagged += one.flagged
    for k, n in one.suspect.items():
        total.suspect[k] = total.suspect.get(k, 0) + n


def speaker_line(s: SpeakerScore) -> str:
    """One line: the gold verdicts, then what the checks without gold flag."""
    checks = ", ".join(f"{k} {n}" for k, n in s.suspect.items())
    return (
        f"speakers: {s.flagged} items flagged; gold: {s.gold_right} right, {s.gold_wrong} "
        f"wrong, {s.gold_none} none of {s.gold_total} annotated statements cited; "
        f"without gold: {checks}"
    )
