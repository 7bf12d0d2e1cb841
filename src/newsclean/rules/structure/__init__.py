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

The passes `classify` calls live in the package's modules, one per kind of thing they find:
`tables` (table rows, cells, figure rows), `series` (hard-wrapped paragraphs, template series, dated
and excerpt teasers), `live` (live-blog stamps, match minutes), `lists` (bulleted, announced and
enumerated lists, pairs, fact boxes, figure runs), `posts` (embedded posts, clips, galleries, charts,
post navigation), `code` (code listings) and `contents` (tables of contents); `common` holds the constants
and helpers they share. The names other modules read from the pass are re-exported here.
"""

from __future__ import annotations

import regex

from ... import language
from ...metadata import dates
from ...lines import Line, mostly_numbers
from ...page import Page
from ...types import Label
from .common import BAD_COST, GOOD_DENSITY, GOOD_WORDS, REPLY_WORDS, SERIES_MAX_WORDS, SHORT_COST, has_time, is_duration
from .code import _code_listings
from .tables import _cell_rows, _figure_rows, _table_rows, cell_table
from .posts import _charts, _clips_in_text, _embedded_posts, _facebook_posts, _gallery, _post_navigation, is_handle
from .live import LIVE_STAMP_SCORE, _live_stamps
from .lists import FACT_BOX_PAIRS, LIST_HEADING_WORDS, LISTED_MAX_WORDS, _announced_lists, _bulleted_lists, _figure_runs, _pros_and_cons, distinct_labels, marked_item, numbered_from_one, pair_item, pros_cons_boxes, CARD_FIELDS, card_field, field_card, pair_label, priced, score_line, title_cased, unmarked
from .contents import _table_of_contents
from .series import _dated_teasers, _excerpt_teasers, _ranked_teasers, _teaser_items, _template_series, _wrapped_paragraphs, cut_off, kicker

__all__ = [
    "classify", "FACT_BOX_PAIRS", "GOOD_WORDS", "LIST_HEADING_WORDS", "LISTED_MAX_WORDS", "MAX_GAIN", "REPLY_WORDS",
    "SERIES_MAX_WORDS", "cell_table", "cut_off", "distinct_labels", "has_time", "is_duration", "is_handle", "kicker", "marked_item",
    "numbered_from_one", "pair_item", "pair_label", "priced", "pros_cons_boxes", "CARD_FIELDS", "card_field", "field_card", "score_line", "title_cased", "unmarked",
]


UNPUNCTUATED_GOOD_WORDS = 30  # a headline is a long line without final punctuation; prose ends its sentences
LONG_SENTENCE_WORDS = 20  # in a language that attaches its function words to the next word,
ATTACHED_DENSITY = 0.15  # a long sentence is prose at this lower share (a news lead is heavy with nouns)
NEAR_WORDS = 5
NEAR_DENSITY = 0.30
REPEAT_COST = 1.0
MAX_REPEATED_SHARE = 0.3
MAX_GAIN = 100.0  # one enormous line (a pasted footer) must not outweigh a whole article

# Separators of one-line menus and breadcrumbs: "Home | News", "Home > World > Europe", "a • b • c"
# (and " - " when most items are a word or three: `_dashed_menu`).
_SEPARATOR_CHARS = frozenset("|•·»›>/\t")
# Items set apart by " | ", " • ", " » "..., or by tabs (a browser's innerText of a menu's cells).
# Items of a one-line menu or strip between bars or bullets ("محليات | اقتصاد | وظائف", "a • b").
MENU_BAR = regex.compile(r"\s[|•·]\s")
_SEPARATED = regex.compile(r"(?:\s[|•·»›>/]\s.*){2,}|\S\s*\|\s*\S.*\||\S\t+\S.*\t+\S")


# A form's field or button as a text browser draws it (lynx, links, w3m dumps): "____________________",
# "(BUTTON) Search", "[                    ]", a checkbox "[ ] Remember me" or a radio button "( ) Yes".
_FORM_FIELD = regex.compile(r"_{6}|\((?:BUTTON|RADIO|CHECKBOX|Submit)\)|\[ {6}|^\s*(?:\[[ xX*]\]|\([ *]\)) \S")

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
        elif ("_" in line.text or "(" in line.text or "[" in line.text) and _FORM_FIELD.search(line.text):
            line.cls, line.score = "bad", -BAD_COST
            line.decide(Label.FORM, "structure.form-field", "a form's field or button as a text browser draws it")
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
    _pros_and_cons(content)
    _gallery(page)
    _charts(content)
    page.code_lines = _code_listings(content)
    _embedded_posts(content)
    _clips_in_text(content)
    _facebook_posts(content)
    _post_navigation(content)
    _dated_teasers(content)
    _ranked_teasers(content)
    _teaser_items(content, page.live_stamps)
    _excerpt_teasers(content)
    page.contents = _table_of_contents(content)


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


def _dated(line: Line) -> bool:
    """ "Priya Natarajan · August 4, 2025 · 7 min read": a header's items, not a menu's."""
    return any(char.isdigit() for char in line.text) and bool(dates.find_dates(line.text, folded=line.key))


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
