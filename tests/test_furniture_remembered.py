"""The page-furniture rules remember their tests of one line or one sentence (session 68,
speed68): copies and variants of one story repeat their lines, and each test is a pure
function of its text. A remembered answer must be the answer: a text read after another that
shares its lines gets the spans a fresh read gives, and a line's answer does not follow it
into another text where its neighbours differ."""

from __future__ import annotations

from consensus import furniture, furniture_model, nonclaims, page_cues, page_lines, page_voice

REMEMBERED = (
    furniture_model.furniture_score,
    page_lines._is_page_line,
    furniture._anywhere,
    furniture._sign_off,
    nonclaims._talks_of_page,
    nonclaims._own_reporter_pattern,
    page_cues._addresses_reader,
    page_cues._names_page,
    page_cues._names_medium,
    page_voice._speaks_to_reader,
)

BASE = (
    "VORNAL (Tresk Wire) — Crews pulled three people from a collapsed footbridge over the "
    "Emmet canal on Tuesday, the harbour office said.\n"
    "Tresk Wire's Ola Brun was at the scene.\n"
    "The bridge had been closed for repairs since March, a spokesman said.\n"
    "Sign up for our morning newsletter to get the latest updates.\n"
    "Reporting by Ola Brun; editing by Pim Sol\n"
)
# a variant: another top, the base's lines below it, one of them moved
VARIANT = (
    "Three people were rescued after a footbridge gave way in Vornal.\n"
    "The bridge had been closed for repairs since March, a spokesman said.\n"
    "VORNAL (Tresk Wire) — Crews pulled three people from a collapsed footbridge over the "
    "Emmet canal on Tuesday, the harbour office said.\n"
    "Tresk Wire's Ola Brun was at the scene.\n"
    "Sign up for our morning newsletter to get the latest updates.\n"
    "Reporting by Ola Brun; editing by Pim Sol\n"
)


def _fresh(text: str) -> tuple[tuple[int, int], ...]:
    for f in REMEMBERED:
        f.cache_clear()
    nonclaims._non_claim_spans.cache_clear()
    return nonclaims.non_claim_spans(text, outlet="Tresk Wire")


def test_a_variant_read_after_its_base_gets_the_spans_of_a_fresh_read() -> None:
    fresh_base, fresh_variant = _fresh(BASE), _fresh(VARIANT)
    assert fresh_base and fresh_variant  # (the sign-up line and the credit, at least)
    for f in REMEMBERED:
        f.cache_clear()
    nonclaims._non_claim_spans.cache_clear()
    assert nonclaims.non_claim_spans(BASE, outlet="Tresk Wire") == fresh_base
    hits = sum(f.cache_info().hits for f in REMEMBERED)
    assert nonclaims.non_claim_spans(VARIANT, outlet="Tresk Wire") == fresh_variant
    # the variant's shared lines and sentences were answered from memory
    assert sum(f.cache_info().hits for f in REMEMBERED) > hits
    # the sign-up sentence is furniture in both, where each text puts it
    signup = "Sign up for our morning newsletter to get the latest updates."
    for text, spans in ((BASE, fresh_base), (VARIANT, fresh_variant)):
        at = text.index(signup)
        assert any(s <= at and at + len(signup) <= e for s, e in spans)


def test_the_page_talk_test_of_a_sentence_is_the_page_talk_of_its_text() -> None:
    text = "Follow our live coverage of the strike below.\nThe union said 40 staff walked out.\n"
    spans = nonclaims._page_talk(text)
    assert spans == [(0, len("Follow our live coverage of the strike below."))]
    assert nonclaims._talks_of_page("Follow our live coverage of the strike below.")
    assert not nonclaims._talks_of_page("The union said 40 staff walked out.")
