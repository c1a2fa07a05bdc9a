"""Denials that point back with a pronoun (link rule 2, with `answers`): "The company
denied that.", "The regional governor rejected that.", "Her lawyer said that was "simply
untrue"", "A spokeswoman said: "That is false."". Such a denial names nothing of what it
rejects, not even a report noun ("denied the report", which `answers` reads); the
pronoun is the claim its article tells just before it (`pronoun_answers`): the nearest
claim before it, within `answers.ANSWER_REACH`, when another side asserts it (a speaker
of its own, or none: "the union held a protest, saying job cuts had left the centre
understaffed. The company denied that."); none when that claim is the denier's own or a
denial ("It denied a report ... "That is false," the spokeswoman said": the pronoun goes
on with that denial, which answers the report itself). A claim of no one cut from a
phrase (fewer than `FRAGMENT` words cited: "said Ana Roe, 44" -> "Ana Roe is 44") is
passed over; unlike a report noun's denial, which may look further up for a claim that
tells an accusation, a pronoun is never read past the nearest other claim, and not at
all when that claim and the one before it are one speaker's (either may be what "that"
is), unless the one before charges the denier ("Roe accused the firm of X. "quote," Roe
said. The firm rejected that."): then it is bound as before, and `charge_antecedents`
moves it to the charge. What the denier holds instead, when its next claim says it, is
shown on its side (`denial_reasons`).

Only a demonstrative closing the verb's clause ("denied that.", "rejected this, saying
...") or the subject of a copula that calls it false ("that was not true", "this is a
fabrication") counts: "denied that the closures had been decided" states what it denies,
and "it is not true that we put money first" is a stated denial, both read elsewhere;
"it" is left out ("it was wrong" is often an opinion of an act, not of a claim).

PURE: reads the claims' statements, speakers and citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from consensus.merge.answers import ANSWER_REACH, _one_side, _spans_by_article
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.quote_runs import run_opening
from consensus.models import Polarity
from consensus.offline.judging import AS_VERBS, VERBS, VERDICT

__all__ = ["FRAGMENT", "PRONOUN_BACK", "pronoun_answers", "pronoun_back"]

FRAGMENT = 6  # fewer words cited than this: a claim cut from a phrase, no statement

# what calls a claim false (the words of `answers._FALSE`, with a fabrication and a lie)
_FALSE = (
    r"(?:not\s+true|untrue|false|baseless|groundless|unfounded|nonsense|fabricated|"
    r"incorrect|wrong|lies|a\s+lie|an?\s+(?:complete\s+|total\s+)?fabrication|"
    # "that was "not our understanding"", "That is not what prosecutors told us"
    r"not\s+(?:our|my|their|his|her|the)\s+understanding|"
    r"not\s+what\s+(?:[\w’'-]+\s+){0,3}?(?:told|said|says|saw|happened))"
)
_VERB = (
    r"(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|disput(?:ed|es)|"
    r"refut(?:ed|es)|rebut(?:ted|s)?)"
)
PRONOUN_BACK = re.compile(
    # (an empty "whose": `answers.answered` reads the owner a report noun names)
    r"(?P<whose>)(?:"
    # "The company denied that.", "rejected this, saying ..."
    rf"\b{_VERB}\s+(?:that|this)\s*(?:[.;!]|,\s*(?:saying|and|but)\b|$)"
    # "said that was "simply untrue"", "That is false."
    rf"|\b(?:that|this)\s+(?:was|is)\s+[\"“'‘]?"
    rf"(?:(?:simply|completely|totally|entirely|absolutely|just|all)\s+)?{_FALSE}\b"
    r"(?!\s+(?:that|to|of|for|about|when|if)\b)"
    # "called that 'simply untrue'", "dismissed that as nonsense": a verdict of falsity
    # given with a verb of judging (`consensus.offline.judging`)
    rf"|\b(?:(?:{VERBS})\s+that\s+|(?:{AS_VERBS})\s+that\s+as\s+){VERDICT}"
    r")",
    re.IGNORECASE,
)


def pronoun_back(statement: str) -> re.Match[str] | None:
    """The pronoun denial in `statement` (see the module docstring), or None."""
    return PRONOUN_BACK.search(statement)


def pronoun_answers(
    feats: Sequence[_Feat],
    done: Collection[int],
    charged: Callable[[_Feat, _Feat], bool] | None = None,
) -> dict[int, int]:
    """Each pronoun denial (not in `done`) -> the claim just before it that it rejects (see
    the module docstring); denials without one are left out. `charged(denial, claim)`: the
    claim charges the denial's party (`charge_antecedents.charges_denier`)."""
    by_article: dict[str, list[tuple[int, int, int]]] | None = None
    out: dict[int, int] = {}
    for d, f in enumerate(feats):
        if d in done or f.claim.polarity != Polarity.denies or not f.citations:
            continue
        if pronoun_back(f.claim.statement) is None:
            continue
        if by_article is None:
            by_article = _spans_by_article(feats)
        start = max(c.start for c in f.citations)
        before = sorted(
            (x for x in by_article[f.article] if x[0] < start and x[2] != d), reverse=True
        )
        voiced = [
            k
            for _, end, k in before
            if start - end <= ANSWER_REACH and (feats[k].speaker or not _fragment(feats[k]))
        ]  # (a phrase of the sentence before is passed over: "said Ana Roe, 44")
        if not voiced:
            continue
        k, other = voiced[0], feats[voiced[0]]
        if other.claim.polarity != Polarity.asserts or _one_side(f.speaker, other.speaker):
            continue  # (it goes on with a denial, or with the denier's own words)
        t = run_opening(feats, before, k, start)
        if (
            t == k
            and _one_voice_run(feats, voiced)
            and not (charged is not None and charged(f, feats[voiced[1]]))
        ):
            continue  # (which of one voice's claims "that" is, nothing tells)
        out[d] = t
    return out


def _one_voice_run(feats: Sequence[_Feat], voiced: Sequence[int]) -> bool:
    """Whether the claim just before a pronoun denial and the one before it are one
    speaker's two assertions ("The sensors were switched off," the chief said. She said
    detectives were questioning the firm. X denied that.): either may be what it denies."""
    if len(voiced) < 2:
        return False
    a, b = feats[voiced[0]], feats[voiced[1]]
    return (
        b.claim.polarity == Polarity.asserts
        and bool(a.speaker and b.speaker)
        and _speakers_compatible(a.speaker, b.speaker)
    )


def _fragment(f: _Feat) -> bool:
    """Whether a claim cites fewer than `FRAGMENT` words (a phrase of a sentence)."""
    return sum(len(c.quote.split()) for c in f.citations) < FRAGMENT
