"""Split a page into `Line` records with the cheap features every rule uses, computed once.

A `Line` is the unit of work. Rules never change its text; they add decisions (`Line.decide`), and the
last decision is the line's label, so every label can be explained by the list of decisions.
Features are computed for the whole page in C-level passes (one fold of the page text, one regex
tokenisation per line) because per-line Python work is what makes a line cleaner slow.
"""

from __future__ import annotations

import re

import regex

from .normalize import fold, fold_lines
from .types import Label, LabelledLine

# A word: a run of letters/marks/digits with inner apostrophes or hyphens ("don't", "l'état", "al-Assad").
# Han and kana have no spaces between words, so every two characters count as one word; nor have
# Thai, Lao, Khmer and Burmese, whose words are longer (a syllable is a letter with its vowel and tone
# marks): every four characters count as one.
WORD = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,2}"
    r"|[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{1,4}"
    r"|[[\p{L}\p{M}\p{Nd}]--[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]]+"
    r"(?:['’\-][[\p{L}\p{M}\p{Nd}]--[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]]+)*",
    regex.V1,
)
# The same words for text in spaced scripts only (nearly every page): a simpler pattern, a third faster.
_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+(?:['’\-][\p{L}\p{M}\p{Nd}]+)*")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# Those scripts lie in four blocks (Thai and Lao, Myanmar, Khmer, and U+2E80 up for Han and kana):
# most pages have no character there at all, which the standard library's `re` tells faster than a
# script lookup (tests/test_speed_invariants.py checks it).
_UNSPACED_BLOCKS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f\u2e80-\U0010ffff]")
# Characters that end a sentence (or a quoted sentence) in the scripts we meet.
# "“" and "‘" close German quotes („…“, ‚…‘); no line ends with an opening quote.
# "।": the Devanagari full stop (danda); "۔": Urdu's; "։": Armenian; "።": Ethiopic ("፦", "፥": its colons);
# "။", "។": Burmese, Khmer ("៕" ends a text, "៖" is its colon)
SENTENCE_END = frozenset(".!?؟。！？…:;：；؛»”“‘\"')]।॥۔։።။។៕៖፦፥」』")  # "：", "；": full-width (Chinese, Japanese)
# The quotes that close a quoted sentence or title ("...", «...», 「...」): after the sentence's own
# mark, or standing for one in a headline that quotes someone.
CLOSING_QUOTES = "\"'”’»」』"
FULL_STOPS = frozenset(".!?؟。।۔։።။។៕")  # a sentence's own end, no colon, bracket or quote after it
QUESTION_MARKS = ("?", "؟", "？")  # Latin, Arabic, full-width
# A sentence's end with more text after it: a paragraph of two sentences ("... en août. Il a ajouté ...").
SENTENCE_BREAK = regex.compile(r"[.!?؟]\s+\S")
# The colons a line ends with to announce what follows (a list, a quote): Latin, full-width, Ethiopic
# ("፦" preface colon, "፥" colon) and Khmer ("៖").
COLONS = (":", "：", "፦", "፥", "៖")
_NOTE_MARKS = regex.compile(r"(?:\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$")


def full_stop(line: Line) -> bool:
    """The line ends with a sentence's own stop, a closing quote after it aside (not a bracket, a colon)."""
    return line.text.rstrip().rstrip(CLOSING_QUOTES)[-1:] in FULL_STOPS


def ends_with_colon(text: str) -> bool:
    """Whether the line ends in a colon, a footnote's marks after it aside ("... بين أوراقه:[1]")."""
    text = text.rstrip()
    if text[-1:] in COLONS:
        return True
    if text[-1:] not in _NOTE_ENDS:
        return False  # (most lines: no footnote's mark at the end)
    return _NOTE_MARKS.sub("", text)[-1:] in COLONS


_NOTE_ENDS = frozenset("])¹²³⁴⁵⁶⁷⁸⁹⁰")


class Line:
    """One line of the page: text, folded key, features, and the decisions rules made about it."""

    __slots__ = ("index", "text", "key", "blank", "tokens", "words", "ends_sentence", "density", "cls", "score", "decisions")

    def __init__(self, index: int, text: str, key: str, word: regex.Pattern[str] = WORD) -> None:
        self.index = index
        self.text = text  # the original line, stripped of surrounding whitespace
        self.key = key  # folded for matching (see normalize.fold)
        self.blank = not text  # an empty line (rules never change a line's text)
        self.tokens: list[str] = word.findall(key) if key else []
        self.words = len(self.tokens)
        self.ends_sentence = bool(text) and text[-1] in SENTENCE_END
        self.density = 0.0  # share of stopwords, set by the structure pass
        self.cls = "blank" if not text else ""  # content class, set by the structure pass
        self.score = 0.0  # contribution to the main-text region, set by the structure pass
        self.decisions: list[tuple[Label, str, str]] = []

    @classmethod
    def of(cls, index: int, text: str) -> Line:
        """A line made of a piece of text, folded as a page's lines are: a label cut from a line, its
        parts, to ask the lexicon or a rule about."""
        return cls(index, text, fold(text))

    @property
    def label(self) -> Label:
        """The label of the last decision; a line nobody decided about is body."""
        return self.decisions[-1][0] if self.decisions else Label.BODY

    @property
    def rule(self) -> str:
        """The rule of the last decision; "" for a line nobody decided about."""
        return self.decisions[-1][1] if self.decisions else ""

    @property
    def asks(self) -> bool:
        """The line ends with a question mark: an interview's question, a section's ("Hangi ilçeler etkilenecek?")."""
        return self.text.rstrip().endswith(QUESTION_MARKS)

    @property
    def removed(self) -> bool:
        decisions = self.decisions  # read a few million times per thousand pages: no second property call
        return bool(decisions) and decisions[-1][0] is not Label.BODY

    def decide(self, label: Label, rule: str, detail: str = "") -> None:
        """Record that `rule` set `label`; `detail` says what it saw."""
        self.decisions.append((label, rule, detail))

    def freeze(self) -> LabelledLine:
        label, rule, detail = self.decisions[-1] if self.decisions else (Label.BODY, "default", "")
        return LabelledLine(self.index, self.text, label, rule, detail, tuple(self.decisions))

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.label.value}, {self.text[:40]!r})"


def table_row(line: Line) -> bool:
    """A table's row, its cells apart by tabs inside the line ("العشاء\t18:58", "م91\t0.229 ر.ع")."""
    return "\t" in line.text.strip()


def mostly_numbers(tokens: list[str]) -> bool:
    """More than half the words are numbers: a stamp, a score table, a market strip, not a sentence."""
    return sum(1 for token in tokens if token[0].isdigit()) * 2 > len(tokens)


MENU_BARS = 4  # " | " between items: a menu's line has this many ("Home | News | ... | E-Paper"), a
# caption's credit fewer ("... on Monday. PHOTO | CHRIS OMOLLO | NATION" has three)


def barred_menu(text: str) -> bool:
    """A menu's items joined with " | ", four bars or more, however long the line."""
    return text.count(" | ") >= MENU_BARS


def split_lines(text: str) -> list[Line]:
    """One `Line` per input line (blank lines included, so indices match the input's lines)."""
    raw = text.splitlines()
    keys = fold_lines("\n".join(raw)).split("\n")
    if len(keys) != len(raw):  # folding never adds or removes a line break; guard the invariant anyway
        keys = [fold_lines(line.replace("\n", " ")) for line in raw]
    word = WORD if _UNSPACED_BLOCKS.search(text) and _UNSPACED.search(text) else _PLAIN_WORD
    return [Line(i, line.strip(), key.strip(), word) for i, (line, key) in enumerate(zip(raw, keys))]
