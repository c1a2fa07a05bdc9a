"""Number agreement between an auxiliary and the subject it may continue.

"Officials said the bridge had been damaged, but was still standing": the verb phrase after
", but" shares a subject with the clause before it, and two are on offer, the speaker's and
the reported one's. English marks number on "is/was/has/does" against "are/were/have/do", so
when exactly one of the two subjects agrees with the auxiliary, that one is the subject
("Investigators said the vehicle was speeding, and are probing ..." stays the speaker's).
The same holds without the comma, where the reported subject is the default: "the police say
it was opened within minutes and have called the claim false" -> "the police have called
the claim false", never "it have called" (`speaker_continues`).
"""

from __future__ import annotations

import re

from consensus.offline.subjects import clause_subject

__all__ = ["agrees_with_reported", "speaker_continues"]

_SINGULAR_AUX = frozenset("is was has does".split())
_PLURAL_AUX = frozenset("are were have do".split())
_PLURAL_NOUNS = frozenset("they we police people children men women".split())
_PRONOUN = re.compile(r"(it|he|she|they|we)\s", re.IGNORECASE)


def _plural(np: str) -> bool | None:
    """Whether a subject noun phrase is plural, by its last word; None when unclear."""
    words = np.split()
    last = words[-1].lower()
    if last in _PLURAL_NOUNS or " and " in np:
        return True
    if last in ("he", "she", "it"):
        return False
    if last.endswith(("ss", "us")) or (len(words) > 1 and words[-1][:1].isupper()):
        return None  # "the press", "the bus", "Ms Jones": the word does not tell
    return last.endswith("s")


def agrees_with_reported(text: str, left_start: int, content: int, a: int, aux: str) -> bool:
    """Whether an auxiliary opening a verb phrase after a report agrees in number with the
    reported subject and not with the speaker."""
    singular = aux.lower() in _SINGULAR_AUX
    if not singular and aux.lower() not in _PLURAL_AUX:
        return False
    speaker = clause_subject(text, left_start, a)
    reported = clause_subject(text, content, a)
    if speaker is None or reported is None:
        return False
    sp, rp = _plural(speaker), _plural(reported)
    return rp is not None and sp is not None and rp != sp and rp == (not singular)


def speaker_continues(
    text: str, left_start: int, content: int, a: int, aux: str, main: bool
) -> bool:
    """Whether a verb phrase after a report led by the auxiliary `aux` continues the
    speaker's clause: the default `main` (the speaker's after a comma, the reported
    subject's without), turned over when the auxiliary agrees in number with the other
    subject only."""
    if main:
        return not agrees_with_reported(text, left_start, content, a, aux)
    singular = aux.lower() in _SINGULAR_AUX
    if not singular and aux.lower() not in _PLURAL_AUX:
        return False
    speaker = clause_subject(text, left_start, a)
    # the reported subject may be a pronoun, which `clause_subject` never carries
    reported = clause_subject(text, content, a) or _PRONOUN.match(text, content, a)
    if speaker is None or reported is None:
        return False
    sp = _plural(speaker)
    rp = _plural(reported if isinstance(reported, str) else reported.group(1))
    return rp is not None and sp is not None and rp != sp and sp == (not singular)
