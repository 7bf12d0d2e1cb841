"""The header's labelled lines: bylines, datelines and date lines in the many shapes pages print
them ("كتب - <name>", "<name> | 3 مارس 2025", "By X, Place", a header flattened onto one line).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

import regex

from .. import lexicon
from ..lines import Line
from ..metadata import byline, dates
from ..metadata import captions as caption_finder
from ..normalize import fold
from ..page import Page
from ..rules import headers, hints, structure
from ..siterules import squash
from ..types import Label
from .common import _lexicon_chrome, _next_in
from .names import _CASELESS_NAME, _NOT_A_NAME, _bare_name, _name_like, _name_words
from .site import is_masthead_name
from .stamps import _gregorian_beside
from .writer import _in_author_box, _label_role_under


STAMP_BYLINE_WORDS = 20  # a date stamp and a byline on one line
SHORT_STAMP_WORDS = 6  # "Last Updated: February 7": an update stamp without its year
OWN_REPORT_MARK_WORDS = 4  # "صنعاء - خاص", "دير الزور - خاص"
OWN_REPORT_WORDS = 6  # "تعز – منبر الحالمة – خاص": the site's name between them
PLACED_DAY_WORDS = 9  # "Saint-Jean-sur-Richelieu, le 9 décembre 2025"
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
    card = {line.index for line in structure.field_card(zone)}  # "إخراج: ..." / "سيناريو: ..." / "تمثيل: ...": a film's card, no byline
    for line in zone:  # "صنعاء - خاص", "بيروت ـ خاص": the place, then "our own report", no picture's credit
        own = line.rule == "lexicon.caption-credit" and line.words <= OWN_REPORT_MARK_WORDS
        # ("تعز – منبر الحالمة – خاص": the place, the site, then the mark)
        sited = not own and line.words <= OWN_REPORT_WORDS and len(_SPACED_DASH.findall(line.text)) == 2
        head = byline.dateline_head(line.text) if own or sited else None
        mark = line.text[line.text.find(head) + len(head) :].strip(" -–—ـ") if head else ""
        if sited and head:
            site_part, mark = (_SPACED_DASH.split(mark) + [""])[:2]
            if len(site_part.split()) > PLACE_WORDS or lexicon.phrase_in(mark, "kicker") != fold(mark).strip():
                head = None
        # (not the site's name: "الياسمين - خاص" under "صحيفة الياسمين السورية" is its signature)
        if head and dateline is None and lexicon.credit_phrase(mark) and not lexicon.credit_phrase(head) and not caption_finder.archive_credit(mark) and not is_masthead_name(page, head, short=True):
            # ("جونا - أرشيف": the agency's archive picture, a credit)
            dateline = head
            line.decide(Label.DATELINE, "segment.own-report", "a place and the site's own-report mark")
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
    # A source's field ("来源：锦城日报") names the paper: a writer's field in the header ("作者：刘思远") wins.
    sources = [line.index for line in zone if names.get(line.index) and byline.source_field(line.key)]
    if any(name for index, name in names.items() if index not in sources):
        for index in sources:
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
        outlet = byline.desk_outlet(line.text) if line.words <= DESK_BYLINE_WORDS else None
        if outlet and any(other.key == fold(outlet) for other in page.lines if other is not line):
            # "by Lakeshore 12 News Staff" under the masthead "Lakeshore 12 News": the outlet's desk, no writer
            line.decide(Label.BYLINE, "segment.byline", "a desk or an outlet, no writer")
            site = site or outlet
            continue
        if name and author is None and is_masthead_name(page, name):
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
        placed = byline.placed_day(line.text) if line.words <= PLACED_DAY_WORDS else None
        if placed is not None:  # "Paris, le 9 décembre 2025": a press release's place and day over its text
            line.decide(Label.DATE, "segment.placed-day", placed[0])
            date_lines.append(line)
            dateline = dateline or placed[0]
            date = date or placed[1]
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
        outlet = _name_and_outlet(page, zone, line) if author is None and not explicit else None
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
        agency = sourced is not None and lexicon.credit_phrase(sourced[1]) is not None
        if sourced is not None and (
            all(_menu_item(page, line, part) for part in sourced) or not agency and _menu_item(page, line, sourced[0], menus=_MENUS)
            or not agency and "linky" in hints.tokens_of(page, line.index)  # (HTML: "الإمارات / دبي", a breadcrumb's links)
        ):
            continue  # "اقتصاد / جهات", "المراجعات / لابتوب": a section of the menu first, the article's path
        if sourced is not None:  # "أنقرة/ الأناضول", "موسكو/ تركيا الدولية" (the site, named elsewhere)
            if agency or _named_elsewhere(page, line, sourced[1]):
                dateline = sourced[0]
                site = site or (None if agency else sourced[1])
                line.decide(Label.DATELINE, "segment.dateline", line.text.strip())
                continue
            if author is None and not explicit and _city_then_writer(*sourced):
                dateline, author = sourced  # "كربلاء / حيدر الجبوري": a city the gazetteer knows, then the writer
                line.decide(Label.BYLINE, "segment.dateline-byline", author)
                continue
        place = byline.dateline_of(line.text, line.words)
        if place and line.rule == "html.byline" and _dated_after(line.text, place) and fold(byline.place_of(place) or place).strip() not in byline.gazetteer() and _writer_named(place):
            continue  # "يونس بنعلي — الخميس 15 يناير 2026" in the byline's markup: the writer, then the date; no place
        if place and len(regex.findall(r"\p{L}", byline.place_of(place) or "")) <= LANGUAGE_CODE_LETTERS:
            place = None  # "FR - Français": a language switcher's code, no place
        opening = (byline.dateline_head(line.text) or place) if place else ""
        role = byline.role_span(fold(opening)) if place and author is None and not explicit else None
        parts = byline.split_dateline(line.text) if role is not None and role[0] == 0 else None
        if parts and _writer_named(parts[1]):
            # "مراسلة زيتونة - نادين عوض": the writer's role (at the site), then the writer; no place
            author = parts[1]
            line.decide(Label.BYLINE, "segment.role-and-writer", author)
            continue
        if place and _menu_word(opening):
            # "الرئيسية - تحقيقات - مجتمع": a breadcrumb from the menu's "home", no place; "Video - December
            # 19, 2025": a section's name and the date, the header's stamp
            found = dates.parse_date(line.text) if line.words <= byline.MAX_DATELINE_WORDS else None
            if found is not None and found.iso:
                line.decide(Label.DATE, "segment.date-line")
                date_lines.append(line)
                date = date or found
                continue
            if len(_PATH_SEPARATOR.split(line.text.strip())) >= MENU_PATH_ITEMS:
                line.decide(Label.NAVIGATION, "segment.menu-path", "a path that opens with the menu's word")
                continue
            place = None
        if place and line.text.rstrip()[-1:] in "!?؟！？":
            place = None  # "Rentner findet Flaschenpost – nach 41 Jahren!": a headline's dash; a dateline exclaims nothing
        if line.words <= byline.MAX_DATELINE_WORDS and any(caption_finder.archive_credit(part) for part in byline.split_dateline(line.text) or ()):
            continue  # "سد الموصل - أرشيف": a picture's caption and its credit, no place and writer
        if place and line.words <= BREADCRUMB_ITEM_WORDS and _in_breadcrumb(zone, line):
            continue  # "Saguenay–Lac-Saint-Jean" of "Ma région › Saguenay–Lac-Saint-Jean › Éducation": a menu's item
        sections = _PATH_SEPARATOR.split(line.text.strip()) if place and line.words <= BREADCRUMB_ITEM_WORDS else []
        if len(sections) >= 2 and all(_menu_item(page, line, part, menus=_MENUS) for part in sections):
            continue  # "مجتمع - بيئة": a section and its subsection, both items of the menu, no place
        wire = bool(place) and (_wire_head(place) or byline.dated_cased_dateline(line.text) is not None or fold(place).strip() in byline.gazetteer())
        if place and line.words > byline.MAX_DATELINE_WORDS and (not wire or not line.ends_sentence):
            # "Most of the money — about $10.6 million — will...": a sentence's dash; "منتدى الطاقة السوري –
            # الروسي في دمشق: ..." without a full stop: a headline's dash
            place = None
        before_text = page.region is None or line.index < page.region[0] or line.removed
        if _lexicon_chrome(line):
            continue  # "Remaining Time -1:42" is a player's control, not "place - writer"
        # (the header on one line: "سطيف: نسيمة بوعلام 22 جانفي 2025 1.284 مشاهدة", its head before the stamp;
        # "البصرة – حيدر الساعدي، مراسل «نخيل برس» في البصرة", its head before the writer's role)
        head_text = _header_head(line) if place is None and author is None and not explicit and before_text and line.index not in card else ""
        if head_text and len(head_text.split()) <= byline.MAX_DATELINE_WORDS:
            parts = byline.split_dateline(head_text)  # "الكويت: هاني الدوسري"
            if parts and caption_finder.credit_label(parts[0]):
                parts = None  # "تصوير ومونتاج: هشام الإدريسي": who filmed, not who wrote
            if parts and lexicon.match(Line.of(line.index, parts[0])) is not None:
                parts = None  # "أدوات: حاسبة التمويل العقاري": a menu's label and its link, no place
            if parts and _writer_named(parts[1]) and (not _named_elsewhere(page, line, parts[1]) or _boxed_name(page, line, parts[1])):
                dateline, author = parts
                line.decide(Label.BYLINE, "segment.dateline-byline", author)
                continue
        head = (byline.dateline_head(line.text) or place) if place else None
        # (the site's name alone on a line of the page, or the masthead's that the copyright line repeats,
        # though the text quotes it: "نبض عمّان - ليث الزعبي", "قال لـ«نبض عمّان»")
        if head and author is None and not explicit and line.words <= byline.MAX_DATELINE_WORDS and _names_site(page, line, head):
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
        if head and dateline is None and line.words <= byline.MAX_DATELINE_WORDS:
            parts = byline.split_dateline(line.text)
            if parts and parts[1] == head and fold(parts[0]).strip() in byline.gazetteer() and _names_site(page, line, head):
                # "المدار - الرياض": the site's name, then the place the gazetteer knows
                dateline, site = parts[0], site or parts[1]
                line.decide(Label.DATELINE, "segment.dateline", line.text.strip())
                continue
        # (a lead that opens with its wire's dateline names its place, though the menu shows it too: "غزة")
        lead = wire and line.words > byline.MAX_DATELINE_WORDS
        if head and dateline is None and (lead or not _stands_alone(page, head)):
            parts = byline.split_dateline(line.text) if line.words <= byline.MAX_DATELINE_WORDS else None
            if parts and any(lexicon.phrase_in(part, "kicker") == fold(part).strip() for part in parts):
                # "نبض عمّان - خاص": the site and its "exclusive" mark, no place; the site signs the story
                line.decide(Label.BYLINE, "segment.site-exclusive", "the site's name and its 'exclusive' mark")
                continue
            if parts and any(byline.names_outlet(fold(site_part)) and lexicon.credit_phrase(agency) == fold(agency).strip() for site_part, agency in (parts, parts[::-1])):
                continue  # "الخضراء نيوز - وات": the site and the agency it took the story from, no place
            swapped = parts is not None and line.text.lstrip().startswith(parts[1]) and _CASELESS_NAME.match(parts[1])
            if swapped and _named_in_chrome_only(page, line, parts[0]):
                parts = parts[1], parts[0]  # "رام الله - زيتون": the place, then the site the page shows elsewhere
            named = parts is not None and _named_elsewhere(page, line, parts[1])
            site_desk = parts and _caseless_desk(parts[1]) and fold(parts[0]).strip() not in byline.gazetteer()
            if site_desk and not named and _named_in_chrome_only(page, line, parts[0]):
                continue  # "الرابية – محرر الشؤون المحلية": the site (its masthead's name) and its desk, no place
            if parts and not named and not _name_words(parts[1]):
                continue  # "صحيفة العرب الدولية - تصدر من لندن": a masthead's tagline, no place and writer
            known_place = fold(byline.place_of(head) or head).strip() in byline.gazetteer()  # "الدار البيضاء - منارة 24"
            if parts is None and line.words <= byline.MAX_DATELINE_WORDS and _numbered_after(line.text, head) and not known_place:
                # "الدوري الكويتي الممتاز - الجولة 16": a competition and its round, no place
                line.decide(Label.BOILERPLATE, "segment.numbered-heading", "a name and a number after a dash, no place")
                continue
            if line.words <= byline.MAX_DATELINE_WORDS and _month_after(line.text, head):
                continue  # "أسعار الوقود - يوليو 2025": a widget's heading and the month it gives, no place
            dateline = place
            dated = dates.parse_date(place) if line.words > byline.MAX_DATELINE_WORDS else None
            if dated is not None:  # "دمشق 3 سبتمبر 2024 (شينخوا) أعلنت ...": the wire's date opens the text
                date = date or dated
                dateline = " ".join(place.replace(dated.text, " ").split())
                at = place.find(dated.text)
                if at > 0 and not place[at + len(dated.text) :].lstrip().startswith("("):
                    dateline = place[:at].strip()  # "نابلس 14-10-2025 وفا": the agency after the day, unbracketed
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


DESK_BYLINE_WORDS = 8  # "by Lakeshore 12 News Staff"
_SPACED_DASH = regex.compile(r"\s+[-–—ـ]\s+")
PLACE_WORDS = 3  # "الرياض", "Abu Dhabi", "مكة المكرمة", "Le Caire"
_HEADER_LABELS = frozenset({Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE, Label.KEY_POINTS})  # (the key points sum the headline up)


_PICTURED = (Label.CAPTION, Label.CREDIT)


def _city_then_writer(place: str, name: str) -> bool:
    """A city the gazetteer knows, then a writer's name: "كربلاء / حيدر الجبوري"."""
    named = byline.bare_name(name) or _CASELESS_NAME.match(name.strip()) is not None
    return fold(place).strip() in byline.gazetteer() and _writer_named(name) and named


def place_alone(page: Page, zone: Sequence[Line]) -> Line | None:
    """A dateline alone on its line ("الرياض", "LONDON", "Lyon"): a place the gazetteer knows, under a
    header line (the headline, the standfirst, the byline, the date; a section's name stands over the
    headline) or over the date, before the text, shown once and in no menu. Once the header's lines
    are labelled."""
    for line in zone:
        if line.words > PLACE_WORDS or line.label not in (Label.BODY, Label.BOILERPLATE) or _in_text(page, line):
            continue
        if line.key.strip(" -–—ـ:،,.") not in byline.gazetteer() or _menu_item(page, line, line.text) or _in_breadcrumb(zone, line):
            continue
        if page.key_counts.get(line.key, 0) > 1 and any(other.key == line.key for other in page.lines[: line.index]):
            continue  # "جدة" in the menu and again over the headline: a section's name (a tag under the text is the place's)
        # (the header's widgets between them do not count: "طباعة" / "حجم الخط" / "+" / "-")
        above = next((other for other in reversed(page.lines[: line.index]) if not other.blank and not _header_widget(other)), None)
        below = next((other for other in page.lines[line.index + 1 :] if not other.blank), None)
        # (or over the date: "المدى 24 + وكالات" / "نواكشوط" / "28/6/2026", the byline naming no writer;
        # or over the byline: "الرياض" / "فهد العتيبي")
        if above is not None and above.label in _HEADER_LABELS or below is not None and below.label in (Label.DATE, Label.BYLINE):
            return line
        # (or under the header's picture, over the lead: "Photo: Fabien Moret" / "Berne" / the text)
        if above is not None and above.label in _PICTURED and below is not None and below.cls == "good" and not below.removed:
            return line
    return None


def _short_stamp(item: Line) -> bool:
    """The update after the date, written short: "Last Updated: February 7" (a stamp's word, a month
    and a figure; not a table's cell, "Euro 5 et antérieurs")."""
    months = any(dates.is_month_name(word.strip(".,")) for word in item.text.split())
    return months and dates.has_stamp_word(item.key) and any(char.isdigit() for char in item.text)


def _header_widget(line: Line) -> bool:
    """A share bar's or a font-size control's line under the article's header: "طباعة", "+", "A-";
    its counter of readers ("عدد القراءات: 1,284")."""
    return line.label is Label.SHARE or line.removed and (line.rule == "lexicon.reading-time" or not regex.search(r"\p{L}{2}", line.text))


_NUMBERED = regex.compile(r"^[\s\-–—ـ]*\p{L}+\s+\d{1,3}\s*$")  # "الجولة 16", "Round 16", "Stage 4"


def _numbered_after(text: str, head: str) -> bool:
    """What follows the dash is a word and a small number ("الجولة 16", "Round 16"): a round, a stage,
    an episode; not a writer, a site or a date."""
    return head in text and _NUMBERED.match(text[text.find(head) + len(head) :]) is not None


def _month_after(text: str, head: str) -> bool:
    """What follows the dash is a month and a year and nothing else ("يوليو 2025", "July 2025")."""
    rest = text[text.find(head) + len(head) :].strip(" -–—ـ") if head in text else ""
    words = rest.split()
    return len(words) == 2 and dates.is_month_name(words[0]) and regex.fullmatch(r"[\d\p{Nd}]{4}", words[1]) is not None


MENU_PATH_ITEMS = 3  # "الرئيسية - تحقيقات - مجتمع"
_PATH_SEPARATOR = regex.compile(r"\s+[-–—/]\s+")


def _menu_word(text: str) -> bool:
    """The whole of `text` is a word of the menu ("الرئيسية", "Home")."""
    return lexicon.phrase_in(text, "navigation") == fold(text).strip()


DATE_AFTER_CHARS = 12  # "الخميس 15 يناير 2026": a weekday at most before the date


def _dated_after(text: str, head: str) -> bool:
    """The date follows the dash right away, a weekday before it at most ("— الخميس 15 يناير 2026 - 11:45")."""
    rest = text[text.find(head) + len(head) :].strip(" -–—ـ") if head in text else ""
    found = dates.find_dates(rest, folded=fold(rest))
    return bool(found) and found[0].start <= DATE_AFTER_CHARS


def _in_text(page: Page, line: Line) -> bool:
    """A paragraph of the main text, kept as body (a sentence: the headline may read as prose too)."""
    in_region = page.region is not None and line.index >= page.region[0]
    return in_region and line.cls == "good" and not line.removed and not headers.is_headline(line)


_ROLE_SEPARATOR = regex.compile(r"[|,،(/]|\s[-–—]\s")  # what byline.without_role splits a name from its role at


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


LANGUAGE_CODE_LETTERS = 2


_MENUS = ("lexicon.navigation", "structure.separated-menu", "region.before-main-text")


def _menu_item(page: Page, line: Line, text: str, menus: tuple[str, ...] = ()) -> bool:
    """`text` is an item of the page's menu: a line of its own elsewhere that a menu's rule removed
    (or, with `menus`, that one of these rules removed: a line of the chrome over the text)."""
    key = fold(text).strip()
    return any(
        other is not line and (other.label is Label.NAVIGATION or other.rule in menus)
        and (other.key == key or " " in other.text and key in _menu_items(other.key))  # (or one of a menu's line: "محليات | اقتصاد | وظائف")
        for other in page.lines
    )


def _menu_items(key: str) -> list[str]:
    """The items of a menu written on one line between bars or bullets."""
    return [item.strip() for item in structure.MENU_BAR.split(key)] if structure.MENU_BAR.search(key) else []


def _wire_head(place: str) -> bool:
    """A dateline opening a paragraph: in capitals or with its agency in brackets ("WASHINGTON",
    "PARIS (AFP)", "НИЖНЕВОЛЖСК", "MERRITON, Neb."), or in a script without capitals ("دمشق", "عمّان (بترا)"); the
    caller also takes a place with its day after a comma ("Québec, le 24 avril 2025. –"). The
    test of `headers.opens_with_dateline`, which also wants a cased script."""
    city = place.split(",")[0]  # "MERRITON, Neb.": the city in capitals, its state after a comma
    return "(" in place or city.upper() == city


def _named_in_chrome_only(page: Page, line: Line, name: str) -> bool:
    """Whether `name` appears on other lines of the page, all of them outside the text (the site's
    name in the masthead and the footer, not a place the article talks about)."""
    key = fold(name)
    others = [other for other in page.lines if other is not line and key in other.key]
    return bool(others) and all(other.removed for other in others)


def _site_named(page: Page, line: Line, name: str) -> bool:
    """Whether `name` is the site's: the page shows it only outside the text, or it is the masthead's
    name that the copyright line repeats, or its short form (the text may quote the site: "قال
    لـ«نبض عمّان»")."""
    return _named_in_chrome_only(page, line, name) or is_masthead_name(page, name, short=True)


def _names_site(page: Page, line: Line, head: str) -> bool:
    """The head of a "<head> - <name>" line is the site's name, not a place: the page shows it alone,
    or (no place the gazetteer knows) only outside the text or as the masthead's."""
    return _stands_alone(page, head) or fold(head).strip() not in byline.gazetteer() and _site_named(page, line, head)


def _stands_alone(page: Page, name: str) -> bool:
    """Whether the page shows `name` as a line of its own ("المغرب اليوم -"): a site's name, not a place."""
    key = fold(name.split("(")[0]).strip()
    alone = [line for line in page.lines if line.key and line.key.strip(" -–—ـ|:") == key]
    # A site's name comes back, or trails a separator ("المغرب اليوم -"); a city in a weather widget does not.
    if len(alone) >= 2 or any(other.key != key for other in alone):
        return True
    # (once, beside the footer's copyright line that names it too: "صدى الأطلس" over "© 2024 صدى الأطلس - ...")
    return any(
        other.rule == "lexicon.footer" and key in other.key
        for line in alone for other in page.lines[max(0, line.index - COPYRIGHT_REACH) : line.index + COPYRIGHT_REACH + 1]
    )


COPYRIGHT_REACH = 2  # lines between a footer's name and its copyright line


def _boxed_name(page: Page, line: Line, name: str) -> bool:
    """`name`, written elsewhere on the page, is so only alone on its line heading the writer's box
    after the text ("دبي: ريم الشامسي" over the text, "ريم الشامسي" over her bio below it)."""
    key = fold(name)
    if not any(other.key == key for other in page.lines):
        return False
    if any(key in other.key and other.key != key for other in page.lines if other is not line):
        return False
    return _in_author_box(page, Line(line.index, name, key))


def _header_head(line: Line) -> str:
    """The line without what follows a place and a writer on it: a stamp, or the writer's role after a comma."""
    return byline.without_role_tail(_before_stamp(line))


def _before_stamp(line: Line) -> str:
    """The line up to its first date, when a date follows words on it; else the whole line."""
    found = dates.find_dates(line.text, folded=line.key) if any(char.isdigit() for char in line.text) else []
    if found and found[0].start > 0 and line.text[: found[0].start].strip():
        head = line.text[: found[0].start].split()
        if len(head) > 1 and dates.is_weekday(head[-1]):
            head.pop()  # "بقلم - نوف السليطي الأحد ١٩ أكتوبر ٢٠٢٥م": the date's weekday before it
        return " ".join(head)
    return line.text


_ITEM_SEPARATOR = regex.compile(r"\s+[·•|]\s+")


def _writer_by_stamp(line: Line, stopwords: frozenset[str]) -> bool:
    """ "Priya Natarajan | August 4, 2025": a stamp after a bar may follow the writer's name, not the
    place the story was filed from ("Bengaluru | Updated: ..."); the header items tell."""
    items = _header_items(line, stopwords) if "|" in line.text else None
    return items is not None and items[0] is not None


_DOMAIN_NAME = regex.compile(r"^\s*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}\s*$")


_HEADER_BUTTONS = frozenset({"reading-time", "share", "comments"})  # items of a header line that are its buttons and counters


def _header_items(line: Line, stopwords: frozenset[str]) -> tuple[str | None, dates.DateMatch] | None:
    """(writer, date) of a line of header items set apart by "·" or "|": the date, the reading time,
    the writer's name (bare or with a byline's prefix). None when an item is anything else (a place:
    "Valparaíso de Abajo | 22 de septiembre de 2025" holds a function word no name has)."""
    if line.words > STAMP_BYLINE_WORDS or not any(char.isdigit() for char in line.text):
        return None
    items = _ITEM_SEPARATOR.split(line.text.strip())
    if len(items) < 2:
        items = _name_dash_stamp(line.text, series=line.rule == "structure.template-series")
        if items is None:
            return None
    name, found = None, None
    for item in items:
        probe = Line(0, item, fold(item))
        if dates.is_date_line(item):
            found = found or dates.parse_date(item)
        elif (hit := lexicon.match(probe)) is not None and hit.category.name in _HEADER_BUTTONS:
            continue  # "4 min read", "Lu 1254 fois", "Imprimer", "Envoyer à un ami", "Réagir"
        elif byline.desk_byline(item):
            continue  # "Par La Rédaction": the desk signs, no writer
        elif found is not None and probe.words <= SHORT_STAMP_WORDS and _short_stamp(probe):
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


_NAME_ON = regex.compile(r"(?<=\p{L})\s+on\s+(?=\S)")


def _name_then_stamp(text: str) -> list[str]:
    """[name, stamp] of a writer's name in capitals right before the stamp, nothing between them (a
    renderer joined the two spans): "Sanne Dijkstra 27 mei 2025, 05:00", "Léa Berthoud Publié le 21
    octobre 2025 à 06:58 Modifié le ..." (the name's words are the first two to four)."""
    if not any(char.isdigit() for char in text):
        return []
    words = text.split()
    for size in range(NAME_STAMP_WORDS[0], min(NAME_STAMP_WORDS[1], len(words) - 1) + 1):
        name, stamp = " ".join(words[:size]), " ".join(words[size:])
        if _GLUED_WORD.search(name) or any(char.isdigit() for char in name):
            return []  # "ByShivya Nath", "Christina Burek (UK)Reviewed": a label glued to the name
        if byline.bare_name(name) and dates.is_date_line(stamp):
            return [name, stamp]
    return []


NAME_STAMP_WORDS = (2, 4)
_GLUED_WORD = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}|\)\p{L}")


def _name_dash_stamp(text: str, *, series: bool = False) -> list[str] | None:
    """[name, stamp] of "Annalee Newitz - Mar 28, 2017 12:30 am UTC" (or "Orion Jones on November 8,
    2012", or the name right before the stamp): a writer's name, then a date line. A place in
    capitals before the dash is a wire dateline ("WASHINGTON - March 3"), not a name."""
    text = text.strip()
    # (a commenter's name over each comment's stamp, one of a series, is no writer's)
    for parts in (dates.DASH.split(text, maxsplit=1), _NAME_ON.split(text, maxsplit=1), [] if series else _name_then_stamp(text)):
        if len(parts) != 2 or not dates.is_date_line(parts[1]):
            continue
        name = parts[0]
        if any(len(word) > 2 and word.isupper() for word in name.split()) or any(char.isdigit() for char in name):
            continue  # "KATHMANDU, Nepal — Mar 29, 2017"
        return parts
    return None


def _name_and_outlet(page: Page, zone: Sequence[Line], line: Line) -> str | None:
    """The writer of a "Name · Outlet" line right over the date stamp ("Priya Raman · NPB News", then
    "Posted: Oct 21, 2025 4:00 AM CDT | Last Updated: ..."): a broadcaster's header, its items on two
    lines. In a script without capitals the outlet is the site's name ("يوسف بنعلي | صوت الأطلس")."""
    items = [item.strip() for item in _ITEM_SEPARATOR.split(line.text.strip())]
    if len(items) != 2:
        return None
    name, outlet = items
    probe = Line(0, name, fold(name))
    stopwords = page.stopwords
    if not 2 <= probe.words <= 4 or not _name_like(name):
        return None
    # (a stoplist may hold a name's word, "يوسف": in a script without capitals, no function word will do)
    if not _name_words(name) if _CASELESS_NAME.match(name) else set(probe.tokens) & stopwords:
        return None
    if len(outlet.split()) > byline.OUTLET_WORDS:
        return None
    if not outlet[:1].isupper() and not (_CASELESS_NAME.match(outlet) and _names_site(page, line, outlet)):
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


BREADCRUMB_ITEM_WORDS = 4


def _in_breadcrumb(zone: Sequence[Line], line: Line) -> bool:
    """The line is an item of a menu the page flattens onto one line ("Ma région › <place> › Éducation")."""
    return any(
        other is not line and other.rule == "structure.separated-menu" and line.key in other.key for other in zone
    )


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
