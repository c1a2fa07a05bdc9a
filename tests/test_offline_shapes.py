"""The offline extractor on shapes of real news copy that the made-up election, budget,
death, breach and study clusters (tests/data/madeup/) brought up: a quotation spread over
two paragraphs, list items and their heading, photo captions ending in a credit, names
before a role appositive, bodies named with a descriptor or a possessive ("the nationalist
Homeland Party", "her family", "online lender Quillbank"), organisations named "X of Y".
Short made-up sentences, one rule each."""

from __future__ import annotations

import pytest
from test_offline_kinds import _claims, _one, role_fact

from consensus.nonclaims import non_claim_spans


def _speaker(text: str, fragment: str) -> str | None:
    # the sentence's claim: a noun phrase's claim ("Oslo-based Brightbank" -> "Brightbank is
    # based in Oslo.", offline/phrases.py) cites a part of it and speaks for no one
    found = [
        c
        for c in _claims(text)
        if any(fragment in e.quote for e in c.evidence) and not role_fact(c)  # (a role)
    ]
    parts = [c for c in found if c.statement.endswith(" is based in Oslo.")]
    if parts:
        assert parts[0].speaker is None and len(found) == 2, [c.statement for c in found]
        found.remove(parts[0])
    assert len(found) == 1, [c.statement for c in found]
    return found[0].speaker


# --- captions, list headings and list items ---------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "A cup of tea on a cafe table. Photo: Jane Roe",
        "The singer performing in Oslo in 1985. Photograph: Archive Desk/Agency",
        "Rescue workers at the pit head. Picture by Tom Hale",
    ],
)
def test_a_caption_ending_with_a_labelled_credit_is_no_claim(caption: str) -> None:
    text = f"{caption}\nThe mine was closed in 1998 after a fire, the company said."
    assert non_claim_spans(text) == ((0, len(caption)),)
    assert [c.statement for c in _claims(text)] == [
        "The mine was closed in 1998 after a fire, the company said."
    ]


def test_a_list_heading_is_no_claim_and_its_items_are() -> None:
    text = (
        "The study followed 4,000 adults for ten years, the authors said.\n"
        "What the study found:\n"
        "* The benefit was seen in both men and women\n"
        "- Tea drinkers slept longer\n"
        "* Green tea had a similar effect on blood pressure\n"
    )
    statements = [c.statement for c in _claims(text)]
    assert not [s for s in statements if "What the study found" in s]
    assert "The benefit was seen in both men and women" in statements
    assert "Green tea had a similar effect on blood pressure" in statements
    # a heading that reports speech is not a list heading
    assert _LIST_HEADING_WITH_VERB not in "".join(
        text[a:b] for a, b in non_claim_spans(_LIST_HEADING_WITH_VERB + "\n- Ten roads closed")
    )


_LIST_HEADING_WITH_VERB = "The council said the following roads were closed:"


def test_a_list_heading_set_apart_by_a_blank_line_is_no_claim() -> None:
    text = (
        "The grants end in March, the ministry said.\n\n"
        "What changes for growers in practice:\n\n"
        "- Orders placed before March still qualify for the grant\n"
    )
    spans = non_claim_spans(text)
    assert [text[a:b] for a, b in spans] == ["What changes for growers in practice:"]
    statements = [c.statement for c in _claims(text)]
    assert not [s for s in statements if "What changes" in s]
    assert "The grants end in March, the ministry said." in statements
    # two paragraphs, the first ending in a colon, head no list: the colon line stays
    prose = "Growers face three changes this year:\n\nThe grants end in March, the ministry said."
    assert non_claim_spans(prose) == ()


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED 3:45 p.m. ET",
        "Last Updated: Nov. 30, 2017 3:45 p.m.",
        "Updated Nov. 30, 2017 at 3:45 p.m. ET.",
        "By Jane Doe and John Roe, Reuters.",
        "By JANE DOE | Wire One",
        "Jane Doe is the political editor of the Daily Two.",
        "FILE PHOTO: A man walks past the bank's headquarters in Oslo, March 3, 2017.",
        "Also read: Police say the driver of the van was drunk.",
        "More from Daily Two: Ten things we learned from the budget.",
        "Get the latest news delivered to your inbox.",
        "Our journalism depends on your support.",
        "Pictured: Firefighters tackle the blaze at the depot on Tuesday.",
        "Above: The depot after the fire on Tuesday.",
        "Firefighters at the scene on Tuesday [Jane Roe/Daily Two].",
        "Listen: The mayor speaks about the fire on Tuesday.",
    ],
)
def test_page_furniture_lines_are_no_claims(line: str) -> None:
    lead = "The fire destroyed the depot on Tuesday, the fire service said."
    assert [c.statement for c in _claims(f"{lead}\n{line}\n")] == [lead]


@pytest.mark.parametrize(
    "line",
    [
        # reporting that opens like furniture
        "By Tuesday the fire had spread to three more warehouses, officials said.",
        "Published figures show the depot employed 40 people.",
    ],
)
def test_reporting_that_opens_like_furniture_stays_a_claim(line: str) -> None:
    assert [
        c for c in _claims(f"The depot burned on Monday night.\n{line}\n") if "depot" in c.statement
    ]
    assert any(line[:20] in e.quote for c in _claims(line) for e in c.evidence)


# --- a quotation spread over paragraphs ---------------------------------------------------


def test_a_quotation_opened_unattributed_takes_the_speaker_of_its_last_paragraph() -> None:
    text = (
        "Prime minister-elect Jane Roe told reporters that taxes would fall next year.\n"
        '"This is a mandate for change.\n'
        '"We will not waste a single day," she said.\n'
    )
    claim = _one(text, "mandate for change")
    assert claim.speaker == "Jane Roe"
    assert claim.statement == 'Jane Roe said "This is a mandate for change."'


def test_a_quotation_running_on_keeps_the_speaker_named_where_it_opens() -> None:
    text = (
        'A fire service spokesman said: "Crews were called at 6.13 to a fire at the depot.\n'
        '"Two firefighters were treated at the scene for smoke inhalation.\n'
        '"The cause of the fire is not yet known."\n'
        "The depot was closed on Tuesday.\n"
        '"Nobody was hurt in the second fire."\n'
    )
    assert _speaker(text, "Two firefighters were treated") == "fire service spokesman"
    # a quotation after a paragraph of the outlet's own is not the spokesman's running on
    assert _one(text, "Nobody was hurt").speaker != "fire service spokesman"
    # ... nor are the outlet's words after the quotation closes in a paragraph going on
    text = (
        'A fire service spokesman said: "Crews were called at 6.13 to a fire at the depot.\n'
        '"Two firefighters were treated at the scene for smoke inhalation.\n'
        '"The cause is not known." The depot was closed on Tuesday afternoon.\n'
    )
    claim = _one(text, "Two firefighters")
    assert claim.statement.startswith('The fire service spokesman said "Two firefighters')
    assert _one(text, "The depot was closed").speaker is None


def test_a_pronoun_inside_a_quotation_left_open_stays_a_pronoun() -> None:
    text = (
        "Police spokesman Tom Hale gave an update on Friday.\n"
        'He said: "There is no hostage. A man drove a van into the crowd. He was shot by '
        "police.\n"
        '"Investigations are under way to establish whether he acted alone."\n'
    )
    claim = _one(text, "He was shot by police")
    assert "Tom Hale was shot" not in claim.statement
    assert claim.speaker == "Tom Hale"


# --- who speaks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name before a role appositive that names no one
        (
            "Roe, 52, a former finance minister, said he would form a government within two weeks.",
            "Roe",
        ),
        ("Jane Roe, the Green Party leader, has conceded defeat.", "Jane Roe"),
        # a role, then the name, an age and a relative clause: the name speaks
        (
            "The harbour master, Piet Lund, 61, who has worked at the port for 30 years, "
            "told the paper the storm was the worst he had seen.",
            "Piet Lund",
        ),
        # a clause naming a person before a trailing speaker: the speaker, not the name
        (
            "A task force was set up in the capital and the interior minister, Jan Roe, was "
            "receiving regular updates, the ministry spokesman said.",
            "ministry spokesman",
        ),
        # a role appositive and then a relative clause: the name still speaks
        (
            "Ewan Gray, the fisheries minister, who visited the port on Wednesday, said the "
            "closure was a precaution.",
            "Ewan Gray",
        ),
        # a body named after lower-case descriptors
        (
            "The nationalist Unity Party, which won 11 seats, said the vote had been rigged.",
            "Unity Party",
        ),
        ("Online lender Brightbank says a cyber attack exposed 200,000 accounts.", "Brightbank"),
        ("Oslo-based Brightbank said a cyber attack exposed 200,000 accounts.", "Brightbank"),
        # a possessive before a body or a described person
        ("The singer died at home on Saturday, her family said.", "family"),
        (
            "The singer died of heart failure, according to a statement from her family.",
            "family",
        ),
        # an occupation before a name is no part of it
        ("Singer Rosa Lind wrote on Twitter that the world had lost a great voice.", "Rosa Lind"),
        # an office of a named place, a commissioner
        (
            "The Harbour County coroner's office said it was investigating the death.",
            "Harbour County coroner's office",
        ),
        (
            "The federal data protection commissioner said it had opened an investigation.",
            "federal data protection commissioner",
        ),
        # organisations named "X of Y" / "X for Y"
        (
            "Lead author Dr. Maria Lopes of the University of Porto said the effect was seen "
            "in both men and women.",
            "Maria Lopes",
        ),
        (
            "According to the Institute for Fiscal Research, an independent think tank, the "
            "measures will add $2 billion to debt.",
            "Institute for Fiscal Research",
        ),
        # a statement's author, officials of a named body, a body and where it is
        ("The mine will reopen next month, a company statement said.", "company"),
        (
            "Officials at the Department of Mines said the pit would reopen next month.",
            "Department of Mines officials",
        ),
        (
            "The Mine Safety and Health Administration said it would investigate.",
            "Mine Safety and Health Administration",
        ),
        ("Prosecutors in Eastport said the driver had been charged.", "Prosecutors"),
        ("The driver was charged on Monday, according to security sources.", "security sources"),
    ],
)
def test_who_speaks(sentence: str, speaker: str) -> None:
    text = f"The results were published on Monday.\n{sentence}"
    assert _speaker(text, sentence[:15]) == speaker


def test_police_is_a_body_not_the_person_a_pronoun_names() -> None:
    text = (
        "Lena Hart, the soul singer, has died at her home, her family said on Sunday.\n"
        "Police said there were no suspicious circumstances.\n"
        "She is survived by her husband and two daughters.\n"
    )
    assert _one(text, "She is survived").statement.startswith("Lena Hart is survived")


def test_a_name_before_an_owner_role_appositive_still_speaks() -> None:
    text = (
        "Trams were suspended on Wednesday.\n"
        "Mike Dole, Harbourside's transport commissioner, said: \"Our thoughts are with "
        'the families of those affected."\n'
    )
    assert _speaker(text, "Our thoughts") == "Mike Dole"


def test_a_participle_opening_a_sentence_names_no_body() -> None:
    text = (
        "Citing South Korean officials, the Yonhap news agency reports that the tanker "
        "moved 600 tons of oil."
    )
    assert not (_one(text, "Citing").speaker or "").startswith("Citing")


def test_a_body_and_where_it_is_keeps_its_words_in_the_statement() -> None:
    text = "Prosecutors in Eastport said the driver had been charged."
    assert _one(text, "Prosecutors").statement == text


@pytest.mark.parametrize(
    ("sentence", "not_speaker"),
    [
        # a participle phrase between a name and its verb is not who speaks
        (
            "The Eastport Herald, quoting anonymous sources, reported that the tanker moved "
            "600 tons of oil.",
            "quoting anonymous sources",
        ),
        # a title "of" a body is not the body
        (
            "Jane Roe, Assistant Chief Constable of the Harbour Police, said the driver was "
            "not known to them.",
            "Assistant Chief Constable of the Harbour Police",
        ),
    ],
)
def test_what_is_not_a_speaker(sentence: str, not_speaker: str) -> None:
    assert _one(sentence, sentence[:12]).speaker != not_speaker


def test_according_to_the_body_keeps_its_article() -> None:
    text = (
        "According to the Institute for Fiscal Research, an independent think tank, the "
        "measures will add $2 billion to debt."
    )
    assert _one(text, "measures").statement == text


_LEAD = "The company said on Thursday it would cut 1,200 jobs in its home market."


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON, Nov 30 (Wire One) - ",
        "NEW YORK, Nov. 30, 2017 /Newswire/ -- ",
        "EASTPORT, Nov. 30 (Xinhua) -- ",
        "Tokyo (CNN)",
        "Nov 30 (Reuters) - ",
        "LOS ANGELES -- ",
        "(CNN) ",
        "(CNN)",
        "Eastport, Nov 30 (Jiji Press)--",
        # session 55: the agency alone with a dash, a region after a title-case place, a
        # press release's capitalised headline with its date in brackets
        "(Reuters) - ",
        "(Wire) – ",
        "Port Alder, Vardenia (CNN) ",
        "Port Alder, New Vardenia (CNN)",
        "VARDEN CLINIC OPENS NEW WING (March 3, 2024) – ",
    ],
)
def test_a_dateline_with_a_date_an_agency_or_a_double_dash_is_no_content(dateline: str) -> None:
    assert [c.statement for c in _claims(dateline + _LEAD)] == [_LEAD]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe (Labour) said the company would cut 1,200 jobs in its home market.",
        "Brightbank (BRB) shares fell 6 percent after the company cut its forecast.",
    ],
)
def test_a_name_and_a_bracket_opening_a_sentence_is_no_dateline(sentence: str) -> None:
    claims = _claims(sentence)
    assert claims
    assert claims[0].statement.startswith(sentence[:12])


# --- short sentences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lumatek shares fell 6.6%.",  # a figure is a word
        "Turnout was 61 percent.",
        "Tarvo (TRV) shares rose 4%.",  # ... and an irregular past a verb
    ],
)
def test_a_short_sentence_with_a_figure_is_a_claim(sentence: str) -> None:
    text = f"The vote was held on Sunday in every region. {sentence}"
    assert [c.statement for c in _claims(text)][-1] == sentence


def test_a_short_sentence_without_a_verb_is_still_no_claim() -> None:
    text = "The vote was held on Sunday in every region. Photo 2017 by Tarvo."
    assert len(_claims(text)) == 1
