"""The headline: which headline-shaped line over the main text is the article's own, not a ticker's
item, a section's kicker, a clip's title, a breadcrumb, a tagline or a highlight.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .. import lexicon
from ..lines import Line, mostly_numbers, table_row
from ..metadata import byline, dates
from ..metadata import captions as caption_finder
from ..normalize import fold
from ..page import Page
from ..rules import structure
from ..rules.lexicon import TICKER_LABEL_WORDS
from ..rules.structure import is_duration
from ..types import Label
from .common import TITLE_MIN_WORDS, _HEADER_LABELS, _lexicon_chrome
from .names import _CASELESS_NAME, _bare_name, _name_alone
from .site import MASTHEAD_MAX_WORDS, _masthead_name, is_masthead_name
from .writer import framing_copy, _labelled_name, _next_to_date, _under_bioed_name, _writer_label, _writer_over_date, _writer_over_role, _writers_bio
from .subtitle import STANDFIRST_WORDS
from .header_lines import BREADCRUMB_ITEM_WORDS, FLAT_ITEM_WORDS


TITLE_WORDS = (2, 30)
# Widgets of an article's header that stand between the headline and its byline ("lexicon.player-box"
# too, "lexicon.share-lead" too): their rules start with these.
_HEADER_CONTROLS = tuple(f"lexicon.{name}" for name in ("player", "share", "advertisement", "reading-time"))
_GREEK = regex.compile(r"\p{Greek}")
WEATHER_WORDS = 4
_TEMPERATURE = regex.compile(r"(?<!\d)[-+−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?!\w)")
_STAMPED = regex.compile(r"^\W*\d{1,2}:\d{2}\b")
_LETTER = regex.compile(r"\p{L}")
_HANDLE = regex.compile(r"^\W*@[\w.]+\W*$")


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
        and not _copied_below(above, line) and not _writer_over_role(page, zone, line)
    ]
    if len(candidates) > 1 and _writer_over_date(page, zone, candidates[-1]):
        candidates.pop()  # "فيصل القحطاني" right over the date, under the column's headline
    # A writer's name over the date, above the column's headline or under it (a counter of views under
    # the date the last line: "٣٤٥ مشاهدة"), when a headline's length stands among the others.
    writers = [line for line in candidates if _writer_over_date(page, zone, line)]
    if writers and any(line.words >= TITLE_MIN_WORDS and line not in writers for line in candidates):
        candidates = [line for line in candidates if line not in writers]
    framed = _framing_names(zone, candidates)  # a column's writer named over its headline and under it
    if framed and any(line.index not in framed and line.words >= TITLE_MIN_WORDS for line in candidates):
        candidates = [line for line in candidates if line.index not in framed]
    if len(candidates) > 1:  # the masthead's tagline: "يومية وطنية إخبارية مستقلة", "جريدة إلكترونية جهوية مستقلة"
        candidates = [line for line in candidates if not _tagline(line)] or candidates
    if len(candidates) > 1:  # a column's picture labelled "الكاتبة هالة القحطاني" over its headline
        candidates = [line for line in candidates if not _writer_label(line) and not _labelled_name(zone, line)] or candidates
    if len(candidates) > 1:  # headline / "Helena Marsh" / standfirst, the bio naming her further down
        candidates = [
            line for line in candidates if not _under_bioed_name(page, zone, line, candidates) and not _writers_bio(page, zone, line)
        ] or candidates
    card = {line.index for line in structure.field_card(zone)}
    if card and len(candidates) > 1:  # "رقم الفتوى: 48213" / "التصنيف: ..." / "أجاب عنها: ...": a card's fields
        candidates = [line for line in candidates if line.index not in card] or candidates
    if len(candidates) > 1 and page.contents:  # the text's first subheading, which its table of contents lists
        listed = {page.lines[index].key for index in page.contents}
        candidates = [line for line in candidates if line.key not in listed] or candidates
    if len(candidates) > 1:  # "النيل نيوز | <headline>" (the page's <title>) over "<headline>" itself
        candidates = [line for line in candidates if not _site_decorated(page, line, candidates)] or candidates
    if len(candidates) > 1:  # "الأمراض" / "›" / "أمراض الدم" / "›" / <the page's short name>: the trail's last item
        candidates = [line for line in candidates if not _after_crumb_separator(zone, line)] or candidates
    clips = _clip_titles(zone)
    if clips and len(candidates) > 1:  # a player's "Up next" list: titles over running times
        candidates = [line for line in candidates if line.index not in clips] or candidates
    if not candidates:  # a video page: the headline is its player's title, over the article's date
        candidates = [line for position, line in enumerate(above) if _player_headline(zone, position)][-1:]
    if not candidates:  # a headline closed with a full stop, right over its byline or its date
        candidates = [line for position, line in enumerate(above) if _closed_headline(zone, position) and _headed(zone, position) == 2][-1:]
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
        line.index: _standfirst_under(unpictured, place[line.index], candidates)
        and (not byline.cased(line.text) or unpictured[place[line.index] + 1].words > STANDFIRST_LONGER * line.words)
        or not byline.cased(line.text) and _sentence_standfirst_under(unpictured, place[line.index])
        for line in candidates
    }
    headed_by = {line.index: _headed(unpictured, place[line.index], below_is_candidate[line.index]) for line in candidates}
    # The article's header starts under its breadcrumb ("الرئيسية / أخبار لبنان"): a headline there
    # with its date wins over a promo above it.
    crumb = next((line.index for line in reversed(above) if _breadcrumb(line)), None)
    if crumb is not None and any(line.index > crumb and headed_by[line.index] for line in candidates):
        candidates = [line for line in candidates if line.index > crumb]

    # A blog's post: its date over its title, right over the text, the title listed again down the
    # page (its archive, "Recent entries"); the blog's name and tagline over the date are the masthead.
    post = _dated_post_title(page, zone, start + opening, candidates) if start >= 0 else None
    if post is not None:
        candidates = [line for line in candidates if line.index >= post.index]
        headed_by[post.index] = 2

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
                if listed and _listed_time(item):
                    continue  # "2:41 م" over each item of a "latest news" list
                if item not in candidates or item.words < TITLE_MIN_WORDS:
                    break
                if listed and number + 1 < len(zone) and zone[number + 1].label in _HEADER_LABELS and not _listed_time(zone[number + 1]):
                    break
                items.append(item)
            if not listed or len({item.key for item in items}) >= LISTED_ITEMS:
                ticker_items.update(item.index for item in items)
    ticker_items.update(_timed_items(zone, candidates))

    def _headed_title(line: Line) -> bool:
        return line.words >= TITLE_MIN_WORDS and headed_by[line.index]

    headline_rival = any(_headed_title(line) and not _strip_item(line) and not _flagged_item(line) for line in candidates)

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
            # (an advertisement's label or a player's control between them does not count; a
            # section's stamp there is the lower one's)
            between = [other for other in zone[position + 1 : where[lower.index]] if not other.rule.startswith(_HEADER_CONTROLS)]
            if between and all(_kicker(other) or _section_stamp(other) for other in between):
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
        # (not under the section's label that the menu lists too, "افتتاحية": that is the kicker, this
        # short line the headline over a long standfirst)
        kicker = kicker and not _under_section_label(page, zone, position)
        # Above a byline the headline comes first (the standfirst follows it); otherwise nearest wins.
        # A labelled byline or date heads better than a name alone, which may be the site's.
        # Over the byline, a strip's score or price, or a ticker's item with its label, loses to a
        # headline under it.
        stripped = bool(headed) and headline_rival and (_strip_item(line) or _flagged_item(line))
        return headed > 0, line.words >= TITLE_MIN_WORDS, not stripped, headed, not kicker, repeated, -position if headed else position

    best = max(candidates, key=rank)
    # (a masthead's name has at most MASTHEAD_MAX_WORDS words: most pages skip the copyright lookup)
    if len(candidates) > 1 and best.words <= MASTHEAD_MAX_WORDS and best.text.strip(" -–—|:") == _masthead_name(page):
        candidates.remove(best)  # the site's name, which the copyright line repeats ("© 2025 <name>")
        best = max(candidates, key=rank)
    return _over_highlights(page, zone, candidates, best)


_TITLE_SEPARATORS = "|-–—:»«·•"


def _site_decorated(page: Page, line: Line, candidates: Sequence[Line]) -> bool:
    """The page's <title> printed as a line: another candidate, the headline itself, with the site's
    name before or after it across a separator ("النيل نيوز | <headline>", "<headline> - Le Fil"),
    a name the page shows alone on a line too, or its copyright line's. The bare headline is the
    article's ("<headline> - New Warriors Cover Full view" adds a picture's alt text: no site)."""
    for other in candidates:
        if other is line or other.words < TITLE_MIN_WORDS or len(other.key) >= len(line.key):
            continue
        if line.key.endswith(other.key):
            rest = line.key[: -len(other.key)].rstrip()
            name, mark = rest[:-1].strip(), rest[-1:]
        elif line.key.startswith(other.key):
            rest = line.key[len(other.key) :].lstrip()
            name, mark = rest[1:].strip(), rest[:1]
        else:
            continue
        if mark and mark in _TITLE_SEPARATORS and 1 <= len(name.split()) <= MASTHEAD_MAX_WORDS:
            if page.key_counts.get(name, 0) or is_masthead_name(page, name):
                return True
    return False


LISTED_TIME_WORDS = 3
TIMED_ITEMS = 3  # headlines each under its time alone ("2:41 م" / headline / "2:25 م" / headline / ...)


def _timed_items(zone: Sequence[Line], candidates: Sequence[Line]) -> set[int]:
    """A "latest news" list whose heading lies beyond the header's reach: three headlines or more,
    each under its time alone, one after another. The article's own time goes with its date."""
    chosen = {line.index for line in candidates}
    runs: list[list[Line]] = [[]]  # the headlines of each run
    position = 0
    while position < len(zone) - 1:
        if _listed_time(zone[position]) and zone[position + 1].index in chosen:
            runs[-1].append(zone[position + 1])
            position += 2
        else:
            runs.append([])
            position += 1
    return {line.index for run in runs if len(run) >= TIMED_ITEMS for line in run}


def _listed_time(line: Line) -> bool:
    """A time alone, a list's item's ("2:41 م", "14:05", "10:30 AM"): no article's date line."""
    return line.words <= LISTED_TIME_WORDS and structure.has_time(line) and not dates.find_dates(line.text, folded=line.key)


NAME_WORDS = 4  # a writer's name alone on its line


def _framing_names(zone: Sequence[Line], candidates: Sequence[Line]) -> set[int]:
    """The two copies of a writer's name around a longer headline-shaped line: "ليلى الشمّاع" /
    headline / "ليلى الشمّاع" / role (`writer.framing_copy`); or shown twice in a row under it (the
    picture's caption, then the byline: headline / "رشيد بن عمار" / "رشيد بن عمار"). In a script
    without capitals only: where names show by their capitals, the writer's rules read them."""
    names: set[int] = set()
    for position, line in enumerate(zone):
        if line.words > NAME_WORDS or line not in candidates or byline.cased(line.text):
            continue
        copy = framing_copy(zone, position)
        if copy is not None:
            between = zone[position + 1 : zone.index(copy)]
            if any(other in candidates and other.words > line.words for other in between):
                names.update((line.index, copy.index))
        elif position > 0 and position + 1 < len(zone) and zone[position + 1].key == line.key:
            if zone[position - 1] in candidates and zone[position - 1].words > line.words:
                names.update((line.index, zone[position + 1].index))
    return names


HIGHLIGHTS = 2  # headline-shaped lines at least between the headline and the one over the byline
HIGHLIGHT_WORD_CHARS = 4  # the words that tell what a line is about: "Cornish", "scratchcard", not "the"
HIGHLIGHT_SHARE = 0.5  # of a line's words that the text uses too: it sums the article up
HIGHLIGHT_WORDS = 6  # a highlight is a sentence, not a section's label or a site's name


def _over_highlights(page: Page, zone: Sequence[Line], candidates: Sequence[Line], best: Line) -> Line:
    """The headline over a list of highlights without bullets (headline / three or four sentences that
    sum the story up / byline): the line over the byline is the last highlight. Headline and highlights
    tell the article's story, in its words; a ticker's items over a headline tell others."""
    position = run = end = zone.index(best)
    while run > 0 and zone[run - 1] in candidates:
        run -= 1
    while end + 1 < len(zone) and zone[end + 1] in candidates:
        end += 1
    if end - run < HIGHLIGHTS or run == position:
        return best
    start = min(zone[end + 1].index if end + 1 < len(zone) else len(page.lines), page.region[0] if page.region else 0)
    text_words = {
        word for line in page.lines[start:] if line.cls == "good" and not line.removed for word in line.key.split()
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
    alone ("1:52"), two or more of them, or one right under the list's heading. A time alone heads no
    headline there."""
    over_times = [position for position, (line, below) in enumerate(zip(zone, zone[1:])) if is_duration(below) and not is_duration(line)]
    if len(over_times) >= CLIP_LIST:
        return {zone[position].index for position in over_times}
    # One clip under the player's "Up next" heading ("Up Next" / its title / "1:58" / "Autoplay in 5").
    return {zone[position].index for position in over_times if position and zone[position - 1].rule == "lexicon.related"}


STANDFIRST_LONGER = 1.3  # a headline-shaped line this much longer under the headline: its standfirst
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


SECTION_LABEL_WORDS = 2
LONG_STANDFIRST_WORDS = 18  # longer than a headline under a kicker: the standfirst under the headline


def _under_section_label(page: Page, zone: Sequence[Line], position: int) -> bool:
    """In a script without capitals, the line right above is a section's label that the page's menu
    shows too ("افتتاحية"), which no lexicon called anything, and the line below runs longer than a
    headline (its standfirst): the kicker is the label, this line the headline."""
    above = zone[position - 1] if position else None
    below = zone[position + 1] if position + 1 < len(zone) else None
    line = zone[position]
    if above is None or below is None or byline.cased(line.text) or not above.words <= SECTION_LABEL_WORDS < line.words:
        return False
    if below.words < LONG_STANDFIRST_WORDS:
        return False  # "الدوري الممتاز" / "الدوري الممتاز - الجولة 20" / the headline: a kicker under its section
    return page.key_counts[above.key] >= 2 and all(rule.startswith("region.") for _, rule, _ in above.decisions)


LISTED_ITEMS = 2


def _ticker_label(line: Line) -> bool:
    return line.rule == "lexicon.ticker" and line.words <= TICKER_LABEL_WORDS


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


PLAYER_LINES = 3  # controls a player shows (play, mute, time...) that make a block of it; lines under a clip's title that may be its player's


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


def _dated_post_title(page: Page, zone: Sequence[Line], start: int, candidates: Sequence[Line]) -> Line | None:
    """The title of a blog's post ("Tuesday, March 16, 2010" / "Goodbye to the Elm Street footbridge" /
    the text): a headline-shaped line between its date and the text, that the page lists again among
    other lines (the blog's archive, its recent entries, a trackback's "links to weblogs that reference
    <title>"), with no headline right over the date (whose date it would be). The date is bare, as blogs
    print it over each post: a labelled stamp is a news page's header ("Last Updated: 29 December 2007")."""
    if not 3 <= start < len(zone):
        return None  # (zone[start]: the text's first line)
    line, date, above = zone[start - 1], zone[start - 2], zone[start - 3]
    if line not in candidates or line.words < TITLE_MIN_WORDS or date.label is not Label.DATE:
        return None
    if above in candidates or above.label in _HEADER_LABELS:
        return None  # headline, date, then a subheading or a caption over the text
    found = dates.find_dates(date.text)
    if len(found) != 1:
        return None
    weekday, _, rest = date.text.partition(found[0].text)
    if ":" in weekday or len(weekday.split()) > 1 or _LETTER.search(rest):
        return None
    text = [other for other in page.lines if not other.blank]
    for position, other in enumerate(text):
        if other is line or line.key not in other.key:
            continue
        # (a page rendered twice shows the whole header again: date, title, text)
        if 0 < position < len(text) - 1 and date.key != text[position - 1].key and zone[start].key != text[position + 1].key:
            return line
    return None


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


CLOSED_HEADLINE_SENTENCES = 2
CLOSED_HEADLINE_WORDS = 5  # a clause at least: "Skip to comments." over a headline is a link
_FULL_STOP = regex.compile(r"[.!?](?:\s|$)")


def _closed_headline(zone: Sequence[Line], position: int) -> bool:
    """A headline's shape closed with a full stop, as magazines and newsletters write them ("Iowa cut
    its nursing home inspectors by a third. Complaints now wait months."): a sentence or two under
    no paragraph."""
    line = zone[position]
    if not line.text.endswith(".") or line.text.endswith(".."):
        return False
    if line.words < CLOSED_HEADLINE_WORDS or len(_FULL_STOP.findall(line.text)) > CLOSED_HEADLINE_SENTENCES:
        return False
    if not _title_like(line, full_stop=True):
        return False
    return not (position and zone[position - 1].cls == "good")  # a paragraph's sentence


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


def _sentence_standfirst_under(lines: Sequence[Line], position: int) -> bool:
    """The line under the headline at `position` is its standfirst written as a sentence: longer, closed
    with a full stop, a standfirst's length (headline, standfirst, writer, role, date). Asked in a
    script without capitals only, where the writer's name alone does not show as one (in Latin
    script, a box's heading over its first sentence looks so too)."""
    if position + 1 >= len(lines):
        return False
    headline, below = lines[position], lines[position + 1]
    low, high = STANDFIRST_WORDS
    return (
        below.ends_sentence and not _lexicon_chrome(below) and below.cls in ("good", "near")
        and low <= below.words <= high and below.words > STANDFIRST_LONGER * headline.words
    )


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


_CRUMB_SEPARATOR = regex.compile(r"\s+[/»›>|]\s+")
CRUMB_DATE_WORDS = 10  # the longest date stamp looked for at the end of the glued line


_CRUMB_MARK = regex.compile(r"^\s*[/»›>|]\s*$")


def _after_crumb_separator(zone: Sequence[Line], line: Line) -> bool:
    """The line stands right under a breadcrumb's separator alone on its line ("›"), another item
    and separator above that: the trail's last item, split one item a line."""
    position = zone.index(line)
    return position >= 3 and _CRUMB_MARK.match(zone[position - 1].text) is not None and _CRUMB_MARK.match(zone[position - 3].text) is not None


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


def _title_like(line: Line, ruled: bool = True, full_stop: bool = False) -> bool:
    """A headline's shape: its length, no stamp, list bullet, link or closing full stop (`full_stop`:
    one is allowed); with `ruled`, no rule (a lexicon's, a structure pass's) has called it something else."""
    low, high = TITLE_WORDS
    if not low <= line.words <= high:  # a repeated line is "bad" as prose, and titles repeat
        return False
    if _STAMPED.match(line.key):  # "13:50 وزير الخارجية يتلقى..." is an item of a news ticker
        return False
    if mostly_numbers(line.tokens):
        return False  # "GOLD 2,187.30 ▲ 0.55%": a market strip, not a headline
    if table_row(line):
        return False  # "م91\t0.229 ر.ع": a table's row, its cells apart, not a headline
    if line.words <= WEATHER_WORDS and _TEMPERATURE.search(line.text):
        return False  # "Երևան +34°C", "القاهرة 34°": a weather strip's city and temperature
    if line.words <= SCORE_LINE_WORDS and _MINUTE_MARK.search(line.text):
        return False  # "حيدر كاظم 78' (ركلة جزاء)", "Salah 45+2'": a match card's scorer (a headline may say "al 93'")
    if all(len(token) == 1 for token in line.tokens):
        return False  # "R E P L A Y": a word spelt out as a display heading
    first = line.key.split()[0] if line.key else ""
    if len(first) >= 4 and dates.has_stamp_word(first) and (dates.find_dates(line.text, folded=line.key) or dates.relative_stamp(line.key)):
        return False  # "Published on Thursday, February 24, 2000 in the New Republic", "Posted 3h ago": a stamp, not a headline
    if "://" in line.text or line.key.startswith("www.") or _HANDLE.match(line.text):
        return False  # a link's address; a writer's handle alone ("@alshammari_abd")
    if dates.dated_and_timed(line.text, folded=line.key):
        return False  # "Bridget Mulcahy State Political Reporter May 6, 2025 - 5:00AM": a byline's stamp
    if dates.dashed_stamp(line.text, line.words):
        return False  # "نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 19:32": the site's or the writer's stamp
    if _SOURCE_LABEL.match(line.key):
        return False  # "المصدر: طريق الحرير العربية", "Source: Reuters": where the item comes from
    if _ISSUE_LINE.match(line.key):
        return False  # "العدد 52317 - السنة 148", "Vol. 12, No. 48": the print issue's number, the masthead's
    if line.text.endswith((".", "。", "।", ":", "：", ";", "،", ",", "，")) and not line.text.endswith("..."):
        allowed = full_stop and line.text.endswith(".")
        if not allowed and not (line.text.endswith(";") and _GREEK.search(line.text)):  # Greek asks its questions with ";"
            return False
    if line.text.lstrip()[:1] in _BULLETS or line.text.lstrip()[:2] in ("- ", "– "):
        return False  # "• بدء الدراسة الأحد ...", "- Google's voting day doodle": a list's item
    if _figures_strip(line):
        return False  # "السوق الموازي: الدولار 7.12 | اليورو 7.68": a strip of rates, each with its figure
    if _flattened_menu(line) or caption_finder.glued_credit(line.text):
        return False  # a menu on one line; a caption with its credit ("...2021.Credit...Jane Doe")
    if _breadcrumb(line) or _section_path(line):
        return False
    return not ruled or not _ruled(line)


def _section_stamp(line: Line) -> bool:
    """A section's name before a date and a time, over the headline: "The Well Quiz November 6, 2012,
    2:57 pm" (a date line alone heads the headline above it)."""
    return (
        dates.dated_and_timed(line.text, folded=line.key)
        and not dates.is_date_line(line.text, folded=line.key)
        and line.label is not Label.BYLINE  # "كتب - محمود عبد الحليم الثلاثاء 21 أكتوبر 2025 - 01:45 م": the writer's, under the headline
        and not _ruled(line, segment=False)
    )


def _ruled(line: Line, *, segment: bool = True) -> bool:
    """A rule (a lexicon's, a structure pass's, a site's; with `segment`, the header's) has called the
    line something else."""
    passes = ("lexicon.", "segment.", "structure.", "site.") if segment else ("lexicon.", "structure.", "site.")
    return any(rule.startswith(passes) for _, rule, _ in line.decisions)


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


def _flagged_item(line: Line) -> bool:
    """A ticker's item with its label on the line ("عاجل | ...", "BREAKING: ..."): over the masthead's
    date it heads nothing; the article's own headline flagged so wins only when nothing else is there."""
    if line.words <= TICKER_LABEL_WORDS:
        return False
    hit = lexicon.match(line)
    return hit is not None and hit.category.name == "ticker"


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
