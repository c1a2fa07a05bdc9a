"""Wire markers: the words by which an article credits a wire or another outlet ("(Agency)",
"— Agency", "Agency reported", "told Agency", "according to state media translation") and
the credit line of a rewrite ("X contributed to this report"). `origins` records them as
reasons and reads them for the direction of copying (rule 3); a marker alone never joins two
articles. Moved out of origins.py unchanged (session 59). Patterns only; no I/O.
"""

from __future__ import annotations

import re

_AGENCIES = (
    r"Reuters|AP|AFP|TASS|RIA Novosti|RIA|Interfax|Xinhua|Bloomberg|dpa|Ukrinform|"
    r"RT|Sputnik|CNN|BBC|the Associated Press|Associated Press|Agence France-Presse"
)
_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\((?:{_AGENCIES})\)"),
    re.compile(rf"[—–]\s*(?:{_AGENCIES})\b"),
    re.compile(rf"(?:{_AGENCIES})\s+(?:reported|reports|said|cited|quoted)\b"),
    re.compile(rf"told\s+(?:{_AGENCIES})\b"),
    re.compile(
        rf"according to (?:state media|state-run media|state television|"
        rf"(?:{_AGENCIES})|the Financial Times|Financial Times)(?: translation)?",
        re.IGNORECASE,
    ),
    re.compile(r"(?:the )?(?:Financial Times|Wall Street Journal|New York Times)\b"),
    re.compile(r"state media\b", re.IGNORECASE),
)
# A credit that says the text was written from a wire or by several hands: the article is
# the borrower when it shares text with a wire's own copy.
_CONTRIBUTED = re.compile(
    r"\b(?:contributed to this (?:report|story|article)|additional reporting (?:by|from)\b)",
    re.IGNORECASE,
)
# No pattern starts with \b: that would stop `re` from skipping ahead to the possible
# first characters, which made marker search the slowest step at 5,000 articles. The
# word boundary before a match is checked by hand instead (`quoted.starts_word`).
