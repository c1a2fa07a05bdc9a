"""A bare "the company" of one article and the named company another outlet names it by.

`body_names` resolves "the company" only when its own article gives one body the kind (an
appositive, "shares of Acme", a name ending on "Holdings"). Most company names say no kind
("Vesta Foods"), so "company" and "vesta foods" stay two speakers. This module lets them be
one speaker when a text where "the company" speaks writes the name and no other company,
and the batch shows it to be a company or a body of no kind at all: `kinds_of` gives it "company" or
"firm", or gives it no kind, no appositive describes it (`_described`: "Vardo, a campaign
group,"), no person's name (`_a_person`), no acronym, and "its" follows it in a sentence
("Vesta Foods said its plant ..."). Only "company" and "firm": a regulator, a ministry or a
union is named by its kind and "the regulator" never stands for a company.

PURE: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from consensus.merge.body_names import _a_person, _described, kinds_of

__all__ = ["bare_company"]

_BARE = frozenset({"company", "firm"})


def _written(name: str, texts: Sequence[str]) -> str | None:
    """`name` (normalised, lower case) as the texts write it capitalised, or None."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            raw = m.group()
            if all(w[:1].isupper() for w in raw.split()):
                return raw
    return None


def _a_company(raw: str, norm: str, seen: Sequence[str]) -> bool:
    """The texts `seen` show the written name `raw` to be a company, or a body of no kind
    that "its" follows (see the module docstring)."""
    kinds = kinds_of(raw, norm, seen)
    if kinds:
        return bool(kinds & _BARE)
    if raw.isupper() or _described(raw, seen) or _a_person(raw, seen):
        return False
    its = re.compile(rf"(?<![\w-]){re.escape(raw)}(?![\w-])[^.!?\n]{{0,80}}?\bits\b")
    return any(its.search(t) for t in seen)


def _one_company(text: str, texts: Mapping[str, Sequence[str]]) -> str | None:
    """The one speaker of the batch that `text` writes and shows to be a company (names of
    one body, "vesta" / "vesta foods", count once: the longest), or None."""
    found: list[str] = []
    for name in sorted(texts):
        if not name or name in _BARE:
            continue
        raw = _written(name, (text,))
        if raw is not None and _a_company(raw, name, [text, *texts[name]]):
            found.append(name)
    if not found:
        return None
    longest = max(found, key=lambda n: (len(n), n))
    if all(set(n.split()) <= set(longest.split()) for n in found):
        return longest
    return None


def bare_company(
    a: str, b: str, texts: Mapping[str, Sequence[str]], memo: dict[str, str | None]
) -> bool:
    """Whether one of the normalised speakers `a`, `b` is a bare "company" or "firm" and the
    other the one named company of a text where it speaks (see the module docstring);
    `texts`: each speaker -> the texts it speaks in; `memo`: text -> its one company."""
    for kind, other in ((a, b), (b, a)):
        if kind not in _BARE or other in _BARE or not other:
            continue
        for text in texts.get(kind, ()):
            if text not in memo:
                memo[text] = _one_company(text, texts)
            one = memo[text]
            if one is not None and set(other.split()) <= set(one.split()):
                return True
    return False
