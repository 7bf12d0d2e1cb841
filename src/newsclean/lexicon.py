"""Lexicons of chrome phrases, per language and category, compiled once into matchers.

The phrases are data (`lexicons/<lang>/<category>.txt`); what a category means — the label it sets,
how long a line it may fire on, whether it ends the article — is data too (`lexicons/categories.toml`).
All languages are loaded together: pages mix them (an Arabic site with an English footer), and a
phrase from another language costs nothing when it does not occur.

Matching is a lookup, not a scan: phrases are indexed by their first word, so a line costs one dict
probe per word whatever the size of the lexicons (one big regex alternation costs a try of every
phrase at every character). Only `re:` entries and phrases without words ("©") go through a regex,
and each only on lines it can match (`anchored`: by the line's first letter, or a substring).
The answer depends on the line's folded text alone, so it is remembered: chrome recurs on every page
of a site (the same footer, menu and share bar), and a batch looks each such line up once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

import regex

from . import trie
from .anchored import AnchoredAlternation, FactoredAlternation, start_of
from .errors import NewscleanError
from .lines import WORD, Line
from .normalize import fold
from .types import Label

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGES = ("ar", "en", "fr", "es", "de", "it", "pt", "tr", "ru", "zh", "id", "he", "fa", "nl", "ur", "pl", "hi", "sv", "da", "nb", "fi", "ro", "cs", "sk", "uk", "el", "hu", "bg", "vi", "ko", "ms", "ca", "hr", "ja", "th", "bn", "sw", "tl", "sr", "sl", "lt", "lv", "et", "gl", "is", "az", "kk", "ky", "uz", "ku", "ps", "ckb", "so", "ha", "rw", "om", "am", "ti", "sd", "ug", "pa", "ta", "te", "ml", "kn", "ne", "mr", "gu", "si", "hy", "ka", "sq", "mk", "km", "lo", "my")


@dataclass(frozen=True)
class Category:
    name: str
    label: Label
    max_words: int
    coverage: float
    ends_body: bool
    anchored: bool
    several: bool  # the coverage counts every phrase of the category on the line, not the best one
    trailing: bool  # fires only at the end of the kept text (an author's bio, "This article appears in...")
    # False: the category labels nothing by itself; a rule asks for its phrases by name (`phrase_in`):
    # a key-points heading is chrome only in its place, above the text.
    applied: bool
    # A phrase of one word ("newsletter", "Donate") fires only on lines of at most this many words
    # (0: no limit): alone it is a button or a heading; in a long line it is a word of the text.
    word_max_words: int
    # `re:` entries and word-less phrases, in two alternations: those anchored at the line's start
    # ("^\\W*comments\\W*$"), tried at its start only and only those that can start as the line does,
    # and the others, tried everywhere. One alternation of both would try every anchored entry at every
    # character too.
    head: AnchoredAlternation | None
    anywhere: FactoredAlternation | None

    @property
    def has_pattern(self) -> bool:
        return self.head is not None or self.anywhere is not None

    def search(self, key: str, start: tuple[str, str] | None = None) -> regex.Match[str] | None:
        """The category's pattern hit on a folded line: at its start, else the leftmost elsewhere.
        (`start`: `anchored.start_of(key)`, read once for all categories.)"""
        hit = self.head.match(key, start) if self.head is not None else None
        if hit is None and self.anywhere is not None:
            hit = self.anywhere.search(key)
        return hit


@dataclass(frozen=True)
class Phrase:
    """A word phrase: its folded words and, when it carries symbols ("name *", "photo:"), its compact form."""

    category: Category
    words: tuple[str, ...]
    text: str
    symbols: str | None  # folded phrase without spaces, checked against the line when not None


@dataclass(frozen=True)
class Hit:
    """A lexicon match on one line."""

    category: Category
    phrase: str


@dataclass(frozen=True)
class Lexicon:
    categories: tuple[Category, ...]  # every category, in the order of categories.toml
    applied: tuple[Category, ...]  # those that label lines by themselves
    by_name: dict[str, Category]
    by_first_word: dict[str, tuple[Phrase, ...]]
    max_words: int  # lines longer than every category's limit are never looked at
    pattern_max_words: int  # lines longer than this are only looked up in the word index
    pattern_categories: tuple[Category, ...]  # the categories with a pattern, in order
    # by_length[n]: the word index of the categories that fire on a line of n words (n ≤ max_words):
    # a long line is not compared with phrases that could not label it.
    by_length: tuple[dict[str, tuple[Phrase, ...]], ...]


def read_phrases(text: str) -> list[str]:
    """Phrases of one lexicon file: one per line, "#" comments and blank lines ignored."""
    phrases = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            phrases.append(line)
    return phrases


def data_phrases(file_name: str, languages: Sequence[str] = LANGUAGES) -> list[str]:
    """The phrases of one data file (`lexicons/<lang>/<file_name>`) of every language that has it, in
    the order of LANGUAGES: the lexicons' categories, and the files other modules read (byline
    prefixes, credit labels)."""
    root = resources.files("newsclean") / "lexicons"
    phrases: list[str] = []
    for lang in languages:
        path = root / lang / file_name
        if path.is_file():
            phrases += read_phrases(path.read_text(encoding="utf-8"))
    return phrases


def data_alternation(file_name: str) -> str:
    """The folded phrases of a data file of every language as one regex alternation (longest first,
    shared prefixes factored), for the modules that look for them inside a line."""
    return trie.alternation({fold(phrase).strip() for phrase in data_phrases(file_name)})


def _regex_alternative(phrase: str) -> str:
    if phrase.startswith("re:"):
        return f"(?:{phrase[3:].strip()})"
    return regex.escape(fold(phrase), special_only=True)


def _anchored(phrase: str) -> bool:
    """A `re:` entry that starts with "^" (no entry alternates at its top level: tests check it)."""
    return phrase.startswith("re:") and phrase[3:].strip().startswith("^")


_Indexed = TypeVar("_Indexed", AnchoredAlternation, FactoredAlternation)


def _alternation(name: str, alternatives: list[str], kind: type[_Indexed]) -> _Indexed | None:
    if not alternatives:
        return None
    try:
        return kind(alternatives)
    except regex.error as exc:  # a bad entry in a data file: say which category
        raise NewscleanError(f"lexicon category {name!r}: invalid pattern: {exc}") from exc


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """All categories with their phrases from every language, indexed."""
    root = resources.files("newsclean") / "lexicons"
    config = tomllib.loads((root / "categories.toml").read_text(encoding="utf-8"))
    categories = []
    index: dict[str, list[Phrase]] = {}
    for name, spec in config.items():
        phrases = data_phrases(f"{name}.txt")
        word_phrases, patterns = [], []
        for phrase in phrases:
            words = tuple(WORD.findall(_straight(fold(phrase)))) if not phrase.startswith("re:") else ()
            (word_phrases if words else patterns).append((phrase, words))
        head = _alternation(name, [_regex_alternative(p) for p, _ in patterns if _anchored(p)], AnchoredAlternation)
        anywhere = _alternation(name, [_regex_alternative(p) for p, _ in patterns if not _anchored(p)], FactoredAlternation)
        category = Category(
            name=name,
            label=Label(spec["label"]),
            max_words=int(spec["max_words"]),
            coverage=float(spec.get("coverage", 0.0)),
            ends_body=bool(spec.get("ends_body", False)),
            anchored=bool(spec.get("anchored", False)),
            trailing=bool(spec.get("trailing", False)),
            applied=bool(spec.get("applied", True)),
            several=bool(spec.get("several", False)),
            word_max_words=int(spec.get("word_max_words", 0)),
            head=head,
            anywhere=anywhere,
        )
        categories.append(category)
        for phrase, words in word_phrases:
            folded = fold(phrase)
            compact = _straight(folded).replace(" ", "")
            symbols = compact if compact != "".join(words) else None
            index.setdefault(words[0], []).append(Phrase(category, words, folded, symbols))
    applied = [c for c in categories if c.applied]
    max_words = max((c.max_words for c in applied), default=0)
    by_limit: dict[int, dict[str, tuple[Phrase, ...]]] = {}  # one index per distinct limit, shared
    for limit in sorted({c.max_words for c in applied}):
        by_limit[limit] = {}
        for word, found in index.items():
            allowed = tuple(phrase for phrase in found if phrase.category.applied and phrase.category.max_words >= limit)
            if allowed:
                by_limit[limit][word] = allowed
    return Lexicon(
        categories=tuple(categories),
        applied=tuple(applied),
        by_name={category.name: category for category in categories},
        by_first_word={word: tuple(found) for word, found in index.items()},
        max_words=max_words,
        pattern_max_words=max((c.max_words for c in applied if c.has_pattern), default=0),
        pattern_categories=tuple(c for c in applied if c.has_pattern),
        by_length=tuple(by_limit[min(limit for limit in by_limit if limit >= n)] for n in range(max_words + 1)),
    )


def categories() -> tuple[Category, ...]:
    return load().categories


# A word phrase's apostrophe is the line's, typed straight or curly: "je m'inscris" is "Je m’inscris".
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def _straight(text: str) -> str:
    return text.translate(_APOSTROPHES) if "’" in text or "ʼ" in text else text


def _word_hits(line: Line, index: dict[str, tuple[Phrase, ...]]) -> list[tuple[Phrase, int]]:
    """Every word phrase of the index found in the line, with the position of its first word."""
    curly = "’" in line.key or "ʼ" in line.key
    tokens = [_straight(token) for token in line.tokens] if curly else line.tokens
    hits = []
    compact: str | None = None
    for position, token in enumerate(tokens):
        for phrase in index.get(token, ()):
            size = len(phrase.words)
            if tuple(tokens[position : position + size]) != phrase.words:
                continue
            if phrase.symbols is not None:
                compact = compact if compact is not None else _straight(line.key).replace(" ", "")
                if phrase.symbols not in compact:
                    continue
            hits.append((phrase, position))
    return hits


# Answers remembered per (folded line, trailing), for lines short enough to be chrome; the memory is
# cleared when full, so it stays bounded (a few MB).
MATCH_CACHE_SIZE = 50_000
MATCH_CACHE_CHARS = 300
_answers: dict[tuple[str, bool], Hit | None] = {}


def match(line: Line, *, trailing: bool = False) -> Hit | None:
    """The first category whose phrase covers enough of this (short enough) line. `trailing`: look
    only at the categories that fire at the end of the text (and only at those)."""
    if len(line.key) > MATCH_CACHE_CHARS:
        return _match(line, trailing)
    question = (line.key, trailing)
    try:
        return _answers[question]
    except KeyError:
        pass
    if len(_answers) >= MATCH_CACHE_SIZE:
        _answers.clear()
    hit = _answers[question] = _match(line, trailing)
    return hit


def forget_matches() -> None:
    """Empty the memory of answers (benchmarks time a cold pass; nothing else needs this)."""
    _answers.clear()


def _match(line: Line, trailing: bool) -> Hit | None:
    lexicon = load()
    if not line.key or line.words > lexicon.max_words:
        return None
    found = _word_hits(line, lexicon.by_length[line.words]) if line.words else []
    categories = lexicon.applied
    if not found:  # only a category's pattern can still match
        if line.words > lexicon.pattern_max_words:
            return None
        categories = lexicon.pattern_categories
    start = start_of(line.key)
    for category in categories:
        if line.words > category.max_words or category.trailing is not trailing:
            continue
        covered: set[int] = set()
        for phrase, position in found:
            if phrase.category is not category or (category.anchored and position > 0):
                continue
            if category.word_max_words and len(phrase.words) == 1 and line.words > category.word_max_words:
                continue
            if not category.coverage:
                return Hit(category, phrase.text)
            if not category.several:
                covered.clear()
            # Several phrases may share the line: "Privacy policy Terms of use Contact us".
            covered.update(range(position, position + len(phrase.words)))
            if len(covered) / line.words >= category.coverage:
                return Hit(category, phrase.text)
        if category.has_pattern:
            hit = category.search(line.key, start)
            if hit is None:
                continue
            if category.anchored and hit.start() > _LEAD.match(line.key).end():
                continue
            if category.coverage and line.words:
                if len(WORD.findall(hit.group())) / line.words < category.coverage:
                    continue
            return Hit(category, hit.group())
    return None


_LEAD = regex.compile(r"^[\W_]*")


def credit_phrase(text: str) -> str | None:
    """The photo-credit phrase in `text` ("رويترز", "getty images"), if the credit lexicon knows one."""
    return phrase_in(text, "caption-credit")


def pattern_in(text: str, name: str, *, folded: str | None = None) -> str | None:
    """The hit of category `name`'s patterns in `text` (folded), if any: a pattern may span a whole
    line that a phrase only opens ("courtesy of the Pruitt family"). `folded`: the text already
    folded (`Line.key`)."""
    category = load().by_name.get(name)
    hit = category.search(folded if folded is not None else fold(text)) if category is not None and category.has_pattern else None
    return hit.group() if hit else None


def phrase_in(text: str, name: str) -> str | None:
    """The longest phrase of category `name` found in `text` ("photo news", an agency, not "photo"),
    else the category's pattern hit, else None. Folded, as the lexicon holds it."""
    key = fold(text)
    found = [phrase for phrase, _ in _word_hits(Line(0, text, key), load().by_first_word) if phrase.category.name == name]
    if found:
        return max(found, key=lambda phrase: len(phrase.words)).text
    return pattern_in(text, name)
