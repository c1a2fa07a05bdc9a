"""The honorifics written before a name ("Mr Pell", "Dame Judi Roe", "Dr Lund"): one list,
in consensus/data/name_words.toml (a user can extend it), with the gender each tells; and the
nouns for a person that tell a gender ("his mother", "the spokesman")."""

from __future__ import annotations

import tomllib
from importlib import resources

__all__ = ["HONORIFICS", "honorific", "honorific_gender", "noun_gender"]

_WORDS = tomllib.loads(
    resources.files("consensus").joinpath("data/name_words.toml").read_text(encoding="utf-8")
)
_TABLE: dict[str, list[str]] = _WORDS["honorifics"]
_NOUNS = {
    w: g for g, key in (("m", "male"), ("f", "female")) for w in _WORDS["gendered_nouns"][key]
}
_GENDER = {
    word: g for g, key in (("m", "male"), ("f", "female"), ("", "other")) for word in _TABLE[key]
}
HONORIFICS = frozenset(_GENDER)


def honorific(word: str) -> bool:
    """Whether `word` is an honorific ("Mr", "Mrs.", "dame")."""
    return word.lower().removesuffix(".") in HONORIFICS


def honorific_gender(name: str) -> str:
    """'m' or 'f' when the honorific opening `name` tells ("Mr Holt", "Mrs May"), else ''."""
    first, sep, _ = name.partition(" ")
    return _GENDER.get(first.lower().removesuffix("."), "") if sep else ""


def noun_gender(role: str) -> str:
    """'m' or 'f' when the last word of a speaker described by a noun tells ("mother",
    "the victim's brother", "a company spokeswoman"), else ''."""
    words = role.split()
    return _NOUNS.get(words[-1].lower(), "") if words else ""
