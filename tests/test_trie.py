"""`trie.alternation` matches as the plain alternation of its words, longest first.

The dates build their month, weekday and stamp-word patterns with it; a trie that tried a short
word before a longer one ("mar" before "mars") would read "7 mars" as March's abbreviation and
leave an "s" behind.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import trie


def _plain(words: set[str], suffix: str) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(word).replace(r"\ ", r"\s+") + suffix for word in ordered)


def test_longer_word_first() -> None:
    months = trie.alternation({"mar", "mars", "march"}, suffix=r"\.?")
    pattern = regex.compile(rf"(?:{months})\s+\d")
    assert pattern.search("7 mars 2025").group() == "mars 2"
    assert pattern.search("mar. 3").group() == "mar. 3"
    assert pattern.search("march  1").group() == "march  1"


def test_space_and_nothing() -> None:
    assert regex.fullmatch(trie.alternation({"de mayo"}), "de \t mayo")
    assert regex.search(trie.alternation(set()), "anything") is None


_LETTERS = st.sampled_from(list("abm. "))


@settings(max_examples=400, deadline=None)
@given(
    words=st.sets(st.text(_LETTERS, min_size=1, max_size=5).filter(lambda w: w.strip() == w and "  " not in w), min_size=1, max_size=8),
    text=st.text(st.sampled_from(list("abm. 1")), max_size=20),
    suffix=st.sampled_from(["", r"\.?"]),
)
def test_same_match_as_plain_alternation(words: set[str], text: str, suffix: str) -> None:
    tail = r"(?:\s*1)?b"  # something after the word, so that a shorter word may be the one that fits
    expected = regex.search(rf"(?:{_plain(words, suffix)}){tail}", text)
    found = regex.search(rf"(?:{trie.alternation(words, suffix=suffix)}){tail}", text)
    assert (expected and expected.span()) == (found and found.span())
