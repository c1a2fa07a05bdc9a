"""A verb that says its complement did not happen negates it as "not" does.

"Some 1,800 emergency calls failed to connect" says what "1,800 calls could not be
connected" says: a verb of failing or refusing before "to" ("failed to connect", "was
unable to reach", "refused to leave", "declined to comment") tells that the act after it
did not take place. A statement that states a concept only in such a complement restates
a negation of it, and rebuts none (`score._negation_clash`); every other statement of the
concept still does ("the calls were connected" against "could not be connected").

So does a verb of refusing before its object: "had been refused permission to demolish" says
what "the council did not give permission" says, as "was refused bail" or "withheld its
approval" do.

So does a prohibition: "made it illegal for shops to sell fireworks" says what "shops may
no longer sell fireworks" says, as "banned drivers from using the lane" does.

So does "without" before a noun: "about 40 passengers were evacuated without injury" says
what "no one was hurt" says, and "put down without a shot being fired" what "no shots were
fired" says.

So do a contrast and a ruling out: "counted addresses rather than households" says what
"counted addresses, not households" says, as "walked instead of taking the bus" does; and
"has ruled out paying anything" says what "the city would not pay" says (session 49,
nogold49: each made a rebuttal of two outlets' one account).
"""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.features import _Tok

__all__ = ["IMPLYING_NOT", "negated_by_verb", "stated_before_contrast"]

# verbs (and the adjective "unable") that say the act of their "to" complement did not
# happen: "failed to connect", "unable to reach", "refused to leave", "declined to comment"
IMPLYING_NOT = frozenset(
    """fail fails failed failing unable refuse refuses refused refusing decline declines
    declined declining""".split()
)
# verbs that say their object was not given: "refused permission", "was refused bail",
# "withheld its approval" (not "denied": "denied the report" is a denial of a statement)
_REFUSING_OBJECT = frozenset("refuse refuses refused refusing withhold withholds withheld".split())
_OBJECT_DETERMINERS = frozenset("a an the its their his her any".split())
# words that forbid the act after their "to" or "from": "illegal for shops to sell",
# "banned drivers from using" (a prohibition states that the act may not happen)
_PROHIBITING = frozenset(
    """illegal unlawful forbidden forbid forbids forbade prohibited prohibit prohibits banned
    ban bans barred bar bars""".split()
)
# words that may stand between "to" and the act it names ("failed to even connect",
# "unable to fully reach")
_BETWEEN = frozenset("be been even fully ever properly quickly again".split())
REACH = 3  # tokens after "to" (or "without") read for the act
# two words that set aside what follows them: "addresses rather than households", "walked
# instead of taking the bus" (the first word with content after them is set aside)
_CONTRASTS = frozenset({("rather", "than"), ("instead", "of")})
# a word before "not" that makes it a contrast with what came before ("X but not Y")
_CONTRAST_BEFORE_NOT = frozenset({"but"})
# a verb of ruling out before "out" and its object or act: "ruled out paying anything",
# "has ruled out a rise", "rules out any cut"
_RULING = frozenset("rule rules ruled ruling".split())
# words of degree that may stand between "without" and its noun ("without serious injury",
# "without a single shot")
_DEGREE = frozenset("serious major further significant much single".split())


def negated_by_verb(toks: Sequence[_Tok], concept: str) -> bool:
    """Whether `concept` is stated in the statement `toks` only as the act a verb of
    failing or refusing says did not happen ("failed to connect" -> connect), as the object
    a verb of refusing says was not given ("refused permission" -> permission), or as the
    noun after "without" ("without injury" -> injure): every token of that concept is
    such an act."""
    found = False
    for k, t in enumerate(toks):
        if t.concept != concept:
            continue
        if not (
            _after_implying_not(toks, k)
            or _after_without(toks, k)
            or _refused_object(toks, k)
            or _prohibited_act(toks, k)
            or _after_contrast(toks, k)
            or _ruled_out(toks, k)
        ):
            return False
        found = True
    return found


def _after_without(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the first word with content after "without" ("without injury",
    "without a shot", "without any serious injury")."""
    at = k - 1
    while at >= 0 and k - at <= REACH and (not toks[at].concept or toks[at].low in _DEGREE):
        if toks[at].low == "without":
            return True
        at -= 1
    return False


def stated_before_contrast(toks: Sequence[_Tok], concept: str) -> bool:
    """Whether a statement that negates `concept` in a contrast ("X but not Y") states it
    before that contrast too: "compensation for healthy birds that are culled but not for
    birds that died" negates a kind of bird, not birds, and rebuts no "compensation for
    healthy birds culled" (it says so itself)."""
    for k in range(1, len(toks)):
        if toks[k].low == "not" and toks[k - 1].low in _CONTRAST_BEFORE_NOT:
            return any(t.concept == concept for t in toks[: k - 1])
    return False


def _after_contrast(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the first word with content after "rather than" or "instead of"
    ("addresses rather than households" -> household, "instead of a fee" -> fee)."""
    at = k - 1
    while at >= 1 and k - at <= REACH and (not toks[at].concept or toks[at].low in _DEGREE):
        if (toks[at - 1].low, toks[at].low) in _CONTRASTS:
            return True
        at -= 1
    return False


def _ruled_out(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the act or object right after "ruled out" ("ruled out paying" ->
    pay, "has ruled out a rise" -> rise, "ruled out any cut" -> cut)."""
    at = k - 1
    if at >= 0 and toks[at].low in _OBJECT_DETERMINERS:
        at -= 1
    return at >= 1 and toks[at].low == "out" and toks[at - 1].low in _RULING


def _refused_object(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the object noun of a verb of refusing ("refused permission",
    "was refused a licence", "withheld its approval")."""
    at = k - 1
    if at >= 0 and toks[at].low in _OBJECT_DETERMINERS:
        at -= 1
    return at >= 0 and toks[at].low in _REFUSING_OBJECT


def _prohibited_act(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the act a prohibition forbids, or that act's object: "made it
    illegal for shops to sell fireworks" (sell, firework), "banned drivers from using the
    lane" (use, lane): the words after "to" or a gerund after "from", at most `REACH`
    tokens, with a word of prohibiting at most three tokens before the "to" or "from"."""
    at = k
    while at > 0 and k - at < REACH:
        at -= 1
        word = toks[at].low
        if word == "to" or (word == "from" and toks[at + 1].low.endswith("ing")):
            if toks[at + 1].low in _OBJECT_DETERMINERS:
                return False  # ("banned from the stadium": a place, not an act)
            before = toks[max(0, at - 3) : at]
            return any(t.low in _PROHIBITING for t in before)
    return False


def implies_not(toks: Sequence[_Tok]) -> bool:
    """Whether the statement `toks` tells some act did not happen by a verb of failing or
    refusing before "to" ("accused him of failing to tell shareholders")."""
    return any(_after_implying_not(toks, k) for k in range(len(toks)))


def _after_implying_not(toks: Sequence[_Tok], k: int) -> bool:
    """Whether toks[k] is the first word with content after "<failed> to"."""
    at = k - 1
    while at >= 0 and k - at <= REACH and toks[at].low in _BETWEEN:
        at -= 1
    return at >= 1 and toks[at].low == "to" and toks[at - 1].low in IMPLYING_NOT
