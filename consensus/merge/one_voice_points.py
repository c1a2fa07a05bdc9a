"""A speaker does not contest their own words (contested step 5): a precision veto on the
polarity and negation conflict edges `verdicts` turns into contested points, read from the
two claims' speakers.

A point of opposite polarity, or of one side negating what the other states, says two
voices disagree. When both claims of the conflict are told as one voice's ("Voss said the
depot had no drivers for the routes" and "Voss rejected the union's claim"; "Sandhu said
the results were clear" and "Sandhu said nothing was cleared") or one speaks for the other
(a body and its spokesman, as the batch's own text tells: `speakers.compatible`), the two
are two remarks of one party on two things, or one remark and its retelling, never a
dispute between sides. Such a conflict makes no point (`one_voice_clash`).

Not vetoed: one statement told both ways, the content words of one claim all the other's
("The driver was known to the police, the prosecutor said" / "... was not known ...": two
outlets disagree on what the voice said, a dispute; `_told_both_ways`); a conflict one of
whose claims has no speaker (the outlet's own statement
against a party's denial is the usual accusation and answer) or is no statement of its
speaker (an event or a quantity the outlet tells of the party: "Islamic State did not make
any immediate claims for the assault" is the outlet's, against "Islamic State claimed
responsibility", `_SPOKEN`); quantity, date and time
conflicts (one party's two figures may be an update the report shows as such); and a
claim that sets a figure aside with "not" ("now reviewing seven works, not three as it
said yesterday"): a party correcting its own figure is such an update (`_corrects_figure`);
and a claim that tells another party's report inside its own ("Strand rejected opposition
claims that he had been warned", `answers._states_a_report`; not the speaker's own, "his
charge that"): the accusation is told there, in the accuser's words; and a claim that
quotes a third person's own words ("the inspectorate said she had 'never altered a receipt
in my life'", `_quotes_another`): those words are hers, whoever the claim names.

PURE: reads two claims' speakers and the batch's speaker index.
"""

from __future__ import annotations

import re

from consensus.merge.answers import _states_a_report
from consensus.merge.claim_words import content_stems
from consensus.merge.features import _Feat, _speakers_compatible
from consensus.merge.figures import figures
from consensus.models import ClaimKind

__all__ = ["one_voice_clash"]

# the conflicts (`_Edge.conflict` prefixes) one voice on both sides cannot make a point of
_VOICED = ("polarity", "negation")
# the claim kinds that are their speaker's own words (not an event the outlet tells)
_SPOKEN = frozenset(
    {ClaimKind.reported_statement, ClaimKind.direct_quote, ClaimKind.denial, ClaimKind.opinion}
)


def one_voice_clash(conflict: str, a: _Feat, b: _Feat) -> bool:
    """Whether a polarity or negation conflict between claims `a` and `b` is one voice's:
    both have a speaker, and the two are one speaker or one speaks for the other."""
    if not conflict.startswith(_VOICED):
        return False
    if not a.speaker or not b.speaker or not {a.claim.kind, b.claim.kind} <= _SPOKEN:
        return False
    if _told_both_ways(a.claim.statement, b.claim.statement):
        return False
    for f in (a, b):
        st = f.claim.statement
        if _corrects_figure(st) or _quotes_another(st):
            return False
        if _states_a_report(_OWN_REPORT.sub(" ", st)):
            return False
    return _speakers_compatible(a.speaker, b.speaker)


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
