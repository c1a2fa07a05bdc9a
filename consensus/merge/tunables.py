"""Thresholds and bonuses of the merge stage, in one place (each documented in
`consensus.merge`'s docstring).

Plain constants only: no logic here.
"""

from __future__ import annotations

BLOCK_CAP = 64  # a composite blocking key held by more claims than this is skipped
MAX_BLOCK_KEYS = 7  # a claim blocks on pairs of its rarest keys
MAX_CANDIDATES = 8  # candidates kept per claim (those sharing the most composite keys)
JOIN_AT = 0.62  # pair score needed to join
CONFLICT_AT = 0.66  # pair score needed for a blocked pair to count as a conflict
LINK_AT = 0.35  # mean link probability (sampled member pairs) needed to merge two groups
EVIDENCE_LIFT = 0.25  # evidence similarity may lift a pair's score by at most this
EVIDENCE_NEAR = 0.8  # ... and only when the quotes are near-identical (copies, one quote)
SAME_LEAD_BONUS = 0.05  # both statements led by the same predicate ("support")
SAME_SPEAKER_BONUS = 0.05  # the same named speaker (not the outlet's own voice)
SAME_ANCHOR_BONUS = 0.05  # both name the same quantity (value + unit) or month-year
SAME_LEAD_OVERRIDE = 0.88  # different lead predicates still join above this score
MAX_LINK_SAMPLE = 4  # members per side compared when merging two groups
STORY_LINK = 2  # shared groups (items) that put two articles in one story
CONFLICT_PARTNERS = 3  # conflict partners a group keeps (best first) for contested points
