"""Find the main text: the contiguous run of lines with the most prose (a maximum-sum segment).

Each line contributes its structure score (prose +words, fragments −cost); the article is the segment
with the highest total, found in one pass (Kadane's algorithm), as in Finn et al.'s Body Text
Extraction. A terminator ("Related articles", "Comments") cannot be crossed. After the main text,
the same search finds appended articles (infinite scroll): long enough prose regions that begin
with a headline.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

import regex

from .. import lexicon
from ..lines import CLOSING_QUOTES, Line, ends_with_colon, full_stop, mostly_numbers
from ..metadata import byline, captions, dates
from ..page import Page
from ..types import Label
from . import headers, hints, structure
from .lexicon import CRUMBS, INTERVIEW_QUESTIONS, MIN_LINK_WORDS

MIN_EXTRA_SCORE = 60.0  # an appended article has at least this much prose
MIN_HEADED_SCORE = 30.0  # ...or this much when it begins with a header (headline and byline or date)
MIN_CLOSE_SCORE = 20.0  # ...or this much right under its header (a wire item of two short paragraphs)
MIN_EXTRA_GOOD = 3  # paragraphs of prose after the text that make more text...
MIN_SHORT_GOOD = 2  # ...or an appended article right under its header, or the text going on after an inline box
APPENDED_HEADER_LINES = 4  # headline, byline, date, picture
APPENDED_HEADLINE_WORDS = 5  # a headline, not a commenter's name over a dated comment
STAMP_WORDS = 12  # a comment's stamp line ("1 hour ago Report abuse Permalink Reply")
THREAD_LOOKAHEAD = 6  # lines below a "Comments" heading where the thread shows its shape
COMMENTS_OUTWEIGH = 50.0  # an article scoring this much above a "Comments" heading is the main text, however long the thread
FIRST_BLOCK_SHARE = 0.4  # an earlier block with half the best block's prose is the article
FRAGMENT_RUN = 3
SUBHEADING_WORDS = 6
ANNOUNCED_ITEM_WORDS = 6  # an unmarked item of a list the text announces: "Shawnee", "a runny or blocked nose"
INLINE_BOX_LEAD = 2  # a related box inside the text starts this close after the paragraph above it...
INLINE_BOX_LINES = 7  # ...holds at most this many links...
INLINE_BOX_OPENING = 4  # ...two paragraphs in a row among its first lines, the first of them a paragraph
INLINE_BOX_PROSE = 0.6  # ...and the text after it is mostly paragraphs (a list of teasers alternates headlines and summaries)
BOX_HEADING_WORDS = 4  # a box's heading alone on its line ("Most read", "الأكثر قراءة"), its links under it...
TEASER_WORDS = 15  # ...each a headline's length, even when it ends with a full stop
SCATTERED_SHARE = 0.5  # below this share of the page's prose in the main run, prose elsewhere is kept
_OUTSIDE_RULES = ("region.before-main-text", "region.after-main-text")  # this many fragments in a row inside the main text are a widget (links, tags, menu)


def best_segment(lines: Sequence[Line], barriers: set[int]) -> tuple[float, int, int] | None:
    """(score, first, last) positions in `lines` of the maximum-sum segment not crossing a barrier."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for position, line in enumerate(lines):
        if line.index in barriers:
            total, start = 0.0, position + 1
            continue
        if total <= 0:
            total, start = line.score, position
        else:
            total += line.score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, position)
    return best


def main_segment(lines: Sequence[Line], barriers: set[int]) -> tuple[float, int, int] | None:
    """The best segment of the first barrier-delimited block that holds a real share of the page's prose.

    Barriers split the page into blocks (before "Related articles", after it; one block per appended
    article). The article comes first: a later block wins only when the earlier ones hold little prose
    (a teaser with one sentence at the top of the page).
    """
    blocks: list[tuple[float, int, int]] = []
    start = 0
    for position in [*(p for p, line in enumerate(lines) if line.index in barriers), len(lines)]:
        found = best_segment(lines[start:position], set())
        if found is not None:
            blocks.append((found[0], found[1] + start, found[2] + start))
        # Under a "Comments" heading, or at the first stamp of a thread whose comments each end with
        # a "Reply" button (a blog's front page stamps its posts alike, without one)
        at_comments = position < len(lines) and (
            lines[position].label is Label.COMMENTS or _replied_thread(lines, position)
        )
        if at_comments and any(score >= COMMENTS_OUTWEIGH for score, _, _ in blocks) and _thread_follows(lines, position):
            break  # below a "Comments" heading comes no article when an article stands above it
        start = position + 1 if position < len(lines) and lines[position].index in barriers else position
    if not blocks:
        return None
    best = max(score for score, _, _ in blocks)
    return next(block for block in blocks if block[0] >= FIRST_BLOCK_SHARE * best)


REPLIED_STAMPS = 3  # stamps of a thread, each comment under one followed by its "Reply" button


def _replied_thread(lines: Sequence[Line], position: int) -> bool:
    """The first stamp of a comment thread (a template series that structure made a terminator)
    whose comments each end with a "Reply" button before the next stamp."""
    if lines[position].rule != "structure.template-series":
        return False
    stamps = [n for n in range(position, len(lines)) if lines[n].rule == "structure.template-series"]
    gaps = list(zip(stamps, stamps[1:]))[:REPLIED_STAMPS * 2]
    replied = sum(
        1 for a, b in gaps
        if any(line.rule == "lexicon.comments" and line.words <= structure.REPLY_WORDS for line in lines[a + 1 : b])
    )
    return len(gaps) >= REPLIED_STAMPS and replied * 4 >= len(gaps) * 3


def _thread_follows(lines: Sequence[Line], position: int) -> bool:
    """A comment thread below its heading shows its shape within a few lines: a stamp ("Posted by X
    at 3:24 PM", one of a template series), a date, or the form's fields. A table column headed
    "Additional comments" or a menu entry "General discussion" does not."""
    for line in lines[position + 1 : position + 1 + THREAD_LOOKAHEAD]:
        rules = {rule for _, rule, _ in line.decisions}
        if rules & {"structure.template-series", "lexicon.form", "lexicon.comments"}:
            return True
        if line.words <= 12 and (dates.CLOCK.search(line.key) or dates.is_date_line(line.text, folded=line.key)):
            return True  # "January 7 17:00", "Posted 3 hours ago"
    return False


READ_ALSO_LINES = 3  # "Baca juga: ..." lines between the last paragraph and a list the text announces


def _list_after_teaser(content: Sequence[Line], last: int) -> int:
    """The text goes on under a "read also" teaser with a sentence that announces a list ("Ia
    menyebutkan, ... antara lain:") and the list's items: the last paragraph is the sentence's,
    which the teaser's cost hid from the search (the items add no score)."""
    position = last + 1
    while position < len(content) and position - last <= READ_ALSO_LINES and content[position].rule == "lexicon.read-also":
        position += 1
    if position == last + 1 or position + 2 >= len(content):
        return last
    opener, items = content[position], content[position + 1 : position + 3]
    if not _opens_list(opener) or opener.cls not in ("good", "near"):
        return last
    return position if all(item.cls == "item" and not item.removed for item in items) else last


def _gallery_counters(content: Sequence[Line]) -> None:
    """A photo gallery's counters ("3 / 6") beside its credited captions are the figure's furniture,
    like the captions themselves: they cost the main text nothing, so a paragraph after a gallery
    is not cut off by it."""
    for position, line in enumerate(content):
        if line.score < 0 and captions.gallery_counter(line):
            around = content[max(0, position - 1) : position + 2]
            if any(other is not line and lexicon.credit_phrase(other.text) for other in around):
                line.score = 0.0


def apply(page: Page) -> None:
    content = page.content
    barriers = set(page.terminators)
    _gallery_counters(content)
    found = main_segment(content, barriers)
    if found is None:
        for line in content:
            line.decide(Label.BOILERPLATE, "region.no-main-text", "no run of prose on the page")
        return
    score, first, last = found
    last = _list_after_teaser(content, last)
    under_box = False
    while True:
        while last + 1 < len(content) and content[last + 1].cls == "item":
            last += 1  # an announced list right after the last paragraph (a match sheet) adds no score
        # ... nor a fact box there, under its heading (and a second one right under it: each team's line-up)
        box = _fact_box_under(content, last + 1, under_box=under_box)
        if not box:
            break
        for member in box:
            member.cls, member.score = "item", 0.0
        last += len(box)
        under_box = True
    last = _announced_table_under(content, last, barriers)
    while (resumed := _text_after_box(content, last, barriers)) is not None:
        wall, links, last = resumed  # the text went on under a related box set inside it
        for line in links:
            line.decide(Label.RELATED, "region.inline-related", "a link of the related box inside the text")
        barriers.discard(content[wall].index)
        page.terminators = [index for index in page.terminators if index != content[wall].index]
    last = _closing_sentence(content, last, barriers)
    last = _closing_answer(content, last, barriers)
    last = _closing_quote(content, last, barriers)
    # The standfirst printed again as the lead paragraph, right above the text, or the lead quoted
    # again by a list below the text (a long line shown twice scores as a repeat): the lead is the text's.
    if first and content[first - 1].cls == "repeated" and (reason := _lead_again(content, first - 1, last)):
        first -= 1
        lead = content[first]
        lead.cls, lead.score = "good", min(float(lead.words), structure.MAX_GAIN)
        lead.decide(Label.BODY, "region.lead-again", reason)
    opening = _opening_above_box(content, first, last, barriers)
    if opening is not None:  # the text began above a related box set inside it, which ends nothing
        start, end, resumed = opening
        for line in _box_links(content[end + 1 : resumed]):
            line.decide(Label.RELATED, "region.inline-related", "a link of the related box inside the text")
        page.terminators = [index for index in page.terminators if not content[end].index < index < content[resumed].index]
        first = start
    first = _opening_sentence(content, first)
    first = _listed_subheading_above(page, content, first)
    first = _past_opening_stamps(content, first, last)
    first = _past_opening_card(content, first, last)
    first = _past_header_fragment(content, first, last, live=bool(page.live_stamps))
    first = _first_update(page, content, first)
    _dateline_alone(content, first, last)
    page.region = (content[first].index, content[last].index)
    for line in content[:first]:
        _outside(line, "region.before-main-text")
    inside = content[first : last + 1]
    said: set[str] = set()  # sentences of the text a pull quote repeats, kept once
    for line in inside:
        if line.cls == "bad" and not line.decisions and _said_twice(page, line, inside) and line.key not in said:
            said.add(line.key)  # "Les écoles sont, elles aussi, concernées." as a paragraph, then as a pull quote
        elif (line.cls == "bad" and not line.decisions or line.rule == "html.trafilatura-agrees") and _shown_outside(page, line, inside):
            # "تعطيل الدوام" between two paragraphs, a tag under the text; "إنا لله وإنا إليه راجعون" in
            # an obituary, the site's banner over the page: the text's own line, which chrome repeats.
            line.decide(Label.BODY, "region.shown-outside", "a line of the text that the page's chrome shows again")
        elif line.cls == "bad" and not line.decisions:
            line.decide(Label.BOILERPLATE, "region.repeated-fragment", "short line repeated on the page")
        elif line.index in page.live_stamps and (not line.decisions or line.rule == "html.trafilatura-agrees"):
            # It kept the live text in one run; a reader of the text does not need the clock ("16:05").
            line.decide(Label.BOILERPLATE, "region.live-stamp", "a live update's time")
    _live_bylines(page, inside)
    _fragment_runs(inside)
    _closing_stamp(inside)
    _find_extra(page, content[last + 1 :], barriers)
    _scattered_prose(content, first, last, barriers)


def _listed_subheading_above(page: Page, content: Sequence[Line], first: int) -> int:
    """The text's first subheading, right over its first paragraph, when its table of contents lists
    it ("محتويات المقال" / "تعريف فقر الدم ..." / ...): the text opens with it."""
    if not first or not page.contents:
        return first
    above = content[first - 1]
    listed = {page.lines[index].key for index in page.contents}
    if above.removed or above.index in page.contents or above.key not in listed:
        return first
    above.cls, above.score = "item", 0.0  # a listed line: trimming the kept text's edges leaves it
    return first - 1


OPENING_REACH = 8  # lines at the top of the main text where the article's stamps may still stand
OPENING_LINE_WORDS = 40  # a standfirst or a key point; a paragraph of the text is longer


TABLE_UNDER_LINES = 40  # cells of a table the text's last line announces


def _announced_table_under(content: Sequence[Line], last: int, barriers: set[int]) -> int:
    """The text's last line announces a list or a table ("... على النحو التالي:") whose cells, one per
    line, cost more than the paragraph after them brings: the cells and that paragraph are the text's
    (the position of the new last line, else `last`)."""
    if not _opens_list(content[last]):
        return last
    run: list[Line] = []
    for line in content[last + 1 : last + 1 + TABLE_UNDER_LINES]:
        if line.cls == "good" or line.removed or line.index in barriers:
            break
        run.append(line)
    end = last + 1 + len(run)
    below = content[end] if end < len(content) else None
    if len(run) < FRAGMENT_RUN or below is None or below.removed or below.cls != "good" or below.index in barriers:
        return last
    if not (_announced(content[last], run, below) or _cells_of_table(content[last], run, below)):
        return last
    for member in run:
        member.cls, member.score = "item", 0.0
    return end


def _closing_sentence(content: Sequence[Line], last: int, barriers: set[int]) -> int:
    """The text's last sentence, too short to pay its way ("The measure passed 4-1."), right under its
    last paragraph and over the page's chrome (a removed line, a terminator, the end): the text's."""
    if content[last].cls != "good" or last + 1 >= len(content):
        return last
    line = content[last + 1]
    if line.removed or line.index in barriers or line.cls == "good" or not full_stop(line) or line.words < 2:
        return last
    after = content[last + 2] if last + 2 < len(content) else None
    if not (after is None or after.removed or after.index in barriers):
        return last
    line.score = 1.0  # it pays its way as the text's: trimming the kept text's edges leaves it
    return last + 1


OPENING_SENTENCE_WORDS = 8


def _opening_sentence(content: Sequence[Line], first: int) -> int:
    """The text's first sentence, too short to pay its way ("C'est officiel."), right over its first
    paragraph and under the picture's credit ("Photo : Loïc Bernier / AFP"): the header stands above
    the picture, so the line between the credit and the text is the text's."""
    if first < 2 or content[first].cls != "good":
        return first
    line, above = content[first - 1], content[first - 2]
    if line.removed or line.cls == "good" or not full_stop(line) or not 2 <= line.words <= OPENING_SENTENCE_WORDS:
        return first
    if not captions.starts_with_credit(above.text) or above.words > OPENING_SENTENCE_WORDS:
        return first
    line.score = 1.0
    return first - 1


def _closing_answer(content: Sequence[Line], last: int, barriers: set[int]) -> int:
    """An interview's last question and its short answer, right under the text and over the page's
    chrome (a removed line, a terminator, the end), when the text asked and answered before: the text's."""
    if last + 2 >= len(content):
        return last
    question, answer = content[last + 1], content[last + 2]
    if question.removed or answer.removed or question.index in barriers or answer.index in barriers:
        return last
    if not question.asks or question.cls == "good" or answer.cls not in ("good", "near") or answer.asks:
        return last
    after = content[last + 3] if last + 3 < len(content) else None
    if not (after is None or after.removed or after.index in barriers):
        return last
    turns = sum(1 for above, below in zip(content[: last + 1], content[1 : last + 1]) if above.asks and below.cls == "good")
    if turns < INTERVIEW_QUESTIONS:
        return last
    question.score = answer.score = 1.0  # they pay their way as the text's: trimming the edges leaves them
    return last + 2


_OPENING_QUOTES = "«\"“„‹"


def _closing_quote(content: Sequence[Line], last: int, barriers: set[int]) -> int:
    """The text's last words quoted under their lead-in, right under its last paragraph and over the
    page's chrome ("ويختم نصّار بنصيحة للطرفين:" / "«التسوية تبقى أقلّ كلفة».", then the share bar):
    the text's."""
    if content[last].cls != "good" or last + 2 >= len(content):
        return last
    lead, quote = content[last + 1], content[last + 2]
    if lead.removed or quote.removed or lead.index in barriers or quote.index in barriers or lead.cls == "good":
        return last
    if not _opens_list(lead) or quote.text.lstrip()[:1] not in _OPENING_QUOTES:
        return last
    if not full_stop(quote) and quote.text.rstrip()[-1:] not in CLOSING_QUOTES:
        return last
    after = content[last + 3] if last + 3 < len(content) else None
    if not (after is None or after.removed or after.index in barriers):
        return last
    lead.score = quote.score = 1.0  # they pay their way as the text's: trimming the edges leaves them
    return last + 2


BOX_ITEMS = 12  # items of the list the text's last paragraph announces, over a related box


def _text_after_box(content: Sequence[Line], last: int, barriers: set[int]) -> tuple[int, list[Line], int] | None:
    """(wall, links, new last) when the text goes on under a "Related" box set inside it: the box's
    heading right under the text (or under the items of a list its last paragraph announces), a few
    bare links (or none, under a link to the comments with no thread below it), then paragraphs
    again, two of them in a row, up to the next terminator. A list of teasers under a heading
    alternates headlines and summaries; none of its summaries follows another. None otherwise."""
    position = last + 1
    if _opens_list(content[last]) or last and _opens_list(content[last - 1]):
        while position < len(content) and position - last <= BOX_ITEMS and _box_item(content[position]):
            position += 1  # "... sıraladı:", "Bergama", "Kınık", then the box
    # (a box the lexicons took may stand between: a booking form over "Selected deals")
    box_end = min(position + INLINE_BOX_LINES, len(content))
    boxed = next((n for n in range(position, box_end) if not _in_box(content[n])), box_end)
    reach = boxed + INLINE_BOX_LEAD
    wall = next((n for n in range(position, min(reach, len(content))) if content[n].index in barriers), None)
    if wall is None or any(not line.removed for line in content[position:wall]):
        return None
    # A link to the comments set inside the text ("Voir les commentaires" under "37 lecteurs
    # réagissent"), with no thread under it, is a box too: one without links.
    promo = content[wall].label is Label.COMMENTS and not _thread_follows(content, wall)
    if content[wall].label is not Label.RELATED and not promo or content[wall].rule == "lexicon.references":
        return None  # (the text never goes on under its sources)
    links: list[Line] = []
    resumed = _under_teasers(content, wall, barriers)
    start = resumed or wall + 1
    while not resumed and start < len(content) and content[start].index not in barriers and not _resumes(content, start):
        line = content[start]
        if line.cls == "good" or full_stop(line) or len(links) == INLINE_BOX_LINES:
            return None  # a teaser's summary, or no box of links
        if not line.removed and not promo:  # (under a link to the comments: the text's subheading)
            links.append(line)
        start += 1
    # (the box's links may all be taken already: a deals box's cards, each with its "Book now")
    taken = any(_in_box(line) for line in content[wall + 1 : start])
    if not (links or promo or resumed or taken) or start >= len(content) or content[start].index in barriers or _next_page_marked(content[wall + 1 : start]):
        return None  # ("Next article" over another page's article)
    headings: list[int] = []  # positions of a newsletter box's heading set inside the text
    kinds: list[str] = []  # P a paragraph, s a short one (t of a few words), q a short question, S a subheading, L a list's opener or item, R a teaser's link
    end = start
    for position in range(start, len(content)):
        line = content[position]
        if line.index in barriers:
            break
        if line.removed and (line.label in _TEASER_LINKS or line.rule.startswith("site.")):
            # a teaser's "Read more" between its summary and the next, or a teaser's headline or date a
            # site rule knows: no paragraphs in a row
            kinds.append("R")
            continue
        if line.removed:
            continue  # an advertisement's label, a newsletter's pitch
        if _widget_heading(content, position):
            headings.append(position)
            continue
        kind = (
            "P" if _text_line(line) and line.cls == "good"
            else "L" if _in_list(content, position)
            else "S" if _resumes(content, position)
            else "t" if full_stop(line) and 2 <= line.words <= TINY_SENTENCE_WORDS and not line.asks  # "Not everyone is convinced."
            else "s" if full_stop(line) and line.words >= 2 and not line.asks
            else "q" if full_stop(line) and line.words >= 2  # a question: a teaser's headline asks too
            else ""
        )
        if not kind:
            break
        kinds.append(kind)
        if kind == "P":
            end = position
    paragraphs = "".join(kinds)
    # (under teasers the series rule took, the text may alternate a question and its answer: "qPqP")
    # (a sentence of a few words between two paragraphs keeps them in a row: "PtP", "... والمنافسة لم تحسم بعد. ...")
    if paragraphs.count("P") < MIN_SHORT_GOOD or "PP" not in paragraphs and "PtP" not in paragraphs and not resumed:
        return None
    for position in headings:
        below = content[position + 1]
        content[position].decide(below.label, "region.box-heading", f"heading of the {below.label.value} box below it")
    if resumed:  # under teasers: the text runs on past a caption and its credit as it does above the box,
        # up to the best end of the prose that begins there, short of the next chrome a rule knows
        stop = next((n for n in range(end + 1, len(content)) if content[n].index in barriers or content[n].removed), len(content))
        found = best_segment(content[start:stop], set())
        if found is not None and found[1] <= end - start:
            end = max(end, start + found[2])
    return wall, links, end


TINY_SENTENCE_WORDS = 6  # "Not everyone is convinced.", "والمنافسة لم تحسم بعد."


def _in_box(line: Line) -> bool:
    """A line of a form or a widget a lexicon took inside the text (a field, its button)."""
    return line.removed and line.label in (Label.FORM, Label.NEWSLETTER, Label.ADVERTISEMENT) and line.rule.startswith("lexicon.")


TEASER_BOX_ITEMS = 2  # lines of a box of teasers the series rule took (headline, summary, stamp each)


def _under_teasers(content: Sequence[Line], wall: int, barriers: set[int]) -> int | None:
    """The position right under a "Related" box whose lines the series rule took as teasers, when a
    sentence stands there: an interview's next question ("You mentioned a night during a silent
    film.") resumes the text as a paragraph does. None otherwise."""
    position = wall + 1
    while position < len(content) and content[position].rule == "structure.teaser-items":
        position += 1
    if position - wall - 1 < TEASER_BOX_ITEMS or position >= len(content):
        return None
    line = content[position]
    if line.removed or line.index in barriers or not full_stop(line):
        return None
    return position


def _box_item(line: Line) -> bool:
    """An item of a list the text announces: a few words ("Bergama"), or a few more that end no
    sentence ("Konak'tan kalkış: 07.30, 10.00, 13.00"); not removed, no paragraph."""
    if line.removed or line.cls == "good":
        return False
    return _item_words(line) <= ANNOUNCED_ITEM_WORDS or line.words <= structure.SERIES_MAX_WORDS and not full_stop(line)


def _resumes(content: Sequence[Line], position: int) -> bool:
    """The text going on at `position`: a paragraph, a list's opener, or a subheading of a few words
    (no sentence) over a paragraph."""
    line = content[position]
    if line.removed:
        return False
    if line.cls == "good" or _opens_list(line):
        return True
    if line.words > SUBHEADING_WORDS:
        return False
    below = next((content[n] for n in range(position + 1, len(content)) if not content[n].removed), None)
    return not full_stop(line) and below is not None and below.cls == "good"


def _in_list(content: Sequence[Line], position: int) -> bool:
    """A list's opener, or an item of the list an opener above announces (items between)."""
    line = content[position]
    if _opens_list(line) or line.cls == "item":
        return True
    for above in reversed(content[max(0, position - TABLE_UNDER_LINES) : position]):
        if _opens_list(above):
            return _box_item(line)
        if above.removed or not _box_item(above):
            return False
    return False


def _widget_heading(content: Sequence[Line], position: int) -> bool:
    """A short line right over a newsletter's or a donation appeal's removed lines: the box's heading
    ("Get the Ledger Morning Report", "Morgens informiert"), no subheading of the text."""
    line = content[position]
    below = content[position + 1] if position + 1 < len(content) else None
    return (
        below is not None and below.label in (Label.NEWSLETTER, Label.DONATION)
        and line.words <= SUBHEADING_WORDS and not line.ends_sentence and line.cls != "good"
    )


def _past_opening_stamps(content: Sequence[Line], first: int, last: int) -> int:
    """Where the text starts when its first lines are still the header: a standfirst or a summary
    box, then the article's date stamps ("Publié le 13/02/2025 à 06:00", "Mis à jour le ..."), then
    the text. The stamps close the header; what is above them is no paragraph of the text."""
    top = content[first : min(last, first + OPENING_REACH)]
    stamp = None
    for position, line in enumerate(top):
        if line.words > OPENING_LINE_WORDS or line.rule == "structure.embedded-post":
            break  # a paragraph of the text; an embedded post, whose stamp is the post's
        if not line.removed and dates.is_date_line(line.text, folded=line.key) and dates.find_dates(line.text, folded=line.key):
            stamp = position
    if stamp is None or not any(line.cls == "good" for line in content[first + stamp + 1 : last + 1]):
        return first
    start = first + stamp + 1
    while start < last and content[start].cls not in ("good", "near"):
        start += 1  # the share bar under the stamps
    return start


CARD_HEADING_WORDS = 4  # "بطاقة الكتاب", "Fiche technique", "The details"


def _past_opening_card(content: Sequence[Line], first: int, last: int) -> int:
    """Where the text starts when a card of facts opens it, under the header at most: three "label:
    value" fields at least, under a short heading or none ("بطاقة الكتاب" / "المؤلف: ..." / "الناشر:
    ..." / ...), then a paragraph. The card is a book's or a film's, no part of the text."""
    for start in range(first, min(last, first + OPENING_REACH)):
        if content[start].cls == "good":
            return first  # the text began above it
        end = start
        while end <= last and structure.card_field(content[end]):
            end += 1
        if end - start < structure.CARD_FIELDS:
            continue
        if start > first and content[start - 1].words <= CARD_HEADING_WORDS and not content[start - 1].ends_sentence:
            start -= 1  # the card's heading
        while end < last and (content[end].removed or ":" in content[end].text and dates.is_date_line(content[end].text, folded=content[end].key)):
            end += 1  # its day of release ("في الصالات: 5 حزيران 2025"), its rating, the trailer's player
        if end > last or content[end].cls != "good":
            return first  # (the text's last lines: a card closing it, no paragraph under it)
        for line in content[start:end]:
            if not line.removed:
                line.decide(Label.BOILERPLATE, "region.opening-card", "a card of facts over the text")
        return end if start == first else first
    return first


HEADER_FRAGMENT_WORDS = 8
PLACE_ALONE_WORDS = 3
_PLACE_ALONE = regex.compile(r"^\s*\p{L}[\p{L}\p{M}.'’]*(?:\s\p{L}[\p{L}\p{M}.'’]*){0,2}\s+[-–—ـ]+\s*$")  # a place, a dash


def _past_header_fragment(content: Sequence[Line], first: int, last: int, *, live: bool = False) -> int:
    """The text's first line is the header's strip of facts, items set apart by a bar ("الجولة 28 |
    ملعب المملكة أرينا", "Analysis | 5 min read") and no sentence: the text starts under it. So it
    does under a few words without a sentence right under the byline or the date, over the first
    paragraph: a picture's caption without its credit, or a standfirst ("أعمال التطوير بأحد شواطئ
    الإسكندرية"); not on a live page."""
    line = content[first]
    if first >= last or line.words > HEADER_FRAGMENT_WORDS or line.ends_sentence:
        return first
    if structure.MENU_BAR.search(line.text):
        if any(other.cls == "good" for other in content[first + 1 : min(last + 1, first + OPENING_REACH)]):
            return first + 1
        return first
    above = next((other for other in reversed(content[:first]) if not other.blank), None)
    # (HTML: trafilatura or a heading's markup says it is the text's; on a live page, an update's
    # heading stands under its writer)
    markup_text = line.rule in hints.MARKUP_TEXT
    if above is not None and not live and not markup_text and content[first + 1].cls == "good" and _header_line(above):
        return first + 1
    return first


def _dateline_alone(content: Sequence[Line], first: int, last: int) -> None:
    """The lead's dateline on a line of its own over a paragraph at the top of the text ("جبيل -",
    "BEIRUT —"; a caption may stand above it): a dateline, not a line of the text."""
    for position in range(first, min(last, first + OPENING_REACH)):
        line = content[position]
        # (or a city the gazetteer knows, alone: "الرياض" under the picture, over the lead)
        alone = _PLACE_ALONE.match(line.text) or line.words <= PLACE_ALONE_WORDS and line.key.strip() in byline.gazetteer()
        if not line.removed and alone and content[position + 1].cls == "good":
            line.decide(Label.DATELINE, "region.dateline-alone", "a place over the first paragraph")
            return


def _header_line(line: Line) -> bool:
    """A byline or a date line of the article's header (a calendar date: a live entry's "13:45" heads
    the entry, whose heading comes next)."""
    if line.words > STAMP_WORDS:
        return False
    if byline.byline_author(line.key, line.text, line.words) is not None:
        return True
    return dates.is_date_line(line.text, folded=line.key) and any(date.iso for date in dates.find_dates(line.text, folded=line.key))


UPDATE_HEADING_WORDS = 12


def _first_update(page: Page, content: Sequence[Line], first: int) -> int:
    """A live page's text starts at its first update's time, over the update's heading ("14.32" /
    "Unions pleased with the turnout" / the paragraph): the search started at the paragraph, since
    the time and the heading add nothing to the score."""
    start = first
    if start and _update_heading(content[start - 1]):
        start -= 1
    if not start or content[start - 1].index not in page.live_stamps or content[start - 1].removed:
        return first
    for heading in content[start:first]:
        heading.cls, heading.score = "item", 0.0  # it rides with its update, as the later ones do
    return start - 1


def _update_heading(line: Line) -> bool:
    return not line.removed and line.words <= UPDATE_HEADING_WORDS and not line.ends_sentence


def _live_bylines(page: Page, inside: Sequence[Line]) -> None:
    """ "Posted by Jane Doe" right above or under a live update's time: who wrote that update, not text."""
    for position, line in enumerate(inside):
        if line.index not in page.live_stamps:
            continue
        for near in inside[max(0, position - 1) : position + 2]:
            if not near.decisions and near.words <= byline.MAX_BYLINE_WORDS and byline.byline_author(near.key, near.text, near.words):
                near.decide(Label.BYLINE, "region.live-byline", "a writer's name beside a live update's time")


_SHOWN_TWICE = ("bad", "repeated")  # the classes of lines the page shows more than once
_CONTACT = regex.compile(r"\S@\S|://|\bwww\.")


FACT_BOX_HEADING_WORDS = 8  # "Harlow Vesta 1.2 TGi Sport specs": a model's name and what the box holds


def _fact_box_under(content: Sequence[Line], position: int, under_box: bool = False) -> list[Line]:
    """The lines of a fact box right under a paragraph of the text (an advertisement's label may
    stand between them): a short heading without a colon ("Fiche technique", "ورقة المباراة", "Il
    tabellino"), then short lines, mostly pairs with labels all different but one: "label: value"
    on one line ("Arbitre : ...", "Buts : ...") or a label alone over its value ("Marcatori" / "12'
    Santoro (V), 71' Colonnese (L)"), up to the next paragraph, a line another rule has judged or the
    first line after them that is no pair; none of them shown twice on the page. [] otherwise.
    `under_box`: the line above is the last of such a box, not a paragraph."""
    if not 0 < position < len(content) or content[position - 1].cls != ("item" if under_box else "good"):
        return []
    skipped = []  # an advertisement's label between the paragraph and the box's heading ("Pubblicità")
    while position < len(content) and len(skipped) < AD_LABEL_LINES and content[position].removed and content[position].words <= AD_LABEL_WORDS and content[position].label not in _TEASER_LINKS:
        skipped.append(content[position])
        position += 1
    if position < len(content) and captions.credited(content[position]):
        position += 1  # a picture's caption with its credit, "المنطقة الثقافية (وام)", under the paragraph
    if position == len(content):
        return []
    line = content[position]
    if (
        line.cls in _SHOWN_TWICE
        or line.decisions
        or line.words > FACT_BOX_HEADING_WORDS
        or line.text[-1:] in ".:：!?؟"
    ):
        return []
    box: list[Line] = []
    labels: list[str] = []
    paired = 0  # the box's lines that are pairs or parts of one
    following = content[position + 1 :]
    number = 0
    while number < len(following):
        member = following[number]
        if member.decisions or member.cls == "good" or member.words > structure.LISTED_MAX_WORDS:
            break
        if member.cls in _SHOWN_TWICE and len(labels) >= structure.FACT_BOX_PAIRS and not structure.pair_item(member, in_box=True):
            break  # the box has ended: the writer's name, shown in the header too, signs the text under it
        if member.cls in _SHOWN_TWICE or _CONTACT.search(member.text) or member.text.rstrip().endswith(("...", "…")):
            # teasers ("Abonnés" over each one; "Aries: This is a good day t..."), a contact card ("Email: ...")
            return []
        value = following[number + 1] if number + 1 < len(following) else None
        if structure.pair_item(member, in_box=True):
            labels.append(structure.pair_label(member))
            paired += 1
        elif value is not None and _label_over_value(member, value):
            labels.append(member.text.strip())
            box.append(member)
            member, number = value, number + 1
            paired += 2
        elif len(labels) >= structure.FACT_BOX_PAIRS:
            break  # the box has ended: "Commentaires (12)"
        elif member.key[:1].isdigit() and mostly_numbers(member.tokens):
            return []  # a figure alone among the pairs: a table's cells ("1" / "الهلال" / "20"), no box
        box.append(member)
        number += 1
    # Labels all different but one ("المدرب: ..." under each team's line-up), pairs two thirds of the box.
    if len(labels) < structure.FACT_BOX_PAIRS or len(set(labels)) < len(labels) - 1 or paired * 3 < len(box) * 2:
        return []
    return [*skipped, line, *box]


FACT_LABEL_WORDS = 3  # "Marcatori", "الإنذارات", "Pro Lagonegro (4-3-3)"
AD_LABEL_LINES = 2  # removed labels between the text and a fact box ("Advertisement", "Pubblicità")...
AD_LABEL_WORDS = 2  # ...of a word or two each
FACT_VALUE_WORDS = 4  # "حوالي 18 ألف متفرج", "Tommaso Gualtieri di Pescara"
_BRACKETED = regex.compile(r"\([^()]*\)")


def _label_over_value(label: Line, value: Line) -> bool:
    """A fact box's label alone on its line over its value: a few words without a full stop or a
    colon, over its value: a list with commas or brackets, or a short figure or name ("Spettatori" /
    "2.140", "الأهداف" / "وليد قاسمي (د9) ..."). Neither was judged. A list of names ("Boeing" /
    "General Dynamics") or of headlines under section labels is no box of pairs."""
    if label.decisions or value.decisions or value.cls == "good" or value.words > structure.LISTED_MAX_WORDS:
        return False
    if not 0 < label.words <= FACT_LABEL_WORDS or label.text.rstrip()[-1:] in ".:：!?؟,،":
        return False
    if any(char.isdigit() for char in _BRACKETED.sub("", label.text)):
        return False  # "نتائج الجولة 12" heads a box of results; "Pro Lagonegro (4-3-3)" is a label
    if structure.pair_item(value, in_box=True):
        return False  # "Relevance" over "Price: Low to High": a menu's items
    listed = sum(value.text.count(mark) for mark in ",،;") >= 2
    if "(" in label.text:
        return listed  # a team and its formation over the line-up, not "Gardening (149)" over "Fall Gardening (20)"
    if "(" in value.text or listed:
        return True  # a line-up, the scorers with their minutes (not "Kansas City, MO")
    # A figure or a name, short: "2.140", "حوالي 18 ألف متفرج", "Tommaso Gualtieri di Pescara"; a
    # longer line is a teaser's headline ("MLB Headlines" / "Pirates Ink LaRoche To 2-Year Deal").
    short = value.words <= FACT_VALUE_WORDS
    return short and (any(char.isdigit() for char in value.text) or value.words >= label.words + 2)


STAMP_MAX_WORDS = 12


def _closing_stamp(inside: Sequence[Line]) -> None:
    """A date stamp as the last kept line of the text ("First published on: 21-08-2025 at 17:10 IST",
    "Updated March 3, 2025"): the page's stamp, not a sentence of the article."""
    kept = [line for line in inside if not line.removed]
    if len(kept) >= 2:
        last = kept[-1]
        # (not a table's last cell: "4 ساعات" of a schedule, one cell per line)
        if last.words <= STAMP_MAX_WORDS and last.cls != "item" and dates.is_date_line(last.text, folded=last.key):
            last.decide(Label.DATE, "region.closing-stamp", "a date stamp after the text")


def _lead_again(content: Sequence[Line], position: int, last: int) -> str | None:
    """Why the repeated line right above the main text is its lead paragraph, if it is."""
    if _lead_shown_above(content, position):
        return "the standfirst above, printed again as the lead paragraph"
    if _lead_quoted_below(content, position, last):
        return "the lead paragraph, quoted again by a list below the text"
    return None


def _lead_shown_above(content: Sequence[Line], position: int) -> bool:
    """A paragraph of prose right above the main text that the page showed once before, higher up (a
    portal prints its summary over the text, then again as the lead paragraph)."""
    line = content[position]
    if line.removed or not line.ends_sentence or line.words < structure.GOOD_WORDS:
        return False
    copies = [number for number, other in enumerate(content[:position]) if other.key == line.key]
    # The summary stands right under the headline (a gallery's caption shown twice does not).
    return len(copies) == 1 and copies[0] > 0 and headers.is_headline(content[copies[0] - 1])


def _lead_quoted_below(content: Sequence[Line], position: int, last: int) -> bool:
    """A paragraph of prose right above the main text that the page shows again only below it (a
    list of recent articles quotes each one's headline and first sentence, this one's included)."""
    line = content[position]
    if line.removed or not line.ends_sentence or line.words < structure.GOOD_WORDS:
        return False
    copies = [number for number, other in enumerate(content) if other.key == line.key and number != position]
    # A description printed again under the copyright line is no list's quote.
    quoted = all(content[number - 1].label is not Label.FOOTER for number in copies)
    return bool(copies) and min(copies) > last and quoted


def _scattered_prose(content: Sequence[Line], first: int, last: int, barriers: set[int]) -> None:
    """A page whose prose mostly lies outside the main run (a blog's front page, a list of entries,
    a glossary) is not one article with chrome around it: its prose lines, between the same barriers
    as the main text, are kept too."""
    total = sum(line.score for line in content if line.cls == "good")
    inside = sum(line.score for line in content[first : last + 1] if line.cls == "good")
    if not total or inside >= SCATTERED_SHARE * total:
        return
    walls = [position for position, line in enumerate(content) if line.index in barriers]
    low = max((p for p in walls if p < first), default=-1)
    high = min((p for p in walls if p > last), default=len(content))
    for line in content[low + 1 : high]:
        if line.cls == "good" and line.rule in _OUTSIDE_RULES:
            line.decide(Label.BODY, "region.scattered-prose", f"the main run holds {inside / total:.0%} of the prose")


# The boxes a site sets into the text, between two of its paragraphs or two items of its list.
_BOXES_IN_TEXT = frozenset({Label.DONATION, Label.NEWSLETTER, Label.ADVERTISEMENT, Label.PAYWALL})


_DEAL_RULES = ("lexicon.deal-box", "lexicon.deal-button")


SHORT_PARAGRAPH_WORDS = 10  # a short paragraph that goes on under a subheading, not a widget's "Added to your cart!"


def _fragment_runs(inside: Sequence[Line]) -> None:
    """Runs of fragments inside the main text (a tag list, a box of links) are not the article.
    A fragment that ends a sentence ("How do I apply?") is a heading of the text and breaks the run;
    a run that a sentence ending in a colon announces, with the text going on after it, is a list of
    the text ("The warning covers the following counties:", "Shawnee", "Douglas", ...)."""
    run: list[Line] = []
    above: Line | None = None  # the line before the run
    opener: Line | None = None  # the sentence ending in a colon that the short lines since follow
    listed: set[int] = set()  # items of a list the text announces, a box set into it after them
    under_teaser: set[int] = set()  # fragments right under a teaser set in the text ("اقرأ أيضاً: ...")
    previous: Line | None = None
    for line in [*inside, None]:
        fragment = line is not None and line.cls in ("short", "bad") and not line.ends_sentence
        if fragment and previous is not None and previous.rule.startswith("lexicon.read-also"):
            under_teaser.add(line.index)
        previous = line
        if line is not None and line.rule.startswith(_DEAL_RULES):
            continue  # an affiliate's offer set in the text (its name, price, button) is no item of a run
        if line is not None and line.removed:
            if opener is not None and run and (line.label in _BOXES_IN_TEXT or line.label is Label.RELATED) and (all(_list_item(m) or structure.marked_item(m.text) for m in run) or _described_items(run) or len(run) >= 2 and all(map(_figure_item, run))):
                # The list's last items, then a box set into the text (a donation appeal): the items are the
                # list's; they still count in the run of the box's fragments.
                listed.update(member.index for member in run)
            # A line already removed never breaks a run (the second cleaning will not see it), and a
            # removed fragment ("Share", "Facebook") still counts in it.
            if fragment:
                run.append(line)
            opener = None
            continue
        if fragment:
            run.append(line)
            continue
        # "Symptoms include:", "a high temperature", "a runny or blocked nose" (long enough to read as a
        # sentence), "sneezing", ...: the items of one list, whatever their classes.
        announced = _announced(opener, run, line, listed=True) if opener is not None and run else False
        box = _fact_box_start(run, line) if len(run) >= FRAGMENT_RUN - 1 else None
        if box is not None:
            run = run[:box]  # the fact box stays; what stands above its heading is judged alone
        announced = announced or (len(run) >= FRAGMENT_RUN and _announced(above, run, line))
        announced = announced or (len(run) >= FRAGMENT_RUN and _figures_list(above, run, line))
        announced = announced or _stanza(above, run, line)
        table = len(run) >= FRAGMENT_RUN and not announced and _cells_of_table(above, run, line)
        if table:
            announced = True
            for member in run:  # a value the table repeats ("34" games played): a cell all the same
                if member.rule == "region.repeated-fragment":
                    member.decide(Label.BODY, "region.table-cell", "a cell of a table of the text")
        if announced:
            for member in run:
                if _listed_again(member):
                    member.decide(Label.BODY, "region.listed-again", "an item of the list the text announces, shown again elsewhere")
        if len(run) >= FRAGMENT_RUN and not announced and not _listed(inside, run) and not _opening_header(inside, run):
            # a paragraph (a short one too), or a Q&A's first question
            goes_on = line is not None and (line.cls == "good" or line.asks or line.cls == "near" and line.ends_sentence and line.words >= SHORT_PARAGRAPH_WORDS)
            # (a picture's credit, which the caption reader takes later, counts as removed)
            kept = [member for member in run if not member.removed and member.index not in listed and not captions.starts_with_credit(member.text)]
            if goes_on and (kept == run[-1:] or run[-1].index in under_teaser and not run[-1].removed):
                run.pop()  # a widget already removed (or a teaser set in the text), then the subheading of the text that goes on
            for member in run:
                if not member.removed and member.index not in listed:
                    member.decide(Label.BOILERPLATE, "region.fragment-run", f"{len(run)} fragments in a row")
        if line is not None and _opens_list(line):
            opener = line
        elif line is not None and not (_list_item(line) or structure.marked_item(line.text)):
            opener = None  # (a marked item keeps the list going, however long: "- جونية: فوز لائحة ...")
        run = []
        above = line


def _stanza(above: Line | None, run: Sequence[Line], below: Line | None) -> bool:
    """Lines of a poem or a song the text quotes: right under its sentence that ends in a colon,
    short lines of words (no links, no title case), the last one closing the stanza with a full stop
    ("تقول في قصيدة «سطوح»:" / "على السطح المقابل" / ... / "كل صباح.")."""
    if above is None or below is None or above.removed or below.removed or above.cls != "good" or not _opens_list(above):
        return False
    closing = below.cls != "good" and below.ends_sentence and not below.asks and _item_words(below) >= 2
    return closing and _described_items(run)


def _listed(inside: Sequence[Line], run: Sequence[Line]) -> bool:
    """A list of the text by its items' look: alike items, numbered figures, a recipe's quantities."""
    return _alike_items(run) or _numbered_facts([*_numbered_above(inside, run), *run]) or _quantities([*_quantities_above(inside, run), *run]) or _value_rows(run)


OPENING_HEADER_REACH = 3  # lines of the main text above which its header may still stand


def _opening_header(inside: Sequence[Line], run: Sequence[Line]) -> bool:
    """Under the headline and standfirst a scrape opened the text with, the article's header: a
    rating, the writer's name, the date ("★★★★☆", "Merel Dekker", "12 september 2025, 06:00"). Not
    fragments: the header reader labels them."""
    if not run or run[0] not in inside[: OPENING_HEADER_REACH] or inside[0].cls == "good":
        return False  # (the text opened with a headline, not with a paragraph a signature follows)
    kept = [line for line in run if not line.removed]
    return (
        2 <= len(kept) <= 3
        and byline.bare_name(kept[0].text)
        and dates.is_date_line(kept[-1].text, folded=kept[-1].key)
    )


ALIKE_ITEM_WORDS = 6
ALIKE_HEAD_WORDS = 2


def _alike_items(run: Sequence[Line]) -> bool:
    """A list of the text: items long enough to describe something, all opening with the same words
    ("Pâté de campagne « ... », barquette de 250 g, lot 25014", "Pâté de campagne à l'ail ..."),
    under their heading ("Les produits concernés"). A menu's or a box's links do not repeat their
    opening words."""
    items = [line for line in run if not line.removed]
    if items and items[0].words < ALIKE_ITEM_WORDS:
        items = items[1:]  # the list's heading
    if len(items) < FRAGMENT_RUN - 1 or any(item.words < ALIKE_ITEM_WORDS or "://" in item.text for item in items):
        return False
    heads = {tuple(item.tokens[:ALIKE_HEAD_WORDS]) for item in items}
    # A word opens them, not a number or a user's short handle ("5 Tips ...", "ja at ...").
    return len(heads) == 1 and len(items[0].tokens[0]) >= 3 and items[0].tokens[0].isalpha()


VALUE_WORDS = 6  # "Ligne 4 : aucun bus", "Navettes scolaires : assurées": a short value after its label
VALUE_LABEL_WORDS = 5
GROUP_HEADING_WORDS = 2  # "Tramway", "Bus": a group's heading among the rows
# "Ligne B : trafic normal": a short label, a colon, its value
_VALUE_ROW = regex.compile(r"^\s*(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
# "Kilbride Athletic 2-4 Lochend Swifts": a score between two names
_SCORE_ROW = regex.compile(r"\p{L}[^\d]*\s\d{1,3}\s?[-–]\s?\d{1,3}\s+\p{L}")


def _value_rows(run: Sequence[Line]) -> bool:
    """A list of the text by its rows' shape: a service's state line by line ("Ligne B : trafic
    normal"), a round's results ("Glenmoir 1-2 Crossgates Colliery"), maybe in groups under a word
    ("Bus"). A menu's or a box's links carry neither a label's colon nor a score."""
    items = [line for line in run if not line.removed]
    rows = [line for line in items if _value_row(line) or _SCORE_ROW.search(line.text) is not None]
    headings = [line for line in items if line not in rows and line.words <= GROUP_HEADING_WORDS]
    return len(rows) >= FRAGMENT_RUN - 1 and len(rows) + len(headings) == len(items) and len(rows) > len(headings)


def _value_row(line: Line) -> bool:
    row = _VALUE_ROW.match(line.text)
    if row is None or "://" in line.text:
        return False
    return len(row["label"].split()) <= VALUE_LABEL_WORDS and len(row["value"].split()) <= VALUE_WORDS


QUANTITY_ITEM_WORDS = 8
QUANTITY_ITEMS = 4
QUANTITY_SHARE = 0.6  # of the items that open with a quantity ("salt and pepper to taste" does not)
# "400 g de garbanzos", "2 huevos", "½ cup": a number, then a unit or a noun in lower case (a
# contents' "3.3 C. Russian Service", "4 Conclusion" number sections)
_QUANTITY = regex.compile(r"^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔])\s*[\p{Ll}\p{Lo}]")


@lru_cache(maxsize=1)
def _measure_word() -> regex.Pattern[str]:
    """A measure opening a (folded) item: "ملعقه", "a pinch", "una pizca" (measure-word.txt)."""
    return regex.compile(rf"^\W*(?:{lexicon.data_alternation('measure-word.txt')})(?!\w)")


def _quantity(line: Line) -> bool:
    return _QUANTITY.match(line.text.strip()) is not None or _measure_word().match(line.key) is not None


def _quantities(run: Sequence[Line]) -> bool:
    """A recipe's ingredients or a kit's parts: short items that open with a quantity ("400 g de
    garbanzos", "1 cebolla", "حبة بصل كبيرة", "a pinch of salt"), most of them ("salt and pepper to
    taste" does not), maybe under their heading ("Ingredientes") and over the next section's
    ("Preparación"). Headlines in a box of links do not open with a number as a rule."""
    items = [line for line in run if not line.removed]
    if items and not _quantity(items[0]):
        items = items[1:]  # the list's heading
    if items and not _quantity(items[-1]):
        items = items[:-1]  # the next section's heading ("Preparación")
    if not all(item.words <= QUANTITY_ITEM_WORDS and not dates.find_dates(item.text, folded=item.key) for item in items):
        return False
    measured = sum(_quantity(item) for item in items)
    return measured >= QUANTITY_ITEMS and measured >= QUANTITY_SHARE * len(items)


QUANTITY_REACH = 12  # items of a list above a run that a longer item broke off


def _above_run(inside: Sequence[Line], run: Sequence[Line]) -> list[Line]:
    """The lines of the text right above a run, nearest first, up to QUANTITY_REACH of them, down to
    the first one removed: where the list the run ends may have begun."""
    start = next((position for position, line in enumerate(inside) if line is run[0]), 0) if run else 0
    above = reversed(inside[max(0, start - QUANTITY_REACH) : start]) if run else iter(())
    return list(itertools.takewhile(lambda line: not line.removed, above))


def _quantities_above(inside: Sequence[Line], run: Sequence[Line]) -> list[Line]:
    """The items right above a run that open with a quantity: a longer item ("رشة زعفران منقوعة في
    ربع كوب ماء ورد") broke the ingredients' run in two, and the second half is the same list."""
    items = itertools.takewhile(_quantity, _above_run(inside, run))
    return [line for line in items if line.words <= QUANTITY_ITEM_WORDS][::-1]  # (the longer item stands in no run)


def _numbered_above(inside: Sequence[Line], run: Sequence[Line]) -> list[Line]:
    """The numbered items right above a run ("1. 420 جهة عارضة من 38 دولة", long enough to read as
    prose, over "3. 140 وفدًا رسميًا مدعوًا"): the list's first items, the run its last ones."""
    return list(itertools.takewhile(lambda line: structure.unmarked(line.text) != line.text, _above_run(inside, run)))[::-1]


def _numbered_facts(run: Sequence[Line]) -> bool:
    """A numbered list of figures: "1. King Talal Dam: 46%", "2. Mujib Dam: 33%", ... (the marks
    count up from one, each item holds a figure). A most-read box numbers its headlines, which hold
    no figure as a rule."""
    items = [line for line in run if not line.removed]
    if items and structure.numbered_from_one(items[1:]) and not structure.numbered_from_one(items):
        items = items[1:]  # the list's heading
    return (
        len(items) >= FRAGMENT_RUN
        and structure.numbered_from_one(items)
        and all(any(char.isdigit() for char in structure.unmarked(item.text)) for item in items)
    )


def _fact_box_start(run: Sequence[Line], below: Line | None = None) -> int | None:
    """Where a match sheet or a fact box of the text starts in the run, else None: a heading, then
    "label: value" pairs to the run's end ("ورقة المباراة", "الملعب: ...", "النتيجة: ...", "التحكيم:
    ..."), none of them removed, each label different. The box may go on below the run with a pair
    long enough to read as prose ("Kabinen: 86, mit je 10 Sitzplätzen"); lines above its heading (a
    picture's credit) are not the box's. The run may end with the next section's subheading, over
    the paragraph that goes on ("Preis: 549 Euro", "Verarbeitung und Reparatur", a paragraph)."""
    end = len(run)
    if end and below is not None and below.cls == "good" and _subheading_over(run[-1]):
        end -= 1
    tail = end
    while tail and not run[tail - 1].removed and structure.pair_item(run[tail - 1], in_box=True):
        tail -= 1
    pairs = list(run[tail:end])
    if end == len(run) and below is not None and not below.removed and structure.pair_item(below, in_box=True):
        pairs.append(below)
    if len(pairs) < FRAGMENT_RUN or not structure.distinct_labels(pairs):
        return None
    return tail - 1 if tail and not run[tail - 1].removed else tail  # the heading over the pairs


def _subheading_over(line: Line) -> bool:
    """A short heading of the text, not removed and not a pair: "Verarbeitung und Reparatur"."""
    return not line.removed and line.words <= SUBHEADING_WORDS and ":" not in line.text and not structure.pair_item(line, in_box=True)


def _announced(above: Line | None, run: Sequence[Line], below: Line | None, *, listed: bool = False) -> bool:
    """A run of short items (names of a few words, none removed) between a sentence of the text that
    ends in a colon and a paragraph; `listed`: the colon line stands further up, over items long enough
    to read as sentences, and the list may go on below the run."""
    if above is None or below is None or above.removed or below.removed:
        return False
    # The text goes on below: a paragraph, or the list's last item, long enough to read as a sentence.
    if below.cls != "good" and not (below.cls == "near" and (listed or _list_item(below))):
        return False
    if not _opens_list(above):
        return False
    if all(_list_item(member) or _listed_again(member) for member in run):
        return True
    return below.cls == "good" and _described_items(run)  # (under "The affected batches are:" too, a short lead-in)


def _described_items(run: Sequence[Line]) -> bool:
    """Items long enough to describe something ("Remoudou affiné 250 g, lots 25-038 et 25-039, à
    consommer jusqu'au 14/03/2025") between a sentence of the text ending in a colon and the next
    paragraph; an advertisement's label between them is no item."""
    items = [member for member in run if not (member.removed and member.rule.startswith("lexicon."))]
    return len(items) >= 2 and all(_described_item(item) for item in items)


_NOT_AN_ITEM = regex.compile(r"://|@|pic\.twitter|<\w")  # links, addresses, an embedded post, markup


def _described_item(item: Line) -> bool:
    """An item of a few words that is neither a sentence, a link, nor a headline in title case
    ("API Strategies for Digital Success": a box of links under "Learn more here:")."""
    if item.removed or not 2 <= _item_words(item) <= structure.SERIES_MAX_WORDS or item.text.rstrip()[-1:] in ".!?":
        return False
    if _NOT_AN_ITEM.search(item.text):
        return False
    # (a product's name in capitals with its batch or its date is an item all the same: "Mini Samosas
    # 300g – batch L25204, best before 23/07/2026")
    return not structure.title_cased(item.text) or _LONG_FIGURE.search(item.text) is not None


_LONG_FIGURE = regex.compile(r"\d[\d/.,-]{3,}\d")  # a date, a batch's number, a price: "23/07/2026", "1,240"


FIGURES_HEADING_WORDS = 4


def _figures_list(above: Line | None, run: Sequence[Line], below: Line | None) -> bool:
    """Items that each give a figure ("- Genève: 64,1% de oui", "Ace: Ferrandi 11, Varga 4"), marked
    or "label: value", under a paragraph and over the next one (or the list's next item): results or
    statistics of the text, not a box of links. A short heading may open them ("Le statistiche")."""
    if above is None or below is None or above.removed or below.removed or above.cls != "good":
        return False
    items = list(run)
    if items and items[0].words <= FIGURES_HEADING_WORDS and not _has_figure(items[0]):
        items = items[1:]
    if len(items) < 2 or any(item.removed or not _figure_item(item) for item in items):
        return False
    return below.cls in ("good", "near") or _figure_item(below)


def _cells_of_table(above: Line | None, run: Sequence[Line], below: Line | None) -> bool:
    """A table of the text scraped one cell per line (`structure.cell_table`) inside the text, its
    advertisement's label aside; announced or not, with the text going on under it. A cell the page
    repeats (a company's name, "34" games played) was taken for a repeated fragment: it still counts."""
    if above is None or below is None or above.removed or below.cls not in ("good", "near"):
        return False
    cells = list(run)
    while cells and cells[-1].removed:
        cells.pop()  # "Advertisement" after the last row
    if not cells or any(cell.removed and cell.rule != "region.repeated-fragment" for cell in cells):
        return False
    # The table's subheading may open the run ("How Kaveri Looms stacks up against peers").
    return structure.cell_table(cells) == len(cells) or structure.cell_table(cells[1:]) == len(cells) - 1 > 0


def _figure_item(line: Line) -> bool:
    if not _has_figure(line) or "://" in line.text:
        return False
    marked = structure.marked_item(line.text) or structure.pair_item(line)
    # (a long label may name what the figure is for: "Northern zone (Kano, Jigawa, ... and the FCT): N8,244,000")
    return marked and line.words <= structure.SERIES_MAX_WORDS or _figure_value(line.text)


FIGURE_VALUE_WORDS = 3  # "N8,244,000", "64,1 % de oui"


def _figure_value(text: str) -> bool:
    """The value after a pair's last colon is a figure of a few words."""
    _, colon, value = text.rpartition(":")
    return bool(colon) and len(value.split()) <= FIGURE_VALUE_WORDS and _LONG_FIGURE.search(value) is not None


def _has_figure(line: Line) -> bool:
    return any(char.isdigit() for char in line.text)


def _listed_again(line: Line) -> bool:
    """An item the page shows again elsewhere ("Ipswich" in the list of warned areas, and again as a
    topic link below the text), or a one-word item that a player lexicon knows as a clip's label:
    removed, but an item of the list all the same."""
    if line.rule == "lexicon.player" and line.words == 1:
        return True  # "Guarda" (a Portuguese district) is also Italian for "watch", a clip's label
    return line.rule == "region.repeated-fragment" and _item_words(line) <= ANNOUNCED_ITEM_WORDS


def _opens_list(line: Line) -> bool:
    """A line of the text that ends in a colon: a sentence ("The warning covers the following
    counties:") or a short lead-in of two words or more ("Symptoms include:")."""
    if line.removed or not ends_with_colon(line.text):
        return False
    return line.cls in ("good", "near") or line.cls == "short" and line.words >= 2


def _list_item(line: Line) -> bool:
    """An unmarked item of a list: a few words ("Shawnee", "a runny or blocked nose", "المازوت:
    1,362,000 ليرة"), not removed, not a sentence."""
    return not line.removed and not line.text.endswith(".") and _item_words(line) <= ANNOUNCED_ITEM_WORDS


def _item_words(line: Line) -> int:
    """Words as written, a dash between them not one ("Fahrettin Altay – Evka 3 metro hattı": 6),
    a figure one ("1,463,000")."""
    return sum(1 for word in line.text.split() if any(char.isalnum() for char in word))


def _find_extra(page: Page, tail: Sequence[Line], barriers: set[int]) -> None:
    """Label the prose regions that follow the main text by what comes before each one:
    an article header (headline + byline or date) starts an appended article; a terminator
    ("Comments", "Related articles") means chrome; with neither, the text simply goes on after a
    block of chrome (an ad, a gallery) and is kept."""
    headers = set(page.headers)
    rest = list(tail)
    while rest:
        found = best_segment(rest, barriers)
        if found is None:
            break
        score, first, last = found
        segment = rest[first : last + 1]
        good = sum(1 for line in segment if line.cls == "good")
        before = rest[: first + 1]
        # A header with paragraphs of its own before the next one starts an article of its own (two
        # appended by an infinite scroll): the prose's header is the next, and the recursion below
        # reads the first. (A headline right under a "Related" heading is the box's first teaser; a
        # commenter's name over a dated comment is no headline.)
        starts = [n for n, line in enumerate(before) if line.index in headers]
        # A related box's first teaser (a headline over its writer's name right under the box's
        # heading), with more teasers under it, starts no article: it is no wall of the box. (An
        # article appended under the box goes on with its text, and shows its date over it.)
        teasers: set[int] = set()
        if len(starts) == 1 and _boxed(before, starts[0]) and _more_teasers(before[starts[0] + 2 :]):
            teasers, starts = {before[starts[0]].index}, []
        elif len(starts) > 1 and _boxed(before, starts[0]) and _teaser_series(before, starts):
            teasers, starts = {before[start].index for start in starts}, []  # dated teasers, one after another
        header = starts[0] if starts else None
        for start, following in zip(starts, starts[1:]):
            boxed = _boxed(before, start)
            headline = before[start].words >= APPENDED_HEADLINE_WORDS
            own = sum(1 for line in before[start + 1 : following] if line.cls == "good")
            replied = any(line.label is Label.COMMENTS for line in before[start:following])  # "Reply" under it
            if start == header and headline and not boxed and not replied and own >= MIN_SHORT_GOOD:
                header = following
            elif start == header and boxed and not own:
                header = following  # a related box's teaser with no text of its own, the article further down
        if header is not None and any(line.label is Label.COMMENTS for line in rest[header:first]):
            header = None  # "41 comments to <title>" between a header and the prose: a reader's thread
        announced = header is not None and _announced_next(rest, header)
        if header:  # the text may go on (after a related box) before the appended article's header
            _find_extra(page, rest[:header], barriers)
            rest, first, last, before = rest[header:], first - header, last - header, before[header:]
        headed = header is not None
        boxed = not headed and _inline_box(before, segment, barriers - teasers)
        # An agency item appended with its headline and byline may be short (two paragraphs right
        # under a header with a real headline, not a comment thread), and so may the text going on
        # after a related box set inside it; other prose must be long to count as more text.
        close = headed and first <= APPENDED_HEADER_LINES and (before[0].words >= APPENDED_HEADLINE_WORDS or announced)
        short = boxed or close and not _threaded(segment)
        least = MIN_HEADED_SCORE if headed or boxed else MIN_EXTRA_SCORE
        if short and not boxed:
            least = MIN_CLOSE_SCORE  # two short paragraphs of a wire item right under its header
        if boxed and good == 1:  # the text's last paragraph, signed off by its agency (_inline_box)
            least = 0.0
        needed = 1 if boxed else MIN_SHORT_GOOD if short else MIN_EXTRA_GOOD
        if score < least or good < needed:
            break
        for line in rest[:first]:
            _outside(line, "region.after-main-text")
        if headed and _copy_of_text(page, segment):
            for line in segment:  # the page shows the article twice (an AMP copy under the page's own)
                if not line.removed:
                    line.decide(Label.BOILERPLATE, "region.text-again", "the main text shown again")
        elif headed and _headline_again(page, rest[:first]):
            _fragment_runs(segment)  # the article's title and byline again, over its "Part II": one text
        elif headed:
            page.extra_regions.append((segment[0].index, segment[-1].index))
            for line in segment:
                if not line.removed:
                    line.decide(Label.NEXT_ARTICLE, "region.appended-article", f"prose region scoring {score:.0f}")
        elif any(line.index in barriers for line in before):
            if boxed:  # the text goes on after a related box, which ends nothing
                _subheading(rest[:first])
                _inline_links(segment)
                walls = {line.index for line in before if line.index in barriers}
                page.terminators = [index for index in page.terminators if index not in walls]
            else:
                for line in segment:
                    _outside(line, "region.after-main-text")
        else:
            _fragment_runs(segment)
        rest = rest[last + 1 :]
    for line in rest:
        _outside(line, "region.after-main-text")


def _announced_next(rest: Sequence[Line], header: int) -> bool:
    """A navigation label of a few words right over the header ("Sonraki Haber", "اگلی خبر", a
    section's label between): the page announces the next article, whose headline may be short."""
    return any(
        line.label is Label.NAVIGATION and line.words <= headers.NEXT_LABEL_WORDS
        for line in rest[max(0, header - headers.NEXT_LABEL_REACH) : header]
    )


def _more_teasers(lines: Sequence[Line]) -> bool:
    """Under a teaser's headline and its writer: another headline, and no date before the text."""
    headlines = [line for line in lines if line.cls != "good" and line.words >= APPENDED_HEADLINE_WORDS]
    stamped = any(line.words <= STAMP_WORDS and dates.find_dates(line.text, folded=line.key) for line in lines)
    return bool(headlines) and not stamped


TEASER_LINES = 3  # a teaser's lines in a related box: its headline, its stamp, its writer


def _teaser_series(before: Sequence[Line], starts: Sequence[int]) -> bool:
    """Headers one right after another under a "Related" heading, no paragraph between them (a teaser
    read as no header may stand between two): the box's dated teasers ("<headline>" / "8. 1. 2025" /
    "<headline>" / "2. 9. 2024"), not an article each."""
    return all(
        following - start <= 2 * TEASER_LINES
        and not any(line.cls == "good" for line in before[start + 1 : following])
        # (the comments, or "Next article", between them: the second heads the article appended below)
        and not any(line.label is Label.COMMENTS or headers.next_label(line) for line in before[start + 1 : following])
        for start, following in zip(starts, starts[1:])
    )


def _boxed(before: Sequence[Line], start: int) -> bool:
    """A header right under a "Related" heading: the box's first teaser. ("Next article" between the
    box's last link and the header ends the box: the header is the appended article's.)"""
    above = before[max(0, start - 2) : start]
    return any(line.label is Label.RELATED for line in above) and above[-1].label is not Label.NAVIGATION


def _headline_again(page: Page, header: Sequence[Line]) -> bool:
    """The appended header is the article's own, headline and byline, shown over the text again: the
    next part of the same article (a long piece in parts on one page), not another article. (The
    headline alone may be an item of a list under the text that names the article.)"""
    if page.region is None or not header or header[0].words < APPENDED_HEADLINE_WORDS:
        return False
    above = {line.key for line in page.lines[: page.region[0]] if line.key}
    if header[0].key not in above:
        return False
    # (its byline: the same day's date heads every article of the day, and an agency's list of the
    # day's news above the text names the appended one)
    return any(
        line.key in above and line.key != header[0].key and not dates.find_dates(line.text, folded=line.key)
        for line in header[1:]
    )


def _copy_of_text(page: Page, segment: Sequence[Line]) -> bool:
    """Most of the segment's paragraphs are paragraphs of the main text: a copy, not another article."""
    if page.region is None:
        return False
    first, last = page.region
    text = {line.key for line in page.lines[first : last + 1] if line.cls in ("good", "repeated")}
    paragraphs = [line for line in segment if line.cls in ("good", "repeated")]
    return bool(paragraphs) and 2 * sum(line.key in text for line in paragraphs) > len(paragraphs)


def _opening_above_box(content: Sequence[Line], first: int, last: int, barriers: set[int]) -> tuple[int, int, int] | None:
    """(first, last) positions of the text's opening paragraphs, and the position where the text
    resumes under the box, when a "Related" box set inside the article split them from the rest,
    which won the main text: the box's heading right under them, a few links, then the main text.
    None otherwise (teasers above a "Related" heading alternate headlines and summaries; a single
    paragraph there is a site's blurb)."""
    walls = [position for position, line in enumerate(content[:first]) if line.index in barriers]
    if not walls:
        return None
    wall = walls[-1]
    resumed = next((position for position in range(first, last + 1) if content[position].cls == "good"), first)
    between = content[wall + 1 : resumed]
    links = _box_links(between)
    if content[wall].label is not Label.RELATED or not 0 < len(links) <= INLINE_BOX_LINES or any(line.cls == "good" for line in between):
        return None  # "What's next?" right over a paragraph is the text's subheading, no box
    low = walls[-2] + 1 if len(walls) > 1 else 0
    found = best_segment(content[low:wall], set())
    if found is None:
        return None
    score, start, end = found[0], found[1] + low, found[2] + low
    if wall - end > INLINE_BOX_LEAD or score < MIN_HEADED_SCORE:
        return None
    opening = content[start : end + 1]
    if any(line.removed for line in opening):
        return None  # a bio, a share bar, a caption over a standfirst: no paragraphs in a row
    text = [line.cls == "good" for line in opening]
    if text[-MIN_SHORT_GOOD:] != [True] * MIN_SHORT_GOOD or sum(text) < INLINE_BOX_PROSE * len(text):
        return None
    return start, end, resumed


def _box_links(between: Sequence[Line]) -> list[Line]:
    """The links of a related box between its heading and the text going on: the lines not yet
    removed, less a short last one, the text's subheading ("احتياطيات مريحة")."""
    links = [line for line in between if not line.removed and not hints.in_markup_text(line)]
    if links and links[-1] is between[-1] and links[-1].words < MIN_LINK_WORDS:
        links.pop()
    return links


def _threaded(segment: Sequence[Line]) -> bool:
    """Stamps among the paragraphs ("1 hour ago Report abuse Permalink Reply"): a comment thread. The
    stamp above the first paragraph is the appended article's own ("نشر في: 2025-05-14 08:40")."""
    first = next((position for position, line in enumerate(segment) if line.cls == "good"), len(segment))
    return any(line.cls != "good" and line.words <= STAMP_WORDS and structure.has_time(line) for line in segment[first:])


def _inline_links(segment: Sequence[Line]) -> None:
    """The lines of a related box before the text goes on are its links; the text after is judged
    as any text is."""
    links = next(position for position, line in enumerate(segment) if line.cls == "good")
    for position, line in enumerate(segment[:links]):
        if line.ends_sentence or hints.in_markup_text(line):
            continue  # "Besides the lane, the council has installed:" opens the text again
        if position == links - 1 and 0 < position and line.words < MIN_LINK_WORDS and not line.removed:
            line.decide(Label.BODY, "region.subheading", "short line between a related box and the text")
        elif not line.removed:
            line.decide(Label.RELATED, "region.inline-related", "a link of the related box inside the text")
    _fragment_runs(segment[links:])


def _subheading(box: Sequence[Line]) -> None:
    """The box's last line, shorter than a headline and right above the text, is the text's subheading."""
    if box and box[-1].decisions == [(Label.BOILERPLATE, "region.after-main-text", "")] and box[-1].words < MIN_LINK_WORDS:
        box[-1].decide(Label.BODY, "region.subheading", "short line between a related box and the text")


def _inline_box(before: Sequence[Line], segment: Sequence[Line], barriers: set[int]) -> bool:
    """A "Related" box set inside the article: its heading and a few links, then the text goes on
    with paragraphs in a row (a list of teasers alternates headlines and summaries instead)."""
    walls = [position for position, line in enumerate(before) if line.index in barriers]
    if len(walls) != 1 or sum(1 for line in before[: walls[0]] if not _player_line(line)) > INLINE_BOX_LEAD:
        return False  # (a video player's box over its "More videos" row stands between as one widget)
    if before[walls[0]].label is not Label.RELATED:  # comments after their heading are not the article
        return False
    if before[walls[0]].rule == "lexicon.references":
        return False  # the text never goes on under its sources
    good = [line.cls == "good" for line in segment]
    start = good.index(True) if True in good else len(good)
    between = [*before[walls[0] + 1 : -1], *segment[:start]]  # the heading's links, and other widgets
    if _next_page_marked(between):
        return False  # "Next article" or a breadcrumb under the box: another article starts there
    heading = before[walls[0]]
    first = segment[start] if start < len(segment) else None
    if first is not None and heading.words <= BOX_HEADING_WORDS and not heading.ends_sentence and _sentence_items([*between, first]):
        return False  # "الأكثر قراءة" right over short sentences: the list's headlines, no text going on
    links = sum(1 for line in between if all(rule.startswith("region.") for _, rule, _ in line.decisions))
    # Ads between paragraphs aside; a teaser's "Read more" under its summary stays, between two summaries,
    # and so do a teaser's headline and date a site rule knows.
    kept = [line for line in segment[start:] if not line.removed or line.label in _TEASER_LINKS or line.rule.startswith("site.")]
    # An interview goes on with its questions, each over its answer: text too (a teaser's headline
    # over its summary asks no question).
    # Only questions stand between its paragraphs ("Engineered wood vs laminate" among teasers is none).
    asked = [line.cls != "good" and line.text.rstrip()[-1:] in "?؟" and below.cls == "good" for line, below in zip(kept, kept[1:])]
    asked.append(False)
    interview = sum(asked) >= INTERVIEW_QUESTIONS and all(line.cls == "good" or ask for line, ask in zip(kept, asked))
    # (a paragraph cut off with an ellipsis is a teaser's excerpt; the items of a list the text
    # announces are text)
    text = [_text_line(line) or interview and ask for line, ask in zip(kept, asked)]
    # A review goes on in sections, each a word or three over its paragraph (under the box "الكاميرا",
    # a paragraph, "الخلاصة", a paragraph): a teaser's headline is longer than a section's name.
    last = max((n for n, flag in enumerate(text) if flag), default=-1)
    sectioned = bool(between) and _section_name(between[-1]) and text[:1] == [True] and last > 0 and not interview and all(
        flag or _section_name(line) for line, flag in zip(kept[: last + 1], text[: last + 1])
    )
    if sectioned:
        text = [flag or n < last and _section_name(line) for n, (line, flag) in enumerate(zip(kept, text))]
    # A section's name between two paragraphs is the text's subheading ("Auswertung im Herbst"): it
    # neither breaks the paragraphs in a row nor counts against them. (Over a dated teaser, "Past
    # Coverage" heads a list: a teaser ends with its date, not a sentence; a box whose links have their
    # summaries lists teasers with short headlines.)
    summaries = any(full_stop(line) for line in between)  # a box of teasers with their summaries
    inside = [] if summaries else [
        n for n in range(1, len(text) - 1)
        if not text[n] and text[n - 1] and text[n + 1] and full_stop(kept[n + 1])
        and _section_name(kept[n]) and kept[n].words >= INSIDE_SECTION_WORDS
    ]
    if inside:
        text = [flag for n, flag in enumerate(text) if n not in inside]
    # One paragraph is enough when it signs the text off with its agency: "... untersucht. (APA)".
    signed = len(kept) == 1 and text == [True] and _SIGN_OFF.search(kept[0].text) is not None
    # The text may go on with a subheading after its first paragraph ("Écoles fermées"); teasers
    # alternate headlines and summaries, with no two paragraphs in a row.
    in_a_row = text[:1] == [True] and any(text[n] and text[n + 1] for n in range(min(len(text), INLINE_BOX_OPENING) - 1))
    return links <= INLINE_BOX_LINES and (in_a_row or signed) and sum(text) >= INLINE_BOX_PROSE * len(text)


def _sentence_items(items: Sequence[Line]) -> bool:
    """The first lines under a box's heading read as its items: one short undecided line, or several
    short sentences each closed with a full stop ("المالية تعلن موعد صرف رواتب المتقاعدين.")."""
    if any(line.decisions or line.words > TEASER_WORDS for line in items):
        return False
    return len(items) == 1 or all(full_stop(line) for line in items)


SAID_TWICE_WORDS = 4


def _said_twice(page: Page, line: Line, inside: Sequence[Line]) -> bool:
    """A short sentence of the text that a pull quote repeats: both copies in the main text, nowhere else."""
    if line.words < SAID_TWICE_WORDS or not full_stop(line) or page.key_counts[line.key] != 2:
        return False
    if sum(1 for other in inside if other.key == line.key) != 2:
        return False
    # (between two paragraphs: a list of teasers repeats its lines among short ones)
    above, below = _kept_around(inside, line)
    return above is not None and below is not None and above.cls == below.cls == "good"


def _kept_around(inside: Sequence[Line], line: Line) -> tuple[Line | None, Line | None]:
    """The kept lines right above and right below `line` in the main text."""
    position = next(number for number, other in enumerate(inside) if other is line)
    above = next((other for other in reversed(inside[:position]) if not other.removed), None)
    below = next((other for other in inside[position + 1 :] if not other.removed), None)
    return above, below


SHOWN_OUTSIDE_WORDS = 5  # a subheading, a formula; a teaser's headline is longer
SHOWN_OUTSIDE_COPIES = 3  # the text's line, a banner over the page and under it
SHOWN_OUTSIDE_UNDER = 20  # words of the paragraph above it


def _shown_outside(page: Page, line: Line, inside: Sequence[Line]) -> bool:
    """A short line of the text, between two of its paragraphs, that the page shows once or twice more
    outside the main text (a tag, a banner): the text's subheading or formula, not a fragment of chrome."""
    if line.words > SHOWN_OUTSIDE_WORDS or not 2 <= page.key_counts[line.key] <= SHOWN_OUTSIDE_COPIES:
        return False
    if sum(1 for other in inside if other.key == line.key) != 1:
        return False
    above, below = _kept_around(inside, line)
    # (under a paragraph of the text: a directory's "Horoscopes" over its one-line pitch is its menu's item)
    if above is None or below is None or above.cls != "good" or below.cls == "bad":
        return False
    # (or over a paragraph as long, under a sentence of the text: "Here is how the clubs fared." /
    # "Eastbridge United" / its section, the club's name shown again in the topics under the text)
    return above.words >= SHOWN_OUTSIDE_UNDER or above.ends_sentence and below.cls == "good" and below.words >= SHOWN_OUTSIDE_UNDER


def _player_line(line: Line) -> bool:
    """A line of a video player's box: its clip's title or button, a clip's length ("2:14")."""
    return line.rule.startswith("lexicon.player") or structure.is_duration(line)


def _next_page_marked(box: Sequence[Line]) -> bool:
    """Among a box's lines, "Next article" (next-label.txt: "المقال التالي", "Sonraki haber") or a
    breadcrumb ("الرئيسية / الدوري المحلي / الهلال", "Home › Sport"): the head of another page's
    article, appended below, not the text going on. (A teaser's kicker, "HEALTH", names its section.)"""
    return any(
        line.label is Label.NAVIGATION and (_BREADCRUMB.search(line.text) or headers.next_label(line))
        or CRUMBS.search(line.text)  # (read as the box's link: "Home / Local / Health")
        for line in box
    )


_BREADCRUMB = regex.compile(r"\w\s*[›»>]\s*\w|\w\s+/\s+\w")  # (not a price's "620 درهم/الليلة")


def _text_line(line: Line) -> bool:
    """A line that reads as the text going on: a paragraph, or an item of a list the text announces."""
    return line.cls in ("good", "item") and not line.removed and not structure.cut_off(line)


_TEASER_LINKS = (Label.RELATED, Label.NEXT_ARTICLE)


SECTION_NAME_WORDS = 3
INSIDE_SECTION_WORDS = 2  # a section's name between two paragraphs: "Tips" there is a sidebar's heading


def _section_name(line: Line) -> bool:
    """A section's name inside the text: a word or three that ends no sentence ("Performance", "الخلاصة")."""
    return line.words <= SECTION_NAME_WORDS and not line.ends_sentence


_SIGN_OFF = regex.compile(r"[.!?؟»”\"]\s*\((?:\p{L}[\p{L}.\s/-]{0,15})\)\s*$")


def _outside(line: Line, rule: str) -> None:
    """Outside the main text: removed; a more specific label set earlier (e.g. "related") stays."""
    if not line.removed:
        line.decide(Label.BOILERPLATE, rule)
