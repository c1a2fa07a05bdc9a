"""Step 3: a compound sentence -> one clause per proposition, with what each clause leaves out.

English coordinates propositions without repeating what they share; a claim must say it
again. Each cut here yields a `_Piece`: its own span of the article (what it cites) and a
`lead`, the words it needs in front to be read alone (the subject of the clause before, a
participle turned into a past verb, an auxiliary a gapped clause leaves out):

* two independent clauses: "A tram derailed and three people have been rescued";
* a verb phrase sharing the subject: "The firm confirmed receipt and said it would review"
  -> "The firm said it would review";
* a gapped passive: "seven were killed and 50 taken to hospital" -> "50 were taken to hospital";
* a participial tail: "a bomber rammed a truck into the gate, killing six and wounding 120"
  -> "a bomber killed six", "a bomber wounded 120" (never after a passive clause: "seven
  were killed, prompting ..." has no agent to carry);
* "X said A and that B" -> B, which keeps X as its speaker (the caller inherits it);
* a relative clause after a noun phrase: "after the crash, which happened at rush hour" ->
  "the crash happened at rush hour"; in the middle of a sentence it is cut out of it
  ("The firm, which has begun to move, called the bid final" -> two claims), also from the
  subject of a second clause ("and the curfew, which was due to end, will be extended");
  a closing "where" clause puts its place in front ("near the old harbour, where a ferry
  sank" -> "In the old harbour, a ferry sank");
* "X said it A and would B": the reported pronoun is B's subject too, and X reports B;
* a relative clause that names who says it: "into the air strike on Tarsel, which local
  authorities say killed 12" -> "Local authorities say the air strike on Tarsel killed 12",
  theirs (`said_clauses.py`);
* a "with" absolute: "..., with CEO X dismissing the bid" -> "CEO X dismissed the bid";
* a "when"/"after" clause with its own subject: "nine died when a bus left the road" ->
  "nine died", "a bus left the road" (not "only after ...", "at a time when ...", "since
  1999, when ...": those qualify the word before them);
* a clause the sentence splitter cut at ", but" / "; " that opens with its verb takes the
  subject of the clause before it (`carry_subject`).

A piece marked `own` (the outlet's relative clause or "with" absolute, the agent's own act:
"X said A, and declined to comment") never takes the speaker of the clause before it.

Only grammar is read (`grammar.py`), never one story; no cut inside a quotation or when unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consensus.offline.agreement import speaker_continues
from consensus.offline.and_cuts import and_clause
from consensus.offline.but_fragments import opens_a_fragment
from consensus.offline.clause_shapes import (
    _DAY_THAT,
    _content_start,
    _counted_gap,
    _has_finite,
    _has_subordinator,
    _independent,
    _independent_around_aside,
    _is_tail_attribution,
    _last_comma,
    _passive_aux,
    _present_predicate,
    _pronoun_present,
    _tail_attribution,
    _unbalanced_quote,
)
from consensus.offline.compared_leads import compared_lead
from consensus.offline.embedded_subordinates import outer_verb_follows
from consensus.offline.fact_cuts import (
    after_a_date,
    appositive_segment,
    closed_dash_aside,
)
from consensus.offline.grammar import (
    _ADVERBS,
    _AUX_RE,
    _DENIES,
    _DETERMINERS,
    _ING_PAST,
    _INTRO,
    _NOT_CARRIED,
    _NOT_IN_NP,
    _NOT_PARTICIPLES,
    _OBJECTS,
    _PRESENT,
    _PRONOUN_SUBJECTS,
    _QUANTIFIERS,
    _SPEECH,
    _SPEECH_ACTS,
    _SPEECH_WORD,
    _WORD_TOKEN,
    _first_comma,
    _is_finite,
    _is_past,
    _np_ok,
    _past_of,
    _words,
)
from consensus.offline.modal_share import modal_lead
from consensus.offline.participle_doers import denial_reason, participle_doer
from consensus.offline.prep_relatives import PREP_RELATIVE_CUT, prep_lead, prep_of_cut, where_lead
from consensus.offline.pronoun_leads import pronoun_lead
from consensus.offline.reported_but import reported_then_reporting
from consensus.offline.said_clauses import place_start, said_speaker
from consensus.offline.sentences import _DENIAL_VERBS, _in_quotes
from consensus.offline.subjects import MAX_SUBJECT_WORDS, clause_subject, span_of
from consensus.offline.subordinate_cuts import (
    MORE_SUBORDINATE_CUT,
    MORE_SUBORDINATORS,
    bound_as,
    own_clause,
    relative_before,
)
from consensus.offline.timed_antecedents import time_tail, timed_antecedent

# Where a sentence may be cut: "and"/"but" (comma or not; not "aged 34 and 41, were"), a
# comma before an -ing word.
_COORD = re.compile(r"(?:,\s+|(?<!\s)\s+)(?:and|but)\s+(?!\d[\d.]*,\s)(?:that\s+)?")
_PARTICIPLE_CUT = re.compile(r",\s+(?=[a-z]+ing\b)")
_RELATIVE_CUT = re.compile(r",\s+(?:which|who|where)\s+")
# "..., a charge Vastia denies" / ", which the government has denied" / ", something his
# family disputes" / ", a charge the court's spokeswoman, Lena Varga, rejected": the accused
# side's denial told in a tail of the accusation.
_WHO = (
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
    r"|(?:his|her|its|their|the)\s+[a-z]+(?:['’]s)?"
    r"(?:\s+(?!has\b|have\b|had\b|strongly\b|repeatedly\b|vehemently\b|flatly\b)[a-z]+)?"
)
# the name after a role in commas: ", a charge the court's spokeswoman, Lena Varga, rejected"
_WHO_NAMED = r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2},)?"
_DENIED_TAIL_CUT = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<noun>charges?|claims?|allegations?|accusations?|"
    r"assertions?|accounts?|something|which)\s+(?:that\s+|which\s+)?"
    rf"(?P<who>{_WHO}){_WHO_NAMED}\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:strongly|repeatedly|vehemently|flatly|always)\s+)?"
    r"(?P<verb>denie[sd]|deny|rejects?|rejected|disputes?|disputed)\b"
)
# "..., with another 1,000 troops coming from partner countries": an absolute phrase.
_WITH_CUT = re.compile(r",\s+with\s+")
# "seven were killed when a tram derailed": a subordinate clause with its own subject.
_SUBORDINATE_CUT = re.compile(r",?\s+(?:when|after)\s+")
# Words that bind a subordinate clause to the word before it ("only after", "shortly after").
_DEGREE = frozenset("only just even partly shortly soon long well right mainly largely".split())
_TIME_NOUNS = frozenset("time times day days moment year years period point night week".split())
_ABSOLUTE = re.compile(r",\s+(?:with\s|[a-z]{3,}ing\b)")
# "who asked not to be named": why a source is unnamed, no claim of the story
_ANONYMITY = re.compile(
    r"(?:asked|declined|did not want|does not want|refused|wished)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)|(?:spoke|speaks|was speaking)\s+on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)"
)
_REJECTING = re.compile(r"(denying|dismissing|rejecting|refuting)\b")
# "38 micrograms, almost twice the limit of 20", "9,800 last year, up from 6,200 in 2015":
# a second figure set against the clause's own, told in a phrase after a comma
_COMPARED_CUT = re.compile(
    r",\s+(?=(?:"
    r"(?:(?:almost|nearly|about|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:twice|double|half|(?:two|three|four|five|ten)\s+times)\s+(?:the|its|their|that)|"
    r"(?:an?\s+)?(?:higher|lower|bigger|smaller|larger)\s+(?:[a-z]+\s+)?than|"
    r"within\s+the|on\s+top\s+of|in\s+addition\s+to|"
    r"(?P<led>against|(?:up|down)\s+from|compared\s+(?:with|to)))\b)"
)
_TAIL_DIGIT = re.compile(r"\d")
MIN_PIECE_WORDS = 3  # the words a piece needs of its own text, lead aside


@dataclass
class _Piece:
    """One clause: its span of the article and the words that make it read alone."""

    start: int
    end: int
    lead: str = ""  # put before the clause text...
    skip: int = 0  # ...in place of its first `skip` characters
    participle: bool = False  # the piece is a participial tail turned into a past verb
    subject: str = ""  # the subject a following tail carries
    hole: tuple[int, int] | None = None  # a relative clause inside it, cut out
    own: bool = False  # the outlet's own words: never a speaker's from a clause around it
    lead_span: tuple[int, int] | None = None  # where the carried subject stands in the text
    said: str = ""  # "X said that ": the lead of a clause "X said A and that B" gives B ...
    said_span: tuple[int, int] | None = None  # ... when X is no speaker to inherit
    reported: tuple[int, int] | None = None  # "X said" of a clause it shares a modal with
    modal: bool = False  # its lead ends with a modal the clause before shares with it


def compound_pieces(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], lead_ok: bool = True
) -> list[_Piece]:
    """Cut text[start:end] (one clause of a sentence) into propositions; see the module
    docstring. `lead_ok=False` (a quotation's own words) allows only cuts that need no
    lead."""
    cuts: list[tuple[int, int, str]] = []
    for m in _COORD.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "coord"))
    for m in _PARTICIPLE_CUT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "participle"))
    for m in _RELATIVE_CUT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "relative"))
    for m in PREP_RELATIVE_CUT.finditer(text, start, end):  # "in which" (`prep_relatives`)
        cuts.append((m.start(), m.end(), "relative"))
    for m in _WITH_CUT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "with"))
    for m in _SUBORDINATE_CUT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "subordinate"))
    for m in MORE_SUBORDINATE_CUT.finditer(text, start, end):  # (`subordinate_cuts`)
        cuts.append((m.start(), m.end(), "subordinate"))
    denied_tails = {m.start(): m for m in _DENIED_TAIL_CUT.finditer(text, start, end)}
    cuts.extend((a, denied_tails[a].end(), "denied") for a in denied_tails)
    for m in _COMPARED_CUT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "compared_led" if m.group("led") else "compared"))
    cuts.sort()
    pieces = [_Piece(start, end)]
    asides: list[_Piece] = []  # relative clauses cut out of the middle of a piece
    for a, b, how in cuts:
        cur = pieces[-1]
        if a <= cur.start or b >= end or _in_quotes(a, quotes):
            continue
        if cur.hole is not None and a < cur.hole[1]:
            continue
        if _unbalanced_quote(text, start, a):
            continue  # inside a quotation that the sentence splitter could not close
        tail = text[cur.start : a].rstrip()
        if tail.endswith(("-", "—", "–", ":")) and not (
            how == "coord" and closed_dash_aside(text, cur.start, a) and _verb_next(text, b)
        ):
            continue  # ("... long - the paper gives 1.1 m - and carried": `fact_cuts`)
        if how == "denied":
            if lead_ok:
                cur.end = a
                pieces.append(_denied_tail(denied_tails[a], end))
            continue
        if how.startswith("compared"):
            compared = _compared_tail(text, cur, a, b, end, how == "compared_led")
            if compared is not None and lead_ok:
                cur.end = a
                pieces.append(compared)
            continue
        if how == "relative":
            if lead_ok:
                rel = _relative(text, cur, a, b, end)
                if rel is not None and rel.end < end:
                    cur.hole = (a, _next_start(text, rel.end))
                    if not _ANONYMITY.match(text, rel.start):
                        asides.append(rel)  # (who asked not to be named: no claim)
                elif rel is not None:
                    cur.end = a
                    pieces.append(rel)
            continue
        new = _cut(text, cur, a, b, end, how, quotes, lead_ok)
        if new is not None:
            cur.end = a
            pieces.append(new)
    return sorted(pieces + asides, key=lambda p: p.start)


def _verb_next(text: str, b: int) -> bool:
    """Whether the word at `b` is a finite verb ("and carried ...")."""
    m = _WORD_TOKEN.match(text, b)
    return m is not None and _is_finite(m.group())


def _compared_tail(
    text: str, cur: _Piece, a: int, b: int, end: int, led: bool = False
) -> _Piece | None:
    """ "..., almost twice the limit of 20": a phrase (no verb of its own up to the next
    comma) that sets a figure against a figure of the clause before it; `led` ("against",
    "up from" ...), only with the lead that makes it a sentence (`compared_leads`)."""
    stop = text.find(",", b, end)
    stop = stop if stop >= 0 else end
    digits = _TAIL_DIGIT.search(text, b, stop) and _TAIL_DIGIT.search(text, cur.start, a)
    if not (digits or led):  # (`compared_lead` reads number words too: "up from six")
        return None
    if _has_finite(text, b, stop):
        return None
    if not led:
        return _Piece(b, end, own=True)
    if _has_finite(text, b, b + _first_comma(text[b:end], end - b)):
        return None  # (past a thousands separator: "up from 6,200 it gave")
    if cur.hole is not None:
        return None
    found = compared_lead(text, (cur.lead, cur.start + cur.skip, a), b, end)
    return None if found is None else _Piece(b, end, found[0], found[1], own=True)


def _denied_tail(m: re.Match[str], end: int) -> _Piece:
    """ ", a charge Vastia denies" -> "Vastia denies the charge"; ", which the government
    has denied" -> "The government has denied it": the denier's own claim (never the
    accuser's speaker), citing the tail."""
    noun = m.group("noun")
    what = "it" if noun in ("which", "something") else f"the {noun}"
    denies = m.string[m.end("who") : m.end("verb")].strip()
    gap = "" if denies.startswith(",") else " "  # (", Lena Varga, rejected")
    lead = f"{m.group('who')}{gap}{denies} {what}"
    start = m.start("noun")
    return _Piece(start, end, lead[:1].upper() + lead[1:], m.end("verb") - start, own=True)


def _next_start(text: str, pos: int) -> int:
    """The offset after the comma and spaces that close a relative clause at `pos`."""
    m = re.match(r",\s*", text[pos:])
    return pos + (m.end() if m else 0)


_SELF_OBJECT = re.compile(r"\s+(?:it|itself|themselves)\b")


def _blanked(text: str, a: int, b: int) -> str:
    """`text` with text[a:b] (a relative clause cut out of a clause) turned to spaces, so
    offsets hold and the clause's grammar reads as if it were not there."""
    return text[:a] + " " * (b - a) + text[b:]


def _participle(
    text: str, cur: _Piece, a: int, b: int, end: int, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """ ", killing six" -> "<subject> killed six"."""
    first = _WORD_TOKEN.match(text, b)
    if first is None:
        return None
    verb = first.group()
    if verb.lower() in _NOT_PARTICIPLES or len(verb) < 6 or not verb.endswith("ing"):
        return None
    if verb.lower() not in _SPEECH_ACTS and _SELF_OBJECT.match(text, first.end(), end):
        # "The fire scorched 95,000 acres, making it one of the largest": "it" is the
        # subject itself, so "The fire made it one of the largest" garbles the sentence.
        return None
    rest = text[b:end]
    # (a thousands separator stops the tail too: reading past it, ", leaving 55,000 stranded",
    # was measured in session 48 and cost an agreed fact and a dispute on the training floors)
    comma = rest.find(",")
    if comma >= 0:
        # The tail runs to the end of the clause, or to the speaker named after it.
        if not _is_tail_attribution(rest[comma + 1 :]):
            return None
    speech = verb.lower() in _SPEECH_ACTS
    if speech and _DENIES.search(text, cur.start, a) and not denial_reason(text, b, end):
        # "denied A, describing it as a fabrication": one denial, its words (a reason with a
        # subject of its own is a claim apart: ", saying the gate was open", `denial_reason`)
        return None
    subj: str | None
    if cur.participle:
        # "..., killing six and wounding 120": the second tail has the first one's agent,
        # unless the first is a phrase with a gerund of its own ("reflecting A of cutting B").
        if any(w.endswith("ing") for w in _WORD_TOKEN.findall(text[cur.start : a])[1:]):
            return None
        subj = cur.subject
    else:
        if cur.lead:
            return None
        # (a relative clause cut out of the clause, "The coach, which was carrying 48
        # pilgrims, left the road, killing 12", is read as blanks: the coach killed them)
        seen = text if cur.hole is None else _blanked(text, *cur.hole)
        said_by = _tail_attribution(seen, cur.start, a)
        content = _content_start(seen, cur.start, a, quotes)
        if said_by is not None:
            subj = said_by if speech else None
        elif speech:
            # Whose words the tail reports: the subject of the main clause ("the NAACP
            # issued an advisory, claiming ..."), unless another clause stands between.
            clear = content > cur.start or not (
                _has_subordinator(seen, cur.start, a) or _ABSOLUTE.search(seen, cur.start, a)
            )
            subj = clause_subject(seen, cur.start, a) if clear else None
        elif (
            _passive_aux(seen, content, a) is not None
            or _has_subordinator(seen, content, a)
            or not _has_finite(seen, content, a)
            # "X came under pressure, with a counteroffensive wresting land, denying the city
            # ...": after another absolute or participle the tail may be its.
            or _ABSOLUTE.search(seen, content, a) is not None
        ):
            return None  # no agent to carry, or not sure which clause the tail belongs to
        else:  # whose act the tail tells: the subject, a perceived object, or no cut
            subj = participle_doer(seen, content, a, b, clause_subject(seen, content, a), cur.start)
    if not subj:
        return None
    lead = f"{subj} {_past_of(verb)}"
    span = cur.lead_span if cur.participle else span_of(text, subj, cur.start, a)
    # A speech act has its own agent: it does not report what a clause before reports.
    return _Piece(
        b, end, lead, len(verb), participle=True, subject=subj, own=speech, lead_span=span
    )


def _cut(
    text: str,
    cur: _Piece,
    a: int,
    b: int,
    end: int,
    how: str,
    quotes: list[tuple[int, int]],
    lead_ok: bool,
) -> _Piece | None:
    right_words = _WORD_TOKEN.findall(text[b:end])
    if len(right_words) < MIN_PIECE_WORDS - 1:
        return None
    first = right_words[0]
    if how == "with":
        return _absolute(text, cur, b, end) if lead_ok else None
    if how == "subordinate":
        return _subordinate(text, cur, a, b, end, quotes)
    if how == "participle" or (cur.participle and first.endswith("ing")):
        return _participle(text, cur, a, b, end, quotes) if lead_ok else None
    # "and"/"but": the left clause must say something of its own, the last of its
    # comma-separated segments included ("As they ..., Ann and Bob were").
    left_start = cur.start + cur.skip
    content = _content_start(text, left_start, a, quotes)
    day = _DAY_THAT.match(text, content, a) if content > left_start else None
    content = day.end() if day else content  # ("X said on Monday that A and that B")
    last_segment = max(content, _last_comma(text, left_start, a) + 1)
    if text[a] == "," and last_segment > content and appositive_segment(text, last_segment, a):
        # ("... were installed last year, a record, and ...": `fact_cuts`)
        last_segment = max(content, _last_comma(text, left_start, last_segment - 1) + 1)
    if _ACCORDING_SEGMENT.match(text, last_segment, a) and last_segment > content:
        # ("... since 2023, according to the ministry, and fines ... had been levied": the
        # source's phrase says nothing of its own; the segment before it does)
        last_segment = max(content, _last_comma(text, left_start, last_segment - 1) + 1)
    shared = (
        None
        if cur.lead or not lead_ok or text[b - 5 : b] == "that "
        else (modal_lead(text, left_start, content, a, b, end, text[a] == ","))
    )
    if shared is not None:  # "will close A and cut B": "will cut B" (`modal_share`)
        if not shared[0]:
            return None
        rep = (left_start, content) if content > left_start else None
        return _Piece(b, end, shared[0], 0, lead_span=shared[1], reported=rep, modal=True)
    if not cur.modal and (
        not _has_finite(text, content, a) or not _has_finite(text, last_segment, a)
    ):
        return None  # (a bare verb after a shared modal has its verb in the lead)
    left_words = _words(text, left_start, a)
    comma = text[a] == ","
    if len(left_words) < MIN_PIECE_WORDS:
        return None
    if content == left_start and _content_start(text, left_start, a, quotes, False) > content:
        # "X said the driver and two passengers were ...": what was said runs on after "and";
        # only the speaker's next act is a clause of its own ("warned A and canceled B").
        return _verb_phrase(text, left_start, left_start, a, b, end, first, comma, left_words)
    if _has_subordinator(text, content, a) and not comma:
        return None  # "if the two companies agree but the deal is blocked"
    if not comma and any(w[2].lower() == "between" for w in left_words[-6:]):
        return None  # "a truce between the army and the rebels can be signed"
    if text[a:b].rstrip().endswith("that"):
        # "X said A and that B": B is X's too (the caller inherits the speaker; when X is
        # no speaker it names, "X said that" goes before B: "Marvia's commerce ministry
        # said ... and that it would respond")
        if content <= left_start and cur.reported is not None:
            left_start, content = cur.reported  # ("X said A would B and C, and that D")
        if content <= left_start:
            return None
        return _said_piece(text, left_start, content, b, end)
    gapped = _counted_gap(text[b:end], passive_only=True) if lead_ok and not cur.lead else None
    aux = _passive_aux(text, content, a) if gapped is not None else None
    if gapped is not None and aux is not None:
        # "Five people were killed and 11 injured when ...": "11 were injured"
        return _Piece(b, end, f"{gapped} {aux}", len(gapped))
    past = re.search(r",(?!\d)", text[left_start:a]) is None
    if (
        _independent(text, b, end, past=past, speech=comma)
        or _independent_around_aside(text, b, end, past)
        or _pronoun_present(text, b, end)
        # (", and two villages were cleared", ", but the authority expects ...": `and_cuts`;
        # not after "X says A": whose words the second clause is, the sentence does not say)
        or (comma and lead_ok and content == left_start and and_clause(text, b, end))
    ):
        return _Piece(b, end)
    denial_tail = (
        comma
        and content == left_start
        and text[a:b].strip(", ") == "but"
        and _DENIAL_WORD.fullmatch(first) is not None
    )
    if cur.lead or not lead_ok or (_has_subordinator(text, content, a) and not denial_tail):
        # (", but denied any wrongdoing" after "X resigned over claims that he ...": a
        # denial after a comma is the main subject's, whatever clause sits between)
        return None
    gap = _counted_gap(text[b:end])
    if gap is not None:
        aux = _passive_aux(text, content, a)
        return _Piece(b, end, f"{gap} {aux}", len(gap)) if aux is not None else None
    return _verb_phrase(text, left_start, content, a, b, end, first, comma, left_words)


_DENIAL_WORD = re.compile(_DENIAL_VERBS)
# a comma segment that only names a source: "according to the Justice Ministry"
_ACCORDING_SEGMENT = re.compile(r"\s*according\s+to\s+[^,;:]{1,80}$", re.IGNORECASE)


def _subordinate(
    text: str, cur: _Piece, a: int, b: int, end: int, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """ "seven were killed when a tram sped round a bend": the clause after the
    subordinator, when it has its own subject and finite verb and the clause before says
    something of its own (a finite verb after what a speaker said)."""
    more = text[a:b].strip(" ,").lower() in MORE_SUBORDINATORS  # (`subordinate_cuts`)
    if more and (
        bound_as(text, a, b)
        or not own_clause(text, b, end)
        or relative_before(text, cur.start + cur.skip, a)
        # ("cancelled 380 flights as crew began a strike, leaving 55,000 stranded": whose
        # act the participle tells is the main clause's, which the cut would hide)
        or _PARTICIPLE_CUT.search(text, b, end) is not None
    ):
        return None
    left_start = cur.start + cur.skip
    content = _content_start(text, left_start, a, quotes)
    left = _words(text, content, a)
    last_segment = max(content, _last_comma(text, content, a) + 1)
    reported = _content_start(text, left_start, a, [], False)
    if (
        # 'The statement said "secondary explosions" after the strike showed ...': what
        # was said has no verb of its own, so it is the subject of the clause after
        (
            reported > left_start
            and text[reported : reported + 1] in '“"'
            and not _has_finite(text, reported, a)
        )
        or len(left) < MIN_PIECE_WORDS
        or not _has_finite(text, last_segment, a)
        or clause_subject(text, content, a) is None  # "Despite saying ..., when he visited"
        or left[-1][2].lower() in _ADVERBS | _DEGREE  # "reported only after ..."
        or left[-1][2].lower() in _TIME_NOUNS  # "at a time when": a relative clause
        # "since 1959, when two passengers died" (a date before "after" is no antecedent)
        or (left[-1][2][:1].isdigit() and not (more or after_a_date(text[a:b])))
    ):
        return None
    if len(_words(text, b, end)) <= MIN_PIECE_WORDS or not (more or _independent(text, b, end)):
        return None  # ("when the attack happened": too little of its own)
    if outer_verb_follows(text, b, end):
        return None  # "The number killed when a ferry capsized has risen": inside a subject
    if len(text[b : b + _first_comma(text[b:end], end - b)].split()) < MIN_PIECE_WORDS:
        return None  # ("when it closed, down from $5.3 billion": the tail is the main clause's)
    lead = pronoun_lead(text, content, a, b)  # "X was sentenced after she pleaded guilty"
    if more and lead is None and _words(text, b, b + 4)[0][2].lower() in ("he", "she"):
        return None  # (no name to read the pronoun of: "as she faced ...", cut alone)
    return _Piece(b, end) if lead is None else _Piece(b, end, *lead[:2], lead_span=lead[2])


def _verb_phrase(
    text: str,
    left_start: int,
    content: int,
    a: int,
    b: int,
    end: int,
    first: str,
    comma: bool,
    left_words: list[tuple[int, int, str]],
) -> _Piece | None:
    """A verb phrase sharing a subject after "and": the speaker's when the verb is one of
    speech or follows a comma ("X said A, and declined to comment"), else the subject of
    what was said ("X said her husband was arrested and is being held")."""
    if not _is_finite(first) or (not comma and _is_finite(left_words[-1][2])):
        return None  # "Police shot and killed the driver": one act, not two claims
    speech = _SPEECH.fullmatch(first.lower()) is not None
    is_aux = _AUX_RE.fullmatch(first.lower()) is not None
    main = speech or comma or content == left_start
    if not speech and is_aux and content > left_start:  # "X said A, but was B"; "it ... and have"
        main = speaker_continues(text, left_start, content, a, first, main)
    if not main and not is_aux:
        # "X said he supported A but presented B": whose act B is, the grammar leaves open.
        return None
    subj = clause_subject(text, left_start if main else content, a)
    if subj is None and not main:
        return _reported_pronoun(text, left_start, content, b, end)
    if subj is None:
        return None
    # The speaker's own act is not what the speaker reports ("X said A, and declined").
    reports = _content_start(text, left_start, a, [], False) > left_start
    own = main and reports
    span = span_of(text, subj, left_start, a)
    if _is_past(first) and not speech:
        # "was arrested and charged": the auxiliary of the subject's own verb, never of the
        # clause it reports ("Officials said the road was closed, and declined").
        reported = _content_start(text, left_start, a, [], False)
        verb_end = reported if main and reported > left_start else a
        aux = _passive_aux(text, left_start if main else content, verb_end)
        if aux is not None and _owner_object(text, b, end):
            # "X was hit by an attack and paid its attackers": an active verb with an object
            # of its own; the auxiliary would make it "X was paid its attackers"
            return None
        if aux is not None:
            return _Piece(b, end, f"{subj} {aux} ", 0, own=own, lead_span=span)
    return _Piece(b, end, f"{subj} ", 0, own=own, lead_span=span)


_OWNERS = frozenset("its their his her our my your".split())


def _owner_object(text: str, verb: int, end: int) -> bool:
    """Whether the verb at `verb` is followed by a possessive ("paid its attackers"): an
    object of an active verb, which a passive participle seldom takes."""
    words = _words(text, verb, min(end, verb + 80))
    return len(words) > 1 and words[1][2].lower() in _OWNERS


_NAME_PREPOSITIONS = frozenset("in by with against".split())
_CALENDAR = re.compile(
    r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
_PERSONAL = frozenset("he she it they we i you".split())
_REPORTED_PRONOUN = re.compile(
    r"(?:(?:in|on|at|to)\s+(?:[\w’'-]+\s+){1,4}?)?(?P<p>it|we)\s+(?=[a-z])"
)


def _reported_pronoun(text: str, left_start: int, content: int, b: int, end: int) -> _Piece | None:
    """ "The firm said (in a statement) it had received the offer and would review it": the
    pronoun that is the reported clause's subject is the subject of the second verb phrase
    too, which the speaker reports as well ("The firm said it would review it"; the caller
    inherits the speaker, or puts "The firm said" in front when the speaker is no one it
    names). ("he", "she", "they" are subjects `clause_subject` carries already.)"""
    m = _REPORTED_PRONOUN.match(text, content)
    if m is None or not _is_finite(_words(text, m.end(), m.end() + 30)[0][2]):
        return None
    if _has_finite(text, content, m.start("p")) or "," in text[content : m.start("p")]:
        return None
    said = text[left_start : m.start("p")].rstrip()
    pronoun = m.group("p")
    return _Piece(b, end, f"{pronoun} ", said=f"{said} {pronoun} ", said_span=(left_start, content))


# "The firm, which ..., on Monday raised its offer": when, between the subject and its verb
_WHEN_BEFORE_VERB = re.compile(
    r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year|morning|evening)|yesterday|today)\s+"
)


def _main_verb_follows(text: str, pos: int, end: int, head: bool = False) -> bool:
    """Whether text[pos:end] opens with the main clause's verb (adverbs and a day aside): an
    auxiliary or a reporting verb, or a verb followed by its object or a preposition ("called the
    bid"); never an adjective of a noun ("unmarked truck")."""
    when = _WHEN_BEFORE_VERB.match(text, pos, end)
    words = _words(text, when.end() if when else pos, min(end, pos + 120))
    while words and (words[0][2].lower() in _ADVERBS or words[0][2].endswith("ly")):
        words = words[1:]
    if head and _present_predicate(words):
        return True  # "Danner, who denied the charges, plans to appeal, his lawyer said"
    if not words or not _is_finite(words[0][2]):
        return False
    low = words[0][2].lower()
    if _AUX_RE.fullmatch(low) or _SPEECH.fullmatch(low):
        return True
    nxt = words[1][2].lower() if len(words) > 1 else ""
    if head and words[0][2].islower() and _is_past(low) and nxt.isalpha() and nxt != "by":
        return True  # "The mill, which …, appointed administrators": after the subject only
    return nxt in _DETERMINERS or nxt in _NOT_IN_NP or nxt[:1].isdigit() or nxt in _OBJECTS


def _subject_verb_follows(text: str, pos: int, end: int, head: bool) -> bool:
    """Whether a relative clause after the sentence's subject is followed by the subject's
    own verb rather than a tail naming who said it: "The firm, which runs the mine,
    confirmed the sale" / "..., says the opposite" / "..., rejected that" (the verb first,
    no speaker before it, and no name after a speech verb: never "..., said Jane Roe")."""
    if not head or not _main_verb_follows(text, pos, end, head):
        return False
    words = _words(text, pos, min(end, pos + 60))
    if not words or not words[0][2].islower():
        return False
    return not (
        _SPEECH.fullmatch(words[0][2]) is not None and len(words) > 1 and words[1][2][:1].isupper()
    )


def _relative(text: str, cur: _Piece, a: int, b: int, end: int) -> _Piece | None:
    """ "…after the horror crash, which happened during rush hour" -> "the horror crash
    happened during rush hour"; "Anna Berg, who co-chaired the march, was removed"
    -> "Anna Berg co-chaired the march" (the piece ends at the closing comma; the
    caller cuts it out of the sentence); "…near the old harbour, where a ferry sank in
    1990" -> "In the old harbour, a ferry sank in 1990" (a "where" clause has its own
    subject and verb). The antecedent is the noun phrase before the comma when it opens
    with a determiner, a possessive or a number, or opens the clause."""
    prep = prep_of_cut(text[a:b])  # "in which": read as "where" is (`prep_relatives`)
    where = prep is not None or text[a:b].rstrip().endswith("where")
    first = _WORD_TOKEN.match(text, b)
    if first is None:
        return None
    shaped, said = (False, None) if where else said_speaker(text, b, end)
    if shaped:
        # "…into the air strike on Tarsel, which local authorities say killed 12": the
        # clause is theirs ("Local authorities say the air strike on Tarsel killed 12")
        return _said_relative(text, cur, a, b, end, said) if said else None
    verb: re.Match[str] | None = first
    while verb is not None and verb.group().lower() in _ADVERBS:  # "which also makes"
        verb = _WORD_TOKEN.search(text, verb.end(), end)
    if where:
        if not _independent(text, b, end) or first.group().lower() in _PERSONAL:
            return None  # ("…, where necessary"): no clause of its own; ("where he was
            # treated": whose clause, the sentence says, not the claim)
    elif verb is None or not (_is_finite(verb.group()) or _PRESENT.fullmatch(verb.group())):
        return None
    rest = text[b:end]
    comma = _first_comma(rest)
    piece_end = end
    if comma >= 0:
        if _unbalanced_quote(text, b, b + comma):
            return None
        head = not _has_finite(text, cur.start + cur.skip, a)  # (no verb before it)
        after = _next_start(text, b + comma)
        if _subject_verb_follows(text, after, end, head) or not _is_tail_attribution(
            rest[comma + 1 :]
        ):
            # The main clause goes on after it: only when its verb follows at once
            # ("The firm, which has begun ..., called the bid ...").
            if not _main_verb_follows(text, after, end, head):
                return None
            piece_end = b + comma
    found = _antecedent(text, cur, a, text[a:b].rstrip().endswith("who"), where and not prep)
    if found is None:
        return None
    np, span = found
    if where:
        # the place the clause happened in goes before it; the clause keeps its own words
        lead = prep_lead(prep, np, text[cur.start : a]) if prep else where_lead(text, np, span[0])
        return _Piece(b, piece_end, lead, 0, own=True) if lead else None
    return _Piece(b, piece_end, f"{np} ", 0, own=True, lead_span=span)


def _said_relative(
    text: str, cur: _Piece, a: int, b: int, end: int, said: re.Match[str]
) -> _Piece | None:
    """A relative clause that names who says it (`said_clauses.said_speaker`): the clause
    after the verb of saying, its antecedent as subject, led by the speaker ("Local
    authorities say the air strike on Tarsel killed 12 civilians"), citing the relative
    clause; its own piece (`own`), never the speaker of the sentence around it. None when
    the relative clause goes on after a comma (whose words, unsure)."""
    if _first_comma(text[said.end() : end]) >= 0:
        return None
    words = _words(text, cur.start + cur.skip, a)
    at = place_start(words)
    found = None
    if at is not None and not _CALENDAR.fullmatch(words[-1][2]):  # (no day: "on Monday")
        # "Monday night's air strike on Tarsel, which": the noun phrase and its place
        np_at = _antecedent(text, cur, words[at][0], False)
        if np_at is not None:
            lo = np_at[1][0]
            found = text[lo : words[-1][1]], (lo, words[-1][1])
    found = found or _antecedent(text, cur, a, False)
    if found is None:
        return None
    antecedent, span = found
    if antecedent[:1].isupper() and antecedent.split()[0].lower() in _DETERMINERS:
        antecedent = antecedent[:1].lower() + antecedent[1:]
    np = said.group("np")
    lead = f"{np[:1].upper() + np[1:]} {said.group('verb')} {antecedent} "
    return _Piece(b, end, lead, said.end() - b, own=True, lead_span=span)


def _antecedent(
    text: str, cur: _Piece, a: int, person: bool, place: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase a relative clause at `a` is about, and its span: the words before
    the comma back to a determiner, a possessive or a number, or to the clause start; with
    `person` ("who"), the name after "of" ("the home of Anna Berg")."""
    clause_start = cur.start + cur.skip
    m = _INTRO.match(text, clause_start, a)
    while m:
        clause_start = m.end()
        m = _INTRO.match(text, clause_start, a)
    if not place and (timed := time_tail(text, clause_start, a)) is not None:  # "in 2019, which"
        return timed_antecedent(text, clause_start, timed, a, bool(cur.lead))
    words = _words(text, clause_start, a)
    k = len(words)
    openers: list[int] = []  # the words that may open the antecedent, rightmost first
    while k > 0 and len(words) - k < MAX_SUBJECT_WORDS:
        w = words[k - 1][2]
        low = w.lower()
        if low in _NOT_IN_NP or _is_finite(w) or low in _ADVERBS:
            break
        k -= 1
        if low in _DETERMINERS or w.endswith(("’s", "'s")) or w[:1].isdigit():
            openers.append(k)
        elif k == 0 and w[:1].isupper() and not cur.lead:
            openers.append(k)
    if place:
        # a place is never a number nor the point another is measured from ("about 40 km
        # east of the cape, where"); it may be a name alone ("in east Kestria": "Kestria")
        openers = [
            o
            for o in openers
            if not words[o][2][:1].isdigit() and (o == 0 or words[o - 1][2].lower() != "of")
        ]
        name = len(words)
        while name > 0 and words[name - 1][2][:1].isupper():
            name -= 1
        if not openers and name < len(words) and (name > 0 or not cur.lead):
            openers = [name]
    elif not openers and not person:
        # "... by Marvia, which handles most of its trade": a name right after a preposition
        # (never "of": "the capital of Marvia, which" may be either)
        name = len(words)
        while name > 0 and words[name - 1][2][:1].isupper():
            name -= 1
        before = words[name - 1][2].lower() if name > 0 else ""
        if (
            name < len(words)
            and before in _NAME_PREPOSITIONS
            and not _CALENDAR.fullmatch(words[-1][2])  # "passed in September, which"
            # never a place set off by commas after another noun ("its plant in Brackwater,
            # in Eastvale, which has 900 employees"): the clause may be the noun's
            and not (name > 1 and "," in text[words[name - 2][1] : words[name - 1][0]])
        ):
            openers = [name]
    if not openers:
        return None
    # the longest phrase; a place ("where") may be a shorter one when the longest is no
    # noun phrase ("a large building near the main square": "the main square")
    for opener in reversed(openers if place else openers[-1:]):
        found = _phrase_at(text, cur, words, k, opener, person)
        if found is not None:
            return found
    return None


def _phrase_at(
    text: str,
    cur: _Piece,
    words: list[tuple[int, int, str]],
    k: int,
    opener: int,
    person: bool,
) -> tuple[str, tuple[int, int]] | None:
    """The antecedent opening at words[opener] (`_antecedent`), when it is a noun phrase."""
    while opener > k and words[opener - 1][2][:1].isupper():
        opener -= 1  # "Ocean Star No. 9": a name before the number is part of it
    # The phrase opens after a verb or a preposition ("after the crash"), never after "and"
    # ("in Lyon and Paris, which ...").
    before = words[opener - 1][2].lower() if opener > 0 else ""
    if before in ("and", "or", "nor") or (opener == 0 and cur.lead):
        return None
    if person:
        # "the home of Anna Berg, who was arrested": the person, not the home
        for j in range(len(words) - 1, opener, -1):
            if words[j - 1][2] == "of" and words[j][2][:1].isupper():
                opener = j
                break
    np = text[words[opener][0] : words[-1][1]]
    if not _np_ok(np) or words[opener][2].lower() in _NOT_CARRIED:
        return None
    return np, (words[opener][0], words[-1][1])


def _absolute(text: str, cur: _Piece, b: int, end: int) -> _Piece | None:
    """ "…, with its chief executive dismissing the bid" -> "its chief executive dismissed
    the bid": a noun phrase and an -ing verb after "with" are a clause of their own."""
    if cur.participle:
        return None
    words = _words(text, b, min(end, b + 120))
    for k in range(1, min(len(words), MAX_SUBJECT_WORDS + 1)):
        w = words[k][2]
        if not (w.endswith("ing") and len(w) >= 6 and w.isalpha() and w.islower()) or (
            w in _NOT_PARTICIPLES
        ):
            continue  # (not "its best-selling model": a hyphenated adjective)
        if all(x[2].lower() in _DETERMINERS | _QUANTIFIERS for x in words[:k]):
            continue  # "with the dissenting members pointing to ...": an adjective
        np = text[b : words[k - 1][1]]
        first = words[0][2]
        if not (
            first.lower() in _DETERMINERS | _QUANTIFIERS
            or first[:1].isupper()
            or first[0].isdigit()
        ):
            return None  # "with heavy fighting in ...": a noun phrase, no clause
        if not _np_ok(np) or words[0][2].lower() in _NOT_CARRIED:
            return None
        comma = text.find(",", words[k][1], end)
        if comma >= 0 and not _is_tail_attribution(text[comma + 1 : end]):
            return None
        lead = f"{np} {_past_of(w)}"
        return _Piece(b, end, lead, words[k][1] - b, own=True)
    return None


def carry_denier(
    text: str, left_start: int, left_end: int, piece: _Piece
) -> tuple[bool, _Piece | None]:
    """A clause cut off at ", rejecting his claim that ..." after a clause that reports no
    speech ("The court upheld the verdict, rejecting ..."): (True, the piece with the
    subject and a past verb: "The court rejected his claim ..."); (True, None) when no
    subject is found (the caller leaves the sentence whole); (False, None) when it does not
    apply (after "X said A, denying B" the caller carries the speaker)."""
    m = _REJECTING.match(text, piece.start)
    if m is None or piece.lead or _SPEECH_WORD.search(text, left_start, left_end):
        return False, None
    subj = clause_subject(text, left_start, left_end)
    if subj is None or subj.lower() in _PRONOUN_SUBJECTS:
        return True, None
    verb = _ING_PAST.get(m.group(1), _past_of(m.group(1)))
    span = span_of(text, subj, left_start, left_end)
    return True, _Piece(piece.start, piece.end, f"{subj} {verb}", len(m.group(1)), lead_span=span)


_PERSON_PRONOUNS = frozenset("He She They We I".split())


def carry_subject(
    text: str, left_start: int, left_end: int, piece: _Piece, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """The first piece of a clause cut off at ", but" / "; " that opens with its verb, with
    the subject of the clause before it ("X was known to police, but had no links to
    terrorism" -> "X had no links to terrorism"); None when it needs none or none is found."""
    if piece.lead:
        return None
    first = _opening_verb(text, piece.start)
    if first is None:
        return None
    left_words = _words(text, left_start, left_end)
    # a subordinate clause leaves the subject unclear, unless a person's pronoun opens the
    # clause with its verb ("He heard gunfire as he ran away, but did not know its source")
    led = left_words[0][2] in _PERSON_PRONOUNS and _is_finite(left_words[1][2])
    said_then = reported_then_reporting(text[left_start:left_end], first.group())
    if len(left_words) < MIN_PIECE_WORDS or (
        _has_subordinator(text, left_start, left_end) and not led and not said_then
    ):
        return None
    new = _verb_phrase(
        text,
        left_start,
        left_start,
        left_end,
        piece.start,
        piece.end,
        first.group(),
        True,
        left_words,
    )
    if new is None:
        return None
    new.hole, new.participle = piece.hole, piece.participle
    return new


def carry_lead(
    text: str,
    left_start: int,
    left_end: int,
    piece: _Piece,
    quotes: list[tuple[int, int]],
    verb_first: bool,
) -> tuple[bool, _Piece | None]:
    """The lead the first piece of a clause cut off at ", but" / "; " / ", rejecting" takes
    from the clause before it (`carry_denier`, then `carry_subject` unless the sentence
    opens with its verb): (True, the piece with its lead); (True, None) when the piece opens
    with its finite verb and no subject is found (the caller leaves the sentence whole:
    "Had no direct links to terrorism." is no statement); (False, None) when none applies."""
    said = carry_said(text, left_start, left_end, piece, quotes)
    if said is not None:
        return True, said
    applies, denier = carry_denier(text, left_start, left_end, piece)
    if applies or verb_first:
        return applies, denier
    carried = carry_subject(text, left_start, left_end, piece, quotes)
    if carried is not None:
        return True, carried
    fragment = _opening_verb(text, piece.start) is not None or opens_a_fragment(
        text, piece.start, piece.end
    )  # ("..., but receive nothing for ...": no subject of its own, and none to carry)
    return not piece.lead and fragment, None


_THAT_CLAUSE = re.compile(r"that\s+(?P<next>[\w'’-]+)")


def carry_said(
    text: str, left_start: int, left_end: int, piece: _Piece, quotes: list[tuple[int, int]]
) -> _Piece | None:
    """A clause cut off at ", but" / "; " that opens with "that" after a clause reporting
    speech takes the report's lead, as "X said A and that B" does ("The authority said there
    was no sign of a leak, but that it was examining readings ..." -> "The authority said
    that it was examining readings ..."); never "that" as the subject (", but that did not
    stop the vote": a finite verb right after it)."""
    m = _THAT_CLAUSE.match(text, piece.start)
    if piece.lead or m is None or _is_finite(m.group("next")):
        return None
    content = _content_start(text, left_start, left_end, quotes)
    if content <= left_start:
        return None
    return _said_piece(text, left_start, content, m.start("next"), piece.end)


def _said_piece(text: str, left_start: int, content: int, start: int, end: int) -> _Piece:
    """The clause text[start:end] led by the report "X said (that)" of text[left_start:
    content], for the caller to use when X is no speaker to inherit."""
    said = text[left_start:content].rstrip()
    said = said if said.endswith(" that") else f"{said} that"
    return _Piece(start, end, said=f"{said} ", said_span=(left_start, content))


def _opening_verb(text: str, start: int) -> re.Match[str] | None:
    """The finite verb a clause opens with, after its adverbs (", but later corrected the
    figure"); None when it opens otherwise, or with a contraction that holds its own subject
    ("we've got ...", "it's had ...")."""
    first = _WORD_TOKEN.match(text, start)
    while first is not None and first.group().lower() in _ADVERBS:
        first = _WORD_TOKEN.match(text, first.end() + 1)
    if first is None or not _is_finite(first.group()) or any(q in first.group() for q in "'’"):
        return None
    return first
