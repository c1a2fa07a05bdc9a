"""Clauses that tell who says something, not what (for `clause_backing.py`).

A clause part (`clause_cuts.py`) backs another origin's item when it states the item's fact.
Two shapes of clause carry the attribution of their sentence rather than a fact, and credited
an outlet for a fact it never states:

* the clause ends on its verb of saying: "The referee included the complaint in his report,
  the league has confirmed" cuts "the league has confirmed", which shares "league" and
  "confirmed" with "The league confirmed on Monday that it had opened an investigation" but
  says nothing of an investigation: what is confirmed lies outside the clause
  (`says_only_who`);
* the clause opens on its verb of saying: "The father said people were screaming for help"
  cuts "said people were screaming for help", whose teller is outside it, as "Donors should
  send more salts, Relief Without Walls urged" tells its speaker outside its clause; such a
  clause is someone's words, and backs no group with a speaker it was not given
  (`teller_outside`, read by `clause_backing._speakers_fit`).

The verbs are the verbs of saying (`lexicon._SPEECH`), the stance verbs ("urged") and
`_ATTRIBUTING` ("confirmed": it attributes a statement as saying does, but states facts of
its own elsewhere, "confirmed dead", so it is no verb of saying to the rest of the merge),
in their told forms only (`_TOLD`: "said", "told", "...ed"): "point", "reports" or "states"
at a clause's edge are as often nouns ("the sister ship of the Caldera Point").
PURE: no I/O.
"""

from __future__ import annotations

import re

from consensus.merge.clause_cuts import _WORD as _CLAUSE_WORD
from consensus.merge.clause_cuts import is_frame
from consensus.merge.features import _Feat
from consensus.merge.figures import figures
from consensus.merge.lexicon import _SPEECH, _STANCE_WORDS

SAYING = _SPEECH | {w for w in _STANCE_WORDS if w.endswith(("ed", "s"))}
# verbs that attribute what follows (or precedes) them to their subject at a clause's edge
_ATTRIBUTING = frozenset({"confirmed"})
# the forms read at a clause's edge: told ("said", "confirmed"), never a form that is also a
# noun ("the Caldera Point", "reports of ...", "the United States")
_TOLD = frozenset(
    w for w in SAYING | _ATTRIBUTING if w.endswith("ed") or w in {"said", "says", "told", "wrote"}
)
# ... at a clause's end, of saying only: a stance verb there may be the clause's own fact
# ("the cuts the board had agreed")
_TOLD_AT_END = _TOLD & (_SPEECH | _ATTRIBUTING)
_WORD = re.compile(r"[a-z]+")


def _quote(part: _Feat) -> str:
    (ev,) = part.claim.evidence
    return ev.quote


def _words(part: _Feat) -> list[str]:
    return _WORD.findall(_quote(part).lower())


def says_only_who(part: _Feat) -> bool:
    """Whether the clause ends on a verb of saying ("the league has confirmed"): it tells
    who said its sentence's fact, which lies outside it. A clause giving a figure ("the 40
    deaths the ministry reported") states it, and is read as before."""
    words = _words(part)
    return bool(words) and words[-1] in _TOLD_AT_END and not figures(_quote(part))


def frame_only(part: _Feat) -> bool:
    """Whether the clause is an attribution and its occasion only ("the mayor said in a
    statement", `clause_cuts.is_frame`): it states who spoke where, and backs or views no
    claim that states what was said. A clause giving a figure ("the ministry reported 40
    deaths") states it, and is read as before."""
    quote = _quote(part)
    return is_frame(_CLAUSE_WORD.findall(quote)) and not figures(quote)


def teller_outside(part: _Feat) -> bool:
    """Whether the clause opens on a verb of saying ("said people were screaming"): its
    teller is outside it."""
    words = _words(part)
    return bool(words) and words[0] in _TOLD
