"""Bylines: the writer's name from a byline line, without prefix, role, agency or date."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.metadata import byline
from newsclean.metadata.byline import byline_author, dateline_head, without_role
from newsclean.normalize import fold


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("By Jane Doe with AP", "Jane Doe"),
        ("Par Julien Massart avec Belga", "Julien Massart"),
        ("بقلم: سامر الخطيب", "سامر الخطيب"),
        ("מאת: נועה לוי", "נועה לוי"),
        ("كتب: عثمان الطيب بابكر 9 فبراير 2025", "عثمان الطيب بابكر"),
        ("Von Montag an gelten neue Tarife.", None),
        ("ترجمة: هالة العنزي", "هالة العنزي"),
        ("حاورته: رنا الخطيب نشر بتاريخ: 2024-07-02 | 11:20", "رنا الخطيب"),  # the stamp's words after the name
        ("كتب: نشر الدين علي", "نشر الدين علي"),  # a name that opens with the same letters
        ("Par Claire Dumoulin et Antoine Reyes (Montvalon, envoyés spéciaux)", "Claire Dumoulin et Antoine Reyes"),
        ("By Kelsey Morgan (@kmorgan)", "Kelsey Morgan"),
        ("By Marc Dubois · Lakeside Herald · Published: Mar 3, 2025", "Marc Dubois"),  # the outlet after a middle dot
        ("بوابة النيل - كتب: سامح عبد الله", "سامح عبد الله"),  # the portal, a dash, then the byline
        ("Jane Doe - The Story of a City", None),
        ("Por Ana Ruiz • Diario del Valle", "Ana Ruiz"),
        ("مراسل الساحل اليوم في سيلبابي: سيدي محمد ولد اعل", "سيدي محمد ولد اعل"),
        ("مراسل بوابة فزان: سالم الفيتوري", "سالم الفيتوري"),
        ("By Jane Doe: The Inside Story", "Jane Doe: The Inside Story"),  # no outlet before a cased name
        ("Texto: Rita Sampaio", "Rita Sampaio"),
        ("By Tom Heald Local Democracy Reporter", "Tom Heald"),
        ("By Mark Kinver Environment reporter, BBC News", "Mark Kinver"),
        ("By Mary Ann Smith Staff Writer", "Mary Ann Smith"),
        ("تحرير: م.ع", None),  # an editor's initials
        ("إعداد: م. بن عيسى", "م. بن عيسى"),  # an initial, then the name
        ("متابعة مباشرة: انطلاق امتحانات الشهادة الثانوية", None),  # a live page's label before its headline
        ("Autorzy: Katarzyna Zielińska, Paweł Nowicki", "Katarzyna Zielińska, Paweł Nowicki"),
        ("Autor: Jan Kowalski, Reuters", "Jan Kowalski"),
        ("تقرير: تراجع إنتاج زيت الزيتون في الضفة بنسبة 42% هذا الموسم", None),  # a headline's figures, no date after a name
        # Chinese writes no space between the prefix and the name; the place the story was filed from goes
        ("記者林怡君／台北報導", "林怡君"),
        ("（記者林怡君、張家豪／台北報導）", "林怡君、張家豪"),
        ("记者 王小明 李华 北京电", "王小明、李华"),
        ("作者：张三", "张三"),
        ("作者：记者 周雨桐", "周雨桐"),  # the role before the name is no name
        ("来源：蓉城日报 作者：记者 周雨桐", "周雨桐"),  # the source's field, then the writer's
        ("記者會今天下午召開", None),  # "press conference": the prefix's characters open a word
        ("中央社／台北報導", None),  # an agency and a full-width slash: no writer, and no crash
        # the outlet the writer files for, after the name
        ("By TOM ASHWORTH FOR LANTERNONLINE", "TOM ASHWORTH"),
        ("By Jane Doe for The Guardian", "Jane Doe"),
        ("Por Ana Paz para EL PAÍS", "Ana Paz"),
        # "علي" (Ali) opens a name; folded it reads as the preposition "على", which opens none
        ("كتب: علي حسن", "علي حسن"),
        ("بقلم: علي عبد الله الأحمد", "علي عبد الله الأحمد"),
        ("مراسلنا في السليمانية", None),
        ("By Dana Kowalczyk dkowalczyk@gvrecord.com", "Dana Kowalczyk"),  # the writer's address after the name
        ("شبام نت - كتب/ عبدالله سالم باعباد", "عبدالله سالم باعباد"),  # the site, a dash, the prefix's own slash
        ("Home / News / By Jane Doe", None),  # a menu's bars, then a byline: no writer of one line
    ],
)
def test_byline_author(line: str, name: str | None) -> None:
    assert byline_author(fold(line), line, len(line.split())) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Ridley, Staff Writer", "Tom Ridley"),
        ("Lucía Herrera, corresponsal", "Lucía Herrera"),
        ("سامر الخطيب - مراسل الجزيرة في دمشق", "سامر الخطيب"),
        ("Paris, France", "Paris, France"),  # not a role: left as it is
        ("Jane Doe", "Jane Doe"),
        ("Odane McLaren/Chronicle Writer", "Odane McLaren"),  # a role after a slash, as Caribbean dailies write it
        ("Hollywood TV/AP", "Hollywood TV/AP"),  # an agency after a slash credits a picture
    ],
)
def test_without_role(text: str, name: str) -> None:
    assert without_role(text) == name


def test_bare_name_with_role_under_headline() -> None:
    page = "\n".join(
        [
            "Harbour ferry fares to rise by ten percent from April",
            "Tom Ridley, Staff Writer",
            "Sat 9 Mar 2024 17:21 GMT",
            "Ferry fares across the harbour will rise by ten percent from April, the operator said on Saturday.",
            "The company blamed higher fuel costs and the renewal of two of its oldest boats for the increase.",
            "Season tickets for commuters will rise by a smaller amount, about six percent, the operator added.",
        ]
    )
    article = newsclean.clean(page)
    assert article.author == "Tom Ridley"
    assert "Staff Writer" not in article.body


def test_writer_and_domain_line() -> None:
    page = "\n".join(
        [
            "Harga beras di pasar tradisional naik dua pekan berturut-turut",
            "Senin, 4 Maret 2024 09:30 WIB",
            "Dewi Lestari - kabarkota.id",
            "Harga beras medium di sejumlah pasar tradisional kembali naik dalam dua pekan terakhir menurut pedagang.",
            "Kenaikan harga terjadi karena pasokan dari daerah sentra produksi berkurang setelah banjir melanda sawah.",
            "Dinas perdagangan berjanji menggelar operasi pasar di beberapa titik mulai pekan depan untuk menekan harga.",
        ]
    )
    article = newsclean.clean(page)
    assert (article.author, article.site, article.date) == ("Dewi Lestari", "kabarkota.id", "2024-03-04")
    assert "Senin" not in article.body and "kabarkota" not in article.body


def test_name_over_role_line() -> None:
    page = "\n".join(
        [
            "الكهرباء تعود عشر ساعات يومياً إلى أحياء حمص القديمة",
            "سامر الخطيب",
            "مراسل قناة الأفق - حمص",
            "نُشر في 22/5/2025",
            "بدأت أحياء حمص القديمة تشهد تحسناً في ساعات التغذية الكهربائية بعد تشغيل محطة جديدة في ريف المدينة.",
            "وقال مسؤول في المؤسسة العامة للكهرباء إن ساعات التغذية ارتفعت إلى عشر ساعات يومياً في معظم الأحياء.",
            "وأضاف أن المؤسسة تعمل على إصلاح خطوط الجهد المتوسط المتضررة قبل حلول فصل الصيف وارتفاع الطلب.",
        ]
    )
    article = newsclean.clean(page)
    assert article.author == "سامر الخطيب"
    assert "مراسل" not in article.body and "سامر" not in article.body


def test_byline_box_with_labels_and_pictures_above() -> None:
    # A BBC-style header: headline, the picture's source and caption (screen-reader labels), then
    # "Author, name" over "Role, outlet" and the date.
    page = "\n".join(
        [
            "Museum reopens its Assyrian hall after eight years of restoration work",
            "Image source, Jane Roe",
            "Image caption, The restored winged bull in the main hall of the museum",
            "Author, Tom Ridley",
            "Role, Culture reporter",
            "14 May 2025",
            "The museum in the old city will open its doors to visitors again next month, its director said on Monday.",
            "Restorers have put back together forty-three large pieces, among them a winged bull from Nimrud.",
        ]
    )
    article = newsclean.clean(page)
    assert article.title == "Museum reopens its Assyrian hall after eight years of restoration work"
    assert article.author == "Tom Ridley"
    # the source over the caption credits its picture: one caption, with its credit
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("The restored winged bull in the main hall of the museum", "Jane Roe"),
    ]
    assert list(article.paragraphs) == page.split("\n")[-2:]


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        (
            [
                "Il consiglio comunale ha approvato martedì il nuovo bilancio per il quartiere del porto dopo un lungo dibattito.",
                "L'opposizione ha detto che il piano lascia troppo pochi soldi per riparare il vecchio muro sul mare.",
            ],
            "Giulia Ferraris è economista del lavoro e insegna Politica economica all'Università di Pavia dal 2015.",
        ),
        (
            [
                "El ayuntamiento aprobó el martes el nuevo presupuesto para el barrio del puerto tras un largo debate.",
                "La oposición dijo que el plan deja muy poco dinero para reparar el viejo muro del paseo marítimo.",
            ],
            "Lucía Herrera es periodista y profesora de comunicación en la Universidad de Sevilla desde hace diez años.",
        ),
        (
            [
                "A câmara aprovou na terça-feira o novo orçamento para o bairro do porto depois de um longo debate.",
                "A oposição disse que o plano deixa pouco dinheiro para reparar o velho muro junto ao mar.",
            ],
            "Carla Mendes é jornalista e autora de dois livros sobre a economia do café no interior de Minas Gerais.",
        ),
        (
            [
                "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für das Hafenviertel beschlossen.",
                "Die Opposition sagte, der Plan lasse zu wenig Geld für die Reparatur der alten Kaimauer übrig.",
            ],
            "Jana Krüger ist Journalistin und berichtet seit zehn Jahren für unsere Zeitung aus dem Rathaus der Stadt.",
        ),
    ],
)
def test_writers_bio_after_the_text(text: list[str], bio: str) -> None:
    article = newsclean.clean("\n".join([*text, bio]))
    assert list(article.paragraphs) == text
    assert [line.rule for line in article.lines if line.text == bio] == ["lexicon.end-note"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Submitted by Daniel Osei on Tue, 03/12/2024 - 14:27", "Daniel Osei"),
        ("By Jane Doe on March 3, 2025 at 10:15 am", "Jane Doe"),
        ("Par Julie Mertens le 3 mars 2025 à 11h30", "Julie Mertens"),
        ("Par Claire Vasseur Publié le 3 octobre 2025 à 06h45, modifié à 09h12 Lecture 4 min.", "Claire Vasseur"),
        # a blog post's footer: the time alone after the name
        ("Posted by Crunchy Chicken at 9:00 PM", "Crunchy Chicken"),
        ("Publicado por Julián Prieto en 19:42", "Julián Prieto"),
    ],
)
def test_byline_with_its_date_after_the_name(line: str, name: str) -> None:
    from newsclean.lines import Line
    from newsclean.normalize import fold

    probe = Line(0, line, fold(line))  # the words of the date count: "03/12/2024" is three
    assert byline.byline_author(probe.key, probe.text, probe.words) == name


def test_bare_name_with_a_full_stop_under_the_sites_name() -> None:
    # A regional daily scraped title first: headline, standfirst, the site's name, "Yann Le Goff."
    page = [
        "Accueil",
        "Bretagne",
        "Finistère",
        "Quimperlé",
        "Quimperlé. Le marché du dimanche va quitter la place Saint-Michel au printemps",
        "Les quelque cinquante commerçants du marché dominical s'installeront place Hervo, le long de la rivière.",
        "L'Écho de l'Ouest",
        "Yann Le Goff.",
        "Publié le 03/11/2025 à 18:15",
        "C'est officiel : le marché du dimanche matin quittera la place Saint-Michel, où il se tient depuis plus d'un siècle.",
        "« Ce n'est pas une décision prise de gaieté de cœur », a reconnu le maire lors du conseil municipal de lundi soir.",
        "Le marché s'installera donc place Hervo, le long de la Laïta, à partir du premier dimanche d'avril, pour une durée d'essai d'un an.",
        "Les commerçants, consultés à l'automne, se disent partagés : certains craignent de perdre des clients, d'autres attendent plus de places.",
        "Une réunion publique est prévue le 20 novembre à la salle des fêtes pour présenter le nouveau plan de circulation du centre-ville.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[4]
    assert article.author == "Yann Le Goff"
    assert list(article.paragraphs) == page[9:]


def test_name_over_its_role_even_when_the_bio_repeats_the_name() -> None:
    page = [
        "News",
        "Gold Coast",
        "Café owners fined $48,000 after a video of a rat in the kitchen goes viral",
        "Kayla Nguyen",
        "Senior Reporter",
        "February 12, 2025 - 7:42PM",
        "A café owned by two former reality TV stars has been fined $48,000 after a video showed a rat in its kitchen.",
        "The owners pleaded guilty in the magistrates court on Wednesday to six breaches of the food safety rules.",
        "The café remained open while the case was heard, and the owners said they had hired a new pest control firm.",
        "Kayla Nguyen",
        "Kayla Nguyen is a senior reporter covering courts and crime on the Gold Coast.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Kayla Nguyen"
    assert list(article.paragraphs) == page[6:9]


def test_agency_in_brackets_after_the_name() -> None:
    from newsclean.lines import Line
    from newsclean.normalize import fold

    probe = Line(0, "Par Yassine Benali (avec MAP)", fold("Par Yassine Benali (avec MAP)"))
    assert byline.byline_author(probe.key, probe.text, probe.words) == "Yassine Benali"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By science reporter Tamsin Wu", "Tamsin Wu"),
        ("By political correspondent Dan Hale", "Dan Hale"),
        ("By HOLLIS GRANT Continental Press", "HOLLIS GRANT"),
        ("Article rédigé par Anouk Delmas - France Ondes", "Anouk Delmas"),
    ],
)
def test_role_before_the_name_and_agency_after_a_wire_name(line: str, name: str) -> None:
    assert byline_author(fold(line), line, len(line.split())) == name


def test_name_with_its_role_after_a_comma_under_the_standfirst() -> None:
    page = [
        "Courts",
        "Man who ran bogus roofing business jailed for defrauding elderly homeowners",
        "Judge says the builder preyed on the trust and isolation of his victims",
        "Mairéad Quinlan, Courts Correspondent",
        "Tue Mar 11 2025 - 18:42",
        "A man who took more than €80,000 from elderly homeowners for roofing work he never did has been jailed for four years.",
        "The court heard that he targeted people living alone in rural areas over a period of three years.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Mairéad Quinlan"
    assert list(article.paragraphs) == page[5:]


def test_a_name_then_its_role_after_a_dash_is_no_dateline() -> None:
    text = [
        "Çalışma ve Sosyal Güvenlik Bakanı, 2026 yılında uygulanacak asgari ücreti bugün Ankara'da düzenlenen basın toplantısında açıkladı.",
        "Bakan, Asgari Ücret Tespit Komisyonu'nun bugün yaptığı dördüncü toplantının ardından kararın oy birliğiyle alındığını söyledi.",
    ]
    page = ["2026 asgari ücret belli oldu", "Ayşe Demirtaş - Ekonomi Muhabiri", "Yayınlanma: 23.12.2025 14:32", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Ayşe Demirtaş"
    assert article.dateline is None
    assert list(article.paragraphs) == text


def test_a_bare_name_under_the_headline_past_a_picture_and_its_credit() -> None:
    page = [
        "Politics",
        "Council approves a $40m flood barrier for the lower harbour after two years of debate",
        "The mayor says work starts in spring, but two councillors warn the costs are still rising",
        "Workers inspect the old sea wall near the ferry terminal on Monday.",
        "Photo: Harbour Gazette / Tim Roberts",
        "Ana Tipene",
        "Local Democracy Reporter",
        "Published 4:10pm Tue, 12 May 2026",
        "The city council has approved a $40 million flood barrier for the lower harbour after two years of debate.",
        "Construction will begin in September and is expected to take three years, the council said.",
        "Residents of the lower harbour have faced flooding four times in the past decade, most recently in March.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Ana Tipene"
    assert list(article.paragraphs) == page[8:]


def test_a_bare_name_the_author_box_shows_again_after_the_text() -> None:
    text = [
        "El Ayuntamiento aprobó este jueves el nuevo plan de movilidad que restringe el tráfico en el centro histórico.",
        "La medida entrará en vigor en enero y afectará a unos 40.000 vehículos que cruzan a diario la zona.",
    ]
    page = [
        "El Ayuntamiento cierra el centro histórico al tráfico privado desde enero",
        "Lucía Ferrer",
        "Sevilla -",
        "16 oct 2026 - 08:30 CEST",
        *text,
        "Sobre la firma",
        "Lucía Ferrer",
        "Redactora de Local. Antes trabajó en la sección de Economía.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Lucía Ferrer"
    assert list(article.paragraphs) == text


@pytest.mark.parametrize(
    "names",
    ["Lucía Arrieta y Pablo Sanz", "Marta Wójcik, Piotr Zieliński", "Marie-Ève Tremblay et Olivier Gagnon"],
)
def test_two_writers_named_alone_under_the_headline(names: str) -> None:
    text = [
        "The regional council voted on Tuesday to delay the first stage of the clean air zone by a full year.",
        "Twenty-five councillors backed the motion, thirteen voted against it and three abstained.",
    ]
    page = ["Clean air zone delayed by a year after a heated council vote", names, "7 January 2026, 08:30", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author == names
    assert article.subtitle is None
    assert list(article.paragraphs) == text


def test_a_section_of_two_nouns_is_no_pair_of_writers() -> None:
    text = [
        "The regional council voted on Tuesday to delay the first stage of the clean air zone by a full year.",
        "Twenty-five councillors backed the motion, thirteen voted against it and three abstained.",
    ]
    page = ["Clean air zone delayed by a year after a heated council vote", "Politics and Society", "7 January 2026", *text]
    assert newsclean.clean("\n".join(page)).author is None


def test_a_name_over_a_role_that_ends_with_it_and_again_over_the_bio() -> None:
    text = [
        "A landlord told his tenants the boiler was fine days before a carbon monoxide leak, the court heard on Monday.",
        "The jury was told that the family of four was found unconscious in the house by a paramedic the next morning.",
        "The landlord denies the charges, and the trial before the circuit court is expected to last two weeks.",
    ]
    page = [
        "Landlord told tenants boiler was fine days before leak, trial hears",
        "Paramedic tells court she found family of four unconscious in their home",
        "Orla Brennan",
        "Legal Affairs Correspondent",
        "Mon Oct 13 2025 - 17:42",
        *text,
        "Orla Brennan",
        "Orla Brennan is Legal Affairs Correspondent of The Harp. Email orla.brennan@harp.example.ie",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Orla Brennan"
    assert list(article.paragraphs) == text


def test_a_name_over_its_role_past_a_player_is_the_writer_not_the_title() -> None:
    text = [
        "A ferry carrying 143 passengers and 22 crew ran aground off the island early on Tuesday, the coastguard said.",
        "Lifeboats were launched shortly after the alarm was raised, and all passengers were brought ashore by mid-morning.",
        "The operator said the vessel would be towed to the mainland for inspection once the tide allowed.",
    ]
    page = [
        "News",
        "Ferry runs aground off Arran with 143 passengers on board",
        "Coastguard says no injuries have been reported after the vessel struck rocks",
        "Listen to this article",
        "Play",
        "00:00 / 05:41",
        "1.0x",
        "Aileen MacLeod",
        "Transport Correspondent",
        "Published 07:15 GMT, 4 March 2025",
        *text,
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author) == (page[1], "Aileen MacLeod")
    assert list(article.paragraphs) == text


def test_the_sites_name_then_the_writer_after_a_dash() -> None:
    text = [
        "انطلقت مساء أمس فعاليات الدورة الخامسة لمهرجان الموسيقى الأندلسية بحضور جمهور غفير من عشاق هذا الفن العريق.",
        "ويشارك في المهرجان أكثر من عشرين فرقة من المغرب والجزائر وتونس وإسبانيا على مدى أربعة أيام متتالية.",
    ]
    page = ["المغربية نيوز", "الرئيسية", "ثقافة", "انطلاق مهرجان الموسيقى الأندلسية في دورته الخامسة", "المغربية نيوز - كريمة بنعلي", "الأحد 4 ماي 2025", *text, "المغربية نيوز", "جميع الحقوق محفوظة"]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.site) == ("كريمة بنعلي", "المغربية نيوز")
    assert list(article.paragraphs) == text


def test_a_byline_prefix_alone_with_the_name_and_the_outlet_below() -> None:
    text = [
        "Plus de 1 200 vols ont été annulés mardi en raison de la grève des contrôleurs aériens, selon la direction de l'aviation civile.",
        "Les aéroports du sud du pays sont les plus touchés, avec jusqu'à la moitié des vols supprimés dans la matinée.",
        "Les syndicats protestent contre un projet de réforme des horaires de travail qu'ils jugent dangereux pour la sécurité.",
        "Le ministre des transports a appelé les deux parties à reprendre les discussions dès mercredi matin au ministère.",
        "Les passagers dont le vol est annulé peuvent demander un remboursement ou un report sans frais auprès de leur compagnie.",
    ]
    summary = [
        "L'essentiel",
        "La direction de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols de moitié.",
        "Marseille, Nice et Montpellier sont les plus touchés.",
    ]
    page = ["Accueil", "Grève des contrôleurs aériens : plus de 1 200 vols annulés mardi", *summary, "Article rédigé par", "Clément Ravier", "Onde Publique", "Publié le 18/03/2025 06:02", *text]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author) == (page[1], "Clément Ravier")
    assert list(article.paragraphs)[-len(text) :] == text


def test_a_wire_dateline_with_its_date_and_agency_in_brackets_gives_place_and_date() -> None:
    """Xinhua's Arabic style: "دمشق 3 سبتمبر 2024 (شينخوا) أعلنت ..." opens the text, no dash, right
    under the headline; a picture's caption further down carries an older date."""
    page = [
        "سوريا تعلن قوائم المقبولين في منح التبادل الطلابي مع الجامعات الروسية",
        "دمشق 3 سبتمبر 2024 (شينخوا) أعلنت وزارة التعليم العالي السورية اليوم الثلاثاء أسماء الطلاب المقبولين في منح التبادل مع الجامعات الروسية.",
        "وقالت الوزارة في بيان إن المنح موزعة على اثنتي عشرة جامعة روسية في تخصصات الطب والهندسة والعلوم.",
        "طلاب سوريون خلال حفل استقبال في جامعة قازان، 12 سبتمبر 2023 (شينخوا)",
        "وأوضح معاون الوزير أن على المقبولين مراجعة مديرية البعثات في دمشق خلال أسبوعين من تاريخ الإعلان.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[0]
    assert article.date == "2024-09-03"
    assert article.dateline == "دمشق"  # the place alone; the agency is no part of it


def test_a_gulf_agency_dateline_alone_on_its_line() -> None:
    """ "المنامة في 12 أكتوبر /بنا/": place, day and month, the agency between slashes; the month's
    two names between slashes open no dateline."""
    text = [
        "أعلنت وزارة المياه والطاقة اليوم بدء المرحلة الثانية من توسعة محطة التحلية في المحافظة الشمالية بكلفة تقديرية كبيرة.",
        "وقالت الوزارة إن المرحلة الجديدة سترفع الطاقة الإنتاجية للمحطة إلى مئة ألف متر مكعب يومياً بحلول نهاية العام المقبل.",
    ]
    header = ["الرئيسية", "محليات", "الوزارة تطلق المرحلة الثانية من توسعة محطة التحلية", "الأحد 12 أكتوبر 2025"]
    article = newsclean.clean("\n".join([*header, "المنامة في 12 أكتوبر /بنا/", *text]))
    assert (article.dateline, list(article.paragraphs)) == ("المنامة", text)  # the place alone
    sentence = "وقال الوزير في 5 مايو / أيار / إن المحطة ستعمل بكامل طاقتها قبل الصيف المقبل بحسب الجدول المعتمد للمشروع."
    assert dateline_head(sentence) is None and dateline_head("الدوحة في 5 مايو / قنا / أعلنت الوزارة") == "الدوحة في 5 مايو / قنا /"


def test_the_date_on_the_byline_line_after_the_name() -> None:
    page = [
        "Urgences de nuit : l'hôpital de Montclar ferme son accueil faute de médecins",
        "Faute d'urgentistes, l'hôpital ferme son accueil de nuit depuis le 1er octobre. Les élus dénoncent une « perte de chance ».",
        "Par Claire Dumas et Antoine Ferrand Publié le 08 octobre 2025 à 17h42 · Mis à jour le 09 octobre 2025 à 09h10",
        "L'entrée de l'hôpital, le 3 octobre 2025. JEAN MARC / PHOTOPRESSE",
        "Depuis le 1er octobre, les urgences de l'hôpital de Montclar ferment de 20 heures à 8 heures, faute de médecins urgentistes.",
        "Les élus du canton dénoncent une perte de chance pour les patients, qui doivent désormais parcourir quarante kilomètres.",
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.date) == ("Claire Dumas et Antoine Ferrand", "2025-10-08")
    assert [line.label.value for line in article.lines[1:4]] == ["subtitle", "byline", "caption"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Por Beatriz Fontes, Rafael Souza e Camila Yamamoto", "Beatriz Fontes, Rafael Souza e Camila Yamamoto"),
        ("By Jane Doe, John Smith and Ann Lee", "Jane Doe, John Smith and Ann Lee"),
        ("By Jane Doe, Reuters", "Jane Doe"),  # an agency after the comma, no list of writers
        ("By Jane Doe, Staff Writer and Editor", "Jane Doe"),
        ("كتب/ حسين عبد الزهرة", "حسين عبد الزهرة"),  # the prefix set apart by a slash
        ("كتب: محمود عبد الحميد الإثنين، 26 فبراير 2024 01:45 م", "محمود عبد الحميد"),  # the stamp's weekday goes
        ("By Alex Dobie Tuesday, March 4, 2025", "Alex Dobie"),
        # Two writers in a line of labelled fields; after "By Jane Doe, " an outlet may come instead.
        ("Penulis: Sari Wulandari, Bayu Nugroho | Editor: Hendra Gunawan", "Sari Wulandari, Bayu Nugroho"),
        ("By Jane Doe, Daily Mail", "Jane Doe"),
        ("By Jane Doe, Chief Political Correspondent | Updated: May 3", "Jane Doe"),
        ("By Jane Doe, BBC News | Published: May 3", "Jane Doe"),
    ],
)
def test_writers_in_one_byline(line: str, author: str) -> None:
    assert byline_author(fold(line), line, len(line.split())) == author


def test_the_writers_credit_over_the_pictures_credit_is_the_byline() -> None:
    page = [
        "Строительство метро в Новосибирске снова отложили",
        "14 марта 2025",
        "Текст: Анна Соколова",
        "Фото: пресс-служба мэрии",
        "Открытие станции «Спортивная» вновь перенесли: мэрия называет новый срок — декабрь 2025 года, сообщили в пятницу.",
        "Подрядчик объясняет задержку нехваткой рабочих и ростом цен на материалы, а также сложными грунтами на берегу реки.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Анна Соколова"
    assert list(article.paragraphs) == page[4:]


def test_two_writers_joined_by_dutch_en_after_door() -> None:
    page = [
        "Gemeenten willen meer geld voor de opvang van dakloze jongeren",
        "Door Sanne de Wit en Joris Bakker",
        "vandaag, 14:05",
        "Het aantal dakloze jongeren in de grote steden is in twee jaar met een derde gestegen, blijkt uit cijfers van de gemeenten.",
        "De wethouders vragen het kabinet om structureel meer geld, omdat de opvang nu vaak vol zit en jongeren op straat belanden.",
    ]
    assert newsclean.clean("\n".join(page)).author == "Sanne de Wit en Joris Bakker"


def test_two_writers_in_capitals_under_the_standfirst() -> None:
    """A print-style Spanish header: headline, standfirst, the writers in capitals, the city, the date."""
    page = [
        "El Atlético Valdemoro recibe al líder con la baja de Salcedo y la duda de Ortuño",
        "El conjunto madrileño, que no gana en casa desde agosto, se mide este domingo al líder en su estadio",
        "JAVIER MONTOYA Y LUCÍA ESTEBAN",
        "Madrid",
        "Actualizado Sábado, 18 octubre 2025 - 09:12",
        "El Atlético Valdemoro afronta este domingo uno de los partidos más exigentes de la temporada ante el líder de la categoría.",
        "Andrés Salcedo, autor de cinco de los once goles del equipo, sufre una rotura fibrilar y estará tres semanas de baja.",
        "A su ausencia se suma la duda del capitán, Raúl Ortuño, que arrastra molestias en el tobillo desde el último partido.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[0]
    assert article.author == "JAVIER MONTOYA Y LUCÍA ESTEBAN"


def test_a_page_opening_with_headline_standfirst_name_role_and_two_stamps() -> None:
    """No "Par": the name over its role ("Collaboration spéciale"), then "Publié le ..." and "Mis à jour
    à ..." (Quebec style): all header, none of it text."""
    page = [
        "Épicerie : faire son bouillon maison avec ses retailles, en six étapes",
        "Avec le prix du bouillon en carton qui a bondi de 22 % en deux ans, de plus en plus de ménages se tournent vers le bouillon maison.",
        "Catherine Dufresne",
        "Collaboration spéciale",
        "Publié le 8 octobre 2025 à 6 h 00",
        "Mis à jour à 9 h 32",
        "Pelures d'oignon, bouts de carottes, tiges de persil, carcasse du poulet du dimanche : ce que l'on jette fait un bon bouillon.",
        "Selon les données compilées par Statistique Canada, le prix moyen d'un carton de bouillon a bondi en deux ans.",
        "Il suffit de garder les retailles au congélateur dans un grand sac, puis de les faire mijoter trois heures.",
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.author, article.date) == (page[0], "Catherine Dufresne", "2025-10-08")
    assert list(article.paragraphs) == page[6:]


def test_a_name_and_outlet_over_the_stamp_is_the_byline() -> None:
    text = [
        "The province confirmed two more cases of whooping cough on Monday, both linked to a daycare in the town of Selkirk.",
        "Public health officials said the children were recovering at home and that the daycare had been notified.",
    ]
    page = [
        "Whooping cough cases rise to 12 in Interlake region",
        "Officials urge parents to check their children's vaccination records",
        "Tomas Lindqvist · Prairie Public Radio",
        "Posted: Feb 3, 2025 6:00 AM CST | Last Updated: 3 hours ago",
        *text,
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.date) == ("Tomas Lindqvist", "2025-02-03")
    assert list(article.paragraphs) == text


def test_a_headlines_dash_gives_no_dateline() -> None:
    text = [
        "اختتمت في العاصمة أمس أعمال الملتقى الاقتصادي المشترك بتوقيع خمس مذكرات تفاهم في مجالات النقل والطاقة والزراعة.",
        "وقال رئيس الجانب المضيف في الجلسة الختامية إن المذكرات ستدخل حيز التنفيذ مطلع العام المقبل بعد استكمال الإجراءات.",
    ]
    page = ["الملتقى الاقتصادي المشترك – الختام في العاصمة: خمس مذكرات تفاهم ووعود بالتنفيذ", "كتب سامر الخطيب", *text]
    article = newsclean.clean("\n".join(page))
    assert article.dateline is None
    assert article.title == page[0]


def test_an_author_field_over_the_stamp_names_the_writers() -> None:
    text = [
        "Crews worked through the night to repair a broken water main that flooded two streets near the high school.",
        "The district said classes would resume on Thursday once the water pressure was back to normal in the area.",
    ]
    head = ["Water main break closes Harmon schools for a second day"]
    stamp = ["Published: 5:47 PM EDT April 2, 2025", "Updated: 10:03 PM EDT April 2, 2025"]
    article = newsclean.clean("\n".join([*head, "Author: Jordan Pike, Hannah Cole", *stamp, *text]))
    assert (article.author, article.date) == ("Jordan Pike, Hannah Cole", "2025-04-02")
    assert list(article.paragraphs) == text
    # A listing's field: no stamp of the article under it, so no writer.
    listing = newsclean.clean("\n".join([*head, "Author: Jordan Pike", "Type: Exploit", *text]))
    assert listing.author is None


def test_the_sites_name_under_the_headline_is_no_writer() -> None:
    text = [
        "وزّع مركز المصالحة في ريف اللاذقية اليوم السبت نحو خمسة وثلاثين طناً من المساعدات الغذائية على الأسر المحتاجة.",
        "وأوضح نائب رئيس المركز أن المساعدات شملت سلالاً غذائية وطحيناً وأدوية للأطفال وكبار السن في القرى الجبلية.",
    ]
    page = ["توزيع 35 طناً من المساعدات الإنسانية في ريف اللاذقية", "يمن الغد نت", "عربي ودولي", "2024/11/30", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author is None
    assert list(article.paragraphs) == text
    named = newsclean.clean("\n".join([page[0], "سامر الخطيب", *page[2:]]))
    assert named.author == "سامر الخطيب"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Priya Ramanathan Mining Reporter", "Priya Ramanathan"),
        ("Jane Doe Staff Writer", "Jane Doe"),
        ("The Hollywood Reporter", None),  # a paper's name
        ("Practical Horseman Editorial Staff", None),  # a desk
        ("Jane Doe", None),
    ],
)
def test_a_name_before_its_role_without_a_separator(text: str, name: str | None) -> None:
    assert byline.name_before_role(text, frozenset({"the", "our", "to"})) == name


@pytest.mark.parametrize("text", ["تقرير ميداني", "تقرير خاص"])
def test_a_report_kicker_of_one_word_names_no_writer(text: str) -> None:
    assert byline_author(fold(text), text, len(text.split())) is None


def test_a_report_byline_with_its_colon_names_the_writer() -> None:
    assert byline_author(fold("تقرير: أحمد علي"), "تقرير: أحمد علي", 3) == "أحمد علي"


def test_a_headline_after_a_report_label_is_no_writer() -> None:
    """ "تقرير: <a headline of nine words>": a name is shorter, so the line is the headline."""
    headline = "تقرير: ثلث سكان الإقليم يواجهون الجوع مع اقتراب موسم الأمطار"
    assert byline_author(fold(headline), headline, len(headline.split())) is None
    writers = "كتب: محمد علي وأحمد حسن وسامي خالد"
    assert byline_author(fold(writers), writers, len(writers.split())) == "محمد علي وأحمد حسن وسامي خالد"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ANB Blue Mountains / By Harriet Ngu and Tomás Kaye", "Harriet Ngu and Tomás Kaye"),  # the station, a slash, the byline
        ("Das Interview führte Jonas Riedel", "Jonas Riedel"),  # the interviewer
        ("Par SénéInfo24 avec APS", None),  # a site's name, letters and digits glued: no writer
        ("Par Awa Ndiaye avec APS", "Awa Ndiaye"),
        ("Sport / By the numbers", None),
        ("By Priya Vasquez-Holt, a senior reporter covering consumer tech and e-readers.", "Priya Vasquez-Holt"),  # a role after the comma
        ("By the time the council voted, a senior reporter had already left the building.", None),
        ("Redacción El Rímac", None),  # the outlet's desk
        ("Redacción: Lucía Ferreyra", "Lucía Ferreyra"),
    ],
)
def test_bylines_after_an_outlet_or_for_an_interview(text: str, name: str | None) -> None:
    assert byline_author(fold(text), text, len(text.split())) == name


def test_a_name_before_its_role_in_sentence_case() -> None:
    assert byline.name_before_role("Harriet Coleman Social affairs correspondent", frozenset({"the", "of"})) == "Harriet Coleman"
    assert byline.name_before_role("Council Votes Social housing plan", frozenset({"the", "of"})) is None


@pytest.mark.parametrize("text", ["Par La Rédaction", "By The Editorial Board", "Por Redação", "By Newsroom Staff"])
def test_a_desk_that_signs_is_no_writer(text: str) -> None:
    assert byline_author(fold(text), text, len(text.split())) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("مراسلتنا بالقيروان: سنية الجلاصي", "سنية الجلاصي"), ("مراسلنا في صفاقس: محمد العياري", "محمد العياري"), ("مراسلنا في السليمانية", None)],
)
def test_our_correspondent_in_a_place_names_the_writer(text: str, name: str | None) -> None:
    assert byline_author(fold(text), text, len(text.split())) == name


LEAD = [
    "حذرت وزارة الموارد المائية في الإقليم من تراجع مخزون السدود إلى أدنى مستوى منذ عشر سنوات بسبب قلة الأمطار.",
    "وقالت الوزارة في بيان إن الخزين الحالي لا يكفي لسد حاجة الزراعة الصيفية في المحافظات الثلاث.",
]


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (["ترجمة: آلان جلال", "02/12/2025 14:35"], "آلان جلال"),  # the translator alone: the only name there is
        (["هاوكار عزيز", "02/12/2025 14:35", "ترجمة: آلان جلال"], "هاوكار عزيز"),  # the writer's name alone wins
        (["ترجمة: آلان جلال", "بقلم: هاوكار عزيز", "02/12/2025 14:35"], "هاوكار عزيز"),
    ],
)
def test_a_translators_credit_names_the_writer_only_when_no_one_else_is_named(header: list[str], author: str) -> None:
    article = newsclean.clean("\n".join(["موارد الإقليم تحذر من تراجع مخزون السدود", *header, *LEAD]))
    assert article.author == author
    assert list(article.paragraphs) == LEAD


def test_an_interview_field_over_the_stamp_names_the_interviewer() -> None:
    text = [
        "In Frankfurt, Düsseldorf und München stehen Millionen Quadratmeter Büroflächen leer, seit Jahren schon.",
        "Frau Oltmanns, wenn man durch dieses Gebäude läuft, sieht man leere Flure. Was sehen Sie?",
        "Ich sehe Grundrisse. Dieses Haus hat eine Tiefe von vierzehn Metern, das ist für Wohnungen fast ideal.",
    ]
    page = ["„Leere Büros sind das größte ungenutzte Bauland“", "Interview: Jonas Freytag", "7. November 2024, 16:30 Uhr", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Jonas Freytag"
    assert list(article.paragraphs) == text


def test_a_reporters_name_and_agency_under_the_last_paragraph_sign_the_item() -> None:
    text = [
        "Le canton du Valais veut réserver 120 hectares de terres agricoles à la protection contre les crues du Rhône.",
        "Les communes concernées ont jusqu'à la fin septembre pour faire part de leurs remarques au canton.",
    ]
    page = ["Le Rhône va gagner de la place", "Publié le 27 mai 2025 à 06:31", *text, "Camille Berthoud/ats", "Partager", "Newsletter"]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Camille Berthoud"
    assert list(article.paragraphs) == text


def test_tags_under_the_last_paragraph_are_no_signature() -> None:
    text = [
        "انطلقت أمس فعاليات الدورة الجديدة من مهرجان اللوز بمشاركة عشرات التعاونيات الفلاحية من جهة سوس ماسة.",
        "ويستمر المهرجان ثلاثة أيام تتخللها عروض فنية ومعارض للمنتجات المحلية وندوات حول زراعة اللوز.",
    ]
    article = newsclean.clean("\n".join(["مهرجان اللوز يعيد الحياة إلى تافراوت", "8 مارس 2025", *text, "مهرجان اللوز", "تافراوت", "تيزنيت"]))
    assert article.author is None


@pytest.mark.parametrize("writer", ["علي حسن الربيعي", "حسن أيت علي"])
def test_an_arabic_bare_name_holding_ali_under_the_headline(writer: str) -> None:
    # "علي" folds like "على", a stamp's "at" ("على الساعة 10:00"): the name is still a name.
    page = [
        "الرئيسية",
        "مهرجان الزيتون يعود إلى القرية بعد غياب ثلاث سنوات",
        writer,
        "الأحد 9 مارس 2025 - 10:15",
        "عاد مهرجان الزيتون إلى القرية هذا الأسبوع بعد غياب ثلاث سنوات، وسط إقبال كبير من الزوار والمنتجين المحليين.",
        "وقال رئيس الجمعية المنظمة إن الدورة الجديدة تضم أكثر من أربعين عارضا من التعاونيات الفلاحية في المنطقة.",
        "ويستمر المهرجان أربعة أيام تتخللها عروض فنية وندوات حول تثمين المنتوجات المحلية وتسويقها.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == writer
    assert article.subtitle is None
    assert list(article.paragraphs) == page[4:]


def test_a_name_before_a_role_of_four_words() -> None:
    assert byline.name_before_role("Hannah Pryce Local Democracy Reporting Service") == "Hannah Pryce"


def test_a_bare_name_that_signs_the_appended_article_too() -> None:
    # The writer's name under the headline, and again under the next article's headline below
    text = [
        "طرابلس - دخلت أعمال ترميم الدار التاريخية في المدينة القديمة مرحلتها الأخيرة بعد نحو عامين من العمل المتواصل.",
        "وقال مدير مشروع الترميم إن الفريق أعاد بناء الأسقف الخشبية والأقواس الحجرية وفق الطراز الأصلي للمبنى.",
        "وأضاف أن الدار ستفتح أبوابها للزوار مطلع الصيف المقبل بعد تجهيز قاعات العرض والمكتبة التابعة لها.",
    ]
    appended = [
        "المقال التالي",
        "مكتبة جامعة بنغازي تستعيد مئات المخطوطات بعد ترميمها",
        "سالم الورفلي",
        "السبت 11 يناير 2025",
        "بنغازي - أعلنت إدارة مكتبة جامعة بنغازي استعادة أكثر من ثلاثمئة مخطوطة نادرة بعد الانتهاء من ترميمها في مختبر متخصص.",
        "وقال مدير المكتبة إن المخطوطات تعود إلى القرنين الثامن عشر والتاسع عشر، وتتناول الفقه واللغة والفلك.",
        "وأشار إلى أن المكتبة تعمل على رقمنة هذه المخطوطات وإتاحتها للباحثين عبر الإنترنت خلال العام الجاري.",
    ]
    header = ["ترميم الدار التاريخية في المدينة القديمة بطرابلس يدخل مرحلته الأخيرة", "سالم الورفلي", "الأحد 12 يناير 2025"]
    article = newsclean.clean("\n".join([*header, *text, *appended, "جميع الحقوق محفوظة"]))
    assert article.author == "سالم الورفلي"
    assert list(article.paragraphs) == text


def test_a_site_place_and_writer_line_names_the_writer() -> None:
    assert byline.split_dateline("البلقاء - المفرق - محمد الخوالدة") == ("البلقاء - المفرق", "محمد الخوالدة")


def test_the_writers_name_under_the_headline_shown_again_in_the_author_box_is_no_title() -> None:
    # The name over the date (and a views counter under it), and again under "عن الكاتب" after the text
    text = [
        "سجلت موانئ التصدير الجنوبية في محافظة البصرة خلال الشهر الماضي أعلى معدل لصادرات النفط منذ مطلع العام.",
        "وأفاد مصدر في شركة النفط بأن الصادرات تجاوزت ثلاثة ملايين برميل يوميا رغم سوء الأحوال الجوية في الخليج.",
        "وتترقب الأسواق الاجتماع المقبل لتحالف أوبك بلس لمعرفة مستقبل حصص الإنتاج للدول الأعضاء خلال العام المقبل.",
    ]
    headline = "صادرات البصرة النفطية تتجاوز ٣٫٤ ملايين برميل يومياً رغم سوء الأحوال الجوية"
    header = [headline, "سامر عبد الكريم الجبوري", "٢٠ نوفمبر ٢٠٢٥ - ١١:١٠ ص", "٣٤٥ مشاهدة"]
    box = ["عن الكاتب", "سامر عبد الكريم الجبوري", "صحفي عراقي متخصص في شؤون الطاقة والاقتصاد، عمل مراسلا لعدد من الصحف."]
    article = newsclean.clean("\n".join(["الرئيسية", "مقالات", *header, *text, *box]))
    assert article.title == headline
    assert article.author == "سامر عبد الكريم الجبوري"


def test_a_newsroom_alone_under_the_headline_is_no_writer() -> None:
    page = [
        "تغطية مباشرة: اقتحام مخيم جنين لليوم الثالث على التوالي",
        "غرفة الأخبار",
        "الأحد 12 مايو 2024",
        "تواصل قوات الاحتلال اقتحامها لمخيم جنين لليوم الثالث على التوالي وسط اشتباكات متقطعة في محيط المخيم.",
        "وأفادت مصادر محلية بأن القوات هدمت عددا من المنازل وجرفت شوارع رئيسية داخل المخيم صباح اليوم.",
    ]
    assert newsclean.clean("\n".join(page)).author is None


def test_a_name_of_four_words_with_two_articled_ones_after_a_given_name() -> None:
    # "عثمان الطيب حمد النيل": a Sudanese name; "الفنان الراحل ..." (the article first) describes a picture
    page = [
        "المعلم الذي ينتظر راتبه في طابور المصرف منذ ثلاثة أشهر",
        "عثمان الطيب حمد النيل",
        "الأحد ٦ أكتوبر ٢٠٢٤",
        "منذ ثلاثة أشهر يقف المعلم في طابور المصرف كل صباح على أمل أن يصرف راتبه المتأخر قبل أن يذهب إلى المدرسة.",
        "ولا يختلف حال زملائه في بقية المدارس، إذ تأخرت رواتب المعلمين في عدد من الولايات منذ بداية العام الدراسي.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "عثمان الطيب حمد النيل"
    assert article.subtitle is None


def test_a_columnists_name_over_the_headline_that_heads_the_writers_box_after_the_text() -> None:
    # No prefix, the name alone over the headline (in a script without capitals it may be a kicker);
    # the same name over the writer's role after the text says it is the writer.
    text = [
        "مع أول موجة حر هذا الموسم عادت الأحياء الشرقية إلى طقسها المعتاد: خزانات فارغة وصهاريج تجوب الشوارع.",
        "نحن نعرف منذ سنوات أن البلاد من أفقر دول العالم مائيا، ومع ذلك ما زلنا نتعامل مع كل صيف كأنه مفاجأة.",
        "المشكلة ليست في نقص المعلومات، فالدراسات والخطط الوطنية متوفرة، بل في غياب الإرادة لتنفيذها على الأرض.",
    ]
    headline = "المدن والمياه: حين يصبح الصيف امتحانا سنويا"
    header = ["الرئيسية", "كتّاب", "سلمى الخطيب", headline, "الثلاثاء 2025-06-03"]
    box = ["سلمى الخطيب", "كاتبة وباحثة في سياسات المياه والبيئة", "آخر مقالات الكاتب"]
    article = newsclean.clean("\n".join([*header, *text, "شارك", *box]))
    assert article.title == headline
    assert article.author == "سلمى الخطيب"
    without_box = newsclean.clean("\n".join([*header, *text]))
    assert without_box.author is None  # alone, the name over the headline is not read as the writer


def test_a_correspondents_from_byline_under_the_headline() -> None:
    # "From <name>, <place>" (Nigerian papers): the writer, and where the story was filed.
    page = [
        "Flooding: Over 3,000 displaced as river overflows in riverside communities",
        "From Abdulrahman Ibrahim, Lokoja",
        "September 14, 2024",
        "More than 3,000 residents of riverside communities have been displaced after the river overflowed its banks on Thursday night.",
        "Our correspondent, who visited the affected areas on Friday, saw houses submerged and farmlands washed away by the flood.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Abdulrahman Ibrahim"
    assert article.dateline == "Lokoja"
    assert article.subtitle is None
    subtitle = newsclean.clean("\n".join([page[0], "From Lagos to Kano, a season of floods", *page[2:]]))
    assert subtitle.author is None  # a standfirst that opens with "From"


def test_a_place_and_writer_line_that_goes_on_with_the_stamp_and_counters() -> None:
    # "سطيف: نسيمة بوعلام 22 جانفي 2025 1.284 مشاهدة 4 تعليقات": the header on one line
    page = [
        "تلاميذ من سطيف يتوجون بالمرتبة الأولى في المسابقة الوطنية للروبوتات",
        "سطيف: نسيمة بوعلام 22 جانفي 2025 1.284 مشاهدة 4 تعليقات",
        "توج فريق من تلاميذ إحدى متوسطات ولاية سطيف بالمرتبة الأولى في المسابقة الوطنية للروبوتات التي احتضنتها العاصمة.",
        "وتمكن الفريق المكون من أربعة تلاميذ من تصميم روبوت قادر على فرز النفايات المنزلية بشكل آلي ودقيق.",
    ]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.dateline, article.date) == ("نسيمة بوعلام", "سطيف", "2025-01-22")


def test_a_byline_with_its_prefix_beats_a_site_and_stamp_line_above_it() -> None:
    # "Warta Nusantara - 12/03/2025, 14:20 WIB" reads as "name - stamp"; "Penulis: ..." names the writer
    page = [
        "Surabaya tambah 12 taman kota untuk kurangi suhu panas",
        "Warta Nusantara - 12/03/2025, 14:20 WIB",
        "Penulis: Rizky Aditya Pratama",
        "SURABAYA - Pemerintah Kota Surabaya menambah 12 taman kota baru tahun ini untuk menurunkan suhu di kawasan padat penduduk.",
        "Wali kota mengatakan taman-taman itu akan dibangun di lahan milik pemerintah yang selama ini tidak dimanfaatkan.",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Rizky Aditya Pratama"
    assert article.date == "2025-03-12"


@pytest.mark.parametrize(
    ("name", "desk"),
    [
        ("Redação Serra Azul", True),  # a desk's word, then the outlet
        ("Redactie Peelbericht", True),
        ("Helen Briggs BBC News", False),  # a writer's name before the outlet
        ("Jane Doe", False),
    ],
)
def test_a_desks_word_first_names_no_writer(name: str, desk: bool) -> None:
    assert byline.is_desk(name) is desk
    # the markup's or trafilatura's "Door <desk>" (Dutch "by") names none either
    assert (byline.clean_author(f"Door {name}") is None) is desk


def test_a_place_and_a_desk_name_no_writer() -> None:
    # "منبر الشام - قسم الأخبار المحلية": the site and its local news desk, no person
    page = [
        "افتتاح مركز جديد لخدمة المواطن في حي الميدان بدمشق",
        "منبر الشام - قسم الأخبار المحلية",
        "الأحد 12 تشرين الأول 2025",
        "افتتحت محافظة دمشق اليوم مركزا جديدا لخدمة المواطن في حي الميدان يقدم أكثر من أربعين خدمة إدارية.",
        "وقال مدير المركز إن المعاملات ستنجز خلال يوم واحد بدلا من أسبوع كما كان الحال في السابق.",
    ]
    assert newsclean.clean("\n".join(page)).author is None


OPINION_TEXT = [
    "حين عاد صديقي إلى المدينة بعد ثلاثة عشر عاماً من الغياب وجد بيته مسكوناً بعائلة لا يعرفها، ولم يجد من يسأله عن أوراقه أو عن ذاكرته.",
    "هذه الحكاية ليست استثناء، فهي تتكرر بصيغ مختلفة في كل حي عاد إليه أهله بعد الحرب، وتطرح أسئلة لا تجيب عنها القوانين وحدها.",
    "تحتاج المجتمعات الخارجة من الحروب إلى ما هو أكثر من إعادة الإعمار، فهي تحتاج إلى طريقة عادلة لتسوية ما تراكم من خسارات.",
]


def test_columnist_named_under_the_opinion_label_over_the_headline() -> None:
    page = ["الرئيسية", "أخبار", "رأي", "سلمى الحداد", "المدن التي لا تنتظر أحداً", "السبت 10 مايو 2025", *OPINION_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.author == "سلمى الحداد"
    assert article.title == "المدن التي لا تنتظر أحداً"
    assert list(article.paragraphs) == OPINION_TEXT


def test_a_kicker_under_a_section_label_that_is_no_opinion_label_names_no_writer() -> None:
    page = ["الرئيسية", "أخبار", "اقتصاد", "أسواق الخليج", "المدن التي لا تنتظر أحداً", "السبت 10 مايو 2025", *OPINION_TEXT]
    assert newsclean.clean("\n".join(page)).author is None


def test_a_writers_role_line_after_the_column_is_no_signature() -> None:
    page = ["رأي", "المدن التي لا تنتظر أحداً", "السبت 10 مايو 2025", *OPINION_TEXT, "كاتب وصحافي سوري", "مقالات أخرى للكاتب"]
    assert newsclean.clean("\n".join(page)).author is None


NHS_TEXT = [
    "Every few years, a health secretary stands at a podium and announces that the structures of the health service will change again.",
    "That is not because reorganisations are always wrong. Some of them were needed, and a few of them even worked as they promised.",
    "When I ran a trust, we tried something embarrassingly simple: every discharged patient got a named person to call back within a week.",
]


def test_writer_named_under_the_headline_with_a_bio_under_the_standfirst() -> None:
    page = [
        "Opinion",
        "The health service does not need another reorganisation. It needs someone to call patients back",
        "Helena Marsh",
        "Patients are not lost because the structures are wrong but because nobody owns the next phone call",
        "Helena Marsh is a health policy columnist and a former hospital trust director",
        "Sun 9 Mar 2025 06.00 GMT",
        *NHS_TEXT,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == page[1]
    assert article.author == "Helena Marsh"
    assert list(article.paragraphs) == NHS_TEXT


def test_writers_box_after_the_text_name_role_and_bio() -> None:
    text = [
        "İzmir Büyükşehir Belediyesi, Buca metrosunun ikinci etabı için ihale düzenledi ve ihaleye altı firma teklif sundu.",
        "Raylı Sistemler Daire Başkanı, tekliflerin teknik değerlendirmesinin yaklaşık bir ay süreceğini söyledi ve sözleşmeyi nisan sonunda imzalamayı planladıklarını ekledi.",
        "Metro hattının tamamlanmasıyla Buca ile kent merkezi arasındaki yolculuk süresinin yarıya inmesi bekleniyor.",
    ]
    page = ["Gündem", "Buca metrosunun ikinci etabı için ihale yapıldı", "12.03.2025 - 10:15", *text,
            "Etiketler", "Metro", "Ulaşım", "Selin Aydoğan", "Muhabir", "İzmir'de yerel yönetimler ve kentsel ulaşım üzerine haberler yapıyor.", "Yazarın Tüm Haberleri"]
    assert newsclean.clean("\n".join(page)).author == "Selin Aydoğan"


def test_a_name_the_writers_box_confirms_though_the_text_writes_it_in_lower_case() -> None:
    text = [
        "İzmir Büyükşehir Belediyesi, Alsancak ile Konak arasında deniz kıyısı boyunca 4,2 kilometrelik yeni bir bisiklet yolu yapıyor.",
        "Belediye, çalışmaların nisan sonunda tamamlanmasını ve yolun deniz manzarası eşliğinde yaz aylarında hizmete girmesini bekliyor.",
    ]
    page = ["İzmir", "Kordon'a 4,2 kilometrelik yeni bisiklet yolu", "Deniz Aktaş", "14.03.2025 10:22", *text,
            "Etiketler", "Kordon", "Deniz Aktaş", "İzmir Muhabiri", "2016'dan bu yana kent ve ulaşım haberleri yapıyor."]
    assert newsclean.clean("\n".join(page)).author == "Deniz Aktaş"


def test_the_writers_name_and_the_day_in_brackets_after_the_text_is_her_signature() -> None:
    text = [
        "Die Stadt investiert 4,7 Millionen Euro in den Umbau des Radwegs am Opernring, der im April beginnen soll.",
        "Autofahrer müssen sich auf monatelange Einschränkungen einstellen, sagte die zuständige Stadträtin am Mittwoch.",
        "Die Opposition im Rathaus reagierte mit Kritik und sprach von einem teuren Prestigeprojekt ohne Verkehrskonzept.",
    ]
    page = ["Radweg am Opernring wird umgebaut", "Katharina Wallner", "5. März 2025, 09:14", *text, "(Katharina Wallner, 5.3.2025)", "Teilen"]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Katharina Wallner"
    assert list(article.paragraphs) == text
    # Someone else's name in brackets is the text's (a quoted source), kept.
    other = [*page[:-2], "(Peter Huber, 5.3.2025)", "Teilen"]
    assert "(Peter Huber, 5.3.2025)" in newsclean.clean("\n".join(other)).paragraphs


@pytest.mark.parametrize(
    ("signature", "author"),
    [("（杉浦玲奈）", "杉浦玲奈"), ("（共同）", None), ("（ロイター）", None), ("（北陸日報）", None), ("（写真）", None)],
)
def test_a_name_in_brackets_under_a_japanese_text_is_its_writer(signature: str, author: str | None) -> None:
    """Japanese and Chinese papers sign a text with the reporter's name in brackets on its last line;
    an agency or an outlet in the same brackets names no writer."""
    text = [
        "金沢市の近江町市場で２日、冬の味覚として人気の香箱ガニの販売が始まり、早朝から多くの買い物客でにぎわった。",
        "市場関係者によると、今季は水揚げが例年並みで、価格は昨年とほぼ同じ水準だという。",
        "鮮魚店の店主は「今年は身入りが良い。年末まで品ぞろえを切らさないようにしたい」と話していた。",
    ]
    page = ["北陸日報", "ニュース", "香箱ガニ販売始まる　近江町市場ににぎわい", "2025年11月2日 10時15分", *text, signature, "この記事を共有"]
    article = newsclean.clean("\n".join(page))
    assert article.author == author
    assert list(article.paragraphs) == text


def test_a_sites_tagline_after_its_name_is_no_writer() -> None:
    """ "Warta Priangan - Berita Terkini Jawa Barat" over the menu: the site's name and its tagline
    (an outlet's word first), not a place and a writer."""
    text = [
        "BANDUNG - Banjir kembali merendam permukiman warga di Kecamatan Dayeuhkolot sejak Kamis dini hari.",
        "Banjir dipicu hujan deras yang mengguyur kawasan Bandung selatan sejak Rabu sore hingga malam hari.",
    ]
    page = ["Warta Priangan - Berita Terkini Jawa Barat", "Home - News - Bandung Raya - Jabar - Nasional - Ekonomi - Olahraga",
            "Banjir Rendam 1.200 Rumah di Dayeuhkolot", "Kamis, 20 Mar 2025 10:15 WIB", *text]
    article = newsclean.clean("\n".join(page))
    assert article.author is None
    assert list(article.paragraphs) == text


def test_a_name_over_the_outlets_stamp_line_is_the_writer() -> None:
    """ "Marianne Tessier" over "CBC News · Posted: Mar 20, 2025 ...": the outlet in the stamp's
    items names no writer; the name above does."""
    text = [
        "Denise Lavallée says she cried when she saw the envelope with her name on it at the thrift store last week.",
        "Inside was the plain gold band her husband slipped on her finger in 1986, lost in the snow in the winter of 2011.",
    ]
    page = ["Lost wedding ring turns up in a thrift store boot", "Marianne Tessier",
            "CBC News · Posted: Mar 20, 2025 6:00 AM EDT | Last Updated: 2 hours ago", *text]
    article = newsclean.clean("\n".join(page))
    assert (article.author, article.date) == ("Marianne Tessier", "2025-03-20")


def test_a_writers_sign_off_in_capitals_under_the_text() -> None:
    """ "CAMILA RESTREPO VÉLEZ" / "Corresponsal de El Diario Andino" / "En X: @camirestrepov" after the
    last paragraph: the writer's sign-off, no text."""
    text = [
        "La obra, que tiene un costo cercano a los 390.000 millones de pesos, conectará tres barrios de la ladera.",
        "La empresa de transporte anunció que en julio se harán pruebas sin pasajeros durante dos semanas.",
    ]
    sign_off = ["CAMILA RESTREPO VÉLEZ", "Corresponsal de El Diario Andino", "En X: @camirestrepov"]
    article = newsclean.clean("\n".join(["Metrocable de la comuna 8 abrirá en agosto", "20 de marzo de 2025", *text, *sign_off]))
    assert list(article.paragraphs) == text
    # HTML: trafilatura keeps the sign-off with the text; its place after the text still tells.
    paragraphs = "".join(f"<p>{line}</p>" for line in [*text, *sign_off])
    page = f"<html><body><article><h1>Metrocable de la comuna 8 abrirá en agosto</h1><time>20 de marzo de 2025</time>{paragraphs}</article></body></html>"
    assert list(newsclean.clean_html(page).paragraphs) == text


def test_the_writers_credit_below_the_editors_after_the_pagination() -> None:
    """ "Halaman: 1 2" / "Halaman selanjutnya" / "Editor: ..." / "Penulis: ..." after the text: the
    editor's credit names no writer and counts no line of the signature's reach."""
    text = [
        "BANDUNG - Banjir kembali merendam permukiman warga di Kecamatan Dayeuhkolot sejak Kamis dini hari.",
        "Banjir dipicu hujan deras yang mengguyur kawasan Bandung selatan sejak Rabu sore hingga malam hari.",
    ]
    page = ["Banjir Rendam 1.200 Rumah di Dayeuhkolot", "Kamis, 20 Mar 2025 10:15 WIB", *text,
            "Halaman: 1 2", "Halaman selanjutnya", "Editor: Dewi Anggraini", "Penulis: Rizky Ramadhan", "Tag", "banjir"]
    assert newsclean.clean("\n".join(page)).author == "Rizky Ramadhan"


def test_a_full_width_slash_after_an_outlet_does_not_crash() -> None:
    # The folded key writes "／" as "/": the original line must be cut at its own slash (IndexError before).
    line = "中央社／台北報導"
    assert byline_author(fold(line), line, 6) is None
    assert newsclean.clean("\n".join(["北市老舊公寓加裝電梯補助上限提高", line, "台北市政府都市發展局昨日宣布，補助上限將提高至三百萬元。"])).lang == "zh"


def test_a_role_and_its_place_before_the_name_are_no_name() -> None:
    from newsclean.normalize import fold

    text = "Penulis Kontributor Yogyakarta, Dian Maharani"
    assert byline_author(fold(text), text, len(text.split())) == "Dian Maharani"
    text = "By Jane Doe, Reuters"  # the name first: what follows the comma goes
    assert byline_author(fold(text), text, len(text.split())) == "Jane Doe"


@pytest.mark.parametrize("line", ["Geschrieben von Jens Pohlmann", "Verfasst von Jens Pohlmann"])
def test_a_content_managers_german_byline(line: str) -> None:
    """Joomla's and WordPress themes' German label: "Geschrieben von <name>"."""
    assert byline.byline_author(fold(line), line, len(line.split())) == "Jens Pohlmann"


def test_a_place_stretched_with_tatweel_before_the_writer() -> None:
    """ "الريـاض - فهد السبيعي": tatweel (U+0640, of no script) inside the place does not hide the dateline."""
    page = "\n".join(
        [
            "انطلاق مبادرة لزراعة أربعين ألف شجرة في أحياء شمال المدينة",
            "الريـاض - فهد السبيعي",
            "الأحد ١٩ رجب ١٤٤٦هـ",
            "أطلقت أمانة المنطقة صباح اليوم مبادرة لزراعة أربعين ألف شجرة في الأحياء الشمالية بمشاركة السكان والمدارس.",
            "وقال المتحدث باسم الأمانة إن المرحلة الأولى تشمل ثلاثة أحياء وتنتهي قبل بداية فصل الصيف المقبل.",
            "وأضاف أن الأمانة ستوفر الشتلات مجانا للسكان الراغبين في زراعتها أمام منازلهم خلال الأسابيع المقبلة.",
        ]
    )
    article = newsclean.clean(page)
    assert article.author == "فهد السبيعي"
    assert article.subtitle is None


CARIBBEAN_TEXT = [
    "Needing six runs off the final delivery, a 19-year-old batsman cleared the long-on boundary to give Lacovia a four-wicket victory in the parish final.",
    "Chasing 164 for victory, Lacovia appeared to be cruising at 121 for two after 15 overs before four wickets fell in the space of 13 balls.",
    "The champions receive a trophy and $500,000, while the beaten finalists take home $250,000 for their run to the final.",
]


def test_a_name_then_its_role_after_a_slash_under_the_headline() -> None:
    page = ["Sports", "Lacovia clinch St Elizabeth T20 crown with last-ball six", "Odane McLaren/Chronicle Writer", "Print this Page", *CARIBBEAN_TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Odane McLaren"
    assert article.subtitle is None


def test_a_name_under_the_headline_that_a_writer_field_after_the_text_repeats() -> None:
    # "Ananya Kulkarni" under the standfirst, and again under "Published By:" after the text: the field
    # says who wrote it, it does not make the name a list's item
    page = [
        "Mumbai",
        "BMC announces 10% water cut across Mumbai from May 12 as lake stock dips to 24%",
        "Civic body says usable stock in the seven lakes will last till mid-July only if consumption is curbed",
        "Ananya Kulkarni",
        "Mumbai,",
        "UPDATED: May 7, 2025 08:42 IST",
        "The Brihanmumbai Municipal Corporation will cut water supply across the city by 10 per cent from May 12, officials said on Tuesday.",
        "Residents of the western suburbs are likely to feel the pinch first, as these wards lie at the tail end of the distribution network.",
        "Last year, the civic body imposed a similar cut on June 5, which was withdrawn on July 29 after heavy rainfall in the catchment areas.",
        "Published By:",
        "Ananya Kulkarni",
        "Published On:",
        "May 6, 2025",
        "Tags :",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Ananya Kulkarni"
    assert article.date == "2025-05-06"  # the publication's stamp after the text, its label over the date; not the update's


def test_a_header_line_of_a_desk_byline_its_date_and_its_buttons_gives_the_date() -> None:
    page = [
        "Bafoussam : les sinistrés du marché attendent toujours leur recasement",
        "Par La Rédaction | Mardi, 18 Mars 2025 10:42 | Lu 1254 fois | Imprimer | Envoyer à un ami | Réagir",
        "Deux mois après l'incendie qui a ravagé une partie du marché A de Bafoussam, les commerçants sinistrés attendent toujours d'être relogés.",
        "La mairie assure que les travaux de construction de hangars provisoires démarreront avant la fin du mois, mais les victimes restent sceptiques.",
        "AUTRES ARTICLES DE LA RUBRIQUE SOCIETE",
        "» Dschang : les étudiants de la cité universitaire privés d'eau depuis une semaine (17/03/2025)",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.date == "2025-03-18" and article.author is None
    assert list(article.paragraphs) == page[2:4]


HEBREW_TEXT = [
    "מועצת העיר אישרה אמש את התוכנית להרחבת קו הרכבת הקלה אל השכונות הצפוניות, לאחר דיון שנמשך יותר משלוש שעות.",
    "לפי התוכנית, הקו החדש יכלול אחת עשרה תחנות ויוביל מדי יום כעשרים אלף נוסעים בין מרכז העיר לשכונות.",
    "העבודות צפויות להתחיל באביב הבא ולהימשך כשלוש שנים, והעירייה הבטיחה לצמצם ככל האפשר את הפגיעה בעסקים.",
    "חלק מבעלי החנויות לאורך התוואי חוששים משנים של עבודות, ודרשו מהעירייה פיצוי על אובדן ההכנסות.",
]


def test_a_hebrew_name_with_a_hyphen_alone_over_the_date_is_the_writer() -> None:
    page = ["ראשי", "חדשות", "כלכלה", "מועצת העיר אישרה את הרחבת הרכבת הקלה",
            "הקו החדש יכלול אחת עשרה תחנות ויחבר את מרכז העיר לשכונות הצפוניות", "יונתן בר-שלום",
            "פורסם: 05.12.25, 08:47", *HEBREW_TEXT, "כל הזכויות שמורות"]
    assert newsclean.clean("\n".join(page)).author == "יונתן בר-שלום"


def test_a_dari_reporters_label_names_the_writer_with_a_zero_width_non_joiner() -> None:
    line = "گزارشگر: نجیب\u200cالله امیری"
    assert byline_author(fold(line), line, len(line.split())) == "نجیب\u200cالله امیری"


def test_a_french_texte_label_heads_a_byline() -> None:
    for line in ("Texte : Hélène Marchetti", "Texte: Hélène Marchetti"):
        assert byline_author(fold(line), line, len(line.split())) == "Hélène Marchetti"
    line = "Le texte de loi est adopté"
    assert byline_author(fold(line), line, len(line.split())) is None
