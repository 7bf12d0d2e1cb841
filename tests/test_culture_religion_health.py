"""Culture reviews, religion pages and health or technology explainers (holdout rounds 335-340):
a book's or a film's card of "label: value" fields between the header and the text, ratings,
spoiler warnings, "where to watch" boxes, affiliate disclosures, the stanza of a poem the text
quotes, a fatwa page's card and its closing formula, "انشرها تؤجر", tables of contents that list
the sources, sources after the text, symptom checkers and feedback widgets.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import pytest

import newsclean

REVIEW = [
    "تفتتح الكاتبة روايتها الثالثة بمشهد امرأة عجوز تقف عند الفجر على جسر خشبي فوق ترعة جفّت مياهها منذ سنوات طويلة.",
    "لا تعتمد الكاتبة بناءً خطياً، بل توزّع الحكاية على ثلاثة أصوات نسائية تتناوب على السرد عبر فصول قصيرة متلاحقة.",
    "ومع ذلك لا تخلو الرواية من هنات، فالفصول الأخيرة تبدو أقل إحكاماً من بقية العمل وتنزلق أحياناً إلى الشرح المباشر.",
]

FILM = [
    "في فيلمه الروائي الطويل الأول، يختار المخرج مكاناً يكاد يكون شخصية قائمة بذاتها: صالة سينما قديمة في حي شعبي.",
    "ينطلق الفيلم من فكرة بسيطة ومألوفة، لكن المخرج ينجح في تجنّب الحنين السهل ويمنح شخصياته مساحة للصمت والتأمل.",
    "بصرياً، يشكل الفيلم متعة حقيقية، فمدير التصوير يلتقط المدينة في ضوء شتوي رمادي ويتنقل بين الأزقة بخفة لافتة.",
]

HEALTH = [
    "يحدث فقر الدم الناتج عن نقص الحديد عندما لا يملك الجسم ما يكفي من الحديد لصنع الهيموغلوبين الذي يحمل الأكسجين.",
    "ولا يظهر النقص فجأة في الغالب، بل يتطور على مراحل، إذ تنفد مخازن الحديد أولاً ثم يبدأ مستوى الهيموغلوبين بالتراجع.",
]


def test_a_book_card_between_the_header_and_the_text_is_no_headline() -> None:
    """The card's fields ("الناشر: ...", "عدد الصفحات: 328") under a long header (share bar, caption)
    stand nearest the text: the headline over the byline is still the title."""
    page = [
        "الرواق | أسبوعية الثقافة والفنون",
        "الرئيسية",
        "أدب",
        "«بيت على حافة الترعة»: رواية تكتب القرية المصرية من ذاكرة الماء",
        "في روايتها الثالثة تعود الكاتبة إلى قرى المنوفية لتحكي عن ثلاثة أجيال من النساء",
        "كتب: حسام عبد الباقي",
        "الخميس 14 نوفمبر 2024 - 11:20 ص",
        "مدة القراءة: 6 دقائق",
        "مشاركة",
        "فيسبوك",
        "إكس",
        "واتساب",
        "نسخ الرابط",
        "غلاف رواية «بيت على حافة الترعة»",
        "(الصورة: دار النخيل للنشر)",
        "بطاقة الكتاب",
        "العنوان: بيت على حافة الترعة",
        "المؤلفة: سلمى الدسوقي",
        "الناشر: دار النخيل للنشر - القاهرة",
        "سنة النشر: 2024",
        "عدد الصفحات: 328",
        "السعر: 240 جنيهاً",
        *REVIEW,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "«بيت على حافة الترعة»: رواية تكتب القرية المصرية من ذاكرة الماء"
    assert article.author == "حسام عبد الباقي"
    assert list(article.paragraphs) == REVIEW


def test_a_films_credits_in_its_card_name_no_writer() -> None:
    """"سيناريو: كريم عيسى وجنى مراد" is a field of the film's card, not "place: writer"; the critic
    is the name under the headline. A spoiler warning inside the text goes."""
    page = [
        "عين الكاميرا",
        "مراجعات",
        "«آخر العروض»: سينما طرابلس تطفئ أنوارها",
        "ريتا حداد",
        "الأربعاء 12 آذار 2025",
        "إخراج: كريم عيسى",
        "سيناريو: كريم عيسى وجنى مراد",
        "تمثيل: عادل مخايل، ليال عبود، سامي فرح",
        "المدة: 104 دقائق",
        *FILM[:2],
        "⚠ تنبيه: تتضمن الفقرة التالية تفاصيل من نهاية الفيلم",
        FILM[2],
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "ريتا حداد"
    assert article.dateline is None
    assert list(article.paragraphs) == FILM


@pytest.mark.parametrize(
    "warning",
    [
        "Spoiler alert: the next two paragraphs discuss the ending.",
        "Warning: this review contains spoilers.",
        "Attention, ce paragraphe dévoile des éléments de l'intrigue.",
    ],
)
def test_a_reviews_spoiler_warning_goes(warning: str) -> None:
    text = [
        "The film follows a retired projectionist who refuses to sell the cinema his father built in the port city.",
        "Its pleasures are small and steady: the light through the dusty windows, the regulars who never miss a screening.",
        "The ending, when it comes, is quieter than you expect, and all the better for it, the critics at the festival agreed.",
    ]
    page = ["The Last Screening review: a cinema goes dark", "By Dana Okafor", "March 4, 2025", *text[:2], warning, text[2]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_where_to_watch_box_and_affiliate_note_go() -> None:
    """Under the verdict: the showtimes box under "أين يُعرض؟" and the affiliate note."""
    page = [
        "«آخر العروض»: سينما طرابلس تطفئ أنوارها",
        "بقلم: ريتا حداد",
        "الأربعاء 12 آذار 2025",
        *FILM,
        "قد يحصل عين الكاميرا على عمولة عند الحجز عبر هذه الروابط.",
        "أين يُعرض؟",
        "سينما البحر - جونية: 7:45 م | 10:00 م",
        "صالة الميناء - طرابلس: 6:00 م | 9:00 م",
        "احجز تذكرتك",
        "عين الكاميرا © 2025",
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == FILM


def test_an_english_affiliate_disclosure_goes() -> None:
    text = [
        "Some novels announce their ambitions in the first sentence; this one hides them in a shipping clerk's ledger.",
        "The author spent a decade as an archivist at a maritime museum, and it shows in every page of the harbor chapters.",
    ]
    page = [
        "The Salt Ledger: a debut that finds a century in a clerk's accounts",
        "By Dana Okafor",
        "March 4, 2025",
        "When you buy books through links on our site, we may earn an affiliate commission.",
        *text,
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_reviews_rating_as_the_last_paragraph_of_the_markup_goes() -> None:
    """The rating written as the text block's last paragraph ("Note : 3/5", "التقييم: 4 من 5")."""
    text = [
        "Il faut attendre la troisième chanson de l'album pour entendre le nom de la ville, mais elle est partout dès le début.",
        "Mais ces réserves pèsent peu face à la cohérence de l'ensemble, et l'album tient ses promesses jusqu'au bout.",
    ]
    for body, rating in ((text, "Note : 3/5"), (REVIEW, "التقييم: 4 من 5")):
        html = f"""<html><head><title>Critique</title></head><body><article><h1>Un album sur la ville</h1>
<p class="author">Par Nadia Berthoud</p><time datetime="2025-03-12">12 mars 2025</time>
<div class="texte">{''.join(f'<p>{paragraph}</p>' for paragraph in body)}<p>{rating}</p></div></article></body></html>"""
        assert list(newsclean.clean_html(html).paragraphs) == body


def test_a_gallery_counter_over_a_caption_inside_the_text_goes() -> None:
    page = [
        "«ملح وضوء».. معرض يعيد قراءة الساحل الشرقي بعدسة مصور إماراتي",
        "بقلم: مريم الكعبي",
        "نُشر في: 03/02/2025 - 07:45",
        *REVIEW[:2],
        "الصورة 2 / 12",
        "زائرة تتأمل إحدى صور المعرض في بيت الفنون بالشارقة",
        "تصوير: أحمد سالم",
        REVIEW[2],
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == REVIEW
    assert [caption.text for caption in article.captions] == ["زائرة تتأمل إحدى صور المعرض في بيت الفنون بالشارقة"]


def test_a_quoted_stanza_closed_by_a_full_stop_stays() -> None:
    """Under "تقول في قصيدة «سطوح»:", short lines of verse, the last one closing with a full stop."""
    stanza = ["على السطح المقابل", "امرأة تنشر قميصاً أبيض", "كأنها تستسلم للريح", "كل صباح."]
    text = [
        REVIEW[0],
        "وتعتمد الشاعرة على صور مستمدة من الحياة اليومية، كالغسيل المنشور على السطوح وصينية الشاي. تقول في قصيدة «سطوح»:",
        *stanza,
        REVIEW[2],
    ]
    page = ["ديوان «مدن من ملح»: الشعر في أزقة فاس", "بقلم: إدريس الشاوي", "15 شتنبر 2024", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_an_explainers_contents_listing_its_sources() -> None:
    """The table of contents lists "المراجع" (no related box's heading over the text: the first
    subheading stays); the sources after the text go, however long their lines; the breadcrumb's last
    item is no headline; "كتابة:" names the writer."""
    page = [
        "موسوعة شفاء",
        "الرئيسية",
        "›",
        "الأمراض",
        "›",
        "فقر الدم الناتج عن نقص الحديد",
        "فقر الدم الناتج عن نقص الحديد: الأسباب والأعراض وطرق العلاج",
        "كتابة: رنا الخطيب",
        "تاريخ النشر: 3 مارس 2022",
        "محتويات المقال",
        "تعريف فقر الدم",
        "الأعراض",
        "العلاج",
        "المراجع",
        "تعريف فقر الدم",
        HEALTH[0],
        "الأعراض",
        HEALTH[1],
        "العلاج",
        "يعتمد العلاج في معظم الحالات على أقراص الحديد الفموية لمدة ثلاثة أشهر على الأقل، مع متابعة مستوى الهيموغلوبين.",
        "المراجع",
        "الجمعية العربية لطب الدم، دليل الممارسة السريرية لتشخيص فقر الدم وعلاجه، الطبعة الثالثة، 2021.",
        "سليمان، ن.، والحسن، ع. انتشار نقص الحديد بين طالبات الجامعات، مجلة الصحة العامة العربية، المجلد 12، العدد 3، 2020.",
        "مقالات ذات صلة",
        "الثلاسيميا: هل يمكن أن يعيش المريض حياة طبيعية؟",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "فقر الدم الناتج عن نقص الحديد: الأسباب والأعراض وطرق العلاج"
    assert article.author == "رنا الخطيب"
    assert list(article.paragraphs) == page[14:20]


@pytest.mark.parametrize(
    ("heading", "pitch", "button"),
    [
        ("أداة فحص الأعراض", "هل تشعر بالتعب المستمر؟ أجب عن 6 أسئلة قصيرة لتعرف ما إذا كنت بحاجة إلى مراجعة الطبيب", "ابدأ الفحص الآن"),
        ("Not sure what's causing your foot pain?", "Answer a few questions about where it hurts and when.", "Check your symptoms"),
        ("Testez-vous", "Êtes-vous à risque d'apnée du sommeil ? Répondez à 8 questions en 2 minutes.", "Commencer le test"),
    ],
)
def test_a_symptom_checker_inside_the_text_goes(heading: str, pitch: str, button: str) -> None:
    page = ["فقر الدم الناتج عن نقص الحديد: الأسباب والأعراض", "كتابة: رنا الخطيب", "3 مارس 2022", HEALTH[0], heading, pitch, button, HEALTH[1]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == HEALTH


def test_a_feedback_widgets_count_goes() -> None:
    page = [
        "فقر الدم الناتج عن نقص الحديد: الأسباب والأعراض",
        "كتابة: رنا الخطيب",
        "3 مارس 2022",
        *HEALTH,
        "هل كان هذا المحتوى مفيداً؟",
        "وجد 214 شخصاً هذا المقال مفيداً",
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == HEALTH


def test_a_fatwas_card_and_its_closing_formula() -> None:
    """The fatwa's number, category and answerer ("أجاب عنها: لجنة الفتوى") make a card: no headline,
    no "place: writer"; "والله أعلم." closes the answer over "انشرها تؤجر"."""
    answer = [
        "الحمد لله، والصلاة والسلام على رسول الله، أما بعد: فزكاة الفطر فريضة على كل مسلم يملك قوت يومه وليلته يوم العيد.",
        "والأصل أن تُخرج زكاة الفطر في البلد الذي يقيم فيه المزكي عند غروب شمس آخر يوم من رمضان، ويجوز نقلها لحاجة.",
        "والله أعلم.",
    ]
    page = [
        "منار الفتوى",
        "الرئيسية » الفتاوى » الزكاة",
        "حكم إرسال زكاة الفطر نقدا إلى الأهل في بلد آخر",
        "رقم الفتوى: 48213",
        "التصنيف: زكاة الفطر",
        "أجاب عنها: لجنة الفتوى بالموقع",
        "تاريخ النشر: 20 رمضان 1447هـ - 9 مارس 2026م",
        *answer,
        "انشرها تؤجر",
        "واتساب",
        "فتاوى ذات صلة",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "حكم إرسال زكاة الفطر نقدا إلى الأهل في بلد آخر"
    assert article.dateline is None
    assert list(article.paragraphs) == answer


def test_an_author_box_heading_gone_with_the_tags_takes_its_bio() -> None:
    """Tags, then "عن الكاتب" (a run of short lines removed together), then the critic's bio and a
    list of other reviews: the bio goes."""
    page = [
        "«بيت على حافة الترعة»: رواية تكتب القرية المصرية",
        "كتب: حسام عبد الباقي",
        "الخميس 14 نوفمبر 2024",
        *REVIEW,
        "الوسوم:",
        "سلمى الدسوقي",
        "رواية مصرية",
        "دار النخيل",
        "عن الكاتب",
        "حسام عبد الباقي ناقد أدبي وصحفي، يكتب في الرواق منذ عام 2016، وصدر له كتاب عن السرد المصري الجديد.",
        "مراجعات أخرى",
        "«ليل الورّاقين»: محمود فهمي يعود إلى القاهرة المملوكية",
        "ديوان «سُلّم من ورق»: قصائد عن المدن الصغيرة",
    ]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == REVIEW


def test_a_film_card_opening_the_html_text_goes() -> None:
    """In the markup, the card sits in the article's body, under the header: its heading and fields,
    its day of release, then the review."""
    html = f"""<html><head><title>Review</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/films">أفلام</a></nav>
<article><h1>«صيف في الكرنتينا»: حكاية بيروتية عن الورشة والبحر</h1>
<p class="byline">بقلم: ريتا الخوري</p><time datetime="2025-06-05">5 حزيران 2025</time>
<div class="film-card"><p>صيف في الكرنتينا +13</p><p>إخراج: جاد أبي خليل</p><p>سيناريو: جاد أبي خليل، كارين سلامة</p>
<p>تمثيل: ريتا الخوري، سليم فرحات، مايا عون</p><p>المدة: 104 دقائق</p><p>في الصالات: 5 حزيران 2025</p></div>
{''.join(f'<p>{paragraph}</p>' for paragraph in FILM)}
</article><footer>© 2025</footer></body></html>"""
    assert list(newsclean.clean_html(html).paragraphs) == FILM


def test_guard_a_header_of_fields_keeps_its_byline_and_dates() -> None:
    """Guard: "دبي: سلمى المنصوري" over "نشر في: ..." and "آخر تحديث: ..." is the header, no card."""
    page = [
        "أطباء في دبي: ثلاث علامات تسبق ضربة الشمس ولا ينتبه إليها كثيرون",
        "دبي: سلمى المنصوري",
        "نشر في: الأحد 16 يونيو 2024 - 10:42 ص",
        "آخر تحديث: الأحد 16 يونيو 2024 - 01:15 م",
        *HEALTH,
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.dateline, article.date) == ("سلمى المنصوري", "دبي", "2024-06-16")
