"""Step 4: speaker resolution, a speaker noun phrase -> a name (`_resolve_np`): a person
the article names, a role or a description resolved to its holder, a body named by its name
or by its kind, a kin or a spokesman of someone named, or None when it is no one we trust.
The shapes it reads are in `speaker_nps`, the anaphors ("he", "the company") in
`speaker_anaphors`; the attribution readers that find the phrase are in `speakers`. Moved
out of speakers.py unchanged (session 59).

It reads the phrase, the article's names (`names._Names`) and the discourse state; it never
changes the state (`story_follow.follow` does, once a clause's attribution is read)."""

from __future__ import annotations

from consensus.offline import narrative_persons as narrative
from consensus.offline.body_anaphors import kind_kept, named_body_anaphor
from consensus.offline.honorifics import noun_gender
from consensus.offline.kin_names import kin_speaker
from consensus.offline.kind_spokespeople import kind_role, kind_role_for
from consensus.offline.name_particles import particle_name
from consensus.offline.names import (
    _BODY_ALIASES,
    _FUNCTION_WORDS,
    _NOT_ENTITIES,
    _ORG_WORDS,
    _TITLES,
    ALWAYS_NATIONALITIES,
    DEMONYM,
    _Names,
    _possessive_groups,
    _role_key,
    surname_month,
)
from consensus.offline.no_one import no_one
from consensus.offline.people_kinds import people_kind
from consensus.offline.role_bodies import lower_body
from consensus.offline.speaker_anaphors import (
    _PRONOUN,
    _PUBLIC_BODY_ANAPHORS,
    _body_read,
    _named_just_before,
    _only_body,
    common_noun,
    other_gender_person,
    pronoun_person,
)
from consensus.offline.speaker_nps import (
    _AGED,
    _AMPERSAND_NAME,
    _BARE_STATEMENT,
    _BASED,
    _BODY_NP,
    _CAPS_NP,
    _CLOSE_TO,
    _DESCRIBED_BODY_NP,
    _DESCRIBED_NAME_NP,
    _EXPERTS_AT,
    _GROUP_AT,
    _GROUP_NP,
    _IN_PLACE,
    _IN_STATEMENT,
    _ISSUED_STATEMENT,
    _KIN_OF_NAME_NP,
    _KIN_OF_PRONOUN_NP,
    _NAMED_MEDIUM,
    _NAMED_OFFICE_NP,
    _OF_BODY,
    _ORG_OF_NP,
    _PLACE_BODY_NP,
    _RELATIVE,
    _ROLE_NAME_NP,
    _ROLE_NP,
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
from consensus.offline.unnamed_people import member_of, plain_person, unnamed_person

# Roles an unnamed description may give the person the story follows ("the Russian official").
_FOLLOWED_ROLES = frozenset("president leader official spokesman spokeswoman spokesperson".split())


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
    if np in ("they", "They") and state.plural_group:
        # "The nurses tell a different story. In a statement, they said …": that group
        return _Speaker(state.plural_group, False)
    if no_one(np):  # "Several said", "Separately, ... said": a word that names no one
        return None
    if _RELATIVE.match(np):
        # "…, which local authorities say killed 12": they speak only the relative clause
        return None
    last = state.last_named_body
    if last is not None and not all(w in names.name_words for w in last.split()):
        last = None  # "Relatives said": a common noun opening a sentence, no body's name
    if last is not None and common_noun(last, names):
        # "Residents also say …" where the text writes "the residents" too: a common noun
        # opening a sentence (capitalised elsewhere inside a name), not a club's bare name
        last = None
    body = named_body_anaphor(np, last)
    if body is None and state.last_person and state.last_quote_speaker == state.last_person:
        # "Lumora rejected the claims. '…,' the company said": a bare name that just spoke,
        # read as a person, when it fits the kind (never a person's first and last name)
        body = named_body_anaphor(np, state.last_person)
    if body is None:
        body = _only_body(np, names, state)
    if body is not None and not kind_kept(state.body_kinds, body, np):
        # "Quantra … the Halvorsen-based company said …. The ground keeps its name, the
        # club confirmed": a bare name the text has called one kind is no body of another
        body = None
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
        if who is None:
            who = other_gender_person(np, pos, names, state)
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


def _other_body(person: str, words: list[str], names: _Names) -> bool:
    """Whether a role names a body ("the Nato spokesperson") the article never ties to
    `person`; a nationality ("the Russian president") is no body."""
    bodies = [w for w in words[:-1] if w[:1].isupper() and not DEMONYM.fullmatch(w)]
    if not bodies:
        return False
    held = [key for key, holders in names.roles.items() if person in holders]
    return not any(all(_role_key([b]) in key.split() for b in bodies) for key in held)
