"""Speech a clause introduces without a verb of saying, given to the clause's subject: a
quotation after a colon ("London Mayor Jane Roe paid tribute on Twitter: '…'", "He ended by
saying: '…'", "The channel, which …, issued a directive: '…'") and words reported after a
participle of saying ("The board unanimously backed the plan, saying it ...", "The Daily
Ledger, a state-run newspaper, followed up, noting that ...").

News writes the subject of such a clause as the speaker. The subject is a noun phrase
opening a comma segment of the words before the colon or participle, read from the last
segment back (a segment opening in lower case is a verb phrase, an appositive or a relative
clause, and is skipped): a run of capitalised words (a name, a title and a name, "The
Harbour Authority") or he/she, ending the segment or followed by a lower-case word (its
verb). `speakers._trailing` tries it last, when nothing else names a speaker, and keeps it
only when the phrase resolves to a person or a named body (never "It read: '…'", "The
headline: '…'", "Asked about the fire, he added: …" read as "Asked").
"""

from __future__ import annotations

import re

from consensus.offline.names import _TITLES

__all__ = ["subject_speaks"]

# the words before a colon and an opening quotation mark, on one line, no quotation before
_COLON_QUOTE = re.compile(r"(?P<pre>[^“”\"„\n:;]{3,220}?)\s*:\s*[“\"„]")
# "…, saying it ...", "…, noting that ...": a participle of saying after a comma
_PARTICIPLE = re.compile(
    r"(?P<pre>[^“”\"„\n:;]{3,220}?),\s+(?:saying|noting|adding|insisting|arguing|warning|"
    r"stressing|claiming)\b"
)
_THE_NAME = re.compile(r"the\s+[A-Z]")
# a preposition opening a segment: a fronted phrase ("For <Place> schoolteacher <Name>, …,
# the news arrived …: '…'"), never the subject (closed class)
_FRONTED = re.compile(
    r"(?:For|In|At|On|From|With|To|By|After|Before|Under|Among|Despite|During|Like|Unlike|"
    r"Inside|Outside|Near|Across|Behind|Beyond|Within|Without|Over|Through|Since)\s"
)
# the subject: capitalised words (one "of"/"for" inside: "Secretary of State Jo Roe") or
# he/she, closing the segment or followed by a lower-case word (its verb)
_SUBJECT = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?(?!(?:The|An?)\s)[A-Z][\w.’'-]*"
    r"(?:\s+(?:(?:of|for)\s+)?[A-Z][\w.’'-]*){0,5}|[Hh]e|[Ss]he)"
    r"(?:\s+[a-z]|\s*$)"
)


def subject_speaks(
    clause: str, kind_np: re.Pattern[str] | None = None
) -> tuple[str, int, int] | None:
    """(subject, its offset, where the speech starts) of a clause that introduces speech
    after a colon or a participle of saying, or None. With ``kind_np`` (a pattern of a body
    or group named by its kind, `speaker_nps._GROUP_NP`), a segment opening "The <kind>"
    followed by its verb is a subject too ("The agriculture ministry stood by its number,
    saying ...")."""
    m = _COLON_QUOTE.match(clause) or _PARTICIPLE.match(clause)
    if m is None:
        return None
    pre = m.group("pre")
    ends = [k for k, ch in enumerate(pre) if ch == ","]
    for start in [e + 1 for e in reversed(ends)] + [0]:
        while start < len(pre) and pre[start] == " ":
            start += 1
        if pre[start : start + 1].islower() and not _THE_NAME.match(pre, start):
            continue  # a verb phrase, an appositive, a relative clause
        if _FRONTED.match(pre, start):
            continue
        seg_end = next((e for e in ends if e >= start), len(pre))
        s = _SUBJECT.match(pre[:seg_end], start)
        if s is None and kind_np is not None and pre.startswith(("The ", "the "), start):
            k = kind_np.match(pre[:seg_end], start)
            if k is not None and _VERB_NEXT.match(pre[:seg_end], k.end()):
                speech = m.end() - (1 if m.re is _COLON_QUOTE else 0)
                return pre[start : k.end()], start, speech
        if s is None or s.group("np").endswith(("'s", "’s")):  # "X's police chief"
            continue
        np_end = s.end("np")
        role = _ROLE_AFTER.match(pre[:seg_end], np_end)
        if (
            role is not None
            and role.group("name")
            and not _role_word(role.group("role"))
            and role.group("role").split()[-1] in _NAMED_ROLES
        ):
            speech = m.end() - (1 if m.re is _COLON_QUOTE else 0)
            return role.group("name"), role.start("name"), speech  # the person, untitled
        if role is not None and _role_word(role.group("role")):
            if role.group("name"):
                np_end = role.end("name")  # "Green Party leader Mia Sorel": the person, titled
            elif pre[:start].strip(" ,"):
                continue  # ", the Green Party leader,": an appositive, its person named before
        speech = m.end() - (1 if m.re is _COLON_QUOTE else 0)
        return pre[s.start("np") : np_end], s.start("np"), speech
    return None


# a lower-case word after a subject named by its kind: its verb
_VERB_NEXT = re.compile(r"\s+[a-z]")


# lower-case words after the capitalised subject that end its segment or stand before a
# name: a role ("Green Party leader Mia Sorel", "the Tenants' Union spokeswoman"), when the
# last is a title word of the article's name table (`names._TITLES`), never a verb
_ROLE_AFTER = re.compile(
    r"\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    # where the person spoke ("... Anders Teal on VTV's Evening Report: '…'")
    r"(?:\s+(?:on|in|at|to)\s+[^,]{1,60})?)?\s*$"
)


# lower-case words that are a role only with a name after them ("Federation of Trade Unions
# chair Nadia Pell: '…'", "Brightbank economist Ann Roe: '…'"): the name speaks, not the body
_NAMED_ROLES = frozenset(
    "chair chairperson founder coordinator organiser organizer economist analyst".split()
)


def _role_word(role: str) -> bool:
    return role.split()[-1] in _TITLES
