"""Who wrote the article and when, as sites print it around the text (holdout rounds 313 and 314's
themes, on pages composed here): a handle after the writer's name, a signature or a stamp after the
text, a masthead's day above the headline, a dateline alone over the lead, a wire's notes, an
organisation as the markup's author, the local day a page shows for a time in UTC."""

from __future__ import annotations

import json

import newsclean
from newsclean.lines import Line
from newsclean.metadata import byline

LEAD = "The tool library on Larimer Avenue lent out its ten thousandth item on Tuesday, a circular saw borrowed by a retired carpenter."
TEXT = [
    LEAD,
    "Volunteers opened the storefront four years ago with forty donated drills and a shelf of garden tools from a closed hardware shop.",
    "Members pay what they can, and the library says about a third of them pay nothing at all for the tools they borrow each month.",
]


def _author(text: str) -> str | None:
    line = Line.of(0, text)
    return byline.byline_author(line.key, line.text, line.words)


def test_a_handle_after_the_writers_name_is_no_part_of_it() -> None:
    assert _author("By Priya Natarajan (@pnat_writes) · 4 min read · Mar 27, 2025") == "Priya Natarajan"
    assert _author("By Kim Blake @kimkblake") == "Kim Blake"


def test_a_beat_and_a_role_glued_to_the_name_are_cut_off() -> None:
    """"<span>By Priya Ashworth</span><span>Transport correspondent</span>" rendered without a space."""
    assert _author("By Priya AshworthTransport correspondent, BVT Shropshire") == "Priya Ashworth"


def test_the_writers_box_under_the_text_goes_with_a_handled_byline() -> None:
    page = [
        "Ward Street Weekly",
        "The Fix-It Library on Larimer Avenue just lent out its 10,000th tool",
        "By Priya Natarajan (@pnat_writes) · 4 min read · Mar 27, 2025",
        *TEXT,
        "Priya Natarajan",
        "Priya covers East End neighborhoods for Ward Street Weekly. She previously reported for a public radio station.",
        "Get Ward Street Weekly in your inbox every Thursday",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.author == "Priya Natarajan"
    assert list(article.paragraphs) == TEXT


ITALIAN = [
    "Il restauro della barca è cominciato in primavera nel cantiere della cooperativa, con due giovani apprendisti al lavoro ogni giorno.",
    "Servono ancora diciottomila euro per le vele e per il motore ausiliario, ha spiegato il presidente della cooperativa ai soci.",
    "La barca tornerà in acqua a giugno, in tempo per la festa del lago che si tiene ogni anno nella piazza del porto.",
]


def test_the_publication_stamp_after_the_text_beats_the_mastheads_day() -> None:
    page = [
        "sabato 5 aprile 2025 | Aggiornato alle 09:12",
        "Lariosera",
        "Home » Lago",
        "Bellagio, i barcaioli restaurano la lucia del 1912",
        *ITALIAN,
        "Di Giulia Ferrante",
        "Pubblicato il 4 aprile 2025 ore 19:27",
        "© RIPRODUZIONE RISERVATA",
    ]
    article = newsclean.clean("\n".join(page))
    assert article.date == "2025-04-04"
    assert article.author == "Giulia Ferrante"
    assert list(article.paragraphs) == ITALIAN


ARABIC = [
    "قررت بلدية جبيل، مساء الإثنين، تأجيل أعمال تأهيل المرفأ القديم ثلاثة أشهر على الأقل، بعدما اعتصم عشرات الصيادين أمام مبنى البلدية.",
    "وكان المجلس البلدي قد أقر في شباط الماضي خطة لتدعيم الأرصفة وتجديد شبكة الإنارة وتوسيع الممر المخصص للمشاة على طول الرصيف.",
    "وقال رئيس تعاونية الصيادين إن الأشغال كانت ستمنع نحو أربعين مركبا من الرسو خلال موسم الصيد الذي يبدأ في أيار من كل عام.",
]


def test_a_dateline_alone_over_the_lead_is_no_line_of_the_text() -> None:
    page = [
        "نبض جبيل",
        "بلدية جبيل تؤجل تأهيل المرفأ القديم",
        "بقلم: رامي الحداد",
        "الثلاثاء ١٣ أيار/مايو ٢٠٢٥ - ١٠:٠٤",
        "صيادون يصلحون شباكهم على رصيف مرفأ جبيل القديم (تصوير: نادين خوري)",
        "جبيل -",
        *ARABIC,
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == ARABIC
    assert article.date == "2025-05-13"


def test_an_article_appended_under_the_comment_form_is_found_past_the_related_teasers() -> None:
    """"الموضوعات المتعلقة" (the related topics, with the article) heads teasers, each over its date;
    under the comments and their form, the next article (headline, byline, date, text) is appended."""
    next_text = [
        "أعلنت جمعية أهلية بالفيوم عن تنظيم قافلة طبية مجانية لمدة ثلاثة أيام لأهالي إحدى القرى، بمشاركة أطباء من عدة تخصصات.",
        "وأوضحت الجمعية، في بيان، أن القافلة تقدم خدمات الكشف وصرف الأدوية بالمجان، إلى جانب إجراء تحاليل السكر والضغط.",
        "ودعت الجمعية الأهالي إلى اصطحاب بطاقات الرقم القومي وأي تقارير طبية سابقة لتسهيل عملية التسجيل.",
    ]
    page = [
        "المحروسة 24",
        "شباب يطلقون مبادرة لرقمنة كتب سور الأزبكية",
        "كتب - محمود عبد الرازق",
        "الأربعاء، 14 مايو 2025 02:30 م",
        *ARABIC,
        "الموضوعات المتعلقة",
        "معرض الكتاب يسجل رقما قياسيا في عدد الزوار",
        "الأحد، 02 فبراير 2025 05:12 م",
        "إقبال على شراء الكتب المستعملة مع اقتراب الامتحانات",
        "السبت، 10 مايو 2025 11:45 ص",
        "التعليقات",
        "هشام فؤاد",
        "الأربعاء، 14 مايو 2025 03:05 م",
        "فكرة جميلة، السور ده جزء من ذاكرتنا.",
        "اضف تعليق",
        "الاسم",
        "البريد الالكتروني",
        "أرسل",
        "جمعية أهلية تنظم قافلة طبية مجانية لأهالي إحدى قرى الفيوم",
        "كتب - سارة منصور",
        "الثلاثاء، 13 مايو 2025 09:40 م",
        *next_text,
        "جميع الحقوق محفوظة © المحروسة 24 - 2025",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == ARABIC
    assert len(article.extra_articles) == 1


def test_notes_under_the_text_go_with_its_signature() -> None:
    """"With reporting by ...", the writer's name again with where and as what, a wire's note."""
    page = ["The Valley Sentinel", "Town votes to buy the closed ski hill", "By Dana Whitcombe", "March 18, 2025", *TEXT]
    for note in (
        "With reporting by Luis Ortega.",
        "Dana Whitcombe (Hollis Gap, staff writer)",
        "This story was provided by Reuters and has not been edited by Valley Sentinel staff.",
    ):
        article = newsclean.clean("\n".join([*page, note, "Topics", "Hollis Gap"]))
        assert list(article.paragraphs) == TEXT, note


def test_a_french_wire_note_goes() -> None:
    text = [
        "Dakar (AFP) - Le gouvernement sénégalais a annoncé mardi un plan de soutien aux pêcheurs artisanaux touchés par la hausse du prix du carburant.",
        "Le plan prévoit une subvention de trois mois sur le gasoil des pirogues, a précisé le ministre lors d'une conférence de presse.",
        "Les organisations de pêcheurs ont salué une mesure attendue mais jugée insuffisante face à la baisse des prises.",
    ]
    page = ["Le Réveil", "Le gouvernement soutient les pêcheurs artisanaux", "par AFP", "9 avril 2024", *text, "Avec AFP. Reproduction interdite sans autorisation.", "Mots-clés"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


INTERVIEW = [
    "The person who keeps the organ working is a former telephone engineer who first climbed into its chambers in 1994.",
    "How did you end up looking after it?",
    "By accident, mostly. I answered a notice in the local paper asking for people who were not frightened of heights or of dust.",
]
AFTER_BOX = [
    "You mentioned a night during a silent film.",
    "It was a showing of a comedy two-reeler, and about ten minutes in a low note on the tuba stop started to cipher and would not stop.",
    "And the mice?",
    "We have a truce. They like the warmth behind the blower, and I do not put poison down because a dead mouse in a pipe is worse.",
]
TEASERS = [
    "Related",
    "The last projectionists of the small-town picture houses",
    "Seven people still thread film by hand in rural cinemas. We spent a winter with them, from the booth to the box office.",
    "Eilidh Cowan · 15 min read",
    "A choir of three hundred voices in a disused shipyard shed",
    "For one weekend in October, a community choir filled a crane shed on the river with a new piece about the yards.",
    "Tomas Rydell · 7 min read",
]


def test_an_interview_goes_on_under_a_box_of_teasers_set_inside_it() -> None:
    page = [
        "The Lantern Review",
        "“The pipes tell you when they're cold”: a life inside a cinema organ",
        "Interview by Callum Strachan",
        "21 February 2025",
        *INTERVIEW,
        *TEASERS,
        *AFTER_BOX,
        "About the writer",
        "Callum Strachan is a writer and broadcaster based in Glasgow.",
        "Music",
        "Interviews",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*INTERVIEW, *AFTER_BOX]


def test_the_articles_header_under_a_box_of_teasers_is_no_teaser() -> None:
    """The sidebar's teasers above the header are cut from one template ("Name · 12 min read"); the
    header under them has its own stamp, its photographer's credit and its date under it."""
    page = [
        "The Lantern Review",
        "Editors' picks",
        "The last of the hand-painted shop signs",
        "In a small workshop two brothers still letter shopfronts with brushes and gold leaf, and they have work until next spring.",
        "Jonah Pellow · 12 min read",
        "Why our museums should open at night",
        "Evening hours would bring in the audiences who work during the day, argues a former gallery director.",
        "Ines Carradine · 6 min read",
        "Interview",
        "“The pipes tell you when they're cold”: a life inside a cinema organ",
        "Morag Heddle has spent 31 years keeping a 1930s theatre organ alive beneath a Glasgow picture house.",
        "Interview by Callum Strachan",
        "Photographs by Aileen Voss",
        "21 February 2025",
        *INTERVIEW,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == "“The pipes tell you when they're cold”: a life inside a cinema organ"
    assert article.author == "Callum Strachan"


def test_a_caption_credited_to_a_photographer_and_the_paper_on_the_next_line() -> None:
    page = [
        "The Alder Valley Ledger",
        "Ferry fares to climb 12 percent as county closes gap",
        "By Delia Marchetti",
        "May 8, 2024",
        "The ferry pulls into the terminal on Tuesday morning. The vessel entered service in 1979 and is the oldest of the three.",
        "Ruben Oyelaran / The Alder Valley Ledger",
        "PORT ALDER — Riders on the county's three passenger ferries will pay 12 percent more starting June 1, after a split vote.",
        *TEXT,
        "© 2024 The Alder Valley Ledger. All rights reserved.",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("The ferry pulls into the terminal on Tuesday morning. The vessel entered service in 1979 and is the oldest of the three.", "Ruben Oyelaran / The Alder Valley Ledger")
    ]


def _html(head: str, body: str) -> bytes:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


PARAGRAPHS = "".join(f"<p>{text}</p>" for text in TEXT)


def test_an_organisation_as_the_markups_author_names_no_writer() -> None:
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Village bus route returns after five years",
          "datePublished": "2024-06-04T09:30:00+01:00", "author": {"@type": "NewsMediaOrganization", "name": "BVT News"}}
    head = f"<title>Village bus route returns after five years - BVT News</title><meta property='og:site_name' content='BVT News'><meta property='article:author' content='BVT News'><script type='application/ld+json'>{json.dumps(ld)}</script>"
    body = f"<article><h1>Village bus route returns after five years</h1><div class='byline'><span>By Priya Ashworth</span><span>Transport correspondent, BVT Shropshire</span></div>{PARAGRAPHS}</article>"
    article = newsclean.clean_html(_html(head, body))
    assert article.author == "Priya Ashworth"


def test_the_local_day_a_page_shows_for_a_time_in_utc() -> None:
    """Published at 13:05 UTC on 20 May, shown as 21 May in New Zealand: the page's day is the article's."""
    head = "<title>Volunteers rescue 300 heritage fruit trees</title><meta property='article:published_time' content='2024-05-20T13:05:00.000Z'>"
    body = f"<article><h1>Volunteers rescue 300 heritage fruit trees</h1><div class='meta'><span class='author'>Mereana Tipoki</span><time datetime='2024-05-21'>21 May 2024</time> — 4 min read</div>{PARAGRAPHS}</article>"
    assert newsclean.clean_html(_html(head, body)).date == "2024-05-21"


def test_a_kicker_over_the_headline_is_no_standfirst_and_the_lead_class_is() -> None:
    """The breadcrumb's last item is the headline too: the kicker stands between its two copies."""
    lead = "Eine Großwärmepumpe am Hafen soll 64 denkmalgeschützte Häuser versorgen. Die Mitglieder haben den ersten Bauabschnitt beschlossen."
    text = [
        "Lüneburg. Im Wasserviertel soll ab dem kommenden Winter ein Wärmenetz entstehen, das die Abwärme des Klärwerks nutzt.",
        "Herzstück ist eine Großwärmepumpe, die dem Abwasser eines nahen Sammlers die Wärme entzieht und sie in das Netz speist.",
        "Die Kosten für das Gesamtprojekt beziffert die Genossenschaft auf rund neun Millionen Euro, ein Drittel davon aus Fördermitteln.",
    ]
    title = "Genossenschaft will Lüneburger Wasserviertel mit Wärme aus dem Abwasser heizen"
    head = f"<title>{title}</title>"
    body = (
        f"<nav class='breadcrumb'><ol><li><a href='/'>Startseite</a></li><li><a href='/lg'>Lüneburg</a></li><li>{title}</li></ol></nav>"
        f"<div class='article'><div class='header'><p class='news-kicker'>Energiewende im Altbau</p><h1>{title}</h1></div>"
        "<div class='news-meta-top'><span class='news-author'>Von Lena Markwart</span> | <time datetime='2024-01-23'>23.01.2024</time></div>"
        f"<div class='lead'><p>{lead}</p></div>"
        f"<a class='lightbox' title='{title}' href='/img.jpg'><img alt='Schuppen' src='/img.jpg'></a>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in text)
        + "</div>"
    )
    article = newsclean.clean_html(_html(head, body).replace(b"lang='en'", b"lang='de'"))
    assert article.subtitle == lead
    assert list(article.paragraphs) == text
