"""The body a shown statement's opening "Its" stands for: "The Harbour Authority closed the
east channel on Monday. Its director, Ana Lind, said …" -> "The Harbour Authority's director,
Ana Lind, said …".

A claim that opens on "Its" names nobody's: an editor reading it alone cannot tell whose
director, shares or roof it is. A display stage after the merge: the merger, the verdicts and
every check read the claims as extracted; only the statement the report shows (an agreed or
single-source item's, a contested point's side's) is rewritten, never an id, a citation or a
verdict. The statement is read against the sentence before its cited quote in the article: when
that sentence opens on a body as its subject (a body with a name, or one named by its kind the
article names one body by: "The Harbour Authority closed …", "The agency said …"), the
possessive points back at that body, and the statement names it as the text writes it, with
the possessive ending English writes after it ("…'s", or "…'" after a final "s"). Anything
else leaves "Its" as it is (whose, unsure): no quote of the statement's own article that opens
on its words, no such body (a person, a sentence's first word only, a plural, a possessive or
a name used as a modifier: `_owner`), a clause with a speaker of its own after a comma ("Its
weight is 1.2 kg, the institute says": the thing the sentence before named), or a subject
that is a body's thing rather than the body ("The trust's grant from government has fallen …,
and its own report …": whose report, the trust's). Pure.

Session 61 (its61) widens it (`consensus/pronoun_names.py`): "Its" past an apposition or a
relative clause after the body's name ("Ostra Ferry Company, which owns the yard, said …"),
never when the quoted sentence ends on a speaker of its own ("…, the firm said"); "He"/"She"
as the one person the sentence before names as its subject (or as the speaker after its
quotation), shown as the text last wrote the name; "They"/"Their" as the one plural common
noun the sentence (or the clause before a conjunction) opens on. A quote may open on "But",
"And" or "Yet" before the statement's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from consensus.models import Article, Citation, Item, Position, Report
from consensus.offline.clause_statements import _SPEECH_AFTER_COMMA
from consensus.offline.drafts import _named
from consensus.offline.named_kinds import named_kinds
from consensus.offline.names import _VERBS, _learn_names, _Names
from consensus.offline.story_follow import body_subject
from consensus.offline.subject_names import opening_name, spokesman_body
from consensus.pronoun_names import (
    person_name,
    plural_subject,
    sentence_before,
    without_apposition,
)

__all__ = ["apostrophe", "name_its_owners", "possessive_lead", "restated"]

# "Its director", "its 2,000 members", "Its East Stand": the possessive and the word after it
_ITS = re.compile(r"[Ii]ts[ \t]+(?=[\w“\"])")
# a subject that is a body's thing, not the body: "The trust's grant from government has
# fallen …, and its own report …" (whose report: the trust's); a name's own possessive
# ("The Prosecutor's Office") is followed by a capital
_THING_OF = re.compile(r"['’]s[ \t]+[a-z]")
# "Its director, Ana Lind, said …": a role in apposition with the person who speaks
_ROLE_BEFORE_NAME = re.compile(
    rf"[Ii]ts[ \t]+[^,;:“”\"]{{1,60}},[ \t]*(?P<name>[^,;:“”\"]{{1,60}}),[ \t]*(?:{_VERBS})"
    r"(?![\w’'-])"
)
# where the sentence before a quote ends: a full stop, "!" or "?" (a closing quote after it)
_WORD = re.compile(r"[\w’'-]+")
# where the sentence a quote opens ends
_QUOTED_END = re.compile(r"[.!?][”\"’']?(?=\s|$)")
# a speaker that closes the clause after a comma ("…, the firm said, …", "…, Lind says.");
# not a clause of its own ("…, and the charity has said that …")
_TRAILING_SPEAKER = re.compile(
    rf",[ \t]+(?!(?:and|but|while|as)\b)[^,;“”\"]{{0,40}}?(?<![\w’'-])(?:{_VERBS})"
    r"(?=[ \t]*(?:[,.;]|$))"
)
# a conjunction a quote may open on before the statement's words ("But he also asked ...")
_LINKS = (["but"], ["and"], ["yet"])
# the openings a reading may name: "Its", "He", "She", "They", "Their" and a word after
_PRONOUN = re.compile(r"(?:Its|He|She|They|Their)[ \t]+(?=[\w“\"])")


def apostrophe(text: str) -> str:
    """The apostrophe the article writes in its possessives ("’" or "'")."""
    return "’" if text.count("’s") > text.count("'s") else "'"


def possessive_lead(body: str, owner: str | None, mark: str = "'") -> str | None:
    """`body` with its opening "Its" replaced by the possessive of `owner` as the text names
    it ("The Harbour Authority" -> "The Harbour Authority's …", "the agency" -> "The
    agency's …", "Lund Holdings" -> "Lund Holdings' …"); None when `body` does not open on
    "Its" or there is no owner. `mark`: the apostrophe to write (`apostrophe`)."""
    m = _ITS.match(body)
    if m is None or not owner or _THING_OF.search(owner):
        return None
    owned = owner + (mark if owner.endswith("s") else mark + "s")
    return owned[:1].upper() + owned[1:] + " " + body[m.end() :]


class _Article:
    """What the owner reader needs of one article, learnt on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: _Names = _learn_names(text)
        self.kinds = named_kinds(text, self.names.genders)
        self.mark = apostrophe(text)


def _owner(sentence: str, statement: str, art: _Article) -> str | None:
    """The body `sentence` opens on as its subject, as the text writes it, for the "Its"
    that opens `statement`; None when unsure (see the module)."""
    own = _ROLE_BEFORE_NAME.match(statement)
    if own is not None:
        _, person = art.names.canonical(own.group("name").split())
        if not person:
            own = None
    if own is None and _SPEECH_AFTER_COMMA.search(statement):
        return None  # "Its weight is 2 kg, the institute says": the thing, not the body
    kind = body_subject(sentence, art.kinds)
    if kind is not None:
        return _named(kind)
    written = opening_name(sentence)
    if not written or written in ("A", "An"):
        return None
    if not spokesman_body(written, art.names, art.names.genders):
        return None
    text = art.text
    if re.search(rf"\b{re.escape(written)}\s+(?:are|were|have|do)\b", text):
        return None  # "Drovers are protesting ...": a plural, never "it"
    if written.endswith(("'s", "’s", "'", "’")):
        return None
    if f"The {written}" in text:
        return None if " " not in written else f"the {written}"
    return written


def _named_lead(statement: str, cite: Citation, art: _Article) -> str | None:
    """`statement` with its opening pronoun named from the text before `cite`'s quote;
    None when unsure (`pronoun_names`; "Its": `_owner`, past an apposition)."""
    if _ITS.match(statement) is not None:
        found = sentence_before(art.text, cite.start, paragraph=False)
        if found is None:
            return None
        sentence = found[1]
        # the whole sentence the quote opens, not the statement cut from it: "Its safety
        # gear held, the firm said" shown as "Its safety gear held" is still the thing's
        end = _QUOTED_END.search(art.text, cite.start)
        own = art.text[cite.start : end.end() if end else len(art.text)]
        if _TRAILING_SPEAKER.search(own) and not _ROLE_BEFORE_NAME.match(own):
            return None
        owner = _owner(sentence, statement, art)
        cut = without_apposition(sentence) if owner is None else None
        if cut is not None:
            owner = _owner(cut, statement, art)
        return possessive_lead(statement, owner, art.mark)
    person = person_name(statement, cite.start, art)
    if person is not None:
        return person + statement[statement.index(" ") :]
    plural = plural_subject(statement, cite.start, art)
    if plural is None:
        return None
    if statement.startswith("Their"):
        return possessive_lead("Its" + statement[5:], plural, art.mark)
    return plural[:1].upper() + plural[1:] + statement[4:]


# a role fact whose owner is "its" (`offline/role_facts.py`): "Ana Lind is its director."
_ROLE_ITS = re.compile(r"(?P<who>[^,;:“”\"]+?) is its (?P<role>[^“”\"]+)\.")


def _role_owned(
    statement: str, cites: Sequence[Citation], texts: Mapping[str, str], read: dict[str, _Article]
) -> str:
    """A role fact's "its" named as the body the sentence before its cited "Its <role>, <Name>"
    opens on ("The Harbour Authority closed the channel. Its director, Ana Lind, said …" ->
    "Ana Lind is the Harbour Authority's director."); when no citation tells whose, the role
    without "its" ("Ana Lind is director."): never a body the text does not name."""
    m = _ROLE_ITS.fullmatch(statement)
    if m is None:
        return statement
    who, role = m.group("who"), m.group("role")
    for c in cites:
        text = texts.get(c.article)
        if text is None or _ITS.match(c.quote) is None:
            continue
        found = sentence_before(text, c.start, paragraph=False)
        if found is None:
            continue
        art = read.get(c.article)
        if art is None:
            art = read[c.article] = _Article(text)
        said = f"{c.quote}, said"  # (the role's apposition, as `_owner` reads a speaker's)
        owner = _owner(found[1], said, art)
        cut = without_apposition(found[1]) if owner is None else None
        if cut is not None:
            owner = _owner(cut, said, art)
        owned = possessive_lead(f"Its {role}", owner, art.mark)
        if owned is not None:
            lead = "the " if owned.startswith("The ") else owned[:4]  # ("The agency's")
            return f"{who} is {lead}{owned[4:]}."
    return f"{who} is {role}."


def _shown(
    statement: str, cites: Sequence[Citation], texts: Mapping[str, str], read: dict[str, _Article]
) -> str:
    """`statement` with its opening pronoun named, read against the first citation whose
    quote opens on the statement's first words; `statement` itself when unsure."""
    if _PRONOUN.match(statement) is None:
        return _role_owned(statement, cites, texts, read)
    words = [w.casefold() for w in _WORD.findall(statement)[:4]]
    for c in cites:
        text = texts.get(c.article)
        if text is None:
            continue
        said = [w.casefold() for w in _WORD.findall(c.quote)[:5]]
        if said[:4] != words and (said[:1] not in _LINKS or said[1:5] != words):
            continue
        art = read.get(c.article)
        if art is None:
            art = read[c.article] = _Article(text)
        return _named_lead(statement, c, art) or statement
    return statement


_Shown = TypeVar("_Shown", Item, Position)


def _each(shown: Sequence[_Shown], change: Callable[[_Shown], _Shown]) -> tuple[_Shown, ...]:
    """`shown` with each one rewritten; an unchanged one is the same object."""
    return tuple(change(one) for one in shown)


def reshown(
    report: Report, change: Callable[[Item], Item], side: Callable[[Position], Position]
) -> Report:
    """The report with each shown item (an agreed or single-source one) as `change` gives it
    and each contested point's side as `side` gives it (each returns its argument itself
    when it changes nothing); ids, citations and verdicts as merged. The same object when
    nothing changes (a display stage after the merge)."""
    agreed = _each(report.agreed, change)
    single = _each(report.single_source, change)
    contested = []
    for point in report.contested:
        sides = _each(point.positions, side)
        same = all(a is b for a, b in zip(sides, point.positions, strict=True))
        contested.append(point if same else point.model_copy(update={"positions": sides}))
    old = (*report.agreed, *report.single_source, *report.contested)
    if all(a is b for a, b in zip((*agreed, *single, *contested), old, strict=True)):
        return report
    return report.model_copy(
        update={"agreed": agreed, "single_source": single, "contested": tuple(contested)}
    )


def restated(report: Report, statement: Callable[[Item | Position], str]) -> Report:
    """The report with each shown statement (an agreed or single-source item's, a contested
    point's side's) as `statement` gives it; ids, citations and verdicts as merged. The same
    object when nothing changes (a display stage after the merge)."""

    def change(one: _Shown) -> _Shown:
        text = statement(one)
        return one if text == one.statement else one.model_copy(update={"statement": text})

    return reshown(report, change, change)


def name_its_owners(report: Report, articles: Sequence[Article]) -> Report:
    """The report with each shown statement's opening "Its" named as the body the sentence
    before its quote opened on; ids, citations and verdicts as merged. The same object when
    nothing changes."""
    texts = {a.id: a.text for a in articles}
    read: dict[str, _Article] = {}
    return restated(report, lambda one: _shown(one.statement, one.citations, texts, read))
