"""A subordinate clause inside a subject: "The number of people killed when a ferry
capsized off the cape has risen to 31". Cut at "when", the text after it reads as a clause
("A ferry capsized off the cape has risen to 31") and the text before it as a subject with no
verb ("The number of people killed"): both are wrong. The clause after the subordinator
ends where a second verb group opens with an auxiliary and nothing between closes the clause
(no comma, conjunction, relative word, subordinator or new pronoun subject): that verb is
the outer clause's, and the sentence stays whole. Only grammar words are read."""

from __future__ import annotations

from consensus.offline.grammar import _SPEECH, _is_finite, _words

__all__ = ["outer_verb_follows"]

_OUTER_AUX = frozenset("has have had is are was were".split())
# words that close the subordinate clause or open another one before a later verb
_CLOSERS = frozenset(
    """that which who whom whose where when while and but or nor because if as after before
    since until unless than though although whether so he she it they we i you there""".split()
)
_REACH = 12  # words after the clause's verb searched for the outer verb


def outer_verb_follows(text: str, start: int, end: int) -> bool:
    """Whether the clause at text[start:end] (right after its subordinator) runs on, past
    its own finite verb, into an auxiliary that nothing separates from it: the verb of the
    clause the subordinate one sits in ("when a ferry capsized off the cape has risen")."""
    words = _words(text, start, end)
    verb = next((k for k in range(1, len(words)) if _is_finite(words[k][2])), None)
    if verb is None or _SPEECH.fullmatch(words[verb][2].lower()):
        return False  # no verb, or one of saying: what follows is what was said
    for k in range(verb + 1, min(len(words), verb + 1 + _REACH)):
        if any(ch in text[words[k - 1][1] : words[k][0]] for ch in ",;:()—–"):
            return False
        low = words[k][2].lower()
        if low in _CLOSERS:
            return False
        if low in _OUTER_AUX:
            return k > verb + 1
    return False
