"""People a story quotes by what they are, not by name: "one worker told Channel 9", "Some
parents said ...", '"…," said a nurse'.

Such a speaker is someone new to the story when the phrase is indefinite ("a nurse", "one
miner", "another teacher") or plural ("Parents said", "some parents", "the workers"): the
claim is theirs, named by the kind ("nurse", "parents"). The definite singular ("The
student described ...") is left to the other rules: it points back at a person the story
has named ("Tiffany Marchbanks, an American student ..."), and reading it as a new
speaker would give the quotation to nobody in particular.

The kinds are plain English nouns for people at work, at school or at home; the list is a
closed, general one (no story's people): extend `PEOPLE_KINDS` with care, since every
speaker it names is kept apart from the story's own voice by the merge.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["PEOPLE_KINDS", "people_kind"]

# the singular nouns; the plural adds "s"
PEOPLE_KINDS = (
    "worker|employee|nurse|miner|teacher|parent|student|pupil|farmer|assistant|shopkeeper|"
    "villager|volunteer"
)
_QUALIFIER = r"(?:[a-z][\w’'-]*\s+){0,2}?"
_KIND = re.compile(
    rf"(?:(?:a|an|one|another)\s+(?P<one>{_QUALIFIER}(?:{PEOPLE_KINDS}))"
    rf"|(?:(?:the|some|many|several|other|two|three|four|five|dozens\s+of)\s+)?"
    rf"(?P<many>{_QUALIFIER}(?:{PEOPLE_KINDS})s))"
)


def people_kind(np: str, name_words: Collection[str] = ()) -> str | None:
    """The kind a speaker phrase names ("one sales assistant" -> "sales assistant",
    "Some parents" -> "parents"), or None. A capitalised first word is read in lower case
    when the article uses it as no name (`name_words`): it opens the sentence."""
    first, _, rest = np.strip().partition(" ")
    if first[:1].isupper() and first not in name_words:
        first = first.lower()
    m = _KIND.fullmatch(f"{first} {rest}".strip())
    return None if m is None else m.group("one") or m.group("many")
