"""Whose words each paragraph of a broadcast transcript or a printed interview is.

A transcript labels its turns ("VERA LUND: We hear that ...", then "LUND: ..."; a
turn runs on over the paragraphs after it until the next label); an interview prints
"Q: ..." and "A: ..." paragraphs. The label is layout, never words of a claim. A guest's
turn and an interviewee's answer are that person's own words; the host's, a reporter's
("..., HOST:", "..., BYLINE:") and the interviewer's ("Q:") are the outlet's; an
unidentified voice stays unattributed. Never guesses a name the article does not print:
an answer whose interviewee the article does not name before the first question stays
unattributed too. In an article that is neither, a clip labelled with the full name of a
person the article names ("RUNA ALBREKTSEN: ...") is that person's words (`_clips`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from consensus.offline.names import _TITLES

# "NORA BELL, HOST:", "LUND:", "UNIDENTIFIED PERSON: (Through interpreter) ...", "Q:",
# "Q. ...", "ANSWER: ..."
_LABEL = re.compile(
    r"(?:(?P<qa>[QA])\.[ \t]+(?=[A-Z“\"])"
    r"|(?P<name>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})(?:[ \t]+\#\d+)?"
    r"(?:,[ \t]*(?P<role>[A-Z][A-Z ]{1,30}?))?[ \t]*:(?:[ \t]+|$))"
    r"(?:\((?:[Tt]hrough|[Vv]ia)[ \t]+(?:an[ \t]+)?(?:interpreter|translator)\)[ \t]*)?",
    re.MULTILINE,
)
_INTERVIEW = {"Q": "Q", "A": "A", "QUESTION": "Q", "ANSWER": "A"}
# the outlet's own people: what they say is the outlet's report
_OUTLET_ROLES = frozenset(
    "HOST ANCHOR BYLINE CORRESPONDENT REPORTER PRESENTER INTERVIEWER MODERATOR".split()
)
# a voice the transcript does not name
_UNNAMED = frozenset("UNIDENTIFIED UNKNOWN CROWD GROUP PROTESTERS CHILDREN".split())
# more distinct labels than a programme has voices: capitals of something else
_MAX_VOICES = 40


@dataclass(frozen=True)
class Turn:
    """A paragraph of a turn: where its words begin (after the label, if it has one) and
    whose words they are (None: the outlet's, or someone unnamed)."""

    words: int
    speaker: str | None
    # the first names of the transcript's voices, which its turns call each other by
    callers: frozenset[str] = frozenset()

    def without_vocatives(self, statement: str) -> str:
        """The statement without a first name said to the other voice ("Forty-seven were
        rescued, Maya, and ..." -> "Forty-seven were rescued, and ...", "Maya, we don't
        know" -> "We don't know")."""
        for name in self.callers:
            name = re.escape(name)
            statement = re.sub(rf",\s+{name}(?=[,.!?;]|$)", "", statement)
            m = re.match(rf"(?:[“\"]?){name},\s+(?=[a-zA-Z])", statement)
            if m is not None:
                rest = statement[m.end() :]
                statement = statement[: m.end() - len(m.group())] + rest[:1].upper() + rest[1:]
        return statement


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _printed(name: str, text: str) -> str:
    """A label's name as the article writes it in running text ("VERA LUND" ->
    "Vera Lund"), else in title case; without a title before it ("MAYOR IDA MOSS")."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in _TITLES:
        words = words[1:]
    name = " ".join(words)
    pattern = r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if not m.group().isupper():
            return m.group()
    return name.title()


_JOURNALIST = r"(?:reporter|correspondent|journalist|editor|columnist|anchor|producer)"


def journalist(name: str, text: str) -> bool:
    """Whether the article describes the guest as a journalist ("Vera Lund, a reporter
    for ...", "correspondent Vera Lund")."""
    n = re.escape(name)
    return (
        re.search(rf"\b{n},\s+(?:an?|the|our)\s+(?:[\w.'’-]+\s+){{0,4}}?{_JOURNALIST}\b", text)
        is not None
        or re.search(rf"\b{_JOURNALIST}\s+{n}\b", text) is not None
    )


def turns(
    text: str,
    interviewee: Callable[[int], str | None],
    surname: Callable[[str], str | None] = lambda _w: None,
) -> dict[int, Turn]:
    """The turns of the article's paragraphs, by the paragraph's start offset (empty for an
    article that is neither a transcript nor an interview). `interviewee(pos)` names the
    person the article introduces before `pos` (the first question); `surname(word)` the
    one person the article names with that family name ("SAND:" after "Foreign Minister
    Erik Sand spoke to ...")."""
    labelled: list[tuple[int, int, str, str | None]] = []  # para start, words, name, role
    paragraphs = _paragraphs(text)
    for a, b in paragraphs:
        m = _LABEL.match(text, a, b)
        if m is not None:
            labelled.append((a, m.end(), m.group("name") or m.group("qa"), m.group("role")))
    qa = [(a, w, _INTERVIEW[n], r) for a, w, n, r in labelled if n in _INTERVIEW]
    if {"Q", "A"} <= {n for _a, _w, n, _r in qa}:
        return _interview(qa, interviewee)
    labelled = [x for x in labelled if x[2] not in _INTERVIEW]  # "A. Smith said ..."
    uses = Counter(name for _a, _w, name, _r in labelled)
    roles = {(name, role) for _a, _w, name, role in labelled}
    # a transcript: a label with a role ("..., HOST:"), or two voices taking turns
    if (
        not labelled
        or len(roles) > _MAX_VOICES
        or not (any(role for _n, role in roles) or sum(1 for u in uses.values() if u >= 2) >= 2)
    ):
        return _clips(labelled, surname)
    full: dict[str, str | None] = {}  # a last word -> the guest's printed name (None: ours)
    callers: set[str] = set()
    for name, role in sorted(roles, key=lambda x: (x[0], x[1] or "")):
        words = name.split()
        if (len(words) < 2 and not role) or _UNNAMED.intersection(words):
            continue
        printed = _printed(name, text)
        if len(words) >= 2:
            callers.add(printed.split()[0])
        # a journalist of another outlet relays reports as the host's reporters do
        ours = bool(role and _OUTLET_ROLES.intersection(role.split())) or journalist(printed, text)
        full[words[-1]] = None if ours else printed
    for name, role in roles:
        if len(name.split()) == 1 and not role and name not in full:
            person = surname(name)  # a one-word label no full label names
            if person is not None and not journalist(person, text):
                full[name] = person
    voices = frozenset(callers)
    out: dict[int, Turn] = {}
    starts = {a: (w, name) for a, w, name, _r in labelled}
    speaker: str | None = None
    seen = False
    for a, b in paragraphs:
        if a in starts:
            words_at, name = starts[a]
            seen = True
            last = name.split()[-1]
            speaker = full.get(last) if not _UNNAMED.intersection(name.split()) else None
            out[a] = Turn(words_at, speaker, voices)
        elif seen and b > a:
            out[a] = Turn(a, speaker, voices)  # the turn runs on
    return out


def _clips(
    labelled: list[tuple[int, int, str, str | None]], surname: Callable[[str], str | None]
) -> dict[int, Turn]:
    """A clip in an article that is no transcript ("RUNA ALBREKTSEN: We are very glad ..."
    after "Inspector Runa Albrektsen spoke to us"): a paragraph labelled with the full name
    (two words or more) of a person the article names is that person's words; the label
    covers its own paragraph only ("READ MORE: ..." names nobody and stays narration)."""
    out: dict[int, Turn] = {}
    for a, words_at, name, role in labelled:
        words = name.split()
        if role or len(words) < 2 or _UNNAMED.intersection(words):
            continue
        person = surname(words[-1])
        if person is not None and person.casefold().split() == name.casefold().split():
            out[a] = Turn(words_at, person)
    return out


def _interview(
    labelled: list[tuple[int, int, str, str | None]], interviewee: Callable[[int], str | None]
) -> dict[int, Turn]:
    first_q = min(a for a, _w, name, _r in labelled if name == "Q")
    answerer = interviewee(first_q)
    return {
        a: Turn(w, answerer if name == "A" else None)
        for a, w, name, _r in labelled
        if name in ("Q", "A")
    }


def interviewee(persons: list[str], outlet: str, text: str) -> str | None:
    """The last of `persons` (those the article names before its first question) who is
    neither the outlet nor described as a journalist (the interviewer)."""
    outlet = outlet.casefold()
    found = [p for p in persons if p.casefold() not in outlet and not journalist(p, text)]
    return found[-1] if found else None


def by_surname(persons: list[str], word: str, outlet: str) -> str | None:
    """The one full name among `persons` that ends with `word` (any case); never for a
    word of the outlet's name ("MIRROR:" in the Weekly Mirror)."""
    if word.casefold() in outlet.casefold():
        return None
    found = {p for p in persons if " " in p and p.split()[-1].casefold() == word.casefold()}
    return found.pop() if len(found) == 1 else None
