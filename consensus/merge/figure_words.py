"""The words figures are read with, shared by `figures` and `figure_owner`: number words
and scales ("seven", "a dozen", "million"), bounds ("at least", "up to"), the function words
around a number and the words that end the noun phrase after it. English grammar only.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
    "half": 0.5,  # only before a scale word ("a half million barrels"), never alone
}  # fmt: skip
_SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_BOUND = (
    # a negated comparative before its plain one ("no more than 15" is at most 15)
    ("no more than", "max"),
    ("not more than", "max"),
    ("no fewer than", "min"),
    ("not fewer than", "min"),
    ("no less than", "min"),
    ("not less than", "min"),
    ("at least", "min"),
    ("more than", "min"),
    ("over", "min"),
    ("in excess of", "min"),
    ("upwards of", "min"),
    ("at most", "max"),
    ("up to", "max"),
    ("fewer than", "max"),
    ("less than", "max"),
    ("under", "max"),
    ("nearly", "near"),
    ("almost", "near"),
    ("close to", "near"),
    ("closer to", "near"),
    ("nearer to", "near"),
    ("nearer", "near"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("an estimated", "about"),
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_STOP = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being has
    have had it its this that these those their his her they he she we our more than least
    about around some nearly almost nearer closer over up under people after before including
    further total thought believed reported expected estimated than another additional when
    while who which that per each apiece said says say told tells added adding according between
    among within roughly approximately just only also still would could should might may
    must will can many much""".split()
)
# words that end the noun phrase after a number (prepositions and verb forms _STOP lacks)
_PHRASE_END = frozenset(
    """into onto across through near during inside outside toward towards without since
    until upon like via against behind beyond above below beside containing carrying amid
    amidst despite throughout beneath""".split()
)
