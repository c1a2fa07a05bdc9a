"""Session 50 (released50): page chrome and unbound speakers the released blind clusters showed.

Whole lines that are the page's own (a bracketed placeholder, an embedded post's label with
the post, a copy credit) and copyright lines to their end are furniture; reporting that
merely mentions a post, a copyright or a bracket is not. "The Ostry-based company said" is
the body just named, and "a spokeswoman said" after a body the extractor read as a person
is that body's (never a named person's). A clock time's "a.m." or "p.m." ends its sentence
when a quotation opens after it. All wording here is invented.
"""

from __future__ import annotations

import time

import pytest

from consensus.furniture import _COPYRIGHT, _WHOLE_LINE
from consensus.ingest import parse_text
from consensus.nonclaims import non_claim_spans
from consensus.offline import _split_sentences, extract_offline

_NEWS = (
    "The Pellow ferry service stopped all sailings on Friday after a crack was found in "
    "the hull of its largest vessel, the operator said."
)


def _covered(text: str, line: str) -> bool:
    """Whether the non-claim spans of ``text`` cover every non-space character of ``line``."""
    at = text.index(line)
    spans = non_claim_spans(text)
    return all(
        any(s <= i < e for s, e in spans)
        for i in range(at, at + len(line))
        if not text[i].isspace()
    )


@pytest.mark.parametrize(
    "line",
    [
        "[Chart: rents per flat in Ostry, 2019-2025. Source: land registry]",
        '[Embedded post from @pinewoodparish: "Bridge shut until further notice." - 3 Mar]',
        'Embedded post from @pinewoodparish, 3 Mar 2025: "Bridge shut until further notice."',
        'Posted on social media by @FjordRescue: "Crews are out. Stay in your car."',
        'Tomas Vell (@tvell_news) posted: "Crowds at the gate. Mostly dockers."',
        "(c) Harbour FM. Includes wire copy from the Norrow Press Agency.",
        "Copyright Delta TV 2025. Wire content (c) Norrow Press Agency.",
        "Copyright (c) Delta TV. Contains material from Norrow Press Agency.",
        "Copy from Norrow Press Agency.",
    ],
)
def test_page_chrome_lines_are_furniture(line: str) -> None:
    text = f"{_NEWS}\n\n{line}\n\nRepairs are expected to take two weeks.\n"
    assert _covered(text, line)
    assert not _covered(text, "Repairs are expected to take two weeks.")


@pytest.mark.parametrize(
    "line",
    [
        "The ferry operator posted on social media that all sailings were cancelled.",
        "Copyright Office officials said the register would reopen on Monday.",
        "Copyright claims against the ferry line rose by 12 percent last year.",
        "The harbour master [Anna Lusk] said the crack was 40 cm long.",
        "Tomas Vell, the harbour master, posted a video of the damaged hull on Friday.",
        "Material from the hull was sent to a laboratory in Ostry for tests.",
    ],
)
def test_reporting_that_mentions_them_is_not(line: str) -> None:
    text = f"{_NEWS}\n\n{line}\n"
    assert not _covered(text, line)


def test_patterns_are_linear_on_a_long_token() -> None:
    token = "a" * 200_000
    for text in (
        "[" + token,
        "[Chart: " + token,
        "Embedded post from " + token,
        "Posted on " + token,
        "A" + " a" * 100_000,
        "Copy from " + token,
        "Copyright " + token,
    ):
        start = time.perf_counter()
        _WHOLE_LINE.match(text)
        _COPYRIGHT.match(text)
        assert time.perf_counter() - start < 1.0


def _speakers(text: str) -> dict[str, str | None]:
    article = parse_text(text, id="released50", title="Supply deal ends")
    return {c.statement: c.speaker for c in extract_offline(article).claims}


_LEAD = "Brightwell Foods has ended its supply deal with Marrow Farms.\n\n"


def _said(got: dict[str, str | None], words: str) -> list[str | None]:
    found = [s for statement, s in got.items() if words in statement]
    assert found, got
    return found


def test_the_place_based_company_is_the_body_just_named() -> None:
    got = _speakers(
        _LEAD + "Marrow Farms has rejected that. In a statement, the Ostry-based company "
        'said it had "acted in good faith".'
    )
    assert _said(got, "good faith") == ["Marrow Farms"]


def test_a_place_based_company_with_no_body_before_is_not_bound() -> None:
    got = _speakers(
        "Anna Pell said the harbour would reopen on Monday.\n\n"
        'In a statement, the Ostry-based company said it had "acted in good faith".'
    )
    assert all(s is None or "Anna Pell" not in s for s in _said(got, "good faith")), got


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Harvestline told us its policy is to check every crate.", "Harvestline"),
        ("The receivers, Tallis Crane Partners, said that was wrong.", "Tallis Crane Partners"),
    ],
)
def test_a_spokeswoman_after_a_body_read_as_a_person_is_its(line: str, body: str) -> None:
    got = _speakers(_LEAD + f'{line} "We were never asked about it," a spokeswoman said.')
    assert _said(got, "never asked") == [f"{body} spokeswoman"]


def test_a_spokesman_after_a_person_is_not_the_persons() -> None:
    got = _speakers(
        _LEAD + 'Mayor Anna Pell said the deal was dead. "It is over," a spokesman said.'
    )
    assert _said(got, "It is over") == ["spokesman"]


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Crews reported the crack at 2:15 a.m. "Five hours passed," Tomas Brekk said.',
        "The alarm went off at 3 p.m. \u201cI ran,\u201d said Anna Pell.",
    ],
)
def test_a_clock_time_ends_its_sentence_before_a_quotation(text: str) -> None:
    assert len(_sentences(text)) == 2, _sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at 5 p.m. ET on Friday with 40 cars aboard.",
        "The board will meet at 10 a.m. Wednesday to discuss the crack.",
        "Ilka Norr spoke on the 8 a.m. Morning Report on Radio Ostry.",
        'The U.S. "safe harbour" rule was cited by Tomas Brekk.',
    ],
)
def test_a_clock_time_or_initialism_before_other_words_keeps_its_sentence(text: str) -> None:
    assert len(_sentences(text)) == 1, _sentences(text)


def test_clock_ends_is_linear_on_a_long_token() -> None:
    text = "at 6 a.m. " + "A" * 200_000 + '. "Next'
    start = time.perf_counter()
    _sentences(text)
    assert time.perf_counter() - start < 2.0
