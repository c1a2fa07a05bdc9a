"""Link rule 0 (`link.py`): is one claim the other with another name in the same place?
("killed 12 people in Turkey" / "... in Syria"; "Jane Roe was on her way to work" / "Mary
Doe was ...": two claims, no edge.) Not when the two names are related: one word in common,
close spellings, an acronym, or named together by some claim of the batch.
Likewise one thing of two owners: "Port Avon's airport will stay closed" / "Lisbury's main
airport remained open" name a thing (airport) after two unrelated names in the possessive:
two places' airports, two claims, whatever else the two share (`owners_apart`); and
someone named as a relation of a name ("Roe's cousin, Lyle Doe, was convicted") is not
that name ("Roe was convicted").

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from consensus.merge.features import _Feat, _stem
from consensus.merge.lexicon import _STOP

_FRAME_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
SPELLING_NEAR = 70  # rapidfuzz ratio at which two names are spellings of one
_Frame = tuple[tuple[str, ...], tuple[str, ...]]  # the words before and after a name
# a capitalised name in the possessive and the (up to three) lower-case words after it, up
# to the first function word: "Port Avon's international airport will" -> port avon,
# (international, airport)
_POSSESSED = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+((?:[a-z][a-z-]*\s*){1,3})")


# a statement whose subject is someone named as a relation of another name: "Roe's cousin,
# Lyle Doe, 29, was convicted ..." (the subject is Lyle Doe, not Roe)
_RELATION_SUBJECT = re.compile(
    r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*,\s+"
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s*,"
)


class Substitutions:
    """Rule 0 of the module docstring: is one claim the other with another name in the
    same place? Each claim's names are read with the words around them once, when first
    asked; which names some claim of the batch states together, once for the batch."""

    def __init__(self, feats: Sequence[_Feat]) -> None:
        self.feats = feats
        self._together: dict[str, set[int]] | None = None
        self._framed: dict[int, dict[_Frame, tuple[str, ...]]] = {}
        self._asked: dict[tuple[str, str], bool] = {}  # name pairs already compared
        self._owned: dict[int, dict[str, set[str]]] = {}
        # claim k -> (owner, relation) of a subject that is a relation of a name, or None
        self._relations: dict[int, tuple[str, str] | None] = {}

    def _named_together(self, a: str, b: str) -> bool:
        if self._together is None:
            self._together = {}
            for k, f in enumerate(self.feats):
                for name in f.entities:
                    self._together.setdefault(name.replace("-", " "), set()).add(k)
        held = self._together
        return bool(held.get(a.replace("-", " "), set()) & held.get(b.replace("-", " "), set()))

    def _frames(self, k: int) -> dict[_Frame, tuple[str, ...]]:
        """Claim k's names by the words around them: the two words before and after
        where the statement prints the name capitalised (a name read from its subject or
        title, or a role such as "the driver", has no frame), two at least on one side."""
        got = self._framed.get(k)
        if got is not None:
            return got
        f = self.feats[k]
        printed = _FRAME_WORD.findall(f.claim.statement)
        # a number is any number in a frame: "the LDP won 284 seats" / "the CDP won 55 seats"
        words = ["#" if w[:1].isdigit() else w.casefold() for w in printed]
        found: dict[_Frame, list[str]] = {}
        starts: dict[str, list[int]] = {}
        for at, w in enumerate(words):
            if printed[at][:1].isupper():
                starts.setdefault(w, []).append(at)
        for name in sorted(n for n in f.entities if len(n) > 2 and n != f.speaker):
            parts = name.split()
            for at in starts.get(parts[0], ()):
                if words[at : at + len(parts)] == parts:
                    end = at + len(parts)
                    frame = (tuple(words[max(0, at - 2) : at]), tuple(words[end : end + 2]))
                    if 2 in (len(frame[0]), len(frame[1])):
                        found.setdefault(frame, []).append(name)
                    break
        got = self._framed[k] = {fr: tuple(ns) for fr, ns in found.items()}
        return got

    def _related(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        got = self._asked.get(key)
        if got is None:
            got = self._asked[key] = self._names_related(a, b)
        return got

    def _names_related(self, a: str, b: str) -> bool:
        wa, wb = set(a.replace("-", " ").split()), set(b.replace("-", " ").split())
        if wa & wb or a in b or b in a or fuzz.ratio(a, b) >= SPELLING_NEAR:
            return True
        initials = ("".join(w[0] for w in a.split()), "".join(w[0] for w in b.split()))
        if b.replace(".", "") in initials or a.replace(".", "") in initials:
            return True  # "raib" / "rail accident investigation branch"
        return self._named_together(a, b)

    def _possessed(self, k: int) -> dict[str, set[str]]:
        """Claim k's things named after a name in the possessive: stem of the thing ->
        the owners' names (casefolded), only names the claim holds as entities."""
        got = self._owned.get(k)
        if got is not None:
            return got
        f = self.feats[k]
        got = {}
        for m in _POSSESSED.finditer(f.claim.statement):
            owner = m.group(1).casefold()
            if owner not in f.entities:
                continue
            for word in m.group(2).split():
                if word in _STOP:
                    break
                got.setdefault(_stem(word), set()).add(owner)
        self._owned[k] = got
        return got

    def owners_apart(self, i: int, j: int) -> bool:
        """One thing of two owners the batch does not relate ("X's airport" / "Y's main
        airport"), neither owner named by the other claim, or a relation of a name and that
        name as two subjects (`_relation_apart`): two claims."""
        if self._relation_apart(i, j) or self._relation_apart(j, i):
            return True
        owned_i, owned_j = self._possessed(i), self._possessed(j)
        if not owned_i or not owned_j:
            return False
        text_i = self.feats[i].claim.statement.casefold()
        text_j = self.feats[j].claim.statement.casefold()
        for thing in owned_i.keys() & owned_j.keys():
            for a in owned_i[thing]:
                if a in text_j:
                    continue
                for b in owned_j[thing]:
                    if b not in text_i and not self._related(a, b):
                        return True
        return False

    def may_own(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """A mask of the pairs (i[k], j[k]) `owners_apart` may hold for (it holds for no
        other): a claim's subject is a relation of a name, or both claims name a thing after
        an owner; both need a possessive "'s", so a claim without one is read no further."""
        rel, owns = np.zeros(len(self.feats), bool), np.zeros(len(self.feats), bool)
        for k in np.unique(np.concatenate([i, j])).tolist():
            if "'s" in (text := self.feats[k].claim.statement) or "’s" in text:
                rel[k], owns[k] = self._relation(k) is not None, bool(self._possessed(k))
        mask: np.ndarray = rel[i] | rel[j] | (owns[i] & owns[j])
        return mask

    def _relation(self, k: int) -> tuple[str, str] | None:
        if k not in self._relations:
            m = _RELATION_SUBJECT.match(self.feats[k].claim.statement)
            self._relations[k] = (m.group(1), m.group(2)) if m else None
        return self._relations[k]

    def _relation_apart(self, i: int, j: int) -> bool:
        """Claim i's subject is a relation of a name ("Roe's cousin, Lyle Doe, was ...")
        that opens claim j as its own subject ("Roe, 34, was ..."), and j names neither the
        relation's name nor the relation: two people, two claims."""
        relation = self._relation(i)
        if relation is None or not _opens_without(relation, self.feats[j].claim.statement):
            return False
        owner, person = relation
        return not self._related(owner.casefold(), person.casefold())

    def swapped(self, i: int, j: int) -> bool:
        return self.swapped_names(i, j) is not None

    def swapped_names(self, i: int, j: int) -> tuple[_Frame, str, str] | None:
        """The first frame both claims print a name in, claim i's name and claim j's, of
        two unrelated names neither claim holds of the other (`swapped`); else None."""
        frames_i, frames_j = self._frames(i), self._frames(j)
        if not frames_i or not frames_j:
            return None
        shared = frames_i.keys() & frames_j.keys()
        if not shared:
            return None
        fi, fj = self.feats[i], self.feats[j]
        text_i, text_j = fi.claim.statement.casefold(), fj.claim.statement.casefold()
        for frame in sorted(shared):
            for a in frames_i[frame]:
                if a in fj.entities or a in text_j:
                    continue
                for b in frames_j[frame]:
                    if b in fi.entities or b in text_i:
                        continue
                    if not self._related(a, b):
                        return frame, a, b
        return None


def relation_opens_other(statement: str, other: str) -> bool:
    """`Substitutions._relation_apart` for two sentences alone (no batch to relate the two
    names by): `statement`'s subject is a relation of a name that opens `other` ("Roe's
    cousin, Lyle Doe, was ..." / "Corin Roe, 34, was ..."), `other` not naming the person,
    and the two names share no word. Clause parts read it on their sentences
    (`clause_agreement`): a part's own words name no subject."""
    m = _RELATION_SUBJECT.match(statement)
    if m is None or not _opens_without((m.group(1), m.group(2)), other):
        return False
    owner, person = m.group(1).casefold().split(), m.group(2).casefold().split()
    return not set(owner) & set(person)


def _opens_without(relation: tuple[str, str], text: str) -> bool:
    """`text` opens with the relation's name, maybe in full ("Corin Roe, 34, was ..."),
    not its possessive, and does not name the relation's person."""
    owner, person = relation
    opens = re.match(rf"(?:[A-Z][\w-]*\s+){{0,2}}{re.escape(owner)}(?![\w'’])", text)
    return opens is not None and person.casefold() not in text.casefold()
