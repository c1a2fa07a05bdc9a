"""A speaker named by a common noun that a name modifies ("Nato spokesman", "Harbor
prosecutor", "Kremlin spokesperson"): such a phrase is no name, and a statement that moves it
before its verb gives it back its article ("the Nato spokesman said that ..."), as the
sentence wrote it ("..., the Nato spokesman added"). A person's name ("Anna Lund"), a name
with a lower-case particle ("Abu Karim al-Hasani"), an honorific's phrase ("Dr Lund") and a
plural (`claims._named`) stand alone."""

from __future__ import annotations

from consensus.offline.honorifics import honorific

__all__ = ["common_head"]


def common_head(speaker: str) -> bool:
    """Whether `speaker` is capitalised words before a lower-case common noun ("Nato
    spokesman"): a noun phrase that takes "the"."""
    words = speaker.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if not (last.isalpha() and last.islower()):
        return False
    if honorific(words[0]):
        return False
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # "Arne Solheim's spokesman": the owner's mark is the determiner
    return all(w[:1].isupper() for w in words[:-1])
