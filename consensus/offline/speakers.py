"""Step 4: who asserts a clause.

Reporting verbs before or after the content, "according to", "- Name" after a quote, the
speaker of the previous quotation. The noun phrase each reader finds is resolved to a name in
`speaker_resolution` (pronouns and "the company" in `speaker_anaphors`, the phrase shapes in
`speaker_nps`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consensus.offline.after_quotes import TRAILING_ATTR
from consensus.offline.asked_frames import answerer, asked_frame, named_in
from consensus.offline.coordinated_speech import coordinated_subject
from consensus.offline.listeners import addressed, owned
from consensus.offline.long_attributions import long_trailing
from consensus.offline.names import _TITLES, _TOKEN, _VERBS, _Names, holds_no_name_word
from consensus.offline.said_after import name_after_quote
from consensus.offline.sentences import _in_quotes
from consensus.offline.speaker_anaphors import _PRONOUN
from consensus.offline.speaker_anaphors import pronoun_person as pronoun_person  # (tests)
from consensus.offline.speaker_nps import _GROUP_NP, _ROLE_NP
from consensus.offline.speaker_resolution import _resolve_np
from consensus.offline.speaker_state import _Speaker, _State
from consensus.offline.subject_speech import subject_speaks

_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
# What may sit between a speaker and its verb: auxiliaries, adverbs, a day.
_AUX_TAIL = re.compile(
    r"(?:(?<!\s)\s+|^)(?:also|has|had|have|previously|meanwhile|later|then|earlier|reportedly|"
    r"allegedly|again|repeatedly|so far|today|yesterday|tonight|now|"
    r"last (?:week|month|night)|earlier this (?:week|month)|"
    # "The club has categorically denied": a manner adverb before the verb
    r"categorically|strongly|flatly|firmly|vehemently|publicly|officially|swiftly|quickly|"
    r"immediately|unanimously|formally|openly|angrily|sharply|jointly|separately|privately|"
    r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)
_VERB_ADVERBS = frozenset(
    "also has had have previously later then earlier reportedly allegedly again repeatedly".split()
)
_TAIL_PRONOUN = re.compile(  # (also "In an emotional speech he said")
    r"(?:\b(?:when|as|after|before|then|where|so)|^(?:In|At|On|During) [\w’' -]{1,60}?)\s+(he|she)$"
)
# (a sentence adverb of time before the speaker, "Later Mrs Vane said", or an age before the
# name, "17-year-old Ann Vane told": never part of the name)
_NP_LEAD = re.compile(
    r"^(?:Even|And|But|So|Yet|Now|Then|Later|Earlier|Yesterday|Meanwhile|Afterwards|Separately|"
    r"Previously|Finally|\d{1,3}-year-old)\s+"
)


# a comma between phrases, never the thousands separator of "4,000"
_COMMA = re.compile(r",(?!\d{3}\b)\s*")


# ("… in Potsdam, Germany, said"; "… speaking in the capital, Velsund, said": the place named)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|to)\s+(?:[A-Z][\w’'-]*|(?:the|its|their)\s+(?:capital|city|town|"
    r"village|province|region|port|county|state))$"
)


def _without_place(segments: list[str]) -> list[str]:
    """Comma segments before a verb without a trailing place apposition: "A spokesman … in
    Potsdam, Germany, said" is the spokesman speaking, not Germany."""
    if (
        len(segments) >= 2
        and re.fullmatch(r"[A-Z][\w’'-]*", segments[-1].strip())
        and _PLACE_BEFORE.search(segments[-2].rstrip())
    ):
        return segments[:-1]
    return segments


def _strip_aux(pre: str) -> str:
    prev = None
    while prev != pre:
        prev = pre
        pre = _AUX_TAIL.sub("", pre.rstrip())
    return pre.strip()


@dataclass
class _Attribution:
    speaker: _Speaker
    kind: str  # leading | trailing | according | dash | context | embedded
    np_span: tuple[int, int] | None = None  # offsets within the clause text
    verb: str = "said"
    content: tuple[int, int] | None = None  # offsets within the clause text
    verb_end: int = 0  # offset within the clause text, for leading attributions


_PARTICIPLE = re.compile(r"[a-z]+ing\s")
# a fronted adverbial of place or time opening a clause: "In Paris,", "Across the border,"
_FRONTED = re.compile(
    r"(?:In|At(?!\s+(?:least|most)\b)|On|Across|From|After|Before|Near|Outside|Inside|During"
    r"|Since|Following|Within|Amid|Throughout|Beyond)\s"
)
# a participle opening the sentence before a trailing speaker ("Asked about X, Reinholt said
# he ..."): the words before the speaker are none of his
_FRONTED_PARTICIPLE = re.compile(
    r"[A-Z][a-z]{2,}(?:ed|ing)\s+(?:about|on|over|whether|if|by|for)\b"
)
_ASIDE = re.compile(r"\s*\([^()]{1,200}\)(?=\s*,?\s*$)")
# How the last of a run of appositives before a reporting verb opens: "30", "from Hillford",
# "who was among the injured", "a former minister", "aged 52"
_APPOSITIVE_END = re.compile(
    r"(?:\d|(?:who|whose|whom|which|where|a|an|the|from|of|aged|in|at|now|himself|herself|"
    r"formerly|then|"
    r"also|both|one)\b)"
)
_ARTICLE_ROLE = re.compile(r"(?:an?|the)\s+[a-zA-Z]")
_ROLE_WORDS = 5  # "The harbour master", "A senior police officer": a role, not a clause
_THE_NAME = re.compile(rf"(?:[Tt]he\s+){_TOKEN}(?:\s+{_TOKEN})*")
# a capitalised title of a body: "Assistant Chief Constable of the ...", "Head of ..."
_TITLE_OF = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}(?:of|for|at)\s+(?:the\s+)?[A-Z]")
# an appositive naming a role by its owner: "Brightwell's finance chief"
_OWNER_ROLE = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*['’]s\s+[a-z]")
# a reporting verb inside an appositive's relative clause: "X, the group that claimed"
_RELATIVE_SUBJECT = re.compile(r",[^,]*\b(?:that|which|who)\s+$")


_NAME_FROM = re.compile(r"((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)\s+from\s+(?:the\s+)?[A-Z]")


def _person_from(np: str, pos: int, names: _Names, state: _State) -> _Speaker | None:
    """The person a name "from" a place or body names: "Elsa from Vessin told us", "Tom
    Hale from the Rensby branch said" (a body before "from" is none: "Police from ...")."""
    m = _NAME_FROM.fullmatch(np) or _NAME_FROM.match(np)
    if m is None:
        return None
    spk = _resolve_np(m.group(1), pos, names, state)
    return spk if spk is not None and spk.person else None


def _leading(
    clause: str,
    cstart: int,
    quotes: list[tuple[int, int]],
    names: _Names,
    state: _State,
    persons: list[tuple[int, str]],
) -> _Attribution | None:
    floor = 0  # a later verb's speaker comes after the earlier verb ("X said that Y responded")
    for m in _VERB_RE.finditer(clause):
        if m.start() > 200:
            break
        if _in_quotes(m.start(), quotes) or _AUX_AFTER.match(clause, m.end()):
            continue  # (a verb with an auxiliary right after it: "a plan analysts said was")
        if _REPORTED_AT.match(clause, m.start()) and not _REPORTS.search(clause, m.end()):
            continue  # "Queues reported at several branches": a passive, no one reports
        raw = clause[floor : m.start()]
        if _RELATIVE_SUBJECT.search(raw) is not None:
            continue  # "X, the group that claimed …, did not": the verb is the relative's
        base = floor + len(raw) - len(raw.lstrip())
        floor = m.end()
        if base == 0 and (np := coordinated_subject(raw, m.group())) is not None:
            if (lead := _resolve_np(np, cstart, names, state)) is not None:
                # "A spokesperson for X welcomed the ruling but said": X's spokesperson
                return _Attribution(lead, "leading", (0, len(np)), m.group(), verb_end=m.end())
        # "The company (which employs 4,000 people) said": the aside is no part of it
        pre = _strip_aux(_ASIDE.sub("", raw)).rstrip(", ")
        if not pre:
            continue
        segments = _without_place(_COMMA.split(pre))
        # "Putin, addressing his Security Council, said": the last segment is an appositive.
        candidates = [len(segments) - 1]
        if (
            len(segments) >= 2
            and segments[-1]
            and (
                segments[-1][0].islower()
                # "Sol, 51, insists": an age
                or re.fullmatch(r"\d{1,3}", segments[-1]) is not None
                or _OWNER_ROLE.match(segments[-1]) is not None
                # "Robin Smith, Assistant Chief Constable of the Transport Police, said"
                or _TITLE_OF.match(segments[-1]) is not None
            )
        ):
            # "Maria Olsen, Brightwell's finance chief, said": the name before the appositive
            candidates.append(len(segments) - 2)
        first_only = (
            len(segments) >= 3
            and all(seg[:1].islower() or seg[:1].isdigit() for seg in segments[1:])
            # the run ends in an appositive, never in the sentence's own predicate
            # ("X, who ran the firm, faces eight years after judges dismissed ...")
            and _APPOSITIVE_END.match(segments[-1]) is not None
        )
        if first_only and 0 not in candidates:
            # "Martin Holt, 30, from Hillford, who was among the injured, said": the name
            # opens a run of appositives (age, origin, a relative clause)
            candidates.append(0)
        if (
            len(segments) >= 3
            and _ARTICLE_ROLE.match(segments[0][:1].lower() + segments[0][1:]) is not None
            and len(segments[0].split()) <= _ROLE_WORDS
            and segments[1][:1].isupper()
            # each later segment an appositive: an age, an origin, a relative clause
            and all(_APPOSITIVE_END.match(seg) is not None for seg in segments[2:])
            and 1 not in candidates
        ):
            # "The harbour master, Piet Lund, 61, who ..., told": the name after the role
            candidates.append(1)
        tail = _TAIL_PRONOUN.search(segments[-1])
        who = pronoun_person(tail.group(1), state) if tail else None
        if tail and who:
            # "That’s when he stated …"
            np_start = base + len(pre) - len(tail.group(1))
            return _Attribution(
                _Speaker(who, True),
                "leading",
                (np_start, base + len(pre)),
                m.group(),
                verb_end=m.end(),
            )
        described: _Attribution | None = None
        for idx in candidates:
            np = _NP_LEAD.sub("", _strip_aux(segments[idx]))
            if not np or (idx > 0 and _PARTICIPLE.match(np) is not None):
                continue  # "X, quoting anonymous sources, reported": not who reports
            if idx < len(segments) - 1 and _FRONTED.match(np) is not None:
                continue  # "In Paris, police said": a fronted place or time speaks not
            np_start = clause.find(np, base + sum(len(s) for s in segments[:idx]))
            before = [
                n
                for pos, n in persons
                if pos < np_start and not addressed(clause, pos) and not owned(clause, pos)
            ]
            if _PRONOUN.fullmatch(np) and before:
                # "For Andriy Zagorodnyuk, …, it diverted …, he said": the antecedent is here.
                spk: _Speaker | None = _Speaker(before[0], True)
            else:
                spk = _resolve_np(np, cstart + np_start, names, state) or _person_from(
                    np, cstart + np_start, names, state
                )
            if spk is not None and _PRONOUN.fullmatch(np):
                spk = _answering(spk, np, clause[:np_start], cstart, names, state)
            if spk is None or (idx == 0 < len(segments) - 2 and not spk.person):
                continue
            if described is not None and not spk.person and spk.name not in names.bodies:
                continue  # (a body the text describes speaks by its name: "Corrin Water")
            aux = clause[np_start + len(np) : m.start()].strip(" ,")
            # "has said", "also said"; never "Thursday said" or "hospital said" (what ends an
            # appositive or a time before the verb is not part of it).
            last = aux.split()[-1] if aux and "," not in aux else ""
            verb = f"{last} {m.group()}" if last.lower() in _VERB_ADVERBS else m.group()
            found = _Attribution(
                spk, "leading", (np_start, np_start + len(np)), verb, verb_end=m.end()
            )
            if (
                not spk.person
                and described is None
                # the role the last appositive, or one of a run of them before a relative
                # clause ("Jane Roe, the party leader, who ..., said")
                and (idx == len(segments) - 1 or (first_only and idx > 0))
                and len(candidates) > 1
                and (_ARTICLE_ROLE.match(np) or _OWNER_ROLE.match(np)) is not None
                # "Lee, 27, tested positive in May, the Integrity Board said": a body named
                # by its name speaks, and the person opens the content, no appositive
                and (
                    _THE_NAME.fullmatch(np) is None
                    or _ROLE_NP.fullmatch(np) is not None
                    or np.split()[-1].lower() in _TITLES
                )
            ):
                # "Tom Hale, 52, a former finance minister, said", "Jane Roe, the party
                # leader, said": the person named before a role appositive no name
                # resolves, else the role
                described = found
                continue
            return found
        if described is not None:
            return described
        # No trusted speaker before this verb ("the talks were described as"): try later verbs.
    return None


def _trailing(
    clause: str,
    cstart: int,
    quotes: list[tuple[int, int]],
    names: _Names,
    state: _State,
    persons: list[tuple[int, str]],
) -> _Attribution | None:
    for m in TRAILING_ATTR.finditer(clause):
        if m.start() < 10 or _in_quotes(m.start("np"), quotes) or _FRONTED_PARTICIPLE.match(clause):
            continue  # ("Asked about X, Reinholt said ...": no content of his before him)
        if _AUX_AFTER.match(clause, m.end()):
            continue  # ", a plan analysts said was overdue": a relative clause, no speaker
        np = m.group("np").strip()
        before = [name for pos, name in persons if pos < m.start("np") and not owned(clause, pos)]
        named = (
            _resolve_np(m.group("name"), cstart + m.start("name"), names, state)
            if m.group("name") and (np[:1].islower() or _OWNER_ROLE.match(np) is not None)
            else None
        )
        if named is not None and named.person:
            # "…," one of the freed men, Jo Vale, told reporters': the person
            return _Attribution(
                named, "trailing", (m.start("name"), m.end("name")), m.group("verb"),
                (0, m.start() + (1 if clause[m.start()] in '”"' else 0)),
            )  # fmt: skip
        if _PRONOUN.fullmatch(np) and before:
            # "For Andriy Zagorodnyuk, …, he said": the pronoun's antecedent is in the sentence.
            spk: _Speaker | None = _Speaker(before[0], True)
        else:
            spk = _resolve_np(np, cstart + m.start("np"), names, state)
        if spk is not None and _PRONOUN.fullmatch(np):
            spk = _answering(spk, np, clause[: m.start("np")], cstart, names, state)
        if spk is None:
            continue
        aux = m.group("aux").strip()
        verb = f"{aux.split()[-1]} {m.group('verb')}" if aux else m.group("verb")
        content_end = m.start() + (1 if clause[m.start()] in '”"' else 0)
        if clause[:1] in "'‘" and clause[m.start() : m.start() + 2] in (",'", ",’"):
            content_end += 2  # "'We apologize …,' X told": the closing mark with its comma
        # '“…,” the spokeswoman, Maria Zakharova told': the role before the name is not content.
        role = _QUOTE_THEN_ROLE.search(clause, 0, content_end)
        if role is not None and clause[content_end - 1 : content_end] not in '”"':
            content_end = role.start() + 1
        return _Attribution(spk, "trailing", (m.start("np"), m.end("np")), verb, (0, content_end))
    return (
        _name_after(clause, quotes, names)
        or _colon_lead(clause, cstart, names, state)
        or _long_trailing(clause, cstart, quotes, names, state)
    )


def _answering(
    spk: _Speaker, pronoun: str, before: str, cstart: int, names: _Names, state: _State
) -> _Speaker | None:
    """The "he" or "she" after a fronted question frame ("Asked about Halcyra's claim that
    ..., she said"): never the side the frame names (`asked_frames.answerer`); `spk` when
    no frame opens the clause or it does not name the one resolved."""
    frame = asked_frame(before, len(before))
    if frame is None or not named_in(spk.name, frame):
        return spk
    who = answerer(pronoun, frame, cstart, names, state)
    return _Speaker(who, True) if who is not None else None


def _long_trailing(
    clause: str, cstart: int, quotes: list[tuple[int, int]], names: _Names, state: _State
) -> _Attribution | None:
    """'"…," Chief Superintendent Tomas Reeve of Brannock County Police told reporters':
    the titled person before the body (`long_attributions`), when the name is a person."""

    def person(np: str, at: int) -> str | None:
        if _in_quotes(at, quotes):
            return None
        spk = _resolve_np(np, cstart + at, names, state)
        return spk.name if spk is not None and spk.person else None

    found = long_trailing(clause, person)
    if found is None:
        return None
    return _Attribution(
        _Speaker(found.name, True), "trailing", found.np_span, found.verb, (0, found.content_end)
    )


def _colon_lead(clause: str, cstart: int, names: _Names, state: _State) -> _Attribution | None:
    """'London Mayor Jane Roe paid tribute on Twitter: “…”', 'The board backed the plan,
    saying …' (`subject_speech`): the clause's subject speaks, when it is a person or a
    body with a name of two words or more ("ACLR" may be what "the airline" is read as
    next, `body_anaphors`; a single word only when it is a person the article names)."""
    found = subject_speaks(clause, _GROUP_NP)
    if found is None:
        return None
    np, at, verb_end = found
    if " " not in np and not _PRONOUN.fullmatch(np) and np not in names.name_words:
        return None  # "Asked about the fire, he added: …": a word opening the sentence
    spk = _resolve_np(np, cstart + at, names, state)
    kind = np[:4].lower() == "the " and np[4:5].islower()  # "The agriculture ministry"
    if spk is None or not (
        spk.person or (spk.name[:1].isupper() and " " in spk.name) or (kind and not spk.person)
    ):
        return None
    return _Attribution(spk, "leading", (at, at + len(np)), "said", verb_end=verb_end)


def _name_after(clause: str, quotes: list[tuple[int, int]], names: _Names) -> _Attribution | None:
    """'"…," said Lina Voss, chief research officer at X, which …', '"…," said the group's
    director, Mikael Brandvold.': a name after the closing verb (`said_after`) that the
    article's names make a person, or a full name with no word of a body in it."""
    found = name_after_quote(clause)
    if found is None or _in_quotes(found.start, quotes):
        return None
    tokens = found.name.split()
    canon, person = names.canonical(tokens)
    if not canon or not (person or (2 <= len(tokens) <= 3 and holds_no_name_word(tokens))):
        return None
    span = (found.start, found.end)
    return _Attribution(_Speaker(canon, True), "trailing", span, found.verb, (0, found.content_end))


# an auxiliary right after the verb of saying: the verb of a clause the speaker's words
# describe ("a plan analysts said was overdue", "the man police say is the driver"), whose
# subject is the noun before them: a reduced relative clause, never a trailing attribution
# "reported" with a place or a time right after it and nothing reported ("Queues reported
# at several branches", "Delays reported on the northern line"): a headline's passive
_REPORTED_AT = re.compile(
    r"reported\s+(?:at|on|in|across|along|near|around|outside|throughout|overnight)\b"
)
_REPORTS = re.compile(r"\bthat\b|[:“\"]")
_AUX_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|might|may|should|must)\b"
)
_QUOTE_THEN_ROLE = re.compile(r"[”\"]\s*(?:[Tt]he|an?)\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]+,?$")
_ACCORDING_LEAD = re.compile(  # (after a discourse word: "However, according to X, ...")
    r"(?:(?:However|But|Yet|Still|Meanwhile|Instead|Moreover|Also),?\s+a|A)ccording to\s+"
    r"(?:the\s+)?(?P<src>[^,;:“”\"]{2,60}?),\s+"
)
