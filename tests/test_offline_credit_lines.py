"""Page furniture the offline extractor must not make claims of: a story's credit after an
author's bio on one line (consensus/furniture.py `_BIO_MORE`), and a caption closed by a
channel's photo credit, "(Channel 7/Jane Roe)" (consensus/nonclaims.py `_CREDIT_BRACKET`)."""

from __future__ import annotations

from test_offline_prep_relatives import _statements

_NEWS = "The engineer is still being held, his employer said on Monday.\n"


def test_a_credit_after_the_bio() -> None:
    text = _NEWS + "Mara Lind is the Courier's security editor. Ola Berg reported from Tessin.\n"
    found = _statements(text)
    assert not any("reported from" in s or "security editor" in s for s in found), found
    assert len(found) == 1


def test_a_caption_with_a_channels_credit() -> None:
    text = _NEWS + "Yellow ribbons on the railings of the town hall in Brask. (TVK 7/Ola Berg)\n"
    found = _statements(text)
    assert not any("ribbons" in s for s in found), found


def test_a_reporting_sentence_after_a_bio_is_kept() -> None:
    text = (
        "Mara Lind is the Courier's security editor. She was detained in Tessin on Friday.\n"
        + _NEWS
    )
    assert any("detained" in s for s in _statements(text))
