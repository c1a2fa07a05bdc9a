"""Speakers on crawled news (offline-123): people quoted by an indefinite description ("An
American witness said", "A journalist for X said", "A man who gave his name as Olav"), a
quotation after a speaker's sentence whose last clause the extractor splits off, a quotation
a colon introduces after a clause with no verb of saying, and appositives and adverbs between
a speaker and its verb. Invented sentences only."""

from __future__ import annotations

from consensus.offline.sentences import _quote_regions
from consensus.offline.subject_speech import subject_speaks
from consensus.offline.unnamed_people import unnamed_person
from tests.test_offline_narrative_persons import _speaker_of


def test_a_quotation_whose_paragraph_breaks_were_lost_keeps_its_speaker() -> None:
    # one line holding three quoted paragraphs: each opens with a mark, only the last closes
    text = (
        "Tomas Rydell, a ferry engineer, was on the upper deck when the hull struck the rocks. "
        'He said: "I was barely ten metres from the rail. I held on to a post. '
        '"I should not have looked down. What I saw was horrible. '
        '"The water came over the side and people were thrown against the benches."\n'
        "The port authority said the ferry had been inspected in March."
    )
    assert _speaker_of(text, "should not have looked down") == "Tomas Rydell"
    assert _speaker_of(text, "What I saw was horrible") == "Tomas Rydell"
    assert _speaker_of(text, "water came over the side") == "Tomas Rydell"


def test_a_lost_paragraph_break_closes_the_quotation_before_it() -> None:
    text = 'He said: "We ran. "It was horrible."'
    regions = _quote_regions(text, 0, len(text))
    assert [text[a : b + 1] for a, b in regions] == ['"We ran.', '"It was horrible."']
    # a closing mark after a stop, or a mark before a lower-case word, reopens nothing
    text = 'She said "yes." "No," he replied, "not today."'
    assert len(_quote_regions(text, 0, len(text))) == 3


def test_indefinite_descriptions_of_people_name_their_kind() -> None:
    assert unnamed_person("An American witness") == "American witness"
    assert unnamed_person("One eyewitness who works for the city council") == "eyewitness"
    assert unnamed_person("A journalist for Agence Nordique") == "Agence Nordique journalist"
    assert unnamed_person("A police source") == "police source"
    assert unnamed_person("A man who gave his name as Olav") == "Olav"
    assert unnamed_person("The witness") is None  # points back: other rules
    assert unnamed_person("A man") is None  # nobody in particular
    assert unnamed_person("A spokesman for the port") is None  # read by the role rules


def test_an_unnamed_witness_is_the_he_of_the_next_quotation() -> None:
    text = (
        "The ferry ran aground near Skarholm on Sunday night.\n"
        'An American witness said the ferry was "going far too fast" as it neared the rocks.\n'
        '"It seemed like an accident at first, but the captain never slowed," he told '
        "Radio Nord.\n"
        "A man who gave his name as Olav, working at a kiosk on the quay, said the lights "
        "went out at about 10 p.m.\n"
        '"Everyone started running to the stairs," he said.'
    )
    assert _speaker_of(text, "never slowed") == "American witness"
    assert _speaker_of(text, "started running") == "Olav"


def test_a_quotation_after_a_split_speaker_sentence_is_the_speakers() -> None:
    # "X said A is clear and has not changed." is cut into two claims; the quotation after
    # it is still X's
    text = (
        "Colonel Ivar Lund spoke to reporters on Thursday.\n"
        "Lund said the army's position is clear and has not changed. "
        '"We will keep every patrol on the border until the talks resume."'
    )
    assert _speaker_of(text, "keep every patrol") in ("Lund", "Ivar Lund")


def test_a_colon_after_a_clause_gives_the_quotation_to_its_subject() -> None:
    text = (
        "The ferry Nordlys ran aground near Skarholm on Sunday night.\n"
        "Harbour Master Ivar Lund visited the quay on Monday.\n"
        'Harbour Master Ivar Lund paid tribute on Twitter: "Our thoughts are with the crew '
        'and their families tonight."\n'
        'Asked about the fire, the boy later added : "The lights went out first."\n'
        'It read: "Keep away from the quay until further notice."'
    )
    assert (_speaker_of(text, "thoughts are with the crew") or "").endswith("Ivar Lund")
    assert _speaker_of(text, "Keep away from the quay") is None  # "It" names nobody


def test_subject_speaks_reads_the_subject_of_the_clause() -> None:
    found = subject_speaks('In a late interview, Jane Roe hit back: "We were never told."')
    assert found is not None and found[0] == "Jane Roe"
    assert subject_speaks('He ended by saying: "We will rebuild."') is not None
    assert subject_speaks('The headline: "Ferry runs aground".') is None
    assert subject_speaks("Jane Roe hit back: the firm was never told.") is None  # no quotation
    found = subject_speaks(
        "The Skarholm Ledger, a state-run newspaper, followed up with an account of the "
        "meeting, noting that she had left early."
    )
    assert found is not None and found[0] == "The Skarholm Ledger"
    found = subject_speaks(
        "Hours later, the Nordlys Channel, which analysts tie to the crew, issued a "
        'directive: "Share the video."'
    )
    assert found is not None and found[0] == "the Nordlys Channel"


def test_an_appositive_without_an_article_after_a_trailing_speaker() -> None:
    text = (
        "Ivar Lund, the harbour master, said the ferry was inspected in March.\n"
        '"All my thoughts are with the crew of the Nordlys," Lund, former mayor of '
        "Skarholm, tweeted on Monday."
    )
    assert _speaker_of(text, "thoughts are with the crew") == "Ivar Lund"


def test_a_platform_between_the_verb_and_an_inverted_speaker() -> None:
    text = (
        "The ferry Nordlys ran aground near Skarholm on Sunday night.\n"
        '"Stay at home tonight, more information will follow," wrote on Facebook Ivar Lund, '
        "mayor of Skarholm."
    )
    assert _speaker_of(text, "Stay at home tonight") == "Ivar Lund"


def test_a_manner_adverb_between_a_body_and_its_verb() -> None:
    text = (
        "Nordlys Lines made a new offer for the port on Monday.\n"
        'The board unanimously rejected the earlier offer, saying it "undervalues the port".'
    )
    assert _speaker_of(text, "rejected the earlier offer") == "board"


def test_another_after_an_unnamed_kind_is_someone_else_of_that_kind() -> None:
    text = (
        "The ferry Nordlys ran aground near Skarholm on Sunday night.\n"
        'One witness said: "The ferry came in far too fast."\n'
        'Another revealed: "The captain never slowed down."\n'
        "Ivar Lund, the harbour master, said the ferry was inspected in March.\n"
        'Another added: "We will rebuild."'
    )
    assert _speaker_of(text, "captain never slowed") == "witness"
    assert _speaker_of(text, "We will rebuild") is None  # after a named person: nobody


def test_a_possessive_role_before_a_name_in_a_trailing_attribution() -> None:
    text = (
        "The Skarholm Ferry Union called a strike on Monday.\n"
        '"We came to talk, not to fight," its organiser Dagny Moe told the Ledger. '
        '"Whoever broke the windows has handed the company the pictures it wanted."'
    )
    assert _speaker_of(text, "We came to talk") == "Dagny Moe"
    assert _speaker_of(text, "handed the company the pictures") == "Dagny Moe"


def test_a_name_with_a_particle_before_the_surname_is_one_person() -> None:
    from consensus.offline.name_particles import particle_name

    assert particle_name("Abu Karim al-Hasani")
    assert particle_name("Greta van der Berg")
    assert not particle_name("Bank of England")
    text = (
        "The group urged its followers to attack the port.\n"
        '"Burn their ships and their warehouses," the group\'s spokesman, Abu Karim '
        "al-Hasani, said in a recording."
    )
    assert _speaker_of(text, "Burn their ships") == "Abu Karim al-Hasani"


def test_the_young_man_after_an_unnamed_witness_is_that_witness() -> None:
    from consensus.offline.unnamed_people import plain_person

    assert plain_person("the young man") and plain_person("The woman")
    assert not plain_person("the man's lawyer")
    text = (
        "Police shot a man on Harbour Avenue on Friday night.\n"
        "Another witness, a 19-year-old who works at a kiosk on the avenue, said the man "
        'was holding something dark.\n"He kept shouting that he had done nothing," the '
        "young man said."
    )
    assert _speaker_of(text, "kept shouting") == "witness"


def test_called_on_someone_to_act_is_an_appeal_its_subject_makes() -> None:
    text = (
        "The ferry union walked out of the talks on Monday.\n"
        "Harbour minister Ivar Lund called on the union to return to the table by Friday.\n"
        'The union called the offer "an insult".'
    )
    assert (_speaker_of(text, "return to the table") or "").endswith("Ivar Lund")
    assert _speaker_of(text, "an insult") is None  # a verb of naming stays unread
