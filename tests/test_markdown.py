"""Markdown input: pages HTML-to-Markdown tools wrote (Jina Reader, Firecrawl, html2text...), read by
their blocks, their markup taken out of the lines and turned into hints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.markdown import looks_like_markdown, render_markdown
from newsclean.records import clean_record

PARAGRAPHS = [
    "The council voted on Tuesday to close the harbour bridge to private cars from next April, after engineers found that the deck could no longer carry the traffic it has carried since 1964.",
    "Buses, taxis, bicycles and pedestrians will still be able to cross, the council said, and a shuttle will run every ten minutes between the two car parks at either end.",
    "Work on a new deck is due to start in 2027 and cost about 40 million, paid in part by a national infrastructure grant, officials said.",
]

JINA = "\n".join(
    [
        "Title: Harbour bridge to close to cars next spring | The Dispatch",
        "",
        "URL Source: https://www.thedispatch.example/news/harbour-bridge-close",
        "",
        "Published Time: 2025-03-12T09:30:00+00:00",
        "",
        "Markdown Content:",
        "[Skip to content](#main)",
        "",
        "*   [Home](https://www.thedispatch.example/)",
        "*   [News](https://www.thedispatch.example/news)",
        "*   [Sport](https://www.thedispatch.example/sport)",
        "",
        "# Harbour bridge to close to cars next spring",
        "",
        "By [Jane Harlow](https://www.thedispatch.example/author/jane-harlow)",
        "",
        "![Image 1: The harbour bridge at dusk](https://cdn.thedispatch.example/img/bridge.jpg)",
        "",
        "The harbour bridge at dusk. Photo: Tom Reyes",
        "",
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1].replace("the council said", "the [council](https://www.thedispatch.example/council) said"),
        "",
        "## What happens next",
        "",
        "**Read more:** [Night buses extended through the winter](https://www.thedispatch.example/news/night-buses)",
        "",
        PARAGRAPHS[2],
        "",
        "Share this article",
        "",
        "*   [Facebook](https://facebook.com/sharer)",
        "*   [X](https://x.com/share)",
        "",
        "## Most read",
        "",
        "1.   [Council approves new budget](https://www.thedispatch.example/news/budget)",
        "2.   [School closures announced](https://www.thedispatch.example/news/schools)",
        "",
        "© 2025 The Dispatch. All rights reserved.",
    ]
)


def test_blocks_become_lines_without_their_markup_and_with_hints() -> None:
    page = render_markdown("# Headline\n\nBy [Jane Doe](/authors/jane) and **Tom**\n\n*   [Home](/)\n\n1. [First](/a)\n2. Second\n\n![a picture](/p.jpg)\n\n> A quote")
    assert page.lines == ["Headline", "By Jane Doe and Tom", "- Home", "1. First", "2. Second", "A quote"]
    assert page.hints == ["h1", "p", "li link", "li link", "li", "p blockquote"]


def test_a_table_gives_a_line_a_row_its_cells_joined() -> None:
    page = render_markdown("| Team | Points |\n|---|---:|\n| Raja | 45 |\n| Wydad | 41 |")
    assert page.lines == ["Team | Points", "Raja | 45", "Wydad | 41"]  # as the HTML renderer writes a table's rows
    assert set(page.hints) == {"table tr"}


def test_jina_readers_header_is_read_apart() -> None:
    page = render_markdown(JINA)
    assert page.fields["URL Source"] == "https://www.thedispatch.example/news/harbour-bridge-close"
    assert not any(line.startswith(("Title:", "URL Source:", "Markdown Content:")) for line in page.lines)


def test_a_markdown_page_is_cleaned_with_its_metadata() -> None:
    article = newsclean.clean_markdown(JINA)
    assert article.title == "Harbour bridge to close to cars next spring"
    assert article.author == "Jane Harlow"
    assert article.date == "2025-03-12"
    assert article.url == "https://www.thedispatch.example/news/harbour-bridge-close"
    assert list(article.paragraphs) == [PARAGRAPHS[0], PARAGRAPHS[1], "What happens next", PARAGRAPHS[2]]
    assert newsclean.Caption("The harbour bridge at dusk.", "Tom Reyes") in article.captions


@pytest.mark.parametrize(
    "text",
    [
        JINA,
        "# Headline\n\n" + "\n".join(f"[Item {n}](https://example.com/{n})" for n in range(3)),
        "\n".join(f"*   [Item {n}](https://example.com/{n})" for n in range(8)),
        "---\ntitle: Harbour bridge\n---\n\n# Harbour bridge\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n| Year | Cars |\n|---|---|\n| 2024 | 41,000 |",
    ],
    ids=["jina", "heading-and-links", "many-links", "front-matter-and-table"],
)
def test_markdown_is_told_by_its_writing(text: str) -> None:
    assert looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(["Home | News | Sport", "Harbour bridge to close", *PARAGRAPHS, "© 2025 The Dispatch"]),
        "# 1 in the charts\n" + "\n".join(PARAGRAPHS),  # a heading mark, no link syntax
        "Title: A page of my own\n" + "\n".join(PARAGRAPHS),  # "Title:" alone is no Jina header
        "See [1] and [2] (the appendix) for details.\n" * 3,  # brackets, no link syntax
        # a post that quotes Markdown, one block a line as plain scrapes are: headings, a table, "###" alone
        "\n".join([PARAGRAPHS[0], "Please structure your answer as:", "## The Concept", "Explain it.", "## The Code", "Show it.", PARAGRAPHS[1]]),
        "\n".join([PARAGRAPHS[0], "| Match | Time |", "| --- | --- |", "| A × B | 9:00 |", PARAGRAPHS[1]]),
        "\n".join([PARAGRAPHS[0], "###", "Journalists at work", "###", "Our standards", PARAGRAPHS[1]]),
    ],
    ids=["plain", "hash", "title-line", "brackets", "quoted-headings", "quoted-table", "hash-rules"],
)
def test_plain_text_is_not_taken_for_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


def test_clean_file_takes_a_markdown_page_by_name_or_by_content(tmp_path: Path) -> None:
    named = tmp_path / "page.md"
    named.write_text("# Harbour bridge to close to cars next spring\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    assert list(newsclean.clean_file(named).paragraphs) == PARAGRAPHS
    scraped = tmp_path / "page.txt"
    scraped.write_text(JINA, encoding="utf-8")
    assert newsclean.clean_file(scraped).author == "Jane Harlow"


def test_a_record_gives_its_markdown_as_firecrawl_does() -> None:
    out = clean_record({"url": "https://www.thedispatch.example/a", "markdown": JINA})
    assert out["newsclean"]["title"] == "Harbour bridge to close to cars next spring"
    json.dumps(out)
    empty = clean_record({"markdown": "  "})
    assert "error" in empty and "markdown" in empty["error"]
    wrong = clean_record({"markdown": 3})
    assert "error" in wrong


def test_markdown_input_errors_are_clear() -> None:
    with pytest.raises(TypeError):
        newsclean.clean_markdown(b"# bytes")  # type: ignore[arg-type]
    with pytest.raises(newsclean.InputError):
        newsclean.clean_markdown("# Headline", lang="klingon")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*-_[]()!|>`\n abcXYZ.:1/ابت")), max_size=300) | st.text(max_size=200))
def test_any_markdown_cleans_without_crashing_and_invents_no_text(text: str) -> None:
    page = render_markdown(text)
    article = newsclean.clean_markdown(text)
    assert all(paragraph in page.lines for paragraph in article.paragraphs)  # the body is the page's own lines


def test_a_wrapped_paragraph_is_one_line_and_short_lines_are_blocks() -> None:
    # html2text wraps paragraphs at 78 columns; other tools write one block a line with no blank line
    wrapped = PARAGRAPHS[0][:80].rsplit(" ", 1)[0]
    rest = PARAGRAPHS[0][len(wrapped) + 1 :]
    page = render_markdown(f"# Harbour bridge\n[Home](/)\nShare this article\n{wrapped}\n{rest}")
    assert page.lines == ["Harbour bridge", "Home", "Share this article", PARAGRAPHS[0]]


def test_a_line_that_opens_with_its_pictures_alt_text_is_the_caption() -> None:
    alt = "A night bus leaves the central depot on Monday evening."
    text = "\n\n".join(["# Night buses extended through the winter", f"![Image 2: {alt}](https://cdn.example.com/bus.jpg)", f"{alt} Tom Reyes", *PARAGRAPHS])
    article = newsclean.clean_markdown(text)
    assert newsclean.Caption(alt, "Tom Reyes") in article.captions
    assert list(article.paragraphs) == PARAGRAPHS
    # a paragraph under a picture whose alt text it does not open with is the text's
    plain = "\n\n".join(["# Night buses extended through the winter", "![Image 2: The depot](https://cdn.example.com/bus.jpg)", *PARAGRAPHS])
    assert list(newsclean.clean_markdown(plain).paragraphs) == PARAGRAPHS


def test_a_list_item_of_a_picture_alone_lends_its_bullet_to_no_line() -> None:
    page = render_markdown("*   ![A session of the assembly](https://cdn.example.com/a.jpg)\n\nA session of the assembly on Monday (Photo: Jasem Ali)")
    assert page.lines == ["A session of the assembly on Monday (Photo: Jasem Ali)"]
