"""The places an article is about, read from its frame: the dateline ("BELCORTE —",
"PORT CADDICK, Marvena (Coastline Press) —"), the places its headline and its first
paragraph name after a preposition ("two dead near Belcorte", "made landfall on Tarrosa's
northern coast"). A figure whose sentence names no place counts in that frame: "Barroso
said 18,000 people had been moved to shelters" in a paper datelined in one country is no
count of the 250,000 "moved out of coastal areas" in a paper datelined in the other.

`frames_apart` tells two articles whose frames name no place in common (a place meets
another when they share a word of four letters or more, or their first five letters:
"Kastel-i-Bar" / "Kastel-e-Bar") and each of which frames itself by a place the other
never names in its text (a report datelined at a tram stop, "Lenton", is still framed
by "Arnby" when the other report names Arnby); an article with no frame place is apart
from none.
link.py reads it for two claims that give one slot two figures and name no place of
their own (link rule 3): no edge. Read from the batch's articles, put in scope by
`verdicts.merge` (`frames_in_scope`), like the speaker index.

PURE: reads the articles' titles and texts; no list of places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from consensus.merge.features import _Feat
from consensus.merge.figure_names import MONTH_WORDS, WEEKDAYS
from consensus.merge.figures import Figure
from consensus.models import Article

__all__ = [
    "counted_in_other_frames",
    "frame_places",
    "frames_apart",
    "frames_in_scope",
    "placed_apart",
]

_PLACE = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
# "PORT CADDICK, Marvena (Coastline Press) —", "BELCORTE —", "CALLOWAY, Ore. (Reuters) -"
_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*(?P<region>" + _PLACE + r"\.?))?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[—–-]\s"
)
# a place after a preposition or a verb of arriving, written in lower case as in running
# text ("near Belcorte", "into Marvena's", "reaches Tarrosa"); a title in Title Case names
# none this way
_AFTER = re.compile(
    r"\b(?:in|into|near|at|across|off|outside|over|on|from|reaches|reached|hits|hit)\s+"
    r"(?:the\s+)?(?P<place>" + _PLACE + r")"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_PLACES = MONTH_WORDS | WEEKDAYS | frozenset({"the", "a", "an"})
MEET_PREFIX = 5  # letters two spellings of one place share ("kastel-i-" / "kastel-e-")
MEET_WORD = 4  # a word two names of one place share is at least this long


def _first_paragraph(text: str) -> str:
    """The article's first paragraph that is no byline ("By Tom Kerrigan, Staff Writer")."""
    for para in text.split("\n"):
        para = para.strip()
        if para and not para.startswith("By "):
            return para
    return ""


def _places_after(text: str) -> set[str]:
    out = set()
    for m in _AFTER.finditer(text):
        place = _POSSESSIVE.sub("", m.group("place"))
        low = place.casefold()
        if low.split()[0] not in _NOT_PLACES and not low.endswith("day"):
            out.add(place)
    return out


def frame_places(article: Article) -> frozenset[str]:
    """The places the article's dateline, headline and first paragraph name (casefolded)."""
    lede = _first_paragraph(article.text)
    found = _places_after(lede) | _places_after(article.title or "")
    m = _DATELINE.match(lede)
    if m is not None:
        found.add(m.group("city"))
        if m.group("region"):
            found.add(m.group("region").rstrip("."))
    return frozenset(p.casefold() for p in found)


def _meet(a: str, b: str) -> bool:
    if a[:MEET_PREFIX] == b[:MEET_PREFIX]:
        return True
    words_a = {w for w in re.split(r"[\s'’-]+", a) if len(w) >= MEET_WORD}
    return not words_a.isdisjoint(w for w in re.split(r"[\s'’-]+", b) if len(w) >= MEET_WORD)


def _named_in(place: str, text: str) -> bool:
    """Whether casefolded `text` names `place` (or a word starting with its first five
    letters: another spelling)."""
    return place in text or re.search(r"\b" + re.escape(place[:MEET_PREFIX]), text) is not None


# per article id: its frame places and its casefolded text
_Frames = Mapping[str, tuple[frozenset[str], str]]
_frames: ContextVar[_Frames | None] = ContextVar("frames", default=None)


@contextmanager
def frames_in_scope(articles: Sequence[Article]) -> Iterator[None]:
    """Make the frames of `articles` the batch's for `frames_apart` within the block."""
    token = _frames.set({a.id: (frame_places(a), a.text.casefold()) for a in articles})
    try:
        yield
    finally:
        _frames.reset(token)


def frames_apart(article_a: str, article_b: str) -> bool:
    """Whether two articles are framed by other places (see the module docstring)."""
    frames = _frames.get()
    if frames is None or article_a == article_b:
        return False
    (a, text_a), (b, text_b) = (frames.get(x, (frozenset(), "")) for x in (article_a, article_b))
    if not a or not b or any(_meet(x, y) for x in a for y in b):
        return False
    return not all(_named_in(x, text_b) for x in a) and not all(_named_in(y, text_a) for y in b)


def counted_in_other_frames(
    a: _Feat, b: _Feat, figs_a: Sequence[Figure], figs_b: Sequence[Figure]
) -> bool:
    """Whether two claims' figures, none placed by its own sentence, count in two
    articles framed by other places (`frames_apart`)."""
    if any(f.where for f in (*figs_a, *figs_b)):
        return False
    return frames_apart(a.article, b.article)


def placed_apart(a: str, b: str) -> bool:
    """Whether two statements each name places after a preposition and none of one meets
    one of the other ("made landfall near Port Caddick at 2:15 a.m." / "made landfall on
    Tarrosa's northern coast near Belcorte at 3:40 p.m."): two events, whose clock times
    are no dispute (link rule 5)."""
    pa = {p.casefold() for p in _places_after(a)}
    pb = {p.casefold() for p in _places_after(b)}
    return bool(pa) and bool(pb) and not any(_meet(x, y) for x in pa for y in pb)
