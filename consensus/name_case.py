"""Names an extractor wrote lower-case, given back their case from the cluster's own text.

The offline extractor lower-cases the first word of a clause it moves after an attribution
("According to a research firm, qasmar pumped ...") when its article writes that word only at
sentence starts: one article cannot tell a name from a common word there. The cluster can. A
word that no article of the cluster writes lower-case, and that some article capitalises inside
a sentence, is a name: a statement that writes it lower-case gets the cluster's form back. A
pure stage before the merger, for every extractor (a model that lower-cases a name is mended
the same way); quotes are never touched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from consensus.models import Article, ClaimSet
from consensus.offline.statements import _SENTENCE_OPENING as _OPENING  # (one reading)

_WORD = re.compile(r"\b[A-Za-z]+\b")


class _ClusterCase:
    """How the cluster's articles write each word: lower-case anywhere, capitalised inside."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.lower: set[str] = set()
        self.inside: dict[str, Counter[str]] = {}
        for article in articles:
            text = article.text
            for m in _WORD.finditer(text):
                word = m.group()
                if word[0].islower():
                    self.lower.add(word)
                elif not _OPENING.search(text, max(0, m.start() - 3), m.start()):
                    self.inside.setdefault(word.lower(), Counter())[word] += 1

    def name_form(self, word: str) -> str | None:
        """The cluster's written form of a lower-case `word` that is a name, else None."""
        if word in self.lower:
            return None
        forms = self.inside.get(word)
        if not forms:
            return None
        return max(sorted(forms), key=forms.__getitem__)


def recase_names(
    articles: Sequence[Article], claim_sets: Sequence[ClaimSet]
) -> tuple[ClaimSet, ...]:
    """The claim sets with each statement's lower-cased names written as the cluster writes
    them; a claim set with nothing to mend is the same object."""
    case: _ClusterCase | None = None
    mended: list[ClaimSet] = []
    for claim_set in claim_sets:
        claims = list(claim_set.claims)
        changed = False
        for i, claim in enumerate(claims):
            if not any(w[0].islower() for w in _WORD.findall(claim.statement)):
                continue
            if case is None:
                case = _ClusterCase(articles)
            statement = _recased(claim.statement, case)
            if statement != claim.statement:
                claims[i] = claim.model_copy(update={"statement": statement})
                changed = True
        mended.append(
            claim_set.model_copy(update={"claims": tuple(claims)}) if changed else claim_set
        )
    return tuple(mended)


def _recased(statement: str, case: _ClusterCase) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group()
        if not word[0].islower():
            return word
        return case.name_form(word) or word

    return _WORD.sub(one, statement)
