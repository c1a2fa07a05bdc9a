"""Session 62 (released62): causes read in session 55's six released clusters.

- "The Guild of Harbour Pilots said ... Pilots at Norvale Marine are being sent back to
  work." A body's name that opens "<noun> of ..." is headed by that noun (a guild), not by
  the last word of its complement (pilots): the company whose staff a text calls "pilots at
  Norvale" is no voice of it (consensus/merge/speakers.py `_head_word`). Read as one
  voice, the two sides of a count dispute ("412 flights" / "the true figure is 37") were
  one side's, and the figure answer was never made.
- So "Guild secretary Jan Roe" now speaks for "the Guild of Harbour Pilots" (its head, not
  its last word, is the title's noun); a head written last still heads its name ("Union
  leader Ivo Marek" speaks for "the miners' union").
- "The Harbour Standards Board said it was opening an inquiry into Norvale's rosters, ...
  at the airline's base. Its chief executive, Ada Quist, said": an "Its" opening a sentence
  points back at the capitalised body the sentence before opened on, not at the last name
  written (consensus/merge/owned_titles.py `_SUBJECT_NAME`); after a sentence opened on no
  name it still means the nearest name.
"""

from __future__ import annotations

from consensus.merge.speakers import Speakers

_GUILD = (
    "The Guild of Harbour Pilots said on Tuesday that Norvale Marine had rostered crews "
    "on 412 sailings without rest. Norvale says the true figure is 37."
)
_STAFF = "Pilots at Norvale Marine are being sent back to work, their guild says."


def test_staff_named_by_the_complement_are_no_voice_of_the_guild() -> None:
    index = Speakers({"guild of harbour pilots": [_GUILD], "norvale": [_GUILD, _STAFF]})
    assert not index.compatible("guild of harbour pilots", "norvale")


def test_the_head_before_of_still_makes_an_officer_the_guilds_voice() -> None:
    text = "Guild secretary Jan Roe said 412 sailings broke the rules."
    index = Speakers({"guild of harbour pilots": [_GUILD], "jan roe": [text]})
    assert index.compatible("jan roe", "guild of harbour pilots")


def test_a_head_written_last_still_heads_the_name() -> None:
    text = "Union leader Ivo Marek said the pits were unsafe."
    index = Speakers({"miners' union": ["The miners' union called a strike."], "ivo marek": [text]})
    assert index.compatible("ivo marek", "miners' union")


_REGULATOR = (
    "The Harbour Standards Board said it was opening an inquiry into Norvale's rosters, with "
    "inspectors due at the airline's Carrick base on Monday. Its chief executive, Ada Quist, "
    "said the inquiry would report within eight weeks."
)


def test_its_opening_a_sentence_points_back_at_the_named_subject_before() -> None:
    index = Speakers(
        {
            "harbour standards board": [_REGULATOR],
            "norvale": [_REGULATOR],
            "carrick": [_REGULATOR],
            "ada quist": [_REGULATOR],
        }
    )
    assert index.compatible("ada quist", "harbour standards board")
    assert not index.compatible("ada quist", "norvale")


def test_its_after_a_sentence_opened_on_no_name_means_the_nearest_name() -> None:
    text = (
        "Inspectors from the Harbour Standards Board will visit Norvale on Monday. Its chief "
        "executive, Ada Quist, said the airline would co-operate."
    )
    index = Speakers({"harbour standards board": [text], "norvale": [text], "ada quist": [text]})
    assert index.compatible("ada quist", "norvale")
    assert not index.compatible("ada quist", "harbour standards board")
