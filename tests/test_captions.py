"""Captions: the picture's description and its credit, in the shapes pages give them."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.metadata import captions

HEADER = ["أخبار | محليات", "إطلاق البرنامج الوطني لمهارات الاقتصاد الرقمي في أبوظبي", "أبوظبي في 3 فبراير / وام /"]
TEXT = [
    "أطلقت وزارة الاقتصاد اليوم البرنامج الوطني لمهارات الاقتصاد الرقمي الذي يستهدف تدريب عشرة آلاف شاب خلال ثلاث سنوات.",
    "وقال وكيل الوزارة في كلمة خلال حفل الإطلاق إن البرنامج يشمل ست مسارات تدريبية تبدأ أولاها في شهر مارس المقبل.",
]


def test_caption_without_credit_by_its_opening_words() -> None:
    caption = "جانب من إطلاق البرنامج الوطني لمهارات الاقتصاد الرقمي في أبوظبي"
    article = newsclean.clean("\n".join([*HEADER, caption, *TEXT]))
    assert list(article.paragraphs) == TEXT
    assert [c.text for c in article.captions] == [caption]


def test_a_paragraph_that_opens_the_same_way_stays() -> None:
    paragraph = "جانب من الحضور تابع الحفل من القاعة المجاورة، فيما نقلت الوزارة وقائعه مباشرة عبر حساباتها الرسمية."
    article = newsclean.clean("\n".join([*HEADER, *TEXT, paragraph]))
    assert list(article.paragraphs) == [*TEXT, paragraph]


def test_long_bracketed_credit_that_says_it_is_one() -> None:
    caption = "Le site de production de Valmorin à Vénissieux, en 2024. (Photo Hervé Lachaud/Hans Lucas pour « La Lettre des Marchés »)"
    text = [
        "Le groupe a publié mardi des résultats annuels supérieurs aux attentes, portés par la hausse des ventes en Europe du Nord.",
        "Son chiffre d'affaires progresse de 8 % sur l'année, à 1,2 milliard d'euros, et la marge opérationnelle atteint un record.",
    ]
    page = ["Accueil > Entreprises", "Valmorin dépasse le milliard d'euros de chiffre d'affaires", "Par Claire Dumas", caption, *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["Hervé Lachaud/Hans Lucas pour « La Lettre des Marchés »"]


def test_credits_of_portuguese_maghreb_and_broadcaster_styles() -> None:
    from newsclean.lines import Line
    from newsclean.metadata.captions import _credit
    from newsclean.normalize import fold

    cases = {
        "Passageiros aguardam na estação de Santa Apolónia durante a greve. Fotografia: Tiago Mourão / Lusa": "Fotografia: Tiago Mourão / Lusa",
        "La palmeraie de Tamnougalt, au sud d'Agdz. Ph. DR": "Ph. DR",
        "Dr Olsen's team surveyed 140 pools across the state last summer. (ANB News: Jesse Marrawal)": "(ANB News: Jesse Marrawal)",
    }
    for text, credit in cases.items():
        assert _credit(Line(0, text, fold(text))) == credit
    note = "The minister said the plan would go ahead anyway. (Update: March 3)"
    assert _credit(Line(0, note, fold(note))) is None


def test_credit_alone_under_its_caption_names_an_agency_and_a_photographer() -> None:
    caption = "La conseillère d'État Anne Mérillat a présenté les comptes lundi à Lausanne."
    text = [
        "Le canton de Vaud boucle ses comptes 2025 sur un excédent de 212 millions de francs, bien au-dessus du budget voté par le Grand Conseil.",
        "Les recettes fiscales des entreprises expliquent l'essentiel de l'écart, selon le département des finances qui publie les chiffres chaque printemps.",
    ]
    for credit in ("Keystone/Laurent Gillieron", "Reuters/Denis Balibouse"):
        article = newsclean.clean("\n".join(["Comptes vaudois: un excédent inattendu", "Par Marc Rey", caption, credit, *text]))
        assert list(article.paragraphs) == text
        assert [(c.text, c.credit) for c in article.captions] == [(caption, credit.strip("[]"))]


def test_a_slashed_pair_of_unknown_names_is_no_credit() -> None:
    text = [
        "The council voted on Tuesday to extend the trial of the new bus lanes for another six months after a heated debate.",
        "Russia/Ukraine talks",
        "Officials said the talks would resume next week in Geneva, where both delegations are expected to present new proposals.",
    ]
    article = newsclean.clean("\n".join(["Bus lanes stay for now", "By Jane Roe", *text]))
    assert list(article.paragraphs) == text


FR_TEXT = [
    "Les primes d'assurance maladie augmenteront en moyenne de 4,4% l'an prochain, a annoncé mardi le Conseil fédéral à Berne.",
    "En Suisse romande, les écarts restent importants d'un canton à l'autre, et les familles sont les plus touchées par la hausse.",
]


@pytest.mark.parametrize(
    ("caption", "credit", "name"),
    [
        ("Le coureur a franchi la ligne en tête devant ses coéquipiers.", "(J. Prévost/Arène Sport)", "J. Prévost/Arène Sport"),
        ("Le climatologue dans son bureau de l'Université Laval.", "PHOTO JEAN-FRANÇOIS ROY, LE QUOTIDIEN LAURENTIEN", "JEAN-FRANÇOIS ROY, LE QUOTIDIEN LAURENTIEN"),
    ],
)
def test_a_credit_line_under_its_caption(caption: str, credit: str, name: str) -> None:
    article = newsclean.clean("\n".join(["Les primes augmentent encore", "Par Jean Roy", caption, credit, *FR_TEXT]))
    assert list(article.paragraphs) == FR_TEXT
    assert [(c.text, c.credit) for c in article.captions] == [(caption, name)]


def test_a_known_credit_after_the_captions_sentence() -> None:
    caption = "صالة المغادرة في مطار دمشق الدولي. أرشيفية"
    text = TEXT
    article = newsclean.clean("\n".join([*HEADER, caption, *text]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["أرشيفية"]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("عناصر من الهلال الأحمر يساعدون في نقل المصابين - المصدر: الهلال الأحمر الليبي", "الهلال الأحمر الليبي"),
        ("منجم للفوسفات في منطقة خنيفيس بريف حمص الشرقي - المصدر: وكالة سانا", "وكالة سانا"),
        # a site's archive picture; a town's press office
        ("مولدة أهلية في أحد أحياء المدينة القديمة - أرشيف ضفاف نيوز", "أرشيف ضفاف نيوز"),
        ("فرق البلدية خلال أعمال الصيانة في الحي الشرقي - المكتب الإعلامي لبلدية غريان", "المكتب الإعلامي لبلدية غريان"),
    ],
)
def test_an_arabic_pictures_source_after_a_dash(caption: str, credit: str) -> None:
    article = newsclean.clean("\n".join([*HEADER, caption, *TEXT]))
    assert list(article.paragraphs) == TEXT
    assert [c.credit for c in article.captions] == [credit]


def test_an_arabic_sentence_quoting_a_source_is_no_caption() -> None:
    quote = "وأضاف المصدر في تصريح للصحفيين أن اللجنة ستعقد اجتماعها المقبل - المصدر: رئاسة الوزراء"
    article = newsclean.clean("\n".join([*HEADER, *TEXT, quote + ".", TEXT[0].replace("أعلنت", "أكدت")]))
    assert quote + "." in article.paragraphs


def test_a_gallery_counter_with_its_picture_word() -> None:
    from newsclean.lines import Line
    from newsclean.metadata.captions import gallery_counter
    from newsclean.normalize import fold

    assert all(gallery_counter(Line(0, text, fold(text))) for text in ["Bild 1 von 9", "Foto 3 de 12", "2 / 6"])
    assert not gallery_counter(Line(0, "Bild 1", fold("Bild 1")))


FR_HEADER = ["Actualités", "Saguenay durcit les règles du déneigement après une tempête difficile", "Par Julie Tremblay", "23 commentaires"]
FR_TEXT = [
    "La Ville imposera des pénalités plus sévères aux entrepreneurs qui ne respectent pas les délais de déneigement, a annoncé le maire.",
    "Les nouvelles règles, adoptées lors d'une séance extraordinaire lundi soir, entreront en vigueur dès la prochaine tempête.",
    "Selon le service des travaux publics, près de 300 plaintes ont été reçues en une seule fin de semaine.",
]


def test_a_sentence_over_a_declared_photo_credit_is_its_caption() -> None:
    """ "PHOTO : NAME, ARCHIVES" alone on its line says it is a picture's credit: the sentence of a
    caption's length above it (its full stop, fourteen words) is the caption, not the text's."""
    caption = "Une souffleuse dégage une rue du secteur de Chicoutimi, le 5 janvier dernier, après la tempête."
    page = [*FR_HEADER, FR_TEXT[0], caption, "PHOTO : MARC GIRARD, ARCHIVES LE COURRIER", *FR_TEXT[1:]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == FR_TEXT
    assert [c.text for c in article.captions] == [caption]


def test_a_sentence_that_leads_into_a_screenshot_stays() -> None:
    """ "Source: ..." names a screenshot's origin, and a sentence ending with a colon leads into it."""
    lead = "Asked for the weather in the city on Sunday, the assistant gives a short answer with a map and a chart:"
    page = ["Tech", "We asked three voice assistants the same questions", "By Dan Lowe", *EN_TEXT, lead, "Source: Dan Lowe", EN_TEXT[0]]
    article = newsclean.clean("\n".join(page))
    assert lead in article.paragraphs


def test_credits_over_their_captions_under_the_byline() -> None:
    """The page prints each picture's credit above its caption, the first right under the byline."""
    credit = "PHOTO: Rodel T. Mangahas / METRO TRIBUNE"
    captions = [
        "NIGHT RUN Passengers board a ferry at the Guadalupe station on Tuesday. The ferry will run until 9 p.m.",
        "STATION UPGRADE Workers install lights at the Lambingan station in Santa Ana, Manila.",
    ]
    text = [
        "MANILA, Philippines — Commuters will soon be able to ride the river ferry after dark, with the city's authority extending its operating hours.",
        "The operations chief said the longer schedule would add six trips a day between the two terminals along the river.",
        "Each boat will also carry additional life vests and a second crew member on its evening runs, officials said on Tuesday.",
        "Rides will remain free for students, senior citizens and persons with disabilities, while other passengers pay a fare.",
    ]
    page = ["Metro", "River ferry to run night trips starting July 1", "By: Carmela Ocampo - Reporter / Metro Tribune / 05:42 AM June 18, 2025",
            credit, captions[0], *text[:3], credit, captions[1], text[3]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [c.text for c in article.captions] == captions


def test_a_caption_over_an_agency_copyright_between_live_entries() -> None:
    """ "© ANP" alone, no year: an agency's picture, not the site's footer; a live stamp under it is
    no article header."""
    entries = [
        "De veerdienst tussen Vlissingen en Breskens vaart vanavond niet meer vanwege de harde wind op de Westerschelde.",
        "Een zware windstoot heeft het dak van een sporthal in Middelburg gedeeltelijk weggeblazen, meldt de gemeente.",
        "Volgens de brandweer raakte niemand gewond; de sporthal blijft voorlopig gesloten voor alle verenigingen.",
        "In Vlissingen zijn meerdere bomen omgewaaid en is een deel van de boulevard afgesloten voor het verkeer.",
    ]
    caption = "Stukken dakbedekking op straat bij de sporthal in Middelburg"
    page = [
        "LIVE | Zware storm trekt over Zeeland: bomen om, dak van sporthal beschadigd", "Vr 16 augustus 2024",
        "15:10", entries[0], "14:52", entries[1], caption, "© ANP", "14:31", entries[2], "14:05", entries[3],
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == entries
    assert [c.credit for c in article.captions] == ["ANP"]


def test_a_maps_caption_over_its_source_and_designer() -> None:
    """ "المصدر: ... / تصميم: ...": a map's source and its designer on one line credit the line above."""
    caption = "خريطة توضيحية لمسار الطريق الجديد والقرى التي يمر بها في سهل الغاب"
    credit = "المصدر: مديرية الطرق والجسور / تصميم: صدى الغاب"
    article = newsclean.clean("\n".join([*HEADER, TEXT[0], caption, credit, TEXT[1]]))
    assert list(article.paragraphs) == TEXT
    assert [c.text for c in article.captions] == [caption]


def test_a_caption_credited_after_a_bar() -> None:
    caption = "Peatones en la calle Uría de Oviedo, en una imagen de archivo. | Ana Paz Soto"
    text = [
        "El Ayuntamiento de Oviedo cerrará al tráfico la calle Uría durante los fines de semana a partir del próximo mes de mayo.",
        "El concejal de Urbanismo defendió que la medida se evaluará durante seis meses antes de hacerla permanente en la ciudad.",
    ]
    article = newsclean.clean("\n".join(["Oviedo peatonalizará la calle Uría los fines de semana", "Por Marta Villa", text[0], caption, text[1]]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["Ana Paz Soto"]


def test_a_paragraph_after_a_photo_gallery_stays_in_the_text() -> None:
    """A gallery of six credited pictures with their counters ("3 / 6") and its arrows stands
    inside the text: the paragraph under it is the article's, not the page's tail."""
    gallery = ["ألبوم الصور"]
    for number in range(1, 7):
        gallery += [f"{number} / 6", f"لقطة رقم {number} من حفل افتتاح المعرض - تصوير: سمير العلوي"]
    last = "يشار إلى أن المعرض يستمر حتى نهاية الشهر الجاري ويستقبل الزوار يوميا من العاشرة صباحا حتى الثامنة مساء."
    page = [*HEADER, *TEXT, *gallery, "السابق", "التالي", last, "شارك", "فيسبوك", "واتساب", "أضف تعليقك", "الاسم"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*TEXT, last]
    assert len(article.captions) == 6


EN_TEXT = [
    "The longtime coach, who led junior and university teams for four decades, died on Saturday at the age of 84.",
    "His family said he spent his last weeks at home, surrounded by former players who came to visit him every day.",
]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "The coach stands behind the bench at the city arena in 1989. He coached minor, junior and university hockey "
            "for more than four decades. (Submitted by the Leblanc family)",
            "the Leblanc family",
        ),
        ("Dark clouds roll over the main street earlier this year. File picture by Ellie Martin", "Ellie Martin"),
        ("The old sea wall near the ferry terminal, which the council plans to replace. (Supplied)", "Supplied"),
        ("Supporters of the party celebrate outside its secretariat in the old town. — PPI", "PPI"),
    ],
)
def test_credits_that_say_where_the_picture_came_from(caption: str, credit: str) -> None:
    page = ["Sport", "Beloved hockey coach who mentored a generation of players dies at 84", "By Ana Ruiz", caption, *EN_TEXT]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == EN_TEXT
    assert [c.credit for c in article.captions] == [credit]


def test_a_short_sentence_caption_with_its_photographer_and_outlet() -> None:
    caption = "Harbour General Hospital in Kelso. (Emma Lowry/Northern Radio)"
    page = ["Health", "Why the island's only hospital keeps running out of beds", "By Ana Ruiz", caption, *EN_TEXT]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == EN_TEXT
    assert [c.credit for c in article.captions] == ["Emma Lowry/Northern Radio"]


def test_a_polish_credit_after_the_captions_sentence() -> None:
    caption = "Anna Zielińska, wiceburmistrz miasta. Fot. Piotr Lis / Agencja Krajowa"
    text = [
        "Od maja w mieście nie będzie można palić węglem w starych piecach, zapowiedziała w czwartek rada miasta.",
        "Właściciele domów mogą do końca roku składać wnioski o dopłaty do wymiany pieców na pompy ciepła.",
    ]
    article = newsclean.clean("\n".join(["Kraj", "Miasto zakazuje starych pieców od maja", caption, *text]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["Piotr Lis / Agencja Krajowa"]


def test_a_video_caption_with_its_label_in_portuguese() -> None:
    caption = "VÍDEO: moradores registram granizo no centro da cidade — Reprodução/Redes sociais"
    text = [
        "Uma forte chuva de granizo atingiu a cidade na tarde desta segunda-feira e deixou ruas cobertas de gelo por horas.",
        "A Defesa Civil informou que ao menos trinta casas tiveram telhados danificados e que não houve feridos.",
    ]
    article = newsclean.clean("\n".join(["Cidades", "Chuva de granizo cobre ruas de gelo no interior", "14/04/2025 09h30", text[0], caption, text[1]]))
    assert list(article.paragraphs) == text


def test_a_french_archive_credit_after_the_captions_sentence() -> None:
    caption = "La station Quinconces aux heures de pointe. Archives L'Écho du Sud / Thierry David"
    text = [
        "Le réseau de transports sera fortement perturbé jeudi en raison d'un mouvement de grève national des agents.",
        "Les usagers sont invités à reporter les déplacements non indispensables et à privilégier le covoiturage.",
    ]
    article = newsclean.clean("\n".join(["Transports", "Grève jeudi : le réseau de tram très perturbé", caption, *text]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["L'Écho du Sud / Thierry David"]


def test_a_caption_under_the_last_paragraph_whose_brackets_say_credit() -> None:
    text = [
        "أعلنت وزارة الصحة اليوم انطلاق الجولة الثانية من حملة التطعيم في مراكز الإيواء وسط القطاع وجنوبه.",
        "وأوضحت الوزارة أن الفرق الميدانية ستعمل على مدى خمسة أيام وأن التطعيم مجاني لجميع الأطفال دون العاشرة.",
    ]
    caption = "طفلة تتلقى جرعة التطعيم في أحد مراكز الإيواء وسط القطاع. (أرشيف - تصوير: سامر خليل)"
    signed = text[1][:-1] + " في المراكز المعتمدة. (وفا)"  # a paragraph signed off with its agency stays
    article = newsclean.clean("\n".join(["صحة", "انطلاق الجولة الثانية من حملة التطعيم", *text, caption]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["أرشيف - تصوير: سامر خليل"]
    article = newsclean.clean("\n".join(["صحة", "انطلاق الجولة الثانية من حملة التطعيم", text[0], signed]))
    assert list(article.paragraphs) == [text[0], signed]


def test_a_last_paragraph_that_names_its_datas_source_in_brackets_stays() -> None:
    text = [
        "Unemployment in the region fell to 4.1 per cent in the third quarter, the lowest rate since the series began in 1992.",
        "The number of people in work rose by 12,000 over the year, most of them in health care. (Source: Office for National Statistics)",
    ]
    article = newsclean.clean("\n".join(["Economy", "Regional unemployment falls to record low", "By Ana Ruiz", *text]))
    assert list(article.paragraphs) == text
    assert not article.captions


def test_a_videos_title_under_the_players_label_and_length() -> None:
    text = [
        "أعلن مركز المصالحة في المحافظة اليوم الخميس أن دوريات مشتركة سُيّرت في بلدات الريف الشرقي بعد أيام من التوتر الأمني.",
        "وقال المتحدث باسم المركز في إيجاز صحفي إن الدوريات شملت خمس بلدات وإن الوضع عاد إلى طبيعته في معظم المناطق.",
    ]
    title = "دورية مشتركة على الطريق الواصل بين البلدتين"
    page = ["دوريات مشتركة في ريف المحافظة الشرقي بعد توتر أمني", "17.03.2022 | 14:37 GMT", "فيديو", "02:15", title, *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [c.text for c in article.captions] == [title]


def test_a_credit_in_capitals_after_a_long_captions_sentence() -> None:
    caption = (
        "The striker celebrates his second goal against the visitors during their league match at the city stadium "
        "on Sunday afternoon, March 16, 2025, in front of a crowd of about four thousand. PHOTO | CHRIS OMOLLO | MERIDIAN"
    )
    page = ["Sport", "Beloved hockey coach who mentored a generation of players dies at 84", "By Ana Ruiz", caption, *EN_TEXT]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == EN_TEXT
    assert [c.credit for c in article.captions] == ["CHRIS OMOLLO | MERIDIAN"]


def test_a_caption_over_a_copyright_credit_with_the_photographer() -> None:
    caption = "وزير النقل ونظيره خلال توقيع الاتفاقية في العاصمة"
    text = [
        "وقع البلدان اليوم اتفاقية لتطوير خط السكك الحديدية بين الميناء والعاصمة بكلفة تقديرية تتجاوز مليار دولار.",
        "وقال الوزير في مؤتمر صحفي إن الأعمال ستبدأ في الربيع المقبل وتستمر ثلاث سنوات على ثلاث مراحل متتالية.",
    ]
    page = ["توقيع اتفاقية لتطوير خط السكك الحديدية", "حاوره: كريم منصور", text[0], caption, "© الإذاعة الدولية / أندريه بافلوف", text[1]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "الإذاعة الدولية / أندريه بافلوف")]


def test_a_credit_glued_to_its_caption_is_no_headline() -> None:
    caption = "A dry reservoir outside the town, where water levels have fallen for four years.Credit...Ana Ortiz for The Courier"
    text = [
        "The valley's three reservoirs stood at less than a fifth of their capacity on Monday, the lowest level on record.",
        "Farmers who draw water from them were told last week that their allocations would be cut by half from April.",
        "The regional water board said it would decide in May whether further cuts were needed before the summer.",
    ]
    page = ["Drought deepens in the valley as reservoirs fall to record lows",
            "Farmers say a fourth dry year could force them to sell their herds before the winter.",
            "Share full article", "412", caption, "By Lee Park", "March 3, 2025", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[0]
    assert list(article.paragraphs) == text


def test_a_line_announcing_a_list_under_a_gallerys_last_counter_is_the_texts() -> None:
    """A gallery ends with its counter ("١ / ٣"); the sentence under it that ends with a colon
    announces the list that follows: the text goes on, it is no picture's caption."""
    gallery = ["ألبوم الصور", "الوزير خلال تفقد الوحدات السكنية - تصوير: سمير العلوي", "جانب من أعمال التشطيبات - تصوير: سمير العلوي", "١ / ٣"]
    listed = ["وشملت الجولة تفقد المشروعات التالية:", "- محطة معالجة الصرف الصحي بالمنطقة الصناعية", "- مدرستان للتعليم الأساسي بالحي السابع"]
    last = "يشار إلى أن المعرض يستمر حتى نهاية الشهر الجاري ويستقبل الزوار يوميا من العاشرة صباحا حتى الثامنة مساء."
    article = newsclean.clean("\n".join([*HEADER, *TEXT, *gallery, *listed, last, "شارك", "فيسبوك"]))
    assert list(article.paragraphs) == [*TEXT, *listed, last]


@pytest.mark.parametrize("credit", ["Lecteur-reporter", "Mathieu Favre pour L’Écho romand"])
def test_a_readers_picture_credit(credit: str) -> None:
    caption = f"Le toit de l’immeuble de la rue de Lausanne, à Morges, vers 15h. {credit}"
    text = [
        "Des rafales jusqu’à 130 km/h ont balayé l’arc lémanique vendredi, privant des milliers de foyers d’électricité.",
        "À Morges, une partie de la toiture d’un immeuble locatif a été arrachée en fin d’après-midi, sans faire de blessé.",
    ]
    article = newsclean.clean("\n".join(["Tempête sur le Léman", "Par Nadia Berset", text[0], caption, text[1]]))
    assert list(article.paragraphs) == text


def test_a_caption_credited_to_the_persons_own_account() -> None:
    # "... - صورة من حسابها على إنستغرام": a picture taken from the person's account, above the text
    caption = 'الفنانة في كواليس مسلسل "بيت الحاجة" - صورة من حسابها على إنستغرام'
    text = [
        "كشفت الفنانة خلال استضافتها في برنامج تلفزيوني عن كواليس دورها في المسلسل الذي يعرض حاليا على شاشة رمضان.",
        "وأضافت أنها جلست لساعات مع سيدات من محافظة المنوفية لتتعلم طريقة الكلام والحركة التي تناسب الشخصية.",
    ]
    article = newsclean.clean("\n".join(["الفنانة تكشف كواليس دورها في المسلسل الرمضاني", "كتبت: نهى عبد الحميد", caption, *text]))
    assert list(article.paragraphs) == text
    assert [found.credit for found in article.captions] == ["حسابها على إنستغرام"]  # the credit, its "picture from" aside


def test_a_sentence_over_an_agency_and_photographers_credit_is_a_caption() -> None:
    # "Un projet similaire ... avait été mené en 2019." over "Keystone-ATS/Marc Delessert": a caption
    # of a sentence, credited alone on the line under it
    text = [
        "La Municipalité de Lausanne a présenté vendredi un projet de piétonnisation de la rue Centrale, qui doit aboutir en 2027.",
        "L'association des commerçants du centre-ville a accueilli le projet avec prudence, craignant les effets d'un long chantier.",
    ]
    caption = "Un projet similaire à la place de la Palud avait été mené en 2019, non sans résistance."
    article = newsclean.clean("\n".join(["Lausanne veut piétonniser la rue Centrale", "Par Nadia Berset", text[0], caption, "Keystone-ATS/Marc Delessert", text[1]]))
    assert list(article.paragraphs) == text


def test_a_galleys_heading_and_its_last_caption_go_with_the_pictures() -> None:
    # "صور من ..." over two captions credited alike; the second is the last line kept before an appeal
    text = [
        "وتستضيف ولاية كسلا وحدها مئات الآلاف من النازحين في مراكز إيواء مكتظة تفتقر إلى الخدمات الأساسية.",
        "وطالب والي كسلا المكلف المنظمات الإنسانية بزيادة الدعم قبل حلول فصل الشتاء في الأسابيع المقبلة.",
    ]
    gallery = [
        "صور من مراكز الإيواء في كسلا",
        "نازحون سودانيون ينتظرون توزيع المساعدات الغذائية في أحد مراكز الإيواء بولاية كسلا (رويترز)",
        "أطفال يملؤون أوعية المياه من صهريج في مخيم عشوائي شرق المدينة (رويترز)",
    ]
    appeal = ["ساهم في إغاثة الأسر النازحة", "تبرعك يصل مباشرة إلى المطابخ الجماعية ومراكز الإيواء", "تبرع الآن"]
    article = newsclean.clean("\n".join(["النازحون في كسلا يواجهون شتاء قاسيا", "كتب: عثمان الطيب", *text, *gallery, *appeal]))
    assert list(article.paragraphs) == text


def test_the_last_line_credited_like_another_caption_is_a_caption() -> None:
    # "... (خاص)" after the last paragraph, as under a picture above: a caption, not a paragraph signed off
    text = [
        "بدأت أعمال ترميم خان الصابون في المدينة القديمة بعد توقف دام سنوات، وسط آمال بإعادة الحياة إلى السوق المجاور.",
        "وقال المهندس المشرف على المشروع إن المرحلة الأولى شملت تدعيم الجدران الحجرية وترميم الأسقف الخشبية للخان.",
    ]
    captions = [
        "واجهة خان الصابون بعد انتهاء المرحلة الأولى من أعمال الترميم (خاص)",
        "الفناء الداخلي لخان الصابون قبل بدء أعمال المرحلة الثانية من المشروع (خاص)",
    ]
    article = newsclean.clean("\n".join(["ترميم خان الصابون يدخل مرحلته الثانية", "كتب: سامر قطان", text[0], captions[0], text[1], captions[1]]))
    assert list(article.paragraphs) == text


def test_a_caption_credited_to_a_clubs_media_centre() -> None:
    caption = "المهاجم الغاني خلال توقيعه للنادي - صورة من المركز الإعلامي للنادي"
    text = [
        "أعلن النادي رسميا التعاقد مع المهاجم الغاني لمدة ثلاثة مواسم قادما من الدوري البلجيكي مقابل مبلغ لم يكشف عنه.",
        "وقال رئيس النادي إن اللاعب سيخضع للكشف الطبي غدا قبل الانضمام إلى معسكر الفريق استعدادا للموسم الجديد.",
    ]
    article = newsclean.clean("\n".join(["النادي يضم المهاجم الغاني لثلاثة مواسم", "كتب: محمود عبد الرازق", caption, *text]))
    assert list(article.paragraphs) == text


def test_a_long_caption_with_its_outlets_capital_credit_at_the_end() -> None:
    # "... COURIER PHOTO: LIM WEI JIE": the outlet's name, its picture's word and the photographer, in capitals
    caption = (
        "Diners at the food centre in Toa Payoh Lorong 5 on Oct 21. The centre will close for upgrading works "
        "from Jan 5, 2026, and reopen in December. COURIER PHOTO: LIM WEI JIE"
    )
    text = [
        "SINGAPORE – About 40 hawkers at a Toa Payoh food centre will move to a temporary site nearby while the centre is upgraded.",
        "The works, part of a national programme to renew ageing food centres, will take about a year, the agency said on Tuesday.",
        "Stallholders will not pay rent for the temporary stalls, and the agency will help them move their equipment.",
    ]
    page = ["Hawkers at Toa Payoh food centre to move to temporary site during upgrading", "Published Oct 22, 2025, 05:00 AM", caption, *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption.removesuffix(" COURIER PHOTO: LIM WEI JIE"), "COURIER PHOTO: LIM WEI JIE")]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("الدقيقة 23: ماتيوس ريبيرو (نجوم الشرقية)", None),  # a goal, its team in brackets
        ("45+2' Mohamed Salah (Liverpool)", None),
        ("جانب من المباراة بين الصقور ونجوم الشرقية على ملعب المدينة (تصوير: سلطان العنزي)", "(تصوير: سلطان العنزي)"),
    ],
)
def test_a_goals_minute_and_team_are_no_caption_and_credit(line: str, credit: str | None) -> None:
    from newsclean.lines import Line
    from newsclean.metadata.captions import _credit
    from newsclean.normalize import fold

    # (the teams are names the page's chrome shows too, in its tags: a site's or an agency's, else)
    names = frozenset(fold(name) for name in ("نجوم الشرقية", "الصقور", "Liverpool"))
    assert _credit(Line(0, line, fold(line)), names) == credit


def test_captions_between_an_arabic_gallerys_counters() -> None:
    # "صورة 3 من 8" (folded "صوره"): the short line under each counter is its picture's caption
    text = [
        "شهد العرض الخاص لفيلم ليالي الكورنيش حضورا كبيرا من نجوم الفن والإعلام مساء أمس في إحدى دور العرض بالقاهرة.",
        "وحرص عدد كبير من الفنانين على دعم صناع الفيلم، الذي يعرض في دور السينما بداية من الأسبوع المقبل.",
    ]
    gallery = ["صورة 1 من 3", "المخرج كريم الصاوي يتوسط أبطال الفيلم", "صورة 2 من 3", "الفنان شريف لطفي يحيي الجمهور",
               "صورة 3 من 3", "المؤلف طارق عزمي برفقة والدته"]
    after = "ومن المقرر أن يشارك الفيلم في عدد من المهرجانات العربية خلال الأشهر المقبلة، بحسب الشركة المنتجة."
    page = ["نجوم الفن في العرض الخاص لفيلم ليالي الكورنيش", "كتب: محمود السيد", *text, *gallery, after]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*text, after]
    assert [caption.text for caption in article.captions] == gallery[1::2]


def test_a_long_caption_credited_in_square_brackets_with_the_photographer_and_outlet() -> None:
    # "... on March 10, 2025. [Wanjiru Kamau, The Sentinel]": a lead picture's caption of 27 words
    caption = (
        "Members of the Kapkures Water Users Association inspect a sand dam on a seasonal stream in Rongai, "
        "Nakuru County, on March 10, 2025."
    )
    credit = "[Wanjiru Kamau, The Sentinel]"
    text = [
        "Farmers in Nakuru County are turning to sand dams to store water through the dry season, as rains become less predictable.",
        "The structures, built across seasonal streams, trap sand that holds water long after the surface has dried up.",
        "County officials say more than forty dams have been built in the past three years with help from local groups.",
    ]
    page = ["Sand dams keep Nakuru farms green through the dry months", "By Wanjiru Kamau", "March 11, 2025", f"{caption} {credit}", *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit.strip("[]"))]


def test_photographer_in_capitals_after_the_captions_sentence() -> None:
    caption = "Un agricultor trabaja en una parcela de huerta en Benifaraig, al norte de Valencia. MÒNICA TORRES"
    text = [
        "El Ayuntamiento de Valencia aprobó este lunes en junta de gobierno un plan para recuperar cuarenta hectáreas de huerta abandonada.",
        "La iniciativa llega después de años de quejas vecinales por el deterioro de las acequias y de los caminos rurales del norte de la ciudad.",
    ]
    page = ["Valencia", "Valencia aprueba un plan para recuperar 40 hectáreas de huerta", "Laura Benlloch", "11 mar 2025 - 13:05 CET", caption, *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption.rsplit(". ", 1)[0] + ".", "MÒNICA TORRES")]


def test_courtesy_credit_names_the_owner() -> None:
    caption = "Crews replace a water main on Birch Street in Oakridge Junction on Tuesday. (Photo courtesy of Oakridge Junction Public Works)"
    text = [
        "The city's water main replacement program will close two blocks of Birch Street for most of March, public works officials said Tuesday.",
        "Residents on the affected blocks will keep water service through temporary lines, and crews will work weekdays from 7 a.m. to 5 p.m.",
    ]
    page = ["News", "Birch Street closures begin as water main work moves downtown", "By Dana Kerr", "March 3, 2025", caption, *text]
    assert [c.credit for c in newsclean.clean("\n".join(page)).captions] == ["Oakridge Junction Public Works"]


def test_lone_credit_under_the_headers_chrome_captions_the_line_under_it() -> None:
    text = [
        "موسكو - وكالة الأنباء. بحث نائب وزير الخارجية الروسي مع وزير الخارجية السوري خارطة طريق لإعادة تأهيل محطات الكهرباء السورية خلال لقاء في موسكو.",
        "وقال نائب الوزير في تصريحات للصحفيين عقب اللقاء الذي استمر نحو ثلاث ساعات إن الجانبين اتفقا على تشكيل فريق عمل مشترك يجتمع شهريا.",
    ]
    caption = "وزير الخارجية السوري ونائب وزير الخارجية الروسي خلال لقائهما في موسكو"
    page = ["العالم العربي", "موسكو ودمشق تتفقان على خارطة طريق لإعادة تأهيل محطات الكهرباء", "15.04.2025, 13:47",
            "اشترك في قناتنا على تلغرام", "© فيستا / فلاديمير كوزلوف", caption, "تابعنا عبر", *text]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[1]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "فيستا / فلاديمير كوزلوف")]
    assert list(article.paragraphs) == text


def test_a_pictures_owner_after_the_copyright_sign() -> None:
    caption = "الفنان الراحل خلال حفل بمهرجان قرطاج الدولي سنة 2009 © فتحي بلحاج"
    page = ["ثقافة", "رحيل الفنان محمد الصادق بن عمارة عن 78 عاما", "تونس - 12 مارس 2025", caption, *TEXT, "© 2025 جميع الحقوق محفوظة"]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [("الفنان الراحل خلال حفل بمهرجان قرطاج الدولي سنة 2009", "فتحي بلحاج")]
    assert list(article.paragraphs) == TEXT


def test_caption_sentence_over_a_credit_in_capitals() -> None:
    caption = "Des travailleurs remplacent les joints de dilatation du pont Laviolette, en octobre dernier."
    text = [
        "Les automobilistes qui traversent le fleuve entre Trois-Rivières et Bécancour devront composer avec des fermetures du pont la nuit.",
        "C'est ce qu'a confirmé mardi le ministère des Transports en présentant le calendrier des travaux de réfection de la structure.",
    ]
    page = ["Pont Laviolette : fermetures de nuit jusqu'à l'été 2027", "Publié le 12 novembre 2025 à 5 h 00", "Partager",
            "Marc-Olivier Gendron", "Le Riverain", caption, "PHOTO JULIE ST-ONGE, LE RIVERAIN", *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "JULIE ST-ONGE, LE RIVERAIN")]
    assert article.author == "Marc-Olivier Gendron"


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        # the caption's sentence, a bar or a slash, the credit
        ("Les halles Saint-François, ici en février, ont vu leur charpente reprise. | OUEST-INFO",
         "Les halles Saint-François, ici en février, ont vu leur charpente reprise.", "OUEST-INFO"),
        ("Un canal de riego en Los Monegros, en una imagen de archivo. / Marta Lasheras",
         "Un canal de riego en Los Monegros, en una imagen de archivo.", "Marta Lasheras"),
        # a description, a dash, the photographer and the agency
        ("Passageiros embarcam no Terminal Central de Campinas - Ricardo Lemos/FIP",
         "Passageiros embarcam no Terminal Central de Campinas", "Ricardo Lemos/FIP"),
        # "(foto di ...)": the credit is the name
        ("Un treno suburbano in arrivo alla stazione di Porta Garibaldi (foto di Stefano Riva)",
         "Un treno suburbano in arrivo alla stazione di Porta Garibaldi", "Stefano Riva"),
        # "Imagem:" (pt) labels a credit like "Foto:"
        ("Simulação do futuro acesso ao parque, junto ao edifício dos Paços do Concelho. Imagem: Câmara Municipal de Viseu",
         "Simulação do futuro acesso ao parque, junto ao edifício dos Paços do Concelho.", "Câmara Municipal de Viseu"),
    ],
)
def test_credits_after_a_bar_a_slash_or_a_dash(caption_line: str, caption: str, credit: str) -> None:
    text = [
        "The regional council approved the new plan on Monday after a debate that lasted most of the afternoon and evening.",
        "Work on the first section is due to start in the spring and should be finished before the end of next year.",
    ]
    page = ["Council approves the new transport plan", "By Ana Duarte", "10 March 2025", caption_line, *text]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert list(article.paragraphs) == text


def test_a_caption_over_a_photographer_and_the_papers_initials() -> None:
    caption = "Auf der Hardstrasse soll eine der ersten neuen Velovorzugsrouten entstehen."
    text = [
        "Die Stadt Zürich will bis 2030 ein Netz von Velovorzugsrouten bauen, auf denen Velofahrende zügig und sicher vorankommen.",
        "Der Stadtrat hat dafür am Montag einen Rahmenkredit von 120 Millionen Franken beantragt, über den das Volk entscheidet.",
    ]
    page = ["Zürich plant schnelle Velorouten", "Lesezeit 4 Min.", "10.03.2025", caption, "Seline Imhof / ZTB", *text]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Seline Imhof / ZTB")]
    assert list(article.paragraphs) == text


def test_a_bracketed_note_over_a_tables_rows_is_the_tables_title_no_caption() -> None:
    lead = "حافظت الليرة اللبنانية على استقرارها أمام الدولار خلال الأسبوع، فيما تراجعت الليرة السورية في السوق الموازية بدمشق."
    table = ["في السوق الموازية في دمشق (بالليرة السورية)", "العملة شراء مبيع", "الدولار الأمريكي 13500 13650", "اليورو 15700 15900", "الليرة التركية 335 345"]
    after = "ويعزو متعاملون في دمشق تراجع الليرة إلى زيادة الطلب على الدولار قبيل موسم الاستيراد وتراجع التحويلات الخارجية."
    page = ["نشرة أسعار الصرف الأسبوعية", "إعداد: ريم الخوري", "الاثنين 7 تموز 2025", lead, *table, after]
    article = newsclean.clean("\n".join(page))
    assert not article.captions
    assert table[0] in article.paragraphs


def test_a_long_caption_credited_name_slash_outlet_in_brackets() -> None:
    """A caption of two sentences under the header, "(Marianne Tessier/CBC)" at its end: the
    photographer and the outlet, a credit however long the caption."""
    text = [
        "Denise Lavallée says she cried when she saw the envelope with her name on it at the thrift store last week.",
        "Inside was the plain gold band her husband slipped on her finger in 1986, lost in the snow in the winter of 2011.",
    ]
    caption = "Denise Lavallée holds the gold band she lost in the winter of 2011. She says she had given up on ever seeing it again. (Marianne Tessier/CBC)"
    article = newsclean.clean("\n".join(["Lost wedding ring turns up in a thrift store boot", "Marianne Tessier", "Mar 20, 2025", caption, *text]))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(caption[: caption.index(" (")], "Marianne Tessier/CBC")]



def test_a_list_items_bracketed_word_is_no_caption() -> None:
    """ "ملعقة كبيرة من بذور الشيا (اختياري)" between two ingredients: an item of the list (optional),
    not a picture credited "(اختياري)"."""
    text = ["يمكن تحضير هذا المشروب في البيت خلال دقائق قليلة من دون أي تعقيد، وهو مناسب لوجبة الإفطار.", "المكونات:"]
    items = ["كوب من الحليب قليل الدسم", "3 حبات تمر منزوعة النوى", "ملعقة كبيرة من بذور الشيا (اختياري)", "مكعبات ثلج حسب الرغبة"]
    after = ["اخلطي المكونات جميعها في الخلاط لمدة دقيقة حتى يصبح المزيج ناعماً ثم قدميه بارداً في الصباح."]
    article = newsclean.clean("\n".join(["مشروب الشوفان بالتمر", *text, *items, *after]))
    assert list(article.paragraphs) == [*text, *items, *after]
    assert not article.captions


def test_a_credit_naming_the_site_and_its_photographer_under_the_caption() -> None:
    """ "Léman Minute/Yannick Bovet" under a caption: the site (its masthead's name) and the
    photographer credit the picture above; the key points under it stay apart."""
    text = [
        "Les noctambules lausannois n'auront bientôt plus à rentrer à pied le dimanche soir, a annoncé la ville.",
        "Jusqu'ici, le réseau nocturne ne fonctionnait que les nuits du vendredi et du samedi, sur quatre lignes.",
    ]
    page = ["Léman Minute", "Suisse romande", "Vaud", "Lausanne: les bus de nuit rouleront aussi le dimanche", "Noémie Perrenoud",
            "Les lignes nocturnes partent de la place Saint-François, au centre-ville.", "Léman Minute/Yannick Bovet", *text,
            "© Léman Minute 2025"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [(c.text, c.credit) for c in article.captions] == [(page[5], "Léman Minute/Yannick Bovet")]


def test_a_credit_after_a_bar_that_follows_a_quotes_full_stop() -> None:
    caption = "Sen. Harlan Pruitt said the grant program “has been stuck in the mud for two years.” | Tom Vasko/Capitol Ledger"
    text = [
        "A bipartisan group of Senate appropriators is quietly drafting language to loosen the program's rules.",
        "The fix would lower a matching-funds requirement that rural co-ops say they cannot meet on their own.",
    ]
    article = newsclean.clean("\n".join(["Appropriators eye a quiet fix for rural broadband grants", "By Danielle Okafor", "03/20/2025 06:00 AM EDT", caption, *text]))
    assert list(article.paragraphs) == text
    assert [c.credit for c in article.captions] == ["Tom Vasko/Capitol Ledger"]


# Credit labels are data per language (`lexicons/<lang>/credit-label.txt`), found after the caption's
# sentence, in brackets (full-width ones too), or alone.
@pytest.mark.parametrize(
    ("caption_line", "caption", "name"),
    [
        (
            "Sådan kan den nye svømmehal komme til at se ud fra havnen. Visualisering: Nordlys Arkitekter",
            "Sådan kan den nye svømmehal komme til at se ud fra havnen.",
            "Nordlys Arkitekter",
        ),
        ("ایک بازار میں شہری خریداری کر رہے ہیں۔ فوٹو: عمران شاہ", "ایک بازار میں شہری خریداری کر رہے ہیں۔", "عمران شاہ"),
        ("市府表示，今年將優先協助老舊公寓加裝電梯。（攝影／張家豪）", "市府表示，今年將優先協助老舊公寓加裝電梯。", "張家豪"),
    ],
)
def test_a_credit_label_of_another_language(caption_line: str, caption: str, name: str) -> None:
    article = newsclean.clean("\n".join(["Les primes augmentent encore", "Par Jean Roy", caption_line, *FR_TEXT]))
    assert list(article.paragraphs) == FR_TEXT
    assert [(c.text, c.credit) for c in article.captions] == [(caption, name)]


def test_a_copyright_label_is_the_credits_and_the_sign_leaves_the_caption() -> None:
    page = [
        "La commune arrose ses jardins la nuit pour économiser l'eau",
        "Un jardinier de la commune arrose un massif sur l'avenue Mohammed V, à Rabat. © Copyright : Youssef El Alami",
        "La commune a décidé d'arroser les jardins publics uniquement la nuit, afin de limiter l'évaporation pendant l'été.",
        "Selon les services techniques, cette mesure permettra d'économiser près d'un tiers de l'eau utilisée chaque année.",
        "Les habitants sont invités à faire de même dans leurs jardins privés, ajoute le communiqué de la mairie.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.captions == (
        newsclean.Caption("Un jardinier de la commune arrose un massif sur l'avenue Mohammed V, à Rabat.", "Youssef El Alami"),
    )


def test_a_caption_owned_by_an_agency_after_a_copyright_sign() -> None:
    """ "... بولاية صفاقس © وات": the agency the credit lexicon knows owns the picture."""
    text = [
        "انطلقت أمس حملة جني الزيتون في ولاية صفاقس وسط توقعات بصابة قياسية هذا الموسم حسب وزارة الفلاحة.",
        "وقال مسؤول جهوي إن الإنتاج قد يبلغ 400 ألف طن من الزيتون في الولاية وحدها خلال هذا الموسم.",
    ]
    article = newsclean.clean("\n".join(["صابة قياسية للزيتون في صفاقس", "عمال خلال جني الزيتون بإحدى الضيعات بولاية صفاقس © وات", *text]))
    assert [(c.text, c.credit) for c in article.captions] == [("عمال خلال جني الزيتون بإحدى الضيعات بولاية صفاقس", "وات")]
    assert list(article.paragraphs) == text


def test_a_gallery_caption_credited_in_brackets_at_the_end_of_the_page() -> None:
    """The gallery under the text, its last kept line a caption with its agency in brackets: under the
    gallery's counter ("2 / 2") it is the picture's caption, not a paragraph signed off by its source."""
    text = [
        "افتتح في الدوحة أمس مهرجان المحامل التقليدية بمشاركة عشرات السفن الخشبية القادمة من دول الخليج.",
        "ويستمر المهرجان خمسة أيام تتضمن سباقات للتجديف وعروضا للفنون البحرية وورشا لصناعة السفن.",
    ]
    gallery = ["1 / 2", "محامل راسية على الشاطئ في اليوم الأول - تصوير: حمد المنصوري", "2 / 2",
               "حرفي يعرض أدوات بناء السفن التقليدية في جناح ضيف الشرف خلال افتتاح المهرجان (قنا)"]
    article = newsclean.clean("\n".join(["انطلاق مهرجان المحامل التقليدية في الدوحة", "14 أبريل 2025", *text, *gallery]))
    assert ("حرفي يعرض أدوات بناء السفن التقليدية في جناح ضيف الشرف خلال افتتاح المهرجان", "قنا") in [(c.text, c.credit) for c in article.captions]


def test_a_korean_credit_after_the_caption() -> None:
    """ "... 현장. 사진=부산시": Korean papers write the label, "=", the source."""
    caption = "14일 부산 북항 재개발 구역 내 친수공원 조성 현장."
    paragraphs = [
        "부산 북항 재개발 1단계 구역의 핵심 시설인 친수공원 전면 개방이 또다시 미뤄졌다. 해안 산책로 일부 구간의 안전시설 보강 공사가 추가되면서 9월께로 연기됐다.",
        "부산항만공사와 부산시는 14일 합동 브리핑을 열고 해안 산책로 약 400m 구간에 방호벽을 높이고 배수로를 확장할 필요가 있다고 밝혔다.",
    ]
    article = newsclean.clean("\n".join(["부산 북항 친수공원 전면 개방 또 연기", "김서연 기자", "입력 2025.04.14 09:30", f"{caption} 사진=부산시", *paragraphs]))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "부산시")]
    assert list(article.paragraphs) == paragraphs


def test_a_credit_between_paragraphs_tops_the_caption_under_it() -> None:
    """A paragraph too long for a caption, "Foto: ..." alone, a line of a caption's length, then the
    page's chrome (a related box): the credit tops the caption under it."""
    paragraphs = [
        "Spievajúca fontána na Hlavnej ulici zostane minimálne do júla vypnutá. Mesto v pondelok oznámilo, že pri jarnej kontrole technici zistili poškodenie troch hlavných čerpadiel.",
        "Fontána je medzi Dómom svätej Alžbety a Štátnym divadlom jedným z najnavštevovanejších miest v centre mesta. V letných mesiacoch sa pri nej schádzajú stovky ľudí.",
        "„Čerpadlá sú pôvodné, majú takmer dvadsať rokov. Náhradné diely sa už nevyrábajú, preto musíme objednať úplne nové zariadenie,“ uviedol hovorca mesta Martin Lukáč.",
    ]
    after = [
        "Výmena čerpadiel a riadiacej jednotky bude stáť podľa odhadov mesta približne 180-tisíc eur. Peniaze chce magistrát presunúť z rezervy na údržbu priestranstiev.",
        "Ak poslanci zmenu rozpočtu schvália, dodávateľ by mohol zariadenie nainštalovať v druhej polovici júna. Prvé predstavenie by sa potom mohlo uskutočniť začiatkom júla.",
    ]
    caption = "Fontána na Hlavnej ulici bez vody, pondelok 14. apríla."
    page = ["Spievajúca fontána tento rok nezahrá", "Autor: Peter Hudák", "14. apríla 2025 9:30", *paragraphs,
            "Foto: Východný denník/Jana Kertésová", caption, "Súvisiace články",
            "Košice pripravujú novú podobu Hlavnej ulice. Zmeny sa dotknú aj lavičiek",
            "Na Moyzesovej ulici vyrúbu dvanásť stromov, mesto sľubuje náhradnú výsadbu", *after]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Východný denník/Jana Kertésová")]
    assert list(article.paragraphs) == [*paragraphs, *after]


def test_a_counter_over_a_credit_is_no_caption() -> None:
    """ "Прочетена: 2 418" (read 2,418 times) over "Снимка: ..." is the page's counter: the credit tops
    the caption under it, over the text."""
    caption = "Северната част на Античния стадион под площад „Джумаята“"
    paragraphs = [
        "Античният стадион в центъра на Пловдив ще бъде затворен за посетители от понеделник до края на октомври заради мащабна реставрация на седалките.",
        "По думите на директора на общинското предприятие проектът ще укрепи основите на най-горните редове, които са силно компрометирани от влагата.",
    ]
    page = ["Римският стадион в Пловдив затваря за реставрация", "Автор: Мария Костадинова", "14 април 2025, 09:30",
            "Прочетена: 2 418", "Снимка: Георги Пеев", caption, *paragraphs]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Георги Пеев")]
    assert list(article.paragraphs) == paragraphs


def test_a_gallery_heading_over_the_counters() -> None:
    """ "Galerija" over "1 / 4", a caption, "2 / 4", a caption...: the gallery's heading, with its
    counters between the heading and the captions."""
    paragraphs = [
        "Na Trgu Republike u ponedjeljak su postavljene skele na sjevernom pročelju, a radovi bi trebali trajati do kraja lipnja ove godine.",
        "Obnova obuhvaća sva tri krila sklopa. Restauratori će očistiti kameni vijenac i zamijeniti dotrajale drvene škure na prozorima.",
    ]
    gallery = ["Galerija", "1 / 3", "Skele na sjevernom pročelju u ponedjeljak ujutro Foto: Ante Jurić/Jadranski list",
               "2 / 3", "Radnici uklanjaju oštećeni dio kamenog vijenca Foto: Ante Jurić/Jadranski list",
               "3 / 3", "Drvene škure koje će biti zamijenjene Foto: Mia Kovač/Jadranski list"]
    last = "Radove izvodi splitska građevinska tvrtka, a nadzor nad obnovom provodi gradski konzervatorski odjel u Splitu."
    page = ["Počela obnova pročelja na Prokurativama", "Piše: Ivana Perić", "14. travnja 2025. u 09:30", *paragraphs, *gallery, last, "Podijeli"]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*paragraphs, last]
    assert len(article.captions) == 3


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("（記者林怡君攝）", "林怡君"),  # the reporter who took the picture ("shot")
        ("（记者王小明摄）", "王小明"),
        ("（圖／北市都發局提供）", "北市都發局"),  # "provided by", written after the name
        ("（攝影／張家豪）", "張家豪"),
    ],
)
def test_chinese_credits(tail: str, credit: str) -> None:
    caption = "北市都發局14日召開記者會說明增設電梯補助新制。"
    paragraphs = [
        "台北市政府14日宣布，老舊公寓增設電梯的補助上限將從現行的250萬元提高到400萬元，新制自5月1日起受理申請。",
        "都發局表示，全市屋齡超過30年的五層以下公寓約有1萬2000棟，其中絕大多數沒有電梯，長者上下樓十分不便。",
    ]
    article = newsclean.clean("\n".join(["北市老公寓增設電梯補助加碼", "2025/04/14 09:30", paragraphs[0], caption + tail, paragraphs[1]]))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert list(article.paragraphs) == paragraphs


def test_an_uncredited_caption_of_someone_during_an_occasion() -> None:
    """ "<someone> خلال تفقد/لقائه ..." with no verb before it and no full stop: a picture's caption, even
    without a credit; a paragraph that opens with its verb ("وقال الوزير خلال لقائه ...") stays text."""
    caption = "محافظ الشمال خلال تفقده محطة معالجة المياه الجديدة في المنطقة الصناعية"
    text = [
        "افتتح محافظ الشمال صباح اليوم محطة جديدة لمعالجة المياه في المنطقة الصناعية بطاقة تبلغ عشرين ألف متر مكعب يوميا.",
        "وقال المحافظ خلال لقائه عددا من أهالي المنطقة إن المحطة ستخدم أكثر من مئة ألف نسمة في القرى المجاورة",
        "وأضاف أن المرحلة الثانية من المشروع ستبدأ مطلع العام المقبل وتشمل تمديد شبكة أنابيب جديدة إلى القرى البعيدة.",
    ]
    page = ["افتتاح محطة جديدة لمعالجة المياه في المنطقة الصناعية", "كتب - سامي الحداد", "الأربعاء 15 أكتوبر 2025", caption, *text]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    assert [c.text for c in article.captions] == [caption]


def test_a_credit_label_left_at_the_end_of_the_caption_goes() -> None:
    """ "... Winogradach. Fot. PAP/Marek Zawadzki": the caption is the sentence, without the label."""
    caption = "Zbiornik na deszczówkę przy domu jednorodzinnym na poznańskich Winogradach. Fot. PAP/Marek Zawadzki"
    text = [
        "Miasto po raz pierwszy dopłaci mieszkańcom do zbiorników na deszczówkę, a wnioski można składać od poniedziałku.",
        "Na program przeznaczono w tym roku dwa miliony złotych, a jedno gospodarstwo może dostać do sześciu tysięcy.",
    ]
    page = ["Poznań dopłaci do zbiorników na deszczówkę", "Anna Nowak", "14.05.2025, 10:15", caption, *text]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Zbiornik na deszczówkę przy domu jednorodzinnym na poznańskich Winogradach.", "PAP/Marek Zawadzki")
    ]


def test_a_korean_picture_provided_by_its_source() -> None:
    """ "<caption>. 대전시 제공": the picture "provided by" the city, after the caption's sentence."""
    from newsclean.lines import Line
    from newsclean.metadata.captions import _credit
    from newsclean.normalize import fold

    line = "대전 대덕구 대화동 일대 대덕산업단지 전경. 대전시 제공"
    assert _credit(Line(0, line, fold(line))) == "대전시 제공"


def test_a_credit_label_glued_to_the_captions_last_word() -> None:
    # Caption and credit in two <span>s with nothing between them: their texts run together.
    caption = "سحب ركامية تتشكل فوق ولاية بوشر في محافظة مسقط"
    article = newsclean.clean("\n".join([*HEADER, caption + "تصوير: غيث البلوشي", *TEXT]))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "غيث البلوشي")]
    assert list(article.paragraphs) == TEXT


def test_a_word_that_ends_like_a_credit_label_is_no_glued_credit() -> None:
    line = "Blue Stilton cheese from Melton Mowbray has a protected status. Photograph: David Sillitoe"
    assert captions.glued_credit(line) is None  # "Photograph:" is one label, not "Photogra" and "ph:"
    assert captions.glued_credit("وتعمل الحكومة بصورة: دائمة على تحسين الخدمات في كل المحافظات") is None


def test_an_apps_labelled_picture_fields() -> None:
    # An app's export: the picture's description and its source in labelled fields, the source's own label too.
    article = newsclean.clean("\n".join([
        *HEADER, "وصف الصورة: صيادون يجهزون شباكهم في مرفأ المحرق", "مصدر الصورة: تصوير: أحمد عيسى", *TEXT,
    ]))
    assert [(c.text, c.credit) for c in article.captions] == [("صيادون يجهزون شباكهم في مرفأ المحرق", "أحمد عيسى")]


def test_the_mastheads_tagline_and_city_over_the_menu_is_no_caption() -> None:
    page = [
        "دەنگی سەیوان", "ماڵپەڕی هەواڵ و ڕاپۆرت - سلێمانی", "سەرەکی", "هەواڵ", "ئابووری", "وەرزش",
        "Retail prices climb again across the northern provinces", "Jane Okafor",
        "Retail prices rose again in March across the northern provinces, the statistics office said on Tuesday.",
        "Food and fuel led the increase, while rents were flat for a third month in a row, according to the office.",
        "Related", "سلێمانی", "هەولێر",  # (the city is a section of the site too)
    ]
    article = newsclean.clean("\n".join(page))
    assert article.captions == ()


def test_a_clips_title_under_its_players_controls_goes() -> None:
    # The player's buttons, its progress and its full-screen button, then the clip's title over the text.
    page = [
        "إعادة افتتاح سوق القيصرية التاريخي في السليمانية بعد عامين من الترميم", "تقرير: هيمن عبدالله", "2025/04/16 - 15:30",
        "▶ تشغيل", "00:00 / 02:47", "HD", "ملء الشاشة", "شاهد تقرير مراسلنا من داخل سوق القيصرية", *TEXT,
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == TEXT


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a credit's word and a name after a dash, under the caption's sentence (Belgian sites)
        ("La rue de Dave, devant l'école communale, sera l'une des trois rues concernées. - Photo Vincent Lambotte",
         "La rue de Dave, devant l'école communale, sera l'une des trois rues concernées.", "Vincent Lambotte"),
        # two labels: "PHOTO CREDIT:"
        ("Officials supervise the removal of shops along the channel in Ibadan on Monday. [PHOTO CREDIT: Adebayo Ogunleye]",
         "Officials supervise the removal of shops along the channel in Ibadan on Monday.", "Adebayo Ogunleye"),
        # the picture's label, then its caption and the credit after a dash
        ("Header image: Vendors arrange fruit at a stall in the old bazaar on Friday. — Photo by Imran Soomro",
         "Vendors arrange fruit at a stall in the old bazaar on Friday.", "Imran Soomro"),
    ],
)
def test_caption_and_credit_on_one_line_in_more_shapes(line: str, caption: str, credit: str) -> None:
    page = [
        "Home | News | Region", "Council approves the paving of the old market road", "By Jane Carter", line,
        "The council approved on Tuesday the paving of the old market road, after two years of complaints from traders.",
        "Works will start next month and should last about ten weeks, the council's engineer said at the meeting.",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]


def test_an_abbreviated_credit_label_left_after_the_caption_goes_with_the_credit() -> None:
    page = [
        "Umowa na budowę szkoły na Targówku podpisana",
        "Podpisanie umowy na budowę szkoły w stołecznym ratuszu Fot. Marek Zieliński/PAP",
        "Ratusz podpisał w poniedziałek umowę na budowę nowej szkoły podstawowej przy ulicy Łabiszyńskiej na Targówku.",
        "Budowa ma potrwać dwa lata, a pierwsi uczniowie wejdą do budynku we wrześniu 2027 roku.",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [("Podpisanie umowy na budowę szkoły w stołecznym ratuszu", "Marek Zieliński/PAP")]


def test_a_labelled_caption_with_its_own_credit_after_it() -> None:
    # "Legende:" labels the caption; the photographer's credit runs on after its last sentence.
    page = [
        "Zug will die Altstadt autofrei machen",
        "Legende: Heute parkieren in den Gassen der Altstadt noch rund 120 Autos. Das soll sich ändern. Keystone/Marco Zanetti",
        "Der Stadtrat will die Altstadt ab dem Frühling 2027 für den privaten Durchgangsverkehr sperren, wie er am Freitag mitteilte.",
        "Anwohnerinnen und Anwohner sollen weiterhin zufahren dürfen, für alle anderen gilt ein Fahrverbot rund um die Uhr.",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Heute parkieren in den Gassen der Altstadt noch rund 120 Autos. Das soll sich ändern.", "Keystone/Marco Zanetti")
    ]


def test_a_photographer_and_a_known_agency_run_on_after_the_caption() -> None:
    # A figcaption's credit element inline: no dash, no bracket, only the capitals after a word in lower case.
    line = "Rua de São Miguel, em Alfama, onde um em cada dois prédios tem alojamento local Tiago Mendonça/Lusa"
    page = [
        "Lisboa quer travar novos registos de alojamento local em Alfama",
        line,
        "A Câmara Municipal de Lisboa vai propor a suspensão, por três anos, de novos registos de alojamento local em Alfama e na Mouraria.",
        "Segundo os dados do documento, existem atualmente mais de quatro mil registos ativos na freguesia de Santa Maria Maior.",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(line[: -len(" Tiago Mendonça/Lusa")], "Tiago Mendonça/Lusa")]
    # an agency nobody knows, or a city and its state, is no credit
    assert captions._credit(newsclean.lines.Line(0, "Moradores protestam contra o fechamento da escola em Campinas/SP", "moradores protestam contra o fechamento da escola em campinas/sp")) is None


def test_an_armenian_credit_label_with_its_mark() -> None:
    # "Լուսանկարը՝ <name>": Armenian writes its label's colon as "՝".
    assert captions.credit_name("Լուսանկարը՝ Տիգրան Մելքոնյան") == "Տիգրան Մելքոնյան"


def test_a_credit_after_a_bar_is_the_name_without_it() -> None:
    # "... à la veille du mouvement. | OUEST ANJOU / CLAIRE MAUPIN": the bar separates, it credits nothing
    line = "Le dépôt du tramway, mercredi après-midi, à la veille du mouvement. | OUEST ANJOU / CLAIRE MAUPIN"
    page = ["Grève du tram : le réseau à l'arrêt jeudi", "Par Claire Maupin", "Publié le 12 mars 2025", line, *[
        "Les conducteurs du tramway d'Angers seront en grève jeudi toute la journée, a annoncé mercredi l'intersyndicale du réseau.",
        "La direction prévoit un service minimum sur les lignes de bus, mais aucun tramway ne circulera entre 5 heures et minuit.",
    ]]
    article = newsclean.clean("\n".join(page))
    assert ("Le dépôt du tramway, mercredi après-midi, à la veille du mouvement.", "OUEST ANJOU / CLAIRE MAUPIN") in [(c.text, c.credit) for c in article.captions]


def test_a_credits_label_before_a_dash_or_a_short_word_for_picture() -> None:
    assert captions.credit_name("(تصوير - عبدالله القحطاني)") == "عبدالله القحطاني"
    assert captions.credit_name("(Pic: Savio D'Souza)") == "Savio D'Souza"
    assert captions.credit_name("AFP - Getty Images") == "AFP - Getty Images"  # no label: the dash is the credit's own
