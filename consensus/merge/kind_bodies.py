"""The one named body a kind noun speaker stands for across the batch.

One outlet writes "the union said ...", "union officials say ..." or "the operator said ...",
another "the Rail Workers Federation said ..." or "Solvang Energy said ...". When the
noun's own article names no body of that kind (`body_names` reads it there first), the two
speakers stay apart and so do the facts each reports. A reader takes the kind noun for the
one body of that kind the story lets speak: so does this module, reading the kinds from the
batch's own text, with no table of names.

A speaker is a *kind noun* when the batch writes it in lower case as it stands ("the
company", "union officials", "club spokesman") and no text writes it as a name. Its head is
its last word that is no title of a voice or an official ("union officials" -> "union",
"club spokesman" -> "club", "mine operator" -> "operator").

A named speaker (written capitalised in its texts, never in lower case) is *of that kind*
when its own name ends with the head ("Bakers' Union", "Pipeline Safety Authority") or a
text writes the head (or a `body_kinds` word of its kind) right beside the name: before
it ("the operator, Solvang Energy", "the shopworkers' union RDWU"), or as the last word
of an appositive after it ("the Rail
Workers Federation, the country's largest rail union,"), or a `body_kinds` word of the
head's kind describes it (`body_names.kinds_of`: "Shares of payments software maker
Lumora Systems" is a company).

The kind noun speaks for the named speakers of its kind only when they are ONE body (each
name's words within another's: "carrow" / "carrow gas transmission"): two unions or two
companies of that kind in the batch, and the noun stands for neither.

PURE: no I/O, clock or randomness.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from consensus.merge.body_names import BODY_KINDS, kinds_of

__all__ = ["kind_head", "lower_written", "of_kind", "one_body", "written_name"]

_MINOR = frozenset("of the and for in on at de la le al el du des von van &".split())

# words of a kind noun speaker that are no part of its kind ("union officials", "club
# spokesman", "the company's spokeswoman"): grammar of titles, no names
_NOT_HEADS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials the a an its""".split()
)


def kind_head(
    name: str, common: Callable[[str], bool], lower_written: Callable[[str], bool]
) -> str | None:
    """The head noun of a kind noun speaker (see the module docstring), else None."""
    words = [w for w in name.split() if w]
    if not words or len(words) > 3:
        return None
    if not all(common(w) for w in words) or not lower_written(name):
        return None
    heads = [w for w in words if w not in _NOT_HEADS]
    if not heads or len(heads[-1]) < 4 or not heads[-1].isalpha():
        return None
    return heads[-1]


# what may follow the head noun ending an appositive ("..., the largest port union, said";
# never "..., the union's general secretary")
_END = r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|whose|with|in|of|based|for)\b)"


def _nouns(head: str) -> str:
    """The head and the words that describe its kind (`body_kinds`: "operator" for
    "company"), each with its plural."""
    words = sorted({head} | set(BODY_KINDS.get(head, ())))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")s?"


def of_kind(name: str, written: str, head: str, texts: Iterable[str]) -> bool:
    """The named speaker `name` (written `written` in `texts`) is a body of kind `head`."""
    words = name.split()
    if words and (words[-1] == head or words[-1] == head + "s"):
        return True
    texts = list(texts)
    if head in BODY_KINDS and head in kinds_of(written, name, texts):
        return True
    noun = _nouns(head)
    before = re.compile(rf"\b{noun},?\s+(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(
        rf"(?:['’]s)?,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}{noun}{_END}", re.IGNORECASE
    )
    for text in texts:
        at = text.find(written)
        while at >= 0:
            end = at + len(written)
            if before.search(text, max(0, at - 40), at) or after.match(text, end):
                return True
            at = text.find(written, end)
    return False


def written_name(name: str, texts: Sequence[str], folded: Sequence[str]) -> str | None:
    """How the texts write the normalised `name` as a name: each word capitalised but the
    minor ones ("Retail and Distribution Workers' Union"); None when some text writes it in
    lower case as it stands, or no text writes it so."""
    found = None
    for text, low in zip(texts, folded, strict=True):
        at = low.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                raw = text[at:end]
                words = raw.split()
                if all(w[:1].isupper() for w in words if w.casefold() not in _MINOR):
                    found = found or raw
                elif raw.islower():
                    return None
            at = low.find(name, end)
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?:][\"”’]?\s+|\n\s*|[\"“]\s*)$")


def lower_written(name: str, texts: Sequence[str]) -> bool:
    """Some text writes `name` in lower case as it stands ("the union said"), or writes it
    capitalised only where a sentence starts ("Union officials say ...")."""
    upper = name[:1].upper() + name[1:]
    seen = False
    for text in texts:
        for form in (name, upper):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if (at == 0 or not text[at - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    if form == name or not _SENTENCE_START.search(text, max(0, at - 4), at):
                        return form == name
                    seen = True
                at = text.find(form, end)
    return seen


def one_body(names: Sequence[str]) -> bool:
    """The names are one body: each name's words within another's ("carrow" / "carrow gas
    transmission")."""
    sets = [set(n.split()) for n in names]
    return bool(sets) and all(a <= b or b <= a for a in sets for b in sets)
