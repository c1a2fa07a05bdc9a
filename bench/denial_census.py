"""Missed denials by whoever speaks for the accused: every missed gold dispute of kind
"denial" or "rebuttal" over the tunable made-up clusters, with its sides' claims (speaker,
polarity, statement), the cause `missed_disputes._cause` gives it, and how the denying
side's speaker stands to the party the other side's claims name:

- `is the party`: the denier's speaker (its words of four letters or more) is named in a
  claim of the other side ("Acme denied ..." / "... accused Acme of ...");
- `speaks for the party`: the denier's sentence ties its speaker to a party by an appositive
  or possessive ("<Party>'s lawyer", "a spokesman for <Party>", "<Party> spokeswoman X")
  and that party is named in a claim of the other side;
- `tie, party not named`: such a tie, its party named on no claim of the other side;
- `appositive names the party`: the words next to the speaker's surname somewhere in its
  article (`_REACH` characters either side: "Jan Roe, the resort's director") hold a word
  of four letters or more a claim of the other side states (a looser reading: any shared
  word, so an upper bound);
- `no tie`: neither.

Tallies close the run: missed disputes by (tie | cause), and the ties' wording.

Reads nothing of the clusters in HELD_OUT.txt (tunable clusters only). Prints statements of
the made-up clusters only (invented text). Usage:
  PYTHONPATH=.:bench .venv/bin/python bench/denial_census.py [cluster ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from missed_disputes import _cause
from missed_links import covering, traced_report
from quality_lib import (
    MADEUP_GOLD,
    Locator,
    annotated_articles,
    load_annotated_expectations,
    madeup,
    score_report,
    tunable,
)

_NAME = r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.-]*){0,4}"
_VOICE = (
    r"spokes(?:man|woman|person)|lawyers?|attorneys?|counsel|representatives?|"
    r"solicitors?|advocates?|union|ministry|office|department|aides?"
)
# "<Party>'s lawyer", "a spokesman for (the) <Party>", "<Party> spokeswoman"
_TIES = (
    ("possessive", re.compile(rf"(?:the\s+)?(?P<party>{_NAME})['’]s?\s+(?:\w+\s+)?(?:{_VOICE})\b")),
    (
        "for",
        re.compile(rf"\b(?:{_VOICE})\s+(?:for|of|representing)\s+(?:the\s+)?(?P<party>{_NAME})"),
    ),
    ("prenominal", re.compile(rf"(?P<party>{_NAME})\s+(?:{_VOICE})\b")),
)
_WORD = re.compile(r"[^\W_]+")
_COMMON = frozenset(
    "the said says told this that with from they their company group government ministry "
    "police court state union office".split()
)


def _words(s: str) -> set[str]:
    return {w for w in _WORD.findall(s.casefold()) if len(w) > 3 and w not in _COMMON}


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hi = min((x for x in (text.find(". ", end), text.find("\n", end)) if x >= 0), default=len(text))
    return text[lo : hi + 1]


_REACH = 60


def _appositive_words(text: str, speaker: str) -> set[str]:
    """The words within `_REACH` characters of each mention of the speaker's last name."""
    last = speaker.split()[-1]
    out: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(last)}\b", text, re.IGNORECASE):
        out |= _words(text[max(0, m.start() - _REACH) : m.end() + _REACH])
    return out - _words(speaker)


def _ties(sentence: str) -> list[tuple[str, str]]:
    return [(how, m.group("party")) for how, rx in _TIES for m in rx.finditer(sentence)]


def census(event: str, tally: Counter[str], wording: Counter[str]) -> None:
    from consensus.merge.denial_strength import _NEG_HINT
    from consensus.merge.link import link_model
    from consensus.models import Polarity

    articles = annotated_articles(event, MADEUP_GOLD)
    exp = load_annotated_expectations(event, MADEUP_GOLD)
    report, trace = traced_report(articles, None)
    score = score_report(event, exp, articles, report)
    loc = Locator({a.id: a for a in articles})
    texts = {a.id: a.text for a in articles}
    missed = set(score.disputes_missed)
    for point in exp.get("contested", []):
        kind = point.get("kind", "?")
        if point["id"] not in missed or kind not in ("denial", "rebuttal"):
            continue
        sides = []
        for side in point["sides"]:
            anchors = {a: sp for a, t in side["anchors"].items() if (sp := loc.span(a, t))}
            cov = covering(trace, anchors)
            sides.append({m for ms in cov.values() for m in ms})
        cause = _cause(trace, sides, link_model().threshold).split(":")[0]
        print(f"== {event} {point['id']} ({kind}) cause: {cause}")

        def denies(m: int) -> bool:
            c = trace.feats[m].claim
            return c.polarity == Polarity.denies or bool(_NEG_HINT.search(c.statement))

        deny_side = next(
            (k for k, s in enumerate(sides) if s and all(denies(m) for m in s)),
            next((k for k, s in enumerate(sides) if any(denies(m) for m in s)), None),
        )
        for k, s in enumerate(sides):
            for m in sorted(s):
                f = trace.feats[m]
                mark = "D" if k == deny_side else " "
                print(
                    f"  {mark}{k} #{m} [{f.speaker}] {f.claim.polarity.value[0]} "
                    f"{f.claim.statement[:150]!r}"
                )
        if deny_side is None:
            tally[f"no denying side | {cause}"] += 1
            continue
        others = [trace.feats[m] for k, s in enumerate(sides) if k != deny_side for m in s]
        named = set().union(*(_words(f.claim.statement) for f in others)) if others else set()
        tie = "no tie"
        for m in sorted(sides[deny_side]):
            f = trace.feats[m]
            if f.speaker and _words(f.speaker) and _words(f.speaker) <= named:
                tie = "is the party"
                break
            for c in f.citations:
                sent = _sentence(texts[c.article], c.start, c.end)
                for how, party in _ties(sent):
                    pw = _words(party)
                    if pw and pw & named:
                        tie = "speaks for the party"
                        wording[how] += 1
                        print(f"    tie {how}: {party!r}")
                        break
                    if pw and tie == "no tie":
                        tie = "tie, party not named"
                if tie == "speaks for the party":
                    break
        if tie in ("no tie", "tie, party not named"):
            for m in sorted(sides[deny_side]):
                f = trace.feats[m]
                if f.speaker and (near := _appositive_words(texts[f.article], f.speaker) & named):
                    tie = "appositive names the party"
                    print(f"    near: {sorted(near)[:6]}")
                    break
        print(f"  -> {tie}")
        tally[f"{tie} | {cause}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", nargs="*")
    args = ap.parse_args(argv)
    tally: Counter[str] = Counter()
    wording: Counter[str] = Counter()
    names: Any = args.clusters or tunable(madeup())
    for event in tunable(names):
        census(event, tally, wording)
    print(f"== {sum(tally.values())} missed denial/rebuttal disputes by tie | cause")
    for what, n in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    print("== ties by wording")
    for what, n in sorted(wording.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
