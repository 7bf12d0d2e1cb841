"""A metadata header at the top of the text: the `---` / `key: value` / `---` block that trafilatura
writes with `with_metadata=True` (and static-site exports and other pipelines write alike), or the
fields newspaper3k's `Article` prints before its text ("Title: ...", "Authors: ['...']", "Publish
date: ...", ..., "Text:").

Its lines are no part of the article; its values are the page's own metadata, stated outright, so
they win over what the header search guesses from the text.
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Sequence

import regex

from ..metadata import dates
from ..lines import Line
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


# newsclean's name for newspaper3k's fields ("Publish date" reads "publish_date"), and the label of
# each line. The field names are newspaper3k's own: a text opening with three of them is its dump.
NEWSPAPER_FIELDS = {
    "title": ("title", Label.TITLE),
    "authors": ("author", Label.BYLINE),
    "publish_date": ("date", Label.DATE),
    "meta_site_name": ("site", Label.SITE_NAME),
    "canonical_link": ("url", Label.BOILERPLATE),
    "url": ("url", Label.BOILERPLATE),
}
NEWSPAPER_KEYS = frozenset({
    *NEWSPAPER_FIELDS, "source_url", "top_image", "movies", "images", "meta_description", "meta_lang",
    "meta_favicon", "meta_keywords", "meta_data", "keywords", "tags", "summary", "text",
})
MIN_NEWSPAPER_FIELDS = 3
_NEWSPAPER_FIELD = regex.compile(r"^(?P<key>[A-Z][a-z]+(?: [a-z]+){0,2}):(?:\s(?P<value>.*))?$")


def apply(page: Page) -> dict[str, str]:
    """Label the header's lines and return its fields ("title", "author", ...), or {} when the text
    does not start with one."""
    content = page.content
    if content and content[0].text.strip() != _FENCE:
        return _newspaper_fields(content)
    close = header_end([line.text for line in content])
    if close is None:
        return {}
    fields: dict[str, str] = {}
    for line in content[1:close]:
        match = _FIELD.match(line.text.strip())
        if match is None:
            continue  # (none: header_end matched every field)
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


def header_end(texts: Sequence[str]) -> int | None:
    """The index of the closing "---" of a header that opens `texts` ("---" / "key: value" lines /
    "---"), or None when they open with none. Markdown's reader asks it of the raw page too."""
    if not texts or texts[0].strip() != _FENCE:
        return None
    close = next((n for n, text in enumerate(texts[1 : MAX_FIELDS + 2], start=1) if text.strip() == _FENCE), None)
    if close is None or close == 1:
        return None
    return close if all(_FIELD.match(text.strip()) for text in texts[1:close]) else None


def _newspaper_fields(content: list[Line]) -> dict[str, str]:
    """newspaper3k's fields over its text: "Title: ...", "Authors: ['A', 'B']", "Publish date:
    2025-11-20 00:00:00", "Top image: ...", ..., then "Text:" (or the first line of the text)."""
    fields: dict[str, str] = {}
    header: list[tuple[Line, str, Label]] = []
    for line in content[: MAX_FIELDS + 1]:
        found = _NEWSPAPER_FIELD.match(line.text.strip())
        key = found["key"].lower().replace(" ", "_") if found else ""
        if found is None or key not in NEWSPAPER_KEYS:
            break
        field, label = NEWSPAPER_FIELDS.get(key, (None, Label.BOILERPLATE))
        header.append((line, key, label))
        if key == "text":
            break
        value = (found["value"] or "").strip()
        if field == "author":
            value = _listed(value)
        if field and value and field not in fields:
            fields[field] = value
    if len(header) < MIN_NEWSPAPER_FIELDS:
        return {}
    for line, key, label in header:
        line.decide(label, "structure.front-matter", f"{key}: in newspaper3k's fields")
        line.score = min(line.score, -3.0)
    return fields


def _listed(value: str) -> str:
    """ "['Kinan Halabi', 'Lama Haddad']" (a Python list, as newspaper3k prints it): the names, joined."""
    try:
        names = ast.literal_eval(value)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return value
    if isinstance(names, (list, tuple)) and all(isinstance(name, str) for name in names):
        return ", ".join(name.strip() for name in names if name.strip())
    return value


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
