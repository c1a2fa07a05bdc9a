"""How surely a denial rejects an assertion (rule 2 of `link`'s docstring): the denial's
party must not be the assertion's, what it rejects must be what the other states (two of its
words beyond names and report nouns, and a third of a long object's; or the same thing in
other words when the other is an accusation), a denial whose object is cut short rejects
nothing by likeness, a sized denial rejects only an assertion of that size, and a plain
negation given as a denial rejects what it negates. Pure: reads the batch's `PairContext`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

import numpy as np

from consensus.merge.answers import (
    DENY_OBJECT,
    _rejected_words,
    _said_by,
    _stated,
    _without_own_account,
    acts_on_another_thing,
    states_in_other_words,
)
from consensus.merge.bound_negations import unbound
from consensus.merge.claim_reads import (
    _one_subject,
)
from consensus.merge.claim_words import OWN_ACCOUNT, content_stems, denied_content
from consensus.merge.compare import PairContext
from consensus.merge.denial_objects import short_object
from consensus.merge.features import (
    _Feat,
    _speakers_compatible,
)
from consensus.merge.figures import Figure, figures
from consensus.merge.lexicon import (
    _NEGATION,
    _NEGATION_NOUN,
    _REPORT_NOUNS,
)
from consensus.merge.periods import periods_clash
from consensus.merge.score import (
    NO_NEGATION,
    Negation,
    _negates,
    _negation_clash,
    negation,
)

# a statement with a negation word (data/words.toml `negation`, or "n't") matches this: a
# cheap precheck before `score.negation` reads the tokens
_NEG_HINT = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _NEGATION | _NEGATION_NOUN))) + r")\b|n['’]t",
    re.IGNORECASE,
)
DENY_COS = 0.5  # cosine of what a denial rejects and an assertion, to oppose them
DENY_RARE = 2.0  # ... sharing words of at least this summed IDF
DENY_NAMED_COS = 0.2  # the cosine needed when the denier is named in the assertion
DENY_NEAR = 0.05  # a denial keeps the targets this close to its best one
# the share of a long rejected object's words (`long_object`) an assertion must state to be
# what the denial rejects ("rejected a union claim that the driver of its tanker that
# overturned had worked 13 hours" rejects no "the advice after the tanker overturned was
# lifted", which meets two of its seven words)
DENY_SHARE = 1 / 3
# a denied object cut before its complement ("rejected the group's account of"): what it
# rejects is not told, so it rejects no assertion by likeness (a pointing-back denial is
# bound by `answers.answered`, not here)
_CUT_OBJECT = re.compile(r"\b(?:of|about|over|for|to|from|with|on|that)\W*$", re.IGNORECASE)
# whose statement a denial rejects, when it says so: "Acme's repeated concerns about ..."
_OWNED_REPORT = re.compile(
    r"\W*(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:" + "|".join(sorted(_REPORT_NOUNS)) + r")\b"
)


def _names_what_it_denies(ctx: PairContext, d: int, a: int, x: np.ndarray) -> bool:
    """The denial's party (speaker or names) appears in the asserting claim, by name or by
    its demonym."""
    dv = ctx.views[d]
    words = set(ctx.seq[a])
    party = {n for n in (dv.speaker, *dv.names) if n}
    # named, or named by its demonym ("ukraine" in "ukrainian troops")
    named = any(
        n in ctx.lower[a]
        or (" " not in n and len(n) > 4 and any(w.startswith(n[:-1]) for w in words))
        # a person by surname ("daniel ortiz" in "police said ortiz had ...")
        or (" " in n and len(n.rsplit(" ", 1)[1]) > 3 and n.rsplit(" ", 1)[1] in words)
        for n in party
    )
    return named


def _magnitude(value: float) -> int:
    return len(str(int(abs(value)))) - 1 if value >= 1 else 0


def _sizes_agree(denied: Sequence[Figure], asserted: Sequence[Figure]) -> bool:
    """A denial that sizes what it rejects ("reports of hundreds killed") rejects only an
    assertion of that size: some figure of the assertion has the same order of magnitude
    (a vague "hundreds" meets 100-999). A denial without figures sizes nothing."""
    counts = [f for f in denied if not f.unit or f.unit == "%"]
    if not counts:
        return True
    return any(_magnitude(d.value) == _magnitude(a.value) for d in counts for a in asserted)


def _denial_strength(
    feats: Sequence[_Feat],
    ctx: PairContext,
    d: int,
    s: int,
    x: np.ndarray,
    p_even: float,
    conflict_at: float,
    negations: _Negations,
) -> float:
    """How surely denial `d` rejects assertion `s` (0: it does not). See rule 2 of the
    module docstring; the strength orders a denial's candidate targets."""
    fd, fs = feats[d], feats[s]
    if fd.speaker and fs.speaker and _speakers_compatible(fd.speaker, fs.speaker):
        return 0.0  # a party does not deny its own side
    if periods_clash(fd.period, fs.period):
        return 0.0  # "would cut rates again this month" / "had cut rates twice last year"
    denied = denied_content(fd.claim.statement)
    if denied is not None:  # (a verb's short object, not its subject: `denial_objects`)
        denied = _without_purpose(_without_own_account(short_object(fd.claim.statement) or denied))
    if denied is None:  # "cannot deny", or no denial cue
        # a plain negation given as a denial ("the driver was not known to police", as a
        # model marks it) rejects what it negates, where the pair would link (rule 6: not
        # a claim with a negation word itself, even one `negation` does not read)
        neg = negations(d)
        clash = _negation_clash(fd, fs, neg, NO_NEGATION) if p_even >= conflict_at else ""
        if not clash or negations.hinted[s]:
            return 0.0
        if clash in neg.free and not _one_subject(fd.claim.subject, fs.claim.subject):
            return 0.0  # "Trump is not ready to intervene" rebuts no "Kyiv was ready to ..."
        return p_even
    if not _sizes_agree(figures(denied), ctx.figs[s]):
        return 0.0  # "denied reports of 100 dead" does not deny "five dead", nor "a first"
    if _one_stance(ctx, denied, negations(s)):
        return 0.0  # "denied that any fee was paid" / "said no fee was paid": one stance
    if p_even >= conflict_at and _negates(fd, fs) and not acts_on_another_thing(ctx, denied, s):
        return p_even  # (its lead denied, done to the thing the denial names)
    # what it rejects must be what the other states: two of its words beyond names and
    # report nouns (`_rejected_words`) in the assertion; a denial with fewer ("dismissed the
    # claim") points back at a claim, which is the one naming its party (below)
    if object_cut(denied):
        return 0.0  # ("rejected the group's account of": the claim ends before its object)
    what = _rejected_words(_without_relative(denied))
    stated = _stated(ctx, what, s)
    if len(what) >= DENY_OBJECT and stated < DENY_OBJECT:
        return 0.0
    enough = not long_object(denied, what) or share_met(stated, denied, what)
    owner = _OWNED_REPORT.match(denied)
    if owner and not _said_by(fs, owner.group(1)):
        return 0.0  # "dismissed Brightco's concerns": only what Brightco says or does
    vd, vs = ctx.vectors.get(denied), ctx.vectors.get(fs.claim.statement)
    dcos = float(vd @ vs) if vd is not None and vs is not None else 0.0
    shared = content_stems(denied) & ctx.stems[s]
    rare = sum(ctx.idf.get(w, 0.0) for w in shared)
    # the denier named in the assertion: a little likeness will do, when the assertion states
    # a share of a long object (`DENY_SHARE`), as below
    if _names_what_it_denies(ctx, d, s, x) and shared and dcos >= DENY_NAMED_COS and enough:
        return dcos
    # another party's assertion (a speaker of its own, never the denier's side, and no
    # negation of its own: "X said the cabinet had not pushed ..." agrees with the denial)
    accusation = (
        bool(fs.speaker)
        and not negations.hinted[s]
        # (its verb in common, done to another thing: "fired rubber bullets")
        and not acts_on_another_thing(ctx, denied, s)
    )
    if len(what) >= DENY_OBJECT and dcos >= DENY_COS and rare >= DENY_RARE and enough:
        if fd.speaker and not accusation and not _names_what_it_denies(ctx, d, s, x):
            return 0.0
        return dcos
    # ... which states what is denied in other words ("the cabinet had pushed the regulator
    # into the ruling" / "denied that the cabinet had put pressure on the regulator"), as
    # an accusation in the denial's own article is read (`answers.answered_in_other_words`)
    if (
        accusation
        and len(what) >= DENY_OBJECT
        and rare >= DENY_RARE
        and states_in_other_words(ctx, denied, what, s)
    ):
        return dcos
    return 0.0


# a relative clause naming which thing the rejected claim is about ("the driver of its lorry
# that overturned on the ring road had been at work ..."): up to the finite verb of the claim
_RELATIVE = re.compile(
    r"\s(?:that|which)\s+[a-z]+ed\b.*?(?=\s(?:had|has|was|were|is|are|would|did)\s)"
)


def _without_relative(denied: str) -> str:
    """What a denial rejects without a relative clause that only says which thing it is
    about (`_RELATIVE`)."""
    return _RELATIVE.sub("", denied, count=1)


def object_cut(denied: str) -> bool:
    """Whether what a denial rejects ends before its complement ("the group's account of":
    the claim was cut there), so it does not tell what is rejected (`_CUT_OBJECT`)."""
    return _CUT_OBJECT.search(denied) is not None


def long_object(denied: str, what: Sequence[str]) -> bool:
    """Whether a denial states what it rejects at length: `DENY_OBJECT` rejected words or
    more, and no account of its own after a report noun ("denied the accusation, saying
    every one of its customers had paid": the words after "saying" are the denier's, not
    what it rejects, `answers._without_own_account`)."""
    return len(what) >= DENY_OBJECT and OWN_ACCOUNT.search(denied) is None


# closed-class adverbs of time and degree: no part of what a denial rejects, for its share
# ("denies ever taking a banned substance" rejects taking a banned substance)
_SHARE_ADVERBS = frozenset(
    {"ever", "never", "always", "still", "even", "just", "also", "really", "already", "once"}
)
_HYPHENED = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")


def share_size(denied: str, what: Collection[str]) -> int:
    """How many words a denial's rejected words `what` count as for `DENY_SHARE`: a
    hyphened compound ("sanction-breaking") is one word, and a closed-class adverb of time
    or degree (`_SHARE_ADVERBS`) none."""
    extra: int = sum(str(w).count("-") for w in _HYPHENED.findall(denied) if str(w).islower())
    adverbs = sum(1 for w in what if w in _SHARE_ADVERBS)
    return max(1, len(what) - extra - adverbs)


def share_met(stated: int, denied: str, what: Collection[str]) -> bool:
    """Whether `stated` of a denial's rejected words `what` are `DENY_SHARE` of them
    (`share_size`)."""
    return stated >= DENY_SHARE * share_size(denied, what)


def states_too_little(what: frozenset[str], stems: frozenset[str], denied: str = "") -> bool:
    """Whether a claim states too few of a denial's rejected stems `what` to be what it
    rejects, though it names the denier: under `DENY_SHARE` of them (`share_met`)."""
    return not share_met(len(what & stems), denied, what)


# a purpose or result clause closing what a denial rejects: "that the company had set out to
# destroy the building so it could press ahead with its plan for 212 flats" rejects the act,
# not the plan (which the accused states itself)
_PURPOSE = re.compile(
    r",?\s+(?:so\s+(?:that\s+)?(?:it|they|he|she|we)\s|in\s+order\s+to\s|so\s+as\s+to\s)"
)


def _without_purpose(denied: str) -> str:
    """What a denial rejects, without a purpose clause that closes it (`_PURPOSE`), when
    three words or more are left."""
    m = _PURPOSE.search(denied)
    if m is None or len(denied[: m.start()].split()) < 3:
        return denied
    return denied[: m.start()]


def _one_stance(ctx: PairContext, denied: str, negated: Negation) -> bool:
    """An assertion that itself negates what a denial rejects takes the denial's side:
    "denied that any fee had been paid" / "said: 'No fee was paid.'" (its negated concept
    meets a word of what is denied). A denial of a negation ("denied that the staff had
    not been paid") rejects the negation, so it is left to the rules above."""
    if negated == NO_NEGATION or _NEG_HINT.search(denied):
        return False
    words = content_stems(denied)
    return any(ctx.words_meet(c, w) for c in sorted(negated.concepts) for w in sorted(words))


def denial_agrees(ctx: PairContext, a: _Feat, b: _Feat, neg_a: Negation, neg_b: Negation) -> bool:
    """One statement denies what the other's negation negates ("X denied that anyone had
    been fed against their will" / "X says nobody has been fed against their will"): both
    negate it, one stance, no rebuttal (`_one_stance` read from either side)."""
    return any(
        denied is not None and _one_stance(ctx, denied, neg)
        for denied, neg in (
            (denied_content(a.claim.statement), neg_b),
            (denied_content(b.claim.statement), neg_a),
        )
    )


@lru_cache(maxsize=1 << 15)  # (per statement: `verdicts._merge` links its claims twice)
def _hinted(statement: str) -> bool:
    """Whether the statement has a negation word that is no bound ("no more than 300":
    `bound_negations.unbound`)."""
    return _NEG_HINT.search(statement) is not None and (
        _NEG_HINT.search(unbound(statement)) is not None
    )


class _Negations:
    """`score.negation` of each claim with a negation word (`_NEG_HINT`), read once when
    first asked; NO_NEGATION for the others."""

    def __init__(self, feats: Sequence[_Feat]) -> None:
        self.feats = feats
        self.hinted = [_hinted(f.claim.statement) for f in feats]
        self._got: dict[int, Negation] = {}

    def __call__(self, k: int) -> Negation:
        got = self._got.get(k)
        if got is None:
            got = self._got[k] = negation(self.feats[k]) if self.hinted[k] else NO_NEGATION
        return got
