"""Session 53 (joinlook53): bench/merged_lookalikes.py with a JOIN weights file in scope
(tunable made-up or dev clusters only; never held-out ones).

usage: PYTHONPATH=.:bench python bench/joinlook53/lookalikes.py J.json NAME ...
"""

from __future__ import annotations

import sys
from pathlib import Path

import merged_lookalikes
from quality_lib import held_out

from consensus.merge.link import join_weights_in_scope
from consensus.merge.weights import LogisticModel

if __name__ == "__main__":
    if set(sys.argv[2:]) & set(held_out()):
        raise SystemExit("held-out cluster named")
    with join_weights_in_scope(LogisticModel.load(Path(sys.argv[1]))):
        sys.exit(merged_lookalikes.main(sys.argv[2:]))
