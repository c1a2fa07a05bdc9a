"""Session 60 (bodyofficer60): a body and its own officer, told by the article itself.

- "The union tells a different story. Its president, Nadia Berg, said ...": the opening
  "Its" of the description points back at the body the sentence before opened on, written
  in lower case after "The" ("The union", "The embassy's line"), when that body speaks in
  the batch (or its spokesperson does: "a union spokesman"); the person then speaks for it
  (consensus/merge/owned_titles.py `_kind_openers`, `_opened_on`). The last capitalised
  name before the description is not the owner then ("The council has hit back at Acme.
  Its head of legal services, ...": the council's, not Acme's).
- A sentence between them, a new paragraph, or a body the batch never gives words to
  makes no such tie.
- A body named with a plural owner's mark ("The Bakers' Guild said ... . Its chairman,
  ...") is found though the speaker index's name drops the mark ("bakers guild").
- A hyphened title holds its title word ("Its secretary-general, Ola Brenn,").
"""

from __future__ import annotations

from consensus.merge.speakers import Speakers

_UNION = (
    "The airline says talks broke down. The union tells a different story. Its president, "
    "Nadia Berg, said no final offer was ever put in writing."
)
_COUNCIL = (
    "The council has hit back at Acme Print. Its head of legal services, Jan Roe, said the "
    "email was not the final word."
)


def test_its_title_after_a_lower_case_body_speaks_for_it() -> None:
    index = Speakers({"nadia berg": [_UNION], "union": ["The union said it would strike."]})
    assert index.compatible("nadia berg", "union")


def test_the_body_opened_on_wins_over_the_last_name_written() -> None:
    index = Speakers(
        {
            "jan roe": [_COUNCIL],
            "acme print": [_COUNCIL],
            "council spokesperson": ["A council spokesperson said corrections were sent."],
        }
    )
    assert index.compatible("jan roe", "council spokesperson")
    assert not index.compatible("jan roe", "acme print")


def test_a_sentence_between_makes_no_tie() -> None:
    text = (
        "The union tells a different story. The talks had lasted a week. Its president, "
        "Nadia Berg, said no final offer was made."
    )
    index = Speakers({"nadia berg": [text], "union": ["The union said it would strike."]})
    assert not index.compatible("nadia berg", "union")


def test_a_new_paragraph_makes_no_tie() -> None:
    text = "The union tells a different story.\n\nIts president, Nadia Berg, said no offer came."
    index = Speakers({"nadia berg": [text], "union": ["The union said it would strike."]})
    assert not index.compatible("nadia berg", "union")


def test_a_body_that_never_speaks_is_no_owner() -> None:
    index = Speakers({"nadia berg": [_UNION], "airline": ["The airline said it was fair."]})
    assert not index.compatible("nadia berg", "airline")


def test_hyphened_title_holds_its_title_word() -> None:
    text = "Norvik Rowing Federation confirmed the vote. Its secretary-general, Ola Brenn, said so."
    index = Speakers({"ola brenn": [text], "norvik rowing federation": [text]})
    assert index.compatible("ola brenn", "norvik rowing federation")


def test_a_plural_owner_name_opened_on_is_the_owner() -> None:
    text = (
        "The Bakers' Guild said the closure could have been avoided. Its local chairman, Rune "
        "Aas, said the ovens had been idle since May."
    )
    index = Speakers({"rune aas": [text], "bakers guild": ["The guild said it would appeal."]})
    assert index.compatible("rune aas", "bakers guild")
