"""bench/quality.py with a JOIN weights file in scope (`link.join_weights_in_scope`).

usage: PYTHONPATH=. python bench/twomodels52/dev.py J.json <bench/quality.py arguments>
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]

import quality  # noqa: E402

from consensus.merge.link import join_weights_in_scope  # noqa: E402
from consensus.merge.weights import LogisticModel  # noqa: E402

if __name__ == "__main__":
    with join_weights_in_scope(LogisticModel.load(Path(sys.argv[1]))):
        sys.exit(quality.main(sys.argv[2:]))
