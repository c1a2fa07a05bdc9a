"""More page furniture, of kinds and wordings the first list lacks, and its reporting look-alikes.

Written for this test (no outlet's text) from the kinds real pages carry: wire sign-offs and
slug lines, broadcasters' programme and audio lines, live-blog stamps and headers, explainer
headers, gallery strips, radio-script cues, trade-site and regional-paper boxes. The harness
is `tests/test_page_furniture.py`'s: each line sits in an ordinary article and must be covered
whole; each reporting line, which shares the furniture's words, must stay a claim.
"""

from __future__ import annotations

import pytest

from consensus.models import Article
from consensus.nonclaims import non_claim_spans, overlaps_non_claim
from consensus.offline import extract_offline

_HEAD = (
    "KESTREL BAY — A ferry ran aground off the northern cape on Sunday, leaving 40 passengers "
    "injured, the coastguard said.\n\nTugs refloated the vessel at high tide, the port "
    "authority said.\n\n"
)
_TAIL = (
    "\n\nThe ferry operator said an internal review of the crossing would begin on Monday.\n\n"
    "Services on the route were suspended until further notice, the operator said."
)

FURNITURE = [
    # wire sign-offs, slugs and advisories
    "Reporting by Ilse Varga in Budapest and Omar Qadri in Cairo; Editing by Pia Lund",
    "Reporting by Ilse Varga; Writing by Omar Qadri; Editing by Ros Kent and Ed Marsh",
    "(Reporting by Chen Wei; editing by Diane Fox)",
    "(Additional reporting by Omar Qadri in Alexandria; Writing by Pia Lund)",
    "Compiled by Ros Kent for the Harbourside Post",
    "Our Standards: The Thomson Trust Principles",
    "Ilse Varga contributed reporting from Budapest.",
    "Omar Qadri and Chen Wei contributed to this report.",
    "Associated Press writer Chen Wei in Beijing contributed to this report.",
    "Contributing: Pia Lund, USA TODAY Network",
    "— With files from Ros Kent",
    "With files from The Canadian Press",
    "Edited by Diane Fox",
    "Produced by Omar Qadri",
    "Producer: Chen Wei",
    "Editor: Ros Kent",
    "Sub-editor: Ed Marsh",
    "Graphics by Pia Lund",
    "Design: Omar Qadri; Data: Ilse Varga",
    "ENDS",
    "-ENDS-",
    "-30-",
    "###",
    "(END)",
    "nnnn",
    "Source: Kestrel Bay Coastguard",
    "Sources: Port authority, ferry operator",
    "Source: AFP",
    "dpa/ttr",
    "kms/rc (AFP, Reuters)",
    "jk/ms (dpa, AP)",
    # contact and author lines
    "Contact the author at ilse.varga@harbourside.example",
    "Contact Omar Qadri at oqadri@post.example or on Signal at 555-0142.",
    "Reach Chen Wei at cwei@daily.example. Follow her on Bluesky @chenwei.",
    "Email the reporter: pia.lund@gazette.example",
    "Write to Ros Kent at ros.kent@journal.example",
    "Diane Fox is the Post's chief political correspondent.",
    "Pia Lund is a senior editor at Coastline Weekly.",
    "About the authors",
    "Written by Ilse Varga",
    "Words by Omar Qadri",
    "Author: Chen Wei",
    "By ROS KENT Associated Press",
    "BY ED MARSH, Gazette Staff",
    "Ed Marsh · Maritime correspondent",
    "Pia Lund, BBC News, Kestrel Bay",
    "Omar Qadri — Cairo bureau",
    "Story: Diane Fox | Photos: Chen Wei",
    # time stamps and update notes
    "Updated 14:05 GMT",
    "UPDATED 9:41 a.m. ET",
    "Last updated: 3 minutes ago",
    "Published 17 June 2026",
    "Posted at 08:15 on Monday",
    "Sun 14 Jun 2026 21.40 BST",
    "June 14, 2026 at 9:40 p.m. EDT",
    "14/06/2026 - 21:40",
    "2026-06-14 21:40",
    "3 hours ago • Ros Kent",
    "Updated yesterday at 11:32pm",
    "This story has been updated to include a statement from the ferry operator.",
    "This article has been updated with new casualty figures.",
    "This story was originally published on June 14, 2026.",
    "This article was originally published by Coastline Weekly and is republished with permission.",
    "Originally published at 6:02 a.m.",
    "An earlier version of this story gave an incorrect figure for the number of passengers.",
    "Correction: An earlier version of this article misidentified the ferry's captain.",
    "CORRECTION: This article has been corrected to show the ferry was built in 2004.",
    "Clarification: The operator's statement was issued on Monday, not Sunday.",
    "Editor's Note: Names of the injured have been withheld at the request of their families.",
    "Editor’s note: This story was produced in partnership with the Coastal Reporting Lab.",
    "(Updates with coastguard comment in paragraph 4)",
    "(Recasts with details of rescue, adds quotes)",
    "(Changes dateline, adds background)",
    "UPDATE 3-Ferry runs aground off cape; 40 hurt",
    "REFILE-Ferry runs aground off northern cape",
    "CORRECTED-Ferry operator suspends crossings",
    "ADVISORY: Editors are advised that this story contains graphic images.",
    # audio, video and broadcast lines
    "Listen to this article · 6 min",
    "Listen to article",
    "Listen · 5:32",
    "Audio: Passengers describe the moment the ferry struck the rocks",
    "Audio, 03:12",
    "Media caption, Passengers were helped ashore by lifeboat crews",
    "Video caption: Footage shows the ferry listing off the cape",
    "Watch: Coastguard footage of the rescue",
    "WATCH: Passengers recount the grounding",
    "Video duration 02 minutes 41 seconds",
    "Play video",
    "Duration 1:48",
    "Transcript",
    "Show transcript",
    "Read the transcript",
    "(SOUNDBITE) (English) FERRY PASSENGER, JONAS BRAM, SAYING:",
    "(SOUNDBITE)",
    "SHOWS: KESTREL BAY, NORTHERN CAPE (JUNE 14, 2026) (REUTERS - ACCESS ALL)",
    "NATSOUND",
    "UPSOUND",
    "[MUSIC]",
    "(APPLAUSE)",
    "ANCHOR INTRO:",
    "Presenter: Ros Kent",
    "Presented by Omar Qadri",
    "This episode was produced by Chen Wei and edited by Diane Fox.",
    "Subscribe to our podcast wherever you get your podcasts.",
    "Hear more on Coast Radio's Drive programme after 5pm.",
    "You're listening to the Harbourside Post Daily.",
    "Catch up on all the latest episodes on the Coastline app.",
    # live-blog furniture
    "Follow our live coverage",
    "Follow our live coverage of the ferry grounding here.",
    "Live reporting by Ilse Varga and Omar Qadri",
    "Edited by Pia Lund",
    "What we know so far",
    "What we know",
    "Key points",
    "Key points:",
    "Summary",
    "At a glance",
    "The latest",
    "Here's what we know:",
    "Catch up on the latest developments below.",
    "That's all from us for today.",
    "We're pausing our live coverage for now.",
    "Thanks for following along.",
    "Good morning and welcome back to our rolling coverage.",
    "This live page is no longer being updated.",
    "Share this post",
    "Copy link to this post",
    "New post",
    "Latest updates",
    "Show latest updates",
    "9m ago",
    "Posted 41m ago",
    "21:40 BST",
    "08.15 CEST",
    "Just now",
    "Breaking",
    # explainer headers
    "Why does it matter?",
    "What happens next?",
    "Who is affected?",
    "What is the ferry operator saying?",
    "How did we get here?",
    "The background",
    "Why it matters:",
    "Go deeper:",
    "The big picture:",
    "Between the lines:",
    "Our thought bubble:",
    "The bottom line:",
    "In brief",
    "In numbers",
    "Quick facts",
    "Fast facts",
    # galleries and images
    "1/8",
    "Photo 4 of 9",
    "Slide 2 of 15",
    "< Previous 3/12 Next >",
    "Expand",
    "Enlarge this image",
    "Zoom",
    "Open gallery",
    "See all 15 photos",
    "Getty Images",
    "AFP via Getty Images",
    "Photograph: Chen Wei/Reuters",
    "Photograph: Ed Marsh/The Harbourside Post",
    "Image caption, The ferry was carrying 212 passengers",
    "Image source, Kestrel Bay Coastguard",
    "Image: Coastguard/Handout",
    "Picture: Pia Lund",
    "PICTURE: ROS KENT",
    "Photos: Diane Fox",
    "Chen Wei / Stringer",
    "EPA-EFE/OMAR QADRI",
    "(Photo by Ilse Varga/Anadolu via Getty Images)",
    "Reuters TV via REUTERS",
    "Handout via Reuters",
    "Courtesy: Northern Cape Lifeboats",
    "Source: Screenshot / Social media",
    "Map: Coastline Weekly",
    "Graphic: Pia Lund",
    "Chart: Omar Qadri | Source: Port authority",
    "Illustration: Harbourside Post; photos: Getty",
    # copyright and legal
    "© 2026 Harbourside Post. All rights reserved.",
    "All rights reserved.",
    "Copyright 2026 The Associated Press. All rights reserved.",
    "© Coastline Media 2026",
    "Copyright © Coastline Weekly Limited 2026",
    "(c) Copyright Coastal News Service 2026",
    "Terms of use | Privacy policy | Cookie settings",
    "Privacy Policy",
    "Manage preferences",
    "This content is subject to copyright.",
    # tags, topics, related
    "Filed under: Maritime, Transport, Accidents",
    "Filed Under",
    "Tags: ferry, coastguard, northern cape",
    "TOPICS:",
    "Topics: Ferries, Shipping",
    "Related topics: Maritime safety; Kestrel Bay",
    "Related:",
    "Related stories",
    "Related coverage",
    "Also read: Ferry operator fined over safety lapses",
    "ALSO READ | Lifeboat volunteers honoured",
    "Read also: The cape's history of shipwrecks",
    "Read more about the grounding",
    "More from Coastline Weekly",
    "More in Business",
    "Most popular",
    "Most viewed",
    "Most read in News",
    "Editor's picks",
    "Top stories",
    "Comments",
    "View comments",
    "Add a comment",
    "120 Comments",
    "Reader comments",
    "Leave a comment",
    "Comments have been disabled for this article.",
    # sign-up, click and promo lines
    "Sign up to our morning briefing",
    "Sign up for our free daily newsletter",
    "SIGN UP for the Harbourside Post daily newsletter here.",
    "Sign up here.",
    "Subscribe",
    "Subscribe to continue reading.",
    "Already a subscriber? Log in",
    "Register for free to continue",
    "Click here to subscribe.",
    "Click here to watch the video.",
    "Click here for the latest updates on the ferry grounding.",
    "CLICK HERE TO GET THE COASTLINE APP",
    "Tap to expand",
    "Scroll down for video",
    "Find us on Instagram @harbourpost",
    "Follow us on WhatsApp",
    "Share this article",
    "Share this story",
    "Share",
    "Save",
    "Bookmark",
    "Gift this article",
    "Print",
    "Email",
    "Do you have information about this story? Contact us at tips@post.example.",
    "Do you have a story to share? Email us at news@coastline.example",
    "If you have been affected by the issues in this story, help is available from Lifeline.",
    "Support our journalism",
    "Become a member today.",
    "Donate",
    "This article is free to read.",
    "You have reached your limit of free articles.",
    "Advertisement · Scroll to continue",
    "AD",
    "Story continues below",
    "Story continues",
    "Continue reading the main story",
    "Partner content",
    "Promoted",
    # trade-site and regional boxes
    "Press release distributed by Wirewave on behalf of Northcape Ferries.",
    "About Northcape Ferries",
    "Media contact:",
    "For more information, please contact press@northcape.example.",
    "Source: Northcape Ferries",
    "SOURCE Northcape Ferries",
    "This article first appeared in Coastline Weekly's print edition.",
    "This article is from the Harbourside Post's June issue.",
    "Originally appeared on Coastline Weekly",
    "Pia Lund contributed to this article.",
    "Chen Wei is a Bangkok-based freelance journalist.",
    "The views expressed in this article are the author's own.",
    "Opinions expressed are those of the author.",
    "Local Democracy Reporting Service",
    "Photo: Handout",
]

# An author's line only the article's tail holds ("Example Insurance covers flood damage for
# Example Council" mid-article is news).
TAIL_FURNITURE = [
    "Ed Marsh covers transport and maritime affairs for the Gazette.",
    "Chen Wei reports on shipping for Coastline Weekly.",
]

# Reporting that shares the furniture's words: each stays a claim.
REPORTING = [
    "The editor said the correction would run on Tuesday.",
    "Reporters were barred from the hearing, the union said.",
    "The captain said he had updated the route after the storm warning.",
    "The coastguard said it had listened to the ferry's distress call twice.",
    "Passengers were told to follow the crew to the lifeboats, the operator said.",
    "Key points of the new safety rules were sent to operators on Monday.",
    "What happened next was captured on a passenger's phone, police said.",
    "The transcript of the radio exchange was released on Monday.",
    "The audio recording showed the crew had warned the bridge twice, investigators said.",
    "Producers of the documentary said filming would stop.",
    "The summary of the inquiry's findings ran to 40 pages.",
    "Tags fitted to the lifejackets helped rescuers find passengers, the coastguard said.",
    "Comments made by the captain were recorded by a deckhand, the court heard.",
    "The operator said it would click its booking system over to the new timetable on Friday.",
    "The company said passengers who signed up for updates had been told by text.",
    "Contact with the ferry was lost at 21:40, the coastguard said.",
    "The author of the safety report, Ed Marsh, said the warnings had been ignored.",
    "The reporter who filmed the rescue, Omar Qadri, was treated for hypothermia.",
    "Images from a drone showed oil leaking from the hull, officials said.",
    "Getty Images photographers were among the first at the scene, the agency said.",
    "The photographs were published by the port authority on Monday.",
    "Copyright of the footage belongs to the passenger who filmed it, the broadcaster said.",
    "All rights to the route were revoked by the ministry on Monday.",
    "The union said it would follow the inquiry closely.",
    "Live footage of the rescue was broadcast by the coast station.",
    "The operator's statement was updated three times on Sunday.",
    "An earlier version of the timetable had listed 14 crossings a day, the regulator said.",
    "The correction to the ferry's course came too late, investigators said.",
    "The clarification from the ministry came after two days of questions.",
    "Sources at the port said the ferry had failed an inspection in May.",
    "Editors at the paper had been warned about the story, the court heard.",
    "The radio station's producer said the call had come in at 9:40 p.m.",
    "More than 40 passengers were taken to hospital, the coastguard said.",
    "Most of the passengers were tourists, the operator said.",
    "Related vessels in the operator's fleet were ordered into port for checks.",
    "The crew watched the rocks approach on radar, the first mate told the inquiry.",
    "Listeners of Coast Radio raised money for the injured, the station said.",
    "The minister said she would share the report with lawmakers.",
    "The operator said it would subscribe to a new weather warning service.",
    "Users of the ferry app were sent a warning an hour before the grounding.",
    "The lifeboat crew's contact with the bridge lasted 12 minutes, records show.",
    "The captain was edited out of the company's promotional video, the union said.",
    "The regulator filed charges under maritime law on Monday.",
    "Topics raised at the meeting included crew fatigue and old charts.",
    "Breaking waves pushed the ferry onto the rocks, the coastguard said.",
    "The latest figures show 212 passengers were on board, the operator said.",
    "Thanks to the crew, no one died, the mayor said.",
    "The ferry was carrying 212 passengers and 30 crew, the operator said.",
    "Photos posted by passengers showed water on the car deck.",
    "The background checks on the crew were completed in April, the operator said.",
    "Slides shown at the briefing mapped the ferry's course.",
    "The story of the rescue was told by a lifeboat volunteer on local radio.",
    "Source documents showed the ferry had missed two inspections.",
    "The operator's chief executive, Diane Fox, said she would resign.",
    "The ferry's 2004 refit was edited out of the official record, the union claimed.",
    "Reporting of the accident to the regulator was delayed by six hours, documents show.",
    "Additional lifeboats were sent from the southern station at 22:10.",
    "Print copies of the safety manual were missing from the bridge, the inquiry heard.",
    "The ferry's owner said all rights to compensation would be honoured.",
    "Share prices in the operator fell 8% on Monday.",
    "Donations to the lifeboat charity doubled after the rescue, it said.",
    "The union said members would sign the petition on Tuesday.",
    "Updated safety guidance was issued to all operators on Monday.",
    "Summary proceedings against the captain began in the district court.",
    "Witnesses said the ferry was listing badly within minutes.",
    "About 40 passengers were injured, the coastguard said.",
    "More in Kestrel Bay were evacuated on Monday.",
    "Background noise made the distress call hard to hear, investigators found.",
    "The latest ferry to run aground on the cape was the Kestrel Star in 2019.",
    "Sources close to the inquiry said the captain had been warned.",
    "Source code for the navigation system was examined by investigators.",
    "Editor Ros Kent said the paper would appeal the ruling.",
    "Producer prices rose 2% in May, the statistics office said.",
    "Go deeper into the hull and the damage is worse, the divers found.",
    "Between the lines of the report, investigators criticised the operator.",
    "Zoom calls between the operator and the ministry were recorded.",
    "New rules for ferries take effect in July.",
    "Just 12 of the 212 passengers were wearing lifejackets.",
    "Donations poured in from across the country after the rescue.",
    "Related damage to the pier will cost 2 million euros to repair.",
    "Terms of the settlement were not disclosed.",
    "Privacy campaigners criticised the use of passenger data.",
    "Media contacts at the operator did not respond to calls.",
    "With files from Northcape Ferries, investigators rebuilt the ferry's course.",
    "Data: 40% of ferries on the route failed inspections last year.",
    "The passengers included 30 schoolchildren on a trip.",
    "ENDS of the pier were damaged in the grounding, the council found.",
    "Read more than 40 warnings, the captain still sailed, the inquiry heard.",
    "Key witnesses will testify on Tuesday.",
]


def _covered(text: str, line: str) -> bool:
    start = text.index(line)
    return any(s <= start and start + len(line) <= e for s, e in non_claim_spans(text))


@pytest.mark.parametrize("line", FURNITURE)
def test_more_furniture_inside_an_article_is_no_claim(line: str) -> None:
    for variant in {line, line if line[-1] in ".!?):" else line + "."}:
        text = _HEAD + variant + _TAIL
        assert _covered(text, variant), variant
        spans = non_claim_spans(text)
        assert not overlaps_non_claim(spans, 0, len(_HEAD) - 2), spans
        assert not overlaps_non_claim(spans, text.index(_TAIL) + 2, len(text)), spans


@pytest.mark.parametrize("line", TAIL_FURNITURE)
def test_an_author_line_closing_the_article_is_no_claim(line: str) -> None:
    text = _HEAD + _TAIL.strip() + "\n\n" + line
    assert _covered(text, line)
    assert not overlaps_non_claim(non_claim_spans(text), 0, len(_HEAD) - 2)


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_like_the_furniture_stays_a_claim(line: str) -> None:
    text = _HEAD + line + _TAIL
    start = text.index(line)
    assert not overlaps_non_claim(non_claim_spans(text), start, start + len(line))


def test_the_offline_extractor_cites_none_of_it_and_keeps_the_reporting() -> None:
    cited, lost = [], []
    for line in [ln for ln in FURNITURE if ln.endswith(".")][::8] + REPORTING[::16]:
        text = _HEAD + line + _TAIL
        start, end = text.index(line), text.index(line) + len(line)
        claims = extract_offline(Article(id="a", text=text)).claims
        hit = any(ev.start < end and ev.end > start for c in claims for ev in c.evidence)
        if hit and line in FURNITURE:
            cited.append(line)
        if not hit and line in REPORTING:
            lost.append(line)
    assert not cited, cited
    assert not lost, lost
