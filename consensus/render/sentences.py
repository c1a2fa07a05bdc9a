"""A statement shown as a sentence: its final full stop, at render only.

A statement kept from a clause of a longer sentence ("At least 17 people were killed", from
"At least 17 people were killed when ...") carries no final stop, and an editor reads it as
cut off. `full_stop` gives a statement that reads as a whole clause its stop when the report
shows it (an item, a side, a summary line, a timeline entry); the report's data (`Item.
statement`, the JSON) keep the text as merged, and a citation is never touched (it is the
article's verbatim span).

A statement is a whole clause when it opens with a capital letter, a digit or a quotation
mark, holds a finite verb (`statement_checks.has_finite_verb`, outside quotations or in
them), ends on no word a sentence never ends on ("killed in the", `dangling_end`), and
closes every quotation and bracket it opens. Anything else (a label, a cut line ending on
"…", a text ending on a comma or colon) is shown as written. Grammar only: nothing of one
story.

`framed` gives back the frame a clause lost when it was kept from a reported sentence: a
statement opening with a subject pronoun ("It would withdraw its offer if ...") whose
citations are that clause cut from a longer sentence (a quote opening on the lower-case
pronoun: "... said it would withdraw ...") and whose item has one speaker is shown as
"<speaker> said it would withdraw ...", unless it names its speaker or a verb of saying
already ("They were not soldiers, Mira Holt said on Monday."). The pronoun is not replaced
(whom "it" means is the sentence's business: "Police said it was a closed truck"); the frame
says who says it.

`shown_lead` gives a citation's lead (`Citation.lead`, its sentence before the quote) as the
report shows it: whole up to `_LEAD_WORDS` words; a longer one as two verbatim pieces of it,
its first `_LEAD_HEAD` words and its last `_LEAD_TAIL` (the words just before the quote),
parted by " … ", so the reader sees who says it and what leads into the quote, and reads the
gap as a cut. The lead itself (the JSON) stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.models import Citation, Item, Position
from consensus.offline.statement_checks import (
    dangling_end,
    has_finite_verb,
    outside_quotes,
    unbalanced,
)

# a text that already ends a sentence: a stop, "!", "?" or "…", then any closing marks
_ENDED = re.compile(r"[.!?…][\"”’')\]]*\Z")
# a text that stops inside a sentence: a comma, a colon, a dash ...
_OPEN = re.compile(r"[,;:–—-]\Z")
_MIN_WORDS = 3  # "Police said" is no statement an editor reads as a sentence


def ends_sentence(text: str) -> bool:
    """Whether `text` ends on a full stop, "!", "?" or "…" (closing marks after it aside)."""
    return _ENDED.search(text.strip()) is not None


def whole_clause(text: str) -> bool:
    """Whether `text` reads as one whole clause without its final stop (module doc)."""
    text = text.strip()
    if not text or ends_sentence(text) or _OPEN.search(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in '“"‘'):
        return False
    if len(text.split()) < _MIN_WORDS or unbalanced(text) or dangling_end(text):
        return False
    return has_finite_verb(outside_quotes(text)) or has_finite_verb(text)


def full_stop(text: str) -> str:
    """`text` with a final full stop when it is a whole clause without one, else as given."""
    return text.rstrip() + "." if whole_clause(text) else text


_SUBJECT_PRONOUN = re.compile(r"(?:It|He|She|They|We)(?=\s)")
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|stated|states)\b")


def framed(statement: str, speakers: Sequence[str], citations: Sequence[Citation]) -> str:
    """`statement` with its speaker's frame when it is a pronoun clause cut from a reported
    sentence (module doc), else as given."""
    m = _SUBJECT_PRONOUN.match(statement)
    if m is None or len(speakers) != 1 or not speakers[0].strip():
        return statement
    word = m.group().lower()
    if not any(c.quote.split()[:1] == [word] for c in citations):
        return statement
    if _SAYS.search(outside_quotes(statement)) or speakers[0].casefold() in statement.casefold():
        return statement  # it says who says it already ("They were ..., X said on Monday.")
    who = speakers[0].strip()
    return f"{who[:1].upper()}{who[1:]} said {word}{statement[m.end() :]}"


def shown(it: Item | Position) -> str:
    """An item's or a side's statement as the report shows it: framed, with its stop."""
    return full_stop(framed(it.statement, it.speakers, it.citations))


_LEAD_WORDS = 30  # a lead of at most this many words is shown whole
_LEAD_HEAD = 6  # words of a longer lead's start shown
_LEAD_TAIL = 12  # words just before the quote shown
_SPACE_RUN = re.compile(r"\S+")


def lead_pieces(lead: str) -> tuple[str, str]:
    """(start, end) of `lead` as shown, two verbatim pieces of it: (lead, "") when it has at
    most `_LEAD_WORDS` words, else its first `_LEAD_HEAD` words and its last `_LEAD_TAIL`
    (with the space after them)."""
    words = list(_SPACE_RUN.finditer(lead))
    if len(words) <= _LEAD_WORDS:
        return lead, ""
    return lead[: words[_LEAD_HEAD - 1].end()], lead[words[-_LEAD_TAIL].start() :]


def shown_lead(lead: str) -> str:
    """`lead` as the report shows it (module doc): whole, or its two pieces parted by " … "."""
    head, tail = lead_pieces(lead)
    return f"{head} … {tail}" if tail else lead
