"""Short furniture lines the sentence rules only half find, read by the shape of the line.

`consensus.nonclaims` and the modules it calls find furniture sentence by sentence; a short
line of page furniture often holds one sentence no rule knows beside one they do ("Price
data: <exchange>, settlement prices. Subscribers can download the full list."), or opens
with a question put to the reader ("Found this useful? Send it to a colleague."). The
sentence left over then reads as a fact. Two shapes of a whole line, each never taken when
the line quotes anyone, reports someone's words (a reporting verb) or is a transcript's
turn ("PRESENTER: ..."):

    - a short line (at most `_SHORT_LINE_WORDS` words) of several sentences, one of which
      the rules found whole and each other of which is the page about itself (it names the
      outlet, speaks as "we" / "our" / "us", or opens with a short label before a colon):
      the line is furniture to its ends ("<Outlet>'s tracker will be updated daily.
      Subscribers can download the full log.", "Price data: <exchange>, settlement
      prices. ..."); a lead beside page talk ("The airport was shut for hours. Here is
      what we know.") names neither and stays; so is a short line of the page about
      itself beside a bare tag of at most `_TAG_WORDS` words with no auxiliary or past
      form ("Updates from our team at <place>. Newest first.", "Our reporters are at
      <street>. All times local."), never tags alone ("Three dead. Two hurt.") nor the
      page's "we" alone ("Our reporter saw the blaze. We counted four engines." is news);
    - a short line holding a short question (at most `_QUESTION_WORDS` words) put to the
      reader: no question word ("what", "why", "how" ...: an explainer's "What went
      wrong? Engineers blamed a valve." is news), and either no opening auxiliary or a
      first or second person in it ("Not a subscriber yet?", "Questions about the
      refund?", "Am I covered?"; "Is the water safe?" asks about the story).

And three shapes of a single short line (the same guards):

    - a lead-in of the page about itself closed by a colon, after a clock time if any
      ("11:30 - A reminder of how we got here:", "Where our readers stand:"; at most
      `_LEAD_IN_WORDS` words);
    - a label before a colon that names the outlet ("Elsewhere in the <Outlet> today:
      ...", "More from <Outlet>: ..."): the page pointing at its other pages;
    - a labelled reference to a paper ("Journal reference: Roe J. et al., ...").

Only the grammar of the line is read (its length, its sentences, a question mark, closed
classes of words), never one site's strings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from consensus.furniture import REPORTED, in_turn
from consensus.furniture_model import merged_spans
from consensus.page_cues import _outlet_pattern

__all__ = ["furniture_line_spans"]

_SHORT_LINE_WORDS = 25  # a line this short with a found sentence is furniture whole
_QUESTION_WORDS = 5  # a question to the reader is this short
_LEAD_IN_WORDS = 12  # a live page's lead-in closed by a colon is this short
_LABEL_NAME_WORDS = 6  # a label naming the outlet before its colon is this short
_TAG_WORDS = 3  # a page's tag ("Newest updates first.") is this short
_LINE = re.compile(r"[^\n]+")
_QUOTES = frozenset('"“”«»')
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# closed classes: question words, auxiliaries and modals, first and second persons
_WH = frozenset("what why how who whom whose when where which".split())
_AUX = frozenset(
    "is are was were am be been do does did has have had can could will would shall should"
    " may might must".split()
)
_PERSONS = frozenset("i me my we us our you your".split())
_OURS = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[-–—|:]\s*", re.IGNORECASE)
_REFERENCE = re.compile(r"\s*[A-Z][a-z]+(?:[ \t][a-z]+)?:\s[^\n]*\bet\s+al\b")
_LABEL = re.compile(r"\s*[A-Z][a-z]+(?:[ \t][a-z]+)?:\s")  # "Price data: ", never "PRESENTER: "
# a reporting verb in any case (wider than `REPORTED`, which marks where furniture stops)
_REPORTS = re.compile(
    r"\b(?:said|says|told|tells|asked|urged|according\s+to|announced|reported|added|warned"
    r"|denied|insisted|claimed|stated|confirmed|reports?\s+that)\b",
    re.IGNORECASE,
)


def furniture_line_spans(
    text: str, found: list[tuple[int, int]], outlet: str | None = None
) -> list[tuple[int, int]]:
    """[start, end) of each short line of ``text`` that is furniture whole by one of the
    shapes above, given the spans ``found`` so far and the article's ``outlet`` (its name
    in the text marks the page about itself). Linear in the text: each line is read
    once, the found spans merged and searched by bisection."""
    from consensus.offline.sentences import sentence_spans  # nonclaims sits below offline

    taken = merged_spans(found)
    starts = [s for s, _ in taken]
    own = _outlet_pattern(outlet)
    short = _short_name(outlet)

    def about_itself(sentence: str) -> bool:
        return bool(
            _OURS.search(sentence) or _LABEL.match(sentence) or (own and own.search(sentence))
        )

    def covered(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s) - 1
        return k >= 0 and taken[k][1] >= e

    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        body = line.group()
        if len(body.split()) > _SHORT_LINE_WORDS or not body.strip():
            continue
        if _QUOTES.intersection(body) or REPORTED.search(body) or _REPORTS.search(body):
            continue
        if in_turn(text, line.start()):
            continue
        sentences = [
            (line.start() + s, line.start() + e)
            for s, e in sentence_spans(body)
            if body[s:e].strip()
        ]
        label, colon, _ = body.partition(":")
        if (
            any(_asks_reader(text[s:e]) for s, e in sentences)
            or _REFERENCE.match(body)
            or _lead_in(body, about_itself)
            or (
                colon
                and len(label.split()) <= _LABEL_NAME_WORDS
                and any(p is not None and p.search(label) for p in (own, short))
            )
        ):
            out.append(line.span())
        elif len(sentences) > 1:
            kinds = [
                "aside"  # a bracketed aside ("(APPLAUSE)") tells nothing of its line
                if _bracketed(text[s:e])
                else "found"
                if covered(s, e)
                else "self"
                if about_itself(text[s:e])
                else "tag"
                if _bare_tag(text[s:e])
                else "news"
                for s, e in sentences
            ]
            if "news" not in kinds and ("found" in kinds or {"self", "tag"} <= set(kinds)):
                out.append(line.span())
    return out


def _bracketed(sentence: str) -> bool:
    """Whether ``sentence`` is one bracketed aside, a transcript's "(APPLAUSE)": found as
    furniture or not, it makes no line of a speaker's "we" the page's own."""
    bare = sentence.strip()
    return bare[:1] in "([" and bare[-1:] in ")]"


def _short_name(outlet: str | None) -> re.Pattern[str] | None:
    """The outlet's last word after "the" ("the Herald" of "Example Herald"), when the
    name has several words and that one is capitalised."""
    words = (outlet or "").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return re.compile(rf"\bthe[ \t]+{re.escape(words[-1])}\b")


def _lead_in(body: str, about_itself: Callable[[str], bool]) -> bool:
    """A short lead-in of the page about itself closed by a colon (module docstring)."""
    rest = body[m.end() :] if (m := _CLOCK.match(body)) else body
    rest = rest.strip()
    return (
        rest.endswith(":")
        and ":" not in rest[:-1]
        and 0 < len(rest.split()) <= _LEAD_IN_WORDS
        and about_itself(rest)
    )


def _bare_tag(sentence: str) -> bool:
    """Whether ``sentence`` is a tag of a few words with no verb form of a closed class or
    a past form ("Newest first.", "All times local."; never "Nobody was hurt.", "He died.")."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    return (
        0 < len(words) <= _TAG_WORDS
        and not any(ch.isdigit() for ch in sentence)
        and not _AUX.intersection(words)
        and not any(w.endswith("ed") for w in words)
    )


def _asks_reader(sentence: str) -> bool:
    """Whether ``sentence`` is a short question put to the reader (module docstring)."""
    body = sentence.strip()
    if not body.endswith("?"):
        return False
    words = [w.casefold() for w in _WORD.findall(body)]
    if not words or len(words) > _QUESTION_WORDS or _WH.intersection(words):
        return False
    return words[0] not in _AUX or bool(_PERSONS.intersection(words))
