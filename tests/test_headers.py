"""Headers a scraper leaves in odd shapes: the headline shown twice with its standfirst, a title
over a lead paragraph that opens with its dateline, the writer's name again after the text."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.metadata import byline
from newsclean.normalize import fold

LEAD = "أنقرة - الأناضول: افتتح وزير الطاقة صباح اليوم محطة جديدة لتوليد الكهرباء من الرياح في ولاية إزمير الساحلية."
MORE = [
    "وقال الوزير في كلمة خلال الافتتاح إن المحطة ستنتج نحو 300 ميغاواط، وهو ما يكفي لتغطية حاجة مئات آلاف المنازل.",
    "وأضاف أن بلاده تسعى إلى رفع حصة الطاقة المتجددة في إنتاج الكهرباء إلى النصف بحلول نهاية العقد المقبل.",
]
HEADLINE = "تركيا تفتتح أكبر محطة لطاقة الرياح على ساحل بحر إيجه"
STANDFIRST = "المحطة تنتج 300 ميغاواط وتغطي حاجة نصف مليون منزل في غرب البلاد"


def test_headline_over_a_lead_that_opens_with_its_dateline() -> None:
    article = newsclean.clean("\n".join([HEADLINE, LEAD, *MORE]))
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [LEAD, *MORE]


def test_header_shown_twice_and_a_place_writer_agency_byline() -> None:
    page = [HEADLINE, STANDFIRST, HEADLINE, STANDFIRST, "إزمير/ سليم أوزتورك/ الأناضول", LEAD[len("أنقرة - الأناضول: ") :], *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE
    assert article.author == "سليم أوزتورك"
    assert list(article.paragraphs) == page[5:]


def test_writers_name_again_over_the_bio_after_the_text() -> None:
    disclaimer = "المقالات المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي الصحيفة"
    bio = "أكاديمية وكاتبة، أستاذة مشاركة في الأدب العربي بجامعة قطر، ولها عدة مؤلفات في النقد."
    page = [HEADLINE, "بقلم: د. سلمى حداد", LEAD, *MORE, disclaimer, "د. سلمى حداد", bio]
    article = newsclean.clean("\n".join(page))
    assert article.author == "د. سلمى حداد"
    assert list(article.paragraphs) == [LEAD, *MORE]


def test_bio_under_the_writers_name_and_role_after_the_text() -> None:
    text = [
        "Ministers will set out a budget on Thursday that raises spending on health by four per cent, officials said last night.",
        "The Budget Bill will have its first debate later this month, with a final vote expected before the end of March.",
    ]
    bio = "Fiona has covered the parliament since 2011 and was previously a correspondent for the paper in London."
    page = ["Ministers to raise health spending in budget", "By Fiona MacLeod", *text, "Fiona MacLeod", "Political Editor", bio, "Follow"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    # A paragraph of the text under a name (a quoted person's) is no bio: it is not the last line kept.
    quoted = ["Fiona MacLeod", "Fiona said the figures would be published on Friday, after the cabinet has met.", text[1]]
    article = newsclean.clean("\n".join([page[0], "By Fiona MacLeod", text[0], *quoted]))
    assert quoted[1] in article.paragraphs


FR_TEXT = [
    "Le Parlement a voté la suppression de la valeur locative, un impôt sur un revenu fictif que paient les propriétaires.",
    "La réforme doit encore passer devant le peuple, qui se prononcera en septembre sur l'ensemble du paquet fiscal.",
    "Selon l'administration fédérale, la réforme entraînerait une baisse des recettes fiscales de près de deux milliards par an.",
    "Les cantons touristiques redoutent un manque à gagner important, car les résidences secondaires y sont nombreuses.",
]


def test_a_clips_title_and_an_embedded_posts_text_start_no_appended_article() -> None:
    header = ["Fin de la valeur locative : ce qui va changer", "Par Julien Perrenoud", "Publié le 3 mars 2025 à 06:30"]
    clip = ["Vidéo", "La valeur locative expliquée en 90 secondes", "1 min", "19h30", "Qui y gagne, qui y perd ?"]
    article = newsclean.clean("\n".join([*header, *FR_TEXT[:2], *clip, *FR_TEXT[2:]]))
    assert list(article.paragraphs) == [*FR_TEXT[:2], "Qui y gagne, qui y perd ?", *FR_TEXT[2:]]
    assert not article.extra_articles
    post = ["Administration fédérale des finances", "@AFF_Finances", "Le Conseil fédéral présentera le message en avril", "9:42 AM · 4 mars 2025"]
    article = newsclean.clean("\n".join([*header, *FR_TEXT[:2], *post, *FR_TEXT[2:]]))
    assert list(article.paragraphs)[-2:] == FR_TEXT[2:]
    assert not article.extra_articles


def test_the_headline_over_a_key_points_box_of_bullets() -> None:
    headline = "الوزارة تعتمد التقويم الدراسي للعام المقبل"
    box = ["النقاط الرئيسية", "• بدء الدراسة في الأول من سبتمبر", "• العودة إلى نظام الفصلين الدراسيين", "• إجازة نهاية العام تبدأ في يونيو"]
    text = [
        "اعتمدت وزارة التعليم التقويم الدراسي للعام المقبل بعد دراسة استمرت أشهراً شاركت فيها إدارات التعليم في المناطق.",
        "وأوضحت الوزارة في بيان أن القرار يعيد نظام الفصلين الدراسيين ويمنح الطلاب إجازة أطول في منتصف العام الدراسي.",
    ]
    page = ["الرئيسية > محليات > تعليم", headline, *box, "الرياض – سلطان العتيبي", "تاريخ النشر: الأحد 17 أغسطس 2025", *text]
    assert newsclean.clean("\n".join(page)).title == headline


def test_feminine_published_stamp_is_a_date_line() -> None:
    page = ["الرئيسية", "أخبار", HEADLINE, "نشرت في: 18/11/2025 - 07:05", "شارك", LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.date == "2025-11-18"
    assert article.subtitle is None  # the stamp is not the standfirst
    assert [line.label.value for line in article.lines][3] == "date"


def test_next_agency_item_after_the_wire_copyright_line() -> None:
    first = [
        "Storm closes mountain pass for third day as crews clear rockslides",
        "By Jane Roe, Associated Press",
        "DENVER (AP) — Crews worked through the night on Wednesday to clear rockslides that have closed the pass since Monday.",
        "The state transport department said the road could reopen on Friday if no new slides came down the slope.",
        "Drivers were told to use the northern route, which adds about two hours to the trip between the two valleys.",
    ]
    second = [
        "Man charged after crash that injured three on county road",
        "GREELEY, Colo. (AP) — A 41-year-old man was charged on Tuesday after a crash that injured three people on a county road.",
        "The county sheriff's office said the man was driving at more than twice the speed limit when his car left the road.",
        "He was being held in the county jail, and it was not clear whether he had a lawyer who could comment for him.",
    ]
    copyright_line = "Copyright 2025 The Associated Press. All rights reserved. This material may not be published or redistributed."
    article = newsclean.clean("\n".join([*first, copyright_line, *second]))
    assert list(article.paragraphs) == first[2:]
    assert article.dateline == "DENVER"
    assert len(article.extra_articles) == 1 and second[1] in article.extra_articles[0]


def test_dutch_page_scraped_title_first() -> None:
    page = [
        "Brug over het kanaal vijf weken dicht: dit zijn de omleidingen",
        "Vanaf maandag kan er niemand meer over de brug. Automobilisten en fietsers moeten omrijden.",
        "Sanne Veldkamp",
        "ma 10 mrt 2025, 09:12",
        "Foto: Roel Brinkman",
        "De brug over het kanaal gaat vijf weken volledig dicht voor al het verkeer, meldt de provincie maandag.",
        "Het wegdek van de brug uit 1971 wordt vervangen en de stalen leuningen worden opnieuw geschilderd.",
        "Lees ook: Stad krijgt nieuwe fietsbrug over het kanaal, maar pas in 2027",
        "Ondernemers aan de kade zijn niet blij. Vijf weken geen doorgaand verkeer kost ons klanten, zegt een van hen.",
        "Reacties (3)",
        "Dit is echt slecht nieuws voor de winkels.",
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author, article.date) == (page[0], "Sanne Veldkamp", "2025-03-10")
    assert list(article.paragraphs) == [page[5], page[6], page[8]]


def test_place_and_agency_is_no_writer_and_a_prefixed_byline_wins() -> None:
    page = [
        "الرئيسية",
        "مواقيت الصلاة - القاهرة",
        HEADLINE,
        "حاوره: أحمد عبدالعظيم",
        "الرباط - و م ع",
        LEAD,
        *MORE,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "أحمد عبدالعظيم"


def test_breaking_headline_over_its_lead() -> None:
    headline = "عاجل: هزة أرضية بقوة 4.1 درجات قرب البحر الميت يشعر بها سكان عمّان"
    lead = "عمّان 11 شباط (بترا) - سجّل المرصد الزلزالي مساء اليوم الثلاثاء هزة أرضية بقوة 4.1 درجات على مقياس ريختر قرب البحر الميت، شعر بها سكان العاصمة."
    article = newsclean.clean("\n".join([headline, "", lead, "", "(التفاصيل تتبع)"]))
    assert article.title == headline
    assert list(article.paragraphs) == [lead]


def test_cookie_note_is_no_prose_before_the_header() -> None:
    # A cookie note above the masthead used to count as the page's first prose: the masthead's date
    # then made a header of "En savoir plus", three headers read as a listing, and the article
    # appended after the share buttons stayed in the body.
    page = [
        "Nous utilisons des cookies pour améliorer votre expérience de navigation et mesurer l'audience de notre site.",
        "J'accepte",
        "En savoir plus",
        "L'Écho de la ville",
        "Mercredi 12 février 2025",
        "Accueil",
        "Économie",
        "Dessalement : la station livrera ses premiers mètres cubes dès l'été 2026",
        "Par Yassine Benali",
        "Le 11/02/2025 à 14h21",
        "La station de dessalement de la ville livrera ses premiers mètres cubes d'eau potable dès l'été 2026, selon l'office.",
        "Le chantier, lancé il y a deux ans, avance plus vite que prévu malgré la hausse du prix des matériaux de construction.",
        "Des associations environnementales ont toutefois appelé à mieux surveiller les rejets de saumure dans la mer.",
        "Partager",
        "Facebook",
        "Article suivant",
        "Le port : nouveau record de conteneurs en janvier",
        "Par La Rédaction",
        "Le 11/02/2025 à 12h05",
        "Le complexe portuaire a traité plus d'un million de conteneurs en janvier, un record pour un mois d'hiver.",
        "Cette progression s'explique notamment par le détour des navires qui évitent la mer Rouge depuis un an.",
        "L'autorité portuaire vise un volume annuel de onze millions de conteneurs d'ici la fin de l'année prochaine.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[10:13]
    assert len(article.extra_articles) == 1 and page[19] in article.extra_articles[0]


def test_agency_item_signed_after_the_text() -> None:
    page = [HEADLINE, "حماة-شانا", LEAD[len("أنقرة - الأناضول: ") :], *MORE, "رنا الأحمد"]
    article = newsclean.clean("\n".join(page))
    assert article.author == "رنا الأحمد"
    assert article.dateline == "حماة-شانا"
    assert list(article.paragraphs) == page[2:5]


def test_byline_a_few_lines_below_the_text() -> None:
    page = [HEADLINE, LEAD, *MORE, "متابعة: زينب الموسوي", "مواضيع ذات صلة", "وزير الصحة يفتتح مستشفى جديداً في البصرة"]
    article = newsclean.clean("\n".join(page))
    assert article.author == "زينب الموسوي"
    assert list(article.paragraphs) == [LEAD, *MORE]


REVIEW = [
    "Home | Life | Film Review | Monsoon Ledger review: Old-school noir that earns its twists | 3 March 2026 | By Clara Teo",
    "Monsoon Ledger review: Old-school noir that earns its twists",
    "It is rare to see a local film this confident in its own genre, and the director gives the port city a weight it rarely has on screen.",
    "The plot is intricate without being confusing, and the final half hour pays off nearly every thread the first hour so patiently laid down.",
]


def test_header_flattened_into_one_line_gives_the_writer_and_the_date() -> None:
    article = newsclean.clean("\n".join(REVIEW))
    assert article.title == REVIEW[1]
    assert article.author == "Clara Teo"
    assert article.date == "2026-03-03"
    assert list(article.paragraphs) == REVIEW[2:]


def test_writer_outlet_and_stamps_set_apart_by_dots_with_a_short_update_stamp() -> None:
    page = [
        "Why the island ferry keeps running late this winter",
        "Lena Moreau · Coast Radio News · Posted: Feb 07, 2025 5:00 AM EST | Last Updated: February 7",
        *REVIEW[2:],
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author, article.date) == (page[0], "Lena Moreau", "2025-02-07")
    assert list(article.paragraphs) == REVIEW[2:]


GUM = [
    "رئيس غرفة مصدري الصمغ العربي: الشركات الأجنبية تشتري الخام بأسعار زهيدة",
    "حاوره: مجدي عبد الرحيم",
    "الأحد، 12 يناير 2025",
    "شارك",
    "فيسبوك",
    "واتساب",
    "طباعة",
    "قال إن الشركات الأجنبية تشتري الخام من دول الجوار بأسعار تقل بنسبة ٤٠٪ عن السعر العالمي",
    "رئيس الغرفة خلال حديثه (تصوير: منبر النيلين)",
    "يُعد الصمغ العربي واحداً من أهم صادرات البلاد، إذ تنتج البلاد نحو ثمانين في المئة من الإنتاج العالمي منه، لكن عائداته تراجعت كثيراً في السنوات الأخيرة.",
    "وفي هذا الحوار يتحدث رئيس الغرفة عن أسباب التراجع وعن خطة الغرفة لإعادة تنظيم التصدير عبر الموانئ الرسمية وحدها.",
]


def test_standfirst_under_a_share_bar_and_over_the_picture() -> None:
    article = newsclean.clean("\n".join(GUM))
    assert article.subtitle == GUM[7]
    assert list(article.paragraphs) == GUM[9:]


def test_lead_paragraph_under_a_share_bar_stays_in_the_text() -> None:
    lead = GUM[7] + "، وفق ما أكده رئيس الغرفة في حديث مطول."
    article = newsclean.clean("\n".join([*GUM[:7], lead, *GUM[8:]]))
    assert article.subtitle is None
    assert list(article.paragraphs) == [lead, *GUM[9:]]


def test_standfirst_over_a_paywall_label_and_the_byline() -> None:
    page = [
        "Accueil > Liège > Culture",
        "« Le festival ne peut plus vivre de la nostalgie » : la nouvelle directrice s'explique",
        "Nommée en janvier à la tête du festival, l'ancienne programmatrice veut rajeunir le public sans renier l'héritage du fondateur.",
        "Article réservé aux abonnés",
        "Propos recueillis par Julien Delvaux",
        "Publié le 4/03/2026 à 07:12",
        "Après dix-neuf éditions sous la houlette de son fondateur, le festival change de main cette année avec une directrice venue d'ailleurs.",
        "Vous succédez à un fondateur qui a porté le festival pendant près de vingt ans. Comment aborde-t-on un tel héritage ?",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.subtitle == page[2]
    assert article.author == "Julien Delvaux"
    assert list(article.paragraphs) == page[6:]


def test_live_page_updates_under_bare_times_stay_after_a_read_also_box() -> None:
    head = ["Intempéries", "Crues : la Saône atteint 7,12 m à Mâcon", "Par Claire Vautrin", "Le 14/03/2025 à 07:45"]
    updates = [
        "18:20",
        "La préfecture maintient la vigilance orange",
        "Dans un communiqué diffusé à 18 heures, la préfecture indique que la décrue ne devrait pas commencer avant dimanche.",
        "17:05",
        "Les pompiers ont effectué 46 interventions depuis jeudi soir, principalement pour des caves inondées.",
    ]
    box = ["À lire aussi", "Crues : comment savoir si votre commune est concernée ?"]
    later = [
        "15:10",
        "Les routes coupées",
        "Le conseil départemental fait état d'une trentaine de routes coupées, notamment dans le Val de Saône.",
        "13:30",
        "Le collège de Tournus est fermé vendredi après-midi, le parking et l'accès principal étant sous les eaux.",
    ]
    article = newsclean.clean("\n".join([*head, *updates, *box, *later]))
    times = {"18:20", "17:05", "15:10", "13:30"}  # the updates' clock: labelled, not text
    assert list(article.paragraphs) == [line for line in [*updates, *later] if line not in times]
    assert {line.text for line in article.lines if line.rule == "region.live-stamp"} == times
    assert not article.extra_articles


def test_headline_first_then_standfirst_and_a_players_buttons_over_the_byline() -> None:
    page = [
        "Pourquoi le prix du beurre a bondi de 18 % en un an dans les rayons",
        "Sécheresse en Irlande, collecte de lait en baisse, demande asiatique : la plaquette dépasse les 3 euros.",
        "Écouter cet article",
        "Écouter (4 min)",
        "Écouter plus tard",
        "Article rédigé par Anouk Delmas - France Ondes",
        "Publié le 19/02/2025 18:02",
        "Il y a un an, on trouvait encore une plaquette de beurre doux de marque à moins de deux euros dans la plupart des enseignes.",
        "Première explication : la matière première se fait plus rare, la collecte de lait ayant reculé partout en Europe.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[0]
    assert article.author == "Anouk Delmas"
    assert article.date == "2025-02-19"
    assert list(article.paragraphs) == page[7:]


def test_quoted_subheading_over_the_paragraph_it_quotes_stays() -> None:
    page = [
        "News | Courts",
        "Man jailed for defrauding elderly homeowners",
        "By Mairéad Quinlan",
        "A man who took more than €80,000 from elderly homeowners for roofing work he never did has been jailed for four years.",
        "‘I felt like a fool’",
        "One victim told the court: ‘I felt like a fool for trusting him, and I have not slept properly since the day he came.’",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[3:]


def test_headline_glued_between_breadcrumb_and_date() -> None:
    glued = f"الرئيسية » اقتصاد » {HEADLINE} الأحد ١٢ أبريل ٢٠٢٥ - ٠٩:١٥ ص"
    article = newsclean.clean("\n".join(["بوابة الشمال", "بث مباشر", glued, LEAD, *MORE]))
    assert article.title == HEADLINE
    assert article.date == "2025-04-12"
    assert list(article.paragraphs) == [LEAD, *MORE]


def test_appended_article_under_a_long_headline_that_reads_as_prose() -> None:
    # The next article's headline is long enough to pass for a sentence; its date and text are right under it.
    next_headline = 'روسيا وتركيا تبحثان في أنقرة تمديد اتفاق نقل الغاز الطبيعي عبر خط "السيل التركي"'
    appended = [
        "بحث وزير الطاقة الروسي مع نظيره التركي في أنقرة اليوم تمديد الاتفاق الخاص بنقل الغاز عبر الخط لعشر سنوات إضافية.",
        "وقالت وزارة الطاقة في بيان إن الجانبين اتفقا على عقد اجتماع فني الشهر المقبل لبحث الكميات والأسعار الجديدة.",
    ]
    page = [HEADLINE, "12.02.2025 | 14:36 GMT", LEAD, *MORE, "شارك", "واتساب", next_headline, "12.02.2025 | 16:05 GMT", *appended]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [LEAD, *MORE]
    assert len(article.extra_articles) == 1 and article.extra_articles[0].split("\n") == appended


def test_a_podcast_player_inside_the_text_does_not_end_it() -> None:
    text = [
        "Le bâtiment n'en finit plus de payer la crise du logement neuf, selon les chiffres publiés mardi par la Banque de France.",
        "Les petites entreprises sont les premières touchées : près de neuf défaillances sur dix concernent des structures de moins de dix salariés.",
    ]
    after = [
        "Les promoteurs ne lancent plus de programmes",
        "Avec la remontée des taux d'intérêt, les ventes de logements neufs aux particuliers ont chuté de près d'un tiers en deux ans.",
        "La baisse des taux amorcée à l'automne n'a pas encore produit d'effet sur les carnets de commandes des entreprises du secteur.",
    ]
    player = ["Écouter l'épisode", "Le Point éco", "Épisode 48 – Pourquoi le bâtiment ne repart pas", "00:00", "18:24", "S'abonner au podcast", "Spotify", "Deezer"]
    page = ["BTP : les défaillances au plus haut depuis quinze ans", "Par Marc Delorme", "Publié le 3 févr. 2025 à 7:05", *text, *player, *after]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *after]
    assert article.extra_articles == ()


def test_a_tickers_item_above_the_headline_is_not_the_title() -> None:
    # The ticker's label over its item, then the article's headline over its byline and date.
    menu = ["الرئيسية", "محليات", "اقتصاد", "رياضة"]
    ticker = ["عاجل", "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب عطل فني"]
    header = [HEADLINE, "بقلم: سامر الحلبي", "الأحد 3 آب 2025"]
    article = newsclean.clean("\n".join([*menu, *ticker, *header, *MORE]))
    assert article.title == HEADLINE
    # The label between a "latest news" item and the headline it announces.
    latest = ["ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم", "عاجل"]
    article = newsclean.clean("\n".join([*menu, *latest, *header, *MORE]))
    assert article.title == HEADLINE


def test_a_turkish_tickers_label_marks_its_item() -> None:
    menu = ["ANA SAYFA", "GÜNDEM", "EKONOMİ", "SPOR"]
    headline = "Merkez Bankası faizi yüzde 42'de sabit bıraktı"
    body = [
        "Merkez Bankası Para Politikası Kurulu, politika faizini beklentilere uygun olarak yüzde 42'de sabit tuttu.",
        "Kurul, enflasyonun ana eğilimindeki düşüşün sürdüğünü ve sıkı duruşun korunacağını açıkladı.",
    ]
    page = [*menu, "SON DAKİKA", "İzmir'de fırtına nedeniyle feribot seferleri iptal edildi", headline, "Ahmet Kaya", "23.12.2025 14:32", *body]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == body


def test_a_short_kicker_over_the_headline_is_not_the_title() -> None:
    kicker = "أسعار صرف العملات اليوم"
    headline = "الريال اليمني يواصل التراجع في عدن.. والدولار يتجاوز 1530 ريالاً"
    article = newsclean.clean("\n".join(["الرئيسية", "اقتصاد", kicker, headline, "منذ 3 ساعات", LEAD, *MORE]))
    assert article.title == headline


def test_a_ticker_line_with_its_item_is_no_label_over_the_headline() -> None:
    # "Breaking News: <item>" holds its own item: the headline under it is not a ticker's item, and
    # a second header line further down ("Edited by: ...") does not take the title.
    page = [
        "Home",
        "Breaking News: Floods close the coastal highway near the port",
        "Council approves new budget for the harbour district after a long debate",
        "By Jane Doe",
        "Edited by: John Smith",
        "March 3, 2025",
        "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours.",
        "Members of the opposition said the plan left too little money for the repair of the old sea wall near the port.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[2]
    assert article.author == "Jane Doe"


def test_place_then_the_sites_name_shown_elsewhere_is_dateline_and_site() -> None:
    page = ["وكالة زيتون", "الرئيسية", HEADLINE, "الأحد 3 آب 2025", "رام الله - زيتون", LEAD, *MORE, "جميع الحقوق محفوظة لوكالة زيتون 2025"]
    article = newsclean.clean("\n".join(page))
    # (the site as its masthead writes it in full, which the copyright line repeats: the dateline's is short)
    assert (article.dateline, article.site) == ("رام الله", "وكالة زيتون")


# (the agency, "الأناضول", is no site's name: the site is the masthead's, which the copyright line repeats)
@pytest.mark.parametrize(("line", "place", "site"), [("أنقرة/ الأناضول", "أنقرة", "تركيا الدولية"), ("موسكو/ تركيا الدولية", "موسكو", "تركيا الدولية")])
def test_place_slash_agency_or_site_is_a_dateline(line: str, place: str, site: str) -> None:
    page = ["تركيا الدولية", "الرئيسية", HEADLINE, line, "07.11.2023 11:42", LEAD, *MORE, "© تركيا الدولية 2025"]
    article = newsclean.clean("\n".join(page))
    assert (article.dateline, article.site, article.subtitle) == (place, site, None)


def test_a_standfirst_printed_again_as_the_lead_paragraph_stays_in_the_text() -> None:
    lead = "أعلن مصرف سوريا المركزي اليوم بدء العمل بآلية جديدة لتسوية المدفوعات التجارية مع روسيا بالعملتين المحليتين."
    more = [
        *MORE,
        "وأوضح المصرف في بيان أن المرحلة الأولى من الآلية تشمل واردات القمح والمشتقات النفطية والأدوية خلال الأشهر المقبلة.",
        "وقال مصدر مصرفي في دمشق إن الآلية ستخفف الضغط على القطع الأجنبي وتسرّع إجراءات التحويل بين المصارف في البلدين.",
        "ويرى خبراء اقتصاديون أن نجاح الآلية مرهون بحجم التبادل التجاري الفعلي وبقدرة المصارف على تنفيذ التسويات بسرعة.",
    ]
    page = ["الرئيسية", "اقتصاد", HEADLINE, lead, "الدوحة - الوسيط", "آخر تحديث: 10 أبريل 2025 - 13:20", "طباعة", "مشاركة", lead, *more]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [lead, *more]


def test_every_item_under_a_tickers_label_is_the_tickers() -> None:
    ticker = ["عاجل", "اتحاد الكرة يحدد موعد مباراة القمة في الدور الثاني", "إصابة مهاجم المنتخب تبعده عن الملاعب ثلاثة أسابيع"]
    header = ["الدوري المصري", HEADLINE, "كتب: سامر الحلبي", "الأحد 3 آب 2025"]
    article = newsclean.clean("\n".join(["الرئيسية", "رياضة", *ticker, *header, LEAD, *MORE]))
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Most of the money — about $10.6 million — will come from the state, the council said on Monday.", None),
        ("WASHINGTON — The Senate voted on Monday to extend the programme for two more years after a long debate.", "WASHINGTON"),
    ],
)
def test_a_dash_in_a_sentence_is_no_dateline(opening: str, dateline: str | None) -> None:
    page = [
        "Council approves new budget for the harbour district after a long debate",
        "By Jane Doe",
        "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours.",
        opening,
        "Members of the opposition said the plan left too little money for the repair of the old sea wall near the port.",
    ]
    assert newsclean.clean("\n".join(page)).dateline == dateline


def test_an_embedded_post_inside_the_text_does_not_start_an_appended_article() -> None:
    """An X embed as innerText renders it: the account's name, its @handle, the post's date, counters
    and buttons. The name over a date looks like a headline over its date line; the @handle says it
    is a post, and the text goes on below it."""
    before = [
        "توقعت المديرية العامة للأنواء الجوية في الإقليم هطول أمطار غزيرة اعتباراً من مساء السبت على معظم المحافظات.",
        "وكتبت المديرية في تغريدة على منصة إكس:",
        "تحذير: منخفض جوي عميق يؤثر على الإقليم من مساء السبت، نهيب بالمواطنين الابتعاد عن مجاري السيول والوديان.",
    ]
    embed = ["المديرية العامة للأنواء الجوية - الإقليم", "@Meteo_Region", "9:15 ص · 22 نوفمبر 2025", "312", "الرد", "نسخ الرابط"]
    after = [
        "ودعت وزارة الداخلية فرق الدفاع المدني إلى رفع درجة الاستعداد، فيما أعلنت مديريات التربية تعطيل الدوام في المدارس يوم الأحد.",
        "وكانت أمطار غزيرة هطلت في نيسان الماضي قد تسببت بسيول جارفة أدت إلى أضرار كبيرة في الأسواق والمنازل القريبة من الوادي.",
    ]
    page = ["الأنواء الجوية تتوقع أمطاراً غزيرة وتحذّر من السيول", "كتب: دلشاد كريم", "22 تشرين الثاني 2025", *before, *embed, *after]
    article = newsclean.clean("\n".join(page))
    assert not article.extra_articles
    assert list(article.paragraphs)[-2:] == after


def test_an_embedded_posts_account_name_and_handle_go_its_text_stays() -> None:
    lead = "The prefecture closed schools in the capital on Tuesday after the air quality index passed 150 at fourteen stations."
    post = "Schools and universities in the capital will be closed tomorrow. Offices will open at ten."
    after = "Officials said the closure would be reviewed on Wednesday evening once new readings were available from the stations."
    page = ["Capital closes schools as smog thickens", "By Sara Navid", "October 14, 2025", lead,
            "Tehran Governorate", "@TehranGov", "·", post, "9:15 AM · Oct 14, 2025", after]
    article = newsclean.clean("\n".join(page))
    assert "Tehran Governorate" not in article.paragraphs and "@TehranGov" not in article.paragraphs
    assert post in article.paragraphs and after in article.paragraphs
    assert {line.rule for line in article.lines if line.text in ("Tehran Governorate", "@TehranGov", "·")} == {"structure.embedded-post"}


def test_a_date_stamp_after_the_last_paragraph_is_no_text() -> None:
    body = [
        "The carmaker now expects to deliver 38,000 vehicles this year, down from 57,000, after cell shipments were delayed.",
        "Shares fell 6.4% in afternoon trade as analysts cut their forecasts for the second half of the year.",
        "The company said new certification rules for imported cells had held up three shipments from South Korea.",
        "It expects the first of them to clear customs next month, and production to recover by the end of October.",
        "Dealers said waiting lists for the two cheapest models had grown to more than five months in some cities.",
        "The company will report its quarterly results on September 12, when it is expected to update its guidance.",
    ]
    page = ["Carmaker cuts delivery forecast as battery supply stalls", "By Anil Mehta", "August 21, 2025", *body,
            "First published on: 21-08-2025 at 17:10 IST"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == body
    assert article.lines[-1].rule == "region.closing-stamp"


def test_live_updates_under_times_with_their_zone_and_writers() -> None:
    head = ["LIVE: Storms sweep across the plains", "Published: 5:10 PM CDT May 20, 2025"]
    updates = [
        "9:41 PM CDT",
        "Posted by Dana Whitfield",
        "Tornado warning extended for the county",
        "The weather service extended the tornado warning for the county until 10:15 p.m. as the storm moved east.",
        "9:05 PM CDT",
        "Turnpike traffic halted",
        "The highway patrol briefly stopped traffic on the turnpike after power lines came down near the toll plaza.",
        "Posted by Marc Olsen",
        "8:47 PM CDT",
        "Hail reported in the suburbs",
        "Viewers sent photos of hail the size of golf balls in the western suburbs, where several cars were damaged.",
    ]
    article = newsclean.clean("\n".join([*head, *updates]))
    stamps = {"9:41 PM CDT", "9:05 PM CDT", "8:47 PM CDT"}
    writers = {"Posted by Dana Whitfield", "Posted by Marc Olsen"}
    assert list(article.paragraphs) == [line for line in updates if line not in stamps | writers]
    # The text starts at the first update's time: every time is labelled in the text; the first
    # update's writer is the page's author.
    assert {line.text for line in article.lines if line.rule == "region.live-stamp"} == stamps
    assert {line.text for line in article.lines if line.rule == "region.live-byline"} == writers - {updates[1]}
    assert article.author == "Dana Whitfield"


def test_a_menu_flattened_onto_one_line_is_no_headline() -> None:
    text = [
        "Rivers burst their banks across the west of the country overnight after more than 80mm of rain fell in a day.",
        "Police urged drivers not to travel unless absolutely necessary, and several schools will stay closed on Monday.",
    ]
    page = ["The Morning Courier", "News Politics Business Sport Opinion Lifestyle Travel", "Monday 3 November 2025",
            "Roads shut and homes evacuated as floods hit the west", "By Ewan Grant", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[3]


def test_a_live_pages_newest_updates_stamped_minutes_ago() -> None:
    text = [
        "تتابع القناة لحظة بلحظة تطورات موجة الحر التي تضرب البلاد منذ أسبوع وسط انقطاع متكرر للكهرباء.",
        "منذ 10 دقائق",
        "الأنواء الجوية: 51 درجة في البصرة اليوم",
        "سجلت محطات الرصد الجوي في البصرة والعمارة درجات حرارة تجاوزت خمسين درجة مئوية ظهر اليوم.",
        "منذ 45 دقيقة",
        "وزارة الصحة: 37 حالة إجهاد حراري منذ الصباح",
        "قال المتحدث باسم وزارة الصحة إن المستشفيات استقبلت 37 حالة إجهاد حراري منذ ساعات الصباح الأولى.",
        "11:40",
        "المحافظة تقرر تقليص الدوام الرسمي",
        "قررت المحافظة تقليص الدوام الرسمي في الدوائر الحكومية إلى أربع ساعات بسبب ارتفاع درجات الحرارة.",
        "10:20",
        "الكهرباء: ارتفاع الأحمال إلى مستويات قياسية",
        "أعلنت وزارة الكهرباء أن الأحمال بلغت مستويات قياسية وأن ساعات التجهيز ستنخفض في المحافظات الجنوبية.",
        "09:15",
        "تحذير من العواصف الترابية",
        "حذرت الأنواء الجوية من عواصف ترابية تضرب المناطق الغربية مساء اليوم مع رياح نشطة السرعة.",
    ]
    page = ["تغطية مباشرة | موجة الحر في العراق", "إعداد: هيفين عثمان", "تاريخ النشر: 22-07-2025 08:30", *text]
    article = newsclean.clean("\n".join(page))
    stamps = {"منذ 10 دقائق", "منذ 45 دقيقة", "11:40", "10:20", "09:15"}
    assert list(article.paragraphs) == [line for line in text if line not in stamps]


LEBANON_TEXT = [
    "يتأثر لبنان منذ ليل الأحد بمنخفض جوي قطبي حمل معه أمطارا غزيرة وثلوجا على ارتفاع ألف ومئتي متر.",
    "وأعلنت غرفة التحكم المروري أن عددا من الطرقات الجبلية مقطوع بسبب تراكم الثلوج حتى إشعار آخر.",
    "ودعا الدفاع المدني المواطنين إلى عدم التنقل إلا للضرورة القصوى خلال الساعات الأربع والعشرين المقبلة.",
]


def test_a_headline_under_the_breadcrumb_wins_over_a_players_promo_above_it() -> None:
    """A live player's promo line, then the breadcrumb, then the headline over its date: the article's
    header starts under its breadcrumb, and the breadcrumb is no standfirst."""
    headline = "عاصفة قطبية تضرب لبنان: ثلوج على ارتفاع 1200 متر وطرقات جبلية مقطوعة"
    page = ["تلفزيون الجبل", "البث المباشر", "شاهد البث المباشر على تطبيق القناة", "الرئيسية / أخبار لبنان", headline,
            "نُشر في 8 كانون الأول 2025 - 14:30", *LEBANON_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.subtitle is None


def test_live_updates_stamped_with_their_day_and_time_stay() -> None:
    """ "9 كانون الأول - 08:10": a live section's stamps with a day and a time, no year, each over an
    update under the update before: the updates are the text's, the stamps go."""
    updates = [
        "الدفاع المدني: إنقاذ أربعة عشر مواطنا علقوا بسياراتهم ليلا على طريق ضهر البيدر بسبب الثلوج.",
        "وزارة التربية تعلن تمديد إقفال المدارس الرسمية والخاصة في المناطق الجبلية حتى يوم الأربعاء.",
        "وزارة الطاقة: انقطاع التيار الكهربائي عن عدد من القرى بعد سقوط أعمدة بفعل الرياح العاتية.",
        "ارتفاع منسوب نهر الأولي، وتحذيرات للمواطنين من الاقتراب من ضفافه في الساعات المقبلة.",
    ]
    stamps = ["9 كانون الأول - 08:10", "9 كانون الأول - 07:30", "8 كانون الأول - 21:45", "8 كانون الأول - 18:20"]
    live = [line for pair in zip(stamps, updates) for line in pair]
    page = ["عاصفة قطبية تضرب لبنان وطرقات جبلية مقطوعة", "نُشر في 8 كانون الأول 2025 - 14:30", *LEBANON_TEXT, "آخر التطورات", *live]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*LEBANON_TEXT, "آخر التطورات", *updates]
    assert article.author is None


def test_the_next_article_under_a_related_box_with_a_share_bar_under_its_date() -> None:
    """"المقال التالي" under a related box: the headline below, over its date, a share bar and prose,
    is an appended article, not one more link of the box."""
    nxt = [
        "أكد رئيس اتحاد البلديات أن الجرافات تعمل منذ الفجر على فتح الطرقات الرئيسية بين القرى المرتفعة.",
        "وأوضح في اتصال مع القناة أن سماكة الثلوج تجاوزت نصف متر في بعض البلدات الواقعة فوق ألف وخمسمئة متر.",
    ]
    page = ["عاصفة قطبية تضرب لبنان وطرقات جبلية مقطوعة", "نُشر في 8 كانون الأول 2025 - 14:30", *LEBANON_TEXT,
            "اقرأ أيضاً", "بالصور: الثلوج تكسو الأرز وفاريا", "أسعار المحروقات ترتفع مجدداً", "المقال التالي",
            "اتحاد البلديات: جرافاتنا تعمل منذ الفجر لفتح الطرقات", "نُشر في 9 كانون الأول 2025 - 10:05", "شارك", "فيسبوك", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == LEBANON_TEXT
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


def test_the_sites_name_that_the_copyright_repeats_is_no_headline() -> None:
    text = [
        "توّج الاتحاد بكأس البلاد لكرة السلة مساء اليوم بعد فوزه في النهائي على منافسه بفارق ثماني نقاط.",
        "وسيطر أبناء المدرب على مجريات اللقاء منذ الربع الأول وأنهوا الشوط الأول متقدمين بعشر نقاط.",
    ]
    page = ["إذاعة المدينة أف أم", "الأحد 27 أفريل 2025", "الأخبار الرياضية",
            "كأس البلاد لكرة السلة: الاتحاد يتوّج باللقب على حساب النادي", "ريم بن سالم", "الأحد 27 أفريل 2025 - 22:14", *text,
            "جميع الحقوق محفوظة © 2025 إذاعة المدينة أف أم"]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[3]


def test_the_only_paragraph_left_is_no_standfirst() -> None:
    from newsclean.lines import Line
    from newsclean.normalize import fold
    from newsclean.segment.subtitle import _whole_text
    from newsclean.types import Label

    texts = ["Posted at 11:28 AM | Permalink", "My recap of the conference is now up, with the recording of the webcast"]
    chrome, post = (Line(n, text, fold(text)) for n, text in enumerate(texts))
    chrome.decide(Label.SHARE, "lexicon.share", "a share bar")
    assert _whole_text([chrome, post], post)
    second = Line(2, "And the slides are below, for the raw content.", fold("And the slides are below."))
    assert not _whole_text([chrome, post, second], post)


def test_a_headline_that_opens_with_its_sections_label_is_no_kicker() -> None:
    text = [
        "Dundee City Council has approved £38.4 million of savings and an 8% rise in council tax after a seven-hour meeting.",
        "The decision means a Band D property in the city will pay £1,612 a year from April, an increase of around £119.",
    ]
    head = [
        "News",
        "Dundee",
        "Dundee councillors approve £38m of cuts as council tax rises 8%",
        "Libraries, school crossing patrols and grass-cutting among services to be scaled back after marathon meeting",
        "Fiona MacLeod",
        "Local Democracy Reporter",
        "Published 27 February 2025, 6:41pm",
    ]
    article = newsclean.clean("\n".join([*head, *text]))
    assert article.title == head[2]
    assert article.subtitle == head[3]
    assert list(article.paragraphs) == text


def test_a_pull_quotes_speaker_goes_with_it() -> None:
    text = [
        "Las autoridades anunciaron que el suministro se reducirá durante los fines de semana en doce alcaldías de la capital.",
        "“Lo que no ahorremos hoy nos va a faltar en mayo”, advirtió el director del sistema de aguas en conferencia de prensa.",
        "De acuerdo con el funcionario, la reducción será de dos metros cúbicos por segundo respecto al año anterior.",
    ]
    quote = ["“Lo que no ahorremos hoy nos va a faltar en mayo”", "Rodrigo Villaseñor Peña, director de Sacmex"]
    article = newsclean.clean("\n".join([text[0], text[1], *quote, text[2]]))
    assert list(article.paragraphs) == text
    # A dash before the speaker's name and a role after a comma.
    article = newsclean.clean("\n".join([text[0], text[1], quote[0], "- Rodrigo Villaseñor Peña, director de Sacmex", text[2]]))
    assert list(article.paragraphs) == text
    # A subheading in title case under a quote is no speaker.
    heading = "App Development"
    article = newsclean.clean("\n".join([text[0], text[1], quote[0], heading, text[2]]))
    assert heading in article.paragraphs


def test_the_last_sentence_of_a_paragraph_printed_again_under_it_is_a_pull_quote() -> None:
    """A question that ends the paragraph above, set apart under it without quote marks, goes; a
    shorter sentence inside a paragraph that the next line takes up again stays."""
    text = [
        "يتنازع الأفرقاء منذ أشهر على صلاحيات الهيئة الناظمة لقطاع الكهرباء وعلى طريقة تعيين أعضائها الخمسة.",
        "وبين هذين الاحتمالين، يبقى المواطن خارج النقاش. فالسؤال الذي لم يطرح بعد في أي جلسة هو: متى تصل الكهرباء إلى المنازل، وليس من يعين من؟",
        "ويقول خبراء إن القانون بصيغته الحالية يكفي لإطلاق المناقصات إذا توافرت الإرادة السياسية لذلك.",
    ]
    quote = "متى تصل الكهرباء إلى المنازل، وليس من يعين من؟"
    article = newsclean.clean("\n".join(["الكهرباء بين القانون والتعيينات", "بقلم: رامي الحاج", text[0], text[1], quote, text[2]]))
    assert list(article.paragraphs) == text


def test_a_next_article_whose_headline_was_a_related_link() -> None:
    page = [
        "Wohngeld: Monatelange Wartezeiten in vielen Städten",
        "Von Lena Hartmann",
        "Wer Wohngeld beantragt, muss in vielen Städten inzwischen mehrere Monate auf einen Bescheid warten.",
        "Der Städtetag fordert deshalb, das Verfahren zu vereinfachen und die Anträge digital zu bearbeiten.",
        "Mehr zum Thema",
        "Mietpreisbremse: Was Mieter jetzt wissen müssen",
        "Heizkosten: So viel zahlen Haushalte 2025",
        "Für Betroffene hat die lange Wartezeit oft spürbare Folgen, warnt der Sozialverband in einer Mitteilung.",
        "„Wer auf jeden Euro angewiesen ist, kann nicht fünf Monate in Vorleistung gehen“, sagte eine Sprecherin.",
        "Kommentare",
        "Nächster Artikel",
        "Mietpreisbremse: Was Mieter jetzt wissen müssen",
        "Von Tobias Greiner",
        "13.05.2025, 11:05 Uhr",
        "Die Mietpreisbremse wurde bis Ende 2029 verlängert. Sie gilt in rund 410 Städten und Gemeinden des Landes.",
        "Bei einer Wiedervermietung darf die Miete dort höchstens zehn Prozent über der Vergleichsmiete liegen.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [page[2], page[3], page[7], page[8]]
    assert len(article.extra_articles) == 1 and page[14] in article.extra_articles[0]


PT_TEXT = [
    "A Prefeitura decretou nesta segunda-feira situação de emergência por causa da epidemia de dengue na cidade.",
    "Com o decreto, a prefeitura pode contratar agentes de endemias e comprar insumos sem licitação por seis meses.",
]


def test_a_next_article_under_its_sections_label_after_a_most_read_list() -> None:
    """A most-read list, then the next article's section label ("CIDADES", in the menu too), its
    headline, byline and date: the headline owns the byline, not the list's last item."""
    nxt = [
        "A Prefeitura de Mirassol vai interditar a partir da próxima segunda-feira um trecho da avenida central.",
        "Segundo a Secretaria de Obras, o bloqueio deve durar cerca de quarenta dias, com desvio pelas ruas paralelas.",
    ]
    page = ["Diário do Noroeste", "CIDADES", "ESPORTES", "Rio Preto decreta emergência por causa da dengue", "Por Ana Lúcia Prado",
            "24/03/2025 às 09h10", *PT_TEXT, "Mais lidas", "Motorista morre em acidente na rodovia Washington Luís",
            "Shopping de Rio Preto anuncia nova loja âncora", "CIDADES",
            "Mirassol: obras de drenagem interditam avenida no centro a partir de segunda", "Por Caio Menegatti",
            "24/03/2025 às 18h15", "Compartilhe", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == PT_TEXT
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


def test_an_appended_article_with_its_stamp_above_its_text_is_no_comment_thread() -> None:
    """Comments closed, then a headline, its writer's bare name and its stamp over two paragraphs:
    the stamp above the first paragraph is the article's own, not a comment's."""
    text = [
        "وقّع مصدّرون جزائريون أمس عقودا لتصدير أكثر من ألفي طن من التمور نحو أسواق إفريقية وأوروبية جديدة.",
        "وحسب رئيس الجمعية الوطنية للمصدرين فإن هذه العقود تمثل ارتفاعا بنسبة الثلث مقارنة بالموسم الماضي.",
    ]
    nxt = [
        "تنطلق الأسبوع المقبل أول رحلة شحن جوي منتظمة بين مطار الجزائر ونواكشوط بمعدل رحلتين في الأسبوع.",
        "وأوضح مسؤول بشركة الشحن أن الرحلات ستخصص في مرحلة أولى لنقل المنتجات الفلاحية والأدوية.",
    ]
    page = ["مصدّرو التمور يوقعون عقودا جديدة نحو إفريقيا", "نشر في: 2025-05-13 10:20", *text, "التعليقات مغلقة.",
            "الجزائر تطلق أول رحلة شحن جوي منتظمة نحو نواكشوط", "ليلى مرابط", "نشر في: 2025-05-14 08:40", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


TUNIS_TEXT = [
    "انطلقت منذ أيام بولاية القيروان عمليات حصاد الحبوب في ظروف مناخية ملائمة وسط توقعات بصابة أفضل من العام الماضي.",
    "وأفاد المندوب الجهوي للفلاحة بأن المساحات المزروعة بلغت هذا الموسم نحو مئة وأربعين ألف هكتار في كامل الولاية.",
]


def test_a_radio_menus_player_items_do_not_hide_the_header_above_the_player() -> None:
    """The menu's "بودكاست" and "فيديو", then the headline, its date and byline, then the audio
    player's controls: the player's block starts at its first control under the byline."""
    headline = "القيروان: انطلاق موسم الحصاد وتوقعات بصابة حبوب أفضل من العام الماضي"
    page = ["إذاعة المتوسط أف أم", "استمعوا إلينا على 98.4", "الأخبار", "وطنية", "جهوية", "رياضة", "بودكاست", "فيديو", "جهوية",
            headline, "الخميس 12 جوان 2025 - 10:45", "مراسلتنا بالقيروان: سنية الجلاصي", "استمع", "00:00", "02:36",
            "سرعة التشغيل 1x", "نص التقرير", *TUNIS_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.author == "سنية الجلاصي"


def test_a_byline_kept_as_the_texts_last_line_signs_it() -> None:
    """ "تقرير: <name>" under the last paragraph of a text longer than the header's reach."""
    more = [
        "وأضاف أن الإدارة الجهوية وفرت أربع عشرة نقطة تجميع لاستقبال المحصول في مختلف المعتمديات.",
        "من جهتهم، اشتكى عدد من الفلاحين من نقص اليد العاملة وارتفاع كلفة كراء آلات الحصاد هذا العام.",
        "ودعا اتحاد الفلاحين إلى الترفيع في سعر القبول عند التجميع حتى يغطي كلفة الإنتاج المرتفعة.",
        "ويتوقع أن تتواصل عمليات الحصاد إلى منتصف شهر جويلية القادم في المناطق المرتفعة من الولاية.",
    ]
    text = [*TUNIS_TEXT, *more]
    page = ["حصاد الحبوب ينطلق في القيروان", "الخميس 12 جوان 2025", *text, "تقرير: عبدالرحمن الشرعبي",
            "جميع المواد المنشورة تعبر عن آراء كتابها، ويسمح بإعادة النشر بشرط ذكر المصدر.", "أخبار ذات صلة",
            "منظمة إغاثية توزع خزانات مياه على النازحين في المخيمات"]
    article = newsclean.clean("\n".join(page))
    assert article.author == "عبدالرحمن الشرعبي"
    assert list(article.paragraphs) == text


def test_a_next_articles_header_with_its_place_date_and_time_on_one_line() -> None:
    """"Sevilla - 22 abr 2024 - 07:15 CEST" under the next article's headline and writer: a place,
    a date and a time make a header line, as a byline or a stamp alone does."""
    text = [
        "El Ayuntamiento instalará toldos en cuarenta calles del centro antes de la primera ola de calor del verano.",
        "La medida costará dos millones de euros y se completará en junio, según el delegado de Urbanismo.",
    ]
    nxt = [
        "Los hoteles de Sevilla afrontan la Feria de Abril con una ocupación que supera el 95% en el centro histórico.",
        "Los precios también se han disparado: una habitación doble cuesta de media el triple que en marzo.",
    ]
    page = ["Sevilla instalará toldos en 40 calles antes del verano", "Por Lucía Ferrer", "21 abr 2024 - 18:30 CEST", *text,
            "Comentarios", "Siguiente noticia", "Los hoteles de Sevilla rozan el lleno para la Feria de Abril", "Carmen Vidal",
            "Sevilla - 22 abr 2024 - 07:15 CEST", "Compartir en Facebook", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


def test_a_next_article_whose_header_is_a_dateline_and_a_date() -> None:
    """Under "المقال التالي": the next headline, "رام الله - الزيتون" (its dateline alone), its date,
    its text. The headline is the next article's, not one more link of the related box above."""
    nxt = [
        "أطلقت بلدية رام الله اليوم الخميس فعاليات مهرجان الكتاب السنوي بمشاركة ستين دار نشر محلية وعربية.",
        "وقال رئيس البلدية في كلمة الافتتاح إن المهرجان يهدف إلى تشجيع القراءة بين الأطفال والشباب في المدينة.",
    ]
    page = ["عاصفة قطبية تضرب لبنان وطرقات جبلية مقطوعة", "نُشر في 8 كانون الأول 2025 - 14:30", *LEBANON_TEXT,
            "اقرأ أيضاً", "بالصور: الثلوج تكسو الأرز وفاريا", "المقال التالي",
            "بلدية رام الله تطلق مهرجان الكتاب السنوي بمشاركة ستين دار نشر", "رام الله - الزيتون", "الخميس 10 أكتوبر 2024 - 13:40", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == LEBANON_TEXT
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


def test_a_next_article_signed_by_a_desk_under_a_related_list() -> None:
    """A related list, "Next article", the next headline, "News Desk" (a desk, no writer) and the
    date: the headline is the next article's, not the list's last link."""
    text = [
        "The council voted on Tuesday to raise bus and tram fares by a quarter from next month, citing fuel costs.",
        "Opposition members said the rise would hit students and pensioners hardest and called for a review in the spring.",
    ]
    nxt = [
        "Engineers have started repairs on the old swing bridge, which has been closed to traffic since the storm in January.",
        "The work is expected to take six weeks, and a ferry will carry foot passengers across the river in the meantime.",
    ]
    page = ["City raises bus and tram fares by 25 percent", "By Jane Holt", "February 21, 2026", *text, "Read also",
            "Ten things to do in the city this weekend", "Where to find the best coffee in the old town", "Next article",
            "Swing bridge repairs begin after months of delay", "News Desk", "February 21, 2026 - 14:10", *nxt]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert len(article.extra_articles) == 1 and nxt[0] in article.extra_articles[0]


def test_a_reviews_rating_between_the_standfirst_and_the_writer() -> None:
    text = [
        "Wie het nieuwe museum in Enschede binnenloopt, hoort het eerst: het ritmische geklepper van een oud weefgetouw.",
        "Het museum, dat vier jaar dicht was voor een verbouwing, vertelt het verhaal van de textielindustrie in Twente.",
    ]
    head = [
        "In het nieuwe Weefhuis in Enschede draait alles om de hand van de maker",
        "Na vier jaar verbouwen opent zaterdag het vernieuwde textielmuseum in een oude fabriekshal aan de rand van de stad.",
        "★★★★☆",
        "Merel Dekker",
        "12 september 2025, 06:00",
    ]
    article = newsclean.clean("\n".join([*head, *text]))
    assert (article.title, article.author, article.date) == (head[0], "Merel Dekker", "2025-09-12")
    assert list(article.paragraphs) == text


def test_a_stamp_or_a_link_is_no_headline() -> None:
    text = [
        "The former senator has the best chance in years to turn the party's primary into a real debate about its future.",
        "His campaign has raised more money than expected, and his standing in the early states has risen since the autumn.",
    ]
    page = ["The Case For Bill Bradley", "Published on Thursday, February 24, 2000 in the New Republic", "http://www.example.com/030600/reich030600.html", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == "The Case For Bill Bradley"
    assert article.date == "2000-02-24"


def test_columnists_name_over_the_date_is_the_writer_not_the_headline() -> None:
    """A column's header: section, headline, the writer's picture, the writer's name right over the
    date; the name comes back over the bio after the text."""
    name = "ليلى بنت سعود العمري"
    bio = "كاتبة سعودية مهتمة بقضايا الطاقة والمناخ، تكتب في الصحيفة منذ عام 2019، ولها كتابان في الاقتصاد الأخضر."
    page = ["مقالات الرأي", HEADLINE, f"صورة الكاتبة {name}", name, "الخميس 4 رمضان 1445هـ - 14 مارس 2024م", LEAD, *MORE, name, bio]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE
    assert article.author == name
    assert list(article.paragraphs) == [LEAD, *MORE]


def test_a_live_pages_label_before_a_colon_is_no_byline() -> None:
    """ "متابعة مباشرة: <headline>" opens with a byline's word ("متابعة: فلان"), but a colon after
    two words of it leaves a headline, not a writer."""
    headline = "متابعة مباشرة: انطلاق امتحانات الشهادة الثانوية في دورتها الرئيسية"
    page = [headline, "متابعة: سنية الجلاصي", "الإثنين 3 جوان 2024", LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.author == "سنية الجلاصي"


@pytest.mark.parametrize("between", [["مدرجات زراعية في غرب البلاد (أرشيفية)"], ["مشاركة", "فيسبوك", "X", "واتساب"]])
def test_standfirst_under_the_date_over_the_picture_or_the_share_bar(between: list[str]) -> None:
    """Headline, byline, date, then a standfirst without a full stop over the lead's picture (or
    over a share bar with a button no lexicon knows), then the text."""
    standfirst = "المحطة تنتج 300 ميغاواط وتغطي حاجة نصف مليون منزل في غرب البلاد والحكومة تعد بمحطات أخرى"
    page = [HEADLINE, "تقرير: نبيل المقطري", "الأربعاء 22 يناير 2025", standfirst, *between, LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert standfirst not in article.body
    assert list(article.paragraphs) == [LEAD, *MORE]
    if len(between) == 1:
        assert article.subtitle == standfirst


@pytest.mark.parametrize(
    ("lead", "standfirst_goes"),
    [
        ("HAMBURG (dpa) – Der Senat hat am Dienstag die neue Hafenordnung beschlossen, die ab Juli gilt.", True),
        ("Lenggries – Der Gemeinderat hat am Dienstag die neue Hafenordnung beschlossen, die ab Juli gilt.", True),
        ("Klaus Berger – Hafenamt: „Wir haben lange auf diese Ordnung gewartet, sie gilt ab Juli.“", False),
    ],
)
def test_a_standfirst_over_the_picture_when_the_text_opens_with_its_dateline(lead: str, standfirst_goes: bool) -> None:
    """Byline, then a punctuated paragraph, the lead's picture, and a paragraph that opens with a
    dateline: the text starts there and the paragraph above is its standfirst. A speaker's name
    before a dash ("Klaus Berger – Hafenamt: ...") is no dateline: the first paragraph stays."""
    headline = "Neue Hafenordnung: Was sich für Reeder und Anwohner ändert"
    standfirst = "Der Senat hat die neue Hafenordnung beschlossen. Sie bringt strengere Regeln für Liegezeiten."
    caption = "Containerschiffe im Hamburger Hafen am Morgen. (Foto: Jan Peters)"
    more = [
        "Die Ordnung ersetzt Regeln aus dem Jahr 1998, die nach Ansicht der Behörde nicht mehr zeitgemäß waren.",
        "Reeder müssen künftig ihre Liegezeiten zwei Tage im Voraus anmelden, sonst droht ein Bußgeld.",
        "Anwohner in Finkenwerder begrüßen vor allem die neuen Regeln für den Lärmschutz in der Nacht.",
    ]
    page = [headline, "Von Anna Schulte", "12.03.2025, 18:27 Uhr", "Teilen", standfirst, caption, lead, *more]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert (standfirst not in article.body) is standfirst_goes
    assert article.body.endswith(more[-1])


@pytest.mark.parametrize(
    ("head", "times", "entries"),
    [
        pytest.param(  # bare times in Arabic-Indic digits with "م" (evening): a match's minute-by-minute updates
            ["مباشر: الدوري الممتاز - الجولة العشرون بين الفريقين في القاهرة", "الثلاثاء 5 مارس 2024"],
            ["١٠:٥٣ م", "١٠:٤١ م", "١٠:٢٠ م", "٩:٤٩ م", "٩:١٥ م"],
            [
                "الدقيقة ٩٠: الحكم يطلق صافرة النهاية وفوز مستحق لأصحاب الأرض بهدفين مقابل هدف.",
                "الدقيقة ٨٣: هدف ثانٍ بتسديدة قوية من خارج منطقة الجزاء تسكن الزاوية البعيدة.",
                "الدقيقة ٦٢: هدف التعادل بعد ركلة ركنية وضربة رأس من المدافع في الشباك.",
                "الدقيقة ٤٧: بداية الشوط الثاني دون تغييرات في صفوف الفريقين على أرض الملعب.",
                "الدقيقة ١٨: هدف أول للضيوف بعد هجمة مرتدة سريعة أنهاها المهاجم بهدوء.",
            ],
            id="arabic-evening-marks",
        ),
        pytest.param(  # newest first, a late night's updates cross midnight and still go one way
            ["EN DIRECT - Carambolage sur l'A6 : le point sur la situation", "Le 14/03/2025 à 21:40"],
            ["00:40", "23:55", "23:10", "22:30", "21:45"],
            [
                "Les secours annoncent la fin des recherches pour la nuit, elles reprendront à l'aube.",
                "Le préfet confirme que trois personnes ont été hospitalisées, sans que leur pronostic vital soit engagé.",
                "La circulation est rétablie sur l'autoroute dans le sens Lyon-Paris après le passage des dépanneuses.",
                "Les pompiers déploient une cinquantaine d'hommes et deux hélicoptères sur la zone de l'accident.",
                "Un carambolage impliquant une dizaine de véhicules s'est produit dans le brouillard près de Mâcon.",
            ],
            id="across-midnight",
        ),
    ],
)
def test_a_live_pages_bare_times_are_stamps(head: list[str], times: list[str], entries: list[str]) -> None:
    """A live page's updates, each under its bare time of day: the times go, the updates stay."""
    page = head + [line for pair in zip(times, entries) for line in pair]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == entries


def test_a_follow_button_is_no_byline() -> None:
    """ "متابعة الكاتبة" (follow the writer) opens with a byline's word; a share bar's button names
    nobody. The byline under the headline names the writer."""
    page = [HEADLINE, "بقلم: عائشة السليطي", "متابعة الكاتبة", "الثلاثاء 12 مارس 2024", LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.author == "عائشة السليطي"


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("مديرية التعليم في إفران", "3 فبراير 2025 ·"),
        ("المؤسسة العامة لمياه الشرب والصرف الصحي بدمشق وريفها", "15 يوليو الساعة 7:45 م ·"),
    ],
)
def test_an_embedded_facebook_post_inside_the_text_ends_nothing(name: str, stamp: str) -> None:
    """Under a paragraph: a page's name, its stamp ending with a dot, the post, its counters ("37
    تعليقاً" counts comments; it heads no thread) and buttons; the text goes on under it."""
    post = [
        name,
        stamp,
        "بلاغ: تقرر تعليق الدراسة يومي الثلاثاء والأربعاء بجميع المؤسسات التعليمية بالإقليم بسبب الثلوج.",
        "248",
        "37 تعليقاً",
        "112 مشاركة",
        "أعجبني",
        "تعليق",
        "عرض المزيد على فيسبوك",
    ]
    later = [
        "وأفاد مصدر محلي بأن سمك الثلوج تجاوز في بعض الدواوير ستين سنتيمتراً، ما أدى إلى عزل عدد من القرى.",
        "وأضاف المصدر ذاته أن آليات كاسحة للثلوج تدخلت منذ الصباح الباكر لفتح الطرق المؤدية إلى المدارس.",
    ]
    page = [HEADLINE, "الإثنين 3 فبراير 2025", LEAD, *MORE, *post, *later]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [LEAD, *MORE, post[2], *later]


def test_a_mastheads_tagline_is_no_headline() -> None:
    """ "يومية وطنية إخبارية مستقلة" (an independent national daily) under the site's name says what
    the outlet is; the headline stands under the menu."""
    today = "الأحد، 12 يناير 2025"
    menu = ["الرئيسية", "وطني", "اقتصاد", "دولي", "رياضة", "ثقافة", "أعمدة", "النسخة الورقية", "وطني"]
    page = ["الصباح الجزائري", "يومية وطنية إخبارية مستقلة", today, *menu, HEADLINE, "بسكرة: سمير بوعلام", today, STANDFIRST, LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE


TECH_TEXT = [
    "The startup said on Tuesday that its first device, a headband that reads sleep patterns, would go on sale in the spring for under $200.",
    "Early testers reported that the band was comfortable enough to forget about, though battery life fell short of the promised week.",
    "The company has raised $45 million so far and plans to open an office in Berlin before the end of the year.",
]


def test_a_headline_with_its_byline_and_date_wins_over_a_prompt_above_the_sites_name() -> None:
    """A comment prompt over the site's edition name ("Tech Monthly UK", a name alone) loses to the
    headline over its standfirst and its "Name - date" line, which names the writer."""
    page = [
        "Sign in",
        "Join the conversation and share what you think!",
        "Tech Monthly UK",
        "gadgets —",
        "A sleep-tracking headband wants to replace your smartwatch at night",
        "The company behind it says its sensors read more than a wrist can.",
        "Marta Olsen - Mar 28, 2024 12:30 am UTC",
        *TECH_TEXT,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[4]
    assert article.author == "Marta Olsen"
    assert article.date == "2024-03-28"
    assert list(article.paragraphs) == TECH_TEXT


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        (["Marta Olsen - Mar 28, 2024 12:30 am UTC"], "Marta Olsen", "2024-03-28"),
        (["ROTTERDAM - Mar 28, 2024"], None, "2024-03-28"),  # a wire dateline in capitals, no writer
        (["Associated Press - Mar 28, 2024 4:13 PM ET"], None, "2024-03-28"),  # an agency, no writer
        # the writer and the agency after a comma, over the date
        (["Derek J. Lowry, THE ASSOCIATED PRESS", "Published Friday March 29th, 2024"], "Derek J. Lowry", "2024-03-29"),
    ],
    ids=["name-dash-date", "place-dash-date", "agency-dash-date", "name-comma-agency"],
)
def test_the_writer_or_place_and_the_date_under_the_headline(header: list[str], author: str | None, date: str) -> None:
    page = ["A sleep-tracking headband wants to replace your smartwatch at night", *header, *TECH_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[0]
    assert article.author == author
    assert article.date == date
    assert list(article.paragraphs) == TECH_TEXT


def test_a_players_list_of_clips_between_headline_and_byline_gives_no_title() -> None:
    """A TV page: headline, the player, its "Up next" clips each over its running time, then the
    byline and date: a clip's title over "0:48" is no headline headed by a date."""
    clips = [
        "School board approves later start times for the fall semester", "1:52",
        "Man hurt after pickup rolls over on the interstate near the river", "0:48",
        "Students collect 4,000 pounds of canned food for local pantry", "2:05",
        "Wind-driven grass fire forces evacuations near the lake", "1:17",
    ]
    headline = "Severe storms with large hail possible across the plains Tuesday afternoon"
    page = [headline, "Now Playing", "0:00 / 2:41", "Mute", "Fullscreen", "Up next", *clips,
            "By Dana Kessler", "Published: Apr. 14, 2025 at 5:12 PM CDT", *TECH_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.author == "Dana Kessler"
    assert list(article.paragraphs) == TECH_TEXT


def test_a_live_matchs_minute_marks_are_its_update_stamps() -> None:
    entries = [
        "صافرة النهاية، فوز مستحق لأصحاب الأرض بهدفين مقابل هدف.",
        "هدف ثانٍ للسد بعد تمريرة عرضية متقنة من الجهة اليمنى.",
        "تعادل الضيوف من ركلة جزاء احتسبها الحكم بعد العودة إلى تقنية الفيديو.",
        "هدف أول للسد بتسديدة قوية من خارج منطقة الجزاء.",
    ]
    page = ["90+4'", entries[0], "78'", entries[1], "45+2'", entries[2], "12'", entries[3]]
    article = newsclean.clean("\n".join(page), lang="ar")
    assert list(article.paragraphs) == entries


def test_the_article_shown_again_is_no_appended_article() -> None:
    """The page renders the article twice (its AMP copy under it): the copy is not another article."""
    headline = "A sleep-tracking headband wants to replace your smartwatch at night"
    header = [headline, "By Marta Olsen", "March 28, 2024"]
    article = newsclean.clean("\n".join([*header, *TECH_TEXT, "Share this article", *header, *TECH_TEXT]))
    assert list(article.paragraphs) == TECH_TEXT
    assert article.extra_articles == ()


def test_live_update_times_with_their_zone_in_brackets_and_relative_stamps() -> None:
    head = ["مباشر.. عاصفة ثلجية تضرب المرتفعات", "آخر تحديث: 4/3/2025 - 18:52"]
    updates = [
        "منذ 12 دقيقة", "18:40 (بتوقيت مكة المكرمة)",
        "إغلاق الطرق الجبلية أمام حركة السير حتى إشعار آخر بسبب تراكم الثلوج على ارتفاع ألف متر.",
        "منذ ساعة", "17:30 (بتوقيت مكة المكرمة)",
        "تعليق الدراسة في مدارس المناطق الجبلية يوم غد بقرار من وزارة التربية بعد اجتماع طارئ للجنة.",
        "منذ ساعتين", "16:45 (بتوقيت مكة المكرمة)",
        "الدفاع المدني ينقذ عائلة علقت سيارتها على الطريق الجبلي بعد انزلاقها في منعطف خطر مساء اليوم.",
    ]
    article = newsclean.clean("\n".join([*head, *updates]))
    assert list(article.paragraphs) == updates[2::3]


def test_a_pull_quote_that_repeats_a_sentence_joined_to_its_and_is_found() -> None:
    """Arabic writes "و" ("and") onto the word: the text's "والبلدية التي ..." is the quote's
    "«البلدية التي ...»"."""
    text = [
        "تعيش البلديات في لبنان منذ سنوات على ما تبقى من موازنات لا تكفي لرفع النفايات أو إنارة الطرقات.",
        "الصندوق البلدي المستقل يتأخر في الدفع سنوات، ويوزع ما يوزعه وفق معايير لا يفهمها أحد. والبلدية التي لا تملك قرارها المالي ليست سلطة محلية، بل صندوق بريد للحكومة المركزية.",
        "ولهذا فإن أي انتخابات بلدية مقبلة لن تغير شيئاً ما لم يتغير قانون المال البلدي نفسه.",
    ]
    quote = "«البلدية التي لا تملك قرارها المالي ليست سلطة محلية، بل صندوق بريد للحكومة المركزية»"
    article = newsclean.clean("\n".join(["البلديات بلا مال", "بقلم: سامر حداد", text[0], quote, text[1], text[2]]))
    assert list(article.paragraphs) == text


def test_a_pull_quote_in_other_quotation_marks_right_under_its_paragraph_goes_with_its_speaker() -> None:
    text = [
        "A Victorian footbridge will close for six months from April while engineers replace its corroded girders.",
        "Councillor Gareth Lloyd-Evans, cabinet member for highways, said the work could not be put off any longer.",
        '"Nobody wants to close a bridge people love, but the alternative was a much longer closure later on, or worse."',
        "The contract has been awarded to a firm based in Ludlow, which expects to start work on the first of April.",
    ]
    pulled = ["“Nobody wants to close a bridge people love, but the alternative was a much longer closure later on, or worse.”", "Cllr Gareth Lloyd-Evans"]
    article = newsclean.clean("\n".join(["Footbridge to close for six months", "By Hannah Prothero", *text[:3], *pulled, text[3]]))
    assert list(article.paragraphs) == text
    # The same words further down the text are the text's again, not a pull quote set apart.
    again = [*text[:3], text[3], pulled[0]]
    article = newsclean.clean("\n".join(["Footbridge to close for six months", "By Hannah Prothero", *again]))
    assert pulled[0] in article.paragraphs


def test_a_headline_opening_with_a_menus_word_is_no_kicker() -> None:
    """ "Shrewsbury" in the menu, "Shrewsbury footbridge to close ..." the headline: a line that runs
    on for a dozen words is no section label's kicker, and it wins over the standfirst under it."""
    page = [
        "News", "Shrewsbury", "Transport",
        "Shrewsbury footbridge to close for six months as £2.4m repair work begins",
        "Pedestrians and cyclists face a ten-minute detour while the Victorian crossing is strengthened",
        "By Hannah Prothero",
        "Published: 6:00am 18 March 2025",
        "A Victorian footbridge that carries thousands of people across the river every day will close for six months.",
        "Shropshire Council confirmed on Monday that the bridge will shut from April while its girders are replaced.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[3]
    assert article.subtitle == page[4]


def test_a_byline_that_names_the_site_names_no_writer() -> None:
    page = [
        "Plaza Noticias", "Política", "Sociedad",
        "Un vecino encontró fósiles de un gliptodonte mientras arreglaba el patio de su casa",
        "Redacción Plaza Noticias",
        "09 de marzo de 2025 - 14:22",
        "Lo que empezó como una obra para colocar un piso nuevo en el patio terminó en un hallazgo paleontológico.",
        "Técnicos del museo provincial trabajaron durante dos días para retirar los restos del caparazón.",
        "Contacto",
        "Copyright © 2025 Plaza Noticias. Todos los derechos reservados.",
    ]
    assert newsclean.clean("\n".join(page)).author is None
    signed = [*page[:4], "Redacción: Lucía Ferreyra", *page[5:]]
    assert newsclean.clean("\n".join(signed)).author == "Lucía Ferreyra"


def test_a_price_strip_without_colons_over_the_headline_is_no_title() -> None:
    text = [
        "أعلنت وزارة التربية والتعليم اليوم موعد امتحانات الشهادة الثانوية للعام الدراسي الحالي في جميع الولايات.",
        "وقال مدير إدارة الامتحانات إن الوزارة قررت زيادة عدد مراكز الجلوس في الولايات الآمنة لاستيعاب النازحين.",
    ]
    headline = "وزارة التربية تحدد موعد امتحانات الشهادة الثانوية وتعلن زيادة مراكز الجلوس"
    page = ["أخبار السودان", "أسعار العملات", "الدولار ٣٥٠٠ ج.س", "الريال السعودي ٩٣٠ ج.س", headline,
            "بورتسودان: عبد الرحمن إدريس", "الإثنين ٦ أكتوبر ٢٠٢٥ - ١١:٣٠ ص", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == text


def test_a_fixture_over_an_advertisement_and_the_headlines_kicker_is_no_title() -> None:
    """A scores bar's next fixture ("الساحل السكندري × الصعيد الجديد 8:00 م"), an advertisement's label,
    then the section's kicker right over the headline: the fixture is a widget's item."""
    text = [
        "أعلن نادي الساحل السكندري، مساء اليوم، التعاقد مع حازم الدمرداش لاعب النيل الرياضي بعقد يمتد لأربعة مواسم ونصف.",
        "وخضع اللاعب للكشف الطبي صباح اليوم في مقر النادي قبل أن يوقع على العقد بحضور رئيس النادي والمدير الرياضي.",
    ]
    headline = "الساحل السكندري يحسم صفقة حازم الدمرداش من النيل الرياضي"
    page = ["مباريات اليوم", "النيل الرياضي 1 - 1 الجيش البورسعيدي", "الساحل السكندري × الصعيد الجديد 8:00 م", "إعلان",
            "انتقالات شتوية", headline, "كتب: محمد عبد الحليم", "الأحد، 12 يناير 2025 03:45 م", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.author == "محمد عبد الحليم"


def test_a_columns_headline_over_the_writers_name_and_role_in_arabic() -> None:
    """In a script without capitals the writer's name under the headline reads like a kicker; with
    no advertisement's label between them the headline stays the title."""
    text = [
        "كلما اقترب موعد الانتخابات البلدية، عاد النقاش في بيروت إلى نقطة الصفر: هل نجري الانتخابات في موعدها أم نمدد للمجالس؟",
        "لكن السؤال الحقيقي ليس متى ننتخب، بل ماذا ننتخب أصلاً. فالمجالس البلدية بلا مال ولا صلاحيات.",
    ]
    page = ["رأي", "البلديات ليست صناديق بريد للحكومة", "نادين حداد", "أستاذة العلوم السياسية في الجامعة اللبنانية",
            "6 شباط 2025", "حجم الخط", "طباعة", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == "البلديات ليست صناديق بريد للحكومة"
    assert list(article.paragraphs) == text


def test_a_headline_with_a_dash_that_exclaims_is_no_dateline() -> None:
    text = [
        "Als Anke Brodersen am Sonntag am Elbstrand bei Wedel spazieren ging, entdeckte sie eine grüne Flasche im Sand.",
        "Darin steckte ein Brief, den sie selbst im Sommer 1984 als Neunjährige von einer Fähre geworfen hatte.",
    ]
    headline = "Rentner findet Flaschenpost – nach 41 Jahren!"
    article = newsclean.clean("\n".join([headline, "Von Jens Peters", "12.08.2025 - 14:20 Uhr", *text]))
    assert article.title == headline
    assert article.dateline is None


def test_a_players_now_playing_title_over_its_labelled_duration_is_no_headline() -> None:
    text = [
        "Two neighbors pulled an 81-year-old man from his burning home in East Ridge on Thursday night, fire officials said.",
        "The man was taken to a hospital with minor injuries, and the cause of the fire is under investigation.",
    ]
    headline = "Neighbors pull 81-year-old man from burning home in East Ridge"
    page = [headline, "Now playing", "Neighbors pull 81-year-old man from burning home", "Duration 2:04", "Up next",
            "Crews battle brush fire near Ooltewah", "Duration 1:37", "By Jenna Morales", "Published: Oct. 9, 2025 at 5:42 PM EDT", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == text


@pytest.mark.parametrize("line", ["حيدر كاظم 78' (ركلة جزاء)", "Mohamed Salah 45+2'", "Kane 90’"])
def test_a_scorers_line_is_no_headline(line: str) -> None:
    from newsclean.lines import Line
    from newsclean.normalize import fold
    from newsclean.segment.headline import _title_like

    assert not _title_like(Line(0, line, fold(line)))
    for headline in ["Rock 'n' roll returns to the 90s club", "Lagonegro, rimonta da brividi: Ferraresi firma il 2-1 al 93'"]:
        assert _title_like(Line(0, headline, fold(headline)))


def test_a_date_with_an_arabic_comma_after_the_month_is_a_date_line() -> None:
    from newsclean.metadata import dates

    found = dates.parse_date("20 تشرين الأول، 2024")
    assert found is not None and found.iso == "2024-10-20"
    assert dates.is_date_line("20 تشرين الأول، 2024")


def test_a_live_entry_that_opens_with_a_breaking_label_is_the_texts() -> None:
    # "عاجل | <a sentence>." inside a live page is an entry, not a ticker's headline
    entry = "عاجل | نشرت الوزارة أسماء أوائل المملكة، وتصدرت القائمة طالبة من مدرسة ثانوية في إربد بمعدل ٩٩.٧."
    article = newsclean.clean("\n".join([HEADLINE, "كتب: سامر الخطيب", MORE[0], entry, MORE[1]]))
    assert list(article.paragraphs) == [MORE[0], entry, MORE[1]]


def test_a_sections_label_between_a_latest_list_and_the_headline_is_a_kicker() -> None:
    # "آخر الأخبار" / an item / an item / "الأخبار المحلية" (the section's label, no name: two words
    # with the article) / the headline / the date: the headline under the label is the title
    latest = ["آخر الأخبار", "الرئاسة ترحب بقرار مجلس حقوق الإنسان بشأن المياه في الضفة", "انطلاق معرض الكتاب الوطني في البيرة بمشاركة 60 دار نشر"]
    article = newsclean.clean("\n".join([*latest, "الأخبار المحلية", HEADLINE, "تاريخ النشر: 12/03/2026 10:42 ص", *MORE]))
    assert article.title == HEADLINE


def test_a_menus_ticker_word_over_the_sections_kicker_takes_no_headline() -> None:
    # "Última hora" (a menu's link) / "Comunidad Valenciana" (the section) / headline / standfirst /
    # the writers' names / the dateline / the date: the headline is the title, the names the byline
    page = [
        "Deportes",
        "Última hora",
        "Comunidad Valenciana",
        "Valencia congelará las nuevas licencias de pisos turísticos en Ciutat Vella durante dos años",
        "El Ayuntamiento aprobará este mes una moratoria que afecta a todo el distrito histórico de la ciudad",
        "Lucía Ferrer y Javier Montero",
        "Valencia",
        "08 oct 2024 - 06:00 CEST",
        "El Ayuntamiento de Valencia aprobará en el pleno de este mes una moratoria de dos años para las nuevas licencias de pisos turísticos.",
        "Según datos municipales, el distrito cuenta ya con más de 2.300 viviendas de uso turístico registradas, un tercio del total de la ciudad.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[3]
    assert article.author == "Lucía Ferrer y Javier Montero"


def test_a_front_page_label_over_its_headline_takes_no_title() -> None:
    # "À la une :" announces the front page's headline above the article's header
    page = [
        "Accueil",
        "À la une :",
        "Coupures d'eau à Dakar : la situation devrait revenir à la normale jeudi",
        "Thiès : les commerçants du marché central refusent de quitter les lieux avant la Tabaski",
        "Publié le 28 mai 2024 à 11:47",
        "Par Aminata Diop",
        "Thiès, 28 mai – Les commerçants du marché central de Thiès refusent de quitter les lieux avant la fête de la Tabaski, malgré la décision de la mairie.",
        "La municipalité avait donné aux quelque 1 200 vendeurs jusqu'à la fin du mois pour rejoindre le nouveau site aménagé à la sortie de la ville.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[3]


def test_a_pull_quote_with_curly_apostrophes_repeats_the_texts_straight_ones() -> None:
    text = [
        "The ferry has crossed the river at the same point for more than a century, and most of its passengers are regulars.",
        '"People think it\'s a tourist thing," says a farmer who drives to a clinic three times a week. "It\'s not a tourist thing. It\'s my Tuesday."',
        "The county says the crossing costs it more each year, and the state has yet to decide whether to pay for a new boat.",
    ]
    quote = "“It’s not a tourist thing. It’s my Tuesday.”"
    article = newsclean.clean("\n".join(["The last ferry on the Ohio", "By Marisa Okafor", *text[:2], quote, text[2]]))
    assert list(article.paragraphs) == text


def test_a_columns_picture_label_over_the_headline_is_no_title() -> None:
    # "الكاتبة <name>" (the writer's word and her name, under her picture) over a short headline
    text = [
        "كل صباح أقف على الرصيف نفسه أنتظر أن تخف حركة السيارات لأعبر إلى الجهة الأخرى من الشارع، مثل آلاف غيري.",
        "المدن التي تمشي لا تولد صدفة، بل تصنعها قرارات صغيرة متراكمة: رصيف عريض وشجرة وظل ومقعد وممر آمن للمشاة.",
        "ولعل أول خطوة أن نسأل أنفسنا: لمن صممت شوارعنا؟ للإنسان الذي يعيش فيها، أم للسيارة التي تعبرها مسرعة؟",
    ]
    page = ["مقالات", "الكاتبة هالة عبدالله القحطاني", "مدن تمشي.. ومدن تُقاد بالسيارة", "هالة عبدالله القحطاني", "الأحد 21 سبتمبر 2025", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == "مدن تمشي.. ومدن تُقاد بالسيارة"


def test_a_live_pages_label_before_its_headline_is_no_breadcrumb() -> None:
    headline = "LIVE | Storm Wietske raast over Groningen: bomen omgewaaid, treinverkeer ligt grotendeels stil"
    text = [
        "De zware storm zorgt in de hele provincie voor overlast. Op tientallen plekken zijn bomen omgewaaid en liggen takken op de weg.",
        "ProRail meldt dat er tussen Groningen en Zwolle voorlopig geen treinen rijden, omdat er een boom op de bovenleiding is gevallen.",
    ]
    page = ["Nieuws", "Stad", headline, "Sanne de Vries en Bart Hoekstra", "14 februari 2025, 07:15", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.author == "Sanne de Vries en Bart Hoekstra"
    # A breadcrumb still is one: its home link first.
    crumb = newsclean.clean("\n".join(["Home | Nieuws", *page[2:]]))
    assert crumb.title == headline


def test_an_italian_correspondents_byline() -> None:
    text = [
        "Sotto di un gol dopo venti minuti, la squadra di casa ha ribaltato la partita nella ripresa con due reti in otto minuti.",
        "Il tecnico ha cambiato modulo all'intervallo, inserendo un secondo attaccante, e la mossa ha pagato quasi subito.",
    ]
    page = ["Serie C", "Il Castelmonte vince in rimonta: Ferraro e Liguori stendono il Lagonegro", "dal nostro inviato Marco Galli", "12 ottobre 2025", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Marco Galli"


def test_a_print_views_issue_and_page_lines_are_no_headline() -> None:
    page = ["طباعة", "إغلاق النافذة", "جريدة الوادي", "العدد 52317 - السنة 148", "الثلاثاء 11 مارس 2025", "الصفحة 10 - قضايا وآراء",
            HEADLINE, "بقلم: حسام الدين عبد الرازق", LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE
    assert article.author == "حسام الدين عبد الرازق"


def test_a_rates_strip_with_buying_and_selling_prices_is_no_headline() -> None:
    page = ["نشرة أسعار دمشق", "دولار أمريكي 10,150 - 10,250", "يورو 10,980 - 11,090", "ليرة تركية 276 - 281", "آخر تحديث: 09:30",
            "أسواق", HEADLINE, "إعداد: لمى الخطيب", "الثلاثاء 11 آذار 2025", LEAD, *MORE]
    assert newsclean.clean("\n".join(page)).title == HEADLINE



def test_a_mastheads_name_and_tagline_on_one_line_is_no_headline() -> None:
    page = ["الميدان اليوم | صحيفة يومية مستقلة", "الرئيسية - محليات - اقتصاد - رياضة", "الأربعاء، 12 فبراير 2025", "محليات",
            HEADLINE, "كتبت - ليلى الخطيب", "نشر في: 12-02-2025 | 10:45 ص", LEAD, *MORE]
    article = newsclean.clean("\n".join(page))
    assert article.title == HEADLINE
    assert article.author == "ليلى الخطيب"


def test_the_header_under_a_list_of_latest_headlines_each_under_its_time() -> None:
    """The search may take the list's times for a live page's; once the list is trimmed off the
    text's start, the header is read above the text, not above the list."""
    latest = []
    for hour, item in zip(("11:48", "11:31", "11:12", "10:55", "10:47", "10:32", "10:18", "09:56", "09:40"), (
        "رئيس الوزراء يوجه بإطلاق الدفعة الثانية من قروض المشاريع الصغيرة",
        "المرور العامة تعلن قطوعات مؤقتة في شارع فلسطين لأعمال الصيانة",
        "النفط: صادرات شباط تسجل معدلاً يومياً بلغ 3.3 مليون برميل",
        "الأنواء الجوية: أمطار خفيفة ومتوسطة على المناطق الشمالية",
        "التربية تحدد موعد امتحانات نصف السنة للدراسة المسائية",
        "محافظ البصرة يفتتح مجسراً جديداً في منطقة الجزائر",
        "الصحة: حملة وطنية للتلقيح ضد شلل الأطفال تنطلق الأسبوع المقبل",
        "المنتخب الوطني يصل إلى عمّان لإقامة معسكر تدريبي",
        "الكهرباء: إضافة 600 ميغاواط إلى المنظومة الوطنية",
    )):
        latest += [hour, item]
    headline = "الموارد المائية: ارتفاع الخزين في سد الموصل إلى أعلى مستوى منذ ثلاث سنوات"
    text = [
        "بغداد - الرافدين: أعلنت وزارة الموارد المائية، اليوم الأحد، ارتفاع الخزين المائي في سد الموصل إلى أعلى مستوى له منذ ثلاث سنوات.",
        "وقال المتحدث باسم الوزارة في بيان تلقته الوكالة، إن الإيرادات المائية تحسنت بفعل الأمطار والثلوج التي شهدتها المناطق الشمالية.",
        "وأضاف أن الملاكات الهندسية في السد تتابع على مدار الساعة مؤشرات الأمان وتعمل على تنظيم الإطلاقات بما يلبي حاجة المحافظات.",
    ]
    page = ["وكالة الرافدين للأنباء", "الرئيسية", "محلية", "سياسية", "آخر الأخبار", *latest, "محلية", headline, "2025-03-09 11:05", "عدد القراءات: 1,274", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.date == "2025-03-09"
    assert list(article.paragraphs) == text


def test_a_headline_shaped_like_two_lines_elsewhere_over_its_date_is_the_headline() -> None:
    """Words, a figure, words, a figure: the headline shares its shape with a source line and a
    related headline further down, but its date and byline under it make it the headline."""
    headline = "تراجع نسبة التضخم إلى ٥٫٨٪ خلال شهر فيفري ٢٠٢٥"
    text = [
        "تراجعت نسبة التضخم في تونس إلى ٥٫٨٪ خلال شهر فيفري، مقابل ٦٫١٪ في شهر جانفي الماضي، وفق ما أعلنه المعهد الوطني للإحصاء.",
        "وأرجع المعهد هذا التراجع أساساً إلى تباطؤ نسق ارتفاع أسعار المواد الغذائية وإلى استقرار أسعار الطاقة المؤطرة.",
        "وسجلت أسعار الخضر الطازجة انخفاضاً مقارنة بالشهر السابق، في حين ارتفعت أسعار اللحوم الحمراء والزيوت الغذائية.",
    ]
    after = ["المصدر: البنك المركزي التونسي - 05 مارس 2025", "مقالات ذات صلة", "الاستثمارات الأجنبية المباشرة ترتفع بنسبة ١٢٪ موفى ٢٠٢٤"]
    page = ["بوابة قرطاج الاقتصادية", "الرئيسية > اقتصاد وطني > مؤشرات", headline, "الأربعاء 05 مارس 2025 - 17:40", "بقلم: سنية الزغلامي", *text, *after]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == text


def test_a_videos_title_over_its_running_time_inside_the_text_starts_no_next_article() -> None:
    text = [
        "Shares of the company surged to yet another record on Tuesday, after an analyst raised his price target on the stock.",
        "The stock ran up 2.1% to close at an all-time high, its fifth record close this month and its eleventh this year.",
        "The analyst said his most likely scenario would be for the stock to climb another fifteen percent by the end of the year.",
        "The recent rally may also reflect investor confidence that the tax cut promised for companies will go through this year.",
        "On Monday, the stock fell as much as 1.4% intraday, but bounced sharply to close up 0.2%, with another bank raising its target.",
        "Over the past three months, the stock has gained nearly twenty percent, while the index has risen about six percent.",
    ]
    clip = ["Why the bank of the future will look like a phone shop", "(1:31)"]
    page = ["Stock climbs to fifth record in March", "By Tom Kilgore", "Published: Mar 14, 2017 4:10 p.m. ET", *text[:3], *clip, *text[3:]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert not article.extra_articles


def test_a_columnists_name_over_his_pictures_caption_that_repeats_it_is_the_author() -> None:
    text = [
        "كل عام، ومع أول موجة حر في أيار، نعود إلى الحديث نفسه عن شح المياه وكأننا نكتشف الأزمة للمرة الأولى.",
        "المشكلة أن الأرقام لا تنسى، فحصة الفرد من المياه في تراجع مستمر منذ عقدين، والفاقد في الشبكات ما زال مرتفعا.",
        "ما نحتاجه ليس حملة توعية جديدة بشعارات ملونة، بل خطة تنفذ على الأرض وتحاسب من يتأخر في تنفيذها.",
    ]
    page = ["منبر عمّان", "الرئيسية", "مقالات", "أزمة المياه لا تنتظر الصيف", "عامر الخصاونة", "عامر الخصاونة", "السبت 15 آذار 2025 - 8:00 ص", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author == "عامر الخصاونة"
    assert list(article.paragraphs) == text


def test_a_strip_of_rates_joined_by_bars_is_no_headline() -> None:
    headline = "المركزي يرفع سقف بيع النقد الأجنبي للأغراض الشخصية إلى 8 آلاف دولار سنوياً"
    text = [
        "قرر مصرف ليبيا المركزي رفع سقف بيع النقد الأجنبي للأغراض الشخصية إلى ثمانية آلاف دولار سنوياً للمواطن الواحد.",
        "وأوضح المصرف في منشور وجهه إلى المصارف التجارية أن القرار يسري اعتباراً من مطلع الشهر المقبل.",
    ]
    page = ["الدولار 4.85 | اليورو 5.27 | الجنيه الإسترليني 6.12", "السوق الموازي: الدولار 7.12 | اليورو 7.68", "بوابة الوسيط الاقتصادي",
            "الثلاثاء 18 مارس 2025", "الرئيسية", "اقتصاد", "مصارف", "أسواق", headline, "بواسطة نوري القمودي", "18 مارس 2025، 14:20", *text]
    assert newsclean.clean("\n".join(page)).title == headline



def test_the_city_in_brackets_before_the_writers_name_under_the_headline() -> None:
    text = [
        "بدأت أمانة جدة أعمال تأهيل أربع عشرة حديقة في أحياء شمال المحافظة ضمن خطة لرفع جاهزيتها قبل فصل الصيف.",
        "وأوضح المتحدث باسم الأمانة أن الأعمال تشمل تجديد الممرات والإنارة وزراعة أشجار محلية تتحمل الحرارة.",
    ]
    page = ["صحيفة الساحل", "الرئيسية", "محليات", "أمانة جدة تبدأ تأهيل 14 حديقة قبل الصيف", "(جدة) فهد الغامدي", "الأحد 23 مارس 2025 02:14", *text]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.dateline) == ("فهد الغامدي", "جدة")
    assert list(article.paragraphs) == text


def test_the_headline_of_a_header_flattened_with_bars() -> None:
    headline = "انقطاع الكهرباء في عدن يتجاوز 14 ساعة يومياً مع نفاد وقود محطات التوليد"
    text = [
        "عدن – تشهد مدينة عدن منذ مطلع الأسبوع الجاري انقطاعات متواصلة للتيار الكهربائي تتجاوز أربع عشرة ساعة في اليوم.",
        "وقال مصدر في المؤسسة العامة للكهرباء إن القدرة التوليدية تراجعت إلى أدنى مستوياتها بسبب نفاد الوقود.",
    ]
    page = [f"اليمن الآن | أخبار محلية | {headline} | 23 مارس 2025", *text, "شارك الخبر"]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert article.date == "2025-03-23"
    assert list(article.paragraphs) == text


def test_a_live_pages_first_update_keeps_its_heading_under_its_time() -> None:
    """The first update's time and heading stand right under the share bar: the text starts at the
    time (dropped, as every update's), so the heading stays with its update."""
    head = ["Live: Strike halts trains across the country", "Thursday 20 March 2025 07:12", "Anna Peeters, Tom Claes", "Share on Facebook", "Copy link"]
    updates = [
        "14.32",
        "Unions hail strong turnout",
        "The three main unions called the day a clear signal to the government and said more action would follow.",
        '"We have seen today that people are worried about their pensions," the leader of the largest union said.',
        "13.05",
        "Airport cancels all departures",
        "No passenger flight left the airport today, the operator said, after security staff joined the strike.",
        "11.40",
        "Thousands march in the capital",
        "Police said about 28,000 people joined the march, which passed off peacefully in the city centre.",
    ]
    article = newsclean.clean("\n".join([*head, *updates]))
    assert list(article.paragraphs) == [line for line in updates if "." not in line[:3]]


def test_a_credited_caption_shown_twice_between_paragraphs_heads_no_article() -> None:
    """A picture inside the text, its caption shown twice (alt text and caption) with its credit: no
    headline echoed over the next article; the paragraphs under it stay the text's."""
    text = [
        "Traders in the old market moved into the new covered hall on Monday after two years of works.",
        "The district chief said the stalls would be allocated by lot among the traders already registered.",
        "Workers fitting the stalls inside the market - Photo: Karim Adel",
        "Workers fitting the stalls inside the market - Photo: Karim Adel",
        "During the visit, the district chief met traders from the nearby streets and listened to their requests.",
        "One trader said the move would protect sellers from repeated removal campaigns by the police.",
    ]
    article = newsclean.clean("\n".join(["New market opens in Imbaba", "By Mohamed Abdel Razek", *text]))
    assert list(article.paragraphs) == [*text[:2], *text[4:]]
    assert not article.extra_articles


def test_the_headline_of_a_header_flattened_with_dashes() -> None:
    """ "سياسة - <headline> - بغداد - 20/03/2025 - 3 دقائق للقراءة": the one long item is the headline."""
    headline = "لجنة برلمانية تستضيف وزير التخطيط لمناقشة أسباب تلكؤ 1200 مشروع في المحافظات"
    text = [
        "استضافت لجنة الخدمات النيابية اليوم الخميس وزير التخطيط لمناقشة أسباب تأخر تنفيذ المشاريع في المحافظات.",
        "وقال رئيس اللجنة في بيان إن الاجتماع بحث الحلول الممكنة لإعادة العمل في المشاريع المتوقفة منذ سنوات.",
    ]
    page = ["نبض بغداد", "الرئيسية - سياسة - اقتصاد - أمن - محافظات - رياضة - ثقافة - منوعات", f"سياسة - {headline} - بغداد - 20/03/2025 - 3 دقائق للقراءة", *text]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.date) == (headline, "2025-03-20")


def test_an_appended_article_under_its_sites_stamp_after_a_read_also_box() -> None:
    """Each article's header: the headline, then "<site> - <date> - <time>" and a share bar. The site's
    stamp is no headline, and the last headline under "اقرأ أيضاً" that stands over such a stamp heads
    the next article, not one more teaser."""
    first = [
        "أعلن مصدر في مديرية الأمن العام مساء الثلاثاء أن فرق الإطفاء سيطرت على حريق اندلع في مستودع للكرتون في منطقة سحاب.",
        "وقال المصدر إن الحريق لم يسفر عن أي إصابات بشرية، وإن الأضرار اقتصرت على محتويات المستودع وأجزاء من سقفه.",
        "وأشار إلى أن التحقيقات جارية لمعرفة أسباب الحريق، وأن فرق الدفاع المدني بقيت في الموقع لتبريده حتى ساعة متأخرة.",
    ]
    second = [
        "قالت دائرة الأرصاد الجوية إن منخفضاً جوياً متوسط الفعالية سيؤثر على المملكة اعتباراً من ظهر يوم الخميس المقبل.",
        "وتوقعت الدائرة هطول زخات من الأمطار تكون غزيرة أحياناً في شمال ووسط المملكة، مع احتمال تشكل السيول في الأودية.",
        "وبيّنت أن درجات الحرارة ستنخفض بشكل ملموس لتسجل في عمّان نحو 15 درجة مئوية نهاراً و8 درجات ليلاً.",
        "ودعت الدائرة المواطنين إلى الابتعاد عن مجاري الأودية وتوخي الحذر أثناء القيادة بسبب تدني مدى الرؤية الأفقية.",
    ]
    share = ["شارك", "فيسبوك", "واتساب"]
    page = [
        "نبض عمّان", "الرئيسية", "محليات", "اقتصاد",
        "الدفاع المدني يسيطر على حريق مستودع للكرتون في سحاب دون إصابات", "نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 19:32", *share,
        *first, "اقرأ أيضاً", "وزير العمل يلتقي ممثلي غرفة صناعة عمّان لبحث التشغيل", "تحويلات مرورية على طريق المطار لمدة أسبوعين",
        "الأرصاد: منخفض جوي يؤثر على المملكة اعتباراً من الخميس", "نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 18:05", *share,
        *second, "جميع الحقوق محفوظة © نبض عمّان 2025",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[4]
    assert list(article.paragraphs) == first
    assert len(article.extra_articles) == 1


def test_a_gallery_between_the_header_and_the_text_leaves_the_header_in_reach() -> None:
    """Headline, standfirst, writer, stamp, then a gallery of eight pictures ("1 of 8", a caption, ...)
    before the text: the gallery does not count against the header's reach."""
    gallery = []
    for number in range(1, 9):
        gallery += [f"{number} of 8", f"A view of the greenway's section number {number} near the lake shore. Photo: Ciarán Foley"]
    text = [
        "Galway County Council has approved the final route for the long-delayed greenway after a planning row of 14 months.",
        "Councillors voted 31 to 4 on Monday night to adopt the revised route, which avoids three farms near the lake.",
    ]
    page = ["The Western Courier", "News", "Sport", "Business", "Opinion", "Farming", "Life", "Subscribe", "Sign in",
            "Connemara greenway route approved after 14-month planning row", "Siobhán Gallagher", "Today at 06:00", "Share", *gallery, *text]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author) == (page[9], "Siobhán Gallagher")
    assert list(article.paragraphs) == text


def test_an_embedded_facebook_post_with_a_short_text_ends_nothing() -> None:
    """The post's text is one short sentence: its counters ("18 تعليقاً") and buttons still go with
    the post, and the text goes on under it."""
    post = ["جمعية مزارعي العنب - حلحول", "5 أيلول ·", "ندعو جميع المزارعين إلى سوق العنب يوم الجمعة.", "124", "18 تعليقاً", "37 مشاركة", "أعجبني · تعليق · مشاركة"]
    later = [
        "وفي محاولة للتخفيف من الأزمة، بدأت جمعيات زراعية بتنظيم أسواق أسبوعية يبيع فيها المزارعون إنتاجهم مباشرة.",
        "كما يلجأ عدد من المزارعين إلى تحويل جزء من المحصول إلى دبس وزبيب لتعويض جزء من خسائرهم هذا الموسم.",
    ]
    page = [HEADLINE, "الإثنين 3 فبراير 2025", LEAD, *MORE, *post, *later]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [LEAD, *MORE, post[2], *later]


def test_a_strips_labelled_item_above_the_header_is_no_headline() -> None:
    page = [
        "Daily Harmattan",
        "Home | News | Politics | Metro | Business | Sports | Opinion | Health | Video | E-Paper",
        "Latest: Senate passes bill to establish a federal university of agriculture in the north",
        "News",
        "Tricycle operators count losses as the city enforces a ban on central roads",
        "By Chinedu Okafor",
        "April 14, 2025",
        "Hundreds of tricycle operators in the capital have counted their losses since the city began to enforce a ban on its central roads.",
        "Our correspondent, who watched the enforcement in three districts, saw officers stop riders and order passengers off the tricycles.",
        "At least sixty tricycles were impounded and taken to the directorate's yard, where their owners were told to pay a fine.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[4]
    assert not article.captions  # the menu's "Video | E-Paper" is no picture's credit
    assert list(article.paragraphs) == page[7:]


def test_a_strip_of_facts_under_the_header_is_no_paragraph() -> None:
    page = [
        "النصر يهزم الاتحاد بثلاثية ويواصل ملاحقة المتصدر",
        "جدة - سامي العتيبي",
        "السبت 12 أبريل 2025 - 10:40 م",
        "النصر 3 - 0 الاتحاد",
        "الجولة 27 | ملعب مدينة الملك عبدالله",
        "واصل النصر ملاحقته للمتصدر بعد فوزه على الاتحاد بثلاثة أهداف دون رد في المباراة التي جمعتهما مساء السبت ضمن الجولة السابعة والعشرين من الدوري.",
        "وسجل أهداف النصر كل من خالد السهلي في الدقيقة 20 وفهد المطيري في الدقيقة 55 قبل أن يضيف البديل عمر الحربي الهدف الثالث في الدقائق الأخيرة.",
        "ورفع النصر رصيده إلى 64 نقطة في المركز الثاني، بفارق ست نقاط عن المتصدر قبل سبع جولات من نهاية الموسم.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[5:]


def test_a_section_label_the_menu_names_is_a_kicker_over_the_headline() -> None:
    page = [
        "Trending Now",
        "Douglas Ave. water main break",
        "Severe Weather Awareness Week",
        "Local News",
        "Water main break shuts down a stretch of Douglas Avenue downtown",
        "by: Dana Whitcomb",
        "Posted: Apr 14, 2025 / 09:30 AM CDT",
        "A water main break early Monday shut down a stretch of Douglas Avenue downtown, the city said in a statement.",
        "Crews expect to have the line repaired by Tuesday evening, but the road will stay closed until the pavement is fixed.",
        "Drivers are asked to use First Street or Central Avenue instead while the works go on, the city added.",
    ]
    article = newsclean.clean("\n".join(["Home", "News", "Local News", "Weather", "Sports", *page]))
    assert article.title == page[4]
    assert article.author == "Dana Whitcomb"


def test_a_sites_address_beside_the_date_is_no_writer() -> None:
    page = [
        "Le grand marché sera réhabilité d'ici la fin de l'année",
        "Publié le lundi 14 avril 2025 | Abidjan.net",
        "La mairie a lancé lundi les travaux de réhabilitation du grand marché, fermé depuis l'incendie de l'an dernier.",
        "Les commerçants seront relogés sur un site provisoire pendant toute la durée des travaux, selon la mairie.",
        "Le nouveau marché comptera plus de mille étals et un parking pour les camions de livraison.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author is None
    assert article.date == "2025-04-14"


def test_a_few_words_between_the_byline_and_the_first_paragraph_are_no_paragraph() -> None:
    page = [
        "المحافظة تبدأ تطوير الشواطئ العامة قبل موسم الصيف",
        "الأحد، 13 أبريل 2025 03:20 م",
        "كتب - محمود عبد الرازق",
        "أعمال التطوير بأحد الشواطئ العامة",
        "بدأت المحافظة أعمال تطوير أربعة عشر شاطئا عاما قبل موسم الصيف، تشمل تجديد المظلات ودورات المياه وممرات ذوي الهمم.",
        "وقال رئيس الإدارة المركزية للمصايف إن الأعمال ستنتهي قبل منتصف يونيو، وإن أسعار الدخول ستعلن خلال الأسبوع المقبل.",
        "وأضاف أن المحافظة خصصت ثلاثة شواطئ للدخول المجاني طوال الموسم، مع زيادة عدد المنقذين في جميع الشواطئ.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[4:]


def test_a_video_pages_headline_over_its_player_and_the_date() -> None:
    """A video page: the section's "Video" label, the headline, the player's length and controls, then
    the date. The label and the controls make a clip's box of it, but a clip's title over the
    article's date is the page's headline."""
    headline = "Sandstorm sweeps across three southern cities and grounds flights at the airport"
    paragraphs = [
        "A thick sandstorm swept across three southern cities on Friday evening, turning the sky orange and cutting visibility to a few metres in places.",
        "Hospitals in the affected provinces received dozens of people with breathing difficulties, most of them elderly people and children, medical sources said.",
        "The weather office expects the storm to ease gradually on Saturday morning, with temperatures falling by several degrees over the weekend.",
    ]
    page = ["Home", "News", "Politics", "Video", "Sport", "Video", headline, "03:12", "Play", "Mute",
            "Published: 18 April 2025 - 21:40", *paragraphs, "Share", "Facebook", "X"]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == paragraphs


def test_the_line_between_the_headline_and_the_leads_credited_picture_is_the_standfirst() -> None:
    """Headline, standfirst, the lead's picture (its caption with a credit), then the text (which need
    not open with a dateline): the line over the picture is the standfirst, not the text's first
    paragraph."""
    headline = "City to open three airport bus lines to the beaches in April"
    standfirst = "From April 1, three new bus lines will link the international airport with the coastal districts, the city said on Friday."
    paragraphs = [
        "The transport department said it had completed the tender for the operator, which will run 24 electric buses on the three lines from the first week of April.",
        "Buses will run from 5.30am to 10pm every day, every 20 to 30 minutes, and tickets will cost between one and three dollars depending on the distance.",
        "Tour guides said many visitors now take taxis from the airport, which costs them several times as much as the new buses will.",
    ]
    page = ["Home", "News", "Transport", "Friday, 21/3/2025, 15:40", headline, standfirst,
            "Buses wait for passengers at the domestic terminal. Photo: Anna Lee", *paragraphs, "Share", "Facebook"]
    article = newsclean.clean("\n".join(page))
    assert article.subtitle == standfirst
    assert list(article.paragraphs) == paragraphs


def test_a_breadcrumb_without_its_home_link_is_no_headline() -> None:
    """ "지역 > 부산·울산·경남" (region > Busan·Ulsan·Gyeongnam): sections of a few words between arrows
    over the headline, the home link left out, point the way; they are no headline (in a script
    without capitals the headline under it read as its standfirst)."""
    headline = '해운대 해수욕장 6월 조기 개장…"안전요원 두 배로 늘린다"'
    paragraphs = [
        "해운대 해수욕장이 올해 예년보다 한 달 이른 6월 1일 문을 연다. 부산시는 이른 더위에 대비해 안전요원을 지난해의 두 배로 늘리기로 했다.",
        "해운대구는 14일 기자설명회를 열고 개장 기간 동안 샤워장과 탈의실을 24시간 운영하고 파라솔 대여 요금을 동결한다고 밝혔다.",
        '구 관계자는 "지난해 6월 방문객이 이미 하루 10만 명을 넘었다"며 "조기 개장으로 안전사고를 줄이겠다"고 말했다.',
    ]
    for crumb in ("지역 > 부산·울산·경남", "지역 › 부산·울산·경남"):
        page = ["바다일보", "전체메뉴 | 정치 | 경제 | 사회 | 지역 | 국제 | 문화", "로그인 | 회원가입", crumb, headline,
                "박민수 기자", "입력 2025.04.14 09:30", "댓글 0", "공유하기", *paragraphs]
        article = newsclean.clean("\n".join(page))
        assert article.title == headline, crumb
        assert list(article.paragraphs) == paragraphs


def test_a_ticker_label_on_the_headline_over_the_date() -> None:
    """ "عاجل: <headline>" right over the article's date, with no ticker item above it: the article's
    own headline, flagged as breaking news, not an item of the site's ticker."""
    headline = "عـاجـل: نقابة المعلمين تعلن الإضراب الشامل في المدارس الحكومية ابتداء من الأحد"
    paragraphs = [
        "أعلنت نقابة المعلمين اليوم الاثنين الإضراب الشامل في جميع المدارس الحكومية ابتداء من يوم الأحد المقبل، احتجاجا على تأخر صرف الرواتب.",
        "وقالت النقابة في بيان إن الإضراب سيستمر حتى تستجيب الحكومة لمطالب المعلمين المتعلقة بالرواتب والعلاوات المتأخرة منذ أشهر.",
        "من جهتها، دعت وزارة التربية والتعليم المعلمين إلى الالتزام بالدوام، مؤكدة أنها تعمل على صرف المستحقات في أقرب وقت ممكن.",
    ]
    page = ["وكالة الأنباء المحلية", "الرئيسية - أخبار محلية - اقتصاد - رياضة", headline, "14/04/2025 - 13:40", "شارك", *paragraphs]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == paragraphs
    # An item of a ticker under another stays the ticker's
    ticker = ["عاجل: انقطاع الكهرباء عن أحياء في وسط المدينة بسبب عطل فني", "عاجل: افتتاح معرض الكتاب الدولي بمشاركة 300 دار نشر"]
    article = newsclean.clean("\n".join(["وكالة الأنباء المحلية", *ticker, headline.replace("عـاجـل: ", ""), "14/04/2025 - 13:40", *paragraphs]))
    assert article.title == headline.replace("عـاجـل: ", "")


def test_the_gregorian_date_beside_a_hijri_one_is_the_articles() -> None:
    """ "15 شوال 1446 هـ" over "14 أبريل 2025": countries start a Hijri month a day or two apart, so
    the page's own Gregorian day wins over a conversion (which gives 13 April here)."""
    paragraphs = [
        "أطلقت الحكومة أمس حملة لتوزيع عشرين ألف طن من الأعلاف على المنمين في ولايات الشرق لمواجهة آثار الجفاف هذا الموسم.",
        "وقال وزير التنمية الريفية إن الحملة ستستمر ثلاثة أشهر وستشمل أكثر من مائة نقطة توزيع في المناطق الأكثر تضررا.",
    ]
    for stamps in (["15 شوال 1446 هـ", "14 أبريل 2025"], ["14 أبريل 2025", "15 شوال 1446 هـ"]):
        page = ["الأخبار المستقلة", "الحكومة تطلق حملة لتوزيع الأعلاف على المنمين في ولايات الشرق", *stamps, *paragraphs]
        assert newsclean.clean("\n".join(page)).date == "2025-04-14", stamps
    page = ["الأخبار المستقلة", "الحكومة تطلق حملة لتوزيع الأعلاف على المنمين في ولايات الشرق", "15 شوال 1446 هـ", *paragraphs]
    assert newsclean.clean("\n".join(page)).date == "2025-04-13"  # the Hijri date alone, converted



def test_the_dates_of_a_list_between_the_headline_and_the_stamp_are_its_items() -> None:
    """Headline, "آخر الأخبار" with four headlines each over its date, then the dateline and the
    article's own stamp: the list's dates are its items', the article's is the last."""
    paragraphs = [
        "بدأت بلدية السليمانية صباح الأحد أعمال توسعة شارع سالم وسط المدينة لتخفيف الاختناقات المرورية التي يشهدها في ساعات الذروة.",
        "وقال مدير البلدية في تصريح صحفي إن الأعمال ستستمر أربعة أشهر وإن الشارع لن يغلق بالكامل خلال هذه الفترة.",
    ]
    sidebar = ["آخر الأخبار", "مجلس محافظة أربيل يصادق على خطة مشاريع العام الحالي", "2025/04/22 | 11:40",
               "افتتاح معرض للكتاب في دهوك بمشاركة 120 دار نشر", "2025/04/22 | 10:05",
               "ارتفاع منسوب المياه في سد دوكان بعد موجة الأمطار", "2025/04/21 | 18:30"]
    page = ["آزادي نيوز", "الرئيسية", "كوردستان", "العراق", "بلدية السليمانية تبدأ توسعة شارع سالم لتخفيف الاختناقات المرورية",
            *sidebar, "السليمانية - آزادي نيوز", "2025/04/20 | 09:15", *paragraphs, "مشاركة الخبر"]
    article = newsclean.clean("\n".join(page))
    assert article.date == "2025-04-20"
    assert list(article.paragraphs) == paragraphs


def test_a_labelled_byline_split_over_two_lines_under_the_standfirst() -> None:
    """Headline, standfirst, stamp, "Autor:" alone (its colon part of the label), the name: the
    writer's name, and the headline is the line over the standfirst."""
    headline = "Los cerezos del Jerte adelantan la recogida una semana por el calor de mayo"
    standfirst = "Las cooperativas prevén una cosecha un 15% inferior a la del año pasado por las heladas"
    paragraphs = [
        "CABEZUELA DEL VALLE.– La recogida de la cereza en el Valle del Jerte se ha adelantado una semana este año por las altas temperaturas de mayo.",
        "Según los datos facilitados por las cooperativas de la comarca, la producción será un quince por ciento inferior a la del año pasado.",
    ]
    page = [headline, standfirst, "Publicado el Mié, 29/05/2024 - 08:40", "Autor:", "Lucía Sánchez Prieto", *paragraphs]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.subtitle, article.author) == (headline, standfirst, "Lucía Sánchez Prieto")
    assert list(article.paragraphs) == paragraphs


def test_a_link_to_the_writers_other_columns_is_no_headline() -> None:
    """An opinion blog's author box over the column ("Ver todas sus columnas", "View all posts by ..."):
    a link, not the headline."""
    headline = "La presa llena no es un plan"
    paragraphs = [
        "Hace tres años, en pleno verano, media ciudad hacía fila con cubetas frente a las pipas mientras las presas estaban casi vacías.",
        "Las lluvias de los últimos dos años fueron generosas, pero la memoria colectiva es corta y el consumo ya volvió a crecer.",
    ]
    for link in ("Ver todas sus columnas", "Más columnas de Rodrigo Salcedo"):
        page = ["Blogs > Agua de por medio", "Rodrigo Salcedo Ibarra", "Ingeniero hidráulico y consultor en gestión del agua.", link,
                headline, "3 de marzo de 2025", "Compartir:", *paragraphs]
        assert newsclean.clean("\n".join(page)).title == headline, link


def test_a_text_browsers_link_number_in_the_byline() -> None:
    """ "بقلم: [16]سالم الهنائي" (lynx -dump numbers each link): the writer's name without the number."""
    line = "بقلم: [16]سالم بن ناصر الهنائي"
    assert byline.byline_author(fold(line), line, len(line.split())) == "سالم بن ناصر الهنائي"


def test_headline_over_highlights() -> None:
    """A tabloid's headline over its highlights (sentences without bullets that sum the story up), then
    the byline: the headline is the line over the highlights, not the last highlight over the byline."""
    page = "\n".join(
        [
            "Home", "News", "Sport", "Money", "Travel",
            "Grandmother, 79, who found a rare gold coin in her garden gives the money to the village school library",
            "Edith Marlow dug up the coin while planting potatoes behind her cottage in April",
            "Auctioneers sold the coin to a private collector for more than £30,000 last week",
            "The school library will now stay open on Saturdays for the next three years",
            "By HARRIET DOYLE FOR THE EVENING LAMP",
            "Published: 10:32 GMT, 3 March 2025",
            "A grandmother who found a rare gold coin while planting potatoes in her garden has given the money to the village school library.",
            "Edith Marlow, 79, said she had never expected the coin to be worth more than a few pounds when she dug it up in April.",
            "Auctioneers in Exeter sold the coin last week to a private collector for more than £30,000, far above its estimate.",
            "The library will now open on Saturdays for three years, the head teacher said, thanking Mrs Marlow for the gift.",
        ]
    )
    article = newsclean.clean(page)
    assert article.title is not None and article.title.startswith("Grandmother, 79,")
    assert article.author == "HARRIET DOYLE"
    assert "Auctioneers sold the coin" not in article.body


def test_ticker_items_over_headline_stay_items() -> None:
    """Headline-shaped lines over the headline that tell other stories (a "most read" list's items) do
    not take the title, however many there are: only lines in the text's own words make highlights."""
    page = "\n".join(
        [
            "Most read",
            "Council approves new cycle lanes along the seafront road after long consultation",
            "Storm warning issued for the northern coast as winds are expected to reach gale force",
            "Local bakery wins national award for its sourdough loaf for the second year running",
            "Harbour ferry fares to rise by ten percent from April",
            "By Tom Ridley",
            "Sat 9 Mar 2024 17:21 GMT",
            "Ferry fares across the harbour will rise by ten percent from April, the operator said on Saturday.",
            "The company blamed higher fuel costs and the renewal of two of its oldest boats for the increase.",
            "Season tickets for commuters will rise by a smaller amount, about six percent, the operator added.",
        ]
    )
    assert newsclean.clean(page).title == "Harbour ferry fares to rise by ten percent from April"


def test_relative_stamp_is_no_headline() -> None:
    """ "Posted 3h ago3 hours ago, updated 1h ago1 hour ago" (two spans run together) is a stamp."""
    page = "\n".join(
        [
            "Rural",
            "Farmers cart water for stock as the dry spell drags on",
            "Topic:Drought",
            "Posted 3h ago3 hours ago, updated 1h ago1 hour ago",
            "By Tahlia Nguyen",
            "Farmers on the peninsula say they are spending thousands of dollars a week carting water for their stock.",
            "Rainfall at the town has been well below average for the past twelve months, the bureau said.",
            "Growers say a support package announced last month is too slow to reach the farms that need it.",
        ]
    )
    assert newsclean.clean(page).title == "Farmers cart water for stock as the dry spell drags on"


def test_writer_named_again_under_teasers() -> None:
    """A newsletter's writer under the post's headline, named again under the dates of the other posts
    listed after the text: the name is the author, not a label the page repeats."""
    page = "\n".join(
        [
            "Harbour Notes",
            "Subscribe",
            "What happens to a small town when the last bank branch closes",
            "Six weeks after the branch shut, the answer is more than the bank thinks",
            "Daniel Whitcombe",
            "Mar 09, 2025",
            "On the last Friday in January, the bank branch on Main Street closed its doors for good after sixty years.",
            "I have spent the six weeks since talking to people about what the closure means for the town.",
            "The short version is that it means more than the bank thinks, and less than the local forums fear.",
            "The harbor dredging fight, explained",
            "Feb 23",
            "Daniel Whitcombe",
            "Our school board just did something sensible",
            "Feb 09",
            "Daniel Whitcombe",
        ]
    )
    assert newsclean.clean(page).author == "Daniel Whitcombe"


def test_columnist_over_the_label_of_his_picture() -> None:
    """The columnist's name over his picture's label naming him ("صورة الكاتب <name>"), then the
    column's headline: the name is the author, the headline the title."""
    page = "\n".join(
        [
            "الرئيسية", "محليات", "اقتصاد", "الرأي", "كتّاب الرأي",
            "سالم بن راشد العتيبي",
            "صورة الكاتب سالم بن راشد العتيبي",
            "حين تصبح الحدائق بنية تحتية",
            "الأحد 5 أكتوبر 2025",
            "في كل صيف يتكرر المشهد ذاته في شوارع مدننا: أرصفة خالية من المارة، وحدائق مغلقة في ساعات النهار الطويلة.",
            "الحقيقة أن المشي في مدينة حارة ليس قرارا شخصيا فحسب، بل نتيجة لتصميم المدينة نفسها وما توفره من ظل.",
            "إن المدينة التي تحترم الماشي فيها تحترم سكانها جميعا، وهذا ما ينبغي أن تبدأ به خطط التطوير المقبلة.",
        ]
    )
    article = newsclean.clean(page)
    assert article.title == "حين تصبح الحدائق بنية تحتية"
    assert article.author == "سالم بن راشد العتيبي"


def test_a_short_headline_under_a_next_article_label_starts_the_appended_article() -> None:
    """ "Next article" over a headline of four words, its date and two paragraphs: the page announces
    the next article, whose headline may be shorter than an appended article's usually is."""
    text = [
        "The county council approved a new budget for road repairs on Tuesday, setting aside 4.2 million pounds for the next two years.",
        "Councillors said the money would go first to the rural routes that were damaged by the floods of last winter.",
        "Work on the first twelve roads is expected to begin in May and to last until the end of the summer.",
    ]
    appended = [
        "The town library will reopen on Monday after a renovation that took almost eighteen months to finish.",
        "Visitors will find a new children's room, a reading garden and twice as many computers as before the works.",
    ]
    page = ["Budget for road repairs approved", "12 March 2025", *text, "Share", "Next article", "Library reopens Monday",
            "12 March 2025", *appended, "About us", "Contact"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert len(article.extra_articles) == 1 and "renovation" in article.extra_articles[0]


def test_a_competition_and_its_round_is_no_dateline() -> None:
    # A score card's "league - round 16" over the headline; the writer's "place - name" under it.
    page = [
        "الدوري الكويتي الممتاز - الجولة 16", "العربي", "2 - 1", "السالمية", "انتهت",
        "العربي يقلب الطاولة على السالمية ويعتلي صدارة الدوري", "الكويت - عبدالعزيز المطيري", "الجمعة 14 فبراير 2025 - 22:48",
        "قلب العربي تأخره بهدف إلى فوز ثمين على السالمية بنتيجة 2-1 في المباراة التي جمعتهما مساء الجمعة على استاد صباح السالم.",
        "وبهذا الفوز رفع الفريق رصيده إلى 34 نقطة ليعتلي الصدارة مؤقتا بفارق نقطة واحدة عن أقرب ملاحقيه في الترتيب.",
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.dateline, article.author) == ("الكويت", "عبدالعزيز المطيري")


def test_a_columnists_name_under_the_label_of_his_picture() -> None:
    # Headline, the picture's label naming the writer, the name, the role, the date: the name is no headline.
    title = "حين أُطفئت شاشات المدينة: عن السينما التي لم تعد"
    text = [
        "في صيف عام 1988، اصطحبني أبي إلى سينما في شارع السعدون ببغداد لمشاهدة فيلم لا أذكر منه اليوم سوى صوت المروحة.",
        "مرّت سنوات طويلة قبل أن أعود إلى الشارع نفسه، فوجدت السينما قد صارت مخزناً للأجهزة الكهربائية المستعملة.",
    ]
    page = ["الرئيسية", "آراء", title, "صورة الكاتب هشام الدباغ", "هشام الدباغ", "كاتب وصحفي", "الأحد 12 أكتوبر 2025", *text]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author) == (title, "هشام الدباغ")


def test_a_headline_closed_with_a_full_stop_over_its_byline() -> None:
    # Magazines and newsletters end their headlines with a full stop; with no headline-shaped line
    # above the text, the one right over the byline and the date is the headline (one under a headline
    # is its standfirst: see test_a_standfirst_printed_again_as_the_lead_paragraph_stays_in_the_text).
    text = [
        "When the first storm of the season closed the valley road in November, the county's snowplow fleet had four drivers for eleven routes.",
        "By February, two of them had quit, and residents of the upper valley were waiting up to three days for a plowed road.",
        "County officials say they raised wages twice this winter and still could not fill the jobs.",
    ]
    page = [
        "Skip to content", "Donate", "Newsletters", "Search",
        "The county lost half its snowplow drivers. The upper valley waited days for a road.",
        "by Morgan Hale", "January 14, 2025", "Share on Facebook", *text, "Republish this story",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "The county lost half its snowplow drivers. The upper valley waited days for a road."
    assert list(article.paragraphs) == text


@pytest.mark.parametrize(
    ("headline", "standfirst", "name", "stamp"),
    [
        # Tamil, Gujarati: the writer's name alone between the standfirst and the date, in a script without capitals
        ("வேளச்சேரியில் மழைநீர் வடிகால் பணி: 45 நாள்களுக்கு போக்குவரத்து மாற்றம்", "பருவமழைக்கு முன் பணிகளை முடிக்க மாநகராட்சி இலக்கு; மாற்றுப் பாதைகள் அறிவிப்பு", "ச. பிரபாகரன்", "Published on: 19 Aug 2025, 6:12 am"),
        ("AMTSના કાફલામાં જૂન સુધીમાં ૧૫૦ નવી ઇલેક્ટ્રિક બસ ઉમેરાશે", "પૂર્વ અમદાવાદના રૂટને પ્રાથમિકતા, ઓઢવ અને વાસણા ડેપોમાં ચાર્જિંગ સ્ટેશન બનશે", "કુણાલ ત્રિવેદી", "Feb 18, 2025 | 08:45 PM"),
    ],
)
def test_a_writers_name_alone_in_an_indic_script_is_the_byline(headline: str, standfirst: str, name: str, stamp: str) -> None:
    text = [
        "மாநகராட்சி அதிகாரிகள் செவ்வாய்க்கிழமை வெளியிட்ட அறிவிப்பில், வடிகால் பணிகள் நாற்பத்தைந்து நாள்கள் நடைபெறும் என்று தெரிவித்துள்ளனர்.",
        "இந்தக் காலகட்டத்தில் பிரதான சாலையில் வாகனங்கள் செல்ல மாற்றுப் பாதைகள் அறிவிக்கப்பட்டுள்ளன என்றும் அவர்கள் கூறினர்.",
    ]
    article = newsclean.clean("\n".join(["முகப்பு", "சென்னை", headline, standfirst, name, stamp, *text, "Tags", "Advertisement"]))
    assert article.title == headline
    assert article.author == name


def test_a_weather_strips_city_and_temperature_is_no_headline() -> None:
    # The strip above the section's label and the date, the headline under the date: "Yerevan +34°C" is
    # the weather's, not the article's.
    headline = "Apricot exports rise by a third as lorries queue for days at the northern border crossing"
    text = [
        "Exports of fresh apricots rose by about 30 percent in the first half of the season, the economy ministry said on Friday.",
        "Hauliers say queues at the border crossing have grown to four days, and some loads have spoiled in the heat.",
    ]
    page = ["Home", "News", "USD 386.42", "EUR 452.17", "Yerevan +34°C", "Economy", "04.07.2025, 15:42", headline, *text, "Tags", "Share"]
    assert newsclean.clean("\n".join(page)).title == headline
