"""The statement of a clause given its attribution: the attribution moved to the front
("X said that …", "According to X, …", "X said: “…”"), pronouns and roles replaced by
names, a shouted first word in its usual case. Never a word the clause does not say."""

from __future__ import annotations

import re

from consensus.ingest.spans import post_header_end
from consensus.offline.body_leads import body_lead
from consensus.offline.drafts import _named
from consensus.offline.names import _VERBS, _Names, _strip_possessive
from consensus.offline.speaker_anaphors import pronoun_person
from consensus.offline.speaker_state import _State
from consensus.offline.speakers import _Attribution
from consensus.offline.statements import (
    _DISCOURSE,
    _close_quotes,
    _finish,
    _lower_first,
    _replace_roles,
    _said,
    _WordCase,
    lead_capitals,
    said_mark,
)
from consensus.offline.subject_names import spokesman_body

# articles before a description of a speaker that the statement keeps as written
_KEPT = frozenset(("the", "a", "an", "one", "his", "her", "their", "its"))
# the rest of a quotation that a trailing attribution interrupts: '…,” she said, “…”'
# a relative clause closing a trailing "according to X": ", who told reporters that …"
_TOLD_OF_SOURCE = re.compile(r",\s+(?P<rel>(?:which|who|whom|whose)\s[^\n]+)$")
# a speaker of the clause's own after a comma: "It weighs 2 kg, the institute says"
_SPEECH_AFTER_COMMA = re.compile(rf",[^,]*?(?<![\w’'-])(?:{_VERBS})(?![\w’'-])")
_RESUMED_QUOTE = re.compile(r"[^“”\"]*?,\s*[“\"](?P<rest>[^“”\"]+[”\"])\s*$")


def _unowned(np: str) -> str:
    """A noun phrase without its possessive endings ("St Anne's Hospital" -> "St Anne
    Hospital"), as the names of speakers are written."""
    return " ".join(_strip_possessive(w) for w in np.split())


class StatementWriter:
    def __init__(self, text: str, names: _Names, state: _State) -> None:
        self.text = text
        self.names = names
        self.state = state
        self.word_case: _WordCase | None = None  # built on first use
        self.quoted = False  # the sentence read is inside a quotation its paragraph leaves open

    def statement(
        self, clause: str, cs: int, attr: _Attribution | None, quotes: list[tuple[int, int]]
    ) -> str:
        if attr is None or attr.kind in ("leading", "inherited"):
            if attr is not None and attr.np_span is not None:
                a, b = attr.np_span
                np = clause[a:b]
                # "the Ukrainian General Staff" reads better than the bare canonical name.
                # (as does "A spokesperson from the British Transport Police")
                keep = not attr.speaker.person and (
                    np.split(" ", 1)[0].lower() in _KEPT
                    # "Prosecutors in Eastport said", "Online lender Brightbank says": the
                    # body's name as written, with what the text says of it
                    or (len(np) > len(attr.speaker.name) and attr.speaker.name in _unowned(np))
                )
                name = attr.speaker.name
                if np.lower() in ("it", "they") and not attr.speaker.person:
                    # "…, it said" after "The regulator said …": "…, the regulator said"
                    name = _named(name)
                    name = name[:1].upper() + name[1:] if a == 0 else name
                body = clause if keep else clause[:a] + name + clause[b:]
            else:
                body = clause
            body = _DISCOURSE.sub("", body)
            if attr is None:
                body = self._resolve_leading_pronoun(body)
            if attr is not None and attr.kind == "inherited":
                # "…, but that the bidder had told him …": the clause's own "that" is the one
                body = self.lower(body).removeprefix("that ")
                body = f"{_named(attr.speaker.name)} {_said(attr.verb)} that {body}"
            body = self._normalise_caps(body.lstrip())  # "RUSSIA will spare …"
            return _finish(_replace_roles(_close_quotes(body), cs, self.names))
        if attr.kind == "subject" and attr.content is not None:
            a, b = attr.content
            content = _replace_roles(_close_quotes(clause[a:b].strip()), cs, self.names)
            return _finish(f"{attr.speaker.name} {attr.verb} {content}")
        if attr.kind in ("trailing", "according") and attr.content is not None:
            a, b = attr.content
            content = _DISCOURSE.sub("", clause[a:b].strip())
            resumed = _RESUMED_QUOTE.match(clause, attr.np_span[1] if attr.np_span else b)
            if resumed is not None and content[-2:] in (",”", ',"'):
                # '“Without trucks,” the group says, “America stops.”': one quotation
                content = f"{content[:-1]} {resumed.group('rest')}"
            content = _replace_roles(_close_quotes(content), cs, self.names)
            content = self._normalise_caps(content)
            if attr.kind == "according":
                named = _named(attr.speaker.name)
                if clause.startswith("According to the ") and not named.startswith("the "):
                    named = f"the {named}"  # "According to the Institute for Fiscal Research"
                if a == 0 and _TOLD_OF_SOURCE.search(clause, b):
                    # "…, according to Jan Roe, who told reporters that …": the sentence as
                    # written (the relative clause tells more than the source's name)
                    return self.statement(clause, cs, None, quotes)
                named += ","
                return _finish(f"According to {named} {self.lower(content)}")
            return _finish(f"{_named(attr.speaker.name)} {_said(attr.verb)} {self.lower(content)}")
        body = _DISCOURSE.sub("", clause)
        if attr.kind == "block":
            body = body[post_header_end(body) :]  # "Jane Roe (@janeroe): …" names her once
        said = f"{_named(attr.speaker.name)} {_said(attr.verb)}{said_mark(body)}"
        return _finish(f"{said} {_close_quotes(body)}")

    def lower(self, s: str) -> str:
        if self.word_case is None:
            self.word_case = _WordCase(self.text)
        return _lower_first(s, self.word_case)

    def _resolve_leading_pronoun(self, body: str) -> str:
        if not self.quoted:
            # "Hallvik said …. It denied a report": the body that spoke just before
            kind = self.state.kind_subject
            group = self.state.subject_body or (kind and _named(kind)) or self._opening_body(body)
            lead = body_lead(body, group)
            if lead is not None:
                return lead
        m = re.match(r"(He|She)\b(['’]s\b)?", body)
        if m is None or self.state.other_named or self.quoted:
            return body  # (after "X said Y had ...", "He must pay" may be X or Y)
        person = pronoun_person(m.group(1), self.state)
        if not person:
            return body
        rest = body[m.end() :]
        if m.group(2):  # "He's meeting" is "X is meeting", never "X's meeting"
            aux = "has" if re.match(r"\s+(?:been|got|had|done|said|told)\b", rest) else "is"
            return f"{person} {aux}{rest}"
        return person + rest

    def _opening_body(self, body: str) -> str | None:
        """The body with a name the clause before (no speaker) opened on as its subject
        ("Ostra Exams Board revised its figure.", "The Harbour Authority closed ..."), as the
        text writes it, for the "It" that opens `body`; None for a person, a name given "he"
        or "she", or a sentence's first word only. Unsure, also None: a possessive name
        ("Norby's runway is ..."), a plural ("Drovers are ..."), one word after "The" ("The
        Norby plant": a name used as a modifier), or a clause that names a speaker of its
        own after a comma ("It weighs 2 kg, the institute says": what that speaker talks
        about)."""
        written = self.state.opening_name
        if not written or written in ("A", "An"):  # "A group calling itself ...": no name
            return None
        if not spokesman_body(written, self.names, self.state.genders):
            return None
        if re.search(rf"\b{re.escape(written)}\s+(?:are|were|have|do)\b", self.text):
            return None  # "Drovers are protesting ...": a plural, never "it"
        if written.endswith(("'s", "’s", "'", "’")) or _SPEECH_AFTER_COMMA.search(body):
            return None
        if f"The {written}" in self.text:
            return None if " " not in written else f"the {written}"
        return written

    def _normalise_caps(self, s: str) -> str:
        word = s.split(" ", 1)[0]
        if word.isupper() and len(word) > 3 and word.title() in self.names.name_words:
            return word.title() + s[len(word) :]
        after = s[len(word) + 1 : len(word) + 2]
        if (after.islower() or after.isupper()) and lead_capitals(word, after, self.text):
            return word.title() + s[len(word) :]  # "AT least 20 people died"
        return s
