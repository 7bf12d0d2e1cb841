"""Economy and markets pages, court reports and interviews (holdout rounds 341-346): a chart's
title with its unit in brackets over its "المصدر:" line, a caption credited "(site - photographer)"
on its own line, presumption-of-innocence reminders, "ملف: ..." dossier labels, an embedded post
signed with a Levantine month, newsletter pitches that name the newsletter, a paywall's meter with a
curly apostrophe, a closed live page's notice, and the box of facts about an interview's guest.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone)."""

from __future__ import annotations

import newsclean

OIL = [
    "تراجعت أسعار النفط في التعاملات الآسيوية المبكرة اليوم الاثنين، بعد أن اتفق المنتجون في اجتماعهم أمس على زيادة جديدة في الإنتاج اعتباراً من الشهر المقبل.",
    "وانخفضت العقود الآجلة لخام برنت بمقدار 85 سنتاً إلى 63.92 دولار للبرميل، فيما تراجع الخام الأميركي 87 سنتاً إلى 59.61 دولار للبرميل.",
    "وكان الخام قد أنهى الشهر الماضي على خسارة بنحو ثلاثة في المئة، وهو الشهر الثالث على التوالي من التراجع وسط ضغوط من قوة الدولار.",
    "ومن المقرر أن يعقد المنتجون اجتماعهم الوزاري الموسع نهاية الشهر الجاري، حيث يتوقع أن يناقشوا خطط الإنتاج للعام المقبل.",
]

COURT = [
    "قضت محكمة الجنايات اليوم الأحد بحبس موظفَين سابقين في إحدى الهيئات الحكومية سبع سنوات، بعد إدانتهما بالاستيلاء على أموال عامة.",
    "وقالت المحكمة في حيثيات حكمها إن المتهمَين استغلا موقعيهما الوظيفيين لصرف مبالغ لأشخاص لا يستحقونها على مدى ثلاث سنوات.",
    "وألزمت المحكمة المتهمَين برد المبالغ المستولى عليها وتغريمهما مثلها، كما قضت بعزلهما من الوظيفة العامة.",
    "ويحق للمتهمَين الطعن في الحكم أمام محكمة الاستئناف خلال ثلاثين يوماً من تاريخ صدوره، بحسب ما أكده محاميهما للصحيفة.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean("\n".join(lines) + "\n")


def _body(lines: list[str]) -> list[str]:
    return list(_clean(lines).paragraphs)


def test_a_charts_unit_in_brackets_is_no_credit_and_its_source_line_credits_it() -> None:
    page = [
        "أفق بزنس",
        "الطاقة",
        "النفط يتراجع مع اتفاق المنتجين على زيادة جديدة للإنتاج",
        "03 نوفمبر 2025",
        *OIL[:2],
        "أداء خام برنت خلال الأشهر الثلاثة الماضية (دولار للبرميل)",
        "المصدر: بلومبرغ",
        *OIL[2:],
        "اقرأ أيضاً",
        "السعودية ترفع سعر البيع الرسمي لخامها إلى آسيا",
    ]
    article = _clean(page)
    assert list(article.paragraphs) == OIL
    chart = [caption for caption in article.captions if caption.text.startswith("أداء خام برنت")]
    assert chart and chart[0].credit == "بلومبرغ"
    assert chart[0].text.endswith("(دولار للبرميل)")  # the unit stays in the chart's title


def test_a_picture_named_by_its_place_keeps_its_source_in_brackets() -> None:
    """Guard: "(وزارة الكهرباء والماء)" after a picture's description is its source, not a unit."""
    page = [
        "الرئيسية",
        "محطة جديدة لتحلية المياه تدخل الخدمة",
        "03 نوفمبر 2025",
        OIL[0],
        "مهندسون يتفقدون وحدات الأغشية داخل المحطة الجديدة (وزارة الكهرباء والماء)",
        *OIL[1:],
    ]
    article = _clean(page)
    assert any(caption.credit == "وزارة الكهرباء والماء" for caption in article.captions)


def test_a_credit_naming_the_site_and_its_photographer_alone_in_brackets() -> None:
    page = [
        "ليرة برس",
        "الرئيسية",
        "اقتصاد",
        "المصارف تبدأ تطبيق التعميم الجديد لسحوبات الودائع",
        "الثلاثاء 11 تشرين الثاني 2025",
        *OIL[:2],
        "مودعون ينتظرون أمام فرع مصرفي في شارع الحمراء في بيروت",
        "(ليرة برس - علي حمدان)",
        *OIL[2:],
        "حمّل تطبيق ليرة برس",
        "© ليرة برس 2025 - جميع الحقوق محفوظة",
    ]
    article = _clean(page)
    assert "(ليرة برس - علي حمدان)" not in article.paragraphs
    found = [caption for caption in article.captions if caption.text.startswith("مودعون ينتظرون")]
    assert found and found[0].credit == "ليرة برس - علي حمدان"


def test_a_presumption_of_innocence_reminder_under_its_label_goes() -> None:
    page = [
        "الرئيسية",
        "حوادث وقضايا",
        "الجنايات تقضي بحبس موظفَين سبع سنوات في قضية الاستيلاء على المال العام",
        "الأحد 9 نوفمبر 2025",
        *COURT[:2],
        "تذكير: جميع المتهمين في هذه القضية يتمتعون بقرينة البراءة إلى غاية صدور حكم نهائي في حقهم.",
        *COURT[2:],
        "تنويه: تنشر الصحيفة وقائع المحاكمات كما وردت في أوراق القضايا، والمتهم بريء حتى تثبت إدانته بحكم بات.",
        "اقرأ أيضاً",
        "النيابة تحيل ثلاثة متهمين إلى المحاكمة في قضية تزوير",
    ]
    assert _body(page) == COURT


def test_the_text_saying_the_accused_is_innocent_until_proven_guilty_stays() -> None:
    """Guard: a sentence of the text that quotes the principle, with no label, is the text's."""
    said = "وقال محامي الدفاع إن موكله بريء حتى تثبت إدانته، وإنه سيطعن في الحكم أمام محكمة الاستئناف خلال المهلة القانونية."
    page = ["الرئيسية", "الجنايات تقضي بحبس موظفَين سبع سنوات", "الأحد 9 نوفمبر 2025", *COURT[:2], said, *COURT[2:]]
    assert said in _clean(page).paragraphs


def test_a_dossier_label_over_the_headline_is_no_title_and_goes() -> None:
    page = [
        "الرئيسية",
        "محاكم",
        "ملف: قضية اختلاس العلاج بالخارج",
        "التمييز تؤيد حبس موظفَين سبع سنوات وعزلهما في قضية الاستيلاء على مخصصات العلاج بالخارج",
        "كتب: حسن العنزي",
        "الأحد 9 نوفمبر 2025",
        *COURT,
        "ملف: قضية اختلاس العلاج بالخارج",
        "الأكثر قراءة",
    ]
    article = _clean(page)
    assert article.title == "التمييز تؤيد حبس موظفَين سبع سنوات وعزلهما في قضية الاستيلاء على مخصصات العلاج بالخارج"
    assert list(article.paragraphs) == COURT


def test_an_embedded_post_signed_with_a_levantine_month_goes() -> None:
    page = [
        "الرئيسية",
        "القضاء يصدر قراره الظني في قضية المصرف",
        "السبت 8 تشرين الثاني 2025",
        *COURT[:2],
        "لا عدالة من دون استعادة الودائع. القرار خطوة، لكنه لا يعيد دولاراً واحداً إلى أصحابه.",
        "— جمعية المودعين (@moudiin_lb) 7 تشرين الثاني 2025",
        *COURT[2:],
    ]
    assert _body(page) == COURT


TRIAL = [
    "A jury on Friday found a former care home manager guilty of manslaughter over the death of a resident who was left without food or water for three days.",
    "The prosecution told the court that staff had raised concerns about the home's rota for months before the resident was found in her room.",
    "The judge adjourned sentencing until next month and told the defendant that a custodial sentence was all but inevitable.",
    "The home closed in the spring after an inspection rated it inadequate in every category it assessed.",
]


def test_a_newsletter_pitch_that_names_the_newsletter_goes() -> None:
    page = [
        "News",
        "Former care home manager guilty of manslaughter",
        "By Laura Pike",
        "14 November 2025",
        *TRIAL[:2],
        "Don't miss the biggest court cases - sign up to our free Courts newsletter",
        *TRIAL[2:],
    ]
    assert _body(page) == TRIAL


def test_a_paywall_meter_with_a_curly_apostrophe_goes() -> None:
    page = ["Business", "Grocer lifts profit as sales climb", "By Priya Raman", "May 14, 2025", *TRIAL[:2], "You’ve read 2 of 3 free articles this month", *TRIAL[2:]]
    assert "You’ve read 2 of 3 free articles this month" not in _clean(page).paragraphs


BOURSE = [
    "La Bourse de Paris a terminé la séance de vendredi en net recul, le CAC 40 cédant 0,8 % dans un marché inquiet des chiffres de l'inflation américaine.",
    "Les valeurs bancaires ont été les plus touchées, pénalisées par la baisse des rendements obligataires et par des résultats jugés décevants.",
    "À l'inverse, le secteur du luxe a limité les pertes grâce au rebond de la demande chinoise évoqué par plusieurs analystes dans la journée.",
]


def test_a_closed_live_pages_notice_goes() -> None:
    page = [
        "Marchés",
        "EN DIRECT - La Bourse de Paris termine la semaine en baisse",
        "Publié le 14 novembre 2025",
        "Ce direct est désormais terminé. Retrouvez demain matin notre suivi de la séance.",
        *BOURSE,
    ]
    assert _body(page) == BOURSE


INTERVIEW = [
    "Elle a grandi à Ixelles, entre les étals du marché et la salle de montage de son oncle, et son premier long métrage revient sur ce quartier.",
    "Pourquoi avoir attendu si longtemps avant de tourner un long métrage ?",
    "Parce que je voulais que le film ressemble aux gens qu'il montre. Il m'a fallu des années pour trouver l'argent sans céder sur le casting et sur la langue.",
    "Le film sort en salles à la fin du mois, après sa projection au festival de Namur où il concourt dans la section des premiers films.",
]


def test_a_bio_box_of_dated_items_inside_an_interview_goes() -> None:
    page = [
        "Cinéma",
        "Nadège Mbuyi : « Mon quartier est un personnage »",
        "Propos recueillis par Julie Renard",
        "29 septembre 2025",
        *INTERVIEW[:2],
        "Bio express",
        "1987 Naissance à Ixelles",
        "2011 Diplômée en montage de l'INSAS",
        "2017 « Tresses », premier court métrage",
        *INTERVIEW[2:],
    ]
    assert _body(page) == INTERVIEW


def test_a_fact_file_of_fields_under_its_heading_goes() -> None:
    page = [
        "Running",
        "Grace Lowe: 'I run because it is the one hour nobody can take'",
        "Words: Tom Ashcroft",
        "October 2, 2025",
        *TRIAL[:2],
        "FACT FILE",
        "Grace Lowe",
        "Born: 3 June 1995, Leeds",
        "Club: Aire Valley AC",
        "Coach: Martin Haigh",
        *TRIAL[2:],
    ]
    assert _body(page) == TRIAL


def test_a_question_of_the_interview_asking_who_someone_is_stays() -> None:
    """Guard: "من هو ...؟" heads a fact box only over its short items; over an answer it is a question."""
    question = "من هو قدوتك في الحياة؟"
    answer = "والدي بلا شك. كان يعمل في الميناء منذ الفجر ثم يعود ليدرّسنا في المساء، ولم أسمعه يوماً يشكو من التعب أو من قلة المال، وهذا ما علّمني الصبر."
    page = ["الرئيسية", "حوارات", "لاعب المنتخب: أحلم بالمونديال منذ كنت طفلاً", "الأحد 9 نوفمبر 2025", *COURT[:2], question, answer, *COURT[2:]]
    paragraphs = _clean(page).paragraphs
    assert question in paragraphs and answer in paragraphs


def test_a_source_line_under_the_texts_last_sentence_makes_no_caption() -> None:
    page = [
        "Markets",
        "Oil slides as producers agree another output increase",
        "By Jane Smith",
        "November 3, 2025",
        *TRIAL,
        "Source: Reuters",
        "Related",
        "Saudi Arabia raises crude prices for Asia",
    ]
    article = _clean(page)
    assert list(article.paragraphs) == TRIAL
    assert all(not caption.text.startswith("Source") for caption in article.captions)


def test_a_premium_tiers_box_inside_the_text_goes() -> None:
    page = [
        "Markets",
        "FTSE 100 slips as miners weigh",
        "By Priya Raman",
        "November 3, 2025",
        *TRIAL[:2],
        "Cityline Premium",
        "Unlimited access to live market data, in-depth analysis and our daily Morning Note.",
        "Start your free trial",
        *TRIAL[2:],
    ]
    assert _body(page) == TRIAL


def test_an_insurance_premium_is_no_paywall() -> None:
    """Guard: "Monthly Premium" in a table of prices is a price, not a premium tier's heading."""
    page = ["Insurance", "What pet insurance costs in 2025", "By Priya Raman", "May 14, 2025", *TRIAL[:2], "Monthly Premium", "$42", *TRIAL[2:]]
    assert "Monthly Premium" in _body(page)


def test_a_markets_quotes_on_one_line_inside_the_text_go() -> None:
    strip = "مؤشر السوق الأول: ٨٬٠١٢٫٤٥ ▲ ٠٫٣٤٪ المؤشر العام: ٧٬١٨٤٫٢٠ ▲ ٠٫٢١٪ برميل الكويت: ٧٨٫٦٤ دولار"
    page = ["الرئيسية", "اقتصاد", strip, "المالية: عجز بخمسة مليارات دينار في مشروع الميزانية الجديدة", "الأحد 12 يناير 2025", *COURT]
    assert strip not in _body(page)


def test_a_city_alone_between_the_byline_and_the_date_is_the_dateline() -> None:
    page = [
        "الرئيسية",
        "محليات",
        "مجلس الوزراء يقر نظاماً جديداً لمكافحة انتحال الصفة في التعاملات الرقمية",
        "الرياض",
        "عبدالرحمن سعد القحطاني",
        "15 أكتوبر 2025 - 01:15 ص",
        *COURT,
    ]
    article = _clean(page)
    assert article.dateline == "الرياض"
    assert list(article.paragraphs) == COURT


def test_a_city_of_the_menu_is_no_dateline() -> None:
    """Guard: "جدة" is an item of the site's menu, shown again over the headline: a section, no dateline."""
    page = [
        "الرئيسية",
        "الرياض",
        "جدة",
        "الدمام",
        "جدة",
        "افتتاح أكبر سوق للأسماك على ساحل البحر الأحمر بعد ثلاث سنوات من العمل",
        "15 أكتوبر 2025 - 01:15 ص",
        *COURT,
    ]
    assert _clean(page).dateline is None
