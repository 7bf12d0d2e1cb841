"""Short items (a brief of one to three paragraphs) on pages whose chrome is several times longer: a
ticker's strip run together on one long line, the day's other briefs with their times under the item,
a list of "<things> chosen for you", a press release's about box in a script without capitals, a
match's fixture over the header. With so little text, one such line read as prose outweighs the item."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, lexicon
from newsclean.lines import split_lines

HEAD = ["الرئيسية » الولايات » سطيف", "خطوط حافلات جديدة تربط الأقطاب الجامعية بوسط مدينة سطيف ابتداء من سبتمبر", "15 جويلية 2025 - 16:42"]
TEXT = [
    "سطيف - تعتزم مؤسسة الهضاب للنقل الحضري إطلاق أربعة خطوط حافلات جديدة تربط الأقطاب الجامعية بوسط المدينة ابتداء من شهر سبتمبر المقبل، حسب ما علم من مديرها العام.",
    "وأوضح المسؤول ذاته أن المؤسسة ستدعم حظيرتها بخمس وثلاثين حافلة جديدة، على أن تعمل الخطوط الجديدة من السادسة صباحا إلى العاشرة ليلا.",
]
STRIP = (
    "آخر الأخبار: انطلاق موسم الحصاد في الهضاب العليا بمردود متوقع يفوق ثلاثين قنطارا في الهكتار ... تسليم ألف ومائتي "
    "وحدة سكنية بصيغة البيع بالإيجار في برج بوعريريج قبل الدخول الاجتماعي ... أولمبي الونشريس يتعاقد مع ثلاثة لاعبين "
    "جدد تحسبا للموسم الكروي المقبل ... افتتاح مسبح نصف أولمبي في تيسمسيلت"
)


def test_a_tickers_strip_on_one_long_line_is_no_text() -> None:
    """Too long for the lexicon's look at a line (48 words), the strip's label and its separators tell it."""
    article = newsclean.clean("\n".join(["ونشريس أونلاين", STRIP, *HEAD, *TEXT, "مقالات مشابهة"]) + "\n")
    assert article.title == HEAD[1]
    assert list(article.paragraphs) == TEXT
    assert next(line for line in article.lines if line.text == STRIP).label is Label.NAVIGATION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("نشرة اليوم", "related"),  # the day's other briefs, each with its time
        ("موجز الأخبار", "related"),
        ("فتاوى مختارة", "related"),
        ("مقالات مختارة", "related"),
        ("أخبار أخرى", "related"),
        ("روي ماتياس المدير الفني الجديد (المركز الإعلامي للنادي)", None),  # a credit's source, not chrome alone
    ],
)
def test_headings_of_lists_under_a_short_item(text: str, category: str | None) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert (hit.category.name if hit else None) == category


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن نشرة اليوم ستبث في موعدها المعتاد مساء الخميس بعد انتهاء المباراة.",
        "وعرضت الفرقة مقطوعات مختارة من التراث الأندلسي في ختام المهرجان.",
        "وتناولت الندوة أخبار أخرى عن الموسم الزراعي في المحافظة.",
    ],
)
def test_the_same_words_in_a_sentence_stay(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


RELEASE = [
    "أعلنت مجموعة رمال الساحل العقارية ارتفاع صافي أرباحها في الربع الثالث من العام الجاري بنسبة 23% على أساس سنوي إلى 418 مليون درهم.",
    "وقفزت الإيرادات الفصلية 31% إلى 1.92 مليار درهم، مدعومة بتسليم وحدات مشروعين في دبي والشارقة خلال الربع.",
]
ABOUT = [
    "نبذة عن مجموعة رمال الساحل العقارية",
    "تأسست مجموعة رمال الساحل العقارية عام 2004، وهي من أبرز شركات التطوير العقاري في الدولة، وتضم محفظتها أكثر من ثلاثين مشروعاً.",
]


def test_an_about_box_whose_text_names_the_company_after_its_first_word() -> None:
    page = ["أرباح «رمال الساحل» العقارية ترتفع 23% في الربع الثالث", "بقلم: ريم عبدالله المهيري", "21 أكتوبر 2025", *RELEASE, *ABOUT, "الأكثر قراءة"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert list(article.paragraphs) == RELEASE


def test_a_fixture_over_its_kick_off_time_loses_the_title_to_the_headline_over_the_byline() -> None:
    page = [
        "مباريات اليوم", "أسود الدلتا × النجوم الساحلية", "9:00 م", "الدوري المصري",
        "رسمياً.. طيبة الجديدة يتعاقد مع البرتغالي روي ماتياس لقيادة الفريق حتى 2027", "كتب - أحمد سمير الجارحي", "السبت، 27 سبتمبر 2025 11:05 م",
        "أعلن نادي طيبة الجديدة، مساء اليوم السبت، التعاقد رسمياً مع المدرب البرتغالي روي ماتياس لتولي القيادة الفنية للفريق الأول خلفاً لمحمد عبد الستار.",
        "ووقّع ماتياس، البالغ من العمر 49 عاماً، على عقد يمتد لموسمين حتى صيف 2027، ويضم جهازه المعاون مساعدا ومعدا بدنيا من البرتغال.",
    ]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.title == page[4]
