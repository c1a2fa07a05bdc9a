"""A relative clause led by a preposition and "which": "…said of the attack in which 31
people were killed", "…after the vote, during which two members walked out".

Such a clause has its own subject and verb, as a closing "where" clause does, and states the
outlet's fact about the noun phrase before it: the clause keeps its own words and takes the
preposition and the noun phrase in front ("In the attack, 31 people were killed"). The
cut is found here; `relative_clauses._relative` reads it as it reads "where" (its antecedent, its
own subject and verb, where it ends), and nothing is made when it is unsure.

Only the grammar is read: a few prepositions of place and time, and the abstract nouns after
which "in which" names a manner or a measure, not a thing that happened ("the way in which
the bill passed", "the extent to which").
"""

from __future__ import annotations

import re

__all__ = ["PREP_RELATIVE_CUT", "prep_lead", "prep_of_cut", "where_lead"]

# the cut: an optional comma, the preposition, "which" (never "to which", "by which", "of
# which": a measure, a means, a part)
PREP_RELATIVE_CUT = re.compile(r"(?:,\s+|(?<!\s)\s+)(?P<prep>in|during|at|after)\s+which\s+")

# nouns whose "in which" clause tells how or how far, not what happened in them
_ABSTRACT = frozenset(
    "way ways manner fashion extent degree sense order case cases terms rate pace speed "
    "form forms context".split()
)
_LAST_WORD = re.compile(r"([A-Za-z’'-]+)\W*$")


def prep_of_cut(cut: str) -> str | None:
    """The preposition of a cut `PREP_RELATIVE_CUT` found ("in"), else None."""
    m = PREP_RELATIVE_CUT.fullmatch(cut)
    return m.group("prep").lower() if m else None


# an antecedent this short, with no preposition nor time word in it, is the one noun phrase
# the clause can be about ("the attack in which"); after a longer one ("strikes against a
# village near Tarsel last week in which ...") the clause may belong to any of its nouns
MAX_ANTECEDENT_WORDS = 4
_UNSURE = frozenset(
    "of in on at near by from for to with against after before during "
    "week weeks weekend month months year years day days night today yesterday morning "
    "afternoon evening hour hours minute minutes time period season decade century "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# the antecedent opens with a determiner or a possessive ("the attack", "a long debate",
# "its worst week"): a bare number or name may be the object of a phrase the clause is not
# about ("a trial of 1,146 patients in 19 countries, in which the drug slowed ...")
_OPENS = re.compile(r"(?:the|a|an|this|that|these|those|its|his|her|their|our|[\w-]+['’]s)\s", re.I)


def prep_lead(prep: str, np: str, before: str) -> str | None:
    """The words the clause takes in front ("In the attack, "), or None when the noun
    before the cut (the last word of `before`) names a manner or a measure, or when the
    antecedent `np` is longer than `MAX_ANTECEDENT_WORDS` or holds a preposition or a
    time word (which noun the clause is about, unsure)."""
    last = _LAST_WORD.search(before)
    if last is None or last.group(1).lower() in _ABSTRACT:
        return None
    words = np.lower().split()
    if len(words) > MAX_ANTECEDENT_WORDS or any(w.strip(",.") in _UNSURE for w in words):
        return None
    if not _OPENS.match(np):
        return None
    return f"{prep[:1].upper()}{prep[1:]} {np}, "


# the preposition the text writes before a "where" clause's antecedent that the lead keeps
# ("at the city hospital, where ..." -> "At the city hospital, ..."): "near the harbour,
# where a ferry sank" says the ferry sank IN it, so only these two are kept as written
_WRITTEN_PLACE_PREP = re.compile(r"\b(at|on)\s+$", re.IGNORECASE)


def where_lead(text: str, np: str, np_start: int) -> str:
    """The words a "where" clause takes in front: its antecedent `np` (starting at
    `np_start` in `text`) after the preposition the text writes when that is "at" or "on"
    ("On the edge of town, the water ..."), else after "In"."""
    m = _WRITTEN_PLACE_PREP.search(text, max(0, np_start - 4), np_start)
    prep = m.group(1).capitalize() if m else "In"
    return f"{prep} {np}, "
