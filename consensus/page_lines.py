"""Whole lines of page furniture found by the words they are made of, for outlets never seen.

`consensus.nonclaims` finds captions, credits and furniture by the patterns they start or
end with; `consensus.furniture` the sentences an outlet writes to its reader. This module
adds the lines whose every word is furniture's: a crawler keeps them between paragraphs on
wire, newspaper, broadcaster, live-blog and trade pages alike, and no line of them holds a
claim. Each kind is a shape of words, never one site's strings:

    - a byline: "By" then names or a desk ("By Jane Roe and John Doe", "By Courier staff and
      wire reports", "By the Example Post staff", "By Jane Roe in Dresk"), then, after a
      separator, a role or a time stamp ("| Courts reporter", ", Tribune staff writer",
      "· Updated March 12, 2024 at 9:14 a.m. EDT"); "Story by", "Analysis by" the same;
    - a credit line of names and a desk alone ("Jane Roe, The Associated Press", "Jane Roe |
      Example Ledger", "Herald staff and wire reports", "Jane Roe/The Example Sentinel via
      AP", "Example Times, with MNA"): capitalised words, separators and credit words only;
    - a time stamp ("Last modified on Tue 12 Mar 2024 14.02 GMT", "2 hours ago", "12.05 BST",
      "5 min read", "Reading time: 4 minutes"): date, time and stamp words only;
    - a label that heads a teaser, a list of tags or a media item ("Topics: ...", "Filed
      under: ...", "Video: ...", "In pictures: ...", "Live updates: ...", "Further reading:
      ...", "More local news: ...", "Poll: ..."), the rest of the line short, reporting
      nobody's words;
    - a photo credit with no caption ("Courtesy of the Roe family", "Supplied: Example
      Council", "(Supplied)", "STAFF PHOTO / Jane Roe", "Screengrab from a video shared on
      social media");
    - a gallery's counter or control ("Image 3 of 12", "1 of 12 | ...", "View 24 images",
      "Open image in gallery");
    - a line of page controls: at most `_UI_LINE_WORDS` words, each a control's word ("Show
      key events only", "Load more updates", "Join the discussion", "45 comments", "Copy
      link");
    - an explainer's question heading ("What happened?", "How did it start?"): a short
      question alone on its line, unquoted; a kicker in capitals ("DATA BREACH");
    - the reader asked for a tip or a comment ("Have a news tip? Email ...", "Got a
      question about X? Email our desk.", "Have your say: ... Comment below");
    - who paid for or passed on the page ("Sponsored by Example Bank", "Provided by Example
      Times", "Produced in partnership with the Example Foundation"); a wire's update note
      or slug ("(Corrects spelling of name in paragraph 3)", "UPDATE 2-...");
    - a service line: a web address with what the reader can do there ("Customers can
      check whether their car is affected at example.test/recall.");
    - a caption closed by a picture agency's name ("... in Tesna on Thursday. (Example
      News Agency)"), reporting nobody's words;
Sentences (never one that reports someone's words or is quoted)
    - a caption that points at its picture ("Smoke rises over the plant in this handout
      picture released on May 2.", "A handout photo released by the ministry shows the
      bridge.");
    - where a broadcast interview ran ("She was speaking to Example Radio's Morning
      Report."), a time alone after it; a broadcast reporter's sign-off ("For Example News,
      I'm Jane Roe in Westport.", "Reporting from Westport, Jane Roe.").

Pure: no I/O, clock or randomness; every pattern is linear-time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consensus.furniture import REPORTED

__all__ = ["page_line_spans"]

_LINE = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^\s.!?][^\n.!?]*(?:[.!?]+|$)", re.MULTILINE)
_QUOTE_MARKS = frozenset('"“”‘«»')
_TOKEN = re.compile(r"[^\s,|•·/;]+")
_SEPARATORS = re.compile(r"[ \t]*(?:[|•·/;]|,|[ \t][-–—](?=[ \t]))[ \t]*")

# Words of a byline or a credit line besides names: a desk, its staff, the wires.
_CREDIT_WORDS = frozenset(
    """
    and & with the of in at for staff reporter reporters writer writers correspondent
    correspondents editor editors wire wires reports services service agencies agency desk
    team newsroom news photographer photographers contributor contributors special senior
    chief political foreign home business city courts crime health science sports sport
    economics environment transport education diplomatic investigative digital deputy
    associate assistant managing local regional national international bureau de van von
    der den bin al da la le del dos du y via on
    """.split()
)
# Words of a time stamp.
_STAMP_WORDS = frozenset(
    """
    updated published posted modified created first last edited on at ago today yesterday
    min mins minute minutes hour hours hr hrs h m s sec read reading time noon midnight am
    pm a.m. p.m. a.m p.m gmt bst utc cet cest eet eest et est edt ct cst cdt mt mst mdt pt
    pst pdt ist jst kst aest aedt acst awst nzst nzdt sgt hkt wat eat sast msk
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
    saturday sunday jan feb mar apr may jun jul aug sep sept oct nov dec january february
    day days week weeks month months just now uk us local in print edition issue page
    duration length originally second seconds secs listen audio video
    march april june july august september october november december
    """.split()
)
_NUMBERISH = re.compile(
    r"\d{1,4}(?:st|nd|rd|th|h|m|s|am|pm|a\.m\.?|p\.m\.?)?"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|a\.m\.?|p\.m\.?)?"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{4}-\d{2}-\d{2}t[\d:.]+z?"
)
# A control's words: a line made only of these holds no claim ("Show key events only").
_UI_WORDS = frozenset(
    """
    show hide load view open close refresh expand collapse vote join reply replies sort
    filter jump skip back print save copy share email e-mail comment comments discussion
    conversation key events event only more less all updates update latest live blog pinned
    post posts results the a to this our your now here link links page article story
    gallery image images photo photos picture pictures video videos slideshow full screen
    fullscreen transcript caption captions top content main menu navigation newest oldest
    first reading list later sign log in up out register subscribe notifications alerts on
    off audio sound mute unmute play pause next previous home advertisement ad ads feedback
    sponsored promoted listen watch app get scroll continue explore these topics topic
    stories from partners partner paid are closed be error typo correction min mins minutes
    accept reject cookies cookie manage settings preferences consent new just zoom bookmark
    donate add reader readers related coverage continues privacy policy terms of use down for
    read
    """.split()
)
_UI_LINE_WORDS = 6
_COUNTER = re.compile(r"\d{1,3}/\d{1,3}")
_CREDIT_LINE_WORDS = 8
_SERVICE_LINE_WORDS = 40
_SERVICE_LINE_CHARS = 320
# A credit line's own words: a desk's staff, the wires, a desk passing a picture on.
_DESK_MARKS = frozenset(
    {
        "staff",
        "wire",
        "wires",
        "reporters",
        "correspondent",
        "with",
        "via",
        "for",
        "agencies",
        "bureau",
        "images",
        "pictures",
        "photos",
        "photography",
        "service",
    }
)

_BYLINE_OPEN = re.compile(
    r"[ \t]*(?:(?:Story|Words|Text|Analysis|Report|Reporting|Interview|Commentary|Photos?"
    r"|Photograph|Pictures?|Video|Illustration|Graphics?|Images?)[ \t]+)?"
    r"(?:(?<=[ \t])by|By|BY)[ \t]+(?=\S)"
)
_ROLE_END = re.compile(
    r"(?:reporter|correspondent|writer|editor|columnist|staff|producer|photographer"
    r"|contributor|journalist|analyst|chief|critic|presenter|host)s?$"
)
_LABEL = re.compile(
    r"[ \t]*(?:[•·▪*–-][ \t]*)?(?i:"
    r"topics?|tags?|tagged|filed[ \t]+under|more[ \t]+about|related[ \t]+topics|subjects?"
    r"|keywords?|categor(?:y|ies)|sections?|themes?"
    r"|photos?|pictures?|images?|videos?|gallery|galleries|slideshow|audio|podcast|graphic"
    r"|(?:photo[ \t]+)?illustration|watch|listen|read[ \t]+more|recommended[ \t]+for[ \t]+you"
    r"|(?:trending|popular)[ \t]+now"
    r"|interactive|in[ \t]+(?:pictures|photos|video|numbers|charts|maps)|live(?:[ \t]+updates?"
    r"|[ \t]+blog)?|explainer|factbox|fact[ \t]+box|q[ \t]*&[ \t]*a|quiz|poll|survey"
    r"|also[ \t]+in[ \t]+the[ \t]+news|in[ \t]+other[ \t]+news|elsewhere|further[ \t]+reading"
    r"|recommended(?:[ \t]+reading)?|you[ \t]+(?:may|might)[ \t]+also[ \t]+like|editor['’]?s"
    r"[ \t]+picks?|top[ \t]+stories|latest|most[ \t]+(?:read|viewed|popular|shared)|popular"
    r"|trending|don['’]t[ \t]+miss|must[ \t-]+reads?|have[ \t]+your[ \t]+say"
    r"|read[ \t]+next|up[ \t]+next|next[ \t]+up|watch[ \t]+next|catch[ \t]+up|just[ \t]+in"
    r"|breaking(?:[ \t]+news)?|from[ \t]+(?:the|our)[ \t]+archives?|sponsored|promoted"
    r"|partner[ \t]+content|paid[ \t]+(?:post|content)|disclaimer|disclosure(?:[ \t]+statement)?"
    r"|conflicts?[ \t]+of[ \t]+interest"
    r"|more(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:news|coverage|stories|reading|videos|photos"
    r"|headlines|updates))"
    r"[ \t]*(?:[:|]|[ \t][-–—](?=[ \t])|\.?[ \t]*$)"
)
_LABEL_REST_WORDS = 20
_CREDIT_ONLY = re.compile(
    r"[ \t]*\(?(?:(?:Photo|Image|Picture|Video|Footage|Photograph)s?[ \t]+(?i:courtesy)"
    r"(?:[ \t]+of\b|[ \t]*:)?|(?i:courtesy)(?:[ \t]+of\b|[ \t]*:))[^\n.!?]{0,60}\)?\.?[ \t]*$"
    r"|[ \t]*\(?(?:Supplied|SUPPLIED)(?:[ \t]*:[^\n.!?]{1,50}|[ \t]+by[ \t]+[A-Z][^\n.!?]{0,50})?"
    r"\)?\.?[ \t]*$"
    r"|[ \t]*\(?(?:STAFF|Staff|POOL|Pool|HANDOUT|Handout|FILE|File|AFP|AP|REUTERS|EPA)[ \t]+"
    r"(?:PHOTO|Photo|photo|PICTURE|Picture|picture|IMAGE|Image|image|VIDEO|Video|video)S?s?"
    r"(?:[ \t]*[:/|-][^\n]{0,60}|\)?\.?[ \t]*$)"
    # "Sponsored by Example Bank", "Provided by Example Times", "Produced in partnership with
    # Example Foundation": who paid for or passed on the page
    r"|[ \t]*(?:Sponsored|Presented|Provided|Distributed|Syndicated|Supported|Funded|Brought"
    r"[ \t]+to[ \t]+you|(?:Produced|Published|Created|Made)[ \t]+in[ \t]+(?:partnership"
    r"|association|collaboration))[ \t]+(?:by|with)[ \t]+(?:the[ \t]+)?[A-Z][^\n.!?]{0,50}\.?"
    r"[ \t]*$"
    # a wire's update note: "(Corrects spelling of name in paragraph 3)", "(Adds quote, byline)"
    r"|[ \t]*\((?:Corrects|Updates|Adds|Recasts|Rewrites|Refiles|Changes|Removes|Fixes"
    r"|Clarifies|Moves|Repeats|Inserts|Deletes|Replaces)\b[^()\n]{0,120}\)[ \t]*$"
    # a wire's slug before its headline: "UPDATE 2-...", "REFILE-...", "EXCLUSIVE-..."
    r"|[ \t]*(?:UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|WRAPUP|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER"
    r"|BREAKINGVIEWS)(?:[ \t]+\d{1,2})?[ \t]*[-–—:]"
    r"|[ \t]*(?:Screen[ \t]?grab|Screengrab|Screenshot|Video[ \t]+grab|Still[ \t]+image"
    r"|(?:A[ \t]+)?[Ss]till)[ \t]+(?:from|of|taken)\b[^\n.!?]{0,80}\.?[ \t]*$"
)
_GALLERY = re.compile(
    r"[ \t]*(?:(?:Image|Photo|Picture|Slide|IMAGE|PHOTO)[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}\b"
    r"|\d{1,3}[ \t]+of[ \t]+\d{1,3}[ \t]*(?:[|:•·/–—-]|$)|\d{1,3}/\d{1,3}[ \t]*$"
    r"|(?:View|Open|See|Show|Launch|Browse|Swipe|Scroll|Click|Tap)(?:[ \t]+(?:for|through|to"
    r"|the|all|more|full|image|in|our))*(?:[ \t]+\d{1,3})?[ \t]+(?:gallery|galleries|photos"
    r"|images|pictures|slideshow|slides)\b[^\n.!?]{0,30}\.?[ \t]*$)"
)
_QUESTION_HEADING = re.compile(
    r"[ \t]*(?:[•·▪*–-][ \t]*)?(?:(?:And|So|But)[ \t]+(?=[a-z]))?(?i:What|Why|How|Who|When|Where"
    r"|Which|Is|Are|Was|Were|Will|Can|Could|Should|Does|Do|Did|Has|Have)\b[^\n:\"“”]{0,100}\?"
    r"[ \t]*$"
)
_QUESTION_WORDS = 12
_KICKER = re.compile(r"[ \t]*[A-Z][A-Z0-9&'’ -]{2,40}[ \t]*$")
_KICKER_WORDS = 5
# the reader asked for a tip or a comment, then told how to send it
_READER_ASK = re.compile(
    r"[ \t]*(?:(?:Have|Got|Do[ \t]+you[ \t]+have|Know|Seen|Spotted|Want|Are[ \t]+you|Were"
    r"[ \t]+you|Did[ \t]+you)\b[^\n?]{1,80}\?[ \t]*(?:Please[ \t]+)?(?:Email|E-mail|Contact"
    r"|Call|Send|Tell|Comment|Share|Let[ \t]+us|Get[ \t]+in[ \t]+touch|Write|Message|Text"
    r"|Sign[ \t]+up|Join|Click|Tap|Visit|Reach|Fill)\b"
    r"|Have[ \t]+your[ \t]+say\b|What[ \t]+do[ \t]+you[ \t]+think\b)"
)
# "... on Thursday. (Atlas News Agency)": a picture agency's name closing a caption (not
# inside a sentence, where a bracket may name an agency that reported something)
_AGENCY_END = re.compile(
    r"[.!?][ \t]*\((?:[A-Z][\w.'’&-]*[ \t]+){0,4}(?:News[ \t]+Agency|Agency|Pictures|Images"
    r"|Handout|Photos)\)[ \t]*$"
)
# a desk's name: "Example Radio News", "Channel 9 Network"
_MEDIA_END = re.compile(
    r"\b(?:News|Radio|TV|Television|Press|Wire|Agency|Network|Channel|Broadcasting|Media)$"
)
# a broadcast reporter signing off: "For Example News, I'm Jane Roe in Westport.", "Reporting
# from Westport, Jane Roe.", "Jane Roe, reporting from Westport."
_SIGN_OFF = re.compile(
    r"(?:For[ \t]+[A-Z][^,\n]{1,40},[ \t]*)?I['’]m[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"(?:,?[ \t]+(?:in|at|for|reporting[ \t]+from)[ \t]+[A-Z][^.!?\n,]{0,40})?[ \t]*[.!]?[ \t]*$"
    r"|Reporting[ \t]+from[ \t]+[A-Z][^,.!?\n]{1,40},[ \t]*(?:[A-Z][\w'’-]+[ \t]*){1,3}[.!]?[ \t]*$"
    r"|(?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+,[ \t]*reporting(?:[ \t]+from[ \t]+[A-Z]"
    r"[^.!?\n]{0,40})?[.!]?[ \t]*$"
)
# a service line: a web address for the reader ("Customers can check whether their car is
# affected at example.test/recall.")
_WEB_ADDRESS = re.compile(
    r"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}/[\w./-]*|\bwww\.\S+"
)
_READER_CAN = re.compile(
    r"\b(?:you|readers|residents|parents|customers|passengers|owners|anyone|those|people|"
    r"patients|travellers|travelers|consumers|viewers|listeners)\b[^.!?\n]{0,40}?\b(?:can|may|"
    r"should)[ \t]",
    re.IGNORECASE,
)
# a sentence that points at its picture
_CAPTION_POINTER = re.compile(
    r"\b(?:in|from)[ \t]+this[ \t]+(?:(?:handout|file|undated|aerial|satellite|pool|still"
    r"|video|drone)[ \t]+)*(?:photo|photograph|picture|image|still|screen[ \t]?grab|video"
    r"[ \t]+grab|handout)\b"
    r"|^(?:A|An|This)[ \t]+(?:(?:undated|aerial|satellite|file|pool)[ \t]+)*handout[ \t]+"
    r"(?:photo|photograph|picture|image|video|still)\b[^.!?\n]{0,120}\bshows\b",
    re.IGNORECASE,
)


# where a broadcast interview ran: "She was speaking to Example Radio's Morning Report.",
# "He was talking on the Example News programme on Tuesday." (a time may close it; anything
# else after it is news: "... was speaking to Example News when the blast hit")
_PROGRAMME_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:was|were|had[ \t]+been)[ \t]+(?:speaking|talking)[ \t]+"
    r"(?:to|with|on)[ \t]+(?:the[ \t]+)?[A-Z][^.!?\n]{0,60}?\b(?:programme|program|show|podcast"
    r"|[Rr]adio|TV|[Tt]elevision|News|bulletin)(?:['’]s[ \t]+[A-Z][\w'’ -]{1,40})?"
    r"(?:[ \t]+(?:on|this|last|earlier|late)[ \t]+[\w ]{1,25})?[ \t]*[.!]?[ \t]*$"
)


# a credit's label then names, one part or more: "Producer: Jane Roe", "Design: Jane Roe; Data:
# John Doe", "Chart: Jane Roe | Source: Port authority", "Sources: Example Ministry"
_CREDIT_LABEL = re.compile(
    r"[ \t]*(?i:(?:executive|series|senior|copy|picture|photo|video|data)[ \t]+)?(?i:producer"
    r"|editor|sub-?editor|author|presenter|host|design|designer|data|graphics?|maps?|charts?"
    r"|sources?|words|text|camera|illustrations?|research|researcher|writer|editing|production"
    r"|sound|music|fact-?check(?:ing|er)?|translation|translator|development|animation"
    r"|visuals?|additional[ \t]+reporting|compiled[ \t]+by)s?[ \t]*:[ \t]*(?=[A-Z])"
)
_CREDIT_LABEL_WORDS = 8
# a clause after a credit's label: a finite verb or a speaker's pronoun ("PRESENTER: The
# national target is six weeks.", "HOST: You've blamed the contractor.", "PRESENTER: We put
# that to the company.") is a transcript's turn, no credit (released72)
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|do|does"
    r"|did|say|says|said|put|we|you|i|let['’]s)\b|['’](?:ve|re|ll|s|d)\b",
    re.IGNORECASE,
)
# a header alone on its line: an explainer's or a live page's ("Key points", "What we know so
# far", "The big picture:", "At a glance") or any short line closed by a colon ("Media
# contact:", "ANCHOR INTRO:"); never with a sentence after it
_HEADER = re.compile(
    r"[ \t]*(?i:(?:the[ \t]+)?(?:key|main)[ \t]+(?:points|facts|takeaways|events|moments)"
    r"|summary|at[ \t]+a[ \t]+glance|in[ \t]+(?:brief|short|numbers|summary|context)"
    r"|(?:quick|fast|key)[ \t]+facts|(?:the[ \t]+)?background|context|takeaways"
    r"|why[ \t]+(?:it|this)[ \t]+matters|go[ \t]+deeper|(?:the[ \t]+)?big[ \t]+picture"
    r"|between[ \t]+the[ \t]+lines|(?:the[ \t]+)?bottom[ \t]+line|(?:our[ \t]+)?thought"
    r"[ \t]+bubble|what['’]s[ \t]+next|what[ \t]+we[ \t]+know(?:[ \t]+so[ \t]+far)?"
    r"|(?:the[ \t]+)?latest|(?:the[ \t]+)?catch[ \t]+up|what[ \t]+they['’]re[ \t]+saying)"
    r"[ \t]*[:.]?[ \t]*"
)
_COLON_HEADER = re.compile(r"[ \t]*[A-Za-z][\w'’ -]{1,40}:[ \t]*")
_COLON_HEADER_WORDS = 2
# a wire's end mark or a bulletin's: "-30-", "###", "(END)", "ENDS", "nnnn"
_END_MARK = re.compile(
    r"[ \t]*[(\[]?[-#=*~ \t]*(?:-?30-?|ENDS?|[Ee]nds?|nnnn|NNNN|#{3,})?[-#=*~ \t]*[)\]]?\.?[ \t]*"
)
# an editor's initials and the wires under a foreign desk's story: "dpa/ttr", "kms/rc (AFP,
# Reuters)"
_DESK_INITIALS = re.compile(r"[ \t]*[a-z]{2,4}(?:/[a-z]{2,4}){1,3}(?:[ \t]*\([^()\n]{1,60}\))?\.?")
# a broadcast script's cue: "(SOUNDBITE)", "[MUSIC]", "(SOUNDBITE) (English) NAME, SAYING:"
_CUE = re.compile(r"[ \t]*[(\[][A-Z][A-Z /&-]{2,30}[)\]](?:[^\n]{0,160}:)?[ \t]*\.?[ \t]*")
# a script's capitals label: "SHOWS: PLACE (DATE) (ACCESS)", "ANCHOR INTRO:"
_SCRIPT_LABEL = re.compile(r"[ \t]*[A-Z][A-Z ]{1,20}:")
_SCRIPT_WORDS = 30
# a teaser for the outlet's other pages: "More from Example Weekly", "More in Business",
# "Read more about the grounding", "ALSO READ | ..."
_MORE_FROM = re.compile(
    r"[ \t]*(?:More|MORE)[ \t]+(?:from|in|on|FROM|IN|ON)[ \t]+(?:the[ \t]+)?[A-Z][\w&'’.-]*"
    r"(?:[ \t]+[A-Z][\w&'’.-]*){0,4}[ \t]*\.?[ \t]*"
    r"|[ \t]*(?:Read|READ)[ \t]+(?:more|MORE)[ \t]+(?:about|on|ABOUT|ON)\b[^\n.!?]{1,60}\.?[ \t]*"
    r"|[ \t]*(?:(?:Also|ALSO)[ \t]+)?(?:Read|READ|See|SEE)(?:[ \t]+(?:also|ALSO))?[ \t]*\|"
    r"[^\n]{1,100}"
)
# a press release's box: "About Example Ferries", "SOURCE Example Ferries", "Press release
# distributed by Example Wire on behalf of Example Ferries.", "For more information, please
# contact ..."
_RELEASE_BOX = re.compile(
    r"[ \t]*(?:About|ABOUT|SOURCE)[ \t]+(?:the[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,4}"
    r"[ \t]*\.?[ \t]*"
    r"|[ \t]*(?:(?:Press|News|Media)[ \t]+release[ \t]+)(?:distributed|issued|provided|supplied)"
    r"[ \t]+by[ \t]+[A-Z][^\n.!?]{0,100}\.?[ \t]*"
    r"|[ \t]*For[ \t]+(?:more|further)[ \t]+(?:information|details)[ \t]*,?[ \t]*(?:please[ \t]+)?"
    r"(?:contact|email|e-mail|call|visit|see|go[ \t]+to)\b[^\n]{1,80}"
    r"|[ \t]*(?:[-–—][ \t]*)?(?:With|WITH)[ \t]+files[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][\w&'’.-]*"
    r"(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|the)){0,6}[ \t]*\.?[ \t]*"
)
# the page's makers named by the page: "This episode was produced by Jane Roe and edited by ..."
_MADE_BY_PAGE = re.compile(
    r"This[ \t]+(?:episode|podcast|programme|program|article|story|report|video|piece|series"
    r"|page|graphic|interactive|feature|newsletter)[ \t]+was[ \t]+(?:produced|edited|reported"
    r"|written|mixed|hosted|presented|engineered|fact-checked|designed|compiled)[ \t]+by[ \t]+"
    r"[A-Z]"
)


def page_line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of ``text``: the lines and caption sentences of the module
    docstring, unsorted."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if _is_page_line(m.group()):
            out.append(m.span())
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if (
            (
                _CAPTION_POINTER.search(sentence)
                or _MADE_BY_PAGE.match(sentence)
                or _PROGRAMME_CREDIT.match(sentence)
                or _SIGN_OFF.match(sentence)
            )
            and not REPORTED.search(sentence)
            and not _QUOTE_MARKS.intersection(sentence)
        ):
            out.append(m.span())
    return out


# (a pure function of the line: remembered, since copies and variants of one story repeat
# their lines)
@lru_cache(maxsize=1 << 14)
def _is_page_line(line: str) -> bool:
    body = line.strip()
    if not body or _QUOTE_MARKS.intersection(body):
        return False
    words = body.split()
    if len(words) <= _QUESTION_WORDS and _QUESTION_HEADING.fullmatch(body):
        return True  # a question asks, whatever verb it holds ("What has the board said?")
    if REPORTED.search(body):
        return False
    byline = _BYLINE_OPEN.match(body)
    if byline is not None:
        return _is_byline(body[byline.end() :])
    if _is_stamp(body) or _is_credit_line(body) or _is_ui_line(words) or _is_shaped_line(body):
        return True
    if _CREDIT_ONLY.match(body) or _GALLERY.match(body) or _READER_ASK.match(body):
        return True
    # (a short line only: a long run of "a.a.a." makes the address pattern quadratic)
    if (
        len(words) <= _SERVICE_LINE_WORDS
        and len(body) <= _SERVICE_LINE_CHARS
        and ((_WEB_ADDRESS.search(body) and _READER_CAN.search(body)) or _AGENCY_END.search(body))
    ):
        return True  # a web address for the reader; an agency closing a caption
    label = _LABEL.match(body)
    if label is not None:
        return len(body[label.end() :].split()) <= _LABEL_REST_WORDS
    return (
        len(words) <= _KICKER_WORDS and bool(_KICKER.fullmatch(body.rstrip("."))) and body.isupper()
    )


def _is_shaped_line(body: str) -> bool:
    """A credit label, a header, an end mark, desk initials, a script cue or label, a teaser,
    a press release's box, or a stamp and a name ("3 hours ago • Jane Roe")"""
    words = body.split()
    if any(
        pattern.fullmatch(body)
        for pattern in (_HEADER, _END_MARK, _DESK_INITIALS, _CUE, _MORE_FROM, _RELEASE_BOX)
    ):
        return True
    if len(words) <= _COLON_HEADER_WORDS and _COLON_HEADER.fullmatch(body):
        return True
    if (
        len(words) <= _SCRIPT_WORDS
        and _SCRIPT_LABEL.match(body)
        and not any(c.islower() for c in body)
    ):
        return True
    parts = [p for p in re.split(r"[ \t]*[;|•·][ \t]*", body.rstrip(" \t.")) if p.strip()]
    if parts and all(
        (m := _CREDIT_LABEL.match(p)) is not None
        and len(p[m.end() :].split()) <= _CREDIT_LABEL_WORDS
        and not any(c in p[m.end() :] for c in ".!?0123456789")
        and not _CLAUSE.search(p[m.end() :])
        for p in parts
    ):
        return True
    if len(parts) > 1 and all(_is_ui_line(p.split()) for p in parts):
        return True  # "Terms of use | Privacy policy | Cookie settings"
    seps = _parts(body)
    return (
        len(seps) > 1
        and any(_is_stamp(p) for p in seps)
        and all(_is_stamp(p) or _is_name_part(p, first=False) for p in seps)
        and any(_is_name_part(p, first=True) and not _is_stamp(p) for p in seps)
    )


def _parts(body: str) -> list[str]:
    return [p for p in _SEPARATORS.split(body.rstrip(" \t.")) if p.strip()]


def _is_name_part(part: str, *, first: bool) -> bool:
    """Names, a desk or the wires: capitalised words and `_CREDIT_WORDS`, no digit; a
    first part ("By Tuesday the water ...") must hold a capitalised word."""
    tokens = part.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    return (
        bool(tokens)
        and (capitalised > 0 or not first)
        and all(
            (t[:1].isupper() and not any(c.isdigit() for c in t)) or t.lower() in _CREDIT_WORDS
            for t in tokens
        )
    )


def _is_role_part(part: str) -> bool:
    """A role after a byline's names ("Courts reporter", "Tribune staff writer")."""
    tokens = part.split()
    return bool(tokens) and len(tokens) <= 5 and bool(_ROLE_END.search(part.lower()))


def _is_byline(rest: str) -> bool:
    """The words after "By": names (one part or more), then roles or time stamps."""
    parts = _parts(rest)
    if not parts or not _is_name_part(parts[0], first=True):
        return False
    return all(_is_name_part(p, first=False) or _is_role_part(p) or _is_stamp(p) for p in parts[1:])


def _is_credit_line(body: str) -> bool:
    """A short line of names and a desk ("Jane Roe, The Associated Press", "Jane Roe |
    Example Ledger", "Herald staff and wire reports", "Jane Roe, Senior Reporter"), or a
    desk's name alone under a dash ("- Continental News Service"): never a heading or a
    list of places ("Paris, London and Berlin")."""
    if "@" in body or "(" in body or len(body.split()) > _CREDIT_LINE_WORDS or body[-1] in "!?:":
        return False
    lead = body.lstrip("-–—•· \t")
    parts = _parts(lead)
    if not parts or not _is_name_part(parts[0], first=True):
        return False
    if lead != body:
        return len(parts) == 1
    if not all(_is_name_part(p, first=False) or _is_role_part(p) for p in parts[1:]):
        return False
    return bool(
        {t.lower().rstrip(".") for t in lead.split()} & _DESK_MARKS
        or any(sep in lead for sep in "/|•·")
        or (
            len(parts) > 1
            and (
                parts[1].split()[0] in {"The", "THE"}
                or any(_ROLE_END.search(p.lower()) for p in parts[1:])
                # a broadcast reporter's sign-off: "Jane Roe, Example Radio News, Westport."
                or any(_MEDIA_END.search(p) for p in parts[1:])
            )
        )
    )


def _is_stamp(body: str) -> bool:
    """A line made of date, time and stamp words, with a figure or "ago"."""
    tokens = [t.strip("().:").lower() for t in _TOKEN.findall(body.replace("—", " "))]
    tokens = [t for t in tokens if t and t not in {"-", "–"}]
    if not tokens or len(tokens) > 14:
        return False
    if not any(any(c.isdigit() for c in t) for t in tokens) and "ago" not in tokens:
        return False
    return all(t in _STAMP_WORDS or _NUMBERISH.fullmatch(t) for t in tokens)


def _is_ui_line(words: list[str]) -> bool:
    """At most `_UI_LINE_WORDS` words, each a page control's word or a count."""
    tokens = [w.strip("().,:!<>|").lower() for w in words]
    tokens = [t for t in tokens if t]
    return (
        0 < len(tokens) <= _UI_LINE_WORDS
        and all(t in _UI_WORDS or t.isdigit() or _COUNTER.fullmatch(t) for t in tokens)
        and not all(t.isdigit() for t in tokens)
    )
