"""A quotation after a colon is the titled person's when a role word stands between a body's
name and the person's ("Green Party leader Mia Sorel: '…'"), and a role appositive after the
name is no speaker of its own ("Mia Sorel, the Green Party leader, speaking …: '…'");
without a role word the capitalised subject speaks as before (invented text)."""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.offline import extract_offline
from consensus.offline.subject_speech import subject_speaks

_QUOTE = '"This plan will cost every family in the region far more than it saves."'


def _speaker(line: str) -> str | None:
    text = f"The council voted on the plan on Monday night.\n\n{line}\n"
    claims = extract_offline(Article(id="a", outlet="Test", title="t", text=text)).claims
    quoted = [c for c in claims if "every family" in c.statement]
    assert len(quoted) == 1, [c.statement for c in claims]
    return quoted[0].speaker


@pytest.mark.parametrize(
    "line",
    [
        f"Green Party leader Mia Sorel: {_QUOTE}",
        f"21:10 — Green Party leader Mia Sorel, closing for the opposition: {_QUOTE}",
        f"Mia Sorel, the Green Party leader, speaking in the chamber: {_QUOTE}",
        f"Farmers' Guild spokeswoman Mia Sorel, speaking outside the hall: {_QUOTE}",
    ],
)
def test_the_titled_person_speaks_not_the_body_before_the_role(line: str) -> None:
    assert _speaker(line) == "Mia Sorel"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # a verb after the body is no role: the body speaks
        (f"The Harbour Authority responded: {_QUOTE}", "Harbour Authority"),
        (f"Unite told reporters: {_QUOTE}", "Unite"),
        # a role with no name after it, opening the sentence: the body it belongs to
        (f"The Harbour Authority spokesman: {_QUOTE}", "Harbour Authority"),
    ],
)
def test_without_a_titled_name_the_subject_speaks_as_before(line: str, speaker: str) -> None:
    assert _speaker(line) == speaker


def test_the_subject_span_covers_the_role_and_the_name() -> None:
    found = subject_speaks(f"Green Party leader Mia Sorel: {_QUOTE}")
    assert found is not None and found[0] == "Green Party leader Mia Sorel"
    # "told" is no title word: the subject stops before it
    found = subject_speaks(f"Unite told Reuters: {_QUOTE}")
    assert found is not None and found[0] == "Unite"
