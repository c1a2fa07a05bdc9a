"""Rule 7 (one person's two remarks) reads a word of the speaker's name said apart from the
name in both statements as shared content: "The Harbour Accident Investigation Board said it
was investigating the capsize" and "... Board says it is investigating the capsize" are one
fact, while two remarks of that board sharing only its name stay apart."""

from __future__ import annotations

from consensus.merge.claim_words import content_stems
from consensus.merge.features import _build_features
from consensus.merge.roles import stems_beyond_names
from consensus.merge.rule7_roles import _Roles
from consensus.merge.slots import _stem
from consensus.models import Claim, ClaimKind, Evidence


def test_the_words_of_a_statement_beyond_its_names() -> None:
    got = stems_beyond_names(
        "The Harbour Accident Investigation Board says it is investigating the capsize.",
        ["harbour accident investigation board"],
    )
    assert _stem("investigating") in got and "harbour" not in got and "board" not in got
    got = stems_beyond_names(
        "The Harbour Accident Investigation Board said the skipper was experienced.",
        ["harbour accident investigation board"],
    )
    assert _stem("investigating") not in got and "skipper" in got


def _roles(*statements: str) -> _Roles:
    feats = _build_features(
        [
            (
                f"n{k}",
                0,
                Claim(
                    statement=text,
                    kind=ClaimKind.reported_statement,
                    subject="the board",
                    speaker="Harbour Accident Investigation Board",
                    evidence=(Evidence(quote=text, start=0, end=len(text)),),
                ),
            )
            for k, text in enumerate(statements)
        ]
    )
    return _Roles(feats, [content_stems(f.claim.statement) for f in feats])


def test_a_name_word_said_apart_in_both_is_shared() -> None:
    roles = _roles(
        "The Harbour Accident Investigation Board said it had opened an investigation.",
        "The Harbour Accident Investigation Board says it is investigating.",
        "The Harbour Accident Investigation Board said its inspectors had arrived.",
        "The Harbour Accident Investigation Board said the skipper was experienced.",
    )
    assert not roles.two_remarks(0, 1)
    # two remarks of the board that share only its name stay two remarks
    assert roles.two_remarks(2, 3)
    assert roles.two_remarks(0, 3)
