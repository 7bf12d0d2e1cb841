"""Facts the fast paths rely on (see lines.py and normalize.py)."""

import sys

import regex

from newsclean import lines, normalize


def test_han_and_kana_lie_at_2e80_and_above() -> None:
    below = [code for code in range(0x2E80) if lines._HAN_OR_KANA.match(chr(code))]
    assert below == []


def test_space_pattern_is_white_space_but_the_line_break() -> None:
    reference = regex.compile(r"[^\S\n]{2,}|[^\S \n]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for probe in (char, char * 2, " " + char):
            assert bool(reference.fullmatch(probe)) == bool(normalize._SPACE.fullmatch(probe)), hex(code)

