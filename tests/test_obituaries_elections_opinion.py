"""Obituaries and weather pages, election results and opinion columns (holdout rounds 347-352): a
formula of the text that a banner shows again ("إنا لله وإنا إليه راجعون"), a subheading the tags
repeat, a condolence form's heading, lenders' and archives' credits, an editorial's headline under
its section's label, a column's writer over the role under the headline, a reader's letter, a
writer's handle, opinion pages' notes and columnists' boxes, a poll without a button's text, and a
ticker's item with its label over the masthead's date.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import newsclean

OBITUARY = [
    "انتقل إلى رحمة الله تعالى فجر اليوم الثلاثاء وزير الأشغال الأسبق المهندس سالم عودة الخوالدة عن عمر ناهز أربعة وثمانين عاماً بعد صراع مع المرض.",
    "وُلد الفقيد في قرية صغيرة بمحافظة المفرق عام 1940، ودرس الهندسة المدنية في جامعة القاهرة قبل أن يعود للعمل في وزارة الأشغال مهندساً للطرق.",
    "وتولى الخوالدة حقيبة الأشغال في حكومتين متتاليتين، وأطلق خلالهما برنامجاً لصيانة الطرق الزراعية في محافظات الشمال بقي معمولاً به سنوات طويلة.",
    "ونعت نقابة المهندسين الفقيد في بيان قالت فيه إنه كان من أوائل المهندسين الذين أسسوا لمدرسة أردنية في تخطيط الطرق وصيانتها.",
]

FUNERAL = [
    "ويُشيَّع جثمان الفقيد بعد صلاة عصر اليوم من مسجد الشهيد في ماركا الشمالية إلى مقبرة العائلة في المفرق.",
    "وتُقبل التعازي للرجال في ديوان عشيرة الخوالدة في ماركا الشمالية، وللنساء في منزل الفقيد بضاحية الرشيد، لمدة ثلاثة أيام.",
]

COLUMN = [
    "في مساء الخميس الماضي قررت أن أترك سيارتي أمام البيت وأن أمشي إلى المسجد القريب، فاكتشفت أن الرصيف ينقطع بعد مئة متر وأن الشارع لم يُصمم لمن يمشي.",
    "الجواب ليس في الطقس وحده كما يحلو لنا أن نقول، فالمدن التي تشبه مدننا في حرارتها صنعت لأهلها ممرات مظللة وأرصفة متصلة وحدائق صغيرة بين الأحياء.",
    "المشكلة في تقديري أن الأحياء التي بنيناها خلال العقود الماضية صُممت للسيارة أولاً، فصار الوصول إلى البقالة القريبة يحتاج إلى محرك ومفتاح وموقف.",
    "ما الذي يمكن فعله؟ أقترح أن نبدأ من الأشياء الصغيرة: رصيف متصل حول كل مدرسة، وممر مظلل إلى كل مسجد، وإشارة مشاة عند كل تقاطع رئيسي في الحي.",
]

COLUMN_EN = [
    "Every spring the same argument returns to the county board: whether the branch libraries that close at five can stay open into the evening for the people who work.",
    "The board's own survey found that more than half of the residents who no longer use the libraries stopped because the hours no longer fit their lives.",
    "There are better options than cutting hours across the board. Two branches could share a librarian on late nights, and volunteers could staff the reading rooms.",
    "The trustees will take up the final version of the budget next month, and they should ask for the evening numbers before they vote on any closure.",
]

ARTICLE_FR = [
    "Il suffit de traverser n'importe quel bourg de l'ouest de la France un mardi après-midi pour mesurer l'ampleur du problème : vitrines vides et rideaux baissés.",
    "La plupart des programmes de revitalisation ont été pensés à l'échelle des villes moyennes, avec des moyens et des équipes que les petites communes n'ont pas.",
    "Il faudrait d'abord permettre aux maires de racheter les murs des commerces vacants, puis de les louer à prix modéré pendant les premières années d'activité.",
    "Rien de tout cela ne coûtera aussi cher que de laisser mourir des centres-bourgs qui ont mis des siècles à se constituer et qui ne renaîtront pas seuls.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean("\n".join(lines) + "\n")


def _body(lines: list[str]) -> list[str]:
    return list(_clean(lines).paragraphs)


def test_the_obituarys_formula_stays_in_the_text_when_a_banner_shows_it_too() -> None:
    page = [
        "الصباح الأردني",
        "إنا لله وإنا إليه راجعون",
        "الرئيسية",
        "محليات",
        "وفيات",
        "وفاة وزير الأشغال الأسبق سالم الخوالدة",
        "الثلاثاء 14 كانون الثاني 2025",
        *OBITUARY,
        "إنا لله وإنا إليه راجعون",
        *FUNERAL,
        "الوسوم",
        "وفيات",
        "وزراء سابقون",
    ]
    assert _body(page) == [*OBITUARY, "إنا لله وإنا إليه راجعون", *FUNERAL]


def test_a_subheading_that_the_tags_repeat_stays_in_the_text() -> None:
    heat = [
        "توقعت هيئة الأنواء الجوية أن تتجاوز درجات الحرارة خمسين درجة مئوية في محافظات الجنوب خلال الأيام الثلاثة المقبلة، مع رياح جافة نشطة.",
        "وقال المتحدث باسم الهيئة إن الكتلة الهوائية الحارة ستبقى فوق البلاد حتى نهاية الأسبوع، وإن الحرارة ستنخفض تدريجياً مطلع الأسبوع المقبل.",
        "وعلى إثر هذه التوقعات أعلنت الحكومات المحلية في البصرة وميسان وذي قار تعطيل الدوام الرسمي في الدوائر الحكومية يوم غد الأربعاء.",
        "واستثنت القرارات الدوائر الأمنية والصحية والخدمية ودوائر الماء والكهرباء، فيما ينتظر موظفو محافظات أخرى قرارات مماثلة خلال ساعات المساء.",
    ]
    page = [
        "المسناة نيوز",
        "الرئيسية",
        "الحرارة تلامس 51 درجة في البصرة والعمارة",
        "الثلاثاء 22 تموز 2025",
        *heat[:2],
        "تعطيل الدوام",
        *heat[2:],
        "الوسوم",
        "الأنواء الجوية",
        "تعطيل الدوام",
    ]
    assert _body(page) == [*heat[:2], "تعطيل الدوام", *heat[2:]]


def test_a_line_shown_once_in_a_menu_and_once_between_short_pitches_still_goes() -> None:
    """Guard: a directory's item between one-line pitches is no subheading of a text."""
    page = [
        "Home",
        "Horoscopes",
        "TV Schedule",
        *COLUMN_EN,
        "Events",
        "Find out what's going on around town and post your local events.",
        "Horoscopes",
        "Check your daily horoscope, sun signs, love horoscopes and much more.",
        "TV Schedule",
        "Find out when your favorite shows hit the air on our channels.",
    ]
    assert "Horoscopes" not in _body(page)


def test_a_lenders_credit_under_each_picture() -> None:
    obituary = [
        "Eleanor Marsh Pruitt, who taught two generations of Harlow Falls students to play in the high school band, died Sunday at her home. She was 91.",
        "Her son, Thomas Pruitt, said she died peacefully after a short illness, surrounded by her family and by the sound of the records she loved.",
        "Born in 1933 in a farmhouse outside Rutland, Pruitt studied music education and came to Harlow Falls High School in 1957 to lead its band.",
        "After retiring from teaching in 1988, she was persuaded by former students to run for the city council, where she served two terms as mayor.",
    ]
    page = [
        "Obituaries",
        "Eleanor Pruitt, music teacher who became Harlow Falls' first woman mayor, dies at 91",
        "By Daniel Okafor",
        "Published Feb. 11, 2025",
        "Eleanor Pruitt conducts the Harlow Falls High School marching band during the 1978 Fourth of July parade.",
        "Courtesy of the Pruitt family",
        *obituary,
        "Eleanor Pruitt at her 90th birthday party in 2023.",
        "Courtesy of the Pruitt family",
        "Related coverage",
    ]
    article = _clean(page)
    assert list(article.paragraphs) == obituary
    assert [caption.credit for caption in article.captions] == ["the Pruitt family", "the Pruitt family"]


def test_the_sites_archive_and_its_photographer_credit_a_picture() -> None:
    text = ARTICLE_FR
    page = [
        "Ouest Littoral",
        "Actualité",
        "Plouvenec : l'ancien maire Jean-Yves Le Goff est mort",
        "Publié le 11 mars 2025",
        "Jean-Yves Le Goff, ici en 2014 lors de sa dernière cérémonie des vœux à la mairie de Plouvenec.",
        "Archives Ouest Littoral / Yann Morvan",
        *text,
        "Le port de Plouvenec, que Jean-Yves Le Goff avait fait agrandir à la fin des années 1990.",
        "Archives Ouest Littoral / Yann Morvan",
        "Ouest Littoral",
        "© Ouest Littoral – Tous droits réservés",
    ]
    article = _clean(page)
    assert list(article.paragraphs) == text
    assert [caption.credit for caption in article.captions] == ["Ouest Littoral / Yann Morvan"] * 2


def test_an_archive_alone_under_a_described_picture_credits_it() -> None:
    page = [
        "الرئيسية",
        "تشييع الشيخ صالح المزيني في عنيزة",
        "الأحد 3 نوفمبر 2024",
        *OBITUARY[:2],
        "جانب من افتتاح الفقيد مشروعاً خيرياً في عنيزة عام 2011",
        "أرشيف المرقاب",
        *OBITUARY[2:],
    ]
    article = _clean(page)
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("جانب من افتتاح الفقيد مشروعاً خيرياً في عنيزة عام 2011", "أرشيف المرقاب")
    ]


def test_an_editorials_headline_under_its_sections_label_over_a_long_standfirst() -> None:
    page = [
        "الميناء",
        "لبنان",
        "افتتاحية",
        "رأي",
        "افتتاحية",
        "صهاريج الصيف وعطش الدولة",
        "مع كل موسم حرّ تتحول المياه إلى سلعة تُشترى على باب البيت، فيما تتفرج الحكومة على سوق لا تعترف بوجودها",
        "السبت 12 تموز 2025",
        *COLUMN,
    ]
    article = _clean(page)
    assert article.title == "صهاريج الصيف وعطش الدولة"
    assert list(article.paragraphs) == COLUMN


def test_a_columns_writer_over_the_role_under_the_headline_and_a_handle_that_is_no_headline() -> None:
    page = [
        "الواحة اليوم",
        "الرئيسية",
        "آراء",
        "المدينة التي نسيت أن تمشي",
        "عبدالله الشمري",
        "عبدالله بن فهد الشمري",
        "كاتب وصحفي سعودي",
        "كل مقالات الكاتب",
        "@alshammari_abd",
        "الأحد 17 نوفمبر 2024 - 06:10 ص",
        *COLUMN,
        "الآراء الواردة في المقالات تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة",
    ]
    article = _clean(page)
    assert article.title == "المدينة التي نسيت أن تمشي"
    assert article.author == "عبدالله بن فهد الشمري"
    assert list(article.paragraphs) == COLUMN


def test_a_readers_letter_names_its_writer() -> None:
    page = [
        "رأي",
        "بريد القراء",
        "ساعة واحدة من المرونة غيّرت يومنا",
        "رسالة من: مريم سعيد النعيمي - الشارقة",
        "21 سبتمبر 2025",
        *COLUMN,
    ]
    assert _clean(page).author == "مريم سعيد النعيمي"


def test_an_archive_picture_glued_to_its_subject_is_a_caption() -> None:
    page = [
        "مقالات",
        "وسط البلد يستعيد واجهاته",
        "بقلم: هالة عبد الرحيم",
        "الجمعة 7 مارس 2025",
        *COLUMN[:2],
        "صورة أرشيفية لشارع قصر النيل بوسط القاهرة",
        *COLUMN[2:],
    ]
    assert _body(page) == COLUMN


def test_opinion_pages_notes_and_the_columnists_box_go() -> None:
    en = [
        "Opinion",
        "Keep the branch libraries open after dark",
        "By Margaret Ellery",
        "March 6, 2025",
        *COLUMN_EN,
        "Guest columns reflect the views of their authors and not necessarily those of The Harbor Ledger.",
        "Have a reaction to this column? Write to letters@harborledger.example",
    ]
    assert _body(en) == COLUMN_EN
    fr = [
        "Débats",
        "Tribune",
        "Sauver les centres-bourgs avant qu'il ne soit trop tard",
        "Par Claire Aubertin",
        "Publié le 4 mars 2025",
        "Cet article est une tribune, rédigée par une autrice extérieure au journal et dont le point de vue n'engage pas la rédaction.",
        *ARTICLE_FR,
        "Vous avez une réaction à cette chronique? Écrivez-nous à opinions@laboussole.example",
        "Chroniqueur à La Boussole depuis 2011, Mathieu Girard a grandi à Chicoutimi et s'intéresse à la vie de quartier.",
    ]
    assert _body(fr) == ARTICLE_FR


def test_html_the_writers_box_with_its_address_goes_after_the_column() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in COLUMN)
    page = _html(f"""<div dir="rtl"><main><article><h1>المدينة التي نسيت أن تمشي</h1>
<p class="byline">بقلم: سعود مبارك الفيلكاوي</p><time datetime="2024-11-05">الثلاثاء 5 نوفمبر 2024</time>
<div class="entry-content">{paragraphs}
<p>كاتب كويتي، يكتب زاوية «على السيف» كل ثلاثاء منذ عام 2009، ومهتم بالتراث البحري والشعر الشعبي.</p>
<p>البريد: s.alfailakawi@alsawari-kw.example | إكس: @saud_failakawi</p></div></article></main></div>""")
    assert list(newsclean.clean_html(page).paragraphs) == COLUMN


def test_a_photographers_label_with_a_dash_credits_the_caption_above() -> None:
    page = [
        "الرئيسية",
        "فوز مرشحَين مستقلين في جولة الإعادة بإمبابة",
        "الأحد 14 يونيو 2026",
        "لجنة فرعية بمدرسة إمبابة الثانوية بنين خلال جولة الإعادة",
        "تصوير - كريم نبيل",
        *COLUMN,
    ]
    article = _clean(page)
    assert [caption.credit for caption in article.captions] == ["كريم نبيل"]


def test_a_live_pages_refresh_buttons_are_no_player_over_a_credited_picture() -> None:
    live = [
        "أعلن رئيس الهيئة العليا المستقلة للانتخابات أن نسبة المشاركة بلغت إلى حدود الساعة الخامسة مساء أكثر من ثلاثين في المائة من المسجلين.",
        "وأضاف أن الهيئة لم تسجل أي إشكال من شأنه التأثير على سير العملية الانتخابية، مشيراً إلى أن مكاتب الاقتراع ستغلق في السادسة مساء.",
        "وتوزعت أعلى نسب الإقبال حسب الولايات وفق المعطيات الأولية التي نشرتها الهيئة على موقعها، فيما سجلت ولايات الشمال أضعف النسب.",
    ]
    page = [
        "الرئيسية",
        "مباشر: تونس تنتخب مجالسها البلدية",
        "متابعة: هيئة التحرير",
        "الأحد 22 مارس 2026 - 08:00",
        "آخر تحديث: 17:12",
        "التحديث التلقائي",
        "تشغيل",
        "إيقاف",
        "ناخبة تضع ورقتها في صندوق الاقتراع بأحد مكاتب حي التضامن صباح الأحد",
        "عدسة: أنيس الورتاني",
        "17:12",
        *live[:2],
        "16:40",
        live[2],
        "16:05",
        "رصدت شبكة محلية لمراقبة الانتخابات في تقريرها الثالث منذ افتتاح المكاتب عشرات المخالفات، تعلق أغلبها بتوزيع مطويات دعائية قرب مراكز الاقتراع.",
    ]
    article = _clean(page)
    assert [caption.credit for caption in article.captions] == ["أنيس الورتاني"]


def test_a_tickers_item_with_its_label_over_the_mastheads_date_is_no_headline() -> None:
    page = [
        "السنبلة نيوز",
        "عاجل | مجلس الوزراء يقرر تعطيل الدوام الرسمي يوم الخميس في بغداد بسبب ارتفاع درجات الحرارة",
        "الأحد 3 آب 2025",
        "الرئيسية",
        "سياسة",
        "اقتصاد",
        "حوارات وتقارير",
        "وزير الموارد المائية: خزيننا نصف ما نحتاجه ولن نسمح بعطش أي مدينة",
        "2025-08-03 09:41",
        *COLUMN,
    ]
    assert _clean(page).title == "وزير الموارد المائية: خزيننا نصف ما نحتاجه ولن نسمح بعطش أي مدينة"


def test_a_headline_flagged_breaking_is_still_the_headline() -> None:
    """Guard: the article's own headline with the ticker's label, the only one over the date."""
    page = [
        "الرئيسية",
        "عاجل | تسجيل هزة أرضية بقوة 4.6 درجات في ولاية البويرة",
        "الأحد 3 آب 2025",
        *COLUMN,
    ]
    assert _clean(page).title == "عاجل | تسجيل هزة أرضية بقوة 4.6 درجات في ولاية البويرة"


def _html(body: str) -> bytes:
    return f"""<!doctype html><html lang="{'ar' if 'dir="rtl"' in body else 'en'}"><head><meta charset="utf-8">
<title>page</title></head><body>{body}</body></html>""".encode()


def test_html_readers_condolences_under_the_form_stay_out() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in [*OBITUARY, *FUNERAL])
    page = _html(f"""<div dir="rtl"><header><nav><a href="/">الرئيسية</a> <a href="/w">وفيات</a></nav></header>
<main><article><h1>وفاة وزير الأشغال الأسبق سالم الخوالدة</h1>
<time datetime="2025-01-14">14 كانون الثاني 2025</time>
<div class="entry-content">{paragraphs}
<section class="condolences"><h3>اكتب تعزيتك</h3>
<p>تُنشر التعازي بعد مراجعتها من قبل فريق الصحيفة. يرجى الالتزام بآداب التعزية في كل ما تكتبه هنا.</p>
<form><label>الاسم</label><input name="n"><label>المدينة</label><input name="c"><button>إرسال التعزية</button></form>
<div class="entries"><p>أحمد الصرايرة – الكرك: رحم الله الفقيد وأسكنه فسيح جناته، وألهم أهله وذويه الصبر والسلوان.</p>
<p>د. ليلى عبيدات – إربد: كان أستاذاً كريماً ومعلماً صبوراً، تعلمنا منه الكثير في سنوات الإقامة.</p></div>
</section></div></article></main></div>""")
    body = list(newsclean.clean_html(page).paragraphs)
    assert not any("رحم الله الفقيد" in line or "تعلمنا منه" in line for line in body)
    assert OBITUARY[0] in body


def test_html_a_paywalled_texts_class_is_no_newsletter() -> None:
    """BLOX writes the text under the meter in "subscriber-only": its picture keeps its caption."""
    paragraphs = "".join(f"<p>{text}</p>" for text in COLUMN_EN)
    page = _html(f"""<main><article><h1>Longtime weatherman Walt Kessler dies at 86</h1>
<div class="asset-content subscriber-premium" id="article-body"><div class="subscriber-only">{paragraphs}
<figure class="photo inline"><img src="k.jpg" alt=""><figcaption><div class="caption-text"><p>Kessler, right, reviews radar images with producer Gail Brandt during the marathon coverage of the March 1993 blizzard.</p></div>
<div class="photo-credit"><span class="tnt-byline">Dispatch file photo</span></div></figcaption></figure>
</div></div></article></main>""")
    article = newsclean.clean_html(page)
    assert any(caption.text.startswith("Kessler, right, reviews radar images") for caption in article.captions)


def test_html_a_polls_question_over_its_answers_in_a_form_goes() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in COLUMN)
    page = _html(f"""<div dir="rtl"><main><article><h1>نتائج الانتخابات الجزئية في منزل بورقيبة</h1>
<div class="entry-content">{paragraphs}
<div class="poll"><h4>شارك في الاستطلاع</h4><p>هل ستشارك في الدور الثاني من الانتخابات الجزئية؟</p>
<form><ul><li><label><input type="radio" name="a">نعم</label></li><li><label><input type="radio" name="a">لا</label></li>
<li><label><input type="radio" name="a">لم أقرر بعد</label></li></ul></form></div></div></article></main></div>""")
    body = list(newsclean.clean_html(page).paragraphs)
    assert body[: len(COLUMN)] == COLUMN
    assert not any(line.startswith("هل ستشارك") for line in body)
