"""A metadata header at the top of the text (trafilatura's `with_metadata=True` output): its lines go,
its values are the article's metadata."""

from __future__ import annotations

import newsclean

TEXT = [
    "Commuters will pay up to seven cents more per journey on buses and trains from April, the council said on Thursday.",
    "Concession card holders, including students and seniors, will see their fares fall slightly under the new scheme.",
]
HEADER = [
    "---",
    "title: Bus and train fares to rise by up to 7 cents from April: what you need to know",
    "author: Ng Wei Ling",
    "url: https://example.sg/transport/fares",
    "hostname: example.sg",
    "description: The council approved a 5.2 per cent increase in the overall fare level.",
    "sitename: Lion City Times",
    "date: 2025-03-20",
    "categories: Transport",
    "tags: None",
    "---",
]


def test_the_header_gives_the_metadata_and_its_lines_go() -> None:
    article = newsclean.clean("\n".join([*HEADER, *TEXT]))
    assert list(article.paragraphs) == TEXT
    assert article.title == "Bus and train fares to rise by up to 7 cents from April: what you need to know"
    assert (article.author, article.date, article.site) == ("Ng Wei Ling", "2025-03-20", "Lion City Times")
    assert article.url == "https://example.sg/transport/fares"
    header = article.lines[: len(HEADER)]
    assert all(any(rule == "structure.front-matter" for _, rule, _ in line.decisions) for line in header)


def test_the_callers_url_stands() -> None:
    article = newsclean.clean("\n".join([*HEADER, *TEXT]), url="https://example.sg/a")
    assert article.url == "https://example.sg/a"


def test_a_dashed_rule_over_ordinary_lines_is_no_header() -> None:
    page = ["---", "Bus fares to rise", "---", *TEXT]
    article = newsclean.clean("\n".join(page))
    assert article.author is None
    assert list(article.paragraphs) == TEXT


NEWSPAPER = [
    "Title: Bus and train fares to rise by up to 7 cents from April",
    "Authors: ['Ng Wei Ling', 'Tan Mei Hua']",
    "Publish date: 2025-03-20 00:00:00",
    "Top image: https://example.sg/images/fares.jpg",
    "Movies: []",
    "Meta description: The council approved a 5.2 per cent increase.",
    "Meta lang: en",
    "Meta site name: Lion City Times",
    "Canonical link: https://example.sg/transport/fares",
    "Keywords: ['']",
    "Tags: set()",
    "Text:",
]


def test_newspaper3ks_printed_fields_give_the_metadata_and_their_lines_go() -> None:
    article = newsclean.clean("\n".join([*NEWSPAPER, *TEXT]))
    assert list(article.paragraphs) == TEXT
    assert article.title == "Bus and train fares to rise by up to 7 cents from April"
    assert (article.author, article.date, article.site) == ("Ng Wei Ling, Tan Mei Hua", "2025-03-20", "Lion City Times")
    assert article.url == "https://example.sg/transport/fares"
    assert article.captions == ()
    assert all(any(rule == "structure.front-matter" for _, rule, _ in line.decisions) for line in article.lines[: len(NEWSPAPER)])


def test_a_text_that_opens_with_a_label_or_two_is_no_field_dump() -> None:
    page = ["Title: the council's fare plan", "Summary: what changes in April", *TEXT]
    article = newsclean.clean("\n".join(page))
    assert not any(rule == "structure.front-matter" for line in article.lines for _, rule, _ in line.decisions)
