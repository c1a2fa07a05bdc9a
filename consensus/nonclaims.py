"""Which parts of an article's text are not claims: captions, credits, galleries, page furniture.

Raw crawls keep photo captions and their credits, slideshow galleries, sign-up forms, tip-line
blurbs, author and contributor lines, related-story links and wire copyright lines between
the paragraphs. Ingest drops what it can recognise as whole lines of page chrome; what is
left is found here, by the *shape* of the text, never by the strings of one site:

Whole lines
    - a gallery entry: "14/34 17 November 2017 ..." (counter k/n, k <= n, at the line start),
      "34 show all UK news in pictures";
    - a caption: a line that starts with a caption or credit label ("Image copyright X",
      "Image caption", "Media caption", "Photo:", "FILE -") or with a photo agency's name
      followed by a capitalised word ("Getty Images The truck ...", "AP:Associated Press
      Women ..."), a line that ends with a photo credit ("... in Beijing. (Name/AP)"), a
      line that places people in a picture ("X (left) and Y (right) ..."), a line whose
      last sentence is followed by a bracketed name alone ("... at the town hall. (Channel 7
      News)"), a line whose last sentence is followed by a labelled credit ("... on a
      kitchen table. Photo: Name") or by a photo desk's name alone ("... through flood
      water. Getty Images") or by a desk's own credit ("... entrance on Monday. Star photo
      by Name", "... in the east of the province. (Desk/Name)");
    - a list's heading: a short line ending in a colon right before a bulleted line ("What
      the plan means for you:"), with no reporting verb;
    - a list of related headlines that ends the article ("More from X:" then "- Why storms
      are getting stronger faster"): title-like items, no stop, no label, no attribution;
    - page furniture: calls to the reader ("Share this article", "Click here to ...",
      "Watch the video", "Download our app", "See our ..."), a team sheet ("City: Varga;
      Ibsen, Holt, ..."), cookie and privacy notices, correction
      notices about the article itself ("This article was amended on ..."), "Our
      Standards: ...", "Supported by", service
      lines for the reader ("Call the company at 800-555-0142", "Report a pothole: use the
      council's online form or call its highways line.");
      sign-up and newsletter forms, tip-line appeals ("Do you have a story
      ...", "If you witnessed ... fill in the form"), "This is a breaking news story, more
      follows", "Advertisement", "Media playback is unsupported", "Read or Share this story",
      a video player's label before its caption ("CLOSE A potential merger ... Newslook"),
      related-story links ("Read more: ...", "RELATED: ...", "Also read: ...", "More from
      X: ...", "Next: ...", "Previously: ..."), time stamps ("Updated 3:45 p.m. ET", "Last
      Updated: Nov. 30, 2017"),
      bylines made of names alone ("By Jane Doe and John Roe, Reuters"), caption labels
      ("FILE PHOTO:", "Pictured:", "Above:"), "... delivered to your inbox", transcript disclaimers
      ("Transcripts are created on a rush deadline ... may not be in its final form") and
      the page naming itself one ("This is a transcript of an item broadcast on ...");
    - the furniture that differs most between outlets (author bios, corrections, promos,
      paywall and consent text, sign-offs): `consensus.furniture`;
    - furniture by the voice it speaks in (the outlet to its reader, the page about itself,
      a picture's label, a footnote), in wordings no rule above names: `consensus.page_voice`;
    - furniture by cues that converge (it addresses the reader or names the page, its
      medium, holds no word of the event, stands at the edge), and credits naming people the
      story never mentions: `consensus.page_cues`;
    - whole sentences with no claim about the event (the page's provenance, "Here is what
      we know.", "Witnesses gave differing accounts."): `consensus.no_content`;
    - page talk, sentence by sentence: the outlet naming its own page ("This article
      originally appeared on ...", "Our live coverage has ended", "a developing story", a
      newsletter's "This is The Memo, our daily note on ...") or
      addressing the reader about page things ("Please let us know if you're having issues
      with commenting", "Follow the latest updates below"); never inside quotation marks;
    - a programme's call to its audience ("... text us on 81 400 or email ...") and a
      reporter's sign-off ending a paragraph ("Jane Roe, Example Tonight, Westport.");
    - the outlet's own reporter placed, the source its dateline names ("WEXBRIDGE (NBN 7) —
      ... NBN 7's Jane Roe was in the courtroom.");
    - credit lines: "X contributed to this report", "Additional reporting by/from ...",
      "Copyright 2017 The Associated Press. All rights reserved.", "(Name / Outlet)",
      "Reporting by X; Editing by Y", "Follow reporter X on Twitter: @x", a handout's
      "Agency/Handout via REUTERS" ending a caption.
Inline spans
    - gallery items inside a paragraph: "Photos: <gallery title> <caption> Hide Caption 3 of
      25" (each item up to its counter);
    - photo credits in brackets: "(Hyung Min-woo/Yonhap via AP, File)", "(Photo: ...)",
      "(AP Photo/...)", "(Courier photo/Name)", "(Associated Press)", "(AFP/Getty Images)".

A sentence that overlaps any span is not a claim (offline extractor), and text inside spans
is not an outlet's reporting when origins are compared (a shared gallery joins nothing).
Spans index ``Article.text`` exactly, so citations elsewhere stay verbatim.

Pure: no I/O, clock or randomness; patterns are linear-time (no nested unbounded repeats).
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.furniture import furniture_extent, furniture_spans, in_quotation
from consensus.furniture_lines import furniture_line_spans
from consensus.furniture_model import learned_furniture_spans
from consensus.no_content import no_content_spans
from consensus.page_cues import page_cue_spans, page_run_spans
from consensus.page_lines import page_line_spans
from consensus.page_voice import page_voice_spans

__all__ = ["non_claim_spans", "overlaps_non_claim"]

# Photo agencies and picture desks whose name starts a caption ("Getty Images The truck ...").
_PHOTO_DESKS = (
    r"Getty Images|Getty|Reuters|REUTERS|AP:Associated Press|Associated Press|AP Photo|AP|AFP|"
    r"EPA|EFE|PA|PA Wire|Rex Features|Rex|Shutterstock|Alamy|SWNS"
)
_CREDIT_BRACKET = (
    # (First Last/Agency), (First Last / Outlet), (Name/Yonhap via AP, File), [Name/Outlet],
    # (Channel 9/First Last): a channel's number closing its name
    r"\((?:[A-Z][\w'’.-]+[ \t]+){1,3}(?:[A-Z][\w'’.-]+|\d{1,2})[ \t]?/[ \t]?[^()\n]{2,60}\)"
    r"|\[(?:[A-Z][\w'’.-]+[ \t]+){1,3}[A-Z][\w'’.-]+[ \t]?/[ \t]?[^\[\]\n]{2,60}\]"
    # (Photo: ...), (AP Photo/...), (Picture: ...), (Image credit: ...), (Video: ...)
    r"|\((?:[A-Z]{2,4}[ \t])?(?:Photo(?:graph)?|Picture|Image|Video|Footage)s?"
    r"(?:[ \t]by|[ \t]credit)?[ \t]?[:/][^()\n]{1,80}\)"
    # (Photo by Jane Roe/Outlet), (Photograph by Jane Roe)
    r"|\((?:Photo|Picture|Image|Photograph)s?[ \t]+by[ \t]+[A-Z][^()\n]{1,80}\)"
    # (Courier photo/Name), (Staff photo by Name): a desk's own photo, its name first
    r"|\((?:[A-Z][\w'’.-]+[ \t]+){1,3}(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?"
    r"(?:[ \t]+by[ \t]+|[ \t]?[:/][ \t]?)[^()\n]{1,80}\)"
    # (Associated Press) after a caption; "(Reuters) - ..." is a dateline, not a credit
    r"|\((?:Associated Press|Getty Images|AP Photo|Reuters|AFP|EPA)\)(?![ \t]*[-–—])"
    # (AFP/Getty Images), (EPA/Name), (Reuters via Name): a photo desk, then who supplied it
    rf"|\((?:{_PHOTO_DESKS})(?:[ \t]*/[ \t]*|[ \t]+via[ \t]+)[^()\n]{{2,60}}\)"
)
_LINE_RULES = re.compile(
    r"^[ \t]*(?:"
    r"\d{1,3}/\d{1,3}[ \t]"  # gallery counter
    r"|[^\n]{0,200}?\b\d{1,3}[ \t]+show all\b"  # "34 show all UK news in pictures"
    r"|(?:Image|Media|Photo|Picture|Video)[ \t]+(?:copyright|caption|credit|source)\b"
    r"|(?:Photo|Picture|Photograph|Image|Caption)s?[ \t]*:"
    r"|FILE[ \t]+[-–—]"
    # (never "Getty" whose next word is the rest of its own name: "Getty Images, the agency")
    rf"|(?:{_PHOTO_DESKS})(?![ \t]+(?:Images|Photo|Press|Wire|Features)\b)"
    r"(?:[ \t]*[•/|][ \t]*[A-Z][\w.]*)*[ \t]+"
    r"(?!(?:News|Media|Agency|Wire|Breakingviews)\b)(?=[A-Z0-9“\"‘'])"
    r"|(?:(?:Also|ALSO)[ \t]+)?(?:[Rr]ead|READ|[Ss]ee|SEE|[Ww]atch|WATCH|[Ll]isten|LISTEN)"
    r"(?:[ \t]+(?:more|MORE|also|ALSO))?[ \t]*:"
    # "More from Daily Two: ...", "More on this story: ...": a teaser
    r"|(?:More|MORE)[ \t]+(?:from|on|in|FROM|ON|IN)[ \t][^\n:.!?]{1,40}:"
    r"|(?:Related|RELATED|More|MORE)[ \t]*(?:stories|STORIES|coverage|COVERAGE)?[ \t]*:"
    # a link to the story before or after in a series: "Next: ...", "Previously: ..."
    r"|(?:Next|NEXT|Previously|PREVIOUSLY|Up[ \t]+next|UP[ \t]+NEXT)[ \t]*:"
    r"|Advertisement\b"
    r"|(?:CLOSE|SKIP|VIDEO|WATCH|PLAY|REPLAY)[ \t]+(?=[A-Z])"  # a video player's label + caption
    r"|Read or Share this story\b"
    r"|Media playback is\b"
    # "Reporting by Jane Roe; Editing by John Doe", in brackets or not
    r"|\(?(?:Additional[ \t]+reporting\b"
    r"|(?:Reporting|Writing|Editing|Live[ \t]+reporting)[ \t]+by\b)"
    # a time stamp line: "Updated 3:45 p.m. ET", "Last Updated: Nov. 30, 2017", "UPDATED
    # Thursday"
    r"|(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|Last[ \t][Uu]pdated"
    r"|LAST[ \t]UPDATED)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # "FILE PHOTO: ...", "Pictured: ...", "Above: ...": a caption's label
    r"|(?:FILE|File)[ \t]+(?:PHOTO|Photo|photo|IMAGE|Image|PICTURE|Picture)[ \t]*[:-]"
    r"|(?:Pictured|PICTURED|Above|ABOVE|Below|BELOW|Inset|INSET|Top|TOP|Main[ \t]+"
    r"(?:picture|image|photo))[ \t]*:"
    # a byline: "By Jane Doe and John Roe, Reuters", "By JANE DOE | Associated Press"
    r"|By[ \t]+[A-Z][\w.'’-]*(?:(?:[ \t]*[,|&/–—-][ \t]*|[ \t]+(?:(?:and|of|the)[ \t]+)?)"
    r"[A-Z][\w.'’-]*){0,9}[ \t]*\.?[ \t]*$"
    r"|MOST READ\b|Most Read\b|Most read\b"
    # "Posted by Jane Roe at 10:30 AM", "Produced by Jane Roe and John Doe for the video desk."
    r"|(?:Posted|POSTED|Produced|PRODUCED|Filed|FILED)[ \t]+by[ \t]+[A-Z][^\n]{0,80}$"
    r"|Like[ \t][^\n]{1,60}?[ \t]on Facebook\b"
    # "Shirley Feng contributed from Beijing.": a short contributor line, an outlet's
    # possessive before the name or not ("Channel 9's Jane Roe contributed reporting.")
    r"|(?:[A-Z][\w.-]*(?:[ \t]+[A-Z0-9][\w.-]*){0,3}['’]s[ \t]+)?"
    r"(?:[A-Z][\w.'’-]+[ \t]+){1,4}(?:and[ \t]+(?:[A-Z][\w.'’-]+[ \t]+){1,4})?"
    r"contributed\b[^\n]{0,60}$"
    r"|Follow\b[^\n]{0,80}?\bon (?:Twitter|X|Facebook|Instagram)\b"  # author's social line
    r"|(?:SYSTEM|System|ASSISTANT|Assistant|USER|User)[ \t]*:"  # a chat transcript role
    # a transcript's own label, the header line's first sentence or a later one: "Transcript:
    # Morning Report, Saturday 21 November", "Morning Report, 4 May. Transcript of the 8.10am
    # interview." (never "Transcript of the call shows ...")
    r"|(?:[^\n\"“”]{0,80}?[.!?][ \t]+)?(?:Transcript|TRANSCRIPT)(?:[ \t]*[:,]|[ \t]+of[ \t]+"
    r"(?:an?|the|this|our|today['’]s)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?(?:interview|programme|"
    r"program|broadcast|show|bulletin|conversation|discussion|episode|podcast|segment|phone-in)\b)"
    # calls to the reader: "Share this article ...", "Click here to ...", "Watch the video"
    r"|(?:Share|SHARE)[ \t]+(?:this|on|via)\b"
    r"|(?:Click|Tap|CLICK|TAP)[ \t]+(?:here|HERE|to|the)\b"
    r"|(?:Watch|Listen to|WATCH)[ \t]+(?:the|our|this)[ \t]+(?:video|clip|podcast|report)\b"
    r"|(?:Download|Get)[ \t]+(?:our|the)[ \t]+(?:free[ \t]+)?[^\n]{0,30}?\bapp\b"
    r"|(?:See|Read|Watch|Listen[ \t]+to)[ \t]+our[ \t]"  # "See our souvenir pullout ..."
    # a team sheet: "Corran City: Varga; Ibsen, Holt, Marsh; Obi (Asante 83); Novak."
    r"|[A-Z][^:\n]{1,40}:[ \t]?(?:[A-Z][\w'’.-]{1,30}(?:[ \t]\([^()\n]{1,30}\))?[,;][ \t]?){5,30}"
    r"|(?:Our|OUR)[ \t]+(?:Standards|standards|STANDARDS)[ \t]*:"
    # a service line for the reader: "• Call Brightway at 800-555-0142 or visit its website"
    r"|(?:[•·▪*–-][ \t]*)?(?:Call|Contact|Phone|Ring|Dial|Text)[ \t][^\n]{0,80}?"
    r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b"
    # ... with no number: "Report a pothole: use the council's online form or call its
    # highways line.", "To report a power cut, call 105." (released73)
    r"|(?:[•·▪*–-][ \t]*)?(?:To[ \t]+report|Report)[ \t]+(?:an?|the)[ \t]+[^\n.:,]{1,40}[:,][ \t]*"
    r"(?:use|call|visit|contact|phone|ring|go[ \t]+to|e-?mail|text|fill[ \t]+in)\b[^\n]{0,120}$"
    # ... by email: "Contact Jane Roe at jroe@example.com", "Email the desk at ..."
    r"|(?:[•·▪*–-][ \t]*)?(?:Contact|Email|E-mail|Reach|Write[ \t]+to)[ \t][^\n@]{0,80}?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # "You can reach the newsroom at 555-0100", "You can email her at ...": a contact
    r"|You[ \t]+can[ \t]+(?:reach|contact|call|email|e-mail|write[ \t]+to)[ \t][^\n]{0,60}?"
    r"(?:\b\d{3}[-. ]\d{3,4}\b|@)"
    # "Stay informed with our free morning briefing": a promotion of the outlet's service
    r"|Stay[ \t]+(?:informed|updated|up[ \t]+to[ \t]+date|in[ \t]+the[ \t]+know|tuned|connected)"
    r"\b[^\n]{0,80}?\b(?:our|newsletters?|briefings?|app|alerts|podcast)\b"
    # "Stay with Channel 9 for live updates across the region": the outlet keeping its
    # audience (a name or "us" after "with", then "for" what it offers)
    r"|Stay[ \t]+(?:with|tuned[ \t]+to)[ \t]+(?:us|[A-Z0-9][\w.&'’-]*(?:[ \t]+[A-Z0-9][\w.&'’-]*)"
    r"{0,3})[ \t]+for\b[^\n]{0,80}?\b(?:updates|coverage|news|latest|bulletins?)\b[^\n]{0,40}$"
    # a broadcaster's credit lines: "KVT 7 is an affiliate of the Channel 7 Network.",
    # "Channel 7 is an LNB affiliate.", "Material from LNB News was used in this report.",
    # "Hear more on Morning Edition."
    # (a broadcaster named in the line: "The Corby Hawks are the league affiliate of the
    # Corby Kings" is news)
    r"|(?=[^\n]*\b(?:[Nn]etwork|News|TV|Television|Radio|Channel|Broadcasting)\b)"
    r"(?:[A-Z0-9][\w.'’&-]*[ \t]+){0,4}[A-Z0-9][\w.'’&-]*[ \t]+is[ \t]+(?:an?|the)[ \t]+"
    r"(?:(?:[A-Z0-9][\w.'’&-]*[ \t]+){1,4})?affiliate\b[^\n]{0,60}$"
    r"|(?:Material|Reporting|Information)[ \t]+from[ \t][^\n]{1,60}?[ \t]+(?:was|were)[ \t]+used"
    r"[ \t]+in[ \t]+this[ \t]+(?:report|story|article)\.?[ \t]*$"
    r"|(?:You[ \t]+can[ \t]+)?(?:[Hh]ear|[Ww]atch|[Ss]ee|[Ll]isten[ \t]+to)[ \t]+more[ \t]+on[ \t]"
    r"[^\n]{1,60}$"
    # "Copyright Example News. Used with permission.": a copyright line without a year
    r"|(?:Copyright|COPYRIGHT)[ \t]+(?:©[ \t]*)?(?:\d{4}[ \t,]+)?[A-Z][\w.&'’-]*"
    r"(?:[ \t]+[A-Z][\w.&'’-]*){0,4}[ \t]*"
    r"(?:[.,;][ \t]*(?:[A-Z][^\n.!?]{0,40}[.]?)?)?[ \t]*$"
    # the reader sent to a web page: "Check example.com/traffic for live updates ..."
    r"|(?:Check|Visit|Go[ \t]+to|Head[ \t]+to)[ \t]+(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?[ \t]"
    r"[^\n]{0,80}$"
    r"|Supported by[ \t]*$"
    # the outlet describing itself: "Fenwick Now is a nonprofit newsroom."
    r"|(?:[A-Z][\w.'’-]+[ \t]+){0,3}[A-Z][\w.'’-]+[ \t]+is[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}newsroom\b"
    rf"|(?:{_CREDIT_BRACKET})[ \t]*$"
    r")",
    re.MULTILINE,
)
# Anywhere in a line: the line is furniture or a credit, not reporting.
# Matched against the lower-cased line. No leading \b and no IGNORECASE: either stops `re`
# from skipping quickly to the possible first characters (3x slower on the dev set).
_LINE_ANYWHERE = re.compile(
    r"\((?:left|right|centre|center|far left|far right|top|bottom|inset)\)"
    r"|(?:contributed to this report"
    r"|all rights reserved"
    r"|may not be published, broadcast"
    r"|copyright[ \t]+(?:©[ \t]*)?\d{4}|\(c\)[ \t]*(?:\d{4}|copyright\b)|subject to copyright"
    r"|©"
    r"|enter your email"
    r"|we use cookies|(?:our|read|see|view|accept) (?:privacy|cookie) (?:policy|notice|settings)\b"
    r"|by continuing (?:to (?:use|browse)|you agree)"
    r"|sign up (?:for|to) (?:our|the)\b"
    r"|(?:delivered|straight|direct) to your inbox"
    r"|journalism (?:depends|relies|counts) on (?:(?:your|the|our) )?(?:support|readers)"
    r"|journalism needs (?:your|our readers['’]?) support"
    # "Story continues below advertisement", "Continue reading after the ad"
    r"|(?:story|article|text|report) continues (?:below|after|under)\b"
    r"|continue reading (?:below|after)\b"
    # "Turn on notifications to get breaking news", "Enable push alerts"
    r"|(?:turn|switch) on (?:push |browser |breaking news |news )?(?:notifications|alerts)\b"
    r"|(?:enable|allow) (?:push|browser) (?:notifications|alerts)\b"
    r"|(?:the )?trust principles"
    # "This article appeared in the print edition under the headline ..."
    r"|print edition (?:under|with) the headline"
    r"|(?:article|story|piece|version of this \w+) appear(?:s|ed) in print\b"
    r"|(?:video|content|page) is not available in your (?:country|region)"
    r"|(?:enable|turn on) javascript|javascript (?:is )?(?:disabled|required)"
    r"|comments powered by|breaking news (?:emails|alerts)\b"
    r"|reached (?:your|the) (?:limit|maximum) of (?:free )?(?:articles|stories)"
    r"|newsletter sign[ -]?up"
    r"|subscribe to (?:our|the)\b"
    r"|we pay for (?:your )?(?:stories|videos|pictures)"
    r"|do you have a story\b"
    r"|got a story\b"
    r"|(?:email|contact) (?:us|our news ?desk)\b"
    r"|fill in the form\b"
    r"|this is a breaking news story"
    r"|more (?:follows|to follow)\b"
    r"|this story (?:is developing|will be updated|has been updated)"
    r"|an earlier version of this (?:article|story|report)"
    # an appeal for the reader's money: "Support our reporting: become a member today."
    r"|support our (?:reporting|journalism|newsroom)\b"
    r"|become a (?:member|subscriber|supporter|patron) (?:today|now|of)\b"
    r"|follow (?:him|her|them|us|me) on (?:twitter|x|facebook|instagram|threads|bluesky)\b"
    r"|continue reading the main story"
    r"|verify you(?:'|’)?re not a robot"
    r"|enlarge this image|toggle caption|photographer:"
    r"|contact the (?:writer|author|reporter)s?\b"
    r"|can be reached at\b"  # an author's contact line ("Jane Doe can be reached at ...")
    # the page naming itself a transcript: "This is a transcript of an item broadcast on
    # ...", "This is an edited transcript of ..." (released73)
    r"|this is an? (?:[\w-]+ )?transcript of\b"
    r"|this (?:text|transcript|copy) may not be in its final form"  # transcript disclaimer
    r"|transcripts? (?:is|are) (?:created|produced) (?:on a rush deadline|by)"
    # text addressed to a language model, not to readers (prompt injection)
    r"|(?:ignore|disregard|forget)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:previous|prior|above|"
    r"earlier)[ \t]+instructions"
    r"|you are now in [a-z]+ mode|<!--[ \t]*role[ \t]*:"
    r")"
)
# "(China Daily USA 07/15/2016 page1)": a print-edition reference at the end of a line.
_PRINT_REF = r"\([^()\n]{0,60}\bpage[ \t]?\d{1,3}\)"
# "... November 6, 2017. REUTERS/Mike Blake", "... Jane Barlow/PA", "... Agency/Handout via
# REUTERS": a caption's credit.
_DESKS = r"REUTERS|Reuters|AFP|AP|EPA|PA|REX|Rex|Getty|Getty Images|Bloomberg"
_SLASH_CREDIT = (
    rf"(?:\b(?:{_DESKS})/(?:[A-Z][\w.'’-]+[ \t]?){{1,4}}"
    rf"|(?:[A-Z][\w.'’-]+[ \t]){{1,3}}?[A-Z][\w.'’-]+/(?:{_DESKS})\b"
    # "... Tasnim News Agency/Handout via REUTERS": a handout passed on by a desk
    rf"|(?:[A-Z][\w.'’-]+[ \t]){{0,3}}[A-Z][\w.'’-]+/[A-Z][\w.'’-]+[ \t]+via[ \t]+(?:{_DESKS})\b)"
)
_LINE_ENDS_WITH_CREDIT = re.compile(
    rf"(?:{_CREDIT_BRACKET}|{_PRINT_REF}|{_SLASH_CREDIT})"
    rf"(?:[ \t]*(?:{_CREDIT_BRACKET}))*"
    r"[ \t]*\.?[ \t]*$"
)
# "A cup of tea on a kitchen table. Photo: Jane Roe", "... in 1985. Photograph: Jane Roe/Agency":
# a caption whose credit follows its last sentence under a label (a few words, no stop)
_LABELLED_CREDIT_END = re.compile(
    r"[.!?][”\"’']?[ \t]+(?:Photo|Photograph|Picture|Image|Credit)s?(?:[ \t]+credit)?"
    r"[ \t]*(?::|/|by\b|courtesy(?:[ \t]+of)?(?:[ \t]+the)?\b)[ \t]*[A-Z][^\n.!?:;]{0,60}\.?[ \t]*$"
    # "... on Tuesday evening. JANE ROE/EXAMPLE TRIBUNE", "... on Monday. Jane Roe / Example
    # Post": a credit alone after the last sentence, a name (two words or more), then a desk
    r"|[.!?][”\"’']?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*[ \t]*/[ \t]*"
    r"[A-Z][\w'’.&-]*(?:[ \t]+[A-Z0-9][\w'’.&-]*){0,4}[ \t]*$"
    # "... main entrance on Monday. Star photo by Jane Roe": a desk's own photo, its name first
    r"|[.!?][”\"’']?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:photo|photograph|picture|image)s?"
    r"[ \t]+by[ \t]+[A-Z][^\n.!?:;]{0,60}\.?[ \t]*$"
)
_CREDIT_LABELS = (
    "Photo", "Picture", "Image", "Credit", " photo by", " picture by", " image by", "/",
)  # fmt: skip
# a caption whose last sentence is followed by a photo desk's name alone
_BARE_DESK_END = re.compile(
    r"[.!?][”\"’']?[ \t]+(?:Getty Images|Getty|AFP|Reuters|REUTERS|EPA|Shutterstock|Alamy|SWNS|"
    r"Rex Features)[ \t]*\.?[ \t]*$"
)
# a caption whose last sentence is followed by a credit in brackets naming a desk, a channel
# or a person alone: "... at the town hall. (MBN 7 Vessington)", "(Jane Roe)" (two to five
# capitalised words or numbers, one in title case: "(APPLAUSE)" in a transcript is no credit)
_NAME_CREDIT_END = re.compile(
    r"[.!?][ \t]+\((?=[^()\n]*\b[A-Z][a-z])(?:[A-Z][\w'’.&-]*|\d{1,3})"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|\d{1,3})){1,4}\)[ \t]*$"
)
# ... or by a desk's name, a slash and a photographer's name: "... in the east of the
# province. (Courier/Jane Roe)", "(KTV/Jane Roe)" (the mirror of "(Jane Roe/Agency)")
_DESK_NAME_CREDIT_END = re.compile(
    r"[.!?][”\"’']?[ \t]+\([A-Z][\w'’.&-]*[ \t]?/[ \t]?(?:[A-Z][\w'’.-]+[ \t]+){1,3}"
    r"[A-Z][\w'’.-]+\)[ \t]*$"
)
_HIDE_CAPTION = re.compile(r"\bHide Caption[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}", re.IGNORECASE)
_PHOTOS_LABEL = re.compile(r"\bPhotos?:", re.IGNORECASE)
_GALLERY_ITEM_CHARS = 800  # a gallery item's caption is shorter than this
_CREDIT_TAIL_CHARS = 200  # a credit that ends a line sits in its last 200 characters
_INLINE_CREDIT = re.compile(
    rf"{_CREDIT_BRACKET}"
    r"|\bUpdated:[ \t]*\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?:[ \t]*\([^()\n]{1,30}\))?"
)
_LINE = re.compile(r"[^\n]+")
# Wire-photo captions: present-tense verbs of what a photo shows, then "on <weekday>"
_CAPTION_VERBS = (
    "arrive|attend|block|carry|comfort|cry|embrace|gather|gesture|guard|help|hold|hug|"
    "inspect|kneel|lay|leave|light|look|mourn|patrol|pay|place|pose|pray|react|sit|speak|"
    "stand|talk|wait|walk|watch|work"
)
_CAPTION_STYLE = re.compile(
    r"[A-Z](?:[\w'’-]*,? ){0,7}?(?P<verb>" + _CAPTION_VERBS + r")(?:e?s)?\b[^.!?\"“”\n]*?"
    r"\b(?:on|late|early) (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_FINITE = re.compile(  # a verb in another tense before the weekday: reporting
    r"\b(?:said|says|told|tells|is|are|was|were|has|have|had|will|would|could|can|did|does)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b\w+ed\b")  # ... or a past tense before the caption verb
# ... or right after it, taking an object, a place or a time: the caption verb was a noun
# ("Border guards detained a man on Monday", "Peace talks resumed in Geneva on Tuesday",
# "Army patrols found two bodies"); "Volunteers help injured people" stays a caption
_PAST_AFTER = re.compile(
    r"(?:e?s)?[ \t]+(?:\w+ed|took|fled|lost|fell|ran|came|went|saw|made|held|kept|met|shot"
    r"|struck|caught|fought|brought|found|threw|began|broke|drove|gave|sent|won|hit|cut|led|left)"
    r"[ \t]+(?:a|an|the|his|her|their|its|our|this|that|these|those|\d|on|in|at|across|after"
    r"|before|near|from|to|into|over|with|by|for|during|overnight|late|early|when|as|two|three"
    r"|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|[A-Z])"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$"
)
_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+|$)", re.MULTILINE)
_WEEKDAY_HINT = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_COUNTER = re.compile(r"(?<![\w/])(\d{1,3})/(\d{1,3})(?![\w/])")
# A line this long is a paragraph of reporting that happens to quote a phrase above; only
# the whole-line shapes that cannot occur inside reporting apply to it.
_LONG_LINE_WORDS = 80
# photo-caption blocks: lines sharing this many words in a row, this close, this short
_RUN_WORDS = 8
_NEARBY_LINES = 7
_CAPTION_WORDS = 60
_RESTATED = 0.5  # ... covering this share of the line's words
_FRAGMENT_WORDS = 15  # a line without a stop this short is a caption or a heading
_RUN_WORD = re.compile(r"\w+(?:['’]\w+)?")
_QUOTE_MARKS = frozenset('"“”‘«»')
_SINGLE_QUOTE = re.compile(r"(?:^|[\s(:])'\w")  # a quotation in straight single marks


def non_claim_spans(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    learned: bool = True,
) -> tuple[tuple[int, int], ...]:
    """Sorted [start, end) spans of ``text`` that hold no claims (rules above); spans that
    overlap or are apart by whitespace only are merged. ``title`` and ``outlet`` (the
    article's headline and publisher, when known) sharpen the converging cues of
    `consensus.page_cues`. With ``learned``, the sentences the rules leave that the fitted
    furniture score flags join them (`consensus.furniture_model`; off only for fitting it).

    Remembered for the last `_REMEMBERED` articles: the offline extractor and the origins'
    shingles (`shingles._make_doc`) each ask it of every article of a batch, ~20 ms each."""
    return _non_claim_spans(text, title, outlet, learned)


# articles whose spans are remembered (a batch's, read by the extractor, then by origins)
_REMEMBERED = 512


@lru_cache(maxsize=_REMEMBERED)
def _non_claim_spans(
    text: str, title: str | None, outlet: str | None, learned: bool
) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        body = line.group()
        if _LINE_RULES.match(body) or _ends_with_credit(body) or _is_gallery_line(body):
            found.append((start, end))
        elif (
            len(body.split()) <= _LONG_LINE_WORDS
            and (cue := _LINE_ANYWHERE.search(body.lower()))
            and not in_quotation(body, cue.start())  # '"Sign up for the list now," he said.'
        ):
            lo, hi = furniture_extent(body, cue.start(), caption=cue.group().startswith("("))
            found.append((start + lo, start + hi))
    found.extend(_gallery_items(text))
    found.extend(_list_headings(text))
    found.extend(_headline_lists(text))
    found.extend(_repeated_nearby(text))
    found.extend(_photo_captions(text))
    found.extend(_programme_talk(text))
    found.extend(_own_reporter(text))
    found.extend(no_content_spans(text))  # provenance, announcements (consensus.no_content)
    found.extend(page_line_spans(text))  # bylines, stamps, labels, controls (consensus.page_lines)
    found.extend(page_voice_spans(text))  # the outlet to its reader (consensus.page_voice)
    # converging cues, credits naming nobody in the story (consensus.page_cues)
    found.extend(page_cue_spans(text, title=title, outlet=outlet, found=found))
    page_talk = _page_talk(text)
    found.extend(page_talk)
    found.extend(furniture_spans(text, found, page_talk))
    found.extend(m.span() for m in _INLINE_CREDIT.finditer(text))
    # furniture comes in runs: short eventless sentences beside it (consensus.page_cues)
    found.extend(page_run_spans(text, found, title=title, outlet=outlet))
    if learned:
        found.extend(learned_furniture_spans(text, found))
    # a short line the sentences above half found, or a question to the reader
    found.extend(furniture_line_spans(text, found, outlet))  # (consensus.furniture_lines)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _repeated_nearby(text: str) -> list[tuple[int, int]]:
    """The caption block of a photo set: lines that restate a whole sentence at most
    `_NEARBY_LINES` lines away (runs of `_RUN_WORDS` words both print cover at least
    `_RESTATED` of the line), neither quoting anyone, next to another such line or to a
    short fragment (a caption without a stop). Each caption restates the story's lead in
    other words ("The scene after a tram overturned in ..., trapping five people." /
    "Emergency workers at the scene after a tram overturned in ..."); reporting does not
    restate itself a few lines later. Kept: a quotation repeated as a pull quote (it keeps
    its quotation marks), a sentence that a nearby credit-led caption repeats ("SWNS More
    than 51 people were rushed to hospital": only the fragment goes), a lead or bullet with
    reporting around it, paragraphs of one formula ("Engineers reported that work on road
    4 ..."), which share a run but not most of their words."""
    lines: dict[int, tuple[int, int, list[tuple[str, ...]], bool]] = {}
    fragments: set[int] = set()
    for number, m in enumerate(_LINE.finditer(text)):
        body = m.group().strip()
        words = _RUN_WORD.findall(body.lower())
        whole = body.endswith((".", "!", "?"))
        if not whole and 3 <= len(words) <= _FRAGMENT_WORDS:
            fragments.add(number)
        if _QUOTE_MARKS.intersection(body) or _SINGLE_QUOTE.search(body):
            continue
        if _RUN_WORDS <= len(words) <= _CAPTION_WORDS:
            runs = [tuple(words[k : k + _RUN_WORDS]) for k in range(len(words) - _RUN_WORDS + 1)]
            lines[number] = (m.start(), m.end(), runs, whole)
    repeats: set[int] = set()
    for number, (_, _, runs, _) in lines.items():
        for other in range(number - _NEARBY_LINES, number + _NEARBY_LINES + 1):
            got = lines.get(other)
            if other == number or got is None or not got[3]:
                continue
            shared = set(runs).intersection(got[2])
            covered = {
                k + d for k, run in enumerate(runs) if run in shared for d in range(_RUN_WORDS)
            }
            if len(covered) >= _RESTATED * (len(runs) + _RUN_WORDS - 1):
                repeats.add(number)
                break
    block = repeats | fragments
    return [lines[n][:2] for n in sorted(repeats) if (n - 1) in block or (n + 1) in block]


def _photo_captions(text: str) -> list[tuple[int, int]]:
    """Sentences in the wire-photo caption style: people doing something in the present
    tense on a weekday ("Rescue workers help an injured woman into an ambulance on
    Thursday after ...", "Police officers stand next to the truck on Thursday"). Reporting
    puts a past weekday in the past tense; a present tense with a weekday is a caption."""
    if not _WEEKDAY_HINT.search(text):
        return []
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        found = _CAPTION_STYLE.match(sentence)
        if (
            found is not None
            and not _FINITE.search(sentence, 0, found.start("day"))
            and not _PAST.search(sentence, 0, found.start("verb"))
            and not _PAST_AFTER.match(sentence, found.end("verb"))
            # "The talks in Geneva ended on Wednesday": after a determiner it is a noun
            and not _DETERMINER_BEFORE.search(sentence, 0, found.start("verb"))
        ):
            out.append(m.span())
    return out


# A broadcast's own programme talk: the host bringing in a guest or promising more ("We're
# joined now by ...", "We'll have more details as the night goes on", "More now on ...").
# English broadcast grammar at a sentence's start (after "And", "Well", "Of course").
_PROGRAMME_TALK = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Z ]{1,30})?:[ \t]*)?"  # "ARI SHAPIRO, HOST:"
    r"(?:(?:and|well|now|of course|again),?[ \t]+){0,3}(?:"
    r"we(?:'re|’re|[ \t]+are)[ \t]+joined[ \t]+(?:now[ \t]+|again[ \t]+)?by\b"
    r"|joining[ \t]+us[ \t]+(?:now|from|on the line)\b"
    r"|(?:[A-Z][\w.'’-]+[ \t]+){1,3}joins[ \t]+us[ \t]+(?:now|from|on the line)\b"
    # the programme's own interview or reporter, introduced ("Foreign Minister Erik Sand
    # spoke to us from the capital", "Reporter Jo Webb has been speaking to survivors")
    r"|(?:[A-Z][\w.'’-]+[ \t]+){1,5}(?:spoke|talked|(?:has|had)[ \t]+been[ \t]+(?:speaking|talking)"
    r"|is[ \t]+(?:speaking|talking))[ \t]+(?:to|with)[ \t]+(?:us|me)\b"
    r"|(?:our[ \t]+)?(?:[\w-]+[ \t]+)?(?:reporter|correspondent)[ \t]+(?:[A-Z][\w.'’-]+[ \t]+){1,3}"
    r"(?:has[ \t]+been|is|was)[ \t]+(?:speaking|talking)[ \t]+(?:to|with)\b"
    r"|we(?:'ll|’ll|[ \t]+will)[ \t]+(?:have|bring you)[ \t]+more[ \t]+"
    r"(?:details|on[ \t]+(?:this|that|the)|for you|coverage|updates|information|as|later)\b"
    r"|stay[ \t]+with[ \t]+us\b"
    r"|more[ \t]+now[ \t]+on\b"
    r"|you(?:'re|’re|[ \t]+are)[ \t]+(?:listening[ \t]+to|watching)\b"
    # a greeting or thanks between the voices, the whole sentence ("Good to be with you,
    # Nora.", "Thanks very much for joining us.")
    r"|(?:(?:(?:it's|it’s|it[ \t]+is)[ \t]+)?good[ \t]+to[ \t]+be[ \t]+(?:with[ \t]+you|here)"
    r"|(?:thank[ \t]+you|thanks)(?:[ \t]+(?:very|so)[ \t]+much)?(?:[ \t]+for[ \t]+(?:having[ \t]+me"
    r"|joining[ \t]+us|being[ \t]+with[ \t]+us|talking[ \t]+(?:to|with)[ \t]+us|coming[ \t]+in))?)"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?[ \t]*[.!]?[ \t]*$"
    # the sign-off naming the voice just heard ("That's NBN's Kestland correspondent Jo
    # Webb with the latest.", "That was reporter Sam Roe in Tamsk."), not "That was
    # reporter Sam Roe's last story ..."
    r"|that(?:'s|’s|[ \t]+(?:was|is))[ \t]+(?:(?-i:[A-Z])[\w.'’&-]*[ \t]+){0,4}"
    r"(?:[\w-]+[ \t]+)?(?:correspondent|reporter|editor|producer|host|anchor)[ \t]+"
    r"(?:(?-i:[A-Z])[\w.-]*[ \t]+){0,2}(?-i:[A-Z])[\w.-]*"
    r"(?=[ \t]*(?:[.,!]|$)|[ \t]+(?:with|in|at|reporting|from|for|on|outside|live)\b)"
    # the guest named before the thanks ("Vera Moll with the Harbor Times, thank you.")
    r"|(?:(?-i:[A-Z])[\w.'’-]*[ \t]+){0,3}(?-i:[A-Z])[\w.'’-]*(?:[ \t]+(?:with|of|from|at)"
    r"[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3})?"
    # ... or two guests ("Jane Roe and Councillor Tom Doe, thank you both.") (released72)
    r"(?:[ \t]+and[ \t]+(?:(?-i:[A-Z])[\w.'’-]*[ \t]+){0,3}(?-i:[A-Z])[\w.'’-]*)?,[ \t]*"
    r"(?:thank[ \t]+you|thanks)"
    r"(?:[ \t]+(?:very|so)[ \t]+much)?(?:[ \t]+(?:both|all|everyone))?[ \t]*[.!]?[ \t]*$"
    r")",
    re.IGNORECASE,
)


# The outlet talking about its own page or to its reader, by shape: the page itself named
# ("this article", "this story", "our live coverage", "a developing story"), or the reader
# addressed ("you") beside the outlet's "we"/"us"/"our" or an imperative opening, about page
# things (comments, updates, the newsletter, a journalist to contact). Quoted speech is
# someone's words, never page talk.
_PAGE_ITSELF = re.compile(
    r"\b(?:this|our)[ \t]+(?:(?:live|rolling|continuing|ongoing)[ \t]+)?"
    r"(?:article|story|page|blog|post|newsletter|coverage|"
    r"comments?[ \t]+section)\b"
    r"|\b(?:a|this)[ \t]+(?:developing|breaking)[ \t]+(?:news[ \t]+)?story\b"
    # "This is a live page and will be updated ...", "Live coverage of X has now ended."
    r"|\bthis[ \t]+is[ \t]+(?:a|our)[ \t]+(?:live|rolling|developing)[ \t]+(?:page|blog|story)\b"
    r"|^[ \t]*(?:Live|Rolling)[ \t]+(?:coverage|updates|blog)\b[^\n.!?]{0,60}[ \t]"
    r"(?:has|have|is|are)[ \t]+(?:now[ \t]+)?(?:ended|finished|closed|concluded|paused|over)\b"
    # a live page's note on its clock and order: "All times local; latest entries first.",
    # "All times CET." (session 45, released45)
    r"|^[ \t]*All[ \t]+times[ \t]+(?:are[ \t]+)?(?:local|(?-i:[A-Z]{2,5}))\b"
    # ... and on its posts' order: "Posts appear in time order, all times local."
    # (session 46, released46)
    r"|^[ \t]*(?:posts|entries|updates)[ \t]+(?:appear|are[ \t]+(?:shown|listed|published))[ \t]+"
    r"in[ \t]+(?:reverse[ \t]+)?(?:time|chronological|date)[ \t]+order\b"
    # a live page's heading sentence, no more than its name and what it follows: "Live
    # updates as the row over the plan continues.", "Live coverage." (released46)
    r"|^[ \t]*(?:Live|Rolling)[ \t]+(?:coverage|updates|blog)\b(?:[ \t]+as\b[^\n.!?,;:]{0,160}"
    r"|(?:[ \t]+(?:on|from|of)\b)(?:[ \t]+[^\s.!?,;:]+){1,6})?[.!]?[ \t]*$"
    # an outlet's own access line: "The Ledger is free to read for members of ..."
    r"|\bis[ \t]+free[ \t]+to[ \t]+read\b"
    # "This piece has been amended to ..." (where a piece first ran: `no_content`)
    r"|\bthis[ \t]+(?:report|piece|item)[ \t]+(?:has[ \t]+been|was)[ \t]+(?:amended|corrected"
    r"|updated|changed|edited)[ \t]+(?:to|on|since|after)\b"
    # a newsletter naming itself: "This is The Morning Memo, our daily note on ..."
    r"|\bour[ \t]+(?:(?:daily|weekly|morning|evening|nightly)[ \t]+)?(?:note|briefing|digest"
    r"|roundup|round-up|bulletin)[ \t]+(?:on|about|for|from)\b"
    # a broadcaster's plug for its own programme: "... live coverage on our evening news at 6"
    r"|\bour[ \t]+(?:(?:morning|evening|nightly|late|noon|live)[ \t]+)?(?:news(?:cast)?"
    r"|broadcast|programme|program|show|website|channel|station)[ \t]+(?:at|on|tonight|from)\b"
    # the page's editing note: "It has been edited for length.", "This interview has been
    # condensed and edited for clarity." (released72)
    r"|\b(?:it|(?:this|the)[ \t]+(?:interview|conversation|transcript|exchange|discussion|q&a"
    r"|text|article|story|episode|extract))[ \t]+(?:(?:has|have)[ \t]+been|was|were)[ \t]+"
    r"(?:lightly[ \t]+)?(?:edited|condensed)(?:[ \t]+and[ \t]+(?:edited|condensed))?[ \t]+for"
    r"[ \t]+(?:length|clarity|brevity|space)\b"
    # a programme's slot: "Morning Report is on weekdays from 6am.", "The Late Show airs
    # Sundays at 10pm." (title-case name, a day pattern, a clock time) (released72)
    r"|^[ \t]*(?:(?-i:[A-Z])[\w'’&.-]*[ \t]+){1,6}(?:is[ \t]+on(?:[ \t]+air)?|airs|is[ \t]+"
    r"(?:broadcast|aired|live)|goes[ \t]+out)[ \t]+(?:on[ \t]+|at[ \t]+)?(?:weekdays|weeknights"
    r"|weekends|daily|every[ \t]+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|monday"
    r"[ \t]+to[ \t]+(?:friday|saturday|sunday))\b[^\n.!?]{0,40}?(?:\b\d{1,2}[ \t]*(?:am|pm)\b"
    r"|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b)"
    # a service line to the reader, a phone number after a call's verb: "Call 01632 960 877
    # to book.", "If you have been affected, ring the helpline on 0800 123 4567." (released72)
    r"|^[ \t]*(?:if[ \t]+you\b[^\n.!?,]{0,60},[ \t]*)?(?:please[ \t]+)?"
    r"(?:call|ring|phone|dial|text|contact)[ \t][^\n.!?]{0,60}?"
    r"(?:\+\d{1,3}[ \t-]?)?\(?\b\d{3,5}\)?(?:[ \t.-]\d{3,4}){1,3}\b(?![.,]\d)",
    re.IGNORECASE,
)
_READER = re.compile(r"\byou(?:r|['’](?:re|ve|ll|d))?\b", re.IGNORECASE)
_OUTLET_VOICE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
_TO_READER = re.compile(
    r"(?:Please[ \t]+)?(?:Follow|Join|Share|Tell|Send|Email|E-mail|Call|Leave|Subscribe|"
    r"Download|Register|Log[ \t]+in|Sign[ \t]+(?:up|in)|Let[ \t]+us[ \t]+know|Get|Listen|"
    r"Watch|Try|Become|Unlock|Stream|Enjoy|Explore|Discover|Start|Check|Refresh|Reload)\b"
)
_PAGE_THINGS = re.compile(
    r"\b(?:comments?|commenting|updates|newsletter|app|forum|inbox|subscription|"
    r"journalists?|reporters?|news[ \t]+team|telephone[ \t]+number|phone[ \t]+number|"
    r"experiences|tips|stories|story|article|page|website|site|below|podcasts?|episodes?|"
    r"members?|membership|access|alerts|notifications|account|newsroom|news[ \t]+desk|"
    r"social[ \t]+media|(?:the[ \t]+)?day['’]s[ \t]+events|for[ \t]+the[ \t]+latest)\b",
    re.IGNORECASE,
)


def _page_talk(text: str) -> list[tuple[int, int]]:
    """Unquoted sentences of the outlet talking about its page or to its reader (see the
    patterns above): "This article originally appeared on ...", "Our live coverage has
    ended", "Please let us know if you're having issues with commenting", "Follow the
    latest updates below"."""
    return [m.span() for m in _SENTENCE.finditer(text) if _talks_of_page(m.group())]


@lru_cache(maxsize=1 << 14)
def _talks_of_page(sentence: str) -> bool:
    """`_page_talk`'s test of one sentence (pure: remembered, since copies and variants of
    one story repeat their sentences)."""
    if _QUOTE_MARKS.intersection(sentence) or _SINGLE_QUOTE.search(sentence):
        return False
    return bool(
        _PAGE_ITSELF.search(sentence)
        or (
            _PAGE_THINGS.search(sentence)
            and (
                (_READER.search(sentence) and _OUTLET_VOICE.search(sentence))
                or _TO_READER.match(sentence)
            )
        )
    )


# A programme's own blurb for an interview, in the present tense: "NPR's Ari Shapiro talks to
# Vivienne Walt, a reporter for Time Magazine in Paris, about the truck attack" (a broadcaster's
# initials in the possessive, its host, then the guest and "about"). Case-sensitive: the
# initials are capitals ("Russia's Vladimir Putin talks with ..." is no blurb).
_SHOW_INTRO = re.compile(
    r"(?:The[ \t]+)?[A-Z]{2,5}['’]s[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:[A-Z][\w.'’-]+[ \t]+){1,3}(?:talks|speaks|chats)[ \t]+(?:to|with)[ \t]+"
    r"(?:[\w.'’-]+[ \t]*){1,4}(?:,[^.!?]{0,120}?,[ \t]*)?about\b"
)


# The programme asking its audience to get in touch: "If you have a view on the plan, text us
# on 81 400 or email ...", "Call us on 0800 ..." (released73); "the police told us" is news
_AUDIENCE_CALL = re.compile(
    r"(?:^|[ \t(,;-])(?:text|call|phone|ring|e-?mail|message|whatsapp)[ \t]+us[ \t]+(?:on|at)\b",
    re.IGNORECASE,
)
# A broadcast reporter's sign-off ending a paragraph: the name, the programme, the place
# ("Jane Roe, Example Tonight, Westport."): title-case words in three comma parts, no verb
_SIGN_OFF_END = re.compile(
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2},[ \t]*[A-Z][\w'’&-]+(?:[ \t]+[A-Z][\w'’&-]+){0,3},"
    r"[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}\.[ \t]*(?=\n|$)"
)


def _programme_talk(text: str) -> list[tuple[int, int]]:
    """Sentences of a broadcast transcript's programme talk (`_PROGRAMME_TALK`), an
    interview's blurb (`_SHOW_INTRO`), a call to the audience (`_AUDIENCE_CALL`, never in
    quotation marks) and a reporter's sign-off (`_SIGN_OFF_END`)."""
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if _PROGRAMME_TALK.match(sentence) or _SHOW_INTRO.match(sentence):
            out.append(m.span())
        elif (call := _AUDIENCE_CALL.search(sentence)) and not in_quotation(
            text, m.start() + call.end()
        ):
            out.append(m.span())
        elif _SIGN_OFF_END.fullmatch(text, m.start(), _line_end(text, m.end())):
            out.append(m.span())
    return out


def _line_end(text: str, at: int) -> int:
    """The end of the line holding ``at``."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A dateline's source: "WEXBRIDGE (NBN 7) —", "DRESK, Vardenia (Meridian Press) -"
_DATELINE_SOURCE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[A-Z][\w .'’-]{1,30})?[ \t]*"
    r"\((?P<src>[A-Z][^()\n]{1,40})\)[ \t]*[-–—]",
    re.MULTILINE,
)


def _own_reporter(text: str) -> list[tuple[int, int]]:
    """Sentences placing the outlet's own reporter, the source its dateline names ("NBN 7's
    Jane Roe was in the courtroom.", "Meridian Press's John Doe was at the scene."): where
    the story was gathered, not what happened."""
    sources = {m.group("src").strip() for m in _DATELINE_SOURCE.finditer(text)}
    out: list[tuple[int, int]] = []
    for source in sources:
        out.extend(m.span() for m in _own_reporter_pattern(source).finditer(text))
    return out


@lru_cache(maxsize=4096)
def _own_reporter_pattern(source: str) -> re.Pattern[str]:
    """`_own_reporter`'s pattern of one dateline source, compiled once per source."""
    return re.compile(
        re.escape(source) + r"['’]s?[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:was|is|were|has[ \t]+been)"
        r"[ \t]+(?:in|at|outside|inside)[ \t][^.!?\n]{1,60}[.!?]"
    )


def _gallery_items(text: str) -> list[tuple[int, int]]:
    """Each "Hide Caption k of n" with its caption back to the "Photos:" label before it
    (same line, after the previous item, within _GALLERY_ITEM_CHARS); linear in the text."""
    items: list[tuple[int, int]] = []
    previous_end = 0
    for m in _HIDE_CAPTION.finditer(text):
        lo = max(previous_end, text.rfind("\n", 0, m.start()) + 1, m.start() - _GALLERY_ITEM_CHARS)
        labels = list(_PHOTOS_LABEL.finditer(text, lo, m.start()))
        items.append((labels[0].start() if labels else m.start(), m.end()))
        previous_end = m.end()
    return items


# "What the plan means for you:" then "- Bus fares frozen": a short line ending in a colon
# right before a bulleted line heads a list (no reporting verb: "Police said:" quotes)
_LIST_BULLET = r"(?:[•·▪‣◦►▸■●*]|[-–—](?=[ \t]))"
_LIST_HEADING_END = re.compile(rf":[ \t]*\n[ \t]*{_LIST_BULLET}")
# the same heading with blank lines before its first item, as pages set a list apart
_SPACED_LIST_HEADING_END = re.compile(rf":[ \t]*\n(?:[ \t]*\n)+[ \t]*{_LIST_BULLET}")
_HEADING_WORDS = 10
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|wrote|writes|announced|announces|"
    r"warned|warns|explained|explains|according)\b"
)


def _list_headings(text: str) -> list[tuple[int, int]]:
    """The heading lines of bulleted lists (`_LIST_HEADING_END`, or with blank lines before
    the first item), never one with a reporting verb, a quotation mark or another colon."""
    out: list[tuple[int, int]] = []
    ends = [*_LIST_HEADING_END.finditer(text), *_SPACED_LIST_HEADING_END.finditer(text)]
    for m in ends:
        start = text.rfind("\n", 0, m.start()) + 1
        head = text[start : m.start()]
        if (
            len(head.split()) <= _HEADING_WORDS
            and ":" not in head
            and not _REPORTING.search(head)
            and not any(q in head for q in _QUOTE_MARKS)
        ):
            out.append((start, m.start() + 1))
    return out


# a bulleted line: its marker and its text
_BULLET_LINE = re.compile(rf"[ \t]*{_LIST_BULLET}[ \t]*([^\n]*)")
_TAIL_LINES = 2  # a list of headlines ends the article, but for this many lines
# the heading of a list of other stories: "More from X:", "Also this week:", "Related
# stories:", "Most read:", "In other news:", "You may also like:", "Don't miss:"
_OTHER_STORIES = re.compile(
    r"[ \t]*(?:More|Also|Related|Recommended|Read|See|Latest|Elsewhere|Most|Other|Further|"
    r"Top|Popular|Trending|Explore|Editor['’]s[ \t]+picks?|In[ \t]+other|You[ \t]+may|"
    r"Don['’]t[ \t]+miss)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 4  # a headline has at least this many words


def _headline_lists(text: str) -> list[tuple[int, int]]:
    """The items of a list of related headlines at an article's end ("More from X:" / "Also
    this week:" then "- Why storms are getting stronger faster"): a list headed as one of
    other stories (`_OTHER_STORIES`) that at most `_TAIL_LINES` lines follow, every item
    title-like: `_TITLE_WORDS` words or more, no full stop, no colon, no quotation mark,
    no reporting verb. A list of key points ("What the study found:" then "* Tea drinkers
    slept longer") is none: another heading, and often labels, stops or paragraphs after."""
    out: list[tuple[int, int]] = []
    for m in _LIST_HEADING_END.finditer(text):
        if not _OTHER_STORIES.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue
        at = text.find("\n", m.start()) + 1
        items: list[tuple[int, int]] = []
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            item = _BULLET_LINE.fullmatch(text, at, line_end)
            if item is None:
                break
            items.append(item.span(1))
            at = line_end + 1
        if not items or len([ln for ln in text[at:].splitlines() if ln.strip()]) > _TAIL_LINES:
            continue
        bodies = [_unlabelled(text[a:b].strip()) for a, b in items]
        if all(
            len(b.split()) >= _TITLE_WORDS
            and b[-1:] not in ".!?:;"
            and ":" not in b
            and not _REPORTING.search(b)
            and not any(q in b for q in _QUOTE_MARKS)
            for b in bodies
        ):
            out.extend(items)
    return out


# a headline's label: "Table: ...", "Analysis: ...", "Live scores: ..." (a word or two)
_HEADLINE_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’-]+)?:[ \t]+(?=\S)")


def _unlabelled(item: str) -> str:
    """A headline without its label ("Table: the league after 27 rounds")."""
    label = _HEADLINE_LABEL.match(item)
    return item[label.end() :] if label else item


def _ends_with_credit(line: str) -> bool:
    end = line.rstrip()
    tail = end[-_CREDIT_TAIL_CHARS:]
    if any(label in tail for label in _CREDIT_LABELS) and _LABELLED_CREDIT_END.search(tail):
        return True
    if _BARE_DESK_END.search(tail):
        return True  # "A man carries his child through flood water. Getty Images"
    if _NAME_CREDIT_END.search(tail) and not _QUOTE_MARKS.intersection(tail):
        return True  # "A book of condolence is open at the town hall. (Channel 7 News)"
    if _DESK_NAME_CREDIT_END.search(tail):
        return True  # "Hail damage to a crop in the east. (Courier/Jane Roe)"
    # Every other credit shape ends with ")" or has a "/" near the end: skip the regex then.
    if not end.endswith(")") and "/" not in end[-60:]:
        return False
    return _LINE_ENDS_WITH_CREDIT.search(end, max(0, len(end) - _CREDIT_TAIL_CHARS)) is not None


def _is_gallery_line(line: str) -> bool:
    """Three or more slide counters k/n of one n in a line: "1/8 ... 2/8 ... 3/8 ..."."""
    if line.count("/") < 3:
        return False
    seen: dict[str, set[int]] = {}
    for m in _COUNTER.finditer(line):
        k, n = int(m.group(1)), int(m.group(2))
        if 0 < k <= n:
            seen.setdefault(m.group(2), set()).add(k)
    return any(len(ks) >= 3 for ks in seen.values())


def overlaps_non_claim(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with one of ``spans`` (sorted, merged)."""
    lo, hi = 0, len(spans)
    while lo < hi:  # first span that ends after start
        mid = (lo + hi) // 2
        if spans[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] < end
