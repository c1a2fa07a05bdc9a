"""A dateline whose source carries a broadcaster's number ("WEXBRIDGE (NBN 7) — ") is not
content (`sentences._DATELINE`). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from consensus.models import Article
from consensus.offline import extract_offline

WEDNESDAY = dt.date(2026, 5, 20)


def test_a_dateline_whose_source_has_a_number_is_not_content() -> None:
    # "HALM (KTV 9) — ": a broadcaster's channel number in the dateline's source
    text = "HALM (KTV 9) — Floods cut the main road to the town on Monday, the police said."
    (claim,) = extract_offline(Article(id="t", text=text, published=WEDNESDAY)).claims
    assert claim.statement.startswith("Floods cut the main road")
    # a figure in brackets after a capitalised word is no dateline
    text = "SEVEN (2016) — the band's third album — sold 40,000 copies, the label said."
    (claim,) = extract_offline(Article(id="t", text=text, published=WEDNESDAY)).claims
    assert "SEVEN" in claim.statement
