"""Whether a clause's core is a quotation (`claims.py` types its claim a direct quote).

Moved out of speakers.py (which finds who speaks); the rule is unchanged.
"""

from __future__ import annotations

import re

from consensus.offline.speakers import _Attribution

_INTRODUCES = re.compile(r"[^“„\"]{0,30}[,:]\s*")


def is_direct_quote(
    clause: str, attr: _Attribution | None, quotes: list[tuple[int, int]], starts_with_quote: bool
) -> bool:
    """The clause's core is a quotation: it opens with one, or one follows the verb at once."""
    if attr is None or not quotes:
        return False
    quoted = sum(qe - qs + 1 for qs, qe in quotes)
    if starts_with_quote or attr.kind in ("trailing", "dash", "context"):
        return quoted >= 0.5 * len(clause)
    if attr.kind == "leading":
        after = len(clause) - attr.verb_end
        after_quotes = [(qs, qe) for qs, qe in quotes if qs >= attr.verb_end]
        if not after_quotes:
            return False
        between = clause[attr.verb_end : after_quotes[0][0]]
        quoted_after = sum(qe - qs + 1 for qs, qe in after_quotes)
        # 'stated: "…"', 'stated in all caps, „…”' introduce a quotation; 'described the
        # talks as “…”' quotes a phrase inside a paraphrase.
        introduced = len(between) <= 3 or _INTRODUCES.fullmatch(between) is not None
        return introduced and quoted_after >= 0.6 * after
    return False
