"""Markdown in, lines and hints out: a page that an HTML-to-Markdown tool wrote (Jina Reader,
Firecrawl, html2text, markdownify, Pandoc, trafilatura's Markdown output), read by its blocks.

    >>> page = render_markdown("# Headline\\n\\nBy [Jane Doe](/authors/jane)\\n\\n*   [Home](/)")
    >>> page.lines, page.hints
    (['Headline', 'By Jane Doe', '- Home'], ['h1', 'p linky', 'li link'])

Why a reader of its own: a Markdown scrape holds the page's structure in its markup ("# " headings,
"*   [Home](/)" menus, "![...](...)" pictures) and its lines are full of it ("By [Jane Doe](/a/jd)"),
which the plain-text rules would read as words. markdown-it-py (CommonMark, with tables) parses the
page; each block becomes one line with its markup taken out (a link's text stays, its address goes;
a picture alone goes; a list item keeps "- " or "1. "), and gets a hint in the words the HTML path
uses ("h1", "li", "link" when all of it is link text, "linky" when half), so the same rules
(`rules/hints.py`) read both. A table gives a line a row, its cells joined with " | ", as the HTML
renderer writes them.

Jina Reader puts a header above the page ("Title: ...", "URL Source: ...", "Published Time: ...",
"Markdown Content:"): its fields are read apart (`Rendered.fields`), not as lines of the page.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # (the HTML package is imported when a page is Markdown, not to tell whether it is)
    from .html.meta import Meta
    from .types import Article

SAMPLE_CHARS = 200_000  # the start of the page that is looked at (and its end, for link references)
MIN_LINK_LINES = 3  # a page with this many lines of link syntax, and a heading, is Markdown
MANY_LINK_LINES = 8  # ...or this many without a heading
MIN_HEADINGS = 2  # ...or this many "# " headings, one of them "## " or deeper (trafilatura writes no links)
MIN_REFERENCES = 3  # ...or this many link references ("[12]: https://...", html2text's)
BLANK_SHARE = 0.25  # converters set blocks apart with blank lines: at least this share of the lines
_LINK = re.compile(r"!?\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_SUBHEADING = re.compile(r"^#{2,6}[ \t]+\S", re.M)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+", re.M)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)  # "|---|:---:|": a table's header rule
_PICTURE = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\s]+[^)\n]*\)\s*$", re.M)  # "![alt](https://...)" alone on its line
# Jina Reader's header: "Title: ...", "URL Source: https://...", "Published Time: ...", "Markdown Content:"
_FIELD = re.compile(r"^(Title|URL Source|Published Time|Warning|Markdown Content):[ \t]*(.*)$")


class Rendered(NamedTuple):
    """A Markdown page as lines, one hint per line, the fields of a Jina Reader header, the writers
    its first block of links to writers' pages names ("[Jane Doe](/author/jane-doe)"), and the
    captions its pictures' alt texts tell ("![Image 3: <caption>](...)" over "<caption> <credit>")."""

    lines: list[str]
    hints: list[str]
    fields: dict[str, str]
    writers: str | None = None
    captions: tuple[tuple[str, str | None], ...] = ()


def looks_like_markdown(text: str) -> bool:
    """A page an HTML-to-Markdown tool wrote: Jina Reader's header, or lines of link syntax
    ("[Home](https://...)", "![alt](...)") with a "# " heading, or many of them, or "# " headings
    ("## " among them), or a picture alone on its line, or a table's "|---|---|" rule, or link
    references ("[12]: https://...").
    Plain scrapes hold none."""
    head = text[:5000]
    if "\nMarkdown Content:" in head or head.startswith("Title:") and "\nURL Source:" in head:
        return True
    sample = text[:SAMPLE_CHARS]  # (a page's menus and header, where the markup shows, come first)
    link_lines = 0
    for line in sample.splitlines():
        if "](" in line and _LINK.search(line):
            link_lines += 1
            if link_lines >= MANY_LINK_LINES:
                return True
    if link_lines >= MIN_LINK_LINES and _HEADING.search(sample) is not None:
        return True
    if _PICTURE.search(sample) is not None:
        return True  # a picture's syntax alone on its line: no plain scrape writes one
    # Headings and tables need the blocks set apart by blank lines, as converters write them: a plain
    # scrape (one block a line) may quote Markdown ("## The Concept" in a post about prompts).
    lines = sample.splitlines()
    spaced = sum(1 for line in lines if not line.strip()) >= BLANK_SHARE * len(lines)
    if spaced and len(_HEADING.findall(sample)) >= MIN_HEADINGS and _SUBHEADING.search(sample) is not None:
        return True
    if spaced and _TABLE_RULE.search(sample) is not None:
        return True
    return len(_REFERENCE.findall(text, len(text) - SAMPLE_CHARS if len(text) > SAMPLE_CHARS else 0)) >= MIN_REFERENCES  # (listed at the end)


def _header_fields(text: str) -> tuple[dict[str, str], str]:
    """The fields of a Jina Reader header at the top, and the page under it."""
    fields: dict[str, str] = {}
    lines = text.splitlines()
    position = 0
    while position < len(lines):
        line = lines[position]
        found = _FIELD.match(line)
        if found is None and line.strip():
            break
        position += 1
        if found is not None:
            fields[found.group(1)] = found.group(2).strip()
            if found.group(1) == "Markdown Content":
                break
    if "Markdown Content" not in fields and "URL Source" not in fields:
        return {}, text  # a "Title: ..." line alone is the page's own
    return fields, "\n".join(lines[position:])


def _front_matter(text: str) -> tuple[list[str], str]:
    """A "---" / "key: value" / "---" header at the top (trafilatura's markdown with its metadata): its
    lines as they are, for the pipeline's `rules/front_matter` (which tells it the same way,
    `header_end`), and the page under it."""
    from .rules.front_matter import header_end

    lines = text.splitlines()
    close = header_end(lines)
    if close is None:
        return [], text
    return lines[: close + 1], "\n".join(lines[close + 1 :])


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def render_markdown(text: str) -> Rendered:
    """One line per block of the page, its markup taken out, and its hint."""
    from .html.render import LINKY_SHARE

    fields, text = _header_fields(text)
    front, text = _front_matter(text)
    tokens = _parser().parse(text)
    lines: list[str] = [line.strip() for line in front]
    hints: list[str] = [""] * len(front)
    kinds: list[str] = []  # the open blocks around a token: "ul", "ol", "blockquote", "table"
    numbers: list[int] = []  # the next number of each open ordered list
    item: str | None = None  # the marker of a list item whose first block has not been written yet
    heading = ""
    writers: str | None = None
    cells: list[str] = []  # the cells of the table row being read
    alt = ""  # the alt text of the picture right above, when it is a caption's words
    captions: list[tuple[str, str | None]] = []  # a picture's alt text opening the line under it, and the credit after it
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            kinds.append(token.tag)
            numbers.append(int(token.attrGet("start") or 1) if token.tag == "ol" else 0)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            kinds.pop()
            numbers.pop()
        elif kind == "list_item_close":
            item = None  # (an item of a picture alone gives no line: its marker goes with it)
        elif kind == "list_item_open":
            if kinds and kinds[-1] == "ol":
                item = f"{numbers[-1]}. "
                numbers[-1] += 1
            else:
                item = "- "
        elif kind in ("blockquote_open", "table_open"):
            kinds.append(token.tag)
        elif kind in ("blockquote_close", "table_close"):
            kinds.pop()
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":  # one line a row, its cells joined with " | " as the HTML renderer writes them
            if any(cells):
                lines.append(" | ".join(cells))
                hints.append("table tr")
        elif kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = ""
        elif kind in ("fence", "code_block"):
            for row in token.content.splitlines():
                if row.strip():
                    lines.append(row.rstrip())
                    hints.append("pre")
        elif kind == "inline" and "table" in kinds:
            cells.append(" ".join(text for text, _ in _inline_lines(token)))
        elif kind == "inline":
            writers = writers or _writers(token)
            parts = _inline_lines(token)
            if not any(text for text, _ in parts):
                alt = _picture_alt(token)  # a picture alone: its alt text may open its caption, next
                continue
            for text_part, linked in parts:
                if not text_part:
                    continue
                tags = [heading or ("li" if item is not None or "ul" in kinds or "ol" in kinds else "p")]
                if alt and text_part.startswith(alt) and not heading:  # "<alt> <credit>": the picture's caption
                    tags.append("figcaption")
                    credit = text_part[len(alt) :].strip(" -–—|/©()")
                    captions.append((alt.rstrip(" -–—|:"), credit or None))
                alt = ""
                if "blockquote" in kinds:
                    tags.append("blockquote")
                share = linked / len(text_part)
                if share >= 1:
                    tags.append("link")
                elif share >= LINKY_SHARE:
                    tags.append("linky")
                lines.append(f"{item}{text_part}" if item is not None else text_part)
                hints.append(" ".join(tags))
                item = None
        # (a thematic break, "* * *", and raw HTML blocks give no line)
    return Rendered(lines, hints, fields, writers, tuple(captions))


ALT_CAPTION_WORDS = 3  # a picture's alt text this long, opening the line under it, makes that line its caption
_ALT_NUMBER = re.compile(r"^(?:Image|Imagen|Bild|Immagine|Imagem)\s+\d+\s*:\s*", re.I)  # Jina Reader's "Image 3: "


def _picture_alt(token: Any) -> str:
    """The alt text of a block that is one picture, without Jina Reader's "Image 3: ", when it is a
    caption's length; else ""."""
    pictures = [child for child in token.children or () if child.type == "image"]
    if len(pictures) != 1:
        return ""
    alt = _ALT_NUMBER.sub("", " ".join(pictures[0].content.split()))
    return alt if len(alt.split()) >= ALT_CAPTION_WORDS else ""


def _writers(token: Any) -> str | None:
    """The names a block links to writers' pages ("[Jane Doe](/author/jane-doe) and [Tom Ruiz](...)"),
    comma-joined, as the HTML path reads `<a href="/author/...">` (`html.meta.writer_link`)."""
    from .html.meta import MAX_LINKED_AUTHORS, writer_link

    names: list[str] = []
    href, rel, text = "", "", []
    for child in token.children or ():
        if child.type == "link_open":
            href, rel, text = str(child.attrGet("href") or ""), str(child.attrGet("rel") or ""), []
        elif child.type in ("text", "code_inline") and href:
            text.append(child.content)
        elif child.type == "link_close" and href:
            name = " ".join("".join(text).split())
            if writer_link(href, rel, lambda: name) and name not in names:
                names.append(name)
            href = ""
    return ", ".join(names) if 1 <= len(names) <= MAX_LINKED_AUTHORS else None


NARROWEST_WRAP = 72  # the narrowest width converters wrap paragraphs at (Pandoc 72, html2text 78)
WIDEST_WRAP = 80  # ...and the widest: a longer line was never wrapped


def _wrapped(line: str, following: str) -> bool:
    """Whether a paragraph's source line ends where a converter wrapped it: the next line's first word
    would not have fit on it, and it is no longer than a wrapped line can be. Else the newline ends a
    block (tools that write one block a line, no blank line between)."""
    words = following.split()
    return len(line) <= WIDEST_WRAP and len(line) + 1 + (len(words[0]) if words else 0) > NARROWEST_WRAP


def _inline_lines(token: Any) -> list[tuple[str, int]]:
    """The text of an inline token, split at its hard breaks and at the newlines that end a block
    rather than wrap a paragraph (`_wrapped`), with how many of its characters are link text;
    pictures give none (their alt text is no line of the page)."""
    source = (token.content or "").split("\n")  # the block's source lines, one per break
    parts: list[tuple[str, int]] = []
    chunks: list[str] = []
    linked = 0
    inside_link = 0
    breaks = 0
    for child in token.children or ():
        kind = child.type
        if kind == "link_open":
            inside_link += 1
        elif kind == "link_close":
            inside_link = max(0, inside_link - 1)
        elif kind in ("text", "code_inline"):
            chunks.append(child.content)
            if inside_link:
                linked += len(child.content.strip())
        elif kind in ("softbreak", "hardbreak"):
            line, following = (source[breaks], source[breaks + 1]) if breaks + 1 < len(source) else ("", "")
            breaks += 1
            if kind == "softbreak" and _wrapped(line, following):
                chunks.append(" ")  # a paragraph wrapped at its width: one line
            else:
                parts.append((" ".join("".join(chunks).split()), linked))
                chunks, linked = [], 0
    parts.append((" ".join("".join(chunks).split()), linked))
    return [(text, min(linked, len(text))) for text, linked in parts]


def _header_meta(fields: dict[str, str]) -> Meta:
    """The Jina Reader header as the HTML path's page metadata: the title, the URL, the date."""
    from .html.meta import Meta, iso_date
    from .metadata import dates

    stamp = fields.get("Published Time", "")
    date = iso_date(stamp)
    if date is None and stamp:  # "Tue, 12 Mar 2025 09:30:00 GMT"
        parsed = dates.parse_date(stamp)
        date = parsed.iso if parsed is not None else None
    url = fields.get("URL Source") or None
    return Meta(title=fields.get("Title") or None, date=date, date_text=stamp if date else None, url=url if url and url.startswith("http") else None)


def clean_markdown(text: str, *, url: str | None = None, lang: str | None = None, rules: Any = None) -> Article:
    """Clean one Markdown page: its blocks as lines with their hints through the pipeline, then the
    title, standfirst, writer and date merged as for an HTML page (`html.fields`), with the Jina
    Reader header's fields as the page's metadata."""
    from .html.fields import _metadata
    from .html.render import Rendered as Lines
    from .pipeline import run
    from .types import Caption

    page = render_markdown(text)
    meta = _header_meta(page.fields)
    headings = [line for line, hint in zip(page.lines, page.hints) if hint.split()[:1] == ["h1"]]
    if meta.title is None and len(headings) == 1:  # the page's one "# " heading: its title, as an <h1> with its <title>
        meta = meta._replace(title=headings[0])
    url = url or meta.url
    if rules is not None and hasattr(rules, "pick"):  # a RuleSet: the site's rules, by URL or page text
        rules = rules.pick(url, "\n".join(page.lines))
    article = run("\n".join(page.lines), url=url, lang=lang, rules=rules, hints=page.hints or None)
    meta = meta._replace(linked_authors=page.writers)
    article = _metadata(article, meta, None, Lines(page.lines, page.hints, None), page.hints)
    # (a caption the text found on the line, with its labelled credit, is that line's: "<alt> أمس (تصوير: ...)")
    told = [
        Caption(text, credit) for text, credit in page.captions
        if not any(caption.text.startswith(text) or text.startswith(caption.text) for caption in article.captions)
    ]
    return dataclasses.replace(article, captions=(*article.captions, *told)) if told else article
