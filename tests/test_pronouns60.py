"""Session 60 (pronoun60): a statement opening on "Its" names the body the clause before
opened on as its subject ("The Harbour Authority said …. Its director, Ana Lind, said …" ->
"The Harbour Authority's director, Ana Lind, said …"), as the text writes it; the quoted
evidence is untouched. Unsure whose (no body, a body's thing as the subject, a clause whose
own speaker follows a comma), "Its" stays."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.possessive_leads import apostrophe, possessive_lead


def _statements(text: str) -> list[str]:
    return [c.statement for c in extract_offline(Article(id="a", text=text)).claims]


def test_its_role_in_apposition_names_the_body_that_spoke_before() -> None:
    text = (
        "The Harbour Authority said on Monday that it would close the east channel to barges. "
        "Its director, Ana Lind, said the work would take a month."
    )
    claims = extract_offline(Article(id="a", text=text)).claims
    got = [c.statement for c in claims]
    want = "The Harbour Authority's director, Ana Lind, said the work would take a month."
    assert want in got, got
    # the citation stays verbatim: only the statement names the body
    quotes = [e.quote for c in claims if c.statement == want for e in c.evidence]
    assert quotes and all(q.startswith("Its director") for q in quotes), quotes


def test_its_after_a_named_body_that_opened_the_clause_before() -> None:
    got = _statements(
        "Ostra Exams Board revised its pass mark for the spring papers on Monday. "
        "Its marking centre in the north was closed for a week."
    )
    assert "Ostra Exams Board's marking centre in the north was closed for a week." in got, got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the subject is the trust's grant, not a body: whose report, unsure
            "The trust's grant from government has fallen from 52 million to 44 million a "
            "year since 2021, and its own report last year rated many embankments as poor.",
            "Its own report last year rated",
        ),
        (  # the clause's own speaker follows a comma: "its" is the stone's
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "Its weight is 1.2 kilograms, the institute says, well below the first estimate.",
            "Its weight is 1.2 kilograms",
        ),
        (  # a person speaks after the comma, with no apposition: still the stone's
            "The Lund Institute has published its first measurement of the Ostby stone. "
            "Its weight is 1.2 kilograms, Ana Lind said, well below the first estimate.",
            "Its weight is 1.2 kilograms",
        ),
        (  # a person before: no body
            "Lena Morrow opened the new bakery on the high street in March. "
            "Its ovens were bought from a firm in the south.",
            "Its ovens were bought",
        ),
    ],
)
def test_an_unsure_owner_leaves_its(text: str, kept: str) -> None:
    got = _statements(text)
    assert any(s.startswith(kept) for s in got), got


def test_possessive_lead_writes_the_possessive_english_writes() -> None:
    assert possessive_lead("Its shares fell 9 percent.", "Lund Holdings") == (
        "Lund Holdings' shares fell 9 percent."
    )
    assert possessive_lead("its inspectors visited", "the agency", "’") == (
        "The agency’s inspectors visited"
    )
    assert possessive_lead("It said so.", "the agency") is None
    assert possessive_lead("Its shares fell.", None) is None
    assert apostrophe("Lund’s mill and Vass’s barn, Kell's") == "’"
    assert apostrophe("Kell's barn") == "'"
