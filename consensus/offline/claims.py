"""The extractor: runs the steps over an article's sentences and builds the ClaimSet."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from consensus.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimSet,
    Evidence,
    Polarity,
    Quantity,
    Span,
    TimeRef,
    Usage,
)
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline.after_quotes import INVERTED_ATTR
from consensus.offline.clause_shapes import _has_finite
from consensus.offline.compound import (
    _Piece,
    carry_lead,
    compound_pieces,
)
from consensus.offline.dates import TimesBySpan, _times
from consensus.offline.kinds import (
    _HEDGE,
    _HEDGE_KEYS,
    _OPINION,
    _OPINION_KEYS,
    _cue,
    _modifies_a_noun,
    _own_voice,
    denies,
)
from consensus.offline.names import (
    _ALWAYS_NATIONALITIES,
    _CAPSEQ,
    _DEMONYM,
    _NOT_ENTITIES,
    _is_initial,
    _learn_names,
    _possessive_groups,
    _strip_possessive,
    _title_index,
    name_tokens,
)
from consensus.offline.narrative_persons import narrative_person
from consensus.offline.phrases import phrase_facts
from consensus.offline.quantities import _quantities, _significant
from consensus.offline.quote_context import run_context
from consensus.offline.role_speakers import common_head
from consensus.offline.sentences import (
    _DATELINE,
    _FIGURE,
    _LABEL,
    _PAST,
    _QUESTION,
    _SPLIT,
    _TERMINAL_OK,
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
    is_list_item,
)
from consensus.offline.speakers import (
    _ACCORDING,
    _ACCORDING_LEAD,
    _DASH_ATTR,
    _Attribution,
    _is_direct_quote,
    _leading,
    _resolve_np,
    _Speaker,
    _State,
    _trailing,
    pronoun_person,
)
from consensus.offline.statement_checks import readable
from consensus.offline.statements import (
    _DISCOURSE,
    _close_quotes,
    _finish,
    _lower_first,
    _noun_phrase,
    _replace_roles,
    _said,
    _WordCase,
    lead_capitals,
)
from consensus.offline.story_follow import carried_subject, follow, short_subject
from consensus.offline.turns import by_surname, interviewee, turns

OFFLINE_VERSION = "offline-179"
# How the attribution line under an embedded post opens (a tweet's dash, an Instagram line)
_POST_SIGNATURE = re.compile(r"[—–-]|A post shared by\b|Posted by\b")
# articles before a description of a speaker that the statement keeps as written
_KEPT = frozenset(("the", "a", "an", "one", "his", "her", "their", "its"))


QUOTE_TAIL_WORDS = 8  # a quotation closing a line without a stop, this long, is a statement
_CLOSERS_AT_END = "”\"’')"


def _asks(sentence: str) -> bool:
    """A question: it ends with a question mark, and not one closing a quotation that opens
    after the sentence's own words ("... and that his first comment was “did you steal
    them?”" reports what was asked)."""
    m = _QUESTION.search(sentence)
    if m is None:
        return False
    opening = max(sentence.rfind("“", 0, m.start()), sentence.rfind('"', 0, m.start()))
    return opening < 0 or not _WORD.search(sentence, 0, opening)


def _ends_like_a_sentence(sentence: str) -> bool:
    """Terminal punctuation, possibly inside closing quotes or brackets ('... "dead."',
    '(... said.)'). A line that ends on a closing quote with no stop before it ("Coach
    tweeted that the airline needs 'sensitivity training'") is a caption or a heading."""
    if not sentence.endswith(_TERMINAL_OK):
        return False
    body = sentence.rstrip(_CLOSERS_AT_END + " ")
    if len(body) == len(sentence):
        return True
    if body.endswith((".", "!", "?", "…", ",", ":", ";")):
        return True
    if sentence.endswith(")"):
        return body.count("(") < sentence.count(")")
    # a quotation that runs to the end ("The coach tweeted: '... before checking the
    # facts'"), not a short quoted phrase closing a caption or a heading
    opener = max(body.rfind(q) for q in "“\"‘'")
    quoted = body[opener + 1 :] if opener > 0 else ""
    return len(quoted.split()) >= QUOTE_TAIL_WORDS


def _evidence(text: str, start: int, end: int) -> Evidence:
    quote = text[start:end]
    ev = Evidence(quote=quote, start=start, end=end)
    assert text[ev.start : ev.end] == ev.quote  # the one promise this module never breaks
    return ev


# A four-word sentence is a claim when it closes with one full stop after a word, not an
# ellipsis ("The country has been..."), and tells a past or a state by a verb in -ed or
# an auxiliary ("Armenia denied the accusation.", "There were bodies everywhere."), not a
# wish ("God bless them all.").
_FOUR_WORD_CLAIM = re.compile(r"[\w%)’'\"”]\.\s*$")
# "She was 68.": an age after the sentence naming the person, a fact once "she" resolves
_AGE_SENTENCE = re.compile(r"(?:He|She) (?:was|is) \d{1,3}\.\s*$")
_COPULA = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")


@dataclass
class _Draft:
    statement: str
    kind: ClaimKind
    speaker: str | None
    start: int
    end: int
    extra: list[tuple[int, int]] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    inner: bool = False  # one sentence of a multi-sentence quotation
    joined: bool = False  # the extra span continues the clause (an aside cut out between)
    lead_span: tuple[int, int] | None = None  # the carried subject's place in the text


_UNNAMED_SOURCE = "unnamed quoted source"
_OPENING_MARKS = ("“", '"', "„")

# A denial that names what it denies by a report noun only ("Armenia denied the
# accusation.", "Yerevan rejected the charge", "the ministry said the claim was completely
# false"): it answers the sentence before it.
_DENIES_A_REPORT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|"
    r"disputed|disputes|refuted|refutes)\s+(?:the|this|that|these|those|such)\s+"
    r"(?:[a-z]+\s+)?(?:accusations?|allegations?|charges?|claims?|reports?)\W*$"
    r"|\b(?:said|says|called)\s+(?:the|this|that|these|those|such)\s+"
    r"(?:accusations?|allegations?|charges?|claims?|reports?)\s+(?:(?:was|were|is|are)\s+)?"
    r"[\"“']?(?:(?:completely|totally|entirely|absolutely|utterly)\s+)?[\"“']?"
    r"(?:false|untrue|baseless|groundless|unfounded|fabricated|nonsense)\W*$",
    re.IGNORECASE,
)


_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]{3,}")


def _name_what_is_denied(denial: _Draft, before: list[_Draft]) -> None:
    """A denial that names what it denies by a report noun only states the sentence before
    it, which it answers, and cites it: "Armenia denied the accusation." after "Jeyhun
    Bayramov accused Armenia of shelling civilian areas overnight." reads "Armenia denied
    the accusation (Jeyhun Bayramov accused Armenia of shelling civilian areas
    overnight)." Not when the sentence before is a denial itself or a quotation's part."""
    m = _DENIES_A_REPORT.search(denial.statement)
    if m is None:
        return
    target = before[0]
    if target.inner or _DENIES_A_REPORT.search(target.statement):
        return
    # the sentence before must name the denier ("Armenian ministry" / "accused Armenia"):
    # else "the accusation" is some other one
    deniers = {w[:4].casefold() for w in _NAME_WORD.findall(denial.statement[: m.start()])}
    deniers -= {"the", "a", "an"}
    named = {w[:4].casefold() for w in _NAME_WORD.findall(target.statement)}
    if deniers and not deniers & named:
        return
    said = target.statement.rstrip(" .")
    denial.statement = f"{denial.statement.rstrip(' .')} ({said})."
    denial.extra.append((target.start, target.end))
    denial.kind = ClaimKind.denial  # ("said the claim was false" denies too)


# A statement that asks for something or predicts it is not what "he did not provide
# evidence" qualifies.
_NOT_AN_ASSERTION = re.compile(
    r"\b(?:urged?|urging|request(?:ed|s)?|asked?|appeal(?:ed|s)?|call(?:ed|s)? on|demand(?:ed|s)?|"
    r"would|could|might|may|should|will)\b",
    re.IGNORECASE,
)


def _hedge_target(drafts: list[_Draft]) -> list[_Draft]:
    """The draft a following hedge sentence qualifies: the first that asserts a state of
    affairs, else the first."""
    for d in drafts:
        if not _NOT_AN_ASSERTION.search(d.statement):
            return [d]
    return drafts[:1]


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.block: Span | None = None
        self.article = article
        self.text = article.text
        self.sentences = _split_sentences(self.text)
        self.non_claims = non_claim_spans(self.text)
        self.names = _learn_names(self.text)
        self.state = _State(genders=self.names.genders)
        self.times = _times(self.text, 0, len(self.text), article.published)
        self.time_spans = TimesBySpan(self.times)
        self.word_case: _WordCase | None = None  # built on first use
        self.drafts: list[_Draft] = []
        # a quotation running over paragraphs (`_resume_quotation`): the paragraph being
        # read, whether it goes on with the quotation, the end of the last paragraph the
        # quotation ran on from, its speaker, the drafts waiting for its speaker
        self.para = -1
        self.para_cache: tuple[int, int, int | None, int] | None = None
        self.quoted = False  # the sentence read is inside a quotation its paragraph leaves open
        self.continues = False
        self.quote_end = -2
        self.quote_speaker: str | None = None
        self.pending: list[_Draft] = []
        self.context: str | None = None  # who speaks in a run nobody in it names
        # Every capitalised sequence once: (offset, ((entity, canonical, is person), ...)).
        self.caps: list[tuple[int, tuple[tuple[str | None, str, bool], ...]]] = []
        for m in _CAPSEQ.finditer(self.text):
            tokens = m.group().split()
            if _is_initial(self.text, m.start()):
                tokens = self.names.drop_initial(tokens)
            groups = []
            for group in _possessive_groups(tokens):
                canon, person = self.names.canonical(group)
                groups.append((self.entity(group, m.start()), canon, person))
            self.caps.append((m.start(), tuple(groups)))
        self.cap_starts = [pos for pos, _groups in self.caps]
        # a transcript's or an interview's turns (turns.py), by paragraph start
        outlet = self.article.outlet or ""

        def named(end: int) -> list[str]:
            return [p for _a, p in self.persons_in(0, end, ())]

        self.turns = turns(
            self.text,
            lambda pos: interviewee(named(pos), outlet, self.text),
            lambda word: by_surname(named(len(self.text)), word, outlet),
        )

    def caps_in(
        self, start: int, end: int
    ) -> list[tuple[int, tuple[tuple[str | None, str, bool], ...]]]:
        lo = bisect.bisect_left(self.cap_starts, start)
        hi = bisect.bisect_left(self.cap_starts, end)
        return self.caps[lo:hi]

    # Entities ---------------------------------------------------------------------------------

    def persons_in(
        self, start: int, end: int, quotes: tuple[tuple[int, int], ...]
    ) -> list[tuple[int, str]]:
        """Persons named outside quotations, with their offsets relative to `start`."""
        out: list[tuple[int, str]] = []
        for pos, groups in self.caps_in(start, end):
            if _in_quotes(pos, list(quotes)):
                continue
            out.extend((pos - start, canon) for _e, canon, person in groups if person)
        return out

    def entities(self, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        if speaker:
            seen[speaker] = None
        for _pos, groups in self.caps_in(start, end):
            for name, _canon, _person in groups:
                if name:
                    seen.setdefault(name, None)
        return tuple(seen)

    def entity(self, tokens: list[str], pos: int) -> str | None:
        tokens = name_tokens(tokens)  # ("However", a caption's credit: `name_tokens`)
        if not tokens:
            return None
        clean = [_strip_possessive(t) for t in tokens]
        if _title_index(clean) == len(clean) - 1:
            # A bare role ("The Russian President"): the person, when the article names them.
            return self.names.resolve_role(clean, pos)
        name, _person = self.names.canonical(tokens)
        name = re.sub(r"\s+(?:Region|Oblast|Province)$", "", name)
        if (
            not name
            or name in _NOT_ENTITIES
            or all(_DEMONYM.fullmatch(part) for part in name.split("-"))
            or (name.isupper() and len(name) > 3)
        ):
            return None
        return name

    # Sentences --------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        prev_drafts: list[_Draft] = []
        for sent in self.sentences:
            start, end = sent.start, sent.end
            turn = self.turns.get(self._paragraph(start)[0]) if self.turns else None
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
                short_subject(self.state, sentence, self.persons_in(start, end, ()))
                continue
            if n_words == 4 and (
                embedded is not None
                or not _FOUR_WORD_CLAIM.search(sentence)
                or not _four_word_verb(sentence)
            ):
                continue  # "Armenia denied the accusation." yes; "God bless them all." no
            if (
                embedded is None
                and not _ends_like_a_sentence(sentence)
                # "* Green tea had a similar effect": a list item states it
                and not (is_list_item(self.text, start) and _is_proposition(sentence))
            ):
                continue  # a heading, standfirst or caption
            if overlaps_non_claim(self.non_claims, start, end):
                continue  # a caption, credit, gallery or page furniture (consensus.nonclaims)
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
            opener = self._paragraph(start)[2]
            # a sentence inside a quotation left open: its "He" is not the last speaker
            self.quoted = opener is not None and opener < start
            new = self.sentence(start, end, quotes, embedded)
            if new and prev_drafts and embedded is None:
                _name_what_is_denied(new[0], prev_drafts)
            self._resume_quotation(start, new)
            if turn is not None:
                for d in new:
                    d.statement = turn.without_vocatives(d.statement)
                if turn.speaker is not None:
                    _quoted_by([d for d in new if d.speaker is None], turn.speaker)
            self.drafts.extend(new)
            prev_drafts = new
            if embedded is None:  # facts a noun phrase states in passing (`phrases.py`)
                held = [(d.start, d.end) for d in new]
                facts = phrase_facts(self.text, start, end, quotes, self.names, held)
                self.drafts.extend(self.draft(f, None, a, b) for f, a, b in facts)
        if self.context:
            _quoted_by(self.pending, self.context)
        return self.finish()

    def _paragraph(self, start: int) -> tuple[int, int, int | None, int]:
        """The paragraph holding `start`: its start, its end, where a quotation that it
        leaves open opens (None: it leaves none open), and where the quotation opening it
        closes (its start when it opens with none)."""
        text = self.text
        cached = self.para_cache
        if cached is not None and cached[0] <= start < cached[1]:
            return cached  # one look per paragraph: a long one stays linear
        para = text.rfind("\n", 0, start) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        regions = _quote_regions(text, para, end, run_on=True)
        opener = None
        if regions and regions[-1][1] == end and text[regions[-1][0]] in _OPENING_MARKS:
            opener = regions[-1][0]
        closes = regions[0][1] if regions and regions[0][0] == para else para
        self.para_cache = (para, end, opener, closes)
        return self.para_cache

    def _resume_quotation(self, start: int, new: list[_Draft]) -> None:
        """A quotation spread over paragraphs: each paragraph opens with a quotation mark
        and only the last one closes it. Its speaker is named once, where it opens ('A
        spokesman said: “We were called at 6.13.' then '“We sent three crews.') or, when
        it opens unattributed, in a later paragraph ('“This is a new start.' then
        '“We will not waste a day,” he said.'). Drafts of such a paragraph without a
        speaker take that speaker; any other paragraph ends the quotation."""
        text = self.text
        para, end, opener, closes = self._paragraph(start)
        if para != self.para:
            self.para = para
            # (the paragraph right after, blank lines between or not)
            after = self.quote_end >= 0 and not text[self.quote_end : para].strip()
            self.continues = after and text[para : para + 1] in _OPENING_MARKS
            if not self.continues:
                if self.context:  # a run nobody in it names: the speaker before it
                    _quoted_by(self.pending, self.context)
                self.pending, self.quote_speaker = [], None
                last = self.state.last_quote_speaker  # (`quote_context`)
                self.context = run_context(text, para, self.continues, last)
        run_on = opener is not None
        opened = end if opener is None else opener
        # (in a paragraph going on with the quotation, only the words before it closes)
        waiting = [
            d
            for d in new
            if d.speaker is None and (d.start < closes if self.continues else d.start >= opened)
        ]
        if self.continues and self.quote_speaker is not None:
            _quoted_by(waiting, self.quote_speaker)
            waiting = []
        # the speaker of this paragraph's quotation: a quoted draft's, or the one whose
        # words open the quotation that runs on ('She told the BBC: “I was ...')
        own = next(
            (
                d.speaker
                for d in new
                if d.speaker
                and (
                    d.kind is ClaimKind.direct_quote
                    # (its span with the part after an aside cut out: "X, who …, told …: “…")
                    or (run_on and d.start <= opened < max([d.end, *(b for _a, b in d.extra)]))
                    # '“We had given up hope,” said Jane Roe, whose husband was …'
                    or (self.continues and d.start == para)
                )
            ),
            None,
        )
        if own is not None:
            _quoted_by(self.pending, own)
            self.pending, self.quote_speaker = [], own
        if run_on:
            self.quote_end = end
        if run_on or self.continues:
            self.pending.extend(waiting)

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
            return [self.draft(f"{author} wrote: {body}", author, a, b)]
        self.block = embedded  # a quoted document: its sentences keep their own attributions
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
            new, attr, seen = self.clause(cs, ce, cq, None if piece.own else inherited, piece)
            if piece.own:
                # a relative clause or aside of the sentence ("…, who has studied the basin for
                # 20 years"): the next bare quotation is still the speaker's before it
                self.state.last_quote_speaker = self.state.last_quote_speaker or quoting
                drafts.extend(new)
                continue
            if attr is not None and attr.kind == "leading":
                inherited = attr
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
        """Whether the clause names its speaker after its content ("…, Zakharova said")."""
        if attr.kind in ("trailing", "according"):
            return attr.content is not None and attr.content[0] == 0
        if attr.kind != "leading" or attr.np_span is None or attr.np_span[0] == 0:
            return False
        before = clause[: attr.np_span[0]].rstrip()
        after = clause[attr.verb_end :]
        return before.endswith(",") and len(_WORD.findall(after)) <= 6

    def _attribute(self, d: _Draft, attr: _Attribution) -> _Draft:
        body = d.statement
        first = body.split(" ", 1)[0]
        if first not in self.names.name_words:
            body = self._lower(body)  # "Typhoon Lira slammed ...": a name keeps its case
        name = attr.speaker.name
        said = f"{_named(name)} {_said(attr.verb)} that {body}"
        new = self.draft(said[:1].upper() + said[1:], name, d.start, d.end)
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
        spans: list[tuple[int, int]] = []
        s = start
        for a, b in cuts:
            left = self.text[s:a]
            right_end = end
            if _is_proposition(left) and _is_proposition(self.text[b:right_end]):
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
            for p, n in self.persons_in(real_cs, ce, tuple(quotes))
            if hole is None or not hole[0] <= p + real_cs < hole[1]
        ]
        attr: _Attribution | None = None
        starts_with_quote = clause[:1] in '“„"'
        verb_first = _VERB_FIRST.match(clause)
        if verb_first and inherited is not None:
            verb = _PAST.get(verb_first.group(1), verb_first.group(1))
            attr = _Attribution(
                inherited.speaker, "subject", None, verb, (verb_first.end(), len(clause))
            )
        m = _ACCORDING_LEAD.match(clause)
        if m and attr is None:
            spk = _resolve_np(m.group("src"), cs + m.start("src"), self.names, state)
            if spk is not None:
                attr = _Attribution(spk, "according", None, "said", (m.end(), len(clause)))
        if attr is None and not starts_with_quote:
            attr = _leading(clause, cs, rel_quotes, self.names, state, persons)
        if attr is None:
            m = INVERTED_ATTR.search(clause)
            if m and m.start() > 0 and not _in_quotes(m.start("verb"), rel_quotes):
                spk = None
                if m.group("name"):  # "said the spokeswoman, Mei Lanfang"
                    spk = _resolve_np(m.group("name"), cs + m.start("name"), self.names, state)
                if spk is None or not spk.person:
                    spk = _resolve_np(m.group("np"), cs + m.start("np"), self.names, state)
                if spk is not None:
                    content_end = m.start() + (1 if clause[m.start()] in '”"' else 0)
                    attr = _Attribution(
                        spk,
                        "trailing",
                        (m.start("np"), m.end("np")),
                        m.group("verb"),
                        (0, content_end),
                    )
        if attr is None:
            attr = _trailing(clause, cs, rel_quotes, self.names, state, persons)
        if attr is None:
            m = _DASH_ATTR.search(clause)
            if m and m.start() > 0:
                spk = _resolve_np(m.group("np"), cs + m.start("np"), self.names, state)
                if spk is not None:
                    attr = _Attribution(spk, "dash", (m.start("np"), m.end("np")))
        if attr is None:
            m = _ACCORDING.search(clause)
            if m:
                # "according to the Baking Federation, a trade group": the
                # name before its appositive, else the last part
                parts = m.group("src").split(", ")
                spk = None
                # ("according to X, the head of the town council": a description with no
                # verb of its own, never "according to X, the ferry left ...")
                appositive = all(
                    _ARTICLE_LOWER.match(p)
                    and len(p.split()) <= 8
                    and not _has_finite(p, 0, len(p))
                    for p in parts[1:]
                )
                for src in dict.fromkeys((parts[0], parts[-1]) if appositive else parts[-1:]):
                    spk = _resolve_np(src, cs + m.start("src"), self.names, state)
                    if spk is not None:
                        break
                if spk is not None:
                    attr = _Attribution(spk, "according", None, "said", (0, m.start()))
        quoted = sum(qe - qs for qs, qe in quotes)
        whole_quote = starts_with_quote and quoted >= 0.8 * len(clause)
        if attr is None and whole_quote and state.last_quote_speaker:
            attr = _Attribution(_Speaker(state.last_quote_speaker, True), "context")
        if attr is None and inherited is not None and not _own_voice(clause):
            # "He emphasized that X, but Y": Y is still his.
            attr = _Attribution(inherited.speaker, "inherited", None, inherited.verb)
        if attr is None and self.block is not None:
            # Unattributed text of a quoted document is its author's, never the outlet's.
            author = self.block.author or _UNNAMED_SOURCE
            attr = _Attribution(_Speaker(author, False), "block", None, "wrote")

        speaker = attr.speaker.name if attr else None
        is_quote = _is_direct_quote(clause, attr, rel_quotes, starts_with_quote)

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
                    body = text[a2:b2]
                    n_words = len(_WORD.findall(body))
                    # "Others are injured.": a short quoted sentence with a verb still counts.
                    if n_words < 3 or (n_words < 5 and not _COPULA.search(body)):
                        continue
                    if body.endswith("?"):
                        continue
                    stmt = f"{_named(attr.speaker.name)} {_said(attr.verb)}: “{body}”"
                    start = a2
                    if not drafts and setting:
                        # "Speaking outside the hospital, where he was treated for broken
                        # ribs, he added: “…”": the setting stays with the first sentence
                        stmt, start = setting + stmt, real_cs
                    else:
                        stmt = stmt[:1].upper() + stmt[1:]  # "The witness said: “…”"
                    draft = self.draft(stmt, speaker, start, b2, direct=True)
                    draft.inner = True
                    drafts.append(draft)
        if not drafts:
            stmt = self.statement(clause, cs, attr, rel_quotes)
            if hole is None:
                d = self.draft(stmt, speaker, real_cs, real_ce, direct=is_quote)
                d.lead_span = piece.lead_span if piece is not None else None
                drafts.append(d)
            else:
                # Cites the clause around the aside: its two parts.
                d = self.draft(stmt, speaker, real_cs, hole[0], direct=is_quote)
                d.extra.append(_trim(text, hole[1], real_ce))
                d.joined = True
                drafts.append(d)

        if attr is None and piece is not None:
            persons = carried_subject(state, piece.lead, persons)
        if not persons and (attr is None or not attr.speaker.person):
            # "Kartik and his family managed to escape. He said: …" (`narrative_persons`)
            named = narrative_person(clause, self.names, self.text[real_ce : real_ce + 160])
            persons = [(0, named)] if named else persons
        follow(state, attr, clause, rel_quotes, persons, (is_quote, starts_with_quote))
        return drafts, attr, clause

    def statement(
        self, clause: str, cs: int, attr: _Attribution | None, quotes: list[tuple[int, int]]
    ) -> str:
        if attr is None or attr.kind in ("leading", "inherited"):
            if attr is not None and attr.np_span is not None:
                a, b = attr.np_span
                np = clause[a:b]
                # "the Ukrainian General Staff" reads better than the bare canonical name.
                # (as does "A spokesperson from the British Transport Police")
                keep = not attr.speaker.person and (
                    np.split(" ", 1)[0].lower() in _KEPT
                    # "Prosecutors in Eastport said", "Online lender Brightbank says": the
                    # body's name as written, with what the text says of it
                    or (len(np) > len(attr.speaker.name) and attr.speaker.name in _unowned(np))
                )
                body = clause if keep else clause[:a] + attr.speaker.name + clause[b:]
            else:
                body = clause
            body = _DISCOURSE.sub("", body)
            if attr is None:
                body = self._resolve_leading_pronoun(body)
            if attr is not None and attr.kind == "inherited":
                body = f"{_named(attr.speaker.name)} {_said(attr.verb)} that {self._lower(body)}"
            body = self._normalise_caps(body.lstrip())  # "RUSSIA will spare …"
            return _finish(_replace_roles(_close_quotes(body), cs, self.names))
        if attr.kind == "subject" and attr.content is not None:
            a, b = attr.content
            content = _replace_roles(_close_quotes(clause[a:b].strip()), cs, self.names)
            return _finish(f"{attr.speaker.name} {attr.verb} {content}")
        if attr.kind in ("trailing", "according") and attr.content is not None:
            a, b = attr.content
            content = _DISCOURSE.sub("", clause[a:b].strip())
            resumed = _RESUMED_QUOTE.match(clause, attr.np_span[1] if attr.np_span else b)
            if resumed is not None and content[-2:] in (",”", ',"'):
                # '“Without trucks,” the group says, “America stops.”': one quotation
                content = f"{content[:-1]} {resumed.group('rest')}"
            content = _replace_roles(_close_quotes(content), cs, self.names)
            content = self._normalise_caps(content)
            if attr.kind == "according":
                named = _named(attr.speaker.name)
                if clause.startswith("According to the ") and not named.startswith("the "):
                    named = f"the {named}"  # "According to the Institute for Fiscal Research"
                return _finish(f"According to {named}, {self._lower(content)}")
            return _finish(f"{_named(attr.speaker.name)} {_said(attr.verb)} {self._lower(content)}")
        body = _DISCOURSE.sub("", clause)
        return _finish(f"{_named(attr.speaker.name)} {_said(attr.verb)}: {_close_quotes(body)}")

    def _lower(self, s: str) -> str:
        if self.word_case is None:
            self.word_case = _WordCase(self.text)
        return _lower_first(s, self.word_case)

    def _resolve_leading_pronoun(self, body: str) -> str:
        m = re.match(r"(He|She)\b(['’]s\b)?", body)
        if m is None or self.state.other_named or self.quoted:
            return body  # (after "X said Y had ...", "He must pay" may be X or Y)
        person = pronoun_person(m.group(1), self.state)
        if not person:
            return body
        rest = body[m.end() :]
        if m.group(2):  # "He's meeting" is "X is meeting", never "X's meeting"
            aux = "has" if re.match(r"\s+(?:been|got|had|done|said|told)\b", rest) else "is"
            return f"{person} {aux}{rest}"
        return person + rest

    def _normalise_caps(self, s: str) -> str:
        word = s.split(" ", 1)[0]
        if word.isupper() and len(word) > 3 and word.title() in self.names.name_words:
            return word.title() + s[len(word) :]
        after = s[len(word) + 1 : len(word) + 2]
        if (after.islower() or after.isupper()) and lead_capitals(word, after, self.text):
            return word.title() + s[len(word) :]  # "AT least 20 people died"
        return s

    def draft(
        self,
        statement: str,
        speaker: str | None,
        start: int,
        end: int,
        direct: bool = False,
    ) -> _Draft:
        a, b = _trim(self.text, start, end)
        while b > a and self.text[b - 1] in ",;":
            b -= 1
        body = self.text[a:b]
        if denies(body):
            kind = ClaimKind.denial
        elif speaker is not None and direct:
            kind = ClaimKind.direct_quote
        elif any(_significant(q) for q in self._qty(a, b)):
            kind = ClaimKind.quantity
        elif speaker is not None:
            kind = ClaimKind.reported_statement
        elif _cue(_OPINION, _OPINION_KEYS, body):
            kind = ClaimKind.opinion
        else:
            kind = ClaimKind.event
        d = _Draft(statement, kind, speaker, a, b)
        d.extra = []
        return d

    def _qty(self, a: int, b: int) -> list[Quantity]:
        masked = self.time_spans.overlapping(a, b)
        return _quantities(self.text, a, b, masked)

    # Output -------------------------------------------------------------------------------------

    def finish(self) -> list[Claim]:
        claims: list[Claim] = []
        by_statement: dict[str, int] = {}
        for d in self.drafts:
            if len(d.statement) < 3 or " " not in d.statement.strip():
                continue  # (one word, "Wren" cut from "Wren, who ..., had ...": no claim)
            a, b = d.start, d.end
            body = self.text[a:b]
            hedges = d.hedges
            if _cue(_HEDGE, _HEDGE_KEYS, body):
                found = [m for m in _HEDGE.finditer(body) if not _modifies_a_noun(body, m)]
                hedges = [m.group() for m in found] + hedges
            time = self.time_spans.first_within(a, b)
            if time is None and d.inner:
                # A quoted sentence takes its time from the attribution around it
                # ("In a March 14 post on Truth Social, Trump stated: …").
                time = self._context_time(a)
            entities = self.entities(a, b, d.speaker)
            if d.lead_span is not None:
                # "Rebels captured …" names the rebels although the span ("capturing …") does not.
                carried = self.entities(*d.lead_span, None)
                first = entities[:1] if d.speaker else ()
                entities = tuple(dict.fromkeys(first + carried + entities))
            quantities = self._qty(a, b)
            if d.joined:  # the rest of the clause after an aside
                for s2, e2 in d.extra:
                    more = self.entities(s2, e2, None)
                    entities = tuple(dict.fromkeys(entities + more))
                    quantities += self._qty(s2, e2)
                    if time is None:
                        time = self.time_spans.first_within(s2, e2)
            subject = (
                d.speaker
                if d.speaker
                and d.kind
                in (ClaimKind.reported_statement, ClaimKind.direct_quote, ClaimKind.denial)
                else None
            )
            if subject is None:
                subject = next((e for e in entities if e != d.speaker), None) or d.speaker
            if subject is None:
                subject = _noun_phrase(d.statement)
            evidence = [_evidence(self.text, a, b)]
            evidence += [_evidence(self.text, s, e) for s, e in d.extra]
            claim = Claim(
                statement=d.statement,
                kind=d.kind,
                subject=subject,
                entities=entities,
                speaker=d.speaker,
                polarity=Polarity.denies if d.kind is ClaimKind.denial else Polarity.asserts,
                hedges=tuple(dict.fromkeys(hedges)),
                quantities=tuple(quantities),
                time=time,
                evidence=tuple(evidence),
            )
            if d.statement in by_statement:
                # The same sentence twice (repeated standfirsts): one claim, more evidence.
                i = by_statement[d.statement]
                old = claims[i]
                claims[i] = old.model_copy(update={"evidence": old.evidence + claim.evidence})
                continue
            by_statement[d.statement] = len(claims)
            claims.append(claim)
        return claims

    def _context_time(self, pos: int) -> TimeRef | None:
        for sent in self.sentences:
            if sent.start <= pos < sent.end:
                for s, e, t in self.times:
                    if sent.start <= s and e <= sent.end and not _in_quotes(s, list(sent.quotes)):
                        return t
        return None


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


# an appositive description: "an industry group", "a local newspaper"
_ARTICLE_LOWER = re.compile(r"(?:an?|the)\s+[a-z]")
# the rest of a quotation that a trailing attribution interrupts: '…,” she said, “…”'
_RESUMED_QUOTE = re.compile(r"[^“”\"]*?,\s*[“\"](?P<rest>[^“”\"]+[”\"])\s*$")


def _unowned(np: str) -> str:
    """A noun phrase without its possessive endings ("St Anne's Hospital" -> "St Anne
    Hospital"), as the names of speakers are written."""
    return " ".join(_strip_possessive(w) for w in np.split())


def _quoted_by(drafts: list[_Draft], speaker: str) -> None:
    """Drafts of a quotation's paragraphs, now that its speaker is known."""
    for d in drafts:
        body = d.statement if d.statement[:1] in _OPENING_MARKS else f"“{d.statement}”"
        said = f"{_named(speaker)} said {body}"
        d.statement = said[:1].upper() + said[1:]
        d.speaker, d.kind = speaker, ClaimKind.direct_quote


def _named(speaker: str) -> str:
    """How a statement names its speaker: a body named by a common noun takes its article
    back ("the health ministry said", "according to the airline"); a name or a plural
    stands alone."""
    if speaker.endswith("s") and not speaker.endswith("ss"):
        return speaker  # "fire officials said", "according to aid groups"
    first, _, rest = speaker.partition(" ")
    demonym = _DEMONYM.fullmatch(first) or first in _ALWAYS_NATIONALITIES
    if speaker[:1].islower() or (demonym and rest[:1].islower()) or common_head(speaker):
        return f"the {speaker}"  # "the German foreign ministry", "the Nato spokesman"
    return speaker
