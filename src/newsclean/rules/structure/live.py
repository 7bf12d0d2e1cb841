"""A live page's stamps: the bare times of its updates ("18:20", "17:05"), relative stamps ("2 hours
ago"), a day and a time, or a match report's minutes ("90+4'"). They ride with the live text instead
of breaking it as fragments.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ... import lexicon
from ...metadata import dates
from ...lines import WORD, Line
from .common import REPLY_WORDS, has_time


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
    if stamps and len(stamps) < LIVE_MIN_STAMPS and _with_timed_entries(content, stamps):
        return frozenset(index for index, _ in stamps)
    if len(stamps) < LIVE_MIN_STAMPS or not _one_way(times) or _in_a_row(content, stamps) or not _told(content, stamps):
        return _match_minutes(content) or _stamped_updates(content, _relative_live_stamp) or _stamped_updates(content, _day_and_time)
    # The newest updates of a live page may be stamped "10 minutes ago", "منذ 45 دقيقة" instead.
    relative = {line.index for line in content if line.words <= LIVE_STAMP_WORDS and _relative_stamp(line)}
    return frozenset(index for index, _ in stamps) | relative


# A live entry that opens with its time: "15:40 - أكد وكيل المحافظة ...", "10.05 – The minister ..."
_TIMED_ENTRY = regex.compile(r"^\W*(\d{1,2})[:.](\d{2})\s*[-–—|]\s+\S")


def _with_timed_entries(content: list[Line], stamps: list[tuple[int, int]]) -> bool:
    """A live page that sets a time alone over some updates and opens the others with it ("18:05" /
    update, then "15:40 - ..."): with the entries' times, three stamps at least, all going one way,
    and an update's sentence under each bare time."""
    bare = dict(stamps)
    times = []
    for line in content:
        if line.index in bare:
            times.append(bare[line.index])
        elif line.cls in ("good", "near") and (found := _TIMED_ENTRY.match(line.text)) is not None and int(found[1]) < 24 and int(found[2]) < 60:
            times.append(int(found[1]) * 60 + int(found[2]))
    if len(times) - len(stamps) < 2 or len(times) < LIVE_MIN_STAMPS or not _one_way(times):
        return False
    return _told(content, stamps) and not _in_a_row(content, stamps)


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
