"""Lists of the text, however short their items: bulleted runs, items announced by a sentence ending
in a colon, enumerations ending each item with a comma, "label: value" pairs and fact boxes, runs of
"label: figure" lines; and the tests other passes read a list's items with (a mark, a pair, a
result, a price, a headline in title case).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ... import lexicon
from ...metadata import captions, dates
from ...normalize import fold
from ...lines import COLONS, WORD, Line, ends_with_colon, mostly_numbers
from ...page import Page
from .common import SERIES_MAX_WORDS


TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.6


def title_cased(text: str) -> bool:
    """A headline in title case ("API Strategies for Digital Success"): most of its words, four at
    least, open with a capital."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitalised = sum(1 for word in words if word[:1].isupper())
    return len(words) >= TITLE_CASE_WORDS and capitalised / len(words) >= TITLE_CASE_SHARE


# A list item's mark: "1.", "١-", "2)", "-", "•", "*".
_LIST_ITEM = regex.compile(r"^\s*(?:[\d\p{Nd}]{1,2}\s*[-.)–]|[-•*·–—])\s*\w")
# "Palermo: $865.000", "Belgrano: $810.000": a label of one to three words, a colon, a value.
_PAIR_MARKS = "•·▪‣◦*–—-"  # a list's marks before a pair: "• Lieu : ..."
_PAIR_ITEM = regex.compile(r"^\s*(?:[" + regex.escape(_PAIR_MARKS) + r"]\s*)?(?=[\p{N}./-]*\p{L})[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’/-]*(?:\s[\p{L}\p{M}.'’-]+){0,2}(?:\s?\([^()]{1,12}\))?\s?[:：](?!//)\s*\S")  # not "http://..."; "Real Valdelsa (4-3-3): Gori; ..."; "0-62mph: 9.6sec", "CO2: 124g/km", "Power/torque: ..." (not "16:05 ...")
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


# "Preston 2-0 Sheffield Wednesday", "Millwall P-P Derby County": a result between two names; a
# fixture before its kick-off, "أسود الدلتا × النجوم الساحلية" ("vs" heads headlines: "Economics-Based vs
# Conventional Financial Planning").
_SCORE_ITEM = regex.compile(r"^\D{2,40}?\s(?:\d{1,3}\s?[-–:]\s?\d{1,3}|P\s?-\s?P|×)\s\D{2,40}$")
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
        heading_only = not _announces_list(line) and line.text[-1:] in COLONS and line.words <= LIST_HEADING_WORDS
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


# Typographic bullets: a writer typed them (a menu scraped as text shows a dash, if anything); a review's
# pros and cons open with ticks and crosses ("✔ شاشة ساطعة", "✖ لا يوجد دعم لشريحة eSIM").
BULLETS = "•·▪◦●○◆◇■□➤✔✓✅☑✖✗✘❌"
BULLETED_MIN_ITEMS = 3


DASHES = "-–—"  # a menu scraped as text may show them too (and lynx its "*")


def _bullet_runs(content: Sequence[Line], marks: str = BULLETS) -> list[tuple[int, int]]:
    """(start, end) positions of the runs of three lines or more that open with the same typographic bullet."""
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(content):
        mark = content[position].text.lstrip()[:1]
        end = position
        while mark and mark in marks and end < len(content) and content[end].text.lstrip()[:1] == mark:
            end += 1
        if end - position >= BULLETED_MIN_ITEMS:
            runs.append((position, end))
            position = end
        else:
            position += 1
    return runs


# A match's minute opening an event: "23' هدف ...", "45+2' Yellow card for ...", "90’ Fin du match".
_MINUTE = regex.compile(r"^\s*(?P<minute>\d{1,3})(?:\+\d{1,2})?\s?['’′]\s")


def _minute_runs(content: Sequence[Line]) -> list[tuple[int, int]]:
    """(start, end) positions of the runs of three lines or more that each open with a match's minute,
    the minutes never going back: a report's minute-by-minute events."""
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(content):
        end, minute = position, -1
        while end < len(content) and (found := _MINUTE.match(content[end].text)) and int(found["minute"]) >= minute:
            minute = int(found["minute"])
            end += 1
        if end - position >= BULLETED_MIN_ITEMS:
            runs.append((position, end))
        position = max(end, position + 1)
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
    "• ملعقة صغيرة سكر", ...) or with a match's minute ("23' هدف ...", "39' إنذار ...") are a list of
    the text, however short, and so is the short heading right above them ("المكونات", "معلومات
    للزائر", "أبرز الأحداث")."""
    for position, end in _bullet_runs(content) + _minute_runs(content):
        heading = content[position - 1] if position else None
        if heading is not None and heading.words <= LIST_HEADING_WORDS and heading.text.rstrip()[-1:] not in ".!?؟" and not heading.decisions:
            heading.cls, heading.score = "item", 0.0
        for item in content[position:end]:
            if not item.decisions:
                item.cls, item.score = "item", 0.0


PROS_CONS_ITEMS = 2  # a review's pros (or cons): two items at least under their heading
PROS_CONS_ITEM_WORDS = (2, 12)  # each a few words ("Station encombrante et bruyante"), not a paragraph


@lru_cache(maxsize=1)
def _pros_cons_heading() -> regex.Pattern[str]:
    """A review's heading over its pros or its cons, the whole line ("Les points forts", "Cons",
    "العيوب"): `pros-cons.txt` of every language."""
    return regex.compile(rf"^\W*(?:{lexicon.data_alternation('pros-cons.txt')})\W*$")


PROSE_OVER_PROS = 2  # paragraphs of the review over its pros and cons, at least


def _pros_and_cons(content: Sequence[Line]) -> None:
    """A review's pros and cons without bullets, under their headings ("Les points forts" /
    "Aspiration très efficace sur sols durs" / ... / "Les points faibles" / ...): lists of the text,
    however short their lines, that close the review under its verdict."""
    heading = _pros_cons_heading()
    # Under paragraphs of the review, not in a menu above it ("Pros" a site's section), nor in a
    # verdict's box over the review (its one sentence; a cookie note above it is no paragraph).
    prose = 0
    for position, line in enumerate(content):
        if prose < PROSE_OVER_PROS and line.cls == "good" and not line.decisions and lexicon.match(line) is None:
            prose += 1  # (counted up to what the test needs: a lexicon's match is no cheap test)
        if prose < PROSE_OVER_PROS or line.decisions or not heading.match(line.key):
            continue
        items = _pros_cons_items(content[position + 1 :], heading, undecided=True)
        if len(items) >= PROS_CONS_ITEMS:
            for member in (line, *items):
                member.cls, member.score = "item", 0.0


def pros_cons_boxes(lines: Sequence[Line]) -> list[Line]:
    """The headings and items of a review's pros and cons among the lines, wherever they stand (a
    box between the header and the text: "المزايا" / ... / "العيوب" / ...)."""
    heading = _pros_cons_heading()
    boxes: list[Line] = []
    for position, line in enumerate(lines):
        if not heading.match(line.key):
            continue
        items = _pros_cons_items(lines[position + 1 :], heading, undecided=False)
        if len(items) >= PROS_CONS_ITEMS:
            boxes += [line, *items]
    return boxes


def _pros_cons_items(lines: Sequence[Line], heading: regex.Pattern[str], *, undecided: bool) -> list[Line]:
    """The items right under a pros or cons heading: a few words each, up to the next heading
    (`undecided`: and up to a line another rule has decided)."""
    low, high = PROS_CONS_ITEM_WORDS
    items: list[Line] = []
    for item in lines:
        if undecided and item.decisions or heading.match(item.key) or not low <= item.words <= high or mostly_numbers(item.tokens):
            break
        items.append(item)
    return items


CARD_FIELDS = 3  # "label: value" lines in a row at least that make a card
CARD_FIELD_WORDS = 10
_FIELD = regex.compile(r"^[^\W\d][^:：]{0,24}[:：]\s*\S")
FIELD_LABEL_WORDS = 3


def field_card(lines: Sequence[Line]) -> list[Line]:
    """The lines of runs of short "label: value" lines among the lines ("المؤلفة: ...", "Pages: 328",
    "Durée : 1 h 52"), three in a row at least: a card of facts, no header."""
    card: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and card_field(line):
            run.append(line)
            continue
        if len({_field_label(member) for member in run}) >= CARD_FIELDS:  # (a headline "X: Y" shown twice is none)
            card += run
        run = []
    return card


def _field_label(line: Line) -> str:
    return line.key.split(":", 1)[0].split("：", 1)[0].strip()


def card_field(line: Line) -> bool:
    """A short "label: value" line that is no stamp of the header ("نشر في: الأحد 16 يونيو 2024")."""
    found = _FIELD.match(line.text)
    return (
        found is not None
        and line.words <= CARD_FIELD_WORDS
        and len(line.text.split(":", 1)[0].split("：", 1)[0].split()) <= FIELD_LABEL_WORDS
        and not dates.is_date_line(line.text, folded=line.key)
    )


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


def _announces_list(line: Line) -> bool:
    """A sentence of the text (or a short one) that ends in a colon: "The album holds five songs:"."""
    return ends_with_colon(line.text) and line.cls in ("good", "near")


_LIST_MARK = regex.compile(r"(\d{1,2})[.)]\s")


def numbered_from_one(items: Sequence[Line]) -> bool:
    """Items marked "1.", "2.", "3." ... in order from one, with no number left out."""
    marks = [_LIST_MARK.match(line.text) for line in items]
    return bool(items) and all(mark is not None and int(mark[1]) == number for number, mark in enumerate(marks, 1))


def unmarked(text: str) -> str:
    """An item's text without its list mark: "3. Al-Wala Dam: 51%" → "Al-Wala Dam: 51%"."""
    mark = _LIST_MARK.match(text)
    return text[mark.end() :] if mark is not None else text
