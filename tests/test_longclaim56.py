"""One sentence, two facts joined by a concessive "although" / "though" / "whereas" after a
comma: the extractor cuts it into two claims (`consensus/offline/subordinate_cuts.py`), each
citing its own verbatim span and keeping the sentence's speaker, so another outlet's claim of
either fact alone can match; and it leaves whole the sentences where the word opens no clause
of its own ("..., though, ..." as an adverb, "as though"). Invented sentences only."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="01_x", title="Report", outlet="Outlet", text=text)
    out = []
    for c in extract_offline(article).claims:
        for e in c.evidence:  # every citation is the article's own text, verbatim
            assert text[e.start : e.end] in text and e.end > e.start
        out.append((c.statement, c.speaker))
    return out


def test_although_with_its_own_subject_is_a_second_claim() -> None:
    got = [
        s
        for s, _ in _claims(
            "The Varnel agency named one tanker in its notice on Tuesday, although the agency "
            "did not name the second ship."
        )
    ]
    assert len(got) == 2, got
    assert got[0].startswith("The Varnel agency named one tanker") and "second" not in got[0]
    assert got[1].startswith("The agency did not name the second ship"), got


def test_though_and_whereas_are_cut_too() -> None:
    got = [
        s
        for s, _ in _claims(
            "Trelmo shares rose 4 percent on Friday, though the company had warned of weaker "
            "orders in March."
        )
    ]
    assert len(got) == 2 and got[1].startswith("The company had warned"), got
    got = [
        s
        for s, _ in _claims(
            "The northern depot reopened on Monday, whereas the southern depot was closed "
            "for repairs."
        )
    ]
    assert len(got) == 2 and got[1].startswith("The southern depot was closed"), got


def test_each_part_keeps_the_speaker() -> None:
    got = _claims(
        "The Kesmar depot closed on Tuesday, although drivers ended a strike over pay, "
        "a Trandol Transit spokeswoman said."
    )
    assert len(got) == 2, got
    assert got[0][1] and got[1][1] == got[0][1], got


def test_adverb_and_bound_though_stay_whole() -> None:
    assert len(_claims("The plan, though, was dropped by the Orvan council on Monday.")) == 1
    got = _claims("The Velk bridge shook on Monday, as though a train had struck the pier.")
    assert len(got) == 1, got
    got = _claims("The Velk bridge reopened on Monday, although they were unsure why.")
    assert len(got) == 1, got  # "they" cut alone points at nothing
