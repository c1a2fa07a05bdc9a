"""What a denial verb with a short object rejects: that object, never its own subject.

`claim_words.denied_content` reads what a denial rejects as the words after its cue, and,
when fewer than three follow, as the words before it: right for a cue that closes the
sentence ("Reports of a second attacker are disinformation"), wrong for a verb with a short
object ("Greenplate continued to deny responsibility", "The company has denied the
claim"), where the words before are the denier and its auxiliaries ("Greenplate continued
to"). Read as the rejected content, the denier's own name then made the denial answer any
claim naming the denier ("The catering firm Greenplate supplies most of the town's
schools"). `short_object` gives the verb's object instead, so such a denial rejects what
that object names ("responsibility") or, for a report noun ("the claim"), points back
(`answers`).
"""

from __future__ import annotations

import re

from consensus.merge.claim_words import _DENY

__all__ = ["short_object"]

# the denial verbs of `claim_words._DENY` (not its nouns and adjectives: "denial", "false")
_VERB = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|"
    r"refut(?:e|ed|es|ing)|rebut(?:ted|s)?|rebuff(?:ed|s)?|contradict(?:ed|s)?|"
    r"dispute[ds]?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
SHORT = 3  # fewer words than this after the verb: `denied_content` reads the words before


def short_object(statement: str) -> str | None:
    """The object of the statement's denial cue (the first `claim_words._DENY` match, as
    `denied_content` reads it) when the cue is a verb with one or two words after it before
    the sentence ends ("continued to deny responsibility" ->
    "responsibility"); None when the cue is no verb, nothing follows it, or three or more
    words do (`denied_content` reads those itself)."""
    cue = _DENY.search(statement)
    m = _VERB.match(statement, cue.start()) if cue is not None else None
    if m is None:
        return None
    rest = re.split(r"[.;:!?]", statement[m.end() :], maxsplit=1)[0]
    words = _WORD.findall(rest)
    if not words or len(words) >= SHORT:
        return None
    return " ".join(words)
