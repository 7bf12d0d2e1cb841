"""Hard-wrapped pages (lynx, w3m, links, html2text, fmt, e-mail): their wrapped lines are joined back
into one line per block before the rules run, and pages that are not wrapped are left alone."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Label
from newsclean.normalize import fold
from newsclean.unwrap import unwrap, wrap_width

TITLE = "Harbour council votes to rebuild the old ferry pier before next summer"
PARAGRAPHS = [
    "The harbour council of Westmere voted on Tuesday evening to rebuild the old ferry pier, which has "
    "been closed to passengers since a storm tore away part of its deck two winters ago.",
    "Councillors approved a budget of 4.2 million pounds after a debate that lasted more than three "
    "hours, with several members asking whether the money would be better spent on the sea wall.",
    "\"The pier is how half of the island gets to work, to school and to the hospital,\" said the "
    "council's leader, Marion Akers, who proposed the plan. \"We cannot ask people to wait another year.\"",
    "Work is due to begin in March and to end before the summer timetable starts, when the number of "
    "crossings doubles and the small jetty used since the storm cannot cope with the queues.",
    "Opponents said the estimate did not include the cost of dredging the channel, which the harbour "
    "master has warned is silting up faster than expected because of the changed currents.",
    "The council will publish the contractor's full plans next month and hold two public meetings "
    "on the island, where residents will be able to ask questions about the timetable.",
]


def _lynx_page(width: int = 72) -> str:
    """A page as `lynx -dump` prints it: menus with link numbers, a search field, the text wrapped
    at `width` and indented by three spaces, a heading underlined with "=", the References list."""
    body = "\n\n".join(textwrap.fill(paragraph, width, initial_indent="   ", subsequent_indent="   ") for paragraph in PARAGRAPHS)
    return "\n".join(
        [
            "   [1]Skip to main content",
            "",
            "     * [2]News",
            "     * [3]Sport",
            "     * [4]Island life",
            "",
            "   [5]Search ____________________ (BUTTON) Go",
            "",
            TITLE,
            "=" * len(TITLE),
            "",
            "   By Tom Fairlie",
            "   Published 12 March 2025",
            "",
            body,
            "",
            "   [6]Share on Facebook [7]Share on X [8]Email",
            "",
            "References",
            "",
            "   1. https://westmere-news.example/#main",
            "   2. https://westmere-news.example/news/",
            "   3. https://westmere-news.example/sport/",
        ]
    )


def test_a_lynx_dump_comes_back_as_its_paragraphs() -> None:
    page = _lynx_page()
    assert wrap_width(page.splitlines()) == 72
    article = newsclean.clean(page)
    assert article.title == TITLE  # not joined with its "=====" underline
    assert article.author == "Tom Fairlie"
    assert article.date == "2025-03-12"
    assert list(article.paragraphs) == PARAGRAPHS  # one line each, every word in order


def test_wrapped_at_other_widths() -> None:
    for width in (60, 76, 78, 80):
        assert list(newsclean.clean(_lynx_page(width)).paragraphs) == PARAGRAPHS, width


def test_a_search_field_as_a_text_browser_draws_it_is_a_form() -> None:
    article = newsclean.clean(_lynx_page())
    field = next(line for line in article.lines if "(BUTTON)" in line.text)
    assert field.label is Label.FORM and field.rule == "structure.form-field"


def test_list_items_and_shorter_indents_keep_their_lines() -> None:
    item = "* " + " ".join(["word"] * 14)  # 71 characters: the next word would not fit on 72 columns
    lines = unwrap("\n".join([item, item.replace("word", "item"), "   " + "x" * 10])).splitlines()
    assert len(lines) == 3


def test_a_page_that_is_not_wrapped_is_left_alone() -> None:
    page = "\n".join([TITLE, "By Tom Fairlie", *PARAGRAPHS, "Related articles", "Home | News | Sport"])
    assert unwrap(page) == page
    assert list(newsclean.clean(page).paragraphs) == PARAGRAPHS


def test_a_shop_page_of_lines_cut_from_one_template_is_not_taken_for_wrapped() -> None:
    # Product tiles, one a line, of nearly the same length: each is whole, none continues the one above.
    tiles = [f"({n}){n} reviews with an average rating of 4.{n % 10} out of 5 stars" for n in range(10, 40)]
    page = "\n".join(line for tile in tiles for line in (tile, "Add to Compare"))
    assert wrap_width(page.splitlines()) is None


def test_a_browser_marks_do_not_count_in_the_key() -> None:
    assert fold("[12]Home [13]World") == fold("Home World")
    assert fold("[22][IMG] Photo: Tom Fairlie") == fold("Photo: Tom Fairlie")
    assert fold("as reported in 1990[12].") == fold("as reported in 1990.")  # a citation's number too


@given(st.lists(st.sampled_from(PARAGRAPHS + ["", "Share", "* item", "====="]), max_size=12), st.integers(40, 100))
def test_unwrapping_keeps_every_word_in_order(blocks: list[str], width: int) -> None:
    page = "\n".join(textwrap.fill(block, width) if block else "" for block in blocks)
    assert unwrap(page).split() == page.split()


def test_a_newspapers_column_from_its_pdf_is_unwrapped() -> None:
    # pdftotext gives a column's lines at its width, 25 to 45 characters
    column = "\n\n".join(textwrap.fill(paragraph, 32) for paragraph in PARAGRAPHS)
    assert wrap_width(column.splitlines()) is not None
    assert unwrap(column).split("\n\n") == PARAGRAPHS


def test_chinese_lines_of_one_length_are_no_wrapped_text() -> None:
    # no spaces between words (a figure or a Latin word set apart at most): a line's "first word" is
    # most of it and never fits; the page is left alone
    words = "市政府周二宣布将在明年春季前完成老城区道路的改造工程并增加公交线路"
    page = "\n".join(f"{words[n:]}{words[:n]} 2025年 {words[:3]}" for n in range(12))  # twelve lines of one length
    assert unwrap(page) == page
