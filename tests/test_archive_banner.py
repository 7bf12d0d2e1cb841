"""A page fetched from a web archive carries the archive's capture banner above the site's own
chrome: its calendar, the capture count and range, "About this capture" and the collection's
description. None of it is the article, and its capture dates are not the article's date."""

from __future__ import annotations

import newsclean

BANNER = [
    "Feb", "MAR", "Apr", "03", "2009", "2010", "2011",
    "12 captures",
    "03 Mar 2010 - 05 Jun 2015",
    "About this capture",
    "COLLECTED BY",
    "Organization: Alexa Crawls",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive, which keeps"
    " it in its collections for researchers, historians and the public, and adds it after a period of time.",
    "Collection: Alexa Crawl DX",
    "Crawl DX from Alexa Internet. This data is currently not publicly accessible.",
]
SITE = ["The Harbour Gazette", "Home", "News", "Sport", "Business"]
ARTICLE = [
    "Ferry fares to rise by a fifth in April",
    "By Nora Lindqvist",
    "February 26, 2010",
]
TEXT = [
    "Fares on the island ferries will rise by a fifth from April, the operator said on Friday, blaming fuel costs.",
    "Season tickets for commuters will rise by less, about eight percent, after talks with the council this winter.",
    "The operator said the new timetable would add two late sailings on Fridays and Saturdays during the summer.",
]


def test_an_archives_capture_banner_is_chrome_and_dates_nothing() -> None:
    article = newsclean.clean("\n".join([*BANNER, *SITE, *ARTICLE, *TEXT, "© 2010 The Harbour Gazette"]))
    assert list(article.paragraphs) == TEXT
    assert article.title == ARTICLE[0]
    assert article.date == "2010-02-26"
    labelled = {line.text: line.decisions[0][1] for line in article.lines if line.text in BANNER[7:]}
    assert set(labelled.values()) == {"lexicon.archive-banner"}, labelled
