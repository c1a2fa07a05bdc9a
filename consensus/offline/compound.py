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

This module finds the cuts and makes the pieces of "and"/"but", denied and compared tails;
the other cuts are made in the modules named for them: `participle_tails.py` (participial
tails, "with" absolutes), `subordinate_clauses.py` ("when"/"after"), `relative_clauses.py`
("which"/"who"/"where"), `verb_phrases.py` (a verb phrase sharing a subject, "and that");
`carried_leads.py` carries a lead across ", but" / "; "; `clause_pieces.py` holds `_Piece`.
"""

from __future__ import annotations

import re

from consensus.offline.and_cuts import and_clause
from consensus.offline.clause_pieces import MIN_PIECE_WORDS, _Piece
from consensus.offline.clause_shapes import (
    _DAY_THAT,
    _content_start,
    _counted_gap,
    _has_finite,
    _has_subordinator,
    _independent,
    _independent_around_aside,
    _last_comma,
    _passive_aux,
    _pronoun_present,
    _unbalanced_quote,
)
from consensus.offline.compared_leads import compared_lead
from consensus.offline.fact_cuts import appositive_segment, closed_dash_aside
from consensus.offline.grammar import _WORD_TOKEN, _first_comma, _is_finite, _words
from consensus.offline.modal_share import modal_lead
from consensus.offline.participle_tails import _PARTICIPLE_CUT, _absolute, _participle
from consensus.offline.prep_relatives import PREP_RELATIVE_CUT
from consensus.offline.relative_clauses import _next_start, _relative
from consensus.offline.sentences import _DENIAL_VERBS, _in_quotes
from consensus.offline.subordinate_clauses import _subordinate
from consensus.offline.subordinate_cuts import MORE_SUBORDINATE_CUT
from consensus.offline.verb_phrases import _said_piece, _verb_phrase

# Where a sentence may be cut: "and"/"but" (comma or not; not "aged 34 and 41, were"), a
# comma before an -ing word.
_COORD = re.compile(r"(?:,\s+|(?<!\s)\s+)(?:and|but)\s+(?!\d[\d.]*,\s)(?:that\s+)?")


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


# "who asked not to be named": why a source is unnamed, no claim of the story
_ANONYMITY = re.compile(
    r"(?:asked|declined|did not want|does not want|refused|wished)\s+(?:not\s+)?to\s+be\s+"
    r"(?:named|identified)|(?:spoke|speaks|was speaking)\s+on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss)"
)


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
