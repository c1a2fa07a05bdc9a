"""The offline extractor on shapes that the made-up rate decision, air strike, resignation,
typhoon and product recall clusters (tests/data/madeup/) brought up: a speaker named with a
role and no article after the quote, "according to X, the head of ...", an age appositive,
a paper named before its kind, accusations and promises, a product recall that is no
memory, ", but denied any wrongdoing" after a relative clause, ", and officials said ...",
a reader's service line. Short made-up sentences, one rule each."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_offline_kinds import _claims, _one

from consensus.ingest import load_articles
from consensus.nonclaims import non_claim_spans
from consensus.offline import extract_offline


def _speaker(text: str, fragment: str) -> str | None:
    return _one(text, fragment).speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a role without an article after the name that follows the quote
        (
            '"This was the right call," said Nina Falk, chief economist at Nordbank.',
            "right",
            "Nina Falk",
        ),
        # "according to" a name and a description longer than four words
        (
            "The strike hit a school, according to Omar Haddad, the head of the town council.",
            "strike hit",
            "Omar Haddad",
        ),
        # an age alone between the name and the verb
        (
            "Henrik Sol resigned on Friday.\nSol, 51, insists he did nothing wrong.",
            "insists",
            "Henrik Sol",
        ),
        # a paper named before its kind, a time between it and the verb
        (
            "The Morning Ledger newspaper reported last week that Sol had charged 48,000 euros.",
            "48,000",
            "Morning Ledger",
        ),
        # an accusation and a promise are their makers' word
        (
            "Opposition MP Rita Vaz accused the weather service of issuing late warnings.",
            "late",
            "Rita Vaz",
        ),
        (
            "President Daniel Moreno, who visited the port on Saturday, promised that no "
            "family would be left without help.",
            "no family",
            "Daniel Moreno",
        ),
        # "her spokesman said": the spokesman, whoever's he is
        (
            "Prime Minister Eva Lindqvist accepted the resignation, her spokesman said.",
            "accepted",
            "spokesman",
        ),
        # a document names its author: "according to the bank's minutes"
        (
            "Three members dissented, preferring a smaller rise, according to the bank's minutes.",
            "dissented",
            "bank",
        ),
        # a firm named with an ampersand, after its description
        (
            "The auditing firm, Brandt & Co, rejected that account on Monday.",
            "rejected",
            "Brandt & Co",
        ),
        # people of talks who speak as a group
        ("The two sides will meet again in April, the mediators said.", "April", "mediators"),
        # an aside in brackets between the speaker and the verb
        (
            "The company (which employs 4,000 people in the region) said the plant would close.",
            "plant would close",
            "company",
        ),
        # a group with a quantifier, the opposition
        ("Some analysts said demand was weakening.", "demand", "analysts"),
        ("Some passengers said the driver had blacked out.", "driver", "passengers"),
        (
            "The opposition said the prime minister must explain what she knew.",
            "explain",
            "opposition",
        ),
        # a role of up to four words before the name after a quote
        (
            '"The situation does not exist," Chinese defense ministry spokesman Ren Guoqiang '
            "said when questioned about the reports.",
            "situation",
            "Ren Guoqiang",
        ),
        (
            '"The attacker rammed his car into the wall," local police chief Sam Ali Kadat '
            "told AFP.",
            "rammed",
            "Sam Ali Kadat",
        ),
        # a capitalised title of a body as the appositive
        (
            "Robin Smith, Assistant Chief Constable of the Transport Police, said they were "
            "investigating.",
            "investigating",
            "Robin Smith",
        ),
        # an unnamed role holder of a place's body
        (
            "A spokeswoman for the London ambulance service said eight people were hurt.",
            "eight people",
            "London ambulance service spokeswoman",
        ),
        # a quotation in single marks
        (
            "'We apologize for what occurred,' Joshua Freed told reporters.",
            "apologize",
            "Joshua Freed",
        ),
        # a title of a place before the name; the issuer of a statement
        (
            'Mayor of Eastport Sam Tovar said: "We are in contact with the services."',
            "contact",
            "Sam Tovar",
        ),
        (
            "Eastport Mayor Sam Tovar issued a statement that said he was in contact with the "
            "emergency services.",
            "contact",
            "Sam Tovar",
        ),
        # a memory is still its teller's
        ("Ana Ruiz recalled that the water rose within minutes.", "water rose", "Ana Ruiz"),
    ],
)
def test_speakers_of_new_shapes(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # a product recall is no memory: the company says nothing here
        (
            "Brightway Home has recalled some 1.2 million heaters after reports that they "
            "can overheat.",
            "heaters",
        ),
        # "over claims that ...": a noun, not the verb of the appositive before it
        (
            "Henrik Sol, the transport minister, resigned on Friday over claims that he used "
            "public money.",
            "resigned",
        ),
        # "..., which local authorities say killed 12": they speak only the relative clause
        (
            "The UN has called for an inquiry into the strike on the town, which local "
            "authorities say killed 12 civilians.",
            "inquiry",
        ),
        # the man accused of it is not an accuser
        ("The man accused of the attack was charged with murder on Monday.", "charged"),
    ],
)
def test_no_speaker_where_nobody_speaks(text: str, fragment: str) -> None:
    assert _speaker(text, fragment) is None


def test_a_denial_after_a_relative_clause_is_the_subjects_own_claim() -> None:
    text = (
        "Kestria's transport minister, Henrik Sol, resigned on Friday over allegations that he "
        "used public money to pay for family holidays, but denied any wrongdoing."
    )
    claims = _claims(text)
    assert [(c.speaker, c.statement) for c in claims if "wrongdoing" in c.statement] == [
        ("Henrik Sol", "Henrik Sol denied any wrongdoing.")
    ]
    # the resignation is no longer read as denied
    resigned = _one(text, "resigned on Friday")
    assert "denied" not in resigned.statement and resigned.speaker is None


def test_and_officials_said_is_a_clause_of_its_own() -> None:
    text = (
        "The death toll rose to 11 on Friday evening, and officials said the number could rise "
        "as rescue teams reached cut-off villages."
    )
    assert [(c.speaker, c.statement) for c in _claims(text)] == [
        (None, "The death toll rose to 11 on Friday evening"),
        (
            "officials",
            "Officials said the number could rise as rescue teams reached cut-off villages.",
        ),
    ]
    # a subject of up to three words
    text = "Parties had called for him to go, and two coalition partners said they would vote."
    assert len(_claims(text)) == 2
    # "until midnight, when police said ...": a "when" clause stays whole as before
    text = "They stayed in the building until midnight, when police said it was safe to leave."
    assert len(_claims(text)) == 1


def test_a_quoted_phrase_said_before_after_is_the_subject_of_the_clause_after() -> None:
    text = (
        "The army said its jets hit a depot.\n"
        'The army\'s statement said "secondary explosions" after the strike showed that '
        "ammunition had been stored at the site."
    )
    claim = _one(text, "secondary explosions")
    assert claim.statement.endswith("ammunition had been stored at the site.")
    assert not [c for c in _claims(text) if c.statement.endswith('"secondary explosions"')]


def test_a_name_after_an_attribution_keeps_its_capital() -> None:
    text = (
        "Typhoon Lira slammed into the east coast early on Friday, killing at least three "
        "people, officials said."
    )
    first = _claims(text)[0]
    assert first.statement.startswith("Officials said that Typhoon Lira")


def test_a_service_line_for_the_reader_is_no_claim() -> None:
    line = "• Call Brightway at 800-555-0142 or visit its website"
    text = f"What to do:\n{line}\nThe company said it was sorry for the trouble."
    start = text.index(line)
    assert any(a <= start and start + len(line) <= b for a, b in non_claim_spans(text))
    assert [c.statement for c in _claims(text)] == [
        "The company said it was sorry for the trouble."
    ]


def test_a_caption_ending_with_a_photo_desks_name_is_no_claim() -> None:
    caption = "A man carries his child through flood water in the port. Getty Images"
    text = f"{caption}\nMore than 300 mm of rain fell in 24 hours, the weather service said."
    assert non_claim_spans(text) == ((0, len(caption)),)
    # a sentence that names the agency as its subject is still a claim
    assert len(_claims("Rain fell all day, and the roads were closed by noon, Reuters said.")) >= 1


def test_a_live_pages_time_stamp_is_not_the_claims_words() -> None:
    text = (
        "10:42 a.m. — The civil defence agency says 40,000 people have left their homes.\n"
        "9:15 GMT - Power is out in three provinces, the grid operator said."
    )
    claims = _claims(text)
    assert [(c.speaker, c.statement[:20]) for c in claims] == [
        ("civil defence agency", "The civil defence ag"),
        ("grid operator", "Power is out in thre"),
    ]


def test_a_quotation_in_single_marks_is_closed_in_the_statement() -> None:
    claim = _one("'We apologize for what occurred,' Joshua Freed told reporters.", "apologize")
    assert claim.statement == "Joshua Freed said 'We apologize for what occurred'"


def test_an_instagram_posts_header_stops_the_post_at_its_body(tmp_path: Path) -> None:
    text = (
        "The singer paid tribute to her late mother on Instagram on Friday.\n"
        "View this post on Instagram\n"
        "Thank you for all the love. Mum would have been so proud.\n"
        "A post shared by Ana Lind (@analind) on May 4, 2018 at 3:02pm PDT\n"
        "Her mother died last week at the age of 71, her agent said."
    )
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = load_articles([str(path)])  # ingest finds the post's span
    claims = {c.statement: c.speaker for c in extract_offline(article).claims}
    assert claims["The singer paid tribute to her late mother on Instagram on Friday."] is None
    assert claims["Ana Lind (@analind) wrote: Thank you for all the love."] == "Ana Lind (@analind)"
    assert "agent" in claims.values()
    assert not [s for s in claims if "View this post" in s]
