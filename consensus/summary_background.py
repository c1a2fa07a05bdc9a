"""A standing description of someone or something beside the news, in the outlet's own voice:
background an editor would not put among the notable claims (`summary.is_background`).

Shapes, each as a sentence's own clause (not a relative clause, "the president, who has
ruled since 2000, was ousted"; not an apposition, "Lumora, founded in 2014, listed ..."):
- a tenure: "Sorrel has led the country since 2014", "Reyl had managed the bar for nine
  years";
- a founding: "Whitlow founded Lumora in a garage in 2014", "The firm was set up in 1998"
  (not one opening the sentence, "Founded in 1994, the company bid ...", nor one in a
  "since" clause, "its worst result since the party was founded in 1998");
- a headcount as the sentence's verb: "Brandt Pharma employs about 2,300 people at its
  campus";
- an age reached: "Abenga turned 26 last month".
"""

from __future__ import annotations

import re

__all__ = ["standing_description"]

_YEAR = r"(?:19|20)\d\d"
_SHAPES = (
    # a tenure: since a year, or for years
    re.compile(
        r"\b(?:has|have|had)\s+(?:long\s+)?(?:led|run|ruled|governed|headed|managed|coached|"
        r"chaired|owned|presided\s+over)\b[^.;:!?]{0,60}?"
        rf"\b(?:since\s+{_YEAR}|for\s+(?:(?:more\s+than|almost|nearly|about|over)\s+)?"
        r"(?:\w+|\d+)\s+(?:years|decades))\b",
        re.IGNORECASE,
    ),
    # a founding in a year
    re.compile(
        r"(?<=\w\s)(?:(?:was|were)\s+)?(?:co-)?(?:founded|set\s+up|established)\b"
        rf"[^.;:!?]{{0,60}}?\bin\s+{_YEAR}\b",
        re.IGNORECASE,
    ),
    # a headcount, the sentence's own verb
    re.compile(
        r"^[^,;:]{1,100}?\b(?:still\s+|now\s+)?employs\s+(?:(?:about|around|some|nearly|almost|"
        r"more\s+than|over)\s+)?[\d,]+\s+(?:people|staff|workers|employees)\b",
        re.IGNORECASE,
    ),
    # an age reached
    re.compile(r"\bturned\s+\d{1,3}\s+(?:last|this|on|in)\b", re.IGNORECASE),
)
# a relative clause's opener (the description is of a noun, beside the sentence's news), or
# a "since" clause ("its worst result since the party was founded in 1998": the news is the
# result)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|since)\b[^,]*$", re.IGNORECASE)


def standing_description(text: str) -> bool:
    """Whether `text` is a standing description (a tenure, a founding, a headcount, an age
    reached) in its own clause."""
    for shape in _SHAPES:
        for m in shape.finditer(text):
            if not _RELATIVE.search(text, 0, m.start()):
                return True
    return False
