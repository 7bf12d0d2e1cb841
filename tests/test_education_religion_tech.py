"""Education, religion and technology pages (holdout rounds 353-358): a site's box of the day's
supplication set between two paragraphs, an appended article under "read more" or under "Article
suivant" with its writer's name alone, a review's score card and price box between the header and
the text, its verdict's pros and cons, a specification table under the sentence that announces it,
an affiliate's offer set in the text, a plan's price in a list (no paywall's), the header's path
("المراجعات / لابتوب"), a site and its desk or its "خاص" mark, datelines ("Kochi:", "Berne" under
the picture, "كربلاء / writer"), a live page's refresh notice, a results widget's pitch, a Telegram
channel's pitch, a clip whose title stands over its running time, an illustration's caption; in
HTML, a donation box and a score box by their classes.

The pages are composed for these tests; each test fails on the code before those rounds, except the
ones marked as guards (what the new rules must leave alone). A verse that the text quotes and the
masthead's banner shows too is the fixture html/r356_ar_aqsa_friday's."""

from __future__ import annotations

import newsclean

EXAMS = [
    "أعلنت وزارة التربية والتعليم اليوم الأحد نتائج امتحانات الشهادة الثانوية للدورة الصيفية، وبلغت نسبة النجاح العامة 71.4 في المئة مقارنة بـ68.9 في المئة العام الماضي.",
    "وقال وزير التربية في مؤتمر صحفي عقده في مقر الوزارة إن عدد المتقدمين للامتحانات تجاوز 142 ألف طالب وطالبة توزعوا على أكثر من 900 قاعة في مختلف المحافظات.",
    "وأضاف الوزير أن الوزارة ستفتح باب الاعتراض على النتائج اعتباراً من صباح الثلاثاء ولمدة أسبوع، على أن تعلن نتائج الاعتراضات قبل بدء التقديم للجامعات.",
    "وأشار إلى أن الفرع العلمي سجل أعلى نسبة نجاح، فيما تراجعت النسبة في الفرع الأدبي بنحو نقطتين، داعياً المدارس إلى مراجعة أساليب تدريس مواد اللغة والتاريخ.",
]

RAMADAN = [
    "قررت الهيئة الاتحادية للموارد البشرية أن تكون ساعات الدوام الرسمي في الوزارات والجهات الاتحادية خلال شهر رمضان من التاسعة صباحاً حتى الثانية والنصف ظهراً.",
    "وأوضحت الهيئة في تعميم أصدرته اليوم أن الجهات التي تتطلب طبيعة عملها الدوام بنظام المناوبات تحدد ساعات عملها بما يتناسب مع احتياجاتها خلال الشهر الفضيل.",
    "وأضافت أن الموظفين يمكنهم طلب العمل عن بعد يوم الجمعة بنسبة لا تتجاوز ستين في المئة من إجمالي الموظفين في كل إدارة، وفق ما تسمح به طبيعة العمل.",
    "وأكدت الهيئة أن تقليص ساعات العمل لا يشمل المنشآت الصحية والأمنية التي تعمل على مدار الساعة، والتي تضع جداولها الخاصة بالتنسيق مع الجهات المختصة.",
]

OMRA = [
    "Les agences de voyage algériennes ont annoncé cette semaine une hausse de près de vingt pour cent des prix de la omra du mois sacré par rapport à l'an dernier.",
    "Selon les professionnels du secteur, l'augmentation s'explique d'abord par le renchérissement des billets d'avion et des nuitées d'hôtel à proximité de la mosquée.",
    "Le ministère des Affaires religieuses a rappelé que seules les agences agréées peuvent organiser ces voyages et a invité les fidèles à vérifier leur contrat.",
    "Certaines familles choisissent de partir plus tôt dans le mois ou de reporter leur voyage après l'Aïd pour bénéficier de tarifs plus accessibles.",
]

REVIEW = [
    "قضيت الأسبوعين الماضيين مع الهاتف الجديد بوصفه جهازي الأساسي، فنقلت إليه تطبيقات العمل والبنك والصور، واستخدمته في التصوير والملاحة والألعاب كل يوم.",
    "أول ما يلاحظه المستخدم هو الوزن، إذ تراجع إلى 208 غرامات بعد أن استبدلت الشركة الإطار المعدني بإطار من الألومنيوم المعاد تدويره بلمسة مطفأة أنيقة.",
    "الشاشة من أفضل ما يمكن أن تجده في هاتف اليوم؛ سطوع مرتفع تحت الشمس المباشرة وألوان دقيقة في الوضع الطبيعي، مع طبقة تقلل الانعكاسات بشكل واضح.",
    "أما البطارية فقد صمدت يوماً ونصف اليوم في الاستخدام المعتاد، وهو تحسن ملموس مقارنة بالجيل السابق الذي كان يحتاج إلى الشاحن قبل نهاية اليوم غالباً.",
]

REVIEW_EN = [
    "The Norland 5 costs £299, which puts it in the busiest corner of the phone market, where almost every maker now sells a handset with a large screen and a big battery.",
    "I used it as my only phone for two weeks, moving my banking apps and my two-factor codes across, and carried it through a wet fortnight of commuting and weekend walks.",
    "The display is the best thing about it. It is sharp, bright enough to read in direct sunlight and smooth when scrolling, and the colours look natural out of the box.",
    "Battery life is excellent as well. The large cell comfortably lasted a day and a half of my normal use, and a full charge from empty took a little over an hour.",
]

FORFAIT = [
    "L'opérateur virtuel Azur lance ce lundi un forfait 5G de 150 Go proposé à un prix d'appel agressif pendant un an, avant une hausse automatique la deuxième année.",
    "Filiale d'un groupe de distribution lyonnais, l'opérateur revendique environ 500 000 abonnés et s'appuie sur le réseau d'un grand opérateur national pour sa couverture.",
]

FORFAIT_END = [
    "Le prix d'appel n'est garanti que douze mois : passé ce délai, l'abonnement grimpe automatiquement, sans qu'aucune démarche ne soit demandée à l'abonné.",
    "« Le prix affiché en gros caractères n'est pas celui que paiera l'abonné sur la durée », rappelle une association de consommateurs, qui invite à lire les conditions.",
]

PILGRIMS = [
    "The first batch of 310 pilgrims from the state left for Saudi Arabia on Thursday morning, marking the start of this year's flights from the three embarkation points.",
    "Officials of the state Haj committee said the remaining flights would leave every day until the middle of next month, with the last one scheduled from the coastal city.",
    "Pilgrims were asked to reach the camp near the airport a day before their departure to complete their baggage check and collect their travel documents.",
]

ROUTERS = [
    "L'Office fédéral de la cybersécurité a lancé lundi un avertissement inhabituel en appelant les ménages à mettre à jour sans tarder le logiciel de leur routeur internet.",
    "Les appareils concernés sont des modèles très répandus chez les fournisseurs d'accès du pays, et une faille permet d'en prendre le contrôle à distance sans mot de passe.",
    "«Nous observons déjà des tentatives d'exploitation automatisées», indique l'office, qui recommande aussi de changer le mot de passe d'administration de l'appareil.",
]

WALK = [
    "تواصل قوافل الزائرين السائرين مشياً على الأقدام التوافد على المدينة من مختلف المحافظات، وسط إجراءات أمنية مشددة وانتشار واسع للمواكب الخدمية على الطرق الرئيسية.",
    "وقال المتحدث باسم اللجنة الأمنية العليا إن الخطة تتضمن نشر آلاف المنتسبين على الطرق المؤدية إلى المدينة، إلى جانب فرق طبية متنقلة ومراكز للإسعاف الفوري.",
    "وأضاف أن الخطة تتضمن أيضاً تخصيص مئات الحافلات لنقل الزائرين بعد انتهاء الزيارة إلى محافظاتهم، بالتنسيق مع وزارة النقل والحكومات المحلية.",
]

MOON = [
    "عمّان – أعلنت دائرة الإفتاء العام أن يوم الجمعة المقبل هو أول أيام عيد الفطر المبارك، لتعذر رؤية هلال شهر شوال مساء اليوم الأربعاء في مختلف مناطق المملكة.",
    "وقالت الدائرة في بيان بثه التلفزيون الرسمي بعد اجتماع لجنة الرؤية إن يوم الخميس هو المتمم لشهر رمضان، داعية المواطنين إلى إحياء ليلة العيد بالتكبير والذكر.",
    "وحددت وزارة الأوقاف موعد صلاة العيد في مساجد العاصمة عند السابعة صباحاً، على أن تقام الصلاة في المصليات المكشوفة في المحافظات في المواعيد نفسها.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean("\n".join(lines) + "\n")


def _body(lines: list[str]) -> list[str]:
    return list(_clean(lines).paragraphs)


def test_the_sites_box_of_the_days_supplication_between_two_paragraphs_goes() -> None:
    page = [
        "الساحل اليوم",
        "الرئيسية",
        "محليات",
        "ساعات الدوام الرسمي في رمضان من التاسعة حتى الثانية والنصف",
        "أبوظبي: مريم الكعبي",
        "12 فبراير 2026",
        RAMADAN[0],
        RAMADAN[1],
        "دعاء اليوم",
        "اللهم بلغنا رمضان وأعنا فيه على الصيام والقيام وتلاوة القرآن وتقبله منا يا أكرم الأكرمين",
        RAMADAN[2],
        RAMADAN[3],
        "جميع الحقوق محفوظة © الساحل اليوم 2026",
    ]
    assert _body(page) == RAMADAN


def test_the_dou_a_du_jour_under_a_teaser_goes_too() -> None:
    page = [
        "Aïn Dzayer Info",
        "Omra du Ramadhan : les prix s'envolent de vingt pour cent",
        "Par Samia Belkacem",
        "Publié le 3 février 2026",
        OMRA[0],
        OMRA[1],
        OMRA[2],
        "Lire aussi : Ramadhan : les prix des fruits et légumes sous surveillance",
        "Dou'a du jour",
        "Ô Allah, fais de ce jour un jour de miséricorde et de pardon, et accepte notre jeûne et nos prières.",
        "Des fidèles qui s'organisent autrement",
        OMRA[3],
        "© Aïn Dzayer Info 2026",
    ]
    body = _body(page)
    assert "Dou'a du jour" not in body
    assert not any(line.startswith("Ô Allah") for line in body)
    assert body[-2:] == ["Des fidèles qui s'organisent autrement", OMRA[3]]


def test_guard_a_page_about_the_days_supplication_keeps_it() -> None:
    # The heading over no paragraph of the text: the page's own headline and text.
    page = [
        "بوابة الإيمان",
        "دعاء اليوم الخامس من رمضان",
        "كتب: سامي عبد الحميد",
        "5 مارس 2026",
        "اللهم اجعلنا في هذا اليوم من عبادك الصالحين، واغفر لنا ذنوبنا، وتقبل منا صيامنا وقيامنا، وبلغنا ليلة القدر ونحن في أحسن حال.",
        "ويحرص الصائمون في الأيام الأولى من الشهر الكريم على الإكثار من الدعاء، إذ يستحب للمسلم أن يدعو عند الإفطار وفي الثلث الأخير من الليل، كما ورد في السنة النبوية.",
        "ويذكّر العلماء بأن الدعاء لا يحتاج إلى صيغة محددة، وأن للمسلم أن يدعو بما يشاء من خيري الدنيا والآخرة، بلغته التي يعرفها وبقلب حاضر.",
    ]
    article = _clean(page)
    assert article.title == "دعاء اليوم الخامس من رمضان"
    assert article.paragraphs[0].startswith("اللهم اجعلنا")


def test_an_article_under_read_more_with_its_byline_and_date_is_appended() -> None:
    page = [
        "جريدة المرفأ",
        "«التربية» تعلن نتائج الشهادة الثانوية: نسبة النجاح 71.4%",
        "كتب: فيصل العنزي",
        "14 يوليو 2026",
        *EXAMS,
        "مشاركة",
        "واتساب",
        "إقرأ المزيد",
        "«التربية» تطلب 1200 معلم من الخارج لسد العجز في التخصصات العلمية",
        "كتب: عبدالله الشمري",
        "14 يوليو 2026",
        "كشفت مصادر في وزارة التربية عن خطة للتعاقد مع نحو 1200 معلم ومعلمة من الخارج قبل بداية العام الدراسي المقبل، لسد العجز في تخصصات الرياضيات والفيزياء والكيمياء.",
        "وأوضحت المصادر أن لجان التعاقد ستتوجه إلى عدد من الدول العربية خلال أغسطس المقبل، على أن تعطى الأولوية لمن لا تقل خبرتهم عن خمس سنوات في التدريس.",
        "وأضافت أن الوزارة ستواصل في الوقت ذاته تعيين الخريجين في التخصصات التي يتوافر فيها عدد كاف منهم، مشيرة إلى موافقة ديوان الخدمة المدنية على درجات جديدة.",
        "جميع الحقوق محفوظة © جريدة المرفأ 2026",
    ]
    article = _clean(page)
    assert list(article.paragraphs) == EXAMS
    assert len(article.extra_articles) == 1


def test_an_article_under_article_suivant_with_its_writers_name_alone_is_appended() -> None:
    page = [
        "L'Écho de la Capitale",
        "Messes de Noël : les églises refont le plein malgré la tempête",
        "Par Marie-Pier Dussault",
        "Publié le 25 décembre 2026 à 6 h 00",
        "Les églises de la région ont accueilli des foules qu'elles n'avaient plus vues depuis des années pour les messes de minuit, malgré la neige tombée toute la soirée.",
        "Dans plusieurs paroisses, des bénévoles ont dû installer des chaises supplémentaires dans les allées et diffuser la célébration sur un écran dans le sous-sol.",
        "Les célébrations se poursuivent ce vendredi avec les messes du jour de Noël, prévues dans la plupart des paroisses en fin de matinée.",
        "À lire aussi",
        "Les marchés de Noël ont attiré un nombre record de visiteurs",
        "Tempête : plus de 30 000 clients privés d'électricité dans la région",
        "Article suivant",
        "Réveillon : les refuges pour sans-abri débordent",
        "Jean-Sébastien Morin",
        "Publié le 25 décembre 2026 à 7 h 30",
        "Les refuges pour personnes en situation d'itinérance ont fonctionné au-delà de leur capacité dans la nuit de jeudi à vendredi, alors que le froid s'intensifiait.",
        "Les intervenants ont servi plus de 140 repas chauds et installé des matelas de fortune dans la salle commune, a indiqué la direction de l'organisme.",
        "La Ville a ouvert une halte-chaleur temporaire dans un centre communautaire, qui restera accessible jusqu'au 2 janvier.",
        "© L'Écho de la Capitale 2026. Tous droits réservés.",
    ]
    article = _clean(page)
    assert len(article.paragraphs) == 3
    assert len(article.extra_articles) == 1


REVIEW_HEADER = [
    "شاشة تك",
    "الرئيسية › مراجعات › هواتف",
    "مراجعة هاتف نوفا إكس 9: شاشة ممتازة وبطارية تصمد أخيراً",
    "بعد أسبوعين من الاستخدام اليومي، هل يستحق الهاتف سعره المرتفع؟",
    "بقلم: كريم الحداد",
    "نُشر في 18 فبراير 2026",
    "مشاركة",
    "فيسبوك",
    "واتساب",
    "تقييم شاشة تك",
    "8.7/10",
    "التصميم 9",
    "الشاشة 9.5",
    "الأداء 9",
    "البطارية 8",
    "القيمة مقابل السعر 7",
    "السعر في مصر",
    "من 54,999 جنيه",
    "السعر في السعودية",
    "من 4,199 ريال",
    "السعر في الإمارات",
    "من 4,099 درهم",
    "اشترِ الآن من متجر النخبة",
    "هاتف نوفا إكس 9 باللون الرمادي",
    "تصوير: كريم الحداد / شاشة تك",
]


def test_a_reviews_score_card_and_price_box_do_not_hide_its_header() -> None:
    article = _clean([*REVIEW_HEADER, *REVIEW, "جميع الحقوق محفوظة © شاشة تك 2026"])
    assert article.title == "مراجعة هاتف نوفا إكس 9: شاشة ممتازة وبطارية تصمد أخيراً"
    assert article.author == "كريم الحداد"
    assert article.date == "2026-02-18"
    assert list(article.paragraphs) == REVIEW


def test_a_verdicts_for_and_against_over_the_review_stay_out_of_it() -> None:
    page = [
        "GadgetLedger",
        "Norland 5 review: a budget phone built to last",
        "Six years of updates and a superb screen make up for middling performance",
        "By Tom Ashcroft",
        "Published 3 March 2026",
        "Our verdict",
        "★★★★☆",
        "The Norland 5 has a bright screen, long battery life and an update promise that rivals flagships, but gamers should look elsewhere.",
        "For",
        "Excellent 120Hz OLED display",
        "Battery lasts a day and a half",
        "Six years of software updates",
        "Against",
        "Weak ultrawide camera",
        "Gets warm during gaming",
        "Today's best Norland 5 deals",
        "£299 at PhoneDepot UK",
        "£305 at Voltline",
        "$329 at Crestmart (US)",
        "View all prices",
        *REVIEW_EN,
        "© GadgetLedger Ltd 2026",
    ]
    article = _clean(page)
    assert article.title == "Norland 5 review: a budget phone built to last"
    assert article.author == "Tom Ashcroft"
    assert list(article.paragraphs) == REVIEW_EN


SPECS = [
    "الشاشة\t6.8 بوصة AMOLED بتردد 120 هرتز",
    "المعالج\tSnapdragon 8 Elite",
    "الذاكرة والتخزين\t12 غيغابايت رام / 256 غيغابايت",
    "الكاميرا الخلفية\t200 ميغابكسل رئيسية + 50 ميغابكسل واسعة",
    "البطارية\t5200 مللي أمبير مع شحن سلكي 60 واط",
    "النظام\tAndroid 16",
    "اللون\tرمادي تيتانيومي أو أزرق",
    "الشريحة\tشريحتان nano وeSIM",
    "الوزن\t208 غرامات",
]


def test_a_specification_table_the_review_announces_is_the_text() -> None:
    announce = "قبل الدخول في تفاصيل الأداء، هذه أبرز مواصفات النسخة التي اختبرناها من الهاتف الموجهة إلى أسواق الشرق الأوسط:"
    # The sidebar's card of another phone has rows of the same shape ("الشاشة\t6.7 بوصة OLED").
    widget = ["مواصفات هاتف لومو 7", "الشاشة\t6.7 بوصة OLED", "المعالج\tDimensity 9400", "البطارية\t5000 مللي أمبير", "الوزن\t195 غراماً", "اعرض كل المواصفات"]
    page = [*REVIEW_HEADER, *REVIEW[:2], "المواصفات التقنية", announce, *SPECS, "الشاشة والأداء", *REVIEW[2:], *widget, "جميع الحقوق محفوظة © شاشة تك 2026"]
    assert _body(page) == [*REVIEW[:2], "المواصفات التقنية", announce, *SPECS, "الشاشة والأداء", *REVIEW[2:]]


def test_an_affiliates_offer_set_in_the_text_goes() -> None:
    page = [
        "Réseaux & Forfaits",
        "Azur lance un forfait 5G de 150 Go : ce qu'il faut savoir",
        "Par Julien Marchetti",
        "Publié le 9 mars 2026",
        *FORFAIT,
        "Azur 5G 150 Go",
        "8,99 €/mois pendant 12 mois, puis 13,99 €/mois",
        "Voir l'offre",
        *FORFAIT_END,
        "© Réseaux & Forfaits 2026",
    ]
    assert _body(page) == [*FORFAIT, *FORFAIT_END]


def test_a_plans_monthly_price_in_a_list_is_no_paywall() -> None:
    html = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Nuvia lance trois forfaits 5G</title></head>
<body><article><h1>Nuvia lance trois forfaits 5G sans engagement</h1>
<p>L'opérateur virtuel Nuvia Mobile, basé à Lyon, a dévoilé jeudi trois nouveaux forfaits 5G sans engagement, dont une offre de 200 Go qui bouscule les prix du marché.</p>
<p>La nouvelle gamme se compose de trois forfaits, tous disponibles dès ce jeudi sur le site de l'opérateur et dans ses points de vente :</p>
<ul><li>Forfait Essentiel : 40 Go en 4G, appels et SMS illimités, 4,99 € par mois ;</li>
<li>Forfait 5G 200 Go : 200 Go en 5G, dont 25 Go utilisables en Europe, 9,99 € par mois ;</li>
<li>Forfait 5G Illimité : data illimitée en France et 50 Go en Europe, 19,99 € par mois.</li></ul>
<p>Les trois offres incluent l'eSIM sans frais, le partage de connexion et la messagerie vocale visuelle, a précisé la directrice générale de l'opérateur lors de la présentation.</p>
</article></body></html>"""
    body = list(newsclean.clean_html(html).paragraphs)
    assert "Forfait Essentiel : 40 Go en 4G, appels et SMS illimités, 4,99 € par mois ;" in body


def test_guard_a_subscription_offers_price_is_still_a_paywall() -> None:
    page = ["Le Courrier", "Titre de l'article sur la commune", "Par Julie Mertens", "Publié le 3 mars 2026", *OMRA, "Cet article vous a plu ? Soutenez la presse locale en vous abonnant dès 1 € par mois", "© Le Courrier 2026"]
    assert _body(page) == OMRA


def test_the_headers_path_under_the_menu_is_no_dateline() -> None:
    page = [
        "ترانزستور",
        "الرئيسية",
        "المراجعات",
        "الأخبار",
        "المراجعات / لابتوب",
        "مراجعة لابتوب فيريو 14: بطارية ليوم عمل كامل",
        "بواسطة ريم المنصوري",
        "9 مارس 2026",
        *REVIEW,
    ]
    article = _clean(page)
    assert article.dateline is None
    assert article.author == "ريم المنصوري"


def test_a_city_the_gazetteer_knows_opens_the_lead_with_a_colon() -> None:
    page = ["The Coast Ledger", "Haj 2026: first batch of pilgrims leaves the state", "Anjali Menon", "April 30, 2026", "Kochi: " + PILGRIMS[0], *PILGRIMS[1:]]
    assert _clean(page).dateline == "Kochi"


def test_guard_a_labels_colon_opens_no_dateline() -> None:
    page = ["The Coast Ledger", "Haj 2026: first batch of pilgrims leaves the state", "Anjali Menon", "April 30, 2026", "Note: " + PILGRIMS[0], *PILGRIMS[1:]]
    assert _clean(page).dateline is None


def test_a_city_alone_under_the_headers_picture_is_the_dateline() -> None:
    page = [
        "Le Temps du Lac",
        "Faille critique: la Confédération appelle à mettre à jour des milliers de routeurs",
        "Léa Rochat",
        "Publié le 17 février 2026, 06h45",
        "Des dizaines de milliers de routeurs installés dans des foyers sont concernés.",
        "Photo: Fabien Moret",
        "Berne",
        *ROUTERS,
    ]
    article = _clean(page)
    assert article.dateline == "Berne"
    assert list(article.paragraphs) == ROUTERS


def test_a_city_slash_a_writer_gives_the_dateline_and_the_author() -> None:
    page = ["المدى نيوز", "الرئيسية", "محليات", "قوافل المشاة تقترب من كربلاء وخطة أمنية وخدمية لزيارة الأربعين", "كربلاء / حيدر الجبوري", "2026/07/30 - 5:42 م", *WALK]
    article = _clean(page)
    assert (article.dateline, article.author) == ("كربلاء", "حيدر الجبوري")


def test_the_site_and_its_desk_give_no_dateline_the_lead_does() -> None:
    page = ["الرابية", "الرئيسية", "محليات", "الإفتاء: الجمعة أول أيام عيد الفطر لتعذر رؤية هلال شوال", "الرابية – محرر الشؤون المحلية", "18 آذار 2026 - 09:12 مساءً", *MOON, "© الرابية 2026"]
    article = _clean(page)
    assert article.dateline == "عمّان"
    assert article.author is None


def test_the_site_and_its_exclusive_mark_give_no_dateline() -> None:
    lead = "عمان - حذر المركز الوطني للأمن السيبراني اليوم الثلاثاء من حملة رسائل نصية احتيالية تنتحل صفة جهات حكومية وتطلب من المواطنين تحديث بياناتهم المصرفية عبر روابط مزيفة."
    rest = [
        "وقال المركز في بيان إن فرقه رصدت منذ مطلع الأسبوع آلاف الرسائل التي تحمل شعارات وزارات ومؤسسات رسمية، وتوجه متلقيها إلى صفحات تحاكي المواقع الحكومية بدقة.",
        "ودعا المركز المواطنين إلى عدم الضغط على أي رابط يصلهم عبر الرسائل النصية، والتأكد من عناوين المواقع الرسمية قبل إدخال أي بيانات شخصية أو مصرفية.",
    ]
    page = ["نبض عمّان", "الرئيسية", "\"الأمن السيبراني\" يحذر من رسائل احتيال تنتحل صفة جهات حكومية", "نبض عمّان - خاص", "27 كانون الثاني 2026", "هاتف يعرض رسالة نصية مشبوهة - تعبيرية", lead, *rest, "© نبض عمّان 2026"]
    article = _clean(page)
    assert article.dateline == "عمان"
    assert list(article.paragraphs) == [lead, *rest]


def test_a_live_pages_refresh_notice_and_a_channels_pitch_go() -> None:
    page = [
        "نبض المحروسة",
        "مباشر | إعلان نتيجة الشهادة الثانوية",
        "كتب: محمد عبد الله",
        "14 يوليو 2026",
        EXAMS[0],
        "يتم تحديث هذه الصفحة تلقائياً كل خمس دقائق. تحديث الآن",
        *EXAMS[1:3],
        "تابع نتيجة الثانوية العامة وتنسيق الجامعات لحظة بلحظة على قناة نبض المحروسة في تليجرام",
        EXAMS[3],
        "ابحث عن نتيجتك فور صدورها عبر موقع الوزارة",
    ]
    assert _body(page) == EXAMS


def test_a_clip_titled_over_its_running_time_leaves_the_subheading_under_it() -> None:
    page = [
        "ترانزستور",
        "مراجعة لابتوب فيريو 14: بطارية ليوم عمل كامل",
        "بواسطة ريم المنصوري",
        "9 مارس 2026",
        *REVIEW[:2],
        "شاهد مراجعة الفيديو",
        "مراجعة فيريو 14 بعد شهر من الاستخدام | ترانزستور",
        "12:48",
        "الأداء والبطارية",
        *REVIEW[2:],
    ]
    assert _body(page) == [*REVIEW[:2], "الأداء والبطارية", *REVIEW[2:]]


def test_a_donation_box_and_a_score_box_go_by_their_classes() -> None:
    text = [
        "Inside, more than 400 worshippers crowded into the church for the Christmas Eve vigil, the start of a celebration that follows the old Julian calendar.",
        "Much of the growth, the priest said, has come from families who arrived in the city after 2022, and the parish registered 38 new households last year.",
        "The new bell, which weighs a little over 600 pounds, was cast last summer by a family foundry abroad and shipped across the ocean in a wooden crate.",
        *REVIEW_EN,
        *PILGRIMS,
    ]
    rest = "".join(f"<p>{line}</p>" for line in text[2:])
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Christmas in Tremont</title></head>
<body><article><h1>Orthodox Christmas fills a Tremont church</h1><div class="entry-content">
<p>{text[0]}</p><p>{text[1]}</p>
<div class="wp-block-group newspack-inline-donate"><p><strong>Local news that doesn't sit behind a paywall.</strong> The Current is supported by readers like you. Make a gift today.</p></div>
<div class="wp-review-8841 review-wrapper"><h5 class="review-title">Overall score</h5><ul class="review-list"><li>Music 9/10</li><li>Bells 10/10</li></ul></div>
{rest}
</div></article><footer>© The Current</footer></body></html>"""
    assert list(newsclean.clean_html(html).paragraphs) == text
