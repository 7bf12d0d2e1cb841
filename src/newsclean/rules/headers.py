"""Article headers: a headline followed closely by a byline or a date line, or shown twice in a few
lines (a scraper renders the breadcrumb, the <h1> and the share box), starts an article.

A page from an infinite-scroll site carries a second article after the first, with the same chrome
between them as around the first one; only its header tells where it starts. Every header after the
page's first prose becomes a barrier for the region search (rules/region.py), which then keeps the
article and returns the appended one separately.
"""

from __future__ import annotations

from ..lines import Line
from ..metadata import byline, dates
from ..page import Page
from ..types import Label

HEADLINE_WORDS = (3, 30)
LOOKAHEAD = 3
MAX_APPENDED = 2
ECHO_SPAN = 8  # a headline the page shows twice within this many lines (breadcrumb, h1) heads an article  # non-blank lines after the headline where its byline or date may stand


def is_headline(line: Line) -> bool:
    low, high = HEADLINE_WORDS
    return low <= line.words <= high and not line.ends_sentence and line.cls != "bad" and not line.removed


def is_header_line(line: Line) -> bool:
    """A byline ("By Jane Doe", "Par …", "كتب: …") or a line that is only a date/time stamp."""
    if line.words > 25:
        return False
    return bool(byline.byline_author(line.key, line.text, line.words) or dates.is_date_line(line.text, folded=line.key))


def apply(page: Page) -> None:
    content = page.content
    index_of = {line.index: position for position, line in enumerate(content)}
    known: dict[int, bool] = {}

    def header_line(line: Line) -> bool:  # each line is looked at by up to LOOKAHEAD headlines
        if line.index not in known:
            known[line.index] = is_header_line(line)
        return known[line.index]

    seen_prose = False
    articles: list[int] = []  # headers that are not teasers listed under a "Related" heading
    in_teasers = False
    terminators = set(page.terminators)
    for position, line in enumerate(content):
        if line.index in terminators and line.label is Label.RELATED:  # not "Comments (6)" between posts
            in_teasers = True
        if line.cls == "good":
            seen_prose, in_teasers = True, False
            continue
        if not seen_prose or not is_headline(line) or header_line(line):
            continue
        if page.headers and position - index_of[page.headers[-1]] <= LOOKAHEAD:
            continue  # the same header (a headline over a kicker, a standfirst)
        following = []  # a header's byline or date comes before its text, not after two paragraphs of it
        for other in content[position + 1 : position + 1 + LOOKAHEAD]:
            if other.cls == "good" and following and following[-1].cls == "good":
                break
            following.append(other)
        echoed = any(other.key == line.key for other in content[position + 1 : position + 1 + ECHO_SPAN])
        if echoed or any(header_line(other) for other in following):
            page.headers.append(line.index)
            if not in_teasers:
                articles.append(line.index)
    # One or two more articles are appended ones; a page of many is a listing (a blog's front page),
    # whose posts together are the text. Teasers under a "Related" / "Latest news" heading, each with
    # its date, are neither: they neither count nor split the page.
    if len(page.headers) <= MAX_APPENDED:
        page.terminators.extend(page.headers)
    elif len(articles) <= MAX_APPENDED:
        page.terminators.extend(articles)
