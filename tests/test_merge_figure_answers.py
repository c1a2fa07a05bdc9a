"""A figure that answers the figure told just before it in its article ("Police put the
number at 4,000") gives that count another value: a quantity conflict, though the two
claims of one article are never a candidate pair (consensus.merge.figure_answers; issue 8,
session 18). Invented text."""

from __future__ import annotations

from dataclasses import replace

from test_merge_timed_acts import _report

from consensus.merge.features import _build_features
from consensus.merge.figure_answers import _PUTS_BACK, figure_answers
from consensus.merge.figures import figures
from consensus.models import Article, Citation
from consensus.offline import extract_offline

OTHER = (
    "Two officers shot a man dead in Brellport on Friday night. The officers were put on "
    "leave, the police department said."
)
SHOTS = (
    "A man was shot dead by two officers in Brellport on Friday night. The police "
    "department said the officers fired four shots between them. Neighbours interviewed "
    "by the Courier have put the number at nine or more. The officers were put on leave."
)


def _points(text: str, other: str = OTHER) -> list[set[str]]:
    """The words of each contested point's positions."""
    report = _report(text, other)  # (a second article: a batch of no pairs has no edges)
    return [{w for pos in p.positions for w in pos.statement.split()} for p in report.contested]


def test_what_points_back() -> None:
    assert _PUTS_BACK.search("Police put the number at 4,000")
    assert _PUTS_BACK.search("The charity puts the figure at 30 or more.")
    assert _PUTS_BACK.search("Analysts estimated the total at $2 billion.")
    assert not _PUTS_BACK.search("Police put the crowd at 60,000")  # (names its slot)
    assert not _PUTS_BACK.search("The officers were put on leave.")


def test_the_report_contests_the_count_of_shots() -> None:
    points = _points(SHOTS)
    assert any({"four", "nine"} <= words for words in points), points


def test_an_equal_or_overlapping_figure_or_no_pointing_back_is_no_answer() -> None:
    for text in (
        "The department said the officers fired four shots. Witnesses put the number at four.",
        "The department said the officers fired about 40 shots. Witnesses put the number at 42.",
        "The department said the officers fired four shots. Witnesses said they heard nine.",
    ):
        assert not _points(text), text


def test_a_count_with_no_speaker_is_answered_too() -> None:
    text = (
        "The river burst its banks on Monday, and by Tuesday evening 12 people had been "
        "confirmed dead. The aid group Hollow Reach puts the figure at 25 or more."
    )
    other = "The river burst its banks on Monday, flooding the regional capital's old town."
    points = _points(text, other)
    assert any({"12", "25"} <= words for words in points), points


def test_a_speakers_own_count_before_is_no_answer() -> None:
    text = (
        "Harbour police said 40 people were detained on Saturday. Harbour police later put "
        "the number at 52."
    )
    assert not _points(text)


# session 35 (disputes35): a second account that names the quantity ("puts the rise at"),
# or gives "the figure" itself in someone's words, answers the figure told just before it
RISE = (
    "Tenants in Calder Vale face steep increases this year. The tenants' union said rents "
    "had risen 14 percent since 2021. A housing charity, Roofline, puts the rise at nearer "
    "8 percent."
)
RISE_OTHER = "Tenants in Calder Vale face steep increases this year, a tenants' union said."
REPAIRS = (
    "The footbridge over the Marrow has been shut since the storm. The mayor, Ines Gall, "
    "has put the repair cost at no less than £3m. An engineer who inspected the bridge said "
    "the final figure was likely to be closer to £7m."
)
REPAIRS_OTHER = "The footbridge over the Marrow has been shut since the storm, the council said."


def test_what_names_the_quantity_or_gives_the_figure() -> None:
    from consensus.merge.figure_answers import _answer_kind

    assert _answer_kind("A housing charity puts the rise at nearer 8 percent.") == "named"
    assert _answer_kind("Analysts put the annual shortfall at $40m.") == "named"
    assert _answer_kind("The engineer said the final figure was likely to be £7m.") == "was"
    assert _answer_kind("The group says the toll will cost drivers £900 a year.") == ""
    assert _answer_kind("The final figure was £7m.") == ""  # (no one's words)
    assert _answer_kind("Officials said the toll is now 14.") == ""  # (an update)
    assert _answer_kind("The charity said rents rose 8 percent.") == ""


def test_a_named_estimate_contests_the_figure_before_it() -> None:
    points = _points(RISE, RISE_OTHER)
    assert any({"14", "8"} <= words for words in points), points


def test_the_final_figure_in_someones_words_contests_the_estimate_before_it() -> None:
    points = _points(REPAIRS, REPAIRS_OTHER)
    assert any({"£3m.", "£7m."} <= words for words in points), points


def test_a_named_estimate_of_another_quantity_is_no_answer() -> None:
    for text in (
        # the charity estimates another quantity (the vacancy rate), not the rise
        "The tenants' union said rents had risen 14 percent since 2021. A housing charity, "
        "Roofline, puts the vacancy rate at 3 percent.",
        # the toll moved on: an update
        "Police said 12 people had died. Hospital staff said the final toll was now 14.",
        # one side's own second figure
        "The tenants' union said rents had risen 14 percent since 2021. The tenants' union "
        "puts the rise at 16 percent in the city centre.",
    ):
        assert not _points(text, RISE_OTHER), text


def _cite(text: str, statement: str) -> Citation:
    start = text.index(statement)
    return Citation(article="a0", quote=statement, start=start, end=start + len(statement))


def _answers(text: str) -> dict[int, int]:
    """Each answering claim of one article -> the claim it answers (`figure_answers`)."""
    article = Article(id="a0", text=text)
    # (a role beside a name is a claim in other words, `role_facts`: not read here)
    found = [c for c in extract_offline(article).claims if c.statement in text]
    claims = [(article.id, k, c) for k, c in enumerate(found)]
    feats = [  # (each claim cites its own statement, as grounding would)
        replace(f, citations=(_cite(text, f.claim.statement),)) for f in _build_features(claims)
    ]
    got = figure_answers(feats, [figures(f.claim.statement) for f in feats])
    return {b: k for b, (k, _, _) in got.items()}


def test_the_figure_answers_only_the_claim_just_before_it() -> None:
    loan = (
        "The finance minister, Ada Ruel, said the state would borrow £2 billion from its "
        "creditors this year."
    )
    between = " The opposition said the government had misled voters about the reserves."
    true = " An economist at Halden University said the true figure was closer to £9 billion."
    assert _answers(loan + true) == {1: 0}  # (told just after the loan, it answers it)
    assert not _answers(loan + between + true)  # (the true figure of the reserves)
