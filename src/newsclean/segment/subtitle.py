"""The standfirst: the line under the headline (or under the header's lines) that sums the story up.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..metadata import byline, dates
from ..page import Page
from ..types import Label
from .common import _HEADER_LABELS, _lexicon_chrome


def _subtitle(page: Page, content: Sequence[Line], zone: Sequence[Line], after: Sequence[Line]) -> str | None:
    """The standfirst: the line right under the headline when it reads like one (above the main text,
    not a sentence of it, or over a byline), else one between the header lines and a widget."""
    region_start = page.region[0] if page.region else len(page.lines)
    # Over the byline, a paywall's or a share bar's labels aside ("Article réservé aux abonnés").
    under = next((line for line in after[1:] if not _lexicon_chrome(line)), None)
    above_byline = under is not None and under.label in _HEADER_LABELS
    # (over the lead's picture, a paragraph that opens with the wire's dateline is the lead itself:
    # "سنورس - بدأت الجمعية ...")
    over_lead = above_byline or _over_pictured_lead(after) and byline.dateline_head(after[0].text) is None
    if after and _subtitle_like(after[0]) and (after[0].index < region_start or not after[0].ends_sentence or over_lead) and not _decorated_headline(after[0], zone):
        if not _whole_text(content, after[0]):
            after[0].decide(Label.SUBTITLE, "segment.subtitle", "right below the title")
            return after[0].text
    between = _between_header_lines(after)
    if between is not None and not _whole_text(content, between):
        between.decide(Label.SUBTITLE, "segment.subtitle", "between the header's lines (a stamp over it, a byline under it)")
        return between.text
    standfirst = _standfirst_under_header(content, zone)
    if standfirst is None or _whole_text(content, standfirst):
        return None
    standfirst.decide(Label.SUBTITLE, "segment.standfirst", "between the header lines and a widget")
    return standfirst.text


def _decorated_headline(line: Line, zone: Sequence[Line]) -> bool:
    """The headline again after the site's name and a dash ("صوت الأطلس - <headline>", the page's
    <title> shown under its <h1>): no standfirst."""
    title = next((other for other in zone if other.label is Label.TITLE), None)
    if title is None or not line.key.endswith(title.key.strip()) or line.key.strip() == title.key.strip():
        return False
    return line.key[: len(line.key) - len(title.key.strip())].rstrip().endswith(("-", "–", "—", "|", ":"))


def _between_header_lines(after: Sequence[Line]) -> Line | None:
    """Headline / "Stand: 20.03.2025 06:00 Uhr" / standfirst / "Von Anna Brenner": a sentence between
    the headline's stamp and its byline is the standfirst."""
    lead = 0
    while lead < len(after) and after[lead].label in _HEADER_LABELS:
        lead += 1
    if not 0 < lead < len(after) - 1:
        return None
    line, above, below = after[lead], after[lead - 1], after[lead + 1]
    # (a sentence between the stamp and the byline: a role, an agency's name or a headline's echo there is none)
    stamped = above.label is Label.DATE and below.label is Label.BYLINE
    return line if stamped and _subtitle_like(line) and line.ends_sentence and line.words >= STANDFIRST_WORDS[0] else None


def _over_pictured_lead(after: Sequence[Line]) -> bool:
    """Under the line, the lead's picture (its caption, its credit), then a paragraph ("Kassel –
    Lesen, lernen, ...", "Sở Xây dựng Đà Nẵng cho biết ..."): the text starts there, the line over
    the picture is the standfirst."""
    pictured = False
    for line in after[1:]:
        if line.label in (Label.CAPTION, Label.CREDIT):
            pictured = True
        elif not line.removed:
            return pictured
    return False


def _whole_text(content: Sequence[Line], line: Line) -> bool:
    """The line is all the main text keeps (a blog post of one paragraph): no standfirst over nothing."""
    return not line.removed and not any(not other.removed for other in content if other is not line)


STANDFIRST_WORDS = (10, 45)
MAX_WIDGET_LINES = 3
SHARE_BAR_LINES = 8  # short buttons between the header and the standfirst
SHARE_BUTTON_WORDS = 2  # a button of a share bar the lexicons do not know ("X", "Bluesky")
# What a header ends with (an advertisement may stand between any two paragraphs: not one of these).
_HEADER_WIDGETS = (Label.SHARE, Label.NEWSLETTER, Label.DONATION)


def _standfirst_under_header(content: Sequence[Line], zone: Sequence[Line]) -> Line | None:
    """The standfirst under the byline and date: the first kept line of the text when a header line
    (byline, date, dateline) stands right above it (or two lines up, under a short label) and a widget
    (share buttons, an appeal; a caption may follow) right below it, with the text going on after
    it: "Lucía Ferreyra" / "15 de septiembre de 2024" / <standfirst> / "Seguinos en Google News" /
    <text>."""
    kept = [line for line in zone if not line.removed]
    if not kept:
        return None
    first = kept[0]
    position = content.index(first)
    if not STANDFIRST_WORDS[0] <= first.words <= STANDFIRST_WORDS[1] or position == 0:
        return None
    # Right above: the header, maybe under a short label ("ATS") or a share bar ("شارك", "فيسبوك", ...).
    top = position
    while top > 0 and position - top < SHARE_BAR_LINES and content[top - 1].label not in _HEADER_LABELS:
        above = content[top - 1]
        if not (above.removed and above.words <= 4 and (position - top < 2 or _lexicon_chrome(above))):
            return None
        top -= 1
    if top == 0 or content[top - 1].label not in _HEADER_LABELS:
        return None
    # Header, standfirst (no full stop: a lead paragraph has one), the lead's picture, text.
    unpunctuated = not first.ends_sentence
    if position + 1 < len(content) and content[position + 1].label is Label.CREDIT:
        return None  # over a credit alone ("Photo: Dana Kessler / The Courier"): the picture's caption
    widgets = 0  # share buttons, a reading time or an appeal, then maybe a picture's caption and credit
    pictured = False
    for line in content[position + 1 : position + 1 + SHARE_BAR_LINES + MAX_WIDGET_LINES]:
        # A caption right under the first paragraph is the lead's picture, not the end of a header
        # (unless the paragraph has no full stop, or a widget stands between them, or the text
        # under the picture opens with its dateline: "Lenggries – Lange wurde ...").
        widget = _lexicon_chrome(line) and (line.label in _HEADER_WIDGETS or line.rule == "lexicon.reading-time")
        button = widgets and line.removed and line.words <= SHARE_BUTTON_WORDS  # "X" in a share bar
        if widget or button or (widgets or unpunctuated) and line.label in (Label.CAPTION, Label.CREDIT):
            widgets += 1
            continue
        if line.label in (Label.CAPTION, Label.CREDIT):
            pictured = True
            continue
        if line.removed or line.cls != "good":
            return None
        if widgets and not pictured:
            return first
        return first if _dateline_lead_under(first, line) else None
    return None


def _dateline_lead_under(first: Line, lead: Line) -> bool:
    """The text proper opens under `first` with its dateline ("Lenggries – ...", "PARIS (AFP) -"), and
    `first` has none: `first` is the standfirst over the lead paragraph."""
    head = byline.dateline_head(lead.text)
    if head is None or byline.dateline_head(first.text) is not None:
        return False
    # A place of one word, in capitals, or with its agency: not a speaker ("George Diller - NASA: ...").
    return len(head.split()) == 1 or head.isupper() or "(" in head


def _stamp(line: Line) -> bool:
    """A date and a time of day on a line that ends no sentence: a stamp, no standfirst."""
    return not line.ends_sentence and dates.dated_and_timed(line.text, folded=line.key)


def _subtitle_like(line: Line) -> bool:
    if line.words < 3 or line.words > 45 or line.cls == "bad":
        return False
    if _stamp(line):
        return False  # "Daniel Honan on November 8, 2012, 12:00 AM": the writer's stamp
    return not any(
        rule.startswith(("lexicon.", "segment.", "structure.", "site.", "html.")) and rule not in _TRAFILATURA_SAID
        for _, rule, _ in line.decisions
    )  # the markup's byline or date under the headline is no standfirst (trafilatura's choice is no label)


_TRAFILATURA_SAID = ("html.trafilatura-agrees", "html.trafilatura-dropped")
