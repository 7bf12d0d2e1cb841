"""The chrome vocabulary of news sites in the major languages beyond English and Arabic: the headings
of related and most-read lists, the labels of teasers set in the text, share and comment buttons, tag
labels and newsletter appeals that sites of Spain and Latin America, Germany, Austria and Switzerland,
France, Belgium, Switzerland, Québec and French-speaking Africa, Italy, Brazil and Portugal, the
Netherlands and Flanders, Russia, Turkey, Indonesia, mainland China, Taiwan and Hong Kong, Iran,
Israel and Poland print (`lexicons/<lang>/*.txt`).

A related heading ends the article, so the other half of the test matters as much: the same words in
a sentence or in a subheading of the text ("Las series más populares", "Sur ce sujet, le ministre ...",
"Другие статьи закона", "相关报道称 ...") are no chrome."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from newsclean import lexicon
from newsclean.lines import split_lines
from newsclean.normalize import fold

TRAILING = {"author-box", "end-note"}  # looked for at the end of the kept text only

CHROME = [
    # An aggregator's links under the story, a site's cookie bar and its follow button (French, Dutch), a
    # comment counter (Russian); a phrase's apostrophe typed curly as the lexicon has it straight
    ("Lire l’article complet sur La Gazette du Vercors", "read-also"),
    ("Plus d’articles dans Montagne & Patrimoine", "related"),
    ("Sujets associés", "tags"),
    ("Je m’inscris", "newsletter"),
    ("Wij gebruiken cookies", "cookie"),
    ("Dagblad Veenland en onze partners gebruiken cookies en vergelijkbare technieken om de site goed te laten werken.", "cookie"),
    ("Wil je op de hoogte blijven van het nieuws uit Emmen?", "newsletter"),
    ("Volg Emmen", "newsletter"),
    ("Обсудить (4)", "comments"),
    # English and French sites of the 2020s, Portugal's paywalls: a betting promotion's legal line, a
    # portal's link to the wire's page, a member box's pitch, a science site's label over its story, a
    # paper's signature over an agency's dispatch, a paywall's lead and its plans
    ("21+ Gamble responsibly. Gambling problem? Call 1-888-555-0142. Odds and lines subject to change.", "notice"),
    ("Read the original article on Coastline Wire", "end-note"),
    ("The Harbor Light is a nonprofit newsroom funded by readers like you.", "donation"),
    ("Our journalism is free to read. It isn't free to produce.", "donation"),
    ("FULL STORY", "navigation"),
    ("FOR IMMEDIATE RELEASE", "notice"),
    ("Le Journal de la Seine avec AFP", "end-note"),
    ("Continue a ler este artigo", "paywall"),
    ("Digital 1 € no primeiro mês, depois 7,99 €/mês", "paywall"),
    ("📲 Rejoignez notre groupe WhatsApp pour recevoir toute l'actualité du Cameroun en temps réel. Cliquez ici !", "newsletter"),
    ("Le Courrier du Nord est un média indépendant. Chaque contribution, même modeste, nous permet d'enquêter.", "donation"),
    ("Cet article vous a plu? Soutenez l'information régionale: abonnez-vous dès CHF 1.– le premier mois.", "paywall"),
    ("Journaliste au Courrier du Nord depuis 2021, elle couvre l'économie et les questions sociales.", "end-note"),
    # Arabic services of international broadcasters: the marks around a box a screen reader may skip, a live
    # stream's and a sister radio's promotions, a video's label and title on one line and its embed note, an
    # agency's note on what its site shows, a picture's copyright holder under its caption
    ("قصص مقترحة", "read-also"),
    ("نهاية قصص مقترحة", "notice"),
    ("تخطى البودكاست وواصل القراءة", "notice"),
    ("نهاية البودكاست", "notice"),
    ("شاهد البث المباشر", "player"),
    ("استمعوا إلى إذاعة الساحل الدولية", "player"),
    ("فيديو. بارجة تحلية عائمة تصل إلى الجزيرة", "player"),
    ("نسخ/لصق رابط الفيديو أدناه:", "player"),
    ("الموقع الإلكتروني لوكالة الساحل للأنباء يعرض جزءا من الأخبار التي تقدَّم للمشتركين عبر نظام تدفق الأخبار، وبشكل ملخص.", "notice"),
    ("The website of the Coast News Agency displays only a portion of the news stories offered to subscribers.", "notice"),
    ("حقوق النشر  سامي حداد/وكالة الساحل", "caption-credit"),
    # Spanish: Mexico's "notas", Spain's "Lo más visto", a section's list, "Nota relacionada:" over a teaser
    ("Notas relacionadas", "related"),
    ("Lo más visto", "related"),
    ("Más en Deportes", "related"),
    ("También te puede gustar", "related"),
    ("Recomendados", "related"),
    ("Nota relacionada: Así funcionará la nueva línea del Metro", "read-also"),
    ("Lee: Cierran la autopista por obras durante el fin de semana", "read-also"),
    ("Deja una respuesta", "comments"),
    ("Archivado en", "tags"),
    ("Palabras clave: Metro, CDMX", "tags"),
    ("Síguenos en nuestras redes sociales", "newsletter"),
    # German (Germany, Austria, Switzerland)
    ("Die meistgelesenen Artikel", "related"),
    ("Mehr aus Politik", "related"),
    ("Das könnte dich auch interessieren", "related"),
    ("Meistkommentiert", "related"),
    ("Lies auch: Neue Radwege für die Innenstadt", "read-also"),
    ("Schon gelesen? Die Bahn erhöht die Preise", "read-also"),
    ("Artikel verschenken", "share"),
    ("Schreibe einen Kommentar", "comments"),
    ("Schlagwörter", "tags"),
    ("Folgen Sie uns auf Instagram", "newsletter"),
    # French (France, Belgium, Switzerland, Québec, Africa)
    ("Les plus populaires", "related"),
    ("Articles en lien", "related"),
    ("Vous pourriez aussi aimer", "related"),
    ("Du même auteur", "related"),
    ("Derniers articles", "related"),
    ("À découvrir aussi : le nouveau tram de Genève", "read-also"),
    ("Offrir cet article", "share"),
    ("Réagissez à cet article", "comments"),
    ("Thèmes", "tags"),
    ("Merci pour votre inscription!", "newsletter"),
    # Italian
    ("Le più lette", "related"),
    ("Potrebbe piacerti anche", "related"),
    ("Altro da Cronaca", "related"),
    ("Guarda anche: il video dell'incendio", "read-also"),
    ("Annulla risposta", "comments"),
    ("Argomenti", "tags"),
    ("Salva", "share"),
    # Portuguese (Brazil, Portugal, Africa)
    ("Artigos relacionados", "related"),
    ("Também lhe pode interessar", "related"),
    ("Últimas", "related"),
    ("Mais de Economia", "related"),
    ("Leia ainda: Prefeitura anuncia novas linhas de ônibus", "read-also"),
    ("Partilhar", "share"),
    ("Oferecer artigo", "share"),
    ("Cancelar resposta", "comments"),
    ("Tópicos", "tags"),
    # Dutch (the Netherlands, Flanders)
    ("Meer over dit onderwerp", "related"),
    ("Dit vind je misschien ook leuk", "related"),
    ("Uitgelicht", "related"),
    ("Zie ook: Nieuwe brug over de Maas", "read-also"),
    ("Lees de reacties", "comments"),
    ("Onderwerpen", "tags"),
    ("Volg ons op Instagram", "newsletter"),
    # Russian
    ("Новости партнёров", "related"),
    ("Самые читаемые", "related"),
    ("Вам может быть интересно", "related"),
    ("Читать также: В городе откроют новый парк", "read-also"),
    ("Скопировать ссылку", "share"),
    ("Оставьте комментарий", "comments"),
    ("Рубрики: Общество, Транспорт", "tags"),
    ("Следите за нами в Одноклассниках", "newsletter"),
    # Turkish
    ("Çok Okunanlar", "related"),
    ("Yazarın Diğer Yazıları", "related"),
    ("Okumadan geçmeyin: İzmir'de metro seferleri uzatıldı", "read-also"),
    ("Yazı Boyutu", "share"),
    ("Yorum Yaz", "comments"),
    ("Anahtar kelimeler", "tags"),
    ("Abone Ol", "newsletter"),
    # Indonesian
    ("Pilihan Redaksi", "related"),
    ("Berita Populer", "related"),
    ("Tonton: Banjir Rendam Ratusan Rumah di Bekasi", "read-also"),
    ("Tautan disalin", "share"),
    ("Jadilah yang pertama berkomentar", "comments"),
    ("Kata Kunci", "tags"),
    ("Simak berita lainnya di Google News", "newsletter"),
    # Chinese, Traditional (Taiwan, Hong Kong) and Simplified
    ("相關新聞", "related"),
    ("熱門排行", "related"),
    ("猜你喜歡", "related"),
    ("更多 TVBS 報導", "related"),
    ("延伸閱讀", "read-also"),
    ("延伸阅读：地铁新线年底开通", "read-also"),
    ("複製連結", "share"),
    ("加入收藏", "share"),
    ("網友留言", "comments"),
    ("12条评论", "comments"),
    ("標籤：捷運 台北", "tags"),
    ("訂閱電子報", "newsletter"),
    # Persian (with and without the zero-width non-joiner)
    ("پربیننده ترین", "related"),
    ("مطالب مشابه", "related"),
    ("در همین زمینه", "related"),
    ("در این باره بخوانید: افزایش قیمت بلیت مترو", "read-also"),
    ("لغو پاسخ", "comments"),
    ("کلمات کلیدی", "tags"),
    ("ما را دنبال کنید", "newsletter"),
    # Hebrew
    ("עוד בנושא", "related"),
    ("הכי נצפים", "related"),
    ("לקריאה נוספת: הרכבת הקלה תפעל גם בשבת", "read-also"),
    ("הקישור הועתק", "share"),
    ("טוקבקים", "comments"),
    ("מילות מפתח", "tags"),
    # Polish
    ("Najczęściej komentowane", "related"),
    ("Najnowsze", "related"),
    ("Podobne wpisy", "related"),
    ("Przeczytaj: Nowy most w Gdańsku otwarty", "read-also"),
    ("Dodaj do ulubionych", "share"),
    ("Anuluj pisanie odpowiedzi", "comments"),
    ("Słowa kluczowe", "tags"),
    ("Pobierz aplikację", "newsletter"),
    # Following the outlet on two networks or more, with or without a newsletter's pitch after it
    ("Sigue a El Diario del Sur en Facebook, Instagram y X, o suscríbete a nuestro boletín.", "newsletter"),
    ("Suivez La Gazette des Alpes sur Facebook et Instagram", "newsletter"),
    ("Segui Il Corriere di Lecco su Facebook e Instagram", "newsletter"),
    ("Folgen Sie dem Rheintal-Boten auf Facebook und Instagram", "newsletter"),
    ("Volg De Kempenaar op Facebook en Instagram", "newsletter"),
    ("Receba notícias do Diário do Vale pelo WhatsApp", "newsletter"),
    # A site's notice that its content may not be reproduced
    ("Prohibida su reproducción total o parcial.", "footer"),
    ("Proibida a reprodução total ou parcial deste conteúdo sem autorização.", "footer"),
    ("Toute reproduction totale ou partielle est interdite.", "footer"),
    ("RIPRODUZIONE RISERVATA ©", "footer"),
    ("Vietata la riproduzione anche parziale.", "footer"),
    ("Reproduction in whole or in part without permission is prohibited.", "footer"),
    # A live page's notice, the opinion page's call for letters, a production note after the text
    ("Le direct se met à jour automatiquement", "notice"),
    ("Have something to say? Submit a letter to the editor.", "notice"),
    ("Ce contenu a été produit par La Presse de l'Est avec l'aide financière du Fonds des médias.", "licence"),
    ("This content was produced by The Valley Press with the financial support of the Local News Fund.", "licence"),
    ("À voir en vidéo", "read-also"),
    ("Voir plus de vidéos", "navigation"),
    ("Watch the video:", "player"),
    # "Home" opening a menu or a breadcrumb; a link to the print edition
    ("الرئيسية", "navigation"),
    ("الرئيسية > أخبار", "navigation"),
    ("النسخة الورقية PDF", "navigation"),
    ("العدد الورقي", "navigation"),
    # A subscriber's gift allowance in the article's head
    ("Você tem 7 acessos por dia para dar de presente. Assinantes podem liberar 7 acessos por dia.", "paywall"),
    ("You have 10 gift articles to give each month.", "paywall"),
    # The publisher's contact line under the text
    ("إربد - شارع الجامعة - هاتف: 02-7000000 - فاكس: 02-7000001", "footer"),
]


@pytest.mark.parametrize(("text", "category"), CHROME)
def test_chrome_lines(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0], trailing=category in TRAILING)
    assert hit is not None and hit.category.name == category, hit


@pytest.mark.parametrize(
    "text",
    [
        # Spanish: "más de" opens a count, a "most popular" subheading names its items, advice opens with "Te sugerimos"
        "Más de 300 personas fueron evacuadas.",
        "Las series más populares del año",
        "No te pierdas el eclipse de esta noche",
        "Te sugerimos llevar agua y protector solar.",
        "Lo último que dijo el alcalde fue claro.",
        "Otros artículos de la ley establecen plazos.",
        "Categoría: Mejor película",
        # German
        "Wir empfehlen, die Fenster geschlossen zu halten.",
        "Weitere Themen der Sitzung",
        "Weitere Meldungen",
        "Mehr aus Angst als aus Überzeugung",
        "Themen wie Mieten und Verkehr bestimmten den Wahlkampf.",
        "Kategorie: Bester Film",
        "Lesenswert ist vor allem das letzte Kapitel.",
        # French
        "Sur ce sujet, le ministre reste prudent.",
        "Les films les plus vus de l'année",
        "À écouter les experts, la crise durera.",
        "Notre sélection de livres pour l'été",
        "Nos recommandations pour bien dormir",
        "Dernières nouvelles du front",
        # Italian
        "I film più visti del 2024",
        "Le mete più popolari dell'estate",
        "Per approfondire la questione, il governo ha nominato una commissione.",
        "Ti consigliamo di portare acqua.",
        # Portuguese
        "Os livros mais lidos do ano",
        "Os nomes mais populares de 2024",
        "Mais de 200 pessoas ficaram desalojadas.",
        "Veja a lista de aprovados.",
        # Dutch
        "Ook leuk voor kinderen",
        "Onze keuze",
        "Meer over de oorzaak volgt later.",
        # Russian: "статьи" and "материалы" are a law's articles and a case's files
        "Другие статьи закона",
        "Другие материалы дела",
        "Самое интересное впереди",
        "Россия в тренде",
        "Подробнее о проекте рассказал мэр.",
        # Turkish
        "En çok okunan kitaplar",
        "Popüler kültür ve gençlik",
        "İlgili bakanlık açıklama yaptı.",
        # Indonesian
        "Destinasi paling populer di Bali",
        "Baca buku setiap hari.",
        "Isu yang sedang hangat",
        # Chinese: the labels' characters opening a sentence or another word
        "相关报道称，该项目将于明年完工。",
        "收藏家表示这幅画价值连城。",
        "标签化的社会让人焦虑。",
        "订阅人数持续增加。",
        "延伸阅读能力是教育的重点。",
        # Persian
        "در همین زمینه، وزیر اقتصاد گفت که قیمت‌ها کاهش می‌یابد.",
        "پیشنهاد ما این است که مردم صبر کنند.",
        # Hebrew
        "אנחנו ממליצים לציבור להישאר בבית.",
        "מומלץ לשתות מים בשעות החמות.",
        # Polish
        "Warto przeczytać tę książkę przed wakacjami.",
        "Najnowsze badania pokazują wzrost.",
        "Polecamy zabrać ze sobą parasol.",
        # Following someone on one network, a reproduction in a sentence
        "Sigue a la ministra en Twitter, donde publicó el anuncio.",
        "La riproduzione dell'opera è stata esposta al museo.",
        "Suivez le guide sur le sentier des douaniers.",
        # Arabic "الرئيسية" after a noun is "main": a subheading of the text, no "Home" link
        "المواصفات الرئيسية",
        "النقاط الرئيسية",
        # A press release's contact line is the release's (the gold of such pages keeps it)
        "Media contact: Jane Roe, Tel: +1 555 0100, Fax: +1 555 0101",
    # the same words in prose: gambling, a nonprofit's funding, a wire's story, the full story, an agency, prices
    "The state's gambling problem helpline took 4,000 calls last year, officials said.",
    "The clinic is a nonprofit organization funded by grants from the county and the state.",
    "He said he would read the original article before commenting on it.",
    "The full story of the rescue only emerged weeks later, when the crew returned to port.",
    "Le ministre s'est entretenu avec l'AFP mardi soir à Paris.",
    "Plus d'articles de presse ont relayé la décision dans la journée.",
    "Volg de route langs de dijk tot aan de sluis, zei de wethouder.",
    "O preço do passe mensal sobe para 40 € por mês a partir de janeiro, anunciou a empresa.",
    "Chaque contribution au fonds de solidarité sera reversée aux familles, a précisé la mairie.",
    "Le groupe WhatsApp des parents d'élèves a relayé l'information dès mardi soir.",
    # the same words in prose: a podcast, a suggested story, a live broadcast, copyright
    "قال إن نهاية البودكاست كانت مفاجئة للمستمعين.",
    "وشاهد البث المباشر للمباراة أكثر من مليون متابع عبر المنصات الرقمية.",
    "وتطالب النقابة بحماية حقوق النشر للصحفيين المستقلين.",
    ],
)
def test_sentences_and_subheadings_are_no_chrome(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


def test_a_newsletter_pitch_naming_the_editors_picks_is_no_related_heading() -> None:
    # "la sélection de la rédaction" heads a related list alone on its line; in a newsletter's pitch
    # it must not end the article.
    hit = lexicon.match(split_lines("Recevez chaque matin la sélection de la rédaction")[0])
    assert hit is not None and hit.category.name == "newsletter"


@pytest.mark.parametrize(
    "text",
    [
        "I comunicati stampa sono pubblicati così come ricevuti e non sono stati oggetto di verifica da parte della redazione.",
        "Press releases are published as received and have not been edited by our newsroom.",
        "Ce communiqué est publié tel quel, sans intervention de la rédaction.",
        "Este comunicado se publica tal como se recibió.",
        "Die Pressemitteilung wird unverändert veröffentlicht.",
    ],
)
def test_a_sites_note_on_press_releases_it_prints_unedited(text: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == "notice"


def _letters(pattern: str) -> str:
    """The literal letters, marks and format characters of a `re:` entry, its escapes aside."""
    literal = regex.sub(r"\\[pP]\{[^}]*\}|\\.|\(\?P?<\w+>|\{\d*,?\d*\}", "", pattern)
    return "".join(char for char in literal if char.isalpha() or unicodedata.category(char)[0] in "MC")


def test_regex_entries_are_written_as_the_folded_line_reads() -> None:
    # A category's `re:` entry is matched against the folded line, where "ئ" is "ي", "ß" is "ss" and a
    # ZWNJ is gone: a letter that folding changes can never match ("دقائق" in a pattern missed every
    # "وقت القراءة"). (credit-label.txt is matched on the raw line, and is not a category.)
    from importlib import resources

    root = resources.files("newsclean") / "lexicons"
    names = {f"{category.name}.txt" for category in lexicon.categories()}
    unfolded = [
        f"{folder.name}/{path.name}: {phrase}"
        for folder in root.iterdir()
        if folder.is_dir()
        for path in folder.iterdir()
        if path.name in names
        for phrase in lexicon.read_phrases(path.read_text(encoding="utf-8"))
        if phrase.startswith("re:") and any(fold(char) != char for char in _letters(phrase[3:]))
    ]
    assert len(names) > 20
    assert unfolded == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("وقت القراءة: 4-5 دقائق", "reading-time"),
        ("3 دقائق قراءة", "reading-time"),
        ("Reading time: 4-5 minutes", "reading-time"),
        ("تفعيل التحديث التلقائي", "form"),
        ("سجل دخولك أو أنشئ حساباً", "paywall"),
        ("Der Gastbeitrag gibt ausschließlich die Meinung des Autors wieder.", "footer"),
        ("AFP時事", "caption-credit"),
        # subscription pitches and a script's notice set in the text
        ("Få adgang til alle artikler på Hovedstadens Avis. Første måned for 1 kr. – derefter 249 kr. pr. måned.", "paywall"),
        ("Denne saken er en Pluss-sak. Takk for at du abonnerer på Dalføret!", "paywall"),
        ("Predplatné Kuriér BA už od 4,99 € mesačne. Bez reklám, s prístupom ku všetkým článkom a archívu.", "paywall"),
        ("يتطلب عرض هذا المحتوى تفعيل JavaScript في متصفحك. يرجى تفعيله ثم إعادة تحميل الصفحة.", "notice"),
    ],
)
def test_lines_that_entries_with_folded_letters_or_no_entry_missed(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category
