"""The service widgets Arabic portals wrap around an article (holdout rounds 319 and 320's theme, on
pages composed here): prices and prayer times as table rows, a widget's heading with its month, an
embedded post under the platform's logo, a caption credited to the site, the writer's stamp in the
markup above the text."""

from __future__ import annotations

import newsclean

TEXT = [
    "أعلنت دائرة تنمية الثروة السمكية عن حزمة من الاشتراطات الجديدة لتجديد تراخيص الصيد الحرفي، تدخل حيز التنفيذ مطلع الشهر المقبل.",
    "وقال مدير الدائرة إن عدد الصيادين المرخصين في المحافظة يبلغ نحو ألفين وثلاثمئة صياد، يعمل أغلبهم بقوارب صغيرة من الألياف الزجاجية.",
    "وأضاف أن الدائرة ستمنح الصيادين مهلة شهرين لاستكمال الوثائق المطلوبة قبل إيقاف التراخيص غير المجددة.",
]
HEADLINE = "اشتراطات جديدة لتجديد تراخيص الصيد الحرفي في الوسطى"


def test_a_widgets_table_rows_in_the_header_are_no_headline() -> None:
    page = [
        "الشراع",
        "أسعار الوقود لشهر أبريل",
        "م91\t0.229 ر.ع",
        "م95\t0.239 ر.ع",
        "الديزل\t0.258 ر.ع",
        "مواقيت الصلاة - مسقط",
        "الفجر ٤:٣٤",
        "الظهر ١٢:١٠",
        "المغرب ٦:٢٧",
        "المحافظات",
        HEADLINE,
        "مسقط - الشراع",
        "كتب - ماجد البلوشي",
        "16 أبريل 2025",
        *TEXT,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE
    assert list(article.paragraphs) == TEXT


def test_a_widgets_heading_with_its_month_is_no_dateline() -> None:
    """"أسعار الوقود - يوليو 2025" (fuel prices, July 2025) over the header: the place and writer
    line under the headline still names the writer."""
    page = [
        "الساحل 24",
        "أسعار الوقود - يوليو 2025",
        "سوبر 98: 2.70 درهم",
        "ديزل: 2.63 درهم",
        "الإمارات",
        HEADLINE,
        "دبي - سارة الكعبي",
        "نشر في: 20 يوليو 2025 09:14",
        *TEXT,
    ]
    assert newsclean.clean("\n".join(page)).author == "سارة الكعبي"


def test_an_embedded_posts_header_under_the_platforms_logo_goes() -> None:
    page = [
        "الساحل 24",
        HEADLINE,
        "20 يوليو 2025",
        *TEXT[:2],
        "𝕏",
        "WeatherWatchUAE",
        "@WeatherWatchUAE",
        "49.6°C in Sweihan today at 14:45, the highest reading so far this summer.",
        "6:10 PM · Jul 19, 2025",
        TEXT[2],
    ]
    article = newsclean.clean("\n".join(page))
    rules = {line.text: line.rule for line in article.lines}
    for text in ("𝕏", "WeatherWatchUAE", "@WeatherWatchUAE", "6:10 PM · Jul 19, 2025"):
        assert rules[text] == "structure.embedded-post", text  # told apart as the post's, not as stray fragments


def test_a_caption_credited_to_the_sites_short_name_or_to_the_site_and_its_photographer() -> None:
    for masthead, line, credit in (
        ("وكالة دجلة برس", "رئيس جمعية أصحاب المخابز والأفران في بغداد خلال جولة في أحد الأفران - دجلة برس", "دجلة برس"),
        ("المرفأ نيوز", "مولدات خاصة في أحد أحياء بيروت الشعبية (المرفأ نيوز - حسن شعبان)", "المرفأ نيوز - حسن شعبان"),
    ):
        page = [masthead, HEADLINE, "كتب - ماجد البلوشي", "16 أبريل 2025", line, *TEXT, f"© 2025 {masthead}"]
        article = newsclean.clean("\n".join(page))
        assert [caption.credit for caption in article.captions] == [credit], masthead
        assert list(article.paragraphs) == TEXT


def test_a_prayer_times_row_heads_no_appended_article() -> None:
    """"العشاء\\t18:58" over the Hijri date: a table's row, no headline over a stamp; the article
    appended under "المقال التالي" is found."""
    next_text = [
        "انطلقت اليوم الأربعاء أشغال تهيئة وتوسعة الطريق الجهوية عدد 15 بولاية قفصة على مسافة 22 كيلومترا بكلفة 18 مليون دينار.",
        "وأفاد المدير الجهوي للتجهيز بأن الأشغال ستستغرق 24 شهرا، وتشمل إنجاز منشأتين مائيتين وتوسعة المعبد.",
        "ومن المنتظر أن تساهم هذه الأشغال في الحد من حوادث المرور التي تشهدها الطريق بصفة متكررة منذ سنوات.",
    ]
    page = [
        "الزيتونة أونلاين",
        HEADLINE,
        "منية الطرابلسي",
        "2025/01/22 16:05",
        *TEXT,
        "مواقيت الصلاة",
        "المغرب\t17:32",
        "العشاء\t18:58",
        "22 رجب 1446",
        "الأكثر قراءة",
        "المقال التالي",
        "قفصة: انطلاق أشغال تهيئة الطريق الجهوية 15 بكلفة 18 مليون دينار",
        "سامي العياري",
        "2025/01/22 15:20",
        *next_text,
        "جميع الحقوق محفوظة © الزيتونة أونلاين 2025",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == TEXT
    assert len(article.extra_articles) == 1


def test_the_writers_stamp_above_the_text_is_no_paragraph_even_when_trafilatura_keeps_it() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in TEXT)
    html = (
        "<!doctype html><html lang='ar' dir='rtl'><head><title>" + HEADLINE + "</title></head><body>"
        f"<table><tr><td><div class='news_title'><h1>{HEADLINE}</h1></div>"
        "<div class='news_info'>نوال بوزيد &nbsp;-&nbsp; 2025/03/04 &nbsp; 16:20 &nbsp;|&nbsp; قرئ 1187 مرة</div>"
        f"<div class='news_text'>{paragraphs}</div></td></tr></table></body></html>"
    )
    assert list(newsclean.clean_html(html.encode()).paragraphs) == TEXT
