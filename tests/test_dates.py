"""Dates as news pages write them: Arabic (Levant, Egypt and the Gulf, Morocco, Algeria and Tunisia,
Hijri), English, French, Spanish and German, with the ISO date a careful reader gives. Precision first: the last
table lists strings that must give no date at all."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.metadata.dates import find_dates, is_date_line, parse_date

DATES = [
    # Arabic, Levantine month names (and their Egyptian twin after a slash)
    ("12 كانون الثاني 2025", "2025-01-12"),
    ("3 شباط 2024", "2024-02-03"),
    ("الخميس 7 آذار 2024", "2024-03-07"),
    ("15 نيسان 2023", "2023-04-15"),
    ("1 أيار 2025", "2025-05-01"),
    ("20 حزيران 2024", "2024-06-20"),
    ("9 تموز 2022", "2022-07-09"),
    ("30 آب 2021", "2021-08-30"),
    ("11 أيلول 2025", "2025-09-11"),
    ("5 تشرين الأول 2024", "2024-10-05"),
    ("28 تشرين الثاني 2023", "2023-11-28"),
    ("31 كانون الأول 2024", "2024-12-31"),
    ("GMT 16:34 2026 الأربعاء ,28 كانون الثاني / يناير", "2026-01-28"),
    ("الأربعاء 28 كانون الثاني / يناير 2026", "2026-01-28"),
    # Egypt and the Gulf
    ("الأحد 12 يناير 2025", "2025-01-12"),
    ("١٢ يناير ٢٠٢٥", "2025-01-12"),
    ("٣ فبراير ٢٠٢٤", "2024-02-03"),
    ("الثلاثاء 4 مارس 2025", "2025-03-04"),
    ("22 أبريل 2024", "2024-04-22"),
    ("22 ابريل 2024", "2024-04-22"),
    ("6 مايو 2023", "2023-05-06"),
    ("18 يونيو 2024", "2024-06-18"),
    ("18 يونيه 2024", "2024-06-18"),
    ("2 يوليو 2025", "2025-07-02"),
    ("14 أغسطس 2024", "2024-08-14"),
    ("14 اغسطس 2024", "2024-08-14"),
    ("9 سبتمبر 2025", "2025-09-09"),
    ("الأربعاء، 15 أكتوبر 2025 03:12 م", "2025-10-15"),
    ("10 نوفمبر 2024", "2024-11-10"),
    ("25 ديسمبر 2023", "2023-12-25"),
    ("GMT 00:22:46 - الأحد 12 يناير 2025", "2025-01-12"),
    ("نشر في: 7 مارس 2024 - 10:45 ص", "2024-03-07"),
    # Morocco
    ("11 ماي 2025", "2025-05-11"),
    ("3 يوليوز 2024", "2024-07-03"),
    ("12 غشت 2025", "2025-08-12"),
    ("20 شتنبر 2023", "2023-09-20"),
    ("14 نونبر 2024", "2024-11-14"),
    ("2 دجنبر 2024", "2024-12-02"),
    # Algeria and Tunisia
    ("5 جانفي 2025", "2025-01-05"),
    ("17 فيفري 2024", "2024-02-17"),
    ("9 أفريل 2025", "2025-04-09"),
    ("21 جوان 2024", "2024-06-21"),
    ("3 جويلية 2024", "2024-07-03"),
    ("24 أوت 2025", "2025-08-24"),
    # numeric, day first outside English
    ("2025/01/12", "2025-01-12"),
    ("2025-01-12", "2025-01-12"),
    ("12/01/2025", "2025-01-12"),
    ("١٢/٠١/٢٠٢٥", "2025-01-12"),
    ("Le 22/05/2024 à 10:15", "2024-05-22"),
    ("12.03.2024", "2024-03-12"),
    # English
    ("January 12, 2025", "2025-01-12"),
    ("Jan. 12, 2025", "2025-01-12"),
    ("12 January 2025", "2025-01-12"),
    ("Published: March 3, 2024 10:15 am", "2024-03-03"),
    ("Updated: Mar 3, 2024 / 11:20 AM EST", "2024-03-03"),
    ("Sep 14, 2024", "2024-09-14"),
    ("Tuesday, October 8, 2024", "2024-10-08"),
    ("February 29, 2024", "2024-02-29"),
    ("posted on December 1st, 2019", "2019-12-01"),
    ("by Jane Doe on January 31, 2011 at 9:59 am", "2011-01-31"),
    # French
    ("lundi 12 janvier 2025", "2025-01-12"),
    ("le 1er mars 2024 à 10h30", "2024-03-01"),
    ("Publié le 3 mars 2024 à 07h15, mis à jour à 09h40", "2024-03-03"),
    ("12 févr. 2024", "2024-02-12"),
    ("12 fevrier 2024", "2024-02-12"),
    ("15 août 2023", "2023-08-15"),
    ("3 décembre 2022", "2022-12-03"),
    ("Mis à jour le 9 février 2025 à 16h20", "2025-02-09"),
    # Spanish and German (month tables in lexicons/es, lexicons/de)
    ("7 de abril de 2025", "2025-04-07"),
    ("Lunes, 7 de abril de 2025, 10:30 h", "2025-04-07"),
    ("07 abr 2025 - 08:15", "2025-04-07"),
    ("Actualizado el 12 de septiembre de 2024", "2024-09-12"),
    ("Veröffentlicht am 3. Februar 2025", "2025-02-03"),
    ("12. März 2025, 18:30 Uhr", "2025-03-12"),
    ("03.02.2025, 06:00 Uhr", "2025-02-03"),
]

HIJRI = [
    ("15 رجب 1446 هـ", "1446-07-15", "2025-01-15"),
    ("1 رمضان 1446 هـ", "1446-09-01", "2025-03-01"),
    ("الأحد 1 ربيع الأول 1447 هـ", "1447-03-01", "2025-08-24"),
    ("10 ذو الحجة 1445هـ", "1445-12-10", "2024-06-16"),
]

NO_DATE = [
    "Score 2-1 at half time",
    "Call 0612345678 for tickets",
    "The 2024 budget was approved",
    "03/04/2024",  # English order unknown: either could be the month
    "31 February 2024",
    "45 mars 2024",
    "12 janvier 1850",
    "2 hours ago",
    "منذ ساعتين",
    "10:45",
    "Chapter 12, verse 2025",
    "Room 12 May Street 2025",
]


@pytest.mark.parametrize(("text", "iso"), DATES, ids=[text for text, _ in DATES])
def test_reads_the_date(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso, found


@pytest.mark.parametrize(("text", "hijri", "iso"), HIJRI, ids=[text for text, _, _ in HIJRI])
def test_reads_hijri_dates_and_converts_them(text: str, hijri: str, iso: str) -> None:
    found = [date for date in find_dates(text) if date.calendar == "hijri"]
    assert found and found[0].hijri == hijri
    assert found[0].iso == iso


def test_a_line_with_both_calendars_gives_the_gregorian_date() -> None:
    found = parse_date("الأحد 1 ربيع الأول 1447 هـ الموافق 24 أوت 2025")
    assert found is not None and found.iso == "2025-08-24" and found.calendar == "gregorian"


@pytest.mark.parametrize("text", NO_DATE)
def test_gives_no_date(text: str) -> None:
    found = parse_date(text, lang="en")
    assert found is None or found.iso is None, found


def test_english_order_when_the_day_tells() -> None:
    assert parse_date("03/14/2024", lang="en").iso == "2024-03-14"
    assert parse_date("14/03/2024", lang="en").iso == "2024-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "آخر تحديث GMT 00:22:46",
        "الأحد 12 يناير 2025",
        "Published: March 3, 2024 10:15 am",
        "Publié le 3 mars 2024 à 07h15, mis à jour à 09h40",
        "3 hours ago",
        "منذ 3 ساعات",
        "January 22, 2025",
        "16 de febrero de 2024 - 6:35 a. m.",
        "Publicado el 16 de febrero de 2024 a las 18:35 h",
        "Kamis, 14 Maret 2024 10:15 WIB",
        "الخميس 18 يوليو 2024 | 15:20 بتوقيت موسكو",
        "Thursday 18 July 2024 | 15:20 Moscow time",
        "18.07.2024 15:20 по московскому времени",
        "Published: Tuesday, February 11, 2025 8:15 AM EAT | Updated 3 hours ago",
        "11.02.2025 10:30 CEST",
        "Mis à jour il y a 2 jours",  # "jours": not "jour" alone, which "mis à jour" holds
        "hace 3 días",
        "vor 2 Tagen",
        "24 de mayo de 2025 · 19:30 hs",  # Argentina's "hs"
        "Сегодня, 10:17",  # "today" and a time
        "Heute, 08:45",
        "نُشر: 22-11-2024 | حُدّث: 23-11-2024 09:14",
        "Publicerad 2024-10-11 06.00",  # Swedish
        "Uppdaterad 12 oktober 2024 kl. 14.05",
        "Publiceret 11. oktober 2024 kl. 06.00",  # Danish
        "Publisert 11. desember 2024",  # Norwegian
        "Päivitetty 12. lokakuuta 2024 klo 14.05",  # Finnish
        "نُشر: 09:05-17 مارس 2025 م ـ 17 رمضان 1446 هـ",  # the time, a dash, the date; both calendars
        "Updated14 Mar 2025, 06:41 PM IST",  # innerText of two spans: the word written onto the digits
    ],
)
def test_date_stamp_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council met on January 22, 2025 to vote on the budget.",
        "بوتين يلتقي الشرع في موسكو في 12 يناير 2025 لبحث العلاقات",
        "Il y a 2 jours que la grève dure",
        "Score 2-1",
        "Vino el 16 de febrero de 2024",
        "The vote on 18 July 2024 came at the wrong time",
        "February 11, 2025 10:30 that",
        "Heute im Programm",
        "Time: 6:30-?",  # "time" is the hour in Danish and Norwegian, and no stamp word in English
        "",
    ],
)
def test_sentences_with_dates_are_not_stamp_lines(text: str) -> None:
    assert not is_date_line(text)


def test_the_original_words_are_returned() -> None:
    found = parse_date("نشر في ١٢ يناير ٢٠٢٥")
    assert found is not None and found.text == "١٢ يناير ٢٠٢٥"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("12 - مايو - 2025", "2025-05-12"), ("3 - March - 2025", "2025-03-03"), ("7-Apr-2025", "2025-04-07")],
)
def test_day_month_year_joined_by_dashes(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "text", ["نشر بتاريخ: 2024/06/09 - 11:20 عدد المشاهدات: 853", "March 3, 2024 · 1,204 views", "Mar 3, 2024 | 12 comments"]
)
def test_a_counter_beside_the_stamp_keeps_it_a_date_line(text: str) -> None:
    assert is_date_line(text)


def test_a_counter_alone_is_no_date_line() -> None:
    assert not is_date_line("853 مشاهدة")


@pytest.mark.parametrize(
    ("text", "iso"), [("Publié le 03-02-25 à 11h20", "2025-02-03"), ("פורסם: 11.03.25, 21:05", "2025-03-11")]
)
def test_two_digit_year_after_a_stamp_word(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


def test_two_digit_year_without_a_stamp_word_is_no_date() -> None:
    assert parse_date("Version 1.2.25") is None
    assert parse_date("1.2.25") is None


def test_two_digit_year_before_the_time_is_a_date() -> None:
    found = parse_date("14.04.25 09:30")  # a Hebrew site's stamp, no word before it
    assert found is not None and found.iso == "2025-04-14"
    assert parse_date("4/7/17 7:38 PM") is None  # April or July: without a stamp word, the day must tell


def test_a_time_zone_in_brackets_after_the_time_keeps_it_a_date_line() -> None:
    assert is_date_line("Tuesday, February 18, 2025 08:30 (EAT)")
    assert not is_date_line("March 3, 2025 (AFP)")  # an agency, not a zone: no time before it


@pytest.mark.parametrize(
    "text",
    ["آخر تحديث: 3/11/2024 11:20 (توقيت مكة المكرمة)", "Publié le 3 mars 2025 à 10:30 (heure de Paris)"],
)
def test_a_named_time_zone_in_brackets_keeps_it_a_date_line(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["الإثنين 22 أبريل 2024 - منذ يومين", "منذ أسبوعين", "منذ شهرين"])
def test_an_arabic_dual_makes_a_relative_stamp(text: str) -> None:
    assert is_date_line(text)


def test_a_bracket_after_the_time_that_names_no_zone_is_no_date_line() -> None:
    assert not is_date_line("March 3, 2025 10:30 (the council meets)")


@pytest.mark.parametrize("text", ["0:00", "00:00", "00:00 / 02:14"])
def test_a_players_position_is_no_time_stamp(text: str) -> None:
    assert not is_date_line(text)


def test_a_headline_with_harakat_and_its_date_is_no_date_line() -> None:
    # Folding drops harakat and tanween, so the folded line is shorter than the page's: the date's
    # words must still be found where they stand, not taken for the whole line.
    text = "الدولار يقفز إلى ٢٦٤٠ جنيهاً في السوق الموازية.. تعرّف على الأسعار السبت ١٢ أبريل ٢٠٢٥"
    found = find_dates(text)
    assert [date.text for date in found] == ["١٢ أبريل ٢٠٢٥"]
    assert text[found[0].start : found[0].end].strip() == "١٢ أبريل ٢٠٢٥"
    assert not is_date_line(text)


def test_both_calendars_with_their_marks_and_tatweel_make_a_date_line() -> None:
    text = "الثلاثاء 8 شعبان 1447هـ الموافق 27 يناير 2026م - الساعة 03:05 مساءً"
    assert [date.iso for date in find_dates(text)] == ["2026-01-27", "2026-01-27"]
    assert is_date_line(text)


@pytest.mark.parametrize(
    ("text", "jalali", "iso"),
    [
        ("۵ آذر ۱۴۰۵ - ۱۴:۳۵", "1405-09-05", "2026-11-26"),
        ("تاریخ انتشار: سه‌شنبه ۱۲ تیر ۱۴۰۳ - ۱۰:۲۰", "1403-04-12", "2024-07-02"),
        ("۱۴۰۳/۰۴/۱۲", "1403-04-12", "2024-07-02"),
        ("1 فروردین 1404", "1404-01-01", "2025-03-21"),
    ],
)
def test_reads_solar_hijri_dates_and_converts_them(text: str, jalali: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and (found.calendar, found.jalali, found.iso) == ("jalali", jalali, iso)
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["30 اسفند 1404", "1446/03/12", "12 مهر 2024"])
def test_no_solar_hijri_date_where_the_calendar_has_none(text: str) -> None:
    # 1404 is no leap year (no 30 Esfand); 1446 is a Hijri year; 2024 is no Solar Hijri year.
    found = parse_date(text)
    assert found is None or found.calendar != "jalali"


# The Ethiopian calendar (Amharic and Tigrinya pages): twelve months of 30 days and Pagume, the year
# starting on 11 September (12 in the Gregorian year before a leap year).
@pytest.mark.parametrize(
    ("text", "ethiopian", "iso"),
    [
        ("መስከረም 28 2018 ዓ.ም", "2018-01-28", "2025-10-08"),
        ("መስከረም 1 ቀን 2018 ዓ.ም", "2018-01-01", "2025-09-11"),  # new year, with "ቀን" (day)
        ("መስከረም 1 2016", "2016-01-01", "2023-09-12"),  # after the leap year 2015: 12 September
        ("ጳጉሜ 6 2015", "2015-13-06", "2023-09-11"),  # the sixth day of Pagume, in a leap year only
        ("ታህሳስ 29 2017", "2017-04-29", "2025-01-07"),  # Christmas (Genna)
        ("28 መስከረም 2018 ዓ.ም", "2018-01-28", "2025-10-08"),
        ("ጥቅምቲ 4/2018 ዓ.ም", "2018-02-04", "2025-10-14"),  # Tigrinya, day and year split by a slash
    ],
)
def test_reads_ethiopian_dates_and_converts_them(text: str, ethiopian: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and (found.calendar, found.ethiopian, found.iso) == ("ethiopian", ethiopian, iso)
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["ጳጉሜ 6 2016", "ጳጉሜ 7 2015", "መስከረም 31 2018", "መስከረም 28 1950"])
def test_no_ethiopian_date_where_the_calendar_has_none(text: str) -> None:
    # 2016 is no leap year (no sixth day of Pagume); Pagume never has seven days; months have thirty; 1950 is too old.
    assert parse_date(text) is None


# Hindi: month names with and without nukta ("फ़रवरी" / "फरवरी", also the precomposed letter),
# "अक्तूबर" / "अक्टूबर", Devanagari digits, the stamp words of Indian sites (English ones included).
HINDI_DATES = [
    ("12 नवंबर 2025", "2025-11-12"),
    ("अपडेटेड: 12 नवंबर 2025, 10:30 AM IST", "2025-11-12"),
    ("बुधवार, 5 मार्च 2025", "2025-03-05"),
    ("१२ फ़रवरी २०२५", "2025-02-12"),
    ("12 फरवरी 2025", "2025-02-12"),
    ("12 \u095eरवरी 2025", "2025-02-12"),
    ("3 अक्तूबर 2024", "2024-10-03"),
    ("3 अक्टूबर 2024", "2024-10-03"),
    ("प्रकाशित: 28 सितम्बर 2025 को सुबह 09:15 बजे", "2025-09-28"),
    ("गुरुवार, 1 जनवरी 2026", "2026-01-01"),
    ("नवंबर 12, 2025", "2025-11-12"),
    ("Updated: 12 Nov 2025 10:30 AM (IST)", "2025-11-12"),
]


@pytest.mark.parametrize(("text", "iso"), HINDI_DATES, ids=[text for text, _ in HINDI_DATES])
def test_reads_hindi_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso, found


@pytest.mark.parametrize(
    "text",
    [
        "अपडेटेड: 12 नवंबर 2025, 10:30 AM IST",
        "बुधवार, 5 मार्च 2025",
        "प्रकाशित: 28 सितम्बर 2025 को सुबह 09:15 बजे",
        "2 घंटे पहले",
        "30 मिनट पहले",
        "Updated: 12 Nov 2025 10:30 AM (IST)",
    ],
)
def test_hindi_date_stamp_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text", ["सरकार ने 12 नवंबर 2025 को नई नीति की घोषणा की।", "नई दिल्ली में 5 मार्च 2025 को बैठक होगी"]
)
def test_hindi_sentences_with_dates_are_not_stamp_lines(text: str) -> None:
    assert not is_date_line(text)


def test_hindi_original_words_with_a_precomposed_nukta() -> None:
    found = parse_date("प्रकाशित: 12 \u095eरवरी 2025")
    assert found is not None and found.text == "12 \u095eरवरी 2025"


def test_a_twelve_hour_clock_reads_a_numeric_date_month_first() -> None:
    assert parse_date("10/12/2024 11:48:00 PM").iso == "2024-10-12"
    assert parse_date("Posted 3/4/2025 9:15 am").iso == "2025-03-04"
    assert parse_date("13/04/2025 10:00 PM").iso == "2025-04-13"  # 13 is no month
    assert parse_date("10/12/2024 23:48").iso == "2024-12-10"  # a 24-hour clock: day first


def test_a_dashed_date_beside_a_twelve_hour_clock_is_day_first() -> None:
    # "05-02-2024 08:30 PM" on an Arabic site: the US reading is for slashes ("10/12/2024 11:48:00 PM")
    assert parse_date("05-02-2024 08:30 PM").iso == "2024-02-05"
    assert parse_date("10/12/2024 11:48:00 PM").iso == "2024-10-12"


def test_a_date_beside_the_issues_number_is_a_date_line() -> None:
    from newsclean.metadata.dates import is_date_line

    assert is_date_line("الاثنين 24 فبراير 2025 | العدد 11842")


def test_a_place_or_paper_a_comma_then_le_and_the_date_is_a_stamp() -> None:
    from newsclean.metadata.dates import is_date_line

    assert is_date_line("Ouest-Info, le 10/03/2025 à 08h15 Modifié le 10/03/2025 à 09h02")
    assert is_date_line("Quimper, le 3 mars 2025")
    assert not is_date_line("Marie, le 3 mars 2025 elle est partie")  # a sentence goes on after the date


def test_the_publications_stamp_after_the_text_beats_the_update_under_the_byline() -> None:
    """ "Updated: Mar 20, 2025" under the byline, "First Published: 19 Mar 2025" after the text:
    the article was published on the 19th; a comment's "Posted" line or a later stamp changes nothing."""
    text = [
        "The state's new scheme will pay half the cost of rooftop solar panels for small shops from April.",
        "Officials said about 40,000 shops in the first three districts could apply before the end of June.",
    ]
    page = ["Solar subsidy for small shops", "By Priya Menon", "Updated: Mar 20, 2025, 14:32 IST", *text,
            "First Published: 19 Mar 2025, 11:48 PM IST", "Comments", "Posted by Ravi on March 21, 2025"]
    assert newsclean.clean("\n".join(page)).date == "2025-03-19"
    later = [*page[:5], "First Published: 22 Mar 2025, 09:00 AM IST"]  # after the update: no publication's
    assert newsclean.clean("\n".join(later)).date == "2025-03-20"


def test_the_publications_stamp_right_after_the_text_when_the_header_has_no_date() -> None:
    """ "Today at 06:00" under the byline, "Published March 13 2025 06:00 AM" under the last paragraph:
    the stamp after the text dates the article."""
    text = [
        "Galway County Council has approved the final route for the greenway after a planning row of 14 months.",
        "Councillors voted 31 to 4 on Monday night to adopt the revised route, which avoids three farms.",
    ]
    more = [f"Section {n} of the route will follow the old railway line for {n + 2} kilometres, the council's engineers said on Monday." for n in range(1, 9)]
    page = ["Connemara greenway route approved", "Siobhán Gallagher", "Today at 06:00", *text, *more, "Published March 13 2025 06:00 AM"]
    assert newsclean.clean("\n".join(page)).date == "2025-03-13"


def test_the_first_upload_stamp_after_the_text_is_the_publication_date() -> None:
    import newsclean

    page = [
        "Civic body to fit smart water meters in 1,200 flats before the monsoon",
        "Updated: Apr 14, 2025, 09:30 IST",
        "The civic body will fit smart water meters in 1,200 flats of the western wards before the monsoon, officials said on Sunday.",
        "The pilot will let the corporation bill housing societies on what they use instead of a flat rate fixed every year.",
        "Residents' groups welcomed the plan but asked for the readings to be shared with each society every month.",
        "First uploaded on: 13-04-2025 at 22:15 IST",
    ]
    assert newsclean.clean("\n".join(page)).date == "2025-04-13"


@pytest.mark.parametrize("text", ["منذ ساعة و20 دقيقة", "منذ ساعتين و 15 دقيقة"])
def test_a_relative_stamp_of_hours_and_minutes_is_a_date_line(text: str) -> None:
    assert is_date_line(text)
    assert not is_date_line("وزير الخارجية و20 مسؤولا")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025年5月14日", "2025-05-14"),  # Japanese and Chinese: the year, month and day by their units
        ("2025 年 5 月 14 日 10時30分", "2025-05-14"),
        ("发布时间：2025年5月14日 10:30", "2025-05-14"),
        ("14/05/2568", "2025-05-14"),  # Thai: the year of the Buddhist era (2568 BE is 2025)
    ],
)
def test_dates_by_units_and_of_the_buddhist_era(text: str, iso: str) -> None:
    date = parse_date(text)
    assert date is not None and date.iso == iso


@pytest.mark.parametrize("text", ["2025年5月14日 10時30分", "发布时间：2025年5月14日 10:30", "更新時間：2025/05/14 10:30", "14/05/2568 10:30"])
def test_stamps_by_units_and_of_the_buddhist_era_are_date_lines(text: str) -> None:
    assert is_date_line(text)


def test_a_year_past_the_buddhist_eras_range_is_no_date() -> None:
    assert parse_date("14/05/2600") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2025-يىلى 4-ئۆكتەبىر", "2025-10-04"), ("2024-يىلى 12-دېكابىر، ئۈرۈمچى", "2024-12-12"),
     ("يوللانغان ۋاقتى: 2025-يىلى 12-ئاينىڭ 2-كۈنى، سەيشەنبە 18:40", "2025-12-02")],  # by numbers with their words
)
def test_uyghur_dates_open_with_the_year(text: str, iso: str) -> None:
    # "2025-يىلى 4-ئۆكتەبىر": the year with its word ("year"), then the day and the month.
    found = parse_date(text)
    assert found is not None and found.iso == iso


def test_a_gulf_stamp_with_its_clocks_zone() -> None:
    # "GST", the Gulf's clock, after the time: the line is a stamp (its two dates, published and updated).
    assert is_date_line("نشر في: 03 سبتمبر ,2025: 10:15 ص GST آخر تحديث: 03 سبتمبر ,2025: 01:20 م GST")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025 මැයි 09, සිකුරාදා", "2025-05-09"),  # Sinhala: the year, the month's name, the day
        ("2025 മാർച്ച് 12", "2025-03-12"),  # Malayalam
        ("2025 թ. հուլիսի 4-ին", "2025-07-04"),  # Armenian: the year's abbreviation, the day's locative ending
    ],
)
def test_year_first_then_the_months_name_and_the_day(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("text", "iso"), [("21. 1. 2025 9:42", "2025-01-21"), ("Aktualizováno 3. 12. 2025 14:10", "2025-12-03")])
def test_czech_and_slovak_dates_put_a_space_after_each_dot(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso


def test_a_stamp_beside_its_visits_counter_is_a_date_line() -> None:
    # "بتاريخ: 2008-06-15 | عدد الزيارات: 612": the article's date and the page's visits counter, on one line
    assert is_date_line("بتاريخ: 2008-06-15  |  عدد الزيارات: 612")
    assert is_date_line("نشر في 12 مارس 2025 - عدد الزوار: 1,204")
