"""Wire copy, press releases and broadcasters' pages (holdout rounds 321-326): the agency's and the
press office's end matter, datelines given as the place alone, a press release's "place, day" line,
a video page's headline above its player, and a caption over a "name / outlet" credit.

The pages are composed for these tests; each test but one fails on the code before those rounds (the
headline in capitals guards what those rounds' press-release labels would otherwise break)."""

from __future__ import annotations

import pytest

import newsclean

PARAGRAPHS = [
    "The ministry said the repairs would start on Monday and last about six weeks, with one lane open in each direction.",
    "Engineers found cracks in two of the bridge's supports during an inspection in May, the ministry said in a statement.",
    "Heavy vehicles will be sent along the old road through the valley, which adds about forty minutes to the journey.",
]

AR_PARAGRAPHS = [
    "أعلنت وزارة الأشغال العامة اليوم بدء أعمال صيانة الجسر الرئيسي على الطريق الساحلي لمدة ستة أسابيع مع إبقاء مسار مفتوح في كل اتجاه.",
    "وقالت الوزارة في بيان إن المهندسين رصدوا تشققات في دعامتين من دعامات الجسر خلال فحص دوري أجري في شهر مايو الماضي.",
    "وأضاف البيان أن الشاحنات الثقيلة ستحول إلى الطريق القديم عبر الوادي، ما يضيف نحو أربعين دقيقة إلى زمن الرحلة.",
]


def test_a_press_releases_end_matter_goes() -> None:
    """After the text: the end mark, who issued it, the media contact, the phone line and the
    "About the Ministry of ..." box (the article before the name) all go; the text stays whole."""
    page = [
        "Ministry of Works",
        "Press releases",
        "Bridge repairs to close one lane on the coast road from Monday",
        "Published: 3 June 2025",
        *PARAGRAPHS,
        "ENDS",
        "Issued by: Office of the Permanent Secretary",
        "Media contact: Ms Alina Ruberg, Public Relations Officer",
        "Tel: +264 61 555 0142 | Email: media@works.example.gov",
        "About the Ministry of Works",
        "The Ministry of Works is responsible for the country's roads, bridges and public buildings, and for the standards that govern their construction.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_wires_filing_stamp_and_slug_go_in_html() -> None:
    """An agency's copy in one <div> with <br>s: the end mark, the editors' initials and the filing
    stamp ("081432 جمت ديس 25") under it go, though trafilatura keeps them."""
    body = "<br><br>".join(AR_PARAGRAPHS + ["(النهاية)", "خ ع ع / ن ف ش", "081432 جمت ديس 25"])
    html = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الأشغال: صيانة الجسر الرئيسي على الطريق الساحلي</title></head><body>
<div class="nav"><a href="/">الرئيسية</a> <a href="/local">محليات</a></div>
<h1>الأشغال: صيانة الجسر الرئيسي على الطريق الساحلي</h1>
<div class="story">{body}</div>
<div class="related"><h3>أخبار ذات صلة</h3><a href="/1">الأشغال تطرح مناقصة لصيانة الطرق الداخلية في المحافظات</a></div>
<div class="footer">جميع الحقوق محفوظة © 2025</div></body></html>"""
    article = newsclean.clean_html(html)
    assert list(article.paragraphs) == AR_PARAGRAPHS


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("SIRAJGANJ, Aug 19, 2025 (PNA) - At least 212 houses were washed away by river erosion over the past ten days, officials said today.", "SIRAJGANJ"),
        ("WINDHOEK, 3 June 2025 – The Ministry of Works wishes to inform the public that one lane of the bridge will close for repairs.", "WINDHOEK"),
        ("Kaolack, 14 nov (APS) – La campagne de commercialisation de l'arachide s'est ouverte ce jeudi dans toute la région.", "Kaolack"),
        ("بريدة 13 رجب 1446 هـ الموافق 13 يناير 2025 م (واس) -- بدأت أمانة المنطقة أعمال تصريف مياه الأمطار في الأحياء الشمالية للمدينة.", "بريدة"),
        ("YAKIMA (KYVT) — Every public school in the county will have outdoor air-quality sensors mounted near its classrooms by spring.", "YAKIMA"),
    ],
)
def test_the_dateline_is_the_place_alone(lead: str, place: str) -> None:
    """A wire's dateline with its day and agency ("SIRAJGANJ, Aug 19, 2025 (PNA) -"): the place alone."""
    page = ["River erosion washes away homes along the Jamuna", "By Staff Reporter", lead, *PARAGRAPHS]
    article = newsclean.clean("\n".join(page))
    assert article.dateline == place
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    ("placed", "place", "iso"),
    [("Gaborone, 15 December 2025", "Gaborone", "2025-12-15"), ("تونس في 22 أفريل 2025", "تونس", "2025-04-22")],
)
def test_a_press_releases_place_and_day_over_its_text(placed: str, place: str, iso: str) -> None:
    """"Gaborone, 15 December 2025" alone over a press release's text: its dateline and its date,
    not a paragraph (nor, in Arabic, its headline)."""
    paragraphs = AR_PARAGRAPHS if place == "تونس" else PARAGRAPHS
    headline = "مجلس وزاري حول الاستعدادات لموسم الحصاد" if place == "تونس" else "Government approves drought relief for livestock farmers"
    page = ["Press releases", headline, placed, *paragraphs]
    article = newsclean.clean("\n".join(page))
    assert (article.title, article.dateline, article.date) == (headline, place, iso)
    assert list(article.paragraphs) == paragraphs


def test_a_headline_shown_in_capitals_and_in_its_case() -> None:
    """A press release's slug repeats the headline in capitals: the title keeps the headline's case."""
    headline = "Temporary closure of northbound lanes at the river bridge"
    page = ["Media Centre", headline, "Posted on 3 June 2025", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", headline.upper(), *PARAGRAPHS]
    assert newsclean.clean("\n".join(page)).title == headline


STATION_TOP = ["Skip to content", "KRVT 7", "WATCH LIVE", "News", "Weather", "Traffic", "Sports", "Community", "Search", "Menu"]
PLAYER = ["Play", "Mute", "Current Time 0:00", "/", "Duration 2:47", "Settings", "Quality", "Auto", "720p", "Captions", "Off", "English", "Fullscreen"]


def test_a_video_pages_headline_above_its_player() -> None:
    """The headline above a player's controls, its "Up Next" clip and the countdown to it: the
    headline, not the next clip's title nor "Autoplay in 5"."""
    headline = "Harbor bridge to close one lane for six weeks of repairs starting Monday"
    page = [
        *STATION_TOP, "Weather Alert", "Wind advisory for the coast until 11 AM Friday", "LOCAL NEWS", headline, *PLAYER,
        "Up Next", "Teen builds bike trailer for neighbor's wheelchair", "1:58", "Autoplay in 5", "Cancel",
        "By Dana Whitcomb", "Published: Sep. 12, 2024 at 5:41 PM PDT", "Facebook", "Email", "Copy link", *PARAGRAPHS,
    ]
    article = newsclean.clean("\n".join(page))
    assert article.title == headline
    assert list(article.paragraphs) == PARAGRAPHS


def test_a_caption_over_its_photographer_and_outlet() -> None:
    """A sentence over "Marcus Lee / KRVT 7" between two paragraphs: a caption and its credit."""
    caption = "Two workers inspect a cracked support under the harbor bridge on its north side on Wednesday."
    page = [
        *STATION_TOP, "Harbor bridge to close one lane for six weeks of repairs", "By Dana Whitcomb",
        "Published: Sep. 12, 2024 at 5:41 PM PDT", PARAGRAPHS[0], caption, "Marcus Lee / KRVT 7", *PARAGRAPHS[1:],
        "Copyright 2024 KRVT. All rights reserved.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == PARAGRAPHS
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Marcus Lee / KRVT 7")]


def test_an_owners_copyright_under_a_caption_inside_the_text() -> None:
    """"© Radio Estuaire - Julien Fabre" between two paragraphs, under a sentence of a caption's
    length: the picture's owner, not the footer's copyright line."""
    paragraphs = [
        "Le syndicat, qui prépare chaque jour quelque 21 000 repas pour les écoles de six communes, s'était fixé un objectif ambitieux pour 2027.",
        "À deux ans de l'échéance, la part des produits locaux plafonne à 34 %, selon un bilan présenté mardi soir aux élus du syndicat.",
        "Les producteurs expliquent qu'ils ne peuvent pas livrer des volumes aussi importants sans garantie de prix sur plusieurs années.",
    ]
    caption = "Un maraîcher prépare une livraison destinée à la cuisine centrale, le 13 janvier."
    page = ["Cantines : la part du local plafonne à 34 %", "Par Julien Fabre", paragraphs[0], caption, "© Radio Estuaire - Julien Fabre", *paragraphs[1:]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == paragraphs
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Radio Estuaire - Julien Fabre")]


def test_a_language_switchers_code_is_no_dateline() -> None:
    """"FR - Français" in the header is a language switcher, not "place - writer"."""
    page = ["FR - Français", "EN - English", "Crues : 65 millions d'euros pour les digues de la Loire", "Publié le 9 décembre 2025", *PARAGRAPHS]
    assert newsclean.clean("\n".join(page)).dateline is None
