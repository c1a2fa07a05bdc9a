"""Step 4: the statement text: the sentence lightly rewritten (names for roles and
pronouns, attribution moved to the front, quotes closed), never anything it does not say.
"""

from __future__ import annotations

import re

from consensus.offline.names import _Names
from consensus.offline.sentences import _in_quotes, _quote_regions

_DISCOURSE = re.compile(
    r"^(?:However|Additionally|Moreover|Meanwhile|But|And|Also|Still|Furthermore|Nevertheless|"
    r"At the same time|In addition|Instead)\b,?\s+"
)
_ROLE_IN_TEXT = re.compile(
    r"\b[Tt]he\s+(?:(US|U\.S\.|American|Russian|Ukrainian|[A-Z][a-z]+(?:ian|ean|ese|ish))\s+)?"
    r"(president|President|leader)\b(?![ \t]+[A-Z])"
)


_LOWERABLE = frozenset(
    "the this that these those it its if in on at for a an there they their we our as when "
    "while after before some many most all any no one by with from to of about more less "
    "only just even still also despite since although though because until unless during "
    "nearly almost around over under".split()
)


def _lower_first(s: str, names: _Names | None = None) -> str:
    """The first word in lower case when it is capitalised only for opening a sentence:
    a function word, or (given the article's names) a word never capitalised mid-sentence
    that the article also writes in lower case, or an adverb ("Nearly 80 people …")."""
    word = s.split(" ", 1)[0]
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return s
    bare = word.strip(",.;:")
    if word.lower() in _LOWERABLE or (
        names is not None
        and bare not in names.name_words
        and bare not in names.placeish
        and bare not in names.aliases
        and (bare.lower() in names.common_words or bare.endswith("ly"))
    ):
        return s[0].lower() + s[1:]
    return s


def _close_quotes(s: str) -> str:
    s = s.rstrip(" ,;:")
    if s.endswith(",”") or s.endswith(',"'):
        s = s[:-2] + s[-1]
    opens = s.count("“") + s.count("„")
    closes = s.count("”")
    if opens > closes:
        s += "”"
    if s.count('"') % 2:
        s += '"'
    return s


def _finish(s: str) -> str:
    s = " ".join(s.split()).strip(" ,;:")
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def _replace_roles(s: str, offset: int, names: _Names) -> str:
    """'the Russian president' -> 'Vladimir Putin' outside quotations, when the article says so."""
    regions = _quote_regions(s, 0, len(s))
    out: list[str] = []
    last = 0
    for m in _ROLE_IN_TEXT.finditer(s):
        if _in_quotes(m.start(), regions):
            continue
        words = [w for w in (m.group(1), m.group(2)) if w]
        name = names.resolve_role(words, offset + m.start())
        if name is None:
            continue
        out.append(s[last : m.start()])
        out.append(name)
        last = m.end()
    out.append(s[last:])
    return "".join(out)


_AUXILIARY = re.compile(
    r"(?:is|are|was|were|be|been|will|would|can|could|must|may|might|should|has|have|had|"
    r"does|did|do|\w{1,40}ed)"
)


def _said(verb: str) -> str:
    """'told' needs an object ('told a briefing'); a statement that moves the speaker to the
    front writes 'said' instead ("Maria Zakharova said: “…”")."""
    return verb[: -len("told")] + "said" if verb.endswith("told") else verb


def _noun_phrase(statement: str) -> str:
    words = statement.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    out: list[str] = []
    for w in words[:4]:
        if _AUXILIARY.fullmatch(w.lower()) and out:
            break
        out.append(w.strip(',.;:“”"'))
        if w.endswith("s") and len(out) > 1:
            break  # a plural head noun ends the phrase: "War analysts"
    return " ".join(out) or statement[:40]
