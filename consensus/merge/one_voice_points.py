"""One voice does not contest itself (contested step 5): the one precision veto on the
polarity and negation conflict edges `verdicts` turns into contested points that reads who
speaks on each side (`one_voice_clash`; whether an OUTLET tells both sides is
`verdicts._self_rebuttal`'s question, `voiced_origins`).

A point of opposite polarity, or of one side negating what the other states, says two
voices disagree. Such a conflict makes no point when it is one voice's, read either way:

- the two claims (`_pair_voice`, polarity or negation): both are named speakers' own words
  (`_SPOKEN`) and they are one speaker or one speaks for the other, as the batch's own text
  tells (`speakers.compatible`): "Voss said the depot had no drivers for the routes" and
  "Voss rejected the union's claim"; "Sandhu said the results were clear" and "Sandhu said
  nothing was cleared": two remarks of one party on two things, or one remark and its
  retelling;
- the two groups (`_group_voice`, negation only): the two claims are two named speakers of
  two articles and every speaker of the two groups is one side (`one_voice`,
  `answers._one_side`, which also reads a name word in common): a body in one outlet and
  its own officer in another ("Acme said the brakes failed" / "Acme's director Jan Roe:
  'the speed is the result, not the cause'").

Exceptions (`_excepted`), read by the claim reading only (the group reading is a negation
every speaker of both groups tells, already a whole-group agreement):
- a claim that is no statement of its speaker (an event or a quantity the outlet tells of
  the party: "Islamic State did not make any immediate claims for the assault" is the
  outlet's, against "Islamic State claimed responsibility"; `_SPOKEN`), and a claim with
  no speaker (the outlet's own statement against a party's denial is the usual accusation
  and answer);
- one statement told both ways, the content words of one claim all the other's ("The
  driver was known to the police, the prosecutor said" / "... was not known ...": two
  outlets disagree on what the voice said, a dispute; `_told_both_ways`);
- a claim that sets a figure aside with "not" ("now reviewing seven works, not three as it
  said yesterday"): a party correcting its own figure is an update the report shows
  (`_corrects_figure`);
- a claim that quotes a third person's own words ("the inspectorate said she had 'never
  altered a receipt in my life'", `_quotes_another`): those words are hers, whoever the
  claim names;
- a claim that tells another party's report inside its own ("Strand rejected opposition
  claims that he had been warned", `answers._states_a_report`; not the speaker's own, "his
  charge that"): the accusation is told there, in the accuser's words.
Quantity, date and time conflicts are never vetoed here (one party's two figures may be an
update the report shows as such).

Sessions 53 (released53: the group reading, in `verdicts`; nogold53: the claim reading),
folded into this one rule in session 55 (onevoice55) with no behaviour change.

PURE: reads two claims' speakers and the batch's speaker index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consensus.merge.answers import _one_side, _states_a_report
from consensus.merge.claim_words import content_stems
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.figures import figures
from consensus.models import ClaimKind

__all__ = ["one_voice", "one_voice_clash"]

# the conflicts (`_Edge.conflict` prefixes) one voice on both sides cannot make a point of
_VOICED = ("polarity", "negation")
# the claim kinds that are their speaker's own words (not an event the outlet tells)
_SPOKEN = frozenset(
    {ClaimKind.reported_statement, ClaimKind.direct_quote, ClaimKind.denial, ClaimKind.opinion}
)


def one_voice_clash(
    conflict: str,
    a: _Feat,
    b: _Feat,
    sides: tuple[Sequence[_Feat], Sequence[_Feat]] | None = None,
) -> bool:
    """Whether a polarity or negation conflict between claims `a` and `b` (of the groups
    `sides`, by default the two claims alone) is one voice's, by either reading of the
    module docstring: the two groups' speakers (`_group_voice`) or the two claims'
    (`_pair_voice`)."""
    ga, gb = sides if sides is not None else ((a,), (b,))
    if conflict.startswith("negation") and _group_voice(a, b, ga, gb):
        return True
    return _pair_voice(conflict, a, b)


def one_voice(speakers: set[str]) -> bool:
    """Every two of `speakers` are one side (`answers._one_side`)."""
    names = sorted(speakers)
    return all(_one_side(x, y) for k, x in enumerate(names) for y in names[k + 1 :])


def _group_voice(a: _Feat, b: _Feat, ga: Sequence[_Feat], gb: Sequence[_Feat]) -> bool:
    """Two named speakers of two articles, and every speaker of the two groups one side."""
    return bool(
        a.speaker
        and b.speaker
        and a.speaker != b.speaker
        and a.article != b.article
        and one_voice({f.speaker for f in (*ga, *gb) if f.speaker})
    )


def _pair_voice(conflict: str, a: _Feat, b: _Feat) -> bool:
    """Both claims named speakers' own words, one speaker or one speaking for the other,
    and no exception (`_excepted`)."""
    if not conflict.startswith(_VOICED) or not a.speaker or not b.speaker:
        return False
    return not _excepted(a, b) and _speakers_compatible(a.speaker, b.speaker)


def _excepted(a: _Feat, b: _Feat) -> bool:
    """Whether the module docstring's exceptions keep the conflict a point: a claim no
    statement of its speaker (`_SPOKEN`), one statement told both ways, a figure set aside,
    another's quoted words, another party's report told inside the claim."""
    if not {a.claim.kind, b.claim.kind} <= _SPOKEN:
        return True
    if _told_both_ways(a.claim.statement, b.claim.statement):
        return True
    for f in (a, b):
        st = f.claim.statement
        if _corrects_figure(st) or _quotes_another(st):
            return True
        if _states_a_report(_OWN_REPORT.sub(" ", st)):
            return True
    return False


# "not" right before a figure ("not three", "not the 40"; "did not pay 40" negates an act)
_NOT = re.compile(r"\bnot\s+(?:the\s+)?$", re.IGNORECASE)


# a report noun the speaker owns ("his charge that", "its claim that"): still its own voice
_OWN_REPORT = re.compile(r"\b(?:his|her|its|their|our|my)\s+(?:own\s+)?\w+", re.IGNORECASE)
# "she"/"he" after the speech, then a quotation in the first person singular
_ANOTHERS_QUOTE = re.compile(
    r"\b(?:she|he)\b[^\"“”]{0,80}[\"“][^\"“”]{0,300}?\b(?:I|my|me|myself)\b"
)


def _told_both_ways(x: str, y: str) -> bool:
    """Whether one statement's content words (stems) are all the other's: one statement
    told both ways, not two remarks."""
    cx, cy = content_stems(x), content_stems(y)
    return bool(cx and cy) and (cx <= cy or cy <= cx)


def _quotes_another(statement: str) -> bool:
    """Whether a statement quotes a third person's first-person words ("said she had
    'never altered a receipt in my life'"): `_ANOTHERS_QUOTE`, bounded reads."""
    return _ANOTHERS_QUOTE.search(statement) is not None


def _corrects_figure(statement: str) -> bool:
    """Whether a statement sets one of its figures aside with "not" ("seven works, not
    three as it said"): the figure's own words end a "not" (`_NOT`, read on at most the
    40 characters before it)."""
    return any(
        _NOT.search(statement[max(0, f.start - 40) : f.start]) is not None
        for f in figures(statement)
    )
