"""A cut claim shown with the attribution its sentence gives it (session 72, report72,
`consensus/said_frames.py`): "19 flights had been diverted." -> "The port said 19 flights had
been diverted."; the citation, the id and the verdict stay as merged. Invented texts."""

from __future__ import annotations

from consensus.models import Article, Citation, Item, Position, Report, ReportArticle
from consensus.said_frames import said_frames, with_frame

TEXT = (
    "The ferry hit the pier on Monday. The port said 12 sailings had been cancelled, most of "
    "them to the islands. Nobody was hurt and no car was damaged, the operator said. "
    "Police said on Tuesday that the captain was sober. She said the ramp would be rebuilt. "
    "According to the coastguard, the tide was unusually low. The hull was dented and the "
    "crew said the engine failed. A surveyor who saw it and the mayor said the pier was old."
)


def _item(quote: str, statement: str | None = None, speakers: tuple[str, ...] = ()) -> Item:
    start = TEXT.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    return Item(
        id="s-1",
        kind="event",
        origins=1,
        statement=statement if statement is not None else quote[:1].upper() + quote[1:] + ".",
        sources=("a",),
        speakers=speakers,
        citations=(cite,),
        rule="single source: one origin",
    )


def _shown_in(text: str, quote: str) -> str:
    """The statement shown for an item whose one citation is `quote` in `text`, stated as it
    is cut."""
    start = text.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    item = _item("12 sailings had been cancelled")
    item = item.model_copy(update={"statement": quote + ".", "citations": (cite,)})
    return with_frame(item, {"a": text})


def _shown(quote: str, statement: str | None = None, speakers: tuple[str, ...] = ()) -> str:
    return with_frame(_item(quote, statement, speakers), {"a": TEXT})


def test_an_attribution_before_the_cut_clause_is_shown_with_it() -> None:
    assert (
        _shown("12 sailings had been cancelled") == "The port said 12 sailings had been cancelled."
    )
    assert _shown("the captain was sober") == "Police said on Tuesday that the captain was sober."
    assert (
        _shown("the tide was unusually low")
        == "According to the coastguard, the tide was unusually low."
    )


def test_an_attribution_closing_the_sentence_is_shown_after_the_clause() -> None:
    assert _shown("Nobody was hurt") == "Nobody was hurt, the operator said."


def test_a_pronoun_attribution_is_shown_as_the_one_speaker_or_left() -> None:
    quote = "the ramp would be rebuilt"
    assert _shown(quote, speakers=("Ana Holt",)) == "Ana Holt said the ramp would be rebuilt."
    assert _shown(quote) == "The ramp would be rebuilt."  # whom "she" means: no one speaker


def test_a_lead_holding_a_clause_of_its_own_or_a_statement_that_says_who_is_left() -> None:
    # "The hull was dented and the crew said": a clause of its own before the attribution
    assert _shown("the engine failed") == "The engine failed."
    assert _shown("the pier was old") == "The pier was old."  # "A surveyor who saw it and ..."
    # a statement that is not the cited words, or that names a verb of saying already
    said = "The port said 12 sailings had been cancelled."
    assert _shown("12 sailings had been cancelled", said) == said
    other = "Twelve sailings were cancelled."
    assert _shown("12 sailings had been cancelled", other) == other
    # a clause that opens its sentence with nothing said after it
    assert _shown("The ferry hit the pier on Monday") == "The ferry hit the pier on Monday."


def test_the_report_shows_the_frame_and_keeps_ids_citations_and_sides() -> None:
    item = _item("12 sailings had been cancelled")
    report = Report(articles=(ReportArticle(id="a", origin="o1"),), agreed=(item,))
    article = Article(id="a", outlet="Outlet A", text=TEXT)
    out = said_frames(report, [article])
    shown = out.agreed[0]
    assert shown.statement == "The port said 12 sailings had been cancelled."
    assert shown.id == item.id and shown.citations == item.citations
    assert said_frames(out, [article]) is out  # nothing left to change: the same object
    side = Position(
        statement="The captain was sober.",
        sources=("a",),
        origins=1,
        citations=_item("the captain was sober").citations,
    )
    assert with_frame(side, {"a": TEXT}) == "Police said on Tuesday that the captain was sober."


def test_a_noun_phrase_cut_at_and_takes_no_attribution() -> None:
    text = "Freight sailings carrying medicines and fuel will be given priority, the firm said."

    def shown(quote: str) -> str:
        return _shown_in(text, quote)

    assert shown("Freight sailings carrying medicines") == "Freight sailings carrying medicines."
    whole = "Freight sailings carrying medicines and fuel will be given priority"
    assert shown(whole) == whole + ", the firm said."


def test_an_attribution_in_the_middle_of_the_sentence_covers_the_clause_before_it() -> None:
    text = (
        "Three people were hurt and a van was overturned when the pier gave way, the police "
        "and coastguard said, and the pier was closed. The gate was shut, the mayor said on "
        "Monday, after the crowd left. Crews moved in and two cranes were hired, says a "
        "report that the council said was leaked."
    )

    def shown(quote: str) -> str:
        return _shown_in(text, quote)

    assert shown("Three people were hurt") == (
        "Three people were hurt, the police and coastguard said."
    )
    assert shown("The gate was shut") == "The gate was shut, the mayor said on Monday."
    # words with a verb of saying of their own between: whose it is, unsure
    assert shown("Crews moved in") == "Crews moved in."


def test_an_apposition_shown_alone_is_shown_as_the_fact_it_states() -> None:
    text = "The harbour's master, Jan Roe, said the pier was old. Ana Lusk, a pilot, agreed."

    def shown(quote: str) -> str:
        return _shown_in(text, quote)

    assert shown("The harbour's master, Jan Roe") == "Jan Roe is the harbour's master."
    assert shown("Ana Lusk, a pilot") == "Ana Lusk is a pilot."


def test_a_noun_phrase_or_a_clause_after_a_comma_is_no_attribution() -> None:
    text = (
        "The minister blamed the union for the damage, a charge the union rejected. "
        "Shares closed up 4 percent, a sale analysts said was overdue. "
        "Crews cleared the road, and the council says it reopened. "
        "the outage left 9,000 homes dark, according to the utility."
    )

    def shown(quote: str) -> str:
        return _shown_in(text, quote)

    assert shown("The minister blamed the union for the damage") == (
        "The minister blamed the union for the damage."
    )
    assert shown("Shares closed up 4 percent") == "Shares closed up 4 percent."
    assert shown("Crews cleared the road") == "Crews cleared the road."
    # the frame's own stop is not doubled, and the shown statement opens on a capital
    assert shown("the outage left 9,000 homes dark") == (
        "The outage left 9,000 homes dark, according to the utility."
    )


def test_a_one_word_name_beside_a_phrase_is_no_apposition_shown() -> None:
    from consensus.said_frames import apposition_shown

    assert apposition_shown("Pandas, politics and the price of a loan") is None
    assert apposition_shown("Jan Roe, a pilot") == "Jan Roe is a pilot."
