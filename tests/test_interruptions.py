"""Things set between an article's paragraphs that are not the article: a single teaser card, a
video player with its "More videos" row, a reader poll, an embedded post, a pull quote, an app's
promotion. They go; the text goes on under them (holdout round 310's theme, on pages composed here)."""

from __future__ import annotations

import newsclean

HEADER = [
    "Harbour Gazette",
    "Home",
    "News",
    "Council approves new budget for the harbour district after a long debate",
    "By Jane Holloway",
    "March 4, 2025",
]
ABOVE = [
    "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours.",
    "Members of the opposition said the plan left too little money for the repair of the old sea wall near the port.",
]
BELOW = [
    "The mayor said the first works would start in the spring and would last for about two years in all.",
    "Residents will be able to comment on the detailed plans at a public meeting in the town hall next month.",
]
FOOTER = ["Tags", "Harbour", "Council", "© 2025 Harbour Gazette. All rights reserved."]


def clean(*between: str, above: list[str] = ABOVE) -> newsclean.Article:
    return newsclean.clean("\n".join([*HEADER, *above, *between, *BELOW, *FOOTER]))


def assert_text_only(article: newsclean.Article, above: list[str] = ABOVE) -> None:
    assert list(article.paragraphs) == [*above, *BELOW]


CARD = [
    "ANALYSIS",
    "Why the old sea wall keeps failing after every winter storm",
    "Our reporters went through ten years of inspection records and found that the same three sections were patched again and again.",
]


def test_a_lone_teaser_card_with_its_reading_time_goes() -> None:
    article = clean(*CARD, "6 min read")
    assert_text_only(article)
    assert article.title == HEADER[3]


def test_a_lone_card_after_the_first_paragraph_goes_and_its_headline_may_ask() -> None:
    """One paragraph above it is enough; "؟" ends a headline too; a reading time in Arabic-Indic digits."""
    lead = ["أعلنت البلدية يوم الثلاثاء عن خطة جديدة لترميم السور البحري القديم في الميناء بعد سنوات من التأجيل."]
    below = [
        "وقال رئيس البلدية إن الأشغال ستبدأ في الربيع المقبل وستستمر نحو عامين، على أن تنفذ على ثلاث مراحل.",
        "وأضاف أن سكان الحي سيتمكنون من الاطلاع على المخططات التفصيلية خلال اجتماع عام في قاعة البلدية الشهر المقبل.",
    ]
    card = ["تحليل", "لماذا ينهار السور البحري بعد كل عاصفة شتوية؟", "راجع فريقنا سجلات الفحص لعشر سنوات ووجد أن الأجزاء نفسها رممت مرة بعد أخرى دون معالجة أسباب التآكل.", "قراءة ٥ دقائق"]
    page = ["جريدة الميناء", "الرئيسية", "البلدية تقر خطة لترميم السور البحري", "الثلاثاء 4 مارس 2025", *lead, *card, *below, "الوسوم", "الميناء"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*lead, *below]


def test_a_lone_card_under_its_badge_or_its_link_goes() -> None:
    assert_text_only(clean(*CARD, "Premium"))
    french_card = [
        "DOSSIER",
        "Les digues du littoral face aux tempêtes d'hiver",
        "Une digue sur trois a plus de soixante ans, et les communes doivent trouver des millions d'euros pour les remettre en état.",
    ]
    assert_text_only(clean(*french_card, "Lire le dossier"))


def test_a_read_also_card_with_a_kicker_loses_its_summary_too() -> None:
    article = clean("Read more", *CARD)
    assert_text_only(article)


def test_articles_each_over_read_more_stay_a_list_of_the_text() -> None:
    """A review's products, each a name, a sentence and "Read more": no box of teasers."""
    products = [
        "Brother Harbour 20 sewing machine",
        "This is the cheapest machine on the list and it still sews a clean straight stitch on heavy cotton.",
        "Read more",
        "Janome Quay 35 sewing machine",
        "A sturdy machine for beginners that we used for a month without a single problem with the tension.",
        "Read more",
    ]
    article = clean(*products)
    assert products[1] in article.paragraphs and products[4] in article.paragraphs


def test_a_video_player_with_more_videos_between_paragraphs() -> None:
    player = [
        "Video",
        "Residents react as the council approves the harbour budget",
        "2:14",
        "Watch",
        "More videos",
        "Ferry timetable changes for the summer season",
        "1:48",
        "Fishing boats return to the old quay after repairs",
        "3:05",
    ]
    article = clean(*player)
    assert_text_only(article)
    assert not article.extra_articles


def test_an_arabic_player_with_its_play_button_and_more_videos() -> None:
    lead = ["نجح عدد من الشباب المتطوعين في مدينة الميناء بمحافظة الساحل في تحويل مبنى مهجور إلى مدرسة مجانية لتعليم البرمجة للأطفال."]
    below = [
        "وقال مؤسس المبادرة إن الفكرة بدأت عندما لاحظ هو وزملاؤه أن المبنى مغلق منذ سنوات، فتواصلوا مع الجمعية المالكة وحصلوا على موافقتها.",
        "وتستقبل المدرسة حاليا ثلاث مجموعات أسبوعيا، تضم كل منها نحو عشرين طفلا تتراوح أعمارهم بين تسعة أعوام وأربعة عشر عاما.",
    ]
    player = ["فيديو", "شاهد.. أطفال الميناء يبرمجون أول لعبة إلكترونية", "02:14", "تشغيل", "المزيد من الفيديوهات", "جولة داخل سوق السمك قبل دخول الشتاء", "01:36", "أهالي الحي القديم يطالبون بإنارة الطريق", "03:02"]
    page = ["بوابة الساحل", "الرئيسية", "شباب متطوعون يحولون مبنى مهجورا إلى مدرسة للبرمجة", "الثلاثاء 4 نوفمبر 2025", *lead, *player, *below, "الكلمات المتعلقة", "الميناء"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*lead, *below]


def test_a_poll_under_what_do_you_think_ends_nothing() -> None:
    poll = ["What do you think?", "Should the council spend more on the sea wall?", "Yes", "No", "Not sure", "Vote", "See results"]
    assert_text_only(clean(*poll))


def test_an_instagram_post_over_its_link_goes_whole() -> None:
    post = [
        "harbour_rowing_club",
        "Voir ce profil",
        "Dernier entraînement au vieux port pour nos juniors avant la fermeture du bassin. Merci à tous les parents qui assureront les navettes vers Saint-Malo pendant les deux prochaines années ! #aviron",
        "Voir cette publication sur Instagram",
        "Une publication partagée par Harbour Rowing Club (@harbour_rowing_club)",
    ]
    article = clean(*post)
    assert_text_only(article)
    rules = {line.text: line.rule for line in article.lines}
    assert rules[post[0]] == rules[post[2]] == "structure.embedded-post"  # the post, as one, not fragments


def test_an_embedded_posts_header_under_a_short_last_sentence_goes() -> None:
    above = [*ABOVE, "Entry to the meeting is free."]
    post = ["Harbour Residents Group", "@harbour_residents", "We will be there on Tuesday with our own plans for the sea wall.", "1:45 PM · Mar 3, 2025"]
    article = clean(*post, above=above)
    assert "@harbour_residents" not in article.body and "1:45 PM" not in article.body
    assert list(article.paragraphs)[: len(above)] == above


def test_a_pull_quote_repeating_a_short_paragraph_leaves_it_once() -> None:
    said = "The schools are affected as well."
    between = [said, "Fifteen primary schools take their pupils to the harbour pool for their swimming lessons every week.", said]
    article = clean(*between)
    assert list(article.paragraphs).count(said) == 1
    assert list(article.paragraphs)[: len(ABOVE) + 1] == [*ABOVE, said]


def test_an_apps_promotion_box_goes() -> None:
    box = ["Read the Harbour Gazette on the go", "Download our app for breaking news alerts from the harbour and the coast.", "Enter your mobile number", "Get App Link"]
    assert_text_only(clean(*box))


def test_a_republishing_licence_note_goes() -> None:
    note = "Harbour Gazette is an independent newsroom. You may republish our articles for free, online or in print, under a Creative Commons license."
    article = newsclean.clean("\n".join([*HEADER, *ABOVE, *BELOW, note, *FOOTER]))
    assert note not in article.body
    assert list(article.paragraphs) == [*ABOVE, *BELOW]


def test_read_also_teasers_each_a_headline_over_its_summary_go() -> None:
    """ "اقرأ أيضا:" over two teasers, each its headline and a summary sentence without a date: the
    box's lines, down to the text's subheading."""
    lead = [
        "أنهت مجموعة من شبان الحي القديم ترميم درج حجري يعود إلى مطلع القرن الماضي، بعد أشهر من العمل التطوعي في عطلات نهاية الأسبوع.",
        "وقال منسق المبادرة إن الفكرة بدأت في الربيع حين انهار جزء من الدرج بعد عاصفة مطرية، فقرر السكان إصلاحه بأنفسهم.",
    ]
    box = [
        "اقرأ أيضا:",
        "افتتاح مكتبة عامة صغيرة في حديقة الحي بمبادرة من طلبة الجامعة",
        "حول طلبة جامعيون كشكا خشبيا مهجورا في إحدى حدائق الحي إلى مكتبة مفتوحة تضم أكثر من ألف كتاب تبرع بها السكان.",
        "مقهى قديم في وسط المدينة يغلق أبوابه بعد سبعين عاما من العمل",
        "أعلن أصحاب المقهى أنهم لن يجددوا عقد الإيجار بعد ارتفاع قيمته إلى ثلاثة أضعاف، ويقول رواده إنهم خسروا مكانا للقاء.",
    ]
    rest = [
        "ترميم بالحجر الأصلي",
        "وأوضح المهندس المتطوع أن الفريق حرص على استخدام الحجارة الأصلية التي جمعت من الموقع، واستكمل الناقص منها من مقلع قريب.",
        "وأضاف أن الترميم شمل أيضا تركيب إنارة تعمل بالطاقة الشمسية على جانبي الدرج لتسهيل استخدامه ليلا.",
    ]
    page = ["صحيفة الشرفة", "الرئيسية", "شبان يرممون درجا حجريا عمره مئة عام", "الثلاثاء 4 نوفمبر 2025", *lead, *box, *rest, "الوسوم:", "تراث"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*lead, *rest]


def test_a_latest_news_list_with_times_over_the_header_gives_no_title() -> None:
    """Its heading out of the header's reach, a list of headlines each under its time ("2:41 م")
    stands over the article's header: its items are no headline."""
    listed = []
    for time, headline in [
        ("2:41 م", "بدء استقبال طلبات الدعم السكني للدفعة الثانية من المستفيدين"),
        ("2:25 م", "منتخبنا للناشئين يواجه نظيره الأردني وديا استعدادا للتصفيات"),
        ("1:58 م", "ارتفاع الصادرات غير النفطية بنسبة ستة في المائة حتى نهاية سبتمبر"),
        ("1:30 م", "أمطار متفرقة على المحافظات الشمالية خلال الساعات المقبلة"),
    ]:
        listed += [time, headline]
    title = "صدور خمسة مراسيم بتعيين سفراء وإنشاء محمية طبيعية جديدة"
    text = [
        "صدرت اليوم خمسة مراسيم تقضي بتعيين عدد من السفراء وإنشاء محمية طبيعية جديدة في المحافظة الجنوبية.",
        "ونص المرسوم الأول على إنشاء محمية طبيعية تضم عددا من الكهوف والأودية، على أن تتولى هيئة البيئة إدارتها.",
        "وقضى المرسوم الثاني بتعيين سفراء جدد في عدد من العواصم، فيما نص الثالث على تعيين وكيلين في وزارتين.",
    ]
    menu = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "آراء", "آخر الأخبار"]
    page = ["صحيفة الأصداء", *menu, *listed, "المزيد", "الرئيسية", "محليات", title, "نشر في: 6 نوفمبر 2025 - 1:12 م", *text, "الوسوم", "مراسيم"]
    article = newsclean.clean("\n".join(page))
    assert article.title == title
    assert list(article.paragraphs) == text


# HTML: the same cards as CMSs write them inside the article's container.
HTML_PARAGRAPHS = [
    "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours in the town hall.",
    "Members of the opposition said the plan left too little money for the repair of the old sea wall near the fishing port.",
    "The mayor said the first works would start in the spring and would last for about two years, in three separate phases.",
    "Residents will be able to comment on the detailed plans at a public meeting in the town hall next month, the council said.",
]
CARD_SUMMARY = "Our reporters went through ten years of inspection records and found that the same three sections were patched again and again."


def html_page(card: str) -> str:
    first, second, third, fourth = (f"<p>{text}</p>" for text in HTML_PARAGRAPHS)
    return (
        "<!doctype html><html><head><title>Council approves harbour budget | Harbour Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Council approves new budget for the harbour district</h1><p class='byline'>By Jane Holloway</p>"
        f"<div class='article-body'>{first}{second}{card}{third}{fourth}</div></article>"
        "<footer><p>© 2025 Harbour Gazette. All rights reserved.</p></footer></body></html>"
    )


def test_html_a_teaser_card_in_a_read_also_box_goes() -> None:
    """A Joomla-like "read-also-box" between paragraphs, kept by trafilatura: its summary goes too."""
    card = (
        "<div class='read-also-box'><span class='ra-label'>Exclusive</span>"
        "<h4><a href='/sea-wall'>Why the old sea wall keeps failing after every winter storm</a></h4>"
        f"<p class='introtext'>{CARD_SUMMARY}</p><span class='date'>15 January 2025</span></div>"
    )
    article = newsclean.clean_html(html_page(card))
    assert list(article.paragraphs) == HTML_PARAGRAPHS


def test_html_a_teaser_card_in_an_aside_goes() -> None:
    """An <aside> in the article: a linked headline with its kicker, and the summary under it."""
    card = f"<aside class='teaser'><a href='/sea-wall'><span>Opinion</span>Why the old sea wall keeps failing</a><p>{CARD_SUMMARY}</p></aside>"
    article = newsclean.clean_html(html_page(card))
    assert CARD_SUMMARY not in article.body
    assert list(article.paragraphs) == HTML_PARAGRAPHS


def test_html_a_read_also_card_written_as_paragraphs_goes() -> None:
    """SPIP-like: "À lire aussi", the kicker, the linked headline, the summary and the date, each a <p>."""
    paragraphs = [
        "Le conseil municipal a voté mardi le nouveau budget du quartier du port, après un débat de quatre heures.",
        "L'opposition estime que le plan laisse trop peu d'argent pour la réparation de la vieille digue du port de pêche.",
        "Le maire a indiqué que les premiers travaux commenceraient au printemps et dureraient environ deux ans.",
        "Les habitants pourront donner leur avis sur les plans détaillés lors d'une réunion publique le mois prochain.",
    ]
    first, second, third, fourth = (f"<p>{text}</p>" for text in paragraphs)
    card = (
        "<p>À lire aussi</p><p>ENQUÊTE</p><p><a href='/digue'>Digues : pourquoi le littoral reste vulnérable</a></p>"
        "<p class='chapo'>Ouvrages saturés, réseaux vieillissants, entretien repoussé : notre enquête dans les communes du littoral.</p>"
        "<p class='date'>28 janvier 2025</p>"
    )
    page = (
        "<!doctype html><html><head><title>Le budget du port adopté</title></head><body><article><h1>Le budget du port adopté</h1>"
        f"<div class='texte'>{first}{second}{card}{third}{fourth}</div></article><footer><p>© 2025 L'Écho du port</p></footer></body></html>"
    )
    article = newsclean.clean_html(page)
    assert list(article.paragraphs) == paragraphs
