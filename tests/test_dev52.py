"""Session 52 (dev52): a relative clause whose verb is in the present is a part.

`clause_cuts.clause_spans` keeps a clause as a part when it holds a verb form its endings or
closed lists show (a finite auxiliary, an irregular past, an -ed / -ing form). A relative
clause in the present ("which acts as the group's news wire", "who lives near the
harbour") showed none, so the fact it states was never a part and backed no other origin's
item. The first word after a "which" / "who" lead is that clause's verb unless it is a
closed word ("which he said ...", "who the police named ..."). The sentences are invented.
"""

from __future__ import annotations

import pytest

from consensus.merge.clause_cuts import clause_spans


def _parts(quote: str) -> list[str]:
    return [quote[a:b] for a, b in clause_spans(quote)]


@pytest.mark.parametrize(
    ("quote", "part"),
    [
        (
            "The Harbour Wire, which acts as the movement's news service and was the first "
            "to report the raid, made no mention of the arrests",
            "acts as the movement's news service",
        ),
        (
            "The ferry was boarded by a retired teacher, who lives near the old harbour with "
            "her two sons, shortly before it left",
            "lives near the old harbour with her two sons",
        ),
        (
            "Regulators fined the lender on Monday, which also owns a stake in three "
            "regional insurers across the north",
            "owns a stake in three regional insurers across the north",
        ),
    ],
)
def test_a_relative_clause_in_the_present_is_a_part(quote: str, part: str) -> None:
    assert part in _parts(quote)


@pytest.mark.parametrize(
    ("quote", "not_part"),
    [
        # a closed word after the relative pronoun: its verb (if any) is further on
        (
            "The minister opened the new bridge on Friday, which the opposition for its "
            "part, in a long statement",
            "the opposition for its part",
        ),
        # no relative lead: a verbless apposition stays no part
        (
            "The first suspect was charged with fraud on Wednesday, a 29-year-old man from "
            "the eastern district",
            "a 29-year-old man from the eastern district",
        ),
        # a capitalised word after "who" is a name, not a verb
        (
            "The council approved the emergency budget on Tuesday, who Mayor Grant of the "
            "northern ward",
            "Mayor Grant of the northern ward",
        ),
    ],
)
def test_no_part_without_a_relative_verb(quote: str, not_part: str) -> None:
    assert not any(not_part in p for p in _parts(quote))


def test_a_relative_clause_in_the_present_takes_its_antecedent() -> None:
    from test_merge import claim

    from consensus.merge.clause_cuts import clause_claims
    from consensus.merge.clause_subjects import with_subject

    text = (
        "The Harbour Wire, which acts as the movement's news service and was the first to "
        "report the raid, made no mention of the arrests."
    )
    whole = claim(text, text, text)
    part = next(p for p in clause_claims(whole) if p.statement.startswith("Acts"))
    assert with_subject(part, whole) == "The Harbour Wire acts as the movement's news service."
    # a clause with a subject of its own keeps its words
    other = next(p for p in clause_claims(whole) if p.statement.startswith("Made"))
    assert with_subject(other, whole).startswith("The Harbour Wire made no mention")
