"""Metadata the markup states: `<title>`, `<meta>`, the canonical link, the first article-like JSON-LD
object, and the names the page links to writers' pages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .. import lexicon, normalize
from ..lines import Line
from ..metadata import byline


# ---------------------------------------------------------------------------------------------------
# Metadata


class Meta(NamedTuple):
    title: str | None = None  # <title>
    og_title: str | None = None
    headline: str | None = None  # JSON-LD
    author: str | None = None
    date: str | None = None  # ISO date from meta or JSON-LD
    date_text: str | None = None
    site: str | None = None
    url: str | None = None  # canonical / og:url
    linked_authors: str | None = None  # the first names linked to writers' pages, comma-joined
    body: str | None = None  # JSON-LD articleBody, its line breaks kept: the text of a page a script writes


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "socialmediaposting", "report", "techarticle", "liveblogposting"}


_LISTED_META = frozenset({"article:author"})


def read_meta(tree: Any) -> Meta:
    """Title, author, date, site and URL from <title>, <meta>, <link rel=canonical> and JSON-LD."""
    values: dict[str, str] = {}
    title_node = tree.css_first("title")
    if title_node is not None:
        values["title"] = " ".join(title_node.text().split())
    for node in tree.css("meta"):
        attributes = node.attributes
        name = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = " ".join((attributes.get("content") or "").split())
        if name and content and name not in values:
            values[name] = content
        elif name in _LISTED_META and content and content not in values[name].split(", "):
            values[name] = f"{values[name]}, {content}"  # one <meta property="article:author"> per writer
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is not None and canonical.attributes.get("href"):
        values.setdefault("canonical", canonical.attributes["href"] or "")
    ld = _json_ld(tree)
    date_text = (
        ld.get("datePublished")
        or values.get("article:published_time")
        or values.get("datepublished")
        or values.get("date")
        or values.get("dc.date")
        or values.get("dc.date.issued")
        or values.get("pubdate")
        or values.get("publishdate")
        or values.get("og:published_time")
        or values.get("sailthru.date")
    )
    date = iso_date(date_text) if date_text else None
    author = ld.get("author") or values.get("author") or values.get("article:author") or values.get("dc.creator")
    if author and (author.startswith("http") or len(author) > 100):
        author = None
    url = values.get("og:url") or values.get("canonical")
    return Meta(
        title=values.get("title") or None,
        og_title=values.get("og:title") or values.get("twitter:title") or None,
        headline=ld.get("headline") or None,
        author=author or None,
        date=date,
        date_text=date_text if date else None,
        site=values.get("og:site_name") or ld.get("publisher") or None,
        url=url if url and url.startswith("http") else None,
        linked_authors=_linked_authors(tree),
        body=ld.get("articleBody") or None,
    )


def iso_date(text: str) -> str | None:
    """The ISO date a metadata stamp holds ("2025-03-12T09:30:00+00:00" → "2025-03-12"), when its year
    and month are plausible."""
    match = _ISO_DATE.search(text)
    if match and 1990 <= int(match.group(1)) <= 2100 and 1 <= int(match.group(2)) <= 12:
        return match.group()
    return None


# The path words of a writer's page: "/autor/lucia-ferrer", "/author/jane-doe/", "/yazar/ayse-kaya".
_AUTHOR_PATHS = frozenset(
    "author authors autor autores autore autori auteur auteurs autorin autoren journalist journalists "
    "journaliste journalistes redakteur writer writers columnist columnists yazar yazarlar kuttab katib "
    "muhabir muhabirler penulis wartawan reporter reporters avtor avtory profile profiles".split()
)
_PATH_WORDS = re.compile(r"[a-z]+")
MAX_LINKED_AUTHORS = 3


def _linked_authors(tree: Any) -> str | None:
    """The names the page links to writers' pages (rel="author", "/autor/<name>"): the first such
    link and the ones beside it in the same element ("<a>Lucía Ferrer</a> y <a>Daniel Oliván</a>"),
    comma-joined. A byline with no prefix and no <meta> names its writers this way."""
    first = next((node for node in tree.css("a[href]") if _author_link(node)), None)
    if first is None or first.parent is None:
        return None
    names = [" ".join(node.text().split()) for node in first.parent.css("a[href]") if _author_link(node)]
    names = list(dict.fromkeys(name for name in names if name))
    if not 1 <= len(names) <= MAX_LINKED_AUTHORS:
        return None
    return ", ".join(names)


def _author_link(node: Any) -> bool:
    """A link to a writer's page whose text is a writer's name (see `writer_link`)."""
    return writer_link(node.attributes.get("href") or "", node.attributes.get("rel") or "", lambda: node.text())


def writer_link(href: str, rel: str, text_of: Callable[[], str]) -> bool:
    """A link to a writer's page (rel="author", "/autor/<name>") whose text is a writer's name. (The
    link's address is read first: most of a page's links point elsewhere, and their text is not
    needed.)"""
    path = href.lower().split("?")[0].split("#")[0]
    to_writer = "author" in rel.lower().split() or any(
        word in _AUTHOR_PATHS for word in _PATH_WORDS.findall(path.split("//", 1)[-1].split("/", 1)[-1])
    )
    if not to_writer:
        return False
    text = " ".join(text_of().split())
    if not text or any(char.isdigit() for char in text) or not byline.name_shaped(text) or not 2 <= len(text.split()) <= 4:
        return False
    key = normalize.fold(text)
    # "Cycling News", "NFL.com Staff", "Author Index": a desk, an outlet, a list of writers
    if byline.names_outlet(key) or byline.has_role(key) or any(word in _AUTHOR_PATHS for word in key.split()):
        return False
    return lexicon.match(Line(0, text, key)) is None  # "My Account" on a "/profile/" link: a menu's item


def _json_ld(tree: Any) -> dict[str, str]:
    """headline, author, datePublished, publisher and articleBody of the first article-like JSON-LD
    object."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                continue
            found = {
                "headline": _ld_text(item.get("headline") or item.get("name")),
                "author": _ld_text(_people(item.get("author"))),
                "datePublished": _ld_text(item.get("datePublished") or item.get("dateCreated")),
                "publisher": _ld_text(item.get("publisher")),
                "articleBody": item.get("articleBody") if isinstance(item.get("articleBody"), str) else None,
            }
            if found["headline"] or found["datePublished"]:
                return {k: v for k, v in found.items() if v}
    return {}


def _ld_items(data: Any, depth: int = 0) -> Iterable[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_items(data["@graph"], depth + 1)


def _people(value: Any) -> Any:
    """A JSON-LD author without its organisations ({"@type": "NewsMediaOrganization", "name": "BVT
    News"}): a desk or an agency signs no article as a writer does."""
    if isinstance(value, list):
        return [item for item in value if not _organisation(item)]
    return None if _organisation(value) else value


def _organisation(value: Any) -> bool:
    kind = value.get("@type") if isinstance(value, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower().endswith(("organization", "organisation", "corporation")) for k in kinds)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_ld_text(item) for item in value[:5]) if name]
        return ", ".join(names) or None
    return None
