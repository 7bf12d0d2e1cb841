"""Segment the labelled page into an `Article`: the header around the start of the main text (title,
subtitle, byline, dateline, date), captions with their credits, the body, appended articles, the site.

The header is looked for only where a header can be: just before the main text, or at its very start
when something precedes it on the page. A clean body handed back to newsclean has nothing before it,
so its first paragraph is never mistaken for a title (cleaning is idempotent).

The modules, in the order `build` uses them: `zone` (where the header can be), `header_lines` (its
bylines, datelines and stamps), `headline`, `writer` (a name alone near the headline, with `names`:
what a name looks like), `subtitle`, `stamps` (which date is the article's), `signature` (the writer
named after the text) and `site`; `common` holds the small tests they share.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .. import lexicon
from ..lines import Line
from ..metadata import byline
from ..metadata import captions as caption_finder
from ..metadata import dates
from ..metadata import key_points
from ..normalize import fold
from ..page import Page
from ..types import Article, Label
from .common import TITLE_MIN_WORDS
from .site import _masthead_name, _site, in_full
from .stamps import _first_date, _first_published, _listed_stamps, _masthead_date, _stamp_after_text
from .writer import _bare_name_under, _bioed_name_under, _boxed_writer_above, _correspondent_from, _labelled_writer_above, _name_and_place, _opinion_writer_above, _writer_over_date_above, _writer_over_role_above, _writer_over_role_under
from .subtitle import _subtitle
from .signature import _author_again, _lead_writer, _signature, _writer_box_after
from .header_lines import STAMP_BYLINE_WORDS, _header_lines, place_alone
from .headline import _breaking_headline, _crumbed_headline, _flattened_headline, _flattened_title, _headline
from .zone import _header_zone


_BIDI_MARKS = regex.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def build(page: Page) -> Article:
    content = page.content
    captions = caption_finder.find(page, _article_part(page, content))
    points = key_points.find(page, content)  # "Key points" and a few short lines over the text: no headline
    title, subtitle, author, dateline, date, site = _header(page, content)
    if not points:  # from HTML the header's lines may still be the text's until now: a box under them
        points = key_points.find(page, content)
    boxed = {line.text for line in content if line.label is Label.KEY_POINTS}
    if subtitle in boxed:
        subtitle = None  # "أبرز ما في التقرير" under the headline: the box's heading, no standfirst
    points = [point for point in points if point in boxed]  # the byline and the date under the box are the header's
    if title:
        _headline_echoes(content, title)
    if author is None:
        author = _signature(page, content) or _writer_box_after(page, content) or _lead_writer(content)
    if author is not None:
        _author_again(content, author)
    for line in page.lines:
        if line.blank:
            line.decide(Label.BLANK, "blank")
    paragraphs = tuple(line.text for line in content if not line.removed)
    extra = tuple(
        "\n".join(line.text for line in content if a <= line.index <= b and line.label is Label.NEXT_ARTICLE)
        for a, b in page.extra_regions
    )
    return Article(
        body="\n".join(paragraphs),
        paragraphs=paragraphs,
        title=_plain(title),
        subtitle=_plain(subtitle),
        dateline=_plain(byline.place_of(dateline)),
        author=_plain(author),
        date=date.iso if date else None,
        date_text=date.text if date else None,
        site=_site(page) or _full_name(_plain(site), page),
        url=page.url,
        lang=page.lang,
        captions=tuple(captions),
        key_points=tuple(points),
        extra_articles=tuple(text for text in extra if text),
        lines=tuple(line.freeze() for line in page.lines),
    )


ECHO_MIN_WORDS = 4  # a headline this long, found again after a widget's label


def _headline_echoes(content: Sequence[Line], title: str) -> None:
    """A widget's label, a separator, then the whole headline ("Share this Story : <headline>",
    "Comments on: <headline>"): the widget's line, labelled as its label says, not a paragraph."""
    key = fold(title).strip()
    if len(key.split()) < ECHO_MIN_WORDS:
        return
    for line in content:
        if line.removed or not line.key.endswith(key) or line.key.strip() == key:
            continue
        label = line.key[: -len(key)].rstrip()
        if not label.endswith((":", "|", "-", "–", "—", "»")):
            continue
        label = label.rstrip(":|-–—» ")
        hit = lexicon.match(Line(line.index, label, label)) if label else None
        if hit is not None and hit.category.label is not Label.BODY:
            line.decide(hit.category.label, "segment.headline-echo", f"{hit.phrase!r}, then the headline")


def _full_name(short: str | None, page: Page) -> str | None:
    """The site's name from the header's lines ("المنصورة - بوابة الدلتا"), or the masthead's that the
    copyright line repeats; the masthead's when it is the same name written in full ("بوابة الدلتا
    الإخبارية", "شبكة نهرين نيوز")."""
    masthead = _masthead_name(page)
    if short is None or masthead is None:
        return short or masthead
    return masthead if in_full(short, masthead) else short


def _plain(value: str | None) -> str | None:
    """A metadata field without the bidi marks pages put around mixed-script words (the body keeps
    them: its text is the page's own)."""
    if value is None:
        return None
    return _BIDI_MARKS.sub("", value).strip() or None


def _article_part(page: Page, content: Sequence[Line]) -> Sequence[Line]:
    """The lines up to the first terminator after the main text starts ("Related", "Comments")."""
    start = page.region[0] if page.region else 0
    ends = [index for index in page.terminators if index > start]
    if not ends:
        return content
    end = min(ends)
    return [line for line in content if line.index < end]


def _cased_copy(zone: Sequence[Line], chosen: Line) -> Line:
    """The headline in its own case when the page shows it twice, once in capitals (a press release's
    slug, a styled heading): "TEMPORARY CLOSURE OF B1 ..." and "Temporary closure of B1 ..."."""
    if not chosen.text.isupper():
        return chosen
    return next((line for line in zone if line.key == chosen.key and not line.text.isupper()), chosen)


_PLACE_RULES = ("html.dateline", "region.dateline-alone")


def _header(page: Page, content: Sequence[Line]):  # type: ignore[no-untyped-def]
    """Title, subtitle, author, dateline, date and the site's name (when a dateline gives it) from the
    lines around the start of the main text."""
    title = subtitle = None
    zone, start = _header_zone(page, content)
    author, dateline, site, date, date_lines, translator = _header_lines(page, zone)
    if dateline is None:  # (HTML: the place in the element the markup calls the dateline, "<span class="location">")
        dateline = next((line.text.strip() for line in zone if line.rule == "html.dateline"), None)
    if dateline is None:  # the place alone under the picture, over the first paragraph, past the header's zone
        first = next((line.index for line in content if line.label is Label.BODY and line.cls == "good"), None)
        above_text = [line for line in content if first is not None and line.index < first]
        dateline = next((line.text.strip() for line in reversed(above_text) if line.rule in _PLACE_RULES), None)
    chosen = _headline(page, zone, start)
    crumbed = _crumbed_headline(zone) or _flattened_title(zone) if chosen is None or chosen.words < TITLE_MIN_WORDS else None
    if crumbed is not None:  # "Home / World / <headline> 12.02.2025 | 14:36": the line holds the headline
        title, chosen = crumbed, None
    if chosen is not None:
        # (the headline line may be a whole header flattened: "محليات - <headline> - 22 مارس 2025 - 10:15 ص")
        title = _flattened_headline(chosen, zone) or _cased_copy(zone, chosen).text
        position = zone.index(chosen)
        # The article's date stands under its headline; a date above it is the masthead's "today".
        # (or in its byline's line: "كتب: محمود عبد الحميد الإثنين، 13 أكتوبر 2025 - 11:20 ص")
        stamped = {line.index for line in date_lines} - _listed_stamps(zone[position + 1 :])
        below = [
            dates.parse_date(line.text) for line in zone[position + 1 :]
            if line.index in stamped or (line.label is Label.BYLINE and line.words <= STAMP_BYLINE_WORDS)
        ]
        # With no stamp under the headline, the publication's stamp right after the text beats the
        # masthead's day above it ("sabato 5 aprile 2025" / ... / "Pubblicato il 4 aprile 2025").
        date = _first_date(below) or (date and _stamp_after_text(page, labelled=True)) or date
        for line in zone:
            if line.key == chosen.key:
                line.decide(Label.TITLE, "segment.title", "headline-shaped line before the main text")
        after = [line for line in zone[position + 1 :] if line.key != chosen.key]
        if author is None:
            name_line = (
                _bare_name_under(page, zone, after, chosen)
                or _writer_over_role_above(page, zone, position, chosen)
                or _writer_over_role_under(page, zone, position, chosen)
                or _writer_over_date_above(page, zone, position)
                or _boxed_writer_above(page, zone, position)
                or _opinion_writer_above(page, zone, position)
                or _labelled_writer_above(zone, position)
                or _bioed_name_under(page, zone, position)
            )
            if name_line is not None:
                author, place = _name_and_place(name_line.text)
                dateline = dateline or place
                after = [line for line in after if line is not name_line]
            elif (sent := _correspondent_from(after)) is not None:
                name_line, author, place = sent
                dateline = dateline or place
                after = [line for line in after if line is not name_line]
        subtitle = _subtitle(page, content, zone, after)
    author = author or translator
    if title is None and page.region is not None:
        breaking = _breaking_headline(page, page.lines[page.region[0]])
        if breaking is not None:  # "عاجل: هزة أرضية ..." over "عمّان 11 شباط (الرابية) - ..."
            title = breaking.text
            breaking.decide(Label.TITLE, "segment.breaking-title", "a breaking-news headline over the lead")
    if date is None:
        for line in zone:
            if line.words <= 25 and not line.label is Label.TITLE:
                date = dates.parse_date(line.text)
                if date:
                    break
    if date is None:
        date = _stamp_after_text(page) or _masthead_date(page)
    elif date_lines:
        date = _first_published(page, date, date_lines) or date
    alone = place_alone(page, zone) if dateline is None else None
    if alone is not None:  # "الرياض" between the byline and the lead, on its own line
        dateline = alone.text.strip()
        alone.decide(Label.DATELINE, "segment.place-alone", "a city the gazetteer knows, alone beside a header line")
    return title, subtitle, author, dateline, date, site
