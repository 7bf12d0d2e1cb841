"""The site's name: from the page's address, or the masthead's name that the copyright line repeats.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from ..lines import Line
from ..metadata import byline
from ..normalize import fold
from ..page import Page


MASTHEAD_MAX_WORDS = 6  # a site's name, as the masthead shows it ("La Voix du Val de Saône")


def is_masthead_name(page: Page, name: str, *, short: bool = False) -> bool:
    """Whether `name` (as written or folded) is the masthead's name that the copyright line repeats;
    `short`: or the masthead writes it in full ("الياسمين" of "صحيفة الياسمين السورية")."""
    masthead = _masthead_name(page)
    if masthead is None:
        return False
    return fold(name) == fold(masthead) or short and in_full(fold(name).strip(), fold(masthead))


def _masthead_name(page: Page) -> str | None:
    """The site's name when no URL gives it: a short line above the article (the masthead) that the
    copyright line repeats ("نبض مصر" ... "© نبض مصر 2026")."""
    copyright_lines = [line.key for line in page.lines if _copyright(line)]
    if not copyright_lines:
        return None
    # The name opens the line, or stands right after the sign or the year, or right before them:
    # "أفق تونس - جميع الحقوق محفوظة 2025", "© 2025 The Courier",
    # "جميع الحقوق محفوظة © 2026 نبض مصر", "The Courier © 2025"; else after a word naming an outlet,
    # as in "جميع الحقوق محفوظة لموقع نبض عمّان الإخباري © 2026".
    after, before = [], []
    for key in copyright_lines:
        for mark in _COPYRIGHT.finditer(key):
            after.append(_NOT_WORD_EDGE.sub("", key[mark.end() :]))
            before.append(_NOT_WORD_EDGE.sub("", key[: mark.start()][::-1])[::-1])
    end = page.region[0] if page.region else len(page.lines)
    names = [name for line in page.lines[:end] if (name := _masthead_line(line)) is not None]
    for line in names:
        if line.words == 1 and set(line.tokens) <= page.stopwords:
            # one word the language uses everywhere ("اليوم"), unless an outlet's word names it, or the
            # copyright line gives it alone, closed by a stop ("© 2025 الساحة. جميع الحقوق محفوظة") or
            # before the sign with nothing ahead of it ("الساحل © 2025 ...")
            if any(_name_closed(text, line.key) for text in after) or line.key in before:
                return _as_written(page, line.text.strip(" -–—|:"))
            continue
        # (the copyright line may leave out the masthead's article: "The Northern Ledger" over
        # "© 2025 Northern Ledger Media Ltd.")
        for key in {line.key, _ARTICLE.sub("", line.key)}:
            # (or ends it with a proclitic glued to it: "© 2024 جميع الحقوق محفوظة لصوت الأطلس")
            if key and (
                any(_starts_with_word(text, key) for text in (*after, *copyright_lines))
                or any(_ends_with_word(text, key) for text in before)
                or any(_glued_at_end(text, key) for text in copyright_lines)
            ):
                return _as_written(page, line.text.strip(" -–—|:"))
    for line in names:
        if any(_named_outlet(key, line.key) for key in copyright_lines):
            return _as_written(page, line.text.strip(" -–—|:"))  # "© 2025 جريدة الساحل"
    # The footer's other lines: "نبض الأطلس - جريدة إلكترونية مغربية" over "© 2025 جميع الحقوق
    # محفوظة", "Sunline News acknowledges ..." over "© 2025 Sunline Media Pty Ltd.", or the
    # newsroom's address, "newsdesk@severnsideecho.co.uk" under "Severnside Echo".
    # (the last copyright line's neighbours: the page's footer, a few lines whatever the page's length)
    mark = next((position for position in range(len(page.lines) - 1, -1, -1) if _copyright(page.lines[position])), None)
    around = range(mark - FOOTER_REACH, mark + FOOTER_REACH + 1) if mark is not None else range(0)
    footer = [page.lines[position] for position in around if position != mark and 0 <= position < len(page.lines) and page.lines[position].removed]
    domains = {found.group(1) for line in footer for found in _DOMAIN.finditer(line.text.lower())}
    for line in names:
        if line.words > FOOTER_NAME_WORDS:
            continue  # (a headline in a list near the footer is longer than a name)
        squashed = "".join(char for char in line.key if char.isalnum())
        # (a name of two words or more may open a sentence of the footer: "Sunline News acknowledges ...")
        # (more than the name: the name alone there is a list's item, a headline shown again)
        opens = any(
            other.key.strip() != line.key.strip() and (_name_closed(other.key, line.key) or line.words > 1 and _starts_with_word(other.key, line.key))
            for other in footer
        )
        if opens or line.words > 1 and squashed in domains:
            return _as_written(page, line.text.strip(" -–—|:"))
    return None


FOOTER_REACH = 3  # lines around the copyright line that are the footer's
FOOTER_NAME_WORDS = 4  # a name the footer's other lines confirm ("Sunline News", "نبض الأطلس")
_DOMAIN = regex.compile(r"(?:@|www\.|://)([a-z0-9-]+)\.")  # the site's own name in an address: "newsdesk@severnsideecho.co.uk"


def _as_written(page: Page, name: str) -> str:
    """The name as the page writes it elsewhere when the masthead sets it in capitals: "KËR INFO"
    over "© 2025 Kër Info. Tous droits réservés."."""
    if name != name.upper() or name == name.lower():
        return name
    pattern = regex.compile(rf"(?<!\w){regex.escape(name)}(?!\w)", regex.IGNORECASE)
    for line in page.lines:
        found = pattern.search(line.text)
        if found is not None and found.group() != name:
            return found.group()
    return name


def _copyright(line: Line) -> bool:
    """The footer's copyright line, whatever lexicon took it ("© 2026 Site – Mentions légales – ...
    Politique de cookies" is the cookie lexicon's)."""
    return line.rule == "lexicon.footer" or (line.removed and "©" in line.text)


def _masthead_line(line: Line) -> Line | None:
    """A short line the main-text search left out above the article: the site's name can be one (or
    the name before the bar over its tagline, "بوابة قرطاج | أخبار تونس لحظة بلحظة"). Not a menu
    entry, a date or a year."""
    if not line.removed or _mostly_digits(line):
        return None
    # a name holding a menu's word ("Mkondo News") is the lexicon's navigation, and still a name
    if not all(rule.startswith("region.") or (rule == "lexicon.navigation" and line.words > 1) for _, rule, _ in line.decisions):
        return None
    if line.text.count(" | ") == 1:
        name = Line.of(line.index, line.text.partition(" | ")[0])
        return name if 1 <= name.words <= MASTHEAD_MAX_WORDS and not _mostly_digits(name) else None
    return line if 1 <= line.words <= MASTHEAD_MAX_WORDS else None


_ARTICLE = regex.compile(r"^(?:(?:the|le|la|les)\s+|l['’])(?=\w)")  # a masthead's article: "The", "Le", "L'" (not "Theatre")
_COPYRIGHT = regex.compile(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b")
_NOT_WORD_EDGE = regex.compile(r"^\W+")


def _starts_with_word(text: str, name: str) -> bool:
    """`text` starts with `name` as whole words."""
    return text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum())


def _name_closed(text: str, name: str) -> bool:
    """`text` starts with `name`, then a stop or a bar ("الساحه. جميع ..."), not another word."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :].lstrip()
    return not rest or rest[0] in ".|-–—,،"


_PROCLITICS = frozenset("لوب")  # Arabic letters written onto the next word: "محفوظة لشبكة ..." (for the network)


def _ends_with_word(text: str, name: str) -> bool:
    """`text` ends with `name` as whole words, or with an Arabic proclitic glued to its first word
    ("محفوظة للزيتونة نت": "ل" on "الزيتونة" drops the article's alef)."""
    if name.startswith("ال") and text.endswith("لل" + name[2:]):
        head = text[: len(text) - len(name)]
        return not head or not head[-1].isalnum()
    if not text.endswith(name):
        return False
    head = text[: len(text) - len(name)]
    if not head or not head[-1].isalnum():
        return True
    return head[-1] in _PROCLITICS and (len(head) == 1 or not head[-2].isalnum())


def _glued_at_end(text: str, name: str) -> bool:
    """`text` ends with `name`, an Arabic proclitic glued to its first word ("محفوظة لصوت الأطلس");
    not a name after a hyphen ("University of Wisconsin-Stevens Point")."""
    head = text[: len(text) - len(name)] if text.endswith(name) else ""
    return head[-1:] in _PROCLITICS and (len(head) == 1 or not head[-2].isalnum())


def _named_outlet(text: str, name: str) -> bool:
    """`name` stands in `text` as whole words right after a word naming an outlet, an Arabic proclitic
    on it allowed ("محفوظة لموقع نبض عمّان الإخباري"), or a name whose own last word names an outlet
    ("محفوظة لشبكة الرافدين بوست الإعلامية"); not a place inside a longer name ("University of
    Wisconsin-Stevens Point")."""
    own = len(name.split()) > 1 and byline.outlet_word(name.split()[-1])
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[:start].split()
        if start and text[start - 1] == " " and (end == len(text) or not text[end].isalnum()) and before:
            word = before[-1]
            if own or byline.outlet_word(word) or word[:1] in _PROCLITICS and byline.outlet_word(word[1:]):
                return True
        start = text.find(name, start + 1)
    return False


def _mostly_digits(line: Line) -> bool:
    """More figures than words: a date, a time, a score ("الأرز 24" is a name)."""
    return sum(token[0].isdigit() for token in line.tokens) * 2 > len(line.tokens)


def _site(page: Page) -> str | None:
    return host_name(page.url)


def in_full(short: str, name: str) -> bool:
    """`name` writes the site's `short` name in full: "بوابة الدلتا الإخبارية" of "بوابة الدلتا"."""
    return len(name) > len(short) and regex.search(rf"(?<!\w){regex.escape(short)}(?!\w)", name) is not None


def host_name(url: str | None) -> str | None:
    """The host a URL names, without "www." (the site's name when the page gives none)."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname if url else None
    return host.removeprefix("www.") if host else None
