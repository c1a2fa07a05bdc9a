"""No rule, table entry or example in the library names a dev cluster's people, places or
companies (issue 8: quality is judged on clusters nobody here has, so a rule or a table
entry for one event's names is a defect; examples in comments use invented names too)."""

from __future__ import annotations

import re
from pathlib import Path

LIBRARY = Path(__file__).resolve().parent.parent / "consensus"
# distinctive names of the six dev clusters' events (people, places, companies)
DEV_NAMES = (
    "Bamford Croydon Sandilands Estrosi Hollande Lahouaiej Bouhlel Mazar Kunduz Qualcomm "
    "Broadcom Mollenkopf Chosun Guoqiang Chunying Okesola Wolmar Teague Burrell Grizzlies "
    "Brandet Cazeneuve Hanstock Tofield Balkh Tramlink Beckenham"
).split()


def test_the_library_names_no_dev_event() -> None:
    pattern = re.compile(r"\b(?:" + "|".join(DEV_NAMES) + r")\b", re.IGNORECASE)
    found = [
        f"{path.relative_to(LIBRARY)}:{n}: {line.strip()[:80]}"
        for path in sorted(LIBRARY.rglob("*"))
        if path.suffix in (".py", ".toml", ".md", ".txt")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, "\n".join(found)
