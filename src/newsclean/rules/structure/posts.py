"""What is set between the text's paragraphs without being its prose: embedded X, Instagram and
Facebook posts, a video's title over its running time, a photo gallery's counters, a chart drawn as
text, a blog's links to the previous and next posts. Their chrome goes; the text goes on past them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ... import lexicon
from ...metadata import captions, dates
from ...lines import COLONS, Line
from ...normalize import fold, without_browser_marks
from ...page import Page
from ...types import Label
from .common import _set_apart


GALLERY_MIN_COUNTERS = 3
GALLERY_LINES = 3  # a counter, its caption and its credit


def _gallery(page: Page) -> None:
    """A photo gallery inside the article ("1 / 9", caption, credit, "2 / 9", ...) costs the text
    nothing: the region search reaches the paragraph after it (its captions and counters are
    labelled later, as captions and navigation)."""
    content = page.content
    counters = [n for n, line in enumerate(content) if line.words <= 4 and captions.gallery_counter(line)]
    if len(counters) < GALLERY_MIN_COUNTERS:
        return
    for n in counters:
        for line in content[n : n + GALLERY_LINES]:
            if line.cls in ("short", "near", "bad") and (line is content[n] or not captions.gallery_counter(line)):
                line.score = 0.0


CHART_TICKS = 6  # different bare numbers in a row: a chart's axes (900, 800, ... 2010, 2012, ...)
CHART_TITLE_LINES = 2  # over the axes: the chart's title and its unit ("En milliers")
CHART_TITLE_WORDS = 12
CHART_LEGEND_WORDS = 3  # under them: the legend's series ("Naissances", "Décès")
CHART_FRAME = 3  # lines around the chart where the text's paragraphs stand
CHART_NOTE_WORDS = 14  # and its notes: "Source : INSEE, ...", "Graphique : <name>", "Champ : ..."
_BARE_NUMBER = regex.compile(r"^[-+−]?\d[\d\s.,٫٬]*%?$")
_NOTE = regex.compile(r"^\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?\s?[:：]\s")  # "Source : ...", "Note: ..."


def _charts(content: Sequence[Line]) -> None:
    """A chart a scraper rendered as text: its title, its unit, its axes' ticks one per line (six
    bare numbers in a row at least), its legend and its notes ("Source : INSEE", "Graphique : ..."),
    between two paragraphs of the text. They go, and cost the text nothing: the text goes on under it."""
    position = 0
    while position < len(content):
        end = position
        while end < len(content) and _BARE_NUMBER.match(content[end].text.strip()):
            end += 1
        if len({line.key for line in content[position:end]}) < CHART_TICKS:  # (a row of share counters: "0", "0", ...)
            position = end + 1
            continue
        start = position
        while start > 0 and position - start < CHART_TITLE_LINES and _chart_title(content[start - 1]):
            start -= 1
        while end < len(content) and content[end].words <= CHART_LEGEND_WORDS and not content[end].ends_sentence:
            end += 1
        while end < len(content) and content[end].words <= CHART_NOTE_WORDS and _NOTE.match(content[end].text):
            end += 1
        above, below = content[max(0, start - CHART_FRAME) : start], content[end : end + CHART_FRAME]
        if not any(line.cls == "good" for line in above) or not any(line.cls == "good" for line in below):
            position = end  # a calendar's days, a pager's numbers: no text around them
            continue
        for line in content[start:end]:
            if not line.decisions:
                line.cls, line.score = "item", 0.0
                line.decide(Label.BOILERPLATE, "structure.chart", "a chart drawn as text: title, axes, legend, notes")
        position = end


def _chart_title(line: Line) -> bool:
    """A chart's title or unit over its axes ("Naissances et décès, 2010-2024", "En milliers")."""
    return line.cls != "good" and line.words <= CHART_TITLE_WORDS and not line.ends_sentence


POST_STAMP_REACH = 4  # lines under the @handle where the post's stamp may stand (the post's text between)
_POST_STAMP = regex.compile(r"^\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?|ص|م)?\s?·\s?\S.{2,30}\d{4}(?:\s?·.{0,40})?$")
_HANDLE = regex.compile(r"^\W{0,2}@[\w.]{2,30}\W{0,2}$")  # "@TehranFarmandari", "(@nasa)"
POST_NAME_WORDS = 6


def is_handle(text: str) -> bool:
    """ "@KRG_Meteo", "(@nasa)" alone on a line: an embedded post's account."""
    return _HANDLE.match(text) is not None


def _embedded_posts(content: list[Line]) -> None:
    """An X or Instagram post set in the text, as innerText renders it: under a paragraph, the
    account's name over its "@handle" (a "·" after them): its header goes, its text stays. A post
    embedded as a blockquote (its text over "— Name (@handle) March 3, 2025") goes whole: the
    signature says the line above is the post's; unless the text quotes it ("... wrote on X:"). So
    does an Instagram embed: "View this post on Instagram", the post, "A post shared by Name (@handle)"."""
    for position, line in enumerate(content):
        if position and _HANDLE_SIGNATURE.search(line.text) and line.words <= POST_SIGNATURE_WORDS:
            # "View this post on Instagram" / the post's text / "A post shared by Name (@handle)"
            low = max(0, position - POST_TEXT_LINES - 1)
            opener = next((n for n in range(low, position) if "instagram" in content[n].key and content[n].words <= POST_SIGNATURE_WORDS), None)
            if opener is not None:
                # (unless the text quotes it: "... she wrote on Instagram:")
                if opener == position - 1:  # the post over its link: the account, "Voir ce profil", the text
                    opener = _account_above(content, opener, line.text)
                quoted = opener > 0 and content[opener - 1].text.rstrip()[-1:] in COLONS
                post = [other for other in content[opener + 1 : position] if not other.decisions]
                if not quoted:
                    _set_apart(post, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's text, between its link and its signature")
                continue
        bare = without_browser_marks(line.text.strip())
        facebook = _facebook_signature(content, position, bare)
        signature = [line] if facebook or _TWEET_SIGNATURE.match(bare) else []
        if position and not signature and position + 1 < len(content) and _TWEET_ACCOUNT_ALONE.match(line.text.strip()):
            if _TWEET_DATE_ALONE.match(content[position + 1].text.strip()):
                signature = [line, content[position + 1]]  # "— Name (@handle)" over "March 3, 2025"
        if position and signature:
            top = _post_top(content, position)  # a blockquote's text over "— Name (@handle) March 3, 2025"
            if facebook and top > 1 and _video_title(content[top - 1]):
                top -= 1  # the video's title over its text
            post = content[top:position]
            quoted = top >= 1 and content[top - 1].text.rstrip()[-1:] in (":", "：")  # "... wrote on X:"
            if sum(len(line.text) for line in post) <= TWEET_CHARS and not any(line.decisions for line in post) and not quoted:
                _set_apart(post, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's text, over its signature")
            for part in signature:
                if not part.decisions:  # (its place in the text's run stays: a label, not a fragment's cost)
                    part.decide(Label.BOILERPLATE, "structure.embedded-post", "an embedded post's signature")
            continue
        if position < 2 or not is_handle(line.text):
            continue
        name = _poster_name(content, position, POST_NAME_WORDS)
        if name is None:
            continue
        header = [name, line]
        if _icon(content[position - 2]):
            header.insert(0, content[position - 2])  # "𝕏"
        if position + 1 < len(content) and not any(char.isalnum() for char in content[position + 1].text):
            header.append(content[position + 1])  # "·"
        _set_apart(header, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's account: name, @handle")
        for below in content[position + 1 : position + 1 + POST_STAMP_REACH]:
            if _POST_STAMP.match(below.text.strip()):  # "4:12 PM · Jun 12, 2025" under the post's text
                _set_apart([below], Label.BOILERPLATE, "structure.embedded-post", "an embedded post's time stamp")
                break


def _account_above(content: list[Line], opener: int, signature: str) -> int:
    """Where an embedded post starts whose text stands over its link ("View this post on Instagram"):
    the account's name a few lines up, as the signature's handle writes it ("cn_bassesambre" / "Voir
    ce profil" / the post / the link / "... (@cn_bassesambre)"); else the link itself."""
    handle = _HANDLE_SIGNATURE.search(signature)
    if handle is None:
        return opener
    for top in range(opener - 1, max(-1, opener - POST_TEXT_LINES - 2), -1):
        if content[top].text.strip().lstrip("@").casefold() == handle.group("handle").casefold():
            return top - 1  # (the post's lines are those under it: the name goes with them)
    return opener


def _facebook_signature(content: list[Line], position: int, bare: str) -> bool:
    """A Facebook embed's "Posted by Page on <date>" (`bare`: the line without a browser's marks) with
    the text going on under it (an advertisement's label between): a blog signs its post alike at the
    post's end, over its comments."""
    line = content[position]
    if line.words > POST_SIGNATURE_WORDS + 4 or not dates.YEAR.search(line.text):
        return False
    if not any(other.cls == "good" for other in content[position + 1 : position + 3]):
        return False
    found = _facebook_signature_pattern().match(fold(bare))
    # (the day alone, ending with its year: a blog's footer adds the time, "Comments: 0", "Permalink")
    return found is not None and _ENDS_WITH_YEAR.search(found.group("date")) is not None and dates.is_date_line(found.group("date"))


_ENDS_WITH_YEAR = regex.compile(r"\b\d{4}\W*$")


def _video_title(line: Line) -> bool:
    """A short line, no paragraph and no sentence, not yet labelled: an embedded video's title."""
    return line.cls != "good" and not line.decisions and line.words <= POST_SIGNATURE_WORDS and not line.ends_sentence


def _post_top(content: list[Line], position: int) -> int:
    """Where the post's text over its signature (at `position`) starts: the line right above, or, on a
    page that sets its blocks apart with blank lines, the block above (a text browser wraps the
    post's text over several lines): short enough for a post, its lines cut inside sentences (two
    paragraphs over a post are the text's)."""
    top = position - 1
    while top > 0 and content[top - 1].index == content[top].index - 1:
        top -= 1
    block = content[top:position]
    apart = top == 0 or content[top - 1].index < content[top].index - 1
    wrapped = not any(line.ends_sentence for line in block[:-1])  # cut inside its sentences, not paragraphs
    short = sum(len(line.text) for line in block) <= TWEET_CHARS and len(block) <= POST_TEXT_LINES
    if apart and wrapped and short:
        return top
    # the post's picture link under its text ("pic.twitter.com/tlHmm4rc"): the text is the line above
    # it, unless that ends a sentence of the article (a post of a picture alone under it)
    pictured = position >= 2 and _POST_PICTURE.match(content[position - 1].text.strip()) is not None
    return position - 2 if pictured and not content[position - 2].ends_sentence else position - 1


_POST_PICTURE = regex.compile(r"^(?:pic\.twitter\.com|pic\.x\.com|https?://t\.co)/\S+$")
# An Instagram post embedded: "View this post on Instagram", its text, "A post shared by Name (@handle)".
_HANDLE_SIGNATURE = regex.compile(r"\(@(?P<handle>[\w.]{1,30})\)\s*$")
POST_SIGNATURE_WORDS = 12
POST_TEXT_LINES = 3  # lines of the post's text between the link and the signature, at most
# An X post embedded as a blockquote: its text, then "— AV Carpesa Viva (@carpesaviva) March 3, 2025".
# (the day first in most languages: "— Boerenbelang Woerden (@BoerenbelangWrd) 8 april 2025")
_TWEET_ACCOUNT = r"[—–-]\s?[^()]{1,60}\(@\w{1,30}\)"  # "— Name (@handle)"
# "March 3, 2025", "3 mars 2025", "7 تشرين الثاني 2025" (a Levantine month of two words)
_TWEET_DATE = r"(?:\p{L}+\.?\s\d{1,2},?|\d{1,2}\.?\s\p{L}+(?:\s\p{L}+)?\.?)\s\d{4}"
_TWEET_SIGNATURE = regex.compile(rf"^{_TWEET_ACCOUNT}\s+{_TWEET_DATE}$")
_TWEET_ACCOUNT_ALONE = regex.compile(rf"^{_TWEET_ACCOUNT}$")  # the date on the next line
_TWEET_DATE_ALONE = regex.compile(rf"^{_TWEET_DATE}$")


@lru_cache(maxsize=1)
def _facebook_signature_pattern() -> regex.Pattern[str]:
    """A Facebook video or post embedded as a blockquote signs off under its title and text: "Posted
    by Page Name on Tuesday, January 28, 2025", "Publicado por ... en Jueves, 13 de marzo de 2025"
    (embed-signature.txt, "*" the page's name); the date is checked apart."""
    forms = []
    for phrase in lexicon.data_phrases("embed-signature.txt"):
        before, _, after = fold(phrase).partition("*")
        forms.append(rf"{regex.escape(before.strip())}\s.{{1,80}}?\s{regex.escape(after.strip())}")
    return regex.compile(rf"^(?:{'|'.join(forms)})\s(?P<date>.+)$")


TWEET_CHARS = 330  # 280 characters and a picture's link


def _poster_name(content: list[Line], position: int, most_words: int) -> Line | None:
    """The account's or page's name right over an embedded post's handle or stamp, itself right
    under a paragraph of the text (or under the platform's icon there, "𝕏"): a few words, no sentence."""
    name, above = content[position - 1], content[position - 2]
    if _icon(above) and position >= 3:
        above = content[position - 3]  # "𝕏" over the name: the embed's logo
    paragraph = above.cls == "good" or above.cls == "near" and above.ends_sentence  # (a short last sentence)
    if not paragraph or name.words > most_words or name.ends_sentence:
        return None
    return name


def _icon(line: Line) -> bool:
    """A platform's logo rendered as a character or two ("𝕏", "ⓕ")."""
    return 0 < len(line.text.strip()) <= 2


_CLIP_TIME = regex.compile(r"^\(\d{1,2}:\d{2}(?::\d{2})?\)$")  # "(1:31)": a running time in brackets
CLIP_TITLE_WORDS = (3, 20)


def _clips_in_text(content: list[Line]) -> None:
    """A video set between two paragraphs of the text: its title over its running time in brackets
    ("Why the bank of the future will look like an Apple store" / "(1:31)"). Both go; they cost
    nothing, so the text goes on past them (a headline over a stamp would start the next article)."""
    low, high = CLIP_TITLE_WORDS
    for position in range(2, len(content) - 1):
        line = content[position]
        if not _CLIP_TIME.match(line.text.strip()):
            continue
        title, above, below = content[position - 1], content[position - 2], content[position + 1]
        if above.cls != "good" or below.cls != "good" or title.ends_sentence or not low <= title.words <= high or title.decisions:
            continue
        for clip in (title, line):
            clip.cls, clip.score = "bad", 0.0
            clip.decide(Label.BOILERPLATE, "structure.clip-in-text", "a video's title and running time inside the text")


_PREVIOUS = regex.compile(r"^[«‹←]\s+[^»›→]+$")
_NEXT = regex.compile(r"^[^«‹←]+\s[»›→]$")


def _post_navigation(content: list[Line]) -> None:
    """A blog's links to the posts before and after this one, one above the other: "« Older post's
    title" then "Newer post's title »". Set apart by their arrows, they read like headlines; a quote in
    French guillemets opens and closes on one line."""
    for above, below in zip(content, content[1:]):
        if _PREVIOUS.match(above.text) and _NEXT.match(below.text):
            _set_apart((above, below), Label.NAVIGATION, "structure.post-navigation", "links to the previous and next posts")


POST_TAIL_LINES = 8  # counters and buttons under an embedded post's text ("248", "37 تعليقاً", "أعجبني")
POST_TAIL_WORDS = 5  # ...each a few words ("عرض المزيد على فيسبوك")
_POST_STAMP_DOT = regex.compile(r"\s·\s*$")
POST_STAMP_WORDS = 8  # "15 يوليو الساعة 7:45 م ·", "Yesterday at 3:15 PM ·"
PAGE_NAME_WORDS = 10  # a Facebook page's name: "المؤسسة العامة لمياه الشرب والصرف الصحي بدمشق وريفها"


def _post_stamp(line: Line) -> bool:
    """A post's stamp as Facebook prints it, ending with a dot: a date or a time, a few words."""
    return (
        _POST_STAMP_DOT.search(line.text) is not None
        and line.words <= POST_STAMP_WORDS
        and any(char.isdigit() for char in line.text)
    )


def _facebook_posts(content: list[Line]) -> None:
    """A Facebook post set in the text, as innerText renders it: under a paragraph, the page's name
    over its stamp ending with a dot ("3 فبراير 2025 ·"), the post's text, then its counters and
    buttons ("248", "37 تعليقاً", "112 مشاركة", "أعجبني", "عرض المزيد على فيسبوك"). The header, the
    counters and the buttons go (a count of comments there is no "Comments" heading); the text stays."""
    for position, line in enumerate(content):
        if position < 2 or not _post_stamp(line):
            continue
        name = _poster_name(content, position, PAGE_NAME_WORDS)
        if name is None:
            continue
        members = [name, line]
        # (the post's text may be one short sentence: "ندعو جميع المزارعين إلى المشاركة في سوق العنب")
        text = next((number for number in range(position + 1, min(len(content), position + 4)) if content[number].cls in ("good", "near")), None)
        if text is not None:
            for other in content[text + 1 : text + 1 + POST_TAIL_LINES]:
                if other.cls == "good" or other.words > POST_TAIL_WORDS or other.ends_sentence:
                    break
                members.append(other)
        _set_apart(members, Label.BOILERPLATE, "structure.embedded-post", "an embedded post's header, counters or buttons")
