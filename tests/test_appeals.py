"""Appeals inside or after the text (apps, messaging channels, donations, op-ed notes), per language."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import lexicon
from newsclean.lines import Line
from newsclean.normalize import fold

AR_TEXT = [
    "أعلنت وزارة الطاقة اللبنانية اليوم عن وصول باخرة فيول جديدة إلى مرفأ بيروت تكفي لتشغيل المعامل أسبوعين.",
    "وقال الوزير إن ساعات التغذية سترتفع تدريجياً إلى عشر ساعات يومياً في معظم المناطق خلال الأيام المقبلة.",
]
EN_TEXT = [
    "The council voted on Tuesday to close two branch libraries and merge their collections into the central library.",
    "Residents packed the public gallery, and several speakers warned that older people would lose a place to meet.",
]

CASES = [
    (
        "en",
        [
            "The heaviest freezing rain is expected between 2 a.m. and 9 a.m. Thursday, right through the morning commute.",
            "Crews have pretreated the main highways, but officials warned that side roads will be slick until the afternoon.",
        ],
        "Download the KWNB 6 First Alert Weather app for live radar, alerts and the latest forecast.",
    ),
    (
        "id",
        [
            "Banjir merendam ratusan rumah di tiga kecamatan di Bekasi sejak Minggu pagi setelah hujan deras mengguyur semalaman.",
            "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di kantor kelurahan setempat.",
        ],
        "Dapatkan update berita pilihan setiap hari. Mari bergabung di Saluran WhatsApp Warta Nusantara.",
    ),
    (
        "fa",
        [
            "دولت کانادا اعلام کرد که از ماه آینده شرایط تازه‌ای برای صدور اجازه تحصیل دانشجویان خارجی اعمال می‌کند.",
            "به گفته وزیر مهاجرت، شمار مجوزهای صادرشده در سال جاری نسبت به سال گذشته حدود ده درصد کاهش خواهد یافت.",
        ],
        "رهگذر یک رسانه مستقل است. برای ادامه کار مستقل، به حمایت شما نیاز داریم.",
    ),
    (
        "ar",
        [
            "أعلنت وزارة الطاقة اللبنانية اليوم عن وصول باخرة فيول جديدة إلى مرفأ بيروت تكفي لتشغيل المعامل أسبوعين.",
            "وقال الوزير إن ساعات التغذية سترتفع تدريجياً إلى عشر ساعات يومياً في معظم المناطق خلال الأيام المقبلة.",
        ],
        "تابعوا آخر الأخبار عبر تطبيق الأرز نيوز على هواتفكم",
    ),
    (
        "es",
        [
            "El Gobierno regional aprobó ayer un plan de ayudas para los pueblos que pierden población en la meseta norte.",
            "La oposición critica que el dinero llegue tarde y que no alcance para mantener abiertos los consultorios rurales.",
        ],
        "Este artículo refleja exclusivamente la opinión de su autora. El periódico no se hace responsable de ella.",
    ),
    ("es-paywall", [
        "El Ayuntamiento aprobó ayer limitar los pisos turísticos en el centro histórico durante los próximos cinco años.",
        "La medida afecta a cuarenta hectáreas del casco antiguo, donde uno de cada cuatro inmuebles ya es de uso turístico.",
    ], "Suscríbete por 1 € el primer mes"),
    ("ar-donation", AR_TEXT, "موقع الضفة نيوز مستقل بالكامل. ساهم اليوم ولو بمبلغ صغير لنواصل التغطية من الميدان."),
    ("ar-readers", AR_TEXT, "صحافة حرة تعتمد على قرائها. ساهم بدعمك في استمرار عملنا الميداني."),
    ("en-newsletter", EN_TEXT, "By subscribing you agree to our Terms of Service and Privacy Policy."),
    ("en-gift", EN_TEXT, "The Valley Ledger has covered the district since 1921. A contribution of any size helps keep a reporter at the council table."),
    ("en-offer", EN_TEXT, "The Valley Ledger has covered this valley for 130 years. Subscribe from €1.99 a week to get every story and our archive."),
    ("en-first-published", EN_TEXT, "Published in The Valley Ledger, March 4th, 2025"),
    ("fr-offer", [
        "Le conseil municipal a voté mardi la fermeture de deux bibliothèques de quartier, dont les collections iront au centre.",
        "Plusieurs habitants ont dénoncé une décision qui prive les aînés d'un lieu de rencontre, surtout en hiver.",
    ], "Profitez de tous nos articles et de l'e-paper dès 1 franc le premier mois."),
    ("pt-channel", [
        "A prefeitura anunciou nesta segunda-feira obras de drenagem na avenida central, que ficará interditada por dois meses.",
        "Segundo a secretaria de obras, o desvio do trânsito será feito pelas ruas paralelas durante todo o período.",
    ], "Entre no nosso canal e fique por dentro do que acontece na cidade e na região."),
    ("en-long-offer", EN_TEXT, "Subscribe to LEDGER PLUS to get access to The Valley Ledger and other 70+ titles, share up to 5 gadgets, "
     "listen to the news, download as early as 4am and share articles on social media. Call 896 6000."),
    ("de-tips", [
        "Auf der Autobahn bei Bern ist am Morgen ein Lastwagen in Brand geraten, verletzt wurde niemand.",
        "Die Feuerwehr war mit rund vierzig Leuten im Einsatz, der Verkehr staute sich über mehrere Kilometer.",
    ], "Hast du etwas gesehen? Schick uns deine Fotos und Videos per WhatsApp oder über unser Formular."),
    ("sv-paywall", [
        "Kommunen stänger badhuset i tre månader för en renovering som ska vara klar till hösten.",
        "Under tiden kan simklubbarna träna i grannkommunens hall, där de får låna banor på kvällarna.",
    ], "Den här artikeln ingår i Morgonposten Plus – för dig som prenumererar."),
    ("en-licence", EN_TEXT, "This story may be republished for free under a Creative Commons licence, provided you credit the Valley Ledger."),
    ("fr-paywall", [
        "Le conseil municipal a voté mardi la fermeture de deux bibliothèques de quartier, dont les collections iront au centre.",
        "Plusieurs habitants ont dénoncé une décision qui prive les aînés d'un lieu de rencontre, surtout en hiver.",
    ], "Vous avez lu 3 de vos 5 articles gratuits ce mois-ci."),
]


@pytest.mark.parametrize(("lang", "text", "appeal"), CASES, ids=[case[0] for case in CASES])
def test_appeal_after_the_text_goes(lang: str, text: list[str], appeal: str) -> None:
    article = newsclean.clean("\n".join([*text, appeal]), lang=lang.split("-")[0])
    assert list(article.paragraphs) == text


def test_spanish_op_ed_bio_goes() -> None:
    text = CASES[3][1]
    bio = "Marta Iriarte Lasa es catedrática de Economía Aplicada en la Universidad de Valladolid y autora de varios libros."
    article = newsclean.clean("\n".join([*text, bio]), lang="es")
    assert list(article.paragraphs) == text


def test_canadian_local_journalism_note_goes() -> None:
    text = CASES[0][1]
    note = "Renée Charbonneau is a Local Journalism Initiative reporter with the Valley Gazette, funded by the Government of Canada."
    article = newsclean.clean("\n".join([*text, note]), lang="en")
    assert list(article.paragraphs) == text


def test_a_newsletter_box_with_its_email_field_goes_whole() -> None:
    text = [
        "Les primes d'assurance maladie augmenteront en moyenne de 4,4% l'an prochain, a annoncé mardi le Conseil fédéral à Berne.",
        "En Suisse romande, les écarts restent importants d'un canton à l'autre, et les familles sont les plus touchées par la hausse.",
        "Les assurés ont jusqu'au 30 novembre pour changer de caisse, rappellent les associations de consommateurs.",
    ]
    box = ["Newsletter", "«Le Point du soir»", "Recevez chaque soir l'essentiel de l'actualité romande.", "Votre adresse e-mail", "S'inscrire"]
    article = newsclean.clean("\n".join([*text, *box, "© 2025 La Tribune du Lac"]), lang="fr")
    assert list(article.paragraphs) == text
    # The newsletter's name and pitch are labelled as the box's (the pitch by its own phrase, the
    # name as a line between the box's heading and its button), whatever took the e-mail field.
    assert [line.rule for line in article.lines if line.text in box[1:3]] == ["lexicon.newsletter-box", "lexicon.newsletter"]


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        # An app's box: its pitch (long, but between the box's heading and its store button).
        ("en", ["Get the app", "Stay on top of the news with the Harbour Times app. Get alerts for breaking news, save stories to read later and listen to the day's top stories.", "Download on the App Store", "Get it on Google Play"]),
        # A newsletter box whose button is a subscriber's word ("Jetzt abonnieren").
        ("de", ["Newsletter", "Seeblick am Morgen", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.", "Jetzt abonnieren"]),
        # The box's small print, longer than its pitch, between its e-mail field and its closing note.
        ("en", ["Sign up to our newsletter", "Enter your email address", "Sign up", "Privacy Notice: Newsletters may contain "
                "information about charities, online ads, and content funded by outside parties. For more information see our "
                "Privacy Policy. We use a captcha service to protect our website, and its privacy policy and terms of service "
                "apply.", "after newsletter promotion"]),
        # "Abonnieren Sie den Wissen-Newsletter" over its pitch "... – kostenlos per E-Mail."
        ("de", ["Abonnieren Sie den Wissen-Newsletter", "Jeden Donnerstag das Wichtigste aus der Forschung – kostenlos per E-Mail.", "Jetzt anmelden"]),
        # A heading over a donation's pitch and a subscriber's button.
        ("en", ["Local News Matters", "Support quality local journalism by subscribing to The Plains Advocate from $1 a week.", "Subscribe now"]),
    ],
    ids=["app", "newsletter-subscribe", "newsletter-small-print", "newsletter-name", "appeal-heading"],
)
def test_an_appeal_box_between_paragraphs_goes_whole(lang: str, box: list[str]) -> None:
    text = CASES[0][1] if lang == "en" else [
        "Der Gemeinderat hat am Montagabend den Kredit für die Sanierung der Seepromenade mit grosser Mehrheit bewilligt.",
        "Die Arbeiten sollen im Frühling beginnen und bis zum Sommer des kommenden Jahres abgeschlossen sein.",
        "Während der Bauzeit bleibt der Uferweg auf einer Länge von 400 Metern gesperrt, eine Umleitung wird signalisiert.",
    ]
    article = newsclean.clean("\n".join([*text[:2], *box, *text[2:]]), lang=lang)
    assert list(article.paragraphs) == text


def test_an_arabic_donation_box_after_the_text_goes() -> None:
    """Heading, pitch ("تبرعك، مهما كان صغيراً، ..."), button: the pitch names the gift."""
    text = CASES[3][1]
    box = [
        "صحافة مستقلة من قلب الجنوب",
        "نعمل بفريق صغير من المراسلين لننقل ما لا تنقله وسائل الإعلام الأخرى. تبرعك، مهما كان صغيراً، يساعدنا على الاستمرار.",
        "تبرع الآن",
    ]
    article = newsclean.clean("\n".join([*text, *box]), lang="ar")
    assert list(article.paragraphs) == text


def test_story_continues_below_the_ad_goes() -> None:
    text = CASES[0][1]
    article = newsclean.clean("\n".join([text[0], "Story continues below this ad", text[1]]), lang="en")
    assert list(article.paragraphs) == text


def test_indonesian_credits_after_the_text_go_and_name_the_writer() -> None:
    text = CASES[1][1]
    text = [*text, "Kekurangan:", "- Jalan utama masih tergenang", "- Listrik padam di dua kelurahan", "Status: siaga 2"]
    page = [*text, "Penulis: Rizky Pratama", "Editor: Dewi Anggraini", "Tonton juga video banjir di sini:", "(rns/dwa)", "banjir", "bekasi"]
    article = newsclean.clean("\n".join(page), lang="id")
    assert list(article.paragraphs) == text
    assert article.author == "Rizky Pratama"


def test_a_sponsored_teaser_inside_the_text_goes() -> None:
    text = CASES[0][1]
    teaser = "Sponsored: Homeowners in Indiana are switching to this solar program (see if you qualify)"
    article = newsclean.clean("\n".join([text[0], teaser, text[1]]), lang="en")
    assert list(article.paragraphs) == text


@pytest.mark.parametrize(
    ("lang", "heading", "bio"),
    [
        ("ru", "Об авторе", "Алексей Громов — корреспондент отдела регионов, пишет о городском хозяйстве с 2015 года."),
        ("es", "Sobre la firma", "Redactora de Economía. Antes trabajó en la sección de Sociedad y en la delegación de Valencia."),
    ],
)
def test_an_author_box_after_the_text_goes(lang: str, heading: str, bio: str) -> None:
    text = {
        "ru": ["Около 40 тысяч жителей Заречинска третьи сутки остаются без отопления после прорыва трубы.", "По словам главы города, восстановить подачу тепла планируют к вечеру пятницы."],
        "es": ["El precio medio del alquiler subió un 11% en el último año en las grandes ciudades, según el portal.", "Los expertos prevén que la tendencia continúe mientras la oferta siga por debajo de la demanda."],
    }[lang]
    article = newsclean.clean("\n".join([*text, heading, bio]), lang=lang)
    assert list(article.paragraphs) == text


@pytest.mark.parametrize(
    ("lang", "text", "chrome"),
    [
        (
            "pt",
            [
                "O Ministério da Educação anunciou nesta terça-feira novas regras para o financiamento estudantil a partir do próximo semestre.",
                "Segundo a pasta, o número de vagas deve crescer cerca de 15% em relação ao ano passado, com prioridade para cursos de saúde.",
            ],
            "Continua após a publicidade",
        ),
        (
            "ar",
            [
                "أعلنت وزارة الطاقة اليوم عن وصول باخرة فيول جديدة إلى المرفأ تكفي لتشغيل معامل الكهرباء أسبوعين كاملين.",
                "وقال الوزير إن ساعات التغذية سترتفع تدريجياً إلى عشر ساعات يومياً في معظم المناطق خلال الأيام المقبلة.",
            ],
            "تفاصيل الخبر",
        ),
    ],
)
def test_a_widget_line_between_paragraphs_goes(lang: str, text: list[str], chrome: str) -> None:
    article = newsclean.clean("\n".join([text[0], chrome, text[1]]), lang=lang)
    assert list(article.paragraphs) == text


def test_a_portuguese_comment_disclaimer_goes() -> None:
    text = [
        "O Ministério da Educação anunciou nesta terça-feira novas regras para o financiamento estudantil a partir do próximo semestre.",
        "Segundo a pasta, o número de vagas deve crescer cerca de 15% em relação ao ano passado, com prioridade para cursos de saúde.",
    ]
    disclaimer = "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site. Faça login para comentar."
    article = newsclean.clean("\n".join([*text, "Comentários", disclaimer]), lang="pt")
    assert list(article.paragraphs) == text
    assert [line.rule for line in article.lines if line.text == disclaimer] == ["lexicon.footer"]


def test_a_toolbar_of_share_widgets_on_one_line_goes() -> None:
    text = [
        "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف مليون طفل في جميع المحافظات.",
        "وقال وكيل الوزارة في مؤتمر صحفي إن الحملة تستمر أسبوعين وتشارك فيها ألف فرقة صحية متنقلة.",
    ]
    article = newsclean.clean("\n".join([text[0], "طباعة | إرسال لصديق | تكبير الخط | تصغير الخط", text[1]]), lang="ar")
    assert list(article.paragraphs) == text
    assert [line.rule for line in article.lines if "|" in line.text] == ["lexicon.share"]


@pytest.mark.parametrize(
    ("note", "category"),
    [
        ("ف.ع / م.س", "end-note"),  # editors' initials
        ("ز ر / س أ", "end-note"),
        ("(rzk/dwa)", "end-note"),
        ("Credits: This episode was produced by Aaliyah Noor and Ben Tremblay.", "end-note"),  # a podcast's
        ("Have a question or a story idea for the show? Email us at ideas@example.org", "end-note"),
        ("About this podcast", "author-box"),
        ("Got a story? Email our newsroom at news@example.org or message us on Facebook.", "end-note"),
        ("Eindredactie: Mirjam de Boer", "end-note"),  # a Dutch podcast's credits
        ("Heb je een tip voor de redactie? Mail naar tips@example.nl", "end-note"),
        ("عن الكاتب", "author-box"),
        ("This report by The Northern Press was first published July 9, 2024.", "end-note"),  # a wire's note
        ("Vivian Lok joined The Harbour Standard in 2021 and covers housing and urban planning.", "end-note"),
        # A columnist's bio, long after its comma
        ("كاتب وصحافي لبناني، عمل محررا في عدد من الصحف اللبنانية والعربية، ويكتب في الشأن السياسي والاجتماعي.", "end-note"),
        ("Daniel Lavoie is a videojournalist with MPB in Cape Breton.", "end-note"),
        ("Masz ciekawy temat? Napisz do nas: kontakt@example.pl", "end-note"),
        ("Zur Autorin", "author-box"),
        ("This article was updated on 15 January to include comments from Cllr Hayle.", "end-note"),
        ("Jornalista do Diário do Mondego desde 2014. Escreve sobre educação e juventude.", "end-note"),
        ("Artykuł zaktualizowano o wypowiedź autorki zwycięskiego projektu.", "end-note"),
        ("* كاتب وباحث سوداني في شؤون التعليم والتنمية، عمل محاضرا في كلية التربية لأكثر من عشرين عاما.", "end-note"),
        ("//انتهى//", "end-note"),  # an agency item's end mark...
        ("15:20ت م", "end-note"),  # ...and its filing time in Mecca time
    ],
)
def test_notes_after_the_text(note: str, category: str) -> None:
    hit = lexicon.match(Line(0, note, fold(note)), trailing=True)
    assert hit is not None and hit.category.name == category


def test_a_correction_note_after_the_text_is_the_texts() -> None:
    note = "This story has been corrected to show that the grant is for the 2017 budget year, not 2018."
    assert lexicon.match(Line(0, note, fold(note)), trailing=True) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Comment", "comments"),
        ("Comment & Contribute", "comments"),
        ("One comment", "comments"),
        ("Comment réserver", None),  # French "how to book": a subheading
        ("Comment ça marche ?", None),
        ("The audio version of this article is generated by text-to-speech, a technology based on AI.", "notice"),
        ("Los comentarios son moderados y no se publicarán los que resulten ofensivos.", "notice"),
        ("للاشتراك في النسخة الورقية: 01/234567", "paywall"),
        ("Pinned", "navigation"),
        ("تبرع", "donation"),  # the button
        ("شكراً لكل من تبرع ولو بشيكل واحد لبناء المستشفى", None),  # the past tense in a sentence
        ("2.4 ألف 318 تعليقاً 540 مشاركة", "share"),  # a social post's counters
        ("Escucha esta noticia", "player"),
        ("Listen live to Radio North for updates throughout the evening", "player"),
        ("Siga o Diário do Sul no Instagram, no Facebook e no WhatsApp.", "newsletter"),
        ("Retrouvez tous les résultats de la Ligue 2 dans notre rubrique Football.", "read-also"),
        ("Regional picture", None),  # a subheading ending with a credit's word
        ("Picture: Reuters", "caption-credit"),
        ("شاهد الفيديو", "player"),
        ("اقرأ 38 رداً", "share"),  # an embedded post's replies link
        ("Hören Sie sich diesen Artikel an", "player"),
        ("Escuchar nota", "player"),
        ("Public radio runs on you. Become a sustaining member today.", "donation"),
        ("We may earn a commission when you buy through links on our site.", "footer"),
        ("38 comments to Winter Cycling: What Questions Do You Have About Studded Tyres?", "comments"),
        ("14 thoughts on “How We Rebuilt the Community Garden After the Flood”", "comments"),
        ("12 réflexions sur « Saint-Louis : trois pêcheurs toujours portés disparus »", "comments"),
        ("5 Gedanken zu „Neue Radwege für die Altstadt“", "comments"),
        ("Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın!", "comments"),
        ("احصل عليه من Google Play", "newsletter"),
        ("المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع", "notice"),
        ("Os textos de opinião são da exclusiva responsabilidade dos seus autores.", "notice"),
        ("A autora escreve segundo o novo Acordo Ortográfico", "notice"),
        ("Join LCH's WhatsApp channel and get the latest news and must-reads.", "newsletter"),
        ("Sign up for the BizVeld Morning Brief", "newsletter"),
        ("Newsletter", "newsletter"),
        ("The newsletter industry has never been healthier, on paper.", None),  # one word in a sentence
        ("Donations to the relief fund are tax-deductible, the county treasurer said on Friday.", None),
        ("Subscribe to our hand-crafted, free email newsletter and get the top stories twice a week.", "newsletter"),
        ("Recevez l'infolettre du Courrier de la Vallée", "newsletter"),
        ("Chaque matin, l'essentiel de l'actualité régionale dans votre boîte courriel.", "newsletter"),
        ("By clicking on the sign up button you consent to receive the above newsletter from the publisher.", "newsletter"),
        ("Síguenos en Google Noticias para estar informado", "newsletter"),
        ("بالتسجيل فإنك توافق على سياسة الخصوصية وشروط الاستخدام", "newsletter"),
        ("بالتسجيل في المنصة يحصل الطالب على رقم جلوسه خلال أيام", None),  # registering, in a sentence of the text
        ("Cet article vous a intéressé ?", "paywall"),
        ("Vous pouvez lire Le Quotidien sur un seul appareil à la fois", "paywall"),
        ("Cet article vous est offert. Pour soutenir une information locale, abonnez-vous.", "paywall"),
        ("Assine o Jornal da Serra", "paywall"),
        ("Assine o contrato de trabalho com cuidado, diz o advogado.", None),  # "sign the contract": a sentence
        ("Apoya el periodismo local", "donation"),
        ("Mais assistidos", "related"),
        ("تحديثات جديدة - اضغط لعرضها", "navigation"),  # a live page's button over new entries
        ("الاستماع إلى المقال", "player"),
        ("تابع قناة الرافدين 24 على تلغرام", "newsletter"),
        ("نبض بيروت منصة مستقلة لا تتلقى تمويلاً من أي حزب أو جهة سياسية. ساهم في استمرارها.", "donation"),
        ("وقال إن الحكومة ساهمت في استمرارها رغم الأزمة.", None),
        ("Siga o Diário da Serra no Google Notícias", "newsletter"),
        ("Estatuto editorial · Ficha técnica · Política de privacidade", "footer-links"),
        ("Ficha técnica do estudo foi divulgada ontem pelo instituto", None),
        ("Catch all the latest market updates here. Download the MarketWire App to get daily updates.", "newsletter"),
        ("يُسمح بإعادة نشر هذا التقرير شرط ذكر المصدر ووضع رابط المادة الأصلية.", "notice"),
        ("وقالت الوزارة إنه يسمح بنشر القوائم بعد موافقة اللجنة.", None),
        ("Questions or comments on this article? E-mail us at feedback@example.org", "notice"),
        ("شاركنا فرحتك", "notice"),  # a call for readers' pictures
        ("أرسل صورتك مع نتيجتك عبر واتساب: 0599123456", "notice"),
        ("تابع اللؤلؤة على قناة واتساب", "newsletter"),
        ("تابع الرئيس زيارته على متن الطائرة", None),  # "he followed": a sentence
        ("pic.twitter.com/Lulu4Rpt2x", "share"),
        ("Accédez à l’ensemble de nos articles, à l’édition numérique et aux newsletters de votre région.", "paywall"),
        ("الكلمات المفاتيح: التضخم، الأسعار، البنك المركزي", "tags"),  # the Maghreb's word for "keywords"
        ("No spam. Unsubscribe anytime.", "newsletter"),
        ("No spam in the river, the ranger said, only driftwood.", None),  # no sign-up promise
        ("Continue a ler com uma assinatura do Diário do Tejo", "paywall"),
        ("Acesso ilimitado a todos os artigos no site e na app", "paywall"),
        ("Watch the full report in the video player above.", "player"),
        ("Follow Britannia News Cornwall on X, Facebook and Instagram. Send your story ideas to us.", "newsletter"),
        ("Follow the river on foot to the old mill and the bridge.", None),  # no social network
        ("Follow Marcas on Twitter @MarcasG", None),  # a writer's one network: the article's note, kept
        ("Related internet links", "related"),
        ("The Britannia is not responsible for the content of external sites.", "footer"),
        ("نسخة للطباعة", "share"),
        ("لُج أو سجّل لترسل تعليقات", "form"),
        ("Ajouter à mes articles", "share"),
        ("Abonnez-vous à L'Écho de l'Armor", "paywall"),
        ("« Abonnez-vous à vos rêves », disait le slogan de la campagne de la marque cet hiver.", None),  # a sentence
    ],
)
def test_chrome_phrases_and_their_lookalikes(line: str, category: str | None) -> None:
    hit = lexicon.match(Line(0, line, fold(line)))
    assert (hit.category.name if hit else None) == category


def test_a_blog_posts_comment_thread_under_its_heading_is_no_text() -> None:
    """ "38 comments to <the post's title>" heads the thread: it is no headline, and the readers'
    comments under it are no article, however long; the links to the posts before and after this one
    ("« Older post" / "Newer post »") are no headline either."""
    post = [
        "Home",
        "About",
        "« Notes from the spring reading group",
        "Call for papers: neighbourhood archives »",
        "Winter cycling: what questions do you have?",
        "Mara and I are writing a short guide to cycling through the winter in a northern city, and we want it to answer the questions people really ask.",
        "What worries you most about riding on snow and ice, and what would make you try it for a week?",
        "We will read every answer and fold the best questions into the guide before it goes to print in March.",
        "January 12th, 2026 | Tags: cycling, winter, guide",
        "41 comments to Winter cycling: what questions do you have?",
    ]
    for number in range(12):
        post += [
            f"Reader {number}",
            f"January 12th, 2026 at {number + 1}:15 pm",
            f"I have ridden through {number + 2} winters now and the question I still have is how to keep the chain from freezing overnight when the bike sits outside at work.",
            "Reply",
        ]
    article = newsclean.clean("\n".join(post))
    assert article.title == "Winter cycling: what questions do you have?"
    assert article.body.startswith("Mara and I are writing")
    assert "winters now" not in article.body
    assert not article.extra_articles


def test_an_appeals_heading_and_the_licence_after_the_text_go() -> None:
    """After the last paragraph: the writers' licence for republishing ends the text, and a short
    heading over a donation box ("Before you go...") goes with the box."""
    text = [
        "The county commission voted 4-1 on Tuesday to close the last rural clinic in the district by the end of June.",
        "Residents who spoke at the meeting said the nearest emergency room would now be more than an hour away by car.",
    ]
    page = [
        *text,
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License. You can republish our articles for free, online or in print, as long as you credit the newsroom and do not edit the text.",
        "Before you go...",
        "If you value this reporting, please make a gift of any size. Every dollar we raise stays in the county.",
        "Donate",
        "About the newsroom",
        "We are a nonprofit newsroom covering rural health, schools and local government across the high plains since 2016.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == text
    removed = {line.text: line.rule for line in article.removed}
    assert removed["Before you go..."] == "lexicon.appeal-heading"


def test_a_long_thread_of_replied_comments_without_a_heading_is_no_text() -> None:
    """No "Comments" heading, but every comment sits under a numbered stamp and ends with "Reply":
    however long the thread, the post above it is the text."""
    post = [
        "We moved to the valley six years ago with two suitcases and a borrowed tent, and learned to grow our own food.",
        "The first winter taught us more about patience than any book we had read before we came.",
        "This week I want to hear from you: what is one thing you are grateful for in this season of your life?",
    ]
    page = ["Home", "About", "Living Slowly", *post, "Share this post", "{ 40 comments… read them below or add one }"]
    for number in range(40):
        page += [
            f"{number + 1} Reader{number} November 8, 2012 at {number % 12 + 1}:38 AM",
            f"I am grateful for the {number + 2} neighbours who helped us rebuild the barn after the storm took the roof off last spring.",
            "Reply",
        ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == post


def test_the_pitch_between_a_donation_boxs_heading_and_its_button_goes() -> None:
    text = [
        "A Victorian footbridge that carries thousands of people across the river every day will close for six months.",
        "Shropshire Council confirmed on Monday that the bridge will shut from April while its girders are replaced.",
    ]
    box = [
        "Support local journalism",
        "The Gazette has reported on Shropshire for more than 165 years. Independent local journalism like this costs money to produce.",
        "Become a supporter",
    ]
    article = newsclean.clean("\n".join(["Footbridge to close for six months", "By Hannah Prothero", *text, *box, "Contact us"]))
    assert list(article.paragraphs) == text


@pytest.mark.parametrize(
    "line, category",
    [
        ("Seguí leyendo: Hallaron restos de un megaterio en un campo de Santa Fe", "read-also"),
        ("تابع آخر الأخبار عبر قناة بوابة المحروسة على واتساب", "newsletter"),
        ("تابع آخر الأخبار عبر حساب بوابة المحروسة على جوجل نيوز", "newsletter"),
        ("WNLR transcripts are created on a rush deadline by a contractor. This text may not be in its final form.", "licence"),
        ("Ver más: Turismo en Valparaíso: cruceros dejan más de 15 mil visitantes en febrero", "read-also"),
        ("Vous avez aimé cet article ?", "paywall"),
        ("Accédez à tous nos articles et à l’édition numérique dès 6 h du matin.", "paywall"),
        ("تم إنشاء الملخص باستخدام الذكاء الاصطناعي ومراجعته من قبل فريق التحرير", "summary-note"),
        ("Apoya el periodismo independiente. Con tu aporte mantenemos reporteros en las regiones.", "donation"),
        ("Dona hoy", "donation"),
        ("Desde 5 dólares al mes puedes ayudarnos a seguir publicando.", "donation"),
        ("Este contenido fue producido por Sabana Libre. Su reproducción está permitida citando la fuente.", "licence"),
        ("Click here to join the Daily Mirror Ghana WhatsApp channel for the latest news and updates", "newsletter"),
        ("By registering, you agree to our T&C and Privacy Policy", "newsletter"),
        ("Dieser Artikel wurde mit einer künstlichen Stimme vertont.", "notice"),  # a read-aloud player's note
        ("Bağımsız gazeteciliğe destek olun", "donation"),
        ("Aylık ya da tek seferlik bağışınızla bağımsız habercilik yaşamaya devam etsin.", "donation"),
        ("Destek Ol", "donation"),
        ("هل كان هذا المقال مفيداً؟", "form"),  # a feedback widget
        ("للاطلاع على العدد الورقي اضغط هنا", "paywall"),  # the print edition's promo
        ("Help keep family & friends informed by sharing this article", "share"),
        ("Copyright 2025 Mirrorline Nigeria. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from Mirrorline Nigeria.", "licence"),
        ("Subscribe to Rand Ledger Premium", "paywall"),
        ("Why you can trust The Harbour Standard", "notice"),  # a newsroom's trust box
        ("Our reporters follow a published code of ethics and corrections policy.", "notice"),
        ("Nouveaux posts", "navigation"),  # a live page's button
        ("3 new updates", "navigation"),
        ("Vous avez lu 3 articles gratuits ce mois-ci. Pour continuer à lire, abonnez-vous.", "paywall"),  # the meter
        ("Accès illimité à tous nos articles, le journal numérique dès 5h du matin et nos newsletters.", "paywall"),
        ("You have read 3 free articles this month.", "paywall"),
        ("Has leído 3 artículos gratuitos este mes.", "paywall"),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "notice"),
        ("Ce site est protégé par reCAPTCHA et les règles de confidentialité de Google s'appliquent.", "notice"),
        ("Get in touch with our news team by emailing us at news@example.co.uk.", "notice"),
        ("For more stories like this, check our news page.", "notice"),
        ("Sign up to all the latest news, analysis and more you need to know with The Courier's News Updates newsletter.", "newsletter"),
        ("Sigue leyendo:", "read-also"),  # alone over its links
        ("By signing up, I accept The Harbour Times' Privacy Statement and Terms & Conditions.", "newsletter"),
        ("Dołącz do nas na Facebooku!", "newsletter"),
        ("À la une : Coupures d'eau à Dakar, la situation devrait revenir à la normale jeudi", "ticker"),
        ("À la une :", "ticker"),
        ("وفيات اليوم", "related"),  # an obituary page's list of the day's other deaths
        ("تبرعك يصل مباشرة إلى المطابخ الجماعية ومراكز الإيواء في شرق السودان", "donation"),
        ("ساهم في إغاثة الأسر النازحة", "donation"),
        ("تابعوا بوابة الأردن اليوم على", "newsletter"),  # the platforms' icons after it
        ("تابعوا آخر الأخبار عبر تطبيقنا", "newsletter"),
        ("قد يهمك أيضاً: الأشغال تغلق جزئياً شارع الاستقلال لمدة أسبوعين", "read-also"),
        ("Marisa spent four months reporting this story. Subscribers make that possible. Join today for $1 a week.", "paywall"),
        ("Recibe cada mañana las noticias más importantes de la capital.", "newsletter"),
        ("Ingresa tu correo", "newsletter"),
        ("¡Quiero recibirlo!", "newsletter"),
        ("Al suscribirte aceptas nuestros términos y la política de privacidad.", "newsletter"),
        ("O Diário do Mondego é um jornal independente. Se valoriza o nosso trabalho, contribua com um donativo.", "donation"),
        ("Quero contribuir", "donation"),
        ("Local journalism costs money. If you value our reporting, please consider becoming a supporter from just £1.", "donation"),
        ("Diretta", "navigation"),  # a live page's label alone
        ("تعازي (6)", "comments"),  # an obituary's thread of condolences
        ("تابع أخبار المدار الاقتصادية عبر قناتنا في واتساب", "newsletter"),  # the site's channel
        ("حالة الطقس الآن: الرياض ٢٤° غائم جزئياً", "ticker"),  # a weather widget in the header
        ("Suscríbase a nuestro boletín y reciba cada viernes lo mejor de la semana.", "newsletter"),
    ],
)
def test_appeals_teasers_and_notes_of_this_round(line: str, category: str) -> None:
    hit = lexicon.match(Line(0, line, fold(line)))
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    "line",
    [
        "Sigue leyendo",  # a button alone: the paywall's or the page's, not a teaser's label
        "You have read the report, and now the minister has to answer for it.",  # no meter
        "For more than a decade, stories like this were rare in the valley.",
        "À la une",  # a menu's section, without the colon that announces a headline
        "Ver más",
        "Donaron más de 300 kilos de alimentos al comedor del barrio.",  # "donated": a sentence of the text
        "تابع الآلاف المباراة عبر يوتيوب رغم انقطاع الكهرباء في عدد من الأحياء",  # "followed", a sentence
    ],
)
def test_lines_that_only_look_like_this_rounds_appeals(line: str) -> None:
    hit = lexicon.match(Line(0, line, fold(line)))
    assert hit is None or hit.category.name not in ("read-also", "newsletter")


def test_an_arabic_donation_boxs_heading_and_pitch_go() -> None:
    text = [
        "تعيش مئات العائلات في مخيمات الشمال السوري ظروفاً صعبة مع بداية فصل الشتاء وانخفاض درجات الحرارة.",
        "ويطالب ناشطون منذ سنوات بإيجاد حلول دائمة بدلاً من الخيام التي لا تصمد أمام الأمطار والرياح.",
    ]
    box = ["للتبرع", "ساهم في حملة دفء الشتاء لدعم العائلات المتضررة في المخيمات. كل تبرع يصنع فرقاً.", "تبرّع الآن"]
    article = newsclean.clean("\n".join(["الشتاء يطرق أبواب المخيمات", "كتب: سامر الأحمد", *text, *box, "الوسوم", "إدلب"]))
    assert list(article.paragraphs) == text


def test_a_persons_box_inside_an_interview_goes_and_the_questions_stay() -> None:
    qa = [
        "Frau Oltmanns, wenn man durch dieses Gebäude läuft, sieht man leere Flure. Was sehen Sie?",
        "Ich sehe Grundrisse. Dieses Haus hat eine Tiefe von vierzehn Metern, das ist für Wohnungen fast ideal.",
    ]
    box = ["Zur Person", "Miriam Oltmanns, geboren 1972 in Oldenburg, studierte Architektur in Aachen und Zürich."]
    rest = [
        "Abreißen ist doch auch teuer.",
        "Abreißen ist vor allem klimaschädlich. In einem Bürogebäude steckt sehr viel graue Energie, die verloren ginge.",
    ]
    article = newsclean.clean("\n".join(["„Leere Büros sind Bauland“", "Interview: Jonas Freytag", "7. November 2024", *qa, *box, *rest]))
    assert list(article.paragraphs) == [*qa, *rest]


def test_the_writers_names_over_their_bios_after_the_text_go() -> None:
    text = [
        "Residents of a Tai Po public housing estate have launched a petition against a plan to fell four banyan trees.",
        "The residents' group said it had collected more than 2,300 signatures and would hand the petition in next week.",
    ]
    bios = ["Vivian Lok", "Vivian Lok joined The Harbour Standard in 2021 and covers housing and urban planning.",
            "Marcus Yip", "Marcus Yip is a reporter on the Hong Kong desk, covering the New Territories."]
    article = newsclean.clean("\n".join(["Tai Po residents fight plan to fell banyans", "By Vivian Lok and Marcus Yip", "18 Nov 2025", *text, *bios]))
    assert list(article.paragraphs) == text


def test_an_author_box_of_two_writers_after_the_text_goes() -> None:
    # "ABOUT THE AUTHOR" / a name / its bio / a name / its bio ("... is a videojournalist ...")
    text = CASES[0][1]
    box = [
        "ABOUT THE AUTHOR",
        "Rachel Okafor",
        "Rachel Okafor is a reporter for the station based in Sydney. You can reach her at rachel.okafor@example.org.",
        "Daniel Lavoie",
        "Daniel Lavoie is a videojournalist with the station in Cape Breton.",
    ]
    article = newsclean.clean("\n".join([*text, *box, "Related Stories", "Corrections and clarifications"]), lang="en")
    assert list(article.paragraphs) == text


def test_a_comment_thread_of_numbered_names_is_no_appended_article() -> None:
    # "3 تعليقات" / "1 - مواطن غيور" / its date / the comment: a reader's thread, not another article
    text = [
        "رفعت غرفة الجنايات الاستئنافية العقوبة الصادرة في حق الرئيس السابق للتعاونية الفلاحية إلى خمس سنوات حبسا نافذا.",
        "وقضت الهيئة القضائية بإلزام المتهمين بأداء تعويض مدني لفائدة الفلاحين المتضررين قدره مليون درهم.",
    ]
    thread = [
        "تعليقات الزوار",
        "3 تعليقات",
        "1 - مواطن غيور",
        "الثلاثاء 4 فبراير 2025 - 22:41",
        "العدالة أخذت مجراها أخيرا، لكن الأهم هو استرجاع أموال الفلاحين الصغار الذين تضرروا.",
        "2 - سعيد من سطات",
        "الثلاثاء 4 فبراير 2025 - 23:05",
        "أعرف هذه التعاونية جيدا، الفلاحون انتظروا سنوات طويلة ولم يتوصلوا بأي معدات. نتمنى أن يكون هذا الحكم عبرة للآخرين.",
        "3 - حميد",
        "الأربعاء 5 فبراير 2025 - 00:17",
        "المحاسبة يجب أن تشمل كذلك الجهات التي كان من المفروض أن تراقب صرف الدعم.",
    ]
    header = ["محكمة الاستئناف ترفع عقوبة رئيس تعاونية فلاحية إلى خمس سنوات", "كتب: سعيد الإدريسي", "الثلاثاء 4 فبراير 2025 - 18:20"]
    article = newsclean.clean("\n".join([*header, *text, *thread, "أضف تعليقك", "الاسم", "إرسال"]))
    assert list(article.paragraphs) == text
    assert not article.extra_articles


def test_a_writers_name_over_a_bio_that_opens_with_the_role_goes() -> None:
    text = CASES[0][1]
    box = ["Rui Antunes", "Jornalista do Diário do Mondego desde 2014. Escreve sobre educação, ensino superior e juventude."]
    article = newsclean.clean("\n".join([*text, *box]), lang="pt")
    assert list(article.paragraphs) == text


def test_a_share_widgets_label_over_the_headline_goes() -> None:
    headline = "City council votes to bring sidewalk snow clearing back in-house"
    text = EN_TEXT
    header = [headline, "Published Mar 13, 2024"]
    page = [*header, *text, f"Share this Story : {headline}", "Copy Link", "Email", "© 2025 The Ottawa Example"]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == text
    # A label no lexicon knows stays: "Today: <headline>" may be the text's own line.
    page = [*header, text[0], f"Looking back: {headline}", text[1]]
    assert f"Looking back: {headline}" in newsclean.clean("\n".join(page)).paragraphs


def test_the_last_item_of_a_list_over_an_appeal_is_no_heading_of_the_appeal() -> None:
    # Short "place - place" items, the last one right over a channel's appeal: an item like the others.
    text = [
        "أفادت غرفة التحكم المروري بأن الطرقات التالية لا تزال مقطوعة بسبب تراكم الثلوج حتى ساعات المساء.",
        "عيناتا - الأرز",
        "ترشيش - زحلة",
        "المنيطرة - عيون السيمان",
    ]
    appeal = ["تابعوا آخر الأخبار عبر قناة «المدى نيوز» على واتساب", "اشترك الآن"]
    after = "ودعت الغرفة المواطنين إلى عدم سلوك هذه الطرقات إلا للضرورة القصوى واستخدام السلاسل المعدنية."
    # (trafilatura kept them all, as on the live page this comes from)
    from newsclean.pipeline import run

    lines = [*text, *appeal, after]
    article = run("\n".join(lines), hints=["p article tf"] * len(lines))
    assert list(article.paragraphs) == [*text, after]


def test_closing_notes_under_the_text_go() -> None:
    text = [
        "The city council voted on Tuesday to extend the tram line to the airport, a project of eleven kilometres.",
        "Work is due to start next spring and to last three years, the council said in a statement after the vote.",
    ]
    for note in (
        "For the latest news, weather, sports, and streaming video, head to KSWT 9 News.",
        "Get the latest news straight to your phone. Join The Highveld Post channel on WhatsApp.",
    ):
        assert note not in newsclean.clean("\n".join([*text, note])).paragraphs
    arabic = [
        "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مراكز صحية جديدة في المحافظات الشمالية، ضمن خطة لتوسيع الخدمات الطبية في المناطق الريفية.",
        "وقال المتحدث باسم الوزارة إن المراكز ستعمل على مدار الساعة، وإن كوادرها الطبية تلقت تدريبا خاصا خلال الأشهر الماضية.",
    ]
    for note in (
        "المصدر: وكالة الأنباء الوطنية",
        "تنويه: تم نقل هذا الخبر عن المركز الإعلامي للمحافظة، والموقع غير مسؤول عن محتواه.",
        "يبث البرنامج كل يوم من الإثنين إلى الجمعة من الساعة العاشرة صباحا.",
    ):
        assert note not in newsclean.clean("\n".join([*arabic, note])).paragraphs


def test_a_press_releases_about_box_goes_and_a_last_section_stays() -> None:
    """ "About Tidewell Robotics" over a paragraph that names the company, at the end: the release's
    boilerplate; "About the study" over the text's last paragraph names no one in capitals."""
    text = [
        "Tidewell Robotics said on Wednesday it will open a new assembly plant in Dartmouth, creating 120 jobs by 2027.",
        "The company said the plant will build underwater inspection vehicles for offshore wind farms and port authorities.",
        "Production is expected to start in the second half of next year, once the provincial permits have been granted.",
    ]
    about = ["About Tidewell Robotics", "Founded in 2019, Tidewell Robotics Inc. designs and builds autonomous underwater vehicles."]
    article = newsclean.clean("\n".join(["Tidewell Robotics to open a plant in Dartmouth", "March 3, 2025", *text, *about]))
    assert list(article.paragraphs) == text
    study = ["About the study", "The researchers followed 1,200 patients over five years in three hospitals of the region."]
    article = newsclean.clean("\n".join(["Tidewell Robotics to open a plant in Dartmouth", "March 3, 2025", *text, *study]))
    assert list(article.paragraphs) == [*text, *study]
    inline = "About Tidewell Robotics: Founded in 2019, Tidewell Robotics Inc. designs and builds autonomous underwater vehicles."
    article = newsclean.clean("\n".join(["Tidewell Robotics to open a plant in Dartmouth", "March 3, 2025", *text, "###", inline]))
    assert list(article.paragraphs) == text  # the release's end mark goes too


ARABIC_RELEASE = [
    "وقعت جامعة الواحة الأهلية اليوم الثلاثاء اتفاقية تعاون مع شركة محلية لإنشاء مختبر لتحلية المياه بالطاقة الشمسية في حرمها الجامعي.",
    "وقال رئيس الجامعة إن الاتفاقية تتيح لطلبة الهندسة التدريب العملي على تقنيات حديثة، وتفتح المجال لأبحاث مشتركة مع القطاع الخاص.",
    "ومن المتوقع أن يبدأ تشغيل المختبر مع بداية الفصل الدراسي المقبل، بحسب البيان الصادر عن المكتب الإعلامي للجامعة.",
]


@pytest.mark.parametrize(
    "box",
    [
        ["نبذة عن جامعة الواحة", "جامعة الواحة الأهلية مؤسسة تعليمية تأسست عام 2009، وتضم خمس كليات وأكثر من ستة آلاف طالب."],
        ["عن جامعة الواحة الأهلية", "جامعة أردنية أهلية تأسست عام 2009، وتضم خمس كليات وأكثر من ستة آلاف طالب."],
        ["À propos de Solvéo", "Fondée en 2012 à Lyon, Solvéo conçoit des pompes à chaleur pour les logements collectifs."],
    ],
    ids=["ar-nabdha", "ar-an", "fr"],
)
def test_an_about_box_goes_in_every_language_it_is_written(box: list[str]) -> None:
    """The box about the company, university or charity that ends a press release ("نبذة عن ...",
    "À propos de ..."): its heading and the paragraph under it that names it go."""
    assert list(newsclean.clean("\n".join([*ARABIC_RELEASE, *box])).paragraphs) == ARABIC_RELEASE


def test_an_about_box_on_an_acronym_the_paragraph_spells_out_goes() -> None:
    """"À propos d'ATPL": the name glued to the elided word, an acronym whose words the paragraph
    under it writes out ("Ateliers Textiles du Pays de Loire")."""
    release = [
        "Les Ateliers Textiles du Pays de Loire annoncent un chiffre d'affaires semestriel de 48 millions d'euros, en hausse de 6 %.",
        "La société explique cette progression par la reprise des commandes des hôtels et par l'ouverture d'un nouveau magasin à Nantes.",
        "Le conseil d'administration proposera le versement d'un dividende de 0,40 euro par action lors de la prochaine assemblée.",
    ]
    box = ["À propos d'ATPL", "Créée en 1994, Ateliers Textiles du Pays de Loire fabrique du linge de maison vendu dans quarante pays."]
    article = newsclean.clean("\n".join([*release, *box, "Partager", "Facebook"]))
    assert list(article.paragraphs) == release
    assert {line.rule for line in article.lines if line.text in box} == {"lexicon.about-box"}


def test_a_last_section_about_a_subject_stays_in_arabic() -> None:
    """A last subheading on "عن <subject>" over a paragraph that does not open with the subject's name
    is the article's own section, not a box about an institution."""
    section = ["عن مستقبل الاتفاقية", "ويرى مراقبون أن نجاح المختبر قد يشجع جامعات أخرى على عقد شراكات مماثلة مع القطاع الخاص."]
    assert list(newsclean.clean("\n".join([*ARABIC_RELEASE, *section])).paragraphs) == [*ARABIC_RELEASE, *section]


# Notes and boxes of special kinds of pages, each line with the lexicon category that names it.
PAGE_NOTES = [
    ("en", "This transcript was generated automatically and edited for clarity. Please check the audio before quoting.", "notice"),
    ("fr", "Cette transcription a été générée automatiquement et peut contenir des erreurs.", "notice"),
    ("en", "The Tri-County Sentinel corrects errors of fact promptly and notes the correction on the story.", "notice"),
    ("en", "The Sentinel's commitment to accuracy", "notice"),
    ("en", "The Dispatch welcomes letters from readers.", "notice"),
    ("en", "Scioto Signal is a nonprofit, member-supported newsroom. Join the more than 8,000 members who make it free.", "donation"),
    ("en", "Guest Book", "comments"),
    ("en", "Sign the guest book", "comments"),
    ("en", "Leave a condolence", "comments"),
    ("fr", "Livre de condoléances", "comments"),
    ("en", "More in Fewer Students, Fewer Schools", "related"),
    ("ar", "ساهم في إنقاذ الأرواح", "donation"),
    ("en", "This story was originally published by Idaho Capital Ledger and is republished with permission.", "notice"),
    ("en", "This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our site.", "licence"),
    ("en", "Page 1 of 2", "navigation"),
    ("fr", "Page 2 sur 3", "navigation"),
    ("es", "Página 1 de 2", "navigation"),
    ("ar", "الصفحة ١ من ٣", "navigation"),
    ("fr", "Il vous reste 58.46% de l’article à lire.", "paywall"),
    ("fr", "Abonnez-vous à Afrique Horizons Digital pour accéder à tous nos articles.", "paywall"),
]


@pytest.mark.parametrize(("lang", "text", "category"), PAGE_NOTES, ids=[f"{lang}:{text[:30]}" for lang, text, _ in PAGE_NOTES])
def test_a_special_page_s_note_is_named_by_its_lexicon(lang: str, text: str, category: str) -> None:
    hit = lexicon.match(Line(0, text, fold(text)))
    assert hit is not None and hit.category.name == category
