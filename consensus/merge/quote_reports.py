"""A speaker's own quoted words against an outlet's report of them: one voice.

One outlet prints the words of a person ('Jan Roe said: "We will not reopen the plant"'),
another reports them under the body the person speaks for ('Acme said it would not reopen
the plant'). The speaker index (`speakers.Speakers`) knows the two speakers are compatible
(the person is the body's voice: a spokesperson, an officer, an appositive), yet the
`speaker_same` comparison, which asks for one name however written, reads two speakers, so
the pair lacks the weight one speaker's words told twice get.

`one_voice_columns` sets `speaker_same` for exactly those pairs: ONE claim quotes its
speaker ('<speaker> said "..."', `quotes`), the other does not, both speakers are named and
compatible (no `speaker_clash`), and the two are of one polarity (a denial against an
assertion is the dispute rules' business, whoever speaks). Two quotations of one remark,
two reports, or a pair with an unnamed speaker keep their columns.

Nothing here names an event: the speech verbs are English grammar.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consensus.merge.codes import pair_ends
from consensus.merge.compare import COMPARISONS
from consensus.merge.features import _Feat
from consensus.models import Polarity

__all__ = ["one_voice_columns", "quotes"]

_SPEAKER_SAME = COMPARISONS.index("speaker_same")
_SPEAKER_CLASH = COMPARISONS.index("speaker_clash")

# '<who> said: "<words>' / '<who> told reporters "<words>"' (the close mark may be cut off)
_QUOTED = re.compile(
    r"^[^\"“”]{2,80}?\s+(?:said|says|told [^\"“”:,]{1,60}?|added|adds|wrote|writes|"
    r"declared|insisted|stated)\s*[:,]?\s*[\"“][^\"“”]+[\"”]?\s*\.?\s*$"
)


def quotes(statement: str) -> bool:
    """`statement` opens '<speaker> said' (told, added, ...) and goes on in the speaker's
    own quoted words."""
    return _QUOTED.match(statement) is not None


def one_voice_columns(
    feats: Sequence[_Feat], pairs: Sequence[tuple[int, int]], x: np.ndarray
) -> None:
    """Set, in `x` (the comparison rows of `pairs`), `speaker_same` of each pair that sets
    a speaker's quotation against a report by a compatible speaker of the same polarity
    (see the module docstring)."""
    if not pairs:
        return
    quoted = np.fromiter((quotes(f.claim.statement) for f in feats), bool, len(feats))
    if not quoted.any():
        return
    i, j = pair_ends(pairs)
    named = np.fromiter((bool(f.speaker) for f in feats), bool, len(feats))
    denies = np.fromiter((f.claim.polarity == Polarity.denies for f in feats), bool, len(feats))
    one_voice = (
        (quoted[i] != quoted[j])
        & named[i]
        & named[j]
        & (denies[i] == denies[j])
        & (x[:, _SPEAKER_CLASH] == 0)
    )
    x[one_voice, _SPEAKER_SAME] = 1.0
