"""A figure as a statement writes it (pipeline steps 5 and 6): its bound ("at least 84"),
how it reads inside a line, and what it counts (a state such as "killed", a noun phrase).
Read by the sides of figure points, their slots and the summary.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re

from consensus.merge.figure_count_subjects import LEVEL_VERBS
from consensus.merge.figure_terms import CLOCK_TERMS, TERM_WORDS
from consensus.merge.figures import TERMS, Figure

# Words written before a figure that belong to it ("at least 84", "nearly 80", "up to 32"),
# a negated comparative whole ("no more than 15" is at most 15: never shown "more than 15").
BOUND_BEFORE = re.compile(
    r"(?:(?:no|not)\s+(?:more|fewer|less)\s+than|at least|at most|more than|fewer than|"
    r"less than|up to|as many as|nearly|almost|about|"
    r"around|roughly|some|over|under|within|approximately|an estimated|a further|another)\s+$",
    re.IGNORECASE,
)

_BOUND_WORDS = frozenset(
    "at more fewer less up as nearly almost about around roughly some over under "
    "approximately an a another no not within".split()
)
# a term's unit noun after its number, with "and a half" after it ("an hour and a half")
_TERM_UNIT_AFTER = re.compile(
    rf"[ \t]+(?:{TERM_WORDS})s?\b"
    r"(?P<half>[ \t]+and[ \t]+a[ \t]+half\b)?",
    re.IGNORECASE,
)


def bound_start(statement: str, fig: Figure) -> int:
    """Where a figure starts with the bound written before it ("at least 84")."""
    bound = BOUND_BEFORE.search(statement, max(0, fig.start - 20), fig.start)
    if bound is None or (bound.group(0)[:6].casefold() == "within" and fig.unit not in CLOCK_TERMS):
        return fig.start  # ("within" bounds a length of an act alone: `figure_terms`)
    return bound.start()


def in_line(text: str, fig: Figure) -> str:
    """`text` (a figure as written, from its bound on) as it reads inside a line: "At least
    60", "Forty-two", "Dozens" open their sentence, not the line."""
    first = text.split(" ", 1)[0]
    if first.lower() in _BOUND_WORDS or (text[:1].isupper() and fig.text[:1].isalpha()):
        if first.isupper() and len(first) > 1:  # "AT least two": a tabloid's capitals
            return first.lower() + text[len(first) :]
        return text[:1].lower() + text[1:]
    return text


def written_figure(statement: str, fig: Figure) -> str:
    """The figure with the bound written before it, as it reads inside a line."""
    start = bound_start(statement, fig)
    text = in_line(" ".join(statement[start : fig.start + len(fig.text)].split()), fig)
    if fig.unit in TERMS:  # "12" of "jailed for 12 years" reads "12 years"
        end = fig.start + len(fig.text)
        unit = _TERM_UNIT_AFTER.match(statement, end)
        if unit is not None and (unit.group("half") or fig.text[:1].isalpha()):
            # "an hour and a half", "a fortnight": the words as written, not "an hours"
            return text + " " + " ".join(statement[end : unit.end()].split())
        text += f" {fig.unit}" if fig.value == 1 else f" {fig.unit}s"
    return text


# A participle or a state a counted figure is in ("killed", "taken", "dead", "missing").
STATE = re.compile(r"(?:ed|en|dead|hurt|missing)$", re.IGNORECASE)


def count_state(word: str) -> bool:
    """Whether a slot word is a state a count is in ("killed", "dead", "missing"): a verb
    of level ("has risen to 21", "climbed to 40") moves a count and names none of it."""
    return bool(STATE.search(word)) and word.lower() not in LEVEL_VERBS


def counted(statement: str, fig: Figure) -> tuple[str, str]:
    """What a figure of `statement` counts, as written: (a participle or state among its two
    nearest slot words, "killed", "dead"; its noun phrase, "fire rescue units", "barrels"),
    each '' when it has none (a verb such as "fell" or a word before the figure such as
    "share" names nothing)."""
    state = next((w for w in fig.slot[:2] if count_state(w)), "")
    noun = fig.noun
    if fig.noun and fig.head and fig.head != fig.noun:
        end = fig.start + len(fig.text)
        run = re.match(
            rf"\W*({re.escape(fig.noun)}(?:\s+[\w'’-]+){{0,2}}?\s+{re.escape(fig.head)})\b",
            statement[end : end + 60],
            re.IGNORECASE,
        )
        noun = run.group(1).casefold() if run else f"{fig.noun} {fig.head}"
    return state, " ".join(noun.split())


# Words that qualify a count's state ("four are seriously injured", "two still trapped"):
# adverbs in -ly and a few of time, the rest of the words before the state being auxiliaries
_QUALIFIER = re.compile(r"[a-z]+ly|still|now|already|yet", re.IGNORECASE)

_AUXILIARY = frozenset("are were is was have has had been be being people".split())


def _qualified(statement: str, fig: Figure, state: str) -> str:
    """' seriously injured' when the count's state is qualified ("four are seriously
    injured" is not "four injured"; "two still trapped" is not "two trapped"); else ''."""
    if not state:
        return ""
    end = fig.start + len(fig.text)
    words = re.findall(r"[\w'’-]+", statement[end : end + 60])[:5]
    lowered = [w.casefold() for w in words]
    if state not in lowered:
        return ""
    between = [w for w in words[: lowered.index(state)] if w.casefold() not in _AUXILIARY]
    if between and all(_QUALIFIER.fullmatch(w) for w in between):
        return " " + " ".join([*between, state])
    return ""
