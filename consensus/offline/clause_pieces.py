"""A piece of a cut clause (step 3): its span of the article and the words it needs in
front to be read alone. Every clause cut (`compound.py`, `participle_tails.py`,
`subordinate_clauses.py`, `relative_clauses.py`, `verb_phrases.py`, `carried_leads.py`)
makes these; the extractor (`claims.py`) turns each into a claim's statement. Pure; split
from `compound.py`."""

from __future__ import annotations

from dataclasses import dataclass

MIN_PIECE_WORDS = 3  # the words a piece needs of its own text, lead aside


@dataclass
class _Piece:
    """One clause: its span of the article and the words that make it read alone."""

    start: int
    end: int
    lead: str = ""  # put before the clause text...
    skip: int = 0  # ...in place of its first `skip` characters
    participle: bool = False  # the piece is a participial tail turned into a past verb
    subject: str = ""  # the subject a following tail carries
    hole: tuple[int, int] | None = None  # a relative clause inside it, cut out
    own: bool = False  # the outlet's own words: never a speaker's from a clause around it
    lead_span: tuple[int, int] | None = None  # where the carried subject stands in the text
    said: str = ""  # "X said that ": the lead of a clause "X said A and that B" gives B ...
    said_span: tuple[int, int] | None = None  # ... when X is no speaker to inherit
    reported: tuple[int, int] | None = None  # "X said" of a clause it shares a modal with
    modal: bool = False  # its lead ends with a modal the clause before shares with it
