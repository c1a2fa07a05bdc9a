"""Merge claim sets into a consensus Report: align claims, count origins, decide verdicts.

PURE: data in, data out. No I/O, no clock, no randomness, no litellm. The same inputs in
any order give the same bytes (`report.model_dump_json()`).

Files
-----
One module per step, each importing only modules above it in this list (no cycles):

* `tunables.py`   thresholds and bonuses (`JOIN_AT`, `BLOCK_CAP`, ... named below)
* `lexicon.py`    loads the hand-written word tables from `data/*.toml` (stop, speech and
  predicate words, synonyms, phrases, entity and token aliases, affiliations, titles, wording
  concepts, number words): data, not code, and a user may extend them
* `features.py`   step 2: tokens, concepts, entities, quantities, dates, speakers, lead and
  denied predicates; the canonical claim order
* `score.py`      step 3, comparison helpers: fuzzy pair similarity, figure conflicts,
  denial negation (the join/conflict rule is `link.py`)
* `candidates.py` step 3, blocking: which pairs are compared at all
* `clusters.py`   step 3, clustering: union-find over scored pairs; `align`, `Group`
* `items.py`      steps 0, 1 and 4: grounding, copy folding, origins of a claim; item ids,
  medoid statements, citations (`OriginsLike`: what merge needs of origins)
* `disputes.py`   steps 5 and 7: denial links, contested points, positions, stories
* `coverage.py`   step 7: omissions and wording variants per article
* `verdicts.py`   `merge`: runs the steps in order, decides verdicts (step 6), builds the Report

Pipeline
--------
0. **Exact copies fold.** Articles with identical text and one origin (`origins.origin_of`)
   are one article to every rule below: each copy's claims are folded into the claims of
   the smallest id (the k-th occurrence of a claim, compared as JSON, is the k-th
   occurrence of the same claim there; a claim only a copy states is added to it). After
   the verdicts they are expanded again: a folded claim's holders are sources of its item
   and each gets the same citations (same text, same offsets). So adding an exact copy
   changes no alignment, origin count or verdict; it adds sources and citations. Stories
   and wording variants in coverage read a copy as its representative too.
1. **Grounding check.** Every evidence span must slice its article's text to its quote;
   a span that does not is re-found in the text (exact, then `grounding.ground_quote`),
   else dropped; a claim without evidence is dropped. Every citation is asserted.
2. **Features.** Per claim: normalised entities (casefold, titles and possessives
   stripped, alias table: Kiev->Kyiv, Zelenskyy->Volodymyr Zelensky, Moscow/Kremlin->
   Russia, US/Washington->United States, Russian army/military->Russian forces, a bare
   surname -> the corpus's one full name with that surname); quantities as (value, unit);
   content concepts (stop and speech words dropped, light stemming, then a synonym table so
   "decent"~"dignified", "surrounded"~"encircled", "liberated"~"retaken"~"reclaiming",
   "preserve the lives"~"spare their lives" meet); the *effective speaker* (the speaker,
   or the subject when the statement opens "<subject> said/urged/denied ..."); the *lead
   predicate* (first predicate-table word of the statement after speech verbs, skipping
   reduced relatives like "troops encircled in ..." and stopping at conditionals).
3. **Alignment** (`align`). Blocking with an inverted index over entity, quantity and
   content keys: a pair is a candidate when it comes from two articles and shares a pair
   of keys among each claim's `MAX_BLOCK_KEYS` rarest (composite keys held by more than
   `BLOCK_CAP` claims are skipped; each claim keeps its `MAX_CANDIDATES` best), so work
   stays near-linear. It is scored with rapidfuzz (token_set/token_sort on concept strings of the
   statements; near-identical evidence quotes (>= `EVIDENCE_NEAR`) may lift the score by
   at most `EVIDENCE_LIFT`) plus a concept Dice, plus small bonuses for the same lead
   predicate, the same named speaker and the same quantity/month-year. A pair JOINS when
   score >= `JOIN_AT`, content overlap beyond the entities is >= 2 concepts (1 for tiny
   claims), speakers are compatible (equal, or a state and one of its officials:
   Russia~Gerasimov), polarities are equal, quantities of one unit do not conflict,
   explicit dates agree and lead predicates do not differ (unless the statements alone
   score >= `SAME_LEAD_OVERRIDE`). A
   pair that would join but for a polarity/quantity/date conflict is kept as a CONFLICT
   edge; a polarity conflict only when the denial NEGATES the other claim (see 5: its
   denied predicates hold the other's lead predicate, and sizes meet), so "acknowledged
   five dead but denied reports of more" opposes nothing of "five killed". Joins are
   applied greedily in order (-score, i, j) over the canonical claim order (article id,
   evidence start, statement, ...) with union-find; two groups merge
   only if the merged group stays compatible and the mean similarity of their first
   members is >= `LINK_AT` (limits chaining).
4. **Origins.** A claim's origin is `origins.origin_of_span` of its evidence: the article's
   own origin if any evidence span is the article's own text, else the (smallest id)
   origin of the copied passage. Corroboration counts distinct origins, never articles.
5. **Contested.** Groups are linked into one contested point by (a) conflict edges
   between mutually best conflict partners (highest score; ties: lower group) and
   (b) denial links: a group whose claims deny (polarity denies) is matched to asserting
   groups OF THE SAME STORY (see 7) whose lead predicate
   is a predicate the denial denies (synonym table) and that share >= 2 other
   non-numeric topic words (content concepts or entity words), one of them specific (in
   at most `BLOCK_CAP` groups). Denied predicates are those after the denial word, else
   before it ("reports of hundreds killed are disinformation" -> kill). Never linked: an
   asserting group with a speaker compatible with a denier (a party does not deny its own
   side: Russia ~ its spokeswoman), nor, when the denial SIZES what it rejects (orders
   of magnitude of its counts: quantities, number words, "dozens"/"hundreds", MANY for
   "large-scale"), an assertion of another size or of none ("five killed", "the first
   time Russians were killed" are not what "reports of hundreds dead" deny). Positions
   are the linked
   groups split by (polarity, conflicting values); a point needs >= 2 positions.
   Links never chain (`disputes._points`): a point grows from a HUB (the group with the most
   links, ties: lower group, not yet in a point) over free groups within two links of it;
   a group joins unless a member of its polarity is neither linked to it nor shares a
   linked group with it. A group is in at most one point, so a point holds claims opposed
   by a common party, never a chain A1-D1-A2-D2-A3 of unrelated propositions.
6. **Verdicts.** contested as above; else agreed if >= 2 independent origins (no opposing
   claim, since opposition would have made it contested); else single_source. No group
   (so no claim) is under two verdicts.
7. **Stories** (denial matching; omissions in coverage). Two articles sharing
   >= `STORY_LINK` groups (items, for coverage) are in one *established* story,
   transitively; then, in article order, a pair sharing fewer joins its two stories
   unless both are established. So a small batch whose articles share one group each is
   one story, but a few false joins cannot chain every event of a large batch into one
   (at 100k synthetic claims the old transitive rule made one story of 3,040 articles).
   An article omits the agreed items of its story that it does not state.

Quality
-------
Checked end to end (ingest -> extractor -> origins -> merge) against expectations written
independently of the code:

* seeds/ (five articles, Trump/Putin and Kursk, March 2025; tests/test_quality_seeds.py),
  with the offline extractor and the hand-annotated reference extractions: six agreed
  points with their speakers, the encirclement contested (Trump/Gerasimov vs Ukraine's
  General Staff/Syrskyi), the RT copy never counted as a second origin.
* tests/data/cluster2/ (six articles, five origins: Reuters + geo.tv copy, Global Times,
  The New Arab/AFP, Sputnik, CNBC; Russia's 15 Feb 2018 admission of five dead near Deir
  al-Zor; tests/test_quality_cluster2.py, offline extractor): five killed (5 origins), not
  servicemen (5), citizenship to be verified (3), others injured (2) and the first
  acknowledgement (2) agreed; the number of dead contested (reports of dozens/hundreds vs
  Zakharova's "disinformation", 5 origins denying), with no false point (CNBC's "five ...
  but denied reports of more" is no denial of "five"). Known gaps, as strict xfails: the
  "disinformation" remark is the denial side of that point, so it is not also agreed; the
  "Feb 7, Deir al-Zor" setting is never a claim of its own; who started the clash
  (coalition "unprovoked attack" vs Defense Ministry "came under fire") is not contested,
  as neither account negates the other.

Tie-breaks and ids
------------------
* Item id: prefix ("a-", "c-", "s-") + sha256 of the sorted "article:start:end" keys of
  its citations, first 10 hex digits. Items citing exactly the same spans are salted with
  their statement (a point: its topic); those still equal, with their whole content (the
  item's JSON without the id); items equal in all but the id are numbered
  (`items._unique_ids`).
* Statement: the medoid of member statements by concept similarity; ties -> shortest,
  then lexicographic. Position statements the same over the position's members.
* Sort: agreed by (-origins, -sources, statement, id); single_source by (-sources,
  statement, id); contested by (-origins over positions, topic, id); positions asserts
  before denies, then by value; citations by (article, start, end); speakers, hedges and
  sources sorted; features sorted within their kind.
"""

from consensus.merge.clusters import Group, align
from consensus.merge.items import OriginsLike
from consensus.merge.link import comparison_rows
from consensus.merge.tunables import BLOCK_CAP
from consensus.merge.verdicts import merge

__all__ = ["BLOCK_CAP", "Group", "OriginsLike", "align", "comparison_rows", "merge"]
