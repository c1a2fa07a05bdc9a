"""Step 4: who an anaphor among the speakers is: "he" or "she" (the person the story
follows, unless the text tells another gender), "his spokesman" after a person named just
before, "the company" after the one named body that spoke, a bare "a spokesman" after a body
read as a person. Read by `speaker_resolution._resolve_np` and the attribution readers in
`speakers`; moved out of speakers.py unchanged (session 59).

It reads the discourse state (`speaker_state._State`) and the article's names only; it never
writes a statement."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from importlib import resources

from consensus.offline.body_anaphors import named_body_anaphor
from consensus.offline.honorifics import honorific_gender
from consensus.offline.names import _Names
from consensus.offline.speaker_state import _State

_PRONOUN = re.compile(r"(?:he|she|He|She)")


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
    as a person's, a name that ends in a company's word (`_COMPANY_ENDINGS`), or one whose
    first word the text writes after a determiner (`_Names.determined`)."""
    who = state.last_person
    if who is None or who != state.last_quote_speaker:
        return None
    if " " not in who:
        return who if who not in names.persons and who[:1].isupper() else None
    if who.split()[-1].lower() in _COMPANY_ENDINGS:
        return who
    # "<First> <Word> denied it" where the text writes "No <First> pilot" or "the <First>
    # Festival": a first word after a determiner is a brand's or a place's, not a person's
    # (a name the text gives "he" or "she", or a title, stays a person)
    gendered = honorific_gender(who) or names.genders.get(who) or state.genders.get(who)
    return who if who.split()[0] in names.determined and not gendered else None


def pronoun_person(pronoun: str, state: _State) -> str | None:
    """The person "he" or "she" refers to: the one the story follows, unless a title or the
    text says otherwise ("She said ..." after "Mr Holt said ..." is someone else: None), or
    the one it follows is a body by a one-word name the text writes after a determiner
    (`_State.determined`) or a company by its name's last word ("Tellan Labs"; never a
    surname that is also an organisation word: "Tom West").
    """
    person = state.last_person
    if person is None or (" " in person and person.split()[-1].lower() in _COMPANY_ENDINGS):
        return None
    said = "f" if pronoun.lower() == "she" else "m"
    gender = honorific_gender(person) or state.genders.get(person, "")
    if not gender and " " not in person and person in state.determined:
        # "A Velmont employee … gave an account. He said": a one-word name the text writes
        # after a determiner, with no gender, is a body's, no one a pronoun names
        return None
    if not gender:
        # "Vera Holm ... She said ...": once a pronoun names her, a later "he" is
        # someone else (a man the text introduced without a speech verb)
        state.genders[person] = said
    return person if gender in ("", said) else None


# how far back a "he" or "she" the followed person cannot be looks for the one it names
_PRONOUN_REACH = 400


def other_gender_person(pronoun: str, pos: int, names: _Names, state: _State) -> str | None:
    """The person a "he" or "she" names when the one the story follows is of the other
    gender ('Vera Holm said she ... . Chairman Tom Lund challenged that ... . "…?" he
    asked'): the last person named before `pos` in its paragraph, within `_PRONOUN_REACH`
    characters, whom nothing in the text gives the other gender; None when that is the
    followed person or nobody fits."""
    followed = state.last_person
    said = "f" if pronoun.lower() == "she" else "m"
    if followed is None or (honorific_gender(followed) or state.genders.get(followed)) in (
        None,
        "",
        said,
    ):
        return None
    para = names.paragraphs[bisect_right(names.paragraphs, pos) - 1] if names.paragraphs else 0
    for mpos, person in reversed(names.mentions):
        if mpos >= pos:
            continue
        if pos - mpos > _PRONOUN_REACH or mpos < para:
            return None
        if person == followed:
            return None
        gender = honorific_gender(person) or state.genders.get(person) or names.genders.get(person)
        if gender in (None, "", said):
            return person
    return None


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


def common_noun(name: str, names: _Names) -> bool:
    """Whether a one-word name is a common noun the text also writes in lower case
    ("Residents also say …" beside "the residents who carried it"): no body's bare name."""
    return " " not in name and name.lower() in names.common_words


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
        and not common_noun(who, names)
        and named_body_anaphor(np, who) is not None
    }
    return fits.pop() if len(fits) == 1 else None


# a public body named by its kind alone, which news writes for the body it just named
_PUBLIC_BODY_ANAPHORS = frozenset({"the agency"})
