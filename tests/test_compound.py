"""consensus/offline/compound.py through the offline extractor: a compound sentence makes one
claim per proposition, each citing its own clause and stating the subject it leaves out,
and the cuts the grammar leaves unsure are not made.

Sentences are written for these tests (no dev-cluster text), one rule each.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_offline_kinds import role_fact  # tests/ is on sys.path (rootdir conftest)

from consensus.models import Article, Claim
from consensus.offline import extract_offline


def _claims(text: str) -> list[Claim]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 14))
    claims = list(extract_offline(article).claims)
    for c in claims:
        for e in c.evidence:
            assert text[e.start : e.end] == e.quote
    return claims


def _statements(text: str) -> list[str]:
    return [c.statement for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle set off by commas after the second subject is an aside, not its verb
        (
            "The tram derailed and the driver, trapped by the wreck, was freed an hour later.",
            ["The tram derailed", "The driver, trapped by the wreck, was freed an hour later."],
        ),
        # two independent clauses
        (
            "At least nine people were killed and dozens more were injured in the flood.",
            ["At least nine people were killed", "Dozens more were injured in the flood."],
        ),
        # a verb phrase sharing its subject
        (
            "The ministry confirmed receipt of the letter and said it would reply on Monday.",
            [
                "The ministry confirmed receipt of the letter",
                "The ministry said it would reply on Monday.",
            ],
        ),
        # a gapped passive takes the auxiliary of the clause before
        (
            "Four miners have been killed and more than 30 taken to hospital after the blast.",
            [
                "Four miners have been killed",
                "More than 30 have been taken to hospital after the blast.",
            ],
        ),
        # a source's phrase before "and" says nothing of its own: the segment before it does
        (
            "About 1,400 groups had registered since 2023, according to the ministry, and "
            "fines of 3.8 million marks had been levied on those that failed to comply.",
            [
                "According to the ministry, about 1,400 groups had registered since 2023",
                "Fines of 3.8 million marks had been levied on those that failed to comply.",
            ],
        ),
        # ... never when the number is part of a hyphenated word ("20-year-old"): the second
        # clause has its own past verb and no auxiliary is carried over
        (
            "The defender was shown a red card in extra time, and the 20-year-old substitute "
            "went on to score the winner.",
            [
                "The defender was shown a red card in extra time",
                "The 20-year-old substitute went on to score the winner.",
            ],
        ),
        # a participial tail, and a second one coordinated with it
        (
            "A gunman opened fire in the crowded market, killing five people and wounding 14.",
            [
                "A gunman opened fire in the crowded market",
                "A gunman killed five people",
                "A gunman wounded 14.",
            ],
        ),
        # a relative clause closing the sentence, after a determined noun phrase
        (
            "Hundreds of people were evacuated after the storm, which hit the coast on Sunday.",
            [
                "Hundreds of people were evacuated after the storm",
                "The storm hit the coast on Sunday.",
            ],
        ),
        # a relative clause in the middle is cut out of its sentence
        (
            "The utility company, which serves two million homes, said power would be restored.",
            [
                "The utility company said power would be restored.",
                "The utility company serves two million homes",
            ],
        ),
        # "after" before a noun phrase is no subordinate clause
        (
            "Six miners were trapped after the collapse but four have been freed.",
            ["Six miners were trapped after the collapse", "Four have been freed."],
        ),
        # a contracted pronoun and auxiliary opens a clause
        (
            "We have a fine bus network and it's had an excellent record.",
            ["We have a fine bus network", "It's had an excellent record."],
        ),
        # a clause cut at ", but" that opens with its verb takes the subject before it
        (
            "The suspect was known to the police, but had no links to any armed group.",
            [
                "The suspect was known to the police",
                "The suspect had no links to any armed group.",
            ],
        ),
        # ... and a person's pronoun that opens the clause with its verb, though a
        # subordinate clause follows it (offline-58)
        (
            "He heard gunfire as he ran away, but did not know its source.",
            ["He heard gunfire as he ran away", "He did not know its source."],
        ),
        # ... and the speaker of "X said (on a day) that A", when a reporting verb opens the
        # clause after ", but" (offline-109); any other verb keeps the old rule
        (
            "Freight operators said on Wednesday that the ruling had spared them losses, but "
            "warned that the dispute was far from over.",
            [
                "Freight operators said on Wednesday that the ruling had spared them losses",
                "Freight operators warned that the dispute was far from over.",
            ],
        ),
        # a participle after a comma is no verb of the subject
        (
            "Farmers, led by a regional union, are blocking roads, demanding lower fuel taxes.",
            [
                "Farmers, led by a regional union, are blocking roads",
                "Farmers demanded lower fuel taxes.",
            ],
        ),
        # a "with" absolute; an irregular verb
        (
            "The board turned down the offer, with its chairman calling the price far too low.",
            ["The board turned down the offer", "Its chairman called the price far too low."],
        ),
        (
            "Crowds ran from the square, with one family hiding in a nearby church.",
            ["Crowds ran from the square", "One family hid in a nearby church."],
        ),
        # "who" after "X of Y": the person
        (
            "Protesters gathered at the home of Anna Berg, who was arrested on Monday.",
            ["Protesters gathered at the home of Anna Berg", "Anna Berg was arrested on Monday."],
        ),
        # a gapped passive that opens with a number
        (
            "Four people were killed and 12 injured when a bus hit a wall in the town centre.",
            [
                "Four people were killed",
                "12 were injured when a bus hit a wall in the town centre.",
            ],
        ),
        # ... never with a verb of an act without an object
        (
            "Four people were killed and 300 fled their homes after the dam burst.",
            ["Four people were killed", "300 fled their homes after the dam burst."],
        ),
        # a subject "a group of masked men" is one noun phrase: never cut to "a group of"
        (
            "Shops were looted after a group of masked men broke windows and set fire to a van.",
            ["Shops were looted", "A group of masked men broke windows and set fire to a van."],
        ),
        # ", rejecting his claim ...": the subject of the clause before rejects it (a day
        # between the subject and its verb is no part of the subject)
        (
            "A federal court on Tuesday upheld the ban, rejecting her claim that it was unlawful.",
            [
                "A federal court on Tuesday upheld the ban",
                "A federal court rejected her claim that it was unlawful.",
            ],
        ),
        # ", but later ...": the subject of the clause before, the adverb kept
        (
            "Officials first said nine people were missing, but later revised the number to six.",
            [
                "Officials first said nine people were missing",
                "Officials later revised the number to six.",
            ],
        ),
    ],
)
def test_compound_sentence_makes_one_claim_per_proposition(text: str, expected: list[str]) -> None:
    assert _statements(text) == expected


def test_each_piece_cites_its_own_clause() -> None:
    text = "A gunman opened fire in the crowded market, killing five people and wounding 14."
    quotes = [c.evidence[0].quote for c in _claims(text)]
    assert quotes == [
        "A gunman opened fire in the crowded market",
        "killing five people",
        "wounding 14.",
    ]
    text = "A gunman opened fire in the market, killing 25 people and wounding 14 others."
    killed, wounded = _claims(text)[1:]
    assert [q.value for q in killed.quantities] == [25.0]
    assert [q.value for q in wounded.quantities] == [14.0]


def test_a_cut_out_relative_clause_leaves_two_spans_to_the_sentence() -> None:
    text = "The utility company, which serves two million homes, said power would be restored."
    main = _claims(text)[0]
    assert [e.quote for e in main.evidence] == [
        "The utility company",
        "said power would be restored.",
    ]


def test_a_carried_subject_names_its_entities() -> None:
    text = "Rebels seized the town of Marvale last week, capturing the airport at Tenby."
    captured = _claims(text)[1]
    assert captured.statement == "Rebels captured the airport at Tenby."
    assert "Tenby" in captured.entities


def test_a_reported_second_clause_keeps_its_speaker() -> None:
    text = "Mayor Anne Holt said the bridge was safe and that repairs would start in May."
    second = _claims(text)[1]
    assert second.speaker == "Anne Holt"
    assert second.statement == "Anne Holt said that repairs would start in May."


def test_a_relative_clause_is_the_outlet_s_not_the_speaker_s() -> None:
    text = "The minister said the dam, which was built in 1970, would be inspected."
    aside = next(c for c in _claims(text) if "built" in c.evidence[0].quote)
    assert aside.speaker is None
    assert aside.statement == "The dam was built in 1970"


def test_the_speaker_s_own_act_is_not_reported_by_him() -> None:
    text = "Officials said the road was closed, and declined to give further details."
    declined = _claims(text)[1]
    assert declined.statement == "Officials declined to give further details."


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        # the auxiliary agrees with the reported subject, not with the speaker
        (
            "Officials said the bridge had been damaged, but was still standing.",
            "Officials said that the bridge was still standing.",
            "Officials",
        ),
        # ... and here with the speaker, whose own act it is
        (
            "Investigators said the vehicle was speeding, and are probing whether it was safe.",
            "Investigators are probing whether it was safe.",
            None,
        ),
    ],
)
def test_an_auxiliary_after_a_report_takes_the_subject_it_agrees_with(
    text: str, expected: str, speaker: str | None
) -> None:
    second = _claims(text)[1]
    assert second.statement == expected
    assert second.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # noun coordination: no clause after "and"
        "Officials said the driver and two passengers were taken to hospital.",
        "As the crowd left the stadium, the police and fire crews were already waiting.",
        "Talks will go on until a truce between the army and the rebels can be signed.",
        # "with heavy fighting": a noun phrase, no clause
        "The attack followed weeks of unrest, with heavy fighting in the southern provinces.",
        # an adjective after the comma that closes a relative clause is no main verb
        "Police shot the driver, who drove the 19-ton, unmarked truck for two kilometres.",
        # two past participles of one passive are one act
        "The activist was beaten and set on fire by a crowd in the centre of the city.",
        # a plural subject with a present verb is not found: nothing to carry
        "New networks promise Internet connections 10 times faster and are expected soon.",
        # a participle before "by" is no verb: no subject to carry
        "Footage filmed by a resident and posted online shows the flooded square.",
        # one act with two verbs
        "Police shot and killed the attacker near the station on Friday evening.",
        # a tail after a passive has no agent to carry
        "Six people were killed in the attack, prompting calls for tighter security.",
        # inside a quotation
        'He said: "We were coming round the bend and the bus tipped over on its side."',
        # a year before "when": another time
        "It was the worst crash since 1999, when eleven people died on the same road.",
        # an absolute phrase after a comma: "its roof destroyed" is no clause
        "Reporters filmed the house, its windows broken by the blast and its roof destroyed.",
        # a denial's own description is part of the denial
        "The army denied its soldiers were surrounded, describing the claim as false.",
        # "and" inside a subject whose past form is an adjective ("The planned merger of")
        "The planned merger of the two banks and insurers will cost about 4,000 jobs.",
        # a second object whose noun a participle and its agent qualify ("owned by"): a
        # reduced relative, no clause (blind_scandal, session 17)
        "Police searched the ministry and the offices of a firm owned by the minister's "
        "brother-in-law on Tuesday.",
    ],
)
def test_unsure_cuts_are_not_made(text: str) -> None:
    assert len(_claims(text)) == 1, _statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subordinate clause has its own subject: its verbs are its own
        (
            "Nine people died when a bus left the road and overturned on a steep hill.",
            ["Nine people died", "A bus left the road", "A bus overturned on a steep hill."],
        ),
        (
            "Two guards were wounded after a car bomb exploded at the gate of the compound.",
            ["Two guards were wounded", "A car bomb exploded at the gate of the compound."],
        ),
    ],
)
def test_subordinate_clause_with_its_own_subject_is_its_own_claim(
    text: str, expected: list[str]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "only after", "shortly after": the clause qualifies the word before it
        "The ban was lifted only after the ministry reviewed the evidence again.",
        # "at a time when": a relative clause of a time noun
        "The strike came at a time when the airline was already losing money.",
        # a phrase, not a clause
        "Five people were trapped after the accident on the main road.",
        # the sentence opens with no subject of its own before the cut
        "Despite saying that talks had failed, when he visited the capital the envoy smiled.",
        # too little of its own after the subordinator
        "Crowds fled along the seafront when the attack happened.",
    ],
)
def test_subordinate_clauses_left_whole(text: str) -> None:
    assert len(_claims(text)) == 1, _statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said it A and would B": "it" is the subject of B too, and B is X's report
        (
            "The insurer said in a statement it had received the claim and would review it "
            "within a week.",
            [
                "The insurer said in a statement it had received the claim",
                "The insurer said in a statement it would review it within a week.",
            ],
        ),
        (
            "Lumen Bank said it had frozen the accounts and will repay every customer.",
            [
                "Lumen Bank said it had frozen the accounts",
                "Lumen Bank said that it will repay every customer.",
            ],
        ),
    ],
)
def test_a_reported_pronoun_subject_is_carried_to_its_second_verb_phrase(
    text: str, expected: list[str]
) -> None:
    claims = _claims(text)
    assert [c.statement for c in claims] == expected
    assert claims[1].evidence[0].quote == text[text.index("and ") + 4 :]
    assert claims[1].speaker == claims[0].speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "where" clause closing the sentence: its place goes in front of it
        (
            "Most of the cases were in the northern province of Tarvia, where 600 people have "
            "fallen ill.",
            [
                "Most of the cases were in the northern province of Tarvia",
                "In the northern province of Tarvia, 600 people have fallen ill.",
            ],
        ),
        # the place is the noun phrase before the comma ("near the old harbour")
        (
            "The office is in a tall building near the old harbour, where a bank was robbed "
            "last year.",
            [
                "The office is in a tall building near the old harbour",
                "In the old harbour, a bank was robbed last year.",
            ],
        ),
        # ... or a name ("in east Valdora")
        (
            "Drivers were told to avoid the roads in east Valdora, where there is a large "
            "police cordon.",
            [
                "Drivers were told to avoid the roads in east Valdora",
                "In Valdora, there is a large police cordon.",
            ],
        ),
    ],
)
def test_a_where_clause_is_its_own_claim_in_its_place(text: str, expected: list[str]) -> None:
    claims = _claims(text)
    assert [c.statement for c in claims] == expected
    assert claims[1].evidence[0].quote == text[text.index("where ") + 6 :]


@pytest.mark.parametrize(
    "text",
    [
        "The drug is given to patients in the ward, where necessary.",  # no clause
        "Ferries took survivors to the port of Melis, 40 km east of the cape, where doctors "
        "waited.",  # the port or the cape: the grammar does not say
        "The singer thanked the crowd at Ridgeway Hall, where she had played in 1990.",
    ],
)
def test_a_where_clause_is_left_whole_when_unsure(text: str) -> None:
    assert len(_claims(text)) == 1


def test_a_second_clause_whose_subject_has_a_relative_clause_is_its_own_claim() -> None:
    text = (
        "Mayor Ida Lorne said more guards will be hired and the curfew, which was due to end "
        "in May, will be extended by a month."
    )
    claims = [c for c in _claims(text) if not role_fact(c)]  # (the mayor's role: its own)
    assert [c.statement for c in claims] == [
        "Ida Lorne said more guards will be hired",
        "Ida Lorne said that the curfew will be extended by a month.",
        "The curfew was due to end in May",
    ]
    assert [e.quote for e in claims[1].evidence] == ["the curfew", "will be extended by a month."]
    assert claims[1].speaker == "Ida Lorne"
    assert claims[2].speaker is None  # (the aside is the outlet's)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands separator is no comma that closes the relative clause
        (
            "Tarvo Bank, which has 3,000 branches, said on Monday it would cut 500 jobs.",
            ["Tarvo Bank said on Monday it would cut 500 jobs.", "Tarvo Bank has 3,000 branches"],
        ),
        # an adverb before the relative clause's verb; a day before the main verb
        (
            "Hexacorp, which also makes sensors, on Monday raised its offer to $82 a share.",
            ["Hexacorp on Monday raised its offer to $82 a share.", "Hexacorp also makes sensors"],
        ),
        (
            "The ministry, which oversees the ports, last week ordered an inquiry.",
            ["The ministry last week ordered an inquiry.", "The ministry oversees the ports"],
        ),
        # the main clause goes on after the relative clause up to a speaker named at the end:
        # what precedes the speaker holds a predicate, so it is no tail attribution
        (
            "The plant, which opened in 1998 and employs about 900 people, will close by the "
            "end of June, the company said.",
            [
                "The plant will close by the end of June, the company said.",
                "The plant opened in 1998 and employs about 900 people",
            ],
        ),
    ],
)
def test_a_relative_clause_in_the_middle_is_cut_out_around_figures_and_days(
    text: str, expected: list[str]
) -> None:
    assert _statements(text) == expected


def test_a_pronoun_and_a_present_verb_after_and_open_a_clause() -> None:
    text = "Police arrested a 42-year-old man at the scene and he remains in custody."
    assert _statements(text) == [
        "Police arrested a 42-year-old man at the scene",
        "He remains in custody.",
    ]
    # ... never after "when" ("when it comes to" qualifies the clause before)
    text = "The report may show only the tip of the iceberg when it comes to unpaid wages."
    assert len(_claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right after "by"/"in"/"with" is what "which" is about
        (
            "Sanctions work only if they are enforced by Marvia, which handles most of the trade.",
            [
                "Sanctions work only if they are enforced by Marvia",
                "Marvia handles most of the trade.",
            ],
        ),
        (
            "Dr Ana Lind, the head of the health office in Tarvo Province, which includes Ostia, "
            "said the injured were taken to the regional hospital.",
            [
                "Dr Ana Lind, the head of the health office in Tarvo Province said the injured "
                "were taken to the regional hospital.",
                "Tarvo Province includes Ostia",
                # her role, a fact of its own (role_facts: a title before the name, roles73)
                "Ana Lind is the head of the health office in Tarvo Province.",
            ],
        ),
    ],
)
def test_a_relative_clause_after_a_name_is_about_the_name(text: str, expected: list[str]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a month, and a name after "to", leave the antecedent open
        "The treaty extends the one signed in September, which set a cap on exports.",
        "Hexacorp sent a letter to Lumatek, which was made public on Monday.",
        # a place set off by commas after another noun: the plant may have the employees
        "The firm will shut its plant in Dunmore, in Westvale, which has about 900 employees.",
    ],
)
def test_a_relative_clause_after_an_unsure_name_stays(text: str) -> None:
    assert len(_claims(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands separator is no comma closing a clause: the verb phrase after "and"
        # still shares the subject of the clause before it
        (
            "A brush fire burned more than 12,500 acres near the coast and forced 4,000 "
            "people to leave their homes.",
            [
                "A brush fire burned more than 12,500 acres near the coast",
                "A brush fire forced 4,000 people to leave their homes.",
            ],
        ),
        (
            "The storm destroyed 1,300 homes in the valley and cut power to 80,000 "
            "households, the utility said.",
            [
                "The utility said that the storm destroyed 1,300 homes in the valley",
                "The storm cut power to 80,000 households, the utility said.",
            ],
        ),
    ],
)
def test_a_number_with_a_thousands_separator_does_not_stop_a_cut(
    text: str, expected: list[str]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        # the antecedent with the place it was at, and a present verb of saying
        (
            "The league has opened an inquiry into Saturday's brawl at Fenwick Park, which "
            "club officials say injured four fans.",
            "club officials",
            "Club officials say Saturday's brawl at Fenwick Park injured four fans.",
        ),
        # a determined antecedent, a past verb of saying
        (
            "Police are looking for the driver of the van, which witnesses said was "
            "travelling at high speed.",
            "witnesses",
            "Witnesses said the driver of the van was travelling at high speed.",
        ),
    ],
)
def test_a_relative_clause_that_names_its_speaker_is_that_speaker_s_claim(
    text: str, speaker: str, statement: str
) -> None:
    claims = _claims(text)
    said = next(c for c in claims if c.statement == statement)
    assert (said.speaker or "").lower() == speaker
    # it cites the relative clause; the sentence around it keeps the rest
    assert said.evidence[0].quote.startswith(speaker.split()[0])
    assert all(c.statement == statement or "which" not in c.statement for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun says it: whose clause, the sentence says
        "The group claimed the attack, which it said was revenge for air strikes.",
        # the clause goes on after a comma
        "The goal, which the visitors said was offside, came in the 89th minute.",
        # no finite verb after the verb of saying
        "He praised the plan, which analysts say to be costly.",
    ],
)
def test_a_relative_clause_with_an_unsure_speaker_is_not_cut(text: str) -> None:
    assert _statements(text) == [text]


def test_a_with_absolute_reads_past_an_ing_adjective() -> None:
    # a blind made-up cluster (session 16): "with the dissenting members pointing to ..."
    # was "The dissented members pointing to ..." (the adjective taken for the verb)
    statements = _statements(
        "The panel voted 9-4 to recommend approval, with the dissenting members pointing to "
        "the liver findings."
    )
    assert "The dissenting members pointed to the liver findings." in statements, statements
    assert not [s for s in statements if "dissented" in s]


def test_an_inverted_attribution_carries_its_speaker_into_adding_that() -> None:
    # as '"...," Jane Roe said, adding that ...' does: the quotation is hers, and so is the
    # tail (session 16, blindB16: the whole sentence was one claim of no one)
    claims = _claims(
        'The crash happened at noon. "It was chaos in the street," said Jane Roe, adding '
        "that she had called the police."
    )
    by = {c.statement: c.speaker for c in claims}
    assert by.get("Jane Roe added that she had called the police.") == "Jane Roe", by
    assert any(s == "Jane Roe" and "chaos" in t for t, s in by.items()), by
