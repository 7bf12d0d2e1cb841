"""Segment the labelled page into an `Article`: the header around the start of the main text (title,
subtitle, byline, dateline, date), captions with their credits, the body, appended articles, the site.

The header is looked for only where a header can be: just before the main text, or at its very start
when something precedes it on the page. A clean body handed back to newsclean has nothing before it,
so its first paragraph is never mistaken for a title (cleaning is idempotent).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from urllib.parse import urlsplit

import regex

from . import lexicon
from .lines import Line, mostly_numbers
from .metadata import byline, dates
from .metadata import captions as caption_finder
from .metadata import key_points
from .normalize import fold
from .page import Page
from .rules import headers, structure
from .rules.lexicon import TICKER_LABEL_WORDS, is_duration
from .siterules import squash
from .types import Article, Label

HEADER_BEFORE = 16  # non-blank lines before the main text searched for the header
HEADER_INSIDE = 5  # lines at the start of the main text that may still be header
TITLE_WORDS = (2, 30)
_HEADER_LABELS = (Label.DATE, Label.BYLINE, Label.DATELINE)
# Widgets of an article's header that stand between the headline and its byline ("lexicon.player-box"
# too, "lexicon.share-lead" too): their rules start with these.
_HEADER_CONTROLS = tuple(f"lexicon.{name}" for name in ("player", "share", "advertisement", "reading-time"))
_BIDI_MARKS = regex.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_STAMPED = regex.compile(r"^\W*\d{1,2}:\d{2}\b")
PLAYER_LINES = 6  # a player's controls under a video page's headline: its length, play, mute, full screen
BARE_NAME_BELOW = 3  # lines under the headline where the writer's name may stand alone
BARE_NAME_CHARS = 40
DATED_LINE_WORDS = 12
STAMP_BYLINE_WORDS = 20  # a date stamp and a byline on one line
SHORT_STAMP_WORDS = 6  # "Last Updated: February 7": an update stamp without its year
# Chrome that names the site: its copyright line, its appeals to follow it, subscribe or give.
_SITE_NAMING = frozenset({Label.FOOTER, Label.NEWSLETTER, Label.DONATION, Label.PAYWALL})
_NOT_A_NAME = regex.compile(r"[\d:|/()«»\"“”!?؟،,;]")
# Words no name holds (a short standfirst or a section label does): "في", "من"... (not "على":
# folded, it is the name "علي").
_FUNCTION_WORDS = frozenset(
    fold(word)
    for word in "في من إلى الى عن مع أن إن هذا هذه التي الذي الذين كان قد لا ما لم بعد قبل بين حول خلال عند أو ثم كل "
    "بعض غير هو هي تم".split()
)

# Words of a script without capitals (Arabic, Persian, Hebrew), initials with a dot allowed: "ع. بلقاسم".
# Two to four words of a script without case; diacritics (a shadda) are marks, not letters.
_CASELESS_NAME = regex.compile(r"^(?:[\p{Arabic}\p{Hebrew}\p{Mn}]+\.?\s){1,3}[\p{Arabic}\p{Hebrew}\p{Mn}]+$")
MASTHEAD_MAX_WORDS = 5  # a site's name, as the masthead shows it
TITLE_MIN_WORDS = 4  # a title of two or three words loses to a longer candidate ("Sport" vs the headline)


def build(page: Page) -> Article:
    content = page.content
    captions = caption_finder.find(page, _article_part(page, content))
    points = key_points.find(page, content)  # "Key points" and a few short lines over the text: no headline
    title, subtitle, author, dateline, date, site = _header(page, content)
    if not points:  # from HTML the header's lines may still be the text's until now: a box under them
        points = key_points.find(page, content)
    boxed = {line.text for line in content if line.label is Label.KEY_POINTS}
    points = [point for point in points if point in boxed]  # the byline and the date under the box are the header's
    if title:
        _headline_echoes(content, title)
    if author is None:
        author = _signature(page, content) or _writer_box_after(page, content)
    if author is not None:
        _author_again(content, author)
    for line in page.lines:
        if line.blank:
            line.decide(Label.BLANK, "blank")
    paragraphs = tuple(line.text for line in content if not line.removed)
    extra = tuple(
        "\n".join(line.text for line in content if a <= line.index <= b and line.label is Label.NEXT_ARTICLE)
        for a, b in page.extra_regions
    )
    return Article(
        body="\n".join(paragraphs),
        paragraphs=paragraphs,
        title=_plain(title),
        subtitle=_plain(subtitle),
        dateline=_plain(dateline),
        author=_plain(author),
        date=date.iso if date else None,
        date_text=date.text if date else None,
        site=_site(page) or _plain(site) or _masthead_name(page),
        url=page.url,
        lang=page.lang,
        captions=tuple(captions),
        key_points=tuple(points),
        extra_articles=tuple(text for text in extra if text),
        lines=tuple(line.freeze() for line in page.lines),
    )


ECHO_MIN_WORDS = 4  # a headline this long, found again after a widget's label


def _headline_echoes(content: Sequence[Line], title: str) -> None:
    """A widget's label, a separator, then the whole headline ("Share this Story : <headline>",
    "Comments on: <headline>"): the widget's line, labelled as its label says, not a paragraph."""
    key = fold(title).strip()
    if len(key.split()) < ECHO_MIN_WORDS:
        return
    for line in content:
        if line.removed or not line.key.endswith(key) or line.key.strip() == key:
            continue
        label = line.key[: -len(key)].rstrip()
        if not label.endswith((":", "|", "-", "–", "—", "»")):
            continue
        label = label.rstrip(":|-–—» ")
        hit = lexicon.match(Line(line.index, label, label)) if label else None
        if hit is not None and hit.category.label is not Label.BODY:
            line.decide(hit.category.label, "segment.headline-echo", f"{hit.phrase!r}, then the headline")


SIGNATURE_REACH = 3  # lines after the last paragraph where an agency item's signature may stand
SIGNATURE_WORDS = 8  # a byline kept as the text's last line: "تقرير: عبدالرحمن الشرعبي"


def _signature(page: Page, content: Sequence[Line]) -> str | None:
    """An agency item signed after its text: the reporter's name alone on the last line ("رنا
    الأحمد"), or a byline a few lines below the last paragraph ("متابعة: زينب الموسوي")."""
    kept = [line for line in content if not line.removed]
    if len(kept) < 2 or page.region is None:
        return None
    last = kept[-1]
    after = [line for line in content if line.index > last.index and not line.blank][:SIGNATURE_REACH]
    # The name is the text's last kept line, or the line right under it (cut with the chrome).
    for paragraph, name_line in ((kept[-2], last), (last, after[0] if after else None)):
        if name_line is None or not paragraph.ends_sentence:
            continue
        if name_line is not last and _tag_list(after):
            continue  # "مهرجان اللوز" / "تافراوت" / "تيزنيت": a list of tags, the first no signature
        if name_line.rule.startswith("html.cls-") and name_line.label is not Label.BYLINE:
            continue  # the page's markup names the box: its tags ("مياه", "طاقة شمسية", "الرياض" run together)
        name = name_line.text.strip() if _signed_name(name_line) else _name_and_agency(name_line)
        if name:
            name_line.decide(Label.BYLINE, "segment.signature", "the reporter's name under the last paragraph")
            return name
    # The text's last kept line is a byline under the last paragraph ("تقرير: عبدالرحمن الشرعبي").
    # (no date on it: "Posted by Admin on Friday, January 14, 2005" is a post's footer)
    signed = kept[-2].ends_sentence and last.words <= SIGNATURE_WORDS and not any(char.isdigit() for char in last.text)
    # (the other credits of the sign-off, "Editor: Dewi Anggraini" over "Penulis: Rizky Ramadhan", count no line)
    credited = [line for line in content if line.index > last.index and not line.blank and not _other_credit(line)][:SIGNATURE_REACH]
    for line in ([last] if signed else []) + credited:
        name = byline.byline_author(line.key, line.text, line.words)
        if name and byline.names_outlet(fold(name)):
            return None  # "تحرير: هيئة التحرير": the desk signs, no person
        if name:
            line.decide(Label.BYLINE, "segment.signature", name)
            return name
    return None


def _other_credit(line: Line) -> bool:
    """A credit line after the text that names no writer: an editor's, a photographer's."""
    if line.words > SIGNATURE_WORDS:
        return False
    hit = lexicon.match(line, trailing=True)
    return hit is not None and hit.category.name == "end-note" and byline.byline_author(line.key, line.text, line.words) is None


TAG_WORDS = 3


BOX_ROLE_WORDS = 3  # "Muhabir", "Staff Reporter", "Senior Political Correspondent"
BOX_BIO_WORDS = 6  # the bio under the role: a sentence about the writer


def _writer_box_after(page: Page, content: Sequence[Line]) -> str | None:
    """The writer's box after the text: a name alone over the writer's role and a bio ("Selin Aydoğan"
    / "Muhabir" / "İzmir'de yerel yönetimler ... haberler yapıyor."). Only when the page's tail holds
    one such box (a list of teasers, each with its writer and role, names no author)."""
    if page.region is None:
        return None
    tail = [line for line in content if line.index > page.region[1]]
    pairs = [  # (the name's test, which reads the whole page, last)
        (line, below, bio) for line, below, bio in zip(tail, tail[1:], tail[2:])
        if line.words <= 4 and below.words <= BOX_ROLE_WORDS and _opens_with_role(below)
        and bio.ends_sentence and bio.words >= BOX_BIO_WORDS and not bio.text.strip().endswith("?")
        and not _role_line(line) and _name_alone(page, line.text.strip())
    ]
    if len(pairs) != 1:
        return None
    name = pairs[0][0]
    name.decide(Label.BYLINE, "segment.writer-box-after", "a name over the writer's role after the text")
    return name.text.strip()


def _tag_list(after: Sequence[Line]) -> bool:
    """Short lines in a row under the text, none a lexicon's (a share bar's "شارك"), none a date: tags."""
    tags = after[:2]
    return len(tags) == 2 and all(
        line.words <= TAG_WORDS and not line.ends_sentence and not line.rule.startswith("lexicon.")
        and not dates.is_date_line(line.text, folded=line.key)
        for line in tags
    )


AGENCY_WORDS = 2  # "ats", "dpa/afp" after the reporter's name


def _name_and_agency(line: Line) -> str | None:
    """ "Camille Berthoud/ats": the reporter's name, a slash, the agency that shares the item."""
    name, slash, agency = line.text.strip().partition("/")
    name = name.strip()
    if not slash or "/" in agency or not 1 <= len(agency.split()) <= AGENCY_WORDS or not 2 <= len(name.split()) <= 4:
        return None
    return name if byline.bare_name(name) and not byline.has_prefix(fold(name)) else None


def _signed_name(line: Line) -> bool:
    """Two or three words of a script without capitals, no function word, no agency: "رنا الأحمد"."""
    text = line.text.strip()
    if not 2 <= line.words <= 3 or line.ends_sentence or not _CASELESS_NAME.match(text):
        return False
    if any(not rule.startswith(("region.", "html.")) for _, rule, _ in line.decisions):
        return False  # "أخبار ذات صلة": a heading a lexicon knows
    if byline.starts_with_role(line.key):
        return False  # "كاتب وصحافي سوري": the writer's bio after the column, no name
    return _name_words(text) and lexicon.credit_phrase(text) is None


def _author_again(content: Sequence[Line], author: str) -> None:
    """The writer's name alone on a kept line past the header is the author's box ("د. عائشة جاسم
    المري" over the bio at the end of a column): a paragraph is never a bare name."""
    key = fold(author).strip()
    for position, line in enumerate(content):
        if line.key.strip(" .:-–—") != key and not _signed_in_brackets(line, key):
            continue
        if not line.removed:
            line.decide(Label.BYLINE, "segment.author-again", "the writer's name, shown again")
        _bio_under(content, position, key)


def _signed_in_brackets(line: Line, key: str) -> bool:
    """ "(Katharina Wallner, 5.3.2025)" after the text: the writer's name in brackets, with the day."""
    inner = line.key.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return False
    inner = inner[1:-1].strip()
    rest = inner[len(key) :].strip(" ,;/-–—") if inner.startswith(key + ",") or inner == key else None
    return rest is not None and (not rest or dates.is_date_line(rest, folded=rest))


BIO_MAX_WORDS = 60


def _bio_under(content: Sequence[Line], position: int, key: str) -> None:
    """The writer's bio under the name shown again after the text (and the role under it): "Fiona
    MacLeod" / "Political Editor" / "Fiona has covered Holyrood since 2011 ...". It opens with one of
    the name's words and is the last line kept: a paragraph of the text below a name is not a bio."""
    following = [line for line in content[position + 1 :] if not line.blank]
    role = following[0] if following and _opens_with_role(following[0]) else None
    if role is not None:
        following = following[1:]  # "Political Editor", "Redakteur Digital"
    if not following:
        return
    bio = following[0]
    if bio.removed or bio.words > BIO_MAX_WORDS or any(not line.removed for line in following[1:]):
        return
    if bio.tokens[:1] and bio.tokens[0] in key.split() or _opens_like_bio(bio):
        if role is not None and not role.removed:
            role.decide(Label.BYLINE, "segment.author-bio", "the writer's role, over the bio")
        bio.decide(Label.BYLINE, "segment.author-bio", "the last paragraph, under the writer's name, about the writer")


def _plain(value: str | None) -> str | None:
    """A metadata field without the bidi marks pages put around mixed-script words (the body keeps
    them: its text is the page's own)."""
    if value is None:
        return None
    return _BIDI_MARKS.sub("", value).strip() or None


def _article_part(page: Page, content: Sequence[Line]) -> Sequence[Line]:
    """The lines up to the first terminator after the main text starts ("Related", "Comments")."""
    start = page.region[0] if page.region else 0
    ends = [index for index in page.terminators if index > start]
    if not ends:
        return content
    end = min(ends)
    return [line for line in content if line.index < end]


def _header_zone(page: Page, content: Sequence[Line]) -> tuple[list[Line], int]:
    """The lines where the header may stand, and the position in them where the main text starts."""
    if page.region is None:
        zone: list[Line] = list(content[:HEADER_BEFORE])
        start = len(zone)
    else:
        first = next(i for i, line in enumerate(content) if line.index == page.region[0])
        # The text starts at its first kept line: a header shown twice was removed as a duplicate.
        while first + 1 < len(content) and _repeated_away(content[first]):
            first += 1
        opens = (
            _set_apart_headline(page, content[first])
            or _headed_first_line(content, first, page.stopwords)
            or _over_dateline_lead(content, first)
        )
        inside = HEADER_INSIDE if first > 0 or opens else 0
        # A video player between the header and the text does not count against the header's reach
        # (a TV page: headline, byline, date, then the player's controls, then the text).
        # Nor does a summary box a machine wrote, above the text (its lines and its note).
        before = content[max(0, first - HEADER_BEFORE) : first]
        set_apart = _player_block(before) + [line for line in before if line.rule.startswith("lexicon.summary-")]
        set_apart += _gallery_block(before)  # nor does a gallery: its counters and captions ("1 of 8", a caption, ...)
        set_apart += [line for line in before if line.label is Label.KEY_POINTS]  # nor does a key-points box
        clips = _clip_titles(before)  # nor does the player's list of clips, each title over its running time
        set_apart += [pair for title, time in zip(before, before[1:]) if title.index in clips for pair in (title, time)]
        reach = HEADER_BEFORE + len(set_apart)
        above = [line for line in content[max(0, first - reach) : first] if line not in set_apart]
        opening = _reach(content[first:], inside)
        # A stamp under the last one the reach takes ("Publié le ...", then "Mis à jour à 9 h 32").
        while opening and first + len(opening) < len(content) and all(
            dates.is_date_line(line.text, folded=line.key) for line in (opening[-1], content[first + len(opening)])
        ):
            opening.append(content[first + len(opening)])
        zone = above + opening
        start = len(above)
        kept = sum(1 for line in content if page.region[0] <= line.index <= page.region[1] and not line.removed)
        if kept < 2:
            start -= 1  # a text of one paragraph keeps it: its first line is no headline
    return zone, start


GALLERY_COUNTERS = 3


def _gallery_block(lines: Sequence[Line]) -> list[Line]:
    """The counters of a gallery among the lines ("1 of 8", "2 of 8", ... three at least) and the
    captions beside them."""
    counters = [line for line in lines if line.words <= 4 and caption_finder.gallery_counter(line)]
    if len(counters) < GALLERY_COUNTERS:
        return []
    return [line for line in lines if line in counters or line.label in (Label.CAPTION, Label.CREDIT)]


def _reach(lines: Sequence[Line], size: int) -> list[Line]:
    """The first `size` lines, a player's or a share bar's controls between them not counted."""
    taken: list[Line] = []
    counted = 0
    for line in lines:
        if counted >= size:
            break
        taken.append(line)
        counted += not _lexicon_chrome(line)
    return taken


# author, dateline, site, date, the date lines, a translator's name
HeaderLines = tuple[str | None, str | None, str | None, dates.DateMatch | None, list[Line], str | None]


def _header_lines(page: Page, zone: list[Line]) -> HeaderLines:
    """Author, dateline, site, date and the date lines from the bylines, datelines and dates of the
    header zone, each labelled."""
    author: str | None = None
    dateline: str | None = None
    site: str | None = None
    date: dates.DateMatch | None = None
    date_lines: list[Line] = []
    # Bylines, datelines and dates: anywhere in the header zone. A "place - name" line names the
    # writer only when no byline says who wrote ("حاوره: ..." under "مواقيت الصلاة - القاهرة").
    # A caption or a credit names no writer, nor does a share bar's "متابعة الكاتبة" (follow the writer).
    set_aside = (Label.CAPTION, Label.CREDIT, Label.SHARE)
    names = {
        line.index: byline.byline_author(line.key, line.text, line.words) or byline.own_language_author(line.key, line.text, page.lang)
        for line in zone
        if line.label not in set_aside
    }
    # A translator's credit ("ترجمة: آلان جلال") names the writer only when nothing else does: the
    # writer's name alone under the headline wins over it.
    translators = {line.index: names[line.index] for line in zone if names.get(line.index) and byline.translator_credit(line.key)}
    for index in translators:
        names[index] = None
    explicit = any(names.values())
    text_started = False  # a paragraph of the text stands above: a "place - name" line is an item of it
    for line in zone:
        if line.index not in names or line.index in page.live_stamps:
            continue  # a caption or a credit; a live page's update time
        if text_started and line.cls == "item" and not line.removed:
            continue  # "Le samedi : 7 h 30 - 19 h 30": an item of a list the text announced, under its lead
        if line.index in translators:
            line.decide(Label.BYLINE, "segment.translator", translators[line.index] or "")
            continue
        if text_started and line.words <= byline.MAX_DATELINE_WORDS and byline.dateline_head(line.text):
            continue  # "Namur – Dinant (L154)", "Образование — 21,4": a list's item under the lead (a stamp has no dateline head)
        text_started = text_started or _in_text(page, line)
        name = names[line.index]
        if name and author is None and fold(name) == fold(_masthead_name(page) or ""):
            line.decide(Label.BYLINE, "segment.byline", "the site's name, no writer's")  # "Redacción Plaza Noticias"
            continue
        if name and author is None and _caseless_desk(name):
            # "إعداد: فريق التحرير" (in a script with capitals a name may come before its outlet: "Helen Briggs BBC News")
            line.decide(Label.BYLINE, "segment.byline", "a desk or an outlet, no writer")
            continue
        if name and author is None:
            above = _name_over_role(zone, line)
            if above is not None:  # "محمد الشامي" over "مراسل شبكة الرأي - دمشق": the name is the writer
                name = above.text.strip()
                above.decide(Label.BYLINE, "segment.name-over-role", name)
            author = name
            line.decide(Label.BYLINE, "segment.byline", name)
            _label_role_under(zone, line)  # "Author, Jane Doe" over "Role, BBC News"
            stamp = dates.parse_date(line.text) if date is None else None
            if stamp is not None:  # "Par Claire Dumoulin Publié le 08 octobre 2025 à 17h42 · Mis à jour ..."
                date = stamp
                date_lines.append(line)
            continue
        fielded = _writers_over_stamp(zone, line) if author is None and not explicit else None
        if fielded is not None:  # "Author: Jordan Pike, Hannah Cole" over "Published: 5:47 PM EDT April 2, 2025"
            author = fielded
            line.decide(Label.BYLINE, "segment.author-field", author)
            continue
        if author is None and not explicit and byline.prefix_alone(line.key):
            split = _name_on_next_line(zone, line)
            if split is not None:  # "Article rédigé par" / "Clément Ravier" / "Onde Publique"
                author = split
                continue
        if dates.is_date_line(line.text, folded=line.key) and not _writer_by_stamp(line, page.stopwords):
            line.decide(Label.DATE, "segment.date-line")
            date_lines.append(line)
            if date is None or date.calendar == "hijri":
                # "15 شوال 1446 هـ" over "14 أبريل 2025": the page's own Gregorian day (countries start
                # the Hijri month a day or two apart, so a conversion may miss it by one)
                date = _gregorian_beside(date, dates.parse_date(line.text))
            continue
        items = _header_items(line, page.stopwords)
        if items is not None:  # "Priya Natarajan · August 4, 2025 · 7 min read"
            name, found = items
            if explicit and name:
                name = None  # "Warta Nusantara - 12/03/2025, 14:20 WIB" over "Penulis: Rizky Aditya Pratama": the byline names the writer
            if author is None and name:
                author = name
            line.decide(Label.BYLINE if name else Label.DATE, "segment.header-items", name or found.text)
            date_lines.append(line)
            date = date or found
            continue
        flat = _flattened_header(line, zone) if author is None else None
        if flat is not None:  # "Home | Life | <headline> | 3 March 2026 | By Clara Teo"
            author, found = flat
            line.decide(Label.BYLINE, "segment.flattened-header", author)
            date_lines.append(line)
            date = date or found
            continue
        outlet = _name_and_outlet(zone, line, page.stopwords) if author is None and not explicit else None
        if outlet is not None:  # "Priya Raman · NPB News" over "Posted: Oct 21, 2025 4:00 AM CDT"
            author = outlet
            line.decide(Label.BYLINE, "segment.name-and-outlet", author)
            continue
        stamped = _stamp_then_byline(line) if author is None else None
        if stamped is not None:  # "Publié le 3/02/2025 à 11:45 Par Julie Mertens"
            stamp, author = stamped
            line.decide(Label.BYLINE, "segment.date-and-byline", author)
            date_lines.append(line)
            if date is None:
                date = dates.parse_date(stamp)
            continue
        writer_site = _writer_and_domain(line.text) if author is None else None
        if writer_site is not None:  # "Rina Kartika - wartanusa.id"
            author, domain = writer_site
            site = site or domain
            line.decide(Label.BYLINE, "segment.writer-and-domain", author)
            continue
        named = _name_then_role(line, page.stopwords) if author is None and not explicit else None
        if named is not None:  # "Ayşe Demirtaş - Ekonomi Muhabiri": a writer and a role, not "place - writer"
            author = named
            line.decide(Label.BYLINE, "segment.name-and-role", author)
            continue
        sourced = byline.place_and_source(line.text) if dateline is None else None
        if sourced is not None:  # "أنقرة/ الأناضول", "موسكو/ تركيا الدولية" (the site, named elsewhere)
            agency = lexicon.credit_phrase(sourced[1]) is not None
            if agency or _named_elsewhere(page, line, sourced[1]):
                dateline = sourced[0]
                site = site or (None if agency else sourced[1])
                line.decide(Label.DATELINE, "segment.dateline", line.text.strip())
                continue
        place = byline.dateline_of(line.text, line.words)
        if place and line.text.rstrip()[-1:] in "!?؟！？":
            place = None  # "Rentner findet Flaschenpost – nach 41 Jahren!": a headline's dash; a dateline exclaims nothing
        if line.words <= byline.MAX_DATELINE_WORDS and any(caption_finder.archive_credit(part) for part in byline.split_dateline(line.text) or ()):
            continue  # "سد الموصل - أرشيف": a picture's caption and its credit, no place and writer
        if place and line.words <= BREADCRUMB_ITEM_WORDS and _in_breadcrumb(zone, line):
            continue  # "Saguenay–Lac-Saint-Jean" of "Ma région › Saguenay–Lac-Saint-Jean › Éducation": a menu's item
        if place and line.words > byline.MAX_DATELINE_WORDS and (not _wire_head(place) or not line.ends_sentence):
            # "Most of the money — about $10.6 million — will...": a sentence's dash; "منتدى الطاقة السوري –
            # الروسي في دمشق: ..." without a full stop: a headline's dash
            place = None
        before_text = page.region is None or line.index < page.region[0] or line.removed
        if _lexicon_chrome(line):
            continue  # "Remaining Time -1:42" is a player's control, not "place - writer"
        # (the header on one line: "سطيف: نسيمة بوعلام 22 جانفي 2025 1.284 مشاهدة", its head before the stamp)
        head_text = _before_stamp(line) if place is None and author is None and not explicit and before_text else ""
        if head_text and len(head_text.split()) <= byline.MAX_DATELINE_WORDS:
            parts = byline.split_dateline(head_text)  # "الكويت: هاني الدوسري"
            if parts and caption_finder.credit_label(parts[0]):
                parts = None  # "تصوير ومونتاج: هشام الإدريسي": who filmed, not who wrote
            if parts and _writer_named(parts[1]) and (not _named_elsewhere(page, line, parts[1]) or _boxed_name(page, line, parts[1])):
                dateline, author = parts
                line.decide(Label.BYLINE, "segment.dateline-byline", author)
                continue
        head = (byline.dateline_head(line.text) or place) if place else None
        if head and author is None and not explicit and line.words <= byline.MAX_DATELINE_WORDS and _stands_alone(page, head):
            parts = byline.split_dateline(line.text)  # "المغربية نيوز - كريمة بنعلي": the site, then the writer
            if parts and parts[0] == head and _writer_named(parts[1]) and not _named_elsewhere(page, line, parts[1]):
                site, author = site or parts[0], parts[1]
                line.decide(Label.BYLINE, "segment.site-and-writer", author)
                continue
        if head and dateline is None and _stands_alone(page, head) and line.words <= byline.MAX_DATELINE_WORDS:
            parts = byline.split_dateline(line.text)
            if parts and parts[0] == head and not _writer_named(parts[1]) and _named_elsewhere(page, line, parts[1]):
                # "الإسكندرية - بوابة الثغر": the place (a section of the menu too) and the site the page names
                dateline, site = parts[0], site or parts[1]
                line.decide(Label.DATELINE, "segment.dateline", line.text.strip())
                continue
        if head and dateline is None and not _stands_alone(page, head):
            parts = byline.split_dateline(line.text) if line.words <= byline.MAX_DATELINE_WORDS else None
            swapped = parts is not None and line.text.lstrip().startswith(parts[1]) and _CASELESS_NAME.match(parts[1])
            if swapped and _named_in_chrome_only(page, line, parts[0]):
                parts = parts[1], parts[0]  # "رام الله - زيتون": the place, then the site the page shows elsewhere
            named = parts is not None and _named_elsewhere(page, line, parts[1])
            if parts and not named and not _name_words(parts[1]):
                continue  # "صحيفة العرب الدولية - تصدر من لندن": a masthead's tagline, no place and writer
            dateline = place
            dated = dates.parse_date(place) if line.words > byline.MAX_DATELINE_WORDS else None
            if dated is not None:  # "دمشق 3 سبتمبر 2024 (شينخوا) أعلنت ...": the wire's date opens the text
                date = date or dated
                dateline = " ".join(place.replace(dated.text, " ").split())
                dateline = regex.sub(r"\(\W*\)", " ", dateline)  # "PORT HALDEN, N.J. (March 6, 2024)"
                dateline = " ".join(regex.sub(r"\s*[,،]\s*(?=\(|$)", " ", dateline).split())
            if line.words <= byline.MAX_DATELINE_WORDS:
                line.decide(Label.DATELINE, "segment.dateline", place)
                if parts and named:
                    dateline, site = parts
                elif parts and author is None and not explicit and before_text and _writer_named(parts[1]):
                    # "صيدا - ريما الحاج علي": a name the page shows nowhere else is the writer's,
                    # not the site's ("موسكو - المغرب اليوم" comes back in the footer).
                    dateline, author = parts
                    line.decide(Label.BYLINE, "segment.dateline-byline", author)
    return author, dateline, site, date, date_lines, next(iter(translators.values()), None)


def _in_text(page: Page, line: Line) -> bool:
    """A paragraph of the main text, kept as body (a sentence: the headline may read as prose too)."""
    in_region = page.region is not None and line.index >= page.region[0]
    return in_region and line.cls == "good" and not line.removed and not headers.is_headline(line)


def _header(page: Page, content: Sequence[Line]):  # type: ignore[no-untyped-def]
    """Title, subtitle, author, dateline, date and the site's name (when a dateline gives it) from the
    lines around the start of the main text."""
    title = subtitle = None
    zone, start = _header_zone(page, content)
    author, dateline, site, date, date_lines, translator = _header_lines(page, zone)
    chosen = _headline(page, zone, start)
    crumbed = _crumbed_headline(zone) or _flattened_title(zone) if chosen is None or chosen.words < TITLE_MIN_WORDS else None
    if crumbed is not None:  # "Home / World / <headline> 12.02.2025 | 14:36": the line holds the headline
        title, chosen = crumbed, None
    if chosen is not None:
        # (the headline line may be a whole header flattened: "محليات - <headline> - 22 مارس 2025 - 10:15 ص")
        title = _flattened_headline(chosen, zone) or chosen.text
        position = zone.index(chosen)
        # The article's date stands under its headline; a date above it is the masthead's "today".
        # (or in its byline's line: "كتب: محمود عبد الحميد الإثنين، 13 أكتوبر 2025 - 11:20 ص")
        stamped = {line.index for line in date_lines} - _listed_stamps(zone[position + 1 :])
        below = [
            dates.parse_date(line.text) for line in zone[position + 1 :]
            if line.index in stamped or (line.label is Label.BYLINE and line.words <= STAMP_BYLINE_WORDS)
        ]
        date = _first_date(below) or date
        for line in zone:
            if line.key == chosen.key:
                line.decide(Label.TITLE, "segment.title", "headline-shaped line before the main text")
        after = [line for line in zone[position + 1 :] if line.key != chosen.key]
        if author is None:
            name_line = (
                _bare_name_under(page, zone, after, chosen)
                or _writer_over_role_above(page, zone, position, chosen)
                or _writer_over_date_above(page, zone, position)
                or _boxed_writer_above(page, zone, position)
                or _opinion_writer_above(page, zone, position)
                or _labelled_writer_above(zone, position)
                or _bioed_name_under(page, zone, position)
            )
            if name_line is not None:
                author, place = _name_and_place(name_line.text)
                dateline = dateline or place
                after = [line for line in after if line is not name_line]
            elif (sent := _correspondent_from(after)) is not None:
                name_line, author, place = sent
                dateline = dateline or place
                after = [line for line in after if line is not name_line]
        subtitle = _subtitle(page, content, zone, after)
    author = author or translator
    if title is None and page.region is not None:
        breaking = _breaking_headline(page, page.lines[page.region[0]])
        if breaking is not None:  # "عاجل: هزة أرضية ..." over "عمّان 11 شباط (الرابية) - ..."
            title = breaking.text
            breaking.decide(Label.TITLE, "segment.breaking-title", "a breaking-news headline over the lead")
    if date is None:
        for line in zone:
            if line.words <= 25 and not line.label is Label.TITLE:
                date = dates.parse_date(line.text)
                if date:
                    break
    if date is None:
        date = _stamp_after_text(page) or _masthead_date(page)
    elif date_lines:
        date = _first_published(page, date, date_lines) or date
    return title, subtitle, author, dateline, date, site


PUBLISHED_STAMP_WORDS = 12
HIJRI_SLACK_DAYS = 2


def _listed_stamps(lines: Sequence[Line]) -> set[int]:
    """The stamps of a list's items under its heading ("آخر الأخبار" / a headline / "2025/04/22 | 11:40"
    / ...), when a sidebar stands between the headline and the article's own stamp: the items' dates."""
    listed: set[int] = set()
    inside = False
    for line in lines:
        if line.rule == "lexicon.related":
            inside = True
        elif inside and line.label is Label.DATE:
            listed.add(line.index)
        elif inside and not (line.words >= TITLE_MIN_WORDS and not line.ends_sentence and line.label is Label.BOILERPLATE):
            inside = False  # a dateline, a byline, the text: the list ended above
    return listed


def _first_date(found: Sequence[dates.DateMatch | None]) -> dates.DateMatch | None:
    """The first date of the header's stamps, or the Gregorian one that follows a Hijri one."""
    date: dates.DateMatch | None = None
    for each in found:
        if date is not None and date.calendar != "hijri":
            break
        date = _gregorian_beside(date, each)
    return date


def _gregorian_beside(hijri: dates.DateMatch | None, found: dates.DateMatch | None) -> dates.DateMatch | None:
    """The header's date: the first found, or a Gregorian date next to a Hijri one that names the same
    day give or take the slack between countries' Hijri calendars."""
    if hijri is None or found is None:
        return hijri or found
    if found.calendar != "gregorian" or not (hijri.iso and found.iso):
        return hijri
    apart = abs((datetime.date.fromisoformat(found.iso) - datetime.date.fromisoformat(hijri.iso)).days)
    return found if apart <= HIJRI_SLACK_DAYS else hijri


def _first_published(page: Page, date: dates.DateMatch, date_lines: Sequence[Line]) -> dates.DateMatch | None:
    """The header's date is an update's ("Updated: Mar 20, 2025"): the publication's stamp elsewhere
    on the page ("First Published: 19 Mar 2025", often after the text) gives the article's date,
    when it is not later than the update."""
    stamp = next((found for line in date_lines if (found := dates.stamped(line.text)) and found[0].iso == date.iso), None)
    if stamp is None or not stamp[1]:
        return None
    for line in page.lines:
        if line.blank or line.label is Label.NEXT_ARTICLE:
            continue
        published = _publication_stamp(line)
        if published is not None and published.iso <= stamp[0].iso:
            return published
    return None


def _publication_stamp(line: Line) -> dates.DateMatch | None:
    """The date of a short stamp line that marks the publication, not an update ("Published March 13 2025")."""
    found = dates.stamped(line.text) if line.words <= PUBLISHED_STAMP_WORDS else None
    return found[0] if found is not None and not found[1] else None


STAMP_AFTER_REACH = 4  # non-blank lines after the text where the publication's stamp may stand


def _stamp_after_text(page: Page) -> dates.DateMatch | None:
    """The publication's stamp right after the text ("Published March 13 2025 06:00 AM"), when the
    header shows none (only "Today at 06:00"): a stamp, not an update's, in the few lines under the
    last paragraph (a comment's stamp stands further down, under its heading)."""
    if page.region is None:
        return None
    after = [line for line in page.lines[page.region[1] + 1 :] if not line.blank][:STAMP_AFTER_REACH]
    for line in after:
        if line.label is Label.COMMENTS or line.label is Label.RELATED:
            break
        published = _publication_stamp(line)
        if published is not None:
            return published
    return None


MASTHEAD_DATE_REACH = 25  # non-blank lines from the page's top where a masthead's date stands
MASTHEAD_DATE_WORDS = 12


def _masthead_date(page: Page) -> dates.DateMatch | None:
    """The day the masthead shows ("الجمعة، 05 يوليو 2024", "Tuesday, December 26, 2006"), when the
    article shows no date of its own: the page was published that day or shortly before. A date line
    with its weekday, near the top, above the main text (a list's dates carry no weekday)."""
    end = page.region[0] if page.region is not None else len(page.lines)
    seen = 0
    for line in page.lines[:end]:
        if line.blank:
            continue
        seen += 1
        if seen > MASTHEAD_DATE_REACH:
            break
        if line.words <= MASTHEAD_DATE_WORDS and dates.is_date_line(line.text, folded=line.key):
            if any(dates.is_weekday(token) for token in line.tokens):
                return dates.parse_date(line.text)
    return None


def _headline(page: Page, zone: list[Line], start: int) -> Line | None:
    """The headline: a headline-shaped line; best one with its byline or date right below it, then one
    the page repeats (breadcrumb, <title>), then a long one, then the nearest to the main text."""
    # Header lines (a date, a byline) that open the main text push the headline's place down by one each.
    opening = next((n for n, line in enumerate(zone[start:]) if line.label not in _HEADER_LABELS), 0) if start >= 0 else 0
    above = zone[: start + 1 + opening]
    candidates = [
        line
        for position, line in enumerate(above)
        if (_title_like(line) or _series_headline(zone, position))
        and not _copied_below(above, line) and not _writer_over_role(zone, line)
    ]
    if len(candidates) > 1 and _writer_over_date(page, zone, candidates[-1]):
        candidates.pop()  # "فيصل القحطاني" right over the date, under the column's headline
    # A writer's name over the date, above the column's headline or under it (a counter of views under
    # the date the last line: "٣٤٥ مشاهدة"), when a headline's length stands among the others.
    writers = [line for line in candidates if _writer_over_date(page, zone, line)]
    if writers and any(line.words >= TITLE_MIN_WORDS and line not in writers for line in candidates):
        candidates = [line for line in candidates if line not in writers]
    if len(candidates) > 1:  # the masthead's tagline: "يومية وطنية إخبارية مستقلة", "جريدة إلكترونية جهوية مستقلة"
        candidates = [line for line in candidates if not _tagline(line)] or candidates
    if len(candidates) > 1:  # a column's picture labelled "الكاتبة هالة القحطاني" over its headline
        candidates = [line for line in candidates if not _writer_label(line) and not _labelled_name(zone, line)] or candidates
    if len(candidates) > 1:  # headline / "Helena Marsh" / standfirst, the bio naming her further down
        candidates = [
            line for line in candidates if not _under_bioed_name(page, zone, line, candidates) and not _writers_bio(page, zone, line)
        ] or candidates
    clips = _clip_titles(zone)
    if clips and len(candidates) > 1:  # a player's "Up next" list: titles over running times
        candidates = [line for line in candidates if line.index not in clips] or candidates
    if not candidates:  # a video page: the headline is its player's title, over the article's date
        candidates = [line for position, line in enumerate(above) if _player_headline(zone, position)][-1:]
    if not candidates:
        return None
    where = {line.index: position for position, line in enumerate(zone)}
    # A byline, a date or a dateline within three lines below (a picture's caption and credit
    # between them do not count: headline, picture, byline).
    pictured = (Label.CAPTION, Label.CREDIT, Label.KEY_POINTS)  # (a key-points box between them does not count either)
    # A picture's caption and credit between them do not count, nor the widgets of an article's header
    # (an audio player's controls, a share bar, an advertisement's label).
    unpictured = [
        line
        for line in zone
        if (line.label not in pictured and not line.rule.startswith(_HEADER_CONTROLS)) or line in candidates or _heads(line)
    ]
    place = {line.index: position for position, line in enumerate(unpictured)}
    # (a headline-shaped line right under another may be its standfirst: the header reaches further,
    # in a script without capitals, where the writer's name alone does not show as one)
    below_is_candidate = {
        line.index: _standfirst_under(unpictured, place[line.index], candidates) and not byline.cased(line.text) for line in candidates
    }
    headed_by = {line.index: _headed(unpictured, place[line.index], below_is_candidate[line.index]) for line in candidates}
    # The article's header starts under its breadcrumb ("الرئيسية / أخبار لبنان"): a headline there
    # with its date wins over a promo above it.
    crumb = next((line.index for line in reversed(above) if _breadcrumb(line)), None)
    if crumb is not None and any(line.index > crumb and headed_by[line.index] for line in candidates):
        candidates = [line for line in candidates if line.index > crumb]

    # The items of a ticker: the headline-shaped lines right under its label, one after another (a
    # section's kicker of a word or three ends them: "Última hora" in a menu, then the article's header).
    # So are the items under a related list's heading ("Most read") above the article's header, down
    # to the headline over its byline: two different ones at least (a section's "Latest News" over
    # the headline, a player's "Up next:" over the headline shown twice, head no list).
    ticker_items: set[int] = set()
    for position, line in enumerate(zone):
        listed = line.rule == "lexicon.related"
        if _ticker_label(line) or listed:
            items: list[Line] = []
            for number, item in enumerate(zone[position + 1 :], position + 1):
                if item not in candidates or item.words < TITLE_MIN_WORDS:
                    break
                if listed and number + 1 < len(zone) and zone[number + 1].label in _HEADER_LABELS:
                    break
                items.append(item)
            if not listed or len({item.key for item in items}) >= LISTED_ITEMS:
                ticker_items.update(item.index for item in items)

    def _headed_title(line: Line) -> bool:
        return line.words >= TITLE_MIN_WORDS and headed_by[line.index]

    headline_rival = any(_headed_title(line) and not _strip_item(line) for line in candidates)

    def rank(line: Line) -> tuple[bool, bool, bool, int, bool, bool, int]:
        position = where[line.index]
        headed = headed_by[line.index]
        # The next candidate down over the same byline, with a line between them (a section
        # kicker): this one is an item of a ticker or a widget above the article's header.
        lower = next((other for other in candidates if where[other.index] > position), None)
        # The section's kicker right over the headline: the line above it is a widget's. A writer's
        # name right under a headline is no kicker: in a script without capitals, where a name does
        # not show, only an advertisement's label between the line and the kicker tells them apart.
        if lower is not None and lower.words < TITLE_MIN_WORDS and _kicker(lower) and not _bare_name(lower):
            gap = zone[position + 1 : where[lower.index]]
            named = _CASELESS_NAME.match(lower.text) is not None and _name_alone(page, lower.text)  # not "الأخبار المحلية"
            named = named and not any(other.key == lower.key for other in zone[:position])  # a menu's item above: the section's
            if not named or any(other.rule.startswith(_HEADER_CONTROLS) for other in gap):
                lower = next((other for other in candidates if where[other.index] == where[lower.index] + 1), lower)
        if headed and lower is not None and lower.words >= TITLE_MIN_WORDS and headed_by[lower.index]:
            # (an advertisement's label or a player's control between them does not count)
            between = [other for other in zone[position + 1 : where[lower.index]] if not other.rule.startswith(_HEADER_CONTROLS)]
            if between and all(_kicker(other) for other in between):
                headed = 0
        # A ticker's item: one of the lines under the ticker's label ("عاجل", "Flash info"), or with the
        # label between it and a headline further down that the label announces.
        lower = next((other for other in candidates if where[other.index] > position and _headed_title(other)), None)
        if headed and lower is not None:
            ticker = zone[position : where[lower.index]]
            if line.index in ticker_items or any(_ticker_label(other) for other in ticker):
                headed = 0
        repeated = page.key_counts[line.key] >= 2 or any(
            line.key in other.key  # "Home > World > <title>"; a credit names the site, not the headline
            for other in zone
            if other is not line and other.label not in (Label.CAPTION, Label.CREDIT)
        )
        # A kicker extends the section label above it: "الدوري الممتاز" → "الدوري الممتاز - الجولة 20".
        # Right under its section's label, a line that runs on is a headline ("Dundee" over "Dundee
        # councillors approve £38m of cuts ..."); further up, the label is the site's name or a menu's.
        kicker = line.words <= KICKER_LINE_WORDS and any(
            other.words < line.words and line.key.startswith(other.key + " ")
            and (number < position - 1 or line.words <= other.words + KICKER_WORDS)
            for number, other in enumerate(zone[:position])
            if other.key
        ) or _kicker_over(line, zone[position + 1] if position + 1 < len(zone) else None, candidates)
        kicker = kicker or _kicker_headline_standfirst(zone[position : position + 3], candidates)
        # Above a byline the headline comes first (the standfirst follows it); otherwise nearest wins.
        # A labelled byline or date heads better than a name alone, which may be the site's.
        # Over the byline, a strip's score or price loses to a headline under it.
        stripped = bool(headed) and headline_rival and _strip_item(line)
        return headed > 0, line.words >= TITLE_MIN_WORDS, not stripped, headed, not kicker, repeated, -position if headed else position

    best = max(candidates, key=rank)
    # (a masthead's name has at most MASTHEAD_MAX_WORDS words: most pages skip the copyright lookup)
    if len(candidates) > 1 and best.words <= MASTHEAD_MAX_WORDS and best.text.strip(" -–—|:") == _masthead_name(page):
        candidates.remove(best)  # the site's name, which the copyright line repeats ("© 2025 <name>")
        best = max(candidates, key=rank)
    return _over_highlights(page, zone, candidates, best)


HIGHLIGHTS = 2  # headline-shaped lines at least between the headline and the one over the byline
HIGHLIGHT_WORD_CHARS = 4  # the words that tell what a line is about: "Cornish", "scratchcard", not "the"
HIGHLIGHT_SHARE = 0.5  # of a line's words that the text uses too: it sums the article up
HIGHLIGHT_WORDS = 6  # a highlight is a sentence, not a section's label or a site's name


def _over_highlights(page: Page, zone: Sequence[Line], candidates: Sequence[Line], best: Line) -> Line:
    """The headline over a list of highlights without bullets (headline / three or four sentences that
    sum the story up / byline): the line over the byline is the last highlight. Headline and highlights
    tell the article's story, in its words; a ticker's items over a headline tell others."""
    run = end = zone.index(best)
    while run > 0 and zone[run - 1] in candidates:
        run -= 1
    while end + 1 < len(zone) and zone[end + 1] in candidates:
        end += 1
    if end - run < HIGHLIGHTS or run == zone.index(best):
        return best
    text_words = {
        word for line in zone[end + 1 :] + page.content[page.region[0] if page.region else 0 :]
        if line.cls == "good" and not line.removed for word in line.key.split()
    }

    def about_the_text(line: Line) -> bool:
        words = [word for word in line.key.split() if len(word) >= HIGHLIGHT_WORD_CHARS]
        return line.words >= HIGHLIGHT_WORDS and len(words) >= HIGHLIGHTS and sum(word in text_words for word in words) >= HIGHLIGHT_SHARE * len(words)

    if not all(about_the_text(line) for line in zone[run : end + 1]):
        return best
    return zone[run]


CLIP_LIST = 2  # titles over running times that make a list of clips


def _clip_titles(zone: Sequence[Line]) -> set[int]:
    """The titles of a video player's list of clips ("Up next"): lines each over its running time
    alone ("1:52"), two or more of them. A time alone heads no headline there."""
    titles = {
        line.index
        for line, below in zip(zone, zone[1:])
        if is_duration(below) and not is_duration(line)
    }
    return titles if len(titles) >= CLIP_LIST else set()


KICKER_WORDS = TITLE_MIN_WORDS  # "أسعار صرف العملات اليوم" over the headline
KICKER_LINE_WORDS = 2 * KICKER_WORDS  # a section's label run on: "الدوري الممتاز - الجولة 20", not a headline


def _kicker_over(line: Line, below: Line | None, candidates: Sequence[Line]) -> bool:
    """A section's kicker right over the headline: a few words over a headline-shaped line at least
    twice as long that does not end a sentence (a standfirst would)."""
    return (
        below is not None
        and below in candidates
        and line.words <= KICKER_WORDS
        and below.words >= 2 * line.words
        and not below.ends_sentence
    )


LISTED_ITEMS = 2


def _ticker_label(line: Line) -> bool:
    return line.rule == "lexicon.ticker" and line.words <= TICKER_LABEL_WORDS


def _writer_over_role(zone: Sequence[Line], line: Line) -> bool:
    """A writer's name over the role ("Aileen MacLeod" / "Transport Correspondent"), or the role line
    itself: header lines, not headlines."""
    if _role_line(line):
        return True
    below = _next_in(zone, line)
    return _bare_name(line) and below is not None and _role_line(below)


ROLE_ABOVE_REACH = 3  # lines over the headline where a column's writer may stand over the role
COLUMN_NAME_WORDS = 4


def _writer_over_role_above(page: Page, zone: Sequence[Line], position: int, headline: Line) -> Line | None:
    """A column's writer over the role, above the headline ("هشام الدسوقي" / "كاتب صحفي" / headline);
    labelled."""
    for number in range(max(0, position - ROLE_ABOVE_REACH), position):
        line, below = zone[number], _next_in(zone, zone[number])
        between = zone[number + 2 : position]  # the column's name may stand over the headline ("على الطاولة")
        if below is None or len(between) > 1 or any(other.words > COLUMN_NAME_WORDS for other in between):
            continue  # the role right over the headline, not a menu's "Member Services" / "Correspondents"
        if between and below.words < 2:
            continue  # over a column's name, the role says more than one word ("كاتب وأكاديمي كويتي")
        above = zone[number - 1] if number else None
        if above is not None and byline.prefix_alone(above.key):
            continue  # "Fact Checked By" / the name / the role: a reviewer, not the writer
        if (_role_line(below) or _opens_with_role(below)) and not _role_line(line) and _writer_alone(page, line, headline.key):
            line.decide(Label.BYLINE, "segment.name-over-role", "a name over the writer's role, above the headline")
            return line
    return None


TAGLINE_WORDS = 6
PUBLISHER_TAGLINE_WORDS = 10
_PUBLISHED_BY = regex.compile(r"\b(?:تصدر عن|يصدر عن|published by|édité par|editado por|publicado por|herausgegeben von)\b")


def _tagline(line: Line) -> bool:
    """A site's tagline under its masthead: a few words opening with what the outlet is ("يومية
    وطنية إخبارية مستقلة", "Le quotidien de Charleroi et du Hainaut"), not a headline."""
    if " | " in line.key or " - " in line.key:  # "الميدان اليوم | صحيفة يومية مستقلة": the site's name, its tagline
        name, _, rest = line.key.replace(" - ", " | ").partition(" | ")
        if len(name.split()) <= MASTHEAD_MAX_WORDS and rest.split()[:1] and byline.names_outlet(rest.split()[0]):
            return len(rest.split()) <= TAGLINE_WORDS
    first = line.key.split()[0] if line.key else ""
    if not byline.names_outlet(first):
        return False
    # ... or longer when it names its publisher: "صحيفة يومية تصدر عن دار الضفاف للصحافة والنشر"
    return line.words <= TAGLINE_WORDS or line.words <= PUBLISHER_TAGLINE_WORDS and _PUBLISHED_BY.search(line.key) is not None


def _writer_over_date(page: Page, zone: Sequence[Line], line: Line) -> bool:
    """The writer's name alone right over the date: the header's byline, not its headline (a column
    shows the name again over the writer's bio)."""
    below = _next_in(zone, line)
    return below is not None and below.label is Label.DATE and _writer_alone(page, line, line.key)


WRITER_ABOVE_REACH = 3  # lines above the headline where a column's writer may stand over the date


def _writer_over_date_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A column's writer alone over the date, right above the headline ("نايف المطيري" / date / headline):
    a name in a script without capitals (in Latin script, "Premier League" or "EDB Team" over a date
    are a section's or a desk's)."""
    for line in zone[max(0, position - WRITER_ABOVE_REACH) : position]:
        if not _CASELESS_NAME.match(line.text.strip()) or any(word in _FUNCTION_WORDS for word in line.key.split()):
            continue
        if not line.removed or line.label is Label.BOILERPLATE:
            if _writer_over_date(page, zone, line):
                line.decide(Label.BYLINE, "segment.writer-over-date", "a writer's name alone over the date, above the headline")
                return line
    return None


def _boxed_writer_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A column's writer alone right above the headline, in a script without capitals, the same name
    heading the writer's box after the text (over a bio, a role or an e-mail address): the box says
    who the name is; labelled."""
    for line in reversed(zone[max(0, position - WRITER_ABOVE_REACH) : position]):
        text = line.text.strip()
        if not _CASELESS_NAME.match(text) or line.words < 2:  # (in Latin script, "Car Insurances" over a box's "Car insurance ...")
            continue
        if any(word in _FUNCTION_WORDS for word in line.key.split()) or page.key_counts[line.key] < 2:
            continue
        if _in_author_box(page, line):
            line.decide(Label.BYLINE, "segment.boxed-writer-above", "a name over the headline that heads the writer's box after the text")
            return line
    return None


def _opinion_writer_above(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """A columnist's name alone right above the headline, under the opinion section's label ("رأي" /
    "نادين خوري" / headline): the label says the name is the writer's, not a kicker's."""
    above = zone[max(0, position - WRITER_ABOVE_REACH) : position]
    for number, line in enumerate(above):
        if number == 0 or not _opinion_label(above[number - 1]):
            continue
        text = line.text.strip()
        if _ruled(line) or not _name_alone(page, text):
            continue
        if lexicon.match(line) is not None:
            continue  # "تواصل معنا": the menu's next item
        line.decide(Label.BYLINE, "segment.opinion-writer-above", "a name under an opinion page's label, over the headline")
        return line
    return None


def _labelled_name(zone: Sequence[Line], line: Line) -> bool:
    """The writer's name over the picture's label that names the same writer ("صورة الكاتب <name>")."""
    below = _next_in(zone, line)
    found = _WRITER_WORD.match(below.key) if below is not None else None
    return found is not None and found.group("name").strip() == line.key.strip()


def _labelled_writer_above(zone: Sequence[Line], position: int) -> Line | None:
    """A columnist's name above the headline, over the picture's label that names the same writer
    ("عبدالله السبيعي" / "صورة الكاتب عبدالله السبيعي" / headline): the label says it is the writer."""
    above = zone[max(0, position - WRITER_ABOVE_REACH) : position]
    for line in above:
        if _labelled_name(zone, line) and not _ruled(line):
            line.decide(Label.BYLINE, "segment.labelled-writer-above", "a name over its picture's label naming the writer")
            zone[zone.index(line) + 1].decide(Label.CAPTION, "segment.writer-picture", "the writer's picture's label")
            return line
    return None


BIO_EXTRA_WORDS = 4  # "Helena Marsh is a health policy columnist ...": the name and a sentence after it


def _bioed(page: Page, zone: Sequence[Line], name: Line) -> bool:
    """A writer's name alone on its line, and a line of the header that opens with it and goes on
    about the writer ("Helena Marsh is a health policy columnist and ..."): the name is the byline."""
    opened = any(  # (the name's test, which reads the whole page, last)
        other.key.startswith(name.key + " ") and other.words >= name.words + BIO_EXTRA_WORDS and _opens_like_bio(other)
        for other in zone
    )
    return opened and _bare_name(name) and _name_alone(page, name.text.strip())


def _under_bioed_name(page: Page, zone: Sequence[Line], line: Line, candidates: Sequence[Line]) -> bool:
    """A headline-shaped line right under a writer's name that itself stands under another headline:
    the standfirst, the name being the byline between them (see `_bioed`)."""
    position = zone.index(line)
    return position >= 2 and zone[position - 2] in candidates and _bioed(page, zone, zone[position - 1])


def _writers_bio(page: Page, zone: Sequence[Line], line: Line) -> bool:
    """The bio under a writer's name alone on its line: it opens with the name (see `_bioed`)."""
    return any(
        other is not line and line.key.startswith(other.key + " ") and _bioed(page, zone, other) for other in zone if other.words <= 4
    )


def _bioed_name_under(page: Page, zone: Sequence[Line], position: int) -> Line | None:
    """The writer's name right under the headline, confirmed by the bio that opens with it; labelled."""
    if position + 1 >= len(zone) or not _bioed(page, zone, zone[position + 1]):
        return None
    name = zone[position + 1]
    if _ruled(name):
        return None
    name.decide(Label.BYLINE, "segment.bare-name", "a name alone under the headline, a bio opening with it below")
    return name


def _ruled(line: Line) -> bool:
    """A rule other than the region search's said what the line is (its place alone says nothing)."""
    return any(not rule.startswith("region.") for _, rule, _ in line.decisions)


def _opinion_label(line: Line) -> bool:
    """ "رأي", "Opinion", "Tribune": an opinion section's label, the whole line."""
    return lexicon.phrase_in(line.text, "opinion-label") == line.key.strip(" :|-–—")


_WRITER_WORD = regex.compile(r"^(?:صوره )?(?:الكاتب|الكاتبه|بقلم الكاتب|بقلم الكاتبه)\s+(?P<name>.+)$")


def _writer_label(line: Line) -> bool:
    """ "الكاتبة هالة عبدالله القحطاني": the writer's word and a name, a picture's label, no headline."""
    found = _WRITER_WORD.match(line.key)
    return found is not None and _CASELESS_NAME.match(found.group("name")) is not None


def _role_line(line: Line) -> bool:
    """A short line that names a writer's role: "Transport Correspondent", "Collaboration spéciale"."""
    return line.words <= byline.MAX_ROLE_WORDS and byline.has_role(line.key)


def _opens_with_role(line: Line) -> bool:
    """A short line that opens with a writer's role: "Political Editor", "مراسل شبكة الرأي - دمشق"."""
    return 0 < line.words <= byline.MAX_ROLE_WORDS and byline.starts_with_role(line.key)


def _bare_name_under(page: Page, zone: Sequence[Line], after: Sequence[Line], headline: Line) -> Line | None:
    """The writer's name alone on a line a few lines under the headline, next to a date; labelled."""
    # A picture between the headline and the name does not count (its credit, the caption above it),
    # nor a player's or a share bar's controls, nor a key-points box.
    credited = {line.index for line in after if line.label is Label.CREDIT}
    unpictured = [
        line
        for line in after
        if line.label not in (Label.CAPTION, Label.CREDIT, Label.KEY_POINTS) and line.index + 1 not in credited and not _lexicon_chrome(line)
    ]
    # Beside the date, a share bar aside: "14 February 2025" / "Share" / "Save" / "Priya Lansdowne"
    unshared = [line for line in after if line.label is not Label.SHARE]
    # ...or right under the headline, the date right above it: "العدد 6021 - الأحد 18 مايو 2025" /
    # the headline / "يوسف عبدالرحمن المناعي".
    # (not a picture's button over its caption: "تحميل الصورة" / "جانب من حملة ... - وام")
    above = zone[: zone.index(headline)] if headline in zone else []
    first = unpictured[0] if unpictured and above and _dated(above[-1]) else None
    below = page.lines[first.index + 1] if first is not None and first.index + 1 < len(page.lines) else None
    if below is not None and below.label in (Label.CAPTION, Label.CREDIT):
        first = None
    name_line = next(
        (
            line
            for line in _below_headline(unpictured)
            if _writer_alone(page, line, headline.key) and (line is first or _next_to_date(unshared, unshared.index(line)))
        ),
        None,
    )
    if name_line is not None:
        name_line.decide(Label.BYLINE, "segment.bare-name", "a name alone under the headline")
        _label_role_under(zone, name_line)  # "Kayla Nguyen" over "Senior Reporter"
    return name_line


def _below_headline(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines under the headline where the writer's name may stand alone; in a script with
    capitals, where a name shows, the stamps between do not count ("Publié le ..." / "Mis à jour le
    ..." / "Marc-Olivier Gendron")."""
    near = list(lines[:BARE_NAME_BELOW])
    stamps_aside = [line for line in lines if line.label is not Label.DATE][:BARE_NAME_BELOW]
    return near + [line for line in stamps_aside if line not in near and byline.cased(line.text)]


def _subtitle(page: Page, content: Sequence[Line], zone: Sequence[Line], after: Sequence[Line]) -> str | None:
    """The standfirst: the line right under the headline when it reads like one (above the main text,
    not a sentence of it, or over a byline), else one between the header lines and a widget."""
    region_start = page.region[0] if page.region else len(page.lines)
    # Over the byline, a paywall's or a share bar's labels aside ("Article réservé aux abonnés").
    under = next((line for line in after[1:] if not _lexicon_chrome(line)), None)
    above_byline = under is not None and under.label in _HEADER_LABELS
    # (over the lead's picture, a paragraph that opens with the wire's dateline is the lead itself:
    # "سنورس - بدأت الجمعية ...")
    over_lead = above_byline or _over_pictured_lead(after) and byline.dateline_head(after[0].text) is None
    if after and _subtitle_like(after[0]) and (after[0].index < region_start or not after[0].ends_sentence or over_lead):
        if not _whole_text(content, after[0]):
            after[0].decide(Label.SUBTITLE, "segment.subtitle", "right below the title")
            return after[0].text
    between = _between_header_lines(after)
    if between is not None and not _whole_text(content, between):
        between.decide(Label.SUBTITLE, "segment.subtitle", "between the header's lines (a stamp over it, a byline under it)")
        return between.text
    standfirst = _standfirst_under_header(content, zone)
    if standfirst is None or _whole_text(content, standfirst):
        return None
    standfirst.decide(Label.SUBTITLE, "segment.standfirst", "between the header lines and a widget")
    return standfirst.text


def _between_header_lines(after: Sequence[Line]) -> Line | None:
    """Headline / "Stand: 20.03.2025 06:00 Uhr" / standfirst / "Von Anna Brenner": a sentence between
    the headline's stamp and its byline is the standfirst."""
    lead = 0
    while lead < len(after) and after[lead].label in _HEADER_LABELS:
        lead += 1
    if not 0 < lead < len(after) - 1:
        return None
    line, above, below = after[lead], after[lead - 1], after[lead + 1]
    # (a sentence between the stamp and the byline: a role, an agency's name or a headline's echo there is none)
    stamped = above.label is Label.DATE and below.label is Label.BYLINE
    return line if stamped and _subtitle_like(line) and line.ends_sentence and line.words >= STANDFIRST_WORDS[0] else None


def _over_pictured_lead(after: Sequence[Line]) -> bool:
    """Under the line, the lead's picture (its caption, its credit), then a paragraph ("Kassel –
    Lesen, lernen, ...", "Sở Xây dựng Đà Nẵng cho biết ..."): the text starts there, the line over
    the picture is the standfirst."""
    pictured = False
    for line in after[1:]:
        if line.label in (Label.CAPTION, Label.CREDIT):
            pictured = True
        elif not line.removed:
            return pictured
    return False


def _whole_text(content: Sequence[Line], line: Line) -> bool:
    """The line is all the main text keeps (a blog post of one paragraph): no standfirst over nothing."""
    return not line.removed and not any(not other.removed for other in content if other is not line)


_ROLE_SEPARATOR = regex.compile(r"[|,،(]|\s[-–—]\s")  # what byline.without_role splits a name from its role at


def _name_then_role(line: Line, stopwords: frozenset[str]) -> str | None:
    """The name of a "name - role" line ("Ayşe Demirtaş - Ekonomi Muhabiri", "Derrik J. Lang, THE
    ASSOCIATED PRESS"), else None."""
    if line.words > byline.MAX_DATELINE_WORDS:
        return None
    if not _ROLE_SEPARATOR.search(line.text):  # "Priya Ramanathan Mining Reporter"
        return byline.name_before_role(line.text, stopwords)
    name = byline.without_role(line.text)
    if name == line.text.strip() or not _writer_named(name) or not byline.bare_name(name):
        return None
    return name


def _writers_over_stamp(zone: list[Line], line: Line) -> str | None:
    """The writers of an "Author: A, B" field right over a stamp line: the label heads the fields
    of listings too, where no stamp of the article follows it."""
    if line.words > byline.MAX_BYLINE_WORDS:
        return None
    names = byline.field_writers(line.key, line.text)
    below = _next_in(zone, line)
    if names is None or below is None or not dates.is_date_line(below.text, folded=below.key):
        return None
    return names


def _writer_named(name: str) -> bool:
    """A writer's name after a place: no function word, not an agency ("الرباط - و م ع"), not a
    desk ("منبر الشام - قسم الأخبار المحلية", "Warta Priangan - Berita Terkini Jawa Barat")."""
    if not _name_words(name):
        return False
    if _caseless_desk(name) or byline.is_desk(name):
        return False
    credit = lexicon.credit_phrase(name)
    return credit is None or len(credit.split()) < len(name.split())


def _caseless_desk(name: str) -> bool:
    """A desk or an outlet in a script without capitals ("فريق التحرير", "قسم الأخبار المحلية"); in a
    script with capitals a name may come before its outlet ("Helen Briggs BBC News")."""
    return not byline.cased(name) and byline.names_outlet(fold(name))


COMMENT_WORDS = 6  # a sentence after the text that names the writer: a reader's comment


def _named_elsewhere(page: Page, line: Line, name: str) -> bool:
    """Whether `name` appears on another line of the page, or in its URL's host name. A reader's
    comment that thanks the writer ("تقرير ممتاز، شكرًا للصحفي عثمان الطيب ...") does not count."""
    key = fold(name)
    # A photographer after the agency in a picture's credit ("(صدى الشمال/ سامر الأحمد)") is a person:
    # a reporter who took the pictures too, not the site.
    credited = regex.compile(r"/\s*" + regex.escape(key))
    others = sum(
        other.key.count(key) - len(credited.findall(other.key))
        for other in page.lines if other is not line and other.key and other.label is not Label.COMMENTS
        and not (page.region is not None and other.index > page.region[1] and other.ends_sentence and other.words >= COMMENT_WORDS)
    )
    host = (urlsplit(page.url).hostname or "") if page.url and "//" in page.url else ""
    return others > 0 or (bool(host) and squash(key) in squash(host))


def _name_on_next_line(zone: Sequence[Line], prefix: Line) -> str | None:
    """The writer's name on the line under a byline's prefix alone ("Article rédigé par" / "Clément
    Ravier"), both labelled, with the outlet's short name under the name when one follows; else None."""
    position = zone.index(prefix)
    following = zone[position + 1 : position + 3]
    if not following or not (_bare_name(following[0]) or _CASELESS_NAME.match(following[0].text.strip())):
        return None
    name = following[0].text.strip()
    prefix.decide(Label.BYLINE, "segment.byline", f"its name on the next line: {name}")
    following[0].decide(Label.BYLINE, "segment.byline", name)
    if len(following) > 1 and following[1].words <= 3 and following[1].cls in ("short", "bad") and not dates.is_date_line(following[1].text):
        following[1].decide(Label.BYLINE, "segment.byline", "the writer's outlet")  # "Onde Publique"
    return name


def _wire_head(place: str) -> bool:
    """A dateline opening a paragraph: in capitals or with its agency in brackets ("WASHINGTON",
    "PARIS (AFP)", "НИЖНЕВОЛЖСК"), or in a script without capitals ("دمشق", "عمّان (بترا)"). The
    test of `headers.opens_with_dateline`, which also wants a cased script."""
    return "(" in place or place.upper() == place


def _named_in_chrome_only(page: Page, line: Line, name: str) -> bool:
    """Whether `name` appears on other lines of the page, all of them outside the text (the site's
    name in the masthead and the footer, not a place the article talks about)."""
    key = fold(name)
    others = [other for other in page.lines if other is not line and key in other.key]
    return bool(others) and all(other.removed for other in others)


def _stands_alone(page: Page, name: str) -> bool:
    """Whether the page shows `name` as a line of its own ("المغرب اليوم -"): a site's name, not a place."""
    key = fold(name.split("(")[0]).strip()
    alone = [line.key for line in page.lines if line.key and line.key.strip(" -–—ـ|:") == key]
    # A site's name comes back, or trails a separator ("المغرب اليوم -"); a city in a weather widget does not.
    return len(alone) >= 2 or any(other != key for other in alone)


def _set_apart_headline(page: Page, line: Line) -> bool:
    """A page that starts with its headline: a title-shaped first line followed by a blank line.

    The blank line matters for idempotence: a clean body (paragraphs joined by single newlines) never
    has one, so its first paragraph is never taken for a headline the second time round.
    """
    following = line.index + 1
    return _title_like(line) and following < len(page.lines) and page.lines[following].blank


def _headed_first_line(content: Sequence[Line], first: int, stopwords: frozenset[str]) -> bool:
    """The text opens with its headline when a title-shaped line has its byline or date right below,
    a player's or a share bar's buttons aside (or a standfirst, the writer's name alone, then the
    date: "Sanne Veldkamp", "ma 10 mrt 2025")."""
    line = content[first]
    if not _title_like(line):
        return False
    following = [other for other in content[first + 1 : first + 1 + HEADER_INSIDE] if not _lexicon_chrome(other)][:2]
    if any(headers.is_header_line(other) or _header_items(other, stopwords) for other in following):
        return True
    # (A review's rating or a share bar between them does not count: "★★★★☆".)
    rest = [other for other in content[first + 1 : first + 1 + HEADER_INSIDE + 2] if not _lexicon_chrome(other)]
    if len(rest) < 3 or not _bare_name(rest[1]):
        return False
    # ...or the writer's name over the role ("Catherine Dufresne", "Collaboration spéciale"), then the date.
    below = rest[2]
    if len(rest) > 3 and _role_line(below):
        below = rest[3]
    return headers.is_header_line(below)


PLAYER_LINES = 3  # controls a player shows (play, mute, time...) that make a block of it
PLAYER_GAP = 3  # lines at most from one control to the next


def _player_block(lines: Sequence[Line]) -> list[Line]:
    """The lines from a video player's first control to its last ("Play Video", "Current Time
    0:00", "Captions", ...), when the player lexicon knows at least three of them."""
    # The player's controls stand together, nearest the text: a "Video" menu item further up is no
    # control of it, nor is one above a line of text (the headline, the byline between the menu and
    # the player).
    marks: list[int] = []
    for n, line in enumerate(lines):
        if line.rule != "lexicon.player":
            continue
        if marks and (n - marks[-1] > PLAYER_GAP or any(_worded(other) for other in lines[marks[-1] + 1 : n])):
            marks = []
        marks.append(n)
    if len(marks) < PLAYER_LINES:
        return []
    low, high = marks[0], marks[-1]
    while high + 1 < len(lines) and lines[high + 1].removed and lines[high + 1].words <= PLAYER_LINES:
        high += 1  # "Fullscreen", "This is a modal window." after the last one the lexicon knows
    return list(lines[low : high + 1])


def _worded(line: Line) -> bool:
    """A line of a few words that no lexicon took: a headline, a byline, a date; no player's control."""
    return line.words > PLAYER_LINES and not line.rule.startswith("lexicon.")


def _repeated_away(line: Line) -> bool:
    """Removed by the repetition pass: a copy of a line the page shows again."""
    return line.removed and line.rule.startswith("repetition.")


def _breaking_headline(page: Page, lead: Line) -> Line | None:
    """A ticker-labelled line ("عاجل: ...", "BREAKING: ...") right above the text's `lead`, which opens
    with its dateline: the headline of a breaking item, not a strip of the site's ticker."""
    above = next((line for line in reversed(page.lines[: lead.index]) if not line.blank), None)
    if above is None or above.rule != "lexicon.ticker":
        return None
    if above.words < TITLE_MIN_WORDS or byline.dateline_head(lead.text) is None:
        return None
    return above


def _copied_below(zone: Sequence[Line], line: Line) -> bool:
    """A header shown twice (headline, standfirst, headline, standfirst): the first copy's headline
    and the line under it come again further down, and the copy nearest the text is the header."""
    if not _repeated_away(line):
        return False
    position = zone.index(line)
    around = [zone[n].key for n in (position - 1, position + 1) if 0 <= n < len(zone)]
    return any(
        zone[n].key == line.key and {zone[n - 1].key, zone[n + 1].key} & set(around)
        for n in range(position + 2, len(zone) - 1)
    )


def _over_dateline_lead(content: Sequence[Line], first: int) -> bool:
    """A headline over the lead paragraph, which opens with its dateline ("نزوى - العُمانية: ...",
    "PARIS (AFP) - ..."), a picture's caption between them at most: a scrape of title and text."""
    line = content[first]
    if not _title_like(line) or line.ends_sentence:
        return False
    return any(other.cls == "good" and byline.dateline_head(other.text) for other in content[first + 1 : first + 3])


def _next_to_date(lines: Sequence[Line], number: int) -> bool:
    """The writer's name stands beside the date line: a short label under a headline ("Local
    Government", "أخبار محلية") does not."""
    around = lines[max(0, number - 1) : number + 3]  # "Name", "The Daily Courier", "March 3, 2025"
    if number >= 2 and not regex.search(r"\p{L}", lines[number - 1].text):
        around = lines[number - 2 : number + 3]  # "14 ноября 2025, 10:15" / "👁 1 234" / "Ирина Шестакова"
    return any(_dated(line) for line in around if line is not lines[number])


def _dated(line: Line) -> bool:
    """A date line, or a short line with a date in it ("Valencia - 22 ene 2025 - 13:45 CET")."""
    if line.label in (Label.DATE, Label.DATELINE):
        return True
    return line.words <= DATED_LINE_WORDS and dates.parse_date(line.text) is not None


def _writer_alone(page: Page, line: Line, title_key: str) -> bool:
    """A writer's name alone on its line under the headline, beside the date ("رنا خليل", "د. مازن
    الخطيب", "Lucía Ferrer"), or two or three such names ("Lucía Arrieta y Pablo Sanz", "Marta
    Wójcik, Piotr Zieliński"): shown no more often than the headline, and no other rule has a say
    about it. The writer's city may follow in brackets: "فهد الحربي (المدينة المنورة)"."""
    text, _ = _name_and_place(line.text)
    text = byline.without_helper(text)  # "Rita Sampaio com Lusa": the writer, with the agency
    below = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    over_role = below is not None and _opens_with_role(below)
    # A page rendered twice shows both twice; a name over its role, or one an author box shows again
    # ("Sobre la firma" / "Lucía Ferrández"), may come back in the writer's bio.
    if page.key_counts[line.key] > max(1, page.key_counts[title_key]) and not over_role and not _in_author_box(page, line):
        if not _signs_the_next_article(page, line) and not _twice_in_a_row(page, line) and not _signs_teasers(page, line):
            return False
    if _ruled(line):
        return False
    if _name_alone(page, text) or _bare_name(line) and _in_author_box(page, line):
        return True  # (the box says it is a name, even one the text writes in lower case: "Deniz", "sea")
    names = _NAMES_JOINED.split(text)
    if text.isupper():  # "JAVIER MONTOYA Y LUCÍA ESTEBAN": two names in capitals (one alone may be a heading)
        names = [name.title() for name in names]
    return 2 <= len(names) <= MAX_JOINED_NAMES and all(_name_alone(page, name) for name in names)


def _twice_in_a_row(page: Page, line: Line) -> bool:
    """A columnist's name over his picture, whose caption is the name again ("عامر الخصاونة" twice):
    the page shows it only there."""
    if page.key_counts[line.key] != 2:
        return False
    nearby = [other for other in page.lines[max(0, line.index - 1) : line.index + 2] if other is not line]
    return any(other.key == line.key for other in nearby)


# "A y B", "A, B", "A et B", "A, B and C": the writers of one article on one line
_NAMES_JOINED = regex.compile(  # "JAVIER MONTOYA Y LUCÍA ESTEBAN" too
    rf"\s*,\s*(?:(?:{byline.JOINING_WORDS})\s+)?|\s+(?:{byline.JOINING_WORDS}|&|و|{byline.JOINING_WORDS.upper()})\s+"
)
MAX_JOINED_NAMES = 3


def _name_alone(page: Page, text: str) -> bool:
    """A writer's name and nothing else: two to four words, no digits, no punctuation but an
    initial's dot, no function word."""
    if not 2 <= len(text.split()) <= 4 or len(text) > BARE_NAME_CHARS:
        return False
    if byline.has_role(fold(text)):
        return False  # "Senior Reporter", "Jornalista", "Legal Affairs Correspondent": the role under the name
    if byline.names_outlet(fold(text)):
        return False  # "يمن الغد نت", "Gulf News": the site's name under the headline
    if _NOT_A_NAME.search(text) or not _name_words(text):
        return False
    if _CASELESS_NAME.match(text):
        key = fold(text)
        # The site's name, not a writer's: "© 2025 بوابة برقة نيوز. جميع الحقوق محفوظة", "تابعوا قناة
        # الفولغا عربي على تلغرام" (in a script with capitals a blog's copyright line names its writer,
        # so only here).
        if any(key in other.key for other in page.lines if other.label in _SITE_NAMING):
            return False
        words = key.split()
        # "تحديث تلقائي": a live page's refresh switch ("على", a stamp's "at", folds to the name "علي")
        if dates.has_stamp_word(" ".join(word for word in words if word != "علي")):
            return False
        # A name holds one family name with the article at most ("محمود السيد", "عبد الله المطيري");
        # "الفنان الراحل عبدالرحمن المطيري" describes a picture.
        # "عبد الحق", "عبد الرحمن": the article after "عبد" belongs to the given name.
        families = [word for before, word in zip(["", *words], words) if word.startswith("ال") and before != "عبد"]
        # ... or two after a given name without the article: "عثمان الطيب حمد النيل" (a Sudanese name)
        articled = sum(1 for word in families if word != "الله")
        return articled <= 1 or articled == 2 and not words[0].startswith("ال")
    # In a script with capitals a bare name is too easily a heading ("Healthy Skin Makeover", "Recipe
    # Index"): there it must stand right under the headline, by the date, and look like a name.
    words = text.split()
    if not byline.bare_name(text) or text.isupper() or _DOTTED.search(text):  # ("Joyce Lim Hui Wen": four words)
        return False
    if any(_short_function_word(word, page.stopwords) for word in fold(text).split()):
        return False  # "The Rundown", "All News Items", "Все новости"
    # The words of a name are capitalised wherever the page uses them; "Recipe Index", "Staff
    # Clinician" are words the page also writes in lower case.
    return not _written_in_lower_case(page, words)


NEXT_HEADER_REACH = 2  # lines under an appended article's headline where its writer's name stands


def _signs_the_next_article(page: Page, line: Line) -> bool:
    """Every other copy of the name stands right under the headline of an article appended below:
    the same writer signs the next article too."""
    others = [other.index for other in page.lines if other.key == line.key and other is not line]
    headed = {header + step for header in page.headers for step in range(1, NEXT_HEADER_REACH + 1)}
    return bool(others) and all(index > line.index and index in headed for index in others)


def _signs_teasers(page: Page, line: Line) -> bool:
    """Every other copy of the name, below, signs a teaser beside its date: the writer's other posts
    listed under the text ("The harbor dredging fight, explained" / "Feb 23" / "Daniel Whitcombe")."""
    others = [other.index for other in page.lines if other.key == line.key and other is not line]
    return bool(others) and all(
        index > line.index and any(_stamp(page.lines[near]) for near in (index - 1, index + 1) if 0 <= near < len(page.lines))
        for index in others
    )


TEASER_STAMP_WORDS = 3


def _stamp(line: Line) -> bool:
    """A date line, or a teaser's short stamp without its year: "Feb 23", "12 mars"."""
    if _dated(line) or dates.is_date_line(line.text):
        return True
    words = line.text.split()
    return len(words) <= TEASER_STAMP_WORDS and any(word.isdigit() for word in words) and any(dates.is_month_name(word.strip(".,")) for word in words)


def _boxed_name(page: Page, line: Line, name: str) -> bool:
    """`name`, written elsewhere on the page, is so only alone on its line heading the writer's box
    after the text ("دبي: ريم الشامسي" over the text, "ريم الشامسي" over her bio below it)."""
    key = fold(name)
    if not any(other.key == key for other in page.lines):
        return False
    if any(key in other.key and other.key != key for other in page.lines if other is not line):
        return False
    return _in_author_box(page, Line(line.index, name, key))


def _in_author_box(page: Page, line: Line) -> bool:
    """Whether every other copy of the line heads the writer's box after the text: right under the
    box's heading ("About the author", "Sobre la firma"), or over the writer's role, a bio that
    names the writer ("Orla Brennan" / "Orla Brennan is Legal Affairs Correspondent of ...") or the
    writer's e-mail address."""
    copies = [other for other in page.lines if other.key == line.key and other is not line]
    first_name = line.key.split()[0] if line.key else ""
    boxes = 0
    for copy in copies:
        if copy.index < line.index:
            if all(other.removed or other.blank for other in page.lines[copy.index + 1 : line.index]):
                continue  # a column's writer over the headline as well as under it
            return False
        above = next((other for other in reversed(page.lines[: copy.index]) if not other.blank), None)
        below = next((other for other in page.lines[copy.index + 1 :] if not other.blank), None)
        boxed = above is not None and above.rule == "lexicon.author-box"
        bio = below is not None and (
            byline.starts_with_role(below.key)
            or _role_line(below)  # "İzmir Muhabiri": the desk's place, then the role
            or below.key.split()[:1] == [first_name]
            or _opens_like_bio(below)
            or _EMAIL.match(below.text) is not None  # "elin.sandberg@morgonposten.se" under the name
        )
        if not (boxed or bio):
            return False
        boxes += 1
    return boxes > 0


_EMAIL = regex.compile(r"^\S+@[\w-]+(?:\.[\w-]+)+$")
BIO_OPENING_WORDS = 12


def _opens_like_bio(line: Line) -> bool:
    """A line that opens as a note about the writer does ("كاتبة وباحثة في ...", "Jane Doe is a
    reporter ..."): its first words match the end-note lexicon, which is written for such notes."""
    opening = " ".join(line.text.split()[:BIO_OPENING_WORDS])
    hit = lexicon.match(Line(line.index, opening, fold(opening)), trailing=True)
    return hit is not None and hit.category.name == "end-note"


def _short_function_word(word: str, stopwords: frozenset[str]) -> bool:
    """A stopword of three letters or fewer ("the", "all", "все"). Longer stopwords are left out:
    frequency stoplists hold first names ("james", "анна"); a name's particles ("de", "van") are
    part of it, but "and" joins two names, not the words of one ("Products and Tools")."""
    return len(word) <= 3 and word in stopwords and (word not in byline.NAME_PARTICLES or word in _AND)


_AND = frozenset("and und et".split())


_DOTTED = regex.compile(r"\.\p{L}")  # "BrookesNews.Com": a domain, not an initial ("Rebecca J. Rosen")


def _written_in_lower_case(page: Page, words: list[str]) -> bool:
    """Whether the page writes one of these words with a lower-case initial somewhere (an e-mail
    address or a link does not count: "ellie.marchetti@courier.com.au")."""
    text = page.words_text
    return any(
        regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word.lower())}(?![\p{{L}}\p{{M}}])", text)
        for word in words
        if word[:1].isupper() and word.lower() not in byline.NAME_PARTICLES  # "Yann Le Goff"
    )


# "فهد الحربي (المدينة المنورة)"; "فهد العتيبي من الرياض" (the writer "from" the city, one or two words)
_PLACE_AFTER = regex.compile(r"\s*\((?P<place>[^()\d]{2,30})\)$|(?<=\p{Arabic}{2})\s+من\s+(?P<place>\p{Arabic}+(?:\s\p{Arabic}+)?)$")


# "From Abdulrahman Ibrahim, Lokoja": a correspondent's byline under the headline (Nigerian papers),
# the writer's name, then where the story was filed.
_FROM_CORRESPONDENT = regex.compile(
    r"^From\s+(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$"
)
CORRESPONDENT_REACH = 2  # lines under the headline


def _correspondent_from(after: Sequence[Line]) -> tuple[Line, str, str] | None:
    """A "From <name>, <place>" line right under the headline: the writer and the dateline; labelled."""
    for line in after[:CORRESPONDENT_REACH]:
        found = _FROM_CORRESPONDENT.match(line.text.strip())
        if found is not None and byline.bare_name(found.group("name")):
            line.decide(Label.BYLINE, "segment.correspondent-from", "a correspondent's name and place under the headline")
            return line, found.group("name"), found.group("place")
    return None


def _before_stamp(line: Line) -> str:
    """The line up to its first date, when a date follows words on it; else the whole line."""
    found = dates.find_dates(line.text, folded=line.key) if any(char.isdigit() for char in line.text) else []
    if found and found[0].start > 0 and line.text[: found[0].start].strip():
        return line.text[: found[0].start].strip()
    return line.text


def _name_and_place(text: str) -> tuple[str, str | None]:
    """ "فهد الحربي (المدينة المنورة)" → ("فهد الحربي", "المدينة المنورة"), "فهد العتيبي من الرياض" →
    ("فهد العتيبي", "الرياض"), "(جدة) فهد الغامدي" → ("فهد الغامدي", "جدة"); a role after the name goes
    ("Tom Ridley, Staff Writer" → ("Tom Ridley", None)), and so do a city or a desk after a slash
    ("Emre Yazıcı / Trabzon" → ("Emre Yazıcı", None)) and the comma before a role run on to the next
    line ("Daniel Okafor," over "TownLedger Staff")."""
    text = _SIGNED_STOP.sub("", byline.without_role(text))
    text = _SLASHED_TAIL.sub("", text).rstrip(" ,")
    before = _PLACE_BEFORE.match(text)  # "(جدة) فهد الغامدي": the city in brackets first
    if before is not None:
        return text[before.end() :].strip(), before.group("place").strip()
    found = _PLACE_AFTER.search(text)
    if found is None:
        return text.strip(), None
    return text[: found.start()].strip(), found.group("place").strip()


_PLACE_BEFORE = regex.compile(r"^\((?P<place>[^()\d]{2,25})\)\s+(?=\S)")
_SLASHED_TAIL = regex.compile(r"(?<=\p{L})\s+/\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?$")


# "Yann Le Goff.": some papers end the byline with a full stop (not after an initial: "John J.";
# no other full stop but an initial's: "Food. Wine. Travel. Life." is a tagline).
_SIGNED_STOP = regex.compile(r"^(?:[^.,]|(?<=\b\p{Lu})\.)+(?<=\p{L}{3})\K\.$")
_ITEM_SEPARATOR = regex.compile(r"\s+[·•|]\s+")


def _writer_by_stamp(line: Line, stopwords: frozenset[str]) -> bool:
    """ "Priya Natarajan | August 4, 2025": a stamp after a bar may follow the writer's name, not the
    place the story was filed from ("Bengaluru | Updated: ..."); the header items tell."""
    items = _header_items(line, stopwords) if "|" in line.text else None
    return items is not None and items[0] is not None


_DOMAIN_NAME = regex.compile(r"^\s*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\s*$")


def _header_items(line: Line, stopwords: frozenset[str]) -> tuple[str | None, dates.DateMatch] | None:
    """(writer, date) of a line of header items set apart by "·" or "|": the date, the reading time,
    the writer's name (bare or with a byline's prefix). None when an item is anything else (a place:
    "Valparaíso de Abajo | 22 de septiembre de 2025" holds a function word no name has)."""
    if line.words > STAMP_BYLINE_WORDS or not any(char.isdigit() for char in line.text):
        return None
    items = _ITEM_SEPARATOR.split(line.text.strip())
    if len(items) < 2:
        items = _name_dash_stamp(line.text)
        if items is None:
            return None
    name, found = None, None
    for item in items:
        probe = Line(0, item, fold(item))
        if dates.is_date_line(item):
            found = found or dates.parse_date(item)
        elif (hit := lexicon.match(probe)) is not None and hit.category.name == "reading-time":
            continue
        elif found is not None and probe.words <= SHORT_STAMP_WORDS and dates.has_stamp_word(probe.key) and any(char.isdigit() for char in item):
            continue  # the update after the date, written short: "Last Updated: February 7"
        elif name is None and (writer := byline.byline_author(probe.key, item, probe.words)):
            name = writer
        elif _DOMAIN_NAME.match(item):
            continue  # "Publié le lundi 14 avril 2025 | Abidjan.net": the site's address, no writer
        elif probe.words <= byline.OUTLET_WORDS and (byline.is_agency(item) or byline.names_outlet(probe.key)):
            continue  # "Associated Press - January 11, 2008", "CBC News · Posted: ...": the agency or the outlet, no writer
        elif name is None and 2 <= probe.words <= 4 and ":" not in item and not set(probe.tokens) & stopwords and (
            _name_like(item)
        ):
            name = item.strip()
        elif name is not None and probe.words <= 3 and ":" not in item and (
            _name_like(item) or (probe.words == 1 and item.strip()[:1].isupper())
        ):
            continue  # the writer's city after the name: "Written by Aditi Rao | New Delhi | Updated: ..."
        else:
            return None
    return (name, found) if found else None


def _name_dash_stamp(text: str) -> list[str] | None:
    """[name, stamp] of "Annalee Newitz - Mar 28, 2017 12:30 am UTC": a writer's name, a dash, then a
    date line. A place in capitals before the dash is a wire dateline ("WASHINGTON - March 3"), not
    a name."""
    parts = dates.DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not dates.is_date_line(parts[1]):
        return None
    name = parts[0]
    if any(len(word) > 2 and word.isupper() for word in name.split()) or any(char.isdigit() for char in name):
        return None  # "KATHMANDU, Nepal — Mar 29, 2017"
    return parts


def _name_and_outlet(zone: Sequence[Line], line: Line, stopwords: frozenset[str]) -> str | None:
    """The writer of a "Name · Outlet" line right over the date stamp ("Priya Raman · NPB News", then
    "Posted: Oct 21, 2025 4:00 AM CDT | Last Updated: ..."): a broadcaster's header, its items on two
    lines."""
    items = [item.strip() for item in _ITEM_SEPARATOR.split(line.text.strip())]
    if len(items) != 2:
        return None
    name, outlet = items
    probe = Line(0, name, fold(name))
    if not 2 <= probe.words <= 4 or set(probe.tokens) & stopwords or not _name_like(name):
        return None
    if not outlet[:1].isupper() or len(outlet.split()) > byline.OUTLET_WORDS:
        return None
    below = _next_in(zone, line)
    if below is None:
        return None
    stamped = dates.is_date_line(below.text.lstrip("·•| ")) or _header_items(below, stopwords) is not None
    return name if stamped else None


FLAT_ITEM_WORDS = 4  # a menu item of a header flattened into one line


def _flattened_header(line: Line, zone: Sequence[Line]) -> tuple[str, dates.DateMatch] | None:
    """(writer, date) of a header a scraper flattened into one line with its breadcrumb and headline:
    "Home | Life | Film Review | <headline> | 3 March 2026 | By Clara Teo". A byline with its prefix
    and a date are among the items; the others are short (menu items) or lines of the header zone."""
    if "|" not in line.text and "·" not in line.text or not byline.has_prefix(line.key):
        return None
    items = [item.strip() for item in _ITEM_SEPARATOR.split(line.text.strip()) if item.strip()]
    shown = {other.key for other in zone if other is not line}
    name, found = None, None
    for item in items:
        probe = Line(0, item, fold(item))
        if found is None and dates.is_date_line(item, folded=probe.key):
            found = dates.parse_date(item)
        elif name is None and byline.has_prefix(probe.key) and (writer := byline.byline_author(probe.key, item, probe.words)):
            name = writer
        elif probe.words > FLAT_ITEM_WORDS and probe.key not in shown:
            return None
    return (name, found) if name and found else None


def _stamp_then_byline(line: Line) -> tuple[str, str] | None:
    """(stamp, name) for a date stamp followed on the same line by a byline."""
    if not 3 <= line.words <= STAMP_BYLINE_WORDS or not any(char.isdigit() for char in line.text):
        return None
    if not byline.has_prefix(line.key):
        return None
    words = line.text.split()
    for cut in range(len(words) - 1, 0, -1):
        stamp, rest = " ".join(words[:cut]), " ".join(words[cut:])
        name = byline.byline_author(fold(rest), rest, len(rest.split()))
        if name and dates.is_date_line(stamp):
            return stamp, name
    return None


_DOMAIN = regex.compile(r"^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$")
_DOMAIN_SEPARATOR = regex.compile(r"\s+[-–—|]\s+")


def _writer_and_domain(text: str) -> tuple[str, str] | None:
    """("Rina Kartika", "wartanusa.id") for a writer's name and the site's domain on one line, in
    either order; None for anything else ("PARIS - Le ..." is a dateline, not a domain)."""
    parts = _DOMAIN_SEPARATOR.split(text.strip())
    if len(parts) != 2:
        return None
    for name, domain in (parts, parts[::-1]):
        if _DOMAIN.match(domain) and 2 <= len(name.split()) <= 4 and not _NOT_A_NAME.search(name):
            if _name_like(name) and _name_words(name):
                return name, domain
    return None


STANDFIRST_WORDS = (10, 45)
MAX_WIDGET_LINES = 3
SHARE_BAR_LINES = 8  # short buttons between the header and the standfirst
SHARE_BUTTON_WORDS = 2  # a button of a share bar the lexicons do not know ("X", "Bluesky")
# What a header ends with (an advertisement may stand between any two paragraphs: not one of these).
_HEADER_WIDGETS = (Label.SHARE, Label.NEWSLETTER, Label.DONATION)


def _standfirst_under_header(content: Sequence[Line], zone: Sequence[Line]) -> Line | None:
    """The standfirst under the byline and date: the first kept line of the text when a header line
    (byline, date, dateline) stands right above it (or two lines up, under a short label) and a widget
    (share buttons, an appeal; a caption may follow) right below it, with the text going on after
    it: "Lucía Ferreyra" / "15 de septiembre de 2024" / <standfirst> / "Seguinos en Google News" /
    <text>."""
    kept = [line for line in zone if not line.removed]
    if not kept:
        return None
    first = kept[0]
    position = content.index(first)
    if not STANDFIRST_WORDS[0] <= first.words <= STANDFIRST_WORDS[1] or position == 0:
        return None
    # Right above: the header, maybe under a short label ("ATS") or a share bar ("شارك", "فيسبوك", ...).
    top = position
    while top > 0 and position - top < SHARE_BAR_LINES and content[top - 1].label not in _HEADER_LABELS:
        above = content[top - 1]
        if not (above.removed and above.words <= 4 and (position - top < 2 or _lexicon_chrome(above))):
            return None
        top -= 1
    if top == 0 or content[top - 1].label not in _HEADER_LABELS:
        return None
    # Header, standfirst (no full stop: a lead paragraph has one), the lead's picture, text.
    unpunctuated = not first.ends_sentence
    widgets = 0  # share buttons, a reading time or an appeal, then maybe a picture's caption and credit
    pictured = False
    for line in content[position + 1 : position + 1 + SHARE_BAR_LINES + MAX_WIDGET_LINES]:
        # A caption right under the first paragraph is the lead's picture, not the end of a header
        # (unless the paragraph has no full stop, or a widget stands between them, or the text
        # under the picture opens with its dateline: "Lenggries – Lange wurde ...").
        widget = _lexicon_chrome(line) and (line.label in _HEADER_WIDGETS or line.rule == "lexicon.reading-time")
        button = widgets and line.removed and line.words <= SHARE_BUTTON_WORDS  # "X" in a share bar
        if widget or button or (widgets or unpunctuated) and line.label in (Label.CAPTION, Label.CREDIT):
            widgets += 1
            continue
        if line.label in (Label.CAPTION, Label.CREDIT):
            pictured = True
            continue
        if line.removed or line.cls != "good":
            return None
        if widgets and not pictured:
            return first
        return first if _dateline_lead_under(first, line) else None
    return None


def _dateline_lead_under(first: Line, lead: Line) -> bool:
    """The text proper opens under `first` with its dateline ("Lenggries – ...", "PARIS (AFP) -"), and
    `first` has none: `first` is the standfirst over the lead paragraph."""
    head = byline.dateline_head(lead.text)
    if head is None or byline.dateline_head(first.text) is not None:
        return False
    # A place of one word, in capitals, or with its agency: not a speaker ("George Diller - NASA: ...").
    return len(head.split()) == 1 or head.isupper() or "(" in head


BREADCRUMB_ITEM_WORDS = 4


def _in_breadcrumb(zone: Sequence[Line], line: Line) -> bool:
    """The line is an item of a menu the page flattens onto one line ("Ma région › <place> › Éducation")."""
    return any(
        other is not line and other.rule == "structure.separated-menu" and line.key in other.key for other in zone
    )


def _lexicon_chrome(line: Line) -> bool:
    """Whether a chrome lexicon has labelled the line (a share button, a player's control...)."""
    return line.rule.startswith("lexicon.") and line.label is not Label.BODY


def _next_in(zone: Sequence[Line], line: Line) -> Line | None:
    """The line right under `line` in the header zone, if any."""
    position = zone.index(line)
    return zone[position + 1] if position + 1 < len(zone) else None


def _label_role_under(zone: Sequence[Line], line: Line) -> None:
    """The line right under a writer's line, when it starts with the writer's role ("المنصب، مراسل -
    بغداد", "Staff Writer"), belongs to the byline."""
    below = _next_in(zone, line)
    if below is None or below.index != line.index + 1 or below.words > byline.MAX_BYLINE_WORDS:
        return
    if byline.starts_with_role(below.key):
        below.decide(Label.BYLINE, "segment.writer-role", below.text)


def _name_over_role(zone: Sequence[Line], line: Line) -> Line | None:
    """The line above a byline that starts with the writer's role ("مراسل شبكة الرأي - دمشق",
    "Staff Writer"), when it is a name of two to four words: the writer's name."""
    if not byline.starts_with_role(line.key):
        return None
    position = zone.index(line)
    above = zone[position - 1] if position else None
    if above is None or above.index != line.index - 1 or not 2 <= above.words <= 4 or _NOT_A_NAME.search(above.text):
        return None
    text = above.text.strip()
    if _name_like(text) and _name_words(text):
        return above
    return None


def _name_like(text: str) -> bool:
    """Capitalised words of a name ("Lucía Herrera"), or words of a script without case ("رنا خليل")."""
    return bool(byline.bare_name(text) or _CASELESS_NAME.match(text))


def _name_words(text: str) -> bool:
    """No function word: "ريما الحاج علي" may be a name, "تصدر من لندن" may not."""
    return not any(word in _FUNCTION_WORDS for word in fold(text).split())


def _kicker(line: Line) -> bool:
    """A section label over a headline ("محليات", "Local", "Local News"): a word or three, nothing else
    said of it than its place or that menus name it."""
    return line.words <= 3 and all(rule.startswith("region.") or rule == "lexicon.navigation" for _, rule, _ in line.decisions)


def _headed(lines: Sequence[Line], position: int, standfirst_below: bool = False) -> int:
    """A byline, a date or a dateline among the three lines under the headline at `position` (four
    when the first is a standfirst: headline, standfirst, writer, place, date), before two
    paragraphs in a row (a live update's time under its two paragraphs heads the next update, not
    this one): 2 for a line labelled so or a name beside a date, 1 for a name alone (which may be the
    site's: "Ars Technica UK"), 0 for none."""
    strength = 0
    for number in range(position + 1, min(position + 4 + standfirst_below, len(lines))):
        line = lines[number]
        if line.cls == "good" and number > position + 1 and lines[number - 1].cls == "good":
            break
        if line.label in _HEADER_LABELS:
            return 2
        if _heads(line):
            if _next_to_date(lines, number):
                return 2
            strength = 1
    return strength


def _player_headline(zone: Sequence[Line], position: int) -> bool:
    """A clip's title over its player ("فيديو" / the title / "03:12" / "تشغيل"), the player over the
    article's date or byline: on a video page, the headline (the player took it for a clip's)."""
    line = zone[position]
    if line.rule != "lexicon.player-box" or not _title_like(line, ruled=False):
        return False
    for other in zone[position + 1 : position + 1 + PLAYER_LINES]:
        if other.label in _HEADER_LABELS:
            return True
        if not (other.rule.startswith(_HEADER_CONTROLS) or other.label is Label.NAVIGATION):
            return False
    return False


def _standfirst_under(lines: Sequence[Line], position: int, among: Sequence[Line]) -> bool:
    """The line under `position` is headline-shaped, and no other headline-length one follows it
    within the header's reach (an item of a "latest" list over the next item and the headline)."""
    if position + 1 >= len(lines) or lines[position + 1] not in among:
        return False
    if _kicker_headline_standfirst(lines[position : position + 3], among):
        return False  # the line under is the headline: it has a standfirst of its own
    return not any(line in among and line.words >= TITLE_MIN_WORDS for line in lines[position + 2 : position + 5])


def _kicker_headline_standfirst(lines: Sequence[Line], among: Sequence[Line]) -> bool:
    """A kicker of a few words, the headline, then its standfirst before the text (removed, as the
    text's lead is not): Persian pages' "روتیتر" / "تیتر" / "لید"."""
    if len(lines) < 3:
        return False
    kicker, headline, standfirst = lines
    return (
        kicker.words <= KICKER_WORDS < headline.words
        and standfirst not in among
        and standfirst.removed
        and standfirst.words >= max(STANDFIRST_WORDS[0], 2 * headline.words)
    )


def _heads(line: Line) -> bool:
    """A line that stands under a headline: its byline, date or dateline; a writer's name alone, not
    a widget's label a lexicon knows ("FLASH INFO" in capitals reads like a name)."""
    return line.label in _HEADER_LABELS or (not line.rule.startswith("lexicon.") and _bare_name(line))


def _bare_name(line: Line) -> bool:
    """A writer's name alone on its line, in a script with capitals ("Lucía Herrera", "Yann Le
    Goff."), or two or three of them ("Lucía Arrieta y Pablo Sanz")."""
    text = byline.without_helper(_SIGNED_STOP.sub("", line.text))  # "Rita Sampaio com Lusa"
    if 2 <= len(text.split()) <= 4 and byline.bare_name(text):
        return True
    names = _NAMES_JOINED.split(text) if line.words <= 4 * MAX_JOINED_NAMES else []
    return 2 <= len(names) <= MAX_JOINED_NAMES and all(2 <= len(name.split()) <= 4 and byline.bare_name(name) for name in names)


_CRUMB_SEPARATOR = regex.compile(r"\s+[/»›>|]\s+")
CRUMB_DATE_WORDS = 10  # the longest date stamp looked for at the end of the glued line


def _crumbed_headline(zone: Sequence[Line]) -> str | None:
    """The headline a scraper glued between its breadcrumb and its date, all on one line:
    "الرئيسية » اقتصاد » <headline> السبت ١٢ أبريل ٢٠٢٥ - ٠٩:١٥ ص". The first item is the home
    link (a navigation phrase), the last one ends with the date; what is left of it is the headline."""
    for line in zone:
        items = _crumb_items(line)
        if len(items) < 3:
            continue
        while len(items) > 2 and dates.is_date_line(items[-1]):
            items.pop()  # "12.02.2025 | 14:36 GMT": the separator split the stamp
        words = items[-1].split()
        cut = next(
            (n for n in range(max(1, len(words) - CRUMB_DATE_WORDS), len(words)) if dates.is_date_line(" ".join(words[n:]))),
            None,
        )
        if cut is None:
            continue
        headline = " ".join(words[:cut]).rstrip(" -–—|،,")
        probe = Line(0, headline, fold(headline))
        if probe.words >= TITLE_MIN_WORDS and _title_like(probe):
            return headline
    return None


def _flattened_title(zone: Sequence[Line]) -> str | None:
    """The headline of a header a scraper flattened into one " | " or " - " line with the site's name,
    the section and the date ("اليمن الآن | أخبار محلية | <headline> | 23 مارس 2025")."""
    return next((flat[0] for line in zone if (flat := _flat_header(line)) is not None), None)


def _flat_header(line: Line) -> tuple[str, list[str]] | None:
    """The headline of a flattened header line and its other items: the one long item, the others
    short, one of them a date."""
    items = [item.strip() for item in _FLAT_SEPARATOR.split(line.text) if item.strip()]
    if len(items) < 3 or not any(dates.is_date_line(item) for item in items):
        return None
    long_items = [item for item in items if len(item.split()) > FLAT_ITEM_WORDS]  # the site's name, a section: short
    if len(long_items) != 1 or dates.is_date_line(long_items[0]):
        return None
    probe = Line(0, long_items[0], fold(long_items[0]))
    if probe.words < TITLE_MIN_WORDS or not _title_like(probe):
        return None
    return long_items[0], [item for item in items if item != long_items[0]]


_FLAT_SEPARATOR = regex.compile(r"\s[|\-–—]\s")


def _flattened_headline(chosen: Line, zone: Sequence[Line]) -> str | None:
    """The headline inside the chosen line when it is a whole header flattened ("محليات - <headline>
    - 22 مارس 2025 - 10:15 ص"): a date among its items, and the short ones the page's menu names too
    (a game's name before its news, "Fractured Soul - Three new videos ... - November 1, 2012", stays)."""
    flat = _flat_header(chosen)
    if flat is None:
        return None
    headline, others = flat
    labels = [key for key in map(fold, others) if not dates.is_date_line(key)]  # (a time alone is a date line too)
    menus = [line.key for line in zone if line.removed and line.key != chosen.key]  # (the menu, not the text)
    named = all(_home_link(item) or any(regex.search(rf"(?<!\w){regex.escape(item)}(?!\w)", menu) for menu in menus) for item in labels)
    return headline if named else None


def _breadcrumb(line: Line) -> bool:
    """ "الرئيسية / أخبار لبنان", "Home › World": the home link, then the sections down to the article."""
    return len(_crumb_items(line)) >= 2


def _section_path(line: Line) -> bool:
    """ "지역 > 부산·울산·경남", "Sport › Football": a breadcrumb without its home link, sections of a
    few words each between arrows (a headline does not point so; a figure makes it a comparison)."""
    items = _PATH_ARROW.split(line.text.strip())
    return len(items) >= 2 and all(
        0 < len(item.split()) < BREADCRUMB_ITEM_WORDS and not any(char.isdigit() for char in item) for item in items
    )


_PATH_ARROW = regex.compile(r"\s+[»›>]\s+")


def _crumb_items(line: Line) -> list[str]:
    """The items of a breadcrumb on the line, the home link first; [] when the line is none."""
    items = _CRUMB_SEPARATOR.split(line.text.strip())
    if len(items) == 2 and _LIVE_LABEL.match(fold(items[0]).strip()):
        return []  # "LIVE | Storm Wietske raast over Groningen: ...": a live page's headline, its label first
    return items if len(items) >= 2 and _home_link(items[0]) else []


# A live page's label before its headline (a menu's word too: "Live", "Diretta").
_LIVE_LABEL = regex.compile(r"^(?:live|live blog|liveblog|live ticker|liveticker|en direct|direct|diretta|in diretta|en vivo|ao vivo|canli|مباشر|بث مباشر)$")


def _home_link(item: str) -> bool:
    """ "الرئيسية", "Home", "Accueil": the first link of a breadcrumb."""
    hit = lexicon.match(Line(0, item, fold(item)))
    return hit is not None and hit.category.name == "navigation"


def _title_like(line: Line, ruled: bool = True) -> bool:
    """A headline's shape: its length, no stamp, list bullet, link or closing full stop; with `ruled`,
    no rule (a lexicon's, a structure pass's) has called it something else."""
    low, high = TITLE_WORDS
    if not low <= line.words <= high:  # a repeated line is "bad" as prose, and titles repeat
        return False
    if _STAMPED.match(line.key):  # "13:50 وزير الخارجية يتلقى..." is an item of a news ticker
        return False
    if mostly_numbers(line.tokens):
        return False  # "GOLD 2,187.30 ▲ 0.55%": a market strip, not a headline
    if line.words <= SCORE_LINE_WORDS and _MINUTE_MARK.search(line.text):
        return False  # "حيدر كاظم 78' (ركلة جزاء)", "Salah 45+2'": a match card's scorer (a headline may say "al 93'")
    if all(len(token) == 1 for token in line.tokens):
        return False  # "R E P L A Y": a word spelt out as a display heading
    first = line.key.split()[0] if line.key else ""
    if len(first) >= 4 and dates.has_stamp_word(first) and (dates.find_dates(line.text, folded=line.key) or dates.relative_stamp(line.key)):
        return False  # "Published on Thursday, February 24, 2000 in the New Republic", "Posted 3h ago": a stamp, not a headline
    if "://" in line.text or line.key.startswith("www."):
        return False  # a link's address
    if dates.dashed_stamp(line.text, line.words):
        return False  # "نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 19:32": the site's or the writer's stamp
    if _SOURCE_LABEL.match(line.key):
        return False  # "المصدر: طريق الحرير العربية", "Source: Reuters": where the item comes from
    if _ISSUE_LINE.match(line.key):
        return False  # "العدد 52317 - السنة 148", "Vol. 12, No. 48": the print issue's number, the masthead's
    if line.text.endswith((".", "。", "।", ":", "：", ";", "،", ",", "，")) and not line.text.endswith("..."):
        return False
    if line.text.lstrip()[:1] in _BULLETS or line.text.lstrip()[:2] in ("- ", "– "):
        return False  # "• بدء الدراسة الأحد ...", "- Google's voting day doodle": a list's item
    if _figures_strip(line):
        return False  # "السوق الموازي: الدولار 7.12 | اليورو 7.68": a strip of rates, each with its figure
    if _flattened_menu(line) or caption_finder.glued_credit(line.text):
        return False  # a menu on one line; a caption with its credit ("...2021.Credit...Jane Doe")
    if _breadcrumb(line) or _section_path(line):
        return False
    return not ruled or not any(rule.startswith(("lexicon.", "segment.", "structure.", "site.")) for _, rule, _ in line.decisions)


def _figures_strip(line: Line) -> bool:
    """Items joined by " | ", a figure in each: a strip of rates or scores, not "<headline> | <site>"."""
    parts = line.text.split(" | ")
    return len(parts) >= 2 and all(any(char.isdigit() for char in part) for part in parts)


def _series_headline(zone: Sequence[Line], position: int) -> bool:
    """A headline that shares its shape of words and numbers with two lines elsewhere ("تراجع نسبة
    التضخم إلى ٥٫٨٪ خلال شهر فيفري ٢٠٢٥" and a source line "المصدر: ... - 05 مارس 2025"): the shape
    made them a template series, but a date or a byline right under it makes it the article's headline."""
    line = zone[position]
    if line.rule != "structure.template-series" or position + 1 >= len(zone) or zone[position + 1].label not in _HEADER_LABELS:
        return False
    if dates.CLOCK.search(line.text):
        return False  # "— sergio at 11:46 PM Comments (16)", "30km - 1:42:44 (16:21)": a stamp, a split
    if position and zone[position - 1].decisions[-1:] == line.decisions[-1:]:
        return False  # the series' items in a row: a strip of prices ("ذهب عيار 18 (غرام) 767,000")
    only_placed = all(rule in ("structure.template-series", "region.before-main-text") for _, rule, _ in line.decisions)
    return only_placed and _title_like(line, ruled=False)


SCORE_LINE_WORDS = 6  # "Team 3 - 2 Team" alone; a report's headline says more


def _strip_item(line: Line) -> bool:
    """An item of a strip of prices or scores over the header ("المازوت: 1,268,000 ل.ل", "مرباط 3 - 2
    أدم"): a headline only when nothing better is there ("Reading 0-2 Portsmouth" may head a report)."""
    return line.words <= SCORE_LINE_WORDS and (structure.priced(line) or structure.score_line(line) or _quoted_price(line))


PRICE_LABEL_WORDS = 3  # "الريال السعودي", "Brent", "Gold"
# A label, one figure, its unit's letters: "الدولار ٣٥٠٠ ج.س", "Brent 67.85 USD", "Gold 2,187.30"; or
# a buying and a selling price: "ليرة تركية 276 - 281", "دولار أمريكي 10,150 - 10,250".
_PRICE = regex.compile(
    r"^(?P<label>[^\d\s][^\d]*?)\s+(?P<figure>\d[\d.,]*)(?P<range>\s?[-–/]\s?\d[\d.,]*)?\s*(?P<unit>[^\d\s]{1,3}(?:[\s.][^\d\s]{1,3})?)?$"
)


def _quoted_price(line: Line) -> bool:
    """A strip's price without a colon ("الدولار ٣٥٠٠ ج.س"): its unit or its decimals tell it from a
    headline that ends with a number ("Man dies aged 94"), which has more to say before it."""
    found = _PRICE.match(line.key)
    if found is None or len(found["label"].split()) > PRICE_LABEL_WORDS:
        return False
    return bool(found["unit"] or found["range"]) or any(mark in found["figure"] for mark in ".,")


_MINUTE_MARK = regex.compile(r"(?<!\w)\d{1,3}(?:\+\d{1,2})?['’′](?!\w)")  # a goal's minute: "78'", "45+2'"
_BULLETS = "•·▪▸►◦‣*"
# The label of an item's source, in the languages the lexicons cover (folded).
_SOURCE_LABEL = regex.compile(r"^\W*(?:المصدر|source|sources|fuente|quelle|fonte|источник|kaynak|sumber|bron|źródło)\s*:")
# A print issue's number, year or page (folded): "العدد 52317 - السنة 148", "الصفحة 10 - قضايا وآراء", "Vol. 12 No. 48".
_ISSUE_LINE = regex.compile(
    r"^\W*(?:العدد|عدد رقم|السنه|الصفحه|صفحه|issue|issue no\.?|vol\.?|volume|año|jahrgang|ausgabe|sayı|yıl|"
    r"page|seite|página|pagina|sayfa)\s*:?\s*[\d.,]+\b"
)
MENU_LINE_WORDS = 6  # a menu flattened onto one line has at least this many items...
MENU_LINE_ITEMS = 3  # ...and this many a navigation lexicon knows ("News", "Sport", "Accueil")


def _flattened_menu(line: Line) -> bool:
    """A menu a scraper flattened onto one line, "News Politics Business Sport Opinion Travel": six
    words or more, each one capitalised, no punctuation between them, three of them menu items on
    their own."""
    words = line.text.split()
    if len(words) < MENU_LINE_WORDS or not all(word[:1].isupper() or word == "&" for word in words):
        return False
    if any(not char.isalnum() and char not in " &'’-" for char in line.text):
        return False  # "Travel News: Sport Fans Face Rail Chaos" is a headline
    items = (lexicon.match(Line(0, word, fold(word))) for word in words)
    return sum(1 for hit in items if hit is not None and hit.category.name == "navigation") >= MENU_LINE_ITEMS


def _subtitle_like(line: Line) -> bool:
    if line.words < 3 or line.words > 45 or line.cls == "bad":
        return False
    return not any(
        rule.startswith(("lexicon.", "segment.", "structure.", "site.", "html.")) and rule not in _TRAFILATURA_SAID
        for _, rule, _ in line.decisions
    )  # the markup's byline or date under the headline is no standfirst (trafilatura's choice is no label)


_TRAFILATURA_SAID = ("html.trafilatura-agrees", "html.trafilatura-dropped")


def _masthead_name(page: Page) -> str | None:
    """The site's name when no URL gives it: a short line above the article (the masthead) that the
    copyright line repeats ("نبض مصر" ... "© نبض مصر 2026")."""
    copyright_lines = [line.key for line in page.lines if line.rule == "lexicon.footer"]
    if not copyright_lines:
        return None
    # The name stands right after the sign or the year, or right before them: "© 2025 The Courier",
    # "جميع الحقوق محفوظة © 2026 نبض مصر", "The Courier © 2025".
    after, before = [], []
    for key in copyright_lines:
        for mark in _COPYRIGHT.finditer(key):
            after.append(_NOT_WORD_EDGE.sub("", key[mark.end() :]))
            before.append(_NOT_WORD_EDGE.sub("", key[: mark.start()][::-1])[::-1])
    end = page.region[0] if page.region else len(page.lines)
    for line in page.lines[:end]:
        if not 1 <= line.words <= MASTHEAD_MAX_WORDS or not line.removed or set(line.tokens) <= page.stopwords:
            continue
        if not all(rule.startswith("region.") for _, rule, _ in line.decisions) or _mostly_digits(line):
            continue  # a menu entry, a date, the headline, a year
        name = line.key
        if any(_starts_with_word(text, name) for text in after) or any(_ends_with_word(text, name) for text in before):
            return line.text.strip(" -–—|:")
    return None


_COPYRIGHT = regex.compile(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b")
_NOT_WORD_EDGE = regex.compile(r"^\W+")


def _starts_with_word(text: str, name: str) -> bool:
    """`text` starts with `name` as whole words."""
    return text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum())


_PROCLITICS = frozenset("لوب")  # Arabic letters written onto the next word: "محفوظة لشبكة ..." (for the network)


def _ends_with_word(text: str, name: str) -> bool:
    """`text` ends with `name` as whole words, or with an Arabic proclitic glued to its first word."""
    if not text.endswith(name):
        return False
    head = text[: len(text) - len(name)]
    if not head or not head[-1].isalnum():
        return True
    return head[-1] in _PROCLITICS and (len(head) == 1 or not head[-2].isalnum())


def _mostly_digits(line: Line) -> bool:
    return sum(token[0].isdigit() for token in line.tokens) * 2 >= len(line.tokens)


def _site(page: Page) -> str | None:
    if page.url:
        host = urlsplit(page.url if "//" in page.url else f"//{page.url}").hostname
        if host:
            return host.removeprefix("www.")
    return None
