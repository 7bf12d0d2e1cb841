"""The site's name: from the page's address, or the masthead's name that the copyright line repeats.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from ..lines import Line
from ..page import Page


MASTHEAD_MAX_WORDS = 5  # a site's name, as the masthead shows it


def _masthead_name(page: Page) -> str | None:
    """The site's name when no URL gives it: a short line above the article (the masthead) that the
    copyright line repeats ("نبض مصر" ... "© نبض مصر 2026")."""
    copyright_lines = [line.key for line in page.lines if line.rule == "lexicon.footer"]
    if not copyright_lines:
        return None
    # The name stands right after the sign or the year, or right before them: "© 2025 The Courier",
    # "جميع الحقوق محفوظة © 2026 نبض مصر", "The Courier © 2025".
    after, before = [], []
    for key in copyright_lines:
        for mark in _COPYRIGHT.finditer(key):
            after.append(_NOT_WORD_EDGE.sub("", key[mark.end() :]))
            before.append(_NOT_WORD_EDGE.sub("", key[: mark.start()][::-1])[::-1])
    end = page.region[0] if page.region else len(page.lines)
    for line in page.lines[:end]:
        if not 1 <= line.words <= MASTHEAD_MAX_WORDS or not line.removed or set(line.tokens) <= page.stopwords:
            continue
        if not all(rule.startswith("region.") for _, rule, _ in line.decisions) or _mostly_digits(line):
            continue  # a menu entry, a date, the headline, a year
        name = line.key
        if any(_starts_with_word(text, name) for text in after) or any(_ends_with_word(text, name) for text in before):
            return line.text.strip(" -–—|:")
    return None


_COPYRIGHT = regex.compile(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b")
_NOT_WORD_EDGE = regex.compile(r"^\W+")


def _starts_with_word(text: str, name: str) -> bool:
    """`text` starts with `name` as whole words."""
    return text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum())


_PROCLITICS = frozenset("لوب")  # Arabic letters written onto the next word: "محفوظة لشبكة ..." (for the network)


def _ends_with_word(text: str, name: str) -> bool:
    """`text` ends with `name` as whole words, or with an Arabic proclitic glued to its first word."""
    if not text.endswith(name):
        return False
    head = text[: len(text) - len(name)]
    if not head or not head[-1].isalnum():
        return True
    return head[-1] in _PROCLITICS and (len(head) == 1 or not head[-2].isalnum())


def _mostly_digits(line: Line) -> bool:
    return sum(token[0].isdigit() for token in line.tokens) * 2 >= len(line.tokens)


def _site(page: Page) -> str | None:
    if page.url:
        host = urlsplit(page.url if "//" in page.url else f"//{page.url}").hostname
        if host:
            return host.removeprefix("www.")
    return None
