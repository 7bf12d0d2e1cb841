"""Tables of the text as a scraper flattened them: rows with their cells joined by " | " or tabs, rows
of a label and figures joined by spaces, and cells scraped one per line. Their rows ride with the text
(class "item") instead of breaking it as fragments.
"""

from __future__ import annotations

import regex

from ...metadata import dates
from ...lines import Line, ends_with_colon
from .common import GOOD_WORDS


TABLE_MIN_ROWS = 3
TABLE_MIN_CELLS = 2
# A number, maybe signed, a percentage, or a price with its currency's sign first ("$1.120", "€ 4,50", "R$ 12").
_NUMBER_CELL = regex.compile(r"^[-+−–]?\s?(?:\p{Lu}{0,3}\p{Sc}\s?)?[\p{Nd}][\p{Nd}.,٫٬\s]*%?$")


def _table_rows(content: list[Line]) -> set[int]:
    """Rows of a table a scraper joined with " | " or tabs: three lines or more in a row with the same
    number of cells (two or more), most of them holding figures ("الأسمدة | 703 | 655 | -6.8",
    "مريم أحمد | ٢٧٩٫٥"), a header row allowed. A menu's items are words, not figures. Under a
    sentence that announces it with a colon, half the rows will do (a phone's specifications:
    "المعالج\tSnapdragon 8 Elite", "الوزن\t214 غراماً")."""
    rows: set[int] = set()
    run: list[Line] = []
    cells = 0
    above: Line | None = None  # the line over the run
    for position, line in enumerate([*content, None]):
        count = len(_cells(line.text)) if line is not None else 0
        if count >= TABLE_MIN_CELLS and count == cells:
            run.append(line)  # type: ignore[arg-type]
            continue
        announced = above is not None and ends_with_colon(above.text) and above.words >= ANNOUNCING_WORDS
        if len(run) >= TABLE_MIN_ROWS and _with_figures(run) >= ((len(run) + 1) // 2 if announced else len(run) - 1):
            rows.update(row.index for row in run)
        above = content[position - 1] if position else None
        run, cells = ([line], count) if line is not None and count >= TABLE_MIN_CELLS else ([], 0)
    return rows


# "Euro 1.0842 1.0851"; a league table's row with its rank first: "1 Invercairn Thistle 27 19 5 3 +38 62".
_FIGURES_ROW = regex.compile(
    r"^(?P<rank>[\p{Nd}]{1,3}[.)]?\s+)?(?P<label>[^\d\p{Nd}|\t]{2,40}?)(?P<figures>(?:\s+[-+−]?[\p{Nd}][\p{Nd}.,٫٬]*%?){2,8})\s*$"
)


def _figure_rows(content: list[Line]) -> set[int]:
    """Rows of a table a scraper joined with spaces: three lines or more in a row, each a label and
    the same number (two or more) of figures ("الدولار الأمريكي 89400 89700", "Euro 1.0842 1.0851"),
    with the header row above them when it has one word per column ("العملة شراء مبيع")."""
    rows: set[int] = set()
    run: list[Line] = []
    columns = 0
    for position, line in enumerate([*content, None]):
        found = _FIGURES_ROW.match(line.text.strip()) if line is not None else None
        if found and dates.find_dates(line.text, folded=line.key):  # "Jun 11, 2024" is a date, not a row
            found = None
        count = len(found["figures"].split()) + bool(found["rank"]) if found else 0  # the rank is a column too
        if count and count == columns:
            run.append(line)  # type: ignore[arg-type]
            continue
        if len(run) >= TABLE_MIN_ROWS:
            rows.update(row.index for row in run)
            start = position - len(run)
            header = content[start - 1] if start > 0 else None
            if header is not None and header.words == columns + 1 and not any(char.isdigit() for char in header.text):
                rows.add(header.index)
        run, columns = ([line], count) if count else ([], 0)  # type: ignore[list-item]
    return rows


CELL_WORDS = 6  # a table's cell scraped alone on its line: a name, a figure, a column's heading
TABLE_COLUMNS = range(2, 7)
ANNOUNCING_WORDS = 6
TABLE_REACH = 5  # lines above a table's subheading where the paragraph before it may stand
TABLE_LEAD = 4  # short lines over a table's first cell: its subheading, a teaser's or a paywall's buttons


def _cell_rows(content: list[Line]) -> set[int]:
    """The cells of tables scraped one cell per line ("Nairobi", "174.63", "168.06", "Mombasa", ...)
    under a sentence that announces them with a colon ("... are as follows:"; a sidebar's "Most
    popular" list with its counts has none), or under their subheading after a paragraph: see
    `_table_in_run` and `cell_table`."""
    rows: set[int] = set()
    position = 0
    while position < len(content):
        end = position
        while end < len(content) and _cell_line(content[end]):
            end += 1
        if end == position:
            position += 1
            continue
        first, table = _table_in_run(content, position, end)
        rows.update(line.index for line in content[first : first + table])
        position = end
    return rows


def _table_in_run(content: list[Line], position: int, end: int) -> tuple[int, int]:
    """(first cell, number of cells) of the table the run of short lines content[position:end]
    holds, or (position, 0). The table may open under its subheading ("La classifica")."""
    for skip in (0, 1):  # under a sentence that announces it with a colon
        above = content[position + skip - 1] if position + skip > 0 else None
        if above is None or above.words < ANNOUNCING_WORDS or above.text.rstrip()[-1:] not in ":：":
            continue
        table = cell_table(content[position + skip : end])
        if table:
            return position + skip, table
    # Under its subheading alone, after a paragraph (a clip's teaser or a paywall's buttons may stand
    # between them): "إحصائيات المباراة" / "الإحصائية" / "شباب الأهلي" / "العين" / "الاستحواذ" / "57%" /
    # "43%" ...; three columns at least, two of them figures (a sidebar's headlines and their counts
    # have two).
    if any(line.words >= GOOD_WORDS and line.ends_sentence for line in content[max(0, position - TABLE_REACH) : position]):
        for lead in range(1, TABLE_LEAD + 1):
            table = cell_table(content[position + lead : end], min_figures=2)
            if table:
                return position + lead, table
    return position, 0


def _cell_line(line: Line) -> bool:
    return 0 < line.words <= CELL_WORDS and line.text.rstrip()[-1:] not in ".!?؟:"


def cell_table(cells: list[Line], min_figures: int = 1) -> int:
    """How many of these lines, from the first, make a table: an optional header row of names, then
    three rows or more of one width whose columns keep their kind (a name or a figure) from row to
    row, `min_figures` columns of figures at least and one of names. 0 when they make none."""
    kinds = [_figure_line(cell) for cell in cells]
    counted = [_counted(cell) for cell in cells]
    # A number with its unit's word ("3 bedroom", "400 ليرة") fits a column of either kind: the
    # columns are read with it as a name, then as a figure ("دمشق", "400 ليرة", "4500 ليرة").
    shown = [kind or count for kind, count in zip(kinds, counted)]
    return max(_rows_of_width(kinds, counted, read, width, min_figures) for read in (kinds, shown) for width in TABLE_COLUMNS)


def _rows_of_width(kinds: list[bool], counted: list[bool], read: list[bool], width: int, min_figures: int) -> int:
    """The cells that make a table `width` columns wide, its columns' kinds as `read` from its first row."""
    # The header row: names, or years over columns of figures ("Six months to December", "2024",
    # "2023", "Change" over "Revenue", "R4.82bn", "R4.31bn", "+11.8%").
    head, body = tuple(kinds[:width]), tuple(read[width : 2 * width])
    headed = len(kinds) >= 2 * width and head != body and all(not cell or under for cell, under in zip(head, body))
    start = width if headed else 0
    pattern = tuple(read[start : start + width])
    if len(pattern) < width or all(pattern) or sum(pattern) < min_figures:
        return 0
    rows = 0
    while _fits(kinds[start + rows * width : start + (rows + 1) * width], counted[start + rows * width :], pattern):
        rows += 1
    return start + rows * width if rows >= TABLE_MIN_ROWS else 0


def _fits(row: list[bool], counted: list[bool], pattern: tuple[bool, ...]) -> bool:
    """The row's cells keep the columns' kinds; a number with its unit's word fits either kind."""
    return len(row) == len(pattern) and all(kind == want or loose for kind, loose, want in zip(row, counted, pattern))


def _figure_line(line: Line) -> bool:
    """A cell that is a figure: "174.63", "12%", "+3,5", "R4.82bn", "$12m" (a currency's sign or a
    unit of a letter or two around the number)."""
    return bool(line.tokens) and all(token[0].isdigit() or _UNIT_FIGURE.match(token) for token in line.tokens)


def _counted(line: Line) -> bool:
    """ "45 dakika", "3 hours": a number and its unit's word, a cell of either kind (a figure's, or a
    name's in a column of "1 bedroom", "5+ bedroom")."""
    return _NUMBER_AND_UNIT.match(line.text.strip()) is not None


# A number (a currency's sign before it, thousands in it) and its unit's word: "3 hours", "₹1,876 cr"
_NUMBER_AND_UNIT = regex.compile(r"^[^\w\s]{0,2}\s?\d[\d.,٫٬]*\+?\s\p{L}[\p{L}\p{Mn}]{0,14}\.?$")


_UNIT_FIGURE = regex.compile(r"^\p{L}{1,2}\d[\d.,]*\p{L}{0,3}$|^\d[\d.,]*\p{L}{1,3}$")


def _with_figures(rows: list[Line]) -> int:
    """How many rows hold a figure in a cell after the first: a number, a cell that opens with one
    ("6 h 15", "60 % de l'offre"), a date, or a dash for a figure missing ("—")."""
    return sum(1 for row in rows if any(_figure_cell(cell.strip()) for cell in _cells(row.text)[1:]))


def _figure_cell(cell: str) -> bool:
    """A figure, or a date: a timetable's "الخميس 30 أكتوبر 2025" is a value as much as "6 h 15"."""
    if _NUMBER_CELL.match(cell) is not None or cell[:1].isdigit() or cell in ("-", "–", "—", "−"):
        return True
    return any(char.isdigit() for char in cell) and dates.is_date_line(cell)


def _cells(text: str) -> list[str]:
    """A row's cells, joined with " | " or with tabs (a browser's innerText of a table); [] otherwise."""
    if " | " in text:
        return text.split("|")
    if "\t" in text:
        cells = [cell for cell in text.split("\t") if cell.strip()]
        return cells if len(cells) > 1 else []
    return []
