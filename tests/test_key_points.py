"""Key-points boxes: the heading and its short lines above the first paragraph leave the body for
`Article.key_points`; the same heading inside the text is a subheading and stays."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label

LEAD = (
    "The regional council voted on Tuesday evening to close the old harbour bridge to cars from next spring, "
    "after engineers found that two of its supports had been weakened by decades of salt water and heavy traffic."
)
SECOND = (
    "Councillors said the bridge would stay open to pedestrians and cyclists while a replacement is designed, "
    "a process they expect to take at least three years and to cost the region more than forty million euros."
)
THIRD = (
    "Shopkeepers on both banks of the river said they feared losing customers, and asked the council to run "
    "a free shuttle bus across the new road bridge upstream for as long as the old one stays closed to cars."
)
HEADER = ["Harbour bridge to close to cars next spring", "By Jane Harlow", "12 March 2025"]
ITEMS = [
    "The old harbour bridge closes to cars in April",
    "Two supports were weakened by salt water",
    "A replacement will take at least three years",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_box_above_the_text_leaves_the_body_for_key_points() -> None:
    article = newsclean.clean(page(*HEADER, "Key points", *ITEMS, LEAD, SECOND, THIRD))
    assert article.key_points == tuple(ITEMS)
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    assert article.title == HEADER[0]
    labels = {line.text: line.label for line in article.lines}
    assert labels["Key points"] is Label.KEY_POINTS and labels[ITEMS[0]] is Label.KEY_POINTS
    assert all(point in article.text for point in ITEMS)  # the corpus text keeps them, after the subtitle
    assert article.to_dict()["key_points"] == ITEMS


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("L'essentiel", ["Le pont ferme aux voitures en avril.", "Deux piles sont fragilisées.", "Le chantier durera trois ans."]),
        ("L’essentiel", ["Le pont ferme aux voitures en avril.", "Deux piles sont fragilisées.", "Le chantier durera trois ans."]),
        ("أبرز النقاط", ["إغلاق الجسر أمام السيارات في نيسان", "تآكل دعامتين بفعل المياه المالحة", "إنشاء جسر جديد خلال ثلاث سنوات"]),
        ("أبرز ما جاء في التقرير", ["• إغلاق الجسر أمام السيارات", "• تآكل دعامتين", "• جسر جديد خلال ثلاث سنوات"]),
        ("أبرز المستجدات", ["• إغلاق الجسر أمام السيارات", "• تآكل دعامتين", "• جسر جديد خلال ثلاث سنوات"]),
        ("Das Wichtigste in Kürze", ["Die Brücke wird im April gesperrt.", "Zwei Pfeiler sind beschädigt."]),
        ("O que sabemos até agora", ["Ponte fecha aos carros em abril", "Dois pilares estão danificados", "A obra dura três anos"]),
        ("النقاط الرئيسية", ["إغلاق الجسر أمام السيارات في نيسان", "تآكل دعامتين بفعل المياه المالحة", "إنشاء جسر جديد خلال ثلاث سنوات"]),
        # "ملخص المقال" (the article's summary): the longest phrase of the line, not its first word "ملخص"
        ("ملخص المقال", ["شركة ناشئة تطلق مساعدا صوتيا يفهم تسع لهجات عربية.", "دقة التعرف على الكلام بلغت 91%.", "النسخة العامة متوقعة العام المقبل."]),
    ],
    ids=["fr", "fr-typographic-apostrophe", "ar", "ar-bullets", "ar-live-latest", "de", "pt-what-we-know", "ar-holding-a-menu-word", "ar-article-summary"],
)
def test_headings_in_other_languages(heading: str, items: list[str]) -> None:
    article = newsclean.clean(page(*HEADER, heading, *items, LEAD, SECOND, THIRD))
    assert article.key_points == tuple(items)
    assert heading not in article.body and not any(item in article.paragraphs for item in items)


def test_same_heading_inside_the_text_is_a_subheading() -> None:
    article = newsclean.clean(page(*HEADER, LEAD, "What you need to know", *ITEMS, SECOND, THIRD))
    assert article.key_points == ()
    assert "What you need to know" in article.paragraphs and ITEMS[0] in article.paragraphs


def test_the_lead_written_otherwise_ends_the_box() -> None:
    short_lead = "Planning a trip across the river next year and wondering how long it will take?"
    article = newsclean.clean(page(*HEADER, "Key takeaways", *ITEMS, short_lead, LEAD, SECOND, THIRD))
    assert article.key_points == tuple(ITEMS)  # the items have no full stop; the short lead asks a question
    assert article.paragraphs[0] == short_lead


def test_a_heading_over_a_long_run_of_short_lines_is_no_box() -> None:
    lines = [f"Stop number {n} of the new shuttle bus line" for n in range(1, 9)]
    article = newsclean.clean(page(*HEADER, "Summary", *lines, LEAD, SECOND, THIRD))
    assert article.key_points == ()
    assert lines[0] in article.paragraphs


def test_heading_must_be_the_whole_line() -> None:
    opening = "In short: the bridge closes to cars in April, and the council will decide on a shuttle later."
    article = newsclean.clean(page(*HEADER, opening, *ITEMS, LEAD, SECOND, THIRD))
    assert article.key_points == ()
    assert opening in article.paragraphs


def test_clean_body_is_left_alone() -> None:
    body = page(LEAD, SECOND, THIRD)
    assert newsclean.clean(body).key_points == ()
    assert newsclean.clean(body).body == body.rstrip("\n")


def test_a_box_between_the_headline_and_the_byline_leaves_the_title_to_the_headline() -> None:
    """Headline, "Key points:" and its lines, then the byline and the date: the box's lines are no
    headline, though the last of them stands right over the byline."""
    article = newsclean.clean(page(HEADER[0], "Key points:", *ITEMS, *HEADER[1:], LEAD, SECOND, THIRD))
    assert article.title == HEADER[0]
    assert article.key_points == tuple(ITEMS)
    assert list(article.paragraphs) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize(
    ("headline", "heading", "items", "writer", "stamp"),
    [
        ("Tai Po residents fight plan to fell four old banyans", "Key points:", ITEMS, "Vivian Lok and Marcus Yip", "Published: 7:30pm, 18 Nov 2025"),
        ("صادرات التمور الجزائرية تتجاوز 130 مليون دولار", "ملخص",
         ["ارتفاع الصادرات بنسبة 18% مقارنة بالموسم الماضي", "دقلة نور تمثل أكثر من 80% من الكميات المصدرة"], "كريمة بن عودة", "20 مارس 2025"),
    ],
    ids=["en-names", "ar-name"],
)
def test_the_writers_bare_name_under_the_box_is_the_byline(headline: str, heading: str, items: list[str], writer: str, stamp: str) -> None:
    article = newsclean.clean(page(headline, heading, *items, writer, stamp, LEAD, SECOND, THIRD))
    assert (article.title, article.author) == (headline, writer)
    assert article.key_points == tuple(items)


def test_a_boxs_second_part_under_its_question_goes_with_it() -> None:
    # "In short:" / items / "What's next?" / its item, then the lead: the question and its item are the box's
    items = [item + "." for item in ITEMS[:2]]
    article = newsclean.clean(page(*HEADER, "In short:", *items, "What's next?", "A new bridge will be designed by 2027.", LEAD, SECOND, THIRD))
    assert article.paragraphs == (LEAD, SECOND, THIRD)
    assert article.key_points == (*items, "What's next?", "A new bridge will be designed by 2027.")


def test_a_question_over_the_lead_paragraph_is_not_the_boxs() -> None:
    # The lead paragraph under a question is too long for an item: the box ends over the question
    article = newsclean.clean(page(*HEADER, "In short:", *ITEMS[:2], "What happened?", LEAD, SECOND, THIRD))
    assert article.paragraphs[-3:] == (LEAD, SECOND, THIRD)
    assert article.key_points == tuple(ITEMS[:2])


def test_a_wires_summary_without_a_heading_above_the_dateline_lead() -> None:
    """A wire's "Summary" list rendered without its heading: short lines alike between the header and a
    lead that opens with its dateline are the key points; the text starts at the dateline."""
    items = ["Bridge closes to cars from April", "Repairs to cost more than 40 million euros", "Shuttle bus planned for shoppers"]
    lead = "ROTTERDAM, March 12 (Reuters) - " + LEAD
    article = newsclean.clean("\n".join([*HEADER, *items, lead, SECOND, THIRD]))
    assert list(article.key_points) == items
    assert list(article.paragraphs) == [lead, SECOND, THIRD]


def test_short_lines_over_a_lead_without_dateline_stay() -> None:
    """Without the dateline nothing says where the text starts: the short lines stay."""
    items = ["Bridge closes to cars from April", "Repairs to cost more than 40 million euros"]
    article = newsclean.clean("\n".join([*HEADER, *items, LEAD, SECOND, THIRD]))
    assert article.key_points == ()


def test_a_question_answered_in_one_line_over_a_text_of_short_paragraphs() -> None:
    # "In short:" / items / "What's next?" / its answer, then a text whose first paragraphs are as short as
    # the answer: the question answers in one line, and the text starts under it
    items = ["Farmers are selling breeding stock as the cost of hay climbs above $450 a tonne.", "Agents say the region has had its driest nine months in a century."]
    answer = "Farmers are hoping for rain in November, but say it may come too late."
    short = [
        "Jo Treloar has farmed sheep near Jamestown for 31 years and has never seen the paddocks this bare.",
        "Since June, she has sold 700 of her 1,500 breeding ewes because she can no longer feed them.",
        "Stock agents say prices for ewes have fallen by a third since the start of winter.",
    ]
    article = newsclean.clean(page(*HEADER, "In short:", *items, "What's next?", answer, *short, LEAD, SECOND))
    assert article.key_points == (*items, "What's next?", answer)
    assert article.paragraphs == (*short, LEAD, SECOND)
