"""The chrome vocabulary, the dates and the stopwords of three more Arabic-script languages: Sindhi (Pakistan's Sindh:
Awami Awaz, Kawish, Sindh Express, Ibrat, KTN News), Uyghur (Uyghur Ereb Yéziqi: RFA Uyghur, exile outlets, the Uyghur
pages of Xinjiang's state media) and Punjabi in Shahmukhi (Lahore's Punjabi portals, BBC Punjabi's Shahmukhi pages):
`lexicons/{sd,ug,pa}/*.txt`, their `dates.toml`, and the stopword lists of Sindhi and Uyghur
(`lexicons/{sd,ug}/stopwords.txt`; jusText has a Western Panjabi list of its own).

Each language has lines of chrome its files must label (related and most-read headings, inline teasers, comment
sections and forms, share bars, menus, photo credits, cookie banners, tags, footers...), bylines its prefixes open and,
the half that matters as much, sentences of the text that use the same words and are no chrome ("لاڳاپيل خبرون رد
ڪيون ويون", "مۇناسىۋەتلىك خەۋەرلەر ئېلان قىلىندى", "ہور خبراں آؤن گیاں"). A related heading ends the article, so a
sentence taken for one would cut it. The three languages' letters (Sindhi's ڪ ٽ ڏ ڳ, Uyghur's ە ې ۆ ۇ ۈ) keep most of
their phrases off Arabic, Persian and Urdu pages; Punjabi shares Urdu's letters, so its files hold only what Punjabi
pages print differently ("ہور پڑھو", "ساڈے بارے", "رائے دیو"), and Urdu sentences must stay clear of them.

Uyghur dates: the usual order, year first ("2025-يىلى 4-ئۆكتەبىر"), is not read by metadata/dates.py (its patterns
want the year last, or before a space); the day, the month, then the year ("4-ئۆكتەبىر 2025-يىلى") are, and so are
the numeric stamps. Sindhi's year mark glued to the digits ("2025ع") is not read either.
"""

from __future__ import annotations

import pytest

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.metadata import byline, captions
from newsclean.metadata.dates import is_date_line, is_month_name, parse_date
from newsclean.normalize import fold

CHROME = [
    # Sindhi
    ("لاڳاپيل خبرون", "related"),
    ("سڀ کان وڌيڪ پڙهيل", "related"),
    ("وڌيڪ خبرون", "related"),
    ("هي به پڙهو: ڪراچي ۾ نئون پارڪ کوليو ويو", "read-also"),
    ("لاڳاپيل: سنڌ حڪومت نئين اسڪيم منظور ڪئي", "read-also"),
    ("تبصرا (3)", "comments"),
    ("پنهنجي راءِ ڏيو", "comments"),
    ("پڙهندڙن جا رايا", "comments"),
    ("شيئر ڪريو", "share"),
    ("فيسبوڪ تي شيئر ڪريو", "share"),
    ("لنڪ ڪاپي ڪريو", "share"),
    ("مکيه صفحو", "navigation"),
    ("مکيه صفحو » خبرون » سنڌ", "navigation"),
    ("ايندڙ خبر", "navigation"),
    ("رانديون", "navigation"),
    ("فوٽو: عوامي آواز", "caption-credit"),
    ("فائل فوٽو", "caption-credit"),
    ("تصوير جو ذريعو، Getty Images", "caption-credit"),
    ("هي ويب سائيٽ ڪوڪيز استعمال ڪري ٿي.", "cookie"),
    ("اسان ڪوڪيز استعمال ڪريون ٿا ته جيئن توهان کي بهتر تجربو ملي.", "cookie"),
    ("نالو *", "form"),
    ("توهان جو اي ميل پتو شايع نه ڪيو ويندو.", "form"),
    ("ٽيگ: ڪراچي، پارڪ", "tags"),
    ("ٽيگز", "tags"),
    ("سڀ حق محفوظ آهن", "footer"),
    ("© 2025 عوامي آواز. سڀ حق محفوظ آهن.", "footer"),
    ("اسان بابت | اسان سان رابطو | پرائيويسي پاليسي", "footer-links"),
    ("اسان جو واٽس ايپ چينل جوائن ڪريو", "newsletter"),
    ("نيوز ليٽر", "newsletter"),
    ("اسان جي مدد ڪريو", "donation"),
    ("آزاد صحافت جي مدد ڪريو", "donation"),
    ("بريڪنگ نيوز: حيدرآباد ۾ زلزلو", "ticker"),
    ("اشتهار", "advertisement"),
    ("اسپانسر ٿيل مواد", "advertisement"),
    ("پڙهڻ جو وقت: 3 منٽ", "reading-time"),
    ("1204 ڀيرا پڙهيو ويو", "reading-time"),
    ("وڊيو ڏسو", "player"),
    ("هي خبر ٻڌو", "player"),
    ("ووٽ ڏيو", "poll"),
    ("نتيجا ڏسو", "poll"),
    ("شيئر ڪريو: ڪراچي ۾ نئون پارڪ کوليو ويو", "share-lead"),
    ("توهان جو برائوزر هن وڊيو کي سپورٽ نٿو ڪري.", "notice"),
    ("هيءَ خبر اپڊيٽ ٿي رهي آهي.", "notice"),
    ("هي مواد صرف سبسڪرائبرز لاءِ آهي.", "paywall"),
    # Uyghur
    ("مۇناسىۋەتلىك خەۋەرلەر", "related"),
    ("ئەڭ كۆپ ئوقۇلغان", "related"),
    ("ئاپتورنىڭ باشقا ماقالىلىرى", "related"),
    ("يەنە ئوقۇڭ: ئۈرۈمچىدە يېڭى باغچا ئېچىلدى", "read-also"),
    ("مۇناسىۋەتلىك: ھۆكۈمەت يېڭى پىلاننى تەستىقلىدى", "read-also"),
    ("ئىنكاسلار (3)", "comments"),
    ("ئىنكاس يېزىڭ", "comments"),
    ("تۇنجى بولۇپ ئىنكاس يېزىڭ", "comments"),
    ("ھەمبەھىرلەش", "share"),
    ("ئۇلانمىنى كۆچۈرۈش", "share"),
    ("فەيسبۇك تىۋىتتېر ۋاتساپ تېلېگرام", "share"),
    ("باش بەت", "navigation"),
    ("باش بەت » خەۋەرلەر » ئۇيغۇر ئېلى", "navigation"),
    ("كېيىنكى خەۋەر", "navigation"),
    ("خەلقئارا", "navigation"),
    ("رەسىم: ئەركىن ئاسىيا رادىيوسى", "caption-credit"),
    ("ئارخىپ سۈرىتى", "caption-credit"),
    ("سۈرەتكە ئالغۇچى: ئابلىز ئەخمەت", "caption-credit"),
    ("بۇ تور بېكەت cookie ئىشلىتىدۇ.", "cookie"),
    ("بىز تور بېكىتىمىزدە cookie ئىشلىتىمىز، داۋاملىق كۆرسىڭىز بۇنىڭغا قوشۇلغان بولىسىز.", "cookie"),
    ("ئىسمىڭىز *", "form"),
    ("ئېلخەت ئادرېسىڭىز ئېلان قىلىنمايدۇ.", "form"),
    ("خەتكۈچ: ئۈرۈمچى، باغچا", "tags"),
    ("خەتكۈچلەر", "tags"),
    ("نەشر ھوقۇقى قوغدىلىدۇ", "footer"),
    ("© 2025 تەڭرىتاغ تورى. بارلىق ھوقۇقى قوغدىلىدۇ.", "footer"),
    ("بىز ھەققىدە | ئالاقىلىشىش | مەخپىيەتلىك سىياسىتى", "footer-links"),
    ("بىزگە فەيسبۇكتا ئەگىشىڭ", "newsletter"),
    ("تېلېگرام قانىلىمىزغا قوشۇلۇڭ", "newsletter"),
    ("ئىئانە قىلىڭ", "donation"),
    ("مۇستەقىل ئاخباراتنى قوللاڭ", "donation"),
    ("جىددىي خەۋەر: قەشقەردە يەر تەۋرىدى", "ticker"),
    ("ئېلان", "advertisement"),
    ("ھامىيلىق قىلىنغان مەزمۇن", "advertisement"),
    ("ئوقۇش ۋاقتى: 3 مىنۇت", "reading-time"),
    ("1204 قېتىم ئوقۇلدى", "reading-time"),
    ("ئاڭلاش", "player"),
    ("بۇ خەۋەرنى ئاڭلاڭ", "player"),
    ("بېلەت تاشلاڭ", "poll"),
    ("ھەمبەھىرلەش: ئۈرۈمچىدە يېڭى باغچا ئېچىلدى", "share-lead"),
    ("توركۆرگۈڭىز بۇ سىننى قوللىمايدۇ.", "notice"),
    ("تەپسىلاتىنى ئاۋاز ئۇلىنىشىدىن ئاڭلىغايسىز.", "notice"),
    ("بۇ ماقالە پەقەت مۇشتەرىلەر ئۈچۈن.", "paywall"),
    # Punjabi (Shahmukhi)
    ("متعلقہ خبراں", "related"),
    ("سب توں ودھ پڑھیاں گئیاں خبراں", "related"),
    ("ہور خبراں", "related"),
    ("ہور پڑھو: لاہور وچ نواں پارک کھلیا", "read-also"),
    ("ایہہ وی پڑھو: پنجاب سرکار نے نویں سکیم منظور کیتی", "read-also"),
    ("اپنی رائے دیو", "comments"),
    ("تبصرہ کرو", "comments"),
    ("شیئر کرو", "share"),
    ("فیس بک تے شیئر کرو", "share"),
    ("مکھ صفحہ", "navigation"),
    ("کھیڈاں", "navigation"),
    ("تصویر دا ذریعہ، Getty Images", "caption-credit"),
    ("تصویراں: پنجابی لہر", "caption-credit"),
    ("اسیں کوکیز ورتدے آں تاں جو تہاڈا تجربہ چنگا ہووے۔", "cookie"),
    ("ایہہ ویب سائٹ کوکیز ورتدی اے۔", "cookie"),
    ("تہاڈا ناں *", "form"),
    ("تبصرہ بھیجو", "form"),
    ("ٹیگاں: لاہور، پارک", "tags"),
    ("کنجی لفظ: پنجابی، ماں بولی", "tags"),
    ("سارے حق محفوظ نیں", "footer"),
    ("ساڈے بارے | ساڈے نال رابطہ | پرائیویسی پالیسی", "footer-links"),
    ("سانوں فیس بک تے فالو کرو", "newsletter"),
    ("ساڈی مدد کرو", "donation"),
    ("ہنے ہنے: لاہور وچ تیز مینہ", "ticker"),
    ("مشہوری", "advertisement"),
    ("پڑھن دا ویلا: 3 منٹ", "reading-time"),
    ("ویڈیو ویکھو", "player"),
    ("ووٹ دیو", "poll"),
    ("شیئر کرو: لاہور وچ نواں پارک کھلیا", "share-lead"),
    ("ایہہ خبر اپ ڈیٹ ہو رہی اے", "notice"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category, hit


# The author's box and the notes after the text are looked for at the end of the kept text only.
AFTER_THE_TEXT = [
    ("ليکڪ بابت", "author-box"),
    ("ليکڪ جو تعارف", "author-box"),
    ("ذريعو: بي بي سي سنڌي", "end-note"),
    ("اداري جو ليکڪ جي راءِ سان متفق هجڻ ضروري ناهي.", "end-note"),
    ("ليکڪ سنڌ يونيورسٽي ۾ استاد آهي.", "end-note"),
    ("ئاپتور ھەققىدە", "author-box"),
    ("مەنبە: تەڭرىتاغ تورى", "end-note"),
    ("مەسئۇل مۇھەررىر: ئابدۇرېھىم ئەخمەت", "end-note"),
    ("ماقالىدىكى كۆز قاراشلار ئاپتورنىڭ ئۆزىگە تەۋە.", "end-note"),
    ("لکھاری بارے", "author-box"),
    ("لکھاری لاہور دے رہن والے نیں تے پنجابی وچ لکھدے نیں", "end-note"),
    ("ایہہ لکھت لکھاری دی اپنی رائے اے۔", "end-note"),
]


@pytest.mark.parametrize(("text", "category"), AFTER_THE_TEXT)
def test_lines_after_the_text(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=True)
    assert hit is not None and hit.category.name == category, hit


SENTENCES = [
    # Sindhi: the lists' and buttons' words in sentences and subheadings of the text
    "لاڳاپيل خبرون رد ڪيون ويون.",
    "وڌيڪ خبرون ايندڙ ڏينهن ۾ اينديون.",
    "هن پنهنجي راءِ ڏني ته معاملو حل ٿيندو.",
    "وزير اعليٰ چيو ته حڪومت سڀني جي مدد ڪندي.",
    "پوليس وڊيو سوشل ميڊيا تي شيئر ڪئي.",
    "سنڌ حڪومت نئين پاليسي جو اعلان ڪيو.",
    "اسان جي مدد ڪريو، ٻوڏ متاثرن حڪومت کي اپيل ڪئي.",
    "ليکڪ چيو ته ڪتاب ايندڙ سال ڇپبو.",
    "رپورٽ ۾ چيو ويو آهي ته مهانگائي وڌي آهي.",
    "فوٽو گرافر کي پوليس گرفتار ڪيو.",
    "رانديون ۽ تعليم ٻارن لاءِ ضروري آهن.",
    "هي خبر ٻڌي ماڻهو پريشان ٿي ويا.",
    "هن وڊيو شيئر ڪيو",
    "اهم خبرون",  # a bulletin's "top news" over its items: no related list
    # Uyghur
    "مۇناسىۋەتلىك خەۋەرلەر ئېلان قىلىندى.",
    "ئۇنىڭ پىكىرى ئوخشىمايدۇ.",
    "ھۆكۈمەت بۇ خەۋەرنى ھەمبەھىرلىدى.",
    "ئۇ باش بەتتە ئېلان قىلىندى.",
    "ئەڭ يېڭى خەۋەرلەرگە قارىغاندا، ۋەزىر ئىستىپا بەردى.",
    "خەلقئارا جەمئىيەت بۇ ۋەقەگە ئىنكاس قايتۇردى.",
    "ئاپتور بۇ كىتابنى ئون يىلدا يازغان.",
    "مۇخبىرىمىز ئۇنىڭ بىلەن ئالاقىلاشتى.",
    "ئېلان قىلىنغان دوكلاتتا كۆرسىتىلىشىچە، ئىقتىساد ئۆسكەن.",
    "ئۇلار رەسىم سىزىشنى ياخشى كۆرىدۇ.",
    "مۇھىم خەۋەرلەر",
    "ئۇ ماقۇل دېدى.",
    # Punjabi (Shahmukhi), and Urdu sentences with the words Punjabi shares
    "ہور خبراں آؤن گیاں",
    "اوہناں نے اپنی رائے دتی کہ مسئلہ حل ہو جاوے گا۔",
    "پولیس نے ویڈیو سوشل میڈیا تے شیئر کیتی۔",
    "ساڈے بارے لوکاں نوں پتہ اے کہ اسیں سچ لکھدے آں۔",
    "لکھاری نے آکھیا کہ کتاب اگلے ورھے چھپے گی۔",
    "یہ پرانی تصویر ہے",
    "حکومت نے عوام کو کہا کہ وہ اپنی رائے دیں۔",
    "مزید خبریں آنے والی ہیں۔",
    "انہوں نے کہا کہ صحت اور تعلیم حکومت کی ترجیح ہے۔",
    # Arabic and Persian sentences with Arabic-script words the three languages write alike
    "قال وزير الصحة إن التعليم حق للجميع.",
    "او گفت که این تصویر در شبکه‌های اجتماعی منتشر شد.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    line = split_lines(text)[0]
    assert lexicon.match(line) is None
    assert lexicon.match(line, trailing=True) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("رپورٽ: اياز احمد ميمڻ، نمائندو", "اياز احمد ميمڻ"),
        ("ليکڪ: سارنگ ٻگهيو", "سارنگ ٻگهيو"),
        ("تحرير: نور محمد سومرو", "نور محمد سومرو"),
        ("ئاپتور: گۈلچېھرە ھوجا", "گۈلچېھرە ھوجا"),
        ("مۇخبىر: ئابلىز ئەخمەت، RFA", "ئابلىز ئەخمەت"),
        ("تەييارلىغۇچى: ئەركىن تارىم", "ئەركىن تارىم"),
        ("لکھاری: زبیر احمد", "زبیر احمد"),
        ("لکھت: مشتاق صوفی", "مشتاق صوفی"),
    ],
)
def test_byline_prefixes(line: str, author: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) == author


@pytest.mark.parametrize(
    "line",
    [
        "رپورٽ ۾ چيو ويو آهي ته مهانگائي وڌي آهي",
        "ليکڪ چيو ته ڪتاب ايندڙ سال ڇپبو",
        "مۇخبىرىمىز ئۇنىڭ بىلەن ئالاقىلاشتى",
        "ئاپتور بۇ كىتابنى ئون يىلدا يازغان",
        "لکھاری نے آکھیا کہ کتاب اگلے ورھے چھپے گی",
    ],
)
def test_sentences_that_open_with_a_byline_word(line: str) -> None:
    assert byline.byline_author(fold(line), line, len(line.split())) is None


def test_writer_roles_after_the_name() -> None:
    assert byline.has_role(fold("علي احمد ميمڻ، اسٽاف رپورٽر"))
    assert byline.has_role(fold("گۈلچېھرە ھوجا، مۇخبىر"))
    assert byline.has_role(fold("علی رضا، پترکار"))


@pytest.mark.parametrize(
    "text", ["فوٽو: ڪاوش", "فوٽو گرافر: علي رضا", "رەسىم: RFA", "سۈرەتكە ئالغۇچى: ئابلىز ئەخمەت", "تصویراں: پنجابی لہر"]
)
def test_credit_labels(text: str) -> None:
    assert captions.starts_with_credit(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("تصوير جو ذريعو، Getty Images", "source"),
        ("تصوير جو ڪيپشن، ٻوڏ متاثر ڪئمپ ۾", "caption"),
        ("رەسىم مەنبەسى، AFP", "source"),
        ("رەسىم چۈشەندۈرۈشى، ئۈرۈمچىدىكى باغچا", "caption"),
        ("تصویر دا ذریعہ، Getty Images", "source"),
        ("تصویر دا کیپشن، لاہور دا بازار", "caption"),
    ],
)
def test_screen_reader_picture_labels(text: str, kind: str) -> None:
    found = captions._PICTURE_LABEL.match(text)
    assert found is not None and found[kind] is not None


@pytest.mark.parametrize("heading", ["اهم نڪتا", "خلاصو", "ئاساسلىق نۇقتىلار", "قىسقىچە", "اہم گلاں"])
def test_key_points_headings(heading: str) -> None:
    assert lexicon.phrase_in(heading, "key-points") is not None


DATES = [
    # Sindhi: the Gregorian months as Sindhi writes them, the weekday, a stamp word
    ("12 مارچ 2025", "2025-03-12"),
    ("جمعو 3 آڪٽوبر 2025", "2025-10-03"),
    ("شايع ٿيل: 5 آگسٽ 2024، 10:30", "2024-08-05"),
    ("آچر، 14 سيپٽمبر 2025", "2025-09-14"),
    ("12 جولاءِ 2025", "2025-07-12"),
    ("21 ڊسمبر 2024", "2024-12-21"),
    # Uyghur: the day, "-", the month, then the year with "-يىلى"; the month first; the numeric stamp
    ("4-ئۆكتەبىر 2025-يىلى", "2025-10-04"),
    ("شەنبە، 4-ئۆكتەبىر 2025-يىلى", "2025-10-04"),
    ("12-يانۋار، 2025-يىلى", "2025-01-12"),
    ("ئىيۇن 5، 2024", "2024-06-05"),
    ("ئېلان قىلىنغان ۋاقىت: 2025-10-04 10:30", "2025-10-04"),
    # Punjabi: the Punjabi weekdays with Urdu's month names, a Punjabi stamp word, a month typed with ي
    ("سوموار 3 مارچ 2025", "2025-03-03"),
    ("چھنچھر، 12 اپریل 2025", "2025-04-12"),
    ("چھپی: 12 فروري 2025", "2025-02-12"),
    ("ویروار 5 جون 2025، 5 وجے", "2025-06-05"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert is_date_line(text)


def test_sindhi_hijri_month_names() -> None:
    found = parse_date("12 جمادي الاول 1447")
    assert found is not None and (found.calendar, found.hijri) == ("hijri", "1447-05-12")


@pytest.mark.parametrize("text", ["5 منٽ اڳ", "2 ڪلاڪ اڳ", "5 مىنۇت بۇرۇن", "3 سائەت ئىلگىرى", "2 گھنٹے پہلاں"])
def test_a_relative_stamp_is_a_date_line_without_a_date(text: str) -> None:
    assert is_date_line(text)
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "name", ["جنوري", "جولاءِ", "آگسٽ", "آڪٽوبر", "ڊسمبر", "يانۋار", "ئىيۇن", "ئاۋغۇست", "ئۆكتەبىر", "دېكابىر", "فروري"]
)
def test_month_names(name: str) -> None:
    assert is_month_name(name)


# The stopword lists: the share of a line's words that are function words tells prose from chrome.
SINDHI_PROSE = (
    "وزير اعليٰ سنڌ چيو آهي ته صوبي ۾ امن امان جي صورتحال بهتر ٿي رهي آهي، پر اڃا به ڪيترن ئي علائقن ۾ پوليس کي "
    "وڌيڪ ڪم ڪرڻو پوندو ۽ هن ان حوالي سان لاڳاپيل ادارن کي هدايتون به جاري ڪيون آهن."
)
UYGHUR_PROSE = (
    "ۋەزىر بايانات ئېلان قىلىپ، بۇ يىل ئىقتىسادنىڭ ئۆسۈشى ئىلگىرىكىگە قارىغاندا تېز بولغانلىقىنى ئېيتتى، لېكىن ئۇ يەنە "
    "بەزى رايونلاردا مەسىلىلەر بارلىقىنى ۋە بۇلارنى ھەل قىلىش ئۈچۈن تېخىمۇ كۆپ تىرىشىش كېرەكلىكىنى بىلدۈردى."
)


def _stopwords(code: str) -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.data_phrases("stopwords.txt", (code,)))


@pytest.mark.parametrize(("code", "prose"), [("sd", SINDHI_PROSE), ("ug", UYGHUR_PROSE)])
def test_stopwords_measure_prose(code: str, prose: str) -> None:
    words = _stopwords(code)
    assert 150 <= len(words) <= 300
    assert all(len(word.split()) == 1 for word in words)
    tokens = split_lines(prose)[0].tokens
    assert sum(map(words.__contains__, tokens)) / len(tokens) >= 0.25


@pytest.mark.parametrize("code", ["sd", "ug"])
def test_stopwords_hold_no_topic_nouns(code: str) -> None:
    nouns = ("حڪومت", "سنڌ", "ڪراچي", "پاڪستان", "ھۆكۈمەت", "ئۈرۈمچى", "شىنجاڭ", "ئۇيغۇر", "خەۋەر", "خبر")
    assert not _stopwords(code) & {fold(word) for word in nouns}


def test_no_stoplist_for_punjabi() -> None:
    # jusText's Western Panjabi list is the one newsclean uses.
    assert lexicon.data_phrases("stopwords.txt", ("pa",)) == []
