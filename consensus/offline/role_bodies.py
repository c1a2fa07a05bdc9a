"""The body an unnamed spokesperson speaks for, named in lower case: "a spokesman of the
county police", "an official with the state authorities".

A bare "the county police said" stays unattributed (the tunable clusters lose agreed items
when bare "police" speaks: session 41), but a spokesperson's role already says someone
speaks; the body is only what qualifies the role ("county police spokesman", as "a county
police spokesman" reads).
"""

from __future__ import annotations

import re

# up to three lower-case words, then a head noun naming a public body of people
_LOWER_BODY = re.compile(
    r"(?:the\s+)?(?P<body>(?:[a-z][\w’'-]*\s+){0,3}"
    r"(?:police|army|military|authorities|government|ministry|prosecutors?|navy|coastguard))"
)
_DETERMINERS = frozenset("the a an this that these those his her its their our".split())


def lower_body(np: str) -> str | None:
    """'the county police' -> 'county police'; None when the phrase is no such body."""
    m = _LOWER_BODY.fullmatch(np.strip())
    if m is None or _DETERMINERS.intersection(m.group("body").split()):
        return None
    return m.group("body")
