"""Readers' words that read like the article (holdout rounds 315 and 316's theme, on pages composed
here): a letters box under the text, a reader's comment or question set inside the text as a box of
its own, the writer answering in the thread, a letters section the page's markup holds."""

from __future__ import annotations

import newsclean

HEADER = ["The Teesbank Post", "Hospital bus route to be cut to one an hour", "By Alison Garside", "March 4, 2025"]
TEXT = [
    "Patients and hospital staff have hit out at plans to cut the number 17 bus between Hardwick and the hospital to one an hour.",
    "The company said passenger numbers on the route have fallen by a third since 2019 and that the service no longer pays its way.",
    "Local councillor Pauline Ashdown said she had asked the combined authority whether the evening journeys could be paid for.",
]
LETTER = [
    "I gave up my car three years ago on my doctor's advice, and I did it because the bus stopped at the end of my road every twenty minutes.",
    "Derek Whitby, Norton",
    "My daughter is a staff nurse and finishes at half past nine. She doesn't drive, and from April she has no bus home at all.",
    "Name and address supplied",
]


def test_a_letters_box_under_the_text_is_no_part_of_it() -> None:
    for heading in ("READERS RESPOND", "Letters to the editor", "Courrier des lecteurs"):
        page = [*HEADER, *TEXT, heading, *LETTER, "© 2025 The Teesbank Post"]
        assert list(newsclean.clean("\n".join(page)).paragraphs) == TEXT, heading


MORE = [
    "Exemptions will be available for properties of more than two hectares and for households that can show they compost at home.",
    "Pensioners who already receive the rates concession will get a half-price discount on the new green bin from July.",
]


def test_a_readers_question_and_the_writers_reply_inside_the_text_go() -> None:
    box = [
        "READER QUESTION",
        "I've got a big block out past the showground and I compost most of my garden waste already. Do I have to pay for the bin?",
        "— Glenda, Showground Road",
        "Writer's reply: Yes, unless you apply for an exemption before March 31. The council says a block your size qualifies.",
    ]
    page = [*HEADER, *TEXT, *box, *MORE, "Tags", "Waste"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*TEXT, *MORE]


def test_a_readers_chosen_comment_with_its_votes_inside_arabic_text_goes() -> None:
    text = [
        "يضطر عشرات التلاميذ بدوار جبلي إلى عبور واد مكشوف مشيا على الأقدام كل صباح منذ انهيار القنطرة الوحيدة التي كانت تربطهم بالمدرسة.",
        "وتقول أسر التلاميذ إن منسوب المياه يرتفع بشكل مفاجئ بعد كل تساقطات في الأعالي، ما يدفع عددا من الآباء إلى منع أبنائهم من الذهاب.",
    ]
    more = [
        "من جهتها، أكدت أم لثلاثة تلاميذ أنها تضطر إلى مرافقة أبنائها يوميا حتى الضفة الأخرى ثم العودة لرعاية المنزل والماشية.",
        "وحسب معطيات حصلت عليها الجريدة، فإن دراسة تقنية لإعادة بناء القنطرة أنجزت في يونيو الماضي دون أن تبدأ الأشغال.",
    ]
    box = [
        "تعليق مختار من القراء",
        "«أنا أستاذ اشتغلت فهاد الفرعية عامين قبل ما نتنقل. القنطرة اللي طاحت كانت أصلا مبنية بالحجر والسيما بلا حديد.»",
        "— محمد بن الطالب، بني ملال",
        "👍 412",
    ]
    page = ["صدى الأطلس", "تلاميذ يعبرون الوادي مشيا منذ انهيار القنطرة", "الأحد 9 نونبر 2025 - 11:45", *text, *box, *more, "الوسوم"]
    assert list(newsclean.clean("\n".join(page)).paragraphs) == [*text, *more]


def test_the_writer_answering_in_the_thread_still_signs_the_article() -> None:
    """The name alone under the headline (over the paper's name) comes back only in the comments, over
    a reply of the writer's in a Disqus-like thread."""
    page = [
        "Port Adair Sentinel",
        "Council votes 4-3 to close Westside library branch",
        "Renee Okafor",
        "Port Adair Sentinel",
        "Published 6:12 p.m. ET Feb. 11, 2025",
        *TEXT,
        "142 Comments",
        "T. Ruiz",
        "• 11 hours ago",
        "The motion to delay the vote until the budget hearings failed too, and nobody has written about that part yet.",
        "44 • Reply • Share ›",
        "Renee Okafor",
        "T. Ruiz • 10 hours ago",
        "Thanks — that's accurate. The motion to delay failed 3-4. We'll have more on the bookmobile before the April hearings.",
        "31 • Reply • Share ›",
    ]
    assert newsclean.clean("\n".join(page)).author == "Renee Okafor"


def test_a_photographer_and_the_paper_after_the_captions_last_sentence() -> None:
    caption = "Patrons browse shelves at the Westside branch of the Port Adair Public Library on Feb. 7, 2025. The branch is scheduled to close on June 30."
    page = [
        "Port Adair Sentinel",
        "Council votes 4-3 to close Westside library branch",
        "By Renee Okafor",
        "Feb. 11, 2025",
        f"{caption} Marcus Dill/Port Adair Sentinel",
        *TEXT,
        "© 2025 Port Adair Sentinel",
    ]
    article = newsclean.clean("\n".join(page))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Marcus Dill/Port Adair Sentinel")]
    assert list(article.paragraphs) == TEXT


def test_a_letters_section_in_the_markup_is_no_text_even_when_trafilatura_keeps_it() -> None:
    """The section inside the <article>: trafilatura keeps the letters with the text."""
    paragraphs = "".join(f"<p>{text}</p>" for text in TEXT)
    letters = (
        "<section class='b-letters'><h2 class='b-letters__heading'>Letters to the editor</h2>"
        "<p class='b-letters__intro'>Readers respond to the bus cuts and to last week's coverage of the route.</p>"
        "<article class='b-letters__letter'><h3>A timetable that ignores the need</h3>"
        f"<p>{LETTER[0]}</p><p class='b-letters__signoff'><strong>Derek Whitby</strong>, Norton</p></article>"
        f"<article class='b-letters__letter'><h3>Nurses need the late bus</h3><p>{LETTER[2]}</p></article></section>"
    )
    html = (
        "<!doctype html><html lang='en'><head><title>Hospital bus route to be cut to one an hour</title></head><body>"
        f"<main><article><h1>Hospital bus route to be cut to one an hour</h1><p class='byline'>By Alison Garside</p>{paragraphs}"
        f"{letters}</article></main><footer>© 2025 The Teesbank Post</footer></body></html>"
    )
    assert list(newsclean.clean_html(html.encode()).paragraphs) == TEXT


def test_a_ghost_excerpt_under_the_headline_is_the_standfirst() -> None:
    excerpt = "Launched in a church basement, the tool library now has 640 members. Its lease ends in December."
    paragraphs = "".join(f"<p>{text}</p>" for text in TEXT)
    html = (
        "<!doctype html><html lang='en'><head><title>A tool library lends 1,200 tools in a year</title></head><body>"
        "<article class='article'><header class='article-header'><h1 class='article-title'>A tool library lends 1,200 tools in a year</h1>"
        f"<p class='article-excerpt'>{excerpt}</p></header><section class='gh-content'>{paragraphs}</section></article></body></html>"
    )
    article = newsclean.clean_html(html.encode())
    assert article.subtitle == excerpt
    assert list(article.paragraphs) == TEXT
