"""Repeats inside the main text: a line the page already showed (the title again, a caption twice)
is kept once, at its first occurrence; a pull quote, a sentence of the text set apart in quotation
marks, goes wherever it stands."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line, ends_with_colon
from ..metadata import byline
from ..page import Page
from ..types import Label
from . import hints
from .hints import SUBHEADINGS


QUOTE_MARKS = frozenset("\"“”«„‘'")
PULL_QUOTE_WORDS = (5, 40)
PULL_QUOTE_SLACK = 8  # words of the source sentence a pull quote may leave out ("she says")
MAX_PULL_QUOTES = 50  # candidates checked per page: the check compares each with the kept lines


def apply(page: Page) -> None:
    if page.region is None:
        return
    _duplicates(page)
    _pull_quotes(page)


def _heading_listed_above(page: Page, line: Line, earlier: int) -> bool:
    """HTML: a subheading of the text whose copy above is an item of a list (a live page's "key
    events" box names its entries' headings): the heading is the text's, the item the copy."""
    return not SUBHEADINGS.isdisjoint(hints.tokens_of(page, line.index)) and "li" in hints.tokens_of(page, earlier)


def _duplicates(page: Page) -> None:
    first_seen: dict[str, int] = {}
    for line in page.lines:
        if line.blank or line.index in page.contents:
            continue  # a table of contents: the copies below are the text's subheadings
        if (line.cls == "item" and line.rule != "region.live-stamp") or line.rule == "region.table-cell":
            continue  # a table's header row over each table, a list's item the text lists again, a cell the table repeats ("Fair")
        earlier = first_seen.setdefault(line.key, line.index)
        # the standfirst shown again as the lead paragraph; a line of the text a banner showed above
        lead = line.rule in ("region.lead-again", "region.shown-outside")
        # (a verse the text quotes under "... بقوله تعالى:", which the masthead's banner also shows)
        quoted = earlier != line.index and page.lines[earlier].removed and _introduced(page, line)
        if earlier != line.index and not line.removed and not lead and not quoted and not _heading_listed_above(page, line, earlier) and not _section_heading_again(page, line, earlier):
            line.decide(Label.BOILERPLATE, "repetition.duplicate", f"same text as line {earlier + 1}")


SECTION_HEADING_WORDS = 5  # "المكونات", "طريقة التحضير", "What you need"


def _section_heading_again(page: Page, line: Line, earlier: int) -> bool:
    """A subheading each part of the text opens with ("المكونات" over each recipe's list): both copies
    kept inside the main text, each over lines of its own."""
    first = page.lines[earlier]
    if first.removed or line.words > SECTION_HEADING_WORDS or line.ends_sentence:
        return False
    if page.region is None or not page.region[0] <= earlier < line.index <= page.region[1]:
        return False
    under_first, under = _next_line(page, earlier), _next_line(page, line.index)
    return under_first is not None and under is not None and not under.removed and not under_first.removed and under.key != under_first.key


def _next_line(page: Page, index: int) -> Line | None:
    """The first non-blank line after `index` (walked, not sliced: a long page repeats many lines)."""
    for position in range(index + 1, len(page.lines)):
        if not page.lines[position].blank:
            return page.lines[position]
    return None


INTRODUCING_WORDS = 6  # a sentence's worth over the quote it introduces


def _introduced(page: Page, line: Line) -> bool:
    """The line right above is a sentence of the text that ends with a colon: it introduces this one."""
    above = next((other for other in reversed(page.lines[: line.index]) if not other.blank), None)
    return above is not None and not above.removed and above.words >= INTRODUCING_WORDS and ends_with_colon(above.text)


QUOTED_HEADING_WORDS = 12  # "« Je travaillais sur le parking de la salle des fêtes »"
QUOTED_HEADING_REACH = 3  # paragraphs under it where its source may stand (a section opens with a scene)


def _heads_its_source(quote: Line, distance: int) -> bool:
    """ "‘I felt like a fool’" over the paragraph that holds the words: a subheading quoting the text
    below it (short, no full stop, a few lines above its source), not a pull quote set apart."""
    short = quote.words <= QUOTED_HEADING_WORDS and quote.text.rstrip("’'\"”»“«‘").rstrip()[-1:] not in ".!?؟।"
    return short and 0 < distance <= QUOTED_HEADING_REACH


def _pull_quotes(page: Page) -> None:
    first, _ = page.region or (0, -1)
    # The text may go on past the region, under a related box set inside it.
    kept = [line for line in page.lines[first:] if not line.blank and not line.removed]
    low, high = PULL_QUOTE_WORDS
    headings = _headings(page)  # the markup's subheadings quote the text on purpose ("« On va ... »")
    quotes = [line for line in kept if line.text[0] in QUOTE_MARKS and low <= line.words <= high and line.index not in headings]
    place = {line.index: position for position, line in enumerate(kept)}
    # Unmarked, a pull quote is a sentence of a paragraph just above it, set apart without its full
    # stop (a heading that sums up the paragraph under it comes before it).
    bare = [
        line
        for position, line in enumerate(kept)
        if line.text[0] not in QUOTE_MARKS and BARE_QUOTE_WORDS <= line.words <= high and not line.ends_sentence
        and not line.text.isupper()  # "STEP BY STEP PROCESS FOR ...": a heading in capitals
        and line.index not in headings and _bare_quote(line, kept[max(0, position - BARE_QUOTE_REACH) : position])
    ]
    # The last sentence of the paragraph right above, printed again under it.
    bare += [
        line
        for position, line in enumerate(kept)
        if position and line.ends_sentence and low <= line.words <= high and line.words < kept[position - 1].words and line not in bare
        and line.text[0] not in QUOTE_MARKS and kept[position - 1].tokens[-len(line.tokens) :] == line.tokens
    ]
    for line in bare:
        line.decide(Label.BOILERPLATE, "repetition.pull-quote", "a sentence of the paragraph just above it, set apart")
    for quote in quotes[:MAX_PULL_QUOTES]:
        for other in kept:
            # The source is longer, or the same words in other quotation marks right above it (“...” under "...").
            longer = other.words > quote.words or (place[other.index] == place[quote.index] - 1 and other.tokens == quote.tokens)
            if other is not quote and longer and _quoted_in(quote.tokens, other.tokens):
                if _heads_its_source(quote, place[other.index] - place[quote.index]):
                    break
                quote.decide(Label.BOILERPLATE, "repetition.pull-quote", f"words of line {other.index + 1}")
                position = place[quote.index]
                speaker = kept[position + 1] if position + 1 < len(kept) else None
                if speaker is not None and (_speaker(speaker) or _named_above(speaker, kept[max(0, position - SPEAKER_REACH) : position])):
                    speaker.decide(Label.BOILERPLATE, "repetition.pull-quote", "the pull quote's speaker")
                break


BARE_QUOTE_WORDS = 10
BARE_QUOTE_REACH = 2  # kept lines above the quote where its paragraph stands


def _bare_quote(line: Line, near: Sequence[Line]) -> bool:
    """The line's words stand, in order and together, in a longer paragraph above it."""
    return any(other is not line and other.words > line.words and _quoted_in(line.tokens, other.tokens) for other in near)


SPEAKER_WORDS = 10
# A dash before the name or a role after a comma: a name alone may be a subheading ("App Development").
_SPEAKER = regex.compile(r"^(?:[—–-]\s*(?P<name>[^,،:]+?)(?:\s*[,،]\s*\S.*)?|(?P<name>[^,،:]+?)\s*[,،]\s*\S.*)$")


def _speaker(line: Line) -> bool:
    """ "Rodrigo Villaseñor Peña, director de Sacmex", "— Jane Doe": who said a pull quote, under it
    (a name in a script with capitals, a role after a comma; no sentence)."""
    if line.words > SPEAKER_WORDS or line.ends_sentence:
        return False
    found = _SPEAKER.match(line.text.strip())
    return found is not None and 2 <= len(found.group("name").split()) <= 4 and byline.bare_name(found.group("name"))


SPEAKER_REACH = 4  # kept lines above a pull quote where the text names its speaker
NAME_WORDS = 2  # the end of a name the text must show: "Gareth Lloyd-Evans" of "Cllr Gareth Lloyd-Evans"


def _named_above(line: Line, above: Sequence[Line]) -> bool:
    """ "Cllr Gareth Lloyd-Evans" under a pull quote: a name alone, which the text just above names
    too (a subheading alone, "App Development", is no one the text quotes)."""
    if line.words > SPEAKER_WORDS or line.ends_sentence or line.words < NAME_WORDS or not byline.bare_name(line.text.strip()):
        return False
    name = line.tokens[-NAME_WORDS:]
    return any(other.tokens[n : n + NAME_WORDS] == name for other in above for n in range(len(other.tokens)))


def _headings(page: Page) -> set[int]:
    """The lines the HTML marks as subheadings (<h2> ... <h6>)."""
    return {
        index
        for index, hint in enumerate(page.hints)
        if hint and not SUBHEADINGS.isdisjoint(hint.split())
    }



# "و" / "ف" ("and", "so") written onto the word: the text's "والبلدية التي ..." is the quote's "«البلدية التي ...»".
_JOINED_AND = ("و", "ف")


def _quoted_in(quote: list[str], text: list[str]) -> bool:
    """Whether the quote's words occur in order in `text`, close together (a few words may come
    between them: "We're not activists," she says, "We're counters."). The text's sentence may join
    its first word to the one before ("والبلدية")."""
    span = len(quote) + PULL_QUOTE_SLACK
    quote, text = _straight(quote), _straight(text)  # "It’s" in the quote is the text's "It's"
    for start, token in enumerate(text):
        if token != quote[0] and not (token[:1] in _JOINED_AND and token[1:] == quote[0]):
            continue
        window = iter(text[start + 1 : start + span])
        if all(word in window for word in quote[1:]):
            return True
    return False


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _straight(tokens: list[str]) -> list[str]:
    """The words with their apostrophes straight: a pull quote's typography may differ from the text's."""
    return [token.translate(_APOSTROPHES) for token in tokens] if any("’" in token or "ʼ" in token or "‘" in token for token in tokens) else tokens


def trim_edges(page: Page) -> None:
    """Once repeats are gone, what is left at either end of the kept text must still pay its way.

    The region search ends a segment only where every suffix of it adds prose (and likewise starts
    it). Removing a repeat can break that: a page rendered twice keeps one copy, and the short lines
    that sat between the copies would trail the article. Trimming the longest end run whose scores
    sum to zero or less restores it for the lines actually kept, so cleaning the body again finds the
    same body.
    """
    kept = [line for line in page.lines if not line.blank and not line.removed]
    for edge in (kept[::-1], kept):
        total, cut = 0.0, 0
        for count, line in enumerate(edge, start=1):
            total += line.score
            if total <= 0 and line.cls != "item":  # an announced list's items pay their way by being announced
                cut = count
        for line in edge[:cut]:
            if not line.removed:
                line.decide(Label.BOILERPLATE, "repetition.edge-fragment", "fragments left at the edge of the text")
