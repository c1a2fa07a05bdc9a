"""Days still to come that no future cue before them announces (`dates._times` reads a bare
weekday as the last such day unless its clause speaks of the future).

Shapes read here as the coming day, each on the words around the weekday:
- a deadline: "has until Friday to reply", "a decision is expected by Friday", "faces a
  Friday deadline", "until at least Wednesday", "by Friday at the
  latest", "no later than Friday", a request due by a day ("asked both sides for their
  answers by Friday");
- a meeting one side called: "summoned both sides to talks on Monday", "invited them to a
  meeting on Monday";
- a scheduled act in the present tense: "the trial resumes on Thursday", "talks begin
  Monday";
- a day's event a future cue governs: "Monday's talks are expected to ...", "ahead of
  Tuesday's vote" in a clause with no past verb.
Past shapes stay past: "talks on Monday ended without a deal" (a past verb right after the
day), "at Monday's meeting the minister said", "police arrested 40 people ahead of Sunday's
vote", "the post had been shared 30,000 times by Thursday".
"""

from __future__ import annotations

import datetime as dt
import re

from consensus.models import TimeRef
from consensus.offline.week_words import week_word

_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"()\n]")

# An event one can be called to, or a day's event ("Monday's talks").
_EVENT = (
    r"(?:talks|meeting|meetings|negotiations|hearing|summit|session|vote|ballot|debate|"
    r"consultations|conference|rally|strike|walkout|match|game|final|referendum|election|"
    r"ruling|verdict|sentencing|deadline|trial|inquest)"
)
# Right before the weekday ("... until ", "... to talks on ").
_BEFORE = re.compile(
    r"(?:\buntil\s+at\s+(?:the\s+)?(?:least|earliest)\s+"
    r"|\bno\s+later\s+than\s+"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:expected|due)\s+(?:by|on)\s+"
    r"|\b(?:ask|request|demand|order|requir|instruct)\w*\b[^,;]{0,60}?\bby\s+"
    r"|\b(?:summon|invit|call|convene|convok)\w*\b[^,;]{0,50}?\bto\s+(?:\w+\s+){0,3}?"
    rf"{_EVENT}\s+(?:on\s+)?"
    r")$",
    re.IGNORECASE,
)
# A scheduled act in the present tense, right before the day ("the trial resumes on
# Thursday"), not after "did", "not" or "to" ("talks did not begin on Monday", "failed to
# start on Monday").
_SCHEDULED = re.compile(
    r"(?<!\bdid\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bto\s)(?<!n't\s)(?<!n’t\s)"
    r"\b(?:resumes?|begins?|starts?|reopens?|reconvenes?|convenes?|expires?|"
    r"takes?\s+place|(?:is|are)\s+held|gets?\s+under\s+way)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A deadline one has: "has until Friday to reply", "gave them until Friday to leave" (not "had
# been held until Friday").
_HAS_UNTIL = re.compile(
    r"\b(?:has|have|had|gives?|gave|given|giving)\s+(?:(?!been\b)\w+\s+){0,4}?until\s+$",
    re.IGNORECASE,
)
_TO_DO = re.compile(r"\s+to\s+[a-z]")
# A deadline one faces: "faces a Friday deadline" (not "missed a Friday deadline").
_FACES = re.compile(r"\b(?:faces?|facing|has|have)\s+an?\s+$", re.IGNORECASE)
_DEADLINE = re.compile(r"\s+deadline\b", re.IGNORECASE)
# Right after the weekday.
_AFTER = re.compile(
    r"\s+at\s+the\s+latest\b"
    rf"|['’]s\s+(?:\w+\s+){{0,2}}?{_EVENT}\s+(?:will|(?:is|are)\s+(?:expected|due|set|"
    r"scheduled|likely|to)\b)",
    re.IGNORECASE,
)
# "the winners of Sunday's vote will ...": the future is the winners', not the vote's.
_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE)
# A past verb: "ended", "was", "met" ... (a regular past in -ed, or a common irregular one).
_PAST = re.compile(
    r"\b(?:\w{2,}ed|was|were|had|did|said|met|held|told|made|took|gave|came|went|saw|"
    r"broke|began|left|fell|won|lost|ran|sent|put|set|hit|cut|got|kept|led|spoke|drew)\b",
    re.IGNORECASE,
)
# Words after the weekday that say the act is over ("talks on Monday ended ...", "..., which
# broke up after an hour").
_DONE_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+|,\s+(?=which\b|that\b))"
    r"(?:\w+\s+){0,2}?"
    r"(?:\w{2,}ed|was|were|had|did|broke|began|fell|went|came|left|ran)\b",
    re.IGNORECASE,
)


def _clause_before(text: str, start: int, pos: int) -> str:
    window = text[max(start, pos - 100) : pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def coming(text: str, start: int, end: int, wd_start: int, wd_end: int) -> bool:
    """Whether the weekday at [wd_start, wd_end) is a day still to come by the words around
    it (shapes in the module's docstring)."""
    after = text[wd_end : min(end, wd_end + 80)]
    if _DONE_AFTER.match(after):
        return False
    before = _clause_before(text, start, wd_start)
    if (
        _BEFORE.search(before)
        or _SCHEDULED.search(before)
        or (_HAS_UNTIL.search(before) and _TO_DO.match(after))
        or (_FACES.search(before) and _DEADLINE.match(after))
    ):
        return True
    if _AFTER.match(after) and not _OF.search(before):
        return True
    lead = _AHEAD_OF.search(before)
    return bool(lead and after[:1] in "'’" and not _PAST.search(before[: lead.start()]))


_WEEKDAY = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)


def one_day_per_name(text: str, times: list[tuple[int, int, TimeRef]], published: dt.date) -> None:
    """A day's event named by its weekday ("before Tuesday's vote") is the coming day when
    the article reads that weekday elsewhere as still to come ("called another rally for
    Tuesday"): an article names two days a week apart by one bare weekday only with a "last"
    or "next" (so one after "last"/"next" keeps its own week). Rewrites `times` in place."""
    ahead = {
        m.group(1): t.date
        for _s, _e, t in times
        if t.date is not None and t.date > published and (m := _WEEKDAY.fullmatch(t.text))
    }
    if not ahead:
        return
    for k, (s, e, t) in enumerate(times):
        m = _WEEKDAY.fullmatch(t.text)
        if (
            m is not None
            and m.group(1) in ahead
            and t.date is not None
            and t.date < published
            and text[e : e + 2] in ("'s", "’s")
            and week_word(text, 0, s) is None
        ):
            times[k] = (s, e, TimeRef(text=t.text, date=ahead[m.group(1)]))
