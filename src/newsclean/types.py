"""The records newsclean hands back: the label vocabulary, one labelled line, a caption, the article.

Everything here is frozen: an `Article` is a value that can be cached, compared and serialised
without surprises. `Article.to_dict()` gives JSON-ready data (the shape of `--format json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple


class Label(str, Enum):
    """What a line of the page is. `body` lines form the article; every other label is removed
    from `Article.body` (title, subtitle, captions... are returned in their own fields)."""

    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    KEY_POINTS = "key-points"
    DATELINE = "dateline"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    CREDIT = "credit"
    RELATED = "related"
    COMMENTS = "comments"
    SHARE = "share"
    NAVIGATION = "navigation"
    NEWSLETTER = "newsletter"
    DONATION = "donation"
    PAYWALL = "paywall"
    COOKIE = "cookie"
    FOOTER = "footer"
    SITE_NAME = "site-name"
    FORM = "form"
    NEXT_ARTICLE = "next-article"
    ADVERTISEMENT = "advertisement"
    BOILERPLATE = "boilerplate"
    BLANK = "blank"

    def __str__(self) -> str:  # so f-strings and JSON show "body", not "Label.BODY"
        return self.value


class LabelledLine(NamedTuple):
    """One input line with the label it ended with and the rule that set it.

    `decisions` is the full history ((label, rule, detail), oldest first) that `--explain` prints;
    `label`/`rule`/`detail` repeat the winning (last) decision. A NamedTuple: pages have hundreds of
    lines, and tuples are the cheapest immutable record Python has.
    """

    index: int
    text: str
    label: Label
    rule: str
    detail: str = ""
    decisions: tuple[tuple[Label, str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "label": self.label.value,
            "rule": self.rule,
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption and, when the page gives one, its credit (e.g. an agency such as "(أ.ب)")."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True, slots=True)
class Article:
    """The clean article and everything newsclean learned about the page.

    `body` is the article text, paragraphs joined by "\\n" in page order; it never contains the title,
    the subtitle, a key-points box (see `key_points`), captions, or an appended next article (see
    `extra_articles`).
    """

    body: str
    paragraphs: tuple[str, ...]
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    author: str | None = None
    date: str | None = None
    date_text: str | None = None
    site: str | None = None
    url: str | None = None
    lang: str | None = None
    captions: tuple[Caption, ...] = ()
    key_points: tuple[str, ...] = ()
    extra_articles: tuple[str, ...] = ()
    lines: tuple[LabelledLine, ...] = field(default=(), repr=False)
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Title, subtitle, key points and body as one text: what a corpus usually wants to keep."""
        head = [part for part in (self.title, self.subtitle) if part] + list(self.key_points)
        return "\n".join([*head, self.body]) if self.body else "\n".join(head)

    @property
    def removed(self) -> tuple[LabelledLine, ...]:
        """Every non-blank line that is not part of the body, with its label and reason."""
        return tuple(
            line for line in self.lines if line.label not in (Label.BODY, Label.BLANK)
        )

    def to_dict(self, *, with_lines: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "subtitle": self.subtitle,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "date": self.date,
            "date_text": self.date_text,
            "author": self.author,
            "dateline": self.dateline,
            "site": self.site,
            "url": self.url,
            "lang": self.lang,
            "captions": [caption.to_dict() for caption in self.captions],
            "key_points": list(self.key_points),
            "extra_articles": list(self.extra_articles),
            "warnings": list(self.warnings),
        }
        if with_lines:
            data["lines"] = [line.to_dict() for line in self.lines]
        return data
