"""The page's language: the stoplist its words hit most; for scripts written without spaces (no
stoplist can count their function words), the script itself."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import language
from newsclean.lines import split_lines


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("台北市政府都市發展局昨日宣布，老舊公寓增設電梯的補助上限將提高。新制自四月一日起受理申請。", "zh"),
        ("東京都は二十日、新しい自転車専用道路の計画を発表した。工事は来年の春に始まる予定だ。", "ja"),
        ("กรุงเทพมหานครประกาศแผนสร้างทางจักรยานใหม่ในใจกลางเมือง โดยจะเริ่มก่อสร้างในปีหน้า", "th"),
        ("أعلنت بلدية المدينة أن أعمال الصيانة في الشارع الرئيسي ستبدأ في الأسبوع المقبل وتستمر شهرين.", "ar"),
        ("The city council said on Tuesday that the works on the main street would start next week.", "en"),
    ],
)
def test_the_language_of_a_page(text: str, lang: str) -> None:
    assert newsclean.clean(text).lang == lang


def test_a_few_han_characters_in_a_latin_page_do_not_make_it_chinese() -> None:
    words = "The mayor of the city said that the new museum 博物館 would open in the spring of next year".split()
    assert language.detect(words) == "English"


def test_no_language_for_digits_and_symbols() -> None:
    assert language.detect(["2025", "—", "12:30"]) is None
    assert language.detect([]) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bakı şəhərində yeni məktəb binası istifadəyə verilib. Təhsil nazirliyi bildirib ki, binada 1200 şagird "
         "üçün sinif otaqları, idman zalı və kitabxana var. Tikinti işləri iki il davam edib.", "az"),
        ("Toshkent shahrida yangi maktab binasi foydalanishga topshirildi. Vazirlik maʼlumotiga koʻra, bu yerda "
         "1200 nafar oʻquvchi uchun sinf xonalari, sport zali va kutubxona bor. Qurilish ishlari ikki yil davom etdi.", "uz"),
        ("Астанада жаңа мектеп ғимараты пайдалануға берілді. Министрліктің мәліметінше, мұнда 1200 оқушыға "
         "арналған сыныптар, спорт залы және кітапхана бар. Құрылыс жұмыстары екі жылға созылды.", "kk"),
        ("Бишкекте жаңы мектептин имараты пайдаланууга берилди. Министрликтин маалыматы боюнча, мында 1200 окуучуга "
         "арналган класстар, спорт залы жана китепкана бар. Курулуш иштери эки жылга созулду.", "ky"),
    ],
)
def test_the_language_of_a_page_in_a_language_with_a_smaller_wikipedia(text: str, lang: str) -> None:
    assert newsclean.clean(text).lang == lang


def test_english_words_in_the_smaller_languages_lists_count_for_english_only() -> None:
    """jusText's lists of the languages with smaller Wikipedias hold English words (Marathi's "the",
    "according"; Uzbek's "about", "american"): counted for them, they made English pages Marathi."""
    index = language._index()
    for word in ("the", "according", "about", "american"):
        named = {language._CANDIDATES[number] for number in index[word]}
        assert "English" in named and not named & {"Marathi", "Uzbek", "Nepali", "Telugu"}, (word, named)


def test_a_sorani_page_keeps_its_paragraphs() -> None:
    """jusText has no Sorani stoplist: the detector named the closest one (Arabic, a few shared words),
    under which every paragraph measured almost no stopwords and read as a heading. Sorani now has a
    list of its own (lexicons/ckb/stopwords.txt); and a list that fits a page's long lines as badly as
    Arabic's fits Sorani's is dropped (`language.fits`), punctuation then telling prose from chrome."""
    text = [
        "شارەوانیی سلێمانی ڕایگەیاند کە کارەکانی نۆژەنکردنەوەی شەقامی سالم لە مانگی داهاتوودا دەست پێدەکەن و چوار مانگ دەخایەنن.",
        "بەپێی لێدوانی بەرپرسێکی شارەوانی، تێچووی پڕۆژەکە نزیکەی دوو ملیار دینارە و لەلایەن حکومەتی هەرێمەوە دابین دەکرێت.",
        "دانیشتووانی گەڕەکەکە داوایان کردووە کە لە ماوەی کارەکاندا ڕێگای جێگرەوە بۆ ئۆتۆمبێلەکان و پاسەکان بکرێتەوە.",
        "بەرپرسەکە گوتی کە شەقامەکە دوای تەواوبوونی کارەکان ڕووناکی نوێ و ڕێڕەوی پیادەی فراوانتر و جێگای وەستانی پاسی دەبێت.",
        "خاوەن دوکانەکانی سەر شەقامەکە نیگەرانی کەمبوونەوەی کڕیارن و دەڵێن پێویستە شارەوانی قەرەبووی زیانەکانیان بکاتەوە.",
        "شارەوانی بەڵێنی داوە کە کارەکان بە شەو ئەنجام بدرێن تا کاریگەرییان لەسەر بازاڕ و هاتوچۆی ڕۆژانە کەمتر بێت.",
        "هاوکات پۆلیسی هاتوچۆ ڕایگەیاند کە تیمی تایبەت لە سەرەتای شەقامەکە و کۆتاییەکەیدا دادەنێت بۆ ڕێکخستنی هاتوچۆ.",
    ]
    subheading = "نیگەرانیی دوکاندارەکان"
    page = ["سەرەکی", "هەواڵ", "ئابووری", "وەرزش", "کولتوور", "نۆژەنکردنەوەی شەقامی سالم لە مانگی داهاتوو دەست پێدەکات",
            "١٢ی ئازاری ٢٠٢٥", *text[:3], "Advertisement", subheading, *text[3:], "بڵاوکردنەوە", "فەیسبووک", "هەموو مافەکان پارێزراون"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text[:3], subheading, *text[3:]]
    assert article.lang == "ckb"
    lines = [line.tokens for line in split_lines("\n".join(page))]
    assert not language.fits(language.stopwords("Arabic"), lines)
    assert language.fits(language.stopwords("Sorani"), lines)


def test_a_pashto_page_is_pashto() -> None:
    """Pashto has no jusText stoplist either; with its own (lexicons/ps/stopwords.txt) a page is Pashto,
    not Arabic or Persian."""
    text = [
        "د کابل ښاروالۍ ویلي چې د ښار په لویو سړکونو به د راتلونکې میاشتې له پیل څخه د ترمیم کار پیل شي او دا کار به څلور میاشتې دوام وکړي.",
        "ښاروالۍ زیاته کړه چې د پروژې لګښت نږدې دوه سوه میلیونه افغانۍ دی او دا پیسې به د حکومت له بودیجې څخه ورکړل شي.",
        "د سیمې اوسېدونکو غوښتنه کړې چې د کار په موده کې د موټرو او بسونو لپاره بدیلې لارې پرانیستل شي.",
    ]
    assert newsclean.clean("\n".join(text)).lang == "ps"


def test_a_sinhala_page_is_sinhala_and_keeps_its_paragraphs() -> None:
    """jusText has no Sinhala list: the page was named nothing. With our own (lexicons/si/stopwords.txt)
    it is Sinhala, and since Sinhala writes its case endings onto the noun ("-ට", "-ගේ"), a long
    sentence is prose at the lower share of stopwords that Arabic has (ATTACHED_FUNCTION_WORDS): the
    paragraphs after an advertisement's label stay."""
    text = [
        "වෙසක් උත්සව සමය වෙනුවෙන් ශ්‍රී ලංකා දුම්රිය දෙපාර්තමේන්තුව විශේෂ දුම්රිය ගමන් වාර දහසයක් ක්‍රියාත්මක කිරීමට තීරණය කර ඇති බව එම දෙපාර්තමේන්තුව පවසයි.",
        "මෙම දුම්රිය ගමන් වාර මැයි මස දහවැනිදා සිට දහහතරවැනිදා දක්වා කොළඹ කොටුවේ සිට විවිධ ප්‍රදේශ කරා ධාවනය වන බව නිවේදනයේ සඳහන් වේ.",
    ]
    rest = [
        "මේ අතර, වෙසක් සමයේ දී දිවයිනේ විවිධ ප්‍රදේශවලට අමතර බස් රථ තුන්සියයක් යෙදවීමට ශ්‍රී ලංකා ගමනාගමන මණ්ඩලය පියවර ගෙන ඇති අතර ඒවා මහරගම, පානදුර සහ ගම්පහ ඩිපෝවලින් ධාවනය වනු ඇත.",
        "රථවාහන තදබදය පාලනය සඳහා කොළඹ නගරය තුළ පොලිස් නිලධාරීන් දෙදහස් පන්සියයකට අධික පිරිසක් රාජකාරියේ යොදවන බව පොලිස් මාධ්‍ය ප්‍රකාශක කාර්යාලය අද නිකුත් කළ නිවේදනයක සඳහන් කර තිබේ.",
        "වෙසක් කලාප නැරඹීම සඳහා පෞද්ගලික වාහනවලින් පැමිණෙන අයට නගරයෙන් පිටත වාහන නවතා කොළඹට පැමිණීමට දුම්රිය හෝ බස් සේවා භාවිත කරන ලෙස පොලිසිය මහජනතාවගෙන් ඉල්ලා සිටී.",
    ]
    page = ["මුල් පිටුව", "පුවත්", "ක්‍රීඩා", "වෙසක් සමයේ විශේෂ දුම්රිය ගමන් වාර 16ක් සහ අමතර බස් 300ක්", "2025 මැයි 09", *text, "දැන්වීම", *rest, "ටැග්", "අදහස් (2)"]
    article = newsclean.clean("\n".join(page))
    assert article.lang == "si"
    assert list(article.paragraphs) == [*text, *rest]
    assert article.date == "2025-05-09"  # the year first, then the month's name and the day
