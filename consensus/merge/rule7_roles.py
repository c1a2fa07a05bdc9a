"""Link rule 7's reads of two statements that name one person (see consensus/merge/link.py,
rule 7): `_Roles.two_facts`, one says who a person is and the other names them by that role
and says something else; `_Roles.two_remarks`, one person's two remarks. Moved out of
link.py unchanged."""

from __future__ import annotations

from collections.abc import Sequence

from consensus.merge.concept_meets import meets_in_concepts
from consensus.merge.features import _concept, _Feat, _speakers_compatible
from consensus.merge.lexicon import _TITLES
from consensus.merge.roles import (
    ATTRIBUTING,
    name_stems,
    name_word_shared,
    related_stems,
    title_only,
    titled_apart,
    two_named_things,
    two_remarks,
)
from consensus.merge.slots import _stem
from consensus.merge.title_pairs import only_a_role_shared

_ATTRIBUTING_STEMS = frozenset(_stem(w) for w in ATTRIBUTING)
_ATTRIBUTING_CONCEPTS = frozenset(_concept(w) for w in ATTRIBUTING)
_TITLE_STEMS = frozenset(_stem(w) for w in _TITLES)
# rule 7: the most words beyond names and attributing words that two remarks of one person
# may share, as the title they both give ("assistant chief constable at the county police":
# assistant, constable, county, police)
TITLE_WORDS = 4


class _Roles:
    """Rule 7's exception: one claim says who a person is, the other names them by that
    role and says something else (`roles.title_only`). A pair can only be that case when
    the words the two share beyond names are all title words of one of them (`title_only`
    titles a subset of those names), so each claim's title words for all its names are
    read once, and only for pairs sharing a name and a word beyond it."""

    def __init__(self, feats: Sequence[_Feat], stems: Sequence[frozenset[str]]) -> None:
        self.feats = feats
        self.stems = stems
        self.titles: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}

    def _titles(self, i: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        if i not in self.titles:
            f = self.feats[i]
            self.titles[i] = titled_apart(f.claim.statement, f.entities, self.stems[i])
        return self.titles[i]

    def two_facts(self, i: int, j: int) -> bool:
        fi, fj = self.feats[i], self.feats[j]
        if fi.entities.isdisjoint(fj.entities):  # (no name in common: a role alone)
            return only_a_role_shared(self.stems[i], self.stems[j], _TITLE_STEMS)
        titled = self.titles  # (two reads a pair, ~0.65M pairs at 100k claims: no call once read)
        (titles_i, _, plain_i) = titled.get(i) or self._titles(i)
        (titles_j, rest_j, _) = titled.get(j) or self._titles(j)
        if not plain_i.isdisjoint(rest_j):
            return False  # (a stem in common beyond titles and names: `titled_apart`)
        names = fi.entities & fj.entities
        shared = (self.stems[i] & self.stems[j]) - name_stems(names)
        if not shared or not shared <= titles_i | titles_j:
            return False
        if meets_in_concepts(fi, fj, name_stems(names) | _ATTRIBUTING_STEMS):
            return False  # (one act in two words: "claimed 14 lives" / "14 workers died")
        return title_only(fi.claim.statement, fj.claim.statement, names)

    def two_remarks(self, i: int, j: int) -> bool:
        """One person, two remarks: the two name someone in common (a name of both, or
        speakers that may be one), share how they attribute them (speakers that may be
        one, or a title or apposition word: a name alone in common may be a paraphrase
        whose words all differ) and share no word beyond that attribution
        (`roles.two_remarks`). Read only for pairs that share no more words beyond names
        and attributing words than a title has."""
        fi, fj = self.feats[i], self.feats[j]
        concepts = fi.content & fj.content  # (no entity or speaker words)
        if len(concepts - _ATTRIBUTING_CONCEPTS) > TITLE_WORDS:
            return False  # (more words in common than a title: what they say meets)
        names = fi.entities & fj.entities
        spoken = False
        if fi.speaker and fj.speaker and _speakers_compatible(fi.speaker, fj.speaker):
            names |= {fi.speaker, fj.speaker}
            spoken = True
        if not names:
            return False
        named = name_stems(names)
        a, b = fi.claim.statement, fj.claim.statement
        si, sj = self.stems[i] - named, self.stems[j] - named
        if name_word_shared(a, b, names, si, sj, _ATTRIBUTING_STEMS):
            return False  # (a word of the name said apart from it in both: `name_word_shared`)
        both = si & sj
        if len(both - _ATTRIBUTING_STEMS) > TITLE_WORDS:
            return False  # (more in common than a title already: roots below only add)
        common = both | related_stems(si, sj)  # (a root in two forms: `related_stems`)
        shared = common - _ATTRIBUTING_STEMS
        if len(shared) > TITLE_WORDS or not (spoken or shared or common & _TITLE_STEMS):
            return False
        if meets_in_concepts(fi, fj, named | _ATTRIBUTING_STEMS):
            return False  # (one act in two words: `concept_meets`)
        if not fi.speaker and not fj.speaker and two_named_things(a, b, names):
            return False  # (two named things related, no one's remarks: `two_named_things`)
        return two_remarks(a, b, names, shared, concepts)
