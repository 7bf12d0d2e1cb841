"""The chrome vocabulary, the dates and the stopwords of Central Kurdish (Sorani, Arabic script: Rudaw, Kurdistan24,
NRT, PUKmedia, Esta, Draw Media...): `lexicons/ckb/*.txt` and its `dates.toml`, and the stopword lists newsclean keeps
for the two languages jusText has none for (`lexicons/ckb/stopwords.txt`, `lexicons/ps/stopwords.txt`).

Each category has lines of chrome its file must label (related and most-read headings, inline teasers, comment
sections and forms, share bars, menus, photo credits, cookie banners, tags, footers...), bylines its prefixes open and,
the half that matters as much, sentences of the text that use the same words and are no chrome ("هەواڵە
پەیوەندیدارەکان بە ..." opens a sentence, "لە فەیسبووک نووسی" names a network in one, "هەموو مافەکانی ژنان ...
پارێزراون" is a story of rights). A related heading ends the article, so a sentence taken for one would cut it.

Sorani pages date in the Gregorian calendar with the Syriac month names, the izafe "ی" on the month before the year
and on the day, written onto its digits ("١٢ی ئازاری ٢٠٢٥": the 12th of March 2025). Some sites type h as "ھ"
(U+06BE), which folding keeps: the lexicons take both.

The lexicon loader reads the languages of `lexicon.LANGUAGES` only: until "ckb" is one of them, this module is skipped.
"""

from __future__ import annotations

import pytest

from newsclean import language, lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # related: a match ends the article
    ("هەواڵی پەیوەندیدار", "related"),
    ("هەواڵە پەیوەندیدارەکان", "related"),
    ("زۆرترین خوێنراو", "related"),
    ("دوایین هەواڵەکان", "related"),
    ("ھەواڵی تر", "related"),  # h typed as "ھ"
    ("لەوانەیە بەدڵت بێت", "related"),
    # read-also
    ("هەروەها بخوێنەوە: پارکێکی نوێ لە هەولێر کرایەوە", "read-also"),
    ("پەیوەندیدار: حکوومەت بودجەی نوێی پەسەند کرد", "read-also"),
    ("ئەمەش بخوێنەوە", "read-also"),
    # comments
    ("کۆمێنتەکان", "comments"),
    ("کۆمێنت (٣)", "comments"),
    ("بۆچوونی خۆت بنووسە", "comments"),
    ("هێشتا هیچ کۆمێنتێک نییە", "comments"),
    # share
    ("هاوبەشکردن", "share"),
    ("لە فەیسبووک بڵاوی بکەرەوە", "share"),
    ("فەیسبووک تویتەر واتسئەپ تێلیگرام", "share"),
    ("فەیسبووک", "share"),
    ("لینک کۆپی کرا", "share"),
    # navigation
    ("پەڕەی سەرەکی", "navigation"),
    ("سەرەکی » هەواڵەکان » کوردستان", "navigation"),
    ("ئابووری", "navigation"),
    ("هەواڵی دواتر", "navigation"),
    ("زیاتر ببینە", "navigation"),
    ("هەواڵ کوردستان عێراق جیهان ئابووری وەرزش", "navigation"),
    # caption-credit
    ("وێنە: ڕووداو", "caption-credit"),
    ("وێنەی ئەرشیف", "caption-credit"),
    ("سەرچاوەی وێنە، Getty Images", "caption-credit"),
    # cookie
    ("ئەم ماڵپەڕە کووکیز بەکاردەهێنێت بۆ باشترکردنی ئەزموونی بەکارهێنەر.", "cookie"),
    ("بە بەردەوامبوون لە بەکارهێنانی ماڵپەڕەکە، ڕازی دەبیت بە بەکارهێنانی کووکیز.", "cookie"),
    # form
    ("ناو *", "form"),
    ("ئیمەیڵەکەت بڵاو ناکرێتەوە.", "form"),
    ("خانە پێویستەکان بە * دیاری کراون", "form"),
    ("ناردن", "form"),
    # tags
    ("تاگەکان: هەولێر، پارک", "tags"),
    ("وشە کلیلییەکان", "tags"),
    # footer and footer-links
    ("© ٢٠٢٥ ڕووداو. هەموو مافەکان پارێزراون.", "footer"),
    ("هەموو مافەکانی بۆ ڕووداو پارێزراوە", "footer"),
    ("بەکارهێنانی بابەتەکان تەنها بە ئاماژەدان بە سەرچاوە ڕێگەپێدراوە.", "footer"),
    ("دەربارەی ئێمە | پەیوەندی | ڕیکلام | سیاسەتی تایبەتمەندی", "footer-links"),
    ("مەرجەکانی بەکارهێنان | نەخشەی ماڵپەڕ", "footer-links"),
    ("پەیوەندیمان پێوە بکەن", "footer-links"),
    ("دەربارەی ئێمە • پەیوەندی • هەلی کار", "footer-links"),
    # newsletter
    ("لە تێلیگرام بەدوامان بکەون", "newsletter"),
    ("هەواڵنامە", "newsletter"),
    ("بەشداری هەواڵنامەکەمان بکە", "newsletter"),
    # ticker
    ("بەپەلە: بوومەلەرزەیەک لە سلێمانی ڕوویدا", "ticker"),
    ("هەواڵی بەپەلە", "ticker"),
    # advertisement
    ("ڕیکلام", "advertisement"),
    ("ناوەڕۆکی سپۆنسەرکراو", "advertisement"),
    # reading-time
    ("کاتی خوێندنەوە: ٣ خولەک", "reading-time"),
    ("١٢٠٤ جار بینراوە", "reading-time"),
    # player
    ("گوێ لەم هەواڵە بگرە", "player"),
    ("سەیری ڤیدیۆکە بکە", "player"),
    # poll
    ("دەنگ بدە", "poll"),
    ("ئەنجامەکان ببینە", "poll"),
    # share-lead
    ("هاوبەشکردن: پارکێکی نوێ لە هەولێر کرایەوە", "share-lead"),
    ("بڵاوی بکەرەوە: حکوومەت بودجەی نوێی پەسەند کرد", "share-lead"),
    # donation
    ("پشتگیریمان بکە", "donation"),
    ("پشتگیری لە ڕۆژنامەگەریی سەربەخۆ بکە", "donation"),
    # notice
    ("وێبگەڕەکەت پشتگیری ئەم ڤیدیۆیە ناکات.", "notice"),
    ("ئەم هەواڵە نوێ دەکرێتەوە", "notice"),
    ("هەواڵێکت هەیە؟ بۆمان بنێرە", "notice"),
    # paywall
    ("ئەم بابەتە تەنها بۆ بەشداربووانە", "paywall"),
    ("تەنها بۆ ئەندامان", "paywall"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("دەربارەی نووسەر", "author-box"),
    ("ناساندنی نووسەر", "author-box"),
    ("سەرچاوە: ئاژانسی فرانس پرێس", "end-note"),
    ("وەرگێڕانی: شیلان ئەحمەد", "end-note"),
    ("ئەم وتارە تەنها ڕای نووسەرەکەی دەردەبڕێت و ڕووداو بەرپرسیار نییە لێی.", "end-note"),
    ("ئەو بیروڕایانەی لەم بابەتەدا دەربڕاون، تایبەتن بە نووسەرەکەیان.", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # The lists' words opening sentences: "related news", "the latest news", "more than"
    "هەواڵە پەیوەندیدارەکان بە هەڵبژاردن ڕەت کرانەوە.",
    "دوایین هەواڵەکان دەڵێن شەڕەکە بەردەوامە.",
    "زیاتر لە ٣٠٠ کەس گیانیان لەدەستدا.",
    "زۆرترین خوێنراوی ساڵ ڕۆمانێکی کوردی بوو.",
    # A network named in a sentence; sharing, printing, copying in prose
    "لە فەیسبووک نووسی",
    "وەزیر لە کۆمێنتێکدا لە فەیسبووک نووسی کە پرۆژەکە تەواو بووە.",
    "هاوبەشکردنی زانیاری لە نێوان هەردوو وڵات گرنگە.",
    "کتێبەکە لە ساڵی ٢٠٢٠ چاپ کرا.",
    "بڵاوکردنەوەی ڕاپۆرتەکە دواخرا.",
    # Menu words in prose: "relations", "home", "search", "economy"
    "پەیوەندی نێوان هەولێر و بەغدا باشتر بووە.",
    "ماڵەوەی خێزانەکە وێران بوو.",
    "گەڕانی تیمەکان بۆ کەسە ونبووەکان بەردەوامە.",
    "ئابووری هەرێم لە قەیراندایە.",
    "بازاڕی ڕیکلام لە کوردستان گەشە دەکات",
    # The footer's links in a headline or a sentence
    "سیاسەتی تایبەتمەندی فەیسبووک گۆڕا.",
    "دەربارەی ئێمە چی دەڵێن",
    # The plural imperatives read as third persons: "that they help us", "that they vote"
    "خەڵکەکە داوایان کرد هاوکاریمان بکەن و یارمەتیمان بدەن.",
    "با هاوڵاتیان لە هەڵبژاردنەکاندا دەنگ بدەن.",
    "خەڵک دەبێت دەنگ بدەن.",
    # A name, a source, a writer, a picture, a report in prose
    "ناوی قوربانییەکان بڵاو نەکراوەتەوە.",
    "نووسەر لە کتێبەکەیدا باس لە مێژووی شارەکە دەکات.",
    "سەرچاوەیەک بە ڕووداوی ڕاگەیاند کە دانوستانەکان بەردەوامن.",
    "وێنەی شەهیدان لە شەقامەکان هەڵواسران.",
    "ڕاپۆرتەکە دەڵێت بێکاری زیادی کردووە.",
    "ئەم هەواڵە لە لایەن وەزارەتەوە ڕەتکرایەوە.",
    # A story of rights is no copyright footer; a kick is no player; reading time without a count
    "هەموو مافەکانی ژنان لە دەستووردا پارێزراون.",
    "لێدانی تۆپەکە لە خولەکی ٩٠دا بوو بە گۆڵ.",
    "کاتی خوێندنەوەی قوتابیان کەم بووەتەوە.",
    "ئێمە بە پشتگیری خەڵک بەردەوام دەبین.",
    "بەدوای کەسە ونبووەکاندا دەگەڕێن.",
    # Arabic, Persian and Urdu lines with the words Sorani shares with them
    "او گفت که این خبر را در فیسبوک منتشر کرد.",
    "مسعود بارزانی رئیس حزب دموکرات کردستان عراق",
    "قال رئيس حكومة إقليم كوردستان إن الحوار مستمر.",
    "انہوں نے کہا کہ یہ خبر درست نہیں ہے۔",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("نووسینی: ئازاد محەمەد", "ئازاد محەمەد"),
        ("ڕاپۆرت: شیلان ئەحمەد، پەیامنێری ڕووداو", "شیلان ئەحمەد"),
        ("ئامادەکردنی: هێمن عەلی", "هێمن عەلی"),
        ("وەرگێڕانی: ڕێبین کەریم", "ڕێبین کەریم"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    ["ڕاپۆرتەکە دەڵێت بێکاری زیادی کردووە", "نووسینی ئەم کتێبە دوو ساڵی خایاند", "وەرگێڕانی ڕۆمانەکە تەواو بوو"],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


def test_a_writer_role_after_the_name() -> None:
    assert byline.has_role(fold("شیلان ئەحمەد، پەیامنێری ڕووداو"))
    assert byline.starts_with_role(fold("ڕۆژنامەنووس"))


DATES = [
    # The Syriac names, the izafe on the day ("١٢ی") and on the month ("ئازاری"), Kurdish-Arabic digits
    ("١٢ی ئازاری ٢٠٢٥", "2025-03-12"),
    ("چوارشەممە ١٢ی ئازاری ٢٠٢٥", "2025-03-12"),
    ("بڵاوکراوەتەوە: ٥ی تشرینی یەکەمی ٢٠٢٤، کاتژمێر ١٤:٣٠", "2024-10-05"),
    ("١ی کانوونی دووەمی ٢٠٢٥", "2025-01-01"),
    ("ھەینی ١٤ی شوباتی ٢٠٢٥", "2025-02-14"),
    ("٢٥ی تەممووزی ٢٠٢٣ - ١٠:٣٠", "2023-07-25"),
    ("12 حوزەیران 2024", "2024-06-12"),
    # The Latin-derived names
    ("٣ ئەپریل ٢٠٢٥", "2025-04-03"),
    ("١٢ی مارسی ٢٠٢٥", "2025-03-12"),
    ("٢٠ی ژانویەی ٢٠٢٥", "2025-01-20"),
    ("نوێکراوەتەوە: ٩ی سێپتەمبەری ٢٠٢٤", "2024-09-09"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


def test_a_date_inside_a_sentence() -> None:
    found = parse_date("کۆبوونەوەکە لە ١٢ی ئازاری ٢٠٢٥ لە هەولێر دەبێت.")
    assert found is not None and found.iso == "2025-03-12"


@pytest.mark.parametrize("text", ["٥ خولەک لەمەوبەر", "پێش ٣ کاتژمێر", "٢ ڕۆژ لەمەوبەر"])
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize("name", ["ئازار", "ئازاری", "کانوونی دووەم", "تشرینی یەکەم", "ئەیلوول", "ژانویە", "تەممووز"])
def test_month_names(name: str) -> None:
    assert is_month_name(name)


# The stopword lists: the share of a line's words that are function words tells prose from chrome.
SORANI_PROSE = (
    "وەزیری ناوخۆ ڕایگەیاند کە هێزەکانی ئاسایش لە ماوەی ڕابردوودا توانیویانە ژمارەیەک لە تۆمەتباران دەستگیر بکەن، "
    "بەڵام هێشتا لێکۆڵینەوەکان بەردەوامن و دواتر زانیاری زیاتر لەسەر ئەم بابەتە بڵاو دەکرێتەوە."
)
PASHTO_PROSE = (
    "د کورنیو چارو وزارت ویاند وویل چې امنیتي ځواکونو په تېره اونۍ کې یو شمېر شکمن کسان نیولي دي، خو لا هم "
    "څېړنې روانې دي او وروسته به په دې اړه نور معلومات خپاره شي."
)


@pytest.mark.parametrize(("name", "prose"), [("Sorani", SORANI_PROSE), ("Pashto", PASHTO_PROSE)])
def test_stopwords_measure_prose(name: str, prose: str) -> None:
    words = language.stopwords(name)
    assert 150 <= len(words) <= 300
    tokens = split_lines(prose)[0].tokens
    assert sum(map(words.__contains__, tokens)) / len(tokens) >= 0.25


@pytest.mark.parametrize(("name", "prose"), [("Sorani", SORANI_PROSE), ("Pashto", PASHTO_PROSE)])
def test_the_language_of_the_prose(name: str, prose: str) -> None:
    tokens = split_lines(prose)[0].tokens
    assert language.detect(tokens * 3) == name


@pytest.mark.parametrize("name", ["Sorani", "Pashto"])
def test_stopwords_hold_no_topic_nouns(name: str) -> None:
    words = language.stopwords(name)
    assert not words & {fold(word) for word in ("حکوومەت", "هەولێر", "کوردستان", "حکومت", "کابل", "افغانستان")}
