"""Who speaks for whom, read from the batch's own appositives (consensus.merge.speakers)."""

from __future__ import annotations

import pytest

from consensus.merge.speakers import Speakers, clean_speaker
from consensus.models import Claim

TEXTS = {
    "peter mckenna": [
        "51 were taken to hospital, Peter McKenna, the deputy director of operations for the "
        "London Ambulance Service, said in a statement."
    ],
    "vladimir putin": ["Russian President Vladimir Putin said the troops would be spared."],
    "jane smith": ["Jane Smith said the line would reopen on Monday."],
    "london ambulance service": ["The London Ambulance Service said 51 people were treated."],
    "russia": ["Russia said the troops would be spared."],
    "kevin snow": ["Kevin Snow said everyone was screaming."],
}


def test_a_long_appositive_after_the_name_makes_the_person_speak_for_the_body() -> None:
    # ten words after the name, four of them "of", "for", "the": the body is still read
    index = Speakers(TEXTS)
    assert index.compatible("peter mckenna", "london ambulance service")
    assert index.compatible("vladimir putin", "russia")


def test_the_same_person_written_differently_and_different_people() -> None:
    index = Speakers(TEXTS)
    assert index.compatible("smith", "jane smith")
    assert index.compatible("tan", "executive hock tan")
    assert not index.compatible("kevin snow", "jane smith")
    assert not index.compatible("peter mckenna", "russia")


def test_pronouns_and_time_words_are_no_speakers() -> None:
    assert clean_speaker("they") is None and clean_speaker("today") is None
    assert clean_speaker("mayor says") is None
    assert clean_speaker("london fire brigade") == "london fire brigade"


def test_hyphenated_names_are_displayed_capitalised() -> None:
    from consensus.merge.clusters import _display_name

    assert _display_name("pierre-henry brandet") == "Pierre-Henry Brandet"
    assert _display_name("donald trump") == "Donald Trump"


@pytest.mark.parametrize(
    ("statement", "subject", "speaker"),
    [
        ("People have been asked to avoid the area.", "People", None),
        ("Residents were told to stay indoors.", "Residents", None),
        ("Police are urging people to stay away.", "Police", "police"),
        ("Police said the road was closed.", "Police", "police"),
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_no_speaker(
    statement: str, subject: str, speaker: str | None
) -> None:
    from consensus.merge.features import _build_features
    from consensus.models import Claim, ClaimKind, Evidence

    claim = Claim(
        statement=statement,
        kind=ClaimKind.event,
        subject=subject,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )
    (feat,) = _build_features([("a", 0, claim)])
    assert feat.speaker == speaker


def test_speaker_names_keep_the_casing_the_claims_write():
    from consensus.merge.items import _as_written

    texts = ["On Thursday, the UN Security Council denied port access.", "Mr McKenna said."]
    assert _as_written("Un Security Council", texts) == "UN Security Council"
    assert _as_written("Peter Mckenna", texts) == "Peter McKenna"
    # a word written as shown stays, even beside an emphatic capitalised form
    assert _as_written("Russia", ["RUSSIA will spare them", "Russia said"]) == "Russia"
    assert _as_written("Nhs Trust", ["a trust spokesman"]) == "Nhs Trust"


def test_speaker_names_keep_small_words_and_owners_as_written():
    from consensus.merge.items import _as_written

    texts = [
        "The Institute for Budget Studies said the plan was sound.",
        "The Los Angeles County Coroner's Office said the cause was heart failure.",
    ]
    assert _as_written("Institute For Budget Studies", texts) == "Institute for Budget Studies"
    assert (
        _as_written("Los Angeles County Coroner Office", texts)
        == "Los Angeles County Coroner's Office"
    )
    # a first word stays capitalised; a word the texts also write bare keeps no 's
    assert _as_written("For Example Group", texts) == "For Example Group"
    assert _as_written("Office", ["the Office said", "the Office's view"]) == "Office"


def test_one_speaker_written_two_ways_is_same_speaker() -> None:
    from consensus.merge.speakers import same_speaker

    assert same_speaker("françois hollande", "francois hollande")  # accents
    assert same_speaker("estrosi", "christian estrosi")  # a surname alone
    assert same_speaker("noor mohammad faiz", "noor mohammad fayez")  # a transliteration
    assert same_speaker("police", "british transport police")  # a name's short form
    # compatible, but not one speaker: a person who speaks for a body, the body
    assert not same_speaker("peter mckenna", "london ambulance service")
    assert not same_speaker("jane smith", "john smith")
    assert not same_speaker("kevin snow", "jane smith")
    assert not same_speaker("ministry spokesman", "ministry spokeswoman")  # two genders
    assert same_speaker("ministry spokeswoman", "foreign ministry spokeswoman")


def test_speaker_columns_read_one_speaker_written_two_ways() -> None:
    # the link model's speaker columns: one speaker written two ways is `speaker_same`
    # (it was a clash: the columns compared the names as strings); one who speaks for the
    # other is neither (rule 1 lets such pairs join); two people are a clash
    from consensus.merge.compare import COMPARISONS, ClaimView, PairContext
    from consensus.merge.speakers import speakers_in_scope
    from consensus.vectors import Vectors

    speakers = [
        "françois hollande",
        "francois hollande",
        "christian estrosi",
        "estrosi",
        "peter mckenna",
        "london ambulance service",
        "kevin snow",
        "jane smith",
    ]
    views = [
        ClaimView(article=f"a{k}", statement="The road was closed.", names=frozenset(), speaker=s)
        for k, s in enumerate(speakers)
    ]
    same, clash = COMPARISONS.index("speaker_same"), COMPARISONS.index("speaker_clash")
    pairs = [(0, 1), (2, 3), (4, 5), (6, 7), (0, 0)]
    with speakers_in_scope(Speakers(TEXTS)):
        x = PairContext(views, Vectors.empty()).features(pairs, [0.0] * len(pairs))
    assert x[:, same].tolist() == [1.0, 1.0, 0.0, 0.0, 1.0]
    assert x[:, clash].tolist() == [0.0, 0.0, 0.0, 1.0, 0.0]


def test_a_heading_or_caption_line_above_a_name_is_no_appositive() -> None:
    # a section heading or a photo credit on the line above a sentence is not a title of
    # the name that opens it: two rivals, a witness and a photographer are not one voice
    texts = {
        "acme": [
            "Acme said the bid was final.\nGLOBEX'S DEAL WITH INITECH\nAcme said it would wait.",
            "Globex rejected it.",
        ],
        "globex": ["Globex rejected it."],
        "ann lee": ["Media caption Courtesy of Ann Lee and Bo Chan\nTom Ray said he heard it."],
        "tom ray": ["Media caption Courtesy of Ann Lee and Bo Chan\nTom Ray said he heard it."],
    }
    index = Speakers(texts)
    assert not index.compatible("acme", "globex")
    assert not index.compatible("tom ray", "ann lee")
    # on one line the capitalised run still reads as a title ("Russian President ...")
    assert Speakers(TEXTS).compatible("vladimir putin", "russia")


def test_two_names_joined_by_and_are_no_title_of_the_second() -> None:
    # "the United States and China" names two parties; "Foreign Minister and Deputy Prime
    # Minister Wang Yi" gives one man two titles
    texts = {
        "china": ["Since May, the United States and China have backed the sanctions."],
        "united states": ["The United States said the ship was seized."],
        "wang yi": ["Foreign Minister and Deputy Prime Minister Wang Yi said it was false."],
        "foreign minister": ["The foreign minister said it was false."],
    }
    index = Speakers(texts)
    assert not index.compatible("china", "united states")
    assert index.compatible("wang yi", "foreign minister")


def test_a_description_in_commas_before_the_name_makes_the_person_speak_for_the_body() -> None:
    # "A coast guard spokesman, Captain Ravi Anand, said": the description ends with a title
    texts = {
        "ravi anand": [
            "17:05 GMT - A coast guard spokesman, Captain Ravi Anand, said 47 were rescued."
        ],
        "coast guard spokesman": ["Vessels rescued 47, a spokesman for the coast guard said."],
        "jane smith": ["Her neighbour, Jane Smith, said the boat was crowded."],
        "coast guard": ["The coast guard said 47 were rescued."],
    }
    index = Speakers(texts)
    assert index.compatible("ravi anand", "coast guard spokesman")
    assert index.compatible("ravi anand", "coast guard")
    # a description that is no title ("Her neighbour") speaks for nobody
    assert not index.compatible("jane smith", "coast guard")


def test_a_lower_case_speaker_is_no_surname_of_a_longer_name() -> None:
    # "officials said" is not short for the one "Westland officials" of another article;
    # "Okafor" alone still is "Ada Okafor"
    from consensus.merge.features import _build_features

    def claim(statement: str, speaker: str) -> Claim:
        return _spoken(statement, speaker, subject=speaker)

    feats = _build_features(
        [
            ("a", 0, claim("The tanker remains in custody, officials said.", "officials")),
            ("c", 1, claim("Westland officials said the port was shut.", "Westland officials")),
            ("b", 0, claim("Okafor said the port would reopen.", "Okafor")),
            ("b", 1, claim("Ada Okafor said talks had begun.", "Ada Okafor")),
        ]
    )
    by_statement = {f.claim.statement: f.speaker for f in feats}
    assert by_statement["The tanker remains in custody, officials said."] != "westland officials"
    assert by_statement["Okafor said the port would reopen."] == "ada okafor"


def test_a_name_alone_is_shown_as_a_person_never_as_a_numbered_product() -> None:
    text = (
        "A Brightline Comet 5 rocket failed on Friday, Brightline said. Brightline denied "
        "that it had been warned. Mira Vance said the team would find the fault. Vance "
        "said more."
    )
    index = Speakers({"brightline": [text], "brightline comet": [text], "mira vance": [text],
                      "vance": [text]})  # fmt: skip
    assert "brightline" not in index.full  # "Brightline Comet 5" is what it launched
    assert index.full["vance"] == "mira vance"


def test_a_name_alone_is_never_shown_as_a_product_with_a_model_code() -> None:
    text = (
        "Every bus that burned was a Brightline K40. Brightline denied it had been warned. "
        "Mira Vance said the fleet was checked. Vance said more."
    )
    index = Speakers({"brightline": [text], "brightline k40": [text], "mira vance": [text],
                      "vance": [text]})  # fmt: skip
    assert "brightline" not in index.full  # "Brightline K40" is the model it makes
    assert index.full["vance"] == "mira vance"


def _spoken(statement: str, speaker: str, subject: str = "pier") -> Claim:
    from consensus.models import Claim, ClaimKind, Evidence

    return Claim(
        statement=statement,
        kind=ClaimKind.event,
        subject=subject,
        speaker=speaker,
        evidence=(Evidence(quote=statement, start=0, end=len(statement)),),
    )


def test_a_word_that_is_no_speaker_takes_the_longer_name_of_its_own_article_only() -> None:
    # "officials" in one outlet is not the "harbour officials" another outlet quotes: it
    # stays no speaker (compatible with any), and a named speaker there cannot keep the two
    # outlets' statements of one fact apart; in the article that writes the longer name it
    # is that name
    from consensus.merge.features import _build_features

    entries = [
        ("a", 0, _spoken("The ferry hit the pier at noon, officials said.", "officials")),
        ("b", 0, _spoken("Four were hurt, harbour officials said.", "harbour officials")),
        ("b", 1, _spoken("The pier was closed, officials said.", "officials")),
    ]
    speaker = {(f.article, f.index): f.speaker for f in _build_features(entries)}
    assert speaker[("a", 0)] is None
    assert speaker[("b", 0)] == "harbour officials"
    assert speaker[("b", 1)] == "harbour officials"


def test_a_surname_still_takes_the_batch_full_name() -> None:
    from consensus.merge.features import _build_features

    entries = [
        ("a", 0, _spoken("The pier will reopen, Okafor said.", "Okafor")),
        ("b", 0, _spoken("The pier will reopen soon, Mayor Ada Okafor said.", "Ada Okafor")),
    ]
    speaker = {(f.article, f.index): f.speaker for f in _build_features(entries)}
    assert speaker[("a", 0)] == "ada okafor"


def test_an_owner_or_a_possessive_before_a_title_names_whom_a_person_speaks_for() -> None:
    # "Norland's ambassador, Ada Vance," speaks for Norland; "His lawyer, Tom Bale," is the
    # lawyer the other outlet quotes without his name
    texts = {
        "ada vance": ["Norland's ambassador, Ada Vance, said the decision was provocative."],
        "norland": ["Norland denied that its diplomats had been spying."],
        "tom bale": ["His lawyer, Tom Bale, told reporters he would appeal."],
        "lawyer": ["His lawyer said in a statement that he would appeal."],
        "westland": ["Westland said the talks were over."],
    }
    index = Speakers(texts)
    assert index.compatible("ada vance", "norland")
    assert index.compatible("tom bale", "lawyer")
    assert not index.compatible("ada vance", "westland")
    assert not index.compatible("tom bale", "norland")


def test_a_country_and_its_own_bodies_speak_for_each_other() -> None:
    texts = {
        "norland": ["Norland denied it."],
        "norlandic foreign ministry": ["The Norlandic foreign ministry called it baseless."],
        "tava": ["Tava said the border was open."],
        "tavish officials": ["Tavish officials said the border was open."],
        "tavan ministry": ["The Tavan ministry said the border was open."],
    }
    index = Speakers(texts)
    assert index.compatible("norland", "norlandic foreign ministry")
    assert index.compatible("tava", "tavan ministry")
    # a short name is whole in the longer form: "tava" is no "tavish"
    assert not index.compatible("tava", "tavish officials")


def test_a_title_by_a_bodys_head_noun_speaks_for_that_body_only() -> None:
    # "Union leader Rade Kovac" speaks for "the bakers' union"; "Ruling party leader Jane
    # Roe" never for "the opposition party"
    texts = {
        "rade kovac": ["Union leader Rade Kovac said the company had been warned."],
        "bakers' union": ["The bakers' union said it had warned the company."],
        "jane roe": ["Ruling Party leader Jane Roe said the vote was fair."],
        "opposition party": ["The opposition party said the vote was rigged."],
    }
    index = Speakers(texts)
    assert index.compatible("rade kovac", "bakers' union")
    assert not index.compatible("jane roe", "opposition party")


def test_a_police_rank_speaks_for_the_police() -> None:
    # "Deputy Chief Constable Jane Roe" names no body, but her rank is a police rank: she
    # speaks for "the transport police" another outlet quotes; a passenger does not
    texts = {
        "jane roe": ['Deputy Chief Constable Jane Roe said: "Seven people died."'],
        "transport police": ["Seven people died, the transport police said."],
        "tom bale": ["Tom Bale, a passenger, said seven people died."],
    }
    index = Speakers(texts)
    assert index.compatible("jane roe", "transport police")
    assert not index.compatible("tom bale", "transport police")


def test_a_spokesman_speaks_for_the_body_named_before_the_title() -> None:
    # "ministry spokesman" is the voice of "the foreign ministry"; "Nato spokesperson" and
    # "Nato spokesman" are one body's voice; never another body's
    index = Speakers({})
    assert index.compatible("ministry spokesman", "foreign ministry")
    assert index.compatible("nato spokesperson", "nato spokesman")
    assert not index.compatible("ministry spokesman", "nato")
    assert not index.compatible("police spokesman", "london fire brigade")
    assert not index.compatible("ministry spokesman", "nato spokesperson")


def test_a_lower_case_body_before_a_title_names_the_body() -> None:
    # "<body> spokeswoman <name>" and "<body> chief executive <name>" in lower case: the noun
    # before the title is the body the person speaks for; a speech verb there is no body
    texts = {
        "ada venn": ['"It was a mistake," syndicate spokeswoman Ada Venn told reporters.'],
        "syndicate": ["The syndicate said the line was cut."],
        "tomas ruel": ["Guild chief executive Tomas Ruel rejected the charge."],
        "guild spokesman": ["A guild spokesman said there was no bias."],
        "ivo pask": ['"We disagree," said spokesman Ivo Pask.'],
        "said": ["The board said nothing."],
    }
    index = Speakers(texts)
    assert index.compatible("ada venn", "syndicate")
    assert index.compatible("tomas ruel", "guild spokesman")
    assert "said" not in index.context["ivo pask"]
    assert not index.compatible("ada venn", "tomas ruel")


def test_one_appositive_that_names_the_body_is_enough() -> None:
    # two mentions ("Club chairman", "Rovers chairman"): the second alone names the club
    texts = {
        "jan osk": [
            "Club chairman Jan Osk accused the league. Rovers chairman Jan Osk was charged."
        ],
        "tarnby rovers": ["Tarnby Rovers said they would appeal."],
        "tarnby city": ["Tarnby City said nothing."],
    }
    index = Speakers(texts)
    assert index.compatible("jan osk", "tarnby rovers")
    assert not index.compatible("jan osk", "tarnby city")


def test_a_chair_speaks_for_the_body_named_before_the_title() -> None:
    # "chair" is a title as "chairman" and "chairwoman" are: "Commission chair Mira Tal"
    # speaks for "the electoral commission"; "Party chair Ola Brin" never for "the commission"
    texts = {
        "mira tal": ["Commission chair Mira Tal rejected the claims of fraud."],
        "electoral commission": ["The electoral commission rejected the claims of fraud."],
        "ola brin": ["Party chair Ola Brin said the count was rigged."],
    }
    index = Speakers(texts)
    assert index.compatible("mira tal", "electoral commission")
    assert not index.compatible("ola brin", "electoral commission")
