"""What a naive renderer does to a page's header and its boxes: it glues a bar of adjacent links into
one line ("Share on FacebookShare on XEmail"), puts the writer's name and the stamp on one line
("Bridget Mulcahy State Political Reporter May 6, 2025 - 5:00AM"), and renders a box set inside the
article between two of its paragraphs. The article comes out whole all the same."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label
from newsclean.metadata import dates

HEADLINE = "Lindisfarne to get a ferry stop by the end of the year as commuter numbers soar"
LEAD = (
    "A new ferry stop at Lindisfarne will open by the end of the year, the state government has "
    "confirmed, as commuter numbers on the river service climb for a third straight year."
)
SECOND = (
    "The transport minister said the pontoon and its shelter would be built at the end of the street, "
    "with the first services calling there in the week before Christmas."
)
THIRD = (
    "Local residents who catch the ferry to work said the service had changed their mornings, and "
    "asked for more evening services once the new stop is open."
)


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def label_of(article: newsclean.Article, text: str) -> Label:
    return next(line.label for line in article.lines if line.text == text)


@pytest.mark.parametrize(
    ("glued", "label"),
    [
        ("Share on FacebookShare on XEmailSave articleGift this article", Label.SHARE),
        ("Facebook'ta PaylaşX'te PaylaşWhatsApp'ta Paylaş", Label.SHARE),
        ("ПоделитьсяВКонтактеОдноклассникиTelegram", Label.SHARE),
        ("Lire aussiNamur : le nombre de cyclistes a doublé en cinq ans", Label.RELATED),
        ("اقرأ أيضاًمشتل للنباتات المحلية يوزع 20 ألف شتلة على المدارس", Label.RELATED),
        ("Читайте такжеВ Костроме отреставрируют пожарную каланчу", Label.RELATED),
    ],
    ids=["share-en", "share-tr", "share-ru", "read-also-fr", "read-also-ar", "read-also-ru"],
)
def test_links_the_renderer_glued_together_go(glued: str, label: Label) -> None:
    """A share bar's links glued into one line, over the text; a "read also" label glued to its
    headline, inside the text."""
    header = ["News", HEADLINE, "By Bridget Mulcahy", "May 6, 2025"]
    lines = [*header, glued, LEAD] if label is Label.SHARE else [*header, LEAD, glued]
    article = newsclean.clean(page(*lines, SECOND, THIRD))
    assert label_of(article, glued) is label
    assert article.body == "\n".join([LEAD, SECOND, THIRD])


def test_a_sentence_with_a_brands_capital_inside_a_word_stays() -> None:
    sentence = "The iPhone maker said on Tuesday that its WhatsApp rival and YouTube would join the scheme."
    article = newsclean.clean(page(HEADLINE, "May 6, 2025", LEAD, sentence, SECOND))
    assert sentence in article.paragraphs


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Bridget Mulcahy State Political Reporter May 6, 2025 - 5:00AM", "2025-05-06"),
        ("رامي عبد الله الأحد 11 مايو 2025 - 09:30", "2025-05-11"),
        ("Ana Ruiz Lozano y Pablo Sanz Madrid 10/09/2024 - 13:15h", "2024-09-10"),
    ],
    ids=["en-role", "ar", "es-two-writers"],
)
def test_a_writers_line_with_a_date_and_a_time_is_no_headline(stamp: str, iso: str) -> None:
    article = newsclean.clean(page("News", HEADLINE, stamp, "Share on FacebookShare on XEmail", LEAD, SECOND, THIRD))
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.date == iso


def test_a_date_and_a_time_on_a_line_make_a_stamp_a_date_alone_does_not() -> None:
    assert dates.dated_and_timed("Jimmy Nsubuga for Metro Wednesday 29 Mar 2017 4:20 pm")
    assert dates.dated_and_timed("Publié le 07/03/2025 à 18h12")
    assert not dates.dated_and_timed("Storm Agnes: what the 6 May 2025 warnings mean for you")
    assert not dates.dated_and_timed("Polls close at 8:00 tonight")


@pytest.mark.parametrize(
    "byline",
    ["Orion Jones on November 8, 2012, 10:57 AM", "Josiah Wilmoth on 20/10/2017"],
)
def test_a_name_on_a_date_is_a_byline(byline: str) -> None:
    article = newsclean.clean(page("News", HEADLINE, byline, LEAD, SECOND, THIRD))
    assert article.author == byline.split(" on ")[0]
    assert article.title == HEADLINE
    assert article.date is not None


def test_a_bbc_stamp_in_two_time_zones_is_a_date_line() -> None:
    assert dates.is_date_line("Last Updated: Thursday, 13 October 2005, 10:36 GMT 11:36 UK")
    assert dates.is_date_line("Page last updated at 20:32 GMT, Monday, 4 May 2009 21:32 UK")


BEFORE_BOX = [
    "A feasibility study commissioned by the two local councils puts the cost at £14.2m, with the bulk "
    "going on drainage, lighting and a new surface for the whole length of the route.",
    "The chair of the tunnel trust said the scheme had been talked about in every pub in the valley for "
    "thirty years, and that the study was the first to put real numbers on paper.",
    "“People can finally see that it isn’t a pipe dream,” she said, standing at the sealed northern portal.",
    "People can finally see that it isn’t a pipe dream",
]


def test_the_text_goes_on_after_a_related_box_with_the_list_it_announces() -> None:
    """Under the box: a subheading, paragraphs, and a list the text announces; the list's items are
    the text's, not the box's teasers."""
    items = [
        "£6m bid to the government's active travel fund",
        "£3.5m from the two councils' transport budgets",
        "£2.7m from charitable trusts and a public appeal",
        "£2m in match funding from a regional tourism body",
    ]
    rest = [
        "Supporters point to similar schemes elsewhere in England, which they say have brought tens of "
        "thousands of extra visitors a year to towns along their routes.",
        "Not everyone is convinced.",
        "Some residents have raised concerns about parking and antisocial behaviour near the eastern "
        "entrance, and asked the councils to say who would look after the route at night.",
    ]
    text = page(
        "News", HEADLINE, "By Bridget Mulcahy", "May 6, 2025", LEAD, SECOND, *BEFORE_BOX,
        "Related articles",
        "Why Britain's forgotten railway tunnels are getting a second life",
        "Council leaders back £40m plan for a Pennine cycle network",
        "Walkers rescued after getting lost in a disused railway cutting",
        "Bats and bricks",
        THIRD,
        "The study identifies two colonies of protected bats roosting near the western portal, meaning "
        "some of the work could only be carried out between October and March.",
        "Advertisement",
        "Funding would come from a mix of sources:",
        *items,
        *rest,
        "Most read",
        "Harlow United sack manager after six straight defeats",
    )
    article = newsclean.clean(text)
    for line in [THIRD, *items, *rest, "Bats and bricks"]:
        assert line in article.paragraphs
    assert "Council leaders back £40m plan for a Pennine cycle network" not in article.body


def test_a_writers_name_right_before_the_date_is_a_byline() -> None:
    standfirst = "The council wants 450 floating homes built; residents of the first floating street are keen."
    article = newsclean.clean(page("News", HEADLINE, standfirst, "Sanne Dijkstra 27 mei 2025, 05:00", LEAD, SECOND, THIRD))
    assert article.author == "Sanne Dijkstra"
    assert article.date == "2025-05-27"
    assert article.body == "\n".join([LEAD, SECOND, THIRD])


def test_a_writers_name_right_before_a_worded_stamp_is_a_byline() -> None:
    stamp = "Léa Berthoud Publié le 21 octobre 2025 à 06:58 Modifié le 21 octobre 2025 à 09:14"
    article = newsclean.clean(page("Actualités", "Les crèches du canton peinent à recruter du personnel", stamp, LEAD, SECOND, THIRD))
    assert article.author == "Léa Berthoud"
    assert article.date == "2025-10-21"


def test_a_label_glued_to_the_name_names_no_writer() -> None:
    article = newsclean.clean(page("News", HEADLINE, "ByShivya Nath 27 May 2025", LEAD, SECOND, THIRD))
    assert article.author != "ByShivya Nath"


def test_a_word_that_starts_with_the_labels_last_word_is_no_glue() -> None:
    sentence = "Lire aussitôt le rapport des experts serait une erreur, a prévenu le maire devant le conseil municipal."
    article = newsclean.clean(page("News", HEADLINE, "May 6, 2025", LEAD, sentence, SECOND))
    assert sentence in article.paragraphs


def test_a_consent_banners_sentences_go_and_the_article_stays_the_main_text() -> None:
    banner = [
        "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo "
        "consenso, anche per altre finalità come specificato nella cookie policy.",
        "Per quanto riguarda la pubblicità, noi e terze parti selezionate, potremmo utilizzare dati di "
        "geolocalizzazione precisi e l'identificazione attraverso la scansione del dispositivo.",
        "Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento, accedendo al "
        "pannello delle preferenze.",
    ]
    article = newsclean.clean(page(*banner, "Cronaca", "Politica", HEADLINE, "di Mario Rossi 10 marzo 2025", LEAD, SECOND, THIRD))
    assert all(label_of(article, line) is Label.COOKIE for line in banner)
    assert article.body == "\n".join([LEAD, SECOND, THIRD])


def test_the_text_goes_on_after_a_related_box_with_a_subheading_between_its_paragraphs() -> None:
    above = [
        "Die Stadtbibliothek öffnet ab März testweise auch sonntags. Geplant ist ein Betrieb von 11 bis 17 "
        "Uhr, zunächst für ein halbes Jahr, teilte die Stadt am Dienstag mit.",
        "Kritik kommt von Teilen der Belegschaft. Ein Vertreter des Personalrats sagte, man sei grundsätzlich "
        "offen für neue Angebote, fürchte aber, dass der Sonntagsbetrieb zulasten der Woche gehe.",
        "Die Stadt weist das zurück. Für den Testlauf stünden zusätzliche Mittel in Höhe von rund 240.000 "
        "Euro bereit, die nicht aus dem bisherigen Budget der Bibliothek stammten.",
    ]
    goes_on = [
        "Möglich wird der Sonntagsbetrieb, weil die Bibliothek an diesem Tag als offener Lernort und nicht als "
        "regulärer Ausleihbetrieb geführt wird. Ähnliche Modelle gibt es bereits in mehreren Städten.",
        "Auswertung im Herbst",
        "Ob das Angebot nach dem Testlauf bestehen bleibt, soll im Herbst entschieden werden. Dann will die "
        "Stadt Besucherzahlen, Kosten und die Erfahrungen des Personals auswerten.",
        "Kranich zeigte sich zuversichtlich: »Wenn die Leute kommen, werden wir gute Argumente haben.«",
    ]
    text = page(
        "Nachrichten", "Stadtbibliothek öffnet testweise auch am Sonntag", "Von Jana Körner", "10.03.2025",
        *above,
        "Mehr zum Thema",
        "Lange Leseabende: Dresdner Bibliotheken öffnen künftig bis 22 Uhr",
        "Umfrage unter Studierenden: Jeder Dritte findet keinen ruhigen Platz zum Lernen",
        *goes_on,
        "Zur Merkliste hinzufügen",
        "Die wichtigsten Artikel",
    )
    article = newsclean.clean(text)
    assert article.body == "\n".join([*above, *goes_on])


def test_a_box_of_teasers_with_short_headlines_and_summaries_stays_out() -> None:
    teasers = [
        "Sounds Earthy",
        "Wind and clouds inspire musical renditions.",
        "The Life of a Patterned Skull",
        "An artist who collages animal skulls has plenty to say about life, death, and our culture's "
        "disconnect from the wild, and about the museums that will not show her work.",
        "Courage and Community",
        "The idea that we are separate is a worn and tired one that sits at the root of many, if not all, "
        "of our modern crises, the writer argues in a new book.",
    ]
    text = page("News", HEADLINE, "By Bridget Mulcahy", "May 6, 2025", LEAD, SECOND, THIRD, "Related Content", *teasers)
    article = newsclean.clean(text)
    assert article.body == "\n".join([LEAD, SECOND, THIRD])


AR_LEAD = (
    "بدأ مئات الصيادين في مدينة المكلا والمناطق الساحلية المجاورة بسحب قواربهم إلى اليابسة، إيذاناً بانتهاء "
    "موسم الاصطياد وبدء فترة التوقف السنوية التي تفرضها الرياح الموسمية."
)
AR_SECOND = (
    "وشهد ساحل المدينة وميناء الاصطياد خلال اليومين الماضيين حركة نشطة، إذ تعاون الصيادون في رفع القوارب "
    "وتغطية المحركات وتخزين الشباك في المخازن القريبة من الشاطئ."
)
AR_THIRD = (
    "ويعتمد آلاف الأسر في الساحل على الصيد مصدراً رئيسياً للدخل، ما يجعل أشهر التوقف فترة عصيبة يلجأ "
    "خلالها كثيرون إلى أعمال مؤقتة في البناء والنقل."
)
AR_NEXT = [
    "افتتحت السلطة المحلية في المحافظة، اليوم الاثنين، قسماً جديداً لغسيل الكلى في المستشفى العام بالمدينة، "
    "بتمويل من منظمة دولية وبطاقة استيعابية تصل إلى عشرين مريضاً يومياً.",
    "وأوضح مدير المستشفى أن القسم الجديد سيسهم في تقليص فترات الانتظار، وتمكين المرضى من الحصول على "
    "جلساتهم في مواعيدها دون الحاجة إلى السفر إلى مدن أخرى.",
]


@pytest.mark.parametrize(
    "stamp",
    ["المكلا اليوم - خاص الاثنين 2 يونيو 2025 - 01:15 مساءً", "مريم الهنائية 2 يونيو 2025"],
    ids=["site-exclusive-stamp", "writer-and-day"],
)
def test_the_next_article_under_its_headline_and_its_stamp_is_an_appended_one(stamp: str) -> None:
    text = page(
        "الرئيسية", "الصيادون في المكلا يسحبون قواربهم مع بدء موسم الرياح", "المكلا - 1 يونيو 2025",
        AR_LEAD, AR_SECOND, AR_THIRD,
        "المقال التالي", "افتتاح قسم جديد لغسيل الكلى في مستشفى المدينة العام", stamp, *AR_NEXT,
        "آخر الأخبار",
    )
    article = newsclean.clean(text)
    assert article.body == "\n".join([AR_LEAD, AR_SECOND, AR_THIRD])
    assert len(article.extra_articles) == 1


def test_an_exclusive_mark_before_the_stamp_is_part_of_the_stamp() -> None:
    assert dates.dashed_stamp("المكلا اليوم - خاص الاثنين 2 يونيو 2025 - 01:15 مساءً", 9)


def test_bloggers_arabic_interface_under_a_post_goes() -> None:
    chrome = [
        "التصنيفات: المكلا, صيد, الساحل",
        "ليست هناك تعليقات:",
        "رسالة أحدث رسالة أقدم الصفحة الرئيسية",
        "الاشتراك في: تعليقات الرسالة (Atom)",
        "بحث في هذه المدونة",
        "المشاركات الشائعة",
        "افتتاح قسم جديد لغسيل الكلى في مستشفى المدينة العام",
        AR_NEXT[0],
    ]
    text = page("مدونة الساحل", "الصيادون في المكلا يسحبون قواربهم مع بدء موسم الرياح", AR_LEAD, AR_SECOND, AR_THIRD, *chrome)
    article = newsclean.clean(text)
    assert article.body == "\n".join([AR_LEAD, AR_SECOND, AR_THIRD])
    assert label_of(article, "التصنيفات: المكلا, صيد, الساحل") is Label.NAVIGATION


STOPS_INTRO = "From Monday the night bus will call at five new stops on its way out of town:"
STOPS = ["Mill Lane, by the primary school", "Harbour Road", "St Anne's Church", "Quarry Hill Estate", "the Fenwick Road retail park"]
AFTER_BOX = [
    "Drivers' representatives said the longer route would add about ten minutes to each trip, and asked "
    "for a second bus on Friday and Saturday nights.",
    "Residents of the Quarry Hill estate have campaigned for a late service since the last bus was cut "
    "in 2019, when the operator lost its council subsidy.",
    "The council's transport committee will review passenger numbers in the spring and decide then "
    "whether the extra stops become permanent.",
]


def test_the_text_goes_on_under_a_related_box_below_the_list_it_announces() -> None:
    """A list the last paragraph announces runs into a related box; under the box the text goes on
    with a subheading, paragraphs around a newsletter box, and a short last sentence."""
    text = page(
        "News", HEADLINE, "By Bridget Mulcahy", "May 6, 2025", LEAD, SECOND, STOPS_INTRO, *STOPS,
        "Related",
        "Why the county's last rural bus routes are disappearing one by one",
        "Council leaders back £40m plan for a Pennine cycle network",
        "A campaign ten years long",
        AFTER_BOX[0], AFTER_BOX[1],
        "The Morning Briefing",
        "Sign up for our free newsletter and get the day's top local stories in your inbox.",
        "Email address Sign up",
        AFTER_BOX[2],
        "Not everyone is convinced.",
        "Tags: Buses Quarry Hill",
        "Comments (2)",
        "Most read",
    )
    article = newsclean.clean(text)
    for line in [STOPS_INTRO, *STOPS, "A campaign ten years long", *AFTER_BOX, "Not everyone is convinced."]:
        assert line in article.paragraphs
    assert "Council leaders back £40m plan for a Pennine cycle network" not in article.body
    assert label_of(article, "The Morning Briefing") is Label.NEWSLETTER
    assert label_of(article, "Why the county's last rural bus routes are disappearing one by one") is Label.RELATED


def test_teasers_with_their_read_more_links_under_a_related_box_are_no_text() -> None:
    """Under the box each teaser has its headline, its summary and a "Read more" link: summaries
    never follow one another, so the text does not go on there."""
    summaries = [
        "Researchers warn that this summer is likely to be one of the hottest on record and urge councils to prepare.",
        "Volunteers grew vegetables and herbs on a plot that had stood empty for years behind the station.",
    ]
    text = page(
        "News", HEADLINE, "By Bridget Mulcahy", "May 6, 2025", LEAD, SECOND, THIRD,
        "Related",
        "Heat record broken at the harbour",
        summaries[0],
        "Read more",
        "A community garden opens in the old goods yard",
        summaries[1],
        "Read more",
        "Comments (4)",
    )
    article = newsclean.clean(text)
    assert article.body == "\n".join([LEAD, SECOND, THIRD])


AR_OPENING = ("الرئيسية", "الصيادون في المكلا يسحبون قواربهم مع بدء موسم الرياح", AR_LEAD, AR_SECOND, AR_THIRD)
AR_NEXT_HEADLINE = "افتتاح قسم جديد لغسيل الكلى في مستشفى المدينة العام"


@pytest.mark.parametrize("marks", [["المقال التالي"], ["الرئيسية / محليات / صحة"]])
def test_an_article_appended_under_a_related_box_and_a_next_label_is_no_text_going_on(marks: list[str]) -> None:
    """Under the box's links, "Next article" or a breadcrumb marks another page's article: its
    paragraphs in a row are not the text going on after a box set inside it."""
    box = ["أخبار ذات صلة", "موسم صيد الشروخ يبدأ مطلع الشهر المقبل", "ارتفاع أسعار الأسماك في أسواق المكلا"]
    text = page(*AR_OPENING, *box, *marks, AR_NEXT_HEADLINE, "سالم باوزير منذ 5 ساعات", *AR_NEXT)
    article = newsclean.clean(text)
    assert article.body == "\n".join([AR_LEAD, AR_SECOND, AR_THIRD])


def test_a_facebook_video_embedded_in_the_text_goes_whole() -> None:
    """The blockquote of an embedded Facebook video: its title, its text, "Posted by <page> on
    <date>". None of it is the text, and its signature is no appended article's byline."""
    embed = [
        "لحظة سحب القوارب في ميناء المكلا",
        "مشاهد من الميناء صباح اليوم مع اشتداد الرياح.. #المكلا",
        "Posted by ‎أخبار الساحل‎ on Tuesday, June 3, 2025",
    ]
    text = page("الرئيسية", "الصيادون في المكلا يسحبون قواربهم مع بدء موسم الرياح", AR_LEAD, AR_SECOND, *embed, AR_THIRD, *AR_NEXT)
    article = newsclean.clean(text)
    assert article.body == "\n".join([AR_LEAD, AR_SECOND, AR_THIRD, *AR_NEXT])
    assert all(label_of(article, line) is Label.BOILERPLATE for line in embed)


def test_a_blog_signs_its_post_alike_and_its_last_paragraph_stays() -> None:
    """A blog's "Posted by Admin on Friday, January 14, 2005" under the post's last paragraph, over
    its comments, looks like a Facebook embed's signature; the paragraph above it is the text's."""
    text = page("News", HEADLINE, LEAD, SECOND, THIRD, "Posted by Admin on Friday, January 14, 2005", "9 Comments")
    article = newsclean.clean(text)
    assert THIRD in article.paragraphs


def test_a_name_glued_to_its_date_heads_an_appended_article() -> None:
    """The renderer glues the writer's name to the day of the date ("سالم باوزير3 يونيو 2025"): the
    line is still the appended article's byline, and its paragraphs are no text of the first."""
    header = [AR_NEXT_HEADLINE, "القسم يستقبل عشرين مريضاً يومياً ويخفف عناء السفر", "سالم باوزير3 يونيو 2025"]
    text = page(*AR_OPENING, "الوسوم:المكلاصيد", "المقال التالي", *header, *AR_NEXT)
    article = newsclean.clean(text)
    assert article.body == "\n".join([AR_LEAD, AR_SECOND, AR_THIRD])
    assert len(article.extra_articles) == 1


ES_TEXT = [
    "El municipio habilitó este lunes el nuevo centro de salud del barrio San Vicente, que atenderá de "
    "lunes a viernes de 7 a 19 y contará con guardia pediátrica los fines de semana.",
    "La obra demandó casi un año de trabajos y una inversión de 180 millones de pesos, según informó la "
    "secretaría de Salud, que prevé sumar dos médicos clínicos antes de fin de mes.",
    "Los vecinos, que durante años debieron viajar al hospital central para cualquier consulta, celebraron "
    "la apertura con una jornada de vacunación y controles gratuitos.",
]


def test_a_facebook_embed_signs_off_in_the_page_language() -> None:
    """Facebook writes its embed's signature in the embedding page's language (embed-signature.txt):
    "Publicado por <page> en <date>", with an advertisement's label between it and the text."""
    embed = ["Centro Vecinal San Vicente", "¡Mañana abrimos! Gracias a todos los que colaboraron.", "Publicado por Centro Vecinal San Vicente en Jueves, 13 de marzo de 2025"]
    text = page("Inicio", "Abrió el nuevo centro de salud de San Vicente", ES_TEXT[0], ES_TEXT[1], *embed, "PUBLICIDAD", ES_TEXT[2])
    article = newsclean.clean(text)
    assert article.body == "\n".join(ES_TEXT)
    assert label_of(article, embed[-1]) is Label.BOILERPLATE


FR_TEXT = [
    "La préfecture a annoncé jeudi la fermeture temporaire du pont de Saint-Aubin, dont une pile a été "
    "fragilisée par les crues de l'hiver, le temps d'une expertise complète de l'ouvrage.",
    "Les 6 000 véhicules qui l'empruntent chaque jour seront déviés par la départementale 14, ce qui "
    "allongera le trajet d'une dizaine de kilomètres pour les habitants de la rive nord.",
    "Les commerçants du centre-bourg craignent une baisse de fréquentation et demandent une navette "
    "gratuite le temps des travaux, que la communauté de communes dit étudier.",
    "Le maire a indiqué qu'une réunion publique se tiendrait mardi soir à la salle des fêtes pour "
    "présenter le calendrier et répondre aux questions des riverains.",
    "Selon les premières estimations des services de l'État, l'expertise devrait durer au moins trois "
    "semaines, et les éventuels travaux de consolidation plusieurs mois.",
    "Les transports scolaires seront maintenus, avec un départ avancé de vingt minutes pour les élèves "
    "des hameaux situés au nord de la rivière.",
]


def test_the_text_goes_on_under_a_link_to_its_comments() -> None:
    """A link to the comments set inside the text ("Voir les commentaires"), with no thread under it
    (no commenter's stamp, form or comment heading within a few lines), ends nothing: the text goes on
    below with its subheading; the real thread further down goes."""
    text = page(
        "Accueil", "Le pont de Saint-Aubin fermé pour plusieurs semaines", FR_TEXT[0], FR_TEXT[1],
        "Voir les commentaires",
        "Une navette à l'étude",
        *FR_TEXT[2:],
        "Sujets : Saint-Aubin Circulation",
        "Commentaires (12)",
        "Vous devez être abonné pour réagir.",
        "Jean-Marc 2 h",
        "Encore une fois la rive nord oubliée, c'est toujours pareil avec ce pont.",
    )
    article = newsclean.clean(text)
    assert article.body == "\n".join([FR_TEXT[0], FR_TEXT[1], "Une navette à l'étude", *FR_TEXT[2:]])
