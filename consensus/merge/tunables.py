"""Thresholds and bonuses of the merge stage, in one place (each documented in
`consensus.merge`'s docstring).

Plain constants only: no logic here.
"""

from __future__ import annotations

BLOCK_CAP = 64  # a composite blocking key held by more claims than this is skipped
MAX_BLOCK_KEYS = 7  # a claim blocks on pairs of its rarest keys
MAX_CANDIDATES = 8  # candidates kept per claim (those sharing the most composite keys)
LINK_AT = 0.30  # mean link probability (sampled member pairs) needed to merge two groups
LINK_AT_ONE_SPEAKER = 0.35  # ... when both groups are the words of one and the same speaker
MAX_LINK_SAMPLE = 4  # members per side compared when merging two groups
STORY_LINK = 2  # shared groups (items) that put two articles in one story
CONFLICT_PARTNERS = 3  # conflict partners a group keeps (best first) for contested points
