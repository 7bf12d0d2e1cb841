"""Article headers: a headline followed closely by a byline or a date line, or shown twice in a few
lines (a scraper renders the breadcrumb, the <h1> and the share box), or right above a lead paragraph
that opens with its dateline ("BELPRE, Ohio (AP) — ..."), starts an article.

A page from an infinite-scroll site carries a second article after the first, with the same chrome
between them as around the first one; only its header tells where it starts. Every header after the
page's first prose becomes a barrier for the region search (rules/region.py), which then keeps the
article and returns the appended one separately.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import regex

from .. import lexicon
from ..lines import CLOSING_QUOTES, Line, table_row
from ..metadata import byline, captions, dates
from ..normalize import fold
from ..page import Page
from ..types import Label
from . import structure
from .structure import is_duration

HEADLINE_WORDS = (3, 30)
LOOKAHEAD = 3
COMMENTER_WORDS = 4  # a commenter's name (numbered: "1 - مواطن غيور"), shorter than a headline
MAX_APPENDED = 2
ECHO_SPAN = 8  # a headline the page shows twice within this many lines (breadcrumb, h1) heads an article  # non-blank lines after the headline where its byline or date may stand


NEXT_LABEL_WORDS = 3  # "Sonraki Haber", "Read next", "اگلی خبر", "Следующая новость"
NEXT_LABEL_REACH = 2  # lines over an appended article's headline where "Next article" may stand (a section's label between)


@lru_cache(maxsize=1)
def _next_labels() -> frozenset[str]:
    return frozenset(fold(phrase) for phrase in lexicon.data_phrases("next-label.txt"))


def next_label(line: Line) -> bool:
    """The whole line is the label over the next article an infinite scroll appends: "Next article"."""
    return line.words <= NEXT_LABEL_WORDS + 1 and next_label_key(line.key)


def next_label_key(key: str) -> bool:
    """A folded line that is "Next article" (next-label.txt), its arrow or colon aside."""
    return key.strip(" :»›>→←-") in _next_labels()


def is_headline(line: Line) -> bool:
    """A line shaped like a headline: a few words, no sentence end. A long one may read as prose
    ("روسيا وتركيا تبحثان تمديد اتفاق نقل الغاز عبر "السيل التركي""), and may end with a quoted name."""
    return _headline_shape(line) and line.cls != "bad"


def _headline_shape(line: Line) -> bool:
    """A few words, no sentence end, not removed, not a web address (a printed page's running URL):
    a headline's shape, whatever the line's class."""
    low, high = HEADLINE_WORDS
    if table_row(line):
        return False  # "العشاء\t18:58": a table's row, its cells apart
    return low <= line.words <= high and not _ends_sentence(line) and not line.removed and not _URL.match(line.text)


_URL = regex.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


def _ends_sentence(line: Line) -> bool:
    """Whether the line ends a sentence: a closing quote does only after the sentence's own mark."""
    text = line.text
    if text and text[-1] in CLOSING_QUOTES:
        return text.rstrip(CLOSING_QUOTES)[-1:] in ".!?؟。…।"
    return line.ends_sentence


def is_header_line(line: Line) -> bool:
    """A byline ("By Jane Doe", "Par …", "كتب: …"), a line that is only a date/time stamp, or a short
    line with a date and a time after a place or a name ("Sevilla - 22 abr 2024 - 07:15 CEST")."""
    if line.words > 25 or line.label is Label.SHARE:
        return False  # (an embedded post's "— Name (@handle) March 3, 2025" signs no article)
    if byline.POSTED_AT.search(line.text) and not dates.find_dates(line.text, folded=line.key):
        return False  # "Posted by Crunchy Chicken at 9:00 PM": a blog post's footer, under its text
    if captions.header_line(line) or dates.dashed_stamp(line.text, line.words):
        return True  # (a stamp after the site's name: "نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 18:05")
    if line.words <= PLACED_STAMP_WORDS and structure.has_time(line) and bool(dates.find_dates(line.text, folded=line.key)):
        return True
    return line.words <= NAMED_STAMP_WORDS and _name_then_date(line)


PLACED_STAMP_WORDS = 8
NAMED_STAMP_WORDS = 7
NAME_BEFORE_DATE_WORDS = (2, 3)


PLAYER_REACH = 8  # lines above a clip's length where its player's words stand ("Watch", "More videos")


def _under_player(content: list[Line], position: int) -> bool:
    """A video player's box above ("Video" / title / "2:14" / "Watch" / "More videos" / title / "1:48")."""
    return any(line.rule in ("lexicon.player", "lexicon.player-box") for line in content[max(0, position - PLAYER_REACH) : position])


def _name_then_date(line: Line) -> bool:
    """Two or three words, then a date and nothing else: a writer's name beside the day it wrote
    ("مريم الهنائية 26 فبراير 2025", "Sanne Dijkstra 27 mei 2025")."""
    if not dates.YEAR.search(line.text) or not line.text[:1].isalpha():
        return False  # (every such date has its year; the name comes first)
    text = line.text
    found = dates.find_dates(text, folded=line.key)
    if not found and _GLUED_DAY.search(text):
        text = _GLUED_DAY.sub(" ", text, count=1)  # "يوسف العبدالله3 مارس 2025": spans glued by a scraper
        found = dates.find_dates(text)
    if not found or found[0].iso is None or found[0].start == 0:
        return False
    name = text[: found[0].start].split()
    low, high = NAME_BEFORE_DATE_WORDS
    if not low <= len(name) <= high or not all(word.isalpha() for word in name):
        return False
    if any(word[0].islower() for word in name):
        return False  # "Opened in USA April 16th, 2004": a sentence's words; a name's open with capitals
    return dates.is_date_line(text[found[0].start :])


_GLUED_DAY = regex.compile(r"(?<=\p{L})(?=\d{1,2}\s\p{L})")  # a name's last letter, then the day's number


SECTION_LABEL_WORDS = 2


def _section_label(line: Line) -> bool:
    """A section's name alone on its line, in capitals or shown elsewhere on the page (its menu):
    "CIDADES", "WORLD NEWS", "حوادث"."""
    return 0 < line.words <= SECTION_LABEL_WORDS and (line.text.isupper() or line.cls == "bad")


def _dateline_lead(following: list[Line]) -> bool:
    """The line under a headline is the lead paragraph of an agency item (inside an article, a
    paragraph does not open with a dateline)."""
    return bool(following) and following[0].cls == "good" and opens_with_dateline(following[0].text)


def _after_chrome(content: list[Line], position: int) -> bool:
    """The line above is chrome a lexicon removed ("Copyright 2025 The Associated Press...")."""
    above = content[position - 1] if position else None
    return above is not None and above.removed and above.rule.startswith("lexicon.")


AGENCY_WORDS = 3


def _inside_embed(above: Line) -> bool:
    """The line above is a player's label ("Vidéo", "فيديو") or an embedded post's account: what
    follows is the clip's title or the post's text, with its length or its time under it."""
    return above.rule == "structure.embedded-post" or captions.player_label(above)


CARD_PARAGRAPHS = 2  # paragraphs of the text over a teaser card set inside it
CARD_REACH = 2  # lines over a teaser card's headline where the text's paragraph stands (a kicker, a player between)


def _teaser_card(content: list[Line], position: int, following: list[Line], stamps: list[Line]) -> bool:
    """A teaser card set between two paragraphs of the text, not another article's header: a
    headline and a date, no writer, right under a paragraph (a kicker or a player's label between),
    over a subheading of the text going on ("Lebenswerte Städte" / "<headline>" / "14.01.2025" /
    "Kritik von Taxiunternehmen" / a paragraph). An appended article opens with its lead, not with
    a subheading."""
    if not any(line.cls == "good" and not line.removed for line in content[max(0, position - CARD_REACH) : position]):
        return False
    if any(byline.byline_author(line.key, line.text, line.words) for line in stamps):
        return False
    last = following.index(stamps[-1])
    after = position + 1 + last + 1
    if after + 1 >= len(content):
        return False
    subheading, lead = content[after], content[after + 1]
    return (
        not subheading.removed
        and subheading.cls != "good"
        and subheading.words >= 2
        and not _ends_sentence(subheading)
        and not is_header_line(subheading)
        and lead.cls == "good"
        and not lead.removed
    )


SPEAKER_TURNS = 2  # lines that open with the same speaker's name: an interview's answers
SPEAKER_NAME_WORDS = 4
_SPEAKER = regex.compile(r"^\s*(?P<name>[^:：]{2,40}?)\s*[:：]\s*\S")


def _speaker(line: Line) -> str:
    """The name that opens the line before a colon ("Marion Desrosiers : ..."), folded; else ""."""
    if line.words <= SPEAKER_NAME_WORDS or (":" not in line.text and "：" not in line.text):
        return ""
    found = _SPEAKER.match(line.text)
    name = found["name"].split() if found is not None else []
    # a person's name: two words or more, no figure ("Next Post Nov. 3: ..." is a link's label)
    if not 2 <= len(name) <= SPEAKER_NAME_WORDS or any(char.isdigit() for char in found["name"]):
        return ""
    return found["name"].casefold()


STAMPED_HEADER_LINES = 6  # byline, date, a picture's caption and credit, then the text


def _stamped_twice(below: list[Line], header_line: Callable[[Line], bool]) -> bool:
    """Under a long headline, its byline and its date, then the text after at most a picture's
    caption and credit ("<headline>" / "By Owen Pritchard" / "Sunday 27 April 2025" / a caption /
    "Photo: ..." / a paragraph)."""
    if len(below) < 3 or not all(other.cls != "good" and header_line(other) for other in below[:2]):
        return False
    writer, stamp = below[:2]
    if structure.has_time(writer) or not byline.byline_author(writer.key, writer.text, writer.words):
        return False  # "posted by Rajk @ 7:12 PM 0 comments" under a post's last paragraph signs that post
    return dates.is_date_line(stamp.text, folded=stamp.key) and any(other.cls == "good" for other in below[2:])


def opens_with_dateline(text: str) -> bool:
    """A paragraph that opens with a wire dateline: a place in capitals or with its agency in
    brackets ("WASHINGTON —", "BELPRE, Ohio (AP) —"), or a place and an agency before a colon
    ("غزة - وفا: ..."). "Philip Glass Discography - ..." in a list of links is no dateline."""
    head = byline.dateline_head(text)
    if head is None:
        return False
    if "(" in head or (head.upper() == head and head.lower() != head):
        return True
    before_colon = text.split(":", 1)[0] if ":" in text else ""
    return bool(before_colon) and len(before_colon.split()) - len(head.split()) <= AGENCY_WORDS


def apply(page: Page) -> None:
    content = page.content
    index_of = {line.index: position for position, line in enumerate(content)}
    known: dict[int, bool] = {}

    stamped = {index + step for index in page.live_stamps for step in (-1, 1)}

    def header_line(line: Line) -> bool:  # each line is looked at by up to LOOKAHEAD headlines
        if line.index not in known:  # a live page's time heads an update, not an article; so does the
            # update's writer beside it ("Posted by Jane Doe")
            live = line.index in page.live_stamps or line.index in stamped
            # a clip's length ("02:47") is no article's stamp, in a player's box or under a clip's title in it
            clip = line.rule == "lexicon.player-box" or is_duration(line) and _under_player(content, index_of[line.index])
            embedded = line.rule == "structure.embedded-post"  # nor is an embedded post's date ("March 3, 2025")
            known[line.index] = not live and not clip and not embedded and is_header_line(line)
        return known[line.index]

    def starts_article(position: int, line: Line) -> bool:
        if page.headers and position - index_of[page.headers[-1]] <= LOOKAHEAD:
            return False  # the same header (a headline over a kicker, a standfirst)
        if position and _inside_embed(content[position - 1]):
            return False  # a video's title under "Vidéo"; an embedded post's text under its @handle
        if line.cls == "good":  # a long headline reads as prose: its date or byline, then its text, right below it
            below = content[position + 1 : position + 3]
            if len(below) == 2 and below[0].cls != "good" and below[1].cls == "good" and header_line(below[0]):
                return True
            return _stamped_twice(content[position + 1 : position + 1 + STAMPED_HEADER_LINES], header_line)
        following = []  # a header's byline or date comes before its text, not after two paragraphs of it
        past_chrome = False  # a line a lexicon removed stands between
        for other in content[position + 1 : position + 1 + LOOKAHEAD]:
            if other.cls == "good" and following and following[-1].cls == "good":
                break
            if dates.is_player_time(other.text):
                break  # a player's counters follow: "Le Brief éco", "Épisode 212", "00:00", "18:24"
            if past_chrome and other.cls != "good" and not other.removed and headline_shaped(other) and not header_line(other):
                break  # past chrome, a headline nearer the byline owns it: a teaser / "Next article" / <headline> / "By ..."
            following.append(other)
            # ... or a section's label in capitals ("CIDADES"): the next article's kicker
            past_chrome = past_chrome or other.rule.startswith("lexicon.") or _section_label(other)
        if following and structure.is_handle(following[0].text):
            return False  # an embedded post (X, Instagram): the account's name, its @handle, the post's date
        # (a picture's credited caption shown twice, as alt text and caption, is no headline)
        echoed = any(other.key == line.key for other in content[position + 1 : position + 1 + ECHO_SPAN]) and not captions.credited(line)
        # A second lead that opens with a dateline, under a headline set apart by chrome (the wire's
        # copyright line), starts the next agency item.
        agency_item = seen_lead and _after_chrome(content, position) and _dateline_lead(following)
        if echoed or agency_item:
            return True
        stamps = [other for other in following if header_line(other)]
        # (a card needs the text's paragraphs over it: the first prose may be a sidebar's promo over
        # a blog's dated post, its title then its text)
        return bool(stamps) and not (paragraphs >= CARD_PARAGRAPHS and _teaser_card(content, position, following, stamps))

    # A next article's headline is often one of the related links above it: shown twice, it is no
    # menu item when every other showing is such a link.
    related = {line.key for line in content if line.label is Label.RELATED}
    shown_twice = {line.key for line in content if line.cls == "bad" and line.key in related and not line.removed}

    # An item of a list the text announced over the list's next item ("Du mardi au jeudi : 8 h - 19 h
    # 30" over "Le vendredi : 8 h - 20 h", a day and a time) heads no article; over a byline it may.
    listed = {
        line.index
        for line, below in zip(content, content[1:])
        if line.cls == "item" and below.cls == "item" and not byline.byline_author(below.key, below.text, below.words)
    }
    # Nor does an item of the markup's list beside another ("<li>A thermal probe ...</li>" / "<li>A
    # laser reflector ...</li>" over a live entry's stamp).
    items = {line.index for line, below in zip(content, content[1:]) if page.element(line.index) == page.element(below.index) == "li"}
    listed |= items | {below.index for line, below in zip(content, content[1:]) if line.index in items}
    # Nor does a list's last marked item, under the one before it ("3. ..." under "2. ..."), over the
    # text going on and its writer's signature.
    listed |= {
        line.index
        for above, line in zip(content, content[1:])
        if line.cls == above.cls == "item" and structure.marked_item(line.text) and structure.marked_item(above.text)
    }

    # Nor does an interview's answer that opens with its speaker's name, as other lines of the page do
    # ("Marion Desrosiers : Prudemment. ...", over "Propos recueillis par ...").
    spoken = {line.index: speaker for line in content if (speaker := _speaker(line))}
    speakers = Counter(speaker for line in content if line.cls == "good" and (speaker := spoken.get(line.index)))
    listed |= {index for index, speaker in spoken.items() if speakers[speaker] >= SPEAKER_TURNS}

    # A headline right under "Next article" ("Sıradaki Haber"; a section's label may stand between)
    # heads it, however often the page shows it.
    announced = {
        below.index
        for position, line in enumerate(content) if next_label(line)
        for below in content[position + 1 : position + 1 + NEXT_LABEL_REACH]
    }

    def headline_shaped(line: Line) -> bool:
        if line.index in listed:
            return False
        return is_headline(line) or (line.key in shown_twice or line.index in announced) and _headline_shape(line)

    seen_prose = seen_lead = False  # seen_lead: a paragraph that opens with its dateline
    paragraphs = 0
    articles: list[int] = []  # headers that are not teasers listed under a "Related" heading
    in_teasers = False
    terminators = set(page.terminators)
    in_thread = False  # under a comments heading: "1 - مواطن غيور" over its date heads a comment
    for position, line in enumerate(content):
        if line.index in terminators and line.label is Label.RELATED:  # not "Comments (6)" between posts
            in_teasers = True
        if line.label is Label.COMMENTS:
            in_thread = True
        elif line.label is Label.FORM or in_thread and line.words > COMMENTER_WORDS and headline_shaped(line):
            in_thread = False  # the comment form, or a headline: the thread is over
        if in_thread and line.words <= COMMENTER_WORDS:
            continue
        if seen_prose and headline_shaped(line) and not header_line(line) and starts_article(position, line):
            page.headers.append(line.index)
            if not in_teasers:
                articles.append(line.index)
        elif line.cls == "good" and not line.removed:  # a cookie note is no prose of the page
            seen_prose, in_teasers = True, False
            paragraphs += 1
            seen_lead = seen_lead or opens_with_dateline(line.text)
    # One or two more articles are appended ones; a page of many is a listing (a blog's front page),
    # whose posts together are the text. Teasers under a "Related" / "Latest news" heading, each with
    # its date, are neither: they neither count nor split the page.
    if len(page.headers) <= MAX_APPENDED:
        page.terminators.extend(page.headers)
    elif len(articles) <= MAX_APPENDED:
        page.terminators.extend(articles)
