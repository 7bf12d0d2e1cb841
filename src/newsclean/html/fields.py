"""The metadata merge: the markup's and trafilatura's title, standfirst, writer, dates, site and
language fill what the text did not find, and win where they are more reliable.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Sequence
from typing import Any

import regex

from ..lines import FULL_STOPS
from .. import normalize
from ..metadata import byline, dates
from ..rules import headers
from ..rules.hints import SUBHEADINGS
from ..segment.site import host_name, in_full
from ..types import Article, Label, LabelledLine
from .evidence import Traf
from .meta import Meta, _ISO_DATE
from .render import Rendered
from .repair import _hint_tokens, _rebuilt, _relabel


def _metadata(article: Article, meta: Meta, traf: Traf | None, rendered: Rendered, hints: Sequence[str]) -> Article:
    """HTML metadata fills what the text did not find, and wins where it is more reliable."""
    changes: dict[str, Any] = {}
    title = _html_title(article, meta, traf, rendered, hints)
    if title and title != article.title:
        changes["title"] = title
        if article.subtitle == title or _subtitle_above(article, title):
            # the text took a kicker for the title and the headline for the subtitle, or a line
            # under a masthead it took for the title, above the markup's headline
            article = dataclasses.replace(article, subtitle=None)
        article = _untitle(article, title, hints)
    elif title and _subtitle_above(article, title):
        article = dataclasses.replace(article, subtitle=None)  # the kicker over the headline ("Energiewende im Altbau")
    if title:
        article = _title_out_of_body(_kicker_over_title(article, title, hints), title)
    if title and article.subtitle in (None, title):
        article = _standfirst_under(article, title, hints)
    if article.subtitle in (None, title):
        article = _lead_standfirst(article, hints)
    # A date in <meta>/JSON-LD (or what htmldate read from the markup) beats one guessed from text.
    local = _local_day_shown(meta.date, meta.date_text, article) if meta.date else None
    if meta.date and not local:
        changes["date"], changes["date_text"] = meta.date, meta.date_text
    elif local and not article.date:
        changes["date"], changes["date_text"] = local
    elif not article.date and (stamped := _header_stamp_date(article)) is not None:
        # the header's stamp the markup set aside ("كتبت: ... تاريخ النشر: 04 فبراير 2025") beats
        # trafilatura's guess (which may read a related link's URL: "/2025/01/27/...")
        changes["date"], changes["date_text"] = stamped
    elif traf and traf.date and _ISO_DATE.match(traf.date):
        if not article.date:
            changes["date"], changes["date_text"] = traf.date[:10], article.date_text or traf.date
    # The markup's author (JSON-LD, <meta name=author>) is the page's own statement: it beats the
    # text's; trafilatura's guess fills a gap only. Either without a byline prefix or a date.
    declared = _writer(meta.author)
    guessed = _writer(traf.author if traf else None)
    if guessed and not byline.name_shaped(guessed):
        # trafilatura's guess runs on: "Sameer Hashmi Mumbai business reporter" keeps the name; the
        # bio under the text ("Jana Körner ist Redakteurin im Ressort ...") names no writer
        guessed = byline.name_before_role(guessed)
    site = meta.site or _titled_site(meta.title, (article.title, meta.og_title, meta.headline)) or (traf.site if traf else None)
    account = _site_account(site, declared, guessed, article.author)
    desk = bool(meta.author) and not declared  # the markup's author is a desk ("Redacția") or an outlet
    # (the writer alone in the markup's byline element then names the person: "Ioana Sălăjan")
    signed = _marked_byline(_above_text(article.lines), bare=True) if account or desk else None
    if signed and signed != account:  # "بواسطة ضفاف دجلة" (the site's own account), "متابعة: حيدر الساعدي"
        declared, guessed = signed, None
        article = dataclasses.replace(article, author=None)
    if declared and declared == account and article.author:
        declared = None  # <meta property="article:author" content="BVT News">: the site; the text's byline names the writer
    elif declared and article.author and _names_all_in(declared, article.author):
        declared = None  # "A, B" from JSON-LD, and the page's byline "A و B": the page's own wording
    elif declared and not article.author:
        declared = _as_written(declared, article.lines) or declared
    linked = meta.linked_authors if not declared and not article.author else None
    linked = linked and _in_header(linked, article.lines)
    written = _marked_byline(article.lines) if not (declared or linked or article.author) else None
    if declared or linked or written or (guessed and not article.author):
        changes["author"] = declared or linked or written or guessed
    if site and (meta.site or not article.site or host_name(article.url) == article.site or in_full(article.site, site)):
        # the markup's own name (og:site_name, JSON-LD's publisher) beats the text's guess; the
        # <title>'s or trafilatura's fills a gap, replaces the text's fallback, the URL's host name,
        # or writes the text's name in full ("بوابة الدلتا الإخبارية" over the dateline's "بوابة الدلتا")
        changes["site"] = site
    if not article.lang and rendered.html_lang:
        changes["lang"] = rendered.html_lang.split("-")[0].lower()[:3]
    article = dataclasses.replace(article, **changes) if changes else article
    return _signature_out(article, article.author) if "author" in changes else article


_TITLE_SEPARATOR = regex.compile(r"\s+(?:[|:]{1,2}|[-–—]|»)\s+")
TITLED_SITE_WORDS = 5


def _titled_site(page_title: str | None, headlines: Sequence[str | None]) -> str | None:
    """The site's name in the <title>, beside the headline ("نبض الجنوب | <headline>", "<headline> -
    The Ledger"), when the markup names no site (the headline: the text's, og:title's or JSON-LD's)."""
    if not page_title:
        return None
    title = page_title.strip()
    for headline in (headline.strip() for headline in headlines if headline and headline.strip()):
        # (the headline may hold a separator of its own: "<site> - ... طريق المنصورة - جمصة ...")
        if title.startswith(headline):
            parts = _TITLE_SEPARATOR.split(" " + title[len(headline) :], maxsplit=1)
        elif title.endswith(headline):
            parts = _TITLE_SEPARATOR.split(title[: -len(headline)] + " ", maxsplit=1)[::-1]
        else:
            continue
        other = parts[1].strip() if len(parts) == 2 and not parts[0].strip() else ""
        if other and other != headline and len(other.split()) <= TITLED_SITE_WORDS and not _TITLE_SEPARATOR.search(other):
            return other
        return None
    return None


SIGNATURE_REACH = 3  # last lines of the text where the writer's name alone signs it


def _signature_out(article: Article, author: str | None) -> Article:
    """The writer the markup names, alone on one of the text's last lines ("<p style="text-align:
    right"><strong>Minh Khang</strong></p>"): the signature, no paragraph."""
    if not author:
        return article
    key = normalize.fold(author).strip()
    body = [position for position, line in enumerate(article.lines) if line.label is Label.BODY and line.text.strip()]
    lines = list(article.lines)
    for position in body[-SIGNATURE_REACH:]:
        if normalize.fold(lines[position].text).strip(" .-–—") == key:
            lines[position] = _relabel(lines[position], Label.BYLINE, "html.signature", "the writer the markup names, signing the text")
            return _rebuilt(article, lines)
    return article


TITLE_IN_TEXT_LINES = 3
KICKER_WORDS = 6
KICKER_LINE_WORDS = 4  # a kicker on a line of its own: "تقرير أسبوعي"


def _title_out_of_body(article: Article, title: str) -> Article:
    """The headline is no paragraph of the text, even when trafilatura's text starts with it (an
    <h1> inside the <article> it takes for the content, maybe under a breadcrumb it kept too): the
    first body line that is the title, among the first few, goes."""
    lines = list(article.lines)
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    if len(body) < 2:
        return article
    position = next((p for p in body[:TITLE_IN_TEXT_LINES] if lines[p].text.strip() == title or _kicker_and_title(lines[p].text, title)), None)
    if position is None:
        return article
    lines[position] = _relabel(lines[position], Label.TITLE, "html.title-in-text", "the headline, at the top of the text")
    # "محليات", "World › Europe": the section's label over it (a writer's name there is the byline's)
    for above in body[: body.index(position)]:
        line = lines[above]
        if len(line.text.split()) <= KICKER_WORDS and line.text.rstrip()[-1:] not in FULL_STOPS and not byline.names_alone(line.text):
            lines[above] = _relabel(line, Label.NAVIGATION, "html.over-title", "a section's label over the headline")
    return _rebuilt(article, lines)


def _kicker_and_title(text: str, title: str) -> bool:
    """ "<h1><span>Travaux à Cointrin</span> Genève Aéroport fermera ...</h1>": the headline's element
    holds a kicker of a few words, then the headline."""
    text = text.strip()
    if not text.endswith(title) or not 0 < len(text[: -len(title)].split()) <= KICKER_WORDS:
        return False
    first = title.lstrip()[:1]
    return first.upper() == first  # (a headline in a cased script opens with a capital: "The origin of saturated vapour pressure" is one phrase)


STANDFIRST_WORDS = (6, 60)
HEADED_STANDFIRST_WORDS = 8  # a heading right under the headline this long is its standfirst, not a section's title


def _standfirst_under(article: Article, title: str, hints: Sequence[str]) -> Article:
    """Headline, standfirst, byline: the line between the markup's headline and the byline or date
    (an Argentine "copete", a French "chapô"), or a long heading right under the headline (a Spanish
    "subtítulo" in an <h2>), is the subtitle, even when trafilatura kept it."""
    lines = [line for line in article.lines if line.text.strip()]
    for position, line in enumerate(lines[:-2]):
        if line.text.strip() != title:
            continue
        standfirst, below = lines[position + 1], lines[position + 2]
        low, high = STANDFIRST_WORDS
        words = len(standfirst.text.split())
        tokens = _hint_tokens(hints, standfirst.index)
        headed = bool(tokens & SUBHEADINGS) and words >= HEADED_STANDFIRST_WORDS
        alone = all(other is standfirst or other.label is not Label.BODY for other in article.lines)
        if alone:  # the text's only paragraph, over a blog post's "by Atrios at 09:53": the text
            return article
        if standfirst.label is Label.BODY and (below.label in (Label.BYLINE, Label.DATE) or headed) and low <= words <= high:
            relabelled = [
                _relabel(other, Label.SUBTITLE, "html.standfirst", "between the headline and the byline")
                if other is standfirst else other
                for other in article.lines
            ]
            return dataclasses.replace(_rebuilt(article, relabelled), subtitle=standfirst.text.strip())
        # else the next copy of the headline: the first may be a breadcrumb's ("Home > Interviews > <title>")
    return article


DATELINE_PLACE_WORDS = 2


def _opens_with_dateline(text: str) -> bool:
    """The paragraph opens with its dateline ("WASHINGTON —", "جبيل - "): the text's lead, which some
    sites set in a standfirst's class; a standfirst sums the story up without one."""
    if headers.opens_with_dateline(text):
        return True
    head = byline.dateline_head(text)  # a script without capitals: a place of a word or two before the dash
    return head is not None and len(head.split()) <= DATELINE_PLACE_WORDS and not byline.cased(head)


def _lead_standfirst(article: Article, hints: Sequence[str]) -> Article:
    """The text's first paragraph in a standfirst's own class ("article-lead", "chapo", "dek"), the
    next one not, is the subtitle: the site marks it apart from the text it sums up."""
    body = [position for position, line in enumerate(article.lines) if line.label is Label.BODY and line.text.strip()]
    if len(body) < 2:
        return article
    lead, following = article.lines[body[0]], article.lines[body[1]]
    low, high = STANDFIRST_WORDS
    if (
        "cls:lead" not in _hint_tokens(hints, lead.index)
        or "cls:lead" in _hint_tokens(hints, following.index)
        or not low <= len(lead.text.split()) <= high
        or _opens_with_dateline(lead.text)
    ):
        return article
    lines = list(article.lines)
    lines[body[0]] = _relabel(lead, Label.SUBTITLE, "html.lead-class", "the first paragraph, in a standfirst's class")
    return dataclasses.replace(_rebuilt(article, lines), subtitle=lead.text.strip())


_UTC_STAMP = regex.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


def _marked_byline(lines: Sequence[LabelledLine], *, bare: bool = False) -> str | None:
    """The writer named on the line the markup calls a byline ("Par Claire Vasseur (Crest, Drôme,
    envoyée spéciale)"), when the text found none above it (the line stands under a paywall's
    notice): read as a byline, it beats trafilatura's guess ("Par Claire Vasseur Crest; Drôme; ...").
    `bare`: a name without a prefix counts too, when the markup's author is the site or a desk."""
    for line in lines:
        if line.rule == "html.byline":
            name = byline.byline_author(normalize.fold(line.text), line.text, len(line.text.split()))
            name = _writer(name or (_name_alone(line.text) if bare else None))
            if name:
                return name
    return None


def _name_alone(text: str) -> str | None:
    """The writer's name alone in the markup's byline element, or over the writer's role run into it
    ("Ingrid SolheimJournalist"): a name without a prefix."""
    words = byline.unglued(text).split()
    for size in (3, 2):
        name = " ".join(words[:size])
        if len(words) > size and byline.starts_with_role(normalize.fold(" ".join(words[size:]))) and byline.bare_name(name):
            return name
    return " ".join(words) if 2 <= len(words) <= 4 and byline.bare_name(" ".join(words)) else None


def _above_text(lines: Sequence[LabelledLine]) -> Sequence[LabelledLine]:
    """The lines over the text's first paragraph (a byline there signs the article; one under the text
    may be a comment's)."""
    first = next((number for number, line in enumerate(lines) if line.label is Label.BODY and line.text.strip()), len(lines))
    return lines[:first]


def _local_day_shown(declared: str, stamp: str | None, article: Article) -> tuple[str, str] | None:
    """The markup's time is in UTC ("2024-02-13T21:12:00Z") and the page shows the day before or
    after it ("Posted Wed 14 Feb 2024 at 5:12am"): the page's day is the local one, the article's
    (returned with its text). Not when the text's stamp shows the markup's day as well: the date
    read is the update's ("February 24, 2025 Updated on: February 25, 2025")."""
    shown, shown_text = article.date, article.date_text
    if not shown:  # the header's stamp the markup set aside ("Mereana Tipoki 21 May 2024 — 4 min read")
        shown, shown_text = _header_stamp_date(article) or (None, None)
    if not shown or shown == declared or not stamp or not _UTC_STAMP.search(stamp.strip()):
        return None
    shown_on = [line.text for line in article.lines if shown_text and shown_text in line.text]
    both = any(found.iso == declared for text in shown_on for found in dates.find_dates(text))
    if both and not any(_same_minute(stamp, text[text.find(shown_text) :]) for text in shown_on):
        return None  # the stamp's line shows both days (not the markup's instant first, in the local time)
    try:
        apart = abs((datetime.date.fromisoformat(shown) - datetime.date.fromisoformat(declared)).days)
    except ValueError:
        return None
    return (shown, shown_text or shown) if apart == 1 else None


def _header_stamp_date(article: Article) -> tuple[str, str] | None:
    """The day (and its text) of the first byline or date line above the text that shows one."""
    stamps = (dates.parse_date(line.text) for line in _above_text(article.lines) if line.label in (Label.DATE, Label.BYLINE))
    found = next((stamp for stamp in stamps if stamp is not None and stamp.iso), None)
    return (found.iso, found.text) if found else None


_CLOCK = regex.compile(r"\b\d{1,2}[:.h](\d{2})\b")


def _same_minute(stamp: str, shown: str) -> bool:
    """The text shows the markup's UTC instant in local time, first on the line: "2025-04-08T02:31:00Z"
    as "April 7, 2025 at 10:31 p.m. EDT" (the same minute, another hour)."""
    declared, local = _CLOCK.search(stamp.split("T", 1)[-1]), _CLOCK.search(shown)
    return declared is not None and local is not None and declared.group(1) == local.group(1)


def _site_account(site: str | None, *names: str | None) -> str | None:
    """The one of `names` that is the site's own name (og:site_name): the account a CMS posts under,
    which a writer's byline in the text, when there is one, beats."""
    if not site:
        return None
    key = normalize.fold(site)
    return next((name for name in names if name and normalize.fold(name) == key), None)


def _writer(name: str | None) -> str | None:
    """A name the markup or trafilatura gives, without prefix or date; None for a desk or an outlet
    ("فريق التحرير", "Redacción"): no person signs."""
    cleaned = byline.clean_author(name) if name else None
    if not cleaned or byline.is_desk(cleaned):
        return None
    if byline.names_outlet(normalize.fold(cleaned)) and not byline.bare_name(cleaned):
        return None  # (in a script with capitals a name may hold such a word: "Emily Post")
    return cleaned


_JOINED_NAMES = regex.compile(rf"\s+(?:{byline.JOINING_WORDS}|&|و)\s+|\s*[,،]\s*")
BYLINE_LINE_WORDS = 25


def _as_written(declared: str, lines: Sequence[LabelledLine]) -> str | None:
    """The markup's names ("Lucía Ferrer, Andrés Molina") as a short line out of the text joins them
    ("Lucía Ferrer y Andrés Molina València 10/03/2025 07:45"), else None."""
    names = _listed_names(declared)
    if len(names) < 2:
        return None
    for line in lines:
        if line.label is Label.BODY or len(line.text.split()) > BYLINE_LINE_WORDS:
            continue  # (a header line, whatever took it: a byline, a date, a stamp of "items | date")
        start, end = line.text.find(names[0]), line.text.find(names[-1])
        if start < 0 or end <= start:
            continue
        span = line.text[start : end + len(names[-1])]
        if [name.strip() for name in _JOINED_NAMES.split(span)] == names:
            return span
    return None


def _in_header(linked: str, lines: Sequence[LabelledLine]) -> str | None:
    """The names linked to writers' pages as a short line above the text shows them ("Lucía Ferrer y
    Daniel Oliván Calanda 27/07/2025"), else None: a link in a sidebar's list names no writer here."""
    names = _listed_names(linked)
    for line in lines:
        if line.label is Label.BODY:
            return None
        if len(line.text.split()) <= BYLINE_LINE_WORDS and all(name in line.text for name in names):
            return _as_written(linked, [line]) or names[0]
    return None


def _names_all_in(declared: str, written: str) -> bool:
    """Whether each of several names the markup lists ("ليلى حداد, كريم منصور") stands in the byline."""
    names = _listed_names(declared)
    return len(names) > 1 and all(name in written for name in names)


def _listed_names(declared: str) -> list[str]:
    """The names the markup lists with commas: "Lucía Ferrer, Andrés Molina" → both."""
    return [name.strip() for name in declared.split(",") if name.strip()]


def _untitle(article: Article, title: str, hints: Sequence[str]) -> Article:
    """A line the text took for the title is body again when the markup names another headline and
    trafilatura kept the line in its text (a first paragraph that reads like a headline); a caption
    again when the markup says it is one (a figcaption's first line, its credit in an element below)."""
    lines = list(article.lines)
    changed = False
    headline_at = next((position for position, line in enumerate(lines) if line.text.strip() == title), None)
    for position, (line, hint) in enumerate(zip(lines, hints)):
        if line.rule != "segment.title" or line.text == title:
            continue
        if _kicker_and_title(line.text, title):
            continue
        if any(rule == "html.caption" for _, rule, _ in line.decisions) and (headline_at is None or position > headline_at):
            # a figcaption's first line (its credit in an element of its own below it)
            lines[position] = _relabel(line, Label.CAPTION, "html.caption", "not the headline the markup names: a caption, as its markup says")
            changed = True
        elif "tf" in hint.split() and len(line.text.split()) >= 10:
            if headline_at is not None and position < headline_at:
                # above the headline: a sidebar's teaser trafilatura kept, no paragraph of the text
                lines[position] = _relabel(line, Label.BOILERPLATE, "html.above-headline", "a line above the headline the markup names")
            else:
                lines[position] = _relabel(line, Label.BODY, "html.trafilatura-agrees", "not the headline the markup names")
            changed = True
    return _rebuilt(article, lines) if changed else article


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _kicker_over_title(article: Article, title: str, hints: Sequence[str]) -> Article:
    """A heading of a few words right over the markup's headline, kept in the text ("<h3
    class="upper-title">تقرير أسبوعي</h3>" over the <h1>): the headline's kicker, no subheading."""
    lines = list(article.lines)
    for position in range(1, len(lines)):
        above = lines[position - 1]
        if lines[position].text.strip() != title or "h1" not in hints[position].split() or above.label is not Label.BODY:
            continue
        if byline.cased(above.text) and byline.name_shaped(above.text.strip()):
            continue  # "Justine Brian" in a heading over the headline: the writer's name, no kicker
        if len(above.text.split()) <= KICKER_LINE_WORDS and above.text.rstrip()[-1:] not in ".!?؟" and _SUBHEADINGS & set(hints[position - 1].split()):
            lines[position - 1] = _relabel(above, Label.BOILERPLATE, "html.kicker", "a short heading right over the headline: its kicker")
            return _rebuilt(article, lines)
    return article


def _subtitle_above(article: Article, title: str) -> bool:
    """The text's subtitle is a line above the markup's headline (its first copy, or the one right
    under it when a breadcrumb's or a sticky bar's copy stands higher): no standfirst of it, a kicker."""
    positions = [line.text.strip() for line in article.lines]
    if article.subtitle not in positions or title not in positions:
        return False
    at = positions.index(article.subtitle)
    below = next((text for text in positions[at + 1 :] if text), None)
    return at < positions.index(title) or below == title


HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.5  # "<site> :: <headline>": the headline is most of the title


def _html_title(article: Article, meta: Meta, traf: Traf | None, rendered: Rendered, hints: Sequence[str]) -> str | None:
    """The headline: the <h1> the metadata confirms, else the metadata's headline, else the text's title."""
    from ..normalize import fold

    references = [ref for ref in (meta.headline, meta.og_title, traf.title if traf else None, meta.title) if ref]
    folded = [fold(ref) for ref in references]
    page_title = fold(meta.title) if meta.title else ""
    social = fold(meta.og_title) if meta.og_title else ""

    def site_part(key: str) -> bool:  # the logo's <h1> ("بوابة الثغر"): <title> is "<site> | <og:title>"
        return bool(social) and social in page_title and key in page_title and key not in social and social not in key

    for line, hint in zip(rendered.lines, hints):
        if "h1" in hint.split() and len(line) <= 300:
            key = fold(line)
            if site_part(key):
                continue
            if key and any(key in ref for ref in folded):
                return line
    if article.title and any(fold(article.title) in ref for ref in folded) and not site_part(fold(article.title)):
        return article.title  # (not the site's name, taken for the title in the text)
    # The text's headline is the page's <h1>, which no metadata repeats: the metadata carries a
    # headline written for search engines and feeds ("headline" in JSON-LD), the reader sees this one.
    # (not the logo's <h1>, "<site> – News, Apps, Games", nor an <h1> that holds the metadata's
    # headline under a kicker: "Lärmschutz Leipzig testet ...")
    site = fold(meta.site) if meta.site else None
    shown = fold(article.title) if article.title else ""
    if shown and len(article.title.split()) >= HEADLINE_MIN_WORDS and not (site and site in shown) and not any(ref in shown for ref in folded) and any(
        line == article.title and "h1" in hint.split() for line, hint in zip(rendered.lines, hints)
    ):
        return article.title
    if not meta.headline:  # no <h1>: the line of the text that <title> holds, its site's name aside
        for line in rendered.lines:
            key = fold(line)
            if len(line.split()) >= HEADLINE_MIN_WORDS and any(key in ref and len(key) >= HEADLINE_SHARE * len(ref) for ref in folded):
                return line.strip()
    for candidate in (meta.headline, traf.title if traf else None, meta.og_title):
        if candidate:
            return candidate
    return article.title or meta.title
