"""`Page`: the lines of one page plus what the passes learn about it as a whole."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from .lines import Line


@dataclass
class Page:
    lines: list[Line]
    url: str | None = None
    hints: list[str | None] = field(default_factory=list)  # per line, from HTML input ("nav", "h1"...)
    lang: str | None = None  # ISO code when known ("ar"), else the stoplist name
    stopwords: frozenset[str] = frozenset()
    key_counts: Counter[str] = field(default_factory=Counter)  # how often each folded line occurs
    terminators: list[int] = field(default_factory=list)  # lines after which the article cannot go on
    headers: list[int] = field(default_factory=list)  # headlines of further articles (rules/headers.py)
    region: tuple[int, int] | None = None  # first and last line index of the main text
    extra_regions: list[tuple[int, int]] = field(default_factory=list)  # appended next articles
    live_stamps: frozenset[int] = frozenset()  # a live page's bare times over its updates ("18:20", "17:05", ...)
    contents: frozenset[int] = frozenset()  # a table of contents' lines: the text repeats them as subheadings
    table_rows: frozenset[int] = frozenset()  # rows of a table of the text (rules/structure/tables.py)
    code_lines: frozenset[int] = frozenset()  # lines of a code listing in the text (rules/structure/code.py)

    @cached_property
    def words_text(self) -> str:
        """The page's words, e-mail addresses and links left out: where to look up how the page
        writes a word ("ellie.marchetti@courier.com.au" does not write a name in lower case)."""
        return " ".join(word for line in self.lines for word in line.text.split() if not _address(word))

    def hint_tokens(self, index: int) -> list[str]:
        """The markup's hint for line `index`, as tokens, the element first ("li", "h1 cls:title");
        none for plain text."""
        hint = self.hints[index] if index < len(self.hints) else None
        return (hint or "").split()

    def element(self, index: int) -> str | None:
        """The element the markup renders line `index` from ("li", "p"): its hint's first token."""
        return next(iter(self.hint_tokens(index)), None)

    def in_table(self, index: int) -> bool:
        """Line `index` is a row of a table of data: one the text's rows make, or the markup's cells,
        two or more on the line (html/render.CELL_SEPARATOR; a layout table puts whole blocks in one cell)."""
        return index in self.table_rows or "td" in self.hint_tokens(index) and " | " in self.lines[index].text

    @property
    def content(self) -> list[Line]:
        """The non-blank lines, in order."""
        return [line for line in self.lines if not line.blank]


def _address(word: str) -> bool:
    return "@" in word or "://" in word or word.startswith("www.")
