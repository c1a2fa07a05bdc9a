"""Merge claim sets into a consensus Report: align claims, count origins, decide verdicts.

PURE: data in, data out. No I/O, no clock, no randomness, no litellm. The same inputs in
any order give the same bytes (`report.model_dump_json()`).

Files
-----
One module per step, each importing only modules above it in this list (no cycles):

* `tunables.py`   thresholds (`BLOCK_CAP`, `LINK_AT_ONE_VOICE`, ... named below)
* `lexicon.py`    loads the hand-written word tables from `data/*.toml` (stop, speech and
  predicate words, synonyms, phrases, entity and token aliases, affiliations, titles, wording
  concepts, number words): data, not code, and a user may extend them
* `features.py`   step 2: tokens, concepts, entities, quantities, dates, speakers, lead and
  denied predicates; the canonical claim order
* `figures.py`    figures with their slots ("at least seven people were killed" -> 7, min,
  killed; "75 basis points" -> 0.75 percentage point); it reads vague counts with
  `figure_vague.py`, numbers that are no figures (months, names' numbers) with
  `figure_names.py`, places with `figure_places.py` and the verb a count is the subject
  of with `figure_predicates.py`; numbers as written (digits, words, scales, hours) with
  `figure_numbers.py` and the words that say what a figure counts with `figure_slot_words.py`
* `figure_pairs.py` two figures' owners, kinds, earlier values and places compared
* `periods.py`    the period a claim places its event in ("last week", "in 2015", "in
  September"), resolved against its article's publication date
* `period_events.py` two clashing periods of two events (names alone in common; records
  measured "since 1959, when ...")
* `weekdays.py`   the weekday a claim dates its act by, two weekdays of one act (a dated
  conflict), and when-conflicts that keep two claims out of one group
* `article_places.py` the places an article is framed by (dateline, headline, first
  paragraph), for figures no sentence places, and places two statements name apart
* `clock.py`      clock times a statement gives ("around 11pm") and when two clash
* `codes.py`      sparse and pair-code helpers (CSR rows, `CodeSet`) of the pair context
* `neighbours.py` step 3, each claim's nearest statements by vector (exact, or hashed)
* `compare.py`    step 3, comparisons of a pair (the columns the weights are fitted on)
* `slots.py`      when two figures are one slot's and their values agree (owners, counted
  things, rounding, bounds, scale), and the word stem the comparisons share
* `weights.py`    the logistic model: load, score, fit
* `speakers.py`   who speaks for whom, from the batch's appositives
* `score.py`      step 3, lexical helpers: fuzzy pair similarity, figure conflicts,
  denial negation
* `roles.py`      who a person is against what they said under that title (rule 7)
* `substitutions.py` step 3, link rule 0: one claim the other with another name in the
  same place
* `voices.py`     step 3, link rule 1 in bulk: speakers that keep two claims apart, a
  speaker named by its kind reporting a fact, a quotation of someone's own words
* `quote_runs.py` step 3, a pointing-back denial after a reported statement and its
  speaker's quotations answers the reported statement
* `link.py`       step 3, the join/conflict rule over candidate pairs
* `fit_rows.py`   the candidate pairs' comparison rows the link weights are fitted on
* `claim_reads.py` step 3, what the rules read of each claim alone (start days, habits,
  open questions) and when two counts neither clash nor agree
* `candidates.py` step 3, blocking: which pairs are compared at all
* `figure_blocks.py` step 3, blocking: pairs that give one slot two figures, compared for
  the figure rule alone
* `answer_blocks.py` step 3, blocking: an answer (a denial, a denial word) and a claim of another
  article sharing a rare key and one more, compared for a conflict alone
* `statement_claims.py` step 3, after clustering: the member whose statement a group's
  item shows (the one the most other origins link to, when the medoid is linked to by fewer)
* `clusters.py`   step 3, clustering: union-find over scored pairs; `align`, `Group`
* `items.py`      steps 0, 1 and 4: grounding, copy folding, origins of a claim; item ids,
  medoid statements, citations (`OriginsLike`: what merge needs of origins)
* `written_figures.py` steps 5 and 6: a figure as written (its bound, "at least 84") and
  what it counts ("killed", "fire rescue units")
* `figure_timeline.py` steps 5 and 6: a point's figures or sides by first publication, the
  sides that give an earlier figure, an agreed item's rising counts
* `positions.py`  step 5: the sides of a point (what tells them apart, which members of a
  figure point print a disputed figure) and a side as shown
* `disputed_slots.py` step 5: what each side of a figure point gives for each disputed slot
* `inner_disputes.py` step 5b: figures disputed inside one agreed group
* `compound_support.py` step 6: a clause of an agreed claim corroborating a single-origin group
* `disputes.py`   steps 5 and 7: contested points grown from links, figure points folded,
  a point's topic, stories
* `party_sides.py` step 5: which sides of a point between parties are also agreed
* `quoted_once.py` step 5: a figure point's side that an agreed item quotes in full quotes
  one origin there
* `group_rebuttals.py` step 5: two parties' agreed accounts told side by side, one
  negating, linked into one point
* `timing.py`     step 5: when each side and disputed figure was given (publication days,
  the words that place a figure: "initially", "still", "rose to") and why a point reads
  as an update rather than a disagreement
* `coverage.py`   step 7: omissions and wording variants per article
* `grounded_claims.py` step 1: evidence grounded, ungrounded claims dropped, copies' claims
  folded into their representative's
* `conflict_vetoes.py` step 5: conflict edges that link no point (an outlet's own two sides,
  an earlier event's figure)
* `inner_points.py` step 5b: the point of a figure disputed inside one agreed group
* `clause_items.py` step 6: clause parts an agreed item cites already; speakers of clause items
* `report.py`     step 7: citations asserted, articles with origins, coverage, the Report
* `merge_scope.py` what `merge` sets up: the speakers' texts, the cycle collector paused
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
2. **Features.** Per claim: normalised entities (casefold, titles, possessives and
   "-based" descriptors stripped; generic country abbreviations from
   `data/entities.toml`; a bare surname -> the batch's one full name with that surname);
   quantities; content concepts (stop and speech words dropped, light stemming; only
   grammar-level groups in `data/concepts.toml`); the *effective speaker* (the speaker, or
   the subject when the statement opens "<subject> said/urged/denied ..."; pronouns and time
   words are never speakers). Who speaks for whom is read from the batch's own appositives
   (`speakers.py`).
3. **Alignment** (`align`, `compared_pairs.py`, `link.py`, `clusters.py`). Candidates: key
   blocking (`candidates.py`: a pair of each claim's rarest entity/quantity/content keys),
   each claim's `compared_pairs.LINK_NEIGHBOURS` nearest statements by vector (cosine >=
   `compared_pairs.NEIGHBOUR_FLOOR`; `neighbours.py`: exact up to `EXACT_NEIGHBOURS` claims, else
   random-hyperplane hashing with a fixed seed), claims with a figure in one slot, and
   pairs that give one slot two different figures in other words (`figure_blocks.py`:
   compared for the figure rule alone, never a join, no probability a group join reads),
   and an answer (a denial, a denial word) against each claim of another article sharing a
   key held by at most `ANSWER_DF` claims and one more key (`answer_blocks.py`: a conflict
   edge only, and only for claims no other conflict edge holds).
   Each pair becomes the comparison vector of `compare.COMPARISONS`; its link probability
   is the logistic model of `data/link_weights.json` (fitted by
   `scripts/fit_merge_weights.py`).
   Rules, in `link.py`'s docstring: named speakers that are not compatible never join (a
   news medium named as the source, "according to Metro News", is no party: `_Feat.medium`;
   nor, for an event fact linked at >= `tunables.REPORTED_AT`, is a speaker named by its
   kind, "local officials", "the health ministry": `reporters.py`, nor, at the plain
   threshold, between two groups of event facts whose speakers are all such kinds or media:
   `clusters._kinds_only`; nor, at >=
   `tunables.TOLD_BY_TWO_AT`, are two named speakers who each state an event fact in the
   outlet's words, unquoted and unnegated: `voices.told_by_two`, the item lists both);
   opposite polarity is a CONFLICT edge when the denial is about the other claim (what it
   rejects, by vector and rare words or by naming the party, sized like it); one slot with
   different figures, or different written dates, is a CONFLICT edge when the pair would
   otherwise link; a plain negation of what the other claim states (a rebuttal: "was
   not known to police" / "was known to police") is a CONFLICT edge where the pair would
   join; else a JOIN edge at probability >= the fitted threshold. Joins are
   applied greedily in order (-probability, i, j) over the canonical claim order with
   union-find; two groups merge only if they stay compatible (polarity, speakers,
   dates), at least half of their sampled member pairs were scored, their mean
   probability is >= the link model's fitted threshold (>= `LINK_AT_ONE_VOICE` when all
   their speakers are named and speak for each other, one voice's remarks, and the two
   groups name one speaker alike: a body and its spokesperson named apart join at the
   threshold), and no
   sampled pair clashes on a figure. Then a group that one claim bridges splits
   (`clusters._split_bridges`): when removing a member cuts the group's link graph (pairs
   at >= the threshold) into parts that each hold two origins' claims, the parts are
   groups of their own and the bridge (a compound sentence stating both) goes with the
   part it links to best.
4. **Origins.** A claim's origin is `origins.origin_of_span` of its evidence: the article's
   own origin if any evidence span is the article's own text, else the (smallest id)
   origin of the copied passage. Corroboration counts distinct origins, never articles.
5. **Contested.** Groups are linked by their conflict edges when each is among the other's
   `CONFLICT_PARTNERS` best conflict partners (highest score; ties: lower group); a denial
   keeps only the targets within `link.DENY_NEAR` of its best, and opposes no group of
   three or more whose members mostly state none of what it denies (`denial_scope`: it
   was matched with a compound member's other fact); a rebuttal whose negating
   group's origins all state the other group too links nothing (no outlet contradicts
   itself: "no known terrorist links" beside its own "murder linked to a terrorist
   enterprise" is about something else). Positions are the linked
   groups split by (polarity, conflicting values: the figures of the slot); a point needs
   >= 2 positions (a rebuttal's sides: the claims that negate vs those that state; a
   figure point's sides hold only the claims that print a figure, the group's other
   claims stay in its agreed item or become one of their own). Links never chain
   (`disputes._points`): a point grows from a HUB (the group with the most links, ties:
   lower group, not yet in a point) over free groups within two links of it; a group joins
   unless a member of its polarity is neither linked to it nor shares a linked group with
   it. A group is in at most one point.
6. **Verdicts.** contested as above; else agreed if >= 2 independent origins (no opposing
   claim); else single_source. One exception, named in the rule: a group stated by >= 2
   origins that is in a point only through figure or date conflicts (not denied, not
   denying) is ALSO an agreed item ("agreed: N independent origins; the figures they
   give for it are contested in c-..."), so "seven killed" stated by six outlets stays
   agreed while "at least five" vs "seven" is shown as a dispute; such an item is stated
   by its members that print no figure when two origins give them. So is a group denied,
   or denying, that >= 2 origins attribute to a speaker ("the newspaper reported 48,000
   euros", "the minister denied any wrongdoing": the outlets agree on who said so; "agreed:
   N independent origins report it; the point c-... shows its denial / what it denies").
   The same for the negating side of a rebuttal ("so far no group has claimed it", three
   origins, against a later "the group claimed it"): agreed too, its rule naming the
   point; the side that states it is in the point only. A side of a point of figures alone
   whose every quotation is a member's of one such agreed group quotes one origin there
   (`quoted_once.py`: the agreed item quotes every origin; the side keeps its sources,
   origin count and the speakers its quotes name), so a fact's quotes print once. A
   single-source group of PARTS only (`nested.py`: a phrase quoted inside a longer claim
   of its article, "Jane Roe, 34" in "Jane Roe, 34, said ...") is left out: its sentence
   prints whole. Parts join on what they say, never on a shared name alone
   (`nested.part_may_link`, read in step 3).
   A clause of a long quote (`clause_cuts.py`: cut at commas, "and", "but", a reported
   "that", never inside a quotation) that links at >= `clause_backing.BACKING_AT` to a
   claim of another origin, with compatible speakers and no figure clash, counts its
   article for that claim's group, citing the clause's own span ("counting a clause of a
   longer claim"); clauses join no group and never print (`clause_backing.py`). Two
   clauses of two origins that link at >= `clause_agreement.AGREED_AT`, neither backing an
   item, their sentences in no one group and no contested point, with the same figures and
   polarity words, make an agreed item of their own: its statement a clause given its
   sentence's subject (`clause_subjects.py`), its citations the two clauses
   (`clause_agreement.py`).
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
from consensus.merge.fit_rows import comparison_rows
from consensus.merge.items import OriginsLike
from consensus.merge.tunables import BLOCK_CAP
from consensus.merge.verdicts import merge

__all__ = ["BLOCK_CAP", "Group", "OriginsLike", "align", "comparison_rows", "merge"]
