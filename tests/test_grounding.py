"""ground_quote: tolerant matching, exact offsets into the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consensus.grounding import ground_quote, normalise

ARTICLE = (
    "Trump had urged Putin to preserve the lives of the “thousands of Ukrainian troops” "
    "who are “completely surrounded by the Russian military.”\n\n"
    "“This would be a horrible massacre, one not seen since World War II,” he said — "
    "in a post on Truth Social…  Kyiv’s  army\ndenied it."
)


def _span(quote: str) -> str:
    found = ground_quote(ARTICLE, quote)
    assert found is not None, quote
    return ARTICLE[found[0] : found[1]]


def test_exact_quote_returns_exact_offsets() -> None:
    quote = "Trump had urged Putin"
    assert ground_quote(ARTICLE, quote) == (0, len(quote))


def test_straight_quotes_snap_to_curly_original() -> None:
    assert _span('"thousands of Ukrainian troops"') == "“thousands of Ukrainian troops”"


def test_apostrophe_dash_ellipsis_and_whitespace_are_forgiven() -> None:
    assert _span("Kyiv's army denied it.") == "Kyiv’s  army\ndenied it."
    assert _span("he said - in a post") == "he said — in a post"
    assert _span("on Truth Social...") == "on Truth Social…"
    assert _span("military.”\n  “This would") == "military.”\n\n“This would"


def test_outer_quotation_marks_added_by_the_model_are_dropped() -> None:
    # The model wrapped a passage in quotes that the article does not have around it.
    assert _span('"Trump had urged Putin"') == "Trump had urged Putin"


def test_paraphrase_case_change_and_elision_do_not_ground() -> None:
    assert ground_quote(ARTICLE, "Trump urged Putin") is None
    assert ground_quote(ARTICLE, "trump had urged putin") is None
    assert ground_quote(ARTICLE, "Trump had urged ... Ukrainian troops") is None
    assert ground_quote(ARTICLE, "") is None
    assert ground_quote(ARTICLE, "  \n ") is None


def test_match_never_splits_an_ellipsis() -> None:
    # "…" normalises to three dots; two dots must not match inside it.
    assert ground_quote("Wait… what", "Wait..") is None
    assert ground_quote("Wait… what", "Wait... what") == (0, len("Wait… what"))


def test_invisible_characters_do_not_break_a_match() -> None:
    text = "soft\u00adware and a \u200b gap"
    assert ground_quote(text, "software and a gap") == (0, len(text))


def test_first_occurrence_wins() -> None:
    assert ground_quote("a cat, a cat", "a cat") == (0, 5)


# --- properties -----------------------------------------------------------------------------

_ALPHABET = list("abc .,") + list("“”„‟\"‘’‚'–—-…") + [" ", "\n", "\t", "\u00a0", "\u200b"]
_texts = st.text(alphabet=_ALPHABET, min_size=0, max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=_texts, quote=_texts)
def test_a_found_span_normalises_to_the_quote(text: str, quote: str) -> None:
    found = ground_quote(text, quote)
    if found is None:
        return
    start, end = found
    assert 0 <= start < end <= len(text)
    got = normalise(text[start:end])
    want = normalise(quote)
    assert got in (want, want.strip("\"'").strip(" "))
    assert not text[start].isspace() and not text[end - 1].isspace()


@settings(max_examples=400, deadline=None)
@given(data=st.data(), text=_texts)
def test_every_real_substring_is_found(data: st.DataObject, text: str) -> None:
    if not normalise(text):
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    piece = text[i:j]
    if not normalise(piece):
        return
    # Copying the passage with typographic variants undone must still ground.
    model_copy = piece.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    assert ground_quote(text, model_copy) is not None


@pytest.mark.parametrize(
    ("original", "variant"),
    [("“x”", '"x"'), ("„x‟", '"x"'), ("‘x’", "'x'"), ("‚x", "'x"), ("a–b", "a-b"), ("a—b", "a-b")],
)
def test_each_listed_variant_grounds(original: str, variant: str) -> None:
    assert ground_quote(f"say {original} now", f"say {variant} now") is not None


_TRICKY = "ab .,\n\t\u00a0\u2009\u200b\u00ad\u2026\u201c\u201d\u2019\u2013\u2014\"'-x"


@given(st.text(alphabet=st.sampled_from(list(_TRICKY))))
def test_fast_normalise_equals_the_indexed_one(text: str) -> None:
    from consensus.grounding import normalise, normalise_with_index

    assert normalise(text) == normalise_with_index(text).text.strip(" ")
