"""A verb negation passes over an initialism qualifying the noun after it, as it passes over
a capitalised name ("was not an XB terrier" negates terrier, not xb: `score.name_words`),
so a voice's "not an XB terrier" rebuts another voice's "an XB terrier" (issue 8, session
62, disputes62). A negation word written in capitals for stress is no name. Made-up names
and nouns only."""

from __future__ import annotations

from test_negated_complement import _feat

from consensus.merge.features import _build_features
from consensus.merge.score import _negation_clash, name_words, negation
from consensus.models import Claim, ClaimKind, Evidence


def test_an_initialism_is_a_name_word_and_a_stressed_negation_is_not() -> None:
    assert "xb" in name_words("The owner says the dog was not an XB terrier.")
    assert "not" not in name_words("The owner says the dog was NOT a terrier.")
    assert name_words("Not one Pellish soldier crossed.") == {"pellish"}


def test_a_negation_passes_over_an_initialism_to_its_noun() -> None:
    got = negation(_feat("The owner of the dog says the animal was not an XB terrier."))
    assert "terrier" in got.concepts
    assert "xb" not in got.concepts
    # a capitalised name is passed over as before
    assert "soldier" in negation(_feat("Not one Pellish soldier crossed the river.")).concepts


def _claims(*statements: str) -> list[tuple[str, int, Claim]]:
    out = []
    for n, s in enumerate(statements):
        claim = Claim(
            statement=s,
            kind=ClaimKind.reported_statement,
            subject="dog",
            evidence=(Evidence(quote=s, start=0, end=len(s)),),
        )
        out.append((f"a{n}", 0, claim))
    return out


def test_two_voices_meet_on_the_noun_an_initialism_qualifies() -> None:
    first, second = _build_features(
        _claims(
            "Neighbours described the dog as an XB terrier.",
            "The owner of the dog says the animal was not an XB terrier.",
        )
    )
    got = _negation_clash(first, second, negation(first), negation(second))
    assert got == "terrier"
