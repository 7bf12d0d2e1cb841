"""trafilatura as evidence: its main text, comments and metadata, and which of our lines a text of its
holds (by word trigrams, or whole lines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import regex


_WORDS = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


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
    from ..normalize import fold

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
