""" "Queues reported at several branches": a headline's passive, whose subject reports nothing
and is no speaker; "Police reported at 9pm that the road was closed" still has one."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _speakers(text: str) -> list[str | None]:
    article = Article(id="01_x", title="Live", outlet="Outlet", text=text)
    return [c.speaker for c in extract_offline(article).claims]


def test_a_reported_place_or_time_with_nothing_reported_has_no_speaker() -> None:
    assert _speakers("10:15 - Queues reported at several Fenmoor branches on the high street.") == [
        None
    ]
    assert _speakers("Long delays reported on the coast road into Harwick this morning.") == [None]


def test_a_report_with_its_content_keeps_its_speaker() -> None:
    assert _speakers("Police reported at 9pm that the coast road was closed.") == ["Police"]
    assert _speakers("Residents reported hearing a loud bang near the quay.") == ["Residents"]
