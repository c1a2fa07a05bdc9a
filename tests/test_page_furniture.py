"""Page furniture of every common kind never becomes a claim; reporting that looks like it does.

The furniture below is written for this test (no outlet's text) after the kinds a crawler keeps
from real pages: wire services, national papers, broadcasters' sites, local papers, live
blogs, trade sites and radio bulletins. Each line sits in an otherwise ordinary article;
`consensus.nonclaims` must cover the whole line, the reporting around it must stay untouched,
and the offline extractor must cite none of it. The reporting lines share words with the
furniture ("photo", "sign up", "read more", "updated", "comments") and must stay claims.
"""

from __future__ import annotations

import pytest

from consensus.ingest import parse_text
from consensus.models import Article
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline import extract_offline

_HEAD = (
    "WESTPORT — The Calder dam gave way early on Tuesday, flooding 300 homes in the valley, "
    "the regional governor said.\n\nRescue teams pulled 12 people from the water overnight, "
    "the fire service said.\n\n"
)
_TAIL = (
    "\n\nThe governor said an inquiry into the dam's maintenance would open next week.\n\n"
    "Residents were told to boil tap water until further notice, the utility said."
)

# Captions and credits, author lines, related links, sign-up and app lines, corrections,
# copyright, time stamps, galleries, polls, comments, tags, promos, live-blog and radio lines.
FURNITURE = [
    "Firefighters at the scene on Thursday evening. (Photo: Mara Lind/Westpress)",
    "Image: Karl Ostby/Nordic Pictures",
    "Rescue crews search the debris near the river. Tomas Vik/Getty Images",
    "Photograph: Ana Brel for The Harbour Times",
    "File photo",
    "File photo: The plant's cooling towers, seen in 2019.",
    "Pictured: the damaged section of the northbound carriageway",
    "Credit: Lena Hart/Harbour Images",
    "Photo credit: Calder County Sheriff's Office",
    "(Image credit: Department of Transport)",
    "Image source, Getty Images",
    "Image caption, Residents queued for bottled water on Tuesday morning",
    "A view of the flooded street in the old town. Picture by Sam Ortiz",
    "Courtesy of the Harlow family",
    "Photo courtesy of Riverside Police Department",
    "Supplied: Brenna Shire Council",
    "(Supplied)",
    "Ole Sund / NTB via AP",
    "A handout photo released by the interior ministry shows the damaged bridge.",
    "Photo by Jan Vos | Staff photographer",
    "STAFF PHOTO / Mia Torres",
    "Mia Torres/The Valley Sentinel via AP",
    "The wreckage of the bus lies in a ravine near Kelton. Photo / Supplied",
    "Video: Residents describe the moment the dam gave way",
    "WATCH | Crews battle the blaze through the night",
    "(Video: Channel 5 News)",
    "Screengrab from a video shared on social media",
    "Image 3 of 12",
    "1 of 12 | Firefighters douse the flames at the warehouse",
    "View gallery",
    "View 24 images",
    "Mara Lind is a reporter covering health and science for the Westport Ledger.",
    "Reporting by Mara Lind in Oslo; additional reporting by Karl Ostby; editing by Tom Hale",
    "Writing by Mara Lind; Editing by Karl Ostby and Tom Hale",
    "Additional reporting by Karl Ostby in Bergen.",
    "Contact the author: mlind@ledger.example",
    "Follow Mara Lind on Twitter @maralind",
    "Follow Mara on X: @maralind",
    "Mara Lind is the Ledger's health correspondent.",
    "Mara Lind, Senior Reporter",
    "Mara Lind | Westport Ledger",
    "By Mara Lind, Staff Writer",
    "Mara Lind, The Associated Press",
    "Story by Mara Lind • 3h",
    "Send tips to Mara Lind at mlind@ledger.example.",
    "Have a news tip? Contact newsroom@ledger.example",
    "About the author",
    "Mara Lind has been a reporter at the Ledger since 2015 and covers city hall.",
    "Mara Lind is an award-winning journalist based in Lagos.",
    "Mara Lind is a freelance journalist based in Nairobi.",
    "Mara Lind is a Breakingviews columnist. The opinions expressed are her own.",
    "This article is part of our series on water.",
    "Get in touch: email newsdesk@ledger.example",
    "Read more: Dam inspections were delayed for years, records show",
    "RELATED: Timeline of the dam's troubled history",
    "See also: How the region prepares for floods",
    "MORE: Residents return to find homes under water",
    "Watch: Drone footage shows the extent of the flooding",
    "Listen: The Ledger's daily podcast on the flood",
    "Most read",
    "Recommended",
    "Recommended for you",
    "READ MORE",
    "Related Topics",
    "Also in the news: Ferry service resumes after the strike",
    "Further reading: Why dams fail",
    "You might also like",
    "Trending now",
    "Continue reading below",
    "Story continues below advertisement",
    "Article continues after this advertisement",
    "More on this story",
    "In pictures: The flood's aftermath in Westport",
    "Live updates: Flood waters rise in the valley",
    "Sign up for the Morning Ledger newsletter to get the day's top stories.",
    "Subscribe now for just $1 a week.",
    "Get the app",
    "Download the Ledger app for breaking news alerts.",
    "Share on Facebook Share on X Share via email",
    "Copy link",
    "We use cookies and similar technologies to personalise content.",
    "Accept all cookies",
    "Turn on notifications to get breaking news as it happens.",
    "Get our free breaking news alerts",
    "Never miss a story: get our daily briefing in your inbox.",
    "Enjoy unlimited access for 99p.",
    "Advertisement",
    "ADVERTISEMENT",
    "Sponsored content",
    "Ad Feedback",
    "Skip Advertisement",
    "This article was amended on 12 March 2024 to correct the name of the river.",
    "Correction: A previous version of this article misstated the dam's height.",
    "Produced with support from the Regional News Fund.",
    "Next: what the flood means for farm prices in the valley.",
    "Previously: The dam passed its last inspection in 2024.",
    "This is a live page and will be updated throughout the day.",
    "Live coverage of the dam failure has now ended.",
    "Updated at 14:02",
    "Updated at 2.15pm GMT",
    "Last modified on Tue 12 Mar 2024 14.02 GMT",
    "First published on Mon 11 Mar 2024 09.30 GMT",
    "This story has been updated with additional information.",
    "UPDATE: This story was updated at 5:40 p.m. to include comment from the council.",
    "This post has been updated.",
    "Editor's note: This story contains graphic descriptions of injuries.",
    "© 2024 Westport Ledger. All rights reserved.",
    "Copyright © 2024 Ledger Media Group",
    "Our standards: The Ledger Trust Principles.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "(c) 2024 Westport Ledger",
    "Published 9:14 AM EST, Tue March 12, 2024",
    "Mar 12, 2024, 9:14 AM",
    "12 March 2024, 09:14 GMT",
    "2 hours ago",
    "Posted 3h ago, updated 1h ago",
    "By Mara Lind and Karl Ostby · Updated March 12, 2024 at 9:14 a.m. EDT",
    "Tue 12 Mar 2024 09.14 GMT",
    "5 min read",
    "Reading time: 4 minutes",
    "View 12 photos",
    "Swipe for more photos",
    "Open image in gallery",
    "Click here to read the full report.",
    "Sign in to continue reading",
    "Log in or register to comment",
    "Tap here to see the video",
    "Poll: Should the dam be rebuilt? Yes No",
    "Vote now",
    "What do you think? Let us know in the comments.",
    "View results",
    "45 comments",
    "Comments (45)",
    "Join the discussion",
    "Show comments",
    "Topics: Flooding, Dams, Westport, Infrastructure",
    "Tags: flood, dam, weather",
    "Filed under: Local News, Weather",
    "More about: Westport dam",
    "Want more stories like this? Sign up for our newsletter.",
    "Listen to the latest episode of our daily podcast, The Ledger Now.",
    "Listen to this article",
    "Listen to this story. 4 min",
    "Subscribe to The Ledger Now on Apple Podcasts or Spotify.",
    "Key events",
    "Show key events only",
    "Please turn on JavaScript in your browser to use this feature",
    "Refresh",
    "12.05 BST",
    "14:32 GMT",
    "Pinned post",
    "Load more updates",
    "Our live coverage of the flood has now ended.",
    "Welcome to our live coverage of the floods in the valley.",
    "1h ago 14.32 GMT",
    "You can hear more on Morning Report from 6am.",
    "Watch the full interview on Sunday Politics on Channel One.",
    "You can listen to the full interview on the Midday programme.",
    "Watch the full report on Channel 5 News at 6.",
    "The full interview airs tonight at 7pm on Channel 4.",
    "Catch up on the Ledger's player.",
    "Independent journalism needs your support.",
    "Thank you for reading.",
    "We're a non-profit newsroom that relies on donations from readers.",
    "(AP Photo/Jane Roe, File)",
    "REUTERS/Jane Roe/File Photo",
    "Jane Roe for The Example Times",
    "Photo illustration: Jane Roe",
    "Illustration by Jane Roe",
    "Staff and agencies",
    "Guardian staff and agencies",
    "With agency inputs",
    "— The Associated Press",
    "Sign up to our free Morning Briefing email.",
    "Get the latest news delivered to your inbox.",
    "Read the full statement here.",
    "Image: Supplied",
    "© Provided by Example News",
    "Provided by Example Times",
    "Listen to this article · 4 min",
    "Advertisement - scroll to continue",
    "Skip to main content",
    "Published: 12/03/2024 09:14",
    "Updated: 12 March 2024 | 09:14 IST",
    "Last Updated: March 12, 2024, 09:14 IST",
    "First published: Tuesday, 12 March 2024",
    "Posted: 2024-03-12T09:14:00Z",
    "Fact-checked by Jane Roe",
    "Disclosure statement: Jane Roe receives funding from the Example Research Council.",
    "Disclaimer: This content is for informational purposes only.",
    "(Corrects spelling of mayor's name in paragraph 3)",
    "(Adds quote from the governor in paragraphs 5-6)",
    "UPDATE 2-Dam bursts in valley, hundreds of homes flooded",
    "BREAKING: Dam bursts upstream of Westport",
    "Print this page",
    "Send us your news and pictures.",
    "Follow us on Facebook, Twitter and Instagram.",
    "Join our WhatsApp channel for the latest updates.",
    "This is a developing story. Check back for updates.",
    "We will update this story as more information becomes available.",
    "Watch the report above.",
    "Photographer: Jane Roe/Bloomberg",
    "Photo by Jane Roe on Unsplash",
    "She was speaking to Example Radio's Morning Report.",
    "Sponsored by Example Bank",
    "Produced in partnership with the Example Foundation.",
    "Paid content",
    "Explore more on these topics",
    "Comments are closed.",
    "Be the first to comment",
    "Updated 2 hours ago",
    "Wednesday 13 March 2024 07:00, UK",
    "March 12, 2024 / 9:14 AM / Updated 2 hours ago",
    "Read next: Why the valley keeps flooding",
    "From the archive: The great flood of 1953",
    "Find out more about flood defences on our website.",
    "Like this story? Share it with a friend.",
    "Got a story? Email tips@ledger.example",
    "Hear the full story on Morning Report.",
    "Jane Roe, Example Radio News, Westport.",
    "For Example News, I'm Jane Roe in Westport.",
    "Reporting from Westport, Jane Roe.",
    "Customers can check whether their car is affected at brightway.example/recall.",
    "This report was produced with support from the Example Foundation.",
    "Published in print on Tuesday, 12 March 2024",
    "Smoke rises over the plant in this handout picture released by the army.",
    "He was talking on the Example News programme on Tuesday.",
    "(Reporting by Mara Lind; Editing by Tom Hale)",
    "By Courier staff | Updated 4:15 p.m.",
    "By Mara Lind in Westport",
    "Copyright Example News. Used with permission.",
    "What happened?",
    "- Who owns the dam?",
    "Parents with questions can call the county health office on 0412 880 310.",
    "Watch the full interview with Mara Lind on Example Business at 7 p.m.",
    "This article appeared in the print edition under the headline “The dam that broke”",
    "Firefighters work near the collapsed wall. (Example News Agency)",
    "A version of this article appears in print on March 13, Section A, Page 6.",
]

# Lines that only an article's closing furniture holds (mid-article they may introduce a
# source: "Dr Jane Roe is a senior lecturer at ..." then her words).
TAIL_FURNITURE = [
    "Mara Lind writes for the Ledger's business desk.",
    "Dr Mara Lind is a senior lecturer in public health at the University of Westport.",
]

# Reporting that shares furniture's words: each stays a claim.
REPORTING = [
    "Police said the photo was taken on Friday.",
    "He read more than 200 letters from residents before the vote.",
    "The company said it would update its advice to customers.",
    '"Sign up for the evacuation list now," the mayor told residents.',
    "The council said residents could sign up for flood alerts on its website.",
    "More than 200 homes were flooded, officials said.",
    "Related charges were filed against two managers on Monday.",
    "The photographer, Mara Lind, was injured by debris, her agency said.",
    "Key events in the dispute were outlined in a court filing on Monday.",
    "The minister shared a photo of the damage on social media.",
    "Follow-up inspections found cracks in the spillway, engineers said.",
    "Advertisements for the festival had run for weeks, the organisers said.",
    "Updated figures show 14 people died, the ministry said.",
    "The image was shared more than 10,000 times before it was deleted, police said.",
    "Credit Suisse said it would cut 500 jobs.",
    "Live coverage of the rescue on regional television was watched by 2 million people.",
    "Next year the dam will be inspected twice, the regional governor said.",
    "Tags on the containers showed they had come from the port, investigators said.",
    "Comments by the minister drew criticism from opposition lawmakers.",
    "The poll of 1,000 voters showed 54% support for the plan.",
    "45 people were rescued from rooftops, the fire service said.",
    "Copyright lawyers for the singer said the song had been copied.",
    "Subscribers to the water utility will get a rebate, the regulator said.",
    "Mara Lind, a reporter for the Ledger, was detained at the border on Sunday.",
    "The broadcaster said it would air the full interview on Sunday.",
    "Image rights to the painting belong to the museum, a spokesman said.",
    "Live ammunition was fired at the crowd, witnesses said.",
    "Shares in the company fell 12% in early trading on Monday.",
    "Recommended doses were cut by half after the review, the agency said.",
    "Sign language interpreters stood beside the mayor at the briefing.",
    "Editing software was used to alter the video, experts said.",
    "A photo taken by a resident showed water pouring over the dam.",
    "Getty Images, the photo agency, said it had removed the picture.",
    "Video shows crews pulling a man from the water near the bridge.",
    "More than 3,000 people signed up for the scheme in its first week.",
    "The ministry published its report at 9:14 on Tuesday.",
    "Key events leading to the collapse included two heavy storms in March.",
    "Most of the residents were evacuated before the dam broke, police said.",
    "Watch towers along the border were staffed overnight, the army said.",
    "Listeners called the station to report water in their homes, the broadcaster said.",
    "The newspaper's editor, Tom Hale, resigned on Tuesday after the report.",
    "Pictures of the damage were shared widely on Tuesday.",
    "Readers of the Ledger raised 40,000 euros for the victims, the paper said.",
    "The court heard that the driver had read more than 40 messages while driving.",
    "Supplied water was contaminated for three days, the utility said.",
    "The mayor thanked residents for reading the warnings and leaving early.",
    "The app was downloaded 2 million times in its first week, the company said.",
    "Copies of the report were handed to lawmakers on Monday.",
    "The sign-up deadline for compensation is March 30, the ministry said.",
    "Courtesy calls to the victims' families began on Monday, officials said.",
    '"Follow the orders of the police and stay indoors," the governor said.',
    "Comments posted on the company's page were deleted, the regulator found.",
    "The ministry published the list on its website, health.example/list, on Friday.",
    "The minister was speaking to Example News when the blast hit the building.",
    "Jane Roe was speaking to reporters in Geneva when the alarm sounded.",
    "By Tuesday evening the water had reached the first floor of the school.",
    "By 2030 the valley will need three new dams, engineers said.",
    "Residents can check the water level themselves, the council said.",
    "The company's statement was updated on Friday to include the new figures.",
    "Users must enable notifications to receive flood warnings, the company said.",
    "The letter from the engineers appeared in print in 1998, historians said.",
]


def _covered(text: str, line: str) -> bool:
    start = text.index(line)
    return any(s <= start and start + len(line) <= e for s, e in non_claim_spans(text))


def check_inside(line: str, head: str, tail: str, stops: str = ".!?)") -> None:
    """`line` between an article's `head` and `tail`, as written and with a closing stop, is
    covered by a non-claim span that reaches into neither."""
    for variant in {line, line if line[-1] in stops else line + "."}:
        text = head + variant + tail
        assert _covered(text, variant), variant
        spans = non_claim_spans(text)
        assert not overlaps_non_claim(spans, 0, len(head) - 2), spans
        assert not overlaps_non_claim(spans, text.index(tail) + 2, len(text)), spans


def check_at_end(line: str, head: str, tail: str) -> None:
    """`line` closing an article is covered, and the article's head is not."""
    text = head + tail.strip() + "\n\n" + line
    assert _covered(text, line)
    assert not overlaps_non_claim(non_claim_spans(text), 0, len(head) - 2)


def check_reporting(line: str, head: str, tail: str) -> None:
    """`line` inside an article is touched by no non-claim span."""
    text = head + line + tail
    start = text.index(line)
    assert not overlaps_non_claim(non_claim_spans(text), start, start + len(line))


@pytest.mark.parametrize("line", FURNITURE)
def test_a_furniture_line_inside_an_article_is_no_claim(line: str) -> None:
    check_inside(line, _HEAD, _TAIL)


@pytest.mark.parametrize("line", TAIL_FURNITURE)
def test_an_author_line_at_the_end_is_no_claim(line: str) -> None:
    check_at_end(line, _HEAD, _TAIL)


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_with_furnitures_words_stays_a_claim(line: str) -> None:
    check_reporting(line, _HEAD, _TAIL)


_SHORT = "The Calder dam gave way early on Tuesday and flooded 300 homes, the governor said.\n\n"


def test_ingest_and_the_offline_extractor_cite_no_furniture_sentence() -> None:
    # the whole pipeline on the furniture that reads like a sentence (a stop at its end):
    # ingest may drop a line; what it keeps, no claim may cite
    leaked = []
    for line in [ln for ln in FURNITURE if ln.endswith(".")]:
        article = parse_text(_SHORT + line, id="a")
        start = article.text.find(line)
        if start < 0:
            continue
        end = start + len(line)
        for claim in extract_offline(article).claims:
            if any(ev.start < end and ev.end > start for ev in claim.evidence):
                leaked.append((line, claim.statement))
    assert not leaked, leaked


def test_the_offline_extractor_keeps_the_reporting() -> None:
    lost = []
    for line in REPORTING[::3]:
        text = _HEAD + line + _TAIL
        start = text.index(line)
        claims = extract_offline(Article(id="a", text=text)).claims
        if not any(
            ev.start < start + len(line) and ev.end > start for c in claims for ev in c.evidence
        ):
            lost.append(line)
    assert not lost, lost
