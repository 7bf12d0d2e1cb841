"""Environment, crime and market pages (holdout rounds 365-370): a special file's box of parts and a
series' note set in the text, a campaign's donation box, an interactive map's and an infographic's
labels, a police hotline's box, a clip's labelled title over its length, a sponsored teaser and a
related label with its one headline; a headline with figures that a key point shares a shape with;
a section path that is no dateline, a special envoy's byline, a desk byline that names the outlet,
an own-report line with the site between the place and the mark, a capital alone under the font
controls; the site's name as written; a long owner's credit between two paragraphs. In HTML: a
kicker's heading over the headline, an infographic drawn in HTML, a "no-share" class on the text,
the local day of a UTC stamp, a gallery that shows the captions again.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import newsclean

HEAT = [
    "سجلت محطات الرصد الجوي درجات حرارة تجاوزت خمسين درجة مئوية في ثلاث مدن جنوبية أمس، وهي الأعلى منذ بدء التسجيل قبل أكثر من سبعين عاماً.",
    "وقالت هيئة الأرصاد إن موجة الحر ستستمر حتى نهاية الأسبوع، داعية السكان إلى تجنب التعرض لأشعة الشمس بين الحادية عشرة صباحاً والرابعة عصراً.",
    "وأعلنت وزارة الصحة رفع درجة الاستعداد في المستشفيات بعد استقبالها عشرات الحالات من ضربات الشمس والإجهاد الحراري خلال اليومين الماضيين.",
]

HEAT_END = [
    "وفي الأرياف اشتكى مزارعون من ذبول محاصيل الخضار الصيفية، مطالبين بزيادة حصص مياه الري خلال فترة الموجة الحارة وتعويض المتضررين منهم.",
    "ويرى خبراء أن تكرار موجات الحر بهذه الشدة يستدعي خطة وطنية للتكيف تشمل تشجير المدن وتعديل مواعيد العمل في المواقع المكشوفة.",
]

FOREST = [
    "أتت النيران على مساحات واسعة من الأحراج في المنطقة الجبلية لليوم الثاني على التوالي، وسط رياح قوية صعّبت مهمة فرق الإطفاء في الوصول إلى البؤر.",
    "وقال رئيس البلدية إن الأهالي شاركوا منذ الفجر في نقل المياه بالصهاريج الصغيرة إلى الأودية التي لا تصلها الآليات الكبيرة.",
    "وأعلنت المديرية العامة للدفاع المدني أن الحريق بات تحت السيطرة مساء أمس، مع بقاء فرقها في المكان لمنع تجدده خلال الليل.",
]

SEIZURE = [
    "أحبطت أجهزة الجمارك في الميناء محاولة تهريب كمية كبيرة من الأقراص المخدرة كانت مخبأة داخل شحنة من قطع الأثاث المستوردة.",
    "وأوضح مصدر أمني أن الاشتباه بدأ بعد ملاحظة فروق في وزن الحاويات مقارنة بالبيانات المقدمة، ما استدعى تفتيشها بالكامل بالأشعة.",
]

SEIZURE_END = [
    "وأمرت النيابة العامة بحبس المتهمين أربعة أيام على ذمة التحقيقات، ووجهت إليهم تهم التهريب والاتجار بالمواد المخدرة.",
    "وتعد هذه العملية من بين الأكبر التي شهدها الميناء خلال السنوات الأخيرة، بحسب بيانات رسمية نشرت أمس.",
]

CHILD = [
    "عثرت قوات الشرطة صباح اليوم على طفل في العاشرة من عمره كان قد فقد منذ ثلاثة أيام قرب أحد الأسواق الشعبية في المدينة.",
    "وقالت قيادة الشرطة في بيان إن الطفل وجد في صحة جيدة داخل منزل مهجور، وإنه أعيد إلى ذويه بعد إجراء الفحوص الطبية اللازمة.",
    "وأضاف البيان أن فريقاً تحقيقياً شكل للوقوف على ملابسات اختفائه، وأن التحقيقات لا تزال جارية لمعرفة ما إذا كان قد تعرض للاحتجاز.",
]

FUEL = [
    "قررت لجنة تسعير المشتقات النفطية رفع سعر لتر البنزين بنوعيه والسولار اعتباراً من صباح اليوم، في ثاني زيادة منذ بداية العام.",
    "وقالت اللجنة في بيانها إن القرار جاء نتيجة ارتفاع أسعار النفط العالمية وكلفة الاستيراد، مع الإبقاء على سعر أسطوانة الغاز المنزلي دون تغيير.",
    "وتوقع متعاملون في قطاع النقل أن تنعكس الزيادة على أجور سيارات الأجرة والحافلات خلال الأيام المقبلة، في انتظار قرارات المحافظات.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean("\n".join(lines) + "\n")


def _body(lines: list[str]) -> list[str]:
    return list(_clean(lines).paragraphs)


def test_a_special_files_box_of_parts_set_in_the_text_goes() -> None:
    page = [
        "جريدة الخليج اليوم",
        "موجة حر غير مسبوقة تضرب المدن الجنوبية",
        "كتب: ماجد الشمري",
        "3 يوليو 2025",
        *HEAT,
        "ملف خاص: صيف بلا ظل",
        "الجزء الأول: مدن تختنق تحت الإسفلت",
        "الجزء الثاني: العمال في مواجهة الحرارة",
        "الجزء الثالث: الكهرباء والذروة المتكررة",
        *HEAT_END,
        "جميع الحقوق محفوظة © 2025 جريدة الخليج اليوم",
    ]
    assert _body(page) == [*HEAT, *HEAT_END]


def test_a_campaigns_donation_box_under_the_text_goes() -> None:
    page = [
        "صحيفة الجبل",
        "الحرائق تلتهم أحراج المنطقة الجبلية لليوم الثاني",
        "كتبت: ليلى حداد",
        "14 تشرين الأول 2025",
        *FOREST,
        "ساعدونا في إعادة تشجير الجبل",
        "جمعية بيئية محلية تطلق حملة لزرع عشرة آلاف شتلة في المناطق المحترقة. كل خمسة دولارات تزرع شتلة.",
        "تبرع الآن",
        "مشاركة",
        "فيسبوك",
    ]
    assert _body(page) == FOREST


def test_guard_a_plea_for_help_in_a_quote_stays() -> None:
    plea = "ساعدونا في البحث عن ابني، قالت الأم للصحافيين وهي تبكي أمام مركز الشرطة في وسط المدينة صباح أمس."
    page = ["شبكة الأخبار", "فقدان طفل قرب سوق المدينة", "22 آذار 2025", CHILD[0], plea, CHILD[2]]
    assert _body(page) == [CHILD[0], plea, CHILD[2]]


def test_a_section_path_of_the_menu_is_no_dateline() -> None:
    lead = "الجبل – " + FOREST[0]
    page = [
        "صحيفة الجبل",
        "الرئيسية",
        "سياسة",
        "مجتمع",
        "بيئة",
        "رياضة",
        "مجتمع - بيئة",
        "الحرائق تلتهم أحراج المنطقة الجبلية لليوم الثاني",
        "ليلى حداد",
        "14 تشرين الأول 2025 | 10:20",
        lead,
        *FOREST[1:],
    ]
    article = _clean(page)
    assert article.dateline == "الجبل"
    assert list(article.paragraphs) == [lead, *FOREST[1:]]


def test_a_special_envoys_byline_names_the_writer() -> None:
    page = [
        "اللؤلؤة",
        "بيئة ومناخ",
        "جلسة خليجية في مؤتمر المناخ تحذر من خسائر الحر الشديد",
        "من موفدنا إلى جنيف: خالد راشد المنصوري",
        "13 نوفمبر 2025",
        *HEAT,
    ]
    assert _clean(page).author == "خالد راشد المنصوري"


def test_an_interactive_maps_and_an_infographics_labels_go() -> None:
    page = [
        "بوابة الوادي",
        "خطة طوارئ لمواجهة موسم الجفاف",
        "كتب: سامي العلي",
        "3 أغسطس 2025",
        HEAT[0],
        "خريطة تفاعلية: مواقع السدود ونسب التخزين",
        "اضغط لعرض الخريطة",
        HEAT[1],
        "إنفوجراف",
        "كيف تقاس درجات الحرارة؟",
        "1 - محطة الرصد",
        "2 - الميزان",
        "اضغط لتكبير الصورة",
        "اقرأ أيضاً: الأرصاد تحذر من عواصف ترابية نهاية الأسبوع",
        "تحذيرات للمزارعين",
        HEAT[2],
        *HEAT_END,
    ]
    assert _body(page) == [HEAT[0], HEAT[1], "تحذيرات للمزارعين", HEAT[2], *HEAT_END]


def test_french_an_interactive_maps_label_and_button_go() -> None:
    text = [
        "Les pluies diluviennes de la nuit ont provoqué la fermeture de plusieurs dizaines de routes départementales dans le département, selon la préfecture.",
        "À la mi-journée, les pompiers avaient effectué plus de trois cents interventions, principalement pour des caves inondées et des automobilistes bloqués.",
    ]
    page = [
        "Le Courrier du Sud",
        "Inondations : des dizaines de routes coupées",
        "Par Julie Martin",
        "Publié le 12 octobre 2025",
        text[0],
        "Carte interactive : les routes coupées dans le département en temps réel",
        "Afficher la carte",
        text[1],
    ]
    assert _body(page) == text


def test_a_police_hotlines_box_under_the_text_goes() -> None:
    page = [
        "شبكة الأخبار",
        "العثور على طفل مفقود منذ ثلاثة أيام",
        "22 آذار 2025",
        *CHILD,
        "هل لديك معلومات عن طفل مفقود؟",
        "الخط الساخن لقيادة الشرطة: 07701234567",
        "الكلمات المفتاحية:",
    ]
    assert _body(page) == CHILD


def test_a_tip_lines_question_and_number_at_the_end_go() -> None:
    text = [
        "La police met en garde les aînés contre une fraude qui consiste à se faire passer pour un petit-enfant en difficulté afin d'obtenir de l'argent.",
        "Deux suspects ont été arrêtés la semaine dernière après une série de plaintes déposées par des résidents de la région.",
    ]
    page = [
        "Info Rive-Sud",
        "Fraude des grands-parents : la police lance un appel",
        "Par Marc Tremblay",
        "Publié le 3 mars 2025",
        *text,
        "Vous avez de l'information?",
        "Toute information peut être transmise de façon confidentielle à la ligne de signalement au 1 800 555-0199.",
        "Mots-clés",
    ]
    assert _body(page) == text


def test_html_a_hotlines_heading_with_its_number_takes_the_line_under_it() -> None:
    body = "".join(f"<p>{text}</p>" for text in CHILD)
    page = _html(
        f"<h1>العثور على طفل مفقود منذ ثلاثة أيام</h1>{body}"
        "<p>للإبلاغ اتصل على 911</p><p>لأي حادث أو حالة طارئة يمكنكم التواصل مع غرفة العمليات على مدار الساعة.</p>"
    )
    assert list(newsclean.clean_html(page).paragraphs) == CHILD


def test_a_clips_labelled_title_and_length_go_and_the_subheading_stays() -> None:
    page = [
        "بوابة الميناء",
        "إحباط تهريب أقراص مخدرة داخل شحنة أثاث",
        "كتب: محمود عبد الرازق",
        "19 يناير 2025",
        *SEIZURE,
        "شاهد الفيديو",
        "فيديو | لحظة تفكيك قطع الأثاث واستخراج الأقراص",
        "02:14",
        "النيابة تأمر بالحبس",
        *SEIZURE_END,
    ]
    assert _body(page) == [*SEIZURE, "النيابة تأمر بالحبس", *SEIZURE_END]


def test_a_clips_labelled_title_under_its_label_goes() -> None:
    page = [
        "بوابة الميناء",
        "إحباط تهريب أقراص مخدرة داخل شحنة أثاث",
        "كتب: محمود عبد الرازق",
        "19 يناير 2025",
        *SEIZURE,
        "شاهد الفيديو",
        "فيديو | كيف يخبئ المهربون الأقراص في الأثاث؟",
        *SEIZURE_END,
    ]
    assert _body(page) == [*SEIZURE, *SEIZURE_END]


def test_a_headline_with_figures_is_no_template_series_with_a_key_point() -> None:
    headline = '"الجزائية" تسجن 6 متهمين بالاحتيال عبر منصة استثمار استولت على 38 مليون ريال'
    page = [
        "صحيفة الرواق",
        "محليات",
        headline,
        "عبدالرحمن السبيعي",
        "الخميس 23 يناير 2025م",
        "أبرز ما في الخبر",
        "إدانة 6 متهمين بينهم 3 وافدين في قضية احتيال",
        "مصادرة الأموال المضبوطة في حسابات المتهمين",
        *SEIZURE,
        "الأكثر قراءة",
        headline,
    ]
    assert _clean(page).title == headline


def test_a_desk_byline_names_no_writer_and_gives_the_site() -> None:
    text = [
        "A jury found the former town clerk guilty on Thursday of stealing more than two million dollars from the town over seven years.",
        "The verdict came after two days of deliberations, and sentencing was set for later this summer, the judge told the court.",
    ]
    page = [
        "Lakeside 8 News",
        "LIVE: Jury finds former town clerk guilty of theft",
        "by Lakeside 8 News Staff",
        "May 22, 2025",
        *text,
        "© 2025 Lakeside Broadcasting Co. All rights reserved.",
    ]
    article = _clean(page)
    assert article.author is None
    assert article.site == "Lakeside 8 News"
    assert list(article.paragraphs) == text


def test_an_own_report_line_with_the_site_between_place_and_mark() -> None:
    page = [
        "منبر الجنوب",
        "طوابير الغاز تعود إلى شوارع المدينة",
        "كتب/ فؤاد المخلافي",
        "الثلاثاء 12 أغسطس 2025",
        "تعز – منبر الجنوب – خاص",
        *FUEL,
    ]
    article = _clean(page)
    assert article.dateline == "تعز"
    assert list(article.paragraphs) == FUEL


def test_a_capital_alone_under_the_font_controls_is_the_dateline() -> None:
    page = [
        "بوابة الصحراء",
        "وزارة الفلاحة تحذر من تحرك أسراب الجراد نحو الجنوب",
        "ياسين بوزيد",
        "نُشر في 18 فيفري 2025",
        "طباعة",
        "حجم الخط",
        "+",
        "-",
        "الجزائر العاصمة",
        *FUEL,
    ]
    assert _clean(page).dateline == "الجزائر العاصمة"


def test_a_masthead_in_capitals_gives_the_site_as_written() -> None:
    text = [
        "La qualité de l'air s'est fortement dégradée cette semaine dans la capitale, sous l'effet de la poussière venue du désert et du trafic routier.",
        "Les autorités sanitaires recommandent aux personnes fragiles de limiter leurs sorties et d'éviter les efforts physiques en extérieur.",
    ]
    page = [
        "KËR INFO",
        "Pollution de l'air : la capitale suffoque",
        "Par Awa Ndiaye",
        "12 février 2025",
        *text,
        "© 2025 Kër Info. Tous droits réservés.",
    ]
    assert _clean(page).site == "Kër Info"


def test_a_long_owners_credit_between_two_paragraphs_credits_the_picture() -> None:
    caption = "Les sacs saisis dans le conteneur ont été alignés sur le quai."
    text = [
        "Les agents des douanes ont découvert mardi plus d'une tonne de cocaïne dissimulée dans un conteneur de bananes arrivé d'Amérique du Sud.",
        "L'enquête a été confiée à l'office antistupéfiants, qui cherche à identifier les destinataires de la marchandise en Europe.",
    ]
    page = [
        "Le Courrier de l'Estuaire",
        "Une tonne de cocaïne saisie sur le port",
        "Par Hélène Caron",
        "Publié le 25 février 2025",
        text[0],
        caption,
        "© Direction régionale des douanes du port",
        text[1],
    ]
    article = _clean(page)
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Direction régionale des douanes du port")]


def test_a_related_label_with_its_headline_and_a_sponsored_teaser_go() -> None:
    page = [
        "وكالة الأنباء",
        "انطلاق موسم تسويق الحنطة في المحافظات الوسطى",
        "بغداد - 2 أيار 2025",
        FUEL[0],
        "أخبار ذات صلة: الزراعة تمنع استيراد الطماطم حتى نهاية حزيران",
        FUEL[1],
        "محتوى مدعوم",
        "قرض زراعي بنسبة فائدة تفاضلية.. اكتشف العرض",
        FUEL[2],
    ]
    assert _body(page) == FUEL


def _html(body: str, title: str = "خبر", head: str = "") -> bytes:
    return f"""<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><main><article>{body}</article></main></body></html>""".encode()


def test_html_a_kickers_heading_over_the_headline_goes() -> None:
    headline = "منسوب البحيرة يسجل أدنى مستوى له منذ عشر سنوات"
    body = "".join(f"<p>{text}</p>" for text in HEAT)
    crumb = f'<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li>{headline}</li></ol>'
    header = f'<div class="news-header"><h3 class="upper-title">تقرير أسبوعي</h3><h1 class="news-title">{headline}</h1></div>'
    page = _html(f"{crumb}{header}{body}", title=headline, head=f'<meta property="og:title" content="{headline}">')
    article = newsclean.clean_html(page)
    assert article.title == headline
    assert list(article.paragraphs) == HEAT


def test_html_an_infographic_drawn_in_html_goes() -> None:
    page = _html(
        f"<h1>زراعة مليون شجرة في العاصمة</h1><p>{HEAT[0]}</p><p>{HEAT[1]}</p>"
        '<div class="infographic" role="img" aria-label="إنفوجرافيك"><ul>'
        "<li><strong>1.2 مليون</strong><span>شجرة وشجيرة</span></li><li><strong>54</strong><span>نوعا محليا</span></li>"
        "<li><strong>3</strong><span>مشاتل جديدة</span></li></ul></div>"
        f"<p>{HEAT[2]}</p>"
    )
    assert list(newsclean.clean_html(page).paragraphs) == HEAT


def test_html_a_no_share_class_on_the_text_is_no_share_bar() -> None:
    page = _html(
        '<h1>العواصف الترابية ترسل الآلاف إلى المستشفيات</h1><div class="entry-content no-share">'
        '<p class="dateline-line"><strong>بغداد - دجلة نيوز</strong></p>'
        + "".join(f"<p>{text}</p>" for text in HEAT)
        + "</div>",
        head='<meta property="og:site_name" content="دجلة نيوز">',
    )
    assert newsclean.clean_html(page).dateline == "بغداد"


def test_html_the_local_day_of_a_utc_stamp_on_a_line_with_the_update() -> None:
    text = [
        "The river crested overnight about four feet above flood stage, forcing the evacuation of dozens of homes on the east side of the city.",
        "Emergency officials said shelters at two schools would stay open through the weekend as crews assessed the damage to roads and bridges.",
    ]
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>River crests above flood stage</title>
<meta property="article:published_time" content="2025-04-08T02:31:00Z"></head><body><main><article>
<h1>River crests above flood stage</h1><div class="b-date"><span>Published: <time datetime="2025-04-08T02:31:00Z">April 7, 2025 at 10:31 p.m. EDT</time></span>
<span>Updated: <time datetime="2025-04-08T20:47:00Z">April 8, 2025 at 4:47 p.m. EDT</time></span></div>
{"".join(f"<p>{line}</p>" for line in text)}</article></main></body></html>""".encode()
    assert newsclean.clean_html(page).date == "2025-04-07"


def test_html_a_gallery_showing_the_captions_again_goes() -> None:
    captions = ["المضبوطات التي عثر عليها بحوزة المتهم", "المركبة التي استخدمها المتهم في عملياته"]
    figures = "".join(f'<figure><img src="a.jpg"><figcaption>{text} (الصورة: وزارة الداخلية)</figcaption></figure><p>{para}</p>' for text, para in zip(captions, SEIZURE))
    page = _html(
        f"<h1>القبض على منتحل صفة رجل أمن</h1>{figures}<p>{SEIZURE_END[0]}</p>"
        "<h4>صور الخبر</h4>" + "".join(f"<p>{text}</p>" for text in captions)
    )
    assert list(newsclean.clean_html(page).paragraphs) == [*SEIZURE, SEIZURE_END[0]]
