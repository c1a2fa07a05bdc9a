"""The instrument and the target of a thing driven into another, as a claim tells them (link
rule 10's second slot): "a suicide bomber rammed a truck into the wall" (instrument truck,
target wall), "a car packed with explosives" / "an explosives-laden car" (instrument car),
"the car smashed into a perimeter wall" (target wall). Pure; the word lists are
`account_impact_verbs`, `account_load_words`, `account_general_things` and
`account_same_things` in data/words.toml.

Two instruments clash (`instruments_clash`) only when their heads differ, share no word,
neither is a general noun ("a car" / "a vehicle" is no clash) and no group of same things
holds both ("a truck" / "a lorry")."""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.merge.lexicon import (
    _STOP,
    ACCOUNT_GENERAL_THINGS,
    ACCOUNT_IMPACT_VERBS,
    ACCOUNT_LOAD_WORDS,
    ACCOUNT_SAME_THINGS,
)
from consensus.merge.slots import _stem

__all__ = ["impact_target", "instrument", "instrument_head", "instruments_clash"]


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_DET = r"(?:[Aa]|[Aa]n|[Tt]he|his|her|its|their)"
_PHRASE = r"(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
_IMPACT = _alternation(ACCOUNT_IMPACT_VERBS)
_LOAD = _alternation(ACCOUNT_LOAD_WORDS)
# "rammed a truck into", "smashed into a perimeter wall", "rammed the main building"
_IMPACT_AT = re.compile(rf"\b(?:{_IMPACT})\s+(?P<into>into\s+)?{_DET}\s+(?P<rest>[^,;.:]*)")
# "a car packed with", "the truck was laden with": what carried a load
_CARRIER = re.compile(
    rf"\b(?:{_DET}|one)\s+(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}}?)\s+"
    rf"(?:(?:was|had\s+been|has\s+been)\s+)?(?:{_LOAD})\s+with\b"
)
# "an explosives-laden car"
_HYPHENED = re.compile(rf"\b[a-z]+-(?:{_LOAD})\s+(?P<what>[a-z][a-z-]*)\b")
# a load word or an impact verb anywhere: each pattern above needs one (a cheap first test)
_CUE = re.compile(_alternation(ACCOUNT_LOAD_WORDS | ACCOUNT_IMPACT_VERBS))

_PREPOSITIONS = frozenset(
    "about above across after against along among around at before behind below beside "
    "between beyond by for from in into near of off on onto outside inside over through "
    "toward towards under with within without".split()
)


def _noun_phrase(text: str) -> tuple[str, str]:
    """The noun phrase `text` opens, cut at the first function word, preposition, load word
    or participle after a noun ("crowd celebrating ..." -> "crowd"; an "-ing" word before
    "of" or at the end is a noun: "main building of ..."), and the word it was cut at; ''
    for a plural head (an act on several things is no single account) or a capital."""
    words: list[str] = []
    split = [w.strip("\"'“”‘’") for w in text.split()]
    stop = ""
    for k, w in enumerate(split):
        nxt = split[k + 1] if k + 1 < len(split) else ""
        if not re.fullmatch(r"[a-z][a-z-]*", w) or w in _STOP or w in _PREPOSITIONS:
            stop = w
            break
        if w in ACCOUNT_LOAD_WORDS or (
            words and (w.endswith("ed") or (w.endswith("ing") and nxt not in ("", "of")))
        ):
            stop = w
            break
        words.append(w)
    if not words or words[-1].endswith("s"):
        return "", stop
    return " ".join(words), stop


def _impacts(statement: str) -> list[tuple[str, str]]:
    """(instrument, target) per impact verb of the statement: "rammed a truck into a wall"
    -> (truck, wall); "smashed into a wall" -> ('', wall); "rammed the main building" ->
    ('', main building); "crashed a truck loaded with explosives" -> (truck, '')."""
    out: list[tuple[str, str]] = []
    if _CUE.search(statement) is None:
        return out
    for m in _IMPACT_AT.finditer(statement):
        phrase, stop = _noun_phrase(m.group("rest"))
        if m.group("into"):
            out.append(("", phrase))
            continue
        after = m.group("rest")
        into = re.search(rf"\binto\s+(?:{_DET}\s+)?(?P<what>.*)", after)
        if into is not None:
            out.append((phrase, _noun_phrase(into.group("what"))[0]))
        elif stop in ACCOUNT_LOAD_WORDS:
            out.append((phrase, ""))
        else:
            out.append(("", phrase))
    return out


def impact_target(statement: str) -> str:
    """What a thing was driven into, as the statement tells it ("high outer wall"), or ''."""
    return next((target for _, target in _impacts(statement) if target), "")


# (remembered per statement: a merge with clause parts links its claims twice, `verdicts._merge`)
@lru_cache(maxsize=1 << 15)
def instrument(statement: str) -> str:
    """What carried a load or was driven into something, as the statement tells it ("car",
    "truck"), or ''."""
    if _CUE.search(statement) is None:
        return ""
    for rx in (_CARRIER, _HYPHENED):
        m = rx.search(statement)
        if m is not None:
            found = _noun_phrase(m.group("what"))[0]
            if found:
                return found
    return next((driven for driven, _ in _impacts(statement) if driven), "")


def instrument_head(statement: str) -> str:
    """The stem of the head noun of the statement's instrument (`instrument`), or ''."""
    found = instrument(statement)
    return _stem(found.split()[-1]) if found else ""


def _same_kind(a: str, b: str) -> bool:
    return any(a in group and b in group for group in ACCOUNT_SAME_THINGS)


def instruments_clash(a: str, b: str) -> str:
    """Two instruments that differ as accounts of one act ("car vs truck"), or '': their
    heads differ and share no word, neither head is a general noun, and they are not two
    names of one kind of thing."""
    if not a or not b:
        return ""
    ha, hb = a.split()[-1], b.split()[-1]
    if _stem(ha) == _stem(hb) or {_stem(w) for w in a.split()} & {_stem(w) for w in b.split()}:
        return ""
    if ha in ACCOUNT_GENERAL_THINGS or hb in ACCOUNT_GENERAL_THINGS or _same_kind(ha, hb):
        return ""
    return " vs ".join(sorted((ha, hb)))
