"""Explainers and service articles whose body looks like chrome: a timeline written date first (under
year lines, across a "read also" box), rows of a list in groups under short headings, a service's
state line by line ("Ligne B : trafic normal"), a round's results ("Glenmoir 1-2 Crossgates"), and the
headers of such pages (a headline over a longer standfirst, a columnist's portrait credited to his
name, a menu's "Tools:" label). All pages here are invented."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, lexicon
from newsclean.lines import split_lines
from newsclean.metadata import dates

FR_HEAD = ["Le Courrier du Forez", "Économie", "Fermeture de la scierie Barral : un an de lutte, date par date", "Par Claire Dumas", "Publié le 18 avril 2025 à 07h30"]
FR_LEAD = "Un an après l'annonce d'un premier plan social, la scierie Barral de Montbrison fermera ses portes à la fin du mois de juin, malgré la mobilisation des salariés."
FR_TIMELINE_A = [
    "2024",
    "14 mars : la direction annonce la suppression de quarante postes sur les quatre-vingts du site",
    "2 mai : premier débrayage à l'appel des syndicats, suivi par la moitié des salariés",
    "9 octobre : le tribunal de commerce place l'entreprise en redressement judiciaire",
]
FR_BOX = ["À lire aussi", "Montbrison : le marché du samedi change de place pour l'été"]
FR_TIMELINE_B = [
    "17 décembre : le repreneur retire son offre, faute de commandes suffisantes",
    "2025",
    "12 mars : le tribunal prononce la liquidation, avec poursuite d'activité jusqu'en juin",
    "30 juin : arrêt définitif de la production",
]
FR_END = "Les salariés seront reçus un par un par la cellule de reclassement à partir du mois de juillet, a indiqué la préfecture."


def test_a_timeline_goes_on_across_a_read_also_box() -> None:
    """Dates first ("14 mars : ..."), under their years: the text's timeline, not a teaser list, and its
    next entry under a "read also" box is the text going on, not the box's second link."""
    page = [*FR_HEAD, FR_LEAD, *FR_TIMELINE_A, *FR_BOX, *FR_TIMELINE_B, FR_END, "Les plus lus", "Tags", "© Le Courrier du Forez 2025"]
    article = newsclean.clean("\n\n".join(page) + "\n")
    assert list(article.paragraphs) == [FR_LEAD, *FR_TIMELINE_A, *FR_TIMELINE_B, FR_END]
    assert next(line for line in article.lines if line.text == FR_BOX[1]).label is Label.RELATED


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("14 novembre : la direction annonce un plan social", True),
        ("March 3 — the council votes the budget", True),
        ("22 مايو: انطلاق الحملة الانتخابية في المحافظة", True),
        ("الأربعاء 3 ديسمبر 2025 - 18:47", False),  # a comment's stamp: its time, no event
        ("March 3, 2025 - 5:00 PM EST", False),
        ("Saint-Étienne : un immeuble évacué après un feu", False),  # a place, no date
        ("Le 12 mars, il a déclaré : rien ne change", False),
    ],
)
def test_a_timelines_entry_opens_with_its_date(text: str, entry: bool) -> None:
    assert dates.dated_entry(text) is entry


AR_HEAD = ["الرئيسية > مجتمع", "نشرة إنذارية: أمطار رعدية وثلوج في عدد من الأقاليم", "الأحد 9 فبراير 2025 - 14:20"]
AR_LEAD = "توقعت مصالح الأرصاد الجوية تساقطات مطرية رعدية قوية وتساقطات ثلجية مهمة في عدد من أقاليم المملكة ابتداء من يوم الأحد إلى غاية يوم الثلاثاء."
AR_LIST = [
    "وحسب النشرة الإنذارية، فإن الأقاليم المعنية هي:",
    "المستوى البرتقالي",
    "أمطار رعدية قوية من 50 إلى 80 ملم: شفشاون وتطوان والعرائش",
    "ثلوج من 30 إلى 50 سم فوق 1500 متر: إفران وميدلت",
    "المستوى الأصفر",
    "أمطار من 25 إلى 45 ملم: طنجة والحسيمة وتازة",
    "هبات رياح قوية من 70 إلى 85 كلم/س: الصويرة وأكادير",
]
AR_END = "وتدعو السلطات مستعملي الطريق إلى الحذر، خاصة في المحاور الجبلية التي تعرف تساقطات ثلجية كثيفة خلال فصل الشتاء."


def test_rows_of_an_announced_list_in_groups_under_headings() -> None:
    """Rows that share a shape (three of them) with a group's heading between them: under the colon
    line that announces them, the text's list, not a series of chrome."""
    page = ["هسبريس الجهات", *AR_HEAD, AR_LEAD, *AR_LIST, AR_END, "الأكثر قراءة", "جميع الحقوق محفوظة"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.title == AR_HEAD[1]
    assert list(article.paragraphs) == [AR_LEAD, *AR_LIST, AR_END]


EN_LEAD = "Bus drivers across the network walked out at dawn on Thursday, the second day of a strike called over pay and rest breaks."
EN_ROWS = ["Tram", "Line A: one tram in two until 8pm", "Line B: normal service", "Bus", "Lines 2, 3 and 5: 70% of buses", "Line 4: no service", "School shuttles: running"]
EN_RESULTS = ["Carrick Thistle 3-1 Bankhead Rovers", "Kilbride Athletic 2-4 Lochend Swifts", "Glenmoir 1-2 Crossgates Colliery", "Balgray Vale 5-0 Inchmurrin"]
EN_END = "The union said a third day of action would be announced next week if talks with the operator fail again."


@pytest.mark.parametrize("rows", [EN_ROWS, EN_RESULTS])
def test_short_rows_of_values_or_scores_are_a_list_of_the_text(rows: list[str]) -> None:
    """Fragments in a row inside the text are a box of links, unless each carries a label's colon and a
    short value, or a score between two names (a group's heading of a word or two may stand among them)."""
    page = ["The Valley Courier", "Strike: what runs on Thursday", "By Ann Carver", "March 6, 2025", EN_LEAD, *rows, EN_END, "Related stories"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert list(article.paragraphs) == [EN_LEAD, *rows, EN_END]


def test_a_headline_over_its_longer_standfirst_in_latin_script() -> None:
    """Headline, standfirst without a full stop, a share bar, the writer and the date further down:
    the headline's header reaches past its standfirst (the headline shown again in "Most read")."""
    headline = "Harbour boil-water notice: what we know so far as 12,000 homes affected"
    standfirst = "Residents in three postcode areas have been told not to drink tap water unless it has been boiled first"
    text = [
        "Thousands of homes in the harbour district have been told to boil their tap water after a routine test found bacteria.",
        "The water company issued the notice just after ten at night and began flushing its pipes before dawn.",
    ]
    page = ["Harbour Post", "News", "Local News", headline, standfirst, "Bookmark", "Share", "Comments", "News", "Rachel Okafor",
            "Senior Reporter", "15:42, 3 JUN 2025", "Updated16:10, 3 JUN 2025", "Engineers at the treatment works on Tuesday morning",
            "(Image: Harbour Post/Simon Threlfall)", *text, "Most Read", headline, "Pensioner, 91, completes charity abseil"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.title == headline


def test_a_columnists_portrait_credited_to_his_name_is_no_headline() -> None:
    """"صورة: <name>" over the name, the column's headline under it: the name is the writer's."""
    name = "عبدالعزيز بن فهد المنيعي"
    headline = "الجيل الذي يقرأ بأذنيه"
    text = [
        "في إحدى رحلاتي الأخيرة بين الرياض والقصيم، جلس إلى جواري شاب أمضى الطريق كله يستمع إلى كتاب مسموع عن تاريخ الأندلس.",
        "فهل ما فعله قراءة؟ السؤال يبدو سهلا، لكنه يثير بين المثقفين جدلا لا يهدأ منذ أن انتشرت الكتب المسموعة على الهواتف.",
    ]
    page = ["الديرة", "الكتّاب", "نافذة", f"صورة: {name}", name, headline, "16 شعبان 1446هـ - 15 فبراير 2025م", "مشاركة", *text, "مقالات أخرى للكاتب"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert (article.title, article.author) == (headline, name)


def test_a_menus_tools_label_is_no_dateline() -> None:
    """"أدوات: حاسبة التمويل العقاري" (a menu's label and its link) reads like "الكويت: هاني الدوسري"."""
    text = [
        "يتوقع المستأجرون في دبي منذ عامين أن تأتي الموجة الكبيرة من الوحدات الجديدة لتخفض الإيجارات، لكن الأرقام لا تزال تسير في الاتجاه المعاكس.",
        "أول ما ينبغي التمييز بينه هو المعروض المعلن والمعروض الذي يدخل السوق فعلا، فالفارق بينهما يبلغ في بعض الأعوام نصف الوحدات.",
    ]
    page = ["مؤشر بزنس", "الأسواق", "العقارات", "أدوات: حاسبة التمويل العقاري", "تسجيل الدخول", "لماذا لا تنخفض الإيجارات في دبي رغم موجة المعروض الجديد؟",
            "طارق الفلاسي", "محلل اقتصادي - مؤشر بزنس", "16 يوليو 2025", *text, "الأكثر قراءة"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.author == "طارق الفلاسي"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Avec nos partenaires, nous traitons vos données personnelles, comme votre adresse IP et les cookies, pour mesurer l'audience.", "cookie"),
        ("Related fact checks", "related"),
        ("More explainers", "related"),
        ("Was this fact check useful?", "notice"),
        ("The Lantern is independent and relies on readers like you.", "donation"),
        ("We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", "cookie"),
        ("Products are chosen independently by our editors. Purchases made through our links may earn us a commission.", "footer"),
        ("الهوامش", "related"),
        ("المصادر والمراجع", "references"),
    ],
)
def test_chrome_of_explainer_pages(text: str, category: str) -> None:
    hit = lexicon.match(split_lines(text)[0])
    assert hit is not None and hit.category.name == category


@pytest.mark.parametrize(
    "text",
    [
        "Read the leaflet delivered to your door, which lists the appliances that are safe to use as normal.",
        "Brokers may earn a commission on each trade, the regulator said.",  # no first person: news
        "Related species of the beetle were found in the valley last year, the survey says.",
    ],
)
def test_sentences_that_look_like_that_chrome_stay(text: str) -> None:
    assert lexicon.match(split_lines(text)[0]) is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [("Screenshot: Lantern Check", "Lantern Check"), ("Capture d'écran : Le Labo", "Le Labo")],
)
def test_a_screenshots_credit_label(caption: str, credit: str) -> None:
    text = [
        "A post shared more than 9,000 times on Facebook since Sunday says that every bus in the city will stop taking cash in May.",
        "That is not what the operator has announced, and the two routes concerned are named in its notice of the fourth of March.",
    ]
    page = ["Lantern Check", "No, the buses are not all going cash-free in May", "By Tomasz Wilk", "12 March 2025", text[0],
            "The post as it circulated on Facebook on 9 March.", caption, text[1], "Related fact checks"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert list(article.paragraphs) == text
    assert [found.credit for found in article.captions] == [credit]


def test_verses_announced_by_a_colon_before_a_footnotes_mark() -> None:
    """"... found among his papers:[1]" announces the poem's verses: the footnote's mark aside, a colon."""
    above = "غير أن المقهى لم يكن فضاء يكتب فيه الشعر فحسب، بل صار موضوعا له، كما في هذه الأبيات التي لم تنشر في حياة الشاعر وعثر عليها بين أوراقه:[1]"
    verses = ["على الطاولة الخشبية القديمة", "تركت نصف قصيدة ونصف استكان", "وقلت: غدا أعود فأكملهما معا", "ولم يأت غد، ولم يبرح مكانه الاستكان"]
    below = "هذه الأبيات البسيطة تختصر علاقة جيل كامل بالمقهى، المكان الذي تترك فيه الأشياء نصف منجزة على أمل العودة إليها."
    lead = "ثمة مدن تقرأ من مكتباتها، ومدن تقرأ من مقاهيها، وبغداد من المدن التي لا يكتمل فهم أدبها الحديث من دون الجلوس في مقاهيها القديمة."
    page = ["مجلة الرواق", "المقهى بوصفه نصا: عن مقاهي بغداد", "مهند السامرائي", "السبت 10 أيار 2025", lead, above, *verses, below, "مقالات أخرى"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert list(article.paragraphs) == [lead, above, *verses, below]


INTERVIEW = [
    "Pourquoi les nappes réagissent-elles si lentement ?",
    "Marion Desrosiers : Parce que l'eau met des mois, parfois des années, à traverser les couches de sable et d'argile avant d'atteindre la nappe.",
    "Faut-il s'attendre à de nouvelles restrictions cet été ?",
    "Marion Desrosiers : C'est probable. Les seuils d'alerte sont déjà franchis sur une dizaine de forages du département depuis le mois de mars.",
    "Et vous, restez-vous optimiste ?",
    "Marion Desrosiers : Prudemment. Si les prélèvements baissent de 20 %, les niveaux peuvent remonter en trois ou quatre ans",
]


def test_an_interviews_last_answer_over_the_interviewers_credit() -> None:
    """The last question and its answer (no full stop), over "Propos recueillis par ...": an answer
    opened with its speaker's name, as the others, heads no appended article, and the short question
    and answer at the end are the text's."""
    lead = "Hydrogéologue à l'université de Perpignan, Marion Desrosiers suit depuis vingt ans les nappes de la plaine du Roussillon."
    page = ["Le Vent du Roussillon", "ENTRETIEN", "« Les nappes ne se rechargent plus au rythme des pluies »", "12 mai 2025", lead, *INTERVIEW,
            "Propos recueillis par Julien Ferrandis", "Cet article est en accès libre grâce à nos donateurs.", "Je soutiens Le Vent du Roussillon",
            "Laisser un commentaire"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert list(article.paragraphs) == [lead, *INTERVIEW]
    assert not article.extra_articles
