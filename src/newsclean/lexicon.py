"""Lexicons of chrome phrases, per language and category, compiled once into matchers.

The phrases are data (`lexicons/<lang>/<category>.txt`); what a category means — the label it sets,
how long a line it may fire on, whether it ends the article — is data too (`lexicons/categories.toml`).
All languages are loaded together: pages mix them (an Arabic site with an English footer), and a
phrase from another language costs nothing when it does not occur.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .errors import NewscleanError
from .lines import WORD, Line
from .normalize import fold
from .types import Label

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGES = ("ar", "en", "fr")


@dataclass(frozen=True)
class Category:
    name: str
    label: Label
    max_words: int
    coverage: float
    ends_body: bool
    anchored: bool
    pattern: regex.Pattern[str] | None


@dataclass(frozen=True)
class Hit:
    """A lexicon match on one line."""

    category: Category
    phrase: str


def _alternative(phrase: str) -> str:
    """A phrase as a regex alternative that matches whole words only."""
    if phrase.startswith("re:"):
        return f"(?:{phrase[3:].strip()})"
    body = regex.escape(fold(phrase), special_only=True)
    body = regex.sub(r"(?:\\ )+", r"\\s+", body)
    head = r"(?<![\w])" if regex.match(r"\w", phrase) else ""
    tail = r"(?![\w])" if regex.search(r"\w$", phrase) else ""
    return head + body + tail


def read_phrases(text: str) -> list[str]:
    """Phrases of one lexicon file: one per line, "#" comments and blank lines ignored."""
    phrases = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            phrases.append(line)
    return phrases


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """All categories with their phrases from every language, compiled."""
    root = resources.files("newsclean") / "lexicons"
    config = tomllib.loads((root / "categories.toml").read_text(encoding="utf-8"))
    compiled = []
    for name, spec in config.items():
        alternatives = []
        for lang in LANGUAGES:
            path = root / lang / f"{name}.txt"
            if path.is_file():
                alternatives += [_alternative(p) for p in read_phrases(path.read_text(encoding="utf-8"))]
        try:
            pattern = regex.compile("|".join(alternatives)) if alternatives else None
        except regex.error as exc:  # a bad entry in a data file: say which category
            raise NewscleanError(f"lexicon category {name!r}: invalid pattern: {exc}") from exc
        compiled.append(
            Category(
                name=name,
                label=Label(spec["label"]),
                max_words=int(spec["max_words"]),
                coverage=float(spec.get("coverage", 0.0)),
                ends_body=bool(spec.get("ends_body", False)),
                anchored=bool(spec.get("anchored", False)),
                pattern=pattern,
            )
        )
    return tuple(compiled)


_LEAD = regex.compile(r"^[\W_]*")


def match(line: Line) -> Hit | None:
    """The first category whose phrase covers enough of this (short enough) line."""
    if not line.words and not line.key:
        return None
    for category in categories():
        if category.pattern is None or line.words > category.max_words:
            continue
        found = category.pattern.search(line.key)
        if found is None:
            continue
        if category.anchored and found.start() > _LEAD.match(line.key).end():
            continue
        if category.coverage and line.words:
            covered = len(WORD.findall(found.group()))
            if covered / line.words < category.coverage:
                continue
        return Hit(category, found.group())
    return None


def credit_phrase(text: str) -> str | None:
    """The photo-credit phrase in `text` ("رويترز", "getty images"), if the credit lexicon knows one."""
    for category in categories():
        if category.name == "caption-credit" and category.pattern is not None:
            found = category.pattern.search(fold(text))
            return found.group() if found else None
    return None
