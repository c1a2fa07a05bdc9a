"""Step 4: who asserts a clause.

Reporting verbs before or after the content, "according to", "- Name" after a quote, the
speaker of the previous quotation; pronouns and role descriptions resolved to names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from consensus.offline import narrative_persons as narrative
from consensus.offline.after_quotes import TRAILING_ATTR
from consensus.offline.body_anaphors import named_body_anaphor
from consensus.offline.coordinated_speech import coordinated_subject
from consensus.offline.honorifics import honorific_gender, noun_gender
from consensus.offline.kin_names import kin_speaker
from consensus.offline.kind_spokespeople import kind_role, kind_role_for
from consensus.offline.listeners import addressed, owned
from consensus.offline.long_attributions import long_trailing
from consensus.offline.name_particles import particle_name
from consensus.offline.names import (
    _BODY_ALIASES,
    _FUNCTION_WORDS,
    _NOT_ENTITIES,
    _ORG_WORDS,
    _TITLES,
    _TOKEN,
    _VERBS,
    ALWAYS_NATIONALITIES,
    DEMONYM,
    _Names,
    _possessive_groups,
    _role_key,
    holds_no_name_word,
    surname_month,
)
from consensus.offline.no_one import no_one
from consensus.offline.people_kinds import people_kind
from consensus.offline.role_bodies import lower_body
from consensus.offline.said_after import name_after_quote
from consensus.offline.sentences import _in_quotes
from consensus.offline.speaker_nps import (
    _AMPERSAND_NAME,
    _BARE_STATEMENT,
    _BASED,
    _CAPS_NP,
    _CLOSE_TO,
    _DESCRIBED_BODY_NP,
    _EXPERTS_AT,
    _GROUP_AT,
    _IN_PLACE,
    _IN_STATEMENT,
    _ISSUED_STATEMENT,
    _KIN_OF_NAME_NP,
    _NAMED_MEDIUM,
    _NAMED_OFFICE_NP,
    _OF_BODY,
    _ORG_OF_NP,
    _PLACE_BODY_NP,
    _RELATIVE,
    _ROLE_OF,
    _ROLE_OF_GROUP,
    _STATEMENT_FROM,
    _STATEMENT_OF,
    _THE_ADJ_CAPS,
    _THE_BASED,
    _THE_CAPS,
    _THE_LOWER_ROLE,
    _TITLE_OF_NAME,
)
from consensus.offline.speaker_state import _Speaker, _State
from consensus.offline.subject_names import spokesman_body
from consensus.offline.subject_speech import subject_speaks
from consensus.offline.unnamed_people import member_of, plain_person, unnamed_person

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
_PRONOUN = re.compile(r"(?:he|she|He|She)")
# "The 76-year-old", "the 30-year-old mother", "the 34-year-old carpenter from Sankt Orlen":
# a person described by their age (a noun or two, where they are from), never the place
_AGED = re.compile(
    r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z][a-z-]+){0,2}"
    r"(?:\s+(?:from|of)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
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
# "His spokesman", "her lawyers": someone speaking for the person "his" or "her" names
_KIN_OF_PRONOUN_NP = re.compile(
    r"(?:[Hh]is|[Hh]er)\s+(?P<kin>lawyers?|attorneys?|office|spokes(?:man|woman|person))"
)
_ROLE_NP = re.compile(
    r"(?:[Tt]he\s+|[Aa]n?\s+)((?:[\w.’'-]+\s+){0,3}?)"
    r"(president|President|leader|Leader|prime minister|minister|envoy|spokesman|spokeswoman|"
    r"spokesperson|chancellor|commander|head|chief|official|mayor|governor|premier|senator|"
    r"coach|captain|director)"
)
# Roles an unnamed description may give the person the story follows ("the Russian official").
_FOLLOWED_ROLES = frozenset("president leader official spokesman spokeswoman spokesperson".split())
_ROLE_NAME_NP = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w.’'-]{1,40}\s+){0,4}?(?:leader|president|envoy|aide|minister|spokesman|"
    r"spokeswoman|spokesperson|chief|commander|head)\s+"
    rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
)
# "Harbor assistant coach Dan Lowe": any lower-case description, then a person's
# full name (a person the article's names teach)
_DESCRIBED_NAME_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?P<role>(?:[a-z][a-z-]+\s+){1,3})"
    rf"(?P<name>{_TOKEN}\s+{_TOKEN}(?:\s+{_TOKEN})?)"
)
_BODY_NP = re.compile(
    rf"[Tt]he\s+((?:{_TOKEN}\s+)*(?:ministry|Ministry|government|military|army|embassy|agency|"
    r"police|authorities|prosecutors?|spokes(?:man|woman|person)|company|statement))"
)
# A body or group named by a common noun, with up to four words before it: "the health
# ministry", "fire officials", "the county sheriff's office", "a utility company", "aid groups"
_GROUP_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|"
    r"[Ss]everal|[Oo]ther)\s+)?"
    r"(?P<body>(?:[a-z][\w’'-]*\s+){0,4}?(?:ministry|department|commissioner|coroner|watchdog|"
    r"office|agency|government|authorities|officials|company|companies|firms?|airline|carrier|"
    r"operator|utility|groups?|committee|council|commission|regulator|union|prosecutors|"
    r"investigators|body|board|court|service|bank|club|team|league|federation|association|"
    r"party|hospital|embassy|university|broadcaster|newspaper|family|lawyers?|attorneys?|"
    r"panel|jury|judges|spokes(?:man|woman|person)|aides?|advisers?|"
    r"brother|sister|mother|father|son|daughter|wife|husband|widow|neighbou?rs?|"
    r"relatives|residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|leaders|lawmakers|analysts|experts|economists|doctors|"
    r"rescuers|activists|organi[sz]ers|researchers|scientists|sources|diplomats|passengers|"
    r"mediators|negotiators|opposition|agent|publicist|representative|guards?|coastguard|"
    # "the national health institute said", "health chiefs warned" (bare "police" costs
    # agreed items on the tunable clusters: session 41, bench/README)
    r"firefighters|paramedics|institute|charity|foundation|tribunal|inspectorate|"
    r"authority|chiefs))"
)


# The last word of a company's name ("Tellan Labs", "Kessmar Pharma"): no "he" or "she"
# (consensus/data/name_words.toml, which a user can extend)
_COMPANY_ENDINGS = frozenset(
    tomllib.loads(
        resources.files("consensus").joinpath("data/name_words.toml").read_text(encoding="utf-8")
    )["company_endings"]
)


def _body_read(state: _State, names: _Names) -> str | None:
    """The speaker of the clause just before, read as a person, when its name is a body's
    ("Harvestline told us ... '…,' a spokeswoman said"): one word the article never gives
    as a person's, or a name that ends in a company's word (`_COMPANY_ENDINGS`)."""
    who = state.last_person
    if who is None or who != state.last_quote_speaker:
        return None
    if " " not in who:
        return who if who not in names.persons and who[:1].isupper() else None
    return who if who.split()[-1].lower() in _COMPANY_ENDINGS else None


def pronoun_person(pronoun: str, state: _State) -> str | None:
    """The person "he" or "she" refers to: the one the story follows, unless a title or the
    text says otherwise ("She said ..." after "Mr Holt said ..." is someone else: None), or
    the one it follows is a company by its name's last word ("Tellan Labs"; never a
    surname that is also an organisation word: "Tom West").
    """
    person = state.last_person
    if person is None or (" " in person and person.split()[-1].lower() in _COMPANY_ENDINGS):
        return None
    said = "f" if pronoun.lower() == "she" else "m"
    gender = honorific_gender(person) or state.genders.get(person, "")
    if not gender:
        # "Vera Holm ... She said ...": once a pronoun names her, a later "he" is
        # someone else (a man the text introduced without a speech verb)
        state.genders[person] = said
    return person if gender in ("", said) else None


# how far back a person named just before a possessive "his"/"her" is its nearer antecedent
_NEAR_MENTION = 160


def _named_just_before(who: str, pos: int, names: _Names) -> bool:
    """Whether a person other than `who` is the last one named in the `_NEAR_MENTION`
    characters before `pos` (the nearer antecedent of a "his"/"her" there)."""
    last = None
    for mpos, person in reversed(names.mentions):
        if mpos < pos:
            last = (mpos, person)
            break
    return last is not None and pos - last[0] <= _NEAR_MENTION and last[1] != who


def _other_holder(person: str, words: list[str], names: _Names) -> bool:
    """A lower-case word qualifies the role that no role of `person` in the text uses:
    "the opposition leader", "the former president", "a deputy spokesman" are someone
    other than the prime minister or president the story follows ("the Russian leader" is
    not: a capitalised qualifier names whose leader)."""
    qualifiers = {w.lower() for w in words[:-1] if w[:1].islower()} - {"the", "a", "an"}
    if not qualifiers:
        return False
    held = {w for key, holders in names.roles.items() if person in holders for w in key.split()}
    return not qualifiers <= held


def _person_of_body(np: str, pos: int, names: _Names, state: _State) -> _Speaker | None:
    """The person "analyst Lena Braun of Keller Partners" or "Group Manager Jo Roe of the
    Ostley Fire and Rescue Service" names before the body she works for, when the words
    before "of"/"at" close on a person's name (`named_before_of`); else None."""
    m = _OF_BODY.fullmatch(np)
    if m is None or len(m.group("head").split()) < 2:
        return None
    words = m.group("head").split()
    if words[0] not in names.name_words:
        words[0] = words[0].lower()  # "Economist Lena Braun of ..." opening a sentence
    head = _resolve_np(" ".join(words), pos, names, state)
    if not (head and head.person and narrative.named_before_of(m.group("head"), head.name)):
        return None
    tokens = head.name.split()
    for k in range(2, len(tokens)):  # "Manager Jo Roe": the shortest tail the text knows
        if " ".join(tokens[-k:]) in names.persons:
            return _Speaker(" ".join(tokens[-k:]), True)
    return head


def _resolve_np(np: str, pos: int, names: _Names, state: _State) -> _Speaker | None:
    """A speaker noun phrase -> a name, or None when it is not one we trust."""
    np = np.strip().rstrip(",").lstrip("•·▪* ")  # "• American Jane Doe, who …, said"
    np = _BASED.sub("", np)  # "Oslo-based Brightbank said": the body, not where it is
    np = _THE_BASED.sub(r"\1", np)  # "the Oslo-based company said": "the company"
    # "In a statement the company said": the document it spoke in, with no comma after it
    np = _IN_STATEMENT.sub("", np)
    if np in ("it", "It") and state.last_group:
        # "The service denies this. In a statement, it said …": the body that spoke last
        return _Speaker(state.last_group, False)
    if no_one(np):  # "Several said", "Separately, ... said": a word that names no one
        return None
    if _RELATIVE.match(np):
        # "…, which local authorities say killed 12": they speak only the relative clause
        return None
    last = state.last_named_body
    if last is not None and not all(w in names.name_words for w in last.split()):
        last = None  # "Relatives said": a common noun opening a sentence, no body's name
    body = named_body_anaphor(np, last)
    if body is None and state.last_person and state.last_quote_speaker == state.last_person:
        # "Lumora rejected the claims. '…,' the company said": a bare name that just spoke,
        # read as a person, when it fits the kind (never a person's first and last name)
        body = named_body_anaphor(np, state.last_person)
    if body is None:
        body = _only_body(np, names, state)
    if body is not None:  # "Eastport Rovers said ... . '…,' the club said"
        return _Speaker(body, False)
    if particle_name(np):  # "Abu Karim al-Hasani", "Greta van der Berg"
        return _Speaker(np, True)
    if _BARE_STATEMENT.fullmatch(np):
        # '"…," the statement said': whoever the last quotation or leading attribution named
        who = state.last_quote_speaker
        return _Speaker(who, who == state.last_person) if who else None
    m = _CLOSE_TO.fullmatch(np)
    if m:  # unnamed people who know are the story's sources; officials stay officials
        head = m.group("head").lower()
        return _Speaker("officials" if head.startswith("official") else "sources", False)
    kin = kin_speaker(np, names)
    if kin is not None:  # "Her son Tomas said", then "Her son said": the man named
        return _Speaker(kin, True)
    m = _KIN_OF_NAME_NP.fullmatch(np)
    if m:  # "Hocking's brother denied ...": someone unnamed, never the named person
        return _Speaker(m.group("np"), False)
    m = _KIN_OF_PRONOUN_NP.fullmatch(np)
    who = pronoun_person("he" if np[:3].lower() == "his" else "she", state) if m else None
    if m and who and _named_just_before(who, pos, names):
        # "Prime Minister Eva Lind accepted it, her spokesman said": "her" is the person the
        # clause has just named, not the one the story follows
        who = None
    if m and who:
        # "Solheim has kept his distance. His spokesman said ...": the followed person's,
        # unless the text has told another gender (as for "he said": `pronoun_person`)
        return _Speaker(f"{who}'s {m.group('kin')}", False)
    m = _ISSUED_STATEMENT.fullmatch(np)
    if m:  # "London Mayor Sadiq Khan issued a statement that (said)": the issuer
        return _resolve_np(m.group("np"), pos, names, state)
    m = _STATEMENT_FROM.fullmatch(np)
    if m:  # "according to a statement from her family"
        return _resolve_np(m.group("np"), pos, names, state)
    m = _STATEMENT_OF.fullmatch(np)
    if m:  # "a company statement said", "(according to the) bank's minutes"
        return _resolve_np(f"the {m.group('np') or m.group('owner')}", pos, names, state)
    m = _GROUP_AT.fullmatch(np)
    if m:  # "Officials at the Department of Labor" -> "Department of Labor officials"
        return _Speaker(f"{m.group('body')} {m.group('group').lower()}", False)
    if _AGED.fullmatch(np):
        # "The 76-year-old said": the person the story follows, described by their age
        return _Speaker(state.last_person, True) if state.last_person else None
    if np in ("Another", "Another one") and state.unnamed_role:
        # 'One witness said: “…”' then 'Another revealed: “…”': someone else of that kind
        return _Speaker(state.unnamed_role.split()[-1], False)
    if _PRONOUN.fullmatch(np):
        who = pronoun_person(np, state)
        if who is None and state.unnamed and state.unnamed_role:
            # "A spokesperson from the British Transport Police said …. He said …"; never
            # a role whose noun tells the other gender ("his mother said …. He added")
            if noun_gender(state.unnamed_role) in ("", "f" if np.lower() == "she" else "m"):
                return _Speaker(state.unnamed_role, False)
            return None
        return _Speaker(who, True) if who else None
    m = _ROLE_NP.fullmatch(np)
    if m:
        words = [*m.group(1).split(), m.group(2)]
        bound = (
            _full_body(kind_role(" ".join(words), state, names.name_words, names.bodies), names)
            if np[:2].lower() in ("a ", "an")
            else None
        )
        if bound is not None:
            # "Lumora rejected the claims. '…,' a company spokesman said": that body's
            return _Speaker(bound, False)
        if np[:2].lower() in ("a ", "an") and words == [m.group(2)] and words[0][:6] == "spokes":
            # "A spokesman added", '"…," a spokesman said': someone new, never the person
            # the story follows; the body that spoke in the clause before, when one did
            # (also one read as a person whose name is a body's: `_body_read`)
            role = words[0]
            group = (
                state.last_group
                or state.kind_subject
                or _body_read(state, names)
                or spokesman_body(state.opening_name, names, state.genders)
            )
            if group and group.split()[-1].lower() == role.lower():
                return _Speaker(group, False)  # the same spokesman, speaking on
            return _Speaker(f"{group} {role}" if group else role, False)
        # "A Transport for London spokesman said": an indefinite role of a named body
        # brings in someone new, not the person the story follows
        new_person = np[:2].lower() in ("a ", "an") and any(
            w[:1].isupper() for w in m.group(1).split()
        )
        holders = names.roles.get(_role_key(words), [])
        if state.unnamed and np[:4].lower() == "the ":
            # "A foreign ministry spokesman in Berlin said …. “…,” the spokesman said": the
            # unnamed one, not the spokesman the article named elsewhere
            if state.unnamed_role and state.unnamed_role.endswith(words[-1]):
                return _Speaker(state.unnamed_role, False)
            return _Speaker(" ".join(words), False) if len(words) >= 2 else None
        if state.last_person in holders:
            # "Putin responded …. “…,” the president said": the person the story follows.
            name: str | None = state.last_person
        else:
            name = names.resolve_role(words, pos)
        if name is None and len(words) >= 2:
            name = names.resolve_role(words[-1:], pos)
            if name is not None and (
                (state.last_person and state.last_person != name)
                # "the Nato spokesman" is not the Taliban spokesman the article named
                or not names.may_hold(name, words)
                or _other_body(name, words, names)
            ):
                name = None  # a bare role table hit that disagrees with the discourse
        if name is None and len(words) == 1 and np[:4].lower() == "the ":
            earlier = state.unnamed_roles.get(words[0].lower())
            if earlier is not None:
                # 'An airport spokeswoman said …' then, after others spoke, '"…," the
                # spokeswoman said': the one introduced, not the person quoted last
                return _Speaker(earlier, False)
        if (
            name is None
            and not new_person
            and state.last_person
            and words[-1].lower() in _FOLLOWED_ROLES
            and names.may_hold(state.last_person, words)
            and not _other_body(state.last_person, words, names)
            and not _other_holder(state.last_person, words, names)
            # a full name or a known person, not a one-word speaker such as "Beijing"
            and (" " in state.last_person or state.last_person in names.persons)
        ):
            # Nobody holds the role in this article's text; the role describes whoever the
            # story is following ("Putin responded …" then "the president stated").
            name = state.last_person
        if name is None:
            # Keep the description, capitalised, rather than guess ("Ukrainian leader").
            return _Speaker(" ".join(words).strip(), False) if len(words) >= 2 else None
        return _Speaker(name, True)
    m = _ROLE_NAME_NP.fullmatch(np)
    if m:  # "Ukrainian leader Volodymyr Zelensky", "the head of …, General Valery Gerasimov"
        canon, _person = names.canonical(m.group("name").split())
        return _Speaker(canon, True) if canon else None
    m = _DESCRIBED_NAME_NP.fullmatch(np)
    if m and not _FUNCTION_WORDS.intersection(m.group("role").split()):
        canon, person = names.canonical(m.group("name").split())
        if canon and person:
            return _Speaker(canon, True)
    m = _DESCRIBED_BODY_NP.fullmatch(np)
    if m:  # "Online lender Brightbank says": the body, not its description
        canon, _person = names.canonical(m.group("name").split())
        if canon:
            return _Speaker(canon, False)
    m = _ROLE_OF.fullmatch(np)
    if m:  # "A spokesperson from the British Transport Police", "A … spokesman in Berlin"
        qualifier = m.group("body") or m.group("pre").strip()
        return _Speaker(f"{qualifier} {m.group('role')}", False) if qualifier else None
    m = _ROLE_OF_GROUP.fullmatch(np)
    bound = (
        _full_body(
            kind_role_for(m.group("role"), m.group("np"), state, names.name_words, names.bodies),
            names,
        )
        if m
        else None
    )
    if bound is not None:  # "Norvale disputes that. A spokesman for the charity said"
        return _Speaker(bound, False)
    body = _group_body(m.group("np"), names) if m else None
    if m and body is None:
        # "a spokesman for the army": a body the article names by a common noun
        bm = _BODY_NP.fullmatch(m.group("np"))
        body = bm.group(1) if bm and bm.group(1).lower() != "statement" else None
    if m and body is None:
        # "a spokeswoman for the London ambulance service": a place's body (never a
        # nationality's, as for a named office below)
        bm = _PLACE_BODY_NP.fullmatch(m.group("np"))
        first = bm.group("body").split()[0] if bm else ""
        if bm and not DEMONYM.fullmatch(first) and first not in ALWAYS_NATIONALITIES:
            body = bm.group("body")
    if m and body is None:
        body = lower_body(m.group("np"))  # "a spokesman of the county police"
    if m and body:  # "a spokeswoman for the hospital" -> "hospital spokeswoman"
        return _Speaker(f"{body} {m.group('role')}", False)
    m = _BODY_NP.fullmatch(np)
    if m:  # "the ministry", "the Defence Ministry": an unnamed body still speaks, not the outlet
        if state.last_body and np.lower() in _PUBLIC_BODY_ANAPHORS:
            return _Speaker(state.last_body, False)  # "the agency", after its name
        return _Speaker(m.group(1), False)
    body = _group_body(np, names)
    if body is not None:
        return _Speaker(body, False)
    m = _NAMED_OFFICE_NP.fullmatch(np)
    first = m.group("body").split()[0] if m else ""
    if (
        m
        and (np[:4].lower() == "the " or first in names.name_words)
        # a nationality's ministry stays unattributed, as before: the merge would no
        # longer join its words with another source's ("the German foreign ministry")
        and not DEMONYM.fullmatch(first)
        and first not in ALWAYS_NATIONALITIES
    ):
        # "The Harbour County coroner's office said"; never "Citing local officials"
        return _Speaker(m.group("body"), False)
    m = _TITLE_OF_NAME.fullmatch(np)
    if m and m.group("title").lower() in _TITLES:
        # "Mayor of London Sadiq Khan", "Secretary of State Rex Tillerson": the person's
        # name closes the title (the shortest tail the article knows as a person)
        tokens = m.group("rest").split()
        for k in (2, 3):
            if len(tokens) > k:
                canon, person = names.canonical(tokens[-k:])
                if person:
                    return _Speaker(canon, True)
        if len(tokens) >= 3:
            return _Speaker(" ".join(tokens[-2:]), True)
    m = _AMPERSAND_NAME.fullmatch(np)
    if m:  # "Brandt & Co said", "the auditing firm, Smith & Jones, rejected ...": a firm
        return _Speaker(m.group("name"), False)
    m = _NAMED_MEDIUM.fullmatch(np)
    if m:  # "The Morning Ledger newspaper reported": the paper is named by its name
        canon, _person = names.canonical(m.group("name").split())
        if canon:
            return _Speaker(canon, False)
    m = _ORG_OF_NP.fullmatch(np)
    if (
        m
        and any(w.lower() in _ORG_WORDS for w in m.group("org").split())
        # "Assistant Chief Constable of the Harbour Police" is a title, not a body
        and not any(w.lower() in _TITLES for w in m.group("head").split())
    ):
        # "Jo Roe of Ostley Police said": the person the words before "of" name speaks
        # (a body's word after "of" makes no body of her)
        return _person_of_body(np, pos, names, state) or _Speaker(m.group("org"), False)
    m = _EXPERTS_AT.fullmatch(np)
    if m:  # "Economists at Rowe Bank said": the bank's economists
        return _Speaker(f"{m.group('org')} {m.group('group').lower()}", False)
    staff = _person_of_body(np, pos, names, state)  # "analyst Lena Braun of Keller Partners"
    if staff is not None:
        return staff
    m = _THE_ADJ_CAPS.fullmatch(np)
    if m and not _FUNCTION_WORDS.intersection(m.group("adj").split()):
        canon, person = names.canonical(m.group("name").split())  # "the nationalist X Party"
        if canon:
            return _Speaker(_BODY_ALIASES.get(canon, canon), person)
    m = _THE_CAPS.fullmatch(np)
    if m:
        tokens = m.group(1).split()
        canon, person = names.canonical(tokens)
        return _Speaker(_BODY_ALIASES.get(canon, canon), person) if canon else None
    if _CAPS_NP.fullmatch(np):
        tokens = np.split()
        if (
            len(tokens) == 2
            and not tokens[1].endswith("s")  # "United Airlines", "Limited Brands": a body
            and tokens[1].lower() not in _ORG_WORDS
            and len(tokens[0]) >= 6
            and tokens[0].endswith(("ed", "ing"))
            and tokens[0].lower() in names.common_words
            and tokens[0] not in names.name_words
        ):
            # "Devastated Jane added", "Grieving Sam said": a word the article writes in
            # lower case ("a devastated woman") describes the speaker named by a first
            # name alone; it is no part of the name
            tokens = tokens[1:]
        if any(t in _NOT_ENTITIES and not surname_month(tokens, k) for k, t in enumerate(tokens)):
            return None
        if len(tokens) == 1 and tokens[0].lower() in _FUNCTION_WORDS:
            return None  # "It said", "They said": a pronoun, not a name
        owned = _possessive_groups(tokens)[-1]
        if len(owned) < len(tokens):
            # "Green Shore's Erik Dahlqvist said": the person the owner's name qualifies
            # speaks (for the owner), never a name of both run together
            canon, person = names.canonical(owned)
            if person:
                return _Speaker(canon, True)
        canon, person = names.canonical(tokens)
        if not canon:
            return None
        if len(tokens) == 1:
            # "Molina said" where the article names two Molinas: the one named last
            full = names.nearest(canon, pos) if canon in names.shared else None
            full = full or (None if person else names.first_name(canon))
            if full is not None:
                return _Speaker(full, True)  # "Tiffany said" after "Tiffany Marchbanks, an …"
        if canon in _BODY_ALIASES:
            return _Speaker(_BODY_ALIASES[canon], False)
        if (
            not person
            and " " not in canon
            and canon not in names.placeish
            and canon.lower() not in names.common_words
            and canon.lower() not in _ORG_WORDS  # "Police said ...": a body, no "she"
            and not canon.isupper()  # "OMT denied it": an acronym names a body, no "she"
            and (not canon.endswith("s") or canon in names.name_words)
        ):
            # a single name that speaks, is never a place, never written in lower case in
            # the article and, when it looks plural, capitalised mid-sentence somewhere: a
            # person ("Investigators said ..." opening a sentence is no one to say "he")
            person = True
        return _Speaker(canon, person)
    m = _IN_PLACE.fullmatch(np)
    head_words = m.group("head").split() if m else []
    if m and (
        len(head_words) == 1
        or head_words[0].islower()
        or head_words[0] in ("The", "A")
        # "Opposition leaders in Valdoria said": a common word capitalised by the sentence
        or (head_words[0] not in names.name_words and head_words[-1].islower())
    ):
        # "Prosecutors in Eastport said", "the fire service in Eastport said": who speaks,
        # not where (a named body before "in" is left as it was: "St Anne's Hospital in
        # Eastport")
        head = _resolve_np(m.group("head"), pos, names, state)
        if head is not None and not head.person:
            return head
    if state.unnamed and state.unnamed_role and plain_person(np):
        return _Speaker(state.unnamed_role, False)  # '"…," the young man said' (`unnamed_people`)
    m = _THE_LOWER_ROLE.fullmatch(np)
    given = names.roles.get(_role_key(m.group(1).split()), []) if m else []
    if len(given) == 1 and any(p < pos and who == given[0] for p, who in names.mentions):
        # '"…," the judge told him' after "Judge Miriam Okafor said": the one person the
        # text gave that role, named before it
        return _Speaker(given[0], True)
    who = narrative.described_person(np, state.last_person, state.description)
    return _Speaker(who, True) if who else None


def _full_body(role: str | None, names: _Names) -> str | None:
    """A kind's spokesman of a body named by one word ("Orbivane spokesman") under the one
    longer name the article opens with that word ("Orbivane Systems spokesman")."""
    if role is None:
        return None
    body, _, kind = role.rpartition(" ")
    full = names.first_name(body) if body and " " not in body else None
    return f"{full} {kind}" if full else role


def _only_body(np: str, names: _Names, state: _State) -> str | None:
    """The one body with a name that has spoken and fits the kind, for "the company" said
    after others spoke since it did ("Velmont said … . Analysts said … . The company
    said"); None when two fit or none does (a person's name never fits)."""
    fits = {
        who
        for who in state.spoken
        if all(w in names.name_words for w in who.split())
        # a person's full name or surname is no body ("Henrik Solas" ends like "Airlines")
        and not (" " in who and who in names.persons)
        and " " not in names.aliases.get(who, "")
        and who not in names.genders
        and named_body_anaphor(np, who) is not None
    }
    return fits.pop() if len(fits) == 1 else None


# a public body named by its kind alone, which news writes for the body it just named
_PUBLIC_BODY_ANAPHORS = frozenset({"the agency"})


# a body named again by its kind alone: "the club", "the company"
def _group_body(np: str, names: _Names) -> str | None:
    """The body a common-noun phrase names ("the health ministry" -> "health ministry"); a
    capitalised first word only when it opens the sentence and is no name the article
    capitalises elsewhere ("Aid groups said", never "Reuters news agency")."""
    kind = people_kind(np, names.name_words) or unnamed_person(np) or member_of(np)
    if kind is not None:
        return kind  # "one worker", "some parents", never "the student" (`people_kinds`)
    m = _GROUP_NP.fullmatch(np)
    first, _, rest = np.partition(" ")
    if m is None and rest and first.istitle() and first.isalpha() and first not in names.name_words:
        m = _GROUP_NP.fullmatch(f"{first.lower()} {rest}")
        if m is not None and m.start("body") == 0:
            return np if not _FUNCTION_WORDS.intersection(np.lower().split()) else None
        return None
    if m is None or _FUNCTION_WORDS.intersection(w.lower() for w in m.group("body").split()):
        return None
    return m.group("body")


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


def _other_body(person: str, words: list[str], names: _Names) -> bool:
    """Whether a role names a body ("the Nato spokesperson") the article never ties to
    `person`; a nationality ("the Russian president") is no body."""
    bodies = [w for w in words[:-1] if w[:1].isupper() and not DEMONYM.fullmatch(w)]
    if not bodies:
        return False
    held = [key for key, holders in names.roles.items() if person in holders]
    return not any(all(_role_key([b]) in key.split() for b in bodies) for key in held)


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
