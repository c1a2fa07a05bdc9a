"""Who did what to whom: a light predicate-argument reading of a claim's statement.

`frame(statement)` reads the statement's main act (its first verb form after any
attribution "X said (that)" and any opening phrase "On Monday,"), the head of its doer and
the head of its undergoer:

* active: "Police arrested the driver" -> arrest, doer police, undergoer driver;
* passive: "The driver was arrested by police" -> arrest, doer police, undergoer driver;
* an act with no object whose subject undergoes it ("Seven people died", `_UNDERGONE`):
  the subject is the undergoer.

Only grammar is read (closed words, verb endings, capitals); no parser, no word of one
story. A statement whose act cannot be read gives an empty frame (a copula, "There was
...", a present-tense verb: "Penrose owns 7%", a quotation with no verb form). PURE: no I/O.

Measured as link-model columns by bench/frame_pairs.py and not shipped (bench/README
"Session 24, helper frame24"): it lives here, not in consensus/, until something uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consensus.merge.lexicon import _SPEECH, _STOP
from consensus.offline.grammar import _INTRO, _is_past

__all__ = ["Frame", "frame"]

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[,;:()“”\"]")
_AUX = frozenset(
    """is are was were be been being has have had will would could can may might must should
    shall did does do""".split()
)
_BE = frozenset("is are was were be been being".split())
_HAVE = frozenset("has have had".split())
_MODAL_OR_DO = frozenset("will would could can may might must should shall did does do".split())
_SKIP = frozenset(
    """not also still now then already just even only again reportedly allegedly never
    initially later previously first well""".split()
)
_DETS = frozenset(
    """the a an this that these those his her their its our my some any no every each at least
    more than about around nearly almost up to over some all""".split()
)
_PREPS = frozenset(
    """of in on at by for from with into onto across through near during inside outside to
    after before since until over under about around per between among along within without
    against as than while when because""".split()
)
_SUBORD = frozenset("that which who whom whose where when if because although while as".split())
# acts whose subject undergoes them (unaccusative): "Seven people died" is "seven people
# were killed" from the undergoer's side
_UNDERGONE = frozenset(
    """died die dies dying drowned perished collapsed fell fall falls sank crashed derailed
    burned exploded resigned resign resigns quit stepped rose fell dropped climbed declined
    closed opened broke""".split()
)
_VERB_END = ("ed", "ing")


@dataclass(frozen=True, slots=True)
class Frame:
    act: str = ""  # the main verb, lower case as written
    doer: str = ""  # the head (last word) of its doer's noun phrase, lower case
    undergoer: str = ""  # the head of its undergoer's noun phrase


def _verbish(low: str) -> bool:
    return low.isalpha() and (_is_past(low) or low.endswith(_VERB_END))


def _head(words: list[str]) -> str:
    """The head of a noun phrase: its last content word (not a determiner or number) before
    any preposition ("the driver of the vehicle" -> driver)."""
    cut = next((q for q, w in enumerate(words) if q and w.casefold() in _PREPS), len(words))
    for w in reversed(words[:cut]):
        low = w.casefold()
        if low.isalpha() and low not in _DETS and low not in _STOP and low not in _PREPS:
            return low
    return ""


def _after_speech(tokens: list[str]) -> list[str]:
    """The words of what an attribution reports: after "said (that)" when a verb of saying
    stands in the first clause, before ", X said" at the end; else all."""
    for k, t in enumerate(tokens[:12]):
        low = t.casefold()
        if not t[:1].isalnum():
            break  # (", saying ...": a participle after the main clause)
        if low in _SPEECH and k and k + 2 < len(tokens) and not low.endswith("ing"):
            rest = tokens[k + 1 :]
            if rest and rest[0].casefold() == "that":
                rest = rest[1:]
            return rest
    for k in range(len(tokens) - 1, max(len(tokens) - 8, 0), -1):
        if tokens[k] == "," and any(t.casefold() in _SPEECH for t in tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def _np_after(tokens: list[str], k: int) -> list[str]:
    """The noun phrase starting at token k, up to a preposition, a verb form or a break."""
    out: list[str] = []
    for t in tokens[k : k + 8]:
        low = t.casefold()
        if not t[:1].isalnum() or low in _PREPS or low in _SUBORD or low == "and":
            break
        if out and low in _AUX:
            break
        if _skippable(low):
            continue
        out.append(t)
    return out


_OPENERS = frozenset(
    """on in at after before during since for by with as under from until within earlier
    later last yesterday today meanwhile overnight however but and so""".split()
)


@lru_cache(maxsize=1 << 15)
def frame(statement: str) -> Frame:
    """The statement's main act, doer head and undergoer head (module docstring)."""
    text = _INTRO.sub("", statement, count=1) if _INTRO.match(statement) else statement
    return _read(_after_speech(_TOKEN.findall(text)), 0)


def _skippable(low: str) -> bool:
    return low in _SKIP or (low.endswith("ly") and len(low) > 4)


def _read(tokens: list[str], depth: int) -> Frame:
    while tokens and not tokens[0][:1].isalnum():
        tokens = tokens[1:]
    if tokens and tokens[0].casefold() in _OPENERS and "," in tokens[:10]:
        tokens = tokens[tokens.index(",") + 1 :]  # ("In the coming days, ...")
    subject: list[str] = []
    for k, t in enumerate(tokens):
        low = t.casefold()
        if not t[:1].isalnum():
            if subject and t == ",":
                continue  # ("Sunday's earthquake, centred near ..., killed")
            subject = []
            continue
        if low in _SPEECH and subject and not low.endswith("ing") and depth < 2:
            rest = tokens[k + 1 :]
            if rest and rest[0].casefold() == "that":
                rest = rest[1:]
            return _read(rest, depth + 1)  # ("Hannah Collier, 23, said it was ...")
        if low in _AUX:
            j = k + 1
            while j < len(tokens) and _skippable(tokens[j].casefold()):
                j += 1
            if j >= len(tokens):
                return Frame()
            nxt = tokens[j].casefold()
            if low in _BE | _HAVE and nxt in ("being", "been") and j + 1 < len(tokens):
                j, nxt = j + 1, tokens[j + 1].casefold()
                low = "be"
            if low in _MODAL_OR_DO and nxt in ("be", "have", "been") and j + 1 < len(tokens):
                j, nxt = j + 1, tokens[j + 1].casefold()
                if nxt == "been" and j + 1 < len(tokens):
                    j, nxt = j + 1, tokens[j + 1].casefold()
                low = "be" if tokens[j - 1].casefold() in ("be", "been") else "have"
            if not nxt.isalpha() or not tokens[j][:1].islower():
                return Frame()
            if low in _MODAL_OR_DO:
                if nxt in _STOP or nxt in _AUX:
                    return Frame()
            elif not _verbish(nxt):
                return Frame()  # a copula ("is the largest", "there was blood"): no act
            passive = low in _BE | {"be", "been"} and not nxt.endswith("ing")
            after = tokens[j + 1 :]
            if passive:
                by = next((q for q, w in enumerate(after) if w.casefold() == "by"), -1)
                doer = _head(_np_after(after, by + 1)) if by >= 0 else ""
                return Frame(nxt, doer, _head(subject))
            return _active(nxt, subject, after)
        if subject and t[:1].islower() and _verbish(low) and low not in _SPEECH:
            if k and tokens[k - 1] == ",":
                aside = next((q for q in range(k + 1, len(tokens)) if tokens[q] == ","), -1)
                if aside > 0:  # ("Sunday's earthquake, centred near ..., killed")
                    return _reread(subject, tokens[aside:])
            return _active(low, subject, tokens[k + 1 :])
        if low in _SUBORD and subject:
            return Frame()
        subject.append(t)
        if len(subject) > 10:
            return Frame()
    return Frame()


def _reread(subject: list[str], rest: list[str]) -> Frame:
    """The frame of a subject whose verb follows an aside between commas."""
    rest = [t for t in rest if t != ","]
    if rest and _verbish(rest[0].casefold()):
        return _active(rest[0].casefold(), subject, rest[1:])
    return Frame()


def _active(act: str, subject: list[str], after: list[str]) -> Frame:
    obj = _head(_np_after(after, 0))
    if act in _UNDERGONE and not obj:  # ("Seven people died"; not "Prosecutors opened a case")
        return Frame(act, "", _head(subject))
    return Frame(act, _head(subject), obj)


_CLAUSE_SPLIT = re.compile(
    r"[,;:]|\s(?:and|but|when|after|before|while|as|which|who|that|because|since|until)\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 15)
def clause_frames(statement: str) -> tuple[Frame, ...]:
    """The frames of the statement and of each of its clauses (cut at punctuation and
    conjunctions: "two days after an avalanche killed four skiers" gives kill, avalanche,
    skiers), the ones with an act, each once."""
    parts = [statement, *_CLAUSE_SPLIT.split(statement)]
    out = dict.fromkeys(f for p in parts if (f := frame(p.strip())).act)
    return tuple(out)
