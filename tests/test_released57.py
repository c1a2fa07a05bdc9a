"""Session 57 (released57): what session 50's six released blind clusters showed, in invented
text.

- A clause with no speaker that opens on a bare name ("Brindle disputes almost every part of
  that.") names the body a following "the company says" points back at
  (consensus/offline/story_follow.py `_bare_subject`, as `short_subject` does for a sentence
  too short to hold a claim): "the company" was nobody's name, so a speakers veto kept its
  claim from the same firm's "Brindle says ..." in another outlet. A name the text has given
  "he" or "she", or a person's full name, stays a person.
- "normally" after a verb's -ing form tells how, not how often
  (consensus/merge/claim_reads.py `habitual`): "the whole radar system was working
  normally" was read as a habitual statement, and the habitual veto kept it from "The radar
  system was not out of service" in another outlet.
"""

from __future__ import annotations

from test_released56 import _speaker_of, _speakers


def test_the_company_after_a_clause_opening_on_a_bare_name_is_that_name() -> None:
    text = (
        "The Harbour Safety Board fined Brindle Freight $1.2m on Monday for dumping waste "
        "at Kell Quay. Brindle disputes almost every part of that ruling. The company says "
        "the barge released no more than 300 tonnes at Kell Quay. Brindle has said it will "
        "appeal the fine."
    )
    assert _speaker_of(_speakers(text), "300 tonnes") == "Brindle"


def test_the_company_after_a_full_personal_name_stays_unread() -> None:
    text = (
        "The Harbour Safety Board fined Brindle Freight $1.2m on Monday for dumping waste "
        "at Kell Quay. Tomas Varga disputes almost every part of that ruling. The company "
        "says the barge released no more than 300 tonnes at Kell Quay. Varga has said he "
        "will appeal the fine."
    )
    assert _speaker_of(_speakers(text), "300 tonnes") != "Tomas Varga"


def test_normally_after_an_ing_verb_tells_how_not_how_often() -> None:
    from consensus.merge.claim_reads import habitual

    assert not habitual("The port insists the whole radar system was working normally.")
    # what stays: the adverb before its verb, or after a plain form, still tells how often
    assert habitual("The ferry terminal normally handles about 9,000 cars a day.")
    assert habitual("The plant is normally operating at half capacity.")
