"""A "said by" line's speakers as `consensus.role_articles` shows them: "said by a Norbrook
spokesman", never "said by Norbrook spokesman" (the rule and its reasons are there; the
summary's lists of who holds a side use the same). Pure.
"""

from __future__ import annotations

from consensus.models import Item, Position
from consensus.role_articles import speakers_shown, with_article

__all__ = ["said_by", "speakers_shown", "with_article"]


def said_by(one: Item | Position) -> str:
    """The speakers of `one` as its "said by" line shows them (module doc), comma-joined."""
    return ", ".join(speakers_shown(one))
