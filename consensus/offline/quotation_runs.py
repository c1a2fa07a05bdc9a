"""A quotation running over paragraphs: each paragraph opens with a quotation mark and only
the last one closes it; the speaker named once (where it opens, or later) is every such
paragraph's speaker (`QuotationRuns.resume`)."""

from __future__ import annotations

from consensus.models import ClaimKind
from consensus.offline.drafts import _OPENING_MARKS, _Draft, _quoted_by
from consensus.offline.quote_context import run_context
from consensus.offline.sentences import _quote_regions
from consensus.offline.speaker_state import _State


class QuotationRuns:
    def __init__(self, text: str, state: _State) -> None:
        self.text = text
        self.state = state
        # the paragraph being read, whether it goes on with the quotation, the end of the
        # last paragraph the quotation ran on from, its speaker, the drafts waiting for its
        # speaker
        self.para = -1
        self.para_cache: tuple[int, int, int | None, int] | None = None
        self.continues = False
        self.quote_end = -2
        self.quote_speaker: str | None = None
        self.pending: list[_Draft] = []
        self.context: str | None = None  # who speaks in a run nobody in it names

    def close(self) -> None:
        """The article's end: a run nobody in it names is the speaker's before it."""
        if self.context:
            _quoted_by(self.pending, self.context)

    def paragraph(self, start: int) -> tuple[int, int, int | None, int]:
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

    def resume(self, start: int, new: list[_Draft]) -> None:
        """A quotation spread over paragraphs: each paragraph opens with a quotation mark
        and only the last one closes it. Its speaker is named once, where it opens ('A
        spokesman said: “We were called at 6.13.' then '“We sent three crews.') or, when
        it opens unattributed, in a later paragraph ('“This is a new start.' then
        '“We will not waste a day,” he said.'). Drafts of such a paragraph without a
        speaker take that speaker; any other paragraph ends the quotation."""
        text = self.text
        para, end, opener, closes = self.paragraph(start)
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
