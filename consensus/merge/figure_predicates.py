"""The verb a count is the subject of: "Two firefighters were killed battling the flames"
-> killed, "More than 3,400 firefighters are battling the blaze" -> battling. Two counts of
one noun whose verbs are two acts count two groups (the killed and the fighting), never one
slot's rival values. Pure and general: auxiliaries, copulas and hedges are English grammar;
`figures.figures` reads it for each plain count.
"""

from __future__ import annotations

import re

from consensus.merge.lexicon import FIGURE_GENERIC_NOUNS, FIGURE_HEDGE_WORDS

__all__ = ["VERBS_IN_PAST", "predicate", "without_light_verbs"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# where the clause after a count ends, or another clause begins
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”—–]|\s(?:and|but|while|who|which|that|when)\s")
# what stands between a count's noun phrase and its verb: auxiliaries, copulas, negation,
# hedges ("are now confirmed as having died", "were feared drowned", "remain trapped")
_BETWEEN = (
    frozenset(
        """is are was were be been being has have had will would could may might must can do does
    did not still also now already remain remains remained stay stays stayed as to having
    believed thought reported said feared known confirmed presumed understood""".split()
    )
    | FIGURE_HEDGE_WORDS
)
# words that show the count is no clause's subject: a preposition or another function word
# right after its noun phrase ("47 people from the water", "850 soldiers at a base")
_NOT_VERBS = frozenset(
    """of in on at by for from with into onto across through near during inside outside to
    the a an and or but than after before since until over under about around per each between
    among along within without""".split()
)


# verbs in the past not ending in -ed (and "remain"), which end a count's noun phrase ("38,000
# residents remain", "260,000 homes lost power")
VERBS_IN_PAST = frozenset(
    """took fled left lost fell ran came went saw made held kept met sat stood hurt shot struck
    caught fought brought found threw lay remain remains""".split()
)
# ... and what a copula says of the counted ("are dead")
_IRREGULAR = VERBS_IN_PAST | frozenset("dead missing alive ill".split())


def predicate(after_text: str, phrase_len: int) -> str:
    """The verb of the clause whose subject is the count that `after_text` follows, its
    noun phrase being the first `phrase_len` lower-case words (names skipped); '' when the
    clause has none: the count is an object ("killed six people"), no auxiliary, copula or
    hedge stands before the verb (a participle of a noun phrase: "firefighters battling
    the blaze were ...", "12 prisoners held on charges"; and "Two firefighters died", read
    as no verb), a function word follows the noun, or the word there is no verb (-ed, -en,
    -ing or `_IRREGULAR`)."""
    clause = _CLAUSE_END.split(after_text, maxsplit=1)[0]
    seen, helped = 0, False
    for word in _WORD.findall(clause):
        if word[:1].isupper():
            continue  # (a name qualifies the noun: "two Chinese tourists")
        low = word.casefold()
        if seen < phrase_len or (not seen and low in FIGURE_GENERIC_NOUNS):
            seen += 1  # (the noun phrase, or a generic noun: "45,000 people")
            continue
        if low in _BETWEEN or (low.endswith("ly") and len(low) > 4):
            helped = True
            continue
        if low in _NOT_VERBS or not helped:
            return ""  # (no auxiliary: "12 prisoners held on charges" is no clause)
        return low if low.endswith(("ed", "en", "ing")) or low in _IRREGULAR else ""
    return ""


_TAKE = frozenset("take takes took taken taking".split())


def without_light_verbs(words: list[str]) -> list[str]:
    """Lower-case words without a light verb phrase that names no act of its own: "45,000
    people took part in the march" counts the march, as "150,000 had marched" does."""
    return [
        w
        for k, w in enumerate(words)
        if not (w in _TAKE and words[k + 1 : k + 2] == ["part"])
        and not (w == "part" and k and words[k - 1] in _TAKE)
    ]
