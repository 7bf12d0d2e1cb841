"""Series of short lines cut from one template (a comment thread's stamps, a list of teasers), told
apart from the text's own lists and tables; headlines with their dates and excerpts cut off with an
ellipsis, in a row; and hard-wrapped paragraphs, whose pieces are judged as the one paragraph they
make.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import regex

from ... import lexicon
from ...metadata import byline, dates
from ...lines import Line, full_stop, mostly_numbers
from ...page import Page
from ...types import Label
from .common import GOOD_DENSITY, GOOD_WORDS, REPLY_WORDS, SERIES_MAX_WORDS, SERIES_MIN_COUNT, _TIME, _set_apart, has_time
from .lists import _LIST_MARK, BULLETS, DASHES, _announces_list, _bullet_runs, _fact_box_pairs
from .live import _dateless_stamp


WRAPPED_MIN_WORDS = 4  # every line of a hard-wrapped paragraph but its last has at least this many words


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


LOOSE_SHAPE_SYMBOLS = 5  # "w # w # w": any sentence with two figures in it


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
    # a writer's bullets: the text's list, whatever the shapes of its items; dashes too, under a line
    # of the text (a dashed item shaped as a date line and an address elsewhere is no series of theirs;
    # dashed links under "Related Posts:", which the lexicon knows, may be one)
    content = page.content
    bulleted = {
        line.index
        for start, end in _bullet_runs(content, BULLETS + DASHES)
        if content[start].text.lstrip()[:1] in BULLETS or start and lexicon.match(content[start - 1]) is None
        for line in content[start:end]
    }
    boxed = _fact_box_pairs(page.content)
    for key, members in shapes.items():
        members = [line for line in members if line.index not in bulleted]
        if len(members) < SERIES_MIN_COUNT or len({m.key for m in members}) == 1:
            continue
        if set(key.split()) <= {"w", "#"} and len(key.split()) <= LOOSE_SHAPE_SYMBOLS and _headline_and_strays(members):
            continue  # words and figures only ("w # w # w"): the headline, shown again, and a stray line or two
        if _a_list(members, position):
            if _introduced_table(page, members[0]):  # "Expected temperatures:" then "Cairo: high 38, low 23", ...
                _as_items(members)
            continue
        if _grouped_list(page, members):  # "... the provinces concerned are:", "Orange level", rows, "Yellow level", rows
            _as_items(members)
            continue
        # A table announced by the text ("The segments are:", its header row, then a row per line) whose
        # rows share their shape with a few lines elsewhere: the rows are the text's, the rest no series.
        for run in _runs(members, position):
            if len(run) >= SERIES_MIN_COUNT and _introduced_table(page, run[0]):
                _as_items(run)
                members = [line for line in members if line not in run]
        # a sentence with its figures; a timeline's entry, its date first ("14 novembre : ...")
        members = [line for line in members if not _figured_sentence(line, key) and not dates.dated_entry(line.text)]
        if len(members) < SERIES_MIN_COUNT:
            continue
        if _stamped(members) and _interleaved_with_prose(page, members) and not _live_updates(page, members):
            page.terminators.append(members[0].index)  # a comment thread: stamp, text, stamp, text
        # A pair of a spec sheet ("نظام التشغيل: أندرويد 15 ...") that shares a loose shape with a date
        # line and a headline elsewhere ("w # w #") is the sheet's, not the series'.
        apart = [line for line in members if line.index not in boxed]
        _set_apart(apart, Label.BOILERPLATE, "structure.template-series", f"{len(members)} lines shaped {key!r}")


def _headline_and_strays(members: Sequence[Line]) -> bool:
    """A loose shape's members are one headline shown twice and one or two other lines: three lines
    with two texts (the headline and its copy in the "most read" list), or three or four whose headline
    comes again under the site's name ("<site> | <headline>") beside the date line, a buy box's product
    or a related item. A list's items or a forum's repeated links are more."""
    keys = [m.key for m in members]
    if len(members) == SERIES_MIN_COUNT and len(set(keys)) == 2:
        return True
    named_copy = any(a != b and len(a) >= len(b) / 2 and b.endswith(a) for a in keys for b in keys)
    return SERIES_MIN_COUNT <= len(members) <= SERIES_MIN_COUNT + 1 and len(set(keys)) == len(members) and named_copy


def _figured_sentence(line: Line, key: str) -> bool:
    """A sentence of the text with its figures ("Haddad finished with 14 points, 11 rebounds and four
    steals."): its shape keeps only words and numbers ("w # w # w"), which any such sentence shares."""
    return line.cls == "good" and line.text.endswith(".") and set(key.split()) <= {"w", "#"}


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


RANKED_TEASERS = 3  # ranks "1", "2", "3" alone on their lines, each over a headline: a most-read box
RANKED_ITEM_LINES = 4  # lines of an item under its rank: headline, summary, time or byline
_RANK_ALONE = regex.compile(r"^\s*([1-9]\d?)\s*$")  # "1", "12"; a tutorial's step is "01", a list's item "1."


def _ranked_teasers(content: Sequence[Line]) -> None:
    """A most-read box whose ranks stand alone on their lines ("1" / headline / summary / "2 hours
    ago" / "2" / ...), three or more in order from one: every line of the box is a teaser's, the
    summaries written as sentences too. Each rank heads a headline (no sentence end): a list of the
    text numbers its items on their own lines ("1. ..."), not so."""
    ranks = [(position, int(found[1])) for position, line in enumerate(content) if (found := _RANK_ALONE.match(line.text))]
    run: list[int] = []
    for position, rank in [*ranks, (len(content) + RANKED_ITEM_LINES + 2, 0)]:
        if run and rank == len(run) + 1 and position - run[-1] <= RANKED_ITEM_LINES + 1:
            run.append(position)
            continue
        if len(run) >= RANKED_TEASERS and all(_ranked_headline(content, start) for start in run):
            gaps = [b - a for a, b in zip(run, run[1:])]
            end = min(run[-1] + min(gaps), len(content))  # the last item as long as the shortest before it
            if not _listing(content, content[run[0] : end]):
                _set_apart(content[run[0] : end], Label.RELATED, "structure.ranked-teasers", f"{len(run)} ranked headlines")
        run = [position] if rank == 1 else []


def _ranked_headline(content: Sequence[Line], rank: int) -> bool:
    below = content[rank + 1] if rank + 1 < len(content) else None
    # (a numbered comment's "John Myles White 07.16.12 at 08:34" is a stamp, no headline)
    return below is not None and not below.ends_sentence and below.words >= 3 and not has_time(below) and not _teaser_meta(below)


TEASER_ITEMS = 2  # teasers in a row, each a headline, its summary and its stamp: a box of them
TEASER_SUMMARY_WORDS = 50
TEASER_META_WORDS = 10
KICKER_WORDS = 3  # "ANALYSE", "Opinion": a teaser's kicker over its headline
_QUESTION = regex.compile(r"[?؟]\W*$")  # a headline may ask ("Why are prices not falling?")
_META_PARTS = regex.compile(r"\s+[·|•–—-]\s+")


def _teaser_items(content: Sequence[Line], live: Collection[int] = ()) -> None:
    """Teasers with their summaries, two or more in a row, each a headline (a kicker may top it), a
    summary of a sentence or two, and a stamp under it: a date, a time ago, a reading time or a
    byline ("Jonah Pellow · 12 min read", "By Ellis Marron", "Publié: 14.06.2023"). An article's
    header is one such item (headline, standfirst, byline); its paragraphs carry no stamp each; a
    live page's entries carry theirs above them."""
    items: list[tuple[int, int]] = []  # (first line, last line) of each teaser
    lone: set[tuple[int, int]] = set()  # items under a badge or a link, not a stamp: single cards only
    stamps: dict[int, bool] = {}  # line index -> _teaser_meta (a line is asked as a stamp, a headline, a kicker)

    def stamp(line: Line) -> bool:
        if line.index not in stamps:
            stamps[line.index] = _teaser_meta(line)
        return stamps[line.index]

    for position in range(1, len(content) - 1):
        headline, summary, meta = content[position - 1], content[position], content[position + 1]
        if summary.cls not in ("good", "near") or not full_stop(summary) or summary.words > TEASER_SUMMARY_WORDS:
            continue
        if headline.ends_sentence and not _QUESTION.search(headline.text) or not 3 <= headline.words <= TEASER_SUMMARY_WORDS // 2 or "@" in headline.text or "://" in headline.text:
            continue
        badged = not stamp(meta) and _badge(meta)  # "Abonnés", "Lire le dossier": a lone card's, no box's
        if meta.index in live or not (badged or stamp(meta)):
            continue  # (a live page's update time heads the next entry)
        if stamp(headline) or stamp(summary):
            continue  # stamps both (a stamp ending "9:47 p.m." is no summary)
        above = content[position - 2] if position >= 2 else None
        kicker = above is not None and above.words <= KICKER_WORDS and not above.ends_sentence and not has_time(above) and not stamp(above)
        items.append((position - 2 if kicker else position - 1, position + 1))
        if badged:
            lone.add(items[-1])
    run: list[tuple[int, int]] = []
    boxes: list[tuple[int, Sequence[Line]]] = []
    for item in [*items, (len(content) + 2, len(content) + 2)]:
        # the next teaser right under (a kicker of the next may count twice); a review's products, each
        # over "Read more", make no box of teasers
        if run and item[0] <= run[-1][1] + 1 + 1 and item not in lone and run[-1] not in lone:
            run.append(item)
            continue
        if len(run) > TEASER_ITEMS and _header_item(content, run[-1], run[:-1], stamp):
            run.pop()  # the article's own header under a box of teasers
        # (a stamp over the first one too: a live page's entries, each under its time)
        if len(run) >= TEASER_ITEMS and not (run[0][0] and stamp(content[run[0][0] - 1])):
            boxes.append((len(run), content[run[0][0] : run[-1][1] + 1]))
        elif len(run) == 1 and _lone_card(content, *run[0], items):
            boxes.append((1, content[run[0][0] : run[0][1] + 1]))
        run = [item]
    if boxes and not _listing(content, [line for _, box in boxes for line in box]):
        for count, box in boxes:
            _set_apart(box, Label.RELATED, "structure.teaser-items", f"{count} teasers, each with its summary and stamp")
            if count == 1:  # a lone card inside the text costs nothing: the text goes on past it
                for line in box:
                    line.score = 0.0


_HEADER_MARKS = (Label.BYLINE, Label.DATE, Label.CREDIT, Label.SHARE)


def _header_item(content: Sequence[Line], item: tuple[int, int], others: Sequence[tuple[int, int]], stamp: Callable[[Line], bool]) -> bool:
    """The last item of a box of teasers is the article's header that follows the box: its stamp is
    cut from another template than the teasers' ("Interview by Callum Strachan" under items stamped
    "Jonah Pellow · 12 min read") and more of the header stands under it (a date, a photographer's
    credit, the share buttons), where a teaser's stamp has the next teaser."""
    meta = shape(content[item[1]], frozenset())
    if any(shape(content[end], frozenset()) == meta for _, end in others):
        return False
    below = content[item[1] + 1] if item[1] + 1 < len(content) else None
    if below is None:
        return False
    hit = lexicon.match(below)
    return stamp(below) or hit is not None and hit.category.label in _HEADER_MARKS


CARD_PROSE_ABOVE = 1  # paragraphs of the text right above a lone teaser card (the lead alone, at least)
BADGE_WORDS = 4  # "Réservé aux abonnés", "Read the full analysis"
CARD_REACH = 5  # lines above a card (a caption, an advertisement's label, a "Read more" between) and below it


def _lone_card(content: Sequence[Line], first: int, last: int, items: Sequence[tuple[int, int]]) -> bool:
    """One teaser card set between two paragraphs of the text: a genre's kicker ("ANALYSIS",
    "ENQUÊTE", "تحليل"), a headline, its summary and its stamp, with a paragraph of the text above it
    and the text going on below. Alone, headline, standfirst and stamp are an article's header too:
    the kicker and the prose on both sides tell the card (other teasers' summaries are no prose)."""
    if last - first != 3 or not kicker(content[first]):
        return False
    boxed = {index for start, end in items for index in range(start, end + 1)}
    above = [line for position, line in enumerate(content[max(0, first - CARD_REACH) : first], max(0, first - CARD_REACH)) if position not in boxed]
    below = content[last + 1 : last + 1 + CARD_REACH]
    prose = [line for line in above if line.cls == "good" and full_stop(line)]
    return len(prose) >= CARD_PROSE_ABOVE and any(line.cls == "good" and full_stop(line) for line in below[:3])


_CASED_LETTER = regex.compile(r"\p{Lu}|\p{Ll}")


def kicker(line: Line) -> bool:
    """A genre's label over a headline: the kicker lexicon's word, the whole line ("Analysis",
    "تحليل"), or a short line in capitals ("ANALYSIS", "DOSSIER SPÉCIAL")."""
    if line.words > KICKER_WORDS or line.ends_sentence:
        return False
    if lexicon.phrase_in(line.text, "kicker") == line.key.strip(" :|-–—"):
        return True
    letters = [char for char in line.text if _CASED_LETTER.match(char)]
    return len(letters) >= 4 and all(char.isupper() for char in letters)


def _badge(line: Line) -> bool:
    """A card's label under its summary: "Abonnés", "Premium" (the card-badge lexicon), or its link
    ("Lire le dossier", "Read the analysis": the more-link lexicon), the whole line."""
    if line.words > BADGE_WORDS:
        return False
    whole = line.key.strip(" :|-–—»›>")
    return lexicon.phrase_in(line.text, "card-badge") == whole or lexicon.phrase_in(line.text, "more-link") == whole


LISTING_SHARE = 0.5  # of the page's prose in one box of teasers: the page is a listing, the box its text


def _listing(content: Sequence[Line], box: Sequence[Line]) -> bool:
    """Whether the boxes hold most of the page's prose: a section's front page lists its articles."""
    prose = sum(line.words for line in content if line.cls == "good")
    return sum(line.words for line in box if line.cls == "good") > LISTING_SHARE * prose


def _teaser_meta(line: Line) -> bool:
    """A teaser's stamp: a date, a time ago, a reading time or a byline, alone or joined by " · "."""
    if line.words > TEASER_META_WORDS or line.ends_sentence and not line.text.rstrip().endswith("."):
        return False
    for part in _META_PARTS.split(line.text.strip()):
        probe = Line.of(line.index, part)
        if dates.is_date_line(part, folded=probe.key) or byline.byline_author(probe.key, part, len(part.split())):
            return True
        hit = lexicon.match(probe)
        if hit is not None and hit.category.name == "reading-time":
            return True
    return False


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
GROUP_GAP = 2  # lines between two rows of an announced list: a group's heading, a row of another shape


def _grouped_list(page: Page, members: list[Line]) -> bool:
    """Rows of a list the text announces (a colon line above the first, or above its group's
    heading), set in groups under short headings: between two rows, a heading or a row of another
    shape, never a sentence (a comment thread has its comments there)."""
    if not _introduced_table(page, members[0]):
        return False
    for a, b in zip(members, members[1:]):
        gap = [line for line in page.lines[a.index + 1 : b.index] if not line.blank]
        if len(gap) > GROUP_GAP or any(_sentence(line) or line.removed for line in gap):
            return False
    return True


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


def _interleaved_with_prose(page: Page, members: list[Line]) -> bool:
    """True when most gaps between consecutive series members hold a sentence (a comment thread: a
    stamp, then a comment, however short); a list of teasers holds headlines there instead."""
    gaps = [
        any(_sentence(page.lines[i]) for i in range(a.index + 1, b.index))
        for a, b in zip(members, members[1:])
    ]
    return sum(gaps) * 2 > len(gaps)
