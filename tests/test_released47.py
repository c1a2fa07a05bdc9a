"""Session 47 (released47): what the six clusters released from session 40's held-out set
showed, in invented text.

A pronoun speaker after a name set beside a possessed noun ("In a statement issued through
his agent, Lumen Artists, he said ..."): the name is the agent of whoever "his" is, so "he"
is the person the story follows, never the agent (consensus/offline/listeners.py
`owned`, read beside `addressed` for a pronoun's antecedents in its own clause;
speakers47 built the same reading, merged first).
A name in the clause with no possessed noun before it stays the pronoun's antecedent.

A month told of "that year" ("says he found it in April that year") is in a year the text
named before, not the last April up to publication: no period (consensus/merge/periods.py
`_IN_MONTH`), so it no longer makes a date conflict with the same month of the year the
other outlet names ("in April 2019"). A bare month still reads as the last one.

Digits right after the word "number" ("broke into number 14 Vale Road", "the warrant was for
number 41, a house ...") name a numbered thing, they count nothing: no figure
(consensus/merge/figure_names.py `identifier`), so a house number never makes a figure
point against a count of houses. "The number of dead rose to 47" keeps its count.

A fifth or a tenth of a whole told in words is a share ("four-fifths of the hull" says
what "80 percent of the hull" says: consensus/merge/figure_shares.py), as halves, thirds
and quarters were; "a fifth" with no whole after it ("a fifth day") stays no figure.
"""

from __future__ import annotations

import datetime as dt
import time

from consensus.ingest import parse_text
from consensus.merge.figures import figures
from consensus.merge.periods import period_named
from consensus.offline import extract_offline
from consensus.offline.listeners import _OWNED_BEFORE, owned

LEAD = "Tobias Wren, a painter, was accused on Monday of copying a rival's seascape.\n\n"


def _speakers(body: str, words: str) -> list[str | None]:
    article = parse_text(LEAD + body, id="probe", title="Probe")
    return [c.speaker for c in extract_offline(article).claims if words in c.statement]


def test_a_possessed_nouns_named_appositive_is_not_the_pronouns_speaker() -> None:
    body = (
        "Wren rejected the accusation. In a statement issued through his agent, Lumen "
        'Artists, he said he had "never seen the other canvas" before the show opened.'
    )
    assert _speakers(body, "never seen the other canvas") == ["Tobias Wren"]


def test_her_possessed_noun_too() -> None:
    body = (
        "Mara Quist, the gallery owner, stood by the show. Speaking through her lawyer, "
        'Corin Hale, she said the paintings were "plainly different" in style.'
    )
    assert _speakers(body, "plainly different") == ["Mara Quist"]


def test_a_name_with_no_possessed_noun_before_it_stays_the_antecedent() -> None:
    body = (
        "Wren rejected the accusation. For Elsa Brandt, who curated the show, the row was "
        'unfair, she said, calling the two works "nothing alike" in their colours.'
    )
    assert _speakers(body, "unfair") == ["Elsa Brandt"]


def test_owned_reads_only_the_possessed_appositive() -> None:
    clause = "Through his agent, Lumen Artists, he said"
    assert owned(clause, clause.index("Lumen"))
    plain = "Through the agency Lumen Artists, he said"
    assert not owned(plain, plain.index("Lumen"))


def test_the_possessed_pattern_is_linear_on_a_huge_token() -> None:
    text = "his " + "a" * 200_000 + " b" * 50_000
    t0 = time.perf_counter()
    assert _OWNED_BEFORE.search(text) is None
    assert time.perf_counter() - t0 < 1.0


PUBLISHED = dt.date(2026, 11, 20)


def test_a_month_of_that_year_is_no_period_of_the_publication_year() -> None:
    assert period_named("Ivo Lark says he dug it up in June that year.", PUBLISHED) is None
    assert period_named("It was moved in March of the same year.", PUBLISHED) is None


def test_a_bare_month_and_a_month_with_its_year_keep_their_period() -> None:
    assert period_named("Ivo Lark says he dug it up in June.", PUBLISHED) == "m:2026-06"
    assert period_named("Ivo Lark says he dug it up in June 2018.", PUBLISHED) == "m:2018-06"
    assert period_named("It shut in March last year.", PUBLISHED) == "m:2025-03"


def test_the_period_patterns_are_linear_on_a_huge_token() -> None:
    t0 = time.perf_counter()
    assert period_named("in April " + "that " * 40_000, PUBLISHED) == "m:2026-04"
    assert time.perf_counter() - t0 < 1.0


def test_digits_after_the_word_number_are_a_label() -> None:
    assert not figures("Bailiffs broke into number 14 Vale Road at dawn.")
    assert not figures("The order they held was for number 41, a house down the road.")
    assert [f.value for f in figures("She has lived at number 14 for 38 years.")] == [38.0]


def test_a_count_of_the_number_stays_a_figure() -> None:
    assert [f.value for f in figures("The number of dead rose to 47.")] == [47.0]
    assert [f.value for f in figures("Police put the number at 47.")] == [47.0]
    assert [f.value for f in figures("Bailiffs broke into 14 houses at dawn.")] == [14.0]


def test_the_number_label_is_linear_on_a_huge_token() -> None:
    t0 = time.perf_counter()
    assert not figures("number " + "9" * 200_000)
    assert time.perf_counter() - t0 < 2.0


def test_fifths_and_tenths_of_a_whole_are_shares() -> None:
    assert [f.value for f in figures("Roughly four-fifths of the hull is intact.")] == [80.0]
    assert [f.value for f in figures("A tenth of the crew fell ill.")] == [10.0]


def test_a_fifth_with_no_whole_is_no_share() -> None:
    assert not figures("The talks went into a fifth day.")
