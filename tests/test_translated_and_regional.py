"""Translated, republished and press-review pages, and Arabic news from regions a cleaner sees less
often (holdout rounds 329-332): the provenance lines around a translated or republished piece,
picture credits that only their shape or the site's name tells ("Name / Outlet", "Name, CC BY-ND",
"أرشيف <site>"), the datelines of national agencies (a long agency name in brackets, WAFA's day in
figures, "MANAMA:", "صنعاء - خاص"), a correspondent's "name - role" byline, and captions whose
markup splits the text and the credit.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import pytest

import newsclean

PARAGRAPHS = [
    "The restored marsh now stores almost as much carbon per square metre as the natural marsh next to it, the survey found.",
    "Researchers took sediment cores at forty points across both marshes over two summers and compared their layers.",
    "The findings suggest that breaching old sea walls could help coastal councils meet their climate targets, the authors say.",
]

AR_PARAGRAPHS = [
    "قالت الصحيفة إن منسوب المياه الجوفية في الواحة تراجع بأكثر من عشرين متراً خلال العقود الثلاثة الماضية بسبب الضخ الجائر.",
    "ونقلت الصحيفة عن باحثة في هيدرولوجيا المياه قولها إن الآبار غير المرخصة تستنزف الخزان الجوفي بوتيرة تفوق قدرته على التجدد.",
    "وأشار التقرير إلى أن السلطات أغلقت مئات الآبار المخالفة خلال العام الماضي، لكن المزارعين يقولون إنهم لا يملكون بديلاً.",
]


def test_a_republished_pieces_disclosure_and_licence_go() -> None:
    """Under the text: the disclosure box (its heading and its sentence) and the republishing line go."""
    page = [
        "Harbour Valley Times",
        "Environment",
        "Why a breached sea wall turned a field back into a carbon store",
        "April 14, 2025",
        *PARAGRAPHS,
        "Disclosure statement",
        "Hannah Okafor receives funding from the Coastal Restoration Trust.",
        "This article is republished from The Scholar's Desk under a Creative Commons license. Read the original article.",
        "© 2025 Harbour Valley Media Ltd. All rights reserved.",
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == PARAGRAPHS


def test_a_translated_pieces_provenance_lines_go() -> None:
    """Under a translated report: its source and original writer, the note on where it first ran, the
    licence, the writer's declaration of interests and the views disclaimer."""
    page = [
        "بوابة المشرق اليوم",
        "ترجمات",
        "صحيفة بريطانية: واحة الأزرق تجف ببطء والأردن يسحب من حساب المستقبل",
        "ترجمة وتحرير: هبة الزعبي",
        "نشر في: 11 مارس 2025 - 09:42 ص",
        *AR_PARAGRAPHS,
        "المصدر: صحيفة ذا ميريديان ريفيو البريطانية - بقلم: مارغريت هالوران",
        "هذا المقال مترجم عن منصة «ذا نولدج كومنز» ويُعاد نشره بموجب رخصة المشاع الإبداعي (CC BY-ND 4.0).",
        "إفصاح: تلقت الكاتبة تمويلاً من مؤسسة بحثية مستقلة لإجراء الدراسة المذكورة في المقال.",
        "ما ورد في هذا المقال يعبر عن رأي الصحيفة ولا يعبر بالضرورة عن رأي بوابة المشرق اليوم.",
        "جميع الحقوق محفوظة © 2025 بوابة المشرق اليوم",
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == AR_PARAGRAPHS


@pytest.mark.parametrize(
    "note",
    [
        "تنبيه: تُرجم هذا المحتوى من الإنجليزية باستخدام أدوات الترجمة الآلية، وخضع لمراجعة تحريرية محدودة.",
        "This article was translated from Spanish using machine translation and reviewed by our editors.",
        "Cet article a été traduit avec l'aide d'un outil de traduction automatique, puis relu par notre rédaction.",
    ],
)
def test_a_machine_translation_note_goes(note: str) -> None:
    page = ["Le Fil continental", "A headline over a translated story about the marsh", note, *PARAGRAPHS]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == PARAGRAPHS


def test_the_link_to_the_original_is_no_headline() -> None:
    page = [
        "بوابة أوروبا العربية",
        "حوارات",
        "Read the original in English",
        "مهندسة دنماركية: الهيدروجين الأخضر لن ينجح إذا بقي مشروعاً للتصدير فقط",
        "أجرى الحوار: كريم بن سالم",
        *AR_PARAGRAPHS,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "مهندسة دنماركية: الهيدروجين الأخضر لن ينجح إذا بقي مشروعاً للتصدير فقط"
    assert list(article.paragraphs) == AR_PARAGRAPHS


def test_the_paper_a_story_was_taken_from_goes_from_its_end() -> None:
    page = ["عبارات أسوان", "زيادة أسعار تذاكر العبارات النهرية في أسوان", *AR_PARAGRAPHS, "نقلاً عن صحيفة «صوت الجنوب»", "اقرأ أيضاً"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == AR_PARAGRAPHS


@pytest.mark.parametrize(
    ("caption", "credit", "named"),
    [
        ("Le ferry à quai à Brodick, sur l'île d'Arran, en avril 2025.", "Ewan Baird / The Clydeside Review", "Ewan Baird / The Clydeside Review"),
        ("Volunteers plant seagrass seedlings on the mudflats in March.", "Hannah Okafor, CC BY-ND", "Hannah Okafor, CC BY-ND"),
        ("مزارع يتفقد بئراً جوفية قرب واحة الأزرق شرقي الأردن", "خالد المومني/بوابة المشرق اليوم", "خالد المومني/بوابة المشرق اليوم"),
        ("بركة شبه جافة داخل محمية الأزرق المائية", "أرشيف بوابة المشرق اليوم", "أرشيف بوابة المشرق اليوم"),
    ],
)
def test_a_credit_known_by_its_shape_or_the_sites_name(caption: str, credit: str, named: str) -> None:
    """A credit line with no label under its caption: a photographer and an outlet, a picture's owner
    and its Creative Commons licence, the site's own photographer or archive (its masthead's name)."""
    arabic = "\u0600" <= caption[0] <= "\u06ff"
    paragraphs = AR_PARAGRAPHS if arabic else PARAGRAPHS
    page = [
        "بوابة المشرق اليوم" if arabic else "Harbour Valley Times",
        "Headline of the story about the water and the marsh in the region",
        "11 March 2025",
        paragraphs[0],
        caption,
        credit,
        *paragraphs[1:],
        "بوابة المشرق اليوم" if arabic else "Harbour Valley Times",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == paragraphs
    assert (caption, named) in [(found.text, found.credit) for found in article.captions]


def test_a_widgets_line_is_no_caption() -> None:
    """"Listen to this article · 4 min" over "Image source, ..." is the player's, not the picture's caption;
    the picture's is the line under the credit. "Compiled by" names the writer."""
    page = [
        "Northline News",
        "What the papers say: rail fares climb again",
        "Compiled by Hannah Roe",
        "Published 6 March 2025, 07:10 GMT",
        "Listen to this article · 4 min",
        "Image source, The Morning Ledger",
        "The Morning Ledger leads on the latest rise in rail fares",
        *PARAGRAPHS,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Hannah Roe"
    assert [found.text for found in article.captions] == ["The Morning Ledger leads on the latest rise in rail fares"]
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_read_also_headline_that_asks_goes() -> None:
    text = [*AR_PARAGRAPHS[:2], "اقرأ أيضا مخطط تهيئة المدينة العتيقة بصفاقس: ماذا تغيّر منذ 2019؟", AR_PARAGRAPHS[2]]
    page = ["صدى المدينة", "بلدية صفاقس تؤجل هدم أكشاك السوق القديمة", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == AR_PARAGRAPHS


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("نواكشوط (الوكالة الموريتانية للأنباء) - أعلنت وزارة التربية الوطنية فتح باب التسجيل في امتحانات الباكالوريا للمترشحين الأحرار اليوم.", "نواكشوط"),
        ("نابلس 14-10-2025 وفا- انطلق موسم قطف الزيتون في محافظة نابلس وسط توقعات بإنتاج أقل من العام الماضي بسبب قلة الأمطار.", "نابلس"),
        ("MUHARRAQ: Behind a heavy teak door on one of the narrow lanes of the old town, workers are replacing the coral-stone walls of a merchant house.", "MUHARRAQ"),
    ],
)
def test_an_agencys_dateline_is_read(lead: str, place: str) -> None:
    page = ["News portal", "A headline over the agency's story from the region today", "12 October 2025", lead, PARAGRAPHS[1]]
    assert newsclean.clean("\n".join(page)).dateline == place


def test_a_label_in_capitals_is_no_dateline() -> None:
    """Guard: "UPDATE:" opening a paragraph is the publisher's note, no place."""
    lead = "UPDATE: The council confirmed on Tuesday evening that the repairs to the bridge will start next week as planned."
    page = ["News portal", "A headline over the story about the bridge repairs", "12 October 2025", lead, PARAGRAPHS[1]]
    assert newsclean.clean("\n".join(page)).dateline is None


def test_a_correspondents_own_report_and_byline() -> None:
    """"صنعاء - خاص" is the place and the site's own-report mark; "name - role" names the writer."""
    page = [
        "يمن الغد نت",
        "أمطار غزيرة تلحق أضرارا بعشرات المنازل التاريخية في صنعاء القديمة",
        "فؤاد القباطي - مراسل يمن الغد في صنعاء",
        "صنعاء - خاص",
        *AR_PARAGRAPHS,
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.dateline) == ("فؤاد القباطي", "صنعاء")
    assert list(article.paragraphs) == AR_PARAGRAPHS


def test_an_agencys_archive_picture_is_no_dateline() -> None:
    """Guard: "جونا - أرشيف" under a caption is the agency's archive picture, its credit."""
    page = [
        "جونا",
        "موجة برد تبدأ الخميس والصغرى تلامس درجتين في المناطق الزراعية",
        "مخيمات ربيعية في منطقة الصبية شمال البلاد",
        "جونا - أرشيف",
        "الكويت - 12 - 2 (جونا) -- " + AR_PARAGRAPHS[0],
        *AR_PARAGRAPHS[1:],
    ]
    article = newsclean.clean("\n".join(page))
    assert article.dateline == "الكويت"


def test_a_slashed_agency_mark_closing_the_text_is_no_caption() -> None:
    """A paragraph of the text, not a picture's caption credited to the Omani agency."""
    last = (
        "ودعت الوزارة المزارعين الراغبين في الاستفادة من البرنامج إلى استكمال بياناتهم في المنصة الإلكترونية والتأكد من"
        " صحة المستندات المرفقة، مشيرة إلى أن الطلبات الناقصة لن يُنظر فيها. /العمانية/"
    )
    page = [
        "جريدة المرفأ",
        "فتح باب التسجيل في برنامج دعم المزارعين",
        "مسقط في 3 سبتمبر /العمانية/ " + AR_PARAGRAPHS[0],
        AR_PARAGRAPHS[1],
        last,
        "انضم إلى قناة جريدة المرفأ على واتساب",
        "قراءة 512 مرات",
        "الوسوم",
        "المزارعين",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.paragraphs[-1] == last
    assert article.captions == ()


def _html(figure: str, lead: str = AR_PARAGRAPHS[0], header: str = "") -> str:
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>خط ملاحي جديد يربط جدة بموانئ شرق أفريقيا</title></head><body>
<nav class="menu"><a href="/">الرئيسية</a> <a href="/ship">شحن</a></nav>
<article><h1>خط ملاحي جديد يربط جدة بموانئ شرق أفريقيا</h1>{header}
{figure}
<p>{lead}</p><p>{AR_PARAGRAPHS[1]}</p><p>{AR_PARAGRAPHS[2]}</p></article>
<footer class="footer">جميع الحقوق محفوظة © 2025</footer></body></html>"""


@pytest.mark.parametrize(
    "figure",
    [
        # a hashed CSS module's class names (Next.js): the caption's and the credit's spans
        '<figure class="ArticleImage_figure__Zb4Ht"><img src="a.jpg" alt=""><figcaption class="ArticleImage_caption__y2Fjr">'
        '<span>رافعات الحاويات في ميناء جدة خلال عمليات تفريغ سفينة شحن</span>'
        '<span class="ArticleImage_credit__e7NcD">مجموعة ستريتلاين</span></figcaption></figure>',
        # Joomla K2: the credit's span beside the caption's, in no figcaption
        '<div class="itemImageBlock"><span class="itemImage"><img src="a.jpg" alt=""></span>'
        '<span class="itemImageCaption">رافعات الحاويات في ميناء جدة خلال عمليات تفريغ سفينة شحن</span>'
        ' <span class="itemImageCredits">مجموعة ستريتلاين</span></div>',
        # the credit with its label, at the end of the caption's line
        '<div class="news-img"><img src="a.jpg" alt=""><div class="img-caption"><span class="cap-text">'
        'رافعات الحاويات في ميناء جدة خلال عمليات تفريغ سفينة شحن</span> <span class="cap-src">المصدر: مجموعة ستريتلاين</span></div></div>',
    ],
)
def test_a_caption_and_its_credit_in_html(figure: str) -> None:
    article = newsclean.clean_html(_html(figure))
    assert article.title == "خط ملاحي جديد يربط جدة بموانئ شرق أفريقيا"
    assert [(found.text, found.credit) for found in article.captions] == [
        ("رافعات الحاويات في ميناء جدة خلال عمليات تفريغ سفينة شحن", "مجموعة ستريتلاين")
    ]
    assert list(article.paragraphs) == AR_PARAGRAPHS


def test_a_credit_whose_tail_names_the_site_in_html() -> None:
    """The text reads "- صدى المدينة" (the site's name) as the credit; the markup's credit element holds the
    photographer too."""
    figure = (
        '<figure><img src="a.jpg" alt=""><figcaption class="c-media-item__fig-caption">'
        '<span class="c-media-item__caption">تجار أمام أكشاكهم قرب باب الديوان في صفاقس، الإثنين</span> '
        '<span class="c-media-item__credit">وليد بن صالح - صدى المدينة</span></figcaption></figure>'
    )
    html = _html(figure).replace('<nav class="menu">', '<div class="logo">صدى المدينة</div><nav class="menu">')
    html = html.replace("جميع الحقوق محفوظة © 2025", "صدى المدينة</footer><footer>جميع الحقوق محفوظة © 2025")
    article = newsclean.clean_html(html)
    assert [(found.text, found.credit) for found in article.captions] == [
        ("تجار أمام أكشاكهم قرب باب الديوان في صفاقس، الإثنين", "وليد بن صالح - صدى المدينة")
    ]


def test_the_leads_dateline_past_a_long_header_in_html() -> None:
    """Headline, standfirst, byline, date, share bar and picture, then the lead with its dateline."""
    header = (
        '<p class="lead">الوزارة جهزت 120 نقطة امتحان بمولدات وشبكات إنترنت احتياطية في المحافظات</p>'
        '<div class="author">كتبت: رنا محمود أبو شمالة</div><time>19 تموز 2025 - 10:05 صباحاً</time>'
        '<div class="share-buttons"><a href="#">مشاركة</a><a href="#">فيسبوك</a><a href="#">واتساب</a></div>'
    )
    figure = '<figure><img src="a.jpg" alt=""><figcaption>طلبة يتقدمون لامتحان الثانوية العامة في مدرسة بمدينة غزة (بوابة الشاطئ)</figcaption></figure>'
    article = newsclean.clean_html(_html(figure, lead="غزة - بوابة الشاطئ: " + AR_PARAGRAPHS[0], header=header))
    assert article.dateline == "غزة"

