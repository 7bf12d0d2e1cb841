"""Dates in news pages: find them, read them to ISO 8601, and tell a date-stamp line.

Precision first: a wrong date is worse than no date. A date needs a day, a month and a year that
make a real calendar day (years 1990–2035, Hijri 1400–1460); a bare number, a score "2-1", a phone
number or a time alone is never read as a date; "03/04/2024" is read only where the order is known
(day first outside English, or a day above 12) and "2 hours ago" gives no date at all.

Month and weekday names are data, per language and dialect, in `lexicons/<lang>/dates.toml`
(Levantine كانون الثاني, Egyptian يناير, Moroccan غشت, Algerian جويلية, Hijri رجب...). Everything is
matched on folded text (see `normalize.fold`: Arabic-Indic digits read as ASCII, letter variants
and tatweel folded), so "١٢ أكتوبر ٢٠٢٥" and "12 اكتوبر 2025" are one case. Hijri dates keep their
Hijri reading (`DateMatch.hijri`) and are converted to the Gregorian calendar with `hijridate`; Solar
Hijri (Iranian) dates keep theirs (`DateMatch.jalali`) and are converted with `jdatetime`; Ethiopian
dates ("መስከረም 28 2018 ዓ.ም", Amharic and Tigrinya pages) keep theirs (`DateMatch.ethiopian`) and are
converted by day count (`_from_ethiopian`).
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..lexicon import LANGUAGES
from .. import trie
from ..normalize import fold, fold_lines

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

YEARS = (1990, 2035)
HIJRI_YEARS = (1400, 1460)
BUDDHIST_ERA = 543  # Thai dates count the years of the Buddhist era: 2568 BE is 2025
# The Ethiopian year starts in September, 7 or 8 years behind: 1982-2020 is 1989-2028. A later year
# with these month names is Gregorian: Eritrea's pages name the Gregorian months so ("15 ጥቅምቲ 2025").
ETHIOPIAN_YEARS = (1982, 2020)
JALALI_YEARS = (1370, 1414)  # 1991-2035, as YEARS (numeric Hijri dates of those years are not read)


_PLAYER_TIME = regex.compile(
    r"^\W*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\W*$"  # "00:00 / 02:14"
    r"|^\W*0?0:00(?::00)?\W*$"  # "00:00" alone: the position of a player that has not started
)
# A digit; a dual ("منذ يومين"); one unit without its number ("منذ ساعة", "an hour ago").
_MAY_BE_STAMP = regex.compile(
    r"\d|ساعتين|يومين|دقيقتين|[أا]سبوعين|شهرين|منذ\s+(?:ساع[ةه]|دقيق[ةه]|يوم|[أا]سبوع|شهر)\s*$|\ban?\s+(?:hour|minute|day|week)\s+ago\b",
    regex.IGNORECASE,
)
# A time zone in brackets after the time: "(EAT)", "(توقيت مكة المكرمة)", "(بتوقيت القدس)", "(heure de Paris)".
_ZONE = regex.compile(r"\(\s*(?:[^\W\d_]{2,5}|(?:ب?توقيت|heure|hora|time)\s[^\W\d_][^()\d]{0,25}|[^\W\d_][^()\d]{0,25}\stime)\s*\)", regex.IGNORECASE)
# ...or named at the line's end without brackets: "15:20 بتوقيت موسكو", "15:20 Moscow time", "по московскому времени".
_ZONE_TAIL = regex.compile(
    r"\s(?:(?:ب?توقيت|heure de|hora de|ora di)\s[^\W\d_]+(?:\s[^\W\d_]+)?|[^\W\d_]+(?:\s[^\W\d_]+)?\stime|по\s[^\W\d_]+\sвремени)\W*$",
    regex.IGNORECASE,
)
# ...or abbreviated right after it: "8:15 AM EAT", "10:30 CEST", "6:00 AM NST" (the line is folded).
_ZONE_ABBREVIATION = regex.compile(
    r"\x00\s*(?:[ecmpan][sd]t|pht|myt|brt|ces?t|ees?t|wes?t|bst|ist|eat|wat|cat|sast|ak[sd]t|hst|a[ecw][sd]t|nz[sd]t|gmt|utc|msk|jst|kst|pkt|ict|wib|sgt|hkt|uk)\b"
)
YEAR = regex.compile(r"\d{4}")  # every date pattern has a four-digit year: a line without one has no date...
# ...but a stamp's "Publié le 03-02-25 à 11h20", "פורסם: 11.03.25, 21:05" (day first; read only after a
# stamp word: "1.2.25" alone may be a version).
_SHORT_YEAR = regex.compile(r"(?<![\w/.:-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{2})(?![\w/:]|[.-]\d)")
_GLUED_AND = regex.compile(r"(?<!\w)و(?=\d)")
_CLOCK_NEXT = regex.compile(r"[\s,،|·-]+\d{1,2}:\d{2}(?!\d)")
_NOT_WORDS = regex.compile(r"[\d\W_]+")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line. `iso` is "YYYY-MM-DD" (None for a relative date such as "3 hours
    ago"); `text` the words as the page wrote them; `calendar` "gregorian", "hijri", "jalali" or
    "ethiopian", the calendar the page wrote it in."""

    iso: str | None
    text: str
    start: int
    end: int
    calendar: str = "gregorian"
    hijri: str | None = None
    jalali: str | None = None  # a Solar Hijri (Iranian) date as it reads, "1403-04-12"
    ethiopian: str | None = None  # an Ethiopian date as it reads, "2018-01-28"


@dataclass(frozen=True)
class _Tables:
    months: dict[str, int]
    hijri_months: dict[str, int]
    jalali_months: dict[str, int]
    ethiopian_months: dict[str, int]
    patterns: tuple[tuple[regex.Pattern[str], str], ...]  # (pattern, field order)
    hijri: tuple[regex.Pattern[str], ...]  # "12 رمضان 1446 هـ"
    jalali: tuple[regex.Pattern[str], ...]  # "۵ آذر ۱۴۰۵", "۱۴۰۳/۰۴/۱۲"
    ethiopian: tuple[regex.Pattern[str], ...]  # "መስከረም 28 ቀን 2018 ዓ.ም", "ጥቅምቲ 4/2018", "28 መስከረም 2018"
    time: regex.Pattern[str]
    filler: regex.Pattern[str]  # weekday names and stamp words: what may surround a date on its line
    relative: regex.Pattern[str]
    counter: regex.Pattern[str]  # a view or comment count beside the stamp: "عدد المشاهدات: 853", "1,204 views"
    weekdays: frozenset[str]  # folded
    updated: regex.Pattern[str]  # the stamp words of an update ("updated", "mis à jour", "آخر تحديث")
    glued: regex.Pattern[str]  # a stamp word written onto the date's digits: "Updated22 Feb 2025" (innerText of two spans)


def _alternation(names: list[str]) -> str:
    """Any of the names, folded, longest first, each with an optional dot ("janv."); as a trie."""
    return trie.alternation({fold(name) for name in names}, suffix=r"\.?")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    root = resources.files("newsclean") / "lexicons"
    months: dict[str, int] = {}
    hijri_months: dict[str, int] = {}
    jalali_months: dict[str, int] = {}
    ethiopian_months: dict[str, int] = {}
    fillers: list[str] = []
    relatives: list[str] = []
    counters: list[str] = []
    weekdays: list[str] = []
    updated: list[str] = []
    for lang in LANGUAGES:
        path = root / lang / "dates.toml"
        if not path.is_file():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        tables = (("months", months), ("hijri_months", hijri_months), ("jalali_months", jalali_months), ("ethiopian_months", ethiopian_months))
        for table, target in tables:
            for number, names in data.get(table, {}).items():
                for name in names:
                    target[fold(name)] = int(number)
        words = data.get("words", {})
        fillers += words.get("weekdays", []) + words.get("stamp", [])
        weekdays += words.get("weekdays", [])
        relatives += words.get("relative", [])
        counters += words.get("counters", [])
        updated += words.get("updated", [])
    month_names = _alternation(list(months))
    month = rf"(?P<month>{month_names})"
    second = rf"(?:\s*/\s*(?:{month_names})|\s*\(\s*(?:{month_names})\s*\))?"  # "كانون الثاني / يناير", "أيار (مايو)"
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th|\.)?"  # "1er", "3rd", "3. Februar"
    year = r"(?P<year>\d{4})(?:[مء](?!\w))?"  # "27 يناير 2026م", "12 جنوری 2025ء": the Gregorian year's mark
    edge, end = r"(?<![\w/.-])", r"(?![\w/]|[.-]\d)"
    # A full date, year first, may follow its stamp's word glued by a scraper ("송고2025-06-03 14:27",
    # "Published2025-06-03"): a letter before it is no digit of it.
    glued = r"(?<![\d_/.-])"
    patterns = (
        (regex.compile(rf"{glued}{year}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){end}"), "ymd"),
        (regex.compile(rf"{glued}{year}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}}){end}"), "ymd"),
        (regex.compile(rf"{edge}(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-]{year}{end}"), "numeric"),
        # Czech and Slovak, a space after each dot: "21. 1. 2025 9:42"
        (regex.compile(rf"{edge}(?P<a>\d{{1,2}})\.\s(?P<b>\d{{1,2}})\.\s{year}{end}"), "numeric"),
        # Hungarian, year first: "2025. március 21."
        (regex.compile(rf"{edge}{year}\.\s*{month}\s+{day}(?!\w)"), "ymd"),
        # Lithuanian and Latvian, year first: "2025 m. gegužės 14 d.", "2025. gada 14. maijā"
        (regex.compile(rf"{edge}{year}\s*m\.\s*{month}\s+{day}\s*d\.?(?!\w)"), "ymd"),
        (regex.compile(rf"{edge}{year}\.\s*gada\s+{day}\s*{month}(?!\w)"), "ymd"),
        # Year first with dots, as Korean stamps write it: "입력 2025.04.14 09:30", "2025.04.14."
        (regex.compile(rf"{glued}{year}\.(?P<month>\d{{1,2}})\.(?P<day>\d{{1,2}})\.?{end}"), "ymd"),
        # Korean, year, month and day by their units: "2025년 4월 14일"; Japanese and Chinese: "2025年5月14日"
        (regex.compile(rf"{edge}{year}\s*년\s*(?P<month>\d{{1,2}})\s*월\s*(?P<day>\d{{1,2}})\s*일"), "ymd"),
        (regex.compile(rf"(?<![\d/.-]){year}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日"), "ymd"),
        # "7 avril 2025", "7-Apr-2025", "12 - مايو - 2025", "7 de abril de 2025" (Spanish, Portuguese), "20 تشرين الأول، 2024";
        # after the time and a dash: "نُشر: 14:20-2 ديسمبر 2025"
        # (Thai may mark the era between the month and the year: "14 พฤษภาคม พ.ศ. 2568")
        # "21/سبتمبر/2025": the month's name between slashes (Egyptian portals)
        (regex.compile(rf"(?:{edge}|(?<=\d:\d\d-)){day}\s*(?:-\s*|/\s*|de\s+)?{month}{second}[\s,،]*(?:-\s*|/\s*|de\s+|del\s+|พ\.\s?ศ\.\s*)?{year}{end}"), "dmy"),
        (regex.compile(rf"(?<!\w){month}\s+{day}[,،၊]?\s+{year}{end}"), "mdy"),
        # Year first, then the month's name and the day: Sinhala "2025 මැයි 09", Malayalam "2025 മാർച്ച് 12",
        # Armenian "2025 թ. հուլիսի 4-ին" (the year's abbreviation, the day's locative ending); after
        # the others, which take "April 8, 2025 April 9, 2025" first
        (regex.compile(rf"{edge}{year}\s+(?:թ\.\s*)?{month}\s+{day}(?:-ին)?(?![\w:./-]|\s*\d)"), "ymd"),
        # Uyghur, the year with its word, then the day and the month: "2025-يىلى 4-ئۆكتەبىر" ("the year 2025, 4 October")
        (regex.compile(rf"{edge}{year}-?\s?ييلي\s+{day}-?\s?{month}(?!\w)"), "ydm"),
        # ...or by numbers with their words: "2025-يىلى 12-ئاينىڭ 2-كۈنى" ("year 2025, of month 12, day 2")
        (regex.compile(rf"{edge}{year}-?\s?ييلي\s+(?P<month>\d{{1,2}})-?\s?ياينيڭ\s+(?P<day>\d{{1,2}})-?\s?كۈني(?!\w)"), "ymd"),
        # Khmer, the day, the month and the year each after its word, written on: "ថ្ងៃទី១៥ ខែវិច្ឆិកា
        # ឆ្នាំ២០២៥" ("day the 15, month Vichika, year 2025")
        (regex.compile(rf"ទី\s?{day}\s*(?:ខែ)?\s?{month}\s*(?:ឆ្នាំ)?\s?{year}{end}"), "dmy"),
        # "2026 الأربعاء ,28 كانون الثاني / يناير": year first, then weekday, day and month.
        (regex.compile(rf"{edge}{year}\s+(?:\w+\s*)?,?\s*{day}\s+{month}{second}(?!\w)"), "ydm"),
    )
    hijri = (
        regex.compile(rf"{edge}(?P<day>\d{{1,2}})\s+(?P<month>{_alternation(list(hijri_months))})\s+(?P<year>\d{{4}})\s*(?:هـ|ه)?(?!\w)"),
    )
    jalali = (
        regex.compile(rf"{edge}(?P<day>\d{{1,2}})\s+(?P<month>{_alternation(list(jalali_months))})\s+(?P<year>1[34]\d\d)(?!\w)"),
        regex.compile(rf"{edge}(?P<year>1[34]\d\d)/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}}){end}"),
    ) if jalali_months else ()
    ethiopian_month = rf"(?P<month>{_alternation(list(ethiopian_months))})"
    era = r"(?:\s*ዓ\.?\s?ም\.?)?"  # "ዓ.ም": the Ethiopian era, "year of mercy"
    ethiopian = (
        regex.compile(rf"(?<!\w){ethiopian_month}\s+(?P<day>\d{{1,2}})(?:\s*ቀን)?(?:\s*[,/፣]\s*|\s+)(?P<year>\d{{4}}){era}(?!\w)"),
        regex.compile(rf"{edge}(?P<day>\d{{1,2}})\s+{ethiopian_month}\s+(?P<year>\d{{4}}){era}(?!\w)"),
    ) if ethiopian_months else ()
    # "10:15", "14h05", "6:35 a. m." (the meridiem as Spanish and English pages write it)
    # "18.40 Uhr", "kl. 11.42", "klo 10.45": a dot between hours and minutes, when the clock's word
    # follows (German) or comes first (Swedish, Danish, Norwegian "kl.", Finnish "klo", "kello")
    time = regex.compile(
        r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)(?:\s*[ap]\.?\s?m\b\.?)?|(?<![\d.])\d{1,2}\.\d{2}(?=\s*uhr\b)"
        r"|(?<=(?<!\w)(?:kl|klo|kello)\.?\s)\d{1,2}\.\d{2}(?![\d.])"
        r"|(?<!\d)\d{1,2}\s*[時时]\s*\d{1,2}\s*分"  # "10時30分"
    )
    filler = regex.compile(rf"(?<!\w)(?:{_alternation(fillers)})(?!\w)")
    # (a digit before or after the word is no letter of it: "3h ago3 hours ago" as a page's two spans run together)
    relative = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(relatives)})(?!\p{{L}})")
    names = _alternation(counters)
    counter = regex.compile(rf"(?<!\w)(?:(?:{names})\s*:?\s*\d[\d,.]*|\d[\d,.]*\s*(?:{names}))(?!\w)")
    return _Tables(
        months, hijri_months, jalali_months, ethiopian_months, patterns, hijri, jalali, ethiopian, time, filler, relative, counter,
        frozenset(fold(name) for name in weekdays),
        regex.compile(rf"(?<!\w)(?:{_alternation(updated)})(?!\w)"),
        regex.compile(rf"(?<!\w)(?:{_alternation(fillers)})(?=\d)", regex.IGNORECASE),
    )


def _iso(year: int, month: int, day: int) -> str | None:
    if not YEARS[0] <= year <= YEARS[1]:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str, table: dict[str, int]) -> int | None:
    return table.get(regex.sub(r"\s+", " ", name.rstrip(".")))


def _from_jalali(year: int, month: int, day: int) -> str | None:
    """A Solar Hijri date in the Gregorian calendar (None for a day the calendar does not have)."""
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian().isoformat()
    except (ValueError, OverflowError):
        return None


# The day before the first day of the Ethiopian era, as a proleptic Gregorian ordinal (`date.toordinal`).
_ETHIOPIAN_EPOCH = 2795


def _from_ethiopian(year: int, month: int, day: int) -> str | None:
    """An Ethiopian date in the Gregorian calendar: twelve months of 30 days, then Pagume of 5 days (6
    in the year before a year divisible by 4); 1 Meskerem 2018 is 11 September 2025. None for a day
    the calendar does not have."""
    if not 1 <= month <= 13 or not 1 <= day <= (30 if month < 13 else 5 + (year % 4 == 3)):
        return None
    ordinal = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return dt.date.fromordinal(ordinal).isoformat()


def _from_hijri(year: int, month: int, day: int) -> str | None:
    try:
        from hijridate import Hijri
    except ImportError:  # the conversion is optional: the Hijri reading is kept either way
        return None
    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return None


def _original(text: str, folded: str, start: int, end: int) -> tuple[str, int, int]:
    """The matched words as the page wrote them. When folding kept the length, offsets agree;
    when it dropped or expanded characters (harakat, tatweel, "ß"), the original offsets are where
    the folded prefix reaches the folded offsets."""
    if len(folded) == len(text):
        return text[start:end], start, end
    full = fold_lines(text.replace("\n", " "))
    lead = len(full) - len(full.lstrip()) if full != folded else 0  # a `Line.key` is stripped, `full` may not be
    low, high = _unfolded(text, start + lead), _unfolded(text, end + lead)
    return text[low:high].strip(), low, high


def _unfolded(text: str, offset: int) -> int:
    """The shortest prefix of `text` whose folded form is `offset` characters long or longer."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if len(fold_lines(text[:middle])) < offset:
            low = middle + 1
        else:
            high = middle
    return low


_TWELVE_HOUR = regex.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?[ap]\.?m\b")


def find_dates(text: str, *, lang: str | None = None, folded: str | None = None) -> list[DateMatch]:
    """Every date in `text`, in order. `lang` "en" reads "03/04/2024" month first when it must; with
    no `lang`, a 12-hour clock beside it ("10/12/2024 11:48:00 PM") does the same, unless the first
    number cannot be a month. `folded`: the line already folded (`Line.key`), to spare folding it again."""
    tables = _tables()
    folded = folded if folded is not None else fold_lines(text.replace("\n", " "))
    found: list[DateMatch] = []
    if not YEAR.search(folded):
        return _short_year(text, folded, tables, lang)
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for patterns, reading in ((tables.hijri, _hijri), (tables.jalali, _jalali), (tables.ethiopian, _ethiopian)):
        for pattern in patterns:
            for match in pattern.finditer(folded):
                if not free(match.start(), match.end()):
                    continue
                read = reading(match, tables)
                if read is None:
                    continue
                iso, calendar_fields = read
                words, start, end = _original(text, folded, match.start(), match.end())
                found.append(DateMatch(iso, words, start, end, **calendar_fields))
                taken.append((match.start(), match.end()))
    # A 12-hour clock beside a numeric date with slashes is the US way of writing both: "10/12/2024 11:48:00 PM".
    us = lang is None and _TWELVE_HOUR.search(folded) is not None
    for pattern, order in tables.patterns:
        for match in pattern.finditer(folded):
            if not free(match.start(), match.end()):
                continue
            # (with slashes: "05-02-2024 08:30 PM" on a Jordanian site is day first, as dashes mostly are)
            iso = _read(match, order, tables, "us" if us and "/" in match.group() else lang)
            if iso is None:
                continue
            words, start, end = _original(text, folded, match.start(), match.end())
            found.append(DateMatch(iso, words, start, end))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda date: date.start)


# The other calendars' readers: a match's Gregorian date (None when it cannot be converted but the
# reading is worth keeping) and the DateMatch fields that tell the calendar; None for no date.
_Reading = tuple[str | None, dict[str, str]] | None


def _hijri(match: regex.Match[str], tables: _Tables) -> _Reading:
    year, day = int(match["year"]), int(match["day"])
    month = _month_number(match["month"], tables.hijri_months)
    if month is None or not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1] or not 1 <= day <= 30:
        return None
    return _from_hijri(year, month, day), {"calendar": "hijri", "hijri": f"{year:04d}-{month:02d}-{day:02d}"}


def _jalali(match: regex.Match[str], tables: _Tables) -> _Reading:
    year, day = int(match["year"]), int(match["day"])
    month = int(match["month"]) if match["month"].isdigit() else _month_number(match["month"], tables.jalali_months)
    if month is None or not JALALI_YEARS[0] <= year <= JALALI_YEARS[1]:
        return None
    iso = _from_jalali(year, month, day)
    return (iso, {"calendar": "jalali", "jalali": f"{year:04d}-{month:02d}-{day:02d}"}) if iso else None


def _ethiopian(match: regex.Match[str], tables: _Tables) -> _Reading:
    year, day = int(match["year"]), int(match["day"])
    month = _month_number(match["month"], tables.ethiopian_months)
    if month is None:
        return None
    if ETHIOPIAN_YEARS[0] <= year <= ETHIOPIAN_YEARS[1]:
        iso = _from_ethiopian(year, month, day)
        return (iso, {"calendar": "ethiopian", "ethiopian": f"{year:04d}-{month:02d}-{day:02d}"}) if iso else None
    # later years with these names: Eritrea's Gregorian months (መስከረም is September, ጥሪ January)
    iso = _iso(year, month % 12 + 8 if month <= 4 else month - 4, day) if month <= 12 else None
    return (iso, {}) if iso else None


def _short_year(text: str, folded: str, tables: _Tables, lang: str | None) -> list[DateMatch]:
    """A numeric date with a two-digit year, after a stamp word ("Publié le 03-02-25") or before the
    time ("14.04.25 09:30", as Hebrew sites stamp): a version number has no clock after it."""
    match = _SHORT_YEAR.search(folded)
    if match is None:
        return []
    if not tables.filler.search(folded[: match.start()]):
        # before the time only when the day tells: "4/7/17 7:38 PM" may be April or July
        if not _CLOCK_NEXT.match(folded, match.end()) or max(int(match["a"]), int(match["b"])) <= 12:
            return []
    iso = _read(match, "numeric", tables, lang, century=2000)
    if iso is None:
        return []
    words, start, end = _original(text, folded, match.start(), match.end())
    return [DateMatch(iso, words, start, end)]


def _read(match: regex.Match[str], order: str, tables: _Tables, lang: str | None, century: int = 0) -> str | None:
    year = int(match["year"]) + century
    if YEARS[0] + BUDDHIST_ERA <= year <= YEARS[1] + BUDDHIST_ERA:
        year -= BUDDHIST_ERA  # "14 พ.ค. 2568", "14/05/2568"
    if order == "numeric":
        first, second = int(match["a"]), int(match["b"])
        if lang == "us":  # month first, unless the first number cannot be a month
            return _iso(year, first, second) if first <= 12 else _iso(year, second, first)
        if lang == "en" or lang is None and first <= 12 < second:
            if first <= 12 < second:
                return _iso(year, first, second)  # month first: unambiguous only when the day > 12
            if second <= 12 < first:
                return _iso(year, second, first)
            return None if lang == "en" else _iso(year, second, first)
        return _iso(year, second, first)  # day first (Arabic, French, most of the world)
    day = int(match["day"])
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else _month_number(month_text, tables.months)
    if month is None:
        return None
    return _iso(year, month, day)


def parse_date(text: str, *, lang: str | None = None) -> DateMatch | None:
    """The first date in a line (a Gregorian one when the line gives both calendars), else None."""
    dates = find_dates(text, lang=lang)
    if not dates:
        return None
    gregorian = [date for date in dates if date.calendar == "gregorian"]
    if len(gregorian) >= 2:
        # "Updated March 15 2025 - 9:12am, first published March 14 2025 - 5:30pm": the date no
        # update word stands before (between the last date and this one) is the publication's.
        published = [date for date, since in zip(gregorian, [0] + [d.end for d in gregorian]) if not _updated(text[since : date.start])]
        if published and published[0] is not gregorian[0]:
            return published[0]
    if gregorian:
        return gregorian[0]
    return dates[0]


CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")  # a time of day, "9:41", "16:05"
DASH = regex.compile(r"\s+[-–—]\s+")  # a dash between a line's items: "Annalee Newitz - Mar 28, 2017"
DASHED_STAMP_WORDS = 15
DASHED_NAME_WORDS = 4


def dashed_stamp(text: str, words: int) -> bool:
    """ "<site or writer> - <date and time>" on one short line: "نبض عمّان - الثلاثاء، 4 تشرين الثاني
    2025 - 18:05". Without a time, "<title> - <date>" is as often a list's item ("Workingman's Dead -
    Saturday, January 20, 2007"), and a name with a figure a catalogue's ("Nonesuch - #79323 / ...")."""
    if words > DASHED_STAMP_WORDS:
        return False
    parts = DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) > DASHED_NAME_WORDS or any(char.isdigit() for char in parts[0]):
        return False
    return CLOCK.search(parts[1]) is not None and is_date_line(parts[1]) and any(found.iso for found in find_dates(parts[1]))


def stamped(text: str) -> tuple[DateMatch, bool] | None:
    """A stamp's line: a date after stamp words alone ("First Published: 19 Mar 2025, 11:48 PM IST",
    "Updated: Mar 20, 2025"), with whether they mark an update. None for any other line."""
    found = parse_date(text)
    if found is None or found.iso is None:
        return None
    head = text[: found.start].rsplit("|", 1)[-1]  # "Bengaluru | Updated: Jan 22, 2025": the place's item apart
    folded = fold(head)
    if not _tables().filler.search(folded) or regex.search(r"\w", _tables().filler.sub(" ", folded)):
        return None
    return found, _updated(head)


def _updated(text: str) -> bool:
    """Whether an update's stamp word stands in the text ("Updated", "mis à jour", "آخر تحديث")."""
    return _tables().updated.search(fold(text)) is not None


def is_player_time(text: str) -> bool:
    """A video or audio player's position and length ("00:00 / 02:14"), or its position alone before
    it starts ("0:00"): no time stamp."""
    return _PLAYER_TIME.match(text) is not None


def is_weekday(word: str) -> bool:
    """ "الإثنين", "Monday", "lundi": a weekday's name in a language the tables know."""
    return fold(word).strip(" ,،.") in _tables().weekdays


def is_month_name(text: str) -> bool:
    """ "أيار", "يناير", "mars": a month's name in any calendar the tables know."""
    key = fold(text).strip()
    tables = _tables()
    return key in tables.months or key in tables.hijri_months or key in tables.jalali_months


DATED_ENTRY_HEAD_WORDS = 4
DATED_ENTRY_TOLD_WORDS = 2
# "14 novembre : ...", "March 3 - ...", "12 مارس: ...": a short head, then a colon or a spaced dash
_ENTRY_HEAD = regex.compile(r"^\s*(?P<head>[^:：\-–—]{1,40}?)\s*(?::|：|\s[-–—]\s)")


def dated_entry(text: str) -> bool:
    """A line that opens with a day and a month's name, then a colon or a dash ("14 novembre : la
    direction annonce ...", "March 3 — ...", "12 مارس: ..."): a timeline's entry, which writes its date
    first (a list of teasers puts it last)."""
    head = _ENTRY_HEAD.match(text)
    if head is None:
        return False
    words = head.group("head").split()
    if not words or not (any(char.isdigit() for char in words[0]) or is_month_name(words[0].strip(".,،"))):
        return False  # the day or the month opens it ("Next Post Nov. 3: ..." is a link's label)
    told = [word for word in text[head.end() :].split() if sum(char.isalpha() for char in word) >= 3]
    return (
        len(told) >= DATED_ENTRY_TOLD_WORDS  # what happened that day, not a stamp's time ("... 2025 - 18:47")
        and len(words) <= DATED_ENTRY_HEAD_WORDS
        and any(any(char.isdigit() for char in word) for word in words)
        and any(is_month_name(word.strip(".,،")) for word in words)
    )


RELATIVE_STAMP_WORDS = 4


_TIME_OF_DAY = regex.compile(r"(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?!\d)")  # "5:00AM", "13:15h", "18h12"


def dated_and_timed(text: str, *, folded: str | None = None) -> bool:
    """A date with a time of day after it: a stamp ("Bridget Mulcahy State Political Reporter May 6,
    2025 - 5:00AM", "رامي عبد الله الأحد 11 مايو 2025 - 09:30"), which a headline does not carry."""
    if _TIME_OF_DAY.search(text) is None:
        return False  # (most lines stop here, before the costlier date search)
    found = find_dates(text, folded=folded)
    return bool(found) and found[0].iso is not None and _TIME_OF_DAY.search(text, found[0].end) is not None


def relative_stamp(folded: str) -> bool:
    """A stamp's word, then a time counted back from now, in the (folded) line's first words: "Posted
    3h ago", "Updated 2 hours ago, ..." (not a headline's "... arası 12 dakika")."""
    words = folded.split()
    if not words or _tables().filler.fullmatch(words[0].strip(":")) is None:
        return False
    opening = " ".join(words[1:RELATIVE_STAMP_WORDS])
    return bool(_MAY_BE_STAMP.search(opening)) and _tables().relative.search(opening) is not None


def is_date_line(text: str, *, folded: str | None = None) -> bool:
    """True when the line is only a date or time stamp: "Published: March 3, 2024 10:15 am",
    "آخر تحديث GMT 00:22:46", "الأحد 12 يناير 2025", "Publié le 3 mars 2024 à 10h30", "3 hours ago"."""
    if len(text) > 120 or not _MAY_BE_STAMP.search(text):
        return False  # every stamp has a digit, or is a dual such as "منذ ساعتين": most lines stop here
    if is_player_time(text):
        return False
    tables = _tables()
    folded = folded if folded is not None else fold(text)
    if tables.glued.search(folded):  # "Updated22 Feb 2025, 06:41 PM IST": the word and the digits apart
        text, folded = (tables.glued.sub(r"\g<0> ", part) for part in (text, folded))
    rest = folded
    dates = find_dates(text, folded=folded)
    for date in dates:
        rest = rest.replace(fold(date.text), " ")
    rest, times = tables.time.subn("\x00", rest)
    if times:
        rest = _ZONE_TAIL.sub(" ", _ZONE.sub(" ", rest))  # "08:30 (EAT)": a time zone in brackets after the time
        rest = _ZONE_ABBREVIATION.sub(" ", rest).replace("\x00", " ")  # "8:15 AM EAT"
    rest = tables.counter.sub(" ", rest)
    if "و" in rest:
        rest = _GLUED_AND.sub("و ", rest)  # "ساعة و20 دقيقة": the "and" written onto the number
    has_relative = bool(tables.relative.search(rest)) and bool(_MAY_BE_STAMP.search(rest))
    # (a relative word may be a weekday's part, Vietnamese "năm", year, in "Thứ Năm", Thursday: the
    # stamp's words go in either order)
    words = _NOT_WORDS.sub(" ", tables.filler.sub(" ", tables.relative.sub(" ", rest))).strip()
    if words:
        words = _NOT_WORDS.sub(" ", tables.relative.sub(" ", tables.filler.sub(" ", rest))).strip()
    if words:
        return _placed_stamp(text)
    return bool(dates) or times > 0 or has_relative


# "Bengaluru | Updated: Jan 22, 2025 07:41 IST", "Paris | Publié le 3 mars 2024": the place the story
# was filed from, a bar, then a stamp that says what it is ("blog | February 01, 2022" is a section's
# name over a date, read with the header items). Only a bar: "Jane Doe - 12 March 2024" names a writer.
_PLACE_BAR = regex.compile(r"^\p{L}[\p{L}\p{M}.'’-]*(?:\s\p{L}[\p{L}\p{M}.'’-]*){0,2}\s*\|\s*(?=\S)")


# "Quimper, le 10/03/2025 à 08h15", "Ouest-Info, le 10 mars 2025": a place or the paper, a comma, then
# the French "le" of a stamp.
_PLACE_COMMA_LE = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{L}[\p{L}\p{M}.'’-]*){0,2},\s+(?=le\s)")


def _placed_stamp(text: str) -> bool:
    """A stamp after the place it was filed from and a bar (or a comma before "le"), with its stamp
    word and a date in it."""
    place = _PLACE_BAR.match(text) or _PLACE_COMMA_LE.match(text)
    if place is None:
        return False
    stamp = text[place.end() :]
    return "|" not in stamp and has_stamp_word(fold(stamp)) and bool(find_dates(stamp)) and is_date_line(stamp)


def has_stamp_word(folded: str) -> bool:
    """Whether a (folded) line holds a word of date stamps ("تحديث", "updated", "publié")."""
    return _tables().filler.search(folded) is not None
