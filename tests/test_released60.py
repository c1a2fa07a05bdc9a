"""Session 60 (released60): the general causes behind the report defects of six released
blind clusters, checked on invented text.

- A page's closing furniture: the last lines after a furniture line are its footer
  (`page_cues._closes_page`), while news at the page's end stays news.
- "At 82, she ...": a short fronted phrase hides no pronoun subject, so a place named later in
  the clause never becomes the person a "she said" points at (`story_follow._pronoun_subject`).
- "The nurses tell a different story. In a statement, they said:": "they" is the plural group
  that spoke before and opens the clause before (`story_follow.plural_opening`), and a quoted
  block after that intro is that group's (`offline.claims._introduced`).
"""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims

from consensus.ingest import parse_text
from consensus.models import Article
from consensus.nonclaims import non_claim_spans
from consensus.offline import extract_offline


def _covered(text: str, line: str, outlet: str = "Vale Courier") -> bool:
    spans = non_claim_spans(text, title="Ferry runs aground off Dunmore", outlet=outlet)
    start = text.index(line)
    end = start + len(line)
    return any(a <= start and end <= b for a, b in spans)


_BODY = (
    "A passenger ferry ran aground off Dunmore on Tuesday, and all 80 people on board were "
    "taken off safely by the harbour lifeboat.\n\n"
    "The operator said the ship would be towed to port on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        (
            "Got a story? Message our newsroom on 07700 900 111.\n\n",
            "Comments are moderated and may take a few hours to appear.",
        ),
        (
            "Send us your news and pictures: news@valecourier.example\n\n",
            "Valley Radio: the latest news, sport and weather for the valley towns.",
        ),
    ],
)
def test_the_last_line_after_page_furniture_is_the_pages_footer(tail: str, last: str) -> None:
    text = _BODY + tail + last + "\n"
    assert _covered(text, tail.strip())  # the furniture the rules already find
    assert _covered(text, last)


@pytest.mark.parametrize(
    "last",
    [
        # news closing the page after a furniture line: it counts, tells a past act or
        # reports someone's words
        "Two crew members were treated for minor injuries.",
        "The harbour master said the channel would reopen at noon.",
        "Divers will inspect the hull on Thursday.",
    ],
)
def test_news_after_page_furniture_stays_news(last: str) -> None:
    text = _BODY + "Got a story? Message our newsroom on 07700 900 111.\n\n" + last + "\n"
    assert not _covered(text, last)


def test_a_line_before_news_is_no_closing_footer() -> None:
    # the furniture line must close the page: a short line between it and later news stays
    line = "Comments are moderated and may take a few hours to appear."
    text = (
        _BODY
        + "Got a story? Message our newsroom on 07700 900 111.\n\n"
        + line
        + "\n\nThe operator said 14 sailings had been cancelled.\n"
    )
    assert not _covered(text, line)


def test_a_fronted_phrase_keeps_the_pronoun_subject_followed() -> None:
    text = (
        "Vera Holm has lived in Dunmore since 1970. At 82, she does not drive, and the bus to "
        'Hollin Cross runs twice a day. "The doctor knows everything about me," she said.\n'
    )
    quote = next(c for c in _claims(text) if "knows everything" in c.statement)
    assert quote.speaker == "Vera Holm"


def test_they_is_the_plural_group_that_spoke_and_opens_the_clause_before() -> None:
    text = (
        "The nurses say the ward is short. Dr Ivo Brask disagreed. The nurses tell a "
        "different story. In a statement read by Dr Ivo Brask, they said: "
        '"We have given this town everything."\n'
    )
    quote = next(c for c in _claims(text) if "given this town" in c.statement)
    assert quote.speaker == "nurses"


def test_they_after_a_group_that_never_spoke_stays_unread() -> None:
    text = (
        "The nurses say the ward is short. The results show a drop. "
        'They said: "We have given this town everything."\n'
    )
    quote = next(c for c in _claims(text) if "given this town" in c.statement)
    assert quote.speaker is None


def test_a_quoted_block_after_an_intro_is_the_intros_speaker() -> None:
    text = (
        "The nurses say the ward is short.\n\n"
        "The nurses tell a different story. In a statement read to Radio Vell by Dr Ivo "
        "Brask, they said:\n\n"
        '"We have given this town everything. The ward has been short for years.\n\n'
        '"The money was a one-off payment for one year. We turned it down."\n'
    )
    article: Article = parse_text(text, id="t")
    assert article.embedded  # ingest reads the block, with no author from "they"
    claims = extract_offline(article).claims
    block = [c for c in claims if "short for years" in c.statement or "one-off" in c.statement]
    assert block
    assert {c.speaker for c in block} == {"nurses"}
