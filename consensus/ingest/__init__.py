"""Ingest: files, directories, stdin, JSON(L) and HTML -> `Article` (clean text + metadata).

This is the first stage of the pipeline. It turns whatever the user points at into
`Article` objects whose `text` is the only thing later stages quote from, so it decides
what counts as the article: headline, dateline, byline, site chrome, comment-policy
blurbs, player timers and share rows are taken out; embedded posts and quoted material
stay in but are marked as `Article.embedded` spans.

It must never change a character inside a kept line (curly quotes, „, –, … stay exactly
as written: evidence quotes are checked against `Article.text`), never guess an outlet
that the input does not name, never touch the network, and never import trafilatura
unless it has HTML to read.

Public API
    load_articles(paths, stdin=)     strict: raise `InputError` on the first bad input
    collect_articles(paths, stdin=)  lenient: (articles, one InputError per bad input)
    parse_text / parse_html          one document -> Article
    parse_date                       "2025-03-15", "14 Mar, 2025 17:00", RFC 2822 ... -> date

Inputs. A path "-" reads stdin. A directory is walked recursively (hidden files and
directories skipped) for .txt .md .html .htm .json .jsonl, in order of relative path
(compared part by part). Results follow the order of the paths given. A file with
another extension named explicitly is sniffed (JSON, HTML, else text).

Ids. Text and HTML files: the file stem; stdin: "stdin"; JSON records: the record's
"id", else the first 12 hex digits of sha256(url or text). Ids are unique within one
load: a repeated id gets "-2", "-3", ... in input order, with a warning.

Cleaning rules, in order. They drop or keep whole lines (a dropped line never merges its
neighbours). A "paragraph" is one line, or a hard-wrapped paragraph (see `_units`).
 1. Line endings -> "\\n"; trailing whitespace of each line stripped; a BOM dropped;
    Markdown/YAML front matter (---/key: value/---) read as metadata, and so is a bare
    header of at least two known "Key: value" lines (Title, Outlet/Source/Publisher/Site,
    Published/Date, URL/Link, Author/Byline) closed by a blank line.
 2. Site chrome dropped anywhere, when it is a one-line paragraph: lines dominated by
    "...icon" tokens, lines that are only numbers/timestamps/durations ("0:00", "28:8"),
    separators ("* * *", "---"), rows of share/social-network words, lines made only of
    UI words ("Podcasts", "Advertisement", "Read more"), breadcrumbs ("Home / World /
    Europe"), "Read more:" / "Related:" teasers and short photo-credit lines.
 3. Boilerplate paragraphs dropped: a paragraph scored on comment/newsletter/cookie/
    subscribe/share/copyright phrases (strong phrases count 2, weak words 1) is dropped
    when the score is high for its length (see `_is_boilerplate_unit`), except a wire's
    copyright line ("Copyright 2017 The Associated Press ..."), kept as a signal for origins.
 4. Head (first 6 content lines): an inline "date 2025-03-15 " prefix is cut off the first
    line ("date", "published", "updated" + a date); date-only lines and "By Name" bylines
    are metadata and dropped.
    Tail (last lines, from the end): date-only lines, bylines, house signatures
    ("Tyler Durden") and other short unpunctuated lines are dropped.
 5. Title: the first content line, if it is a paragraph of its own and looks like a
    headline (3-25 words, at most 200 characters, no sentence-final "." ":" ";" ",", not
    starting lower-case, with body after it); "# " headings in Markdown. It is removed
    from the body, and so is every later line identical to it. A given title (JSON/HTML
    metadata) is removed the same way.
 6. Any run of blank lines collapses to one blank line; the whole text is stripped.
 7. Spans (offsets into the final text): a post attribution line such as
    "— Michael Tracey (@mtracey) March 14, 2025" plus the lines right above it, walking
    up while the span body stays <= 280 characters, is kind="embedded" with the author;
    a paragraph introduced by a paragraph ending in ":" is kind="quoted" (continuing
    over following paragraphs that open with a quotation mark), author taken from the
    intro when it names a source ("Financial Times", "according to state media").

Outlet, first found wins: explicit metadata (JSON field, HTML site name) -> URL domain ->
house signature line -> contact e-mail domain -> wire marker "(Reuters)" in the lead.
Known names are in `_DOMAIN_OUTLETS`, `_HOUSE_SIGNATURES` and `_WIRE_MARKERS`; an unknown
URL domain is kept as the bare host name; unknown e-mail domains are ignored.

Bad input raises (or, in `collect_articles`, collects) an `InputError` naming the input:
missing path, empty or whitespace-only input, binary data, invalid JSON, a record
without text, a directory without articles, and fewer than 15 words left after cleaning.
Undecodable bytes are replaced (utf-8-sig, then cp1252 when it decodes cleanly) with a
warning; a non-English text gets `language` and a warning.

Files
-----
One module per step, each importing only modules above it in this list (no cycles):

* `dates.py`      `parse_date` and the date helpers of rule 4
* `metadata.py`   outlet (tables, URL, signature, e-mail, wire marker) and language
* `clean.py`      rules 1-6: front matter, chrome, boilerplate, head/tail metadata, title
* `spans.py`      rule 7: embedded posts and quoted paragraphs as spans
* `documents.py`  one document -> Article: `parse_text`, `parse_html`
* `records.py`    JSON and JSONL records -> Article
* `inputs.py`     paths, directories, stdin, decoding, sniffing, unique ids; `load_articles`
  and `collect_articles`
"""

from consensus.ingest.dates import parse_date
from consensus.ingest.documents import MIN_WORDS, parse_html, parse_text
from consensus.ingest.inputs import collect_articles, load_articles
from consensus.ingest.spans import MAX_POST_CHARS

__all__ = [
    "MAX_POST_CHARS",
    "MIN_WORDS",
    "collect_articles",
    "load_articles",
    "parse_date",
    "parse_html",
    "parse_text",
]
