"""HTML in, `Article` out: render the page to lines with one structural hint per line, then clean.

    >>> article = clean_html(open("page.html", "rb").read(), url="https://example.com/a")

Steps (docs/html.md tells the why):
1. decode bytes: a BOM, else UTF-8 when valid, else the declared `<meta charset>` when the bytes
   decode with it (and a Latin code page gives Latin-looking text), else `io.decode_bytes`' guess;
2. parse with selectolax's lexbor parser (an HTML5 parser: lenient, fast, never fails on bad markup);
3. render one line per block element exactly as the benchmark's plain-text renderer does, and give
   each line a hint: the structure around it ("nav", "footer", "aside", "h1", "li", "figcaption"...),
   the class/id/role/itemprop names of its containers ("cls:related", "cls:comment"...), how much of
   it is link text ("link", "linky"), and whether trafilatura kept it ("tf") or read it as a comment
   ("tfc");
4. run the text pipeline with those hints (`rules/hints.py` turns them into decisions and scores);
5. metadata: the page's `<meta>`/JSON-LD and trafilatura's metadata (title, author, date, site) fill
   or override what the text found; captions from `<figcaption>`;
6. a last check against trafilatura: when newsclean's body is empty or shares little with
   trafilatura's while trafilatura found a real text, trafilatura's lines are taken instead
   (rule "html.trafilatura-fallback"), so the result is never much worse than trafilatura alone.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from .errors import InputError
from .lines import FULL_STOPS
from . import normalize
from .metadata import byline, captions, dates
from .rules.hints import SUBHEADINGS
from .types import Article, Caption, Label, LabelledLine

__all__ = ["clean_html", "decode_html", "render_html", "Rendered"]

# Above this many characters of HTML, trafilatura (an lxml tree, many XPath passes) is skipped: our
# own renderer is linear, trafilatura's cost on a 20 MB page is tens of seconds. Said in warnings.
TRAFILATURA_MAX_CHARS = 4_000_000
MIN_TRAFILATURA_WORDS = 30  # below this, trafilatura found no article: its lines are no evidence
FALLBACK_AGREEMENT = 0.5  # newsclean's body must share this much (bag F1) with trafilatura's, else fallback

# What the benchmark renderer drops with its content, and what makes a line.
DROP = frozenset(
    "head title script style noscript template svg iframe object embed canvas math audio video".split()
)
BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup html legend li main menu
    nav ol optgroup option p pre section summary table tbody tfoot thead tr ul""".split()
)
# A table's cells are not blocks: a row is one line, its cells joined with CELL_SEPARATOR (a cell that
# holds blocks, as a layout table's does, still breaks into their lines).
CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
_CELL_MARKS = frozenset("|¦•·-–—")
BREAK = frozenset({"br", "hr"})
# Elements whose presence around a line is a hint by itself.
STRUCTURAL = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "form": "form",
    "figure": "figure",
    "figcaption": "figcaption",
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "li": "li",
    "td": "td",
    "th": "td",
    "blockquote": "quote",
    "pre": "pre",
    "p": "p",
    "article": "article",
    "main": "main",
    "address": "address",
    "option": "form",
    "select": "form",
    "button": "form",
    "label": "form",
    "time": "time",
}
ROLES = {
    "navigation": "nav",
    "menu": "nav",
    "menubar": "nav",
    "contentinfo": "footer",
    "complementary": "aside",
    "banner": "header",
    "main": "main",
    "article": "article",
    "search": "form",
    "dialog": "form",
}
# Class/id/itemprop words → hint category. A word matches when it starts with one of the stems.
_CLASS_STEMS = {
    "related": "related relatedposts recommended recirc morestories more-stories popular trending mostread "
    "most-read outbrain taboola also readmore read-more readnext read-next relacionad connexe correlat "
    "verwandt",
    "comment": "comment disqus respond discussion reply replies",
    "share": "share sharing sharethis addthis social sociable",
    "newsletter": "newsletter subscribe subscription signup optin",
    "footer": "footer copyright colophon contentinfo",
    "nav": "nav menu breadcrumb pagination pager skip topbar masthead",
    "sidebar": "sidebar widget rail",
    "caption": "caption figcaption credit wp-caption-text",
    "byline": "byline author writer contributor",
    "date": "date time timestamp published pubdate",
    "tags": "tags tagcloud keywords categories",
    "ad": "ad ads adv advert advertisement adsense adslot adunit dfp sponsor sponsored promo promotion",
    "cookie": "cookie consent gdpr",
    "title": "title headline heading",
    "content": "articlebody article-body storybody story-body entry-content post-content postbody post-body "
    "articletext article-text storytext story-text bodytext",
    "hidden": "hidden sr-only visually-hidden screen-reader screenreader",
}
# Class words with "hidden" that hide the element itself (Drupal's "field--label-hidden" does not).
_HIDDEN_WORDS = frozenset({"hidden", "is-hidden", "u-hidden", "visually-hidden", "hide-text"})
_CLASS_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")
# Zero-width spaces and joiners of words go; the non-joiner and the joiner of letters stay: they spell
# Persian ("زاینده‌رود", "می‌شود"), Urdu, Indic conjuncts and emoji sequences.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), None)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_WORDS = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


def _stem_index() -> list[tuple[str, str]]:
    pairs = []
    for category, stems in _CLASS_STEMS.items():
        for stem in stems.split():
            pairs.append((stem, category))
    pairs.sort(key=lambda pair: -len(pair[0]))  # longest stem first: "articlebody" before "article"
    return pairs


_STEMS = _stem_index()


def class_hints(value: str) -> set[str]:
    """The hint categories that class/id/itemprop words name.

    >>> sorted(class_hints("post-comments widget_related share-buttons"))
    ['comment', 'related', 'share', 'sidebar']
    """
    return set(_class_hints(value))


@lru_cache(maxsize=4096)  # pages repeat their class names: "comment", "comment-body" on every comment
def _class_hints(value: str) -> frozenset[str]:
    found: set[str] = set()
    text = re.sub(r"([a-z])([A-Z])", r"\1-\2", value).lower()
    # Only a class named for hiding hides the element: "field-label-hidden" (Drupal 7) and
    # "field--label-hidden" hide a label, "hidden-xs" hides on phones.
    if any(name.replace("_", "-") in _HIDDEN_WORDS for name in text.split()):
        found.add("hidden")
    for word in _CLASS_WORD.findall(text.replace("_", "-")):
        parts = [word, *word.split("-")] if "-" in word else [word]
        for part in parts:
            if part.startswith("hidden"):
                continue  # (the element's own "hidden" class is read above, from the whole name)
            if part in _EXACT:
                found.add(_EXACT_CATEGORY[part])
                continue
            for stem, category in _STEMS:
                if len(stem) > 3 and part.startswith(stem):
                    found.add(category)
                    break
    return frozenset(found)


_EXACT_CATEGORY = {
    "ad": "ad",
    "ads": "ad",
    "adv": "ad",
    "dfp": "ad",
    "nav": "nav",
    "tags": "tags",
    "time": "date",
    "date": "date",
    "location": "dateline",  # the dateline's place in the header: <span class="location">الدوحة</span>
    "dateline": "dateline",
    "signature": "byline",  # "c-signature": the writer's name and city under the headline
    "skip": "nav",
    "reply": "comment",
    "also": "related",
    "rail": "sidebar",
    # A standfirst's own class: English "lede"/"dek"/"standfirst", French "chapo", Portuguese
    # "sapo", Spanish "entradilla"/"copete"/"bajada" (exact words: "lead" starts "leaderboard").
    **dict.fromkeys(("lead", "lede", "dek", "standfirst", "chapo", "chapeau", "sapo", "entradilla", "copete", "bajada"), "lead"),
}
# Words that match exactly (too short or too common to match as a stem).
_EXACT = frozenset(_EXACT_CATEGORY)

# ---------------------------------------------------------------------------------------------------
# Decoding


def decode_html(data: bytes) -> str:
    """Decode the bytes of an HTML page: BOM, valid UTF-8, the declared charset, else a guess.

    Raises `InputError` for binary data.
    """
    from .io import decode_bytes

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return decode_bytes(data, source="<html>")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and (declared not in _LATIN_CODECS or _latin_looking(text)):
            return text
    return decode_bytes(data, source="<html>")


_LATIN_CODECS = frozenset({"cp1252", "cp1250", "latin-1", "iso8859-15", "iso8859-2", "cp1254", "iso8859-9"})


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # what browsers do with latin-1
    return codec


def _latin_looking(text: str) -> bool:
    """Latin-script text has mostly ASCII letters; cp1256 Arabic read as cp1252 has almost none."""
    sample = text[:65536]
    letters = sum(1 for char in sample if char.isalpha())
    ascii_letters = sum(1 for char in sample if char.isascii() and char.isalpha())
    return letters == 0 or ascii_letters >= 0.5 * letters


# ---------------------------------------------------------------------------------------------------
# Rendering


class _Context(NamedTuple):
    """What surrounds a piece of text: structural hints, class-hinted containers, inside a link."""

    structural: frozenset[str]
    containers: tuple[int, ...]  # ids of enclosing elements whose class/id named a category
    link: bool
    pre: bool


class Rendered(NamedTuple):
    """A page rendered to lines: `lines[i]` has the hint `hints[i]` (a space-separated token string)."""

    lines: list[str]
    hints: list[str]
    html_lang: str | None


def render_html(tree: Any, drop: frozenset[str] = DROP) -> Rendered:
    """Render a parsed page (selectolax LexborHTMLParser) to lines and hints.

    One line per block element, `br`/`hr` break the line, `pre` keeps its line breaks, inline
    elements are joined as written, whitespace is collapsed; DROP elements, `hidden` elements and
    comments are skipped with their content.
    """
    root = tree.root
    html_lang = None
    if root is not None:
        attributes = root.attributes
        html_lang = (attributes.get("lang") or attributes.get("xml:lang") or "").strip() or None
    container_hints: list[set[str]] = []  # per class-hinted container id: its categories
    lines: list[str] = []
    line_info: list[tuple[frozenset[str], frozenset[int], int, int, bool]] = []
    chunks: list[tuple[str, _Context]] = []
    new_cell = False  # a cell began after text on the line: its text opens with CELL_SEPARATOR

    def flush() -> None:
        nonlocal new_cell
        new_cell = False
        if not chunks:
            return
        text = "".join(chunk for chunk, _ in chunks).translate(_ZERO_WIDTH)
        text = " ".join(text.split())
        if text:
            structural: set[str] = set()
            containers: set[int] = set()
            link_chars = total = 0
            has_time = False
            for chunk, context in chunks:
                size = len("".join(chunk.split()))
                if not size:
                    continue
                total += size
                if context.link:
                    link_chars += size
                structural |= context.structural
                containers.update(context.containers)
            has_time = "time" in structural
            lines.append(text)
            line_info.append((frozenset(structural), frozenset(containers), link_chars, total, has_time))
        chunks.clear()

    context = _Context(frozenset(), (), False, False)
    # Iterative walk (deeply nested or unclosed markup must not hit the recursion limit). Each stack
    # entry is (its tag is a block, the context to restore after it, a <time> to space off).
    stack: list[tuple[bool, _Context, bool]] = []
    node = root
    while node is not None:
        tag = node.tag
        descend = False
        if tag == "-text":
            text = node.text_content
            if text and new_cell and text.strip():
                last = next((chunk.strip() for chunk, _ in reversed(chunks) if chunk.strip()), "")
                # a cell that only holds a "|" separates by itself
                marked = text.strip() in _CELL_MARKS or last in _CELL_MARKS
                chunks.append((" " if marked else CELL_SEPARATOR, context))
                new_cell = False
            if text:
                if context.pre and "\n" in text:
                    parts = text.split("\n")
                    for index, part in enumerate(parts):
                        if index:
                            flush()
                        if part:
                            chunks.append((part, context))
                else:
                    if context.link and chunks and _glued_label(chunks[-1], text):
                        chunks.append((" ", context))  # "<span>Lire aussi</span><a>Comté : ...</a>"
                    chunks.append((text, context))
        elif tag and tag[0] not in "-#!_" and tag not in drop:
            attributes = node.attributes
            if "hidden" not in attributes:
                if tag in BREAK:
                    flush()
                else:
                    block = tag in BLOCK
                    if block:
                        flush()
                    elif tag in CELLS and any(chunk.strip() for chunk, _ in chunks):
                        new_cell = True
                    elif tag == "time" and chunks:
                        chunks.append((" ", context))  # "Ben Tallchief<time>February 24": a field of its own
                    saved = context
                    context = _enter(tag, attributes, context, container_hints)
                    child = node.child
                    if child is not None:
                        stack.append((block, saved, tag == "time"))
                        node = child
                        descend = True
                    else:
                        context = saved
                        if block:
                            flush()
        if descend:
            continue
        # Next node: the next sibling, else climb until an ancestor has one (closing elements).
        while node is not None:
            following = node.next
            if following is not None:
                node = following
                break
            node = node.parent
            if not stack:
                node = None
                break
            block, saved, spaced = stack.pop()
            context = saved
            if block:
                flush()
            elif spaced:
                chunks.append((" ", context))  # "</time>Updated on:"
    flush()
    return Rendered(lines, _hints(lines, line_info, container_hints), html_lang)


def _glued_label(previous: tuple[str, Any], text: str) -> bool:
    """A link's text written right after a label's last word, without a space ("Lire aussi" then
    "Comté : ..."): a lower-case letter, then the link opening with a capital. Within a word a link
    does not open with a capital."""
    chunk, context = previous
    return not context.link and chunk[-1:].islower() and text[:1].isupper()


def _enter(tag: str, attributes: dict[str, str | None], context: _Context, container_hints: list[set[str]]) -> _Context:
    """The context inside an element."""
    structural = context.structural
    containers = context.containers
    link, pre = context.link, context.pre
    hint = STRUCTURAL.get(tag)
    added: set[str] = set()
    if tag == "form":
        # A form counts like a class-named container: ASP.NET wraps the whole page in one
        # (<form id="aspnetForm">), and a form holding most of the page's text is no form.
        container_hints.append({"form"})
        containers = (*containers, len(container_hints) - 1)
    elif hint:
        added.add(hint)
    if tag == "a" and attributes.get("href") is not None:
        link = True
    elif tag == "pre":
        pre = True
    role = attributes.get("role")
    if role and role.strip().lower() in ROLES:
        added.add(ROLES[role.strip().lower()])
    if tag not in ("html", "body"):
        names = " ".join(
            value for value in (attributes.get("class"), attributes.get("id"), attributes.get("itemprop")) if value
        )
        if names:
            categories = set(_class_hints(names))
            if attributes.get("itemprop") == "articleBody":
                categories.add("content")
            style = attributes.get("style")
            if style and "display:none" in style.replace(" ", "").lower():
                categories.add("hidden")
            if categories:
                container_hints.append(categories)
                containers = (*containers, len(container_hints) - 1)
    if added and not added <= structural:
        structural = structural | added
    if structural is context.structural and containers is context.containers and link == context.link and pre == context.pre:
        return context
    return _Context(structural, containers, link, pre)


# Hints from class names of a container are dropped when the container holds more than this share of
# the page's text: a wrapper such as <div id="content" class="has-sidebar"> names the page, not a widget.
MAX_CONTAINER_SHARE = 0.6
_STRUCTURAL_ORDER = (
    "nav", "header", "footer", "aside", "form", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "td", "quote", "pre", "p", "article", "main", "address", "time",
)


def _hints(
    lines: Sequence[str],
    line_info: Sequence[tuple[frozenset[str], frozenset[int], int, int, bool]],
    container_hints: Sequence[set[str]],
) -> list[str]:
    size: Counter[int] = Counter()
    page_total = 0
    for _, containers, _, total, _ in line_info:
        page_total += total
        for container in containers:
            size[container] += total
    too_big = {container for container, chars in size.items() if chars > MAX_CONTAINER_SHARE * page_total}
    hints = []
    for (structural, containers, link_chars, total, _), _text in zip(line_info, lines):
        tokens = [name for name in _STRUCTURAL_ORDER if name in structural]
        if total and link_chars >= total:
            tokens.append("link")
        elif total and link_chars >= 0.5 * total:
            tokens.append("linky")
        categories: set[str] = set()
        for container in containers:
            if container not in too_big or container_hints[container] & {"content", "hidden"}:
                categories |= container_hints[container]
        if "form" in categories:  # a <form> of ordinary size (a search box, a comment form)
            categories.discard("form")
            if "form" not in tokens:
                tokens.append("form")
        tokens += [f"cls:{name}" for name in sorted(categories)]
        hints.append(" ".join(tokens))
    return hints


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
    date = None
    if date_text:
        match = _ISO_DATE.search(date_text)
        if match and 1990 <= int(match.group(1)) <= 2100 and 1 <= int(match.group(2)) <= 12:
            date = match.group()
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
    )


# The path words of a writer's page: "/autor/lucia-ferrer", "/author/jane-doe/", "/yazar/ayse-kaya".
_AUTHOR_PATHS = frozenset(
    "author authors autor autores autore autori auteur auteurs autorin autoren journalist journalists "
    "journaliste journalistes redakteur writer writers columnist columnists yazar yazarlar kuttab katib".split()
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
    """A link to a writer's page (rel="author", "/autor/<name>") whose text is a writer's name. (The
    link's address is read first: most of a page's links point elsewhere.)"""
    path = (node.attributes.get("href") or "").lower().split("?")[0].split("#")[0]
    to_writer = "author" in (node.attributes.get("rel") or "").lower().split() or any(
        word in _AUTHOR_PATHS for word in _PATH_WORDS.findall(path.split("//", 1)[-1].split("/", 1)[-1])
    )
    if not to_writer:
        return False
    text = " ".join(node.text().split())
    if not text or any(char.isdigit() for char in text) or not byline.name_shaped(text) or not 2 <= len(text.split()) <= 4:
        return False
    key = normalize.fold(text)
    # "Cycling News", "NFL.com Staff", "Author Index": a desk, an outlet, a list of writers
    return not (byline.names_outlet(key) or byline.has_role(key) or any(word in _AUTHOR_PATHS for word in key.split()))


def _json_ld(tree: Any) -> dict[str, str]:
    """headline, author, datePublished, publisher of the first article-like JSON-LD object."""
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
                "author": _ld_text(item.get("author")),
                "datePublished": _ld_text(item.get("datePublished") or item.get("dateCreated")),
                "publisher": _ld_text(item.get("publisher")),
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


def _ld_text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_ld_text(item) for item in value[:5]) if name]
        return ", ".join(names) or None
    return None


# ---------------------------------------------------------------------------------------------------
# trafilatura as evidence


class Traf(NamedTuple):
    text: str
    comments: str
    title: str | None
    author: str | None
    date: str | None
    site: str | None


def run_trafilatura(html: str, url: str | None) -> Traf | None:
    """trafilatura's main text, comments and metadata (None when it finds nothing or fails)."""
    try:
        import trafilatura

        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=True)
    except Exception:  # noqa: BLE001 - trafilatura is evidence only; its failure must not fail the page
        return None
    if document is None:
        return None
    get = document.get if isinstance(document, dict) else lambda name: getattr(document, name, None)
    return Traf(
        text=get("text") or "",
        comments=get("comments") or "",
        title=get("title") or None,
        author=get("author") or None,
        date=get("date") or None,
        site=get("sitename") or None,
    )


def _words(text: str) -> list[str]:
    from .normalize import fold

    return _WORDS.findall(fold(text))


def _shingles(words: Sequence[str]) -> Iterable[tuple[str, ...]]:
    return zip(words, words[1:], words[2:])


class _Evidence:
    """Which of our lines a reference text (trafilatura's) contains: by word trigrams, or whole lines."""

    def __init__(self, text: str) -> None:
        self.trigrams: set[tuple[str, ...]] = set()
        self.lines: set[tuple[str, ...]] = set()
        self.words = 0
        for raw in text.splitlines():
            words = _words(raw.lstrip("-•* "))
            if not words:
                continue
            self.words += len(words)
            self.lines.add(tuple(words))
            self.trigrams.update(_shingles(words))
            if "|" in raw:  # a table row, "cell | cell | cell": our renderer gives one line per cell
                self.lines.update(tuple(_words(cell)) for cell in raw.split("|"))

    def contains(self, words: Sequence[str]) -> bool:
        if len(words) < 3:
            return tuple(words) in self.lines
        grams = list(_shingles(words))
        hits = sum(1 for gram in grams if gram in self.trigrams)
        return hits >= 0.5 * len(grams)


# ---------------------------------------------------------------------------------------------------
# The whole


class Prepared(NamedTuple):
    """An HTML page made ready for the text pipeline: its lines, their hints, and the evidence."""

    text: str
    hints: list[str]
    rendered: Rendered
    meta: Meta
    traf: Traf | None
    evidence: bool  # trafilatura found a text, and the hints carry "tf"/"tfc"
    url: str | None
    warnings: list[str]


PROSE_LINE_WORDS = 8


def _prose_words(lines: Sequence[str]) -> int:
    """The words of the rendered lines long enough to be prose."""
    return sum(count for count in (len(line.split()) for line in lines) if count >= PROSE_LINE_WORDS)


def prepare(html: str | bytes, *, url: str | None = None, cross_check: bool = True) -> Prepared:
    """Decode, parse and render the page; read its metadata; mark the lines trafilatura kept."""
    from selectolax.lexbor import LexborHTMLParser

    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"clean_html() expects str or bytes, got {type(html).__name__}")
    if "\x00" in html:
        html = html.replace("\x00", "")
    warnings: list[str] = []
    try:
        tree = LexborHTMLParser(html)
    except Exception as error:  # noqa: BLE001 - lexbor refuses almost nothing; say so if it does
        raise InputError(f"<html>: cannot parse the page: {error}") from None
    rendered = render_html(tree)
    if "<noscript" in html and _prose_words(rendered.lines) < MIN_TRAFILATURA_WORDS:
        # The page writes its text with a script, and keeps it in <noscript> for browsers without one
        # ("جاري التحميل..." where the article goes): that copy is what a reader without scripts sees.
        rendered = render_html(tree, drop=DROP - {"noscript"})
    meta = read_meta(tree)
    del tree
    page_url = url or meta.url

    traf: Traf | None = None
    if cross_check and len(html) <= TRAFILATURA_MAX_CHARS:
        traf = run_trafilatura(html, page_url)
    elif cross_check:
        warnings.append(
            f"html: page of {len(html) / 1e6:.1f} MB is over {TRAFILATURA_MAX_CHARS / 1e6:.0f} MB: "
            "no trafilatura cross-check"
        )
    hints = list(rendered.hints)
    body_ref = _Evidence(traf.text) if traf else None
    evidence = body_ref is not None and body_ref.words >= MIN_TRAFILATURA_WORDS
    if body_ref is not None and evidence:
        comment_ref = _Evidence(traf.comments) if traf and traf.comments else None
        kept = [False] * len(rendered.lines)
        for index, line in enumerate(rendered.lines):
            words = _words(line)
            if body_ref.contains(words):
                kept[index] = True
            elif comment_ref is not None and comment_ref.contains(words):
                hints[index] = f"{hints[index]} tfc".lstrip()
        if _wrong_block(rendered.lines, hints, kept):
            evidence = False
            warnings.append("html: trafilatura kept chrome and dropped the page's paragraphs: no cross-check")
        else:
            hints = [f"{hint} tf".lstrip() if keep else hint for hint, keep in zip(hints, kept)]
    if not rendered.lines:
        warnings.append("html: no visible text in the page")
    return Prepared("\n".join(rendered.lines), hints, rendered, meta, traf, evidence, page_url, warnings)


PROSE_WORDS = 25  # a paragraph of the text: this many words, a sentence's end
CHROME_SHARE = 0.25  # trafilatura's text is this much chrome our lexicons know, at least
_NOT_TEXT = frozenset({
    "nav", "header", "footer", "aside", "form", "figure", "figcaption", "li", "link", "linky", "tfc",
    "cls:comment", "cls:related", "cls:sidebar", "cls:hidden",
})


def _wrong_block(lines: Sequence[str], hints: Sequence[str], kept: Sequence[bool]) -> bool:
    """trafilatura took the wrong block: a good part of what it kept is chrome our lexicons know (a
    paywall's pitch, an appeal), and the rest is less than the prose paragraphs it dropped (a page
    whose paywall box it read as the text, and the open paragraphs above the box as a teaser)."""
    from . import lexicon
    from .lines import split_lines

    kept_words = chrome_words = dropped_prose = 0
    for line, hint, keep in zip(split_lines("\n".join(lines)), hints, kept):
        if keep:
            if lexicon.match(line) is None:
                kept_words += line.words
            else:
                chrome_words += line.words
        elif line.words >= PROSE_WORDS and line.ends_sentence and "p" in hint.split() and _NOT_TEXT.isdisjoint(hint.split()):
            dropped_prose += line.words
    return chrome_words >= CHROME_SHARE * (kept_words + chrome_words) and dropped_prose > kept_words


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: Any = None,
    cross_check: bool = True,
) -> Article:
    """Clean one HTML page. Bytes are decoded (declared charset checked against the bytes).

    `rules`: `SiteRules`, or a `RuleSet` to pick from by URL or page text. `cross_check=False` skips
    trafilatura (faster; hints from the markup only). Raises `InputError` for binary data; any markup,
    however broken, gives an `Article`.
    """
    from .pipeline import run

    page = prepare(html, url=url, cross_check=cross_check)
    if rules is not None and hasattr(rules, "pick"):  # a RuleSet: the site's rules, by URL or page text
        rules = rules.pick(page.url, page.text)
    article = run(page.text, url=page.url, lang=lang, rules=rules, hints=page.hints or None)
    if page.evidence and page.traf is not None:
        article = _rescue(article, page.hints)
        article = _fallback(article, page.traf, page.hints)
    article = _captions(article, page.hints)
    article = _appended_in_markup(article, page.hints)
    article = _metadata(article, page.meta, page.traf, page.rendered, page.hints)
    if page.warnings:
        article = dataclasses.replace(article, warnings=(*article.warnings, *page.warnings))
    return article


# Region-level removals that trafilatura's evidence overrides: the line was cut only because of where
# the maximum-sum run ended (a barrier, a gap), not because a rule recognised it as chrome.
_POSITIONAL = frozenset({
    "region.before-main-text", "region.after-main-text", "region.fragment-run", "region.no-main-text",
    "region.appended-article",
})


RESCUE_GAP = 6.0  # how much chrome the walk away from the body may cross (see _rescue)
RESCUE_MIN_WORDS = 15  # a run of lines trafilatura kept is taken back when it has this many words...
RESCUE_MIN_LINE = 8  # ...and one line of at least this many


def _rescue(article: Article, hints: Sequence[str]) -> Article:
    """Extend the body over runs of lines trafilatura kept before or after it.

    The region search may stop at a barrier (a "No reply." matched as a comments heading, a
    "Related" box inside the article) or at a gap; when trafilatura's text goes on there, so does
    ours. Only lines removed for their position are taken back; never a line that is only a link;
    only runs with some prose in them (RESCUE_MIN_WORDS, RESCUE_MIN_LINE). The walk away from the
    body stops when what it crosses weighs more than RESCUE_GAP: a chrome line weighs 1 (0.5 inside
    <article>/<main>), a line trafilatura dropped its words / 20 (at most 1), a run too thin to
    take back 0.5 a line. Above the text the walk stays out of the article's <header>; after it, a
    paragraph trafilatura dropped in the text's own containers joins the run too (`_text_block`,
    rule "html.text-block"), unless an appeal's button closes the run.
    """
    lines = list(article.lines)
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    if not body:
        return article
    changed = False
    text_block = _text_block(lines, hints, body)
    blocked: set[int] = set()  # the lines taken for their containers, not because trafilatura kept them
    # Above the text, the article's <header> holds its headline, standfirst, key points and byline: no
    # line of the text (unless the text itself sits in a <header>)
    unheaded = "header" not in _hint_tokens(hints, body[0])
    for start, step in ((body[0] - 1, -1), (body[-1] + 1, 1)):
        gap = 0.0
        run: list[int] = []
        headline_crossed = False  # past another article's headline, its text is that article's
        position = start
        while gap <= RESCUE_GAP:
            inside = 0 <= position < len(lines)
            line = lines[position] if inside else None
            tokens = _hint_tokens(hints, position) if inside else set()
            if line is not None and line.label is Label.BLANK:
                position += step
                continue
            kept = "tf" in tokens and line is not None and line.rule in _POSITIONAL and not (step < 0 and "header" in tokens and unheaded)
            # (after the text only: above it, a standfirst often shares the paragraphs' markup)
            if not kept and step > 0 and text_block is not None and not headline_crossed and line is not None and line.rule in _TEXT_BLOCK_CUT:
                kept = _in_text_block(lines, hints, position, text_block)
                if kept:
                    blocked.add(position)
            if kept and "link" not in tokens:
                run.append(position)
                headline_crossed = headline_crossed or "h1" in tokens  # another <h1>, kept with its text
                position += step
                continue
            if run and (line is not None and line.label in _APPEALS or _under_appeal(lines, min(run))):
                run = [member for member in run if member not in blocked]  # an appeal's heading and pitch, by its button or label
            if run:  # a run of kept lines ends here: take it back if it has prose in it
                sizes = [len(lines[member].text.split()) for member in run]
                appended = headline_crossed and any(lines[member].rule == "region.appended-article" for member in run)
                if sum(sizes) >= RESCUE_MIN_WORDS and max(sizes) >= RESCUE_MIN_LINE and not appended and not _listed(lines, run):
                    for member in run:
                        old = lines[member]
                        if member in blocked:
                            detail = f"a paragraph in the text's containers ({old.rule} undone)"
                            lines[member] = _relabel(old, Label.BODY, "html.text-block", detail)
                        else:
                            detail = f"trafilatura kept it ({old.rule} undone)"
                            lines[member] = _relabel(old, Label.BODY, "html.trafilatura-agrees", detail)
                    changed = True
                    gap = 0.0
                else:
                    gap += 0.5 * len(run)
                run = []
            if line is None or step > 0 and _counted_comments(line):
                break  # (after the text, a heading that counts the comments: what follows is theirs)
            if "tf" not in tokens and tokens & {"h1", "h2"}:
                headline_crossed = True
            if "tf" in tokens and line.label is Label.BODY:
                gap = 0.0
            elif line.rule in _POSITIONAL or line.rule == "html.trafilatura-dropped":
                gap += min(1.0, len(line.text.split()) / 20)  # a chart's "$900", "billion" weigh little
            elif "article" in tokens or "main" in tokens:
                gap += 0.5
            else:
                gap += 1.0  # chrome a rule recognised
            position += step
    if not changed:
        return article
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(article, body="\n".join(paragraphs), paragraphs=paragraphs, lines=tuple(lines))


def _counted_comments(line: LabelledLine) -> bool:
    """A comments heading with their count ("Comments (2)", "التعليقات (2)"): not a stray "No reply."
    read as one, which the rescue is there to cross."""
    return line.label is Label.COMMENTS and any(char.isdigit() for char in line.text)


def _text_block(lines: Sequence[LabelledLine], hints: Sequence[str], body: Sequence[int]) -> frozenset[str] | None:
    """The markup of the text's paragraphs (their hints but trafilatura's mark): the commonest <p>
    shape among the text's lines, when it holds two of them and a third of the text at least: a
    paragraph trafilatura dropped that sits in the same containers is the text's too (a text split
    into blocks by an ad slot, of which trafilatura keeps the first)."""
    shapes = Counter(frozenset(_hint_tokens(hints, position) - {"tf"}) for position in body)
    paragraphs = [(shape, count) for shape, count in shapes.most_common() if "p" in shape]
    if not paragraphs:
        return None
    shape, count = paragraphs[0]
    # (a bare <p> or a table cell is every block of an old page: no container of the text's own; the
    # text's lists may hold as many lines as its paragraphs)
    return shape if not shape.isdisjoint(_TEXT_CONTAINERS) and count >= 2 and count * 3 >= len(body) else None


_APPEALS = (Label.DONATION, Label.NEWSLETTER, Label.PAYWALL)


def _under_appeal(lines: Sequence[LabelledLine], position: int) -> bool:
    """The line above `position` is an appeal's: "Weiterlesen mit TB+" over its pitch."""
    above = _line_above(lines, position)
    return above is not None and above.label in _APPEALS


def _line_above(lines: Sequence[LabelledLine], position: int) -> LabelledLine | None:
    """The nearest line above `position` that is not blank."""
    return next((line for line in reversed(lines[:position]) if line.label is not Label.BLANK), None)


_TEXT_CONTAINERS = frozenset({"article", "main", "cls:content"})
_TEXT_BLOCK_CUT = _POSITIONAL | {"html.trafilatura-dropped"}  # what the text-block rescue may undo
_HEADINGS = frozenset({"h2", "h3", "h4"})


def _in_text_block(lines: Sequence[LabelledLine], hints: Sequence[str], position: int, block: frozenset[str]) -> bool:
    """A paragraph in the text's containers, or a subheading there right over one."""
    tokens = _hint_tokens(hints, position)
    if tokens == block:
        return _paragraph(lines[position].text)
    heading = tokens & _HEADINGS
    if not heading or tokens - heading != block - {"p"} or len(lines[position].text.split()) > APPENDED_HEADLINE_WORDS * 3:
        return False
    below = next((other for other in range(position + 1, len(lines)) if lines[other].label is not Label.BLANK), None)
    return below is not None and _hint_tokens(hints, below) == block and _paragraph(lines[below].text)


def _listed(lines: Sequence[LabelledLine], run: Sequence[int]) -> bool:
    """The run stands under a "Related news" heading (after the text) and no line of it ends a
    sentence: the box's headlines, which trafilatura kept as text, not paragraphs of the article."""
    above = _line_above(lines, min(run))
    heading = above is not None and above.rule == "lexicon.related"
    return heading and not any(lines[member].text.rstrip()[-1:] in FULL_STOPS for member in run)  # (a teaser may end in its date's bracket)


_MARKUP_ADDED = ("html.subheading", "html.announced-item")


def _fallback(article: Article, traf: Traf, hints: Sequence[str]) -> Article:
    """When our body is empty or shares little with trafilatura's real text, take trafilatura's lines."""
    from .evaluate import bag_f1

    # (what the markup adds to trafilatura's text on purpose, a list it dropped, does not count against us)
    own = "\n".join(line.text for line in article.lines if line.label is Label.BODY and line.rule not in _MARKUP_ADDED)
    agreement = bag_f1(own, traf.text).f1
    if agreement >= FALLBACK_AGREEMENT:
        return article
    if not any(" tf" in f" {hint}" for hint in hints):
        return article
    lines = []
    for line, hint in zip(article.lines, hints):
        kept = "tf" in hint.split()
        if kept and line.label is not Label.BODY and line.label is not Label.BLANK:
            line = _relabel(line, Label.BODY, "html.trafilatura-fallback", f"body shared {agreement:.2f} with trafilatura's")
        elif not kept and line.label is Label.BODY:
            line = _relabel(line, Label.BOILERPLATE, "html.trafilatura-fallback", "trafilatura dropped it")
        lines.append(line)
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(
        article,
        body="\n".join(paragraphs),
        paragraphs=paragraphs,
        lines=tuple(lines),
        warnings=(*article.warnings, f"html: own body shared {agreement:.2f} with trafilatura's; took trafilatura's lines"),
    )


APPENDED_MIN_PARAGRAPHS = 2
APPENDED_PARAGRAPH_WORDS = 12
APPENDED_HEADLINE_WORDS = 4
APPENDED_STAMP_WORDS = 12


def _appended_in_markup(article: Article, hints: Sequence[str]) -> Article:
    """The next article an infinite scroll appended to the page, which the markup shows: an <h1> inside
    an <article> after the text, over paragraphs of the same <article>, whose lines are already out
    of the body (the text's region ended before them); or a second <h1> under the page's own headline
    and text, over its own byline or stamp, whose paragraphs trafilatura kept in the text. They are
    returned apart as an appended article."""
    lines = article.lines
    if article.extra_articles or not any(line.label is Label.BODY for line in lines):
        return article
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    last_body = body[-1]
    appended: list[str] = []
    relabelled = list(lines)
    # A title that links to its own post, over its byline in an <article>: one is the next article
    # (WordPress links its titles); several make a feed of teasers.
    posts = [p for p in range(last_body + 1, len(lines)) if _linked_post(_hint_tokens(hints, lines[p].index), lines, p)]
    # A second <h1> under the text's first paragraph, over its own byline, may head paragraphs
    # trafilatura kept in the text too: they are that article's.
    position = body[0] + 1
    while position < len(lines):
        tokens = _hint_tokens(hints, lines[position].index)
        if position <= last_body and not ("h1" in tokens and _bylined(lines, position) and _second_headline(lines, hints, position)):
            position += 1
            continue
        # Inside an <article>; or, in a CMS without one, over its own byline or date ("كتبت سارة فوزي ...").
        contained = "article" in tokens
        linked = bool(tokens & {"link", "linky"}) and posts != [position]
        headline = len(lines[position].text.split()) >= APPENDED_HEADLINE_WORDS and not linked
        # An <h1>, or an <h2> the site's class calls a title over its byline ("news-title": a CMS that
        # keeps <h1> for the page's first article)
        titled = _title_heading(tokens) and ("h1" in tokens or _bylined(lines, position))
        if not titled or not headline or not (contained or _bylined(lines, position)):
            position += 1
            continue  # a teaser's linked headline in a feed, a share bar set in <h1>s ("Share", "Tweet")
        paragraphs = []
        inside = position <= last_body  # (its paragraphs may be the text's until now)
        following = position + 1
        while following < len(lines):
            below = _hint_tokens(hints, lines[following].index)
            if contained and "article" not in below or _title_heading(below):
                break  # the end of the <article>, or the next article's headline
            line = lines[following]
            if (line.label is not Label.BODY or inside) and _paragraph(line.text):
                paragraphs.append(following)
            following += 1
        if len(paragraphs) >= APPENDED_MIN_PARAGRAPHS:
            # (its short lines after the first paragraph go with it: "Ücretler aynı olacak.")
            paragraphs = sorted({*paragraphs, *(k for k in range(paragraphs[0], following) if lines[k].label is Label.BODY)})
            appended.append("\n".join(lines[number].text for number in paragraphs))
            for number in paragraphs:
                relabelled[number] = _relabel(lines[number], Label.NEXT_ARTICLE, "html.appended-article", "under a second <h1> after the text")
        position = following
    if not appended:
        return article
    return dataclasses.replace(_rebuilt(article, relabelled), extra_articles=tuple(appended))


def _second_headline(lines: Sequence[LabelledLine], hints: Sequence[str], position: int) -> bool:
    """An <h1> under the page's own <h1> and the paragraphs of its text: another article's headline."""
    first = next((number for number in range(position) if "h1" in _hint_tokens(hints, lines[number].index)), None)
    if first is None:
        return False
    between = [line for line in lines[first + 1 : position] if line.label is Label.BODY and _paragraph(line.text)]
    return len(between) >= APPENDED_MIN_PARAGRAPHS


def _title_heading(tokens: set[str]) -> bool:
    """An <h1>, or an <h2> the site's class calls a title."""
    return "h1" in tokens or "h2" in tokens and "cls:title" in tokens


def _linked_post(tokens: set[str], lines: Sequence[LabelledLine], position: int) -> bool:
    """An <article>'s title made of a link, over its byline."""
    return _title_heading(tokens) and "article" in tokens and bool(tokens & {"link", "linky"}) and _bylined(lines, position)


APPENDED_BYLINE_REACH = 2  # lines under an appended article's <h1> where its byline or date stands


def _bylined(lines: Sequence[LabelledLine], position: int) -> bool:
    """A byline or a date right under the line (a short line with a date: "Duarte Figueira 07 out
    2025, 19:40"): an article's header, not a box's title."""
    below = lines[position + 1 : position + 1 + APPENDED_BYLINE_REACH]
    return any(
        line.label in (Label.BYLINE, Label.DATE)
        or len(line.text.split()) <= APPENDED_STAMP_WORDS and dates.parse_date(line.text) is not None
        for line in below
    )


def _hint_tokens(hints: Sequence[str], index: int) -> set[str]:
    """The hint tokens of line `index` ("p", "article", "tf", "cls:share"); none past the hints' end."""
    return set(hints[index].split()) if index < len(hints) else set()


def _paragraph(text: str) -> bool:
    return len(text.split()) >= APPENDED_PARAGRAPH_WORDS and text.rstrip()[-1:] in ".!?؟…\"”»«'"


def _relabel(line: LabelledLine, label: Label, rule: str, detail: str) -> LabelledLine:
    return line._replace(label=label, rule=rule, detail=detail, decisions=(*line.decisions, (label, rule, detail)))


def _captions(article: Article, hints: Sequence[str]) -> Article:
    """Lines the hints labelled as captions (figcaption, class "caption") join `Article.captions`."""
    known = {caption.text for caption in article.captions}
    added: list[Caption] = []
    paired: set[str] = set()  # credit lines taken with the caption above them
    lines = article.lines
    for position, line in enumerate(lines):
        if line.rule != "html.caption" or line.text in known:
            continue
        credit = None
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and following.label is Label.CREDIT:
            credit = captions.credit_name(following.text)  # "Fotoğraf: Emre Kılıçaslan" → the name
            paired.add(following.text)
        added.append(Caption(line.text, credit))
        known.add(line.text)
    if not added:
        return article
    # (a credit line read alone before, as a caption of its own, is its picture's credit)
    kept = tuple(caption for caption in article.captions if caption.text not in paired)
    return dataclasses.replace(article, captions=(*kept, *added))


def _metadata(article: Article, meta: Meta, traf: Traf | None, rendered: Rendered, hints: Sequence[str]) -> Article:
    """HTML metadata fills what the text did not find, and wins where it is more reliable."""
    changes: dict[str, Any] = {}
    title = _html_title(article, meta, traf, rendered, hints)
    if title and title != article.title:
        changes["title"] = title
        if article.subtitle == title or _subtitle_above(article, title):
            # the text took a kicker for the title and the headline for the subtitle, or a line
            # under a masthead it took for the title, above the markup's headline
            article = dataclasses.replace(article, subtitle=None)
        article = _untitle(article, title, hints)
    if title:
        article = _title_out_of_body(article, title)
    if title and article.subtitle in (None, title):
        article = _standfirst_under(article, title, hints)
    if article.subtitle in (None, title):
        article = _lead_standfirst(article, hints)
    # A date in <meta>/JSON-LD (or what htmldate read from the markup) beats one guessed from text.
    if meta.date and not _local_day_shown(meta.date, meta.date_text, article):
        changes["date"], changes["date_text"] = meta.date, meta.date_text
    elif traf and traf.date and _ISO_DATE.match(traf.date):
        if not article.date:
            changes["date"], changes["date_text"] = traf.date[:10], article.date_text or traf.date
    # The markup's author (JSON-LD, <meta name=author>) is the page's own statement: it beats the
    # text's; trafilatura's guess fills a gap only. Either without a byline prefix or a date.
    declared = _writer(meta.author)
    guessed = _writer(traf.author if traf else None)
    if guessed and not byline.name_shaped(guessed):
        # trafilatura's guess runs on: "Sameer Hashmi Mumbai business reporter" keeps the name; the
        # bio under the text ("Jana Körner ist Redakteurin im Ressort ...") names no writer
        guessed = byline.name_before_role(guessed)
    if declared and article.author and _names_all_in(declared, article.author):
        declared = None  # "A, B" from JSON-LD, and the page's byline "A و B": the page's own wording
    elif declared and not article.author:
        declared = _as_written(declared, article.lines) or declared
    linked = meta.linked_authors if not declared and not article.author else None
    linked = linked and _in_header(linked, article.lines)
    written = _marked_byline(article.lines) if not (declared or linked or article.author) else None
    if declared or linked or written or (guessed and not article.author):
        changes["author"] = declared or linked or written or guessed
    site = meta.site or (traf.site if traf else None)
    if not article.site and site:
        changes["site"] = site
    if not article.lang and rendered.html_lang:
        changes["lang"] = rendered.html_lang.split("-")[0].lower()[:3]
    return dataclasses.replace(article, **changes) if changes else article


TITLE_IN_TEXT_LINES = 3
KICKER_WORDS = 6


def _title_out_of_body(article: Article, title: str) -> Article:
    """The headline is no paragraph of the text, even when trafilatura's text starts with it (an
    <h1> inside the <article> it takes for the content, maybe under a breadcrumb it kept too): the
    first body line that is the title, among the first few, goes."""
    lines = list(article.lines)
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    if len(body) < 2:
        return article
    position = next((p for p in body[:TITLE_IN_TEXT_LINES] if lines[p].text.strip() == title), None)
    if position is None:
        return article
    lines[position] = _relabel(lines[position], Label.TITLE, "html.title-in-text", "the headline, at the top of the text")
    # "محليات", "World › Europe": the section's label over it (a writer's name there is the byline's)
    for above in body[: body.index(position)]:
        line = lines[above]
        if len(line.text.split()) <= KICKER_WORDS and line.text.rstrip()[-1:] not in FULL_STOPS and not byline.names_alone(line.text):
            lines[above] = _relabel(line, Label.NAVIGATION, "html.over-title", "a section's label over the headline")
    return _rebuilt(article, lines)


STANDFIRST_WORDS = (6, 60)
HEADED_STANDFIRST_WORDS = 8  # a heading right under the headline this long is its standfirst, not a section's title


def _standfirst_under(article: Article, title: str, hints: Sequence[str]) -> Article:
    """Headline, standfirst, byline: the line between the markup's headline and the byline or date
    (an Argentine "copete", a French "chapô"), or a long heading right under the headline (a Spanish
    "subtítulo" in an <h2>), is the subtitle, even when trafilatura kept it."""
    lines = [line for line in article.lines if line.text.strip()]
    for position, line in enumerate(lines[:-2]):
        if line.text.strip() != title:
            continue
        standfirst, below = lines[position + 1], lines[position + 2]
        low, high = STANDFIRST_WORDS
        words = len(standfirst.text.split())
        tokens = _hint_tokens(hints, standfirst.index)
        headed = bool(tokens & SUBHEADINGS) and words >= HEADED_STANDFIRST_WORDS
        alone = all(other is standfirst or other.label is not Label.BODY for other in article.lines)
        if alone:  # the text's only paragraph, over a blog post's "by Atrios at 09:53": the text
            return article
        if standfirst.label is Label.BODY and (below.label in (Label.BYLINE, Label.DATE) or headed) and low <= words <= high:
            relabelled = [
                _relabel(other, Label.SUBTITLE, "html.standfirst", "between the headline and the byline")
                if other is standfirst else other
                for other in article.lines
            ]
            return dataclasses.replace(_rebuilt(article, relabelled), subtitle=standfirst.text.strip())
        # else the next copy of the headline: the first may be a breadcrumb's ("Home > Interviews > <title>")
    return article


def _lead_standfirst(article: Article, hints: Sequence[str]) -> Article:
    """The text's first paragraph in a standfirst's own class ("article-lead", "chapo", "dek"), the
    next one not, is the subtitle: the site marks it apart from the text it sums up."""
    body = [position for position, line in enumerate(article.lines) if line.label is Label.BODY and line.text.strip()]
    if len(body) < 2:
        return article
    lead, following = article.lines[body[0]], article.lines[body[1]]
    low, high = STANDFIRST_WORDS
    if (
        "cls:lead" not in _hint_tokens(hints, lead.index)
        or "cls:lead" in _hint_tokens(hints, following.index)
        or not low <= len(lead.text.split()) <= high
    ):
        return article
    lines = list(article.lines)
    lines[body[0]] = _relabel(lead, Label.SUBTITLE, "html.lead-class", "the first paragraph, in a standfirst's class")
    return dataclasses.replace(_rebuilt(article, lines), subtitle=lead.text.strip())


_UTC_STAMP = regex.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _marked_byline(lines: Sequence[LabelledLine]) -> str | None:
    """The writer named on the line the markup calls a byline ("Par Claire Vasseur (Crest, Drôme,
    envoyée spéciale)"), when the text found none above it (the line stands under a paywall's
    notice): read as a byline, it beats trafilatura's guess ("Par Claire Vasseur Crest; Drôme; ...")."""
    for line in lines:
        if line.rule == "html.byline":
            name = _writer(byline.byline_author(normalize.fold(line.text), line.text, len(line.text.split())))
            if name:
                return name
    return None


def _local_day_shown(declared: str, stamp: str | None, article: Article) -> bool:
    """The markup's time is in UTC ("2024-02-13T21:12:00Z") and the page shows the day before or
    after it ("Posted Wed 14 Feb 2024 at 5:12am"): the page's day is the local one, the article's.
    Not when the text's stamp shows the markup's day as well: the date read is the update's
    ("February 24, 2025 Updated on: February 25, 2025")."""
    shown = article.date
    if not shown or shown == declared or not stamp or not _UTC_STAMP.search(stamp.strip()):
        return False
    shown_on = [line.text for line in article.lines if article.date_text and article.date_text in line.text]
    if any(found.iso == declared for text in shown_on for found in dates.find_dates(text)):
        return False  # the stamp's line shows both days
    try:
        apart = abs((datetime.date.fromisoformat(shown) - datetime.date.fromisoformat(declared)).days)
    except ValueError:
        return False
    return apart == 1


def _writer(name: str | None) -> str | None:
    """A name the markup or trafilatura gives, without prefix or date; None for a desk or an outlet
    ("فريق التحرير", "Redacción"): no person signs."""
    cleaned = byline.clean_author(name) if name else None
    if not cleaned or byline.is_desk(cleaned):
        return None
    if byline.names_outlet(normalize.fold(cleaned)) and not byline.bare_name(cleaned):
        return None  # (in a script with capitals a name may hold such a word: "Emily Post")
    return cleaned


_JOINED_NAMES = regex.compile(rf"\s+(?:{byline.JOINING_WORDS}|&|و)\s+|\s*[,،]\s*")
BYLINE_LINE_WORDS = 25


def _as_written(declared: str, lines: Sequence[LabelledLine]) -> str | None:
    """The markup's names ("Lucía Ferrer, Andrés Molina") as a short line out of the text joins them
    ("Lucía Ferrer y Andrés Molina València 10/03/2025 07:45"), else None."""
    names = _listed_names(declared)
    if len(names) < 2:
        return None
    for line in lines:
        if line.label is Label.BODY or len(line.text.split()) > BYLINE_LINE_WORDS:
            continue  # (a header line, whatever took it: a byline, a date, a stamp of "items | date")
        start, end = line.text.find(names[0]), line.text.find(names[-1])
        if start < 0 or end <= start:
            continue
        span = line.text[start : end + len(names[-1])]
        if [name.strip() for name in _JOINED_NAMES.split(span)] == names:
            return span
    return None


def _in_header(linked: str, lines: Sequence[LabelledLine]) -> str | None:
    """The names linked to writers' pages as a short line above the text shows them ("Lucía Ferrer y
    Daniel Oliván Calanda 27/07/2025"), else None: a link in a sidebar's list names no writer here."""
    names = _listed_names(linked)
    for line in lines:
        if line.label is Label.BODY:
            return None
        if len(line.text.split()) <= BYLINE_LINE_WORDS and all(name in line.text for name in names):
            return _as_written(linked, [line]) or names[0]
    return None


def _names_all_in(declared: str, written: str) -> bool:
    """Whether each of several names the markup lists ("ليلى حداد, كريم منصور") stands in the byline."""
    names = _listed_names(declared)
    return len(names) > 1 and all(name in written for name in names)


def _listed_names(declared: str) -> list[str]:
    """The names the markup lists with commas: "Lucía Ferrer, Andrés Molina" → both."""
    return [name.strip() for name in declared.split(",") if name.strip()]


def _untitle(article: Article, title: str, hints: Sequence[str]) -> Article:
    """A line the text took for the title is body again when the markup names another headline and
    trafilatura kept the line in its text (a first paragraph that reads like a headline)."""
    lines = list(article.lines)
    changed = False
    headline_at = next((position for position, line in enumerate(lines) if line.text.strip() == title), None)
    for position, (line, hint) in enumerate(zip(lines, hints)):
        if line.rule == "segment.title" and line.text != title and "tf" in hint.split() and len(line.text.split()) >= 10:
            if headline_at is not None and position < headline_at:
                # above the headline: a sidebar's teaser trafilatura kept, no paragraph of the text
                lines[position] = _relabel(line, Label.BOILERPLATE, "html.above-headline", "a line above the headline the markup names")
            elif any(rule == "html.caption" for _, rule, _ in line.decisions):
                lines[position] = _relabel(line, Label.CAPTION, "html.caption", "not the headline the markup names: a caption, as its markup says")
            else:
                lines[position] = _relabel(line, Label.BODY, "html.trafilatura-agrees", "not the headline the markup names")
            changed = True
    return _rebuilt(article, lines) if changed else article


def _subtitle_above(article: Article, title: str) -> bool:
    """The text's subtitle is a line above the markup's headline: no standfirst of it."""
    positions = [line.text.strip() for line in article.lines]
    if article.subtitle not in positions or title not in positions:
        return False
    return positions.index(article.subtitle) < positions.index(title)


def _rebuilt(article: Article, lines: list[LabelledLine]) -> Article:
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(article, body="\n".join(paragraphs), paragraphs=paragraphs, lines=tuple(lines))


HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.5  # "<site> :: <headline>": the headline is most of the title


def _html_title(article: Article, meta: Meta, traf: Traf | None, rendered: Rendered, hints: Sequence[str]) -> str | None:
    """The headline: the <h1> the metadata confirms, else the metadata's headline, else the text's title."""
    from .normalize import fold

    references = [ref for ref in (meta.headline, meta.og_title, traf.title if traf else None, meta.title) if ref]
    folded = [fold(ref) for ref in references]
    page_title = fold(meta.title) if meta.title else ""
    social = fold(meta.og_title) if meta.og_title else ""
    for line, hint in zip(rendered.lines, hints):
        if "h1" in hint.split() and len(line) <= 300:
            key = fold(line)
            if social and social in page_title and key in page_title and key not in social and social not in key:
                continue  # the logo's <h1> ("بوابة الثغر"): <title> is "<site> | <og:title>"
            if key and any(key in ref for ref in folded):
                return line
    if article.title and any(fold(article.title) in ref for ref in folded):
        return article.title
    # The text's headline is the page's <h1>, which no metadata repeats: the metadata carries a
    # headline written for search engines and feeds ("headline" in JSON-LD), the reader sees this one.
    # (not the logo's <h1>, "<site> – News, Apps, Games", nor an <h1> that holds the metadata's
    # headline under a kicker: "Lärmschutz Leipzig testet ...")
    site = fold(meta.site) if meta.site else None
    shown = fold(article.title) if article.title else ""
    if shown and len(article.title.split()) >= HEADLINE_MIN_WORDS and not (site and site in shown) and not any(ref in shown for ref in folded) and any(
        line == article.title and "h1" in hint.split() for line, hint in zip(rendered.lines, hints)
    ):
        return article.title
    if not meta.headline:  # no <h1>: the line of the text that <title> holds, its site's name aside
        for line in rendered.lines:
            key = fold(line)
            if len(line.split()) >= HEADLINE_MIN_WORDS and any(key in ref and len(key) >= HEADLINE_SHARE * len(ref) for ref in folded):
                return line.strip()
    for candidate in (meta.headline, traf.title if traf else None, meta.og_title):
        if candidate:
            return candidate
    return article.title or meta.title
