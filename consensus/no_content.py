"""Sentences that hold no claim about the event: the page's own provenance, and turns that
announce an account or a list without giving it.

`consensus.nonclaims` and `consensus.furniture` find the furniture around an article; these
are whole sentences inside it that a reader of a report would take for a claim and find
empty, each by the shape of news language, never by one outlet's strings:

    - provenance: the piece saying where it first ran or how it is reprinted ("This report
      first appeared in the Valley Courier.", "Originally published by the Harbor Times.",
      "Republished with permission.", "This piece was produced in partnership with ...");
    - an announcement of what follows ("Here is what we know.", "Here's what happened.",
      "Here are accounts from some of the witnesses.", "Here is the Example Press report.",
      "What we know so far.", a topic
      announced in the present: "Then there are the regulators.");
    - an account announced but not given, the sentence ending on it ("Residents gave a
      very different account.", "Witnesses gave differing accounts.", "The regulator gave a
      different timeline.", "Police gave a different figure."): what they say is in
      the sentences around it, which are claims. One that names what the accounts are of
      ("The police and the organiser gave conflicting accounts of how the crowd built up.")
      says who disputes what: a claim.

A sentence is caught only whole (the shape runs from its first word to its stop), never
inside quotation marks and never with a reporting verb ("Here is what happened, police
said, ..." and "Witnesses told a different story, saying the truck ..." are claims).

Pure: no I/O, clock or randomness; patterns are linear-time.
"""

from __future__ import annotations

import re

__all__ = ["announced_account", "no_content_spans"]

_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+|$)", re.MULTILINE)
_TAIL = r"[^\n.!?:;\"“”]"  # the rest of a short sentence: no second clause after a colon
_OPENER = r"(?:(?:And|So|Now|But|First|Below|Meanwhile),?[ \t]+)?"
_PIECE = (
    r"(?:report|story|article|piece|column|essay|interview|feature|post|analysis|commentary"
    r"|op-ed|dispatch|item|investigation|version[ \t]+of[ \t]+this[ \t]+\w+)"
)
_PROVENANCE = (
    rf"This[ \t]+{_PIECE}[ \t]+(?:(?:was|is|has[ \t]+been)[ \t]+)?(?:first|originally|also)[ \t]+"
    r"(?:appeared|ran|published|aired|posted|broadcast|carried)\b"
    r"|(?:Originally|First)[ \t]+(?:published|appeared|posted|aired|broadcast|ran)[ \t]+"
    r"(?:in|on|by|at|as)\b"
    r"|(?:Republished|Reprinted|Reproduced|Published)[ \t]+(?:here[ \t]+)?(?:with|by|under)[ \t]+"
    r"(?:(?:the[ \t]+)?(?:kind[ \t]+)?permission|arrangement|agreement|licen[cs]e)\b"
    rf"|This[ \t]+{_PIECE}[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:republished|reprinted|"
    r"reproduced|syndicated|adapted|excerpted|shared|produced|published|reported|written)[ \t]+"
    r"(?:from|with[ \t]+permission|in[ \t]+(?:partnership|collaboration|association|"
    r"cooperation)|as[ \t]+part[ \t]+of|jointly|under)\b"
)
_ANNOUNCE = (
    rf"{_OPENER}Here(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+(?:what|how|why|where|who|when|everything"
    r"|all[ \t]+(?:we|you)|(?:(?:a|an|the|some|more)[ \t]+)?(?:(?:quick|brief|short|full|"
    r"closer|detailed|first)[ \t]+)?(?:look|timeline|rundown|breakdown|summary|recap|roundup|"
    r"round-up|explainer|guide|list|accounts?|details|latest|reactions?|key[ \t]+points)"
    # a report that follows, by whoever made it: "Here is the Example Press report."
    r"|the[ \t]+(?:(?:full|latest|original)[ \t]+)?(?:(?:news|wire)[ \t]+agency[ \t]+"
    r"|[A-Z][\w'’.&-]*[ \t]+(?:[A-Z][\w'’.&-]*[ \t]+){0,2})?(?:report|dispatch|bulletin))\b"
    rf"{_TAIL}{{0,60}}"
    rf"|{_OPENER}(?:What|Everything|All)[ \t]+(?:we|you)[ \t]+(?:know|need[ \t]+to[ \t]+know)"
    rf"\b{_TAIL}{{0,40}}"
    # a topic announced in the present, its content in the sentences after it ("Then there
    # are the regulators."; "Then there was an explosion." is a claim)
    rf"|(?:And[ \t]+)?Then[ \t]+there(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+the[ \t]{_TAIL}{{1,40}}"
)
_ACCOUNT_VERB = (
    r"(?:(?:have|has|had)[ \t]+)?(?:gave|given|give|gives|offered|offer|offers|told|tell|tells|"
    r"painted|paint|paints|presented|present|presents|provided|provide|provides)"
)
_DIFFERENT = (
    r"(?:(?:very|quite|starkly|sharply|markedly|rather|somewhat|strikingly|wildly|radically|"
    r"completely|entirely|vastly|far|much|two)[ \t]+)?(?:different|differing|conflicting|"
    r"contrasting|contradictory|opposing|competing|divergent|other)"
)
_UNGIVEN = (
    rf"[A-Z][^\n.!?:;\"“”,]{{0,60}}?[ \t]{_ACCOUNT_VERB}[ \t]+(?:(?:a|an)[ \t]+)?{_DIFFERENT}"
    r"[ \t]+(?:accounts?|stories|story|versions?|pictures?|narratives?|descriptions?|"
    r"timelines?|explanations?|estimates?|figures?|tallies|tally|counts?)"
)
_NO_CONTENT = re.compile(rf"(?:{_PROVENANCE}|{_ANNOUNCE}|{_UNGIVEN})[^\n.!?]{{0,120}}[.!:]?")
_ANNOUNCE_WHOLE = re.compile(rf"(?:{_ANNOUNCE}|{_UNGIVEN})[.!:]?")
_QUOTED = re.compile(r"[\"“”«»]|(?:^|[\s(:])'\w")
_REPORTING = re.compile(
    r"\b(?:said|says|say|told(?![ \t]+(?:a|an|two)[ \t])|tells(?![ \t]+(?:a|an)[ \t])|"
    r"according[ \t]+to|added|stated|saying)\b"
)


def no_content_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the unquoted sentences of ``text`` that hold no claim: the
    page's provenance, an announcement of what follows, an account announced but not given
    (module docstring)."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group().rstrip()
        if _QUOTED.search(sentence) or _REPORTING.search(sentence):
            continue
        if _NO_CONTENT.fullmatch(sentence) is None:
            continue
        # an announcement or an ungiven account is a short sentence of its own, whole
        if _ANNOUNCE_WHOLE.fullmatch(sentence) is None and not re.match(_PROVENANCE, sentence):
            continue
        out.append((m.start(), m.start() + len(sentence)))
    return out


_UNGIVEN_WHOLE = re.compile(rf"{_UNGIVEN}[.!]?")


def announced_account(sentence: str) -> bool:
    """Whether the whole sentence announces an account it does not give ("Chief arbiter
    Dagny Werth gave a very different description."): who it opens on speaks next."""
    return _UNGIVEN_WHOLE.fullmatch(sentence.strip()) is not None
