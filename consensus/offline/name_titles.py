"""Job titles made of common nouns before a person's name, read from the article's own text.

"Group Manager Tilda Varga", "Station Officer Ben Hale": the capitalised words before the
name are no closed title word (`names._TITLES`), yet the same article writes them in lower
case elsewhere ("the group manager arrived"), so they are ordinary nouns describing her and
no part of her name. Nothing is listed here: a word is a title word when the text itself
writes it in lower case.
"""

from __future__ import annotations

from collections.abc import Collection

# A lead of one or two words, then a first name and a surname.
_MAX_LEAD = 2
_NAME_LEN = 2


def common_noun_lead(
    tokens: list[str], common_words: Collection[str], org_words: Collection[str]
) -> int:
    """How many leading tokens of a capitalised sequence are a description the article
    writes in lower case elsewhere, before a two-word name; 0 when none are.

    The name left must hold no word the article writes in lower case, no organisation's
    word ("Harbour Police Station" is left alone) and open on no plural-looking word.
    """
    lead = len(tokens) - _NAME_LEN
    if not 1 <= lead <= _MAX_LEAD:
        return 0
    head, name = tokens[:lead], tokens[lead:]
    if any(t.lower() in org_words for t in name):
        return 0
    if not all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in tokens):
        return 0  # initialisms, possessives, hyphenated words: not this shape
    if name[0].endswith("s"):
        return 0  # "Rail Users Kestria": a plural noun opens a body's name, not a person's
    if any(t.lower() in common_words for t in name):
        # "Financial Conduct Board" beside "the board": a name holding a word the text
        # writes in lower case is a body's, or unsure ("Manager Will Reyes")
        return 0
    if head[0] in ("The", "the") or not all(t.lower() in common_words for t in head):
        return 0
    return lead
