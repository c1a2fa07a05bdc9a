"""Thresholds and bonuses of the merge stage, in one place (each documented in
`consensus.merge`'s docstring).

Plain constants only: no logic here.
"""

from __future__ import annotations

BLOCK_CAP = 64  # a composite blocking key held by more claims than this is skipped
MAX_BLOCK_KEYS = 7  # a claim blocks on pairs of its rarest keys
MAX_CANDIDATES = 8  # candidates kept per claim (those sharing the most composite keys)
# Two groups merge at a mean link probability (sampled member pairs) of at least the link
# model's fitted threshold (data/link_weights.json), or of this when all their claims are
# in one voice (named speakers who speak for each other: "Vladimir Putin", "Russia") and
# the two groups name one speaker alike (`clusters._may_join`):
LINK_AT_ONE_VOICE = 0.35
# A speaker named by its kind that states an event fact ("12 were killed, local officials
# said") joins another speaker's statement of it when the pair links at least this
# (`reporters.py`; link rule 1): a weaker link with a speaker in common with neither is
# more often another fact of another source
REPORTED_AT = 0.5
# Two named speakers who do not speak for each other, each stating an event fact (what
# happened, a count, where, when: `reporters.states_event`; no quotation, stance or
# denial), are two sources of one fact when their claims link at least this
# (`voices.told_by_two`; link rule 1); the item lists both speakers
TOLD_BY_TWO_AT = 0.7
MAX_LINK_SAMPLE = 4  # members per side compared when merging two groups
STORY_LINK = 2  # shared groups (items) that put two articles in one story
CONFLICT_PARTNERS = 3  # conflict partners a group keeps (best first) for contested points
# Counts of one plain thing ("people") whose nearest words are further apart than this (word
# vectors' cosine: "missing"/"died" 0.09, "lost"/"died" 0.26) count things in two states
# and are never one slot in other words (`compare.PairContext._near_clash`)
STATES_APART_BELOW = 0.2
# A claim that answers (a denial, a negation) is a candidate against the claims of other
# articles sharing a key held by at most this many claims of the batch (`answer_blocks`)
ANSWER_DF = 8
