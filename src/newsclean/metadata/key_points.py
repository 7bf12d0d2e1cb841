"""Key-points boxes: "Key points" / "L'essentiel" / "أبرز النقاط" over a few short lines that sum the
story up before its first paragraph.

The box repeats the text in brief, like a standfirst: its lines leave the body and are returned in
`Article.key_points`. It is recognised by its heading (the key-points lexicon,
`lexicons/<lang>/key-points.txt`, the whole line and nothing more), by its place (between the header
and the first paragraph: the same heading inside the text is a subheading, "What you need to know"
over the paragraphs that tell it) and by its shape: two to six lines, each shorter than a paragraph,
ended by the first line that is not one (the lead paragraph, a caption, a byline, a share bar, a
live page's first update time).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from . import byline, captions, dates
from ..lines import WORD, Line
from ..page import Page
from ..types import Label

HEADING_WORDS = 6  # "Het belangrijkste in het kort", "أبرز ما جاء في الحوار"
HEADING_REACH = 16  # non-blank lines above the first kept line where the box's heading may stand
ITEM_MAX_WORDS = 25  # the items are short; the lead paragraph under them is longer
ITEMS = (2, 6)  # lines a box holds
NAME_WORDS = 4  # a writer's name right over the date ends the box
_BULLETS = frozenset("•·▪●■◆-–—*✓✔►▶")


def find(page: Page, content: Sequence[Line]) -> list[str]:
    """Label the key-points box before the first paragraph, if there is one, and return its items."""
    first = next((position for position, line in enumerate(content) if not line.removed), None)
    if first is None:
        return []
    for position in range(max(0, first - HEADING_REACH), first + 1):
        heading = content[position]
        if not _heading(heading):
            continue
        items = _items(page, content, position + 1)
        items += _second_part(page, content, position + 1 + len(items), items)
        rest = content[position + 1 + len(items) :]
        if not ITEMS[0] <= len(items) <= ITEMS[1] or not any(not line.removed for line in rest):
            continue
        heading.decide(Label.KEY_POINTS, "segment.key-points", "a key-points box's heading before the text")
        for item in items:
            item.decide(Label.KEY_POINTS, "segment.key-points", "a line of the key-points box")
        return [item.text for item in items]
    return _headless(content, first)


UNHEADED_ITEM_WORDS = 15  # "Company fails to line up enough offtakers for terminal"
_HEADER = (Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE, Label.DATELINE)


def _headless(content: Sequence[Line], first: int) -> list[str]:
    """A box without a heading (a wire's "Summary" list): two to six short lines alike, without a full
    stop, between the article's header and a lead paragraph that opens with its dateline ("ROTTERDAM,
    Jan 28 (Reuters) - ..."): the text starts at the dateline, the lines over it sum it up."""
    reach = content[first : first + ITEMS[1] + 3]
    lead = next((line for line in reach if not line.removed and byline.dateline_head(line.text) is not None), None)
    if lead is None:
        return []
    items: list[Line] = []
    for line in reversed(content[: content.index(lead)]):
        if line.blank or line.label in (Label.CAPTION, Label.CREDIT):
            continue
        if line.label in _HEADER:
            break  # (under the header only: a list in the text has its paragraph over it)
        if line.words > UNHEADED_ITEM_WORDS or line.ends_sentence or not _item_like(line) or len(items) == ITEMS[1]:
            return []
        items.insert(0, line)
    else:
        return []
    if len(items) < ITEMS[0] or not all(_same_style(items[0], item) for item in items):
        return []
    for item in items:
        item.decide(Label.KEY_POINTS, "segment.key-points", "a short line between the header and the lead's dateline")
    return [item.text for item in items]


def _heading(line: Line) -> bool:
    """The whole line is a key-points heading ("Key points:", "Das Wichtigste in Kürze")."""
    # (a menu's word inside it does not make it a menu: "النقاط الرئيسية", "key points", holds "الرئيسية", "home")
    if line.words > HEADING_WORDS or line.label not in (Label.BODY, Label.BOILERPLATE, Label.NAVIGATION):
        return False
    phrase = lexicon.phrase_in(line.text, "key-points")
    return phrase is not None and len(WORD.findall(phrase)) == line.words


def _items(page: Page, content: Sequence[Line], start: int) -> list[Line]:
    """The short lines under the heading, written alike, down to the first line that cannot be one."""
    items: list[Line] = []
    for position in range(start, min(len(content), start + ITEMS[1] + 1)):
        line = content[position]
        if not _item_like(line) or line.index in page.live_stamps:
            break
        below = content[position + 1] if position + 1 < len(content) else None
        if below is not None and line.words <= NAME_WORDS and dates.is_date_line(below.text, folded=below.key):
            break  # "كريمة بن عودة" over "20 مارس 2025": the writer's name over the date, in any script
        if items and not _same_style(items[0], line):
            break
        items.append(line)
    return items


PART_HEADING_WORDS = 4
PART_ITEMS = 2


def _second_part(page: Page, content: Sequence[Line], start: int, items: list[Line]) -> list[Line]:
    """A box's second part: a short question over one or two items written like the box's ("In
    short:" / items / "What's next?" / "A new pontoon is being built ..."), then the text. Returned
    with its question. When the text's first paragraphs are as short as the items, the question
    answers in one line: the first."""
    if not items or start >= len(content):
        return []
    question = content[start]
    if question.words > PART_HEADING_WORDS or not question.text.rstrip().endswith(("?", "؟")):
        return []
    part = []
    for line in content[start + 1 : start + 1 + PART_ITEMS + 1]:
        if not _item_like(line) or not _same_style(items[0], line):
            break
        part.append(line)
    if len(part) > PART_ITEMS:
        part = part[:1]
    if not part or len(items) + 1 + len(part) > ITEMS[1]:
        return []
    return [question, *part]


def _same_style(first: Line, line: Line) -> bool:
    """A box's items are written alike: with bullets or without, with a full stop or without. The lead
    paragraph under items without one ends its sentence ("... how much it will cost?")."""
    marked = first.text[:1] in _BULLETS
    return (line.text[:1] in _BULLETS) is marked and line.ends_sentence is first.ends_sentence


def _item_like(line: Line) -> bool:
    """Short, and still body, or set aside only as the lines before the main text are; not the
    article's byline or date under the box ("Vivian Lok and Marcus Yip", "12 March 2025")."""
    if not 2 <= line.words <= ITEM_MAX_WORDS:
        return False
    if not line.removed or line.rule == "region.before-main-text":
        return not (captions.header_line(line) or byline.names_alone(line.text))
    return False
