"""The offline extractor on the five seeds, plus small hand-made articles for single rules.

The seed tests go through consensus.ingest, so they also prove that no claim comes from the
boilerplate ingest removes. The "required claims" test is what the merger relies on: each
proposition it aligns across outlets must exist, with the right speaker and polarity, in every
seed that states it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.ingest import load_articles, parse_text
from consensus.models import Article, Claim, ClaimKind, ClaimSet, Polarity, Span, Usage
from consensus.offline import OFFLINE_VERSION, _split_sentences, extract_offline

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.id[:3]: a for a in load_articles(SEEDS)}


@pytest.fixture(scope="module")
def claims(seeds: dict[str, Article]) -> dict[str, ClaimSet]:
    return {key: extract_offline(article) for key, article in seeds.items()}


def _article(text: str, published: dt.date | None = dt.date(2025, 3, 14), **kw: object) -> Article:
    return Article(id="t", text=text, published=published, **kw)  # type: ignore[arg-type]


def _find(cs: ClaimSet, fragment: str) -> list[Claim]:
    return [c for c in cs.claims if any(fragment in e.quote for e in c.evidence)]


def _one(cs: ClaimSet, fragment: str) -> Claim:
    found = _find(cs, fragment)
    assert found, f"no claim quotes {fragment!r} in {cs.article}"
    return found[0]


# --- Contract -------------------------------------------------------------------------------


def test_claim_set_metadata(claims: dict[str, ClaimSet]) -> None:
    cs = claims["000"]
    assert cs.extractor == "offline"
    assert cs.extractor_version == OFFLINE_VERSION
    assert cs.model is None and cs.prompt_hash is None
    assert cs.usage == Usage()
    assert cs.article == "000_73d2cbd8472e204d"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_every_seed_has_claims_with_exact_evidence(
    key: str, seeds: dict[str, Article], claims: dict[str, ClaimSet]
) -> None:
    text = seeds[key].text
    cs = claims[key]
    assert len(cs.claims) >= 5
    for claim in cs.claims:
        assert claim.evidence
        for ev in claim.evidence:
            assert text[ev.start : ev.end] == ev.quote
            assert len(ev.quote.split()) >= 3


def test_claim_counts_per_seed(claims: dict[str, ClaimSet]) -> None:
    # Pinned so that a rule change that drops or doubles claims is noticed (bump OFFLINE_VERSION).
    assert {k: len(v.claims) for k, v in claims.items()} == {
        "000": 19,  # (roles73: "U.S. President Donald Trump" states no role fact)
        "001": 20,
        "002": 43,
        "003": 23,
        "004": 24,
    }


def test_no_claim_from_boilerplate(claims: dict[str, ClaimSet]) -> None:
    for cs in claims.values():
        for claim in cs.claims:
            for ev in claim.evidence:
                for junk in (
                    "icon",
                    "Dear readers",
                    "commenting",
                    "Podcasts",
                    "0:00",
                    " date 2025",
                ):
                    assert junk not in ev.quote, (cs.article, ev.quote)


def test_headings_and_questions_are_skipped(claims: dict[str, ClaimSet]) -> None:
    quotes = [e.quote for cs in claims.values() for c in cs.claims for e in c.evidence]
    assert not any(q.startswith("Putin urges Kiev to order troops") for q in quotes)
    assert not any("requesting” that Russia not complete" in q for q in quotes)  # a question
    assert not any(q.startswith("— ") for q in quotes)  # tweet signature lines


def test_deterministic(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        assert extract_offline(article) == extract_offline(article)
        assert (
            extract_offline(article).model_dump_json() == extract_offline(article).model_dump_json()
        )


# --- What the merger relies on --------------------------------------------------------------


def test_trump_appeal_to_spare_lives(claims: dict[str, ClaimSet]) -> None:
    for key, fragment in [
        ("000", "I have strongly urged President Putin to spare their lives"),
        ("001", "Trump had urged Putin to preserve the lives"),
        ("002", "I have strongly requested to President Putin that their lives be spared"),
        ("003", "Trump urged Putin to preserve the lives"),
        ("004", "he had asked the Russian president to spare the lives"),
    ]:
        claim = _one(claims[key], fragment)
        assert claim.speaker == ("Trump" if key == "001" else "Donald Trump"), key
        assert claim.kind in (ClaimKind.direct_quote, ClaimKind.reported_statement)
    # Quoted sentences are claims of their own, not one claim per paragraph.
    c = _one(claims["000"], "I have strongly urged President Putin to spare their lives")
    assert c.evidence[0].quote == "I have strongly urged President Putin to spare their lives."
    assert c.kind is ClaimKind.direct_quote
    assert c.time is not None and c.time.date == dt.date(2025, 3, 14)  # "In a March 14 post"


def test_massacre_warning(claims: dict[str, ClaimSet]) -> None:
    for key, fragment in [
        ("000", "It would be a terrible massacre, the likes of which hasn't been seen since"),
        ("001", "This would be a horrible massacre, one not seen since World War II"),
        ("002", "This would be a horrible massacre, one not seen since World War II"),
        ("003", "This would be a horrible massacre, one not seen since World War II"),
        ("004", "This would be a horrible massacre, one not seen since World War II"),
    ]:
        claim = _one(claims[key], fragment)
        assert claim.kind is ClaimKind.direct_quote, key
        assert claim.speaker == ("Trump" if key == "001" else "Donald Trump"), key
        assert "World War II" in claim.statement


def test_putin_guarantee(claims: dict[str, ClaimSet]) -> None:
    for key, fragment, kind in [
        (
            "000",
            "will have their lives and dignified treatment guaranteed",
            ClaimKind.reported_statement,
        ),
        (
            "001",
            "[we] will guarantee them their lives and dignified treatment",
            ClaimKind.direct_quote,
        ),
        (
            "002",
            "[we] will guarantee them their lives and dignified treatment",
            ClaimKind.direct_quote,
        ),
        (
            "003",
            "[we] will guarantee them their lives and dignified treatment",
            ClaimKind.direct_quote,
        ),
        ("004", "they will be guaranteed life and decent treatment", ClaimKind.direct_quote),
    ]:
        claim = _one(claims[key], fragment)
        assert claim.kind is kind, key
        # 001 never gives Putin's first name, so the article cannot teach it.
        assert claim.speaker == ("Putin" if key == "001" else "Vladimir Putin"), key
        assert claim.polarity is Polarity.asserts


def test_speaker_resolution_the_president_stated(claims: dict[str, ClaimSet]) -> None:
    claim = _one(claims["001"], "the president stated")
    assert claim.speaker == "Putin"
    assert claim.statement.startswith("Putin stated “If they lay down their arms")
    # "The Russian leader pointed out" and "Speaking on Thursday, the president stressed".
    assert _one(claims["001"], "The Russian leader pointed out").speaker == "Putin"
    assert _one(claims["001"], "the president stressed").speaker == "Putin"
    # In 000 the article teaches "Russian President" -> Vladimir Putin; "He" follows him.
    assert _one(claims["000"], "The Russian President noted").speaker == "Vladimir Putin"
    he = _one(claims["000"], "However, he stressed")
    assert he.speaker == "Vladimir Putin"
    assert he.statement.startswith("Vladimir Putin stressed that their crimes")


def test_incursion_began_august_2024(claims: dict[str, ClaimSet]) -> None:
    for key, fragment in [
        ("000", "during the Kursk incursion in August 2024"),
        ("001", "Kiev launched a major offensive into the Kursk area in August 2024"),
        ("003", "Kiev launched a major offensive into the Kursk area in August 2024"),
    ]:
        assert _find(claims[key], fragment), key
    launched = _one(claims["001"], "Kiev launched a major offensive")
    assert launched.time is not None
    assert launched.time.text == "August 2024" and launched.time.date is None
    assert launched.kind is ClaimKind.event and launched.speaker is None
    # 002 and 004 state it less precisely.
    assert _one(claims["002"], "which started in August").time is not None
    summer = _one(claims["004"], "captured there last summer")
    assert summer.time is not None and summer.time.text == "in recent days"


def test_86_percent_retaken(claims: dict[str, ClaimSet]) -> None:
    c0 = _one(claims["000"], "recapturing over 86%")
    assert c0.speaker == "Russia"  # "Moscow reported"
    assert c0.kind is ClaimKind.quantity
    assert [(q.text, q.value, q.unit) for q in c0.quantities] == [("over 86%", 86.0, "percent")]
    assert c0.time is not None and c0.time.date == dt.date(2025, 3, 12)
    for key in ("001", "003"):
        c = _one(claims[key], "had liberated 86% of the territory")
        assert c.speaker == "Valery Gerasimov", key
        assert c.kind is ClaimKind.quantity
        assert c.quantities[0].value == 86.0 and c.quantities[0].unit == "percent"
        assert c.statement.startswith("According to Valery Gerasimov, as of Wednesday evening")


def test_ceasefire_support(claims: dict[str, ClaimSet]) -> None:
    c0 = _one(claims["000"], "ready to consider the U.S.-proposed 30-day ceasefire")
    assert c0.speaker == "Vladimir Putin"
    assert c0.time is not None and c0.time.date == dt.date(2025, 3, 13)
    assert ("30-day", 30.0, "day") in [(q.text, q.value, q.unit) for q in c0.quantities]
    for key, speaker in (("001", "Putin"), ("003", "Vladimir Putin")):
        c = _one(claims[key], "Russia supports the idea of a 30-day ceasefire")
        assert c.speaker == speaker, key
        assert c.time is not None and c.time.date == dt.date(2025, 3, 13)  # "on Thursday"
    # 004: the ", while " half is its own claim with its own speaker.
    c4 = _one(claims["004"], "Putin on Thursday said he supported the idea of a ceasefire")
    assert c4.speaker == "Vladimir Putin"
    assert c4.evidence[0].quote.startswith("Putin on Thursday")
    # a capital that speaks is its country (consensus/data/capitals.toml)
    kyiv = _one(claims["004"], "Kyiv has said it was ready to accept the proposal")
    assert kyiv.speaker == "Ukraine" and kyiv.evidence[0].quote.startswith("Kyiv has said")
    assert kyiv.evidence[0].quote.endswith("the proposal")


def test_surrounded_claims(claims: dict[str, ClaimSet]) -> None:
    trump = [
        ("000", "thousands of Ukrainian soldiers are completely surrounded"),
        ("002", "thousands of Ukrainian troops are completely surrounded"),
        ("004", "completely surrounded” and vulnerable"),
    ]
    for key, fragment in trump:
        assert _one(claims[key], fragment).speaker == "Donald Trump", key
    assert _one(claims["001"], "completely surrounded by the Russian military").speaker == "Trump"
    for key in ("001", "003"):
        c = _one(claims[key], "largely “encircled” and “isolated,” he explained")
        assert c.speaker == "Valery Gerasimov", key
        assert c.hedges == ("without providing any specific figures",)
        assert c.polarity is Polarity.asserts


def test_ukraine_denies_encirclement(claims: dict[str, ClaimSet]) -> None:
    syrskyi = _one(claims["000"], "Syrskyi had denied reports")
    assert (syrskyi.kind, syrskyi.polarity) == (ClaimKind.denial, Polarity.denies)
    assert syrskyi.speaker == "Oleksandr Syrskyi"
    for key in ("001", "003"):
        staff = _one(claims[key], "“political manipulation”")
        assert (staff.kind, staff.polarity) == (ClaimKind.denial, Polarity.denies), key
        assert staff.speaker == "Ukrainian General Staff"
    ukraine = _one(claims["004"], "Ukraine denied its forces in Kursk were encircled")
    assert (ukraine.kind, ukraine.polarity) == (ClaimKind.denial, Polarity.denies)
    assert ukraine.speaker == "Ukraine"
    assert ukraine.evidence[0].quote == (
        "Ukraine denied its forces in Kursk were encircled, describing the claim as a Russian "
        "fabrication"
    )
    # The other half of that sentence is Zelenskyy's, and it is no denial.
    zel = _one(claims["004"], "President Volodymyr Zelenskyy on Friday described")
    assert zel.speaker == "Volodymyr Zelenskyy" and zel.polarity is Polarity.asserts


# --- Single rules, seeds -----------------------------------------------------------------


def test_hedges_carried(claims: dict[str, ClaimSet]) -> None:
    first = _one(claims["000"], "allegedly surrounded in Russia's Kursk region")
    # "soldiers allegedly surrounded" hedges the encirclement, not the announcement of talks.
    assert "allegedly" not in first.hedges
    assert first.speaker == "Donald Trump"
    # "However, he did not provide specific evidence." qualifies Trump's quoted post.
    post = _one(claims["000"], "At this moment, thousands of Ukrainian soldiers")
    assert "did not provide specific evidence" in post.hedges
    assert any(e.quote == "However, he did not provide specific evidence." for e in post.evidence)
    assert not _find(claims["000"], "However, he did not provide")[0].statement.startswith("How")
    claimed = _one(claims["000"], "He also claimed significant advances")
    assert claimed.hedges == ("claimed",)


def test_weekday_resolution(claims: dict[str, ClaimSet]) -> None:
    # 003 was published on Friday 2025-03-14; 001 on Saturday 2025-03-15: same Wednesday.
    for key in ("001", "003"):
        c = _one(claims[key], "As of Wednesday evening")
        assert c.time is not None
        assert (c.time.text, c.time.date) == ("Wednesday evening", dt.date(2025, 3, 12))
    friday = _one(claims["003"], "National Security Council meeting on Friday")
    assert friday.time is not None and friday.time.date == dt.date(2025, 3, 14)
    # 004 has no publication date: weekdays stay unresolved.
    witkoff = _one(claims["004"], "Steve Witkoff spoke to Putin in Moscow on Thursday")
    assert witkoff.time is not None
    assert (witkoff.time.text, witkoff.time.date) == ("Thursday", None)


def test_embedded_posts_speak_for_their_author(claims: dict[str, ClaimSet]) -> None:
    c = _one(claims["002"], "Trump asked Putin to SPARE the surrounded Ukrainian troops")
    assert c.speaker == "Sputnik (@SputnikInt)"
    assert c.statement.startswith("Sputnik (@SputnikInt) wrote: Trump asked Putin")
    # A quoted excerpt keeps the excerpt's author, or the speaker quoted inside it.
    ft = _one(claims["002"], "seize some 1,300 sq km of Russian territory")
    assert ft.speaker == "Financial Times"
    assert ft.kind is ClaimKind.quantity
    assert [(q.text, q.value, q.unit) for q in ft.quantities] == [
        ("some 1,300 sq km", 1300.0, "sq km")
    ]
    assert _one(claims["002"], "it should have been wider").speaker == "Kariakin"
    assert _one(claims["002"], "“served its purpose”").speaker == "Andriy Zagorodnyuk"


def test_entities_and_subjects(claims: dict[str, ClaimSet]) -> None:
    c = _one(claims["000"], "allegedly surrounded in Russia's Kursk region")
    assert c.entities == ("Donald Trump", "Vladimir Putin", "Russia", "Kursk")
    assert c.subject == "Donald Trump"
    launched = _one(claims["003"], "Kiev launched a major offensive")
    assert launched.subject == "Kiev"
    assert launched.entities == ("Kiev", "Kursk")
    assert launched.quantities == ()
    # "…, capturing the town of Sudzha and dozens of villages" is a claim of its own, the
    # participle carrying Kiev as its subject.
    captured = _one(claims["003"], "capturing the town of Sudzha")
    assert captured.statement == "Kiev captured the town of Sudzha and dozens of villages."
    assert captured.subject == "Kiev"
    assert captured.entities == ("Kiev", "Sudzha")
    assert [(q.text, q.unit) for q in captured.quantities] == [("dozens of", "village")]
    thousands = _one(claims["001"], "Trump had urged Putin")
    assert [(q.text, q.value, q.unit) for q in thousands.quantities] == [
        ("thousands of", None, "troop")
    ]


def test_opinion_cues(claims: dict[str, ClaimSet]) -> None:
    assert _one(claims["002"], "War analysts consider it highly debatable").kind is (
        ClaimKind.opinion
    )
    assert _one(claims["002"], "was essentially a suicide operation").kind is ClaimKind.opinion


def test_role_replaced_in_statement(claims: dict[str, ClaimSet]) -> None:
    c = _one(claims["004"], "he had asked the Russian president to spare")
    assert c.statement.startswith(
        "Donald Trump wrote on social media that he had asked Vladimir Putin to spare the lives"
    )
    assert c.quantities[0].unit == "ukrainian"


# --- Single rules, hand-made articles -------------------------------------------------------


def test_splitter_keeps_offsets_and_knows_abbreviations() -> None:
    text = (
        "U.S. President Donald Trump met Gen. Smith on Monday. The talks lasted 2.5 hours. "
        "“We agreed. It went well,” he said. Mr. Jones was not there!\nHeading line"
    )
    spans = [text[s.start : s.end] for s in _split_sentences(text)]
    assert spans == [
        "U.S. President Donald Trump met Gen. Smith on Monday.",
        "The talks lasted 2.5 hours.",
        "“We agreed. It went well,” he said.",
        "Mr. Jones was not there!",
        "Heading line",
    ]


def test_weekday_on_saturday_publication() -> None:
    a = _article(
        "The ministry said on Wednesday that the bridge had been closed to traffic.",
        published=dt.date(2025, 3, 15),
    )
    (claim,) = extract_offline(a).claims
    assert claim.time is not None and claim.time.date == dt.date(2025, 3, 12)
    assert claim.kind is ClaimKind.reported_statement


def test_month_day_uses_publication_year() -> None:
    a = _article("On March 9, the city council approved a new budget for schools.")
    (claim,) = extract_offline(a).claims
    assert claim.time is not None
    assert (claim.time.text, claim.time.date) == ("March 9", dt.date(2025, 3, 9))
    assert claim.kind is ClaimKind.event and claim.speaker is None
    assert claim.statement == "On March 9, the city council approved a new budget for schools."


def test_denial_and_pronoun_resolution() -> None:
    a = _article(
        "Foreign Minister Anna Berg visited the border town on Tuesday. "
        "She rejected reports that troops had been moved as a fabrication."
    )
    claims = extract_offline(a).claims
    denial = claims[-1]
    assert (denial.kind, denial.polarity) == (ClaimKind.denial, Polarity.denies)
    assert denial.speaker == "Anna Berg"
    assert denial.statement.startswith("Anna Berg rejected reports")


def test_a_pronoun_is_the_person_of_its_gender_the_story_follows() -> None:
    # BBC's Croydon story credited a woman's words ("She said ...") and then a man's ("He
    # said ...") to "Mr Bamford": a title's gender, and a name that speaks of "her" or "he",
    # tell who a pronoun can be
    text = (
        "Martin Hale, 30, from Riverton, was on the tram. Speaking from hospital, Mr Hale "
        'said: "There was a woman on top of me." Dora Finch said her husband was travelling '
        "on the tram. She said some people trapped underneath the tram were calling for help. "
        "Andy Stone said he was waiting at a nearby bus stop. He said the tram was very fast."
    )
    claims = extract_offline(_article(text))
    assert _one(claims, "calling for help").speaker == "Dora Finch"
    assert _one(claims, "was very fast").speaker == "Andy Stone"
    # a woman no name tells of: "she" after Mr Hale names no one
    unknown = text.replace("Dora Finch said her husband was travelling on the tram. ", "")
    claim = _one(extract_offline(_article(unknown)), "calling for help")
    assert claim.speaker is None and claim.statement.startswith("She said")
    # the pronoun of the titled person's own gender is still resolved to him (by the full
    # name the text gave "Mr Hale", session 32)
    same = _one(extract_offline(_article(unknown.replace("She said", "He said"))), "calling")
    assert same.speaker == "Martin Hale"


def test_an_organisation_word_that_speaks_is_no_person_for_a_pronoun() -> None:
    # a blind made-up cluster (session 16): "Police say ..." after "the ... Police
    # Department" made "Police" a person, so "He died at ..." became "Police died at ..."
    text = (
        "Officers of the Eastvale Police Department were called to the store at night. "
        "Police say the man turned toward two officers with a knife. "
        "He died at Eastvale General Hospital."
    )
    claim = _one(extract_offline(_article(text)), "died at")
    assert claim.statement.startswith("He died at"), claim.statement
    # a surname that is also a place's or a thing's word still speaks as a person
    west = "Tom West, a councillor, spoke first. West said it was shut. He added it would open."
    assert _one(extract_offline(_article(west)), "would open").speaker == "West"


def test_a_name_cut_from_its_relative_clause_is_no_claim() -> None:
    # a blind made-up cluster (session 16): "Wren" alone was a claim
    text = (
        "Tom Vance was named on Sunday. Vance, who worked night shifts at a warehouse near "
        "the port, had two young daughters, his family said."
    )
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    assert statements and all(" " in s for s in statements), statements


def test_a_clause_opened_by_its_own_speaker_keeps_no_earlier_speaker() -> None:
    # a blind made-up cluster (session 16): "..., the agency said, but a relief charity
    # working in the hills warned that ..." was the agency's word
    text = (
        "The toll rose to 17 on Wednesday, the Civil Protection Agency said, but a relief "
        "charity working in the hills warned that the true toll was nearly double that."
    )
    claim = _one(extract_offline(_article(text)), "nearly double")
    assert claim.speaker != "Civil Protection Agency", claim.statement
    assert "Agency said" not in claim.statement
    # "He emphasized that X, but Y": Y is still his
    kept = "Minister Jane Holt said the plan was ready, but the vote would wait until spring."
    assert _one(extract_offline(_article(kept)), "vote would wait").speaker == "Jane Holt"


@pytest.mark.parametrize(
    "attribution",
    [
        "said Jane Roe, 41, who spent the night with her children at a shelter",
        "said agency spokesman Jane Roe, speaking to reporters at a school gymnasium",
        "said Jane Roe, standing outside her flooded shop near the square",
    ],
)
def test_a_quote_said_by_a_name_with_a_long_tail_is_theirs_and_so_is_the_next(
    attribution: str,
) -> None:
    # the blind made-up clusters (session 16): '"...," said Ana Mirek, 41, who spent ...'
    # had no speaker, and the quotation after it went to the utility quoted before
    text = (
        "Power was restored to half the homes, the provincial utility said. "
        f'"We lost everything on the ground floor, but we are alive," {attribution}. '
        '"Others were not so lucky."'
    )
    claims = extract_offline(_article(text))
    assert _one(claims, "we are alive").speaker == "Jane Roe"
    assert _one(claims, "not so lucky").speaker == "Jane Roe"


def test_repeating_a_claim_that_is_saying_it() -> None:
    # blind_shooting (session 16): "Amari also repeated the family's claim that the handgun
    # ... did not belong to Wren." was the outlet's own statement
    text = (
        "The lawyer Celeste Amari spoke on Sunday. Amari also repeated the family's claim "
        "that the handgun found at the scene did not belong to him."
    )
    assert _one(extract_offline(_article(text)), "did not belong").speaker == "Celeste Amari"
    # "repeated attacks" say nothing
    other = "Rebels repeated attacks on the town on Sunday, officials said."
    assert _one(extract_offline(_article(other)), "repeated attacks").speaker != "Rebels"


def test_the_mayor_or_governor_named_before_is_the_speaker() -> None:
    # as "the president said" is: an office title the article gave a name to before
    # (session 16, blindB16: "The mayor said ..." had no speaker)
    for title in ("Mayor", "Governor"):
        text = (
            f"{title} Jane Roe visited the scene on Monday. "
            f"The {title.lower()} said the city was in mourning."
        )
        assert _one(extract_offline(_article(text)), "in mourning").speaker == "Jane Roe"


def test_a_title_anywhere_tells_the_gender_of_the_person_it_names() -> None:
    # The Sun's Nice story: "She added ..." after Christian Estrosi (called "Mr Estrosi"
    # elsewhere) was credited to him
    text = (
        "Mayor Paul Astier said the city was in mourning. Later Mr Astier visited the "
        'hospital. Paul Astier said the city would hold a vigil. She added: "We will '
        'never forget the victims of this night."'
    )
    claim = _one(extract_offline(_article(text)), "never forget")
    assert claim.speaker != "Paul Astier"


def test_embedded_span_without_author() -> None:
    text = "The agency published a statement today.\nThe dam will be repaired by the army soon."
    start = text.index("The dam")
    a = _article(text, embedded=(Span(start=start, end=len(text)),))
    post = _one(extract_offline(a), "The dam will be repaired")
    assert post.speaker == "unnamed quoted source"


def test_a_post_attribution_line_is_no_claim() -> None:
    text = (
        "Crowds filled the square on Saturday.\n"
        "Massive turnout in the capital today against the reform pic.twitter.com/x7Qk2LmP\n"
        "— Workers Union (@workers_union) February 17, 2018"
    )
    start = text.index("Massive")
    a = _article(text, embedded=(Span(start=start, end=len(text), author="Workers Union"),))
    statements = [c.statement for c in extract_offline(a).claims]
    assert "Workers Union wrote: Massive turnout in the capital today against the reform" in (
        statements
    )
    assert not [s for s in statements if "February 17" in s]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (
            "A post shared by Jane Roe (@janeroe) on Mar 3, 2017 at 10:15am PST",
            "Jane Roe (@janeroe)",
        ),
        (
            "Posted by Eastport Police Department on Sunday, April 2, 2017",
            "Eastport Police Department",
        ),
    ],
)
def test_an_instagram_or_facebook_post_speaks_for_its_author_its_line_no_claim(
    line: str, author: str
) -> None:
    raw = (
        "Title line of the story\n\nThe club won the cup on Saturday, officials said.\n"
        f"So proud of this team today, they never gave up and won it!\n{line}"
    )
    claims = extract_offline(parse_text(raw, id="x")).claims
    assert [(c.speaker, c.statement) for c in claims[1:]] == [
        (author, f"{author} wrote: So proud of this team today, they never gave up and won it!")
    ]


def test_short_fragments_and_questions_make_no_claims() -> None:
    a = _article("Breaking news.\nWhat happens next in the region now?\nGod bless them all.")
    assert extract_offline(a).claims == ()


def test_all_caps_lead_word_is_normalised(claims: dict[str, ClaimSet]) -> None:
    c = _one(claims["004"], "RUSSIA will spare the lives")
    assert c.statement.startswith("Russia will spare the lives")
    assert c.speaker == "Vladimir Putin"
    assert c.evidence[0].quote.startswith("RUSSIA will spare")  # evidence stays verbatim


def test_compound_admission_and_denial_with_late_speaker() -> None:
    # Patterns from tests/data/cluster2, written afresh: a dateline, a speaker named after the
    # second clause, an admission joined to a denial, a source named first, "told".
    text = (
        "LONDON (Wire) - Three Ruritanian citizens may have been killed in the border clash, "
        "but they were not Ruritanian soldiers, a Ruritanian foreign ministry spokeswoman "
        "said on Monday.\n"
        "“We are not talking about soldiers at all,” the spokeswoman, Anna Petrova told a "
        "briefing.\n"
        "Ruritania acknowledged for the first time that three citizens may have died but "
        "denied reports the death toll was significantly higher.\n"
        "According to Petrova, reports of hundreds of dead are disinformation spread online.\n"
    )
    cs = extract_offline(_article(text))
    by_statement = {c.statement: c for c in cs.claims}
    first = by_statement[
        "Anna Petrova said that three Ruritanian citizens may have been killed in the border clash"
    ]
    assert first.speaker == "Anna Petrova" and not first.evidence[0].quote.startswith("LONDON")
    assert _one(cs, "they were not Ruritanian soldiers").speaker == "Anna Petrova"
    quote = _one(cs, "We are not talking")
    assert quote.statement == "Anna Petrova said “We are not talking about soldiers at all”"
    admitted = _one(cs, "acknowledged for the first time")
    assert admitted.polarity is Polarity.asserts and "denied" not in admitted.evidence[0].quote
    denied = _one(cs, "denied reports the death toll")
    assert denied.polarity is Polarity.denies and denied.speaker == "Ruritania"
    assert denied.statement.startswith("Ruritania denied reports")
    source_first = _one(cs, "reports of hundreds of dead")
    assert source_first.speaker == "Anna Petrova" and source_first.polarity is Polarity.denies


# Characters and words that steer the rules: quotes, sentence ends, names, reporting verbs.
_PIECES = [*"ab AB.,;:!?“”„\"'’()-–\n019%", "Putin", " said ", "the ", "President ", " on Friday"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, published=st.sampled_from([None, dt.date(2024, 2, 29)]))
def test_any_text_gives_valid_claims(text: str, published: dt.date | None) -> None:
    cs = extract_offline(_article(text, published=published))
    for claim in cs.claims:
        for ev in claim.evidence:
            assert text[ev.start : ev.end] == ev.quote
    assert cs == extract_offline(_article(text, published=published))


def test_no_pathological_slowness(seeds: dict[str, Article]) -> None:
    # A guard against a rule gone quadratic, not the speed target: the target (>= 100
    # articles/s on one core, ~120-130/s here) is measured by bench/offline_extract.py.
    # A tight bound here failed at 97/s in a full suite beside three other sessions' runs
    # on this 2-core machine, and 25/s failed at 23/s under a load of 10 (session 28): this
    # one has a 10x margin (a rule gone quadratic costs 100x). CPU time, the best of three
    # rounds, the garbage collector paused (the heap of earlier tests slowed its scans).
    import gc
    import time

    articles = list(seeds.values()) * 8
    rates = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            t0 = time.process_time()
            for article in articles:
                extract_offline(article)
            rates.append(len(articles) / (time.process_time() - t0))
    finally:
        gc.enable()
    assert max(rates) >= 12, f"{max(rates):.0f} articles/s (rounds: {rates})"


# A single enormous token used to make several rules backtrack over the rest of the text from
# every position (15 words + 50k characters took 20 s, 1 MB never ended). Shapes: capitals
# (roles, datelines), hyphenated capitals (appositives), dotted words (e-mail), digits; and
# one endless run of capitalised words ("A A A ...", quadratic in drop_initial).
_HOSTILE_TOKENS = ["A", "A-", "a.", "1", "Aa", "A "]


def _offline_seconds(text: str) -> float:
    import time

    from consensus.extract import extract_claims
    from consensus.ingest import parse_text

    t0 = time.process_time()
    extract_claims([parse_text(text, id="t")])
    return time.process_time() - t0


def test_a_200_kb_single_token_is_linear(seeds: dict[str, Article]) -> None:
    # A ratio, not an absolute time: a 200 KB token may cost at most 3x a normal 200 KB news
    # text (measured at 1 MB: 0.6-1.3x; the quadratic rules needed hours for 1 MB and would
    # need minutes for 200 KB, as 50 KB took 20 s). 200 KB keeps the suite short.
    size = 200_000
    normal = "\n\n".join(a.text for a in seeds.values())
    budget = 3 * _offline_seconds(((normal + "\n\n") * (size // len(normal) + 1))[:size])
    lead = "The minister said on Tuesday that the new bridge would open to traffic next year. "
    for token in _HOSTILE_TOKENS:
        spent = _offline_seconds(lead + token * (size // len(token)))
        assert spent <= budget, f"{token!r} x 200 KB: {spent:.1f} s > {budget:.1f} s"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The council denied international port access to four ships on Thursday.", "asserts"),
        ("The court denied the former minister bail at a hearing on Friday.", "asserts"),
        ("The ministry denied that any of its ships were involved in the sales.", "denies"),
        ("The ministry denied reports that its ships had sold oil at sea.", "denies"),
        ("The board unanimously rejected the earlier offer as too low on Monday.", "asserts"),
        ("Up to now, the company has rejected the tie-up with its larger rival.", "asserts"),
        ("The spokeswoman dismissed these claims as disinformation on Friday.", "denies"),
        ("The general staff rejected claims that its troops had been surrounded.", "denies"),
        ("Social media carried a false report of a hostage-taking in the old town.", "denies"),
        ("The false alarm sent hundreds of people running from the square.", "asserts"),
        ("But officials in the capital disputed the news media reports on Friday.", "denies"),
        ('The ministry said the charges "do not accord with the facts" on Friday.', "denies"),
        ("The coach disputed the referee's decision after the match on Sunday.", "asserts"),
        # a negated denial denies nothing (offline-55)
        ('The president said: "We cannot deny that it was a terror attack."', "asserts"),
        ("The ministry did not deny that two of its ships had been at sea.", "asserts"),
        ("The company has never denied the report that it sold the plant.", "asserts"),
    ],
)
def test_deny_in_the_sense_of_refuse_access_is_no_denial(sentence: str, polarity: str) -> None:
    # "denied X access/entry/bail" takes something away and "rejected the offer" turns
    # something down; neither rejects a claim, so they must not oppose the claims they
    # resemble as a denial would.
    (claim,) = extract_offline(_article(sentence)).claims
    assert claim.polarity is Polarity(polarity)


def test_a_line_closing_on_a_short_quoted_phrase_is_a_caption() -> None:
    # Captions under embedded posts and subheads end on a quote with no stop before it;
    # sentences put their stop inside or before the closing mark, and a long quotation that
    # runs to the end of the line is a statement even without one.
    text = (
        "The coach said the crew had treated the two players unfairly on the flight.\n"
        "Team coach Glynn Carter tweeted that the airline needs 'sensitivity training'\n"
        "'We had to run for our lives'\n"
        "The airline said it had apologised to both players and their coach on Monday.\n"
        'A witness said the crowd "ran in every direction."\n'
        "Carter wrote: 'It is 2017 and a flight attendant accuses two young athletes before "
        "getting the facts'\n"
    )
    quotes = [c.evidence[0].quote for c in extract_offline(_article(text)).claims]
    assert not any("sensitivity training" in q or "run for our lives" in q for q in quotes)
    assert any(q.startswith("The airline said it had apologised") for q in quotes)
    assert any("ran in every direction" in q for q in quotes)
    assert any("before getting the facts" in q for q in quotes)


def test_an_indefinite_spokesman_of_a_named_body_is_not_the_person_followed() -> None:
    text = (
        "Mayor of the city Jane Ortiz said: “I am in contact with the emergency services.”\n"
        "A City Transit spokesman said: “There is currently no service on the line.”\n"
        "The spokesman said the line would reopen on Monday morning after repairs.\n"
    )
    claims = extract_offline(_article(text)).claims
    transit = _one(extract_offline(_article(text)), "no service on the line")
    assert transit.speaker == "City Transit spokesman", [c.speaker for c in claims]


@pytest.mark.parametrize(
    "opener",
    [
        "Investigators said the vehicle was travelling far above the limit.",
        "Officials said the line would stay closed until Friday.",
        "It said the tightening reflects the government's stance.",
    ],
)
def test_a_capitalised_common_word_opening_a_sentence_is_no_one_for_he(opener: str) -> None:
    # "Investigators said ..." opens a sentence; the next "he said" is not the investigators
    # (nor "it"): a single capitalised word is a person only if it is a name
    text = (
        "The tram overturned on a bend in south London on Wednesday morning.\n"
        f"{opener}\n"
        "Speaking outside the hospital, he said people were screaming for help."
    )
    cs = extract_offline(Article(id="p", text=text))
    (screaming,) = [c for c in cs.claims if "screaming" in c.statement]
    assert screaming.speaker is None, screaming
    assert not screaming.statement.startswith(opener.split()[0])


def test_tweets_and_an_inverted_role_are_attributed_not_the_last_speaker() -> None:
    # '"…," tweeted the US president.' after "Beijing has denied …": the tweet is the
    # president's, never Beijing's (the "Beijing said: 'Caught RED HANDED'")
    text = (
        "Donald Trump has accused China of selling oil to North Korea. "
        "Beijing has denied making illegal shipments.\n"
        "“Caught RED HANDED – very disappointed that China is allowing oil to go into North "
        "Korea,” tweeted the US president.\n"
        "“We will respond,” Lazare tweeted on Sunday."
    )
    cs = extract_offline(Article(id="t", text=text))
    (caught,) = [c for c in cs.claims if "RED HANDED" in c.statement]
    assert caught.speaker == "US president", caught
    (respond,) = [c for c in cs.claims if "respond" in c.statement]
    assert respond.speaker == "Lazare", respond


def test_a_new_unnamed_speaker_takes_the_next_he() -> None:
    # The Guardian's Mazar story: "A foreign ministry spokesman in Berlin said …. “All German
    # employees … are safe,” he said." was credited to the Taliban named before; The
    # Independent's "A spokesperson from the British Transport Police said …. He said …" to
    # the Fire Brigade. The "he" is the unnamed speaker: no name at all
    text = (
        "Rebel spokesman Karim Nassar said the group carried out the attack. "
        "A foreign ministry spokesman in Lisbon said the attack was over by the morning. "
        "“All employees of the mission are safe,” he said. "
        "One man who was leaving the hospital told reporters that the driver had not stopped. "
        "He said that he worked at a cafe nearby."
    )
    cs = extract_offline(_article(text))
    assert _one(cs, "carried out").speaker == "Karim Nassar"
    # the spokesman's own words and the next "he" are the spokesman's, as described
    assert _one(cs, "attack was over").speaker == "foreign ministry spokesman"
    assert _one(cs, "are safe").speaker == "foreign ministry spokesman"
    assert _one(cs, "attack was over").statement.startswith("A foreign ministry spokesman in")
    assert _one(cs, "worked at a cafe").speaker is None
    # still his when nobody new speaks in between
    named = text.replace("A foreign ministry spokesman in Lisbon said", "Officials said")
    assert _one(extract_offline(_article(named)), "are safe").speaker == "Karim Nassar"


def test_titles_adjectives_and_nationalities_around_a_name() -> None:
    # "Deputy Chief Constable Adrian Hanstock" was spoken for by "Constable Adrian Hanstock";
    # "San Diego-based" and a photo caption's "Nice Armed French" were persons a "he" or
    # "she" stood for; "American Dominique Molina" after a bullet was no one
    text = (
        "Deputy Chief Constable Alan Reed said: “We can confirm that two people died.”\n"
        "Acme’s hostile bid for the larger Boston-based company is the latest move by its "
        "chief executive Lee Park. He wants the company for its modem chip division.\n"
        "Photos: images of the attack in Riverton Armed French police move people away.\n"
        "• American Jane Doe, who was watching from a balcony, said the fireworks had ended. "
        "She estimated the truck moved at 20 mph."
    )
    cs = extract_offline(_article(text))
    assert _one(cs, "two people died").speaker == "Alan Reed"
    wants = _one(cs, "He wants")
    assert wants.statement.startswith("Lee Park wants"), wants
    assert _one(cs, "fireworks").speaker == "Jane Doe"
    assert _one(cs, "She estimated").statement.startswith("Jane Doe estimated")


def test_a_first_name_alone_and_a_name_opening_a_sentence() -> None:
    # The Sun: "Tiffany Marchbanks, an American, …" then "Tiffany said …"; CNN: "Kristen
    # Crouch, visiting from Dallas, …" opens its paragraph and later "Crouch told CNN"
    text = (
        "Tiffany Marchbanks, an American tourist, was on the terrace. "
        "Tiffany said taxi drivers gave people free rides home.\n"
        "Kristen Crouch, visiting from Texas, was at a restaurant. "
        '"It was very well planned," Crouch told reporters.'
    )
    cs = extract_offline(_article(text))
    assert _one(cs, "free rides").speaker == "Tiffany Marchbanks"
    assert _one(cs, "well planned").speaker == "Kristen Crouch"


def test_the_setting_before_a_split_quotation_stays_with_its_first_sentence() -> None:
    # The Guardian: "Speaking outside Croydon University hospital, where he was being treated
    # for broken ribs, he added: “It was just terrifying. There was a woman …”" lost the
    # hospital and the ribs once the quotation was split into its sentences
    text = (
        "Martin Hale, 30, from Riverton, was on the tram. Speaking outside the county "
        "hospital, where he was being treated for broken ribs, he added: “It was just "
        "terrifying. There was a woman on top of me and she was not moving at all.”"
    )
    cs = extract_offline(_article(text))
    first = _one(cs, "terrifying")
    assert first.speaker == "Martin Hale"
    assert first.statement.startswith("Speaking outside the county hospital, where he was")
    assert first.evidence[0].quote.startswith("Speaking outside")
    second = _one(cs, "woman on top")
    assert second.statement.startswith("Martin Hale added: “There was a woman")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            # NYT: "A spokesman for the … command at its headquarters in Potsdam, Germany,
            # said that Afghan police forces responded …" made "Germany" the speaker
            "A spokesman for the special forces command at its headquarters in Tilburg, "
            "Netherlands, said that local police forces responded and fought the attackers.",
            "responded",
            None,
            id="place-apposition-is-no-speaker",
        ),
        pytest.param(
            # CNN: "Witness Tony Molina said …", "American Dominique Molina, who …, said …",
            # then "Molina said her teenage son …": the Molina named last
            "Witness Tony Molina said he saw bodies in the street. American Dominique Molina, "
            "who was watching from a balcony, said the fireworks had ended. Molina said her "
            "teenage son witnessed the carnage.",
            "teenage son",
            "Dominique Molina",
            id="shared-surname-is-the-one-named-last",
        ),
        pytest.param(
            # The Guardian: "Martin Harris, who was on his way to work, called his mother,
            # Jane … She told the Telegraph …": not him (a guard for the full name a clause
            # now leaves the story following, which would otherwise make "she" him)
            "Martin Hale, who was on his way to work, called his mother, Jane, after the crash "
            "to tell her a body was lying on top of him. She told reporters that he had told "
            "her the driver fell asleep.",
            "fell asleep",
            None,
            id="relative-clause-tells-the-gender",
        ),
        pytest.param(
            # The Guardian: "British Transport police Asst Ch Con Robin Smith said …. He said
            # officers would be …" went to the last named passenger
            "Passenger Kevin Lowe said the tram sped up. British Transport police Asst Ch Con "
            "Robin Hale said the force was investigating. He said officers would work through "
            "the night.",
            "through the night",
            "Robin Hale",
            id="abbreviated-police-ranks-are-titles",
        ),
        pytest.param(
            # The Guardian: "the Nato spokesman said" credited to the deputy police chief the
            # story had followed; the Independent: "the Nato spokesperson" to a governor's
            # spokesman named before
            "Omar Nazari, a spokesman for the governor, said the road was closed. The Nato "
            "spokesman said the wall of the compound had been breached.",
            "wall of the compound",
            "Nato spokesman",
            id="a-role-of-another-body-is-not-the-named-holder",
        ),
        pytest.param(
            # The Guardian: "A foreign ministry spokesman in Berlin said …. It was not yet
            # known how many were killed, the spokesman said" went to the Taliban spokesman
            "Rebel spokesman Karim Nassar said the group did it. A foreign ministry spokesman "
            "in Lisbon said the attack was over. It was not yet known how many were killed, "
            "the spokesman said.",
            "not yet known",
            "foreign ministry spokesman",
            id="the-role-after-an-unnamed-speaker-is-that-speaker",
        ),
        pytest.param(
            # China Daily: '"It's a scene of horror," a local member of parliament, Eric
            # Ciotti, told France Info. He said the truck sped …' credited France Info
            "Rita Gomez said the road was shut. “It is a scene of horror,” a local member of "
            "parliament, Eric Blanc, told France Info. He said the truck sped along the "
            "pavement.",
            "truck sped",
            "Eric Blanc",
            id="told-names-the-listener-after-it",
        ),
        pytest.param(
            # The Guardian: "Transport expert Christian Wolmar, who is also Labour's candidate
            # in the Richmond Park byelection, said …. “This sort of accident is incredibly
            # rare,” he said." credited the union official quoted before, then a park
            "Finn Brennan, of the drivers' union, said the crash was dreadful. Transport expert "
            "Christian Wolmar, who is also a candidate in the Richmond Park byelection, said "
            "trams were safe. “This sort of accident is incredibly rare,” he said.",
            "incredibly rare",
            "Christian Wolmar",
            id="an-expert-after-a-union-official",
        ),
        pytest.param(
            # NPR: "… the president quickly went into the Brady Briefing Room …. He said at
            # that time …" credited the briefing room, then the adviser named before
            "Lisa Monaco said the agencies were in contact. After the attacks, the president "
            "quickly went into the Brady Briefing Room and gave an address. He said at that "
            "time that he had not called his counterpart.",
            "at that time",
            None,
            id="a-role-in-focus-takes-the-next-he",
        ),
        pytest.param(
            # CNN: "• An American witness at the scene said …. The witness said he saw only
            # the driver. He heard gunfire as he ran away" became "Francois Hollande heard"
            "• Hollande returned to Paris for emergency talks.\n"
            "• An American witness at the scene said the truck sped up. The witness said he "
            "saw only the driver. He heard gunfire as he ran away.",
            "heard gunfire",
            None,
            id="a-bulleted-unnamed-witness-takes-the-next-he",
        ),
        pytest.param(
            # CNN: "• Witness Tony Molina said he saw bodies …"; The Sun: "Eyewitness Damien
            # Allemend told …": a description before the name is not part of it
            "• Witness Tony Hale said he saw bodies in the street.",
            "saw bodies",
            "Tony Hale",
            id="a-description-before-a-name-is-not-the-name",
        ),
        pytest.param(
            # NYT: "Christian Estrosi, the president of the … region, expressed outrage ….
            # “Questions are raised,” he said." went to the newspaper named before
            # ("Christian" was read as a nationality, so he was no one)
            "The newspaper Nice Matin reported that he was 31. Christian Hale, the president of "
            "the region, expressed outrage in an interview. “Questions are raised,” he said.",
            "Questions are raised",
            "Christian Hale",
            id="a-nationality-shaped-first-name-and-its-appositive-role",
        ),
        pytest.param(
            # The Sun: "A Downing Street spokesman said …. He stressed: “…” Theresa May today
            # said: “…” She added: “…”": the spokesman's description answers only the "he"
            # of the next sentences; the "she" is the woman who spoke last (a month word
            # ending a name is a surname: "May" kept her from being a person)
            "A Downing Street spokesman said the prime minister was kept informed. He "
            "stressed: “Our thoughts are with those affected.” Theresa May today said: “We "
            "must redouble our efforts.” She added: “Our hearts go out to the French people.”",
            "hearts go out",
            "Theresa May",
            id="an-unnamed-role-answers-only-the-next-he",
        ),
        pytest.param(
            # a lower-case description between a body's name and a person's full name
            "Hustle assistant coach Darnell Lane said in a tweet that the flight attendant "
            "accused the two players.",
            "accused the two players",
            "Darnell Lane",
            id="a-described-full-name",
        ),
        pytest.param(
            "Croydon University Hospital's medical director Dr Anna Osei said 31 patients "
            "were brought in by ambulance.",
            "31 patients",
            "Dr Anna Osei",
            id="a-possessive-body-then-a-described-name",
        ),
        pytest.param(
            # "of" and "and" are no part of a description: "Mayor of London Sadiq Khan" is
            # no person "London Sadiq Khan", and two men killed are no speakers
            "Two Tunisian men, Bilal Laba and mechanic Abdel Touk, were also killed, said "
            "the consulate.",
            "also killed",
            None,
            id="a-list-of-names-is-no-description",
        ),
        pytest.param(
            # "X today said": a day word between a name and its verb
            "Theresa May today said: “We must redouble our efforts.”",
            "redouble",
            "Theresa May",
            id="today-between-a-name-and-its-verb",
        ),
        pytest.param(
            # NPR: "Secretary of State Rex Tillerson called on China ... Tillerson added":
            # the title's object is no part of the name ("State Rex Tillerson")
            "Earlier this week, Secretary of State Anna Hale called on the port to act. "
            "Writing an op-ed piece, Hale added, “The port has applied certain bans.”",
            "certain bans",
            "Anna Hale",
            id="a-title-of-something-then-the-name",
        ),
        pytest.param(
            # BBC: "Croydon Central MP Gavin Barwell said ...": "MP" is a title
            "Northfield MP Anna Hale said her friend was on the tram.",
            "friend was on the tram",
            "Anna Hale",
            id="a-constituency-and-mp-before-a-name",
        ),
        pytest.param(
            # "The opposition leader denied ..." is not the prime minister the story
            # follows: a lower-case qualifier none of his roles uses names someone else
            "Prime Minister Anna Hale's coalition won 312 seats. The opposition leader "
            "denied that the party had split the vote.",
            "split the vote",
            "opposition leader",
            id="a-qualified-role-is-not-the-followed-person",
        ),
        pytest.param(
            # a capitalised qualifier says whose leader: still the person followed
            "Russian President Anna Hale met the envoy on Friday. The Russian leader said "
            "the talks were useful.",
            "talks were useful",
            "Anna Hale",
            id="a-capitalised-qualifier-keeps-the-followed-person",
        ),
        pytest.param(
            # a month opening the sentence is no one's name
            "Last May the board said it would sell the plant.",
            "sell the plant",
            None,
            id="a-month-after-a-date-word-is-no-name",
        ),
    ],
)
def test_who_speaks(text: str, fragment: str, speaker: str | None) -> None:
    claim = _one(extract_offline(_article(text)), fragment)
    assert claim.speaker == speaker, claim
    if speaker is None:  # nor a name put in for a "he" or "she" opening the statement
        assert not claim.statement.startswith(("Hollande", "Francois")), claim


def test_content_moved_after_its_speaker_loses_the_capital_of_its_sentence() -> None:
    # "By contrast, the message … is to “kill anywhere”," he said.' was stated "Thomas
    # Joscelyn said By contrast, …"; China Daily's "Nice prosecutor said Nearly 80 …"
    text = (
        "Analyst Tom Reyes spoke about the group on Friday. "
        "By contrast, the group's message is to “kill anywhere and everywhere,” he said. "
        "Nearly 80 people were killed on the promenade, “mowed down,” he said. "
        "Reyes was born in the city and “loves it,” he said."
    )
    cs = extract_offline(_article(text))
    assert _one(cs, "By contrast").statement.startswith("Tom Reyes said by contrast,")
    assert _one(cs, "Nearly 80").statement.startswith("Tom Reyes said nearly 80 people")
    assert _one(cs, "was born").statement.startswith("Tom Reyes said Reyes was born")


# --- Statement cleanup (issue 8 K6) -----------------------------------------------------------


def test_a_list_bullet_is_not_part_of_the_statement_or_its_quote() -> None:
    text = (
        "Concert called off after storm\n"
        "• The mayor said an outdoor concert has been canceled.\n"
        "- Hospitals in the city have launched an urgent appeal for blood donors.\n"
        "-5 degrees was the coldest reading of the night.\n"
    )
    cs = extract_offline(_article(text))
    assert [c.statement for c in cs.claims if "•" in c.statement or c.statement[0] == "-"] == [
        "-5 degrees was the coldest reading of the night."
    ]
    concert = _one(cs, "outdoor concert")
    assert concert.statement.startswith("The mayor said")
    assert concert.evidence[0].quote.startswith("The mayor said")
    assert _one(cs, "blood donors").statement.startswith("Hospitals")


def test_a_common_word_after_a_prefixed_attribution_is_lower_cased_a_name_is_not() -> None:
    text = (
        "Second car investigated\n"
        "Police closed the road near the consulate on Friday, and the city's authorities asked "
        "residents to stay home; nearly all shops stayed shut.\n"
        "Authorities were investigating if a second car was involved, said a local spokesperson.\n"
        "Nearly 80 people were hurt in the crash, said a hospital spokesperson.\n"
        "Martin Hale, 30, a passenger, was thrown across the carriage, according to the BBC.\n"
        "Rescuers reached the scene within minutes, said a fire service spokesman.\n"
    )
    cs = extract_offline(_article(text))
    assert "said authorities were investigating" in _one(cs, "second car").statement
    assert "said nearly 80 people" in _one(cs, "Nearly 80").statement
    assert "Martin Hale, 30" in _one(cs, "Martin Hale").statement
    # "Rescuers" is never written lower-case and is not followed by a name: a common word.
    assert "said rescuers reached" in _one(cs, "Rescuers").statement


def test_a_reported_question_is_a_claim_a_question_is_not() -> None:
    text = (
        "The coach said in a tweet that the attendant saw two players with blankets and that "
        "her first comment was “did you steal them?”\n"
        "Why would an airline treat its passengers this way?\n"
        "“Did you steal the blankets from first class?”\n"
    )
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    assert len(statements) == 1, statements
    assert "first comment" in statements[0]


def test_an_acronym_opening_a_sentence_is_a_name() -> None:
    # "The LDP won 284 seats": an acronym is a name wherever it stands
    cs = extract_offline(_article("The vote was held on Sunday. The LDP won 284 seats in all."))
    claim = _one(cs, "284 seats")
    assert "LDP" in claim.entities and claim.subject == "LDP"


@pytest.mark.parametrize(
    ("text", "fragment", "lead"),
    [
        # a noun in -ly after a possessive or a determiner is no adverb to drop
        (
            "Police shot Daniel Hale on Saturday. Hale's family has disputed the police "
            "account, saying he was holding a mobile phone.",
            "holding a mobile phone",
            "Hale's family said",
        ),
        (
            "Police shot Daniel Hale on Saturday. His family disputed the account, saying he "
            "was holding a mobile phone.",
            "holding a mobile phone",
            "His family said",
        ),
    ],
)
def test_a_noun_in_ly_stays_in_the_subject_a_tail_reports(
    text: str, fragment: str, lead: str
) -> None:
    claim = _one(extract_offline(_article(text)), fragment)
    assert claim.statement.startswith(lead), claim
    assert claim.speaker != "Daniel Hale"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Armenia denied the accusation.", True),
        ("The company denied wrongdoing.", True),
        ("The country has been...", False),  # a cut-off sentence
        ("Police arrested him.", False),  # three words
    ],
)
def test_a_four_word_sentence_can_be_a_claim(sentence: str, claim: bool) -> None:
    text = (
        f"The talks in Geneva ended without a deal, officials said. {sentence} More talks are due."
    )
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    assert (sentence in statements) is claim, statements


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("She was 68.", "Anna Berg was 68."),
        ("He is 51.", "Tom Hale is 51."),
        ("She was there.", None),  # three words, no age
        ("It was 68.", None),  # no person
    ],
)
def test_a_three_word_age_after_a_name_is_a_claim(sentence: str, statement: str | None) -> None:
    first = "Anna Berg" if sentence.startswith(("She", "It")) else "Tom Hale"
    text = f"{first}, a singer, has died at home, the family said. {sentence} Tributes poured in."
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    if statement is None:
        assert not [s for s in statements if s.endswith(sentence.split(" ", 1)[1])], statements
    else:
        assert statement in statements, statements


@pytest.mark.parametrize(
    "denial",
    [
        "Hale's office denied the accusation.",
        "Hale's office rejected the charge and said the town was calm.",
        'Hale\'s office said the claim was "completely false".',
    ],
)
def test_a_denial_of_the_accusation_states_the_sentence_it_answers(denial: str) -> None:
    accusation = "Minister Jane Roe accused Anna Hale of shelling civilian areas overnight."
    text = f"The talks ended on Wednesday without a deal, officials said. {accusation} {denial}"
    cs = extract_offline(_article(text))
    (claim,) = [c for c in cs.claims if c.polarity is Polarity.denies]
    assert "shelling civilian areas overnight" in claim.statement
    # it cites both sentences, each verbatim
    quotes = [e.quote for e in claim.evidence]
    assert any(q.startswith("Minister Jane Roe accused") for q in quotes)
    assert any(q.startswith("Hale's office") for q in quotes)


def test_a_denial_that_names_what_it_denies_is_left_as_it_is() -> None:
    text = (
        "Minister Jane Roe accused Anna Hale of shelling civilian areas overnight. "
        "Anna Hale denied shelling any village during the night."
    )
    (claim,) = [c for c in extract_offline(_article(text)).claims if c.polarity is Polarity.denies]
    assert claim.statement == "Anna Hale denied shelling any village during the night."


def test_a_denial_of_the_accusation_after_a_sentence_not_naming_the_denier_stays() -> None:
    text = (
        "The talks in Geneva ended without a deal, officials said. Armenia denied the "
        "accusation. More talks are due."
    )
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    assert "Armenia denied the accusation." in statements


# --- Speakers of crawl shapes met in made-up news of more kinds (session 9) ---------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a relative, a lawyer: unnamed people who still speak, never the outlet
        (
            "Ray Cole, 41, was arrested on Friday.\n"
            "Cole's sister denied that he had ever owned a gun.",
            "sister denied",
            "Cole's sister",
        ),
        (
            "The court upheld the verdict on Monday.\n"
            "Her lawyer said in a statement that the family would appeal.",
            "Her lawyer said",
            "lawyer",
        ),
        # '"…," the statement said' after "X said in a statement": X's words
        (
            "Her lawyer said in a statement that the family was disappointed.\n"
            '"We will take this case to the highest court in the land," the statement said.',
            "highest court",
            "lawyer",
        ),
        (
            "The five-judge panel said the evidence against the minister was weak.",
            "panel said",
            "five-judge panel",
        ),
        # an unnamed witness; a name after its description and an age; "allege"
        (
            '"It was total chaos," said one witness, who did not want to be named.',
            "total chaos",
            "witness",
        ),
        (
            '"I heard a loud bang," witness Joe Bell, 45, told the Evening Star.',
            "loud bang",
            "Joe Bell",
        ),
        (
            "Prosecutors allege that the two men stole more than $2 million from the charity.",
            "stole more than",
            "Prosecutors",
        ),
        # '"…," said X, the head of …': the name before its appositive
        (
            '"This is a dark day," said Ana Ruiz, the head of the local council.',
            "dark day",
            "Ana Ruiz",
        ),
        # '"…," said the spokeswoman, Jane Roe.': the name after the role
        ('"We never allow it," said the spokeswoman, Mei Lin.', "never allow", "Mei Lin"),
        # "a spokesman for the army"; "has categorically denied"
        (
            'A spokesman for the army said the reports of a mutiny were "nonsense".',
            "mutiny",
            "army spokesman",
        ),
        ("The club has categorically denied the reports.", "categorically", "club"),
        # sources close to / familiar with something
        (
            "Sources close to the investigation said the suspect had travelled abroad twice.",
            "travelled abroad",
            "sources",
        ),
        (
            "The firm is preparing a bid for its rival, a person familiar with the matter said.",
            "preparing a bid",
            "sources",
        ),
        # a named union, a group in a place
        (
            "The Harbour Workers union said it would strike again next month.",
            "union said",
            "Harbour Workers union",
        ),
        (
            "Opposition leaders in Westmark said the treaty gave away far too much.",
            "gave away",
            "Opposition leaders",
        ),
        # "he added" after an unnamed spokesman named after the content
        (
            "At least 40 people were detained, a police spokesman said.\n"
            "Six officers were slightly hurt in the clashes, he added.",
            "Six officers",
            "police spokesman",
        ),
        # '"…," said X, who …, …': a relative clause with commas in it
        (
            '"We heard it on the radio," said Ana Ruiz, who has worked at the mill in Alton, '
            "Iowa, for 20 years.",
            "We heard it",
            "Ana Ruiz",
        ),
    ],
)
def test_speakers_of_more_crawl_shapes(text: str, fragment: str, speaker: str) -> None:
    assert _one(extract_offline(_article(text)), fragment).speaker == speaker


def test_a_subject_with_a_relative_clause_is_no_speaker_of_its_predicate() -> None:
    # "X, who ran the firm, faces … after judges dismissed his appeal": X says nothing
    text = (
        "Tom Hale, who ran the bank for a decade, faces up to eight years in prison after "
        "judges dismissed his appeal."
    )
    assert _one(extract_offline(_article(text)), "faces up to").speaker is None


def test_a_crowd_estimate_each_side_gives_is_its_own() -> None:
    # "Police said A, while organisers put the number at B": two claims, two speakers (the
    # left clause's only verbs are irregular: "said", "took")
    text = (
        "Police said 30,000 people took part in the rally, while organisers put the number "
        "at 90,000."
    )
    claims = extract_offline(_article(text))
    assert _one(claims, "30,000").speaker == "Police"
    assert _one(claims, "90,000").speaker == "organisers"
    assert len(claims.claims) == 2


def test_why_a_source_is_unnamed_is_no_claim() -> None:
    text = (
        "A spokeswoman for the company, who asked not to be named, said the plant would "
        "reopen next week."
    )
    claims = extract_offline(_article(text)).claims
    assert [c.statement for c in claims] == [
        "A spokeswoman for the company said the plant would reopen next week."
    ]
    assert claims[0].speaker == "company spokeswoman"


def test_each_sentence_of_a_group_speaker_s_quotation_names_it() -> None:
    text = (
        'One witness said: "The lorry came down the south side. It crushed everyone in its path."'
    )
    statements = [c.statement for c in extract_offline(_article(text)).claims]
    assert "The witness said: “It crushed everyone in its path.”" in statements


@pytest.mark.parametrize(
    "text",
    [
        '"That is simply not the case," a company spokesman said.',
        "The government said the claims had no basis in fact.",
        '"These allegations are completely false," said the lawyer, Ann Wood.',
        'A spokesman for the army said the reports of a mutiny were "nonsense".',
        "The ministry said the report was without foundation.",
    ],
)
def test_more_ways_of_saying_a_claim_is_wrong_are_denials(text: str) -> None:
    # (the lawyer's role beside her name is a claim of its own: offline/role_facts.py)
    [claim] = [c for c in extract_offline(_article(text)).claims if c.speaker is not None]
    assert claim.polarity is Polarity.denies


def test_a_name_opening_a_reported_clause_keeps_its_capital() -> None:
    # the article writes "Halden Systems": "Halden" is a name even where it opens sentences
    text = (
        "Halden Systems, the software maker, said its revenue rose in the third quarter.\n"
        "Halden plans to cut 2,000 jobs worldwide, according to people familiar with the matter."
    )
    claim = _one(extract_offline(_article(text)), "Halden plans")
    assert claim.statement.startswith("According to sources, Halden plans to cut")


def test_a_denial_in_a_time_clause_dates_the_act_and_denies_nothing() -> None:
    # "..., a day after he denied that ...": the sentence arrests; the denial only dates it
    a = _article(
        "Police said the owner, Tobin Marr, had been arrested on suspicion of negligence, "
        "a day after he denied that any door had been locked. "
        "The carrier said the bus had been checked before the trip and denied that it had "
        "any fault."
    )
    claims = extract_offline(a)
    arrest = _one(claims, "had been arrested")
    denial = _one(claims, "denied that it had any fault")
    assert (arrest.kind, arrest.polarity) == (ClaimKind.reported_statement, Polarity.asserts)
    assert (denial.kind, denial.polarity) == (ClaimKind.denial, Polarity.denies)
