"""Names the article itself describes as a body: "Corrin Water, the regional utility, said"
is a company, no person, though two capitalised words read like a first name and a surname.

The evidence is the text's own apposition: the name, a comma, "the", "a" or "an", up to
three lower-case words and a head noun that says what kind of body it is ("utility",
"charity", "organisation"). A person's apposition ("Jane Roe, a nurse", "Tom West, the
group's founder") has a head that is no body kind, or an owner before it, and is left
alone. Must never read a list of company names: the kinds are grammar of descriptions.

A name the text writes only after a preposition of place ("in Ashcombe and Little Harwood",
"near Upper Fenby") is a place, no person (`placed_names`).
"""

from __future__ import annotations

import re

__all__ = ["COMPANY_KINDS", "described_bodies", "placed_names"]

# head nouns of a description that make the described name a body
_BODY_KINDS = frozenset(
    """company firm utility operator charity organisation organization group business
    lender insurer bank carrier airline carmaker maker retailer broadcaster chain
    association federation union agency authority regulator watchdog institute trust
    foundation council club network provider developer manufacturer supplier producer
    consultancy""".split()
)
# kinds a "company spokesman" or "the firm" may stand for
COMPANY_KINDS = frozenset(
    """company firm utility operator business lender insurer bank carrier airline carmaker
    maker retailer broadcaster chain provider developer manufacturer supplier producer
    consultancy""".split()
)
# ", the regional utility," / ", an environmental organisation that ...": a determiner and
# a run of lower-case words (linear: one character class, bounded)
_DESCRIPTION = re.compile(r",[ \t]+(?:the|a|an)[ \t]+([a-z][a-z \t-]{0,80})")
# words that end a description's noun phrase before its head could come
_PHRASE_ENDS = frozenset("that which who whose of for in with and at on from based".split())


def _kind(run: str, after: str) -> str | None:
    """The body kind a description's run of words heads ("regional utility" -> "utility"),
    or None: the first of its first four words that is a kind, before any word that ends
    the phrase, and closing it (the run or a word that ends the phrase follows); an owner
    ("the group's founder") or a kind qualifying a person ("a company director") is none."""
    words = run.split()
    for i, w in enumerate(words[:4]):
        if w in _PHRASE_ENDS:
            return None
        if w in _BODY_KINDS:
            if i == len(words) - 1:  # the phrase ends on it, or an owner's mark follows
                return None if after[:1] in ("'", "’") else w
            # the head closes the noun phrase ("a company director" is a person)
            return w if words[i + 1] in _PHRASE_ENDS else None
    return None


def described_bodies(text: str, names: set[str]) -> dict[str, str]:
    """Each of `names` (two words or more) that the text describes in apposition as a body
    -> the kind the description gives it ("Corrin Water" -> "utility")."""
    out: dict[str, str] = {}
    for name in sorted(names):
        if " " not in name:
            continue
        at = text.find(name)
        while at >= 0 and name not in out:
            end = at + len(name)
            m = _DESCRIPTION.match(text, end)
            kind = _kind(m.group(1), text[m.end() : m.end() + 1]) if m else None
            if kind is not None:
                out[name] = kind
            at = text.find(name, end)
    return out


# a preposition of place right before a name, or before "<Name> and " ("in Ashcombe and
# Little Harwood"); read on a short window that ends where the name starts (linear)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|inside|across|throughout)[ \t]+(?:[A-Z][a-z]+[ \t]+and[ \t]+)?$"
)


def placed_names(text: str, names: set[str]) -> set[str]:
    """The names of `names` (two words or more) that every mention in `text` follows a
    preposition of place: places, never persons."""
    out: set[str] = set()
    for name in sorted(names):
        if " " not in name:
            continue
        starts = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        if starts and all(_PLACE_BEFORE.search(text, max(0, a - 40), a) for a in starts):
            out.add(name)
    return out
