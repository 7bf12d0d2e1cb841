"""Facts the fast paths rely on (see lines.py and normalize.py)."""

import sys

import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from newsclean import lexicon, lines, normalize


def test_unspaced_scripts_lie_in_their_blocks() -> None:
    # split_lines picks the tokeniser by a cheap block test: every Han, kana, Thai, Lao, Khmer and
    # Burmese character must fall in one of the blocks it tests.
    outside = [code for code in range(sys.maxunicode + 1) if lines._UNSPACED.match(chr(code)) and not lines._UNSPACED_BLOCKS.match(chr(code))]
    assert outside == []


def test_space_pattern_is_white_space_but_the_line_break() -> None:
    reference = regex.compile(r"[^\S\n]{2,}|[^\S \n]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for probe in (char, char * 2, " " + char):
            assert bool(reference.fullmatch(probe)) == bool(normalize._SPACE.fullmatch(probe)), hex(code)



@given(st.text(alphabet=st.characters(max_codepoint=0x2E7F), max_size=60))
def test_words_of_a_line_in_spaced_scripts_do_not_depend_on_the_page(text: str) -> None:
    # lexicon.match remembers answers by the folded line alone: its words must not depend on which
    # tokeniser the page chose (the one aware of unspaced scripts or the plain one).
    key = normalize.fold(text)
    assume(not lines._UNSPACED.search(key))
    assert lines.WORD.findall(key) == lines._PLAIN_WORD.findall(key)


def _line(text: str) -> lines.Line:
    return lines.Line(0, text, normalize.fold(text))


def test_remembered_lexicon_answers_equal_fresh_ones() -> None:
    bio = "Jane Roe is a freelance writer based in Leeds."  # an end note: a trailing category
    probes = ["Share on Facebook", "Sign up for our newsletter", bio, "The council met on Tuesday.", ""]
    for text in probes:
        for trailing in (False, True):
            lexicon.forget_matches()
            fresh = lexicon._match(_line(text), trailing)
            assert lexicon.match(_line(text), trailing=trailing) == fresh  # stored
            assert lexicon.match(_line(text), trailing=trailing) == fresh  # remembered
    lexicon.forget_matches()
    assert lexicon.match(_line(bio)) is None
    assert lexicon.match(_line(bio), trailing=True) is not None  # not the answer remembered for trailing=False


def test_lexicon_memory_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "MATCH_CACHE_SIZE", 3)
    lexicon.forget_matches()
    for n in range(10):
        lexicon.match(_line(f"line number {n}"))
        assert len(lexicon._answers) <= 3
    lexicon.match(_line("word " * 100))  # longer than MATCH_CACHE_CHARS: not remembered
    assert all(len(key) <= lexicon.MATCH_CACHE_CHARS for key, _ in lexicon._answers)
    lexicon.forget_matches()


def _top_level_alternation(pattern: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def test_anchored_lexicon_entries_do_not_alternate_at_their_top_level() -> None:
    # lexicon.load() tries "^..." entries at the line's start only, so "^a|b" would lose "b" elsewhere.
    from importlib import resources

    root = resources.files("newsclean") / "lexicons"
    entries = [
        phrase[3:].strip()
        for folder in root.iterdir()
        if folder.is_dir()
        for path in folder.iterdir()
        if path.name.endswith(".txt")
        for phrase in lexicon.read_phrases(path.read_text(encoding="utf-8"))
        if phrase.startswith("re:")
    ]
    assert entries
    assert [entry for entry in entries if entry.startswith("^") and _top_level_alternation(entry)] == []


def test_a_category_finds_its_anchored_and_its_other_entries() -> None:
    comments = next(category for category in lexicon.categories() if category.name == "comments")
    assert comments.head is not None and comments.anywhere is not None
    assert comments.search(normalize.fold("Comments (12)")) is not None  # anchored entry
    assert comments.search(normalize.fold("Posted in News | 12 comments")) is not None  # anywhere
