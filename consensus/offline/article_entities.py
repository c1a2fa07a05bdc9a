"""The article's capitalised sequences read once: which are entities, which persons, and
their canonical names (`names.py`), found by offset for any clause."""

from __future__ import annotations

import bisect
import re

from consensus.offline.names import (
    _CAPSEQ,
    _NOT_ENTITIES,
    DEMONYM,
    _is_initial,
    _Names,
    _possessive_groups,
    _strip_possessive,
    _title_index,
    drop_salutation,
    name_tokens,
)
from consensus.offline.sentences import _in_quotes


class ArticleEntities:
    def __init__(self, text: str, names: _Names) -> None:
        self.text = text
        self.names = names
        # Every capitalised sequence once: (offset, ((entity, canonical, is person), ...)).
        self.caps: list[tuple[int, tuple[tuple[str | None, str, bool], ...]]] = []
        for m in _CAPSEQ.finditer(self.text):
            tokens = drop_salutation(m.group().split())
            if _is_initial(self.text, m.start()):
                tokens = self.names.drop_initial(tokens)
            groups = []
            for group in _possessive_groups(tokens):
                canon, person = self.names.canonical(group)
                groups.append((self.entity(group, m.start()), canon, person))
            joined = self.names.joined.get(m.start())
            if joined is not None and len(m.group().split()) == 1:
                groups = [(joined, joined, True)]  # "Ruth" of "Ruth and Owen Tallis"
            self.caps.append((m.start(), tuple(groups)))
        self.cap_starts = [pos for pos, _groups in self.caps]

    def caps_in(
        self, start: int, end: int
    ) -> list[tuple[int, tuple[tuple[str | None, str, bool], ...]]]:
        lo = bisect.bisect_left(self.cap_starts, start)
        hi = bisect.bisect_left(self.cap_starts, end)
        return self.caps[lo:hi]

    def persons_in(
        self, start: int, end: int, quotes: tuple[tuple[int, int], ...]
    ) -> list[tuple[int, str]]:
        """Persons named outside quotations, with their offsets relative to `start`."""
        out: list[tuple[int, str]] = []
        for pos, groups in self.caps_in(start, end):
            if _in_quotes(pos, list(quotes)):
                continue
            out.extend((pos - start, canon) for _e, canon, person in groups if person)
        return out

    def entities(self, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        if speaker:
            seen[speaker] = None
        for _pos, groups in self.caps_in(start, end):
            for name, _canon, _person in groups:
                if name:
                    seen.setdefault(name, None)
        return tuple(seen)

    def entity(self, tokens: list[str], pos: int) -> str | None:
        tokens = name_tokens(tokens)  # ("However", a caption's credit: `name_tokens`)
        if not tokens:
            return None
        clean = [_strip_possessive(t) for t in tokens]
        if _title_index(clean) == len(clean) - 1:
            # A bare role ("The Russian President"): the person, when the article names them.
            return self.names.resolve_role(clean, pos)
        name, _person = self.names.canonical(tokens)
        name = re.sub(r"\s+(?:Region|Oblast|Province)$", "", name)
        if (
            not name
            or name in _NOT_ENTITIES
            or all(DEMONYM.fullmatch(part) for part in name.split("-"))
            or (name.isupper() and len(name) > 3)
        ):
            return None
        return name
