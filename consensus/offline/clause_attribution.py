"""Who asserts a clause, tried in order: a verb-first clause goes on with the speaker
before it ("…, and added that …"); "According to X, …" in front; a leading speaker ("X
said …"); an inverted one after the content ("…,” said the spokeswoman"); a trailing one
("…, X said"); "– Name" after a quotation; "according to X" after the content; a bare
quotation after a quoted speaker; an inherited speaker ("He emphasized that A, but B");
a quoted document's author. The readers of each shape are in `speakers.py`."""

from __future__ import annotations

import re

from consensus.models import Span
from consensus.offline.after_quotes import INVERTED_ATTR, TRAILING_ATTR
from consensus.offline.clause_shapes import _has_finite
from consensus.offline.drafts import _UNNAMED_SOURCE
from consensus.offline.kinds import _own_voice
from consensus.offline.names import _Names
from consensus.offline.sentences import _PAST, _VERB_FIRST, _in_quotes
from consensus.offline.speaker_nps import _ACCORDING, _DASH_ATTR, _RELATIVE
from consensus.offline.speaker_resolution import _resolve_np
from consensus.offline.speaker_state import _Speaker, _State
from consensus.offline.speakers import _ACCORDING_LEAD, _Attribution, _leading, _trailing

# an appositive description: "an industry group", "a local newspaper"
_ARTICLE_LOWER = re.compile(r"(?:an?|the)\s+[a-z]")


def names_its_speaker(clause: str, rel_quotes: list[tuple[int, int]]) -> bool:
    """Whether a quotation's clause goes on to a verb of saying with a speaker of its own
    after the closing mark ('"…," she said', '"…," said the mayor'), read or not; "they"
    and "it" are no other speaker."""
    for pattern in (TRAILING_ATTR, INVERTED_ATTR):
        for m in pattern.finditer(clause):
            if m.start() > 0 and not _in_quotes(m.start("verb"), rel_quotes):
                # '"…," they added': a pronoun of no gender fits the last speaker
                return m.group("np").strip().lower() not in ("they", "it")
    return False


def attribute_clause(
    clause: str,
    cs: int,
    quotes: list[tuple[int, int]],
    rel_quotes: list[tuple[int, int]],
    persons: list[tuple[int, str]],
    inherited: _Attribution | None,
    names: _Names,
    state: _State,
    block: Span | None,
) -> _Attribution | None:
    """The clause's attribution, None when nobody asserts it (the outlet's own voice).
    `cs` plus an offset in `clause` is (about) its article offset; `quotes` are the
    quotations' article spans, `rel_quotes` the same in `clause`; `persons` the persons
    named in it outside quotations (offsets in `clause`)."""
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
        spk = _resolve_np(m.group("src"), cs + m.start("src"), names, state)
        if spk is not None:
            attr = _Attribution(spk, "according", None, "said", (m.end(), len(clause)))
    if attr is None and not starts_with_quote:
        attr = _leading(clause, cs, rel_quotes, names, state, persons)
    if attr is None:
        m = INVERTED_ATTR.search(clause)
        if m and m.start() > 0 and not _in_quotes(m.start("verb"), rel_quotes):
            spk = None
            if m.group("name"):  # "said the spokeswoman, Mei Lanfang"
                spk = _resolve_np(m.group("name"), cs + m.start("name"), names, state)
            if spk is None or not spk.person:
                spk = _resolve_np(m.group("np"), cs + m.start("np"), names, state)
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
        attr = _trailing(clause, cs, rel_quotes, names, state, persons)
    if attr is None:
        m = _DASH_ATTR.search(clause)
        if m and m.start() > 0:
            spk = _resolve_np(m.group("np"), cs + m.start("np"), names, state)
            if spk is not None:
                attr = _Attribution(spk, "dash", (m.start("np"), m.end("np")))
    if attr is None:
        m = _ACCORDING.search(clause)
        if m:
            # "according to the Baking Federation, a trade group": the
            # name before its appositive, else the last part
            parts = m.group("src").split(", ")
            # "according to hospital director Jan Roe, who told reporters that ...": the
            # relative clause tells of the source, it names nobody
            relative = next((k for k, p in enumerate(parts) if k and _RELATIVE.match(p)), None)
            parts = parts[:relative]
            spk = None
            # ("according to X, the head of the town council": a description with no
            # verb of its own, never "according to X, the ferry left ...")
            appositive = all(
                _ARTICLE_LOWER.match(p) and len(p.split()) <= 8 and not _has_finite(p, 0, len(p))
                for p in parts[1:]
            )
            for src in dict.fromkeys((parts[0], parts[-1]) if appositive else parts[-1:]):
                spk = _resolve_np(src, cs + m.start("src"), names, state)
                if spk is not None:
                    break
            if spk is not None:
                attr = _Attribution(spk, "according", None, "said", (0, m.start()))
    quoted = sum(qe - qs for qs, qe in quotes)
    whole_quote = starts_with_quote and quoted >= 0.8 * len(clause)
    if attr is None and starts_with_quote and names_its_speaker(clause, rel_quotes):
        # '"…," she said' after a man spoke: the quotation names a speaker no rule could
        # read; it is not a bare quotation going on with the last speaker's words, and the
        # next bare one is no longer theirs either
        state.last_quote_speaker = None
    elif attr is None and whole_quote and state.last_quote_speaker:
        attr = _Attribution(_Speaker(state.last_quote_speaker, True), "context")
    if attr is None and inherited is not None and not _own_voice(clause):
        # "He emphasized that X, but Y": Y is still his.
        attr = _Attribution(inherited.speaker, "inherited", None, inherited.verb)
    if attr is None and block is not None:
        # Unattributed text of a quoted document is its author's, never the outlet's.
        author = block.author or state.colon_speaker or _UNNAMED_SOURCE
        attr = _Attribution(_Speaker(author, False), "block", None, "wrote")
    return attr
