"""A table of contents: a run of short lines the text repeats further down, in the same order, as
its subheadings. The run goes at no cost to the text around it; the subheadings stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lines import Line
from ...types import Label
from .common import SHORT_COST
from .lists import marked_item


TOC_ITEM_WORDS = 15
TOC_MIN_ITEMS = 3
TOC_TOGGLE_WORDS = 2  # "Hide", "إخفاء", "[masquer]": a toggle under the contents heading


def _table_of_contents(content: Sequence[Line]) -> frozenset[int]:
    """A table of contents: a run of short lines that all come back further down, in the same
    order, with prose after each later copy (the text's subheadings). The run goes, at no cost to
    the text around it; its later copies are the text's subheadings, not repeats. A list shown
    twice (teasers above and below the text) comes back with nothing between its items."""
    later: dict[str, list[int]] = {}
    for position, line in enumerate(content):
        later.setdefault(line.key, []).append(position)
    contents: set[int] = set()
    position = 0
    while position < len(content):
        copies: list[int] = []  # where the run's lines come back
        end = position
        while end < len(content) and content[end].words <= TOC_ITEM_WORDS:
            shown = later[content[end].key]  # once in the contents, once as a subheading over its prose
            again = shown[1] if len(shown) == 2 and shown[0] == end else None
            if again is None or (copies and again <= copies[-1]) or not _over_prose(content, again):
                break
            copies.append(again)
            end += 1
        # Each copy stands over its prose (_over_prose), so copies next to each other leave one without.
        adjacent = any(later_copy == copy + 1 for copy, later_copy in zip(copies, copies[1:]))
        if end - position < TOC_MIN_ITEMS or copies[0] < end or adjacent:
            position += 1
            continue
        heading = content[position - 1] if position else None  # "Contents", "Índice", "Sommaire"
        first = position - 1 if heading is not None and _contents_heading(heading, later) else position
        if first < position and first and content[first].words <= TOC_TOGGLE_WORDS and _contents_heading(content[first - 1], later):
            first -= 1  # "محتويات المقال" over its toggle, "إخفاء" ("Hide")
        for line in content[first:end]:
            contents.add(line.index)
            line.cls, line.score = "short", 0.0
            line.decide(Label.BOILERPLATE, "structure.table-of-contents", f"{end - position} items the text repeats as subheadings")
        for again in copies:
            subheading = content[again]
            if subheading.cls in ("bad", "repeated"):  # shown twice for the contents' sake, not chrome
                subheading.cls, subheading.score = "short", -SHORT_COST
        position = end
    return frozenset(contents)


TOC_HEADING_WORDS = 4


def _contents_heading(line: Line, later: dict[str, list[int]]) -> bool:
    """A short label over the contents ("Contents", "In this article"), shown once."""
    return line.cls in ("short", "near") and line.words <= TOC_HEADING_WORDS and not line.ends_sentence and len(later[line.key]) == 1


def _over_prose(content: Sequence[Line], position: int) -> bool:
    """The line stands over a paragraph, over a list's lead-in ("..., وهم:"), over a question it
    answers ("أسئلة وأجوبة" / "هل تعود الحصوات؟") or over a list's marked items ("- ألم حاد ...")."""
    if position + 1 >= len(content):
        return False
    below = content[position + 1]
    if below.cls == "good" or below.cls == "near" and below.text.rstrip()[-1:] in ":：":
        return True
    if marked_item(below.text):
        return position + 2 < len(content) and marked_item(content[position + 2].text)
    return below.cls in ("near", "short") and below.text.rstrip()[-1:] in "?؟"
