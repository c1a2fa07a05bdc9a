"""A reported quotation that opens lower-case (cut from inside the speaker's sentence) follows
"said" without a colon; a whole quoted sentence keeps its colon
(consensus/offline/statements.py, `said_mark`)."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.statements import said_mark


def _statements(text: str) -> list[str]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    return [c.statement for c in extract_offline(article).claims]


def test_said_mark() -> None:
    assert said_mark("“every passenger will get home”") == ""
    assert said_mark("every passenger will get home") == ""
    assert said_mark("“Every passenger will get home.”") == ":"
    assert said_mark("We will appeal the ruling.") == ":"


def test_no_colon_before_a_lower_case_quotation() -> None:
    texts = [
        "Harbour Minister Orla Prestwick said the state would charter ferries for stranded "
        'travellers. "Nobody will be left behind. It may take some days, but every passenger '
        'will get home," she told the regional assembly.',
    ]
    got = [s for text in texts for s in _statements(text)]
    assert not any(":" in s and "“e" in s for s in got), got
    assert any("said “every passenger" in s for s in got), got
