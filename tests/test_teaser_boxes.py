"""Teaser boxes inside the text ("Read also", "Related", "Don't miss"): their headlines go, the
article goes on after them; a related heading followed by another article's header ends the text."""

from __future__ import annotations

import pytest

import newsclean

LEAD = [
    "Council approves new budget for the harbour district after a long debate",
    "",
    "The council voted on Tuesday to approve the new budget for the harbour district, after a debate of four hours.",
    "Members of the opposition said the plan left too little money for the repair of the old sea wall near the port.",
]
REST = [
    "The mayor said the first works would start in the spring and would last for about two years in all.",
    "Residents will be able to comment on the detailed plans at a public meeting in the town hall next month.",
]


def clean(*box: str) -> newsclean.Article:
    return newsclean.clean("\n".join([*LEAD, *box, *REST]))


def test_related_heading_inside_the_text_is_a_box() -> None:
    article = clean("Related articles", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April")
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "Storm damage" not in article.body and "ferry fares" not in article.body


def test_a_short_subheading_under_a_related_boxs_headlines_stays() -> None:
    article = clean("Related articles", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April", "Sea wall works")
    assert list(article.paragraphs) == [*LEAD[2:], "Sea wall works", *REST]


def test_one_paragraph_signed_by_its_agency_after_a_related_box_ends_the_text() -> None:
    last = "The works are expected to cost about twelve million pounds in all, the council said in a statement. (PA)"
    box = ["Related articles", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April"]
    article = newsclean.clean("\n".join([*LEAD, *REST, *box, last, "Tags", "Harbour", "Council"]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST, last]
    unsigned = last.replace(" (PA)", "")  # without its sign-off a lone paragraph under a box may be a teaser's
    article = newsclean.clean("\n".join([*LEAD, *REST, *box, unsigned, "Tags", "Harbour", "Council"]))
    assert unsigned not in article.paragraphs


def test_related_heading_over_another_articles_header_ends_the_text() -> None:
    article = clean("Related articles", "Storm damage closes coastal road for a week", "By Jane Doe")
    assert not any(paragraph in article.paragraphs for paragraph in REST)


def test_video_teaser_with_its_running_time() -> None:
    article = clean("Watch:", "Inside the old pumping station that the council wants to restore", "02:41")
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "02:41" not in article.body and "pumping station" not in article.body


def test_video_teasers_with_their_running_time_in_brackets() -> None:
    """ "شاهد أيضا", then "فيديو | <a headline long enough to read as prose> (02:14)" twice."""
    text = [
        "تعاني عشرات التجمعات السكانية في جنوب الخليل من انقطاع المياه منذ أسابيع مع اشتداد موجة الحر.",
        "ويضطر السكان إلى شراء المياه من الصهاريج بأسعار مرتفعة تفوق قدرة معظم العائلات على الاحتمال.",
    ]
    rest = "وتقول سلطة المياه إن الحل يحتاج إلى خطوط جديدة تمنع إقامتها القيود المفروضة على المنطقة منذ سنوات."
    teasers = [
        "فيديو | طوابير الصهاريج في يطا مع اشتداد موجة الحر على القرى الجنوبية هذا الصيف (02:14)",
        "فيديو | مزارعو الأغوار يقولون إنهم خسروا نصف المحصول هذا الموسم بسبب شح المياه (03:40)",
    ]
    article = newsclean.clean("\n".join(["أزمة المياه تشتد في جنوب الخليل", "كتب: سامر عيسى", *text, "شاهد أيضا", *teasers, rest]))
    assert list(article.paragraphs) == [*text, rest]


def test_tagged_teasers_and_questions() -> None:
    article = clean(
        "DON'T MISS:",
        "Village sign sparks fury as locals demand that it is taken down at once [REVEAL]",
        "Why is the harbour district so expensive to repair?",
    )
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "[REVEAL]" not in article.body and "expensive to repair" not in article.body


def test_box_collapsed_onto_one_line() -> None:
    headlines = [
        "Storm damage closes the coastal road for a week after the surface gave way",
        "Harbour ferry fares to rise by ten percent in April, the operator says",
        "Old sea wall to be inspected by engineers before the start of the winter",
    ]
    article = clean("Read also: " + " | ".join(headlines))
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "Read also" not in article.body


def test_box_closed_by_a_blank_line_before_an_interview_question() -> None:
    # Written without blank lines, the box ends at the first one: the question after it is the
    # interview's, and a headline long enough to read as prose is still one of the box's.
    article = newsclean.clean(
        "\n".join(
            [
                *LEAD,
                "Related articles",
                "Storm damage closes coastal road for a week",
                "Why did the council wait ten years before it finally decided to repair the old harbour wall?",
                "",
                "When will the works on the harbour wall begin?",
                *REST,
            ]
        )
    )
    assert "When will the works on the harbour wall begin?" in article.paragraphs
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "Storm damage" not in article.body and "ten years" not in article.body


def test_short_box_collapsed_onto_one_line() -> None:
    # The heading covers too little of the line for the lexicon alone.
    box = "Related articles: Storm damage closes coastal road | Ferry fares to rise in April | New pier opens"
    article = newsclean.clean("\n".join([*LEAD, *REST, box]))
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert [line.rule for line in article.lines if line.text == box] == ["lexicon.related"]


def test_social_embed_goes_whole_unless_the_text_quotes_it() -> None:
    # An embedded post is no text of the article (fixtures/README.md), unless a sentence of the
    # text introduces it as a quote.
    post = "Opening day at the new harbour market, and the queue is already round the block!"
    embed = ["View this post on Instagram", post, "A post shared by Harbour Market (@harbourmarket)"]
    article = clean(*embed)
    assert post not in article.paragraphs
    assert "View this post" not in article.body and "A post shared by" not in article.body
    said = "The market's owners greeted the first customers with a post on their account:"
    article = clean(said, *embed)
    assert post in article.paragraphs and said in article.paragraphs
    assert "View this post" not in article.body and "A post shared by" not in article.body


def test_screen_reader_picture_labels_and_a_nonprofits_boxes() -> None:
    page = [
        *LEAD,
        "Caption: The old sea wall near the port, seen from the harbour on Monday.",
        "Image | Sea wall at low tide",
        *REST,
        "Support independent news",
        "Republish this story",
        "Jane Roe covers the harbour district for The Daily Example.",
        "Sam Reed is The Daily Example's data reporter.",
    ]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]


def test_menu_and_related_box_flattened_with_dashes() -> None:
    menu = "The Daily Example - Home - Markets - Energy - Property - Companies - Opinion"
    box = "Related articles - Storm damage closes coastal road - Ferry fares to rise in April - New pier opens"
    article = newsclean.clean("\n".join([menu, *LEAD, *REST, box]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert [line.rule for line in article.lines if line.text in (menu, box)] == ["structure.separated-menu", "lexicon.related"]


RU_TEXT = [
    "Около 40 тысяч жителей Заречинска третьи сутки остаются без отопления после прорыва магистральной трубы.",
    "Авария произошла в ночь на 10 ноября: из-за износа трубы на участке длиной около двухсот метров вода ушла в грунт.",
    "По словам главы города Игоря Савельева, восстановить подачу тепла планируют к вечеру пятницы.",
]
RU_MORE = [
    "В школах, оставшихся без отопления, занятия перевели на дистанционный формат до конца недели.",
    "Прокуратура Самарской области начала проверку исполнения законодательства о теплоснабжении.",
    "Местные жители жалуются, что в квартирах температура опустилась до двенадцати градусов, а обогреватели не справляются.",
]


def test_one_read_also_link_then_a_subheading_and_the_text_going_on() -> None:
    page = [*RU_TEXT, "Реклама", "Читайте также:", "Жители Заречинска пожаловались на холод в квартирах и детских садах", RU_MORE[0], "Хронология аварии", *RU_MORE[1:]]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*RU_TEXT, RU_MORE[0], "Хронология аварии", *RU_MORE[1:]]


def test_two_read_also_links_that_look_alike_both_go() -> None:
    links = ["В Якутии нашли мамонтёнка с сохранившейся шерстью", "На Алтае обнаружили древнейший рисунок лошади"]
    article = newsclean.clean("\n".join([*RU_TEXT, "Читайте также", *links, *RU_MORE]))
    assert list(article.paragraphs) == [*RU_TEXT, *RU_MORE]


def test_an_appended_article_under_a_read_also_box_is_returned() -> None:
    # "Read also", three headlines, a section label, then the next article's headline over its date
    # and text: the box ends before the headline, and the next article is returned, not kept.
    next_text = [
        "A new convoy of humanitarian aid arrived in the city on Sunday, carrying food and medicine for eight thousand families.",
        "Officials said the aid would be handed out over the coming week at four centres across the eastern districts.",
        "It is the fourth convoy to reach the city since the start of the month, according to the relief committee.",
    ]
    box = [
        "Read also",
        "Minister opens the children's wing at the book fair",
        "Book fair opening hours and ticket prices for this year",
        "Twelve injured as a minibus overturns on the desert road",
        "World",
        "New aid convoy reaches the eastern city ahead of the winter",
        "28 January 2024 - 03:12 PM",
        *next_text,
    ]
    article = newsclean.clean("\n".join([*LEAD, *REST, *box]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert len(article.extra_articles) == 1
    assert next_text[0] in article.extra_articles[0]


def test_a_clip_inside_the_text_does_not_end_it() -> None:
    # "Audio" / the clip's title / its show / its length: the clip goes, the text goes on below it
    # (its title over a time is no appended article's header).
    clip = ["Audio", "The coach who wrote letters: remembering a life behind the bench", "Morning Show - Harbourside", "8:42"]
    article = newsclean.clean("\n".join([*LEAD, *clip, *REST, "Visitation will be held on Thursday afternoon at the funeral home on Main Street."]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST, "Visitation will be held on Thursday afternoon at the funeral home on Main Street."]
    assert not article.extra_articles


def test_a_table_of_contents_goes_and_the_subheadings_it_lists_stay() -> None:
    sections = {
        "Who can apply?": "Tenants between 18 and 35 years old with a registered rental contract can apply for the grant this year.",
        "How much is paid?": "The grant pays up to 250 euros a month for two years, paid every three months into the tenant's account.",
        "How to apply": "Applications are made online on each region's website, with the contract and proof of the last payments.",
    }
    intro = "The youth rental grant opens again this year in most regions, with a few changes to the rules and the dates."
    page = [LEAD[0], "", intro, "Contents", *sections]
    for heading, paragraph in sections.items():
        page += [heading, paragraph]
    article = newsclean.clean("\n".join(page))
    expected = [intro]
    for heading, paragraph in sections.items():
        expected += [heading, paragraph]
    assert list(article.paragraphs) == expected


def test_contents_whose_sections_open_with_a_list_or_a_question() -> None:
    """A section may open with its list's items ("- ...") or with the question it answers: the
    subheadings over them are still the contents' items, shown again in the text, not repeats."""
    intro = "The youth rental grant opens again this year in most regions, with a few changes to the rules and the dates."
    sections = [
        ("Who can apply", ["- Tenants between 18 and 35 years old who live in the region for at least a year",
                           "- Tenants with a registered rental contract and an income under the regional limit"]),
        ("How much is paid", ["The grant pays up to 250 euros a month for two years, paid every three months into the tenant's account."]),
        ("Questions and answers", ["Can two tenants of one flat apply?", "Yes, each of them may apply for the share of the rent that is theirs."]),
    ]
    page = [LEAD[0], "", "Contents", *(heading for heading, _ in sections), intro]
    expected = [intro]
    for heading, lines in sections:
        page += [heading, *lines]
        expected += [heading, *lines]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == expected


def test_a_list_shown_twice_is_no_table_of_contents() -> None:
    # The same teasers above and below the text, with nothing between them: not the text's subheadings.
    teasers = ["Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April"]
    article = newsclean.clean("\n".join([*teasers, *LEAD, *REST, "More news", *teasers]))
    assert not any(teaser in article.body for teaser in teasers)


def test_the_opening_paragraphs_above_a_related_box_stay() -> None:
    opening = [
        "The regional health authority confirmed four more cases of measles on Friday, all in the northern district.",
        "All four are linked to a primary school where an outbreak was declared at the start of the month.",
        "\"We are seeing the spread we feared in places where vaccination rates are low,\" the chief medical officer said.",
    ]
    rest = [
        "Walk-in vaccination clinics will open on Saturday in three towns of the district, the authority said.",
        "What you need to know",  # a subheading right under the box's first paragraph: no box the lexicon pass sees
        "Two doses of the vaccine protect about 97 per cent of people against the disease, according to the authority.",
        "Anyone with symptoms is asked to call ahead before visiting a clinic or an emergency department.",
        "Six people have been admitted to hospital since the outbreak began, including an infant who was too young to be vaccinated.",
        "Vaccination coverage among two-year-olds in the district stood at 68 per cent last year, well below the national figure.",
        "A father of three in one of the towns said he had his children vaccinated last week after years of hesitation.",
        "\"My parents never vaccinated us, and we were fine, so that was the argument,\" he said. \"But this is different.\"",
        "A paediatrician in the regional capital said doctors there had also seen a rise in families asking about the vaccine.",
        "The authority said people who visited the town's main supermarket on two afternoons last week may have been exposed.",
    ]
    box = ["RELATED STORIES", "Neighbouring province declares end to measles outbreak after 14 months", "Why measles is back — and why doctors are worried"]
    page = ["Measles cases rise to 31 in northern district", "By Ana Ruiz", *opening, *box, *rest]
    article = newsclean.clean("\n".join(page))
    assert list(article.paragraphs) == [*opening, *rest]
    assert [line.label.value for line in article.lines if line.text in box] == ["related"] * 3


def test_under_topped_headlines_a_line_without_a_topic_is_the_texts_subheading() -> None:
    box = ["Related articles", "Harbour: Storm damage closes coastal road", "Ferries: Fares to rise in April", "Why did the council wait?"]
    article = newsclean.clean("\n".join([*LEAD, *box, REST[0], "What happens next?", REST[1]]))
    assert list(article.paragraphs) == [*LEAD[2:], "Why did the council wait?", REST[0], "What happens next?", REST[1]]


@pytest.mark.parametrize(
    ("box", "below"),
    [
        (  # an advertisement's label closes the box; the text's subheading over a list's lead-in
            ["Most Read", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April", "Advertisement"],
            ["How the works will be paid for", "The works will be paid for from two sources:", "a grant of two million pounds", *REST],
        ),
        (  # the next paragraph, a list's lead-in and its items, then the text
            ["Related", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April"],
            [
                "The budget also sets aside money for a new lifeboat station at the end of the eastern pier, the council said.",
                "The plan includes several conditions:",
                "approval by the harbour board at its meeting in May;",
                "a grant from the national coastal fund;",
                *REST,
            ],
        ),
        (  # two boxes one under the other, then a lead-in and its unpunctuated items
            [
                "Read More", "Related Articles", "Storm damage closes coastal road for a week",
                "Read More", "Related Articles", "Harbour ferry fares to rise in April",
            ],
            [
                "Under the plan agreed by the council, the harbour trust must show by September that it can:",
                "raise at least half a million pounds",
                "set up a charity to run the old sea baths",
                "present a survey of the sea wall",
                *REST,
            ],
        ),
    ],
    ids=["advertisement-closes-it", "list-between-paragraphs", "two-boxes"],
)
def test_the_text_goes_on_under_a_box(box: list[str], below: list[str]) -> None:
    article = newsclean.clean("\n".join([*LEAD, *box, *below]))
    assert list(article.paragraphs) == [*LEAD[2:], *below]


def test_teaser_cards_under_a_box_are_no_text_going_on() -> None:
    box = ["More on this story", "Storm damage closes coastal road for a week", "Harbour ferry fares to rise in April"]
    cards = [
        "The county's coastal road will stay closed while engineers inspect the damage left by the storm.",
        "Quiz of the week's news",
        "Seven questions on the week's news from the harbour, the council and the county.",
        "Why are ferry fares rising again?",
    ]
    article = newsclean.clean("\n".join([*LEAD, *REST, *box, *cards]))
    assert not any(card in article.paragraphs for card in cards)


def test_a_box_whose_headline_reads_as_prose_over_the_texts_subheading_and_a_list() -> None:
    """A headline long enough to read as prose has no final full stop; under the box, the text goes on
    with its subheading and a list's lead-in and items."""
    listed = [
        "What the upgrade includes",
        "According to the council report, the project will include:",
        "a new street-style plaza with rails, ledges and stairs",
        "a resurfaced and extended bowl",
        "shade sails and drinking fountains",
    ]
    article = clean(
        "Related stories",
        "Youth hub plan back on the table after funding shortfall",
        "Residents say the Keswick Lane lights have been out for months and nobody has fixed them",
        "Netball courts to be resurfaced before winter season",
        *listed,
    )
    assert list(article.paragraphs) == [LEAD[2], LEAD[3], *listed, *REST]


def test_an_interviews_question_under_a_read_also_box_is_the_texts() -> None:
    """Under "Lire aussi" and its two links, a question with its answer under it, in an interview
    whose other questions stand over their answers too: the text goes on, no third link."""
    qa = [
        "Nadia Cretton, combien de bêtes avez-vous perdues l’été dernier sur l’alpage?",
        "Onze moutons, dont neuf en une seule nuit, à la fin du mois d’août. C’était la première attaque de l’été.",
        "Comment réagit-on dans un moment pareil?",
        "D’abord, on compte. Ensuite, on appelle le garde-faune, parce qu’il faut faire constater les dégâts pour être indemnisé.",
    ]
    box = ["Lire aussi", "Valais: le canton autorise le tir de deux loups dans le val de Bagnes",
           "Les chiens de protection, une solution qui divise les randonneurs"]
    after = [
        "Vous travaillez aujourd’hui avec quatre chiens de protection. Ont-ils changé la donne?",
        "Oui, énormément. Depuis qu’ils sont là, nous n’avons plus eu d’attaque dans le parc de nuit, même quand le loup rôdait.",
    ]
    article = newsclean.clean("\n".join(["«Le loup nous oblige à réinventer le métier»", "Par Léa Rochat", *qa, *box, *after]))
    assert list(article.paragraphs) == [*qa, *after]


def test_a_clip_over_its_control_under_a_related_heading_does_not_end_the_text() -> None:
    # "À voir aussi" / the clip's title / its length / "Lecture": the clip goes, and the text goes on
    # below it (the title over a time is no appended article's header).
    lead = [
        "Verglas : plus de 200 000 clients privés d’électricité dans les Laurentides",
        "Publié le 9 janvier 2024 à 6 h 15",
        "Le nombre de foyers privés de courant a commencé à diminuer mardi matin, mais des milliers de clients devront patienter encore.",
        "Au plus fort de la panne, vers 2 h du matin, près de 340 000 clients étaient plongés dans le noir, selon la société d’État.",
    ]
    clip = ["À voir aussi", "Pluie verglaçante : les images d’une nuit difficile dans les Laurentides", "2:14", "Lecture"]
    rest = [
        "Plus de 1 300 monteurs ont été déployés sur le terrain, dont des équipes venues de l’Ontario et du Nouveau-Brunswick.",
        "Écoles fermées",
        "Plusieurs centres de services scolaires ont annoncé la fermeture de leurs établissements pour la journée de mardi.",
        "À Saint-Jérôme, la Ville a ouvert un centre d’hébergement pour les sinistrés dans l’aréna municipal.",
    ]
    article = newsclean.clean("\n".join([*lead, *clip, *rest, "Publicité", "© 2024 Nouvelles inc. Tous droits réservés."]))
    assert list(article.paragraphs) == [*lead[2:], *rest]
    assert not article.extra_articles


def test_a_labelled_clip_title_over_its_length_does_not_end_the_text() -> None:
    # "فيديو | <title>" / "02:45" between paragraphs: a clip, not the header of an appended article
    lead = [
        "الفنانة تكشف كواليس دورها في المسلسل الرمضاني الجديد",
        "الإثنين، 16 مارس 2026 02:30 م",
        "كشفت الفنانة خلال استضافتها في برنامج تلفزيوني عن كواليس دورها في المسلسل الذي يعرض حاليا على شاشة رمضان.",
        "وأضافت أنها جلست لساعات مع سيدات من محافظة المنوفية لتتعلم طريقة الكلام والحركة التي تناسب الشخصية.",
    ]
    clip = ["فيديو | الفنانة تبكي على الهواء أثناء حديثها عن والدتها", "02:45"]
    rest = [
        "وعن أكثر ما لمسها في ردود الفعل، قالت إن رسائل الأمهات كانت الأقرب إلى قلبها بعد عرض الحلقات الأولى من المسلسل.",
        "عودة إلى المسرح",
        "وكانت الفنانة قد غابت عن خشبة المسرح منذ آخر عروضها قبل ست سنوات، وتفرغت خلالها للدراما التلفزيونية.",
        "ويعرض المسلسل يوميا في الثامنة مساء بتوقيت القاهرة على عدد من القنوات المصرية والعربية.",
    ]
    article = newsclean.clean("\n".join([*lead, *clip, *rest, "جميع الحقوق محفوظة 2026"]))
    assert list(article.paragraphs) == [*lead[2:], *rest]
    assert not article.extra_articles


def test_a_read_also_box_ends_over_a_table_of_the_text() -> None:
    # "Veja também" / links / then the table's heading, its header row and its rows: the text's
    box = ["Veja também", "Diesel: caminhoneiros ameaçam nova paralisação se preço não cair", "VÍDEO: como economizar combustível no dia a dia"]
    table = [
        "Veja os estados com a gasolina mais cara",
        "Estado Preço médio (R$/litro) Variação semanal",
        "Acre 7,12 +1,1%",
        "Amazonas 6,54 +2,3%",
        "Rondônia 6,41 +1,9%",
        "Bahia 6,18 +2,0%",
    ]
    lead = [
        "Gasolina sobe pela terceira semana seguida e passa de R$ 6 em 11 estados",
        "Por Rafael Moreira",
        "O preço médio da gasolina nos postos brasileiros subiu pela terceira semana seguida, segundo levantamento da agência reguladora.",
        "Em 11 estados, o litro já é vendido em média acima de R$ 6, e o maior valor foi registrado no Acre.",
    ]
    rest = ["Para o economista ouvido pela reportagem, o repasse do reajuste das distribuidoras ainda não chegou inteiro às bombas."]
    article = newsclean.clean("\n".join([*lead, *box, *table, "Publicidade", *rest]))
    assert list(article.paragraphs) == [*lead[2:], *table, *rest]


def test_a_clips_description_under_its_labelled_length_goes() -> None:
    # "Watch: <title>" / "Duration 2:41" / a sentence or two presenting the clip: the clip's, not the text's
    clip = [
        "Watch: Harbour residents describe the night the water came in",
        "Duration 2:41",
        "Residents say they were caught off guard by how quickly the river rose during last summer's record rainfall.",
    ]
    article = clean(*clip)
    assert list(article.paragraphs) == [*LEAD[2:], *REST]


def test_an_embedded_posts_time_stamp_goes_with_its_account() -> None:
    # "Name" / "@handle" / the post / "4:12 PM · Jun 12, 2025": the account and the stamp go, the post stays
    post = "The harbour market opens on Saturday at 9am, with forty stalls and free parking for the whole day."
    article = clean("Harbour Market", "@harbourmarket", post, "4:12 PM · Jun 12, 2025")
    assert post in article.paragraphs
    assert "4:12 PM" not in article.body and "@harbourmarket" not in article.body


def test_an_embedded_posts_signature_goes_with_its_text() -> None:
    # the post's text / "— Name (@handle) 18 novembre 2025" (the day first): both go
    post = "Vent à décorner les bœufs ce midi sur la côte, rafales au-delà de 140 km/h attendues cet après-midi."
    signature = "— Yannick Le Floch (@yleflochmeteo) 18 novembre 2025"
    article = clean(post, signature)
    assert list(article.paragraphs) == [*LEAD[2:], *REST]


def test_an_interview_goes_on_after_a_related_box() -> None:
    # "Mehr zum Thema" / two links / the lead-in / question / answer / question / answer: the text's
    lead = [
        "Kuh stürzt in Bootshaus – Feuerwehr rettet sie mit einem Kran",
        "Von Reto Baumgartner",
        "Ungewöhnlicher Einsatz für die Feuerwehr Walchwil: Am Sonntagmorgen ist eine junge Kuh durch das Dach eines Bootshauses gestürzt.",
        "Anwohner hörten gegen 8 Uhr ein lautes Krachen und alarmierten die Feuerwehr, die mit zwanzig Leuten ausrückte.",
    ]
    box = ["Mehr zum Thema", "Kuh steckt in Jauchegrube fest – Feuerwehr im Grosseinsatz", "Alpabzug endet im Dorfbrunnen: Rind sorgt für Lacher"]
    rest = [
        "Der Besitzer, Landwirt Paul Hürlimann, hat sich den Einsatz aus nächster Nähe angesehen. Wir haben mit ihm gesprochen.",
        "Herr Hürlimann, wie geht es Flora?",
        "Sie frisst schon wieder, als wäre nichts gewesen. Der Tierarzt hat sie untersucht und nur ein paar Schrammen gefunden.",
        "Wie konnte sie überhaupt ausbrechen?",
        "Ein Zaunpfahl war morsch, das habe ich übersehen. Sie ist einfach durchgelaufen und dann den Hang hinunter zum See.",
        "Laut Kantonspolizei entstand am Bootshaus ein Sachschaden von mehreren Tausend Franken. Verletzt wurde niemand dabei.",
    ]
    article = newsclean.clean("\n".join([*lead, *box, *rest, "Kommentare", "Impressum"]))
    assert list(article.paragraphs) == [*lead[2:], *rest]


def test_a_clip_under_a_players_control_of_three_words_does_not_end_the_text() -> None:
    # "شاهد ملخص المباراة" / the clip's title / "04:12", then the text goes on
    lead = [
        "النخيل يعبر الرمال بثلاثية ويقتحم المربع الذهبي",
        "الرياض - فهد الدوسري",
        "حقق فريق النخيل فوزا ثمينا على ضيفه الرمال بثلاثة أهداف مقابل هدف في المباراة التي جمعتهما مساء الجمعة.",
        "ودخل أصحاب الأرض اللقاء بضغط مبكر، وكاد المهاجم البرازيلي أن يفتتح التسجيل في الدقيقة الخامسة.",
    ]
    clip = ["شاهد ملخص المباراة", "النخيل 3-1 الرمال | أهداف وملخص كامل", "04:12"]
    rest = [
        "وقال مدرب النخيل في المؤتمر الصحفي بعد المباراة إن فريقه استحق الفوز بعد أداء قوي في الشوط الثاني.",
        "في المقابل، أبدى مدرب الرمال استياءه من الأخطاء الدفاعية التي كلفت فريقه ثلاثة أهداف في مباراة واحدة.",
        "ويحل النخيل ضيفا على الساحل في الجولة المقبلة، بينما يستقبل الرمال فريق الواحة على ملعبه.",
    ]
    article = newsclean.clean("\n".join([*lead, *clip, *rest, "الوسوم"]))
    assert list(article.paragraphs) == [*lead[2:], *rest]
    assert not article.extra_articles


def test_a_short_wire_item_appended_under_its_header_is_returned() -> None:
    # Two short paragraphs (27 words) right under a headline, a desk and a date, past the comments
    appended = [
        "Next story",
        "Fog grounds balloon flights over the valley for a third day",
        "News Desk",
        "27.11.2024 - 09:15",
        "Balloon flights over the valley were cancelled on Wednesday morning because of thick fog.",
        "Aviation officials said flights would resume once the weather allowed it.",
    ]
    thread = ["Comments (2)", "Mark A.", "A good decision, I hope they stick to it.", "2 hours ago"]
    article = newsclean.clean("\n".join([*LEAD, *REST, *thread, *appended, "Most read", "© 2024 The Daily Example"]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert len(article.extra_articles) == 1 and appended[4] in article.extra_articles[0]


def test_a_menus_video_link_over_the_headline_and_its_date_and_time_is_no_clip() -> None:
    # "فيديو" (the menu's last link) / the section / the headline / "2025-03-03" / "14:22": the header
    headline = "وزارة التجارة الداخلية تعدل أسعار عدد من المواد التموينية في الصالات"
    text = [
        "دمشق-وشأ: أصدرت وزارة التجارة الداخلية وحماية المستهلك قرارا بتعديل أسعار عدد من المواد التموينية.",
        "وأوضحت الوزارة في بيان أن التعديل جاء نتيجة ارتفاع تكاليف الاستيراد والنقل خلال الأشهر الماضية.",
    ]
    article = newsclean.clean("\n".join(["الرئيسية", "صور", "فيديو", "اقتصاد", headline, "2025-03-03", "14:22", *text]))
    assert article.title == headline
    assert list(article.paragraphs) == text


def test_a_headline_closed_by_a_full_stop_under_a_bare_read_also_goes() -> None:
    text = [
        "قاد محافظ الجيزة صباح اليوم الأحد حملة موسعة لإزالة الإشغالات والتعديات على الأرصفة بشارع فيصل، بمشاركة أجهزة الحي والمرافق.",
        "وأسفرت الحملة عن رفع 46 حالة إشغال متنوعة، ما بين فترينات وثلاجات عرض وكراسي مقاهٍ ومظلات، إلى جانب التحفظ على 9 عربات.",
        "وأكد المحافظ أن الحملات ستستمر بشكل يومي ومفاجئ، مشددًا على أنه لا تهاون مع أي تعدٍ على حرم الطريق أو الأرصفة المخصصة للمشاة.",
    ]
    teaser = "الجيزة: غلق جزئي لشارع الهرم لمدة 3 أيام لاستكمال أعمال الرصف."
    page = ["محافظ الجيزة يقود حملة لإزالة إشغالات شارع فيصل", "كتب محمد عبد الستار", "الأحد، 20 أبريل 2025", *text[:2], "اقرأ أيضًا", teaser, text[2]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_post_excerpt_after_read_more_is_no_teaser() -> None:
    posts = [
        "Once upon a time, a young woman moved to the city to find a job, a flat and a reason to stay, and found two of the three.",
        "Something of a comic series.",
        "Once upon a time, a young man quit his job to write a novel, and wrote three chapters and a great many emails instead.",
    ]
    page = ["Tiny Tales", posts[0], "Read more »", *posts[1:]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == posts


def test_a_boxs_last_headline_three_quarters_as_long_as_the_one_above_is_the_boxs() -> None:
    text = [
        "The two-year pilot, announced by the department this afternoon, will see the schools reopen in the third week of August.",
        "Officials said the schools were chosen from sixty that applied last autumn, large town schools and small rural ones.",
        "The principal of the largest school said his board of management had voted unanimously to take part in the pilot.",
        "Not every school in the county is convinced, and a number of principals raised concerns about tours and fixtures.",
    ]
    box = ["Read more:", "Teachers' union warns of burnout risk in longer school year",
           "Parents split on school calendar change, survey finds", "Department to review school transport tendering"]
    page = ["Twelve schools to trial shorter summer break", "By Aoife Brennan", "3 March 2025", *text[:2], *box, *text[2:]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text


def test_a_quoted_subheading_under_a_box_that_the_paragraph_below_says_stays() -> None:
    text = [
        "Teleferik hattı, yıllık bakım çalışmaları nedeniyle 10 Mart'tan itibaren iki hafta boyunca seferlerine ara verecek.",
        "Bakım süresince kabinlerin halatları, makaraları ve fren sistemleri tek tek kontrol edilerek gerekli parçalar değiştirilecek.",
        '"Güvenlik her şeyden önce gelir"',
        'İşletme müdürü, bakımın her yıl yapıldığını hatırlatarak, "Yolcularımızın güvenliği her şeyden önce gelir. Takvimi buna göre planladık" dedi.',
        "Müdür, geçen yıl teleferiği yaklaşık 1,9 milyon yolcunun kullandığını ve sezonun yoğun geçtiğini söyledi.",
    ]
    box = ["İlgili Haberler", "Uludağ'da kar kalınlığı 1 metreyi aştı", "Bursa'da toplu ulaşıma yüzde 25 zam",
           "Kayak merkezlerinde hafta sonu yoğunluğu"]
    page = ["Uludağ teleferiği bakıma giriyor", "Haber Merkezi", "05.03.2025", *text[:2], *box, *text[2:]]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == text
    unquoted = [line for line in page if line != text[3]]  # the paragraph under it does not say it
    assert text[2] not in newsclean.clean("\n".join(unquoted)).paragraphs


SIDEBAR_COMMENTS = [
    "Latest Comments",
    "David Jones on All eyes on the new laptop: I'd like to see some more hardware taking advantage of the touch screen seen on …",
    "Dan Warne on How to set up the router in ten steps: Buy the newer model, it's easier as the software comes installed on it so …",
    "William Lau on The service pack needs new hardware: I never said I wasn't happy with my graphics card, just that they …",
    "Marmaduke on The network pushes its faster plans but stays mum on cheaper ones: Ditto for me, another customer who won't …",
]


MORE = [
    "The harbour master said the sea wall had been patched twice since the winter storms and could not wait much longer.",
    "Shop owners on the quay welcomed the vote but asked the council to keep the road open to deliveries during the works.",
    "A survey of the old wall will be carried out in March, and its results will decide the order in which sections are rebuilt.",
]


def test_a_run_of_excerpts_cut_off_with_an_ellipsis_is_no_text() -> None:
    most = ["Most Discussed", "Why the ferry timetable changed again (41)", "Ten years of the harbour festival (23)"]
    header = ["Council approves new budget for the harbour district", "By Jane Doe", "March 4, 2025"]
    article = newsclean.clean("\n".join([*SIDEBAR_COMMENTS, *most, *header, *LEAD[2:], *REST, *MORE]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST, *MORE]
    assert article.author == "Jane Doe"
    assert {line.rule for line in article.lines if line.text in SIDEBAR_COMMENTS[1:]} == {"structure.excerpts"}
    excerpt = next(line for line in article.lines if line.text == SIDEBAR_COMMENTS[1])
    assert excerpt.rule == "structure.excerpts"


def test_a_page_of_excerpts_alone_keeps_them() -> None:
    catalogue = [line.replace(" …", " …") for line in SIDEBAR_COMMENTS[1:]]
    article = newsclean.clean("\n".join(["Our courses", *catalogue]))
    assert not any(line.rule == "structure.excerpts" for line in article.lines)


def test_one_paragraph_that_trails_off_stays() -> None:
    trailing = "He paused at the door, looked back at the empty hall, and said only that he would …"
    article = clean(trailing)
    assert trailing in article.paragraphs


def test_a_most_read_lists_items_above_the_header_are_no_headline() -> None:
    most = ["Most Discussed", "Why the ferry timetable changed again (41)", "Ten years of the harbour festival (23)"]
    header = ["Council approves new budget for the harbour district", "By Jane Doe", "March 4, 2025"]
    article = newsclean.clean("\n".join(["Home", "News", "Sport", *most, *header, *LEAD[2:], *REST, *MORE]))
    assert article.title == header[0]
    assert article.subtitle is None


def test_a_subheading_under_one_topic_headline_of_a_box_stays() -> None:
    box = ["Related articles", "Sea wall: the council promises to speed up repairs after the winter storms", "A detour of two miles"]
    article = clean(*box)
    assert "A detour of two miles" in article.paragraphs
    assert "Sea wall: the council" not in article.body


def test_a_subheading_under_a_read_also_labels_topic_headline_stays() -> None:
    box = ["Read also", "Harbour: 300 young people trained in building trades", "Traders moved to a temporary site"]
    article = clean(*box)
    assert "Traders moved to a temporary site" in article.paragraphs
    assert "Harbour: 300 young people" not in article.body


def test_a_dont_miss_heading_is_a_box_and_a_dont_miss_sentence_an_appeal() -> None:
    heading = "Don't miss these Health stories"
    appeal = "Don't miss the biggest stories from across the county. Sign up to our free daily newsletter here."
    article = clean(heading, "Storm damage closes coastal road for a week")
    assert heading not in article.body and all(paragraph in article.paragraphs for paragraph in REST)
    article = newsclean.clean("\n".join([*LEAD, *REST, appeal]))
    appeal_line = next(line for line in article.lines if line.text == appeal)
    assert appeal_line.label.value == "newsletter"


def test_a_box_of_videos_inside_the_text_goes_and_the_text_goes_on() -> None:
    """ "À voir en vidéo" over two titles with their running times and a "Voir plus de vidéos" link:
    the box goes; the paragraphs below are the text's, not an appended article."""
    lead = [
        "Le conseil municipal a adopté mardi soir le nouveau budget du quartier du port après quatre heures de débat.",
        "L'opposition estime que le plan laisse trop peu d'argent pour la réparation de la vieille digue.",
    ]
    rest = [
        "Le maire a indiqué que les premiers travaux commenceraient au printemps et dureraient environ deux ans.",
        "Les habitants pourront consulter les plans détaillés lors d'une réunion publique à l'hôtel de ville le mois prochain.",
    ]
    box = ["À voir en vidéo", "Tempête : la route côtière fermée pour une semaine", "02:14",
           "Le traversier du port augmente ses tarifs en avril", "03:41", "Voir plus de vidéos"]
    article = newsclean.clean("\n".join(["Le budget du port adopté après un long débat", "12 mars 2025", *lead, *box, *rest]))
    assert list(article.paragraphs) == [*lead, *rest]


def test_the_clips_title_under_a_label_that_announces_it_goes() -> None:
    """ "Watch the video:" then the clip's title: both go, the text around them stays."""
    article = clean("Watch the video:", "Inside the new harbour ferry before its first crossing")
    assert list(article.paragraphs) == [LEAD[2], LEAD[3], *REST]


def test_a_marked_subheading_under_a_related_box_is_the_texts() -> None:
    """ "관련기사" over two headlines, then "■ ..." over a paragraph: a line that opens with a heading's
    mark the headlines do not carry is the text's subheading, not one more headline of the box."""
    lead = [
        "부산 북항 재개발 1단계 구역의 핵심 시설인 친수공원 전면 개방이 또다시 미뤄졌다. 해안 산책로 일부 구간의 안전시설 보강 공사가 추가되면서 9월께로 연기됐다.",
        "부산항만공사와 부산시는 14일 합동 브리핑을 열고 해안 산책로 약 400m 구간에 방호벽을 높이고 배수로를 확장할 필요가 있다고 밝혔다.",
    ]
    rest = [
        "■ 임시 개방 구간은 그대로 운영",
        "부산항만공사는 현재 임시 개방 중인 중앙 광장과 야외 공연장 일대는 공사 기간에도 정상 운영한다고 설명했다. 다만 보강 공사 구간은 출입을 통제한다.",
        "공사 측은 \"주말 방문객이 하루 평균 1만 명을 넘는 만큼 공사 차량 동선을 방문객 동선과 완전히 분리하겠다\"고 말했다.",
    ]
    box = ["관련기사", "부산 북항 랜드마크 부지 개발 사업자 공모 다시 유찰", "북항 트램 착공 내년으로…사업비 증액 협의 난항"]
    article = newsclean.clean("\n".join(["부산 북항 친수공원 전면 개방 또 연기", "입력 2025.04.14 09:30", *lead, *box, *rest]))
    assert list(article.paragraphs) == [*lead, *rest]


def test_a_box_of_clips_with_running_times_inside_the_text() -> None:
    """ "شاهد أيضا" over three clips, each a title over its running time ("02:45"): the box goes, and a
    title over a time is one more clip, not an appended article's headline over its date."""
    lead = [
        "قضت محكمة جنايات بنها بالسجن المشدد على خمسة متهمين بتزوير عقود بيع أراض مملوكة للدولة في مركز شبين القناطر.",
        "وكشفت التحقيقات أن المتهمين استخدموا أختاما مزورة لجهات حكومية لإتمام عمليات البيع خلال العامين الماضيين.",
        "وأوضحت أوراق القضية أن أحد المتهمين كان يعمل موظفا سابقا في مديرية الإسكان، واستغل معرفته بإجراءات التسجيل.",
        "وقدمت النيابة العامة المتهمين للمحاكمة بعد ضبطهم في كمين أعدته مباحث الأموال العامة بالتنسيق مع الجهات المعنية.",
    ]
    rest = [
        "وأضافت التحقيقات أن المتهمين تمكنوا من بيع ست قطع من الأراضي بمساحة إجمالية تتجاوز عشرة أفدنة لعدد من المواطنين.",
        "وتبين من تقرير قسم أبحاث التزييف والتزوير أن التوقيعات المنسوبة إلى الموظفين المختصين لم تصدر عنهم.",
        "وصدر الحكم برئاسة المستشار أيمن الشناوي، وعضوية المستشارين محمد عبد الرحمن وهشام فتحي.",
    ]
    box = ["شاهد أيضا", "تفاصيل ضبط تشكيل عصابي لسرقة الدراجات النارية", "02:45", "لحظة انهيار عقار قديم في منطقة الجمرك", "01:58",
           "شهود عيان يروون تفاصيل حريق سوق الجمعة", "03:12"]
    article = newsclean.clean("\n".join(["السجن المشدد لخمسة متهمين بتزوير عقود أراضي الدولة", "الأحد، 13 أبريل 2025 09:30 ص", *lead, *box, *rest]))
    assert list(article.paragraphs) == [*lead, *rest]
    assert article.extra_articles == ()


def test_the_clips_title_over_its_players_progress_goes() -> None:
    """ "ملخص المباراة" over "00:00 / 04:36" (a player's elapsed and total time): the clip's title."""
    lead = [
        "حقق فريق شبيبة القبائل فوزا ثمينا على ضيفه وفاق سطيف بهدفين مقابل هدف في المباراة التي جمعتهما مساء أمس.",
        "وتقدم الضيوف في الشوط الأول عن طريق مهاجمهم، قبل أن يعادل أصحاب الأرض النتيجة في الدقيقة الثامنة والخمسين.",
    ]
    rest = [
        "وواصلت الشبيبة ضغطها في الدقائق الأخيرة، لتنجح في إضافة الهدف الثاني من ركلة جزاء قبل النهاية بخمس دقائق.",
        "وقال المدرب عقب اللقاء إن فريقه استحق الفوز بعد أداء قوي في الشوط الثاني، مؤكدا أن المنافسة على اللقب ما زالت مفتوحة.",
    ]
    article = newsclean.clean("\n".join(["الشبيبة تقلب الطاولة على الوفاق", "14 أبريل 2025", *lead, "ملخص المباراة", "00:00 / 04:36", *rest]))
    assert list(article.paragraphs) == [*lead, *rest]


def test_a_ranked_most_read_box_inside_the_text() -> None:
    """ "Most Read" with five headlines, each under its rank alone on its line ("1", "2", ...), after the
    third paragraph: the box goes, the text goes on under it."""
    lead = [
        "Five rural bus routes around Carlisle could be withdrawn next year under council plans to save money on subsidised transport.",
        "The council's executive will be asked to approve a consultation on the cuts, which would save about £400,000 a year.",
        "Campaigners say the routes are a lifeline for older people in villages with no other public transport.",
    ]
    rest = [
        "Margaret Holliday, 81, who has lived in Dalston for more than 50 years, said the 75 was the only way she could get to town.",
        "A spokesperson for the council said no final decision had been made and that the authority was looking at other options.",
        "The executive meets at the Civic Centre on Tuesday, June 10. Members of the public can submit questions in advance.",
    ]
    box = ["Most Read", "1", "Man charged after police chase through Botcherby ends in crash", "2",
           "Carlisle city centre restaurant closes after 19 years", "3", "Talkin Tarn tearoom reopens after winter refurbishment",
           "4", "Major roadworks on A595 to start next week - full list of closures", "5", "New homes plan for former nursery site approved"]
    article = newsclean.clean("\n".join(["Rural bus routes face the axe in council savings plan", "By Tom Pearson", "12 May 2025", *lead, *box, *rest]))
    assert list(article.paragraphs) == [*lead, *rest]


def test_teasers_cut_off_with_an_ellipsis_after_a_related_heading_are_no_text() -> None:
    # Each teaser's excerpt stops mid-sentence ("..."): under the box's first headline they read as
    # neither an appended article nor the text going on.
    excerpts = [
        "For many teams the harbour app has become the default way to book a berth, but can you really trust it with...",
        "In the rush to rebuild the old pier, one critical factor often gets buried under promises of scale and...",
    ]
    box = ["Related articles", "How reliable is the new harbour booking app for boat owners", excerpts[0], "Read more",
           "Why safety matters in the pier rebuild: lessons from other towns", excerpts[1], "Read more"]
    article = newsclean.clean("\n".join([*LEAD, *REST, *box]))
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert not any(excerpt in article.paragraphs for excerpt in excerpts)
    assert article.extra_articles == ()


@pytest.mark.parametrize(
    ("source", "caption"),
    [
        ("منبع تصویر، Getty Images", "توضیح تصویر، کشاورزان در بستر خشک رودخانه تجمع کردند"),
        ("تصویر کا ذریعہ، Getty Images", "تصویر کا کیپشن، کسان خشک دریا کے کنارے جمع ہوئے"),
        ("Fotoğraf kaynağı, Getty Images", "Fotoğraf altı yazısı, Çiftçiler kuruyan nehir yatağında toplandı"),
    ],
)
def test_screen_reader_picture_labels_in_other_languages(source: str, caption: str) -> None:
    """BBC-style pages in Persian, Urdu, Turkish tell a screen reader "picture source, ..." and "picture
    caption, ..." in their language (lexicons/<lang>/picture-source.txt, picture-caption.txt): the
    caption and its credit are read, not kept in the text."""
    article = newsclean.clean("\n".join([*LEAD, source, caption, *REST]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert [(c.credit) for c in article.captions] == ["Getty Images"]


def test_a_read_also_label_in_two_languages_heads_its_box() -> None:
    # "اقرأ أيضا / Lire aussi": one label in the page's script and its translation; its headlines go.
    head = ["القيروان: فلاحو المشمش يشتكون تراجع الأسعار", "بقلم: سنية الماجري"]
    before = [
        "يعيش فلاحو المشمش بولاية القيروان منذ انطلاق موسم الجني وضعا صعبا بسبب تراجع الأسعار في أسواق الجملة.",
        "وقال أحد الفلاحين إن كلفة جني الصندوق الواحد ارتفعت إلى نحو ثلاثة دنانير بسبب نقص اليد العاملة.",
    ]
    box = ["اقرأ أيضا / Lire aussi", "سيدي بوزيد: انطلاق حملة مراقبة مسالك توزيع الخضر", "Huile d'olive : les exportations en hausse à fin mai"]
    after = [
        "في المقابل، يتراوح سعر المشمش في أسواق العاصمة بين ثلاثة وأربعة دنانير ونصف للكيلوغرام الواحد.",
        "ويطالب الفلاحون منذ سنوات بإحداث وحدة لتجفيف المشمش وتحويله حتى لا يضطروا إلى بيعه بأي ثمن.",
    ]
    article = newsclean.clean("\n".join([*head, *before, *box, *after]))
    assert list(article.paragraphs) == [*before, *after]


def test_a_box_between_two_screen_reader_marks_goes_and_the_text_goes_on() -> None:
    # A broadcaster's suggested stories ("قصص مقترحة" ... "نهاية قصص مقترحة") and its podcast's promotion between
    # "تخطى البودكاست وواصل القراءة" and "نهاية البودكاست": the text's subheading under the first box stays.
    head = ["الأردن: مزارعو الغور يتجهون إلى الطاقة الشمسية لري محاصيلهم", "الكاتب، هالة عبد الله"]
    first = [
        "يقف أبو فارس بين صفوف الطماطم في مزرعته بالغور الأوسط، ويشير إلى الألواح الشمسية التي ركبها العام الماضي فوق بركة الري.",
        "ويقول إن فاتورة الكهرباء كانت تلتهم ثلث دخله من الموسم، قبل أن يقرر الاقتراض لتركيب نظام يكفي لتشغيل المضخات نهاراً.",
    ]
    suggested = ["قصص مقترحة", "هل تنقذ تحلية مياه البحر الأحمر عطش عمّان؟", "مزارعات في الكرك يعدن إلى زراعة القمح البعلي", "نهاية قصص مقترحة"]
    middle = [
        "قروض خضراء وديون متراكمة",
        "ليس أبو فارس وحده من سلك هذا الطريق، فخلال العامين الماضيين ركب مئات المزارعين أنظمة مماثلة بقروض ميسرة.",
    ]
    podcast = ["تخطى البودكاست وواصل القراءة", "البودكاست", "ألبيون أسبوعي", "بودكاست يروي حكايات الناس خلف العناوين", "الحلقات", "نهاية البودكاست"]
    last = ["وتشير المهندسة الزراعية إلى أن آباراً عدة في المنطقة شهدت انخفاضاً في منسوب المياه خلال السنوات الأخيرة."]
    article = newsclean.clean("\n".join([*head, *first, *suggested, *middle, *podcast, *last]))
    assert list(article.paragraphs) == [*first, *middle, *last]


def test_a_labelled_clip_title_ending_with_a_score_in_brackets_goes_with_its_length() -> None:
    # "فيديو | ... (2-1)" / "03:24" / "شاهد الفيديو": the closing bracket reads as a sentence's end, but a
    # title with the player's label is the clip's however it ends.
    lead = [
        "النجم يقلب الطاولة على الأولمبيك ويعتلي صدارة الترتيب",
        "الأحد 16 فبراير 2025 - 19:52",
        "حقق فريق النجم فوزا ثمينا على ضيفه الأولمبيك بهدفين لهدف في المباراة التي جرت مساء اليوم على ملعب المدينة.",
        "ودخل الفريق الزائر المباراة بحماس كبير، وتمكن من افتتاح التسجيل في الدقيقة الثامنة عشرة عبر ضربة رأسية.",
    ]
    clip = ["فيديو | أهداف مباراة النجم والأولمبيك (2-1)", "03:24", "شاهد الفيديو"]
    rest = [
        "وفي الشوط الثاني ضغط أصحاب الأرض بحثا عن هدف الفوز، حتى جاء في الدقيقة الحادية والسبعين من ضربة جزاء.",
        "وبهذا الفوز رفع النجم رصيده إلى 35 نقطة، متقدما بفارق نقطة واحدة على أقرب ملاحقيه قبل ثلاث جولات من النهاية.",
    ]
    article = newsclean.clean("\n".join([*lead, *clip, *rest, "الوسوم", "جميع الحقوق محفوظة 2025"]))
    assert list(article.paragraphs) == [*lead[2:], *rest]


def test_an_interviews_question_under_a_related_box_is_the_texts() -> None:
    # "Related" / a headline / "— ...?": a line of dialogue ends the box; the interview goes on.
    lead = [
        "Harvest started on 8 September in the valley, and growers say the grapes are the best in years, though the price is not yet known.",
        "— How is the harvest going so far?",
        "— The quality is very good. The weather in August was dry and the grapes are healthy, but the factories have not named a price.",
    ]
    box = ["Related news", "Harvest 2025: factories paid 38 million in the first week"]
    rest = [
        "— How much wine do you make yourself, and where do you sell it?",
        "— About eight thousand litres this year. We sell most of it to tourists at the cellar, and some goes to Poland.",
        "— What would you tell young people who want to start making wine?",
        "— Patience. Wine does not pay back in a year, and the first harvests are for learning.",
    ]
    page = ["Home", "Economy", "“The grapes are good, the price is unknown”: a winemaker on the first week of the harvest", "By Tamar Chikovani", "17 September 2025", *lead, *box, *rest, "Tags:", "Most read"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*lead, *rest]


def test_a_teasers_excerpt_ending_with_its_more_link_goes_with_its_headline() -> None:
    headline = "Silt in the harbour: who pays for clear channels?"
    excerpt = "Many island harbours are silting up. The cost of dredging has risen for years. More"
    article = clean("Further information", headline, excerpt)
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert headline not in article.body and excerpt not in article.body
    german = clean("Schlick im Hafen: Wer zahlt für freie Fahrrinnen?", "Viele Inselhäfen kämpfen mit Verschlickung. Die Kosten steigen seit Jahren. mehr")
    assert "Schlick im Hafen" not in german.body and "Verschlickung" not in german.body


def test_a_listing_whose_every_excerpt_ends_with_more_keeps_them() -> None:
    listing = [
        "Golf courses of the province",
        "Our quiet countryside course is friendly and inviting to all golfers, minutes from the hill road. More",
        "Set in the national park, this nine hole course offers a challenging yet enjoyable round for all. More",
        "In the valley town, this 18-hole course offers a unique challenge to experienced and novice golfers. More",
    ]
    article = newsclean.clean("\n".join(listing))
    assert all(line in article.paragraphs for line in listing[1:])


def test_a_broadcasters_video_teaser_in_the_text_goes() -> None:
    teaser = ["Video", "2 Min", "Emergency timetable for the island: water taxi instead of ferry", "North West Today", "02.02.2025 19:30"]
    article = clean(*teaser)
    assert all(paragraph in article.paragraphs for paragraph in REST)
    assert "water taxi" not in article.body and "North West Today" not in article.body



@pytest.mark.parametrize(
    "card",
    [
        ["Lebenswerte Städte", "Harbour towns across the region ask for lower speed limits at night", "14.01.2025"],
        ["Play 02:48 min", "Audio: the harbour budget explained in three minutes", "from the Morning Report of 04.04.2025."],
    ],
    ids=["kicker-headline-date", "player-title-date"],
)
def test_a_teaser_card_between_paragraphs_over_a_subheading_is_no_appended_article(card: list[str]) -> None:
    """A card with no heading of its own (a kicker or a player's label, a headline, a date, no writer)
    set between two paragraphs, over the text's subheading: the text goes on under it. An appended
    article opens with its lead, not with a subheading."""
    article = clean(*card, "What the residents say")
    assert list(article.paragraphs[:2]) == LEAD[2:] and list(article.paragraphs[-2:]) == REST
    assert not article.extra_articles


def test_a_headline_with_its_writer_over_a_subheading_still_heads_an_appended_article() -> None:
    """With a writer under it, the header is another article's, subheading first or not."""
    appended = [
        "Ferry operator orders two electric boats for the harbour line",
        "By Jane Whitfield",
        "14.01.2025",
        "A new fleet",
        "The operator said on Monday that the two boats would enter service next spring on the harbour line to the islands.",
        "Each boat will carry up to two hundred passengers and charge at the quay in twelve minutes between two crossings.",
        "The order is worth eleven million euros, a third of it paid by the regional government's climate fund.",
    ]
    article = newsclean.clean("\n".join([*LEAD, *REST, *appended]))
    assert list(article.paragraphs) == [*LEAD[2:], *REST]
    assert len(article.extra_articles) == 1


def test_a_newsletter_platforms_thread_heading_ends_the_text() -> None:
    article = clean("Discussion about this post", "Comments", "Restacks")
    assert article.lines[len(LEAD)].label is newsclean.Label.COMMENTS
    assert article.paragraphs == tuple(LEAD[2:])


# Teasers whose summaries read like the article's paragraphs (holdout round 309): a most-read box
# whose ranks stand alone on their lines, and boxes of teasers each with its summary and its stamp.
_RANKED = [
    "Most Read", "1", "Bin collections move to fortnightly in Sedbeck from October",
    "Households in the town's three wards will have general waste collected every other week from the autumn.",
    "2 hours ago", "2", "Kirkholme pub named best in the district by real ale group",
    "The Drover's Rest, a coaching inn on the Kirkholme road, beat forty other entries after judges visited in the summer.",
    "5 hours ago", "3", "Farmer fined after sheep escaped onto main road three times",
    "Magistrates heard that walls on the upland holding had been left unrepaired for more than a year.", "Yesterday",
]
_STORY = [
    "Four libraries in Fellside will open for fewer hours each week from September after the district council approved the cuts on Tuesday.",
    "Branches in Sedbeck, Kirkholme, Thornby and Low Garth will each lose between six and eleven hours a week, the council said.",
    "Campaigners said more than 1,900 people had signed a petition against the plans before the meeting of the cabinet.",
]
_RECOMMENDED = [
    "Recommended for you", "Ambledale leisure centre pool to reopen after £400,000 refit",
    "Swimmers will be able to use the main pool again from Monday after a seven-month closure to replace the tiles.",
    "By Ellis Marron", "Thornby primary rated good after first inspection in six years",
    "Inspectors praised the small village school's reading programme and its care for pupils with additional needs.",
    "By Priti Okonjo",
]


def test_a_ranked_box_with_summaries_above_the_article_is_no_text() -> None:
    """"1" / headline / summary / "2 hours ago" / "2" / ...: the box's summaries are sentences, and
    the box stands above the article's header, yet the article is the text and the box is chrome."""
    page = ["The Fellside Courier", "News", *_RANKED, "News", "Opening hours to be cut at four Fellside libraries from September",
            "By Hannah Crosthwaite", "10:04, 14 AUG 2024", *_STORY, *_RECOMMENDED, "© 2024 Fellside Courier Media Ltd"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert article.title == "Opening hours to be cut at four Fellside libraries from September"
    assert list(article.paragraphs) == _STORY
    assert not article.extra_articles
    assert next(line for line in article.lines if line.text == _RANKED[2]).rule == "structure.ranked-teasers"
    assert next(line for line in article.lines if line.text == _RECOMMENDED[2]).rule == "structure.teaser-items"


def test_a_live_pages_entries_and_a_listing_are_no_teasers() -> None:
    """Each entry under its time (the stamp above the headline, not under the summary), and a section's
    front page whose teasers are its whole text, stay."""
    entries = [
        "13:25", "Ban on midday outdoor work comes into force",
        "The ministry reminded companies that outdoor work between half past twelve and three is banned until September.",
        "11:40", "Doctors' advice: drink before you are thirsty",
        "An emergency doctor advised residents to drink water every hour, even when they do not feel thirsty.",
        "09:15", "A hot start: 34 degrees at six in the morning",
        "The airport's weather station recorded 34 degrees at six o'clock, the highest morning reading of the summer.",
    ]
    page = ["Gulf Today Live", "Heatwave: live updates", "By the newsroom", "July 14, 2025", *entries, "Related stories"]
    article = newsclean.clean("\n".join(page) + "\n")
    assert not any(line.rule == "structure.teaser-items" for line in article.lines)
    listing = ["Gadget Notes", "Latest reviews", *_RECOMMENDED[1:], "© 2024 Gadget Notes"]
    article = newsclean.clean("\n".join(listing) + "\n")
    assert not any(line.rule == "structure.teaser-items" for line in article.lines)
