"""Words that open a reporting clause but name no one: quantifiers and sentence adverbs.

"Several said that ...", "Others told reporters ...", "Neither said whether ...": the
quantifier stands for people the story named before (or never), so it is no speaker; nor is
a sentence adverb before a comma ("Separately, the mayor said ...": never "Separately").
`no_one` is checked before a noun phrase is read as a speaker (`speakers._resolve_np`); the
claim then has no speaker rather than a word that names nobody.

Pure: no I/O, clock or randomness.
"""

from __future__ import annotations

__all__ = ["NO_ONE", "no_one"]

NO_ONE = frozenset(
    # quantifiers and pronoun-like words standing alone as a subject
    """several many some both others all most few neither none either each any
    half more fewer""".split()
    # sentence adverbs that open a sentence before a comma
    + """separately additionally finally similarly likewise meanwhile moreover furthermore
    however nevertheless nonetheless instead still also earlier later previously
    subsequently initially ultimately eventually elsewhere overall notably importantly
    crucially interestingly specifically currently recently reportedly apparently
    meantime otherwise besides regardless consequently accordingly""".split()
)


def no_one(np: str) -> bool:
    """Whether a speaker noun phrase is one word that names no one ("Several", "Others",
    "Separately"); "Several residents" and "All Nippon Airways" name someone."""
    words = np.strip(" ,").split()
    return len(words) == 1 and words[0].casefold() in NO_ONE
