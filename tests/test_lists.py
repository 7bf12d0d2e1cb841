"""Lists inside the text: short lines that a sentence ending with a colon announces are items of the
article (songs, prices, results), however fragment-like they look."""

from __future__ import annotations

import newsclean
from newsclean.lines import Line
from newsclean.normalize import fold
from newsclean.rules import structure

INTRO = [
    "Rovers climb to second after a busy afternoon in the league",
    "By Sam Reed",
    "Rovers moved up to second in the table on Saturday after a late winner against the league leaders at home.",
    "The visitors had led for most of the second half before two goals in the last ten minutes turned the game round.",
    "Here's how Saturday's games finished:",
    "League results",
]
RESULTS = [
    "Rovers 2-1 United",
    "Harbour Town 0-0 Millbrook",
    "Castle Athletic 3-2 Riverside",
    "Northgate 1-4 Westfield Wanderers",
    "Valley P-P Eastbridge",
]
OUTRO = [
    "The game at Valley was called off on Friday evening after heavy rain left the pitch under water in places.",
    "Rovers travel to Westfield next Saturday, when a win would take them level on points with the leaders.",
]


def test_results_announced_by_a_colon_sentence_and_a_heading_are_kept() -> None:
    article = newsclean.clean("\n".join([*INTRO, *RESULTS, *OUTRO]))
    assert list(article.paragraphs) == [*INTRO[2:], *RESULTS, *OUTRO]



def test_match_sheet_after_the_last_paragraph_is_kept() -> None:
    sheet = [
        "Match details:",
        "Venue: Harbour Park",
        "Referee: Tom Baker",
        "Goals: Reed (34), Okafor (87) for Rovers; Hale (61) for United",
        "Rovers: Dunn, Price, Cole, Amos, Ware, Reed, Lane, Okafor, Moss, Hale, Shaw.",
        "Coach: Sam Ford",
    ]
    page = [*INTRO[:4], *OUTRO, *sheet, "Share this article", "Facebook", "WhatsApp", "Most read", "Ferry fares to rise in April"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*INTRO[2:4], *OUTRO, *sheet]


def test_fact_box_under_a_heading_without_colon_after_the_last_paragraph_is_kept() -> None:
    sheet = [
        "Fiche technique",
        "Stade municipal de Thiès – Spectateurs : 12 000 environ",
        "Arbitre : Paul Mendy",
        "Buts : Faye (12e, 67e) pour Thiès ; Koné (81e) pour Ziguinchor",
        "Thiès : Diop – Ba, Cissé, Gueye (cap.), Sow – Fall, Ndiaye",
        "Ziguinchor : Sané – Badji, Diatta, Koné, Manga – Sagna, Coly",
    ]
    chrome = ["Commentaires (4)", "Ajouter un commentaire", "Votre nom *", "Envoyer", "Les plus lus", "Lutte : le retour du champion"]
    for box, kept in ((sheet, sheet), (["Horoscope", "Aries: A good day t...", "Taurus: Today you may...", "Gemini: The morning..."], [])):
        article = newsclean.clean("\n".join([*INTRO[:4], *OUTRO, *box, *chrome]))
        assert list(article.paragraphs) == [*INTRO[2:4], *OUTRO, *kept]
        assert not article.captions  # "(cap.)" names the captain, not a picture's credit


STORM = [
    "Ice storm warning issued for nine counties as freezing rain moves in",
    "By Jenna Ortiz",
    "The National Weather Service has issued an ice storm warning for nine counties, with up to half an inch of ice possible overnight.",
    "That is enough ice to bring down tree limbs and power lines, forecasters said on Wednesday morning.",
    "The warning covers the following counties:",
]
COUNTIES = ["Shawnee", "Douglas", "Jefferson", "Jackson", "Osage", "Kansas City"]
STORM_END = [
    "A winter weather advisory is in effect for the rest of the area, where a light glaze is possible on bridges and overpasses.",
    "Temperatures will climb above freezing by Thursday afternoon, and most of the ice should melt before the evening commute.",
]


def test_short_items_that_a_colon_sentence_announces_are_kept() -> None:
    article = newsclean.clean("\n".join([*STORM, *COUNTIES, *STORM_END]))
    assert list(article.paragraphs) == [*STORM[2:], *COUNTIES, *STORM_END]


def test_links_under_a_colon_sentence_without_text_after_them_still_go() -> None:
    links = ["Facebook page", "Instagram account", "Weather app"]
    article = newsclean.clean("\n".join([*STORM[:4], *STORM_END, "Follow our weather team on:", *links]))
    assert not set(links) & set(article.paragraphs)


MATCH = [
    "الترجي يقلب الطاولة على النجم ويعزز صدارته",
    "كتبت: مريم الجلاصي",
    "قلب الترجي الرياضي تأخره بهدف إلى فوز بهدفين لهدف على ضيفه النجم الساحلي مساء اليوم الأحد في قمة الجولة العشرين من البطولة.",
    "وكان النجم سبّاقاً إلى التسجيل في الدقيقة 23 قبل أن يعدل الترجي النتيجة في الشوط الثاني ثم يضيف هدف الفوز قبل النهاية بست دقائق.",
]
SHEET = [
    "ورقة المباراة",
    "الملعب: حمادي العقربي برادس",
    "النتيجة: الترجي الرياضي 2 - 1 النجم الساحلي",
    "الأهداف: الرياحي (د58) والعياري (د84) للترجي - الزغلامي (د23) للنجم",
    "التحكيم: نضال بن سالم",
]
MATCH_END = "وبهذا الانتصار رفع الترجي رصيده إلى 45 نقطة في صدارة الترتيب بفارق خمس نقاط عن أقرب ملاحقيه قبل عشر جولات من النهاية."


def test_match_sheet_of_label_value_pairs_under_its_heading_is_kept() -> None:
    article = newsclean.clean("\n".join([*MATCH, *SHEET, MATCH_END, "شارك", "فيسبوك", "تويتر"]))
    assert list(article.paragraphs) == [*MATCH[2:], *SHEET, MATCH_END]


def test_the_end_of_a_spec_box_and_the_next_sections_subheading_stay() -> None:
    text = [
        "Das Smartphone kommt ab dem 20. März in den Handel und kostet in der Grundausstattung 549 Euro, deutlich weniger als erwartet.",
        "Als das Berliner Start-up vor vier Jahren sein erstes Smartphone vorstellte, war das Gerät vor allem ein Statement: reparierbar, "
        "fair produziert, aber mit einer Kamera, die selbst wohlmeinende Tester enttäuschte und einem Akku, der kaum einen Tag durchhielt.",
        "Die technischen Daten",
        "Display: 6,4 Zoll OLED, 120 Hz",
        "Prozessor: Snapdragon 7s Gen 3",
        "Arbeitsspeicher: 8 GB",
        "Kameras: 50 MP (Haupt), 13 MP (Ultraweitwinkel) und 32 MP (Front), dazu ein Makro-Modus für Nahaufnahmen",
        "Gewicht: 214 g",
        "Preis: 549 Euro",
        "Akku: 4.600 mAh",
        "Verarbeitung und Reparatur",
        "Das Gehäuse besteht zu siebzig Prozent aus recyceltem Aluminium, die Rückseite aus mattem Kunststoff, der kaum Fingerabdrücke "
        "zeigt und sich auch nach Wochen in der Hosentasche noch angenehm anfühlt, wie wir im Test immer wieder festgestellt haben.",
        "Wie gewohnt lassen sich zwölf Bauteile selbst tauschen, darunter Display, Akku, Anschluss und beide Kameras; die Ersatzteile "
        "verkauft der Hersteller im eigenen Shop zu Preisen, die deutlich unter denen einer Reparatur beim Händler liegen sollen.",
    ]
    article = newsclean.clean("\n".join(["Technik", "Das Reparatur-Smartphone wird erwachsen", "Von Jonas Weber", *text]))
    assert list(article.paragraphs) == text


TABLE = [
    "السلعة | 2023 | 2024 | التغير (%)",
    "الألبسة وتوابعها | 1214 | 1318 | 8.6",
    "الفوسفات الخام | 560 | 612 | 9.3",
    "الأسمدة | 703 | 655 | -6.8",
    "البوتاس الخام | 541 | 498 | -8.0",
]


def test_table_rows_joined_with_pipes_are_kept_and_a_menu_is_not() -> None:
    menu = "الرئيسية | محليات | اقتصاد | رياضة | عربي ودولي"
    page = [menu, *MATCH[:2], MATCH[2], "وتصدرت الألبسة قائمة السلع المصدرة خلال الأشهر التسعة، وفق الجدول التالي:", *TABLE, MATCH[3]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[3:]
    assert not article.captions  # "التغير (%)" names a unit, not a picture's source


def test_table_rows_joined_with_tabs_are_kept_and_a_tab_menu_is_not() -> None:
    menu = "الرئيسية\tكوردستان\tالعراق\tالشرق الأوسط\tاقتصاد\tرياضة"
    rows = [row.replace(" | ", "\t") for row in TABLE]
    page = [menu, *MATCH[:3], "وتصدرت الألبسة قائمة السلع المصدرة خلال الأشهر التسعة، وفق الجدول التالي:", *rows, MATCH[3]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == page[3:]


def test_a_two_column_table_of_names_and_scores_is_kept_to_its_last_row() -> None:
    rows = ["اسم الطالب | المجموع", "سلمى ناصر العلي | 279.5", "كريم وائل حداد | 279", "ليان سامر يوسف | 278.5", "تيم بشار نعمة | 278"]
    intro = "وجاءت أسماء الأوائل في المحافظة على النحو التالي بحسب ما أعلنت المديرية صباح اليوم:"
    closing = "وهنأ مدير التربية الطلاب الأوائل وذويهم، مؤكداً أن المديرية ستقيم حفلاً لتكريمهم بحضور المحافظ."
    page = [*MATCH[:3], intro, *rows, closing]
    article = newsclean.clean("\n".join([*page, "اقرأ أيضاً", "شارك", "فيسبوك", "تويتر"]))
    assert list(article.paragraphs) == page[2:]


def test_two_items_separated_by_a_bar_are_no_table() -> None:
    menu = ["الرئيسية | أخبار", "رياضة | فن", "اقتصاد | منوعات"]  # words, not figures
    article = newsclean.clean("\n".join([*menu, *MATCH]))
    assert list(article.paragraphs) == MATCH[2:]


def test_a_timetable_with_times_and_a_row_of_dashes_is_a_table() -> None:
    rows = ["Ligne\tPremier départ\tDernier départ\tFréquence", "Tram A\t6 h 15\t21 h 30\t1 tram sur 2",
            "Tram B\t6 h 00\t22 h 00\t1 tram sur 2", "Tram D\t—\t—\tAucun tram", "Batcub\t7 h 30\t19 h 00\t1 bateau sur 2"]
    text = [
        "Le réseau de transports sera fortement perturbé jeudi en raison d'un mouvement de grève national des agents.",
        "Voici les horaires prévus par l'exploitant pour la journée de jeudi sur les principales lignes du réseau :",
        *rows,
        "Les usagers sont invités à reporter les déplacements non indispensables et à privilégier le covoiturage ce jour-là.",
    ]
    article = newsclean.clean("\n".join(["Grève jeudi : le réseau de tram très perturbé", "Par Léa Martin", *text]))
    assert list(article.paragraphs) == text


def test_latest_posts_with_their_dates_after_a_dash_go() -> None:
    posts = [
        "Five Reasons The Harbour Bridge Repairs Will Take Longer Than Promised - April 8, 2025",
        "Council Approves New Parking Rates For The Old Town After Long Debate - April 7, 2025",
        "Why The Ferry Timetable Changes Again This Summer, And What It Means For You - April 7, 2025",
    ]
    article = newsclean.clean("\n".join([*INTRO[:4], "Latest Posts", *posts, *OUTRO]))
    assert list(article.paragraphs) == [*INTRO[2:4], *OUTRO]


def test_a_timeline_with_its_dates_first_stays() -> None:
    timeline = [
        "April 2, 2025 - The council publishes the first plan for the harbour bridge repairs.",
        "April 9, 2025 - Residents object to the closure of the bridge during the summer months.",
        "April 16, 2025 - The council votes to delay the works until the autumn.",
    ]
    article = newsclean.clean("\n".join([*INTRO[:4], *timeline, *OUTRO]))
    assert list(article.paragraphs) == [*INTRO[2:4], *timeline, *OUTRO]


def test_a_list_announced_by_a_short_lead_in_keeps_all_its_items() -> None:
    # Some items read as sentences ("a runny or blocked nose"), others as fragments ("sneezing").
    items = ["a high temperature", "a runny or blocked nose", "sneezing", "a cough", "red, sore, watery eyes", "small white spots inside the cheeks"]
    before = [
        "Health officials said 17 cases of measles had now been confirmed in the town, most of them in young children.",
        "Dr Helen Marsh said parents should check that their children had received both doses of the vaccine.",
    ]
    after = ["A rash usually appears a few days after the first symptoms, starting on the face and behind the ears."]
    article = newsclean.clean("\n".join(["Measles cases rise in Chard", "By Sophie Tranter", *before, "Symptoms include:", *items, *after]))
    assert list(article.paragraphs) == [*before, "Symptoms include:", *items, *after]


def test_prices_announced_by_a_colon_sentence_are_kept() -> None:
    text = [
        "أصدرت وزارة الطاقة والمياه صباح اليوم جدول أسعار المحروقات الجديد، وجاءت الأسعار على الشكل الآتي:",
        "البنزين 95 أوكتان: 1,463,000 ليرة",
        "البنزين 98 أوكتان: 1,504,000 ليرة",
        "المازوت: 1,362,000 ليرة",
        "قارورة الغاز: 1,045,000 ليرة",
        "وعزت مصادر في قطاع النفط الارتفاع إلى صعود سعر برميل النفط عالمياً وتراجع سعر صرف الليرة في الأسبوع الأخير.",
    ]
    article = newsclean.clean("\n".join(["ارتفاع أسعار المحروقات في لبنان", "بيروت - الصدى", *text]))
    assert list(article.paragraphs) == text


def test_a_fact_box_under_a_pictures_credit_that_goes_on_with_a_longer_pair_is_kept() -> None:
    text = [
        "The city council approved the cable car on Tuesday, despite a cost increase of more than forty million euros.",
        "The mayor said the project would relieve the bridges over the river, which carry the bulk of the commuter traffic.",
    ]
    box = [
        "Key figures",
        "Length: 3.4 kilometres",
        "Stations: 5",
        "Cabins: 86, with ten seats in each of them",
        "Journey time: 12 minutes",
    ]
    rest = "The state and the federal government had promised to pay a third each, and the city has asked them to raise their share."
    page = ["Cable car approved despite rising costs", "By Anna Weber", *text, "The planned valley station by the river.", "Photo: Studio Kern", *box, rest]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *box, rest]


def test_a_list_of_items_that_open_alike_under_its_heading_is_kept() -> None:
    text = [
        "A Bastogne butcher is recalling several batches of country pâté because of a possible listeria contamination.",
        "The products have been sold since January 20 in several supermarket chains and in the firm's own shop.",
    ]
    items = [
        "Les produits concernés",
        "Pâté de campagne « Le Fermier d'Ardenne », barquette de 250 g, lot 25014, date limite 12/03/2025",
        "Pâté de campagne « Le Fermier d'Ardenne », barquette de 250 g, lot 25016, date limite 14/03/2025",
        "Pâté de campagne à l'ail « Le Fermier d'Ardenne », barquette de 180 g, lot 25015, date limite 13/03/2025",
    ]
    rest = "The food safety agency asks customers who bought these products not to eat them and to take them back to the shop."
    article = newsclean.clean("\n".join(["Country pâté recalled over listeria fears", "By Anne Dubois", *text, *items, rest]))
    assert list(article.paragraphs) == [*text, *items, rest]


def test_rows_of_a_table_joined_with_spaces_are_kept_with_their_header() -> None:
    """A rate bulletin's table as a scraper flattens it: a label and the same number of figures per
    row. The rows are short and no sentence announces them, yet they are the article's table."""
    rows = ["الدولار الأمريكي 89400 89700", "اليورو 104300 104900", "الجنيه الإسترليني 121500 122400", "الريال السعودي 23750 23900"]
    page = [
        "نشرة أسعار صرف العملات في السوق الموازية اليوم الاثنين",
        "بيروت - 7 تموز 2025",
        "استقرت أسعار صرف العملات الأجنبية في السوق الموازية في بيروت صباح اليوم، وسط حركة تداول خفيفة في محال الصيرفة.",
        "وجاءت الأسعار المتداولة لدى الصرافين على النحو الآتي بالليرة اللبنانية، للشراء والمبيع",
        "العملة شراء مبيع",
        *rows,
        "وقال أحد الصرافين إن الطلب على الدولار بقي محدوداً بسبب تراجع حركة الاستيراد خلال الأسبوع الماضي.",
        "الوسوم:",
        "العملات",
        "الدولار",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs[2:7]) == ["العملة شراء مبيع", *rows]


def test_date_lines_in_a_row_are_no_table() -> None:
    """ "Jun 11, 2024" is a word and two figures, like a row, but a list of dates is no table."""
    from newsclean.lines import split_lines
    from newsclean.page import Page
    from newsclean.rules.structure.tables import _figure_rows

    dated = split_lines("Jun 11, 2024\nJul 21, 2021\nNov 21, 2019\nMar 3, 2018")
    rows = split_lines("Euro 1.0842 1.0851\nPound 1.2710 1.2722\nYen 0.0064 0.0065")
    assert not _figure_rows(Page(dated).content)
    assert _figure_rows(Page(rows).content) == {0, 1, 2}


def test_a_tables_source_under_its_last_row_is_no_pictures_credit() -> None:
    intro = "Average monthly rents rose in every city last year, according to figures published on Tuesday:"
    rows = ["City\tRent\tChange", "Dublin\t€2,102\t+6.1%", "Cork\t€1,688\t+9.8%", "Galway\t€1,612\t+11.3%", "Limerick\t€1,437\t+10.6%"]
    source = "Source: Rent Index, Q4 2024"
    closing = "Galway recorded the steepest rise of any city, with rents up by more than a tenth in a single year."
    page = ["Rents rise in every city as supply stalls", "By Ciara Walsh", *INTRO[2:4], intro, *rows, source, closing]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*INTRO[2:4], intro, *rows, source, closing]
    assert not article.captions


def test_a_films_credits_box_keeps_its_photography_line() -> None:
    review = [
        "La película sigue a tres hermanas durante un verano en la casa de playa de la familia, donde reaparecen viejas peleas.",
        "La directora filma sus largos almuerzos con una cámara paciente, y las actuaciones sostienen la película hasta el final.",
    ]
    box = ["Ficha técnica", "Título: El largo verano", "Dirección: Camila Reyes", "Elenco: Ana Pérez, Tomás Ruiz, Julia Soto",
           "Fotografía: Benjamín Soto", "Duración: 104 minutos", "Calificación: TE+7"]
    page = ["Crítica: un verano que no termina", "Por Rodrigo Vidal", *review, *box, "Temas relacionados", "Cine", "Estrenos"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*review, *box]
    assert not article.captions


def test_a_link_is_no_label_and_value_pair() -> None:
    line = "http://www.example.com/people/jane-doe Jane Doe"
    assert not structure.pair_item(Line(0, line, fold(line)), in_box=True)


def test_described_items_between_a_colon_sentence_and_the_next_paragraph_stay() -> None:
    items = [
        "Fromage de Herve « Le Petit Plateau » 200 g, lot 25-041, à consommer jusqu'au 18/03/2025",
        "Remoudou affiné 250 g, lots 25-038 et 25-039, à consommer jusqu'au 14/03/2025",
        "Coffret « Terroir du Pays » 600 g, lot 25-040, à consommer jusqu'au 20/03/2025",
    ]
    text = [
        "L'agence fédérale a annoncé mercredi le rappel de plusieurs fromages à pâte molle produits dans la région de Battice.",
        "Les produits concernés par ce rappel sont les suivants :",
        *items,
        "Publicité",
        "Les consommateurs qui en possèdent sont priés de ne pas les consommer et de les rapporter au point de vente.",
    ]
    article = newsclean.clean("\n".join(text))
    assert all(item in article.paragraphs for item in items)
    assert "Publicité" not in article.paragraphs


def test_headlines_in_title_case_under_a_colon_sentence_are_no_described_items() -> None:
    links = [
        "API Strategies for Digital Success in Financial Services",
        "Enabling Open Banking Adoption and FinTech Innovation Today",
        "Developer Portals Compared: Regional Banks, Insurers",
    ]
    text = [
        "Banks that publish their interfaces well see partners build on them faster, according to several studies.",
        "Learn more about financial service strategies in our other reports here:",
        *links,
        "API documentation can become unwieldy as applications grow and their interfaces expand over the years.",
    ]
    article = newsclean.clean("\n".join(text))
    assert not any(link in article.paragraphs for link in links)


def test_marked_figures_between_two_paragraphs_are_a_list_of_the_text() -> None:
    items = ["- Genève: 64,1% de oui", "- Vaud: 58,7% de oui", "- Neuchâtel: 57,9% de oui", "- Valais: 44,8% de oui"]
    text = [
        "Comme attendu, les cantons romands ont largement soutenu le texte, qui demandait de plafonner les hausses de loyer.",
        *items,
        "À l'inverse, les petits cantons de Suisse centrale ont rejeté l'initiative à plus de deux contre un.",
    ]
    assert list(newsclean.clean("\n".join(text)).paragraphs) == text


def test_statistics_under_their_heading_stay() -> None:
    text = [
        "Nel tie-break decisivo l'azzurro è scappato sul 4-1, si è fatto riprendere sul 5-5 e ha chiuso con due punti di fila.",
        "Le statistiche",
        "Ace: Ferrandi 11, Varga 4",
        "Doppi falli: Ferrandi 3, Varga 6",
        "Nei quarti Ferrandi troverà il norvegese Halvorsen, testa di serie numero 5, che ha superato il francese in due set.",
    ]
    assert list(newsclean.clean("\n".join(text)).paragraphs) == text


def test_a_timetable_of_dates_joined_with_tabs_is_a_table_of_the_text() -> None:
    rows = [
        "العطلة\tبداية العطلة (مساءً)\tالعودة إلى الدراسة (صباحاً)",
        "عطلة الخريف\tالخميس 30 أكتوبر 2025\tالأحد 9 نوفمبر 2025",
        "عطلة الشتاء\tالخميس 18 ديسمبر 2025\tالأحد 4 جانفي 2026",
        "عطلة الربيع\tالخميس 19 مارس 2026\tالأحد 5 أفريل 2026",
    ]
    text = [
        "كشفت وزارة التربية الوطنية اليوم الأحد عن الرزنامة الرسمية للعطل المدرسية الخاصة بالموسم الدراسي الجديد في جميع الأطوار.",
        *rows,
        "وأوضحت الوزارة أن الفصل الأول سيختتم بإجراء الاختبارات الفصلية في الأسبوع الأخير قبل عطلة الشتاء مباشرة.",
    ]
    article = newsclean.clean("\n".join(text))
    assert list(article.paragraphs) == text
    assert article.captions == ()


def test_a_match_sheet_with_its_labels_over_their_values_stays() -> None:
    """A report's match sheet under its heading, after the last paragraph and an advertisement's label,
    each label alone over its value ("Marcatori" / "12' Santoro (V), ..."): part of the report."""
    text = [
        "La Pro Lagonegro ha battuto l'Atletico Vallo per 2-1 al termine di una partita combattuta fino all'ultimo minuto.",
        "Con questo successo la squadra di casa sale a 41 punti e aggancia il quinto posto in classifica generale.",
    ]
    sheet = [
        "Il tabellino",
        "Marcatori",
        "12' Santoro (V), 71' Colonnese (L), 93' Ferraresi (L)",
        "Arbitro",
        "Tommaso Gualtieri di Pescara",
        "Ammoniti",
        "Laudisi, Amendola (L); Marra, Capasso (V)",
        "Spettatori",
        "2.140",
    ]
    page = ["Serie D", "Pro Lagonegro, rimonta da brividi contro l'Atletico Vallo", *text, "Pubblicità", *sheet, "Leggi anche", "Serie D, risultati e classifica della giornata"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *sheet]


def test_names_under_a_heading_are_no_match_sheet() -> None:
    """A box of links after the text ("Company Profiles" / "Boeing" / "General Dynamics" / ...) pairs
    nothing: names alone over names are no labels over values."""
    text = [
        "The contract is the largest the agency has awarded for satellite launches since the program began in 2015.",
        "Analysts said the award would strengthen the company's position ahead of next year's round of bidding.",
    ]
    box = ["Company Profiles", "Boeing", "General Dynamics", "Raytheon", "Lockheed Martin", "Halliburton", "Northrop Grumman"]
    article = newsclean.clean("\n".join(["Launch contract goes to newcomer", *text, *box]))
    assert list(article.paragraphs) == text


def test_a_results_table_with_years_over_figures_in_rand_stays() -> None:
    """A table one cell per line under its subheading: a header row whose years stand over the
    figures' columns, figures with a currency and a unit ("R4.82bn"), and the text going on under it."""
    text = [
        "Shares in the retailer rose 6% on Tuesday after it reported a strong set of half-year results for the period.",
        "The group said its online sales had grown faster than its stores for the fourth half-year in a row.",
    ]
    table = [
        "Results at a glance",
        "Six months to December", "2024", "2023", "Change",
        "Revenue", "R4.82bn", "R4.31bn", "+11.8%",
        "Trading profit", "R612m", "R540m", "+13.3%",
        "Headline earnings per share", "214c", "188c", "+13.8%",
        "Interim dividend", "95c", "82c", "+15.9%",
    ]
    after = ["Chief executive Naledi Mokoena said the group would open twelve more stores in the second half of the year."]
    article = newsclean.clean("\n".join(["Retailer lifts profit as online sales climb", *text, *table, *after]))
    assert list(article.paragraphs) == [*text, *table, *after]


def test_a_numbered_list_of_figures_under_its_heading_stays() -> None:
    lead = "Water stored in the kingdom's dams rose this week after three days of heavy rain over the northern highlands."
    items = ["1. King Talal Dam: 46%", "2. Mujib Dam: 33%", "3. Wala Dam: 51%", "4. Kafrain Dam: 29%", "5. Tannur Dam: 18%"]
    after = "Experts warned that the gains would not last through the summer unless the rains continued into April."
    second = "The water ministry said the dams now hold about 38 per cent of their capacity, against 29 per cent a year ago."
    last = "The ministry asked farmers in the Jordan Valley to keep to the irrigation schedule published last month."
    page = [lead, second, "Read also: Heavy rain expected over the weekend", "Storage in the main dams", *items, after, last]
    article = newsclean.clean("\n".join(page))
    assert all(item in article.paragraphs for item in items)


def test_romanian_comma_below_folds_like_the_cedilla() -> None:
    assert fold("Citește și: ȘTIRI") == fold("Citeşte şi: ŞTIRI")


def test_a_recipes_bulleted_lists_under_their_headings_are_kept() -> None:
    """Ingredients printed with their bullets under a heading without a colon, then the method's
    heading and its numbered steps: lists of the text, however short their items."""
    text = [
        "لا تكتمل سفرة الإفطار في كثير من البيوت من دون طبق من الهريس الذي تتوارثه الأمهات جيلا بعد جيل.",
        "وتقول الطاهية إن سر الطبق في الصبر، إذ يحتاج القمح إلى نقع طويل قبل أن يطهى على نار هادئة لساعات.",
    ]
    ingredients = ["المكونات", "• كوبان قمح مقشور", "• كيلو لحم غنم", "• ملعقة صغيرة ملح", "• ملعقة سمن بلدي", "• رشة قرفة"]
    method = [
        "طريقة التحضير",
        "١. انقعي القمح في الماء ليلة كاملة ثم صفيه جيدا واتركيه جانبا حتى يجف.",
        "٢. اسلقي اللحم في قدر كبيرة مع الملح حتى ينضج تماما ثم أخرجي العظم منه.",
        "٣. أضيفي القمح إلى المرق واتركيه على نار هادئة ثلاث ساعات مع التحريك بين حين وآخر.",
    ]
    page = ["الهريس الإماراتي.. طبق رمضان الذي لا يغيب عن السفرة", "بقلم: حصة الكعبي", *text, *ingredients, *method]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *ingredients, *method]


def test_links_with_dashes_under_the_text_are_no_bulleted_list() -> None:
    """Menus scraped as text show their items with a dash: only typographic bullets mark a list."""
    text = INTRO[2:4]
    menu = ["- Home", "- News", "- Sport", "- Weather", "- Contact us"]
    article = newsclean.clean("\n".join([INTRO[0], INTRO[1], text[0], *menu, text[1]]))
    assert not set(menu) & set(article.paragraphs)


def test_a_list_announced_under_a_read_also_teaser_after_the_last_paragraph_is_kept() -> None:
    """ "Baca juga: ..." after a paragraph, then a sentence ending with a colon and its items: the
    text goes on under the teaser."""
    text = [
        "Banjir merendam ratusan rumah di Jakarta Timur sejak Senin dini hari setelah Sungai Ciliwung meluap.",
        "Kepala BPBD meminta warga yang tinggal di bantaran sungai untuk tetap waspada hingga sore nanti.",
    ]
    listed = ["Ia menyebutkan, sejumlah wilayah yang terdampak banjir antara lain:", "Kampung Melayu: 14 RT", "Bidara Cina: 11 RT", "Cawang: 8 RT"]
    page = ["Banjir Rendam Ratusan Rumah di Jakarta Timur", "Penulis: Rizky Pratama", *text,
            "Baca juga: Pintu Air Manggarai Siaga 2, Warga Diminta Waspada", *listed, "Halaman", "1", "2", "Selanjutnya", "Tag", "banjir jakarta"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *listed]


def test_a_bulleted_list_under_its_heading_after_the_last_paragraph_is_kept() -> None:
    """The text ends with a heading and a list typed with bullets (visitor's information), then the
    page's gallery: the list is the text's."""
    text = [
        "تقع قرية الحمراء عند سفح جبل شمس، وتعد من أقدم القرى العمانية التي حافظت على بيوتها الطينية القديمة.",
        "ويستقبل متحف بيت الصفاة الزوار يوميا، حيث يعرض أدوات الحياة اليومية التي استخدمها الأهالي قبل قرن.",
    ]
    info = [
        "معلومات للزائر",
        "• أفضل وقت للزيارة: من أكتوبر إلى أبريل",
        "• المسافة من مسقط: نحو 220 كيلومترا",
        "• يفضل ارتداء ملابس محتشمة وحذاء مناسب للمشي",
        "• مواقف السيارات متوفرة عند مدخل القرية فقط",
    ]
    gallery = ["ألبوم الصور", "1 / 3", "بيوت طينية في الحمراء - تصوير: سالم الهنائي", "2 / 3", "متحف بيت الصفاة - تصوير: سالم الهنائي"]
    page = ["رحلة الأسبوع", "الحمراء.. قرية طينية تحكي تاريخ عمان", "كتب: سالم الهنائي", *text, *info, *gallery, "شارك", "فيسبوك"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *info]


def test_a_league_table_with_its_ranks_first_is_kept_with_its_header() -> None:
    rows = [
        "1 Invercairn Thistle 27 19 5 3 +38 62",
        "2 Portsoy Harbour 26 19 4 3 +41 61",
        "3 Lossiebank 27 16 6 5 +22 54",
        "4 Strathbrora Athletic 27 15 4 8 +17 49",
    ]
    table = ["How the top of the table looks", "Pos Team P W D L GD Pts", *rows]
    text = INTRO[2:4]
    after = "Portsoy's game in hand, away to Golspie Rovers, is scheduled for next Wednesday night at Dunrobin Park."
    article = newsclean.clean("\n".join([INTRO[0], INTRO[1], *text, *table, after]))
    assert list(article.paragraphs) == [*text, *table, after]


def test_a_details_box_after_the_last_paragraph_stays_over_the_writers_signature() -> None:
    """A play's details box ("بطاقة العمل" over "label: value" pairs) after the last paragraph, then
    the writer's name, shown under the headline too: the box is the text's, the name ends it."""
    text = [
        "تعود المخرجة إلى الخشبة بعمل جديد يروي حكاية عائلة تنتظر عودة ابنها المهاجر منذ عشرين عاما.",
        "ومع ذلك، يبقى العرض من أصدق ما قدم على خشبة بيروت هذا الموسم، بفضل أداء لافت للممثلين الأربعة.",
    ]
    box = ["بطاقة العمل", "النص والإخراج: سامي نعمة", "التمثيل: ريتا خوري، جاد فرحات، ميرا صعب", "السينوغرافيا: هالة عون",
           "المكان: مسرح المدينة - الحمرا، بيروت"]
    page = ["«غرفة في آخر الممر».. عائلة تنتظر على الخشبة", "زينة حداد", "الثلاثاء 22 تشرين الأول 2024", *text, *box,
            "زينة حداد", "#مسرح", "#بيروت"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *box]


def test_a_timetable_one_cell_per_line_with_times_and_durations_is_the_texts() -> None:
    """Times in a row are a timetable's cells, no live page's stamps; "45 dakika" (a number and its
    unit) is a figure's cell as much as a name's."""
    cells = ["Kalkış", "Karşıyaka", "Göztepe", "İlk sefer", "07.15", "07.45", "Son sefer", "21.30", "22.00",
             "Sefer aralığı", "45 dakika", "45 dakika"]
    text = [
        "İzmir Körfezi'nde toplu ulaşıma yeni bir hat ekleniyor ve iki iskele arasında doğrudan seferler başlıyor.",
        "Belediye şirketinden yapılan açıklamaya göre hatta ilk etapta iki vapur görev yapacak. Sefer saatleri şöyle:",
        *cells,
        "Şirket yetkilileri, yolcu yoğunluğuna göre hafta içi sabah saatlerinde ek seferler konulabileceğini söyledi.",
    ]
    article = newsclean.clean("\n".join(["İzmir'de körfeze yeni vapur hattı açılıyor", "Elif Karaca", "15.05.2024 - 10:32", *text]))
    assert list(article.paragraphs) == text


def test_an_announced_tables_rows_stay_though_lines_elsewhere_share_their_shape() -> None:
    """Rows shaped "words number words number" under a colon sentence and a header row are the
    text's, though a teaser below and a summary line above have the same shape."""
    rows = [
        "Tampines Avenue 10 (Tampines North to Tampines West) 3.8km 2026",
        "Pasir Ris Drive 1 to Pasir Ris East MRT 4.1km 2026",
        "Tampines Street 86 to the coastal park connector 3.5km 2027",
    ]
    text = [
        "Residents in Tampines and Pasir Ris will be able to cycle to two MRT stations on dedicated paths by 2027.",
        "The Land Transport Authority said on March 10 that the three segments would be built in stages from this year.",
        "The segments and their expected completion dates are:",
        "Segment Length Expected completion",
        *rows,
        "The new paths will be 2.5m wide and will include covered bicycle parking near the stations and the bus interchange.",
    ]
    page = ["New cycling paths to link Tampines and Pasir Ris", "Jerome Tan", "Mar 11, 2025", *text,
            "Read next", "Woodlands residents to get 8km of new cycling paths by 2026", "Topics"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_sentence_set_out_as_a_list_of_comma_ended_items_is_the_texts() -> None:
    """ "Zamknięte zostały kąpieliska:" then "Gdańsk Brzeźno," ... "Gdynia Orłowo.": the items end
    with commas and the last with a full stop; with them the text's opening holds together."""
    from newsclean.rules.structure.lists import _enumeration

    items = ["Zamknięte zostały kąpieliska:", "Gdańsk Brzeźno,", "Gdańsk Jelitkowo,", "Gdańsk Stogi,", "Gdynia Śródmieście,", "Gdynia Orłowo."]
    text = [
        "Decyzję o zamknięciu kąpielisk sanepid podjął po porannych badaniach wody, które wykazały zakwit sinic.",
        *items,
        "Na plażach wywieszono czerwone flagi, a ratownicy informują plażowiczów o zakazie wchodzenia do wody.",
        "Jak dodaje rzeczniczka sanepidu, kąpieliska mogą zostać ponownie otwarte już za kilka dni, jeśli pogoda się zmieni.",
    ]
    page = ["Sinice w Zatoce Gdańskiej. Zamknięto pięć kąpielisk w Trójmieście", "Katarzyna Wróblewska", "30 lipca 2025, 13:48",
            text[0], "Reklama", *text[1:]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    # Two items are no list: a short line ending with a comma is a fragment.
    assert _enumeration([Line(0, t, fold(t)) for t in ["Gdańsk Brzeźno,", "Gdynia Orłowo."]]) == []


def test_a_tables_cells_that_repeat_a_value_are_all_kept() -> None:
    """A table of the text, one cell per line, gives "Fair" and "Good" to several trees: the cells
    are the table's every time, no duplicates of the first."""
    cells = ["Tree", "Department survey (September)", "Residents’ survey (October)", "T1", "Fair", "Good", "T2", "Fair", "Good",
             "T3", "Poor, trunk decay", "Fair, decay limited to aerial roots", "T4", "Poor, trunk decay", "Fair"]
    text = [
        "Residents of a Tai Po public housing estate have launched a petition against a plan to fell four banyan trees to make way for a lift tower.",
        "The department said in a reply that the car park option had been studied but rejected because drainage pipes made the foundations too costly.",
        "It said an arborist’s inspection in September had found two of the four trees in fair condition and two with signs of decay.",
        "The residents’ group commissioned its own survey, which disagreed with that assessment. The two reports are compared below.",
        *cells,
        "Dr Kelvin Ho, a tree specialist who was not involved in either survey, said such disagreements were common.",
        "“Decay in banyans is often in the aerial roots, and it does not necessarily mean a tree is unsafe. The real question is what the pruning history has been,” he said.",
        "He said the department should publish both reports in full and invite an independent panel to inspect the trees before any decision is taken on felling them.",
        "The residents’ group said it had collected more than 2,300 signatures and would hand the petition to the district council at its meeting next Thursday.",
    ]
    article = newsclean.clean("\n".join(["Tai Po residents fight plan to fell four banyans", "By Vivian Lok", "18 Nov 2025", *text]))
    assert list(article.paragraphs) == text


def test_a_table_one_cell_per_line_of_figures_with_their_unit_stays() -> None:
    # Header row, then "place" / "400 ليرة" / "4500 ليرة": figures with their unit's word make the
    # columns of figures (the first price repeats on every row)
    lead = [
        "الخبز الحر يرتفع مجددا في المحافظات وفارق السعر مع المدعوم يصل إلى عشرة أضعاف",
        "إعداد: رهف السيد",
        "الإثنين 18 تشرين الثاني 2024",
        "سجل سعر ربطة الخبز غير المدعوم ارتفاعا جديدا خلال الأسبوع الماضي، في حين بقي سعر الربطة المدعومة عند 400 ليرة.",
        "ورصدت الشبكة عبر مراسليها أسعار الربطة الحرة في عدد من المحافظات، وجاءت على النحو الآتي:",
    ]
    table = ["المحافظة", "سعر الربطة المدعومة", "سعر الربطة الحرة"]
    for place, price in (("دمشق", "4500"), ("ريف دمشق", "5000"), ("حلب", "4000"), ("حمص", "4200"), ("اللاذقية", "5500"), ("السويداء", "6000")):
        table += [place, "400 ليرة", f"{price} ليرة"]
    rest = [
        "وقال صاحب فرن خاص في حي الميدان بدمشق إن ارتفاع سعر الطحين والمازوت يجبر الأفران على رفع الأسعار كل أسبوع.",
        "وفي اللاذقية، اشتكى سكان من تقليص مخصصات الأسرة من الخبز المدعوم، ما يدفعهم إلى شراء الخبز الحر بأسعار مرتفعة.",
        "وقالت موظفة متقاعدة من حي الرمل الشمالي إن راتبها الشهري لم يعد يكفي لشراء الخبز والخضار معا حتى نهاية الشهر.",
        "وتقول مديرية التجارة الداخلية في المحافظة إن الكميات الموزعة تكفي حاجة السكان، وإن المخالفين سيحالون إلى القضاء.",
    ]
    article = newsclean.clean("\n".join([*lead, *table, *rest]))
    assert article.title == lead[0]
    assert list(article.paragraphs) == [*lead[3:], *table, *rest]


def test_a_results_table_one_cell_per_line_with_currency_figures_stays() -> None:
    # "₹1,876 cr": a currency's sign, thousands and a unit's word make a figure's cell
    lead = [
        "Packaging firm posts 18% rise in quarterly profit on lower costs",
        "By Priya Natarajan",
        "The packaging maker reported an 18% rise in net profit for the December quarter, helped by lower raw material costs.",
        "The key figures for the quarter were:",
    ]
    table = ["Metric", "Q3 FY25", "Q3 FY24", "Change"]
    for name, now, before, change in (("Revenue", "1,876", "1,690", "11"), ("EBITDA", "352", "301", "17"), ("Net profit", "214", "181", "18")):
        table += [name, f"₹{now} cr", f"₹{before} cr", f"+{change}%"]
    rest = [
        "Managing director Anil Khurana said the company had benefited from lower costs and better use of its new plant.",
        "Shares of the company rose 1.2% on the National Stock Exchange after the results were announced on Tuesday.",
    ]
    article = newsclean.clean("\n".join([*lead, *table, *rest]))
    assert list(article.paragraphs) == [*lead[2:], *table, *rest]


def test_price_items_with_figures_under_the_sentence_that_announces_them() -> None:
    lead = (
        "قررت لجنة تسعير المشتقات النفطية تثبيت سعر بنزين أوكتان 90 ورفع أسعار بنزين أوكتان 95 و98 والسولار والكاز "
        "اعتباراً من صباح الأحد، وفق ما أعلنته وزارة الطاقة والثروة المعدنية مساء السبت."
    )
    items = [
        "بنزين أوكتان 90: 960 فلسا للتر (دون تغيير)",
        "بنزين أوكتان 95: 1250 فلسا للتر بدلا من 1220 فلسا",
        "بنزين أوكتان 98: 1500 فلس للتر بدلا من 1470 فلسا",
        "السولار: 655 فلسا للتر بدلا من 635 فلسا",
    ]
    after = "وبيّنت الوزارة أن قرار التثبيت جاء رغم ارتفاع متوسط السعر العالمي للبنزين خلال الشهر الحالي، وأن الحكومة تتحمل فرق السعر."
    text = [lead, "وجاءت الأسعار الجديدة على النحو التالي:", *items, after]
    page = ["الدولار: 0.709 دينار", "اليورو: 0.801 دينار", "الرئيسية » اقتصاد", "الحكومة تثبت سعر بنزين 90 وترفع أوكتان 95", "2025-05-31 19:05", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_label_figure_lines_between_paragraphs_under_a_subheading_are_kept() -> None:
    above = "Así, el boleto mínimo de las líneas que cruzan la General Paz pasará a costar $612, mientras que en la Ciudad llegará a $658."
    items = ["0 a 3 km: $612", "3 a 6 km: $681", "6 a 12 km: $734", "12 a 27 km: $786", "Más de 27 km: $838"]
    below = "Los usuarios que no tengan la tarjeta SUBE registrada a su nombre pagarán casi el doble, una diferencia que rige desde abril."
    lead = "El Gobierno oficializó este lunes un nuevo aumento del boleto de colectivos en el área metropolitana de Buenos Aires desde el 1 de marzo."
    text = [lead, above, "Cómo quedan los tramos en las líneas nacionales", *items, below]
    page = ["Sociedad", "Aumenta el boleto de colectivo: cuánto cuesta desde marzo", "Por Martín Quiroga", "3 de febrero de 2025", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text



def test_unmarked_items_under_the_sentence_that_announces_them_stay() -> None:
    text = [
        "Suroboyo Bus memperpanjang jam operasional selama bulan Ramadan untuk melayani warga yang pulang dari tarawih.",
        "Menurut Agus, perpanjangan jam operasional berlaku untuk tiga koridor utama, yaitu:",
        "Koridor Purabaya - Rajawali, setiap 15 menit",
        "Koridor Lidah Kulon - Intermoda Joyoboyo, setiap 20 menit",
        "Koridor Terminal Kenjeran - Rungkut, setiap 25 menit",
        "Sementara itu, jam keberangkatan pertama tetap pukul 05.30 WIB dari masing-masing terminal seperti hari biasa.",
    ]
    page = ["Suroboyo Bus Tambah Jam Operasional Selama Ramadan", "Reporter: Dimas Prakoso", "Senin, 10 Maret 2025 09:30 WIB", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_bulleted_items_of_two_shapes_are_no_template_series() -> None:
    items = ["• 6,000 litres, up to 5 km: Rs 600", "• 6,000 litres, 5 to 10 km: Rs 750", "• 8,000 litres, up to 5 km: Rs 700",
             "• 8,000 litres, 5 to 10 km: Rs 850", "• 12,000 litres, up to 5 km: Rs 1,000", "• 12,000 litres, 5 to 10 km: Rs 1,200"]
    text = [
        "The Bengaluru Urban district administration on Monday notified the maximum rates private water tankers may charge.",
        "The notified rates, which include GST, are:",
        *items,
        "Deputy Commissioner K Raghavendra Murthy said operators found charging more would have their registration cancelled.",
    ]
    page = ["Bengaluru caps water tanker rates ahead of summer", "Published By: Devika Nair", "Published On: Mar 10, 2025", *text]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_an_announced_lists_items_head_no_appended_article() -> None:
    """ "Du mardi au jeudi : 8 h - 19 h 30" over "Le vendredi : 8 h - 20 h" reads like a headline over
    a day and a time; an item of a list the text announced heads nothing."""
    text = [
        "Fermées depuis juillet pour la rénovation de leur charpente, les halles du centre-ville rouvrent samedi matin.",
        "Nouveauté : les halles resteront ouvertes plus tard le vendredi, avec les horaires suivants :",
        "Du mardi au jeudi : 8 h - 19 h 30",
        "Le vendredi : 8 h - 20 h",
        "Le samedi : 7 h 30 - 19 h 30",
        "Le dimanche : 8 h 30 - 13 h",
        "Une matinée d'animations, avec dégustations et musique bretonne, est prévue le jour de la réouverture, à partir de 9 h 30.",
    ]
    page = ["Quimper : les halles Saint-François rouvrent le 22 mars", "Par Yann Kerbrat", "Publié le 10/03/2025 à 08h15", *text, "Les plus lus"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert not article.extra_articles


def test_a_teams_line_up_after_its_label_is_no_menu() -> None:
    text = [
        "يستضيف المصري نظيره الإسماعيلي مساء الجمعة على ملعب السويس الجديد في الجولة الثالثة عشرة من الدوري الممتاز.",
        "وقال مدرب المصري في المؤتمر الصحفي إن فريقه يعرف صعوبة المباراة ويسعى لتحقيق الفوز أمام جماهيره.",
        "التشكيل المتوقع للفريقين",
        "المصري: عمرو البدري - يوسف الشربيني - مصطفى الحلواني - كريم بدوي - محمد هاشم - صلاح محسن",
        "الإسماعيلي: أحمد الجبالي - عمر الدسوقي - هشام فوزي - سيد نيمار - محمد حسن - إبراهيم عادل",
        "ويدير اللقاء طاقم تحكيم بقيادة الحكم محمد عادل الشريف، على أن تنطلق المباراة في التاسعة مساءً بتوقيت القاهرة.",
    ]
    page = ["موعد مباراة المصري والإسماعيلي والتشكيل المتوقع", "كتب - محمود رجب", "الجمعة 21 نوفمبر 2025", *text, "الرئيسية - أخبار - رياضة - فن - منوعات"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_match_sheet_whose_line_ups_carry_their_formation_is_kept() -> None:
    """ "TABELLINO" under the last paragraph, then "label: value" lines: a team's label may carry its
    formation in brackets ("Real Valdelsa (4-3-3): ..."), and a note may list its items with ";"."""
    text = [
        "Il gol decisivo arriva al 38': cross dalla destra di Baldi, colpo di testa di Ferri e palla sotto la traversa.",
        "Domenica il Real Valdelsa sarà di scena sul campo del Pratomagno, terzo in classifica a due punti.",
    ]
    sheet = [
        "TABELLINO",
        "Marcatori: 23' pt Bellandi (RV), 41' pt Ciampi (SC), 38' st Ferri (RV)",
        "Real Valdelsa (4-3-3): Gori; Pratesi, Landi, Moretti, Baldi; Fani, Bellandi, Conti; Ferri, Lotti, Sarri",
        "Sporting Casentino (3-5-2): Fabbri; Lorenzini, Giannelli, Rossi; Bini, Ciampi, Mori, Neri, Papi; Rosi, Vanni",
        "Arbitro: Davide Ruggeri di Pistoia",
        "Note: spettatori 640 circa; ammoniti Landi, Ciampi; angoli 6-3; recupero 1' e 4'.",
    ]
    page = ["Il Real Valdelsa rimonta e vince", "di Marco Rossi", *text, *sheet, "Condividi", "Facebook", "WhatsApp"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *sheet]


def test_a_fare_table_with_currency_signs_is_the_texts() -> None:
    rows = [
        "Ticket | Current fare | From 1 May",
        "Registered card | $1.120 | $1.322",
        "Unregistered card | $1.780 | $2.102",
        "Social fare | $504 | $595",
        "Student ticket | €5,60 | €6,61",
    ]
    page = [*INTRO[:4], "With the update, the fares are as follows:", *rows, *OUTRO]
    article = newsclean.clean("\n".join(page))
    assert all(row in article.paragraphs for row in rows)


def test_a_recipes_ingredients_without_bullets_are_kept() -> None:
    """ "Ingredientes" over short lines that each open with a quantity ("400 g de garbanzos", "1
    cebolla"): a recipe's list inside the article, not a run of fragments (a table of contents'
    "3.1 Recycle" numbers sections, in capitals after the number)."""
    text = [
        "El potaje de vigilia es el plato más buscado estos días en las cocinas de la comarca, donde cada familia guarda su propia versión.",
        "La cocinera del mesón de la plaza, que lo prepara desde hace treinta años, nos ha contado cómo lo hace ella paso a paso.",
    ]
    ingredients = ["Ingredientes", "400 g de garbanzos", "300 g de bacalao salado", "300 g de espinacas frescas", "1 cebolla",
                   "2 dientes de ajo", "1 tomate maduro", "1 hoja de laurel", "2 huevos cocidos"]
    method = [
        "Preparación",
        "1. Poner los garbanzos en remojo la noche anterior y desalar el bacalao durante veinticuatro horas, cambiando el agua.",
        "2. Cocer los garbanzos con el laurel durante dos horas y añadir el sofrito, el bacalao y las espinacas al final.",
    ]
    article = newsclean.clean("\n".join(["Así se prepara el potaje de vigilia", "10 de marzo de 2025", *text, *ingredients, *method, "Etiquetas: Potaje, Recetas"]))
    assert list(article.paragraphs) == [*text, *ingredients, *method]


def test_a_line_up_under_a_long_label_is_the_reports() -> None:
    """ "التشكيلة الأساسية لشبيبة القبائل: name - name - ...": a team's line-up under a label of four
    words (the starting eleven of a team with a two-word name), not a menu of items between dashes."""
    text = [
        "حقق فريق شبيبة القبائل فوزا ثمينا على ضيفه وفاق سطيف بهدفين مقابل هدف في المباراة التي جمعتهما مساء أمس بملعب أول نوفمبر.",
        "وتقدم الضيوف في الشوط الأول عن طريق مهاجمهم، قبل أن يعادل أصحاب الأرض النتيجة في الدقيقة 58 ويضيفوا الهدف الثاني قبل النهاية.",
    ]
    lineups = [
        "التشكيلة الأساسية لشبيبة القبائل: بن سالم - حمودي - بوزيدي - تيزغوين - شريفي - أوزناجي - بلقاسمي - حدادي - سعدي - مراد - عمروش",
        "التشكيلة الأساسية لوفاق سطيف: قاسمي - بن حليمة - زيتوني - عياشي - مسعودي - لعور - بوعزة - رحماني - جابري - بلعيد - دراجي",
    ]
    article = newsclean.clean("\n".join(["الشبيبة تقلب الطاولة على الوفاق", "14 أبريل 2025", *text, *lineups, "كلمات مفتاحية: شبيبة القبائل - وفاق سطيف"]))
    assert list(article.paragraphs) == [*text, *lineups]


def test_a_hard_wrapped_page_without_capitals_keeps_its_paragraphs() -> None:
    """lynx -dump wraps each paragraph at about 75 characters; Arabic has no lower case to tell a
    line that goes on, so lines that fill the page's width go on into the next: the pieces of a
    paragraph are judged as the paragraph, not as fragments."""
    paragraphs = [
        ["نزوى - بدأت وزارة الثروة الزراعية أمس أعمال المرحلة الثانية من مشروع",
         "صيانة الأفلاج في ولايات نزوى وبهلاء وأدم، بتكلفة تتجاوز مليوني ريال عماني،",
         "وتشمل ترميم ثلاثة وعشرين فلجا تضررت قنواتها خلال السنوات الأخيرة."],
        ["وقال المهندس حمد الكندي مدير المشروع إن المرحلة الأولى التي انتهت في مارس",
         "الماضي أعادت المياه إلى أحد عشر فلجا كانت مياهها قد تراجعت بنسبة كبيرة في",
         "السنوات الأخيرة بسبب الانهيارات في القنوات."],
        ["وأضاف الكندي أن فرق العمل تعتمد على المواد التقليدية مثل الصاروج العماني",
         "والحجارة المحلية، مع الاستعانة بكاميرات صغيرة لتحديد مواضع الانهيار في",
         "القنوات الجوفية قبل بدء الحفر."],
    ]
    page = ["[1]تخطي إلى المحتوى", "", "* [3]الرئيسية", "* [4]محليات", "", "ترميم 23 فلجا في الداخل", "",
            "نُشر في: 14 أكتوبر 2023", ""]
    for lines in paragraphs:
        page += [*lines, ""]
    page += ["[17]فيسبوك [18]إكس [19]واتساب", "", "References", "", "1. https://example.com/", "2. https://example.com/news"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [line for lines in paragraphs for line in lines]


def test_ingredients_measured_in_words_are_kept() -> None:
    """Ingredients that open with a measure written out ("حبة بصل كبيرة", "ملعقة كبيرة بهارات",
    measure-word.txt), most of them ("ملح وفلفل حسب الرغبة" does not): a recipe's list, not fragments."""
    text = [
        "تبقى المقلوبة من أكثر الأطباق حضورا على موائد العائلات في المواسم والأعياد، ويتفنن كل بيت في طريقة تحضيرها.",
        "في هذه الوصفة نحضر المقلوبة بالدجاج والباذنجان خطوة بخطوة، مع نصائح تضمن لك قلبها دون أن تتفكك.",
    ]
    ingredients = ["المكونات", "حبة بصل كبيرة مقطعة أرباعا", "ورقتا غار", "ملعقة كبيرة بهارات مشكلة", "نصف ملعقة صغيرة كركم",
                   "حبتان من الباذنجان", "ملح وفلفل أسود حسب الرغبة", "زيت للقلي"]
    method = [
        "طريقة التحضير",
        "1. ضعي الدجاج في قدر مع البصل وورق الغار والماء واتركيه على نار متوسطة حتى ينضج تماما ثم صفي المرق.",
        "2. رشي شرائح الباذنجان بالملح واتركيها عشرين دقيقة ثم جففيها واقليها في الزيت حتى يصبح لونها ذهبيا.",
    ]
    page = ["طريقة عمل المقلوبة بالدجاج والباذنجان", "2 أبريل 2025", *text, *ingredients, *method, "الوسوم: وصفات، أطباق رئيسية"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *ingredients, *method]


def test_ingredients_broken_by_a_longer_item_are_one_list() -> None:
    """A longer ingredient ("رشة زعفران منقوعة في ربع كوب ماء ورد") reads as a sentence and breaks the
    list's run: the short items under it ("زيت غزير للقلي", no quantity) belong to the same list, with
    the next section's heading under them."""
    text = [
        "تبقى الهريسة من أشهر الحلويات الشعبية في رمضان، ولا تكاد تخلو منها سفرة الإفطار في بيوت المدينة.",
        "ونقدم هنا طريقة سهلة لتحضيرها في البيت بمكونات متوفرة، مع نصائح تضمن قواما متماسكا ولونا ذهبيا.",
    ]
    ingredients = ["المكونات", "2 كوب سميد خشن", "1 كوب لبن زبادي", "نصف كوب سكر", "3 ملاعق جوز هند مبشور",
                   "ملعقة صغيرة بيكنج باودر", "رشة فانيليا مذابة في ملعقتين من ماء الزهر الدافئ", "سمن للتحمير", "لوز مقشر للتزيين", "قطر بارد للتقديم"]
    method = [
        "طريقة التحضير",
        "1. اخلطي السميد مع السكر والبيكنج باودر، ثم أضيفي اللبن والفانيليا وقلبي حتى تتجانس العجينة تماما.",
        "2. افردي العجينة في صينية مدهونة بالسمن وزينيها باللوز، ثم أدخليها الفرن حتى يصبح لونها ذهبيا.",
    ]
    page = ["طريقة عمل الهريسة بالسميد واللبن", "3 مارس 2025", *text, *ingredients, *method, "الوسوم: وصفات، حلويات"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *ingredients, *method]


def test_both_teams_line_ups_and_the_minute_by_minute_events_after_the_text() -> None:
    # A fact box under the last paragraph, a second one right under it, then a list of the match's
    # minutes (each line opens with one, the minutes never going back): all the report's.
    text = [
        "قلب العربي تأخره بهدف إلى فوز ثمين على السالمية بنتيجة 2-1 في المباراة التي جمعتهما مساء الجمعة على استاد صباح السالم.",
        "وقال مدرب العربي في المؤتمر الصحفي عقب المباراة إن اللاعبين أظهروا شخصية قوية بعد التأخر في الشوط الأول.",
    ]
    lineups = [
        "التشكيلة الأساسية للعربي", "حراسة المرمى: سعود الفضلي", "الدفاع: عبدالرحمن الصانع، حمد العتيبي، ناصر بوشهري",
        "الوسط: علي الخالدي، فيصل المطوع", "الهجوم: يوسف الشمري، محمد القلاف",
        "التشكيلة الأساسية للسالمية", "حراسة المرمى: مبارك الحربي", "الدفاع: طلال العجمي، سالم الكندري، حمود الشطي",
        "الوسط: خالد الهاجري، أحمد الرشيدي", "الهجوم: فهد العنزي، عمر الصالح",
    ]
    minutes = [
        "أبرز الأحداث", "23' هدف للسالمية عن طريق فهد العنزي", "45+2' فرصة ضائعة ليوسف الشمري",
        "61' هدف التعادل للعربي عن طريق مشاري الدوسري", "84' هدف الفوز للعربي عن طريق عبدالرحمن الصانع",
    ]
    page = ["الرئيسية", "رياضة", "العربي يقلب الطاولة على السالمية", "الجمعة 14 فبراير 2025", *text, *lineups, *minutes, "الوسوم: العربي، السالمية", "الأكثر قراءة", "من نحن"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, *lineups, *minutes]


def test_minutes_that_go_back_are_no_match_report() -> None:
    lines = [Line(n, text, fold(text)) for n, text in enumerate(["12' first", "40' second", "7' third", "9' fourth"])]
    assert structure.lists._minute_runs(lines) == []


def test_a_reviews_pros_and_cons_with_ticks_and_crosses_are_kept() -> None:
    # Items opening with a tick or a cross, each under its heading, between the review's paragraphs:
    # the writer's lists, however short their lines.
    text = [
        "جربنا الحاسوب المحمول الجديد لمدة ثلاثة أسابيع في العمل اليومي والسفر، وخرجنا بانطباع إيجابي في معظم الجوانب.",
        "تأتي الشاشة بحجم أربعة عشر بوصة ودقة عالية، وتدوم البطارية يوم عمل كاملا دون الحاجة إلى الشاحن.",
    ]
    lists = [
        "الإيجابيات", "✔ وزن خفيف وتصميم متين", "✔ بطارية تدوم طويلا", "✔ لوحة مفاتيح مريحة",
        "السلبيات", "✖ منافذ قليلة", "✖ سماعات ضعيفة", "✖ سعر مرتفع نسبيا",
    ]
    verdict = ["في المحصلة، هو خيار ممتاز لمن يبحث عن جهاز خفيف للعمل والتنقل، بشرط أن يتقبل محدودية المنافذ والسعر."]
    page = ["الرئيسية", "مراجعات", "مراجعة حاسوب نوفا بوك 14: خفيف وعملي", "بقلم: سامر الحداد", *text, *lists, *verdict, "الوسوم: حواسيب", "مراجعات ذات صلة"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *lists, *verdict]


def test_a_listed_items_last_lines_before_a_donation_box_set_into_the_text_stay() -> None:
    # The list that a sentence ending in a colon announces, then a charity's appeal set into the
    # page, then the text going on: the items are the list's, the appeal's name goes with the appeal.
    text = [
        "وزعت جمعية الأمل للإغاثة أمس سلالا غذائية على ألفي أسرة نازحة في ثلاث مدن، بالتنسيق مع السلطات المحلية.",
        "وقالت الجمعية في بيان إن السلة الواحدة تكفي أسرة من خمسة أفراد لمدة شهر، وتضم ما يلي:",
    ]
    items = [
        "50 كيلوغراما من الذرة الرفيعة", "10 كيلوغرامات من العدس", "5 لترات من زيت الطعام", "كيلوغرامان من السكر",
        "ملح مدعم باليود وعبوات من المكملات الغذائية للأطفال",
    ]
    appeal = [
        "ساهم في إغاثة الأسر النازحة",
        "25 دولارا توفر سلة غذائية لأسرة نازحة لمدة أسبوعين. تبرعك اليوم يصل إلى من يحتاجه غدا.",
        "مؤسسة قلوب رحيمة الخيرية",
        "تبرع الآن",
    ]
    rest = [
        "وأضاف البيان أن المرحلة الثانية من المشروع ستشمل أربعة آلاف أسرة أخرى قبل نهاية الشهر المقبل.",
        "ودعت الجمعية المانحين إلى دعم برامجها في المناطق التي يصعب الوصول إليها بسبب الطرق المقطوعة.",
    ]
    page = ["الرئيسية", "أخبار", "جمعية الأمل توزع سلالا غذائية على ألفي أسرة نازحة", "الخميس، 20 مارس 2025", *text, *items, *appeal, *rest, "شارك", "آخر الأخبار"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *items, *rest]


def test_a_reports_sentences_of_figures_are_no_template_series() -> None:
    # "w # w # w": sentences with two figures share that shape with a ticker's scores further down;
    # sentences of the text, ending with their full stop, are no series cut from a template (a longer
    # one between them, the two are no run of a list either).
    text = [
        "Toledo beat Erie 98-91 on Friday night to stretch its winning streak to seven games and close in on first place.",
        "Okoye scored 12 of his 31 points in the fourth quarter, including a step-back three that put the game away.",
        "Key numbers",
        "Haddad finished with 14 points, 11 rebounds and four steals.",
        "Rusk led Erie with 22 points, and center Anton Berg added 12 rebounds in his first start since the middle of December.",
        "The Breakers committed 17 turnovers, which Toledo turned into 23 points.",
        "Toledo hosts Milwaukee on Sunday afternoon before a three-game road trip that starts in Duluth next week.",
    ]
    ticker = ["Live", "Final — Buffalo 110, Rochester 107 (OT): Whitlock's free throws seal it", "Trending", "Terms of Use", "Privacy Policy"]
    page = ["Scores", "Schedule", "Standings", "Foundry hold off Breakers as Toledo stretches win streak to seven", "By Marcus Bell", "Jan 27, 2024", *text, *ticker]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_reviews_pros_and_cons_under_their_headings_close_the_text() -> None:
    # No bullets: the headings the lexicon knows ("Les points forts", "Les points faibles") over short
    # items, under the verdict, are the review's lists; a "Pros" in the menu above the text heads nothing.
    text = [
        "Nous avons utilisé ce casque pendant trois semaines, au bureau, dans le métro et pendant de longs trajets en train.",
        "La réduction de bruit est efficace dans les transports, et l'autonomie dépasse largement les trente heures annoncées.",
        "Notre avis",
        "C'est un excellent casque pour les voyageurs, à condition d'accepter un arceau un peu rigide et un prix encore élevé.",
    ]
    lists = [
        "Les points forts", "Réduction de bruit très efficace", "Autonomie de plus de trente heures", "Application claire et complète",
        "Les points faibles", "Arceau un peu rigide", "Prix encore élevé",
    ]
    page = ["Accueil", "Pros", "Guides d'achat", "Bons plans", "Test du casque Sonora Quiet 5 : le silence a un prix", "Par Léa Martin",
            "Publié le 3 mars 2025", *text, *lists, "Partager :", "Facebook", "E-mail", "Articles similaires"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *lists]
