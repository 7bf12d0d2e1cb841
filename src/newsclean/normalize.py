"""Keys for matching lines, never for output.

Output always keeps the page's original characters. To compare and look up lines we fold away what
varies without changing meaning: Unicode compatibility forms (NFKC), case, Arabic tatweel and
diacritics, bidi controls and zero-width characters, every script's decimal digits (Arabic-Indic
"٢٠٢٥" reads as "2025"), and letter variants that pages spell either way (أ/إ/آ → ا, ى → ي, ة → ه;
Romanian ș, ț → ş, ţ). `template_key` also hides numbers, so "GMT 00:22:46" and "GMT 13:05:10" share one key.

`fold_lines` folds a whole page in a few C-level passes, which is what keeps newsclean fast: per-line
Python work is the expensive part of a line cleaner.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import regex

# The page-wide passes below use the standard library's `re`: they need only plain character classes,
# which `re` scans several times faster than `regex`.
# Arabic harakat, Quranic marks, superscript alef, tatweel; bidi and zero-width controls; soft hyphen.
_DROP = re.compile(
    r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]+"
)
# Unicode White_Space but the line break, spelled out (`re`'s \s also counts the separators \x1c-\x1f).
_WHITE = r"\t\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE = re.compile(rf"[{_WHITE}]{{2,}}|[{_WHITE.replace(' ', '')}]")  # runs of spaces, or one odd space (tab, NBSP...)
# A text browser's marks in a dump (lynx, links, elinks): a link's number glued to its text
# ("[12]Home"), a picture's "[IMG]" before a caption or a byline. The key reads the text without them.
_BROWSER_MARKS = re.compile(r"\[\d{1,4}\](?=\S)|\[(?:IMG|INLINE)\] ?(?=\S)")
_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isdecimal() and not ("0" <= char <= "9"):
            table[code] = str(unicodedata.decimal(char))
    # Romanian s and t with a comma below, as most pages write them without it (with a cedilla, as in Turkish)
    for variants, target in (("أإآٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"), ("ș", "ş"), ("ț", "ţ")):
        for char in variants:
            table[ord(char)] = target
    return table


_TABLE = _build_table()
# Most pages have nothing to translate (ASCII digits, no Arabic letter variants): one C-level search
# tells, and spares the per-character table lookup of str.translate.
_FOLDABLE = regex.compile(r"[[\p{Nd}--[0-9]]أإآٱىةؤئșț]", regex.V1)


def fold(text: str) -> str:
    """Fold one line for comparison.

    >>> fold("آخر  تحديث ٢٠٢٥")
    'اخر تحديث 2025'
    """
    return fold_lines(text).strip()


def without_browser_marks(text: str) -> str:
    """`text` without a text browser's link numbers and "[IMG]" marks ("[25]October 19, 2024")."""
    return _BROWSER_MARKS.sub("", text) if "[" in text else text


def fold_lines(text: str) -> str:
    """`fold` for a whole text, keeping its "\\n" line breaks where they are (one folded line per line)."""
    text = unicodedata.normalize("NFKC", text)
    text = without_browser_marks(text)
    text = _DROP.sub("", text).casefold()
    if "\u0307" in text:  # Turkish "İ" case-folds to "i" + a combining dot: "İlgili" reads "ilgili"
        text = text.replace("i\u0307", "i")
    if _FOLDABLE.search(text):
        text = text.translate(_TABLE)
    return _SPACE.sub(" ", text)


def template_key(text: str) -> str:
    """`fold` with every number replaced by "#": one key for a template's many instances.

    >>> template_key("GMT 00:22:46 آخر تحديث")
    'gmt # اخر تحديث'
    """
    return _NUMBER.sub("#", fold(text))
