"""The extractor: runs the steps over an article's sentences and builds the ClaimSet."""

from __future__ import annotations

import re

from consensus.models import Article, Claim, ClaimKind, ClaimSet, Span, Usage
from consensus.no_content import announced_account
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline.answers_before import _hedge_target, _name_what_is_denied
from consensus.offline.article_entities import ArticleEntities
from consensus.offline.carried_leads import carry_lead
from consensus.offline.claim_build import ClaimBuilder
from consensus.offline.clause_attribution import attribute_clause
from consensus.offline.clause_pieces import _Piece
from consensus.offline.clause_statements import StatementWriter
from consensus.offline.compound import compound_pieces
from consensus.offline.dates import _times
from consensus.offline.drafts import _UNNAMED_SOURCE, _Draft, _named, _quoted_by
from consensus.offline.kinds import _HEDGE, _HEDGE_KEYS, _cue
from consensus.offline.named_kinds import named_kinds
from consensus.offline.names import _learn_names
from consensus.offline.narrative_persons import narrative_person
from consensus.offline.opening_quotes import opens_before_a_new_name
from consensus.offline.phrases import phrase_facts
from consensus.offline.quotation_runs import QuotationRuns
from consensus.offline.quote_core import is_direct_quote
from consensus.offline.sentence_gate import (
    _AGE_SENTENCE,
    _FOUR_WORD_CLAIM,
    _asks,
    _ends_like_a_sentence,
)
from consensus.offline.sentences import (
    _DATELINE,
    _FIGURE,
    _LABEL,
    _SPLIT,
    _TRAILING_URL,
    _VERB_FIRST,
    _WORD,
    _four_word_verb,
    _in_quotes,
    _inner_sentences,
    _is_proposition,
    _quote_regions,
    _split_sentences,
    _trim,
    bare_denial_clause,
    is_list_item,
    noun_series,
)
from consensus.offline.speaker_state import _Speaker, _State
from consensus.offline.speakers import _Attribution
from consensus.offline.statement_checks import readable
from consensus.offline.statements import _close_quotes, _said, said_mark
from consensus.offline.story_follow import carried_subject, follow, short_body, short_subject
from consensus.offline.turns import by_surname, interviewee, turns

OFFLINE_VERSION = "offline-2096"
# a letter's or a post's salutation opening a quoted sentence ("Dear Tresk residents, …")
_SALUTATION = re.compile(r"Dear[ \t]+[^,.;:!?“”\"\n]{1,60},[ \t]+(?=\w)")
# How the attribution line under an embedded post opens (a tweet's dash, an Instagram line)
_POST_SIGNATURE = re.compile(r"[—–-]|A post shared by\b|Posted by\b")
_COPULA = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.block: Span | None = None
        self.article = article
        self.text = article.text
        self.sentences = _split_sentences(self.text)
        self.non_claims = non_claim_spans(self.text, title=article.title, outlet=article.outlet)
        self.names = _learn_names(self.text)
        self.state = _State(
            genders=self.names.genders,
            named_kinds=named_kinds(self.text, self.names.genders),
            determined=self.names.determined,
        )
        self.times = _times(self.text, 0, len(self.text), article.published)
        self.statements = StatementWriter(self.text, self.names, self.state)
        self.drafts: list[_Draft] = []
        self.runs = QuotationRuns(self.text, self.state)  # (`quotation_runs.py`)
        self.ents = ArticleEntities(self.text, self.names)
        self.builder = ClaimBuilder(self.text, self.sentences, self.times, self.ents)
        # a transcript's or an interview's turns (turns.py), by paragraph start
        outlet = self.article.outlet or ""

        def named(end: int) -> list[str]:
            return [p for _a, p in self.ents.persons_in(0, end, ())]

        self.turns = turns(
            self.text,
            lambda pos: interviewee(named(pos), outlet, self.text),
            lambda word: by_surname(named(len(self.text)), word, outlet),
        )

    def run(self) -> list[Claim]:
        prev_drafts: list[_Draft] = []
        for sent in self.sentences:
            start, end = sent.start, sent.end
            turn = self.turns.get(self.runs.paragraph(start)[0]) if self.turns else None
            if turn is not None and start < turn.words:
                start = turn.words  # "LUND: ", "A: ": the turn's label
            m = _LABEL.match(self.text, start, end)
            if m:
                start = m.end()
            if start == 0 or self.text[start - 1] == "\n":
                m = _DATELINE.match(self.text, start, end)
                if m:
                    start = m.end()  # "MOSCOW (Reuters) - ": the wire's dateline, not content
            m = _TRAILING_URL.search(self.text, start, end)
            if m:
                end = m.start()
            sentence = self.text[start:end]
            embedded = self._embedded(start, end)
            # a figure is a word ("Shares in Lumatek fell 6.6%.")
            n_words = len(_WORD.findall(sentence)) + len(_FIGURE.findall(sentence))
            if (n_words < 4 and not _AGE_SENTENCE.fullmatch(sentence)) or _asks(sentence):
                short_subject(self.state, sentence, self.ents.persons_in(start, end, ()))
                short_body(self.state, sentence)
                continue
            if n_words == 4 and (
                embedded is not None
                or not _FOUR_WORD_CLAIM.search(sentence)
                or not _four_word_verb(sentence)
            ):
                # "Armenia denied the accusation." yes; "God bless them all." no; "Whitlow
                # rejects that outright." no claim, but the story follows Whitlow now
                short_subject(self.state, sentence, self.ents.persons_in(start, end, ()))
                short_body(self.state, sentence)
                continue
            if (
                embedded is None
                and not _ends_like_a_sentence(sentence)
                # "* Green tea had a similar effect": a list item states it
                and not (is_list_item(self.text, start) and _is_proposition(sentence))
            ):
                continue  # a heading, standfirst or caption
            if overlaps_non_claim(self.non_claims, start, end):
                # a caption, credit, gallery or page furniture (consensus.nonclaims); an
                # account announced, not given ("The revenue service gives a different
                # account."): the "a spokesman said" after it is that body's, and the "she
                # said" after "Chief arbiter Dagny Werth gave a very different description."
                # is hers
                if announced_account(sentence):
                    short_subject(self.state, sentence, self.ents.persons_in(start, end, ()))
                short_body(self.state, sentence)
                continue
            hedge = _cue(_HEDGE, _HEDGE_KEYS, sentence)
            if (
                hedge
                and prev_drafts
                and len(_WORD.findall(sentence)) - len(_WORD.findall(hedge.group())) <= 3
            ):
                # "However, he did not provide specific evidence." qualifies what came before:
                # the assertion of fact, not a request or a prediction quoted with it.
                for d in _hedge_target(prev_drafts):
                    d.hedges.append(hedge.group())
                    d.extra.append((start, end))
                continue
            quotes = [q for q in sent.quotes if start <= q[0] and q[1] < end]
            opener = self.runs.paragraph(start)[2]
            # a sentence inside a quotation left open: its "He" is not the last speaker
            self.statements.quoted = opener is not None and opener < start
            new = self.sentence(start, end, quotes, embedded)
            if new and prev_drafts and embedded is None:
                _name_what_is_denied(new[0], prev_drafts)
            self.runs.resume(start, new)
            if turn is not None:
                for d in new:
                    d.statement = turn.without_vocatives(d.statement)
                if turn.speaker is not None:
                    _quoted_by([d for d in new if d.speaker is None], turn.speaker)
            self.drafts.extend(new)
            prev_drafts = new
            if embedded is None:  # facts a noun phrase states in passing (`phrases.py`)
                held = [(d.start, d.end) for d in new]
                lead = _quotation_lead(new, start)
                if lead is not None:  # "Jane Roe, 34, said: “… . …”": the lead's facts
                    held.append((start, lead.start))
                tail = _quotation_tail(new, end)
                if tail is not None:  # "“…,” said Jane Roe, the union's general secretary."
                    held.append((tail.end, end))
                facts = phrase_facts(self.text, start, end, quotes, self.names, held)
                if lead is not None and any(a < lead.start for _f, a, _b, _n in facts):
                    lead.start = start  # the first quoted sentence cites its lead too
                if tail is not None:
                    after = [b for _f, a, b, _n in facts if a >= tail.end]
                    if after:  # the quoted words cite their attribution, as a lead's
                        if all(d.start >= tail.start for d in new):  # (its opening mark)
                            tail.start = min(tail.start, start)
                        tail.end = max(after)
                self.drafts.extend(self.builder.named(f, a, b, n) for f, a, b, n in facts)
        self.runs.close()
        return self.builder.build(self.drafts)

    def _embedded(self, start: int, end: int) -> Span | None:
        for span in self.article.embedded:
            if span.start <= start < span.end:
                return span
        return None

    def sentence(
        self, start: int, end: int, quotes: list[tuple[int, int]], embedded: Span | None
    ) -> list[_Draft]:
        if embedded is not None and embedded.kind == "embedded":
            # A post shown in the article: its author asserts every sentence of it, even
            # "Trump stated that …" (the outlet only shows the post).
            author = embedded.author or _UNNAMED_SOURCE
            line = self.text.rfind("\n", 0, start) + 1
            if _POST_SIGNATURE.match(self.text, line) and (
                "@" in self.text[line:end] or self.text.startswith("Posted by", line)
            ):
                # the post's own attribution line ("— Name (@handle) May 3, 2017")
                return []
            a, b = _trim(self.text, start, end)
            body = _close_quotes(self.text[a:b])
            return [self.builder.draft(f"{author} wrote: {body}", author, a, b)]
        # a quoted document: its sentences keep their own attributions
        self.block = _introduced(embedded, self.block, self.state)
        clauses = self.clauses(start, end, quotes)
        drafts: list[_Draft] = []
        inherited: _Attribution | None = None
        unattributed: list[int] = []  # drafts of clauses with no speaker, by index
        for piece in clauses:
            if piece.said and inherited is None:
                piece.lead, piece.lead_span = piece.said, piece.said_span
            cs, ce = piece.start, piece.end
            cq = [q for q in quotes if cs <= q[0] and q[1] < ce]
            quoting = self.state.last_quote_speaker
            following = (self.state.last_person, self.state.unnamed, self.state.unnamed_role)
            new, attr, seen = self.clause(cs, ce, cq, None if piece.own else inherited, piece)
            if piece.own:
                # a relative clause or aside of the sentence ("…, who has studied the basin for
                # 20 years"): the next bare quotation is still the speaker's before it
                self.state.last_quote_speaker = self.state.last_quote_speaker or quoting
                if attr is None and (following[0] is not None or following[2] is not None):
                    # ... and the "he" after it is still the one it describes
                    state = self.state
                    state.last_person, state.unnamed, state.unnamed_role = following
                drafts.extend(new)
                continue
            if attr is not None and attr.kind == "leading":
                inherited = None if _rejects_a_thing(seen, attr) else attr
            if attr is None:
                unattributed.extend(range(len(drafts), len(drafts) + len(new)))
            elif unattributed and self._speaker_last(seen, attr):
                # "A, but B, a spokeswoman said": the speaker named at the end says A too.
                for k in unattributed:
                    drafts[k] = self._attribute(drafts[k], attr)
                unattributed = []
            drafts.extend(new)
        return drafts

    def _speaker_last(self, clause: str, attr: _Attribution) -> bool:
        """Whether the clause names its speaker after its content ("…, Zakharova said").
        What a comma ends before the name must be a clause: "The local fire chief, Jo
        Roe, says 165ft" opens on its speaker (a title in apposition, no verb), so the
        clause before it in the sentence ("The park puts the height at 150ft; ...") is
        not hers."""
        if attr.kind in ("trailing", "according"):
            return attr.content is not None and attr.content[0] == 0
        if attr.kind != "leading" or attr.np_span is None or attr.np_span[0] == 0:
            return False
        before = clause[: attr.np_span[0]].rstrip()
        after = clause[attr.verb_end :]
        return before.endswith(",") and len(_WORD.findall(after)) <= 6 and _is_proposition(before)

    def _attribute(self, d: _Draft, attr: _Attribution) -> _Draft:
        body = d.statement
        first = body.split(" ", 1)[0]
        if first not in self.names.name_words:
            body = self.statements.lower(body)  # "Typhoon Lira slammed ...": a name keeps its case
        name = attr.speaker.name
        said = f"{_named(name)} {_said(attr.verb)} that {body}"
        new = self.builder.draft(said[:1].upper() + said[1:], name, d.start, d.end)
        new.hedges, new.extra = d.hedges, d.extra
        return new

    def clauses(
        self, start: int, end: int, quotes: list[tuple[int, int]], lead_ok: bool = True
    ) -> list[_Piece]:
        """The sentence's clauses: cut at `_SPLIT`, then each compound clause into its
        propositions (`compound.py`)."""
        pieces: list[_Piece] = []
        for a, b in self.split_clauses(start, end, quotes):
            own = compound_pieces(self.text, a, b, quotes, lead_ok)
            # "X was known to police, but had no links to terrorism": X had no links.
            verb_first = _VERB_FIRST.match(self.text, a) is not None
            applies, carried = (
                carry_lead(self.text, pieces[0].start, a, own[0], quotes, verb_first)
                if (pieces and lead_ok)
                else (False, None)
            )
            if applies and carried is None:
                pieces[-1].end = own[-1].end  # no subject to carry: the sentence stays whole
                continue
            if carried is not None:
                own[0] = carried
            pieces.extend(own)
        return pieces

    def split_clauses(
        self, start: int, end: int, quotes: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        cuts: list[tuple[int, int]] = []
        for m in _SPLIT.finditer(self.text, start, end):
            if not _in_quotes(m.start(), quotes):
                cuts.append((m.start(), m.end()))
        semis = [c for c in cuts if self.text[c[0]] == ";"]
        if semis and noun_series(self.text[semis[-1][1] : end]):
            cuts = [c for c in cuts if c not in semis]  # "... Y; Z; and W.": one series
        spans: list[tuple[int, int]] = []
        s = start
        for a, b in cuts:
            left = self.text[s:a]
            right_end = end
            right = self.text[b:right_end]
            if _is_proposition(left) and (
                _is_proposition(right)
                # "...; Pressline denies it.": the other side's bare answer (a semicolon only)
                or (self.text[a] == ";" and bare_denial_clause(right))
            ):
                spans.append((s, a))
                s = b
        spans.append((s, end))
        return spans

    def clause(
        self,
        cs: int,
        ce: int,
        quotes: list[tuple[int, int]],
        inherited: _Attribution | None,
        piece: _Piece | None = None,
    ) -> tuple[list[_Draft], _Attribution | None, str]:
        """The drafts of one clause, its attribution and the text read for it: the clause,
        or with a piece's lead, the lead and the rest of the clause ("The firm" + "said it
        would review ..."); the evidence is always the clause's own span."""
        text = self.text
        lead, skip = (piece.lead, piece.skip) if piece is not None else ("", 0)
        hole = piece.hole if piece is not None else None
        real_cs, real_ce = cs, ce
        before_hole = len(lead) - skip  # where an offset before the aside moves to
        if hole is not None:
            # "The firm, which has begun …, called the bid": the clause without its aside.
            lead = lead + text[cs + skip : hole[0]] + " "
            skip = hole[1] - cs
        clause = lead + text[cs + skip : ce]
        shift = len(lead) - skip  # an offset in the article is (offset - cs + shift) here
        cs -= shift  # so that cs + (an offset in `clause`) is (about) the article offset
        if hole is None:
            rel_quotes = [(qs - cs, qe - cs) for qs, qe in quotes]
        else:
            rel_quotes = _quote_regions(clause, 0, len(clause))
        state = self.state
        persons = [
            (p + (before_hole if hole and p + real_cs < hole[0] else shift), n)
            for p, n in self.ents.persons_in(real_cs, ce, tuple(quotes))
            if hole is None or not hole[0] <= p + real_cs < hole[1]
        ]
        attr = attribute_clause(
            clause, cs, quotes, rel_quotes, persons, inherited, self.names, state, self.block
        )
        if (
            attr is not None
            and attr.kind == "context"
            and opens_before_a_new_name(text, self.ents, real_cs, real_ce, attr.speaker.name)
        ):
            # '"I thought we would sink." Those were the words of Ana Ruiz …': a new voice
            attr, state.last_quote_speaker = None, None
        if (
            attr is not None
            and attr.kind == "according"
            and _own_outlet(attr.speaker, self.article)
        ):
            # "…, according to the Ledger's estimate" in the Ledger's own article: its own voice
            attr = None
        starts_with_quote = clause[:1] in '“„"'

        speaker = attr.speaker.name if attr else None
        is_quote = is_direct_quote(clause, attr, rel_quotes, starts_with_quote)

        drafts: list[_Draft] = []
        # A multi-sentence quotation becomes one claim per quoted sentence: each is a separate
        # proposition and the merger aligns them one by one.
        if attr is not None and is_quote:
            setting = ""
            if attr.kind == "leading" and attr.np_span and shift == 0 and hole is None:
                lead_text = clause[: attr.np_span[0]]
                if lead_text.endswith(", ") and len(lead_text.split()) >= 4:
                    setting = lead_text
            for qs, qe in quotes:
                inner = _inner_sentences(text, qs, qe)
                if len(inner) < 2:
                    continue
                pieces = (p for a, b in inner for p in self.clauses(a, b, [], lead_ok=False))
                for a2, b2 in ((p.start, p.end) for p in pieces):
                    while b2 > a2 and text[b2 - 1] in ",;:":
                        b2 -= 1
                    # '"Dear Tresk residents, the storm …"': whom a letter or a post
                    # addresses is no part of what it states
                    hail = _SALUTATION.match(text, a2, b2)
                    if hail is not None:
                        a2 = hail.end()
                    body = text[a2:b2]
                    n_words = len(_WORD.findall(body))
                    # "Others are injured.": a short quoted sentence with a verb still counts.
                    if n_words < 3 or (n_words < 5 and not _COPULA.search(body)):
                        continue
                    if body.endswith("?"):
                        continue
                    said = f"{_named(attr.speaker.name)} {_said(attr.verb)}"
                    stmt = f"{said}{said_mark(body)} “{body}”"
                    start = a2
                    if not drafts and setting:
                        # "Speaking outside the hospital, where he was treated for broken
                        # ribs, he added: “…”": the setting stays with the first sentence
                        stmt, start = setting + stmt, real_cs
                    else:
                        stmt = stmt[:1].upper() + stmt[1:]  # "The witness said: “…”"
                    draft = self.builder.draft(stmt, speaker, start, b2, direct=True)
                    draft.inner = True
                    drafts.append(draft)
        if not drafts:
            stmt = self.statements.statement(clause, cs, attr, rel_quotes)
            if hole is None:
                d = self.builder.draft(stmt, speaker, real_cs, real_ce, direct=is_quote)
                d.lead_span = piece.lead_span if piece is not None else None
                drafts.append(d)
            else:
                # Cites the clause around the aside: its two parts.
                d = self.builder.draft(stmt, speaker, real_cs, hole[0], direct=is_quote)
                d.extra.append(_trim(text, hole[1], real_ce))
                d.joined = True
                drafts.append(d)

        if attr is None and piece is not None:
            persons = carried_subject(state, piece.lead, persons)
        if not persons and (attr is None or not attr.speaker.person):
            # "Kartik and his family managed to escape. He said: …" (`narrative_persons`)
            after = self.text[real_ce : real_ce + 160]
            named = narrative_person(clause, self.names, after, state.spoken)
            persons = [(0, named)] if named else persons
        follow(state, attr, clause, rel_quotes, persons, (is_quote, starts_with_quote))
        return drafts, attr, clause


_OUTLET_WORD = re.compile(r"[A-Za-z][\w-]*")


def _own_outlet(speaker: _Speaker, article: Article) -> bool:
    """Whether a speaker is the article's own outlet: every word of its name (bar "the") is
    a word of the outlet's name ("Pharma Ledger" in "The Pharma Ledger", however the name
    reader took it)."""
    if not article.outlet:
        return False
    said = {w.casefold() for w in _OUTLET_WORD.findall(speaker.name)} - {"the"}
    return bool(said) and said <= {w.casefold() for w in _OUTLET_WORD.findall(article.outlet)}


def _introduced(block: Span | None, current: Span | None, state: _State) -> Span | None:
    """A quoted document the page's intro gave no author its ingest could read ("The
    nurses tell a different story. In a statement, they said:"): entering it, the speaker
    the intro's own attribution resolved to ("nurses") is its author. A block already
    entered keeps the author given it then."""
    if block is None or block.author is not None:
        return block
    if current is not None and current.start == block.start:
        return current
    who = state.last_quote_speaker
    return block.model_copy(update={"author": who}) if who else block


def _quotation_lead(new: list[_Draft], start: int) -> _Draft | None:
    """The first sentence of a quotation of several sentences that a lead opens ("Jane
    Roe, 34, said: “I heard a crash. Then …”"): each quoted sentence cites only itself, so
    the lead's words ("Jane Roe, 34") lie in no claim's span; None when no such draft, or
    another draft of the sentence starts before it."""
    first = next((d for d in new if d.inner), None)
    if first is None or first.start <= start or any(d.start < first.start for d in new):
        return None
    return first


def _quotation_tail(new: list[_Draft], end: int) -> _Draft | None:
    """The last quoted words of a sentence an attribution closes ("“We will appeal,” said
    Jane Roe, the union's general secretary."): the quote cites only its own words, so the
    speaker's role after it lies in no claim's span; None when the sentence's last draft is
    no direct quote or reaches the sentence's end."""
    if not new:
        return None
    last = max(new, key=lambda d: d.end)
    if last.kind is not ClaimKind.direct_quote or last.end >= end:
        return None
    return last


def extract_offline(article: Article) -> ClaimSet:
    """Extract claims from one article by rules alone; pure and deterministic."""
    claims = readable(_Extractor(article).run())  # (a broken rebuilt statement: its quote)
    return ClaimSet(
        article=article.id,
        extractor="offline",
        extractor_version=OFFLINE_VERSION,
        model=None,
        prompt_hash=None,
        usage=Usage(),
        claims=tuple(claims),
    )


# a verb of rejection whose object is a thing, not words: "Athletic Corvel have dismissed
# Tomas Ferrin as head coach, ending …", "The judge rejected the complaint, ruling that …"
_REJECT_VERB = re.compile(r"(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|rebut|disput)", re.I)
_CLAUSE_AFTER = re.compile(r"\s*(?:that\b|[“\"‘':])")


def _rejects_a_thing(clause: str, attr: _Attribution) -> bool:
    """Whether a leading attribution's verb rejects a thing named by a noun ("dismissed Tomas
    Ferrin as head coach", "rejected the complaint") rather than words ("denied that …",
    "rejected: '…'"): the clause after it ("…, ending a four-year spell") is the doer's
    next act, not words the verb reports, so it inherits no speaker."""
    verb = attr.verb.split()[-1] if attr.verb else ""
    return (
        _REJECT_VERB.match(verb) is not None and _CLAUSE_AFTER.match(clause, attr.verb_end) is None
    )
