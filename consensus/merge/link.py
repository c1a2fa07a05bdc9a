"""Linking (pipeline step 3, scoring): candidate pairs -> comparison vectors -> fitted
weights -> join edges and conflict edges.

Candidates are the key-blocked pairs of `candidates._candidate_codes` plus each claim's
nearest statements by vector (`LINK_NEIGHBOURS` per claim, cosine >= `NEIGHBOUR_FLOOR`,
other articles only), plus two claims of one article by two named speakers compared for a
conflict edge alone (`article_pairs`). Each pair gets the comparison vector of
`compare.COMPARISONS`; the link probability is the logistic model of
`data/link_weights.json` (fitted by `scripts/fit_merge_weights.py`, never edited by
hand); a second file, `data/link_weights_join.json`, when present, decides the JOIN alone
(rule 7, group joins: `join_link_model`) while every conflict bar reads the first. Rules, in
order:

0. Another name in the same place: a pair whose statements each hold a name the other
   lacks, between the same words ("killed 12 people in Turkey" / "... in Syria",
   "Jane Roe was on her way to work" / "Mary Doe was ..."), is two claims: no
   edge at all (neither one item nor a dispute). Not when the two names are related:
   one word in common ("Ms Adeyemi" / "Grace Adeyemi"), close spellings, an acronym,
   or named together by some claim of the batch ("Hackney, east London"). Only pairs
   worded alike are read (a run of four words in common, or lexical >= `SWAP_LEXICAL`).
   One thing after two unrelated names in the possessive ("Port Avon's airport will stay
   closed" / "Lisbury's main airport remained open", `Substitutions.owners_apart`) is
   two things, however alike the words: no edge, and no group holds both claims
   (`PairContext.never_together`, read by `clusters._may_join`); so are two statements
   placed at two offsets from another event ("arrested two days after the shooting" /
   "found a week after the killing", `offsets.offsets_differ`), and two things one noun
   names after a compound of two places ("the A-bound train" / "the B-bound train",
   `place_compounds`). But two origins that give one named subject two places right after
   a locative preposition ("X is based in A" / "X is based in B"), linked at `conflict_at`,
   are a CONFLICT edge "place: A vs B" (`place_slots`): one slot, two values.
   Nor is there an edge between a statement that tells an act done again ("retaken",
   "reopened", "won back") and one that tells that act a first time, by stem or word vector
   ("the militia captured the town" / "the town has been taken back": `second_acts`), nor
   between two led by a predicate and one a user lists as undoing it (`reversals` in
   data/concepts.toml, empty as shipped): a capture and its reversal are two events.
1. Speakers that are both named and not compatible never join (reported speech of two
   people is two claims); a news medium named as the source ("according to Metro News",
   "the newspaper Le Soir reported": `features.reports_only`, `_Feat.medium`) reports and
   speaks for no party, so it keeps no claims apart. Nor does a speaker named by its kind
   ("local officials", "the health ministry", "aid groups": `reporters.named_by_kind`)
   that states an event fact, against another statement of an event fact
   (`reporters.states_event`: no stance, quoted remark, opinion or denial) linked at
   >= `REPORTED_AT`: "12 civilians were killed, local officials said" and "the strike
   killed 12 civilians, the United Nations said" are one fact (`_Feat.reports`; an item
   lists both speakers). A quotation of a named speaker's own words (first person, or
   `reporters.QUOTED_WORDS` words or more: "Sue Patel said: 'I heard a noise at around
   6am'") and a statement that names no speaker join only at >= `REPORTED_AT` too
   (`voices.own_words_alone`): someone's words share a time, a place or a word with
   other statements more often than they state them (a statement that names the speaker,
   "Jan Roe climbed out", is about them: the plain threshold). Two named speakers who each
   state an event fact in the outlet's words, nothing quoted nor negated ("crews rescued 14
   people by boat, the fire chief Jan Roe said" / "..., Mayor Al Poe said"), join at >=
   `TOLD_BY_TWO_AT` (`voices.told_by_two`; groups whose speakers all state event facts:
   `clusters._may_join`; the item lists both speakers). Named speakers join when the pair's
   link probability is >= `VERBATIM_AT`: the same quoted words that two outlets give to
   two people (an item then lists both speakers).
   Two such speakers (a speaker that reports a fact too) who give one slot two figures
   dispute it (rule 3) when the pair would link at >= `SPEAKERS_CONFLICT_AT` were the
   figures equal ("31 killed, the ministry
   said" / "38 have died, a local official said"): a higher bar than one voice's, since
   two people's figures of other things ("four ships banned" / "10 ships it asked to
   blacklist") link less. Not for a count a later day's article tells as later ("600
   soldiers" / "about 800 soldiers are now at the site", `voice_updates.told_later`): an
   update, read at `conflict_at`; nor for counts of one noun named alike, whose acts meet
   ("checked 1,140 accounts" / "fewer than 900 accounts", `voice_counts`): `conflict_at`.
2. Opposite polarity: a CONFLICT edge when the denial is about the other claim — the link
   probability of the pair is >= `conflict_at` and the denial either negates the other's
   predicate (`score._negates`) or names what the other asserts (the denier or the denied
   party is named in the asserting claim, and they share rare words). Named that way, the
   asserting claim must state what is denied: two of the denied words beyond names and
   report nouns (`_rejected_words`: "Acme's repeated concerns about antitrust issues"
   -> repeated, antitrust, issues), by stem or word vector, so a shared subject and one
   word ("antitrust regulators approved ...") is another matter. A denial whose speaker
   is named opposes by its words alone only an assertion that names that party ("Norland
   denied its ships were involved in oil sales" rejects no "U.S. sanctions cited suspected
   transfers of oil", which accuses no one it speaks for). A denial that points back
   ("Sol has denied the report", "said that claim was simply not true") answers the claim
   told just before it in its article by another side, and only that one
   (`answers.answered`). A denial that states what it rejects ("the army denied that any
   civilians had been killed") also answers the nearest claim before it in its article,
   by another side, that states two of the denied words ("killed 12 civilians, local
   officials said"; `answers.denied_before`): no candidate pair holds two claims of one
   article. So does a denial by the party such a claim accuses ("accused Acme of ...";
   `accused.accused_answers`), and a denial after an accusation in its article by whoever
   speaks for the party it names, a common noun too ("accused the resort of ..." / the
   resort's director's "It is not true that we ...": `accused_denials`, read with the
   answers). A denial with fewer such
   words points back at a claim ("dismissed the claim") and opposes the one naming its
   party. A denial of one party's statement ("dismissed Brightco's concerns") opposes only
   a claim that party says or is the subject of. A denial without a
   denial verb (a plain negation a model gave as polarity denies: "the driver was not
   known to police") is about the other claim when it negates what that one states, as in
   rule 6, and is a rebuttal as rule 6's is (a "negation" conflict, whatever polarity the
   extractor gave it); a verb it negates is another claim's only when their subjects may
   be one ("Trump is not ready to intervene" rebuts no "Kyiv was ready to accept").
   A denial and a plain negation its own speaker states ("Roe dismissed Acme's concerns
   about antitrust issues" / "Roe said: 'There is no antitrust issue.'"), linked at the
   threshold and at `LINK_AT_ONE_VOICE` (one voice's words), say one thing: a JOIN edge
   across polarity (reason `ONE_VOICE`; the only join of two polarities
   `clusters._may_join` allows); likewise when either names no speaker (no other voice)
   or one is named by its kind ("police denied rumours of a hostage-taking" / "Roe said:
   'There is no hostage-taking'"; `reporters.named_by_kind`: it speaks for no party, as
   in rule 1), and such a speaker keeps neither group apart (the item lists both).
   One named speaker's denial and own assertion, no negation needed, linked at
   `REPORTED_AT` ("Acme denied it, saying all repairs were done by May" / "Acme said the
   repairs were done by May"; `voices.said_again`) are a ONE_VOICE join too, when the
   denial answers no other side (at `VERBATIM_AT`, whatever it answers).
3. One slot, different figures (`compare.PairContext.figure_relation`): a CONFLICT edge
   when the pair would link were the figures equal (probability with the clash column
   zeroed >= `conflict_at`), so "at least five dead" vs "seven killed" is a dispute and
   never one item. Unless exactly one of the two places its figure in a month or year a
   year or more before publication (`periods.names_past`: "17 were killed in attacks in
   January 2015", "since 2004, when seven people were killed") and they name nothing in
   common: another event, no edge at all, whether its figure differs or is the same.
   Nor is there an edge when the two give one count figures that neither clash nor agree
   and no figure in common (`_counts_apart`: "at least two people were killed" / "a
   bomber killed at least four civilians"): two statements of a toll, not one, whose
   agreed item would count the origins of one figure as confirming the other. So too two
   that each open a clause with a plain count and share no value ("Two voted for a
   smaller rise" / "three of the nine rate-setters dissented"): two groups, or one twice.
   But a count of people and of a kind of people of one verb, neither some of a group
   ("at least 14 people were killed" / "killed 12 civilians"; `people_kind_clash`), are
   one toll: a CONFLICT edge on rule 3's condition. No edge either for figures no sentence
   places whose articles are framed by two places (`article_places`: dateline, headline).
   A claim that puts "the number" at a figure against the one count of another side told
   just before it in its article is a CONFLICT edge too (`figure_answers`). Such a
   number counts what its article last counted (`figure_read_back`), so it meets other
   outlets' counts of that thing; told as the true one ("the real number was 30,000")
   it disputes them at `conflict_at`, whoever tells the two. So does a claim whose teller
   its article announces as giving a rival figure ("The operator gave a lower figure,
   saying 31 riders had been on board"), against the nearest other side's count before it
   on the announced side ("38 people were stuck"), whatever the two count by their words.
   Two that each give figures, none in common, two of one kind ("winds forecast above 28
   km/h" / "winds measured at 20 km/h", "18,000 cases" / "11,200 applications") and no
   rule above made a dispute of: two facts, no JOIN edge, and no group holds both
   (`figures_apart`).
4. Explicit calendar dates that differ (a day written without its year, "from April 1",
   by its month and day, when the word before it is one: "takes effect on July 1" differs,
   "takes effect on 1 April 2018" does not; `_day_slot`; against it a weekday counts as the
   day its article's date puts it on, `_weekday_days`), or periods that cannot overlap
   ("this week" / "last week", "in 2015" / "last year", resolved against each article's
   publication date: `periods.py`): a CONFLICT edge on the same condition, unless the two
   periods are of two events (`period_events`: the pair shares no word but names, or each
   is the start of a span to now, "the first ... since 1959, when ..."): then no edge at all.
   Two weekdays of one act ("would decide on Monday" / "remanded on Sunday": clauses
   sharing two words, acts that do not differ; `weekdays`) are a CONFLICT edge on the
   same condition. A date, weekday or clock-time conflict also keeps its two claims out
   of one group (`weekdays.WhenApart`, read by `clusters`).
   Two days something starts on ("will fall to 19 percent from April 1" / "the tax cut
   takes effect on July 1"; `start_day_cues` in data/words.toml) are a CONFLICT edge
   whatever the pair's probability when the words before the cues share one (what starts:
   "tax"); such pairs are candidates by those words. Two parties' days of acts told as done
   are compared whatever the pair's probability (`dated_rivals`).
5. One clock time each that differ by more than a few minutes (20 when either is
   approximate: "around 11pm" / "11:30pm"; `clock.times_clash`): a CONFLICT edge on the
   same condition as dates, or when the pair would link were its figures one and the
   times are told in clauses that share a word ("the last of the men reached the surface
   at 4:20" / "the last at 4:30": `clock.clause_meets`). A statement giving several times
   is compared by the one whose clause matches the other's ("the first at 2 a.m. and the
   last at 4:30": `clock.matched_clash`). No edge when the two name places that do not
   meet ("landfall near X at 2 a.m." / "near Y at 4 p.m.": `article_places.placed_apart`).
   Times that clash told in clauses sharing a word beyond speakers and names are compared
   whatever the pair's probability, two speakers' too (`timed_rivals`).
   Two tellers' times of one moment set side by side in one article ("The families say they
   called at 7:30 p.m. The police say the first call was logged at 11:48 p.m.") are a
   CONFLICT edge too (`timed_answers`, read with the other answers: `answer_edges`).
6. A rebuttal: a pair that would JOIN where exactly one claim has a negation word and it
   negates a concept the other states ("the driver was not known to police" against "the
   driver was known to police"; `score.negation`, `score._negation_clash`) is a CONFLICT
   edge instead. What is negated: the word a verb negation governs, the noun phrase of
   "no" ("no known terrorist links" -> links) or of a light verb ("did not make any
   claim"), a negated speech act with what it is about ("no claim of responsibility"),
   and the predicate of a negated subject, which rebuts only a statement naming that
   subject ("no services are operating" against "services are operating", not "the
   tram was operating"), and a noun with a complement of what the complement is about
   ("no evidence the trial judge had been biased" rebuts no "the evidence against him was
   overwhelming"); such a pair about two things has no edge at all, and so is a pair
   whose negated verb is another subject's act ("the president did not cite a source" /
   "the newspaper cited government sources": `_subjects_apart`, as for rule 2's denials).
   Two speakers' statements (which never join, rule 1) are read too when they link at
   `VOICES_REBUT_AT` (below the threshold): one speaker's negation of what another states
   ("That ship was overloaded" / "the company said the ship was not overloaded") is a
   rebuttal unless the two are about two things or told as no account (a modal, a hedge,
   a condition, other objects; `voice_rebuttals`), and so is one speaker's negation of
   what another states in other words ("did not cut any jobs" / "laid off 40 staff": a
   word-vector likeness at a fitted bar, `paraphrased_negations`); from `PARTY_REBUT_AT`, a party's
   negation of its own act against another side's statement of it naming the party
   ("Brisca said it did not know of the fault until this year" / "... showed Brisca knew
   of the fault in 2024"; `party_rebuttals`).
   Two claims that both negate, each in a contrast ("about A, not B" / "about B, not A"),
   each negating what the other states un-negated, are a rebuttal too, read as above
   (`crossed_contrasts`; for two speakers without `told_apart`'s refusal of a contrast).
   From `SCOPE_REBUT_AT`, a passive noun negation ("No Taser was discharged") against
   another origin's statement naming its noun as the object of some act ("police used a
   Taser"), whatever verb that one tells it by, is a rebuttal too (`negation_scope`).
   So is, inside one article, a claim that insists on a
   statement pointing back against another side's claim just before it, exactly one of
   them negated ("Roe said the alarm never sounded. Doe insists it went off";
   `insist_answers`), one whose negation points back with "such" at the noun of another
   side's claim just before it ("Residents say cracks were reported to the agency. The
   agency says it never received such a report"; `such_answers`, read with
   `answers.stated_answers`), and one that denies with an idiom ("No part of our alarm was
   switched off", "had nothing to do with") against the accuser's claim just before it
   that states two of its words (`idiom_denials`). Not a rebuttal: a
   negation in a subordinate clause ("though he didn't see the truck, ..."), a hedge
   ("this is not confirmed"), both claims negating, or a restatement ("the first fatal
   crash since 1959" / "no fatal crash since 1959"; "failed to connect" / "could not be
   connected": `implied_negation`); nor a negated instruction against the act it asked
   for ("Nobody told me to leave" / "he left": `negated_instructions`); the word lists
   are in data/words.toml.
7. Otherwise a JOIN edge when the probability is >= the fitted threshold; not when one
   person is all the pair has in common: one claim says who they are ("Jane Roe leads the
   opposition party"), the other names them by that role and says something else
   ("Opposition leader Jane Roe called the plan ..."; `roles.title_only`). Nor when who
   says them is all they share: both name one person (or their speakers may be one), and
   every word and concept in common is that person's name, title or apposition, or a
   speech verb ("Jane Roe, assistant chief constable, confirmed there had been deaths" /
   "Jane Roe, assistant chief constable, said they were investigating whether the driver
   fell asleep"; `roles.two_remarks`): two remarks of one person. A root the two share in
   two forms is a word in common ("terrorist" / "terror": `roles.related_stems`). (This
   one is a test the clusterer asks of the join edges that would join two groups:
   `remarks_apart`.) Nor when a pair with no name in common shares only role words
   ("chief executive": `title_pairs`). Nor when one speaker's two short quotations share
   a word or two and link under `quote_pairs.QUOTES_LINK_AT` (`quote_pairs`).

8. A habitual statement (a habitual adverb, data/words.toml: "it typically takes the group
   hours to claim an attack") tells what usually happens, not what happened once: no edge
   of any kind with a statement that has none ("the group claimed the attack"). Nor is there
   a join between a claim its sentence's head sets in another occurrence ("In a separate
   incident, 11 fans were injured") and one of the story's event that shares no name or
   year of it (`occurrences.scopes_apart`).
9. An open question ("the FBI was investigating whether the shooting was terrorism") and a
   statement with a negation word ("there was no evidence of a link to terrorism") are two
   facts, neither one item nor a dispute: no edge of any kind. (Kept apart from every
   statement, an open question lost facts the dev clusters count as one: "investigating
   whether X" / "X may have happened".)
10. Two sides' accounts of what one act hit ("the army said its jets had struck a weapons
   depot" / "the strike hit a primary school, the mayor said"; `accounts.py`): a CONFLICT
   edge whatever the pair's probability (they are rarely candidates), when both speakers
   are named and neither speaks for the other, the two things share no word, and no claim
   of the batch names both.
11. A notice given to a party and that party's own denial of any ("Peter Olm said he had
   phoned the council" / "The council said it had no record of any complaint";
   `notices.py`): a CONFLICT edge whatever the pair's probability, across two origins.

Edges are returned in order (-probability, i, j) for greedy clustering.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import numpy as np

from consensus.merge.accounts import account_edges as _account_edges
from consensus.merge.accused import accused_answers
from consensus.merge.align_gate import gated_join
from consensus.merge.answer_blocks import drop_answer_pairs
from consensus.merge.answer_edges import answer_edges
from consensus.merge.answer_runs import run_answered
from consensus.merge.answers import answered, stated_answers
from consensus.merge.article_pairs import drop_article_pairs, one_article
from consensus.merge.charge_antecedents import charged_answers, charges_denier
from consensus.merge.claim_reads import (
    _asks,
    _habitual,
    _no_comment,
    _quoted_by_one,
    _start_days,
    _subjects_apart,
)
from consensus.merge.claim_words import denied_content
from consensus.merge.codes import (
    floats_of,
    pair_ends,
    pairs_among,
)
from consensus.merge.compare import COMPARISONS, PairContext
from consensus.merge.compared_pairs import _rows_of, comparison_matrix
from consensus.merge.cross_answers import agreed_claims, cross_answers
from consensus.merge.crossed_contrasts import crossed
from consensus.merge.dated_rivals import dated_rivals
from consensus.merge.denial_strength import DENY_NEAR, _denial_strength, _Negations, denial_agrees
from consensus.merge.features import REVERSED_LEADS, _Feat
from consensus.merge.figures_apart import figures_apart
from consensus.merge.join_columns import join_rows
from consensus.merge.link_models import (  # noqa: F401 (re-exported)
    JOIN_WEIGHTS,
    WEIGHTS,
    _shipped_model,
    join_link_model,
    join_weights_in_scope,
    link_model,
    weights_in_scope,
)
from consensus.merge.named_accusers import named_answers
from consensus.merge.negation_scope import SCOPE_REBUT_AT, scope_rebuttal
from consensus.merge.nested import nested_claims
from consensus.merge.occurrences import occurrences_apart
from consensus.merge.offsets import offsets, offsets_differ
from consensus.merge.paraphrased_negations import paraphrase_clash
from consensus.merge.party_rebuttals import party_edges
from consensus.merge.periods import periods_clash
from consensus.merge.place_compounds import compounds_apart
from consensus.merge.place_slots import place_conflicts
from consensus.merge.prefix_negation import prefix_read, prefixed_claims
from consensus.merge.pronoun_denials import pronoun_answers
from consensus.merge.quote_pairs import quote_pairs_apart
from consensus.merge.reason_answers import reasoned_answers
from consensus.merge.rule7_roles import _Roles
from consensus.merge.score import (
    NO_NEGATION,
    Negation,
    _Edge,
    _negated_of_another,
    _negation_clash,
    ordered_edges,
)
from consensus.merge.second_acts import second_acts_apart
from consensus.merge.substitutions import Substitutions
from consensus.merge.timed_rivals import timed_rivals
from consensus.merge.tunables import LINK_AT_ONE_VOICE, REPORTED_AT, TOLD_BY_TWO_AT
from consensus.merge.value_conflicts import figure_conflicts, when_conflicts
from consensus.merge.voice_rebuttals import (
    VOICES_REBUT_AT,
    about_two_things,
    own_remarks_apart,
    told_apart,
    told_as_no_account,
    voices_apart,
)
from consensus.merge.voices import (
    compatible_speakers,
    one_voice_denial,
    own_words_alone,
    reported,
    said_again,
    told_by_two,
)
from consensus.merge.weights import LogisticModel
from consensus.models import Polarity
from consensus.vectors import Vectors

# two speakers' claims join at this link probability or above: the same words, told of two
# people by two outlets (an attribution the outlets disagree on; the item lists both)
VERBATIM_AT = 0.95
# the reason of a JOIN edge across polarity: a denial and its speaker's own negated statement
ONE_VOICE = "join: a denial and its speaker's own negation"
CONFLICT_MARGIN = 0.0  # conflict_at = threshold - this
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

_CLASH = COMPARISONS.index("figure_clash")
_NAMES_CLASH = COMPARISONS.index("names_clash")
_COMMON_RUN = COMPARISONS.index("common_run")
_LEXICAL = COMPARISONS.index("lexical")
SWAP_LEXICAL = 0.7  # ... or pairs this alike in words (rule 0 reads only pairs worded alike)
_SAME_FIG = COMPARISONS.index("figure_same")


def remarks_apart(feats: Sequence[_Feat], ctx: PairContext) -> Callable[[int, int], bool]:
    """Rule 7's two remarks of one person (`_Roles.two_remarks`), as a test of a join edge
    that the clusterer asks only of edges that would join two groups: an edge inside a
    group joins nothing, so the groups are those of dropping every such edge here, for a
    fraction of the pairs read."""
    return _Roles(feats, ctx.stems).two_remarks


def link_edges(
    feats: Sequence[_Feat], vectors: Vectors, model: LogisticModel | None = None
) -> tuple[list[_Edge], list[tuple[int, int]], PairContext, dict[tuple[int, int], float]]:
    """Join and conflict edges (see the module docstring), the candidate pairs, the
    context, and the probability of every scored pair."""
    jm = model or join_link_model()  # (the JOIN decision's weights)
    model = model or link_model()
    ctx, pairs, x = comparison_matrix(feats, vectors)
    if not pairs:  # (rule 10 reads claims that are no candidate pair too)
        none = np.zeros(0, dtype=np.int64)
        return _account_edges(feats, {}, none, none, model.threshold - CONFLICT_MARGIN), [], ctx, {}
    p = model.prob(x)
    x_even = x.copy()
    x_even[:, _CLASH] = 0.0
    x_even[:, _SAME_FIG] = 1.0
    p_even = model.prob(x_even)
    del x_even
    conflict_at = model.threshold - CONFLICT_MARGIN
    rounded = np.round(p, 4)
    # the JOIN decision's probabilities (the same array unless a join model is shipped)
    two_models = jm is not model
    rounded_j = np.round(jm.prob(join_rows(jm, feats, ctx, pairs, x)), 4) if two_models else rounded
    if two_models:  # (not a raise on a pair a name or a figure tells apart: `align_gate`)
        rounded_j = gated_join(rounded_j, rounded, x, feats, pairs)
    # pairs compared for the figure rule alone (`candidate_pairs`): no probability a group
    # join reads, no edge but a figure conflict
    rival = _rows_of(pairs, ctx.rival_only)
    prob: dict[tuple[int, int], float] = dict(zip(pairs, floats_of(rounded_j), strict=True))
    for gone in ctx.rival_only:
        del prob[gone]
    # (what the conflict rules read of the pairs: the link model's, whatever joins)
    conflict_prob = prob
    if two_models:
        conflict_prob = dict(zip(pairs, floats_of(rounded), strict=True))
        for gone in ctx.rival_only:
            del conflict_prob[gone]
    ctx.link_prob = conflict_prob  # (the reach of a shown member: `statement_claims`)
    edges: list[_Edge] = []
    denials: dict[int, list[tuple[float, int, int]]] = {}
    # only pairs that can make an edge: linked, linked but for a conflict, or opposed
    denies = np.fromiter(
        (f.claim.polarity == Polarity.denies for f in feats), dtype=bool, count=len(feats)
    )
    pi, pj = pair_ends(pairs)
    opposed = denies[pi] != denies[pj]
    live = ((p >= model.threshold) | (p_even >= conflict_at) | opposed) & ~(rival & opposed)
    if two_models:
        live |= (rounded_j >= jm.threshold) & ~rival
    # two speakers of one article (`article_pairs`): no probability any other rule reads,
    # and no target of rule 2's denials (a denial's answer in its own article: `answers`)
    one_art = one_article(feats, pi, pj)
    live &= ~(one_art & opposed)
    for k in np.flatnonzero(one_art).tolist():
        del prob[pairs[k]]
        if two_models:
            del conflict_prob[pairs[k]]
    # two days one thing starts on: compared whatever the pair's link probability (rule 4)
    starts = _start_days(feats)
    has_start = np.zeros(len(feats), dtype=bool)
    has_start[list(starts)] = True
    start_clash = np.zeros(len(pairs), dtype=bool)
    for k in np.flatnonzero(has_start[pi] & has_start[pj]).tolist():
        (day_i, what_i), (day_j, what_j) = starts[pairs[k][0]], starts[pairs[k][1]]
        start_clash[k] = day_i != day_j and bool(what_i & what_j)
    live |= start_clash & ~opposed & ~rival
    # two clock times of one thing: compared whatever the pair's probability or speakers
    rivals_t = timed_rivals(feats, pi, pj) & ~opposed  # (rule 5; rival-only pairs too)
    rivals_d = dated_rivals(feats, pi, pj) & ~opposed  # (rule 4: two parties' dates)
    live |= rivals_t | rivals_d
    # what usually happens and what happened once: no edge of any kind (rule 8)
    habitual = _habitual(feats)
    live &= habitual[pi] == habitual[pj]
    # a claim of another occurrence and one of the story's own event: no join (rule 8)
    occasions = occurrences_apart(feats, pi, pj)
    negations = _Negations(feats)
    one_voice_at = max(model.threshold, LINK_AT_ONE_VOICE)  # (one voice's words: rule 2)
    said_again_at = max(model.threshold, REPORTED_AT)  # (one named speaker twice: rule 2)
    # an open question and a negative finding ("investigating whether ..." / "no evidence
    # of ..."): two facts, no edge of any kind (rule 9)
    asks = _asks(feats)
    found_not = np.fromiter(negations.hinted, dtype=bool, count=len(feats)) & ~asks
    live &= ~((asks[pi] & found_not[pj]) | (asks[pj] & found_not[pi]))
    silent = _no_comment(feats)  # "could not be reached for comment" is no side (rule 9)
    live &= ~(opposed & (silent[pi] | silent[pj]))
    apart = Substitutions(feats)
    one_speaker: list[tuple[float, int, int, int]] = []  # (a speaker's denial and assertion)
    for k in np.flatnonzero(live & opposed).tolist():
        i, j = pairs[k]
        d, s = (i, j) if feats[i].claim.polarity == Polarity.denies else (j, i)
        if p[k] >= one_voice_at and one_voice_denial(feats[d], feats[s], negations(s)):
            edges.append(_Edge(float(rounded[k]), i, j, ONE_VOICE))  # (a join: rule 2)
            continue
        if p[k] >= said_again_at and said_again(feats[d], feats[s]):
            one_speaker.append((float(rounded[k]), i, j, d))  # (read below: rule 2)
            continue
        if x[k, _NAMES_CLASH] > 0 and apart.swapped(i, j):
            continue  # another name in the same place ("cut jobs in Texas" / "in Ohio")
        strength = _denial_strength(
            feats, ctx, d, s, x[k], float(p_even[k]), conflict_at, negations
        )
        if strength > 0:
            denials.setdefault(d, []).append((strength, i, j))
    # a denial that points back ("denied the report") answers the claim told just before
    # it in its article, by another side (`answers.answered`): that one only
    answers = answered(feats)
    answers.update(pronoun_answers(feats, answers, charges_denier))  # ("... denied that.")
    answers = charged_answers(feats, answers)  # (the charge a sentence up, not a quotation)
    answers = reasoned_answers(feats, answers, ctx.idf)  # (what its reasons speak of)
    answers = named_answers(feats, answers)  # ("a claim by X": X's or none, `named_accusers`)
    for d, t in answers.items():  # (a plural report noun: the accuser's run, `answer_runs`)
        denials[d] = [(conflict_at, min(d, r), max(d, r)) for r in run_answered(feats, d, t)]
    # a denial that states what it rejects also answers the claim its article tells just
    # before it that states it, in its words or others (`answers.stated_answers`)
    stated = stated_answers(feats, answers, ctx)
    # ... and a denial of the party an accusation just before it accuses answers that one
    stated.update(accused_answers(feats, set(answers) | set(stated), ctx))
    stated = named_answers(feats, stated)
    for d, t in stated.items():
        found = denials.setdefault(d, [])
        found.append((max([conflict_at, *(st for st, _, _ in found)]), min(d, t), max(d, t)))
    # ... and a party's denial answers another origin's accusation of it (`cross_answers`)
    # (rule 2's vetoes: another name in the same place, periods or occurrences apart)
    # (never a member of what other origins agree on: `cross_answers.agreed_claims`)
    agreed = agreed_claims(feats, pairs, p, model.threshold)
    for d, ts in cross_answers(feats, set(denials) | set(answers) | set(stated), agreed).items():
        ts = [t for t in ts if not _apart_answer(feats, apart, d, t)]
        if ts:
            denials[d] = [(conflict_at, min(d, t), max(d, t)) for t in ts]
    # a fact a phrase states inside another claim's sentence ("Jo Roe, the union's
    # organiser," -> "Jo Roe is the union's organiser": `nested.py`) is no claim a denial
    # answers: its sentence's own claim is, or none
    parts = nested_claims(feats)
    for d in list(denials) if parts else []:
        kept = [(st, i, j) for st, i, j in denials[d] if (j if i == d else i) not in parts]
        if kept:
            denials[d] = kept
        else:
            del denials[d]
    # one named speaker's denial and assertion: one voice, when the denial answers no one
    edges.extend(
        _Edge(pk, i, j, ONE_VOICE)
        for pk, i, j, d in one_speaker
        if pk >= VERBATIM_AT or (not denials.get(d) and d not in answers and d not in stated)
    )
    # (rule 0 reads only pairs worded alike: a run of words in common, or most words)
    alike = (x[:, _COMMON_RUN] > 0) | (x[:, _LEXICAL] >= SWAP_LEXICAL)
    named_clash = live & (x[:, _NAMES_CLASH] > 0)
    named_apart = named_clash & alike
    del x, p  # (not read below: their memory serves the edges)
    # one polarity: two people's reported speech is two claims (a denial crosses sides)
    same = np.flatnonzero(live & ~opposed)
    # another name in the same place: two claims, no edge (rule 0)
    swapped = [k for k in same[named_apart[same]].tolist() if apart.swapped(*pairs[k])]
    edges += place_conflicts(feats, apart, pairs, swapped, rounded, conflict_at)  # (a place)
    # one thing of two owners ("X's airport" / "Y's airport"): two claims, and no group
    # holds both (`clusters._may_join`: rule 0)
    owned = same[named_clash[same]]
    owned = owned[apart.may_own(pi[owned], pj[owned])]  # (the others own nothing apart)
    owners = [k for k in owned.tolist() if apart.owners_apart(*pairs[k])]
    del apart  # (its frames and owners of each claim: ~50 MB at 100k claims)
    # two offsets from another event ("two days after the shooting" / "a week after the
    # killing"): two events, likewise (`offsets.offsets_differ`)
    placed = np.fromiter((bool(offsets(f.claim.statement)) for f in feats), bool, len(feats))
    owners += [
        k
        for k in same[placed[pi[same]] & placed[pj[same]]].tolist()  # (none else differ)
        if offsets_differ(feats[pairs[k][0]].claim.statement, feats[pairs[k][1]].claim.statement)
    ]
    owners += compounds_apart(feats, same, pi, pj)  # ("the X-bound train" / "Y-bound")
    owners += _parts_of_two(feats, parts, same, pairs)  # ("Jo Roe is 34" / "Al Poe is 34")
    ctx.never_together.update(pairs[k] for k in owners)
    swapped += owners
    # a predicate and the one that undoes it (a user's `reversals`), and a second act and a
    # first act of one verb ("captured" / "recaptured", "taken back"): two events (rule 0)
    leads = [f.lead for f in feats]
    swapped += same[pairs_among(leads, pi[same], pj[same], REVERSED_LEADS)].tolist()
    swapped += same[second_acts_apart(feats, ctx, pi[same], pj[same])].tolist()
    same = np.setdiff1d(same, np.unique(np.asarray(swapped, dtype=np.int64)), assume_unique=True)
    heard = compatible_speakers(feats, pi[same], pj[same])
    heard |= (rounded[same] >= VERBATIM_AT) | (
        reported(feats, pi[same], pj[same]) & (rounded[same] >= REPORTED_AT)
    )
    # two named sources each stating one event fact (rule 1): the item lists both
    heard |= told_by_two(feats, pi[same], pj[same]) & (rounded[same] >= TOLD_BY_TWO_AT)
    # a quotation of a named speaker's own words and a statement with no speaker (rule 1)
    heard &= ~own_words_alone(feats, pi[same], pj[same]) | (rounded[same] >= REPORTED_AT)
    # one slot, two figures (rule 3), two dates or times (rules 4, 5): `value_conflicts`
    same, two_speakers = figure_conflicts(
        feats,
        ctx,
        pairs,
        same,
        heard,
        pi,
        pj,
        rounded,
        p_even,
        conflict_at,
        rivals_t | rivals_d,
        rival,
        VERBATIM_AT,
        edges,
    )
    other_date, other_time = when_conflicts(
        feats,
        ctx,
        pairs,
        same,
        pi,
        pj,
        rounded,
        conflict_at,
        starts,
        start_clash,
        rivals_t,
        edges,
        rivals_d,
    )
    join = same[~other_date & ~other_time[same] & (rounded_j[same] >= jm.threshold)]
    join = join[~occasions[join]]
    # the pairs the link model joins: the rebuttals' (rule 6) conflict edges are theirs; a
    # pair the join model alone joins is only kept from joining by a rebuttal
    linked = np.zeros(len(pairs), dtype=bool)
    linked[same[~other_date & ~other_time[same] & (rounded[same] >= model.threshold)]] = True
    linked &= ~occasions
    if two_models:
        join = np.union1d(join, np.flatnonzero(linked))
    # figures on both sides, none in common, two of one kind: two counts, no join and
    # never one group (`figures_apart`)
    if len(join):
        figs_apart = [
            figures_apart(ctx.figs[pi[k]], ctx.figs[pj[k]], ctx.same_slot) for k in join.tolist()
        ]
        ctx.never_together.update(
            pairs[k] for k, x in zip(join.tolist(), figs_apart, strict=True) if x
        )
        join = join[~np.asarray(figs_apart, dtype=bool)]
    ctx.never_together.update(pairs[k] for k in np.flatnonzero(occasions).tolist())
    # a plain negation against the same statement unnegated: a rebuttal, not agreement
    # (a claim with any negation word, even one `negation` does not read, rebuts nothing
    # that negates too)
    has_hint = np.fromiter(negations.hinted, dtype=bool, count=len(feats))

    def asserted(k: int) -> Negation:  # (a denial's negation is rule 2's business)
        return negations(k) if feats[k].claim.polarity == Polarity.asserts else NO_NEGATION

    rebutted = np.zeros(len(pairs), dtype=bool)
    voices = voices_apart(two_speakers, rounded, min(model.threshold, VOICES_REBUT_AT))
    read, of_voices = np.concatenate([join, voices]), set(voices.tolist())
    pre = np.asarray(prefixed_claims(feats), dtype=bool)  # ("was unsafe": no negation word)
    plain = ~has_hint[pi[read]] & ~has_hint[pj[read]] & (pre[pi[read]] | pre[pj[read]])
    for k in read[(has_hint[pi[read]] != has_hint[pj[read]]) | plain].tolist():
        i, j = pairs[k]
        neg_i, neg_j = asserted(i), asserted(j)
        what = _negation_clash(feats[i], feats[j], neg_i, neg_j)
        if not has_hint[i] and not has_hint[j]:  # ("was unsafe" / "was safe")
            what, neg_i, neg_j = prefix_read(feats[i], feats[j])
        elif what and denial_agrees(ctx, feats[i], feats[j], neg_i, neg_j):
            rebutted[k] = True  # (one stance: no edge; not joined either, as two tellings)
            continue  # ("denied that anyone was fed" / "nobody was fed")
        if k in of_voices:  # (two speakers: a rebuttal unless about two things)
            if not what and has_hint[i] != has_hint[j]:  # (in other words: "laid off")
                what = paraphrase_clash(ctx, feats[i], feats[j], neg_i, neg_j)
            if (
                what
                and not about_two_things(feats[i], feats[j], what, bare=True)
                and not told_apart(ctx, feats[i], feats[j], what)
            ):
                edges.append(_Edge(float(rounded[k]), i, j, f"negation: not {what}"))
            continue
        if what and what in (neg_i.free | neg_j.free) and _subjects_apart(feats[i], feats[j]):
            rebutted[k] = True  # (no edge: "Roe did not cite a source" / "Doe cited sources")
        elif what and (
            _quoted_by_one(feats[i], feats[j]) or own_remarks_apart(feats[i], feats[j], what)
        ):
            rebutted[k] = True  # (no edge: one person's two quoted remarks rebut neither)
        elif what:
            rebutted[k] = True
            if linked[k]:  # (a pair the join model alone links: kept apart, no edge)
                edges.append(_Edge(float(rounded[k]), i, j, f"negation: not {what}"))
        elif _negated_of_another(feats[i], feats[j], neg_i, neg_j):
            rebutted[k] = True  # (no edge: a negation of one thing, a statement of another)
    # two contrasts crossed ("about A, not B" / "about B, not A"): each negates what the
    # other states, a rebuttal though both negate (`crossed_contrasts`)
    for k in read[has_hint[pi[read]] & has_hint[pj[read]]].tolist():
        i, j = pairs[k]
        neg_i, neg_j = asserted(i), asserted(j)
        what = crossed(feats[i], feats[j], neg_i, neg_j)
        if not what or (k not in of_voices and not linked[k]):
            continue
        if k in of_voices and (
            about_two_things(feats[i], feats[j], what)
            or told_as_no_account(feats[i].claim.statement)
            or told_as_no_account(feats[j].claim.statement)
        ):
            continue  # (a contrast is the shape read here: `told_apart` refuses it)
        rebutted[k] = True
        edges.append(_Edge(float(rounded[k]), i, j, f"negation: not {what}"))
    # ... and a passive noun negation against another origin's statement naming its noun as
    # an object ("No Taser was discharged" / "police used a Taser": `negation_scope`)
    taken = {(e.i, e.j) for e in edges}
    scoped = (rounded >= SCOPE_REBUT_AT) & (has_hint[pi] != has_hint[pj]) & ~rebutted & ~rival
    scoped &= (habitual[pi] == habitual[pj]) & ~opposed & ~occasions
    scoped &= ~((asks[pi] & found_not[pj]) | (asks[pj] & found_not[pi]))
    for k in np.flatnonzero(scoped).tolist():
        i, j = pairs[k]
        n, o = (i, j) if has_hint[i] else (j, i)
        if (i, j) in taken or feats[i].origin == feats[j].origin:
            continue
        if feats[n].claim.polarity != Polarity.asserts:
            continue
        if what := scope_rebuttal(ctx, feats[n], feats[o], negations(n)):
            rebutted[k] = True
            edges.append(_Edge(float(rounded[k]), i, j, f"negation: not {what}"))
    join = join[~rebutted[join]]
    if two_models:  # (the link model's joins were read for rule 6 alone)
        join = join[rounded_j[join] >= jm.threshold]
    # ... and a party's negation of its own act against another side's statement of it
    # about that party, worded too far apart for the bar above (`party_rebuttals`)
    edges += party_edges(feats, ctx, pairs, two_speakers, rounded, has_hint, edges)
    # one person, two facts: who they are against what they said, named by that role
    roles = _Roles(feats, ctx.stems)
    # ... and two remarks of one person whose attribution is all they share
    split = {k for k in join.tolist() if roles.two_facts(*pairs[k])}
    del roles  # (its three stem sets per claim: ~0.14 GB at 100k claims)
    split |= quote_pairs_apart(feats, pairs, join.tolist(), rounded_j)  # (and `quote_pairs`)
    if split:
        join = np.asarray([k for k in join.tolist() if k not in split], np.int64)
    # a denial opposes what it rejects best: targets within DENY_NEAR of its best only
    # (a plain negation given as a denial rejects what it negates: a rebuttal, as rule 6's)
    made = len(edges)  # (the edges of pairs, before the answers': `drop_article_pairs`)
    for d, found in sorted(denials.items()):
        top = max(st for st, _, _ in found)
        plain = d not in answers and denied_content(feats[d].claim.statement) is None
        for st, i, j in sorted(found):
            if st >= top - DENY_NEAR:
                why = "polarity: asserts vs denies"
                if plain:
                    other = feats[j if i == d else i]
                    what = _negation_clash(feats[d], other, negations(d), NO_NEGATION) or min(
                        negations(d).concepts, default=""
                    )
                    why = f"negation: not {what}"
                edges.append(_Edge(round(st, 4), i, j, why))
    # answers and accounts that no candidate pair holds (rules 3, 5, 6, 10, 11: `answer_edges`)
    edges += answer_edges(
        feats,
        ctx,
        has_hint.tolist(),
        negations,
        conflict_prob,
        (pi[join], pj[join]),
        edges,
        conflict_at,
    )
    join, edges = drop_answer_pairs(join, edges, pairs, prob, ctx.answer_only)
    join, edges = drop_article_pairs(feats, join, edges, made, pairs, one_art, ctx.never_together)
    # conflicts, then joins; in order (-score, i, j), one sort of arrays (no two edges share
    # a pair); a join edge is made only in its place in that order
    ordered = ordered_edges(edges, rounded_j[join], pi[join], pj[join], len(feats))
    return ordered, pairs, ctx, prob


def _parts_of_two(
    feats: Sequence[_Feat],
    parts: Collection[int],
    same: np.ndarray,
    pairs: Sequence[tuple[int, int]],
) -> list[int]:
    """Pairs (positions in `same`'s `pairs`) of two facts phrases state inside other claims'
    sentences (`parts`, `nested.py`: "Jo Roe, the firm's spokesman," -> "Jo Roe is the
    firm's spokesman") that are said of two subjects: one person's role or age is never
    another's, however alike the words (rule 0)."""
    if len(parts) < 2:
        return []
    out: list[int] = []
    for k in same.tolist():
        i, j = pairs[k]
        if i not in parts or j not in parts:
            continue
        a, b = _said_of(feats[i]), _said_of(feats[j])
        if a and b and not (a <= b or b <= a):
            out.append(k)
    return out


def _said_of(f: _Feat) -> set[str]:
    """The words of what a phrase's fact is said of: its statement's words before "is"
    ("Jo Roe is Lumatek's spokesman" -> Jo Roe; the claim's subject may be the owner)."""
    head, is_, _rest = f.claim.statement.partition(" is ")
    return set((head if is_ else f.claim.subject).casefold().split())


def _apart_answer(feats: Sequence[_Feat], apart: Substitutions, d: int, t: int) -> bool:
    """Whether a denial and the accusation `cross_answers` gives it are about two things."""
    f, g = feats[d], feats[t]
    return apart.swapped(d, t) or periods_clash(f.period, g.period) or f.scope != g.scope
