"""Who the story follows after a clause (step 4's discourse state): the person or unnamed
role a later "he" points at, the public body "the agency" names, the speaker of the next bare
quotation. `follow` updates `speakers._State` once a clause's attribution is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consensus.offline import narrative_persons as narrative
from consensus.offline.body_anaphors import ANAPHOR_KINDS
from consensus.offline.clause_subjects import addressed_body, subject_persons
from consensus.offline.honorifics import noun_gender
from consensus.offline.names import _TITLES, _strip_possessive
from consensus.offline.sentences import _in_quotes
from consensus.offline.speaker_anaphors import pronoun_person
from consensus.offline.speaker_resolution import _FOLLOWED_ROLES
from consensus.offline.speaker_state import _State
from consensus.offline.speakers import _COMMA, _FRONTED, _NP_LEAD, _VERB_RE, _without_place
from consensus.offline.subject_names import opening_name

if TYPE_CHECKING:
    from consensus.offline.speakers import _Attribution

# the last word of a public body's name ("Consumer Product Safety Commission")
_PUBLIC_BODY_HEADS = frozenset(
    "agency commission administration authority bureau board regulator watchdog".split()
)


def public_body(name: str) -> bool:
    """Whether a speaker's name is a named public body: capitalised words closing on a
    public body's kind ("Consumer Product Safety Commission"), not a kind alone."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in _PUBLIC_BODY_HEADS


_BODY_HEADS = _PUBLIC_BODY_HEADS | frozenset(
    """office department service institute embassy consulate court police university college
    school museum library""".split()
)
# the head of a body's name that the bare kind words miss ("the building inspectorate",
# "the frontier directorate", "the UN secretariat")
_BODY_SUFFIX = re.compile(r"(?:orate|ariat)$")


def body_kind(group: str) -> bool:
    """Whether a speaker that is no person is a body named by its kind ("the ministry", "the
    city's building inspectorate", "the weather office"), whose spokesman a bare "a spokesman
    said" after it is; never a plural group ("residents", "officials") or a document ("the
    statement", "the report")."""
    head = group.split()[-1].lower()
    return head in ANAPHOR_KINDS or (
        group[:1].islower() and (head in _BODY_HEADS or _BODY_SUFFIX.search(head) is not None)
    )


# a clause opening on "the" and up to five lower-case words: "The museum has explained …",
# "The university disputes that."
_THE_LOWER = re.compile(r"[Tt]he((?:[ \t]+[a-z][\w’'-]*){2,6})")
# the word after a subject that is its verb: an auxiliary, a past or a present tense
_SUBJECT_VERB = re.compile(
    r"(?:has|had|have|is|was|were|are|did|does|will|would|could|can|again|also|later|then)"
    r"|[a-z]+(?:ed|es|ts|ds|ns|ys|ks|ls|ms|ps|rs)"
)


# a clause opening on "It" and a verb ("It now says", "It has denied")
_IT_LEAD = re.compile(
    r"It[ \t]+(?:[a-z]+ly[ \t]+|now[ \t]+|also[ \t]+)?(?:has|had|is|was|[a-z]+s)\b"
)


def body_subject(clause: str, named: dict[str, str] | None = None) -> str | None:
    """The body named by its kind that a clause with no speaker opens on as its subject
    ("The museum has explained the new timetable." -> "museum", "The university disputes
    that."): the "a spokeswoman said" after it is that body's. A kind of no body the reader
    knows (`body_kind`) that the article names one body by (`named`, `named_kinds`: "The
    airport rejected that." after "Tarnby Regional Airport") is that body. None for
    anything else."""
    m = _THE_LOWER.match(clause)
    if m is None:
        return None
    words = m.group(1).split()
    for i in range(min(len(words) - 1, 4)):
        group = " ".join(words[: i + 1])
        # "The ministry flatly contradicted him.": an adverb between the body and its verb
        verb = 2 if words[i + 1].endswith("ly") and len(words) > i + 2 else 1
        known = body_kind(group)
        # a kind the reader already knows stays a kind ("museum spokesman"), as before
        full = named.get(group) if named and i == 0 and not known else None
        if (full or known) and _SUBJECT_VERB.fullmatch(words[i + verb]):
            return full or group
    return None


_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


# a clause opening on an unnamed spokesperson or official as the subject of its verb: "A
# council spokesperson disputed that account", "An airport official confirmed the delay"
_OPENING_ROLE = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson"
    r"|official))\s+(?:[a-z]+ed|[a-z]+s)\b"
)


def opening_role(clause: str) -> str | None:
    """The role a clause opens on as its subject, with a verb other than one of saying
    ("A council spokesperson disputed that account" -> "council spokesperson"): the next
    "she said" is that spokesperson's, not the last named person's."""
    m = _OPENING_ROLE.match(clause)
    return m.group("role") if m else None


def unnamed_speaker(
    clause: str, quotes: list[tuple[int, int]], persons: list[tuple[int, str]]
) -> bool:
    """Whether someone the clause does not name for us speaks or acts in it: someone new
    ("A foreign ministry spokesman in Berlin said", "One man who was leaving the hospital
    told CNN"), a name we could not read ("Transport expert Christian Berg, who …,
    said"), or a role ("the president quickly went into the briefing room"). The next "he
    said" is theirs, not the last named person's. Called only for a clause without a
    named speaker; a name among the clause's known `persons` is no stranger."""
    for m in _VERB_RE.finditer(clause, 0, 200):
        if _in_quotes(m.start(), quotes):
            continue
        segments = _without_place(_COMMA.split(clause[: m.start()].strip(" ,")))
        pre = _NP_LEAD.sub("", segments[-1].lstrip("•·▪* "))
        if _INDEFINITE.match(pre) is not None:
            return True  # "…, an interior ministry spokesman said"
        if m.group() in _SAYS and _described_subject(pre, segments):
            return True
        if pre[:1].islower() and len(segments) >= 2:
            pre = _NP_LEAD.sub("", segments[-2].lstrip("•·▪* "))  # "X, who is also …, said"
            if m.group() in _SAYS and _described_subject(pre, segments[:-1]):
                return True  # "The bride, who grew up there, told"
        if _INDEFINITE.match(pre) is not None:
            return True
        words = pre.split()
        last = words[-1] if words else ""
        known = any(name.split()[-1] == last for _pos, name in persons)
        # a full name ("… Christian Berg"), not "Officials said" opening a sentence
        full = len(words) >= 2 and words[-2][:1].isupper() and last[:1].isupper()
        if len(words) >= 3 and words[-3] in _PLACE_PREPOSITIONS:
            full = False  # "… has died at her home in Los Angeles, her family said": a place
        return m.group() in _SAYS and full and not known
    if opening_role(clause) is not None:
        return True  # "A council spokesperson disputed that account.": someone new
    # a role in focus, unless it is the appositive of a person the clause names
    # ("Christian Lund, the president of the region, expressed outrage")
    return not persons and any(
        not _in_quotes(r.start(), quotes) for r in _THE_ROLE.finditer(clause)
    )


# "The bride", "his mother", "the older sister": one person the sentence describes by a
# noun that tells their gender (`honorifics.noun_gender`: never a body or a group)
_THE_DESCRIBED = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][a-z’'-]*)"
)
_NAME_ONLY = re.compile(r"(?:[A-Z][\w’'.-]*\s*)+")


def _described_subject(pre: str, segments: list[str]) -> bool:
    """Whether the subject of the clause's verb of saying is someone it describes and no
    name resolves ("The bride, who grew up in Marrowby, told the Gazette that ...", "Karl
    Lind was killed in the crash, his mother said"): the speaker is that unnamed
    person, so the "she said" after it is not the addressee's after the verb ("the
    Gazette"), nor the person the words named, nor the last named person's. A description
    in apposition to a name before it ("Elena Varga, the bride, told") is that name's; one
    with a first name after it ("Her husband Tony said") is left to the names."""
    m = _THE_DESCRIBED.fullmatch(pre)
    if m is None or not noun_gender(m.group("head")):
        return False  # only a noun that is one person ("her family said": no "she")
    at = next((i for i in range(len(segments) - 1, -1, -1) if pre in segments[i]), 0)
    return at == 0 or _NAME_ONLY.fullmatch(segments[at - 1].strip()) is None


def role_speaks(attr: _Attribution | None) -> bool:
    """An attribution to a role that names no one ("The Nato spokesperson said …"): the
    "he" of the next sentences is that spokesperson, not the person named before it."""
    if attr is None or attr.speaker.person:
        return False
    words = attr.speaker.name.split()
    if len(words) >= 2 and words[-1].lower() in _FOLLOWED_ROLES:
        return True
    # "Karl Lind was killed in the crash, his mother said": a person by a noun that tells
    # her gender, whom the next "she" is (never Karl Lind, whom her words named)
    return words[-1][:1].islower() and noun_gender(attr.speaker.name) != ""


# what puts a name after it in its place: "in Los Angeles", "near Port Elba"
_PLACE_PREPOSITIONS = frozenset("in at from near on to outside inside across".split())
_SAYS = frozenset("said says told added wrote stated".split())
# "the president", "the French prime minister": a person the clause does not name
_THE_ROLE = re.compile(
    r"\b[Tt]he\s+(?:[A-Za-z]+\s+){0,2}?(?:president|prime minister|minister|spokesman|"
    r"spokeswoman|spokesperson|leader|chancellor|mayor|governor|witness)\b"
)


def first_full_name(persons: list[tuple[int, str]]) -> str | None:
    """The person a clause without a speaker leaves the story following: the first full
    name in it, else the first name."""
    for _pos, name in persons:
        if " " in name:
            return name
    return persons[0][1] if persons else None


# a clause whose subject is "he" or "she" ("She has lived on Mill Lane for 40 years"),
# after a short fronted phrase with no name in it ("At 82, she does not drive")
_SUBJECT_PRONOUN = re.compile(
    r"(?:(?:[A-Z][a-z]*|\d+)(?:[ \t]+(?:[a-z]+|\d+)){0,3},[ \t]+)?(?P<p>He|She|he|she)\s+[a-z]"
)


def _pronoun_subject(clause: str, state: _State) -> bool:
    """Whether the clause's subject is a "he" or "she" the person the story follows fits:
    the names after it are what the clause tells of them (a street, a place, a relative),
    and the story goes on following its subject."""
    m = _SUBJECT_PRONOUN.match(clause)
    if m is None or state.last_person is None:
        return False
    return pronoun_person(m.group("p"), state) is not None


def carried_subject(
    state: _State, lead: str, persons: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The persons a clause with no speaker of its own leaves the story following, when
    its subject is carried over from its sentence (`lead`: a relative clause, a second
    verb): the person the story follows, when the lead names them ("Jo Roe, who chairs the
    Union of Port Workers, said …. “…,” he said": the names inside the relative clause
    take no "he" away from her); else the clause's own `persons`."""
    if lead and state.last_person is not None and state.last_person in lead:
        return [(0, state.last_person)]
    return persons


def follow(
    state: _State,
    attr: _Attribution | None,
    clause: str,
    quotes: list[tuple[int, int]],
    persons: list[tuple[int, str]],
    quoted: tuple[bool, bool],
) -> None:
    """The discourse state after a clause: who the story is following now (the person or
    unnamed role a "he" points at, the public body "the agency" names, the speaker of the
    next bare quotation). `quoted`: whether the clause is a quotation, and whether it opens
    on a quotation mark."""
    is_quote, starts_with_quote = quoted
    speaker = attr.speaker.name if attr else None
    if speaker:
        state.spoken.add(speaker)
    before = state.last_person
    state.other_named = bool(
        attr is not None
        and attr.speaker.person
        and any(name != attr.speaker.name for _p, name in persons)
    )
    if attr is not None and attr.speaker.person:
        state.last_person, state.unnamed = attr.speaker.name, False
    elif unnamed_speaker(clause, quotes, persons) or role_speaks(attr):
        # "A spokesman said …. He added": not the last name, but the spokesman
        state.last_person, state.unnamed = None, True
        state.unnamed_role = attr.speaker.name if attr is not None else None
        if attr is not None and attr.speaker.name[:1].islower():
            state.unnamed_roles[attr.speaker.name.split()[-1].lower()] = attr.speaker.name
    elif persons and not _pronoun_subject(clause, state):
        subjects = subject_persons(clause, persons)
        if subjects:  # "the bus to Hanley Cross runs": no one the story follows now
            state.last_person, state.unnamed = first_full_name(subjects), False
    state.description = narrative.noted(state.description, before, state.last_person, clause)
    if attr is None or attr.speaker.name != state.unnamed_role:
        # the role answers only the "he" of the next sentences, while they speak on
        state.unnamed_role = None
    if attr is None and state.unnamed:
        state.unnamed_role = opening_role(clause)
    if attr is not None and not attr.speaker.person and public_body(attr.speaker.name):
        state.last_body = attr.speaker.name
    group = attr.speaker.name if attr is not None and not attr.speaker.person else None
    if group and group[:1].isupper():
        state.last_named_body = group
    elif attr is None and persons and persons[0][0] == 0:
        _bare_subject(state, persons[0][1])
    # a body named by its kind ("the ministry denied it") is one too: "a spokesman said"
    # after it is that body's
    kind = group is not None and body_kind(group)
    state.last_group = group if group and (group[:1].isupper() or kind) else None
    if attr is not None and attr.kind == "leading" and clause.rstrip().endswith(":"):
        state.colon_speaker = attr.speaker.name
    elif attr is not None and attr.kind != "block":
        state.colon_speaker = None
    prior, state.kind_subject = state.kind_subject, None
    if attr is None:
        state.kind_subject = body_subject(clause, state.named_kinds)
        if state.kind_subject is None:
            # "We put that to the fire service. A spokeswoman said ...": that body's
            state.kind_subject = addressed_body(clause, body_kind)
        if state.kind_subject is None and _IT_LEAD.match(clause):
            # "The board has revised its figure. It now says …. A spokesman said": "it" is
            # still that body, whose spokesman speaks next
            state.kind_subject = prior
    state.plural_group = (
        plural_opening(clause, state.spoken)
        if attr is None
        else (group if group and group[:1].islower() and group.endswith("s") else None)
    )
    state.opening_name = opening_name(clause) if attr is None else None
    opening = opening_body(clause, attr)
    if attr is not None and opening is not None:
        state.written_bodies.setdefault(attr.speaker.name, opening)
    if attr is not None and attr.kind == "inherited":
        # "The agency said it A and had B": the clause "had B" speaks on for the same body
        opening = state.written_bodies.get(attr.speaker.name)
    state.subject_body = opening if state.last_group else None
    if (is_quote or starts_with_quote) and attr is not None:
        state.last_quote_speaker = attr.speaker.name
    elif not starts_with_quote:
        state.last_quote_speaker = (
            speaker if attr and attr.kind in ("leading", "inherited", "subject") else None
        )


# a clause opening on a plural group as its subject: "The nurses tell", "The two unions say"
_PLURAL_OPENING = re.compile(
    r"[Tt]he[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,2}?[a-z][\w’'-]*s)[ \t]+[a-z]"
)


def plural_opening(clause: str, spoken: set[str]) -> str | None:
    """The plural group a clause with no speaker opens on as its subject, when the article
    has given that group words before ("The nurses say …. The nurses tell a different
    story." -> "nurses"): the "they said" after it is theirs. None for anything else (a
    group that never spoke: "The results show ...")."""
    m = _PLURAL_OPENING.match(clause)
    if m is None:
        return None
    group = m.group(1)
    head = group.split()[-1]
    return group if group in spoken else head if head in spoken else None


def opening_body(clause: str, attr: _Attribution | None) -> str | None:
    """The body a leading attribution's clause opens on, as the text writes it ("The
    Citizens' Front, which organised the march, said" -> "The Citizens' Front"; "In a
    statement, the company said" -> "the company"); None for a person, a trailing speaker
    or a noun phrase that does not hold its name."""
    if attr is None or attr.speaker.person or attr.kind != "leading" or attr.np_span is None:
        return None
    a, b = attr.np_span
    # the clause opens on its speaker (a fronted "In a statement," aside) and reports after
    # it: "The ban took effect, the ministry said." opens on the ban
    fronted = _FRONTED.match(clause) is not None and clause[:a].rstrip().endswith(",")
    if (clause[:a].strip() and not fronted) or len(clause[b:].split()) < 3:
        return None
    want = attr.speaker.name.casefold()
    for part in clause[a:b].split(","):
        written = part.strip()
        if want in " ".join(_strip_possessive(w) for w in written.split()).casefold():
            return written
    return None


def short_body(state: _State, sentence: str) -> None:
    """A sentence too short to hold a claim that opens on a body named by its kind ("The
    university disputes that."): the "a spokeswoman told the Gazette" after it is that
    body's. Anything else leaves the state as it was."""
    group = body_subject(sentence, state.named_kinds)
    if group is not None:
        state.kind_subject = group
    plural = plural_opening(sentence, state.spoken)
    if plural is not None:
        state.plural_group = plural  # "The nurses tell a different story."
    written = opening_name(sentence)
    if written is not None:
        state.opening_name = written


# one to three words before a name that open the sentence: "Chief arbiter ", "Mayor "
_OPENING_WORDS = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z-]*){0,2}[ \t]+")


def titled_opening(prefix: str) -> bool:
    """Whether the words before a name that opens a sentence are its title ("Chief arbiter
    ", "Police spokeswoman "): one of them a title word (`names._TITLES`)."""
    return _OPENING_WORDS.fullmatch(prefix) is not None and any(
        w.lower() in _TITLES for w in prefix.split()
    )


def short_subject(state: _State, sentence: str, persons: list[tuple[int, str]]) -> None:
    """A sentence too short to hold a claim that opens on a person the article names
    ("Roe rejected that.", "Doe hit back."): the story follows them now, so the "she told
    the Courier" after it is theirs, not the last speaker's. A question, a heading (no full
    stop) or a sentence opening on something else leaves the state as it was."""
    if not persons or not sentence.rstrip(' ”"').endswith((".", "!")):
        return
    if persons[0][0] != 0 and not titled_opening(sentence[: persons[0][0]]):
        return
    person = persons[0][1]
    if person != state.last_person:
        state.description = ""
    state.last_person, state.unnamed, state.unnamed_role = person, False, None
    state.other_named, state.last_quote_speaker, state.plural_group = False, None, None
    if " " not in person and person not in state.genders:
        # "Lumora denied it. '…,' the company said": a bare name (no "he" or "she" given
        # it) is the body "the company" names next, not one that spoke before it
        state.last_named_body = person


def _bare_subject(state: _State, name: str) -> None:
    """A clause with no speaker that opens on a bare name ("Lumora disputes almost every
    part of that."): the body "the company says" names next, as after a short sentence
    (`short_subject`); a name the text has given "he" or "she" stays a person."""
    if " " not in name and name not in state.genders:
        state.last_named_body = name
