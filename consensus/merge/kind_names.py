"""Which longer name a speaker named only by its kind stands for, claim by claim.

A word that is no speaker alone ("officials", "sources": `speakers.clean_speaker` drops it)
or a noun that names a speaker by its kind ("the group", "the ministry", "investigators":
`group_speakers` in data/words.toml) stands for a longer name ending with it that its own
article gives ("local officials", "the health ministry") only where the text supports it:

* the claim's own quote holds the longer name's other words: "The tanker remains in
  Norlandic custody, officials said" is said by "norlandic officials" when the article
  names them, never by the "kestrian officials" it names elsewhere;
* the article writes the longer name (or one of its claims names it) in the claim's
  paragraph or the paragraph before it, at most `NEAR` characters before the claim: "Fire
  officials said the blaze had spread. Officials said a vehicle started it." (without the
  article text, the paragraphs are unknown: a claim naming it within `NEAR` characters).

A name those paragraphs describe by the kind noun, that a claim of the article names, is
one too: "Lorries carry most freight, according to the Haulage Federation, an industry
group. They move 900 million tons a year, the group says." is said by the Haulage
Federation. More than one longer name so supported: the one its quote qualifies, else the
nearest before the claim. Otherwise the word stays what it is: "officials" (no speaker:
the outlet reports it), "the group" (never the monitoring group named three paragraphs
up). Never another article's name: one outlet's "officials said" is not the "hospital
officials" of another.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from consensus.merge import speakers as _speakers
from consensus.merge.lexicon import _GROUP_SPEAKERS, _SPEECH, _STOP
from consensus.models import Claim

__all__ = ["NEAR", "is_kind_word", "kind_names"]

NEAR = 800  # characters before a claim in which a longer name supports its kind word
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def is_kind_word(name: str) -> bool:
    """A (normalised) one-word name that names a speaker only by its kind: no speaker alone
    ("officials", "sources") or a `group_speakers` noun ("group", "ministry"); never a
    pronoun ("it", "they": stop words)."""
    return (
        " " not in name
        and name not in _STOP
        and (name in _GROUP_SPEAKERS or not _speakers.clean_speaker(name))
    )


def _name_part(name: str) -> str:
    """A longer name without the stop words an extractor left before it ("as french
    officials" -> "french officials")."""
    words = name.split(" ")
    while len(words) > 2 and words[0] in _STOP:
        words = words[1:]
    return " ".join(words)


def _holds(quote_words: set[str], name: str) -> bool:
    """The quote holds every word of `name` but its last (the kind noun), or a longer form of
    it ("norland" / "norlandic")."""
    words = name.split(" ")[:-1]
    return bool(words) and all(
        any(q == w or (len(w) >= 4 and q.startswith(w)) for q in quote_words) for w in words
    )


def _window(text: str, start: int) -> tuple[int, int]:
    """[start of the paragraph before the one holding `start` (at most `NEAR` characters
    before it), end of `start`'s paragraph)."""
    cut = text.rfind("\n", 0, start)
    if cut > 0:
        cut = text.rfind("\n", 0, cut)
    end = text.find("\n", start)
    return max(cut + 1, start - NEAR, 0), end if end >= 0 else len(text)


def _written_at(text: str, name: str, lo: int, hi: int) -> int | None:
    """The last start in text[lo:hi] where the text writes `name` (casefolded, whole words)."""
    low = text[lo:hi].casefold().replace("’", "'")
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low)]
    return lo + found[-1] if found else None


def _described(text: str, tail: str, lo: int, hi: int, names: set[str]) -> tuple[int, str] | None:
    """The last name in text[lo:hi] that an appositive describes by the kind noun `tail`
    ("the Haulage Federation, an industry group", "Watchdog Trust, a monitoring group"): its
    start and the name, when a claim of the article names it (as normalised there)."""
    found = None
    for m in _described_by(tail).finditer(text, lo, hi):
        name = re.sub(r"^the\s+", "", m.group("name").casefold().replace("’", "'"))
        if name in names:
            found = (m.start("name"), name)
    return found


@lru_cache(maxsize=256)
def _described_by(tail: str) -> re.Pattern[str]:
    """A capitalised name, then an appositive whose head is `tail` ("..., an industry group",
    "..., the country's aviation regulator"); never the subject of a verb of saying that
    ends a sentence ("... the refinery at Hollin, the coastguard said": no appositive)."""
    speech = "|".join(sorted(_SPEECH, key=len, reverse=True))
    return re.compile(
        r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
        r"[A-Z][\w'’&.-]*){0,5}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}"
        rf"{re.escape(tail)}\b(?!\s+(?:(?:has|have|had)\s+)?(?:{speech})\b)",
    )


def kind_names(
    claims: Sequence[tuple[str, int, Claim]],
    normed: Mapping[str, str],
    texts: Mapping[str, str] | None = None,
) -> dict[tuple[str, int], dict[str, str]]:
    """(article, index) -> {raw name -> the longer name it stands for in that claim} for the
    claims whose kind words the text supports a longer name for (see the module docstring).
    `normed` maps every raw name of the claims (entities, speaker, subject) to its normalised
    form; `texts` the article texts, when known."""
    kinds = {raw for raw, n in normed.items() if is_kind_word(n)}
    if not kinds:
        return {}
    tails = {normed[raw] for raw in kinds}
    # each article's longer names ending with a kind word -> where its claims name them
    named_at: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    names_of: dict[str, set[str]] = defaultdict(set)  # each article's names (normalised)
    for art, _, c in claims:
        for name in (*c.entities, c.speaker or "", c.subject):
            if name and texts:
                names_of[art].add(normed.get(name, ""))
            n = _name_part(normed.get(name, "")) if name else ""
            parts = n.split(" ")
            if 2 <= len(parts) <= 3 and parts[-1] in tails and parts[-1].isalpha():
                named_at[art][n].extend(e.start for e in c.evidence)
    out: dict[tuple[str, int], dict[str, str]] = {}
    for art, idx, c in claims:
        longer = named_at.get(art, {})
        if not longer and not names_of.get(art):
            continue
        raws = {n for n in (*c.entities, c.speaker or "", c.subject) if n in kinds}
        if not raws or not c.evidence:
            continue
        start = min(e.start for e in c.evidence)
        end = max(e.end for e in c.evidence)
        quote_words = {
            w.casefold().replace("’", "'") for e in c.evidence for w in _WORD.findall(e.quote)
        }
        text = texts.get(art) if texts else None
        lo, hi = _window(text, start) if text else (max(0, start - NEAR), end)
        hi = max(hi, end)
        for raw in sorted(raws):
            tail = normed[raw]
            qualified: list[str] = []
            near: list[tuple[int, str]] = []
            for name, where in sorted(longer.items()):
                if name.rsplit(" ", 1)[-1] != tail:
                    continue
                if _holds(quote_words, name):
                    qualified.append(name)
                    continue
                at = [p for p in where if lo <= p <= hi]
                if text:
                    written = _written_at(text, name, lo, hi)
                    if written is not None:
                        at.append(written)
                if at:
                    near.append((max(at), name))
            if text:
                # "the Haulage Federation, an industry group. ... the group says"
                described = _described(text, tail, lo, start, names_of[art])
                if described is not None:
                    near.append(described)
            if len(qualified) == 1:
                out.setdefault((art, idx), {})[raw] = qualified[0]
            elif not qualified and near:
                out.setdefault((art, idx), {})[raw] = max(near)[1]
    return out
