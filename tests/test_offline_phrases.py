"""Facts a noun phrase states inside a longer sentence (consensus/offline/phrases.py) and how
the merger treats them (consensus/merge/nested.py): they agree with another outlet's short
sentence, and alone they never print a second time. Made-up sentences, one shape each."""

from __future__ import annotations

import pytest
from test_merge import claim
from test_offline_kinds import _claims

from consensus.api import build_report
from consensus.merge.features import _build_features, _Feat
from consensus.merge.nested import nested_claims, part_may_link
from consensus.models import Article, Claim, ExtractionResult, Report
from consensus.offline import extract_offline


def _derived(text: str, statement: str) -> Claim:
    found = [c for c in _claims(text) if c.statement == statement]
    assert len(found) == 1, [c.statement for c in _claims(text)]
    return found[0]


def _report(*texts: str) -> Report:
    arts = tuple(
        Article(id=f"a{k}", text=text, outlet=f"Outlet {k}") for k, text in enumerate(texts)
    )
    sets = tuple(extract_offline(a) for a in arts)
    return build_report(ExtractionResult(articles=arts, claim_sets=sets))


# --- the extractor: a claim per shape, citing only the words that state it ------------------


def test_an_age_after_a_name_is_a_claim_of_its_own() -> None:
    text = "Harbour pilot Jane Roe, 34, said the ferry left the quay ten minutes late."
    claim = _derived(text, "Jane Roe is 34.")
    assert [e.quote for e in claim.evidence] == ["Jane Roe, 34"]
    assert claim.speaker is None  # the outlet's words, not the pilot's
    # the sentence itself is still its own claim, whole
    whole = [c for c in _claims(text) if "left the quay" in c.statement]
    assert [e.quote for c in whole for e in c.evidence] == [text]


@pytest.mark.parametrize(
    ("sentence", "statement", "quote"),
    [
        (
            "The man was named on Sunday as Tom Vance, a 29-year-old warehouse worker.",
            "Tom Vance is 29.",
            "Tom Vance, a 29-year-old",
        ),
        (
            "The chief defended the officers who shot 28-year-old Tom Vance on Friday.",
            "Tom Vance is 28.",
            "28-year-old Tom Vance",
        ),
    ],
)
def test_an_age_by_year_old_is_a_claim_of_its_own(
    sentence: str, statement: str, quote: str
) -> None:
    # session 16 (a blind made-up police shooting): one outlet's "a 29-year-old warehouse
    # worker" and another's "28-year-old Tobias Wren" dispute his age only as claims
    assert [e.quote for e in _derived(sentence, statement).evidence] == [quote]
    # a "year-old" before no person's name tells no one's age
    assert not [
        c for c in _claims("A 29-year-old Port Alder man was hurt.") if " is 29" in c.statement
    ]


@pytest.mark.parametrize(
    ("sentence", "statement", "quote"),
    [
        (
            "Oslo-based Lumatek said on Monday that it would cut 200 jobs.",
            "Lumatek is based in Oslo.",
            "Oslo-based Lumatek",
        ),
        (
            "The deal values Kestrel-headquartered Brightwave at $4 billion.",
            "Brightwave is headquartered in Kestrel.",
            "Kestrel-headquartered Brightwave",
        ),
        (
            "Rivals include Port Alder-based software maker Norvale Systems, analysts said.",
            "Norvale Systems is based in Port Alder.",
            "Port Alder-based software maker Norvale Systems",
        ),
    ],
)
def test_a_place_before_based_is_a_claim_of_its_own(
    sentence: str, statement: str, quote: str
) -> None:
    assert [e.quote for e in _derived(sentence, statement).evidence] == [quote]


@pytest.mark.parametrize(
    "sentence",
    [
        # a nationality is no place to be based in
        "The bid for Norwegian-based Lumatek was raised to $30 a share on Monday.",
        # words inside a quotation are the speaker's, and stay in the quotation's claim
        'The mayor said: "Our friend Jane Roe, 34, is a hero to this town."',
        # a number after a date or a place is no age
        "The ferry left on Monday, 12, passengers said.",
    ],
)
def test_no_phrase_claim_where_the_shape_does_not_hold(sentence: str) -> None:
    statements = [c.statement for c in _claims(sentence)]
    assert not [s for s in statements if " is based in " in s or s.endswith(" is 12.")]
    assert "Jane Roe is 34." not in statements


# --- the merger: a part agrees, and alone it does not print again ---------------------------


def test_a_part_agrees_with_another_outlets_sentence() -> None:
    report = _report(
        "Oslo-based Lumatek said on Monday that it would cut 200 jobs at its ferry yard.",
        "Lumatek is based in Oslo. The engine maker employs 3,000 people in Norway.",
    )
    agreed = [it for it in report.agreed if "based in Oslo" in it.statement]
    assert len(agreed) == 1 and agreed[0].sources == ("a0", "a1")
    assert {c.quote for c in agreed[0].citations} == {
        "Oslo-based Lumatek",
        "Lumatek is based in Oslo.",
    }


def test_the_place_before_based_is_a_name_of_its_claim() -> None:
    # session 55 (placebased55): the claim names the place as it names the firm, so the
    # merger reads two places as two names (link rule 0), as it does "in Oslo" / "in Lisbury"
    part = _derived(
        "Oslo-based Lumatek said on Monday that it would cut 200 jobs.", "Lumatek is based in Oslo."
    )
    assert "Oslo" in part.entities and part.entities[0] == "Oslo-based Lumatek"


def test_a_firm_based_in_two_places_is_no_agreed_fact() -> None:
    # session 55 (placebased55): two outlets write "Tarnwick-based", a third "Fellmouth-based"
    # (a real cluster wrote one firm's seat two ways); the seat agrees only between the two,
    # and what all three state of the firm still agrees
    report = _report(
        "Tarnwick-based Corvane said on Monday it would recall 400 ferry engines after a "
        "fault was found in their fuel pumps. The recall will take about three months.",
        "Tarnwick-based Corvane is recalling 400 ferry engines because of a fuel pump fault, "
        "the company said. Ferry operators were told to keep sailing.",
        "Fellmouth-based Corvane announced the recall of 400 ferry engines with faulty fuel "
        "pumps on Monday. Its shares fell 3 percent.",
    )
    seat = [it for it in report.agreed if " based in " in it.statement]
    assert [(it.statement, it.sources) for it in seat] == [
        ("Corvane is based in Tarnwick.", ("a0", "a1"))
    ]
    recall = [it for it in report.agreed if "400 ferry engines" in it.statement]
    assert len(recall) == 1 and recall[0].sources == ("a0", "a1", "a2")


def test_a_part_no_other_outlet_states_does_not_print_again() -> None:
    report = _report(
        "Harbour pilot Jane Roe, 34, said the ferry left the quay ten minutes late.",
        "The ferry Nordlys ran aground off the island of Kestra on Sunday night.",
    )
    statements = [it.statement for it in (*report.agreed, *report.single_source)]
    assert "Jane Roe is 34." not in statements
    assert any("left the quay" in s for s in statements)  # the sentence prints whole


def _feats(*texts: str) -> list[_Feat]:
    claims = [
        (f"a{k}", i, c)
        for k, text in enumerate(texts)
        for i, c in enumerate(extract_offline(Article(id=f"a{k}", text=text)).claims)
    ]
    return _build_features(claims)


@pytest.mark.parametrize(
    ("first", "second", "part", "unlike"),
    [
        (  # the same person, something else said of her
            "Harbour pilot Jane Roe, 34, said the ferry left the quay ten minutes late.",
            "Jane Roe was travelling to work on the ferry. Jane Roe is 34.",
            "Jane Roe is 34.",
            "Jane Roe was travelling to work on the ferry.",
        ),
        (  # the phrase stands in that sentence, which says something else about the firm
            "Oslo-based Lumatek said on Monday that it would cut 200 jobs at its ferry yard.",
            "Lumatek is based in Oslo. Oslo-based Lumatek has begun a process to reincorporate.",
            "Lumatek is based in Oslo.",
            "Oslo-based Lumatek has begun a process to reincorporate.",
        ),
    ],
)
def test_a_part_is_nested_in_its_sentence_and_joins_only_on_what_it_says(
    first: str, second: str, part: str, unlike: str
) -> None:
    feats = _feats(first, second)
    by_statement = {(f.article, f.claim.statement): f for f in feats}
    # the part of the first outlet's sentence, not the second outlet's sentence of its own
    assert {(feats[p].article, feats[p].claim.statement) for p in nested_claims(feats)} == {
        ("a0", part)
    }
    mine = by_statement["a0", part]
    assert part_may_link(mine, by_statement["a1", part])
    assert not part_may_link(mine, by_statement["a1", unlike])


def test_a_clause_inside_another_claims_quote_is_no_part() -> None:
    # an LLM extractor may cut a clause out of a longer quote: a sentence of its own, which
    # the claim around it need not state, however short; only a phrase with no verb is a part
    text = (
        "The minister praised the rescue crews, saying the ferry company would pay for "
        "the repairs to the harbour wall by the end of the year."
    )
    whole = claim(text, "The minister praised the rescue crews.", text)
    clause = claim(
        text,
        "The ferry company would pay for the repairs.",
        "the ferry company would pay for the repairs to the harbour wall",
    )
    phrase = claim(text, "The wall is a harbour wall.", "the harbour wall")
    short = claim(text, "The minister praised the crews.", "praised the rescue crews")
    claims = [("a0", 0, whole), ("a0", 1, clause), ("a0", 2, phrase), ("a0", 3, short)]
    feats = _build_features(claims)
    assert {feats[p].claim.statement for p in nested_claims(feats)} == {
        "The wall is a harbour wall."
    }


# --- a lead opening a quotation of several sentences (session 42, devagree42) ----------------


def test_the_lead_of_a_quotation_of_several_sentences_states_its_age() -> None:
    # each quoted sentence is a claim of its own, citing only itself: the lead's "Jane Roe,
    # 34" was in no claim's span, so the age was lost where one quoted sentence keeps it
    text = (
        "Nearby resident Jane Roe, 34, said: “I heard a loud crash at about 6am, then "
        "shouting. They started carrying people out on stretchers.”"
    )
    age = _derived(text, "Jane Roe is 34.")
    assert [e.quote for e in age.evidence] == ["Jane Roe, 34"]
    quoted = [c for c in _claims(text) if c.speaker == "Jane Roe"]
    assert len(quoted) == 2  # still one claim per quoted sentence
    # the first quoted sentence cites its lead too, so the age is a part of it
    assert quoted[0].evidence[0].quote.startswith("Nearby resident Jane Roe, 34, said:")
    assert quoted[1].evidence[0].quote.startswith("They started")
    feats = _feats(text)
    assert {feats[p].claim.statement for p in nested_claims(feats)} == {"Jane Roe is 34."}


def test_a_lead_with_no_phrase_fact_cites_only_the_quoted_sentences() -> None:
    # near miss: a lead stating nothing in passing leaves each quoted sentence as it was
    text = (
        "Jane Roe said: “I heard a loud crash at about 6am, then shouting. They started "
        "carrying people out on stretchers.”"
    )
    claims = _claims(text)
    assert not [c for c in claims if c.statement.endswith(" is 34.")]
    quotes = [e.quote for c in claims for e in c.evidence]
    assert quotes[0].startswith("I heard a loud crash")
    assert quotes[1].startswith("They started")
