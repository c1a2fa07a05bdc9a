"""Step 2 and 3: sentences and clauses.

A rule-based sentence splitter that keeps character offsets and never breaks inside a
balanced quotation; the split of compound sentences into clauses; what is not content (a wire
dateline, an "Update:" label, a trailing link).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = "“„"
_CLOSERS = "”"
_QUOTE_CHARS = re.compile(r"[“„”\"]")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence. Lower-case after the space is never a boundary
# ("… pic.twitter.com", "a.m. on").
_BOUNDARY = re.compile(r"([.!?…]+)([”\"’')\]]*)(\s+)(?=[“\"„‘'(\[]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt sen rep gov st jr sr vs etc no inc co corp ltd prof capt maj "
    "adm rev fig approx est jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    quotes: tuple[tuple[int, int], ...]  # (opener index, closer index), absolute offsets


def _quote_regions(
    text: str, start: int, end: int, *, run_on: bool = False
) -> list[tuple[int, int]]:
    """Balanced quotation regions of one paragraph; an unclosed opener is ignored, or with
    `run_on` quotes the rest of the paragraph (the quotation goes on in the next one)."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        c = m.group()
        i = m.start()
        if open_at is not None and c not in _CLOSERS and _reopens(text, i, end):
            # 'He said: "We ran. "It was horrible."': the paragraph breaks of a quotation
            # lost in the crawl; the quotation before closes on its stop
            regions.append((open_at, i - 2))
            open_at = i
        elif c in _OPENERS:
            open_at = i  # a second opener restarts: mixed styles are common in scraped text
        elif c in _CLOSERS:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif open_at is None:  # a straight quote opens when nothing is open, else closes
            open_at = i
        else:
            regions.append((open_at, i))
            open_at = None
    if run_on and open_at is not None:
        regions.append((open_at, end))
    return regions


def _reopens(text: str, i: int, end: int) -> bool:
    """Whether the quotation mark at `i`, met while a quotation is open, opens the next
    paragraph of it: it follows a sentence's stop and a space and precedes a capital."""
    return (
        i >= 2
        and i + 1 < end
        and text[i - 1] == " "
        and text[i - 2] in ".!?"
        and text[i + 1].isupper()
    )


def _is_abbreviation(text: str, punct_start: int, punct: str) -> bool:
    if punct != ".":
        return False
    # Look at a short window only: searching from 0 made splitting quadratic.
    m = _LAST_TOKEN.search(text, max(0, punct_start - 40), punct_start)
    if m is None:
        return False
    token = m.group(1).lstrip("(“\"„‘'[")
    return token.lower() in _ABBREVIATIONS or _INITIALISM.fullmatch(token) is not None


# A clock time's "a.m." or "p.m." ends a sentence when a quotation opens after it (... at
# 2:15 a.m. "Four hours passed," he asked); a capitalised word after it is left alone (a
# new sentence, a zone, a day or a name: measured, splitting there cost more than it gave).
_CLOCK_BEFORE = re.compile(r"\d[ \t]?$")


def _clock_ends(text: str, punct_start: int, next_start: int) -> bool:
    """Whether the "a.m." or "p.m." ending at `punct_start` closes its sentence before a
    quotation that opens at `next_start`."""
    if text[max(0, punct_start - 3) : punct_start].lower() not in ("a.m", "p.m"):
        return False
    lead = text[max(0, punct_start - 40) : punct_start - 3]
    return _CLOCK_BEFORE.search(lead) is not None and text[next_start : next_start + 1] in (
        "\u201c",
        '"',
        "\u201e",
    )


def _answer_no(text: str, punct_start: int, next_start: int) -> bool:
    """Whether the "No." ending at `punct_start` is an answer, a sentence of its own ("Is this
    the first time? No. Last year's ..."), not the number's abbreviation, which a figure
    follows ("No. 10", "No. 3 seed")."""
    if text[max(0, punct_start - 2) : punct_start].lower() != "no":
        return False
    if punct_start >= 3 and text[punct_start - 3].isalnum():
        return False  # ("piano.", "Reno.": a longer word's end)
    return not text[next_start : next_start + 1].isdigit()


def _boundaries(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(punctuation start, sentence end, next sentence start) for each boundary in a range."""
    out: list[tuple[int, int, int]] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if (
            _is_abbreviation(text, m.start(1), m.group(1))
            and not _clock_ends(text, m.start(1), m.end(3))
            and not _answer_no(text, m.start(1), m.end(3))
        ):
            continue
        out.append((m.start(1), m.end(2), m.end(3)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A list bullet opening a line is layout, not words of the sentence ("• Lund said ...").
_BULLET = re.compile(r"(?:[•·▪‣◦►▸■□●○]|[-–—*](?=\s))\s*")


def _unbullet(text: str, a: int, b: int) -> int:
    """Where the sentence starting at `a` begins once a list bullet opening its line is
    skipped."""
    if a == 0 or text[a - 1] == "\n":
        m = _BULLET.match(text, a, b)
        if m is not None and m.end() < b:
            return m.end()
    return a


def is_list_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens a line after a list bullet ("* The benefit was
    seen in both men and women"): an item may be a whole proposition without a stop."""
    line = text.rfind("\n", 0, start) + 1
    m = _BULLET.match(text, line, start + 1)
    return line < start and m is not None and m.end() == start


def _split_sentences(text: str) -> list[_Sentence]:
    """Paragraphs are lines; sentences never break inside a balanced quotation."""
    sentences: list[_Sentence] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        para_end = n if nl == -1 else nl
        regions = _quote_regions(text, pos, para_end)
        s = pos
        # "SALEM, Ore. (Wire) - A fire ...": the dateline's abbreviation ends no sentence
        dateline = _DATELINE.match(text, pos, para_end)
        for punct, send, nxt in _boundaries(text, pos, para_end):
            if dateline is not None and punct < dateline.end():
                continue
            # Inside a quotation when a region opens before the punctuation and closes after
            # the sentence end (a closer consumed into the boundary ends the quote with it).
            if any(qs < punct and qe >= send for qs, qe in regions):
                continue
            a, b = _trim(text, s, send)
            a = _unbullet(text, a, b)
            if a < b:
                sentences.append(_Sentence(a, b, _regions_in(regions, a, b)))
            s = nxt
        a, b = _trim(text, s, para_end)
        a = _unbullet(text, a, b)
        if a < b:
            sentences.append(_Sentence(a, b, _regions_in(regions, a, b)))
        pos = para_end + 1
    return sentences


def dateline_end(text: str, pos: int) -> int:
    """Where the text after a dateline opening the paragraph at `pos` starts ("LONDON — ",
    "SALEM, Ore. (Wire) - "), or `pos` when none opens it; a speaker's tag ("WALT: ") is no
    dateline here."""
    nl = text.find("\n", pos)
    m = _DATELINE.match(text, pos, len(text) if nl == -1 else nl)
    return pos if m is None or m.group().rstrip().endswith(":") else m.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of ``text`` as the extractor splits it (a line is a
    paragraph; no break inside a balanced quotation; a list bullet left out)."""
    return [(s.start, s.end) for s in _split_sentences(text)]


def _regions_in(regions: list[tuple[int, int]], a: int, b: int) -> tuple[tuple[int, int], ...]:
    return tuple((qs, qe) for qs, qe in regions if a <= qs and qe < b)


def _inner_sentences(text: str, qs: int, qe: int) -> list[tuple[int, int]]:
    """The sentences of one quotation's content, without the quote marks."""
    out: list[tuple[int, int]] = []
    s = qs + 1
    for _punct, send, nxt in _boundaries(text, qs + 1, qe):
        out.append(_trim(text, s, send))
        s = nxt
    out.append(_trim(text, s, qe))
    return [(a, b) for a, b in out if a < b]


_MONTH_IN_DATELINE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "Nov 30" or, day first, "30 November" ("PORT ALDER, 1 December (Wire) - ")
_DATE_IN_DATELINE = (
    rf"(?:{_MONTH_IN_DATELINE}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH_IN_DATELINE})"
    r"(?:,?[ \t]*\d{4})?"
)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.’'-]{2,40}(?:[ ,]+[A-Z][A-Z.’'-]+)*"
    # "SALEM, Ore. (Wire) - ", "DENTON, Texas (Wire) - ": a state after the city; a region
    # of up to three words ("SAN JUAN, Puerto Rico (Wire) -", "TARVO, Upper Meskan (Wire) -")
    rf"(?:,\s*[A-Z][a-z]{{1,14}}\.?(?:[ \t]+[A-Z][a-z]{{1,14}}\.?){{0,2}}"
    rf"(?=\s*[(–—-]|,\s*{_DATE_IN_DATELINE}))?"
    # "LONDON, Nov 30 (Wire) - ", "NEW YORK, Nov. 30, 2017 /Newswire/ -- "
    rf"(?:,?[ \t]*{_DATE_IN_DATELINE})?"
    # (a broadcaster's number in the source: "WEXBRIDGE (NBN 7) — "; a press release's
    # capitalised headline and its date: "VARDEN CLINIC OPENS WING (March 3, 2024) – ")
    r"(?:\s*\([A-Za-z][A-Za-z0-9 .’'-]{1,39}\)|\s*/[A-Za-z .’'-]{2,40}/"
    rf"|\s*\({_DATE_IN_DATELINE}\))?\s*(?:-{{1,2}}|[–—]|:)\s+"
    # "Tokyo (CNN)The ...", "Nov 30 (Wire) - ": a place in title case or a date alone, then a
    # short agency name in brackets, the dash optional
    # ("Tokyo, March 3 (Jiji Press)--Japan's ...": a date after the place, an agency of
    # two words; "Port Alder, Vardenia (CNN) The ...": a region after the place)
    rf"|(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}"
    r"(?:,[ \t]*[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+){0,2})?"
    rf"(?:,[ \t]*{_DATE_IN_DATELINE})?"
    rf"|{_DATE_IN_DATELINE})[ \t]*"
    r"\((?:[A-Z][A-Za-z]{1,7}(?:[ \t][A-Z][A-Za-z]{1,7})?|[A-Z]{2,6})\)[ \t]*"
    r"(?:(?:-{1,2}|[–—])[ \t]*)?(?=[A-Z“\"‘'])"
    # "(CNN) The storm ...", "(CNN)The storm ...", "(Wire) - The storm ...": the agency
    # alone, the dash optional, opening the paragraph
    r"|\((?:[A-Z][A-Za-z]{1,7}|[A-Z]{2,6})\)[ \t]*(?:(?:-{1,2}|[–—])[ \t]*)?(?=[A-Z“\"‘'])"
    r")"
)
_LABEL = re.compile(
    r"(?:Update|UPDATE|Updated|Breaking|BREAKING)\b[^:]{0,24}:\s+"
    # a live page's time stamp: "10:42 a.m. — ", "09:15 GMT - "
    r"|\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.m\.|[AaPp][Mm])?(?:[ \t]+[A-Z]{2,4})?"
    r"[ \t]*(?:[–—-]|:)[ \t]+(?=[A-Z])"  # ... or "4:05pm: "
)
_TRAILING_URL = re.compile(r"(?<!\s)(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def _in_quotes(i: int, quotes: list[tuple[int, int]]) -> bool:
    return any(qs < i < qe for qs, qe in quotes)


_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|can|could|must|may|might|should|has|have|had|"
    r"does|did|do|\w+ed|\w+s)\b"
)
# Irregular past forms (simple past and participle): a verb of a clause ("Police said ...",
# "45,000 took part"); compound.py reads them as the verb that ends a subject.
_IRREGULAR_PAST = frozenset(
    """went gone came took taken left made saw seen told gave given found fell fallen hit ran
    began begun brought caught drove driven flew flown held kept led lost met paid put rose
    sent set shot spoke spoken stood struck thought threw thrown tore torn wrote written won
    broke broken knew known became got felt heard built bought fought sold meant hurt cut hid
    hidden rode sank sunk sought spent swept wore worn fled said spread shut stole stolen
    beaten bitten chosen eaten forgotten frozen ridden risen shaken sworn woken done grown
    blown drawn withdrawn shown born borne sung rung shrunk stuck hung dug spun taught lent
    bent burnt learnt dealt slept wept fed bled upheld withheld misled mistook overtook
    overtaken undertook undertaken""".split()
)
_DENIAL_VERBS = r"(?:denied|dismissed|rejected|refuted)"
# ... only when what is rejected is a report or a claim ("denying Kyiv a vital point" is not).
_REPORTS = (
    r"\s+(?:(?:the|these|those|such|any|all|his|her|their|its)\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|that)\b"
)
_SPLIT = re.compile(
    r";\s+|,\s+but\s+|,\s+while\s+"
    # "X acknowledged A but denied B", "X acknowledged A, dismissing B", "Reports said A but
    # Zakharova dismissed these claims": what is admitted and what is rejected are two claims.
    rf"|(?<!\s)\s+but\s+(?={_DENIAL_VERBS}{_REPORTS})"
    rf"|,\s+(?=(?:denying|dismissing|rejecting|refuting){_REPORTS})"
    rf"|(?<!\s)\s+but\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s+{_DENIAL_VERBS}{_REPORTS})"
)
# A clause cut off by the split above, opening with the verb: its subject is the speaker of the
# clause before ("Moscow acknowledged …" -> "Moscow denied …").
_VERB_FIRST = re.compile(
    r"(denied|dismissed|rejected|refuted|denying|dismissing|rejecting|refuting)\b"
)
_PAST = {
    "denying": "denied",
    "dismissing": "dismissed",
    "rejecting": "rejected",
    "refuting": "refuted",
}
# a bare denial after a semicolon, too short to be a proposition ("The board blames the
# printer; Pressline denies it.", "...; maker Voltara denies it.", "...; he denied it."):
# the other side's answer, a clause of its own (session 68); its subject is a name, a
# pronoun or a noun phrase of at most three words
_BARE_DENIAL_CLAUSE = re.compile(
    r"(?:[A-Za-z][\w’'-]*\s+){1,3}?(?:denies|denied|rejects|rejected|disputes|disputed)\s+"
    r"(?:it|this|that|(?:the|any|such)\s+(?:claims?|charges?|accusations?|allegations?|"
    r"suggestions?|reports?))\s*[.!]?[”\"’')]*",
    re.IGNORECASE,
)


def bare_denial_clause(clause: str) -> bool:
    """Whether a clause cut after a semicolon is a bare denial of a named, pronoun or short
    noun-phrase subject ("Pressline denies it.")."""
    return _BARE_DENIAL_CLAUSE.fullmatch(clause.strip()) is not None


_QUESTION = re.compile(r"\?[”\"’')]*$")
_TERMINAL_OK = tuple(".!?…:;”\"’')")


def _is_proposition(s: str) -> bool:
    """A clause that can stand alone: five words or more and a verb. A figure of a named
    thing counts as a word ("Bodo weighs about 180 kg"); a bare one does not ("Fauna Trust
    counts 24 in four": what it counts is left to the clause before)."""
    words = _WORD.findall(s)
    return len(words) + len(_NAMED_FIGURE.findall(s)) >= 5 and (
        _VERBISH.search(s) is not None or any(w.lower() in _IRREGULAR_PAST for w in words)
    )


_FOUR_WORD_VERB = re.compile(
    r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|did|does)\b", re.IGNORECASE
)
_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*%?")
# a figure followed by what it counts or measures ("180 kg", "38 wolves"), not by a
# preposition or the clause's end ("24 in four", "is 24.")
_NAMED_FIGURE = re.compile(
    r"(?<![\w.,])\d[\d,.]*+%?\s+(?!(?:in|of|to|on|at|by|for|from|and|or|with|than|as)\b)[A-Za-z]"
)


def _four_word_verb(sentence: str) -> bool:
    """A verb in a four-word sentence: a regular or irregular past, or an auxiliary."""
    return _FOUR_WORD_VERB.search(sentence) is not None or any(
        w.lower() in _IRREGULAR_PAST for w in _WORD.findall(sentence)
    )


# the last item of a series, opened by its conjunction ("...; and the harbour works.")
_LAST_ITEM = re.compile(r"(?:and|or)\s+(?P<item>.+)", re.IGNORECASE | re.DOTALL)
_MODAL = re.compile(r"\b(?:can|could|may|might|must|shall|should|be|been|being)\b", re.I)


def noun_series(last: str) -> bool:
    """Whether the part after a sentence's last semicolon closes a series of noun phrases,
    not of clauses: it opens with "and"/"or" and holds no verb that makes a clause (no
    auxiliary or modal, no past in -ed, no irregular past). "... noting earlier strikes on
    a depot; the raid on the port in May, which closed it for a week; and the fires this
    year in the hills." lists three things; its semicolons cut no claims. A present-tense
    verb in -s is not read ("the harbour works"): a series of clauses in the present tense
    stays whole."""
    m = _LAST_ITEM.match(last.strip())
    if m is None:
        return False
    item = m.group("item")
    return not (
        _FOUR_WORD_VERB.search(item)
        or _MODAL.search(item)
        or any(w.lower() in _IRREGULAR_PAST for w in _WORD.findall(item))
    )
