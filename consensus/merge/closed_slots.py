"""A slot named by a closed-class word is no slot (contested step 5).

A quantity conflict sets two figures against each other as two values of one slot, the
slot read from the words next to each figure (`figure_terms`, `slots`: the counted noun
or its verb, "killed", "boats"). When the word read as the slot is a pronoun, a
determiner, a particle or a negation, the figure's own phrase names no counted thing:
"It is re-examining three of them" against "the true number is six" ("them"), "about 9
km off the port" against "2 km off the beach" ("off"), "reducing what it draws by 40%"
against "60 per cent of what it takes is returned" ("what"). Two figures
meeting on such a word say nothing of counting one thing: the pair is as likely two
things counted as one thing counted twice, and the census of points without gold
(bench/nogold60.tsv) reads most such points as two things.

So a quantity conflict every clash of which is set on a closed-class slot word
(`CLOSED_SLOTS`: pronouns, determiners, prepositions and particles, negation, "once") is
no dispute (`closed_slot`). A clash on a lexical word ("boats", "killed") is compared as
before, and one lexical clash keeps the whole conflict. "other" is no closed slot here:
"wounded scores of other people" reads it just before the counted noun, and two tolls of
one attack met on it (a real news cluster's wounded counts) would lose their link.

Closed grammatical classes only, no event's words.

PURE: reads the conflict string.
"""

from __future__ import annotations

# pronouns, determiners and quantifiers, wh-words, prepositions and particles, negation:
# the words a figure's slot reader may land on when the figure's phrase names no noun
CLOSED_SLOTS = frozenset(
    (
        "it its they them their theirs he him his she her hers we us our you your i me my "
        "this that these those there here what which who whom whose another "
        "each every all some any both either neither none one ones most many few several "
        "the a an of off on in at by to from up down out over back into onto with without "
        "not no once than as"
    ).split()
)


def closed_slot(conflict: str) -> bool:
    """Whether `conflict` ("quantity <slot>: X vs Y; <slot>: ...") has at least one clash and
    every clash's slot is a closed-class word (`CLOSED_SLOTS`; see the module docstring)."""
    if not conflict.startswith("quantity "):
        return False
    clashes = conflict.removeprefix("quantity ").split("; ")
    slots = [clash.rpartition(": ")[0].strip().casefold() for clash in clashes]
    return bool(slots) and all(s in CLOSED_SLOTS for s in slots)
