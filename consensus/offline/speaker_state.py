"""What the speaker reader carries from one sentence to the next of an article: the
speaker a noun phrase resolves to (`_Speaker`) and the reader's memory of who spoke and who
the story follows (`_State`), read by consensus/offline/speakers.py and its helpers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _Speaker:
    name: str
    person: bool


@dataclass
class _State:
    last_person: str | None = None
    last_quote_speaker: str | None = None
    unnamed: bool = False  # the story follows someone it has not named ("A spokesman said")
    unnamed_role: str | None = None  # ... described by a role ("foreign ministry spokesman")
    # the last speaker's words named someone else ("The judge said Delaney had ..."): a
    # "He" opening the next sentence that reports no speech may be either of them
    other_named: bool = False
    genders: dict[str, str] = field(default_factory=dict)  # `_Names.genders`
    determined: set[str] = field(default_factory=set)  # `_Names.determined`
    # the public body the article last gave words to by its name ("the U.S. Consumer
    # Product Safety Commission said"): "the agency said" after it is that body
    last_body: str | None = None
    last_named_body: str | None = None  # the last speaker that is a body with a name
    # the body (no person) that spoke in the clause just before: "Harbor Police
    # confirmed …. A spokesman added" is its spokesman
    last_group: str | None = None
    # the body named by its kind that the clause just before, with no speaker, opened on
    # ("The museum has explained the new timetable."): "A spokeswoman said" is its spokeswoman
    kind_subject: str | None = None
    # the kinds the article names one body by ("airport": "Tarnby Regional Airport",
    # `named_kinds`): "The airport rejected that." opens on that body
    named_kinds: dict[str, str] = field(default_factory=dict)
    # the capitalised name such a clause opened on ("The HTA gave a very different
    # account."), as written: "A spokesman said" is that body's (`subject_names`)
    opening_name: str | None = None
    # the body that spoke in the clause just before as the subject it opens on ("The National
    # Radiation Safety Authority said …"), as the text writes it: "It rated the incident …"
    # after it is that body's act (`body_leads`); never a trailing speaker ("The ban took
    # effect, the ministry said. It covers …": the ban)
    subject_body: str | None = None
    written_bodies: dict[str, str] = field(default_factory=dict)  # body -> as written first
    # the kind a bare name was first named by ("Quantra": "company", `kind_kept`)
    body_kinds: dict[str, str] = field(default_factory=dict)
    description: str = ""  # what the text says `last_person` is ("an American student")
    spoken: set[str] = field(default_factory=set)  # every speaker so far (`_only_body`)
    # a role that spoke without a name, by its last word ("an airport spokeswoman said":
    # {"spokeswoman": "airport spokeswoman"}): "the spokeswoman said" later is that one
    unnamed_roles: dict[str, str] = field(default_factory=dict)
    # the plural group, one that has spoken before, that the clause just before opened on
    # or that spoke in it ("The nurses tell a different story."): "they said" is theirs
    plural_group: str | None = None
    # the speaker of a leading attribution that ends on a colon ("In a statement, they
    # said:"): the author of the quoted document the text shows after it, when the
    # ingest read no author from that introduction
    colon_speaker: str | None = None
