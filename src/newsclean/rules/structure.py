"""Context-free classes from a line's shape: length, stopword share, final punctuation, separators.

Each non-blank line gets a class and a score for the region search (rules/region.py):
- good:  prose — long enough with a normal share of function words; scores its word count;
- near:  a short sentence; scores a little;
- short: a fragment (menu item, name, heading); costs a little, so a run of them breaks the text;
- item:  one of a list of lines cut from one template that a sentence ending in a colon announces
         ("Expected highs:", then "Cairo: 38, low 23"...); neutral, it rides with the text around it;
- bad:   a menu written on one line ("Home | News | Sport"), a short line the page repeats
         ("Reply", "Read more", the site name), or one of a series of short lines cut from one
         template ("by Anna on June 3, 2011 at 9:59 am. Reply", "Posted in World | 3 comments");
         costs more.
A heading inside the article is "short" too: it survives because the region around it is prose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from .. import language, lexicon
from ..metadata import captions, dates
from ..normalize import fold
from ..lines import WORD, Line, mostly_numbers
from ..page import Page
from ..types import Label

GOOD_WORDS = 10  # prose lines are at least this long...
GOOD_DENSITY = 0.25  # ...and at least this share of their words are stopwords
UNPUNCTUATED_GOOD_WORDS = 30  # a headline is a long line without final punctuation; prose ends its sentences
LONG_SENTENCE_WORDS = 20  # in a language that attaches its function words to the next word,
ATTACHED_DENSITY = 0.15  # a long sentence is prose at this lower share (a news lead is heavy with nouns)
NEAR_WORDS = 5
NEAR_DENSITY = 0.30
SERIES_MAX_WORDS = 15  # template series are made of short lines...
SERIES_MIN_COUNT = 3  # ...that share a shape with at least two others
REPLY_WORDS = 3  # a comment's reply button ("Reply", "رد", "Répondre")
REPEAT_COST = 1.0
MAX_REPEATED_SHARE = 0.3
SHORT_COST = 3.0
BAD_COST = 5.0
WRAPPED_MIN_WORDS = 4  # every line of a hard-wrapped paragraph but its last has at least this many words
MAX_GAIN = 100.0  # one enormous line (a pasted footer) must not outweigh a whole article

# Separators of one-line menus and breadcrumbs: "Home | News", "Home > World > Europe", "a • b • c"
# (and " - " when most items are a word or three: `_dashed_menu`).
_SEPARATOR_CHARS = frozenset("|•·»›>/\t")
# Items set apart by " | ", " • ", " » "..., or by tabs (a browser's innerText of a menu's cells).
_SEPARATED = regex.compile(r"(?:\s[|•·»›>/]\s.*){2,}|\S\s*\|\s*\S.*\||\S\t+\S.*\t+\S")


MENU_MAX_WORDS = 25
MENU_ITEM_WORDS = 3


def _site_map(line: Line) -> bool:
    """A long line of short items between bars ("main | news | sports | money | ... | real estate"):
    a site map, however many words; a table's row set apart so has longer cells."""
    return line.text.count(" | ") * MENU_ITEM_WORDS >= line.words and not line.ends_sentence


def _has_separator(text: str) -> bool:
    """Cheap test before the regex: most lines have no menu separator at all."""
    return not _SEPARATOR_CHARS.isdisjoint(text)


def classify(page: Page) -> None:
    stopwords = page.stopwords
    attached = page.lang in language.ATTACHED_FUNCTION_WORDS
    unmarked = page.lang in language.UNMARKED_SENTENCES
    counts = page.key_counts
    long_lines = [line for line in page.lines if line.words >= GOOD_WORDS]
    repeats = sum(1 for line in long_lines if counts[line.key] >= 2)
    # Prose is written once, so a long line shown twice is a title or a caption: unless the scraper
    # rendered the whole page twice, in which case repetition says nothing.
    penalise_repeats = repeats <= len(long_lines) * MAX_REPEATED_SHARE
    content = page.content
    rows = _table_rows(content) | _figure_rows(content) | _cell_rows(content)
    page.table_rows = frozenset(rows)
    for line in page.lines:
        if line.blank:
            continue
        if line.index in rows:  # a table of the text, its cells joined with " | " or tabs
            line.cls, line.score = "item", 0.0
            continue
        words = line.words
        if stopwords and words:
            line.density = sum(map(stopwords.__contains__, line.tokens)) / words
            prose = line.density >= GOOD_DENSITY or (
                attached and words >= LONG_SENTENCE_WORDS and line.ends_sentence and line.density >= ATTACHED_DENSITY
            )
            near = line.density >= NEAR_DENSITY
        else:  # no stoplist for this language: lean on punctuation alone (on length where there is none)
            prose = near = line.ends_sentence or unmarked
        sentence = line.ends_sentence
        if line.key[:1].isdigit() and mostly_numbers(line.tokens):
            # "10/21/12 - 10/28/12 (77)", a ticker, a table of scores: numbers are not sentences
            prose = near = sentence = False
        menu = _has_separator(line.text) and (words < MENU_MAX_WORDS or _site_map(line)) and _SEPARATED.search(line.text) or _dashed_menu(line)
        if menu and _lineup(line.text):
            line.cls, line.score = "near", 1.0  # "المصري: عمرو البدري - يوسف الشربيني - ...": a team's names, no menu
        elif menu:
            line.cls, line.score = "bad", -BAD_COST
            if _dated(line):  # "Priya Natarajan · August 4, 2025 · 7 min read": a post's header
                line.decide(Label.BOILERPLATE, "structure.dated-items", "items separated by | or • with a date")
            else:
                line.decide(Label.NAVIGATION, "structure.separated-menu", "items separated by | • » or /")
        elif words < GOOD_WORDS and counts[line.key] >= 2:
            line.cls, line.score = "bad", -BAD_COST
        elif penalise_repeats and counts[line.key] >= 2:
            line.cls, line.score = "repeated", -REPEAT_COST
        elif words >= GOOD_WORDS and prose and (sentence or words >= UNPUNCTUATED_GOOD_WORDS):
            line.cls, line.score = "good", min(float(words), MAX_GAIN)
        elif words >= NEAR_WORDS and (sentence or near):
            line.cls, line.score = "near", 1.0
        else:
            line.cls, line.score = "short", -SHORT_COST
    _wrapped_paragraphs(page)
    page.live_stamps = _live_stamps(content)
    for index in page.live_stamps:  # an update's time is part of the live text, not a fragment
        page.lines[index].cls, page.lines[index].score = "item", LIVE_STAMP_SCORE
    _template_series(page)
    _announced_lists(page)
    _figure_runs(content)
    _bulleted_lists(content)
    _gallery(page)
    page.code_lines = _code_listings(content)
    _embedded_posts(content)
    _clips_in_text(content)
    _facebook_posts(content)
    _post_navigation(content)
    _dated_teasers(content)
    _excerpt_teasers(content)
    page.contents = _table_of_contents(content)


TOC_ITEM_WORDS = 15
TOC_MIN_ITEMS = 3


def _table_of_contents(content: Sequence[Line]) -> frozenset[int]:
    """A table of contents: a run of short lines that all come back further down, in the same
    order, with prose after each later copy (the text's subheadings). The run goes, at no cost to
    the text around it; its later copies are the text's subheadings, not repeats. A list shown
    twice (teasers above and below the text) comes back with nothing between its items."""
    later: dict[str, list[int]] = {}
    for position, line in enumerate(content):
        later.setdefault(line.key, []).append(position)
    contents: set[int] = set()
    position = 0
    while position < len(content):
        copies: list[int] = []  # where the run's lines come back
        end = position
        while end < len(content) and content[end].words <= TOC_ITEM_WORDS:
            shown = later[content[end].key]  # once in the contents, once as a subheading over its prose
            again = shown[1] if len(shown) == 2 and shown[0] == end else None
            if again is None or (copies and again <= copies[-1]) or not _over_prose(content, again):
                break
            copies.append(again)
            end += 1
        # Each copy stands over its prose (_over_prose), so copies next to each other leave one without.
        adjacent = any(later_copy == copy + 1 for copy, later_copy in zip(copies, copies[1:]))
        if end - position < TOC_MIN_ITEMS or copies[0] < end or adjacent:
            position += 1
            continue
        heading = content[position - 1] if position else None  # "Contents", "Índice", "Sommaire"
        first = position - 1 if heading is not None and _contents_heading(heading, later) else position
        for line in content[first:end]:
            contents.add(line.index)
            line.cls, line.score = "short", 0.0
            line.decide(Label.BOILERPLATE, "structure.table-of-contents", f"{end - position} items the text repeats as subheadings")
        for again in copies:
            subheading = content[again]
            if subheading.cls in ("bad", "repeated"):  # shown twice for the contents' sake, not chrome
                subheading.cls, subheading.score = "short", -SHORT_COST
        position = end
    return frozenset(contents)


TOC_HEADING_WORDS = 4


def _contents_heading(line: Line, later: dict[str, list[int]]) -> bool:
    """A short label over the contents ("Contents", "In this article"), shown once."""
    return line.cls == "short" and line.words <= TOC_HEADING_WORDS and not line.ends_sentence and len(later[line.key]) == 1


def _over_prose(content: Sequence[Line], position: int) -> bool:
    """The line stands over a paragraph, over a list's lead-in ("..., وهم:"), over a question it
    answers ("أسئلة وأجوبة" / "هل تعود الحصوات؟") or over a list's marked items ("- ألم حاد ...")."""
    if position + 1 >= len(content):
        return False
    below = content[position + 1]
    if below.cls == "good" or below.cls == "near" and below.text.rstrip()[-1:] in ":：":
        return True
    if marked_item(below.text):
        return position + 2 < len(content) and marked_item(content[position + 2].text)
    return below.cls in ("near", "short") and below.text.rstrip()[-1:] in "?؟"


LIVE_MIN_STAMPS = 3
LIVE_STAMP_SCORE = 1.0  # as a short sentence: the text may start with its first update's time
# "18:20", "9.05", "16 h 20", "9:41 PM CDT", "10:05 GMT" (a time zone after a time of day; not "12.50 EUR")
# "18:20", "16 h 20", "6.35 p.m.", "17:05 GMT", "18.40 Uhr" (German writes the hour's word after it)
_BARE_TIME = regex.compile(
    r"^\W*(\d{1,2})(?:[:.]|\s?h\s?)(\d{2})(?:\s?(?P<half>[aApP])\.?[mM]\.?|\s(?P<half>[صم]))?(?:\s(?:[A-Z]{1,3}T|UTC|Uhr))?\W*$"
)  # "9:41 PM", "١٠:٤١ م" (م: evening, ص: morning)


# A time's zone in brackets after it: "18:40 (بتوقيت مكة المكرمة)", "16:45 (GMT)", "9:10 (heure de Paris)".
_ZONE_NOTE = regex.compile(
    r"\s*[(\[](?:بتوقيت|توقيت|gmt|utc|heure|hora|ora|time|zeit|(?-i:[A-Z]{1,2}[SD]?T)\b)[^()\[\]]{0,40}[)\]]\W*$", regex.IGNORECASE
)
ZONE_NOTE_WORDS = 4


def _bare_time(line: Line) -> regex.Match[str] | None:
    """A bare time's match on the line, a zone note after it set aside, or None."""
    text = line.text
    if text.endswith((")", "]")):
        note = _ZONE_NOTE.search(text)
        if note is not None:
            text = text[: note.start()]
            if len(WORD.findall(text)) > LIVE_STAMP_WORDS:
                return None
    elif line.words > LIVE_STAMP_WORDS:
        return None
    return _BARE_TIME.match(text)


def _live_stamps(content: list[Line]) -> frozenset[int]:
    """A live page's updates under bare times, in the order of the clock ("18:20", "17:05", "16:40"):
    three at least, all going one way (a box of videos' running times, "02:41", "01:15", goes both)."""
    stamps = [
        (line.index, _minutes(found))
        for line in content
        if line.words <= LIVE_STAMP_WORDS + ZONE_NOTE_WORDS
        and (found := _bare_time(line)) is not None
        and int(found[1]) < 24
        and int(found[2]) < 60
    ]  # "89.51" in a table of figures is no time
    times = [minutes for _, minutes in stamps]
    if len(stamps) < LIVE_MIN_STAMPS or not _one_way(times) or _in_a_row(content, stamps) or not _told(content, stamps):
        return _match_minutes(content) or _stamped_updates(content, _relative_live_stamp) or _stamped_updates(content, _day_and_time)
    # The newest updates of a live page may be stamped "10 minutes ago", "منذ 45 دقيقة" instead.
    relative = {line.index for line in content if line.words <= LIVE_STAMP_WORDS and _relative_stamp(line)}
    return frozenset(index for index, _ in stamps) | relative


def _told(content: list[Line], stamps: list[tuple[int, int]]) -> bool:
    """A live update tells its news in a sentence under its time; a list of the latest headlines,
    each under its time ("11:48" / "المرور العامة تعلن قطوعات مؤقتة ..."), has none: half the
    updates at least hold a sentence."""
    position = {line.index: number for number, line in enumerate(content)}
    starts = [position[index] for index, _ in stamps]
    told = 0
    for start, end in zip(starts, [*starts[1:], starts[-1] + LIVE_UPDATE_LINES + 1]):
        update = content[start + 1 : min(end, start + 1 + LIVE_UPDATE_LINES)]
        told += any(line.ends_sentence and line.cls in ("good", "near") for line in update)
    return told * 2 >= len(stamps)


LIVE_UPDATE_LINES = 4  # lines under a live update's time where its sentence shows (a title, a picture first)


def _in_a_row(content: list[Line], stamps: list[tuple[int, int]]) -> bool:
    """A live update stands under its time; times in a row are a timetable's cells ("07.15", "07.45")."""
    position = {line.index: number for number, line in enumerate(content)}
    in_a_row = sum(1 for (a, _), (b, _) in zip(stamps, stamps[1:]) if position[b] == position[a] + 1)
    return in_a_row * 2 >= len(stamps)


def _relative_live_stamp(line: Line) -> bool:
    """ "منذ 20 دقيقة", "منذ ساعة", "2 hours ago" alone on its line."""
    return line.words <= LIVE_STAMP_WORDS and has_time(line) and _relative_stamp(line)


# "9 كانون الأول - 08:10", "3 mars, 14h05", "March 3 - 9:41 PM": a day and a month without a year, then a time.
_DAY_MONTH_TIME = regex.compile(
    r"^\W*(?:\d{1,2}\s+(?P<month>\p{L}+(?:\s\p{L}+)?)|(?P<month>\p{L}+)\s+\d{1,2})\s*[-–—,،|]?\s*(?P<time>\d{1,2}(?:[:.]|\s?h\s?)\d{2}.*)$"
)
DAY_TIME_WORDS = 7


def _day_and_time(line: Line) -> bool:
    """A live update's stamp that gives its day and its time, no year: "9 كانون الأول - 08:10"."""
    if line.words > DAY_TIME_WORDS:
        return False
    found = _DAY_MONTH_TIME.match(line.text)
    return found is not None and dates.is_month_name(found["month"]) and _BARE_TIME.match(found["time"]) is not None


def _stamped_updates(content: list[Line], is_stamp: Callable[[Line], bool]) -> frozenset[int]:
    """A live page stamped with relative times ("منذ 20 دقيقة", "2 hours ago") or with a day and a time
    ("9 كانون الأول - 08:10"), not with bare times: three stamps at least, each over an update's text,
    under the text of the update before (not under a reader's name, as a comment's stamp is), and no
    comment's reply button among them."""
    positions = [position for position, line in enumerate(content) if is_stamp(line)]
    if len(positions) < LIVE_MIN_STAMPS:
        return frozenset()
    for number, position in enumerate(positions):
        below = content[position + 1 : position + 3]
        if not any(line.cls == "good" for line in below):
            return frozenset()
        if number and content[position - 1].cls not in ("good", "near"):
            return frozenset()
    between = content[positions[0] : positions[-1]]
    if any(line.words <= REPLY_WORDS and (hit := lexicon.match(line)) is not None and hit.category.name == "comments" for line in between):
        return frozenset()
    return frozenset(content[position].index for position in positions)


# A live match's minute marks: "12'", "45+2'", "90+4’".
_MATCH_MINUTE = regex.compile(r"^\W*(\d{1,3})(?:\s?\+\s?(\d{1,2}))?\s?['’′]\W*$")
MATCH_MINUTES = 120


def _match_minutes(content: list[Line]) -> frozenset[int]:
    """A live match report's entries under bare minute marks, in the order of play ("90+4'", "86'",
    ... "12'"): three at least, all going one way."""
    marks = [
        (line.index, int(found[1]) * 100 + int(found[2] or 0))
        for line in content
        if line.words <= 2 and line.text[-1:] in "'’′" and (found := _MATCH_MINUTE.match(line.text)) and int(found[1]) <= MATCH_MINUTES
    ]
    order = [minute for _, minute in marks]
    if len(marks) < LIVE_MIN_STAMPS or not (order == sorted(order) or order == sorted(order, reverse=True)):
        return frozenset()
    return frozenset(index for index, _ in marks)


DAY_MINUTES = 24 * 60


def _one_way(times: list[int]) -> bool:
    """Clock times that all go one way, newest first or oldest first, crossing midnight once at
    most ("00:40", "23:55", "23:10": a step back of more than half a day is the next day)."""
    for sign in (1, -1):
        against = [b - a for a, b in zip(times, times[1:]) if (b - a) * sign < 0]
        if not against or len(against) == 1 and abs(against[0]) > DAY_MINUTES // 2:
            return True
    return False


def _relative_stamp(line: Line) -> bool:
    """ "منذ 10 دقائق", "2 hours ago": a stamp without a date or a time of day."""
    return _bare_time(line) is None and _dateless_stamp(line)


def _dateless_stamp(line: Line) -> bool:
    """A stamp line without a date: a time of day or a relative time ("17:48 GMT", "منذ 5 دقائق")."""
    return dates.is_date_line(line.text, folded=line.key) and not dates.find_dates(line.text, folded=line.key)


LIVE_STAMP_WORDS = 4  # "9", "41", "pm", "cdt"


def _minutes(found: regex.Match[str]) -> int:
    """Minutes after midnight of a stamp's time: "9:41 PM" comes after "11:50 AM"."""
    hours = int(found[1]) % 12 if found["half"] else int(found[1])
    return (hours + (12 if (found["half"] or "").lower() in ("p", "م") else 0)) * 60 + int(found[2])


TABLE_MIN_ROWS = 3
TABLE_MIN_CELLS = 2
# A number, maybe signed, a percentage, or a price with its currency's sign first ("$1.120", "€ 4,50", "R$ 12").
_NUMBER_CELL = regex.compile(r"^[-+−–]?\s?(?:\p{Lu}{0,3}\p{Sc}\s?)?[\p{Nd}][\p{Nd}.,٫٬\s]*%?$")


def _table_rows(content: list[Line]) -> set[int]:
    """Rows of a table a scraper joined with " | " or tabs: three lines or more in a row with the same
    number of cells (two or more), most of them holding figures ("الأسمدة | 703 | 655 | -6.8",
    "مريم أحمد | ٢٧٩٫٥"), a header row allowed. A menu's items are words, not figures."""
    rows: set[int] = set()
    run: list[Line] = []
    cells = 0
    for line in [*content, None]:
        count = len(_cells(line.text)) if line is not None else 0
        if count >= TABLE_MIN_CELLS and count == cells:
            run.append(line)  # type: ignore[arg-type]
            continue
        if len(run) >= TABLE_MIN_ROWS and _with_figures(run) >= len(run) - 1:
            rows.update(row.index for row in run)
        run, cells = ([line], count) if line is not None and count >= TABLE_MIN_CELLS else ([], 0)
    return rows


# "Euro 1.0842 1.0851"; a league table's row with its rank first: "1 Invercairn Thistle 27 19 5 3 +38 62".
_FIGURES_ROW = regex.compile(
    r"^(?P<rank>[\p{Nd}]{1,3}[.)]?\s+)?(?P<label>[^\d\p{Nd}|\t]{2,40}?)(?P<figures>(?:\s+[-+−]?[\p{Nd}][\p{Nd}.,٫٬]*%?){2,8})\s*$"
)


def _figure_rows(content: list[Line]) -> set[int]:
    """Rows of a table a scraper joined with spaces: three lines or more in a row, each a label and
    the same number (two or more) of figures ("الدولار الأمريكي 89400 89700", "Euro 1.0842 1.0851"),
    with the header row above them when it has one word per column ("العملة شراء مبيع")."""
    rows: set[int] = set()
    run: list[Line] = []
    columns = 0
    for position, line in enumerate([*content, None]):
        found = _FIGURES_ROW.match(line.text.strip()) if line is not None else None
        if found and dates.find_dates(line.text, folded=line.key):  # "Jun 11, 2024" is a date, not a row
            found = None
        count = len(found["figures"].split()) + bool(found["rank"]) if found else 0  # the rank is a column too
        if count and count == columns:
            run.append(line)  # type: ignore[arg-type]
            continue
        if len(run) >= TABLE_MIN_ROWS:
            rows.update(row.index for row in run)
            start = position - len(run)
            header = content[start - 1] if start > 0 else None
            if header is not None and header.words == columns + 1 and not any(char.isdigit() for char in header.text):
                rows.add(header.index)
        run, columns = ([line], count) if count else ([], 0)  # type: ignore[list-item]
    return rows


CELL_WORDS = 6  # a table's cell scraped alone on its line: a name, a figure, a column's heading
TABLE_COLUMNS = range(2, 7)
ANNOUNCING_WORDS = 6
TABLE_REACH = 5  # lines above a table's subheading where the paragraph before it may stand
TABLE_LEAD = 4  # short lines over a table's first cell: its subheading, a teaser's or a paywall's buttons


def _cell_rows(content: list[Line]) -> set[int]:
    """The cells of tables scraped one cell per line ("Nairobi", "174.63", "168.06", "Mombasa", ...)
    under a sentence that announces them with a colon ("... are as follows:"; a sidebar's "Most
    popular" list with its counts has none), or under their subheading after a paragraph: see
    `_table_in_run` and `cell_table`."""
    rows: set[int] = set()
    position = 0
    while position < len(content):
        end = position
        while end < len(content) and _cell_line(content[end]):
            end += 1
        if end == position:
            position += 1
            continue
        first, table = _table_in_run(content, position, end)
        rows.update(line.index for line in content[first : first + table])
        position = end
    return rows


def _table_in_run(content: list[Line], position: int, end: int) -> tuple[int, int]:
    """(first cell, number of cells) of the table the run of short lines content[position:end]
    holds, or (position, 0). The table may open under its subheading ("La classifica")."""
    for skip in (0, 1):  # under a sentence that announces it with a colon
        above = content[position + skip - 1] if position + skip > 0 else None
        if above is None or above.words < ANNOUNCING_WORDS or above.text.rstrip()[-1:] not in ":：":
            continue
        table = cell_table(content[position + skip : end])
        if table:
            return position + skip, table
    # Under its subheading alone, after a paragraph (a clip's teaser or a paywall's buttons may stand
    # between them): "إحصائيات المباراة" / "الإحصائية" / "شباب الأهلي" / "العين" / "الاستحواذ" / "57%" /
    # "43%" ...; three columns at least, two of them figures (a sidebar's headlines and their counts
    # have two).
    if any(line.words >= GOOD_WORDS and line.ends_sentence for line in content[max(0, position - TABLE_REACH) : position]):
        for lead in range(1, TABLE_LEAD + 1):
            table = cell_table(content[position + lead : end], min_figures=2)
            if table:
                return position + lead, table
    return position, 0


def _cell_line(line: Line) -> bool:
    return 0 < line.words <= CELL_WORDS and line.text.rstrip()[-1:] not in ".!?؟:"


def cell_table(cells: list[Line], min_figures: int = 1) -> int:
    """How many of these lines, from the first, make a table: an optional header row of names, then
    three rows or more of one width whose columns keep their kind (a name or a figure) from row to
    row, `min_figures` columns of figures at least and one of names. 0 when they make none."""
    kinds = [_figure_line(cell) for cell in cells]
    counted = [_counted(cell) for cell in cells]
    # A number with its unit's word ("3 bedroom", "400 ليرة") fits a column of either kind: the
    # columns are read with it as a name, then as a figure ("دمشق", "400 ليرة", "4500 ليرة").
    shown = [kind or count for kind, count in zip(kinds, counted)]
    return max(_rows_of_width(kinds, counted, read, width, min_figures) for read in (kinds, shown) for width in TABLE_COLUMNS)


def _rows_of_width(kinds: list[bool], counted: list[bool], read: list[bool], width: int, min_figures: int) -> int:
    """The cells that make a table `width` columns wide, its columns' kinds as `read` from its first row."""
    # The header row: names, or years over columns of figures ("Six months to December", "2024",
    # "2023", "Change" over "Revenue", "R4.82bn", "R4.31bn", "+11.8%").
    head, body = tuple(kinds[:width]), tuple(read[width : 2 * width])
    headed = len(kinds) >= 2 * width and head != body and all(not cell or under for cell, under in zip(head, body))
    start = width if headed else 0
    pattern = tuple(read[start : start + width])
    if len(pattern) < width or all(pattern) or sum(pattern) < min_figures:
        return 0
    rows = 0
    while _fits(kinds[start + rows * width : start + (rows + 1) * width], counted[start + rows * width :], pattern):
        rows += 1
    return start + rows * width if rows >= TABLE_MIN_ROWS else 0


def _fits(row: list[bool], counted: list[bool], pattern: tuple[bool, ...]) -> bool:
    """The row's cells keep the columns' kinds; a number with its unit's word fits either kind."""
    return len(row) == len(pattern) and all(kind == want or loose for kind, loose, want in zip(row, counted, pattern))


def _figure_line(line: Line) -> bool:
    """A cell that is a figure: "174.63", "12%", "+3,5", "R4.82bn", "$12m" (a currency's sign or a
    unit of a letter or two around the number)."""
    return bool(line.tokens) and all(token[0].isdigit() or _UNIT_FIGURE.match(token) for token in line.tokens)


def _counted(line: Line) -> bool:
    """ "45 dakika", "3 hours": a number and its unit's word, a cell of either kind (a figure's, or a
    name's in a column of "1 bedroom", "5+ bedroom")."""
    return _NUMBER_AND_UNIT.match(line.text.strip()) is not None


# A number (a currency's sign before it, thousands in it) and its unit's word: "3 hours", "₹1,876 cr"
_NUMBER_AND_UNIT = regex.compile(r"^[^\w\s]{0,2}\s?\d[\d.,٫٬]*\+?\s\p{L}[\p{L}\p{Mn}]{0,14}\.?$")


_UNIT_FIGURE = regex.compile(r"^\p{L}{1,2}\d[\d.,]*\p{L}{0,3}$|^\d[\d.,]*\p{L}{1,3}$")


def _with_figures(rows: list[Line]) -> int:
    """How many rows hold a figure in a cell after the first: a number, a cell that opens with one
    ("6 h 15", "60 % de l'offre"), a date, or a dash for a figure missing ("—")."""
    return sum(1 for row in rows if any(_figure_cell(cell.strip()) for cell in _cells(row.text)[1:]))


def _figure_cell(cell: str) -> bool:
    """A figure, or a date: a timetable's "الخميس 30 أكتوبر 2025" is a value as much as "6 h 15"."""
    if _NUMBER_CELL.match(cell) is not None or cell[:1].isdigit() or cell in ("-", "–", "—", "−"):
        return True
    return any(char.isdigit() for char in cell) and dates.is_date_line(cell)


def _cells(text: str) -> list[str]:
    """A row's cells, joined with " | " or with tabs (a browser's innerText of a table); [] otherwise."""
    if " | " in text:
        return text.split("|")
    if "\t" in text:
        cells = [cell for cell in text.split("\t") if cell.strip()]
        return cells if len(cells) > 1 else []
    return []


DASHED_MENU_ITEMS = 5  # "Site - Home - Markets - Energy - Property - ...": a menu flattened with dashes
DASHED_ITEM_WORDS = 3


def _dashed_menu(line: Line) -> bool:
    """A menu a scraper joined with " - ": five items or more, nearly all of one to three words."""
    if " - " not in line.text:
        return False
    items = line.text.split(" - ")
    if len(items) < DASHED_MENU_ITEMS:
        return False
    short = sum(1 for item in items if 0 < len(item.split()) <= DASHED_ITEM_WORDS and item.strip()[-1:] not in ".!?؟")
    return short >= 0.7 * len(items)


GALLERY_MIN_COUNTERS = 3
GALLERY_LINES = 3  # a counter, its caption and its credit


def _gallery(page: Page) -> None:
    """A photo gallery inside the article ("1 / 9", caption, credit, "2 / 9", ...) costs the text
    nothing: the region search reaches the paragraph after it (its captions and counters are
    labelled later, as captions and navigation)."""
    content = page.content
    counters = [n for n, line in enumerate(content) if line.words <= 4 and captions.gallery_counter(line)]
    if len(counters) < GALLERY_MIN_COUNTERS:
        return
    for n in counters:
        for line in content[n : n + GALLERY_LINES]:
            if line.cls in ("short", "near", "bad") and (line is content[n] or not captions.gallery_counter(line)):
                line.score = 0.0


CODE_MIN_MARKED = 3  # a code listing has at least this many lines that only code writes...
CODE_MARKED_SHARE = 0.25  # ...and they are at least a quarter of its lines (a schema: "type User {", six fields, "}")
CODE_LINE_WORDS = 8  # the other lines are short ("id: ID!", "else", "end")
CODE_MAX_WORDS = 25
CODE_ASCII_SHARE = 0.95
# What only code writes: a line ending in "{" or "(", closing brackets alone, a comment's mark,
# a shell prompt or command, an assignment, a call or an object's field filling the line, a keyword
# that opens a statement, a tag.
_CODE = regex.compile(
    r"""(?x)
    (?: [{(\[\\] | =>) \s*$
    | ^\s*[})\]]+[;,)]*\s*$
    | ^\s*(?: // | /\* | \*/ | \#\s[A-Za-z] | \$\s | >>>\s )
    | ^\s*[\w.$\[\]'"]+\s*(?:[-+*/|&]?=|:=)\s*\S
    | ^\s*[\w.$]+\(
    | ^\s*(?:git|cd|sudo|apt|apt-get|pip|pip3|npm|npx|yarn|composer|php|python|python3|node|docker|kubectl|curl|wget|make|mkdir|chmod|export|brew)\s\S
    | ^\s*[\w'"]+\s*:\s*\S.*,\s*$
    | ^\s*(?: import\s[\w.]+ | from\s[\w.]+\simport\b | def\s\w+\( | class\s\w+ | function\b | const\s\w | let\s\w
             | var\s\w | return\b | fn\s\w | pub\s | \#include | package\s\w | SELECT\s | INSERT\sINTO | CREATE\sTABLE )
    | ^\s*</?[a-zA-Z][\w-]*(?:\s[^>]*)?/?>\s*$
    """
)


def code_line(line: Line) -> bool:
    """A line only a program's source writes: "type User {", "}", "x = fetch(url)", "# comment"."""
    text = line.text
    if line.words > CODE_MAX_WORDS:
        return False
    if not text.isascii() and sum(char.isascii() for char in text) < CODE_ASCII_SHARE * len(text):
        return False
    if _CODE.search(text) is not None:
        return True
    # A statement's ";" after code's signs, or after a word or two ("SAVEPOINT s;"); the items of a
    # list end so in prose too ("domenica 22 giugno, visite guidate (gratuite);"): three words in a row are prose.
    return _STATEMENT.search(text) is not None and _PROSE_RUN.search(text) is None


_STATEMENT = regex.compile(r"[=(){}\[\]<>$].*;\s*$|^\s*\S+(?:\s\S+)?;\s*$")
_PROSE_RUN = regex.compile(r"\p{L}+(?: \p{L}+){2}")


def _code_listings(content: Sequence[Line]) -> frozenset[int]:
    """A listing of code in the text (a tech blog's schema, a shell session): lines that only code
    writes, the short lines between them riding along. They cost nothing, so the text goes on past
    a long listing (its fragments would end the main text); the lexicons leave them alone
    ("email: String!" is a field, not a share button)."""
    found: list[int] = []
    run: list[tuple[Line, bool]] = []  # the listing's lines so far, each with whether only code writes it
    for line in [*content, None]:
        coded = line is not None and code_line(line)
        if line is not None and (coded or run and line.words <= CODE_LINE_WORDS and line.text.isascii()):
            run.append((line, coded))
            continue
        while run and not run[-1][1]:  # short lines after the listing are not its own
            run.pop()
        marked = sum(coded for _, coded in run)
        if marked >= CODE_MIN_MARKED and marked >= CODE_MARKED_SHARE * len(run):
            for member, _ in run:
                member.cls, member.score = "item", 0.0
                member.decide(Label.BODY, "structure.code-listing", "a line of a code listing in the text")
                found.append(member.index)
        run = []
    return frozenset(found)


POST_STAMP_REACH = 4  # lines under the @handle where the post's stamp may stand (the post's text between)
_POST_STAMP = regex.compile(r"^\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?|ص|م)?\s?·\s?\S.{2,30}\d{4}(?:\s?·.{0,40})?$")
_HANDLE = regex.compile(r"^\W{0,2}@[\w.]{2,30}\W{0,2}$")  # "@TehranFarmandari", "(@nasa)"
POST_NAME_WORDS = 6


def is_handle(text: str) -> bool:
    """ "@KRG_Meteo", "(@nasa)" alone on a line: an embedded post's account."""
    return _HANDLE.match(text) is not None


def _embedded_posts(content: list[Line]) -> None:
    """An X or Instagram post set in the text, as innerText renders it: under a paragraph, the
    account's name over its "@handle" (a "·" after them): its header goes, its text stays. A post
    embedded as a blockquote (its text over "— Name (@handle) March 3, 2025") goes whole: the
    signature says the line above is the post's; unless the text quotes it ("... wrote on X:"). So
    does an Instagram embed: "View this post on Instagram", the post, "A post shared by Name (@handle)"."""
    for position, line in enumerate(content):
        if position and _HANDLE_SIGNATURE.search(line.text) and line.words <= POST_SIGNATURE_WORDS:
            # "View this post on Instagram" / the post's text / "A post shared by Name (@handle)"
            low = max(0, position - POST_TEXT_LINES - 1)
            opener = next((n for n in range(low, position) if "instagram" in content[n].key and content[n].words <= POST_SIGNATURE_WORDS), None)
            if opener is not None:
                # (unless the text quotes it: "... she wrote on Instagram:")
                quoted = opener > 0 and content[opener - 1].text.rstrip()[-1:] in (":", "：")
                post = [other for other in content[opener + 1 : position] if not other.decisions]
                if not quoted:
                    _set_apart(post, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's text, between its link and its signature")
                continue
        if position and _TWEET_SIGNATURE.match(line.text.strip()):
            post = content[position - 1]  # a blockquote's text over "— Name (@handle) March 3, 2025"
            quoted = position >= 2 and content[position - 2].text.rstrip()[-1:] in (":", "：")  # "... wrote on X:"
            if len(post.text) <= TWEET_CHARS and not post.decisions and not quoted:
                _set_apart([post], Label.BOILERPLATE, "structure.embedded-post", "an embedded post's text, over its signature")
            if not line.decisions:  # (its place in the text's run stays: a label, not a fragment's cost)
                line.decide(Label.BOILERPLATE, "structure.embedded-post", "an embedded post's signature")
            continue
        if position < 2 or not is_handle(line.text):
            continue
        name = _poster_name(content, position, POST_NAME_WORDS)
        if name is None:
            continue
        header = [name, line]
        if position + 1 < len(content) and not any(char.isalnum() for char in content[position + 1].text):
            header.append(content[position + 1])  # "·"
        _set_apart(header, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's account: name, @handle")
        for below in content[position + 1 : position + 1 + POST_STAMP_REACH]:
            if _POST_STAMP.match(below.text.strip()):  # "4:12 PM · Jun 12, 2025" under the post's text
                _set_apart([below], Label.BOILERPLATE, "structure.embedded-post", "an embedded post's time stamp")
                break


# An Instagram post embedded: "View this post on Instagram", its text, "A post shared by Name (@handle)".
_HANDLE_SIGNATURE = regex.compile(r"\(@[\w.]{1,30}\)\s*$")
POST_SIGNATURE_WORDS = 12
POST_TEXT_LINES = 3  # lines of the post's text between the link and the signature, at most
# An X post embedded as a blockquote: its text, then "— AV Carpesa Viva (@carpesaviva) March 3, 2025".
# (the day first in most languages: "— Boerenbelang Woerden (@BoerenbelangWrd) 8 april 2025")
_TWEET_SIGNATURE = regex.compile(r"^[—–-]\s?[^()]{1,60}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s\d{1,2},?|\d{1,2}\.?\s\p{L}+\.?)\s\d{4}$")
TWEET_CHARS = 330  # 280 characters and a picture's link


def _poster_name(content: list[Line], position: int, most_words: int) -> Line | None:
    """The account's or page's name right over an embedded post's handle or stamp, itself right
    under a paragraph of the text: a few words, no sentence."""
    name, above = content[position - 1], content[position - 2]
    if above.cls != "good" or name.words > most_words or name.ends_sentence:
        return None
    return name


_CLIP_TIME = regex.compile(r"^\(\d{1,2}:\d{2}(?::\d{2})?\)$")  # "(1:31)": a running time in brackets
CLIP_TITLE_WORDS = (3, 20)


def _clips_in_text(content: list[Line]) -> None:
    """A video set between two paragraphs of the text: its title over its running time in brackets
    ("Why the bank of the future will look like an Apple store" / "(1:31)"). Both go; they cost
    nothing, so the text goes on past them (a headline over a stamp would start the next article)."""
    low, high = CLIP_TITLE_WORDS
    for position in range(2, len(content) - 1):
        line = content[position]
        if not _CLIP_TIME.match(line.text.strip()):
            continue
        title, above, below = content[position - 1], content[position - 2], content[position + 1]
        if above.cls != "good" or below.cls != "good" or title.ends_sentence or not low <= title.words <= high or title.decisions:
            continue
        for clip in (title, line):
            clip.cls, clip.score = "bad", 0.0
            clip.decide(Label.BOILERPLATE, "structure.clip-in-text", "a video's title and running time inside the text")


def _set_apart(lines: Sequence[Line], label: Label, rule: str, detail: str) -> None:
    """Chrome that a line's shape and its neighbours give away: each line costs as a fragment the
    page repeats, and carries the rule that found it."""
    for line in lines:
        line.cls, line.score = "bad", -BAD_COST
        line.decide(label, rule, detail)


_PREVIOUS = regex.compile(r"^[«‹←]\s+[^»›→]+$")
_NEXT = regex.compile(r"^[^«‹←]+\s[»›→]$")


def _post_navigation(content: list[Line]) -> None:
    """A blog's links to the posts before and after this one, one above the other: "« Older post's
    title" then "Newer post's title »". Set apart by their arrows, they read like headlines; a quote in
    French guillemets opens and closes on one line."""
    for above, below in zip(content, content[1:]):
        if _PREVIOUS.match(above.text) and _NEXT.match(below.text):
            _set_apart((above, below), Label.NAVIGATION, "structure.post-navigation", "links to the previous and next posts")


POST_TAIL_LINES = 8  # counters and buttons under an embedded post's text ("248", "37 تعليقاً", "أعجبني")
POST_TAIL_WORDS = 5  # ...each a few words ("عرض المزيد على فيسبوك")
_POST_STAMP_DOT = regex.compile(r"\s·\s*$")
POST_STAMP_WORDS = 8  # "15 يوليو الساعة 7:45 م ·", "Yesterday at 3:15 PM ·"
PAGE_NAME_WORDS = 10  # a Facebook page's name: "المؤسسة العامة لمياه الشرب والصرف الصحي بدمشق وريفها"


def _post_stamp(line: Line) -> bool:
    """A post's stamp as Facebook prints it, ending with a dot: a date or a time, a few words."""
    return (
        _POST_STAMP_DOT.search(line.text) is not None
        and line.words <= POST_STAMP_WORDS
        and any(char.isdigit() for char in line.text)
    )


def _facebook_posts(content: list[Line]) -> None:
    """A Facebook post set in the text, as innerText renders it: under a paragraph, the page's name
    over its stamp ending with a dot ("3 فبراير 2025 ·"), the post's text, then its counters and
    buttons ("248", "37 تعليقاً", "112 مشاركة", "أعجبني", "عرض المزيد على فيسبوك"). The header, the
    counters and the buttons go (a count of comments there is no "Comments" heading); the text stays."""
    for position, line in enumerate(content):
        if position < 2 or not _post_stamp(line):
            continue
        name = _poster_name(content, position, PAGE_NAME_WORDS)
        if name is None:
            continue
        members = [name, line]
        # (the post's text may be one short sentence: "ندعو جميع المزارعين إلى المشاركة في سوق العنب")
        text = next((number for number in range(position + 1, min(len(content), position + 4)) if content[number].cls in ("good", "near")), None)
        if text is not None:
            for other in content[text + 1 : text + 1 + POST_TAIL_LINES]:
                if other.cls == "good" or other.words > POST_TAIL_WORDS or other.ends_sentence:
                    break
                members.append(other)
        _set_apart(members, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's header, counters or buttons")


def _dated(line: Line) -> bool:
    """ "Priya Natarajan · August 4, 2025 · 7 min read": a header's items, not a menu's."""
    return any(char.isdigit() for char in line.text) and bool(dates.find_dates(line.text, folded=line.key))


def shape(line: Line, stopwords: frozenset[str]) -> str:
    """A line's template: function words kept, numbers as "#", other words as "w", runs collapsed.

    "by james on January 31, 2011 at 9:59 am. Reply #" and "by Jane Copland on February 1, 2011 at
    8:27 am. Reply #" share the shape "by w on w # at # w"... so a comment section's stamps, or a list
    of teasers, shows up as one shape repeated, whatever the names and dates.
    """
    if any(token[0].isdigit() for token in line.tokens):
        stopwords = frozenset()  # a stamp's words vary with the date ("الثاني", "mai"): keep only w/#
    symbols: list[str] = []
    for token in line.tokens:
        symbol = token if token in stopwords else ("#" if token[0].isdigit() else "w")
        if not symbols or symbols[-1] != symbol:
            symbols.append(symbol)
    if _TIME.search(line.key):  # a time of day sets stamps apart from other lines of words and numbers
        symbols.append("@")
    return " ".join(symbols)


_LINEUP_LABEL = regex.compile(r"^(?P<label>[^:：\d]{2,50})[:：]\s+(?P<names>.+)$")
LINEUP_NAMES = 5  # a team's line-up names eleven players; a menu's line opens with no label
LINEUP_NAME_WORDS = 4
LINEUP_LABEL_WORDS = 6  # the team's name, or "the starting eleven of" and the team's name ("التشكيلة الأساسية لشبيبة القبائل")


def _lineup(text: str) -> bool:
    """A label and a colon, then names joined by dashes ("المصري: عمرو البدري - يوسف الشربيني - ..."):
    a team's line-up in a match report (joined by commas, the line is no menu, and a tag list's
    "Tagged as: a, b, c" is its lexicon's)."""
    found = _LINEUP_LABEL.match(text)
    if found is None or len(found["label"].split()) > LINEUP_LABEL_WORDS:
        return False
    names = [name.strip() for name in regex.split(r"\s[-–]\s", found["names"]) if name.strip()]
    if len(names) >= 3 and all(_ADDRESS_PART.match(name) for name in names[1:]) and any(char.isdigit() for char in found["names"]):
        return True  # an address: "الرجال: ديوان الفيلكاوي - الروضة - قطعة 3 - شارع 34 - منزل 12"
    return len(names) >= LINEUP_NAMES and all(
        1 <= len(name.split()) <= LINEUP_NAME_WORDS and not any(char.isdigit() for char in name) for name in names
    )


# A part of an address: a place's name, or a word and its number ("قطعة 3", "شارع 34", "Block 4").
_ADDRESS_PART = regex.compile(r"^(?:\p{L}[\p{L}\p{M}.'’]*(?:\s\p{L}[\p{L}\p{M}.'’]*){0,2}|\p{L}[\p{L}\p{M}.]*\s\d{1,4}[\p{L}]?)$")


def _wrapped_paragraphs(page: Page) -> None:
    """Hard-wrapped text (mail archives, old pages, <pre>) splits a paragraph over lines that each
    look like fragments. A line that does not end a sentence, followed at once by one that starts in
    lower case, continues the same paragraph: judge the paragraph, and give its lines its class."""
    lines = page.lines
    width = _wrap_width(lines)
    run: list[Line] = []
    for line, following in zip(lines, [*lines[1:], None]):
        run.append(line)
        continues = (
            following is not None
            and not line.blank
            and line.cls != "bad"  # a menu line ("Home | News") starts no paragraph
            and line.words >= WRAPPED_MIN_WORDS  # nor does a button ("Share"): wrapped lines are long
            and not mostly_numbers(line.tokens)  # nor a stamp or a footer of numbers
            and not line.ends_sentence
            # the next line goes on in lower case, or this one fills the page's width (a script
            # without capitals wraps so too: lynx, a <pre>)
            and (following.text[:1].islower() or bool(width) and not following.blank and len(line.text.strip()) >= WRAP_FILL * width)
            and page.key_counts[line.key] == 1  # the pieces of one paragraph are not repeated
            and page.key_counts[following.key] == 1
            and lexicon.match(line) is None  # chrome ("© 2024 …") is no piece of a paragraph
        )
        if continues:
            continue
        if len(run) >= 2:
            _judge_paragraph(run, page.stopwords)
        run = []


WRAP_FILL = 0.85  # a wrapped line fills this much of the width at least
WRAP_WIDTHS = (50, 100)  # the widths text is wrapped at (lynx: 72-79 columns)
WRAP_SHARE = 0.3  # of the lines of four words or more that fill the width, for a page to be wrapped


def _wrap_width(lines: Sequence[Line]) -> int:
    """The width a hard-wrapped page was cut at (its longest lines' length, between 50 and 100
    characters, many lines near it), else 0."""
    lengths = sorted(len(line.text.strip()) for line in lines if line.words >= WRAPPED_MIN_WORDS)
    if len(lengths) < 2 * WRAPPED_MIN_WORDS:
        return 0
    width = lengths[int(len(lengths) * 0.9)]  # (the few longest may be a menu or a footer on one line)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return 0
    filled = sum(1 for length in lengths if WRAP_FILL * width <= length <= width * 1.1)
    return width if filled >= WRAP_SHARE * len(lengths) else 0


def _judge_paragraph(run: list[Line], stopwords: frozenset[str]) -> None:
    words = sum(line.words for line in run)
    if words < GOOD_WORDS or run[-1].cls == "bad":
        return
    density = sum(1 for line in run for token in line.tokens if token in stopwords) / words if stopwords else 0.0
    if (density >= GOOD_DENSITY or not stopwords) and run[-1].ends_sentence:
        for line in run:
            if line.cls != "bad":
                line.cls, line.score = "good", float(max(line.words, 1))


def _distinctive(key: str) -> bool:
    """Shapes specific enough to call a template: four symbols, one a number or a function word
    ("by w on # at #"). "w the w" or "w # w" could be any short heading."""
    symbols = key.split()
    if "#" in symbols:
        return len(symbols) >= 4
    return len(symbols) >= 4 and any(symbol != "w" for symbol in symbols)


def _template_series(page: Page) -> None:
    """Short lines whose shape recurs (three or more times) are items of a list or a comment thread."""
    stopwords = page.stopwords
    shapes: dict[str, list[Line]] = {}
    for line in page.lines:
        if 0 < line.words <= SERIES_MAX_WORDS and line.cls not in ("bad", "item"):  # a table's rows are alike too
            key = shape(line, stopwords)
            if _distinctive(key):
                shapes.setdefault(key, []).append(line)
    position = {line.index: number for number, line in enumerate(page.content)}
    # a writer's bullets: the text's list, whatever the shapes of its items
    bulleted = {line.index for start, end in _bullet_runs(page.content) for line in page.content[start:end]}
    boxed = _fact_box_pairs(page.content)
    for key, members in shapes.items():
        members = [line for line in members if line.index not in bulleted]
        if len(members) < SERIES_MIN_COUNT or len({m.key for m in members}) == 1:
            continue
        if _a_list(members, position):
            if _introduced_table(page, members[0]):  # "Expected temperatures:" then "Cairo: high 38, low 23", ...
                _as_items(members)
            continue
        # A table announced by the text ("The segments are:", its header row, then a row per line) whose
        # rows share their shape with a few lines elsewhere: the rows are the text's, the rest no series.
        for run in _runs(members, position):
            if len(run) >= SERIES_MIN_COUNT and _introduced_table(page, run[0]):
                _as_items(run)
                members = [line for line in members if line not in run]
        if len(members) < SERIES_MIN_COUNT:
            continue
        if _stamped(members) and _interleaved_with_prose(page, members) and not _live_updates(page, members):
            page.terminators.append(members[0].index)  # a comment thread: stamp, text, stamp, text
        # A pair of a spec sheet ("نظام التشغيل: أندرويد 15 ...") that shares a loose shape with a date
        # line and a headline elsewhere ("w # w #") is the sheet's, not the series'.
        apart = [line for line in members if line.index not in boxed]
        _set_apart(apart, Label.BOILERPLATE, "structure.template-series", f"{len(members)} lines shaped {key!r}")


TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.6


def title_cased(text: str) -> bool:
    """A headline in title case ("API Strategies for Digital Success"): most of its words, four at
    least, open with a capital."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) >= TITLE_CASE_WORDS and capitalised / len(words) >= TITLE_CASE_SHARE


_TIME = regex.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:ago|منذ|il y a)\b")

DATED_TEASERS = 3
DATED_TEASER_WORDS = 40
# " - April 7, 2017", or in brackets with digits only: " (08/10/2025)" (a list of works writes "(May 6, 2004)")
_DATE_TAIL = regex.compile(r"\s(?:[-–—|·•]\s(?P<date>[^-–—|·•]{4,40})|\((?P<date>[\d\p{Nd}][\d\p{Nd}/.-]{5,12})\))$")


def _dated_teasers(content: Sequence[Line]) -> None:
    """Headlines each with its date after a dash or in brackets ("Wonder Woman To Have ... - April 7,
    2017", "... (08/10/2025)"), three or more in a row: a list of the latest posts, not the text (a
    timeline puts its dates first; a numbered list of works, "6. The Padilla Case (Mar. 11, 2003)", stays)."""
    run: list[Line] = []
    for line in [*content, None]:
        tail = _DATE_TAIL.search(line.text) if line is not None and line.words <= DATED_TEASER_WORDS else None
        stamp = tail.group("date") if tail is not None else ""
        if stamp and dates.is_date_line(stamp) and any(date.iso for date in dates.find_dates(stamp)):
            run.append(line)  # a calendar date, not "200 minutes" or a split time "52:10"
            continue
        if len(run) >= DATED_TEASERS:
            _set_apart(run, Label.RELATED, "structure.dated-teasers", f"{len(run)} headlines with their dates in a row")
        run = []


EXCERPTS = 3  # lines in a row, each cut off with an ellipsis: a list of excerpts
EXCERPT_WORDS = 5
# A line cut off mid-sentence: a word (or a comma) then "…", "...", "[…]" at its end.
_CUT_OFF = regex.compile(r"[\p{L}\p{M}\p{N},،]\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")


def cut_off(line: Line) -> bool:
    """The line stops mid-sentence with an ellipsis: a teaser's excerpt."""
    return _CUT_OFF.search(line.text) is not None


def _excerpt_teasers(content: Sequence[Line]) -> None:
    """Three or more lines in a row, each cut off with an ellipsis ("Ann on Post title: I'd like to
    see …"): the opening words of other posts or of readers' comments, shown as teasers. A writer may
    trail off once; a run of cut lines is a list (1 of 249 such lines on the dev pages is text). On
    a page with less prose elsewhere than in the list, the list is what the page is for (a catalogue)."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*content, None]:
        if line is not None and line.words >= EXCERPT_WORDS and cut_off(line):
            run.append(line)
            continue
        if len(run) >= EXCERPTS:
            runs.append(run)
        run = []
    listed = {line.index for run in runs for line in run}
    prose = sum(line.words for line in content if line.cls == "good" and line.index not in listed)
    for run in runs:
        if sum(line.words for line in run) < prose:
            _set_apart(run, Label.RELATED, "structure.excerpts", f"{len(run)} lines in a row cut off with an ellipsis")


# A list item's mark: "1.", "١-", "2)", "-", "•", "*".
_LIST_ITEM = regex.compile(r"^\s*(?:[\d\p{Nd}]{1,2}\s*[-.)–]|[-•*·–—])\s*\w")
# "Palermo: $865.000", "Belgrano: $810.000": a label of one to three words, a colon, a value.
_PAIR_MARKS = "•·▪‣◦*–—-"  # a list's marks before a pair: "• Lieu : ..."
_PAIR_ITEM = regex.compile(r"^\s*(?:[" + regex.escape(_PAIR_MARKS) + r"]\s*)?\p{L}[\p{L}\p{M}.'’-]*(?:\s[\p{L}\p{M}.'’-]+){0,2}(?:\s?\([^()]{1,12}\))?\s?[:：](?!//)\s*\S")  # not "http://..."; "Real Valdelsa (4-3-3): Gori; ..."
# A short label, maybe with a number in it, before figures: "بنزين أوكتان 95: 1250 فلسا", "0 a 3 km: $612".
_FIGURE_PAIR = regex.compile(r"^[^:：]{1,30}[:：](?!//)\s*(?=\S)(?=.*\d)")
PAIR_MAX_WORDS = 8
PAIR_LABEL_WORDS = 4


def priced(line: Line) -> bool:
    """A label and a price or a figure: "المازوت: 1,268,000 ل.ل", "Brent: 67.85 ▼" (a market strip's item)."""
    label, colon, value = line.text.partition(":")
    if not colon or not value.strip() or len(label.split()) > PAIR_LABEL_WORDS:
        return False
    tokens = WORD.findall(fold(value))
    return bool(tokens) and tokens[0][0].isdigit() and mostly_numbers(tokens) and not dates.find_dates(value)


def score_line(line: Line) -> bool:
    """A result: "Preston 2-0 Sheffield Wednesday", "مرباط 3 - 2 أدم"."""
    return _SCORE_ITEM.match(line.text) is not None


# "Preston 2-0 Sheffield Wednesday", "Millwall P-P Derby County": a result between two names.
_SCORE_ITEM = regex.compile(r"^\D{2,40}?\s(?:\d{1,3}\s?[-–:]\s?\d{1,3}|P\s?-\s?P)\s\D{2,40}$")
_LIST_COMMA = regex.compile(r"[,،;؛]")
LISTED_MAX_WORDS = 40  # a line-up: a team's name, a colon and eleven players
LIST_HEADING_WORDS = 5  # "Championship results": a heading between the announcing sentence and its list


def _announced_lists(page: Page) -> None:
    """Marked items right after a sentence ending in a colon ("The album holds five songs:", then
    "1- Hikaya", "2- Ala Mahlak"...), "label: value" pairs ("Palermo: $865.000") or results ("Preston
    2-0 Sheffield Wednesday") are part of the text however short they are; a short heading may stand
    between the sentence and its list."""
    content = page.content
    for position, line in enumerate(content):
        # A sentence ending in a colon, or a short heading ("ورقة تقنية:", "Line-ups:") over three items.
        heading_only = not _announces_list(line) and line.text[-1:] in (":", "：") and line.words <= LIST_HEADING_WORDS
        if not _announces_list(line) and not heading_only:
            continue
        items = []
        start = position + 1
        heading = content[start] if start < len(content) else None
        if heading is not None and not _list_item(heading) and heading.words <= LIST_HEADING_WORDS and heading.text[-1:] not in ".:!?":
            start += 1  # "Here's how the games finished:", "Championship results", then the results
        for following in content[start:]:
            if not _list_item(following):
                break
            items.append(following)
        items = items or _enumeration(content[position + 1 :]) or ([] if heading_only else _unmarked_items(content[position + 1 :]))
        if len(items) >= (3 if heading_only else 2):
            if heading_only and not line.decisions:
                line.cls, line.score = "item", 0.0
            for item in items:
                if item.cls in ("short", "near", "bad") and not item.decisions:
                    item.cls, item.score = "item", 0.0


FIGURE_RUN = 3  # "label: figure" lines in a row between two paragraphs of the text
FIGURE_ITEM_WORDS = 10


def _figure_runs(content: Sequence[Line]) -> None:
    """Three "label: figure" lines or more in a row, with a paragraph of the text above them (a short
    heading may stand between) and one below: a list of the text ("Cómo quedan los tramos" / "0 a 3
    km: $612" / ...), however short its items. A strip of rates in the header has no text around it."""
    position = 0
    while position < len(content):
        end = position
        while end < len(content) and _figure_shape(content[end], FIGURE_ITEM_WORDS):
            end += 1
        run = content[position:end]
        if len(run) >= FIGURE_RUN and end < len(content) and content[end].cls == "good" and all(map(_figure_label, run)):
            above = [line for line in content[max(0, position - 4) : position] if lexicon.match(line) is None][-2:]  # (a teaser aside)
            heading = above[-1] if above and above[-1].cls in ("short", "near") and not above[-1].ends_sentence else None
            prose = above[-2] if heading is not None and len(above) == 2 else (above[-1] if above else None)
            if prose is not None and prose.cls == "good":
                for item in run:
                    if not item.decisions:
                        item.cls, item.score = "item", 0.0
        position = max(end, position + 1)


_ITEM_END = (",", ";", "،", "؛")


def _enumeration(lines: Sequence[Line]) -> list[Line]:
    """Short lines that each end with a comma, the last with a full stop: the items of a sentence
    set out as a list ("Zamknięte zostały kąpieliska:" / "Gdańsk Brzeźno," / ... / "Gdynia Orłowo.")."""
    items: list[Line] = []
    for line in lines:
        if line.words > SERIES_MAX_WORDS or line.removed:
            break
        text = line.text.rstrip()
        if text.endswith(_ITEM_END):
            items.append(line)
            continue
        if items and text[-1:] in ".。":
            items.append(line)
        break
    return items if len(items) >= ENUMERATION_MIN_ITEMS and items[-1].text.rstrip()[-1:] in ".。" else []


ENUMERATION_MIN_ITEMS = 3
UNMARKED_ITEMS = (2, 8)  # "Koridor Purabaya - Rajawali, setiap 15 menit", ... under "... tiga koridor utama, yaitu:"
UNMARKED_ITEM_WORDS = 12


def _unmarked_items(lines: Sequence[Line]) -> list[Line]:
    """Short lines without bullets under the sentence that announces them, the text going on in a
    paragraph right below: each a fragment (no full stop), none a lexicon's chrome, and alike (each
    with a figure, or all opening with the same word): a list's items are parallel, a sidebar's
    links under "Share your photos in these groups:" are not."""
    low, high = UNMARKED_ITEMS
    items: list[Line] = []
    for line in lines[: high + 1]:
        if line.cls == "good" or line.ends_sentence or line.words > UNMARKED_ITEM_WORDS or line.decisions or lexicon.match(line) is not None:
            break
        items.append(line)
    after = lines[len(items)] if len(items) < len(lines) else None
    if not low <= len(items) <= high or after is None or after.cls != "good":
        return []
    figured = all(any(char.isdigit() for char in line.text) for line in items)
    same_opening = len({line.tokens[0] for line in items if line.tokens}) == 1
    dated = any(dates.is_date_line(line.text, folded=line.key) for line in items)
    return items if (figured or same_opening) and not dated else []


BULLETS = "•·▪◦"  # typographic bullets: a writer typed them; a menu scraped as text shows a dash, if anything
BULLETED_MIN_ITEMS = 3


def _bullet_runs(content: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) positions of the runs of three lines or more that open with the same typographic bullet."""
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(content):
        mark = content[position].text.lstrip()[:1]
        end = position
        while mark and mark in BULLETS and end < len(content) and content[end].text.lstrip()[:1] == mark:
            end += 1
        if end - position >= BULLETED_MIN_ITEMS:
            runs.append((position, end))
            position = end
        else:
            position += 1
    return runs


FACT_BOX_PAIRS = 3  # "label: value" pairs that make a fact box


def pair_label(line: Line) -> str:
    """The label of a "label: value" line: "Arbitre" in "Arbitre : Jean Dupont"."""
    return regex.split(r"[:：]", line.text, maxsplit=1)[0].strip().lstrip(_PAIR_MARKS + " ")


def distinct_labels(pairs: Sequence[Line]) -> bool:
    """Every "label: value" pair of a box has its own label ("Arbitre", "Buts"): a list of teasers
    under one section name ("Sport: ...", "Sport: ...") is no fact box."""
    return len({pair_label(member) for member in pairs}) == len(pairs)


def _fact_box_pairs(content: Sequence[Line]) -> set[int]:
    """Indexes of the lines in runs of three "label: value" pairs or more, each label its own ("المعالج:
    ...", "الشاشة: ...", "البطارية: ..."): a fact box or a spec sheet of the text."""
    found: set[int] = set()
    run: list[Line] = []
    for line in [*content, None]:
        if line is not None and pair_item(line, in_box=True):
            run.append(line)
            continue
        if len(run) >= FACT_BOX_PAIRS and distinct_labels(run):
            found.update(member.index for member in run)
        run = []
    return found


def _bulleted_lists(content: Sequence[Line]) -> None:
    """Three lines or more in a row that open with the same typographic bullet ("• ٢ كوب طحين",
    "• ملعقة صغيرة سكر", ...) are a list of the text, however short, and so is the short heading
    right above them ("المكونات", "معلومات للزائر")."""
    for position, end in _bullet_runs(content):
        heading = content[position - 1] if position else None
        if heading is not None and heading.words <= LIST_HEADING_WORDS and heading.text.rstrip()[-1:] not in ".!?؟" and not heading.decisions:
            heading.cls, heading.score = "item", 0.0
        for item in content[position:end]:
            if not item.decisions:
                item.cls, item.score = "item", 0.0


def marked_item(text: str) -> bool:
    """An item with its list's mark: "- Genève: 64,1%", "• ...", "2) ..."."""
    return _LIST_ITEM.match(text) is not None


def _list_item(line: Line) -> bool:
    """A marked item, a "label: value" pair (not a credit), a "label: figures" item or a result."""
    if _LIST_ITEM.match(line.text) and line.words <= SERIES_MAX_WORDS:
        return True
    if _PAIR_ITEM.match(line.text) and pair_item(line):
        return True
    if _figure_item(line):
        return True
    return line.words <= PAIR_MAX_WORDS and _SCORE_ITEM.match(line.text) is not None


def _figure_item(line: Line) -> bool:
    """A "label: figures" item with no full stop: "بنزين أوكتان 95: 1250 فلسا للتر بدلا من 1220 فلسا",
    "0 a 3 km: $612" (a list of headlines has no figures; a dated one is no list of figures)."""
    return _figure_shape(line, SERIES_MAX_WORDS) and _figure_label(line)


def _figure_shape(line: Line, most_words: int) -> bool:
    return line.words <= most_words and line.text[-1:] not in ".!?؟।" and _FIGURE_PAIR.match(line.text) is not None


def _figure_label(line: Line) -> bool:
    """The label is no credit's ("Foto: ...") and no date ("Sept. 29: As Iowa Goes")."""
    if captions.starts_with_credit(line.text):
        return False
    return not dates.is_date_line(regex.split(r"[:：]", line.text, maxsplit=1)[0])


def pair_item(line: Line, *, in_box: bool = False) -> bool:
    """A "label: value" pair of a list or a fact box ("Palermo: $865.000", "التحكيم: نضال بن سالم"),
    not a credit. It is short, unless the value lists names and ends without a full stop: "اتحاد
    طنجة: هشام المجهد، يوسف البقالي، ...", "Goals: Smith (34), Jones (87)"; among other pairs
    (`in_box`) any value without a full stop will do ("الأهداف: الرياحي (د58) والعياري (د84)"), and
    so will a credit's label (a film's "Fotografía: Benjamín Soto")."""
    if not _PAIR_ITEM.match(line.text) or (captions.starts_with_credit(line.text) and not in_box):
        return False
    if line.words <= PAIR_MAX_WORDS:
        return True
    unended = line.text[-1:] not in ".!?؟।"
    commas = len(_LIST_COMMA.findall(line.text))
    return line.words <= LISTED_MAX_WORDS and (commas >= 3 or unended and (commas >= 1 or in_box))


def _as_items(lines: Sequence[Line]) -> None:
    for line in lines:
        if line.cls in ("short", "near"):
            line.cls, line.score = "item", 0.0


def _runs(members: list[Line], position: dict[int, int]) -> list[list[Line]]:
    """The members in runs of lines that follow one another."""
    runs: list[list[Line]] = []
    for line in members:
        if runs and position[line.index] == position[runs[-1][-1].index] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


TABLE_HEAD_WORDS = 6  # "Segment Length Expected completion": a table's header row


def _introduced_table(page: Page, first: Line) -> bool:
    """A colon line right above the rows, or above their header row (short, no full stop)."""
    if _introduced(page, first):
        return True
    above = next((line for line in reversed(page.lines[: first.index]) if not line.blank), None)
    return above is not None and above.words <= TABLE_HEAD_WORDS and not above.ends_sentence and _introduced(page, above)


def _introduced(page: Page, first: Line) -> bool:
    """A sentence ending in a colon right above the list announces it: the list is part of the text."""
    above = next((line for line in reversed(page.lines[: first.index]) if not line.blank), None)
    return above is not None and _announces_list(above)


def _announces_list(line: Line) -> bool:
    """A sentence of the text (or a short one) that ends in a colon: "The album holds five songs:"."""
    return line.text[-1:] in (":", "：") and line.cls in ("good", "near")


def has_time(line: Line) -> bool:
    """A time of day or a relative time on the line ("9:59 am", "3 hours ago", "منذ ساعتين")."""
    return _TIME.search(line.key) is not None


def _stamped(members: list[Line]) -> bool:
    """Most members carry a time of day or a relative time ("9:59 am", "3 hours ago"): post stamps."""
    return sum(1 for line in members if has_time(line)) * 2 > len(members)


def _live_updates(page: Page, members: list[Line]) -> bool:
    """Stamps that are only a time of the day ("منذ 5 دقائق", "17:48 GMT"), with no "Reply" between
    them, head the updates of a live page; comments carry a date ("October 14, 2012 at 5:36 pm") or
    a reply button."""
    bare = sum(1 for line in members if _dateless_stamp(line))
    if bare * 2 <= len(members):
        return False
    buttons = [line for line in page.lines[members[0].index : members[-1].index] if 0 < line.words <= REPLY_WORDS]
    return not any((hit := lexicon.match(line)) is not None and hit.category.name == "comments" for line in buttons)


def _sentence(line: Line) -> bool:
    return line.cls == "good" or (line.cls == "near" and line.ends_sentence)


def _a_list(members: list[Line], position: dict[int, int]) -> bool:
    """Members that follow one another line after line are a list in the text (fares, results, steps);
    chrome series alternate with other lines (a teaser's title, then its date; a stamp, then a comment)."""
    adjacent = sum(1 for a, b in zip(members, members[1:]) if position[b.index] == position[a.index] + 1)
    return adjacent * 2 >= len(members) or _numbered(members)


def _numbered(members: list[Line]) -> bool:
    """Items numbered "1.", "2.", "4." (the third worded apart): the points of a list, wherever they
    stand. A comment thread numbers its stamps too, but without the point: "1 Emily October 25 at 10:47"."""
    marks = [_LIST_MARK.match(line.text) for line in members]
    if not all(marks):
        return False
    values = [int(mark[1]) for mark in marks if mark]
    return all(a < b for a, b in zip(values, values[1:]))


_LIST_MARK = regex.compile(r"(\d{1,2})[.)]\s")


def numbered_from_one(items: Sequence[Line]) -> bool:
    """Items marked "1.", "2.", "3." ... in order from one, with no number left out."""
    marks = [_LIST_MARK.match(line.text) for line in items]
    return bool(items) and all(mark is not None and int(mark[1]) == number for number, mark in enumerate(marks, 1))


def unmarked(text: str) -> str:
    """An item's text without its list mark: "3. Al-Wala Dam: 51%" → "Al-Wala Dam: 51%"."""
    mark = _LIST_MARK.match(text)
    return text[mark.end() :] if mark is not None else text


def _interleaved_with_prose(page: Page, members: list[Line]) -> bool:
    """True when most gaps between consecutive series members hold a sentence (a comment thread: a
    stamp, then a comment, however short); a list of teasers holds headlines there instead."""
    gaps = [
        any(_sentence(page.lines[i]) for i in range(a.index + 1, b.index))
        for a, b in zip(members, members[1:])
    ]
    return sum(gaps) * 2 > len(gaps)
