"""One reader of "the sentence before a quote" for the "Its" and "He"/"She"/"They" display
stages (session 62, editor62, `pronoun_names.sentence_before`): a full stop after an honorific
or an initial ends no sentence (the "Its" stage's own reader ended one at "Mr."), and a line
break always ends one (the pronoun reader ran a caption or heading line without a stop into
the next line's sentence). Invented texts.
"""

from __future__ import annotations

import consensus.its_owners as its_owners
from consensus.api import build_report
from consensus.models import Article, ExtractionResult
from consensus.offline import extract_offline
from consensus.pronoun_names import sentence_before


def test_a_caption_line_is_no_part_of_the_next_sentence() -> None:
    text = "(Photo: Orla Venn/Tarsk Post)\n\nThe board met on Monday.\n\nHe said it was over."
    found = sentence_before(text, text.index("He said"), paragraph=True, clause=True)
    assert found is not None and found[1] == "The board met on Monday."
    text = "Key points\nThe board met on Monday. He said it was over."
    found = sentence_before(text, text.index("He said"), paragraph=False)
    assert found is not None and found[1] == "The board met on Monday."


def test_an_honorific_ends_no_sentence_for_the_its_stage() -> None:
    text = (
        "The Harbour Authority closed the east channel after talks with Mr. Brand on Monday. "
        "Its director, Ana Lind, said the work would take a month."
    )
    found = sentence_before(text, text.index("Its director"), paragraph=False)
    assert found is not None and found[1].startswith("The Harbour Authority closed")
    assert not hasattr(its_owners, "_sentence_before")  # one reader serves both stages
    art = Article(id="a0", text=text)
    report = build_report(ExtractionResult(articles=(art,), claim_sets=(extract_offline(art),)))
    shown = [i.statement for i in (*report.agreed, *report.single_source)]
    assert "The Harbour Authority's director, Ana Lind, said the work would take a month." in (
        shown
    ), shown
