"""Page furniture that outlets we have never seen wrap around an article, found by its form.

`consensus.nonclaims` finds captions, credits, galleries and the common furniture; this
module adds the furniture that differs most from outlet to outlet, each kind by the grammar
it is written in, never by one site's strings. A bio or a sentence to the reader is never
reported speech: one with a reporting verb ("said", "told", "according to") is news ("Lena
Roe is a reporter at the station and was detained, her lawyer said").

Whole lines
    - an author's bio: a person's name, then "is a/the/<Outlet>'s ... reporter,
      correspondent, editor ..." followed by "for", "at", "covering", "based in" or a stop
      ("Jane Roe is a senior reporter covering transport. She previously worked at ..."),
      with the sentences that go on with it (a career, a base, a way to reach the author;
      the whole line in the tail; a career sentence after it may say "has reported from
      ..."); "About the author: ...";
    - in the article's tail only (`_tail`: the run of furniture lines that ends it),
      an academic's or a columnist's bio ("John Roe is an associate professor of history
      at ...", "Jane Roe is the Courier's safety editor and a former pilot.", "The author is
      a former diplomat ...", "Jane Roe covers energy for Example News.", "Jane Roe writes
      about science.", "The Memo is written by Jane Roe and edited by John Doe.");
    - a correction or editor's note: a line opening with its label ("Correction:",
      "Correction, May 2, 2023:", "Clarification:", "Editor's note:", "Correction
      appended"), or with "An earlier / A previous version of this article ...", "This
      article was amended / updated ...", "We regret the error"; a line opening with one
      of these shapes is furniture up to a later sentence that reports someone's words
      ("This story has been updated. Police said on Sunday ...");
    - credit lines: "Jane Roe reported from Dresk; John Doe from the capital.", "With
      reporting by ...", "With inputs from ...", "Produced with support from ...",
      "Translated (from French) by ...", "Compiled / Edited / Illustrated / Graphics by
      <Name>", "Graphic: ...", "Map: ...", "Source: ..." without a stop;
    - a bare link ("pic.twitter.com/...", "https://..."), an embedded post's chrome ("Allow
      X content?", "Content from X is not available"); the post itself ("... pic.twitter.com/...
      — Name (@handle) date") is its author's words (the extractor attributes it), not
      furniture, unless its line labels itself as the page's embed ("Embedded post from
      @handle: ...", "Posted on social media by @handle: ...", "Name (@handle) posted: ...");
    - a whole line in square brackets ("[Chart: ... Source: ...]", "[Video: ...]"), a copy
      credit that names its source alone ("Copy from Example Wire.", "Wire copy supplied
      by Example Wire."), a line labelled for subscribers ("Free for subscribers: our guide
      to ..."), and a copyright line
      to its end ("(c) Example FM. Includes wire copy from Example Wire.");
    - paywall, consent, promo and disclaimer lines: "You've read 3 of 5 free articles",
      "Already a subscriber?", "Try 4 weeks free", "to continue reading", "unlimited access",
      "cancel anytime", "wherever you get your podcasts", "We and our partners use cookies",
      a newsletter's "You are receiving this because you subscribed to ...", a service line
      ("Evacuees can call the county hotline at 555-0142 for ...", "Residents who need a
      bed should call the council on 0300 555 0100"),
      "By clicking Accept, you agree ...", "This is a paid post", helplines ("If you or
      someone you know ..."), "not responsible for the content of external sites", "Views
      expressed are the author's own";
Sentences (never inside quotation marks or a transcript's turn, never with a reporting verb)
    - the outlet signing off or greeting the reader ("Good morning.", "Thanks for following
      along", "That's all from us for today", "I'll be bringing you the latest", "We want to
      hear from you"), asking for money ("Please consider subscribing"), telling the reader to check
      back, or an imperative to the reader about the outlet's things ("Catch up with our
      summary", "For the latest headlines, follow our channel", "Read the full report
      here");
Short paragraphs
    - a paragraph of at most `_FOLLOW_WORDS` words that opens with page talk (a sentence
      found here or by `consensus.nonclaims`' page talk) and reports nobody's words is
      furniture to its end: "This story was originally published in German. It has been
      translated by ...".

Pure: no I/O, clock or randomness; patterns are linear-time.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["REPORTED", "furniture_extent", "furniture_spans", "in_quotation", "in_turn"]

_NAME = r"(?:[A-Z][\w.'’-]+[ \t]+){1,3}[A-Z][\w.'’-]+"
# an outlet's possessive before its reporter's name: "NBN's ", "Channel 9's "
_OUTLET_POSSESSIVE = r"[A-Z][\w.-]*(?:[ \t]+[A-Z0-9][\w.-]*){0,3}['’]s[ \t]+"
# "is a senior", "is the paper's", "is Example News'" before the role
_IS_ROLE = (
    r"[ \t]+(?:is|has[ \t]+been)[ \t]+"
    r"(?:a|an|the|our|(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*['’]s?)[ \t]+"
)
_JOURNALISM = (
    r"reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|intern|"
    r"photographer|photojournalist|critic|bureau[ \t]+chief"
)
_ACADEMIC = (
    r"professor|lecturer|fellow|researcher|scholar|PhD[ \t]+(?:candidate|student)|"
    r"doctoral[ \t]+(?:candidate|student)"
    # "the author of two books", not "the author of the study" (who led a study is news)
    r"|author(?=[ \t]+of[ \t]+(?!the[ \t]))"
)
_ROLE_TAIL = (
    r"(?:[ \t]+(?:for|at|with|on|of|in|covering|based)\b|[ \t]*\."
    # a career after the role: "... is our energy correspondent and has reported from ..."
    # (any career verb in the perfect, "has followed the club for 20 years"; never "has
    # been ...": "is a reporter and has been detained" is news)
    r"|[ \t]+and[ \t]+has[ \t]+(?:also[ \t]+)?(?!been\b)[a-z]+(?:ed|en|wn)\b)"
)
_ROLE_END = rf"s?{_ROLE_TAIL}"

# An author's bio: "Jane Roe is a senior reporter covering transport."
_BULLET = r"[ \t]*(?:[•·▪*–—-][ \t]*)?"
_BIO = re.compile(
    rf"{_BULLET}{_NAME}{_IS_ROLE}(?:[\w'’-]+[ \t]+){{0,4}}(?:{_JOURNALISM}){_ROLE_END}"
    # two or more authors: "Jane Roe and John Doe are reporters on the Courier's city desk."
    rf"|{_BULLET}{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}[ \t]+are[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,4}}(?:{_JOURNALISM})s{_ROLE_TAIL}"
)
# The sentences that go on with a bio: a career, a place, a way to reach the author.
_BIO_MORE = re.compile(
    r"[ \t]*(?:(?:She|He|They|[A-Z][\w'’-]+)[ \t]+(?:previously|formerly|has[ \t]+(?:also[ \t]+)?"
    r"(?:covered|written|reported|worked|contributed)|is[ \t]+(?:based|a[ \t]+graduate|also"
    r"|the[ \t]+author)|was[ \t]+(?:previously|formerly)|holds|lives[ \t]+in|can[ \t]+be[ \t]+"
    r"reached|studied|graduated)\b"
    r"|(?:His|Her|Their)[ \t]+(?:work|writing|reporting|articles)[ \t]+(?:has|have)[ \t]+"
    r"(?:also[ \t]+)?appeared\b"
    r"|(?:Before|Prior[ \t]+to)[ \t]+joining\b"
    r"|(?:Reach|Follow|Contact|Email|E-mail)[ \t]+(?:her|him|them)\b"
    # the story's credit after the bio: "Jane Roe is our security editor. John Doe reported
    # from Dresk."
    rf"|{_NAME}[ \t]+reported[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][^\n.!?;]{{0,40}}\.?[ \t]*$"
    r"|[^\n]*[\w.+-]@[\w-]+)"
)
_LINE_START = re.compile(
    rf"{_BULLET}\(?(?:"
    rf"{_NAME}[ \t]+can[ \t]+be[ \t]+reached\b"
    # a live blog's or a broadcast's reporter label: "Jane Roe reports from the capital."
    rf"|{_NAME}[ \t]+reports[ \t]+from[ \t][^\n.!?]{{1,40}}[.:]?[ \t]*$"
    # a story's credit line: "Jane Roe reported from Dresk; John Doe from the capital."
    rf"|{_NAME}[ \t]+reported[ \t]+from[ \t][^\n.!?;]{{1,40}}"
    rf"(?:(?:;|,?[ \t]+and)[ \t]+{_NAME}[ \t]+(?:reported[ \t]+)?from[ \t][^\n.!?;]{{1,40}})*"
    r"[.]?[ \t]*$"
    # a live blog's or a broadcast's reporter label: "Jane Roe reports from the capital.",
    # "NBN's Jane Roe reported from Halden." (a whole line: a place, nothing reported)
    rf"|(?:{_OUTLET_POSSESSIVE})?{_NAME}[ \t]+reports[ \t]+from[ \t][^\n.!?]{{1,40}}[.:]?[ \t]*$"
    rf"|(?:{_OUTLET_POSSESSIVE})?{_NAME}[ \t]+reported[ \t]+from[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t,]+[A-Z][\w'’-]*){0,3}[.:]?[ \t]*$"
    r"|About[ \t]+(?:the|this)[ \t]+(?:author|writer|reporter|contributor)s?\b"
    # a correction or an editor's note about the article itself
    r"|(?:Corrections?|CORRECTIONS?|Clarifications?|CLARIFICATIONS?|Editor['’]s[ \t]+[Nn]ote"
    r"|EDITOR['’]S[ \t]+NOTE|Note[ \t]+to[ \t]+readers)"
    # a desk's paired label: "Corrections and clarifications: email the readers' editor."
    r"(?:[ \t]+(?:and|&)[ \t]+(?:[Cc]larifications?|[Cc]orrections?))?"
    r"(?:[ \t]*,[^:\n]{1,40}|[ \t]*\([^()\n]{1,40}\))?[ \t]*:"
    r"|(?:Corrections?|Clarifications?)(?:[ \t]+(?:appended|and|&)[ \t]*"
    r"(?:[Cc]larifications?)?)[ \t]*\.?[ \t]*$"
    r"|(?:An|A)[ \t]+(?:earlier|previous|prior|original)[ \t]+version[ \t]+of[ \t]+this[ \t]+"
    r"(?:article|story|report|post|piece|headline|caption|video|page)\b"
    r"|We[ \t]+regret[ \t]+the[ \t]+errors?\b"
    r"|This[ \t]+(?:article|story|post|piece|report|page|blog|entry)[ \t]+(?:was|has[ \t]+been"
    r"|had[ \t]+been)[ \t]+"
    r"(?:amended|updated|corrected|changed|edited)\b"
    # credit lines
    r"|(?:With|Additional)[ \t]+(?:reporting|inputs|assistance)[ \t]+(?:by|from)\b"
    # whose copy the story uses, as a short line of its own: "Contains reporting from Example
    # Wire.", "This story includes material from the agencies.", "Wire material from X."
    r"|(?:This[ \t]+(?:article|story|report|piece)[ \t]+)?(?:[Cc]ontains|[Ii]ncludes|[Uu]ses)"
    r"[ \t]+(?:(?:wire|agency)[ \t]+)?(?:reporting|material|reports|copy|information)[ \t]+"
    r"(?:from|by)[ \t][^\n.!?:;]{1,80}\.?[ \t]*$"
    r"|(?:Wire|Agency|News[ \t]+agency)[ \t]+(?:material|copy|reports|reporting)[ \t]+"
    r"(?:from|by)[ \t][^\n.!?:;]{1,80}\.?[ \t]*$"
    # a funder's credit: "Produced with support from the Local News Fund."
    r"|(?:Produced|Published|Made|Reported|Written)[ \t]+with[ \t]+(?:the[ \t]+)?"
    r"(?:financial[ \t]+)?(?:support|funding|help|assistance)[ \t]+(?:of|from)\b"
    r"|\(?With[ \t]+(?:agency|wire|agencies)[ \t]+(?:inputs|reports|reporting)\b"
    r"|Translat(?:ed|ion)[ \t]*(?:from[ \t]+[A-Z][\w-]+[ \t]+)?(?:by|:)[ \t]*[A-Z]"
    r"|(?:Compiled|Edited|Written|Illustrated|Illustrations?|Graphics?|Designed|Design|Video"
    r"|Fact-checked|Fact[ \t]+checked|(?:Medically[ \t]+)?[Rr]eviewed|Verified|Subedited"
    r"|Animation|Research|Additional[ \t]+research)[ \t]+by[ \t]*:?[ \t]*[A-Z][^\n]{0,60}$"
    r"|(?:Graphic|Map|Chart|Source|Sources|Data)[ \t]*:[ \t]*[^\n.!?]{1,60}$"
    # a chart's or a map's caption that names its source: "Chart: the rate as first
    # published and as revised, 2020 to 2026. Source: statistics office"
    r"|(?:Graphic|Map|Chart|Graph|Table|Infographic)[ \t]*:[^\n]{1,200}"
    r"[ \t](?:Source|Sources|Data)[ \t]*:[ \t]*[^\n.!?]{1,60}$"
    # a bare link; an embedded post's chrome (the post itself is its author's words)
    r"|(?:https?://|www\.|pic\.twitter\.com/)\S+[ \t]*$"
    r"|Allow[ \t]+(?:[A-Z][\w.-]*[ \t]+){1,3}content\?"
    r"|Content[ \t]+from[ \t]+[A-Z][\w.-]*[ \t]+(?:is[ \t]+not|isn['’]t)[ \t]+(?:available|shown)"
    # paywall and promo lines
    r"|Already[ \t]+(?:a[ \t]+(?:subscriber|member)|have[ \t]+an[ \t]+account|registered)\b"
    r"|Try[ \t]+(?:it[ \t]+)?(?:\d+|one|two|three|four)[ \t]+(?:days?|weeks?|months?)[ \t]+"
    r"(?:free|for)\b"
    r"|(?:Developing|DEVELOPING|Breaking|BREAKING)(?:[ \t]+(?:news|NEWS))?[ \t]+(?:story|STORY)\b"
    r")"
)
# Whole lines that are the page's own chrome, never anyone's reporting (the whole line,
# whatever it quotes):
# - a placeholder in square brackets: "[Chart: the price per meal, 2022-2026. Source: ...]",
#   "[Video: the minister's statement, 2 min]", "[ENDS]";
# - an embedded post's label with the post ("Embedded post from @handle, 2 Dec: ...",
#   "Posted on social media by @handle: ...", "Jane Roe (@janeroe) posted: ...");
# - a copy credit of its own, naming its source alone: "Copy from Example Wire.", "Wire
#   content from Example Wire.", "Wire copy supplied by Example Wire." ("Material from the
#   hull was sent to a lab" is news);
# - a line labelled as for subscribers or members ("Free for subscribers: our guide to
#   ...", "Members only: ..."): the page's offer to the reader
_WHOLE_LINE = re.compile(
    r"[ \t]*(?:\[[^\[\]\n]{1,600}\][ \t]*$"
    r"|\[?Embed(?:ded)?[ \t]+(?:post|tweet|video|image|content|message)[ \t]+(?:from|by)[ \t]"
    r"|Posted[ \t]+(?:on[ \t]+(?:social[ \t]+media|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)[ \t]+)?"
    r"by[ \t]+@\w"
    r"|[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,5}[ \t]+\(@\w+\)[ \t]+(?:posted|wrote|tweeted"
    r"|shared)(?:[ \t]+on[ \t]+[A-Z][\w.]*)?[ \t]*:"
    r"|(?:(?:Wire|Agency)[ \t]+)?(?:[Cc]opy|[Cc]ontent|[Mm]aterial)[ \t]+"
    r"(?:from|(?:(?:supplied|provided)[ \t]+)?by|courtesy[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+(?:[A-Z][\w.&'’-]*|of|and|&)){0,8}"
    r"\.?[ \t]*$"
    r"|(?:Free[ \t]+)?(?:[Ff]or|[Tt]o)[ \t]+(?:subscribers|members)(?:[ \t]+only)?[ \t]*:"
    r"|(?:Subscribers|Members)[ \t]+only[ \t]*:)"
)
# A copyright line ("(c) 2026 Example Wire. All rights reserved.", "Copyright Example FM.
# Includes wire copy from Example Wire."): furniture to its end (`furniture_extent`), at
# most `_COPYRIGHT_WORDS` words, its first sentence reporting nobody's words.
_COPYRIGHT = re.compile(r"[ \t]*(?:\([Cc]\)|©|Copyright(?=[ \t]+(?:\([Cc]\)|©|\d{4}\b|[A-Z])))")
_COPYRIGHT_WORDS = 30
_MADE_BY = r"(?:written|edited|compiled|produced)"
# Shapes that only the tail of an article holds: an academic's or a columnist's bio.
_TAIL_START = re.compile(
    rf"{_BULLET}(?:{_NAME}{_IS_ROLE}(?:[\w'’-]+[ \t]+){{0,4}}(?:{_ACADEMIC}){_ROLE_END}"
    # a journalist's bio with a second role: "Jane Roe is the Courier's safety editor and a
    # former pilot.", "Jane Roe is a writer and former nurse." ("Jane Roe is a reporter and
    # a mother of two who ..." mid-article is news)
    rf"|{_NAME}{_IS_ROLE}(?:[\w'’-]+[ \t]+){{0,4}}(?:{_JOURNALISM})s?[ \t]+and[ \t]+"
    r"(?:a|an|former)[ \t]"
    # a surname alone, as the tail's second mention: "Roe is an Example Wire correspondent
    # covering transport."; a handle after the name: "Jane Roe (@janeroe) is a reporter."
    rf"|[A-Z][\w'’-]+(?:[ \t]+\(@\w+\))?{_IS_ROLE}(?:[\w'’-]+[ \t]+){{0,4}}(?:{_JOURNALISM})"
    rf"{_ROLE_END}"
    rf"|{_NAME}[ \t]+\(@\w+\){_IS_ROLE}(?:[\w'’-]+[ \t]+){{0,4}}(?:{_JOURNALISM}){_ROLE_END}"
    # a career's length: "Jane Roe has been with Example Wire since 2011."
    rf"|{_NAME}[ \t]+has[ \t]+(?:been|worked)[ \t]+(?:with|at|for)[ \t]+(?:the[ \t]+)?[A-Z]"
    r"[^\n.!?]{0,60}[ \t]since[ \t]+\d{4}[ \t]*[.!]"
    r"|The[ \t]+(?:author|writer)[ \t]+(?:is|was)[ \t]+(?:a|an|the|former)[ \t]"
    # "Jane Roe covers energy for Example News." ("Example Insurance covers flood damage for
    # 40,000 homes" is news: only the tail holds this one)
    rf"|{_NAME}[ \t]+(?:covers|reports[ \t]+on|writes[ \t]+(?:about|on|for))[ \t][^\n.!?]{{1,80}}"
    r"[.!?]"
    # two or more: "Jane Roe and John Doe report on courts and politics for Example News."
    rf"|{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}[ \t]+(?:cover|report[ \t]+on"
    r"|write[ \t]+(?:about|on|for))[ \t][^\n.!?]{1,80}[ \t]for[ \t][^\n.!?]{1,60}[.!?]"
    # "Jane Roe has covered the county's courts for the Gazette since 2019.", "... has
    # covered energy since 2019." (a career); "The Morning Memo is written by Jane Roe." (a
    # column's or a newsletter's author)
    rf"|{_NAME}[ \t]+has[ \t]+(?:covered|reported[ \t]+on|written[ \t]+(?:about|on))[ \t]"
    r"[^\n.!?]{1,80}[ \t](?:for|since)[ \t][^\n.!?]{1,60}[.!?]"
    rf"|(?:The[ \t]+)?{_NAME}[ \t]+is[ \t]+{_MADE_BY}[ \t]+by[ \t]+{_NAME}"
    rf"(?:(?:,|,?[ \t]+and)[ \t]+(?:{_MADE_BY}[ \t]+by[ \t]+)?{_NAME})*[ \t]*[.!?])"
)
_TAIL_LINE_WORDS = 30
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
# Anywhere in a line, lower-cased.
_LINE_ANYWHERE = re.compile(
    r"(?:you['’]ve|you[ \t]+have)[ \t]+read[ \t]+\d+[ \t]+(?:of|out[ \t]+of)[ \t]+\d+"
    r"|(?:\d+|no|your)[ \t]+free[ \t]+(?:articles|stories)[ \t]+(?:remaining|left|this)\b"
    r"|unlimited[ \t]+(?:digital[ \t]+)?(?:access|articles|reading)\b"
    r"|to[ \t]+(?:continue|keep)[ \t]+reading\b|cancel[ \t]+any[ \t]?time"
    r"|wherever[ \t]+you[ \t]+get[ \t]+your[ \t]+podcasts"
    r"|(?:we|partners)[ \t][^.\n]{0,30}?use[ \t]+cookies|storing[ \t]+of[ \t]+cookies"
    r"|by[ \t]+(?:clicking|continuing|using|signing[ \t]+up|subscribing|registering|tapping)"
    r"[^.\n]{0,80}?you[ \t]+(?:agree|accept|consent)\b"
    r"|(?:manage|change|update)[ \t]+your[ \t]+(?:settings|preferences|consent)\b"
    r"|your[ \t]+privacy[ \t]+(?:matters|is[ \t]+important|choices)\b"
    r"|if[ \t]+you[ \t]+or[ \t]+someone[ \t]+you[ \t]+know\b"
    r"|content[ \t]+of[ \t]+external[ \t]+(?:sites|websites|links)"
    r"|this[ \t]+(?:article|page)[ \t]+contains[ \t]+content[ \t]+provided[ \t]+by"
    r"|(?:this|the)[ \t]+(?:content|article|story)[ \t]+is[ \t]+(?:only[ \t]+)?(?:exclusive"
    r"|available|reserved)[ \t]+(?:to|for)[ \t]+(?:subscribers|members)"
    r"|this[ \t]+is[ \t]+a[ \t]+(?:paid|sponsored|promoted)[ \t]+(?:post|article|feature|story)"
    r"|this[ \t]+(?:reporting|story|article|project|coverage|series|content|report|piece)[ \t]+"
    r"(?:was|is)[ \t]+"
    r"(?:supported|funded|made[ \t]+possible|paid[ \t]+for|produced[ \t]+with[ \t]+(?:the[ \t]+)?"
    r"(?:support|funding))\b"
    r"|(?:views|opinions)[ \t][^.\n]{0,60}?(?:are[ \t]+(?:solely[ \t]+|entirely[ \t]+)?"
    r"(?:the[ \t]+author|those[ \t]+of[ \t]+the|(?:his|her|their|my)[ \t]+own)"
    r"|(?:do|does)[ \t]+not[ \t]+necessarily[ \t]+reflect)"
    r"|join[ \t]+the[ \t]+conversation|please[ \t]+(?:log|sign)[ \t]+in\b"
    # a newsletter's footer: "You are receiving this because you subscribed to ..."
    r"|you(?:['’]re|[ \t]+are)[ \t]+receiving[ \t]+this\b"
    # a service line to the reader: "Evacuees can call the county hotline at 555-0142 for ..."
    r"|\b(?:can|should|may)[ \t]+(?:call|dial|text|phone)\b[^.\n]{0,60}?\b(?:\d{3}[-. ]\d{4}"
    r"|\d{3,5}[-. ]\d{3}[-. ]?\d{3,4})\b"
    # a funder's note: "X receives support from Y for its coverage of ...", "... is solely
    # responsible for all content", "Our climate coverage is funded by a grant from ..."
    r"|receives[ \t]+(?:financial[ \t]+|philanthropic[ \t]+)?support[ \t]+from[ \t][^.\n]{1,60}?"
    r"[ \t]for[ \t]+(?:its|our)[ \t]"
    r"|solely[ \t]+responsible[ \t]+for[ \t]+(?:all[ \t]+|the[ \t]+|this[ \t]+)?content"
    # an outlet on how it is paid for: "X is funded by its readers", "... by our members"
    r"|(?:is|are)[ \t]+(?:(?:entirely|largely|mostly|wholly)[ \t]+)?(?:funded|supported|financed"
    r"|paid[ \t]+for|made[ \t]+possible)[ \t]+by[ \t]+(?:its|our)[ \t]+(?:readers|members"
    r"|subscribers|listeners|viewers|supporters)\b"
    r"|(?:coverage|reporting|journalism)[ \t](?:[^.\n]{0,40}[ \t])?(?:is|was|are)[ \t]+"
    r"(?:funded|supported|made[ \t]+possible)[ \t]+(?:in[ \t]+part[ \t]+)?by[ \t]+(?:a[ \t]+)?"
    r"(?:grants?|support|funding)\b"
)
# Every `_LINE_ANYWHERE` pattern holds one of these; a substring test skips most lines.
_ANYWHERE_KEYS = (
    "read", "free", "unlimited", "cancel", "podcast", "cookie", "agree", "accept", "consent",
    "settings", "preferences", "privacy", "someone", "external", "provided", "subscribers",
    "members", "paid", "sponsored", "promoted", "supported", "funded", "possible", "views",
    "opinions",
    "conversation", "please", "support", "responsible", "funded", "possible", "receiving",
    "financed", "can call", "can dial", "can text", "can phone", "should call", "may call",
)  # fmt: skip
_LONG_LINE_WORDS = 80
# Sentences of the outlet talking to its reader; matched against the lower-cased sentence.
_SIGN_OFF = re.compile(
    r"\b(?:thanks|thank[ \t]+you)[ \t]+(?:so[ \t]+much[ \t]+)?for[ \t]+(?:following|reading"
    r"|joining[ \t]+us|watching|listening)\b"
    r"|\bthat['’]s[ \t]+(?:all|it)[ \t]+(?:from[ \t]+(?:us|me)|for[ \t]+(?:today|now|tonight))"
    r"|\bbring(?:ing)?[ \t]+you[ \t]+(?:the[ \t]+latest|all[ \t]+the[ \t]+latest|updates"
    r"|the[ \t]+news|live)\b"
    r"|\bwe(?:['’]d|[ \t]+would)?[ \t]+(?:want|like|love)[ \t]+to[ \t]+hear[ \t]+from[ \t]+you\b"
    r"|\b(?:please[ \t]+)?consider[ \t]+(?:subscribing|a[ \t]+subscription|supporting[ \t]+us"
    r"|becoming[ \t]+a[ \t]+(?:member|subscriber))\b"
    r"|\bcheck[ \t]+back[ \t]+(?:later|soon|for)\b"
    # a newsletter's greeting, the whole sentence: "Good morning."
    r"|^good[ \t]+(?:morning|afternoon|evening)[ \t]*[.!]?$"
    r"|\b(?:this|the)[ \t]+content[ \t]+(?:was|is)[ \t]+(?:produced|paid|created|sponsored)"
    r"[ \t]+(?:by|for|in)\b"
    r"|\bhas[ \t]+been[ \t]+translated[ \t]+(?:by|from|into|using|with)\b"
    r"|\bour[ \t]+journalism\b"
    # an appeal opening a sentence: "Support independent journalism from 3 euros a month."
    r"|^support[ \t]+(?:(?:independent|local|quality|public[ -]interest|free)[ \t]+)?"
    r"(?:journalism|reporting|media|newsrooms?)\b"
    r"|\bhere(?:['’]s|[ \t]+is)[ \t]+what[ \t]+(?:you[ \t]+need[ \t]+to[ \t]+know|we[ \t]+know)\b"
    # a sponsor's page: "Our news staff was not involved in the creation of this content"
    r"|\bof[ \t]+this[ \t]+content\b"
    r"|\b(?:staff|newsroom|journalists|editors)[ \t]+(?:was|were|had)[ \t]+(?:not|no)[ \t]+"
    r"(?:involved|role)\b"
)
_SIGN_OFF_KEYS = (
    "thank", "that", "bring", "hear from", "consider", "check back", "content", "translated",
    "journalism", "involved", "role", "what", "good",
)  # fmt: skip
# Matched at a lower-cased sentence's start: the outlet describing itself to the reader
# ("We're a non-profit newsroom that ...") or plugging its programme ("The full interview
# airs tonight at 7pm on Channel 4.").
_OUTLET_SELF = re.compile(
    r"we(?:['’]re|[ \t]+are)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:newsroom|news[ \t]+"
    r"(?:organi[sz]ation|site|outlet|service|website)|publication)\b"
    # a broadcaster's plug: "The full interview airs tonight at 7pm on Channel 4."
    r"|the[ \t]+(?:full|whole|complete|extended|uncut)[ \t]+(?:interview|programme|program"
    r"|episode|documentary|conversation|report|broadcast|film)[ \t]+(?:airs|will[ \t]+air"
    r"|is[ \t]+(?:broadcast|available|on)|will[ \t]+be[ \t]+(?:broadcast|available|shown|aired"
    r"|on)|can[ \t]+be[ \t]+(?:seen|heard|watched|found))\b"
)
# What opens only a call to the reader (lower-cased).
_CALL_OPENING = re.compile(
    r"(?:please[ \t]+)?(?:subscribe|sign[ \t]+up|donate|register|download|log[ \t]+in)"
    r"[ \t]+(?:to|for|now|today|here|and|the|our|it|free)\b"
)
# An imperative to the reader ("For the latest headlines, follow ...", "Catch up ...") ...
_IMPERATIVE = re.compile(
    r"(?:(?:For|To)[ \t][^,\n]{1,40},[ \t]*)?(?:[Pp]lease[ \t]+|You[ \t]+can[ \t]+(?:also[ \t]+)?)?"
    r"(?:[Cc]atch[ \t]+up|[Hh]ear|[Rr]ead|[Ss]ee|[Vv]iew|[Ww]atch|[Ll]isten|[Gg]et|[Ff]ollow"
    r"|[Jj]oin|[Tt]ry|[Ss]tart|[Ss]ign[ \t]+up|[Ss]ubscribe|[Dd]ownload|[Vv]isit|[Ff]ind"
    r"|[Ee]xplore|[Dd]iscover|[Ee]njoy|[Ss]tay|[Kk]eep[ \t]+up|[Ss]hare|[Bb]ookmark|[Gg]ift"
    r"|[Rr]egister|[Bb]ecome|[Uu]nlock|[Ss]upport|[Cc]heck[ \t]+out|[Cc]lick|[Tt]ap|[Ss]croll"
    r"|[Ll]isten[ \t]+to|[Tt]une[ \t]+in[ \t]+to"
    r"|[Cc]atch|[Ss]end|[Ee]-?mail|[Ww]rite|[Cc]ontact|[Rr]each|[Cc]all|[Tt]ext|[Mm]essage"
    r"|[Tt]ake|[Vv]ote|[Pp]lay|[Tt]est|[Gg]o[ \t]+to|[Hh]ead[ \t]+to|[Tt]une[ \t]+in|[Ss]tream)"
    # ... then what an imperative takes ("Support for the plan", "Visit by the envoy" are nouns)
    r"[ \t]+(?:the|our|us|more|now|this|these|all|a|an|it|free|unlimited|up|here|back|out|on"
    r"|in|every|today|latest|full|live|me|him|her|them|to)\b"
)
# ... about the outlet's things: "our", "us", its news, a contact, or a link ("here",
# "below").
_OUTLETS_THINGS = re.compile(
    r"\b(?:our|us|the[ \t]+latest|news|stories|articles|updates|alerts|newsletters?)\b"
    r"|[\w.+-]@[\w-]+|\d{3}[-. ]\d{4}\b"
    # a broadcaster's own things ("Listen to the full report on the evening bulletin",
    # "Hear more on Morning Edition")
    r"|\b(?:bulletin|edition|episode|programme|program|broadcast|podcast|player|app|livestream"
    r"|on[ \t]+demand|full[ \t]+(?:report|interview|episode|conversation|documentary|programme"
    r"|statement|video|story|coverage))\b"
    r"|\b(?:here|below|above)[ \t]*[.!]?[ \t]*$"
    # a broadcast's hour closing the plug: "Watch live on Channel 4 from 6 p.m."
    r"|\b(?:at|from)[ \t]+\d{1,2}(?:[.:]\d{2})?(?:[ \t]*[ap]\.?(?:[ \t]?m\.?)?)?[ \t]*[.!]?[ \t]*$"
)
# A short sentence with the reader's "your" and the outlet's "our"/"us": the outlet talking
# to its reader ("Expand your understanding with our explainers").
_YOUR = re.compile(r"\byour\b")
_OUR = re.compile(r"\b(?:our|us)\b")
_TO_READER_WORDS = 20
# A verb that reports someone's words: furniture reports nobody's (also read by ingest's
# boilerplate test, `consensus.ingest.clean`)
REPORTED = re.compile(r"\b(?:said|says|told|tells|asked|urged|according\s+to|announced|reported)\b")
_QUOTE_MARKS = frozenset('"“”‘«»')
_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+|$)", re.MULTILINE)
_LINE = re.compile(r"[^\n]+")
_FOLLOW_WORDS = 60


# The reader in the third person ("Readers can send photos to news@...", "Subscribers can
# download the report from our documents page"): page talk when about the outlet's things.
_READERS_CAN = re.compile(
    r"\b(?:readers|subscribers|viewers|listeners)[ \t]+(?:can|may|are[ \t]+(?:invited|welcome"
    r"|encouraged)[ \t]+to|will[ \t]+be[ \t]+able[ \t]+to)[ \t]"
)


# (`_sign_off` and `_anywhere` are pure functions of their text: remembered, since copies
# and variants of one story repeat their sentences and lines)
@lru_cache(maxsize=1 << 14)
def _sign_off(sentence: str) -> bool:
    """Whether a sentence is the outlet talking to its reader (`_SIGN_OFF`, `_IMPERATIVE`
    or the reader in the third person (`_READERS_CAN`) about `_OUTLETS_THINGS`); never
    quoted, never reporting."""
    lowered = sentence.lower()
    talk = (
        (any(key in lowered for key in _SIGN_OFF_KEYS) and _SIGN_OFF.search(lowered) is not None)
        or _CALL_OPENING.match(lowered) is not None
        or _OUTLET_SELF.match(lowered) is not None
        or (
            "your" in lowered
            and _YOUR.search(lowered) is not None
            and _OUR.search(lowered) is not None
            and len(sentence.split()) <= _TO_READER_WORDS
        )
        or (
            (_IMPERATIVE.match(sentence) is not None or _READERS_CAN.search(lowered) is not None)
            and bool(_OUTLETS_THINGS.search(sentence))
        )
    )
    return talk and not _QUOTE_MARKS.intersection(sentence) and REPORTED.search(sentence) is None


@lru_cache(maxsize=1 << 14)
def _anywhere(line: str) -> tuple[int, int] | None:
    """The furniture (`furniture_extent`) of a line of at most `_LONG_LINE_WORDS` words that
    holds a `_LINE_ANYWHERE` shape; None for no such shape."""
    lowered = line.lower()
    if not any(key in lowered for key in _ANYWHERE_KEYS) or len(line.split()) > _LONG_LINE_WORDS:
        return None
    m = _LINE_ANYWHERE.search(lowered)
    return None if m is None else furniture_extent(line, m.start())


def furniture_extent(line: str, at: int, *, caption: bool = False) -> tuple[int, int]:
    """The [start, end) of the furniture whose cue is at ``at`` in ``line``: the whole line,
    but for the reporting a flattened crawl glued to it. It starts at the cue's sentence
    when every sentence before it reports someone's words ("The operator said it had
    offered a 6% rise. Sign up for our travel newsletter."), and ends before the first
    sentence after the cue's that does ("This story has been updated. Police said on
    Sunday ..."; not "It said ...", whose "It" can only be the page), unless the cue marks a
    ``caption`` (its sentences tell what the story tells: "X (left) and Y (right) were
    accused ... A spokesman said ...")."""
    start, end = 0, len(line)
    sentences = list(_SENTENCE.finditer(line))
    before = [m for m in sentences if m.end() <= at]
    if before and all(REPORTED.search(m.group()) for m in before):
        rest = line[before[-1].end() :]
        start = before[-1].end() + len(rest) - len(rest.lstrip())
    for m in [] if caption else sentences:
        if m.start() > at and REPORTED.search(m.group()) and not _PAGE_PRONOUN.match(m.group()):
            end = len(line[: m.start()].rstrip())
            break
    return start, end


# "Correction: An earlier version of this article said the court would rule within seven
# days. It said ten days.": after the furniture, a bare "It" has only the page to stand for
_PAGE_PRONOUN = re.compile(r"It[ \t]")


# A transcript's or an interview's turn ("MINISTER: We will protect your jobs ...", "A: Our
# government will ..."): its speaker's words, which the extractor attributes.
_TURN = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,4}|Q|A)[ \t]*:")


def in_turn(text: str, at: int) -> bool:
    """Whether ``at`` is in a line that opens with a speaker's label (`_TURN`)."""
    return _TURN.match(text, text.rfind("\n", 0, at) + 1) is not None


def in_quotation(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation its line opened before it (a sentence in the
    middle of someone's words: "... Your support means everything to our team. ...")."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return (
        before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or before.count("«") > before.count("»")
    )


def furniture_spans(
    text: str, found: list[tuple[int, int]], page_talk: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """[start, end) spans of ``text`` that are page furniture (the rules above), unsorted.
    ``found`` are the spans other rules found (they mark where an article's tail of
    furniture starts); ``page_talk`` the sentences of page talk found elsewhere, which open
    a paragraph of furniture as the sign-offs here do."""
    out: list[tuple[int, int]] = []
    lines = list(_LINE.finditer(text))
    for line in lines:
        body = line.group()
        glued = _anywhere(body)
        if _WHOLE_LINE.match(body):
            out.append(line.span())
        elif _copyright(body):
            out.append((line.start(), line.start() + furniture_extent(body, 0)[1]))
        elif _LINE_START.match(body):
            out.append((line.start(), line.start() + furniture_extent(body, 0)[1]))
        elif glued is not None:
            out.append((line.start() + glued[0], line.start() + glued[1]))
        elif _BIO.match(body) and not _reported(_first_sentence(body)):
            out.append((line.start(), line.start() + _bio_end(body)))
    talk = [
        m.span()
        for m in _SENTENCE.finditer(text)
        if _sign_off(m.group())
        and not in_quotation(text, m.start())
        and not in_turn(text, m.start())
    ]
    out.extend(talk)
    out.extend(_opened_paragraphs(lines, [*page_talk, *talk]))
    tail = _tail(lines, [*found, *out])
    out.extend(
        line.span()
        for line in lines
        if line.start() in tail
        and (_TAIL_START.match(line.group()) or _BIO.match(line.group()))
        and not _reports(line.group())
    )
    return out


def _copyright(line: str) -> bool:
    """Whether ``line`` is a copyright line (`_COPYRIGHT`): short, its first sentence no
    one's words ("Copyright Office officials said ..." is news)."""
    return (
        _COPYRIGHT.match(line) is not None
        and len(line.split()) <= _COPYRIGHT_WORDS
        and REPORTED.search(_first_sentence(line)) is None
    )


def _reports(line: str) -> bool:
    """A bio line reports someone's words: its first sentence or a sentence after the career
    sentences that go on with it (`_bio_end`); "She previously reported from the capital."
    is a career, no report."""
    return bool(_reported(_first_sentence(line)) or REPORTED.search(line[_bio_end(line) :]))


# a career in a bio, no one's words: "... and has reported from the valley since 2019"
_CAREER = re.compile(r"\bhas[ \t]+(?:also[ \t]+)?reported[ \t]+(?:from|on)\b")


def _reported(sentence: str) -> bool:
    """A reporting verb outside a bio's career ("has reported from ...")."""
    return REPORTED.search(_CAREER.sub("", sentence)) is not None


def _first_sentence(line: str) -> str:
    """A line's first sentence: a bio's own; the sentences `_BIO_MORE` lets go on with it
    tell a career ("She has reported from the valley since 2016"), nobody's words."""
    m = _SENTENCE.search(line)
    return line if m is None else m.group()


def _bio_end(line: str) -> int:
    """Where the bio that opens ``line`` ends: its first sentence and the sentences that go
    on with it (`_BIO_MORE`); "Mara Roe is a journalist. She was detained on Monday." is a
    bio, then news."""
    sentences = list(_SENTENCE.finditer(line))
    end = sentences[0].end() if sentences else len(line)
    for m in sentences[1:]:
        if not _BIO_MORE.match(m.group()):
            break
        end = m.end()
    return end


def _tail(lines: list[re.Match[str]], found: list[tuple[int, int]]) -> set[int]:
    """Starts of the lines in the article's tail: from the end back, the run of lines of at
    most `_TAIL_LINE_WORDS` words that a span of ``found`` touches ("Got a tip? Email us at
    ..."), that a tail rule (`_TAIL_START`) matches or that end without a stop
    (labels, link lists), up to the first other line (reporting)."""
    tail: set[int] = set()
    for line in reversed(lines):
        body = line.group()
        stripped = body.strip()
        if not stripped:
            continue
        start, end = line.span()
        if not (
            (
                len(stripped.split()) <= _TAIL_LINE_WORDS
                and any(s < end and e > start for s, e in found)
            )
            or not _ENDS_SENTENCE.search(stripped)
            or (_TAIL_START.match(body) and not _reports(body))
        ):
            break
        tail.add(line.start())
    return tail


def _opened_paragraphs(
    lines: list[re.Match[str]], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Short lines (at most `_FOLLOW_WORDS` words) whose first sentence starts one of
    ``spans`` of page talk: the whole line is furniture, unless it reports someone's words
    ("This story has been updated. Police said 12 people died.")."""
    starts = {start for start, _ in spans}
    out: list[tuple[int, int]] = []
    for line in lines:
        body = line.group()
        lead = len(body) - len(body.lstrip())
        if (
            line.start() + lead in starts
            and len(body.split()) <= _FOLLOW_WORDS
            and not REPORTED.search(body)
        ):
            out.append(line.span())
    return out
