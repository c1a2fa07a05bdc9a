"""A verb of rejection whose object is a thing ("dismissed Tomas Ferrin as head coach",
"rejected the complaint") is an act: the participle clause after it is the doer's next act,
never words the verb reports ("… have dismissed that Athletic Corvel ended …" was the
statement); a rejection of words ("denied that …") still hands on its speaker (invented text)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline


def _claims(sentence: str) -> list[tuple[str | None, str]]:
    text = f"The news came on Monday.\n\n{sentence}\n"
    cs = extract_offline(Article(id="a", outlet="Test", title="t", text=text))
    return [(c.speaker, c.statement) for c in cs.claims[1:]]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Athletic Corvel have dismissed Tomas Ferrin as head coach, ending a four-year"
            " spell in which the club won two cups.",
            "ended a four-year spell",
        ),
        (
            "Judge Dagny Werth rejected the complaint on Tuesday, ruling that the council had"
            " acted lawfully.",
            "ruled that the council had acted lawfully",
        ),
    ],
)
def test_the_act_after_a_rejected_thing_is_no_reported_words(sentence: str, act: str) -> None:
    claims = _claims(sentence)
    after = [s for _, s in claims if act in s]
    assert after, claims
    assert not any(" that " in s.split(act)[0] for s in after), claims  # no "dismissed that"
    assert not any("dismissed that" in s or "rejected that" in s for _, s in claims), claims


def test_a_rejection_of_words_still_hands_on_its_speaker() -> None:
    claims = _claims(
        "Minister Jane Roe denied that the plant would close, but jobs would go in the spring."
    )
    spring = [(speaker, s) for speaker, s in claims if "spring" in s]
    assert spring and spring[0][0] == "Jane Roe", claims
