"""Segment the labelled page into an Article: body paragraphs, title, and metadata. (first cut)"""

from __future__ import annotations

from .page import Page
from .types import Article, Label


def build(page: Page) -> Article:
    paragraphs = tuple(line.text for line in page.lines if not line.blank and not line.removed)
    for line in page.lines:
        if line.blank:
            line.decide(Label.BLANK, "blank")
    extra = tuple(
        "\n".join(line.text for line in page.lines[a : b + 1] if line.label is Label.NEXT_ARTICLE)
        for a, b in page.extra_regions
    )
    return Article(
        body="\n".join(paragraphs),
        paragraphs=paragraphs,
        url=page.url,
        lang=page.lang,
        extra_articles=extra,
        lines=tuple(line.freeze() for line in page.lines),
    )
