"""Which sentences are read as claims at all: not questions, not headings, standfirsts or
captions (a line that does not end like a sentence), not a four-word wish.

Pure string tests on one sentence; they never look at the rest of the article.
"""

from __future__ import annotations

import re

from consensus.offline.sentences import _QUESTION, _TERMINAL_OK, _WORD

QUOTE_TAIL_WORDS = 8  # a quotation closing a line without a stop, this long, is a statement
_CLOSERS_AT_END = "”\"’')"


def _asks(sentence: str) -> bool:
    """A question: it ends with a question mark, and not one closing a quotation that opens
    after the sentence's own words ("... and that his first comment was “did you steal
    them?”" reports what was asked)."""
    m = _QUESTION.search(sentence)
    if m is None:
        return False
    opening = max(sentence.rfind("“", 0, m.start()), sentence.rfind('"', 0, m.start()))
    return opening < 0 or not _WORD.search(sentence, 0, opening)


def _ends_like_a_sentence(sentence: str) -> bool:
    """Terminal punctuation, possibly inside closing quotes or brackets ('... "dead."',
    '(... said.)'). A line that ends on a closing quote with no stop before it ("Coach
    tweeted that the airline needs 'sensitivity training'") is a caption or a heading."""
    if not sentence.endswith(_TERMINAL_OK):
        return False
    body = sentence.rstrip(_CLOSERS_AT_END + " ")
    if len(body) == len(sentence):
        return True
    if body.endswith((".", "!", "?", "…", ",", ":", ";")):
        return True
    if sentence.endswith(")"):
        return body.count("(") < sentence.count(")")
    # a quotation that runs to the end ("The coach tweeted: '... before checking the
    # facts'"), not a short quoted phrase closing a caption or a heading
    opener = max(body.rfind(q) for q in "“\"‘'")
    quoted = body[opener + 1 :] if opener > 0 else ""
    return len(quoted.split()) >= QUOTE_TAIL_WORDS


# ellipsis ("The country has been..."), and tells a past or a state by a verb in -ed or
# an auxiliary ("Armenia denied the accusation.", "There were bodies everywhere."), not a
# wish ("God bless them all.").
_FOUR_WORD_CLAIM = re.compile(r"[\w%)’'\"”]\.\s*$")
# "She was 68.": an age after the sentence naming the person, a fact once "she" resolves
_AGE_SENTENCE = re.compile(r"(?:He|She) (?:was|is) \d{1,3}\.\s*$")
