"""Page furniture found by cues that converge, not by one more wording.

The rules of `consensus.nonclaims`, `consensus.furniture`, `consensus.page_lines` and
`consensus.page_voice` each know one kind of furniture by its shape; a line an outlet words
its own way slips past all of them ("Follow GoalLine on all platforms for the latest on the
Cup.", "This analysis is free to read.", "Full report and ratings on page 48."). What such a
line has, whatever its words, is several of these at once:

Strong cues (who speaks to whom)
    - it addresses the reader: it opens with an imperative of a reader's act (`reader_verbs`
      in consensus/data/page_words.toml: "Watch ...", "Keep reading ...") or holds "you",
      "your", or the reader in the third person ("subscribers", "viewers": `reader_nouns`,
      never followed by "of");
    - it names the page itself: the outlet's "we"/"our"/"us", the article's own outlet by
      name ("Utility Review subscribers ...", "on the Post's website"), "this <page noun>"
      ("This analysis ..."), a page of the print edition ("on page 48"), or the news trade
      (`trade_nouns`: "journalism", "news organisations").
Weak cues (what it is about, where it stands)
    - it names the medium or a reader's use of it (`medium_words`: "website", "platforms",
      "the latest", "read", "watch");
    - it holds no word of the event: no content word it shares with the headline or the
      lede (the first long line);
    - it stands at the article's edge: among the first `_TOP_LINES` or the last
      `_TAIL_LINES` lines.
A sentence is furniture when it has a strong cue, names the medium, and has at least
`_CUES` cues in all; with one strong cue only, it must also hold no word of the event and
name nobody the article names elsewhere ("That claim was challenged on our programme by
the union" names an actor). Never a sentence inside quotation marks or a transcript's turn,
with a reporting verb ("The recall was announced on the company's website" is news), that
leads into someone's words later in its paragraph, or longer than `_MAX_WORDS` words:
reporting that mentions a website, a newsletter or a reader keeps its event words, its
place in the body and its source, so it gathers at most one or two cues.

Furniture comes in runs: at the page's edge, a sentence that names the medium without a
word of the event and shares its line with furniture found above is furniture too ("That
was the five o'clock news. Listen again on our app."). A headline's label before a colon
that names the medium ("Five o'clock news: ...", "Live updates: ...") gives no event word.

Whole lines, by the form of the page's making
    - a credit: person names alone as the subject of a journalist's act ("Elin Roe and Tomas
      Doe reported from the capital.", "Jane Roe contributed.") whose names the article
      nowhere else mentions: the people who made the page are not in the story;
    - a press release's boilerplate: "About <Name>: ..." opening a line.

Pure: no I/O after the word lists load (`consensus.page_voice`), no clock or randomness;
patterns are linear-time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from consensus.furniture import REPORTED, in_quotation, in_turn
from consensus.page_voice import words
from consensus.wires import opens_with_dateline

__all__ = ["page_cue_spans", "page_run_spans"]

_CUES = 3
_MAX_WORDS = 30
_TOP_LINES = 2
_TAIL_LINES = 3
_LEDE_WORDS = 15
_RUN_WORDS = 12
_HANDOVER_WORDS = 16
_BIO_LINES = 5

_LINE = re.compile(r"[^\n]+")
# a sentence ends at a stop before a capital, a digit, a quote or the line's end ("at 6
# p.m. for the latest" goes on)
_SENTENCE = re.compile(
    r"[^\s.!?][^\n!?]*?(?:[.!?]+(?=[ \t]+[A-Z\d\"“‘(\[]|[ \t]*$)|$)", re.MULTILINE
)
_QUOTE_MARKS = frozenset('"“”‘«»')
_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_CONTENT = re.compile(r"[a-z]{4,}")
# a word with an apostrophe inside that is no possessive ("o'clock"), lower-cased
_CLOCK_WORD = re.compile(r"\b[a-z]+['’](?!s\b)[a-z]+")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b|\byou['’](?:ll|re|ve|d)\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:we|our|ours|us)\b|\bwe['’](?:ll|re|ve|d)\b", re.IGNORECASE)
# a number to call or text: a short code or a phone number after "to"/"on"/"at"/"call"
_CONTACT_NUMBER = re.compile(
    r"\b(?:to|on|at|call|text|dial)[ \t]+\+?\d{4,6}(?:[ \t-]\d{3,4}){0,3}\b(?![.,]\d|[ \t]*%)"
)
# a count of things: "found 40 unsafe buildings", "3,000 subscribers" (never a clock time,
# a page or a number to text; a 24-hour clock's minutes, "at 19:00 for", count nothing)
_QUANTITY = re.compile(
    r"(?<![\d:])\b\d[\d,.]*[ \t]+(?!(?:[ap]\.?m\b|pm\b|am\b|GMT\b|BST\b))[A-Za-z]{3,}"
)
# a web address the reader is sent to ("sign up at example.test"; a post's own
# "pic.twitter.com/..." link is no address given to the reader)
_WEB_ADDRESS = re.compile(
    r"\b(?:at|on|to|visit)[ \t]+(?:www\.)?[a-z0-9-]+\.[a-z]{2,12}(?:/\S*)?"
    r"(?=[ \t]*[.!?]?[ \t]*$|[ \t,;])"
)
_PRINT_PAGE = re.compile(r"\b(?:on|see)[ \t]+pages?[ \t]+[A-Z]?\d{1,3}\b", re.IGNORECASE)
# an imperative's first word is not a noun: "Support for the plan grew", "Vote counting
# resumed", "Calls by the union" have a noun's next word
_NOUN_NEXT = frozenset(
    {"of", "by", "for", "is", "are", "was", "were", "has", "have", "had", "will", "would"}
)
# what follows an imperative's verb: determiners, pronouns, particles, adverbs of the page
_TAKEN = frozenset(
    "the a an our us this these that all every each more now here there up in on out back to "
    "for it them him her me your you any some free live with along along today tonight off "
    "over by".split()
)
_PAST = frozenset({"was", "were", "had", "did", "said", "told", "sent", "took", "got", "lost"})
# words after which a word in -ed is no past act ("is funded", "to registered customers")
_NOT_SUBJECT = _TAKEN | frozenset(
    "and or but to of at from with by as is are be been being has have get gets will would "
    "can could may might should must not also".split()
)
_FUNCTION = frozenset(
    "that this with from have been were will would their there about after before more than "
    "which also into over some they them what when where while your yours ours here just "
    "only even very much many most such said says could should does other these those "
    "being still then than onto upon each every".split()
)
# person names alone as a subject, then a journalist's act, then at most a short place
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
_CREDIT = re.compile(
    rf"[ \t]*(?P<names>{_NAME}(?:,[ \t]+{_NAME})*(?:,?[ \t]+and[ \t]+{_NAME})?)[ \t]+"
    r"(?:reported|contributed|wrote|edited|produced|compiled|filed|reports|contributes)"
    # ... then a place or the page, nothing more ("wrote on X that ..." reports words)
    r"(?:[ \t]+(?:from|in|to|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
    r"|[ \t]+to[ \t]+this[ \t]+(?:report|story|article))?[.]?[ \t]*$"
)
# a capitalised word after a sentence's first (its first may be capitalised for the stop)
_PROPER = re.compile(r"(?<=[ \t(])[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
_POSSESSIVE = re.compile(r"\b([A-Za-z]+)['’]s\b")
_NOT_POSSESSIVE = frozenset({"it", "that", "there", "what", "here", "let", "who", "he", "she"})
# "[<page>] [was] <act> by <Name>[, and <act> by <Name>]": a page's makers (`_made_by`)
_BY_CREDIT = re.compile(
    r"[ \t]*(?:(?P<subject>(?:[\w'’]+[ \t]+){1,3})(?:was|is|were|are|has[ \t]+been|have[ \t]+been)"
    r"[ \t]+)?[A-Za-z-]+[ \t]+by[ \t]+[A-Z][^\n.!?]{1,120}[.]?[ \t]*$"
)
# a page label's words besides the medium's, and the words that hand it to its event
_LABEL_WORDS = frozenset("live latest full breaking rolling continuing more the our".split())
_LABEL_LINKS = frozenset("on of about from".split())
# a label's own mark: "live", "latest", "full" ("The story of the rescue" is a subject)
_LABEL_MARKS = frozenset("live latest full breaking rolling continuing".split())
_PAGE_OWNERS = frozenset({"this", "today's", "today’s", "the", "our", "tonight's", "tonight’s"})
_ABOUT = re.compile(r"[ \t]*About[ \t]+[A-Z][\w&'’.-]*(?:[ \t]+[A-Z&][\w&'’.-]*){0,4}[ \t]*:")
# a label of at most three words before a colon opening a line ("REGISTER NOW: ...")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2})[ \t]*:")
# what may follow a call's verb in its label: "Register now:", "Sign up:", "Listen again:"
_CALL_TAIL = frozenset("now here today up in online free live again more".split())
# a reader's message the page prints: "A reader in Carrow writes: ...", "One listener
# emailed:" (the reader in the singular, a verb of sending, a colon)
_READER_WRITES = re.compile(
    r"[ \t]*(?:An?|One|Another)[ \t]+(?P<noun>[a-z]+)\b[^:\n.!?]{0,60}?[ \t]"
    r"(?:writes|wrote|emails|emailed|texts|texted|messages|messaged|asks|asked|adds)[ \t]*:"
)
# a sentence about a person opening with the name ("Jane Roe is a historian at ...", "Jane
# Roe's new book is out in May.")
_ABOUT_PERSON = re.compile(
    rf"[ \t]*(?P<name>{_NAME})(?:['’]s\b|[ \t]+(?:is|was|has|writes|teaches|lives)\b)"
)
# a maker's name in furniture: "By Jane Roe", "Follow Jane on X", "Written by Jane Roe"
_MAKER = re.compile(r"(?:\b[Bb]y|\bFollow)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")
# a call after a fronted purpose: "For the latest news, head to ...", "To comment, log in"
_FRONTED = re.compile(r"[ \t]*(?:For|To)[ \t][^\n]{1,100},[ \t]*(?P<rest>[a-z][^\n]*)")
# the page presenting itself: "This is a transcript of ..."
_THIS_IS = re.compile(r"[ \t]*This[ \t]+is[ \t]+(?:a|an|the)[ \t]")
# the page's own earlier text as a subject ("An earlier version said ...", "A previous
# edition of this article gave ...")
_VERSION = re.compile(
    r"(?:An?|The)[ \t]+(?:earlier|previous|original|prior|first)[ \t]+"
    r"(?:version|edition|draft)\b"
)


class _Lists(NamedTuple):
    """The word lists of consensus/data/page_words.toml the cues read."""

    reader_verbs: frozenset[str]
    reader_nouns: frozenset[str]
    medium: frozenset[str]  # medium words and page nouns
    trade_nouns: frozenset[str]
    page_nouns: frozenset[str]
    page_acts: frozenset[str]
    time: frozenset[str]
    pointers: frozenset[str]
    copy: frozenset[str]  # what a handed-over copy is called, medium words included
    promo: frozenset[str]
    finite: frozenset[str]  # verbs a finite clause needs in a short line


@cache
def _lists() -> _Lists:
    w = words()
    medium = w["medium_words"] | w["page_nouns"]
    return _Lists(
        reader_verbs=w["reader_verbs"],
        reader_nouns=w["reader_nouns"],
        medium=medium,
        trade_nouns=w["trade_nouns"],
        page_nouns=w["page_nouns"],
        page_acts=w["page_acts"],
        time=w["time_words"],
        pointers=w["pointer_words"],
        copy=medium | w["copy_words"],
        promo=w["promo_labels"],
        finite=w["finite_verbs"],
    )


def page_cue_spans(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    found: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """[start, end) spans of ``text`` that are page furniture by the rules of the module
    docstring, unsorted. ``title`` and ``outlet`` are the article's headline and publisher
    when known (they sharpen "no word of the event" and "names the page itself"); ``found``
    are furniture spans other rules found, whose names are not the story's ("By Jane Roe,
    Local Democracy Reporter" does not make the reporting service an actor)."""
    body = _masked(text, found)
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    out: list[tuple[int, int]] = []
    makers = _makers(text, found)
    bio_edge = {m.start() for m in lines[:_BIO_LINES] + lines[-_BIO_LINES:]}
    for k, m in enumerate(lines):
        if (
            _credit(m.group(), body)
            or _ABOUT.match(m.group())
            or _reader_writes(m.group())
            or (m.start() in bio_edge and _about_maker(m.group(), body, makers))
            or (k + 1 < len(lines) and _handover(m.group(), lines[k + 1].group()))
        ):
            out.append(m.span())
        elif _promo_line(m.group()):
            out.append((m.start(), m.start() + _until_reporting(m.group())))
    for m in _SENTENCE.finditer(text):
        if _made_by(m.group(), body):
            out.append(m.span())
    edge = {m.start() for m in lines[:_TOP_LINES] + lines[-_TAIL_LINES:]}
    tail = {m.start() for m in lines[-_TAIL_LINES:]}
    top = {m.start() for m in lines[:1]}
    starts = [m.start() for m in lines]

    def line_start_of(at: int) -> int:
        k = bisect.bisect_right(starts, at) - 1
        return starts[k] if k >= 0 else 0

    event = _event_words(text, lines, title)
    own = _outlet_pattern(outlet)
    beside: list[tuple[int, tuple[int, int]]] = []
    lines_found: set[int] = set()
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        if (
            not sentence
            or len(sentence.split()) > _MAX_WORDS
            or _QUOTE_MARKS.intersection(sentence)
            or REPORTED.search(sentence)
            or in_quotation(text, m.start())
            or in_turn(text, m.start())
        ):
            continue
        if line_start_of(m.start()) in top and _page_label(sentence):
            out.append(m.span())  # "Live updates on the strike at the port."
            continue
        strong = _addresses_reader(sentence, own) + _names_page(sentence, own)
        line_start = line_start_of(m.start())
        if (
            not _names_medium(sentence)
            and not (line_start in edge and _medium_imperative(sentence))
            and not _self_described(sentence, own)
        ):
            continue
        if not strong and line_start not in edge:
            continue
        eventless = (
            not event.intersection(_content(own.sub(" ", sentence) if own else sentence))
            and not _counts(sentence)
            and not _names_actor(text, body, m.start(), m.end(), own)
        )
        if not strong:
            if eventless:
                beside.append((line_start, m.span()))
            continue
        if (
            strong < 2
            and (not eventless or _narrates(sentence))
            and not (line_start in tail and _self_described(sentence, own, indefinite=True))
        ):
            # "That claim was challenged on our programme by the union."; a trade paper's
            # own description at the tail shares the event's words and is still the page
            # ("Rail Weekly is an independent news service for the rail industry.")
            continue
        line_end = text.find("\n", m.end())
        after = text[m.end() : len(text) if line_end < 0 else line_end]
        if REPORTED.search(after) or _QUOTE_MARKS.intersection(after):
            continue  # it leads into someone's words: "That claim was challenged on our
            # programme by the union. Its president said ..."
        if strong + 1 + eventless + (line_start in edge) >= _CUES:
            out.append(m.span())
            lines_found.add(line_start)
    # furniture comes in runs: at the page's edge, a sentence of the medium without a word
    # of the event shares its line with furniture found above ("That was the five o'clock
    # news. Listen again on our app.")
    out.extend(span for line_start, span in beside if line_start in lines_found)
    return out


def page_run_spans(
    text: str,
    found: Sequence[tuple[int, int]],
    *,
    title: str | None = None,
    outlet: str | None = None,
) -> list[tuple[int, int]]:
    """Furniture comes in runs: a short sentence right beside furniture ``found`` on its
    line (only blanks between) that holds no word of the event, counts nothing, names
    nobody the reporting names and tells no past act is furniture too ("Radio news. It's
    seven minutes past eight.", "Want to respond? Submit a letter to the editor."); so is a
    sentence about the page's own earlier version beside it ("This article was amended on
    May 2. An earlier version said ..."). Never inside quotation marks, a transcript's turn,
    or with a reporting verb (but the page's version's). Runs grow one sentence at a time."""
    spans = sorted(found)
    if not spans:
        return []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    body = _masked(text, spans)
    event = _event_words(text, lines, title)
    own = _outlet_pattern(outlet)
    ends = {e for _, e in spans}
    starts = {s for s, _ in spans}
    candidates = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        s, e = m.start(), m.start() + len(m.group().rstrip())
        if any(a <= s and e <= b for a, b in spans):
            continue
        version = _VERSION.match(sentence) is not None
        if (
            not sentence
            or len(sentence.split()) > (_MAX_WORDS if version else _RUN_WORDS)
            or _QUOTE_MARKS.intersection(sentence)
            or in_quotation(text, s)
            or in_turn(text, s)
        ):
            continue
        if not version and (
            REPORTED.search(sentence)
            or _narrates(sentence)
            or event.intersection(_content(own.sub(" ", sentence) if own else sentence))
            or _counts(sentence)
            or _names_actor(text, body, s, e, own)
        ):
            continue
        candidates.append((s, e))
    out: list[tuple[int, int]] = []
    grew = True
    while grew:
        grew = False
        for s, e in candidates:
            if (s, e) in out:
                continue
            before = text.rfind("\n", 0, s) + 1
            after = text.find("\n", e)
            after = len(text) if after < 0 else after
            if (
                any(before <= b <= s and not text[b:s].strip() for b in ends)
                or any(e <= a <= after and not text[e:a].strip() for a in starts)
                or (_closes_page(text, s, e, [*spans, *out]) and _page_cue(text[s:e], own))
            ):
                out.append((s, e))
                ends.add(e)
                starts.add(s)
                grew = True
    return out


def _closes_page(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence ``text[start:end]`` is a whole line of the page's closing
    furniture: the line before it (past blank lines) is furniture whole and every line after
    it is furniture whole, or there is none ("Send us your pictures: ... / <Outlet>: the
    latest news for the valley."). A footer is furniture line after line, never one line
    alone; the caller asks also for a cue of the page in it (`_page_cue`)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if text[lo:start].strip() or text[end:hi].strip():
        return False
    rest = [m.span() for m in _LINE.finditer(text, hi) if m.group().strip()]
    above = [m.span() for m in _LINE.finditer(text, 0, lo) if m.group().strip()]
    return bool(above) and all(_covered(text, a, b, spans) for a, b in [above[-1], *rest])


def _page_cue(sentence: str, own: re.Pattern[str] | None) -> bool:
    """Whether a closing line speaks of the page: a word of the medium, its first word too
    ("Comments are moderated ..."), the page itself or its outlet, or the reader ("Divers
    will inspect the hull on Thursday." has none: news, wherever it stands)."""
    first = _TOKEN.findall(sentence.lower())[:1]
    return (
        _names_medium(sentence)
        or not _lists().medium.isdisjoint(first)
        or _names_page(sentence, own)
        or _addresses_reader(sentence, own)
    )


def _covered(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``spans`` cover every word of ``text[start:end]``."""
    chars = [False] * (end - start)
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = True
    return all(c or text[start + k].isspace() for k, c in enumerate(chars))


def _reader_writes(line: str) -> bool:
    """A reader's message the page prints ("A reader in Carrow writes: ..."): the page's
    own audience (`reader_nouns` in the singular), not a source of the story."""
    m = _READER_WRITES.match(line)
    return m is not None and f"{m.group('noun')}s" in _lists().reader_nouns


def _makers(text: str, found: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The words of names in furniture already found after "By" or "Follow" (a byline, a
    credit, "Follow Nadia on X"): the page's makers."""
    names = (_MAKER.findall(text[s:e]) for s, e in found)
    return frozenset(w for group in names for n in group for w in n.split() if len(w) > 2)


def _about_maker(line: str, body: str, makers: frozenset[str]) -> bool:
    """A line about one of the page's makers, its author's bio or plug ("Jane Roe is a
    historian at ...", "Jane Roe's new book is published by ..."): it opens with a person's
    name that shares a word with a name in furniture found elsewhere (`_makers`), and the
    reporting names that person nowhere but at the start of such lines; never with a
    reporting verb or a quotation."""
    m = _ABOUT_PERSON.match(line)
    if m is None or _QUOTE_MARKS.intersection(line) or REPORTED.search(line):
        return False
    name = m.group("name")
    if not makers.intersection(name.split()):
        return False
    at = [h.start() for h in re.finditer(re.escape(name), body)]
    return all(not body[body.rfind("\n", 0, a) + 1 : a].strip() for a in at)


def _promo_line(line: str) -> bool:
    """A line opened by a promotion's label: a call to the reader ("REGISTER NOW: ...",
    "Sign up: ...") or the page's offer (`promo_labels`: "Webinar: ...", "POLL: Should
    ...?"); never with a figure after the colon ("Support: 45%"), a count ("Poll: Labour
    leads by 5 points") or a quotation."""
    m = _LABEL.match(line)
    if m is None or _QUOTE_MARKS.intersection(line):
        return False
    rest = line[m.end() :].strip()
    if not rest or rest[:1].isdigit():
        return False
    label = m.group("label").lower().split()
    if label[0] in _lists().reader_verbs and set(label[1:]) <= _CALL_TAIL:
        return True
    return bool(_lists().promo.intersection(label)) and not _counts(rest)


def _until_reporting(line: str) -> int:
    """Where a note's line turns to reporting: the start of its first sentence after the
    first with a reporting verb or a quotation ("Editor's note: This article was amended.
    Police said ..."), else its end."""
    for k, m in enumerate(_SENTENCE.finditer(line)):
        if k and (REPORTED.search(m.group()) or _QUOTE_MARKS.intersection(m.group())):
            return m.start()
    return len(line.rstrip())


def _handover(line: str, nxt: str) -> bool:
    """A page's seam before a wire's copy: a short line that points ahead (`pointer_words`:
    "follows", "below", "here") and names the copy (`copy_words`, medium words: "report",
    "wire", "agency"), right above a line that opens with a wire's dateline ("Here is the
    full report from the agency." / "KELSBURG, Nov 15 (NLP) - ...")."""
    if (
        len(line.split()) > _HANDOVER_WORDS
        or _QUOTE_MARKS.intersection(line)
        or REPORTED.search(line)
        or not opens_with_dateline(nxt)
    ):
        return False
    tokens = set(re.findall(r"[a-z]+", line.lower()))  # "the agency's" names the agency
    return bool(tokens & _lists().pointers) and bool(tokens & _lists().copy)


def _masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the ``spans`` blanked (same length)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _names_actor(text: str, body: str, start: int, end: int, own: re.Pattern[str] | None) -> bool:
    """Whether the sentence names someone or something the article's reporting (``body``:
    the text without furniture found so far) names elsewhere: a capitalised word after its
    first (not a word of the medium or the clock), not the outlet's own name, or anyone's
    possessive but the outlet's."""
    sentence = text[start:end]
    if own is not None:
        sentence = own.sub(" ", sentence)
    lead = len(sentence) - len(sentence.lstrip())
    if any(
        m.group(1).lower() not in _NOT_POSSESSIVE
        and not (m.group(1)[:1].isupper() and m.start() > lead)  # a name's: `_PROPER` below
        for m in _POSSESSIVE.finditer(sentence)
    ):
        return True  # someone else's thing: "Members can vote on the union's website"
    rest = body[:start] + body[end:]
    return any(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", rest)
        for w in _PROPER.findall(sentence)
        # a programme's name in words of the medium and the clock ("Evening Report") is the
        # page's own, no actor
        if w.lower() not in _FUNCTION
        and w.lower() not in _TAKEN
        and w.lower() not in _lists().time
        and w.lower() not in _lists().medium
    )


def _content(sentence: str) -> set[str]:
    """The sentence's content words: no function word, no word of the medium or the clock
    ("o'clock" is the clock's whole, never a "clock" of the event), none of a web address."""
    skip = _lists().medium | _lists().time
    lowered = _without_addresses(sentence.lower())  # "example.com/fire" is the page's
    lowered = _CLOCK_WORD.sub(lambda m: " " if m.group() in skip else m.group(), lowered)
    return {w for w in _CONTENT.findall(lowered) if w not in _FUNCTION and w not in skip}


def _counts(sentence: str) -> bool:
    """Whether the sentence counts things ("found 40 unsafe buildings"); "at 8, Tuesday 17
    March" counts nothing: a word of the clock or the calendar after the number."""
    return any(
        m.group().split()[-1].lower() not in _lists().time for m in _QUANTITY.finditer(sentence)
    )


def _event_words(text: str, lines: list[re.Match[str]], title: str | None) -> set[str]:
    """The content words of the headline and of the lede (the first line of at least
    `_LEDE_WORDS` words). A headline's label before a colon that names the medium ("Five
    o'clock news: ...", "Live updates: ...", "Analysis: ...") is the page's, not the event's."""
    lede = next((m.group() for m in lines if len(m.group().split()) >= _LEDE_WORDS), "")
    head = title or ""
    label, colon, rest = head.partition(":")
    if (
        colon
        and len(label.split()) <= 4
        and _lists().medium.intersection(_TOKEN.findall(label.lower()))
    ):
        head = rest
    return _content(f"{head} {lede}")


# "Example Farmer (news for growers)": the outlet's description after its name
_DESCRIBED = re.compile(r"[ \t]*\([^()]*\)[ \t]*$")


@lru_cache(maxsize=4096)  # (one per outlet: a batch of many outlets reads each again)
def _outlet_pattern(outlet: str | None) -> re.Pattern[str] | None:
    """The outlet's name in its own text: the whole name without a leading "The", or its
    last word after "the" or before "'s" ("the Post's website" of the Evening Post), or the
    words after a broadcaster's call sign ("Channel 9" of "KDNM Channel 9"), or the name
    without a last word of the medium when two words or more are left ("Acme FM" of "Acme FM
    News": "on the Acme FM app"); a description in brackets after the name ("Example
    Farmer (news for growers)") is no part of it."""
    if not outlet or not outlet.strip():
        return None
    name = re.sub(r"^[Tt]he[ \t]+", "", _DESCRIBED.sub("", outlet.strip()) or outlet.strip())
    parts = [re.escape(name)]
    first, *rest = name.split()
    if re.fullmatch(r"[A-Z]{3,5}", first) and len(rest) >= 2:
        parts.append(re.escape(" ".join(rest)))  # a call sign's station: "Channel 9"
    last = name.split()[-1]
    if len(name.split()) > 1 and last[:1].isupper():
        parts.append(rf"\bthe[ \t]+{re.escape(last)}['’]s\b")
    if len(name.split()) > 2 and last.lower() in _lists().medium:
        parts.append(re.escape(name.rsplit(None, 1)[0]))  # "Acme FM" of "Acme FM News"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")


# (`_addresses_reader`, `_names_page` and `_names_medium` are pure functions of their
# arguments, the word lists loaded once: remembered, since copies and variants of one story
# repeat their sentences)
@lru_cache(maxsize=1 << 14)
def _addresses_reader(sentence: str, own: re.Pattern[str] | None) -> bool:
    """An imperative of a reader's act, "you", or the outlet's readers: "Subscribers ...",
    "our readers", "<Outlet> subscribers" (never "his members", "3.1 million subscribers":
    someone else's)."""
    verbs, readers = _lists().reader_verbs, _lists().reader_nouns
    tokens = _TOKEN.findall(sentence.lower())
    if not tokens:
        return False
    if tokens[0] == "please":
        tokens = tokens[1:]
    if tokens and tokens[0] in verbs and sentence.lstrip()[:1].isupper() and _takes(sentence):
        return True
    fronted = _FRONTED.match(sentence)  # "For the latest news, head to ...": the same call
    if fronted and _TOKEN.findall(fronted.group("rest"))[0] in verbs:
        return _takes(fronted.group("rest"))
    if _YOU.search(sentence):
        return True
    if tokens and tokens[0] in readers and _offered(tokens[1:2]):
        return True
    m = _owned_readers(None if own is None else own.pattern).search(sentence)
    return m is not None and _offered(_TOKEN.findall(sentence[m.end() :].lower())[:1])


@lru_cache(maxsize=4096)
def _owned_readers(own: str | None) -> re.Pattern[str]:
    """ "our readers", "these subscribers", or the outlet's (`own`, its name's pattern)
    readers: compiled once per outlet, not per sentence."""
    owner = r"\b(?:our|these|the[ \t]+site['’]s)"
    if own is not None:
        owner = rf"(?:{owner}|{own})"
    nouns = "|".join(sorted(_lists().reader_nouns))
    return re.compile(rf"{owner}[ \t]+(?:{nouns})\b", re.IGNORECASE)


# "reader-funded", "family-owned": an adjective made of a noun and a participle
_COMPOUND_ED = re.compile(r"\b[a-z]+-[a-z]+ed\b")


def _narrates(sentence: str) -> bool:
    """Whether the sentence tells a past act, as reporting does ("Vale Courier readers
    complained to the regulator", "That claim was challenged on our programme"): a past
    auxiliary, or a word in -ed after a subject (not after "is", "to", "the", "and": "is
    funded", "to registered customers" are no past acts). Furniture speaks in the present,
    the future or the imperative. A compound adjective in -ed ("reader-funded",
    "family-owned") describes, it tells no act."""
    tokens = _TOKEN.findall(_COMPOUND_ED.sub(" ", sentence.lower()))
    return any(
        t in _PAST or (t.endswith("ed") and k > 0 and tokens[k - 1] not in _NOT_SUBJECT)
        for k, t in enumerate(tokens)
    )


def _offered(after: list[str]) -> bool:
    """Whether the word after the readers tells what the page offers them ("Subscribers
    get ...", "Listeners can text ..."), not what readers did ("Viewers complained to the
    regulator", "Members of the union"): no "of", no past tense."""
    word = after[0] if after else ""
    return word != "of" and not word.endswith("ed") and word not in _PAST


# a web address as one word, lower-cased: "example.com", "www.example.org/fire" (parts of two
# letters or more: never "p.m." or "6.6")
_ADDRESS_WORD = re.compile(r"(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})+(?:/\S*)?")


def _without_addresses(lowered: str) -> str:
    """The sentence without its web addresses, word by word (a match anchored at each
    word's start stays linear on a 200 KB token)."""
    if "." not in lowered:
        return lowered
    return " ".join(
        w for w in lowered.split() if _ADDRESS_WORD.fullmatch(w.rstrip(".,;:!?)")) is None
    )


def _takes(sentence: str) -> bool:
    """Whether the word after an opening verb is what an imperative takes: a closed-class
    word ("the", "our", "up", "every"), a name ("Follow GoalLine"), an -ing form ("Keep
    reading"), a web address, or nothing; "Sign language interpreters stood ..." opens with
    a noun."""
    words = sentence.lstrip().split()
    if words and words[0].lower().strip(",.") == "please":
        words = words[1:]
    if len(words) < 2:
        return True
    nxt = words[1].strip(",.;:!?()\"'“”")
    low = nxt.lower()
    return (
        low in _TAKEN
        or (nxt[:1].isupper() and low not in _NOUN_NEXT)
        or low.endswith("ing")
        or nxt[:1].isdigit()
        or _ADDRESS_WORD.fullmatch(low) is not None  # "visit example.com/fire"
    )


@lru_cache(maxsize=1 << 14)
def _names_page(sentence: str, own: re.Pattern[str] | None) -> bool:
    lowered = sentence.lower()
    if _WE.search(sentence) or _PRINT_PAGE.search(sentence):
        return True
    if own is not None and own.search(sentence):
        return True
    nouns = _lists().page_nouns
    tokens = _TOKEN.findall(lowered)
    if any(a == "this" and b in nouns for a, b in itertools.pairwise(tokens)):
        return True
    if _THIS_IS.match(sentence) and tokens[3:4] and tokens[3] in nouns:
        return True  # "This is a transcript of ...", "This is an edited version ..."
    return _trade_noun().search(lowered) is not None


@cache
def _trade_noun() -> re.Pattern[str]:
    """Any of the trade's nouns as a whole word (one alternation: it finds a match where any
    one noun's own search would)."""
    nouns = sorted(_lists().trade_nouns, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in nouns)})\b")


def _page_label(sentence: str) -> bool:
    """The page's own label as its first sentence: at most three words of the medium, one of
    them a label's mark ("Live updates", "Full coverage", "The latest"), before
    "on"/"of"/"about"/"from" the event, and no verb anywhere ("Live updates on the Final
    Certificate exam leak."); "Coverage of the trial was cut" and "Updates on the repairs
    will follow" have one and are news."""
    tokens = _TOKEN.findall(sentence.lower())
    head = list(itertools.takewhile(lambda t: t not in _LABEL_LINKS, tokens))
    if not head or len(head) > 3 or len(head) == len(tokens):
        return False
    medium = _lists().medium
    if (
        not set(head) <= medium | _LABEL_WORDS
        or not medium.intersection(head)
        or not _LABEL_MARKS.intersection(head)  # "The story of the rescue spread ..."
    ):
        return False
    finite = _lists().finite
    return not any(t in finite or t in _PAST or (t.endswith("ed") and len(t) > 4) for t in tokens)


def _medium_imperative(sentence: str) -> bool:
    """Whether the sentence opens with an imperative whose own verb is the reader's use of
    the medium ("Watch KRT Tonight at 9 p.m.", "Listen again from 6 a.m."): the verb names
    the medium as well as addressing the reader. Read only at the page's edge: in the body
    "Follow the river path north" may be advice the story reports."""
    tokens = _TOKEN.findall(sentence.lower())
    return (
        bool(tokens)
        and tokens[0] in _lists().medium
        and tokens[0] in _lists().reader_verbs
        and sentence.lstrip()[:1].isupper()
        and _takes(sentence)
    )


def _self_described(
    sentence: str, own: re.Pattern[str] | None, *, indefinite: bool = False
) -> bool:
    """The outlet as the subject of "is"/"are", describing itself ("The Vale Courier is a
    member of the press standards body"): what the medium is, whatever its words. With
    ``indefinite``, only a description by "a"/"an" ("is an independent news service"; not
    "is being sued", "is the subject of a complaint")."""
    if own is None:
        return False
    subject = sentence.lstrip().removeprefix("The ")
    m = own.match(subject)
    copula = _COPULA_A if indefinite else _COPULA
    return m is not None and copula.match(subject, m.end()) is not None


_COPULA = re.compile(r"[ \t]+(?:is|are)[ \t]")
_COPULA_A = re.compile(r"[ \t]+(?:is|are)[ \t]+(?:a|an)[ \t]")


@lru_cache(maxsize=1 << 14)
def _names_medium(sentence: str) -> bool:
    """A word of the medium or of a reader's act on it ("website", "the latest", "read"), a
    number to call or text ("to 84321", "on 0800 555 0100") or a web address; not any
    reader's verb ("we will share what we learn" is a statement's)."""
    tokens = _TOKEN.findall(sentence.lower())[1:]  # (an imperative's verb is its address)
    return (
        bool(_lists().medium.intersection(tokens))
        or _CONTACT_NUMBER.search(sentence) is not None
        or _WEB_ADDRESS.search(sentence) is not None
    )


def _made_by(sentence: str, text: str) -> bool:
    """The page's makers credited: a page-making act (`page_acts`) by names the article
    mentions nowhere else, its subject absent or the page itself ("Sponsored by Example
    Drilling.", "Today's letter was written by Jane Roe and edited by John Doe."); "The
    attack was condemned by Ana Belo" has no page act, "The film was produced by ..." no
    page as its subject."""
    m = _BY_CREDIT.match(sentence)
    if m is None:
        return False
    subject = _TOKEN.findall((m.group("subject") or "").lower())
    page = _lists().medium | _PAGE_OWNERS
    if subject and (
        not set(subject) <= page
        or subject[-1] not in _lists().medium
        or not set(subject[:-1]) - {"the"}  # "The letter was written by ..." is news
    ):
        return False
    acts = _lists().page_acts
    parts = re.split(r"\bby[ \t]+", sentence)
    if not all(p.split()[-1].lower().strip(",") in acts for p in parts[:-1] if p.split()):
        return False
    names = [n for p in parts[1:] for n in re.findall(_NAME, p)]
    return bool(names) and all(text.count(n) == 1 for n in names)


def _credit(line: str, text: str) -> bool:
    """A credit line whose names the article mentions nowhere else."""
    m = _CREDIT.match(line)
    if m is None:
        return False
    names = re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+", m.group("names"))
    return all(text.count(n.strip()) == 1 for n in names if n.strip())
