"""A verdict given with a verb of judging, not of saying: "X called that 'simply untrue'",
"X branded the report misleading", "X described the figure as 'wildly inflated'", "X
dismissed the claim as nonsense". The verbs and verdicts are data
(`consensus/data/judging.toml`, which a user can extend).

`JUDGED` is the verb with its object and "as" read ahead: names.py adds it to the verbs of
saying (the subject speaks the verdict), and `kinds` reads `FALSE_VERDICT` (the verdict says
the claim is not so) as a denial. Pure regular expressions; never reads a text by itself."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

_DATA = tomllib.loads(
    resources.files("consensus").joinpath("data/judging.toml").read_text(encoding="utf-8")
)


def _words(key: str) -> str:
    return "|".join(re.escape(w) for w in sorted(_DATA[key], key=len, reverse=True))


# the thing judged: a pronoun or a short noun phrase opened by a determiner or an owner
# ("that", "the report", "the union's figure", "Rell's account of the night")
_OBJECT = (
    r"(?:it|that|this|them|these|those|"
    r"(?:the|that|this|these|those|such|its|their|his|her|our|[A-Z][\w’'-]*['’]s?)"
    r"(?:\s+[\w’'-]+){1,3}?)"
)
_INTENSIFIERS = rf"(?:(?:{_words('intensifiers')})\s+){{0,2}}"
_OPEN = r"[\"“‘']?"
# the verb, its object and ("as") the opening of the verdict, read ahead of the verb
_VERDICT_AHEAD = (
    rf"(?=\s+{_OBJECT}\s+{_OPEN}{_INTENSIFIERS}{_OPEN}(?:{_words('false_verdicts')})\b)"
)
_VERDICT_AS_AHEAD = (
    rf"(?=\s+{_OBJECT}\s+as\s+{_OPEN}{_INTENSIFIERS}{_OPEN}(?:{_words('false_verdicts')})\b)"
)
# a verb of judging that gives a verdict of falsity: a speech verb (names._VERBS)
JUDGED = (
    rf"(?:(?:{_words('verdict_verbs')}){_VERDICT_AHEAD}"
    rf"|(?:{_words('verdict_as_verbs')}){_VERDICT_AS_AHEAD})"
)
FALSE_VERDICT = re.compile(rf"\b{JUDGED}", re.IGNORECASE)
# the whole verdict: the verb, its object, ("as") and the verdict word ("calls the 40-cent
# figure 'scaremongering'"), to tell what the sentence says beside it
VERDICT_SPAN = re.compile(
    rf"\b(?:(?:{_words('verdict_verbs')})\s+{_OBJECT}\s+{_OPEN}{_INTENSIFIERS}{_OPEN}"
    rf"|(?:{_words('verdict_as_verbs')})\s+{_OBJECT}\s+as\s+{_OPEN}{_INTENSIFIERS}{_OPEN})"
    rf"(?:{_words('false_verdicts')})\b",
    re.IGNORECASE,
)
# the pieces, for a reader of what a verdict points back at (`merge.answers`): the verbs
# with the object straight after them, those with "as" after it, and the verdict itself
VERBS = _words("verdict_verbs")
AS_VERBS = _words("verdict_as_verbs")
VERDICT = rf"{_OPEN}{_INTENSIFIERS}{_OPEN}(?:{_words('false_verdicts')})\b"
# substrings every `FALSE_VERDICT` match holds (a cheap test before the regex)
VERB_KEYS = tuple(
    sorted({w[:4].lower() for key in ("verdict_verbs", "verdict_as_verbs") for w in _DATA[key]})
)

__all__ = ["AS_VERBS", "FALSE_VERDICT", "JUDGED", "VERBS", "VERB_KEYS", "VERDICT", "VERDICT_SPAN"]
