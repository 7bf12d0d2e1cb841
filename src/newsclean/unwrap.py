"""Hard-wrapped text: join the lines a tool broke at a fixed width back into one line per block.

Text browsers (`lynx -dump`, `w3m -dump`, `links -dump`), `html2text`, `fmt`/`fold` and the plain-text
part of e-mails break every paragraph at a fixed width (72 to 80 columns, most often). The rules read
one block per line: a paragraph cut into five short lines looks like five fragments, and a title cut
in two is no title. So a page that is wrapped has its wrapped lines joined first.

A page is wrapped when its lines stop at a width like a cliff (no line with spaces is longer, and
many end just short of it) and, where they do, the next line's first word would not have fit: a
tool that wraps greedily breaks only there. A normal scrape (one block a line, any length) shows
neither. In a wrapped page, a line joins the one above when that one ends short of the width by less
than the line's first word, the line is not indented less, it does not start a list item and it has
a letter: a heading, a short line, a menu item, a bullet or a heading's underline keeps its own line.
"""

from __future__ import annotations

import re

MIN_WIDTH = 24  # narrower lines are a column of short items, not a wrapped text (a newspaper column: 25 to 45)
MAX_WIDTH = 100  # tools wrap for a terminal or a mail reader: 72 to 80 columns, rarely more
BAND = 12  # a wrapped line ends at most this many characters short of the width...
MIN_WRAPS = 8  # ...and a wrapped page has at least this many lines cut so...
MIN_SHARE = 0.8  # ...which make most of the lines that end in that band before another line
MIN_SPACES = 3  # lines of words: a wrapped line holds four at least (Chinese and Japanese wrap without spaces)
OUTLIERS = 0.02  # lines longer than any width (a word too long to wrap), as a share of lines
WIDTH_TRIES = 8  # the longest lengths tried as the width

_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"://|\bwww\.")  # a link list's line: a URL is never broken, it may pass the width
# A line that opens a block: a bullet (lynx writes "*" and "+") or a number ("3.", "3)").
_ITEM = re.compile(r"\s*(?:[*+•·‣◦▪–—-]\s|\d{1,3}[.)]\s)")


def unwrap(text: str) -> str:
    """`text` with its wrapped paragraphs joined, one line each; `text` itself when it is not wrapped."""
    lines = text.splitlines()
    width = wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    previous = ""  # the last source line of the block being built
    for line in lines:
        if out and previous.strip() and line.strip() and _continues(previous, line, width):
            out[-1] += " " + line.strip()
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def wrap_width(lines: list[str]) -> int | None:
    """The width the page's lines were wrapped at, or None when they were not wrapped."""
    lengths = sorted(
        (len(line.rstrip()) for line in lines if line.strip().count(" ") >= MIN_SPACES and not _URL.search(line)),
        reverse=True,
    )
    if len(lengths) < MIN_WRAPS or lengths[int(len(lengths) * OUTLIERS)] > MAX_WIDTH:
        return None  # (nearly every page: a paragraph on one line is longer than a terminal)
    # The width is one of the longest lengths: the longest, unless a line the tool left whole (a
    # heading, a button bar) passes it.
    widths = sorted({length for length in lengths[: max(WIDTH_TRIES, len(lengths) // 20)] if length >= MIN_WIDTH}, reverse=True)
    return next((width for width in widths[:WIDTH_TRIES] if _cut_at(lines, width)), None)


def _cut_at(lines: list[str], width: int) -> bool:
    """Most lines that end near `width` before another line end there because the next word would
    not have fit."""
    near = cut = 0
    seen: set[str] = set()  # a template's lines (a product tile's, "Free shipping on orders $60+") count once
    for line, following in zip(lines, lines[1:]):
        if width - BAND <= len(line.rstrip()) <= width and following.strip():
            shape = _DIGITS.sub("0", line.strip())
            if shape in seen:
                continue
            seen.add(shape)
            near += 1
            cut += _no_room(line, following, width)
    return cut >= MIN_WRAPS and cut >= MIN_SHARE * near


def _no_room(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fit at the end of this one."""
    return len(line.rstrip()) + 1 + len(following.split(None, 1)[0]) > width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(previous: str, line: str, width: int) -> bool:
    """`line` carries on the block `previous` was cut from."""
    return (
        _no_room(previous, line, width)
        and _indent(line) >= _indent(previous)
        and not _ITEM.match(line)
        and _LETTER.search(line) is not None  # a rule under a heading ("=====", "-----") is no text
    )
