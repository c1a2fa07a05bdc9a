"""A speaker label's words in the case its cited articles write them: "said by Northwind
components" -> "said by Northwind Components".

The speaker reader can hold a name with a word lower-cased (the word is a common noun
elsewhere in the text: "components", "group", "authority"), and the report shows the label
as held. A display stage after the merge (as `body_articles`): only the speakers the report
shows change (an agreed or single-source item's, a contested point's side's), never an id,
a citation, a statement or a verdict. A label of two or more words opening on a capital,
with a lower-case word after it, takes the form its cited articles write it in, as a whole
and differing only by capitals on words held lower-case (never its first word), when the
articles never write the label as held and write it one way most often. The articles' own
text; no word list. First a sentence adverb held as a name, or a second label of one speaker,
is dropped (`speaker_labels.shown_labels`). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from consensus.its_owners import reshown
from consensus.models import Article, Item, Position, Report
from consensus.speaker_labels import shown_labels

__all__ = ["speaker_case"]

_Shown = TypeVar("_Shown", Item, Position)


def _capitalises(held: Sequence[str], form: Sequence[str]) -> bool:
    """Whether `form` is `held` with its first word as held and some lower-case words
    capitalised, nothing else changed."""
    return held[0] == form[0] and all(
        a == b or (a[:1].islower() and b[:1].isupper())
        for a, b in zip(held[1:], form[1:], strict=True)
    )


def _written(label: str, texts: Sequence[str]) -> str:
    """`label` as `texts` write it, when they never write it as held (module doc)."""
    words = label.split()
    if len(words) < 2 or not words[0][:1].isupper() or all(w[:1].isupper() for w in words[1:]):
        return label
    pattern = re.compile(
        r"(?<![\w’'-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w’'-])", re.IGNORECASE
    )
    forms = Counter(" ".join(m.group().split()) for t in texts for m in pattern.finditer(t))
    if label in forms:
        return label
    # only a word held lower-case is given a capital: the first word stays as held ("Club
    # spokeswoman" is never "club spokeswoman")
    forms = Counter({f: n for f, n in forms.items() if _capitalises(words, f.split())})
    if not forms:
        return label
    (best, n), *rest = forms.most_common(2)
    if rest and rest[0][1] == n:
        return label  # two forms as often: nothing to choose by
    return best


def speaker_case(report: Report, articles: Sequence[Article]) -> Report:
    """The report with each shown speaker label in the case its cited articles write it
    (module doc); ids, citations, statements and verdicts as merged. The same object when
    nothing changes."""
    texts = {a.id: a.text for a in articles}
    every = list(texts.values())

    def change(one: _Shown) -> _Shown:
        cited = [texts[a] for a in dict.fromkeys(c.article for c in one.citations) if a in texts]
        speakers = tuple(_written(s, cited) for s in shown_labels(one.speakers, every))
        same = speakers == one.speakers
        return one if same else one.model_copy(update={"speakers": speakers})

    return reshown(report, change, change)
