"""A speaker label with the article its texts write before it: "said by a Norbrook
spokesman", never "said by Norbrook spokesman".

The speaker reader holds a speaker described by a role ("Norbrook spokesman", "Ministry
spokeswoman", "witness") without the article the text writes before it ("A Norbrook
spokesman rejected that"), and a "said by" line showing it bare reads as a headline's
shorthand. Display only (the Markdown and HTML "said by" lines, and the summary's lists of
who holds a side, "(the army; Outlet A)"; `Item.speakers`, `Position.speakers` and every
count keep the label as merged): a label whose last
word is lower-case (a role, no name: a name's words are capitalised) and that opens on no
determiner takes "a", "an" or "the" when every place the item's own statement and cited
quotes write the label has that one article directly before it. A label the texts also write
bare ("Norbrook spokesman Ian Mole said") or never write is shown as held. Determiners are a
closed class; the words come from the item's own texts. After the article the label is
written as those places write it when they all write it one way (a capital only a sentence's
start gave: "The regulator spokesman said" -> "the regulator spokesman").

A label whose last word is capitalised is a role too when the texts write it in lower case:
the reader keeps the capital a sentence's start gave a bare noun ("The company will publish
..." -> "Company", "The army denied ..." -> "Army"). Such a label is shown as the texts
write it in lower case, with its article, when every place that writes it so has the same
one article before it ("said by the company"); places writing it capitalised ("the
Northbrook Company") are a name's and decide nothing; a label never written in lower case
is shown as held. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from consensus.models import Item, Position

__all__ = ["speakers_shown", "with_article"]

# determiners and possessives (closed classes): a label opening on one has its article
_DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your one two several some "
    "many most all both each every".split()
)


def with_article(label: str, texts: Iterable[str]) -> str:
    """`label` with the one article `texts` always write directly before it (module doc);
    `label` itself otherwise."""
    words = label.split()
    if not words or words[0].casefold() in _DETERMINERS:
        return label
    role = words[-1][:1].islower()  # (else a role only where the texts write it lower-case)
    pattern = re.compile(
        r"(?<![\w’'-])(?:(?P<det>an?|the)\s+)?(?P<label>"
        + r"\s+".join(map(re.escape, words))
        + r")(?![\w’'-])",
        re.IGNORECASE,
    )
    seen: set[str] = set()
    forms: set[str] = set()  # the label as each place writes it
    for text in texts:
        for m in pattern.finditer(text):
            form = " ".join(m.group("label").split())
            if role or form.split()[-1][:1].islower():
                seen.add((m.group("det") or "").casefold())
                forms.add(form)
    if len(seen) != 1 or "" in seen:
        return label  # never written, written bare, or with two articles
    if len(forms) == 1:  # "The regulator spokesman said": the capital was the sentence's
        label = forms.pop()
    return f"{seen.pop()} {label}"


def speakers_shown(one: Item | Position) -> list[str]:
    """The speakers of `one` as its "said by" line shows them (module doc): the summary's
    lists of who holds a side show them so too."""
    texts: Sequence[str] = [one.statement, *(c.quote for c in one.citations)]
    return [with_article(s, texts) for s in one.speakers]
