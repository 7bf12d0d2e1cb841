"""A metadata header at the top of the text: the `---` / `key: value` / `---` block that trafilatura
writes with `with_metadata=True` (and static-site exports and other pipelines write alike).

Its lines are no part of the article; its values are the page's own metadata, stated outright, so
they win over what the header search guesses from the text.
"""

from __future__ import annotations

import dataclasses

import regex

from ..metadata import dates
from ..page import Page
from ..types import Article, Label

MAX_FIELDS = 20  # trafilatura writes about a dozen
_FENCE = "---"
_FIELD = regex.compile(r"^(?P<key>[a-z_]{2,20}):\s?(?P<value>.*)$")
# The field each key fills, and the label of its line.
FIELDS = {
    "title": ("title", Label.TITLE),
    "author": ("author", Label.BYLINE),
    "date": ("date", Label.DATE),
    "sitename": ("site", Label.SITE_NAME),
    "url": ("url", Label.BOILERPLATE),
    "description": ("subtitle", Label.SUBTITLE),
}


def apply(page: Page) -> dict[str, str]:
    """Label the header's lines and return its fields ("title", "author", ...), or {} when the text
    does not start with one."""
    content = page.content
    if not content or content[0].text.strip() != _FENCE:
        return {}
    close = next((n for n, line in enumerate(content[1 : MAX_FIELDS + 2], start=1) if line.text.strip() == _FENCE), None)
    if close is None or close == 1:
        return {}
    found = [_FIELD.match(line.text.strip()) for line in content[1:close]]
    if not all(found):
        return {}
    fields: dict[str, str] = {}
    for line, match in zip(content[1:close], found):
        key, value = match["key"], match["value"].strip()
        field, label = FIELDS.get(key, (None, Label.BOILERPLATE))
        if field and value and value.lower() not in ("none", "null"):
            fields[field] = value
        line.decide(label, "structure.front-matter", f"{key}: in the metadata header")
        line.score = min(line.score, -3.0)
    for fence in (content[0], content[close]):
        fence.decide(Label.BOILERPLATE, "structure.front-matter", "the metadata header's fence")
        fence.score = min(fence.score, -3.0)
    return fields


def merge(article: Article, fields: dict[str, str]) -> Article:
    """The article with the header's values in place of what the text suggested."""
    if not fields:
        return article
    changes: dict[str, str | None] = {key: value for key, value in fields.items() if key != "date"}
    if article.url:
        changes.pop("url", None)  # the caller's URL stands
    if "date" in fields:
        found = dates.parse_date(fields["date"])
        if found is not None:
            changes["date"], changes["date_text"] = found.iso, fields["date"]
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]
