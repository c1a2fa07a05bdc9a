"""The offline extractor: Article -> ClaimSet by deterministic rules, without any model.

It is the default extractor and the fallback when no LLM is configured, so it must be fast
(hundreds of articles a second on one core) and predictable: the same article always gives the
same ClaimSet, byte for byte. The pipeline, per article:

1. learn names from the article itself: "Russian President Vladimir Putin" teaches the role
   "russian president" -> "Vladimir Putin" and the alias "Putin" -> "Vladimir Putin";
2. split the text into sentences with a rule-based splitter that keeps character offsets and
   never breaks inside a quotation (pysbd costs ~7 ms an article, over our whole budget);
3. split compound sentences at "; ", ", but ", ", while " when both halves are propositions,
   and what is admitted from what is rejected ("X acknowledged A but denied reports B",
   "…, dismissing claims that B"); then each clause into its propositions (`compound.py`):
   coordinated clauses, a verb phrase sharing its subject, a gapped passive ("seven were
   killed and 50 taken to hospital"), participial tails (", killing six"), "with" absolutes
   and non-restrictive relative clauses ("which", "who"; "where" after a place, which goes
   in front: "In the old harbour, a ferry sank"), each carrying the subject it leaves out;
   "X said it A and would B" carries the pronoun to B (X's report too); a clause
   without a speaker takes the one named after the next clause ("A, but B, a spokeswoman
   said"); a wire dateline ("MOSCOW (Reuters) - ") is not content;
4. per clause, find who asserts it (reporting verbs, "according to", "– Name" after a quote,
   embedded posts), resolve pronouns and role descriptions to names, then derive the kind,
   polarity, hedges, quantities, time and entities from surface cues.

Every claim's evidence is an exact slice of ``article.text`` (asserted when it is built).

This package must never do I/O, read the clock, use randomness or reach the network, and it
must never write a statement that says something its sentence does not: statements are the
sentence itself, lightly rewritten (names for pronouns and roles, attribution moved to front).

Files
-----
One module per step, each importing only modules above it in this list (no cycles):

* `sentences.py`  step 2 and 3: the sentence splitter (offsets kept, never inside a
  quotation), clause splitting, what is not content (datelines, labels, trailing links)
* `names.py`      step 1: the article's own name table (roles, aliases, persons, places)
* `grammar.py`    step 3: closed word classes and verb forms the clause cutter reads
* `compound.py`   step 3: a compound clause -> one piece per proposition, with the subject
  (or auxiliary) each piece leaves out; the cuts it finds are made in
  `participle_tails.py`, `subordinate_clauses.py`, `relative_clauses.py` and
  `verb_phrases.py`, `carried_leads.py` carries a lead across ", but" / "; ", and
  `clause_pieces.py` holds the piece they all make
* `speakers.py`   step 4: attribution (who asserts a clause: the reporting verb and the
  noun phrase before or after it); `speaker_resolution.py` resolves the phrase to a name,
  `speaker_anaphors.py` reads "he", "she" and "the company"; `speaker_nps.py` holds the
  phrase shapes
* `kinds.py`      step 4: kind, polarity and hedge cues
* `quantities.py` step 4: quantities
* `dates.py`      step 4: time expressions resolved against the publication date
* `statements.py` step 4: the statement text (roles to names, attribution to the front)
* `drafts.py`     a claim being built (`_Draft`), its evidence slices, how a statement
  names its speaker ("the health ministry said")
* `article_entities.py` step 1: the article's capitalised sequences read once (entities,
  persons, canonical names), found by offset
* `sentence_gate.py` steps 2-4: which sentences are read at all (no questions, headings,
  captions, four-word wishes)
* `answers_before.py` step 4: a sentence that answers ("Armenia denied the accusation.")
  or hedges the one before it
* `quotation_runs.py` step 4: a quotation running over paragraphs and its one speaker
* `clause_attribution.py` step 4: who asserts a clause, its attribution shapes in order
* `clause_statements.py` step 4: a clause's statement given its attribution
* `claim_build.py` step 4: drafts -> Claims (kind, hedges, time, entities, subject,
  quantities, evidence; one claim per statement)
* `claims.py`     `extract_offline`: runs the steps per sentence (clauses, their drafts,
  quotations of a whole paragraph, a transcript's turns) and builds the ClaimSet
"""

from consensus.offline.claims import OFFLINE_VERSION, extract_offline
from consensus.offline.sentences import _split_sentences as _split_sentences

__all__ = ["OFFLINE_VERSION", "extract_offline"]
