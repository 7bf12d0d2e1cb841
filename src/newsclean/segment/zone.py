"""Where the header can be: the lines just before the main text, and the text's first lines when
something precedes them on the page (a set-apart headline, a player, a gallery).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..metadata import byline, dates
from ..metadata import captions as caption_finder
from ..page import Page
from ..rules import headers, structure
from ..types import Label
from .common import _lexicon_chrome
from .names import _bare_name, _role_line
from .header_lines import _header_items
from .headline import PLAYER_LINES, _clip_titles, _repeated_away, _title_like


HEADER_BEFORE = 16  # non-blank lines before the main text searched for the header
HEADER_INSIDE = 5  # lines at the start of the main text that may still be header
PLAYER_SEARCH = 2 * HEADER_BEFORE  # lines before the main text searched for a video player's controls


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
        # (the player's controls may reach above the header's reach: it is looked for further up)
        set_apart = _player_block(content[max(0, first - PLAYER_SEARCH) : first]) + [line for line in before if line.rule.startswith("lexicon.summary-")]
        set_apart += _gallery_block(before)  # nor does a gallery: its counters and captions ("1 of 8", a caption, ...)
        set_apart += [line for line in before if line.label is Label.KEY_POINTS]  # nor does a key-points box
        set_apart += [line for line in before if line.index in page.contents]  # nor does a table of contents
        set_apart += structure.pros_cons_boxes(before)  # nor does a review's box of pros and cons
        clips = _clip_titles(before)  # nor does the player's list of clips, each title over its running time
        set_apart += [pair for title, time in zip(before, before[1:]) if title.index in clips for pair in (title, time)]
        # A card of fields between the header and the text (a book's or a film's: "Publisher: ...",
        # "Pages: 328", "Runtime: 1 h 52") stays in the zone but uses none of its reach.
        reach = HEADER_BEFORE + len(set_apart) + len(_card_over_text(before))
        above = [line for line in content[max(0, first - reach) : first] if line not in set_apart]
        # Nor does a review's card of scores and prices over the text, nor a share bar over it: the
        # header is looked for above them.
        wide = content[max(0, first - PLAYER_SEARCH) : first]
        card = _figure_card(wide, content[first : first + HEADER_INSIDE])
        if card:
            set_apart += [line for line in card if line not in set_apart]
            controls = {line.index for line in wide if line.rule.startswith(_CONTROLS)}
            above = _counted_up(wide, set_apart, controls, len([line for line in above if line.index not in controls]))
        opening = _reach(content[first:], inside)
        # A stamp under the last one the reach takes ("Publié le ...", then "Mis à jour à 9 h 32").
        while opening and first + len(opening) < len(content) and all(
            dates.is_date_line(line.text, folded=line.key) for line in (opening[-1], content[first + len(opening)])
        ):
            opening.append(content[first + len(opening)])
        zone = above + opening + _dated_lead(content[first + len(opening) : first + len(opening) + LEAD_REACH])
        start = len(above)
        kept = sum(1 for line in content if page.region[0] <= line.index <= page.region[1] and not line.removed)
        if kept < 2:
            start -= 1  # a text of one paragraph keeps it: its first line is no headline
    return zone, start


GALLERY_COUNTERS = 3


CARD_GAP = 2  # lines at most between a card's last field and the text


def _card_over_text(before: Sequence[Line]) -> list[Line]:
    """The fields of a card right over the text (a book's, a film's: "الناشر: ...", "Pages: 328"), its
    last field CARD_GAP lines above the text at most."""
    card = structure.field_card(before)
    if not card or before.index(card[-1]) < len(before) - 1 - CARD_GAP:
        return []
    return card


_CONTROLS = ("lexicon.share", "lexicon.reading-time", "lexicon.comments", "lexicon.advertisement")
FIGURE_CARD_LINES = 4  # short lines with a figure, in a run, at least: a card of scores or prices
FIGURE_CARD_WORDS = 6  # "القيمة مقابل السعر 7", "£329 at PhoneDepot UK"
_RATING = regex.compile(r"[★☆⭐]")  # "الأداء ★★★★☆"
_LETTER = regex.compile(r"\p{L}")
CARD_STAMP_REACH = 2  # lines over the card where the header's byline or date stands (a share bar aside)


def _figure_card(lines: Sequence[Line], below: Sequence[Line]) -> list[Line]:
    """The lines of runs of short lines between the header and the text (the last of `lines`, then
    the text's first lines `below`), half of them or more with a figure, four at least: a review's
    score card ("8.7/10", "الشاشة 9.5", ...) or its price box ("السعر في مصر", "من 64,999 جنيه",
    "اشترِ الآن"). A sentence, a date or a byline ends a run; a figure a lexicon removed (a comment
    count) counts for none, nor do the lines a lexicon removed (a share bar) count against it."""
    if sum(map(_figured, filter(_short, lines))) < FIGURE_CARD_LINES:
        return []  # (most pages: too few short lines with a figure; spares the stamps' test)
    card: list[Line] = []
    run: list[Line] = []
    for position, line in enumerate([*lines, None]):
        if line is not None and _card_member(line):
            run.append(line)
            continue
        # Under the header's byline or date, with none between it and the text (a blog's list of
        # posts over its post's headline and "by Meghann on November 13, 2012" is no card; nor is
        # a shop's list of prices under no stamp).
        if _figures_run(run) and _under_stamp(lines, position - len(run)) and not _dated(lines[position:], below):
            card += run
        run = []
    return card


def _under_stamp(lines: Sequence[Line], start: int) -> bool:
    """The header's byline or date stands right over the run at `start` (a share bar between aside)."""
    over = [other for other in lines[:start] if not _lexicon_chrome(other)][-CARD_STAMP_REACH:]
    return any(map(_header_stamp, over))


def _dated(lines: Sequence[Line], below: Sequence[Line]) -> bool:
    """A byline or a date between the run and the text, or in the text's first lines."""
    return any(_header_stamp(other) or dates.find_dates(other.text, folded=other.key) for other in [*lines, *below])


def _figures_run(run: Sequence[Line]) -> bool:
    """Half the run's lines or more hold a figure (or a rating's stars), four at least, and four have
    words ("الشاشة 9.5", not a share bar's counters: "0")."""
    figured = sum(map(_figured, run))
    worded = sum(1 for member in run if _LETTER.search(member.text))
    counted = sum(1 for member in run if not _lexicon_chrome(member))
    return figured >= FIGURE_CARD_LINES and worded >= FIGURE_CARD_LINES and figured * 2 >= counted


def _figured(line: Line) -> bool:
    """A figure a lexicon did not remove (a comment count), or a rating's stars."""
    return _RATING.search(line.text) is not None or not _lexicon_chrome(line) and any(map(str.isdigit, line.text))


def _short(line: Line) -> bool:
    return line.words <= FIGURE_CARD_WORDS and not line.ends_sentence


def _card_member(line: Line) -> bool:
    return _short(line) and not _header_stamp(line)


def _header_stamp(line: Line) -> bool:
    return dates.is_date_line(line.text, folded=line.key) or byline.byline_author(line.key, line.text, line.words) is not None


def _counted_up(lines: Sequence[Line], left_out: Sequence[Line], uncounted: set[int], size: int) -> list[Line]:
    """The lines over the text, up from its first, until `size` of them are counted: those left out
    are not taken, those uncounted are taken for free."""
    taken: list[Line] = []
    counted = 0
    for line in reversed(lines):
        if counted >= size:
            break
        if line in left_out:
            continue
        taken.append(line)
        counted += line.index not in uncounted
    return taken[::-1]


def _gallery_block(lines: Sequence[Line]) -> list[Line]:
    """The counters of a gallery among the lines ("1 of 8", "2 of 8", ... three at least) and the
    captions beside them."""
    counters = [line for line in lines if line.words <= 4 and caption_finder.gallery_counter(line)]
    if len(counters) < GALLERY_COUNTERS:
        return []
    return [line for line in lines if line in counters or line.label in (Label.CAPTION, Label.CREDIT)]


LEAD_REACH = 3  # lines past the header's reach where the lead may open with its dateline


def _dated_lead(lines: Sequence[Line]) -> list[Line]:
    """The text's lead when it opens with a dateline ("النعمة (الحوض إنفو) – ...") a few lines past the
    header's reach (a long header: breadcrumb, kicker, headline, byline, date, picture), with no
    paragraph before it: the dateline is the header's."""
    for line in lines:
        if line.cls == "good" and not line.removed:
            return [line] if byline.dateline_head(line.text) is not None else []
    return []


_UNCOUNTED = (Label.CAPTION, Label.CREDIT, Label.SHARE)  # (a share bar the markup names: "html.cls-share")


def _reach(lines: Sequence[Line], size: int) -> list[Line]:
    """The first `size` lines, a player's or a share bar's controls between them not counted, nor a
    picture's caption and credit (headline, standfirst, byline, date, picture, then the lead)."""
    taken: list[Line] = []
    counted = 0
    for line in lines:
        if counted >= size:
            break
        taken.append(line)
        counted += not _lexicon_chrome(line) and line.label not in _UNCOUNTED
    return taken


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


PLAYER_GAP = 3  # lines at most from one control to the next


def _player_block(lines: Sequence[Line]) -> list[Line]:
    """The lines from a video player's first control to its last ("Play Video", "Current Time
    0:00", "Captions", ...), when the player lexicon knows at least three of them."""
    # The player's controls stand together, nearest the text: a "Video" menu item further up is no
    # control of it, nor is one above a line of text (the headline, the byline between the menu and
    # the player).
    # (the last run of controls that makes a player: a lone control under it, a transcript's label
    # over the text, does not undo it)
    marks: list[int] = []
    player: list[int] = []
    for n, line in enumerate(lines):
        if line.rule != "lexicon.player":
            continue
        if marks and (n - marks[-1] > PLAYER_GAP or any(_worded(other) for other in lines[marks[-1] + 1 : n])):
            marks = []
        marks.append(n)
        if len(marks) >= PLAYER_LINES:
            player = marks
    if not player:
        return []
    low, high = player[0], player[-1]
    while high + 1 < len(lines) and lines[high + 1].removed and lines[high + 1].words <= PLAYER_LINES and not _header_like(lines[high + 1]):
        high += 1  # "Fullscreen", "This is a modal window." after the last one the lexicon knows
    return list(lines[low : high + 1])


def _header_like(line: Line) -> bool:
    """The article's date or its writer's name alone, under the player's controls: the header's."""
    return dates.is_date_line(line.text, folded=line.key) or _bare_name(line)


def _worded(line: Line) -> bool:
    """A line of a few words that no lexicon took: a headline, a byline, a date; no player's control.
    (A clip's title the player's box took may be the page's headline: a video page's.)"""
    if line.words <= PLAYER_LINES:
        return False
    clip_title = line.rule == "lexicon.player-box" and not line.text.lstrip()[:1].islower() and _title_like(line, ruled=False)
    return not line.rule.startswith("lexicon.") or clip_title  # ("captions settings, opens ..." is a control's)


def _over_dateline_lead(content: Sequence[Line], first: int) -> bool:
    """A headline over the lead paragraph, which opens with its dateline ("نزوى - العُمانية: ...",
    "PARIS (AFP) - ..."), a picture's caption between them at most: a scrape of title and text."""
    line = content[first]
    if not _title_like(line) or line.ends_sentence:
        return False
    return any(other.cls == "good" and byline.dateline_head(other.text) for other in content[first + 1 : first + 3])
