"""Page furniture found by the voice it speaks in, not by one outlet's strings.

`consensus.nonclaims` and `consensus.furniture` know many kinds of furniture by their
wording; an outlet never seen before words them its own way. What stays the same is who
speaks and to whom: the outlet to its reader, the page about itself, a label over a
picture. Each rule below is such a shape; its words are general English and live in
`consensus/data/page_words.toml`, which a user can extend.

Sentences (never inside quotation marks or a transcript's turn, never with a reporting
verb: "The union said members could email organisers@..." is news)
    - a way to reach the newsroom: a sentence of at most `_CONTACT_WORDS` words holding an
      e-mail address ("Tips? Write to tips@...", "To report an error, email ..."), or of
      at most `_HANDLE_WORDS` words holding a social handle, with no figure or dash ("Jane
      Roe is on X as @janeroe."; an embedded post's "— Name (@handle) March 3" has both);
    - the reader in the third person opening a short sentence about the outlet's things
      ("Members can comment on articles.", "Subscribers get early access to our ...");
    - an imperative to the reader about the outlet: a verb and then "us" ("Stick with us
      for live results", "Bear with us", "Talk to us"), thanks for the reader's act ("Thank
      you for signing up!");
    - the outlet and its reader in one short sentence ("We'll never share your details.");
      "we" alone is not enough ("Our correspondent counted four canisters" is news);
    - the outlet's promise about its coverage, opening the sentence: "We'll have full
      results here as they come in." ("We will need more tents", a guest's turn running on
      over paragraphs, names no coverage);
    - the reader's device or account ("Your browser does not support the video tag.");
    - the page about itself: "This interview has been edited for length and clarity.",
      "This report contains material from ..." ("This" only: "The report was amended by
      parliament" is news), or its parts: "Quotes have been edited for brevity.", "Names
      have been changed.";
    - a disclaimer's phrase (`page_phrases`: "Prices correct at time of writing.").
Whole lines
    - a short verbless line opening with a picture's noun ("Photo for illustrative purposes
      only.", "Image supplied by the family"); "Video showed the truck ..." has a verb and
      stays;
    - a caption's label: a few words before a colon, one a picture's noun ("In the picture:
      ...", "Video above: ...");
    - a footnote: an asterisk glued to its first word ("*Name changed at the request of the
      interviewee"; "* Police closed the road", a list's item, stays);
    - a short line of the outlet's voice closed by a colon ("Our reporter at the count:").

Pure: no I/O after the word lists load, no clock or randomness; patterns are linear-time.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources

from consensus.furniture import REPORTED, in_quotation, in_turn

__all__ = ["page_voice_spans", "words"]

_CONTACT_WORDS = 25
_SHORT_WORDS = 20
_PICTURE_LINE_WORDS = 8
_HEADER_WORDS = 8
_LABEL_WORDS = 4
_HANDLE_WORDS = 12

_QUOTE_MARKS = frozenset('"“”‘«»')
_SENTENCE = re.compile(r"[^\s.!?][^\n!?]*?(?:[.!?]+(?=\s|$)|$)", re.MULTILINE)
_LINE = re.compile(r"[^\n]+")
_HANDLE = re.compile(r"(?<![\w.@])@\w{2,30}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a verb, then "us": a subject would stand before the verb ("Police told us" is news)
_TO_US = re.compile(
    r"(?:Please[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:with|to|for|on|at|in|by))?[ \t]+us\b"
    r"|(?:Thanks|Thank[ \t]+you)(?:[ \t]+(?:so|very)[ \t]+much)?[ \t]+for[ \t]+\w+ing\b"
)
_NOT_VERBS = frozenset({"he", "she", "it", "they", "i", "you", "we", "who", "all", "both"})
_WE = re.compile(r"\b(?:we|us|our|ours|we['’](?:ll|re|ve|d))\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|yours|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
# the outlet's promise is about its coverage ("We will need more tents" in a guest's turn
# that runs on over paragraphs is the guest's)
_COVERAGE = re.compile(
    r"\b(?:here|below|above|live|updates?|coverage|latest|results|this[ \t]+(?:page|story"
    r"|article|blog|post)|as[ \t]+(?:they|it)[ \t]+(?:come|comes)[ \t]+in)\b",
    re.IGNORECASE,
)
_OUR = re.compile(r"\b(?:our|us)\b", re.IGNORECASE)
_PROMISE = re.compile(r"We(?:['’]ll|[ \t]+will|[ \t]+are[ \t]+going[ \t]+to)\b")
# a footnote under the article: an asterisk glued to its first word ("*Name changed at the
# request of the interviewee"); "* Police closed the road" with a space is a list's item
_FOOTNOTE = re.compile(r"[ \t]*\*+(?=[A-Z])[^\n*]{1,160}$")
_OUR_HEADER = re.compile(r"[ \t]*Our[ \t][^\n:]{1,60}:[ \t]*$")


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(
        resources.files("consensus").joinpath("data/page_words.toml").read_text(encoding="utf-8")
    )
    return {key: frozenset(str(w).lower() for w in value) for key, value in raw.items()}


def words() -> dict[str, frozenset[str]]:
    """The word lists of consensus/data/page_words.toml, lower-cased (also read by
    `consensus.page_cues`)."""
    return _words()


@cache
def _page_self() -> re.Pattern[str]:
    words = _words()
    nouns = "|".join(sorted(map(re.escape, words["page_nouns"])))
    verbs = "|".join(sorted(map(re.escape, words["page_verbs"])))
    holds = "|".join(sorted(map(re.escape, words["page_holds"])))
    parts = "|".join(sorted(map(re.escape, words["page_parts"])))
    return re.compile(
        rf"This[ \t]+(?:{nouns})[ \t]+(?:(?:has|have|had)[ \t]+been|was|is|were)[ \t]+"
        rf"(?:(?:lightly|heavily|slightly|since|also)[ \t]+)?(?:{verbs})\b"
        rf"|This[ \t]+(?:{nouns})[ \t]+(?:contains|includes|uses|features|incorporates)[ \t]+"
        rf"(?:[\w-]+[ \t]+){{0,2}}(?:{holds})\b"
        rf"|(?:(?:Some|All|The|Other|Several)[ \t]+)?(?:{parts})[ \t]+"
        rf"(?:(?:has|have)[ \t]+been|were|are|was)[ \t]+"
        rf"(?:(?:lightly|heavily|slightly|also)[ \t]+)?(?:{verbs})\b",
        re.IGNORECASE,
    )


@cache
def _phrases() -> re.Pattern[str]:
    phrases = sorted(_words()["page_phrases"], key=len, reverse=True)
    joined = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{joined})(?![\w-])", re.IGNORECASE)


def page_voice_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of ``text``: the sentences and lines of the module docstring,
    unsorted."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        body = line.group()
        if _QUOTE_MARKS.intersection(body) or REPORTED.search(body):
            continue
        if (
            _picture_line(body)
            or _picture_label(body)
            or _FOOTNOTE.match(body)
            or (len(body.split()) <= _HEADER_WORDS and _OUR_HEADER.match(body))
        ):
            out.append(line.span())
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        if (
            sentence
            and not _QUOTE_MARKS.intersection(sentence)
            and not REPORTED.search(sentence)
            and not in_quotation(text, m.start())
            and not in_turn(text, m.start())
            and _speaks_to_reader(sentence)
        ):
            out.append(m.span())
    return out


# (pure, the word lists loaded once: remembered, since copies and variants of one story
# repeat their sentences)
@lru_cache(maxsize=1 << 14)
def _speaks_to_reader(sentence: str) -> bool:
    words = sentence.split()
    if "@" in sentence and _EMAIL.search(sentence):  # (the test first: a long run is quadratic)
        return len(words) <= _CONTACT_WORDS
    if (
        "@" in sentence
        and _HANDLE.search(sentence)
        and len(words) <= _HANDLE_WORDS
        and not any(c.isdigit() or c in "—–" for c in sentence)
    ):
        return True  # "Jane Roe is on X as @janeroe." (a post's credit has a date, a dash)
    if len(words) > _SHORT_WORDS:
        return False
    if _TO_US.match(sentence) and words[0].lower() not in _NOT_VERBS:
        return True
    if (_PROMISE.match(sentence) and _COVERAGE.search(sentence)) or _page_self().match(sentence):
        return True
    if _phrases().search(sentence):
        return True
    lowered = [w.strip(".,:;!?()").lower() for w in words]
    things = _words()["reader_things"]
    if (
        lowered[0] in _words()["reader_nouns"]
        and lowered[1:2] != ["of"]
        and (_OUR.search(sentence) or things.intersection(lowered[1:]))
    ):
        return True  # "Members can comment on articles."
    if _YOU.search(sentence) is None:
        return False
    return bool(_WE.search(sentence)) or bool(things.intersection(lowered))


def _picture_label(body: str) -> bool:
    """A caption's label: a line opening with a few words before a colon, one of them a
    picture's noun ("In the picture: ...", "Video above: ...", "TOP PHOTO: ...")."""
    label, colon, _ = body.partition(":")
    words = [w.strip(".,()[]").lower() for w in label.split()]
    return (
        bool(colon)
        and 0 < len(words) <= _LABEL_WORDS
        and not any(c.isdigit() for c in label)
        and bool(set(words) & _words()["picture_nouns"])
    )


def _picture_line(body: str) -> bool:
    """A short line opening with a picture's noun and holding no finite verb."""
    words = [w.strip(".,:;!?()[]").lower() for w in body.split()]
    words = [w for w in words if w]
    if not words or len(words) > _PICTURE_LINE_WORDS or words[0] not in _words()["picture_nouns"]:
        return False
    finite = _words()["finite_verbs"]
    for k, w in enumerate(words[1:], start=1):
        follows = words[k + 1] if k + 1 < len(words) else ""
        if w in finite or (w.endswith("ed") and follows != "by"):
            return False
    return True
