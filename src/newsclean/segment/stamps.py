"""Which date is the article's among the stamps around its header: the one under the headline, the
first published of several, a stamp right after the text, or the masthead's date.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ..lines import Line
from ..metadata import dates
from ..normalize import fold
from ..page import Page
from ..types import Label
from .common import TITLE_MIN_WORDS


PUBLISHED_STAMP_WORDS = 12
HIJRI_SLACK_DAYS = 2


def _listed_stamps(lines: Sequence[Line]) -> set[int]:
    """The stamps of a list's items under its heading ("آخر الأخبار" / a headline / "2025/04/22 | 11:40"
    / ...), when a sidebar stands between the headline and the article's own stamp: the items' dates."""
    listed: set[int] = set()
    inside = False
    for line in lines:
        if line.rule == "lexicon.related":
            inside = True
        elif inside and line.label is Label.DATE:
            listed.add(line.index)
        elif inside and not (line.words >= TITLE_MIN_WORDS and not line.ends_sentence and line.label is Label.BOILERPLATE):
            inside = False  # a dateline, a byline, the text: the list ended above
    return listed


def _first_date(found: Sequence[dates.DateMatch | None]) -> dates.DateMatch | None:
    """The first date of the header's stamps, or the Gregorian one that follows a Hijri one."""
    date: dates.DateMatch | None = None
    for each in found:
        if date is not None and date.calendar != "hijri":
            break
        date = _gregorian_beside(date, each)
    return date


def _gregorian_beside(hijri: dates.DateMatch | None, found: dates.DateMatch | None) -> dates.DateMatch | None:
    """The header's date: the first found, or a Gregorian date next to a Hijri one that names the same
    day give or take the slack between countries' Hijri calendars."""
    if hijri is None or found is None:
        return hijri or found
    if found.calendar != "gregorian" or not (hijri.iso and found.iso):
        return hijri
    apart = abs((datetime.date.fromisoformat(found.iso) - datetime.date.fromisoformat(hijri.iso)).days)
    return found if apart <= HIJRI_SLACK_DAYS else hijri


def _first_published(page: Page, date: dates.DateMatch, date_lines: Sequence[Line]) -> dates.DateMatch | None:
    """The header's date is an update's ("Updated: Mar 20, 2025"): the publication's stamp elsewhere
    on the page ("First Published: 19 Mar 2025", often after the text) gives the article's date,
    when it is not later than the update."""
    stamp = next((found for line in date_lines if (found := dates.stamped(line.text)) and found[0].iso == date.iso), None)
    if stamp is None or not stamp[1]:
        return None
    for line in page.lines:
        if line.blank or line.label is Label.NEXT_ARTICLE:
            continue
        published = _publication_stamp(line) or _label_over_date(page, line)
        if published is not None and published.iso <= stamp[0].iso:
            return published
    return None


STAMP_LABEL_WORDS = 3


def _label_over_date(page: Page, line: Line) -> dates.DateMatch | None:
    """A publication stamp over two lines, its label alone over the date ("Published On:" / "May 6,
    2025"): the date under the label."""
    if line.words > STAMP_LABEL_WORDS or line.index + 1 >= len(page.lines):
        return None
    below = page.lines[line.index + 1]
    if below.blank or not dates.is_date_line(below.text, folded=below.key):
        return None
    return _published(dates.stamped(f"{line.text} {below.text}"))


def _publication_stamp(line: Line) -> dates.DateMatch | None:
    """The date of a short stamp line that marks the publication, not an update ("Published March 13 2025")."""
    return _published(dates.stamped(line.text)) if line.words <= PUBLISHED_STAMP_WORDS else None


def _published(stamp: tuple[dates.DateMatch, bool] | None) -> dates.DateMatch | None:
    """A stamp's date, unless the stamp is an update's."""
    return stamp[0] if stamp is not None and not stamp[1] else None


STAMP_AFTER_REACH = 4  # non-blank lines after the text where the publication's stamp may stand


def _stamp_after_text(page: Page, *, labelled: bool = False) -> dates.DateMatch | None:
    """The publication's stamp right after the text ("Published March 13 2025 06:00 AM"), when the
    header shows none (only "Today at 06:00"): a stamp, not an update's, in the few lines under the
    last paragraph (a comment's stamp stands further down, under its heading). `labelled`: only a
    stamp whose words say it is one ("Pubblicato il ..."; a blog's next post has "Friday, April 22")."""
    if page.region is None:
        return None
    after = [line for line in page.lines[page.region[1] + 1 :] if not line.blank][:STAMP_AFTER_REACH]
    for line in after:
        if line.label is Label.COMMENTS or line.label is Label.RELATED:
            break
        published = _publication_stamp(line)
        if published is not None and (not labelled or _stamp_words(line.text[: published.start])):
            return published
    return None


def _stamp_words(head: str) -> bool:
    """Stamp words other than a weekday's name before a date ("Pubblicato il", "Published")."""
    return any(dates.has_stamp_word(word) and not dates.is_weekday(word) for word in fold(head).split())


MASTHEAD_DATE_REACH = 25  # non-blank lines from the page's top where a masthead's date stands
MASTHEAD_DATE_WORDS = 12


def _masthead_date(page: Page) -> dates.DateMatch | None:
    """The day the masthead shows ("الجمعة، 05 يوليو 2024", "Tuesday, December 26, 2006"), when the
    article shows no date of its own: the page was published that day or shortly before. A date line
    with its weekday, near the top, above the main text (a list's dates carry no weekday)."""
    end = page.region[0] if page.region is not None else len(page.lines)
    seen = 0
    for line in page.lines[:end]:
        if line.blank:
            continue
        seen += 1
        if seen > MASTHEAD_DATE_REACH:
            break
        if line.words <= MASTHEAD_DATE_WORDS and dates.is_date_line(line.text, folded=line.key):
            if any(dates.is_weekday(token) for token in line.tokens):
                return dates.parse_date(line.text)
    return None
