"""The lexicons' indexed alternations give the answers of the plain alternation they replace.

`anchored.AnchoredAlternation` and `FactoredAlternation` skip alternatives that cannot match a line
(filed under other first characters, or missing a required substring). Skipping one that could
have matched changes what a line is labelled, so they are checked against `regex` itself: on every
category of the real lexicons, over lines made of the lexicons' own phrases and the fixtures' lines,
and on random text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import lexicon
from newsclean.anchored import DIGIT, PAST_SYMBOLS, AT_START, AnchoredAlternation, FactoredAlternation, factors, prefixes, starts
from newsclean.normalize import fold

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\W*(?:comments|avis)\W*$", (PAST_SYMBOLS, {"c", "a"})),
        (r"^\W*(?:\d+ )?comments", (PAST_SYMBOLS, {DIGIT, "c"})),
        (r"^[ab]c", (AT_START, {"a", "b"})),
        (r"^\W*(?=x)xy", (PAST_SYMBOLS, {"x"})),
        (r"^\W*\(?\d+ comments", None),  # may start on "(", which \W* could have taken: not filed
        (r"^\W*x?", None),  # matches the empty string
        (r"^\p{L}+:", None),  # a property: some character, which one is not told
        (r"^\W*(?:分享到|分享至)(?!\p{Han})", (PAST_SYMBOLS, {"分"})),
        (r"^[[:alpha:]]x", None),  # syntax of `regex` only
        (r"^\W*(?i:abc)", None),  # a flag changes the characters
        (r"comments$", None),  # not anchored
        (r"^\W*[^a]bc", None),  # a negated class
    ],
)
def test_starts(pattern: str, expected: tuple[str, set[str]] | None) -> None:
    assert starts(pattern) == (None if expected is None else (expected[0], frozenset(expected[1])))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\W*(?:comments|avis)\W*$", (PAST_SYMBOLS, {"co", "av"})),
        (r"^[ab]c", (AT_START, {"ac", "bc"})),
        (r"^\W*a(?:b|c)?d", (PAST_SYMBOLS, {"ab", "ac", "ad"})),
        (r"^x{3}y", (AT_START, {"xx"})),
        (r"^\W*(?:x\s*)?to", None),  # "x" then any space: the second character is not told
        (r"^x{0,3}y", None),  # may match "y" alone: one character
        (r"^\W*(?:\d+ )?comments", None),  # a digit: filed by its first character only
        (r"^\W*(?:©\s*)?riproduzione", None),  # may start on "©", which \W* could have taken
        (r"^\W*(?:分享到|分享至)(?!\p{Han})", (PAST_SYMBOLS, {"分享"})),
        (r"comments", None),  # not anchored
    ],
)
def test_prefixes(pattern: str, expected: tuple[str, set[str]] | None) -> None:
    assert prefixes(pattern) == (None if expected is None else (expected[0], frozenset(expected[1])))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcopyright\s*(?:©|\(c\))", {"copyright"}),
        (r"(?:©|\(c\)\s*20\d\d)", {"©", "(c)"}),
        (r"\d+\s+comments?", {"comment"}),
        (r"(?:ab)+cd?", {"ab"}),
        (r"x*", None),
        (r".{1,5}", None),
        (r"\p{L}+ comments", {" comments"}),  # a property is some character: the literal after it stays
        (r"\p{L}+\P{Han}", None),
    ],
)
def test_factors(pattern: str, expected: set[str] | None) -> None:
    assert factors(pattern) == (None if expected is None else frozenset(expected))


def _same(a: regex.Match[str] | None, b: regex.Match[str] | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span() and a.group() == b.group())


def _lines() -> list[str]:
    """Folded lines that exercise the lexicons: their own phrases, bare and in context, and the
    fixtures' lines."""
    keys: set[str] = set()
    for category in lexicon.categories():
        for phrase in lexicon.data_phrases(f"{category.name}.txt"):
            folded = fold(phrase.removeprefix("re:"))
            keys.update({folded, "12 " + folded, "(" + folded + ") the text 2025 ©"})
    for path in sorted(FIXTURES.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[:40]:
            folded = fold(line)
            if folded and len(folded) < 300:
                keys.add(folded)
    return sorted(keys)[::4]  # a quarter (every fourth in order) is enough and keeps the test short


def test_every_category_answers_as_its_plain_alternation() -> None:
    keys = _lines()
    assert len(keys) > 10_000
    checked = 0
    for category in lexicon.categories():
        for indexed, method in ((category.head, "match"), (category.anywhere, "search")):
            if indexed is None:
                continue
            for key in keys:
                expected = getattr(indexed.pattern, method)(key)
                assert _same(getattr(indexed, method)(key), expected), (category.name, method, key)
                checked += expected is not None
    assert checked > 1_000  # the lines do hit the patterns


_ENTRIES = sorted(
    {
        alternative
        for category in lexicon.categories()
        for indexed in (category.head, category.anywhere)
        if indexed is not None
        for alternative in indexed.alternatives
    }
)
_PIECES = st.sampled_from(["comments", "comment", "©", "(c) 2024", "share", "اقرا ايضا", "تعليق", "1 ", "- ", " ", ":", "a", "é", "٣"])


@settings(max_examples=300, deadline=None)
@given(
    alternatives=st.lists(st.sampled_from(_ENTRIES), min_size=1, max_size=8),
    key=st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8).map("".join),
)
def test_random_lines_and_alternations(alternatives: list[str], key: str) -> None:
    anchored = [a for a in alternatives if a.startswith("(?:^")]
    if anchored:
        indexed = AnchoredAlternation(anchored)
        assert _same(indexed.match(key), indexed.pattern.match(key))
    found = FactoredAlternation(alternatives)
    assert _same(found.search(key), found.pattern.search(key))
