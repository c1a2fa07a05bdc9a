"""What the offline extractor reads as a name where a sentence, a list item, a quotation or
a caption capitalises a word (`consensus.offline.names`): invented text."""

from __future__ import annotations

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.names import _is_initial, name_tokens


def _entities(text: str, opening: str) -> tuple[str, ...]:
    claims = extract_offline(Article(id="t", text=text)).claims
    (claim,) = [c for c in claims if c.statement.startswith(opening)]
    return claim.entities


def test_a_list_item_opens_a_sentence() -> None:
    text = (
        "Here is what we know.\n"
        "• In the harbour town of Vellmoor, the mayor Ada Kern ordered the quay closed.\n"
    )
    assert _is_initial(text, text.index("In the"))
    assert "In" not in _entities(text, "In the harbour")


def test_a_quotation_opened_with_a_space_opens_a_sentence() -> None:
    text = '"I work at the quay," he said. " And my brother works there too."'
    assert _is_initial(text, text.index("And"))


def test_a_datelines_source_opens_a_sentence() -> None:
    text = "Rest of the page.\n(Wirenews) Scores of boats were lost in the storm."
    assert _is_initial(text, text.index("Scores"))


def test_a_count_opening_a_sentence_is_no_name() -> None:
    text = (
        "The storm hit Vellmoor on Monday. The Two Rivers ferry stopped.\n"
        "Two Vellmoor fishermen were missing after the storm, the coastguard said.\n"
    )
    ents = _entities(text, "Two Vellmoor")
    assert "Vellmoor" in ents and "Two Vellmoor" not in ents


def test_a_common_word_alone_opening_a_sentence_is_no_name() -> None:
    # a caption's "3/8 Witnesses reported" made "Witnesses" open a name mid-line
    text = (
        "Photo: Lena Ost 3/8 Witnesses reported a loud bang near the quay.\n"
        "The witnesses were questioned by police.\n"
        "Witnesses gathered at the quay after the ferry sank near Vellmoor.\n"
    )
    assert "Witnesses" not in _entities(text, "Witnesses gathered")


def test_name_tokens() -> None:
    assert name_tokens(["Over"]) == []  # "a 131-115 win Over the visitors"
    assert name_tokens(["Photo", "Agency", "The", "Vellmoor"]) == ["The", "Vellmoor"]
    assert name_tokens(["Monday", "Ada", "Kern"]) == ["Ada", "Kern"]
    assert name_tokens(["Ada", "Kern"]) == ["Ada", "Kern"]


def test_a_function_word_capitalised_mid_sentence_opens_no_name() -> None:
    # a list written in one sentence: "...; and An Ostvik-Vale family ..."
    text = (
        "Three ferries were late on Monday; and An Ostvik-Vale family was stranded at the "
        "quay overnight.\n"
    )
    ents = _entities(text, "An Ostvik")  # (the clause's "and" after the semicolon is dropped)
    assert "An Ostvik-Vale" not in ents and "Ostvik-Vale" in ents
    assert name_tokens(["And", "An", "Ostvik-Vale"]) == ["Ostvik-Vale"]
    assert name_tokens(["The", "Hague"]) == ["The", "Hague"]  # ("The" is read later)


def test_a_police_rank_by_its_initials_leads_to_the_full_name() -> None:
    # released73: "DI Lyle said" was shown as "DI Lyle", not the inspector the text named
    text = (
        "Detective Inspector Fiona Vale is leading the inquiry into the thefts at the depot.\n\n"
        'DI Vale said: "We have found nothing to suggest that anyone at the firm was involved."\n'
        "Angel Di Marco said the club had been right to close the depot.\n"
    )
    speakers = {c.speaker for c in extract_offline(Article(id="t", text=text)).claims if c.speaker}
    assert "Fiona Vale" in speakers and "DI Vale" not in speakers
    assert "Angel Di Marco" in speakers
