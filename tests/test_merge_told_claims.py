"""A sentence that opens with its teller and a speech verb in the present ("Witnesses and
the festival's director say ...") is someone's claim even when no one speaker is read, so
a denial right after it answers it (`told_claims`, `answers.answered`)."""

from __future__ import annotations

from consensus.merge.told_claims import opens_with_teller


def test_a_sentence_that_opens_with_its_teller() -> None:
    assert opens_with_teller(
        "Witnesses and the festival's director say officers at an emergency gate kept it"
        " locked for more than half an hour."
    )
    assert opens_with_teller("Residents of the valley insist that the levee was never inspected.")
    assert opens_with_teller("Critics accuse the council of ignoring the warnings.")


def test_no_teller() -> None:
    # a past "said" opens the news of the day, answered only when its speaker is read
    assert not opens_with_teller("South Korean authorities said Friday that they seized a ship.")
    # a clause break before the verb, or no speech verb near the opening
    assert not opens_with_teller("On Saturday, witnesses say, the gate stayed shut.")
    assert not opens_with_teller("The gate at the east entrance of the showground stayed shut.")
    assert not opens_with_teller("Lanternfield Events sold 42,000 tickets, the company says.")
