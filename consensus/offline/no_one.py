"""Words that open a reporting clause but name no one: quantifiers standing alone.

"Several said that ...", "Others told reporters ...", "Neither said whether ...": the
quantifier stands for people the story named before (or never), so it is no speaker.
`no_one` is checked before a noun phrase is read as a speaker
(`speaker_resolution._resolve_np`); the claim then has no speaker rather than a word that
names nobody. ("Another said" is read from the unnamed person before it, in `_resolve_np`.
A sentence adverb before a comma, "Separately, the company confirmed ...", is still read as
a speaker: measured, session 24, the right speaker let a claim join a look-alike group;
bench/README "editor24".)

Pure: no I/O, clock or randomness.
"""

from __future__ import annotations

__all__ = ["NO_ONE", "no_one"]

NO_ONE = frozenset(
    # quantifiers and pronoun-like words standing alone as a subject
    """several many some both others all most few neither none either each any
    half more fewer""".split()
)


def no_one(np: str) -> bool:
    """Whether a speaker noun phrase is one word that names no one ("Several", "Others",
    "Neither"); "Several residents" and "All Nippon Airways" name someone."""
    words = np.strip(" ,").split()
    return len(words) == 1 and words[0].casefold() in NO_ONE
