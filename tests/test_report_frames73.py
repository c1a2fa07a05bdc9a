"""Session 73 (report73): what a pointing denial answers (`consensus/answered_refs.py`), a
rumour shown with its frame and an attribution with an apposition (`consensus/said_frames.py`).
Display only: the citation, the id and the verdict stay as merged. Invented texts."""

from __future__ import annotations

from consensus.answered_refs import answered_refs, answered_shown
from consensus.models import Article, Citation, Item, Report, ReportArticle
from consensus.said_frames import with_frame

TEXT = (
    "The strike began on Monday. The union said 64 sailings had been cancelled.\n\n"
    "The ferry company denied the claim. Its chief, Jo Marsh, disputed the figure outright. "
    "The union says pay fell by 8%, but the company rejects that. "
    "The firm denied the claim that it had cut jobs. The company denied that any ship had sailed. "
    "Shares closed higher on Tuesday. The board rejected that.\n\n"
    "Jo Marsh, the council's leader, said 40 homes had been evacuated. The road was shut, "
    "Ali Dunn, a spokesman for the water authority, said. Villagers fled after rumours spread "
    "that the dam had cracked. Amid reports that the bridge had collapsed, traffic stopped. "
    "It was alleged that the guards had fled. Shares fell amid speculation that the bank "
    "would be sold. The firm denied claims that staff had been paid late."
)


def _item(quote: str, statement: str | None = None) -> Item:
    start = TEXT.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    shown = statement if statement is not None else quote[:1].upper() + quote[1:].rstrip(".")
    return Item(
        id="s-1",
        kind="event",
        origins=1,
        statement=shown.rstrip(".") + ".",
        sources=("a",),
        citations=(cite,),
        rule="single source: one origin",
    )


def _answered(quote: str) -> str:
    return answered_shown(_item(quote), {"a": TEXT})


def _framed(quote: str) -> str:
    return with_frame(_item(quote), {"a": TEXT})


def test_a_denial_of_the_claim_shows_the_sentence_it_answers() -> None:
    assert _answered("The ferry company denied the claim.") == (
        "The ferry company denied the claim (the union said 64 sailings had been cancelled)."
    )


def test_the_answer_follows_the_object_before_an_adverb() -> None:
    text = "Critics said the fare rise was 12%. The operator disputed the figure outright."
    quote = "The operator disputed the figure outright."
    start = text.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    item = _item("The board rejected that.").model_copy(
        update={"statement": quote, "citations": (cite,)}
    )
    assert answered_shown(item, {"a": text}) == (
        "The operator disputed the figure (Critics said the fare rise was 12%) outright."
    )
    # a denial that follows a denial of the same shape is left as it is
    assert _answered("Its chief, Jo Marsh, disputed the figure outright.") == (
        "Its chief, Jo Marsh, disputed the figure outright."
    )


def test_a_denial_after_a_conjunction_answers_its_own_sentence_s_clause() -> None:
    assert _answered("the company rejects that") == (
        "The company rejects that (the union says pay fell by 8%)."
    )


def test_a_denial_that_says_what_it_denies_is_left_as_it_is() -> None:
    assert _answered("The firm denied the claim that it had cut jobs.") == (
        "The firm denied the claim that it had cut jobs."
    )
    assert _answered("The company denied that any ship had sailed.") == (
        "The company denied that any ship had sailed."
    )


def test_a_sentence_before_that_claims_nothing_is_no_answer() -> None:
    assert _answered("The board rejected that.") == "The board rejected that."


def test_the_report_changes_the_statement_only() -> None:
    item = _item("The ferry company denied the claim.")
    report = Report(
        articles=(ReportArticle(id="a", origin="o"),),
        agreed=(),
        contested=(),
        single_source=(item,),
    )
    shown = answered_refs(report, [Article(id="a", text=TEXT)])
    (after,) = shown.single_source
    assert after.statement.endswith("(the union said 64 sailings had been cancelled).")
    assert after.citations == item.citations and after.id == item.id


def test_an_attribution_with_an_apposition_is_given_back() -> None:
    assert _framed("40 homes had been evacuated") == (
        "Jo Marsh, the council's leader, said 40 homes had been evacuated."
    )
    assert _framed("The road was shut") == (
        "The road was shut, Ali Dunn, a spokesman for the water authority, said."
    )


def test_a_rumour_is_shown_with_its_frame() -> None:
    assert _framed("the dam had cracked") == "Rumours spread that the dam had cracked."
    assert (
        _framed("the bridge had collapsed") == "There were reports that the bridge had collapsed."
    )
    assert _framed("the guards had fled") == "It was alleged that the guards had fled."
    assert _framed("the bank would be sold") == "There was speculation that the bank would be sold."


def test_a_rumour_noun_that_is_a_verb_s_object_keeps_the_whole_sentence() -> None:
    assert _framed("staff had been paid late") == (
        "The firm denied claims that staff had been paid late."
    )


LISTED = (
    "Staff began a strike on Monday. The strike would last a week, the Retail, Distribution "
    "and Bookselling Union said. Talks would go on, a spokesman for Smith, Jones and Partners "
    "said. Fares would rise, Oslo, Bergen and Tromso said."
)


def _framed_in(text: str, quote: str) -> str:
    start = text.index(quote)
    cite = Citation(article="a", quote=quote, start=start, end=start + len(quote))
    item = _item("the dam had cracked").model_copy(
        update={"statement": quote + ".", "citations": (cite,)}
    )
    return with_frame(item, {"a": text})


def test_a_body_s_name_listed_with_commas_is_given_back_whole() -> None:
    assert _framed_in(LISTED, "The strike would last a week") == (
        "The strike would last a week, the Retail, Distribution and Bookselling Union said."
    )
    assert _framed_in(LISTED, "Talks would go on") == (
        "Talks would go on, a spokesman for Smith, Jones and Partners said."
    )
    # a list of any names: the whole list, never the cut after its last comma
    assert (
        _framed_in(LISTED, "Fares would rise") == "Fares would rise, Oslo, Bergen and Tromso said."
    )


def test_a_body_s_own_report_is_no_rumour() -> None:
    text = "The auditor said it stood by its report and that both letters had been sent."
    assert _framed_in(text, "both letters had been sent") != (
        "There was its report and that both letters had been sent."
    )
    assert not _framed_in(text, "both letters had been sent").startswith("There")
