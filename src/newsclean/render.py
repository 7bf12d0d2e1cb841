"""Turn an `Article` into what the CLI prints: the body, JSON, JSON Lines, or the `--explain` listing.

Every renderer returns the complete output for one article, ending with "\\n". Only `render_explain`
is meant for a human at a terminal: it reorders right-to-left lines for display (python-bidi), cuts long
lines to the terminal width and may use colours. The text and JSON renderers never alter the text.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

import regex

from .types import Article, Label

__all__ = ["render_text", "render_json", "render_jsonl", "render_explain"]


def render_text(article: Article) -> str:
    """The body, paragraphs separated by "\\n", followed by one "\\n"."""
    return article.body + "\n"


def _record(article: Article, with_lines: bool, source: str | None) -> dict[str, Any]:
    data = article.to_dict(with_lines=with_lines)
    return {"source": source, **data} if source is not None else data


def render_json(article: Article, *, with_lines: bool = False, source: str | None = None) -> str:
    """`Article.to_dict()` as indented JSON (UTF-8 characters kept as they are).

    `with_lines` adds "lines" (every input line with its label, rule and detail); `source` (the input's
    path) adds a first key "source".
    """
    return json.dumps(_record(article, with_lines, source), ensure_ascii=False, indent=2) + "\n"


# Characters that JSON allows raw inside strings but that many line readers (Python's str.splitlines
# included) treat as line breaks: escaped so that one record stays one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAK_RE = re.compile("[\x85\u2028\u2029]")


def render_jsonl(article: Article, *, with_lines: bool = False, source: str | None = None) -> str:
    """The same record as `render_json` on one line: one JSON Lines record."""
    line = json.dumps(_record(article, with_lines, source), ensure_ascii=False, separators=(",", ":"))
    return _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group()], line) + "\n"


# --- explain ---------------------------------------------------------------------------------------

# Labels whose text is not lost: it is returned in a field of the Article (title, date, captions...).
_FIELD_LABELS = frozenset({
    Label.TITLE, Label.SUBTITLE, Label.DATELINE, Label.BYLINE, Label.DATE, Label.CAPTION, Label.CREDIT,
})
_RESET, _BOLD, _DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"
_GREEN, _RED, _CYAN, _YELLOW = "\x1b[32m", "\x1b[31m", "\x1b[36m", "\x1b[33m"
_RULE_WIDTH = 30  # the rule column (rule and detail) is at most this wide, or a third of the width
_MIN_TEXT = 20  # cells always left for the line's text, however narrow the terminal
_BIDI_MAX = 10_000  # longer (uncut) lines are left in logical order: no terminal shows them whole anyway
# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic... and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
# Reversing a right-to-left run puts combining marks (harakat, tanwin) before their letter; terminals
# attach a mark to the character before it, so each mark is moved back after its letter.
_MARK_BEFORE_BASE = regex.compile(r"(\p{Mn}+)([\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}\p{Nko}])")
# Characters a terminal would act on instead of showing (escape sequences, backspace, C1 controls).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _cells(char: str) -> int:
    """Terminal cells one character takes: 0 for combining marks and format characters, 2 for wide."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _fit(text: str, cells: int) -> str:
    """`text` cut to at most `cells` terminal cells, ending with "…" when cut. Looks at no more of the
    text than fits, so a 50 MB line costs no more than a short one."""
    if cells <= 0:
        return text
    used = keep = 0
    for position, char in enumerate(text):
        used += _cells(char)
        if used <= cells - 1:  # room left for "…"
            keep = position + 1
        elif used > cells:
            return text[:keep] + "…"
    return text


def _width(text: str) -> int:
    return sum(_cells(char) for char in text)


def _display(text: str, cells: int, bidi: bool) -> str:
    """A line of page text made safe and readable in a terminal: controls shown as "�" (a page must not
    drive the terminal), tabs as spaces, cut to `cells`, and right-to-left runs put in visual order."""
    text = _CONTROL.sub("\ufffd", _fit(text, cells).replace("\t", " "))
    if bidi and len(text) <= _BIDI_MAX and _RTL.search(text):
        text = _MARK_BEFORE_BASE.sub(r"\2\1", _get_display()(text))
    return text


def _get_display() -> Callable[[str], str]:
    """python-bidi's `get_display`. Its pure-Python implementation (`bidi.algorithm`, in every release)
    mirrors brackets in right-to-left paragraphs, which the Rust one of 0.5/0.6 (`bidi.get_display`)
    does not: "(أ.ب)" must show as "(ب.أ)", not ")ب.أ(". Lines are cut to the terminal width before,
    so the slower implementation costs well under a millisecond a line."""
    try:
        from bidi.algorithm import get_display
    except ImportError:  # pragma: no cover - a future python-bidi without the pure-Python module
        from bidi import get_display
    return get_display


def _paint(text: str, *codes: str, color: bool) -> str:
    return f"{''.join(codes)}{text}{_RESET}" if color and codes and text else text


def _label_color(label: Label) -> str:
    if label is Label.BODY:
        return _GREEN
    if label is Label.BLANK:
        return _DIM
    return _CYAN if label in _FIELD_LABELS else _RED


def _rule_text(rule: str, detail: str) -> str:
    return f"{rule}  {detail}" if detail else rule


def _key(name: str) -> str:
    return f"{name:<10}"


def _summary(article: Article, color: bool, bidi: bool, width: int) -> list[str]:
    out: list[str] = []
    fields = (
        ("title", article.title), ("subtitle", article.subtitle), ("date", article.date),
        ("date text", article.date_text), ("author", article.author), ("dateline", article.dateline),
        ("site", article.site), ("url", article.url), ("lang", article.lang),
    )
    for name, value in fields:
        if name in ("title", "date", "author", "lang") or value:  # the four the reader looks for first
            shown = _display(value, width - 11, bidi) if value else _paint("—", _DIM, color=color)
            out.append(f"{_paint(_key(name), _BOLD, color=color)} {shown}")
    counts = Counter(line.label for line in article.lines)
    removed = Counter({label: n for label, n in counts.items() if label not in (Label.BODY, Label.BLANK)})
    detail = ", ".join(f"{label.value} {n}" for label, n in removed.most_common())
    kept = _paint(f"{counts[Label.BODY]} kept (body)", _GREEN, color=color)
    gone = _paint(f"{sum(removed.values())} removed", _RED, color=color)
    out.append(f"{_paint(_key('lines'), _BOLD, color=color)} {len(article.lines)}: {kept}, {gone}, {counts[Label.BLANK]} blank")
    if detail:
        out.append(f"{_paint(_key('removed'), _BOLD, color=color)} {_fit(detail, width - 11)}")
    for caption in article.captions:
        text = caption.text
        if caption.credit and caption.credit not in text:
            credit = caption.credit
            text += f" {credit}" if credit[:1] in "([" else f" ({credit})"
        out.append(f"{_paint(_key('caption'), _BOLD, color=color)} {_display(text, width - 11, bidi)}")
    for point in article.key_points:
        out.append(f"{_paint(_key('key point'), _BOLD, color=color)} {_display(point, width - 11, bidi)}")
    for extra in article.extra_articles:
        out.append(f"{_paint(_key('appended'), _BOLD, color=color)} {_display(extra, width - 11, bidi)}")
    for warning in article.warnings:
        out.append(f"{_paint(_key('warning'), _BOLD, _YELLOW, color=color)} {_display(warning, width - 11, bidi)}")
    return out


def render_explain(article: Article, *, color: bool, width: int | None = None, bidi: bool = True) -> str:
    """Every line of the page with its label, the rule that set it and why, after a summary.

        title      Putin assures al-Sharaa of support
        date       2025-02-12
        author     —
        lang       en
        lines      112: 42 kept (body), 17 removed, 53 blank
        removed    caption 10, boilerplate 6, title 1

          0 ✗ title         segment.title                       Putin assures al-Sharaa of support
          1 · blank
          5 ✓ body          default                             Russian President Vladimir Putin and…
         88 ✗ related       lexicon.related  'related articles'  Related articles
             ↳ was boilerplate  region.after-main-text

    "✓" marks body lines, "✗" removed ones; earlier decisions a later rule overrode follow on "↳" lines.
    `width` is the terminal width (default: the current terminal's, or $COLUMNS, else 80); 0 means do not
    cut lines. `color` adds ANSI colours. `bidi` reorders right-to-left text (Arabic, Hebrew) for display
    in terminals that do not do it themselves (set it to False for terminals that do).
    """
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns
    cut = width if width > 0 else 0
    out = _summary(article, color, bidi, cut or 10**9)
    out.append("")
    lines = article.lines
    index_width = len(str(lines[-1].index)) if lines else 1
    label_width = max((len(line.label.value) for line in lines), default=4)
    rules = [_rule_text(line.rule, line.detail) for line in lines if line.label is not Label.BLANK]
    rule_width = min(max(map(len, rules), default=0), max(_RULE_WIDTH, cut // 3) if cut else 10**9)
    prefix = index_width + 3 + label_width + 1 + rule_width + 2  # "  12 ✗ label rule  "
    text_cells = max(cut - prefix, _MIN_TEXT) if cut else 0
    pad = " " * (index_width + 1)
    for line in lines:
        number = f"{line.index:>{index_width}}"
        if line.label is Label.BLANK:
            continue  # counted in the summary; listing them would double the listing's length
        mark = "✓" if line.label is Label.BODY else "✗"
        label_color = _label_color(line.label)
        label = _paint(f"{mark} {line.label.value:<{label_width}}", label_color, color=color)
        rule = _display(_rule_text(line.rule, line.detail), rule_width, bidi)  # details can be Arabic
        rule = _paint(rule, _DIM, color=color) + " " * (rule_width - _width(rule))
        out.append(f"{number} {label} {rule}  {_display(line.text, text_cells, bidi)}")
        for old_label, old_rule, old_detail in line.decisions[:-1]:
            was = f"↳ was {old_label.value}  {_rule_text(old_rule, old_detail)}"
            out.append(pad + _paint(_display(was, max(cut - len(pad), _MIN_TEXT) if cut else 0, bidi), _DIM, color=color))
    return "\n".join(out) + "\n"
