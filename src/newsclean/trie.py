"""A long alternation of words ("january|jan|janvier|..."), written as a trie.

The dates read month names, weekdays and stamp words of every language: hundreds of words in one
alternation. A regex engine tries an alternation's branches one after the other at every position
of a line; written as a trie ("ja(?:n(?:uary|vier|\\.?)|...)"), one character rules out every word
that does not start with it, and a search is several times faster.

The words are tried longest first, as in the plain alternation sorted by length: where several
words match at one position, each is a prefix of the longer ones, and the trie tries a word's
continuations before the word itself.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_END = ""  # the key that marks a word's end in a trie node


def alternation(words: Iterable[str], *, space: str = r"\s+", suffix: str = "") -> str:
    """A pattern matching any of `words` (longest first), each followed by `suffix`; a space in a
    word matches `space`."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(root, space, suffix) if root else "(?!)"


def _pattern(node: dict[str, dict], space: str, suffix: str) -> str:
    branches = [
        (space if char == " " else regex.escape(char)) + _pattern(child, space, suffix)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if _END in node:
        branches.append(suffix)  # the word ends here: after its longer continuations
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
