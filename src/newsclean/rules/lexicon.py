"""Label lines that a chrome lexicon recognises: "Related articles", "اقرأ أيضاً", "Partager", "©".

A heading of a category that ends the article ("related", "comments") becomes a terminator for the
region search, unless the page repeats it (a "Read more" under every teaser is a widget, not a heading).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import lexicon, trie
from ..metadata import byline, captions, dates, key_points
from ..lines import CLOSING_QUOTES, FULL_STOPS, QUESTION_MARKS, SENTENCE_BREAK, Line, ends_with_colon, full_stop
from ..normalize import fold
from ..page import Page
from ..types import Label
from . import hints, structure
from .structure import is_duration

MAX_TERMINATOR_REPEATS = 2
MAX_TEASER_WORDS = 25  # a headline linked under a "read also" line
MIN_LINK_WORDS = 7  # a linked headline right before the text goes on; shorter, it is the text's subheading
TOPICLESS_SUBHEADING_WORDS = 8  # under a headline that opens with its topic ("Bouaké : ..."), a short line without one is the text's
MIN_ALIKE_LINK_WORDS = 5  # ...unless it is about as long as the box's link above it, and this long
ALIKE_LINK_SHARE = (3, 4)  # "about as long": three quarters of the link's words at least
LOOKAHEAD_LINES = 8  # lines (blank ones included) looked at for the next headline of a box


def apply(page: Page) -> None:
    hits: dict[str, lexicon.Hit | None] = {}  # a match depends on the line's key alone; pages repeat lines
    teasers = False  # right after a bare "read also" line, or inside its list
    marked = False  # the list has marks ("list 2 of 3"): a question may be one of its headlines
    ticker = False  # right after a ticker's label that the page repeats ("عاجل", an item, "عاجل", an item)
    flashes = 0  # the ticker's items so far under its label
    subheadings = {page.lines[index].key for index in page.contents}
    box_heading: Line | None = None  # the line that opened the teasers
    clip = False  # right after a player's label that announces its clip ("شاهد الفيديو:", "Watch the video:")
    for line in page.lines:
        if line.blank or line.rule == "structure.embedded-post" or line.index in page.code_lines:
            continue  # an embedded post's "37 تعليقاً" counts its comments; it heads no thread; "email: String!" is code
        hit = _match(line, hits)
        if hit is not None and line.index in page.contents:
            hit = None  # an entry of the text's table of contents ("المراجع" listed over the text)
        elif hit is not None and line.key in subheadings and hit.category.name != "references":
            hit = None  # a subheading of the text its table of contents lists ("What's next?"), no box's heading
        flash = hit is None and ticker and (_headline(line) and not flashes or _repeated_flash(page, line))
        if flash:
            _remove(line, Label.NAVIGATION, "lexicon.ticker-item", "the item under a ticker's label")
        if hit is None and _clip_card(page, line):
            _remove(line, Label.BOILERPLATE, "lexicon.player-title", "a clip's title with its label or its running time")
        if hit is None and clip and _headline(line) and not _statement(line):
            _remove(line, Label.BOILERPLATE, "lexicon.player-box", "the clip's title under its label (\"Watch the video:\")")
        # A ticker's strip shown twice (above the article and under it): its flashes, one sentence
        # each, follow one another under one label; the page repeats every one of them.
        ticker, flashes, clip = flash, flashes + 1 if flash else 0, False
        if hit is None and _ticker_strip(line):
            _remove(line, Label.NAVIGATION, "lexicon.ticker-strip", "a ticker's label over its headlines run together")
            continue
        if hit is None and _quote_strip(line):
            _remove(line, Label.NAVIGATION, "lexicon.quote-strip", "a market's quotes, each with its arrow")
            continue
        if hit is None:
            if line.index in page.live_stamps:  # a live page's update time ends a related box
                teasers = marked = False
                continue
            # HTML: trafilatura kept it in the text, past the box's end; not a card's linked headline
            # under a box's heading ("Más información" / <h2><a>...</a></h2>; a "Read more »" link
            # under a teaser heads no box)
            # (a headline the page lists again, in its related box, is the teaser all the same)
            # (nor a series' part under its note: "الحلقة الثانية: ...")
            if teasers and hints.in_markup_text(line) and not _card_under(page, box_heading, line) and not (_headline(line) and page.key_counts[line.key] >= 2) and not _PART_ITEM.match(line.key):
                teasers = marked = False
                continue
            if teasers and is_duration(line):  # "02:41" under a video teaser
                _remove(line, Label.RELATED, "lexicon.read-also-link", "a video's duration in a 'read also' box")
                teasers = _box_goes_on(page, line.index, hits)
                continue
            # (a picture's caption closed by its credit under the box is the gallery's: "... - تصوير: كريم عادل")
            if teasers and ((marked or not _statement(line)) and _headline(line) or _stated_teaser(page, line)) and captions.split_credit(line.text).credit is None:
                # "اقرأ أيضا" alone on its line, the linked headline on the next one
                _remove(line, Label.RELATED, "lexicon.read-also-link", "the headline under a 'read also' line")
                card = _card_summary(page, line.index, hits)  # a kicker over the headline: a card with its summary
                for other in card:
                    _remove(other, Label.RELATED, "lexicon.read-also-link", "the summary (and stamp) under a card's kicker and headline")
                if card:
                    teasers = marked = False
                    continue
                paired = _summary_pairs(page, line, hits)
                for other in paired:  # headlines each over its summary: the box's teasers
                    _remove(other, Label.RELATED, "lexicon.read-also-link", "a teaser's headline or summary in a 'read also' box")
                if paired:
                    teasers = marked = False
                    continue
                # More headlines below belong to the box while another headline, not a paragraph,
                # follows each: the last short line before the text goes on may be a subheading.
                teasers = _box_goes_on(page, line.index, hits)
                marked = marked and teasers
                continue
            teasers = marked = False
            continue
        category = hit.category
        if category.name == "read-also" and _sentence_after(line, hit):
            teasers = marked = False  # "Read more about the project ... at porthalden.gov.": a sentence
            continue
        if category.name in ("share", "navigation") and _among_items(page, line, hits):
            teasers = marked = False  # "• إكس بوكس سيريس إكس: 159 ديناراً" between the list's other prices: an item, no share button
            continue
        if category.name == "caption-credit" and _source_as_place(line, hit):
            teasers = marked = False  # "متاجر عبر مواقع التواصل", "Scams on social media": the text's subheading
            continue
        reportable = category.name in REPORTABLE and (_reported(line) or _announced_step(page, line))
        if reportable or category.name == "newsletter" and _unaddressed(page, line):
            teasers = marked = False  # "..., can subscribe to the city's planning newsletter, Lindqvist said.": news
            continue
        if category.name == "navigation" and _subheading_between(page, line, hit.phrase):
            teasers = marked = False  # "Sea travel" between two paragraphs: the text's subheading, no menu's "Travel"
            continue
        if category.name == "ticker" and line.cls == "good" and line.ends_sentence:
            teasers = marked = False  # "عاجل | نشرت الوزارة أسماء الأوائل، ...": a live entry's sentence, no strip's headline
            continue
        if category.name == "ticker" and _labelled_headline(page, line):
            teasers = marked = False  # "عاجل: <headline>" over the article's date: its headline, flagged "breaking"
            continue
        _remove(line, category.label, f"lexicon.{category.name}", repr(hit.phrase))
        # (or any over a title that carries the label: "شاهد الفيديو" / "فيديو | كيف يستدرج المحتالون ...؟";
        # not a control alone, "Listen" over the article's headline)
        clip = category.name == "player" and (line.text.rstrip()[-1:] in ":：" or any(map(_labelled_clip_title, _lines_below(page, line.index, 1))))
        # A ticker's label alone, shown once per item: the next line is an item, not this page's headline.
        ticker = category.name == "ticker" and line.words <= 3 and page.key_counts[line.key] >= 2
        box = _inline_box(page, line.index, hits) if category.ends_body and category.label is Label.RELATED else 0
        if category.ends_body and not box and page.key_counts[line.key] <= MAX_TERMINATOR_REPEATS:
            page.terminators.append(line.index)
        if box:  # "İlgili Haberler", two headlines, and the text goes on: a box inside the text
            _label_items(page, line.index, box)
            _free_box(page, line.index)
            teasers = marked = False
        elif category.name == "read-also":
            # A bare "Read also", or a lead-in that announces the teaser below ("Watch | ...:")
            bare = line.words <= len(hit.phrase.split()) + 1 or _bilingual_label(line, hit)
            # (or a series' note over the links to its parts: "هذا التقرير جزء من سلسلة ..." / "الحلقة الأولى: ...")
            bare = bare or all(_PART_ITEM.match(below.key) for below in _lines_below(page, line.index, 2))
            # (a "read more" over a headline with its byline is the next article's label)
            teasers = (bare or line.text.rstrip()[-1:] in ":：") and not _next_article_below(page, line.index, bylined=True)
            marked = False
            box_heading = line
        elif category.label is not Label.NAVIGATION:
            teasers = marked = False
        elif teasers or _is_link(page, line.index - 1):
            # A list mark ("list 2 of 3", "end of list") keeps the list of links open: one more headline.
            teasers = marked = not _next_article_below(page, line.index)
            box_heading = line
    _boxes(page)
    _marked_boxes(page)
    _appeal_headings(page)
    _summary_boxes(page)
    _poll_boxes(page)
    _tool_boxes(page)
    _deal_boxes(page)
    _reader_boxes(page)
    _daily_boxes(page)
    _fact_boxes(page)
    _feedback_answers(page)
    _excerpts_with_more(page)
    _clip_titles_over_controls(page)
    _clip_titles_under_controls(page)


REPORTABLE = ("newsletter", "donation")  # appeals a sentence of the text may report as news
REPORTED_WORDS = 12  # a sentence that reports what someone said has at least this many words


def _reported(line: Line) -> bool:
    """A sentence of the text that reports someone's words ("..., Lindqvist said.", "وقال ...
    إن"): it may speak of a newsletter or a donation; an appeal addresses the reader and reports none."""
    return line.words >= REPORTED_WORDS and line.ends_sentence and _speech_verb().search(line.key) is not None


SUBHEADING_MAX_WORDS = 5


def _subheading_between(page: Page, line: Line, phrase: str) -> bool:
    """A few words that hold a menu's word and more, once on the page, between two paragraphs of the
    text: its subheading ("Sea travel"), not a menu's item."""
    if not len(phrase.split()) < line.words <= SUBHEADING_MAX_WORDS or line.ends_sentence or page.key_counts[line.key] > 1:
        return False
    rest = " ".join(line.key.replace(phrase, " ").split())
    if len(rest.split()) < len(phrase.split()) or set(rest.split()) <= page.stopwords or lexicon.match(Line.of(line.index, rest)) is not None:
        return False  # "Prev Next", "Jump to top", "Contact Us": the menu's words and little else
    if _about_heading().match(line.key):
        return False  # "About Tesla": an about box's heading, the company's words under it
    above, below = _lines_above(page, line.index, 1), _lines_below(page, line.index, 1)
    return bool(above and below) and all(
        other.cls == "good" and not other.removed and other.ends_sentence and lexicon.match(other) is None for other in (*above, *below)
    )


def _unaddressed(page: Page, line: Line) -> bool:
    """A long sentence that neither addresses the reader nor speaks for the site (reader-word.txt,
    in the page's language: "you", "our", "vous", "notre"): "... ils peuvent aussi s'abonner à une
    lettre d'information qui les avertira ..." reports on someone else's newsletter."""
    words = _reader_words(page.lang) if page.lang else None
    if words is None or line.words < REPORTED_WORDS or not line.ends_sentence or words.search(line.key) is not None:
        return False
    # (inside a sign-up box, under its field or its pitch, the box's small print: "Privacy Notice: Newsletters may contain ...")
    return not any(other.label is Label.NEWSLETTER for other in _lines_above(page, line.index, BOX_PRINT_LINES))


BOX_PRINT_LINES = 2  # a sign-up box's small print stands this close under its field or its button


@lru_cache(maxsize=None)
def _reader_words(lang: str) -> regex.Pattern[str] | None:
    """The reader-word lexicon as one pattern: its words anywhere, its "^" words as a sentence's first."""
    entries = lexicon.data_phrases("reader-word.txt", (lang,))  # (none for a language without the file)
    anywhere = {fold(phrase).strip() for phrase in entries if not phrase.startswith("^")}
    opening = {fold(phrase[1:]).strip() for phrase in entries if phrase.startswith("^")}
    parts = [rf"(?<!\w)(?:{trie.alternation(anywhere)})(?!\w)"] if anywhere else []
    parts += [rf"(?:^|(?<=[.!?:]\s))\W*(?:{trie.alternation(opening)})(?!\w)"] if opening else []  # (after a colon too: "...: subscribe to ...")
    return regex.compile("|".join(parts)) if parts else None


def _announced_step(page: Page, line: Line) -> bool:
    """The first step of instructions the text announces ("... يمر الحجز بالخطوات التالية:" / "حمّل
    التطبيق من متجر هاتفك وأنشئ حسابًا ..." / the next step): a sentence right under a paragraph of the
    text that ends in a colon, over another sentence that no lexicon knows."""
    above, below = _lines_above(page, line.index, 1), _lines_below(page, line.index, 1)
    if not line.ends_sentence or not above or not below or above[0].removed or above[0].cls not in ("good", "near"):
        return False
    return ends_with_colon(above[0].text) and below[0].ends_sentence and below[0].cls in ("good", "near") and lexicon.match(below[0]) is None


@lru_cache(maxsize=1)
def _speech_verb() -> regex.Pattern[str]:
    """The words that report speech, any language (speech-verb.txt), as whole words of a folded line."""
    return regex.compile(rf"(?<!\w)(?:{lexicon.data_alternation('speech-verb.txt')})(?!\w)")


MARKED_BOX_LINES = 10  # lines between a box's two screen-reader marks


def _marked_boxes(page: Page) -> None:
    """A box a screen reader is told to skip: "تخطى البودكاست وواصل القراءة", the podcast's name, its
    description, "الحلقات", then "نهاية البودكاست". Between two notices a few lines apart, no paragraph
    between them, the lines are the box's; set in the text, the box and its marks cost the text nothing
    (the main-text search does not end at it)."""
    content = page.content
    marks = [position for position, line in enumerate(content) if line.rule == "lexicon.notice"]
    for first, last in zip(marks, marks[1:]):
        inside = content[first + 1 : last]
        if not inside or len(inside) > MARKED_BOX_LINES or any(line.cls == "good" for line in inside):
            continue
        for line in inside:
            if not line.removed:
                _remove(line, Label.BOILERPLATE, "lexicon.marked-box", "between a box's two screen-reader marks")
        for line in content[first : last + 1]:
            line.score = 0.0


CLIP_TITLE_MAX_WORDS = 15
CLIP_CONTROLS = 2  # a player's controls the lexicon knows, at least, in the run right under the title
CLIP_TITLED_WORDS = 4  # a line of a clip's title among its controls


def _clip_titles_over_controls(page: Page) -> None:
    """An embedded player in the text shows the clip's title over its controls ("Watch later",
    "Share", "Watch on YouTube"): a short line right over a run of them, no sentence, is the title."""
    content = page.content
    for position, line in enumerate(content[:-1]):
        if line.removed or line.words > CLIP_TITLE_MAX_WORDS or not _player_control(content[position + 1]):
            continue
        if line.ends_sentence and not _labelled_clip_title(line):
            continue  # (a title after the player's label may close on its quotes: "فيديو | برومو ... «بيت الحاج منصور»")
        if dates.is_date_line(line.text, folded=line.key) or byline.byline_author(line.key, line.text, line.words) is not None:
            continue  # the header's stamp or byline over a player at the top of the text: no clip's title
        run = []
        for below in content[position + 1 :]:
            if not (_player_control(below) or below.rule.startswith("lexicon.share")) or below.rule == "lexicon.player-box":
                break  # (a box's lines between a player's two ends are no controls: an infographic's labels)
            run.append(below)
        # (a title with the player's label, "فيديو | ...", over one line of controls run together)
        if sum(map(_player_control, run)) >= CLIP_CONTROLS or run and _labelled_clip_title(line):
            _remove(line, Label.BOILERPLATE, "lexicon.player-title", "a clip's title over its player's controls")
            for below in run:  # (controls run together on one line, longer than a button the lexicon knows)
                if not below.removed:
                    _remove(below, Label.BOILERPLATE, "lexicon.player-controls", "a player's controls under a clip's title")


CONTROLS_ABOVE = 5  # lines over a clip's title, no paragraph among them, its player's controls among them
PLAYER_CONTROL_WORDS = 3
PLAYER_STRIP_WORDS = 10  # a player's controls run together on one line, its progress among them


def _player_control(line: Line) -> bool:
    """A player's button, its running time or its progress ("▶ تشغيل", "02:47", "00:00 / 02:47")."""
    text = line.text.strip()
    # (the word count before the lexicon's lookup: the clip-title passes ask this of every line)
    if line.rule.startswith("lexicon.player") or is_duration(line) or _PLAYER_PROGRESS.match(text) is not None:
        return True
    if line.words <= PLAYER_CONTROL_WORDS:
        return lexicon.phrase_in(text, "player") is not None
    # The controls run together on one line: "تشغيل 00:00 / 02:41 كتم الصوت ملء الشاشة"
    return line.words <= PLAYER_STRIP_WORDS and _PLAYER_PROGRESS_IN.search(text) is not None and lexicon.phrase_in(text, "player") is not None


def _player_widget(line: Line) -> bool:
    """A line of a video player's box: its control, running time or progress, or its label ("Video")."""
    return _player_control(line) or captions.player_label(line)


def _clip_titles_under_controls(page: Page) -> None:
    """A player shows the clip's title under its controls ("▶ تشغيل", "00:00 / 02:47", "ملء الشاشة",
    then "شاهد تقرير مراسلنا من داخل السوق"): a short line, no sentence, right under short lines of
    which two at least are the player's (the nearest one too), and over a paragraph."""
    content = page.content
    for position, line in enumerate(content[1:-1], start=1):
        if line.removed or line.words > CLIP_TITLE_MAX_WORDS or line.ends_sentence or line.cls == "good":
            continue
        below = content[position + 1]
        if below.removed or below.cls != "good" or not _player_control(content[position - 1]):
            continue
        if captions.under_player(content, position):
            continue  # "فيديو" / "02:15" / the clip's title: its picture's caption (metadata/captions.py)
        above = []
        for other in reversed(content[max(0, position - CONTROLS_ABOVE) : position]):
            if other.cls == "good":
                break
            above.append(other)
        # (above is nearest first: the box runs up to its farthest widget, the header above it aside)
        box = above[: max((number for number, other in enumerate(above) if _player_widget(other)), default=-1) + 1]
        titled = any(other.words >= CLIP_TITLED_WORDS and (other.rule in ("lexicon.player-box", "lexicon.player-title") or not _player_widget(other)) for other in box)
        if sum(_player_control(other) for other in above) >= CLIP_CONTROLS and not titled:
            # (a clip whose title stands over its running time has it: the line under is the text's subheading)
            _remove(line, Label.BOILERPLATE, "lexicon.player-title", "a clip's title under its player's controls")


_TRANSLATION_MARK = regex.compile(r"\s+[/|]\s+")
_LATIN = regex.compile(r"\p{Latin}")


def _bilingual_label(line: Line, hit: lexicon.Hit) -> bool:
    """One label in two scripts, the page's and its translation: "اقرأ أيضا / Lire aussi"."""
    parts = _TRANSLATION_MARK.split(line.text.strip())
    words = len(hit.phrase.split()) + 1
    if len(parts) != 2 or any(len(part.split()) > words for part in parts):
        return False
    return bool(_LATIN.search(parts[0])) != bool(_LATIN.search(parts[1]))


def _card_under(page: Page, heading: Line | None, line: Line) -> bool:
    """HTML: the line is a card's linked heading, under a box's heading that is no link itself; or
    the card's kicker over its headline, a link alone on its line ("ENQUÊTE" / <p><a>...</a></p>)."""
    if heading is None or "link" in hints.tokens_of(page, heading.index):
        return False
    if hints.linked_heading(page, line):
        return True
    if structure.kicker(line):
        below = _lines_below(page, line.index, 1)
        return bool(below) and "link" in hints.tokens_of(page, below[0].index) and _headline(below[0])
    above = _lines_above(page, line.index, 1)
    return bool(above) and structure.kicker(above[0]) and "link" in hints.tokens_of(page, line.index) and _headline(line)


APPEALS = ("lexicon.donation", "lexicon.newsletter")


def _appeal_headings(page: Page) -> None:
    """The heading over an appeal's box ("Before you go..." / "If you value this reporting, please
    make a gift ..." / "Donate"): a short line that ends no sentence, right over two or more lines of
    appeals (a donation's pitch over a subscriber's button counts), goes with them."""
    content = page.content
    for position in range(1, len(content) - 1):
        heading, first, second = content[position - 1], content[position], content[position + 1]
        if first.rule not in APPEALS or second.rule not in APPEALS or heading.removed:
            continue
        if first.words <= BOX_HEADING_WORDS:
            continue  # the box's own heading is a phrase of the appeal ("Support local journalism")
        above = content[position - 2] if position >= 2 else None
        if above is not None and not above.removed and above.words <= BOX_HEADING_WORDS and not _ends_statement(above.text):
            continue  # the last of the text's short lines ("عيناتا - الأرز", "المنيطرة - عيون السيمان"): a list's item
        if heading.words <= BOX_HEADING_WORDS and not _ends_statement(heading.text) and not heading.key[:1].isdigit():
            _remove(heading, first.label, "lexicon.appeal-heading", "the heading over an appeal's box")


def _ends_statement(text: str) -> bool:
    """A full stop, not an ellipsis: "Before you go..." heads a box."""
    stripped = text.rstrip()
    return stripped[-1:] in ".!?؟。" and not stripped.endswith(("...", "…"))


SUMMARY_ITEMS = 5  # lines of a machine-written summary box at most
SUMMARY_HEADING_WORDS = 4  # "Zusammengefasst", "Key points", "Résumé"


def _summary_boxes(page: Page) -> None:
    """A summary box a machine wrote, closed by its note ("Zusammengefasst" / three points / "Diese
    Zusammenfassung wurde mit künstlicher Intelligenz erstellt ..."): the lines between its heading
    (a short line without a full stop, or a heading the lexicon took) and the note go with the note."""
    content = page.content
    for position, line in enumerate(content):
        if line.rule != "lexicon.summary-note" or position == 0:
            continue
        if _box_heading(content[position - 1]):
            continue  # the note under the box's heading, its points below it (metadata/key_points.py)
        above = content[max(0, position - SUMMARY_ITEMS - 1) : position]
        heading = next(
            (
                number
                for number in range(len(above) - 2, -1, -1)
                if above[number].removed or above[number].words <= SUMMARY_HEADING_WORDS and not above[number].ends_sentence
            ),
            None,
        )
        if heading is None or any(item.removed for item in above[heading + 1 :]):
            continue
        for item in above[heading:]:
            if not item.removed:
                _remove(item, Label.BOILERPLATE, "lexicon.summary-box", "a line of the summary box above its note")


def _box_heading(line: Line) -> bool:
    """A summary box's heading ("AI summary", "ملخص بالذكاء الاصطناعي"), or a note of its own."""
    return line.rule == "lexicon.summary-note" or key_points.heading_phrase(line)


FEEDBACK_ANSWERS = 3  # "Yes" / "No" / "Not sure" under "Was this summary helpful?"
FEEDBACK_ANSWER_WORDS = 2


def _feedback_answers(page: Page) -> None:
    """The answers under a widget's feedback question ("Was this summary helpful?" / "Yes" / "No"):
    a few lines of a word or two, right under the question the lexicon took, go with it."""
    content = page.content
    for position, line in enumerate(content):
        if line.rule != "lexicon.notice" or line.text.rstrip()[-1:] not in QUESTION_MARKS:
            continue
        for answer in content[position + 1 : position + 1 + FEEDBACK_ANSWERS]:
            if answer.removed or answer.words > FEEDBACK_ANSWER_WORDS or answer.ends_sentence:
                break
            _remove(answer, Label.FORM, "lexicon.feedback-answer", "an answer under a widget's feedback question")


_LAST_SENTENCE_END = regex.compile(r"[.!?؟…»\"”](?=[^.!?؟…»\"”]*$)")
TEASER_HEADLINE_WORDS = 15
MORE_LINK_WORDS = 4
MORE_EXCERPTS = 2  # more of them, and the page is a listing: its excerpts are its text


def _excerpts_with_more(page: Page) -> None:
    """A teaser's excerpt ends with its "more" link after its last sentence ("Viele Inselhäfen kämpfen
    mit Verschlickung. ... seit Jahren. mehr"): it goes as the box's, and the teaser's headline right
    above it (a short line, no full stop) with it. The text never ends a paragraph so; a page with
    more than two such lines is a listing, whose excerpts are its text."""
    content = page.content
    excerpts = [(position, tail) for position, line in enumerate(content) if (tail := _more_link_tail(line))]
    if len(excerpts) > MORE_EXCERPTS:
        return
    for position, tail in excerpts:
        _remove(content[position], Label.RELATED, "lexicon.more-link", f"a teaser's excerpt ending with its link {tail!r}")
        above = content[position - 1] if position else None
        if above is not None and not above.removed and above.words <= TEASER_HEADLINE_WORDS and not _statement(above):
            _remove(above, Label.RELATED, "lexicon.more-link", "the teaser's headline over its excerpt")


def _more_link_tail(line: Line) -> str | None:
    """The "more" link after the line's last sentence ("mehr", "Read more", "اقرأ المزيد"), if it ends so."""
    if line.removed or line.words < 3:
        return None
    end = _LAST_SENTENCE_END.search(line.text)
    tail = line.text[end.end() :].strip() if end is not None else ""
    if not tail or len(tail.split()) > MORE_LINK_WORDS:
        return None
    phrase = lexicon.phrase_in(tail, "more-link")
    return tail if phrase is not None and len(phrase.split()) >= len(tail.split()) else None


POLL_OPTIONS = (2, 6)  # a poll's answers: at least two, at most six
POLL_OPTION_WORDS = 8  # "Non, il faut les renforcer", "بدون رأي"
POLL_QUESTION_WORDS = 35
POLL_HEADING_WORDS = 4  # "Votre avis", "Sondage", "استطلاع الرأي"


def _poll_boxes(page: Page) -> None:
    """A reader poll: its heading, its question, its answers and its button ("Votre avis" / "Pensez-
    vous que ... ?" / "Oui" / "Non" / "Sans opinion" / "Voter"). From the button the lexicon knows,
    up over two to six short answers to the question (a line ending with a question mark) and the
    short heading over it: the whole box goes."""
    content = page.content
    for position, line in enumerate(content):
        if line.rule != "lexicon.poll":
            continue
        top = position
        while top > 0 and content[top - 1].rule == "lexicon.poll":
            top -= 1  # "Voter" under "Voir les résultats"
        question = _question_over_options(content, top)
        if question is None:
            continue
        box = content[question:top]
        heading = content[question - 1] if question > 0 else None
        short = heading is not None and heading.words <= POLL_HEADING_WORDS and not heading.ends_sentence
        if heading is not None and (short and heading.text.rstrip()[-1:] not in ":：" or heading.rule == "lexicon.comments"):
            # "What do you think?", "شارك برأيك" over the poll's question: the poll's heading, no comment
            # thread's (the text goes on)
            page.terminators = [index for index in page.terminators if index != heading.index]
            box = [heading, *box]
        for member in box:
            if member.label is not Label.FORM:
                _remove(member, Label.FORM, "lexicon.poll-box", "a line of a reader poll over its button")
    _buttonless_polls(content)


def _buttonless_polls(content: Sequence[Line]) -> None:
    """A poll whose button the page draws as no text: its question right over two to six short answers
    that the markup puts in a form ("هل ستشارك في الدور الثاني؟" / "نعم" / "لا" / "لم أقرر بعد")."""
    for position, line in enumerate(content):
        if line.removed or not _poll_question(line):
            continue
        answers = 0
        for other in content[position + 1 : position + 1 + POLL_OPTIONS[1]]:
            if other.rule != "html.form" or not _poll_option(other):
                break
            answers += 1
        if answers >= POLL_OPTIONS[0]:
            _remove(line, Label.FORM, "lexicon.poll-box", "a reader poll's question over its answers in a form")


TOOL_PITCH_WORDS = 30  # "Êtes-vous à risque d'apnée du sommeil ? Répondez à 8 questions en 2 minutes."
TOOL_HEADING_WORDS = 8  # "أداة فحص الأعراض", "Testez-vous", "Not sure what's causing your foot pain?"


def _tool_boxes(page: Page) -> None:
    """A widget set in a health or service page: its heading, its pitch, its button ("أداة فحص
    الأعراض" / "هل تشعر بالتعب المستمر؟ أجب عن 6 أسئلة ..." / "ابدأ الفحص الآن"). From the button the
    lexicon knows, up over the pitch (a short line that asks, or one the widget's field labels) and the
    short heading over it."""
    content = page.content
    for position, line in enumerate(content):
        if line.rule != "lexicon.tool" or position == 0:
            continue
        options = _ticked_options(content, position)
        if options:  # a symptom checker's question over the boxes to tick, over its button
            for member in options:
                _remove(member, Label.FORM, "lexicon.tool-box", "a line of a widget over its button")
            continue
        pitch = content[position - 1]
        heading = content[position - 2] if position >= 2 else None
        if heading is not None and (heading.words > TOOL_HEADING_WORDS or heading.ends_sentence and not heading.asks or heading.text.rstrip()[-1:] in ":："):
            heading = None
        if pitch.words > TOOL_PITCH_WORDS or not (_asking(pitch) or pitch.label is Label.FORM or heading is not None and heading.asks):
            continue
        for member in (heading, pitch):
            if member is not None and not member.removed:
                _remove(member, Label.FORM, "lexicon.tool-box", "a line of a widget over its button")


def _ticked_options(content: Sequence[Line], button: int) -> list[Line]:
    """A widget's question over two to six short options to tick, right over its button ("هل تعاني من
    أعراض مشابهة؟" / "تقيؤ" / "عطش شديد" / "افحص الأعراض"): the question and its options. [] otherwise."""
    question = _question_over_options(content, button, untaken=True)
    return list(content[question:button]) if question is not None else []


def _question_over_options(content: Sequence[Line], top: int, *, untaken: bool = False) -> int | None:
    """The position of the question right over two to six short options that end above `top` (a
    poll's answers over its button, a checker's boxes to tick over its own); None when there is no
    such question. `untaken`: neither the options nor the question are lines a rule removed."""
    first = top
    while top - first < POLL_OPTIONS[1] and first > 0 and _poll_option(content[first - 1]) and not (untaken and content[first - 1].removed):
        first -= 1
    question = first - 1
    if top - first < POLL_OPTIONS[0] or question < 0 or not _poll_question(content[question]) or untaken and content[question].removed:
        return None
    return question


DEAL_PRICE_WORDS = 12  # "9,99 €/mois pendant 12 mois, puis 14,99 €/mois"
DEAL_NAME_WORDS = 6  # "Azur Mobile 5G 200 Go"
_PRICE = regex.compile(r"\d[\d.,٫٬\s]*\s?(?:\p{Sc}|euros?\b|dollars?\b|ريال|درهم|جنيه|دينار|ليره|ر\.س)|\p{Sc}\s?\d")


def _deal_boxes(page: Page) -> None:
    """An affiliate's offer set in the text: the product's name, its price, the button ("Azur Mobile
    5G 200 Go" / "9,99 €/mois ..." / "Voir l'offre"). From the button the lexicon knows, up over the
    price right above it (a figure with its currency, no sentence) and the short name over the price."""
    content = page.content
    for position, line in enumerate(content):
        if line.rule != "lexicon.deal-button" or position == 0:
            continue
        price = content[position - 1]
        if not _price_alone(price):
            continue
        if position >= 2 and content[position - 2].rule == "lexicon.deal-button":
            # the box's heading is a button too ("اشترِ الآن" / "<product> - 3,299 درهم" / "عرض السعر في ...")
            _remove(price, Label.ADVERTISEMENT, "lexicon.deal-box", "an affiliate's offer between its buttons")
            continue
        box = [price]
        name = content[position - 2] if position >= 2 else None
        if name is not None and not name.removed and name.words <= DEAL_NAME_WORDS and not name.ends_sentence and not ends_with_colon(name.text):
            box.append(name)
        for member in box:
            _remove(member, Label.ADVERTISEMENT, "lexicon.deal-box", "an affiliate's offer over its button")


def _price_alone(line: Line) -> bool:
    """A figure with its currency and a few words, no sentence: an offer's price line."""
    return not line.removed and line.words <= DEAL_PRICE_WORDS and not line.ends_sentence and bool(_PRICE.search(line.text))


FACT_ITEM_WORDS = 20  # "2017 « Tresses », premier court métrage", "• دكتوراه في هندسة البترول من ..."
FACT_ITEMS = 2  # items under the heading, at least: alone, "Profile" may head the text's own section
_YEAR_FIRST = regex.compile(r"^\s*\d{4}\s*[.:–—-]?\s+\S")  # "1987 Naissance à Ixelles", "1971. Naissance ..."


def _fact_box_item(line: Line) -> str | None:
    """The kind of a fact box's item the line is: "marked" ("• ..."), "year" (a year first), "pair"
    ("Born: 3 June 1995, Leeds"), if any."""
    if line.words > FACT_ITEM_WORDS:
        return None
    if structure.marked_item(line.text):
        return "marked"
    if _YEAR_FIRST.match(line.text):
        return "year"
    return "pair" if structure.pair_item(line) else None


def _fact_boxes(page: Page) -> None:
    """A box of facts about the person an interview or a profile is about, set apart in the text: its
    heading (`fact-box.txt`, whole line: "Bio express", "FACT FILE", "من هو هلال الشكيلي؟"), then short
    items of one kind, two at least: a year first ("1987 Naissance à Ixelles"), a bullet, or "label:
    value" ("Born: 3 June 1995, Leeds"); the person's name may stand alone first. The box goes, the
    text goes on under it."""
    content = page.content
    for position, line in enumerate(content):
        if line.words > FACT_ITEM_WORDS or _fact_heading().match(line.key) is None:
            continue
        items, kind, facts = [], None, 0
        for below in content[position + 1 :]:
            named = not items and below.words <= 4 and not below.ends_sentence and byline.names_alone(below.text.strip())
            own = _fact_box_item(below)
            if not named and (own is None or kind is not None and own != kind):
                break
            kind, facts = kind or own, facts + (own is not None)
            items.append(below)
        if facts < FACT_ITEMS:
            continue
        for member in (line, *items):
            if not member.removed:
                _remove(member, Label.BOILERPLATE, "lexicon.fact-box", "a box of facts about the person, under its heading")


@lru_cache(maxsize=1)
def _fact_heading() -> regex.Pattern[str]:
    """The whole folded line is a fact box's heading (`fact-box.txt` of every language)."""
    phrases = lexicon.data_phrases("fact-box.txt")
    words = trie.alternation({fold(phrase).strip() for phrase in phrases if not phrase.startswith("re:")}, space=r"\ ")
    patterns = [phrase[3:].strip().lstrip("^").rstrip("$") for phrase in phrases if phrase.startswith("re:")]
    return regex.compile(rf"^\W*{words}\W*$|^(?:{'|'.join(patterns)})$")


def _asking(line: Line) -> bool:
    """A question anywhere on the line ("Êtes-vous à risque ? Répondez à 8 questions ...")."""
    return line.asks or any(mark in line.text for mark in "?؟")


READER_HEADING_WORDS = 6  # "تعليق مختار من القراء", "Le commentaire le plus apprécié" (the category's max_words)
READER_BOX_LINES = 4  # lines of a reader's words between the box's heading and the signature
READER_SIGNATURE_WORDS = 8  # "— محمد بن الطالب، بني ملال", "— Glenda, Showground Road"
VOTES_WORDS = 3  # "👍 412", "Recommend (48)"
_SIGNATURE = regex.compile(r"^\s*[—–―-]\s*\p{L}")


def _reader_boxes(page: Page) -> None:
    """A reader's words set inside the text as a box of their own: the heading ("Top comment",
    "READER QUESTION", "تعليق مختار من القراء", the reader-box lexicon, whole line), the words, the
    reader's signature under them ("— Glenda, Showground Road"), and under it the comment's votes
    ("👍 412") or the writer's reply ("Writer's reply: ..."). The box goes and costs nothing in the
    main-text search: the text goes on under it."""
    content = page.content
    for position, line in enumerate(content):
        if line.removed or line.words > READER_HEADING_WORDS or line.key.strip(" :：") not in _reader_headings():
            continue
        reach = content[position + 1 : position + 2 + READER_BOX_LINES]
        end = next((number for number, other in enumerate(reach) if number and _reader_signature(other)), None)
        if end is None:
            continue
        box = [line, *reach[: end + 1]]
        below = content[position + end + 2] if position + end + 2 < len(content) else None
        if below is not None and (_votes(below) or _writers_reply(below)):
            box.append(below)
        for member in box:
            member.decide(Label.COMMENTS, "lexicon.reader-box", "a reader's words set inside the text, with their heading and signature")
            member.score = 0.0


DAILY_ITEM_WORDS = 60  # the day's verse or supplication under its heading
SOURCE_WORDS = 6  # its source under it: "(رواه البخاري)", "[البقرة: 185]", "— Rumi"
_SOURCE = regex.compile(r"^\s*(?:[(\[﴿«—–-]|رواه\b)")


def _daily_boxes(page: Page) -> None:
    """The box of the day's verse, supplication or quote that the site sets between two paragraphs
    of every article ("دعاء اليوم" / "اللهم ..."; daily-box lexicon, whole line, once on the page):
    its heading, its item, and the item's source under it. Under no paragraph of the text the
    heading may be the article's own (a page about the day's supplication)."""
    content = page.content
    for position, line in enumerate(content[1:-1], 1):
        if line.removed or line.words > DAILY_HEADING_WORDS or not any(word in line.key for word in _DAILY_WORDS):
            continue
        if page.key_counts[line.key] > 1:
            continue
        if lexicon.pattern_in(line.text, "daily-box", folded=line.key) is None:
            continue
        # (a teaser or an advertisement's label between the paragraph and the box)
        above = next((other for other in reversed(content[:position]) if not other.rule.startswith("lexicon.")), None)
        item = content[position + 1]
        if above is None or above.cls != "good" or item.removed or item.words > DAILY_ITEM_WORDS:
            continue
        box = [line, item]
        source = content[position + 2] if position + 2 < len(content) else None
        if source is not None and 0 < source.words <= SOURCE_WORDS and _SOURCE.match(source.text):
            box.append(source)
        for member in box:
            member.decide(Label.BOILERPLATE, "lexicon.daily-box", "the site's box of the day's verse, supplication or quote")
            member.score = 0.0


DAILY_HEADING_WORDS = 10  # "دعاء اليوم الحادي والعشرين من رمضان" (the category's max_words)
_DAILY_WORDS = ("اليوم", "day", "jour")  # a word every heading of the daily-box lexicon holds (folded)


@lru_cache(maxsize=1)
def _reader_headings() -> frozenset[str]:
    """The reader-box lexicon's headings, folded: the whole line is one ("Top comment")."""
    return frozenset(fold(phrase).strip() for phrase in lexicon.data_phrases("reader-box.txt") if not phrase.startswith("re:"))


def _reader_signature(line: Line) -> bool:
    return 0 < line.words <= READER_SIGNATURE_WORDS and _SIGNATURE.match(line.text) is not None and not line.ends_sentence


def _votes(line: Line) -> bool:
    return 0 < line.words <= VOTES_WORDS and any(char.isdigit() for char in line.text) and not line.ends_sentence


def _writers_reply(line: Line) -> bool:
    """ "Writer's reply: ...", "Réponse de la rédaction : ...": the label opens the line."""
    phrase = lexicon.phrase_in(line.text, "reader-box")
    return phrase is not None and fold(line.text).lstrip().startswith(phrase.lstrip()) and phrase.rstrip().endswith((":", "："))


def _poll_option(line: Line) -> bool:
    return 0 < line.words <= POLL_OPTION_WORDS and line.text.rstrip()[-1:] not in ".!?؟:"


def _poll_question(line: Line) -> bool:
    return line.words <= POLL_QUESTION_WORDS and line.text.rstrip()[-1:] in QUESTION_MARKS


BOX_HEADING_WORDS = 8  # "Newsletter Valais", "Infolettre", "Sign up for The Opinion Page newsletter", "Écouter l'épisode"
SHORT_BOX_HEADING_WORDS = 6  # a longer heading that asks is a question of the text
BOX_LINES = 3  # lines between a box's heading and its button
LABELS_LINES = 6  # a picture's labels between its label and its button (a player's box)
LABEL_WORDS = 8
BOX_LINE_WORDS = 50  # "Stay on top of the news with our app. Get alerts ...": a box's pitch; its small print
# Boxes whose two ends a lexicon knows (the button may be another category's: a newsletter box's
# "Jetzt abonnieren" is a paywall's word), and what the lines between them are.
BOXES = {
    "newsletter": (Label.NEWSLETTER, "lexicon.newsletter-box", ("lexicon.newsletter", "lexicon.paywall")),
    "paywall": (Label.PAYWALL, "lexicon.paywall-box", ("lexicon.paywall", "lexicon.newsletter")),  # "Cityline Premium" / pitch / "Start your free trial"
    "donation": (Label.DONATION, "lexicon.donation-box", ("lexicon.donation",)),
    "player": (Label.BOILERPLATE, "lexicon.player-box", ("lexicon.player",)),
}


PLAYER_BOX_PARAGRAPH_WORDS = 20  # a paragraph between two players' ends is the text's (a picture's caption is shorter)
OFFER_PITCH_WORDS = 25  # "Unlimited access to live market data, in-depth analysis and our daily Morning Note."
# A box's own controls, gone already, that do not count among its lines: an e-mail field, another button
# (a menu, a date or a headline between two ends does count).
_BOX_CONTROLS = frozenset({Label.NEWSLETTER, Label.PAYWALL, Label.FORM, Label.SHARE})


def _boxes(page: Page) -> None:
    """The lines between a box's heading and its button are the box's: "Newsletter Valais" /
    "Recevez chaque matin l'essentiel ..." / "S'inscrire"; "Support local journalism" / the pitch /
    "Donate now"; "Cityline Premium" / the pitch / "Start your free trial"; "Écouter l'épisode" / the
    show's name / the episode's title / "00:00". Both ends are lines of the same category, the heading
    is short, and so are the at most three lines of text between them (the box's e-mail field or
    another button, gone already, aside)."""
    content = page.content
    for category, (label, rule, ends) in BOXES.items():
        marks = [n for n, line in enumerate(content) if line.rule in ends]
        for first, last in zip(marks, marks[1:]):
            between = content[first + 1 : last]
            if content[first].rule != f"lexicon.{category}":
                continue
            controls = [n for n, line in enumerate(between) if line.removed and line.label in _BOX_CONTROLS]
            counted = [line for n, line in enumerate(between) if n not in controls]
            kept = [line for line in counted if not line.removed]
            if controls and any(not line.removed for line in between[controls[0] :]):
                continue  # the box's field or button, then kept lines: the box ended there, the text goes on
            # (an infographic's labels between its label and its button may be more, numbered or
            # figures: "إنفوجراف" / its title / "1 - محطة القياس" / "2 - ..." / "3 - ..." / "اضغط لتكبير الصورة")
            labels = category == "player" and all(line.words <= LABEL_WORDS for line in kept) and sum(line.key[:1].isdigit() for line in kept) >= 2
            if not kept or len(counted) > (LABELS_LINES if labels else BOX_LINES) or content[first].words > BOX_HEADING_WORDS:
                continue
            if content[first].words > SHORT_BOX_HEADING_WORDS and content[first].asks:
                continue  # "What is the State of AI newsletter?": a question of the text (an FAQ), no box's heading
            if any(line.words > BOX_LINE_WORDS for line in kept):
                continue
            if category == "player" and any(line.cls == "good" and line.words >= PLAYER_BOX_PARAGRAPH_WORDS for line in kept):
                continue  # a map's button, a paragraph, an infographic's label: two players' ends, the text between
            if category == "paywall" and (content[first].words < 2 or any(line.words > OFFER_PITCH_WORDS for line in kept)):
                continue  # a paywall's button, then the text's teaser paragraphs, then its notice: the text's
            for line in kept:
                _remove(line, label, rule, f"between a {category} box's heading and its button")
    _clip_boxes(content)
    _chapter_lists(content)
    _disclosed_ads(content)


AD_DISCLOSURE_WORDS = 4  # "Реклама. ООО «...», ИНН ..., erid: ...": the advertiser named, not a bare label
AD_COPY_WORDS = 20  # an ad's copy is short; a paragraph between two "Advertisement" labels is the text's


def _disclosed_ads(content: Sequence[Line]) -> None:
    """An advertisement's copy between its label and the advertiser's disclosure under it ("Реклама" /
    "Квартиры с отделкой ... Ипотека от 6%" / "Реклама. ООО «...», ИНН ..., erid: ..."): the ad's."""
    marks = [n for n, line in enumerate(content) if line.rule == "lexicon.advertisement"]
    for first, last in zip(marks, marks[1:]):
        between = content[first + 1 : last]
        disclosure = content[last]  # (its advertiser's registration numbers: not "Story continues below advertisement")
        if not between or len(between) > BOX_LINES or disclosure.words < AD_DISCLOSURE_WORDS or not any(char.isdigit() for char in disclosure.text):
            continue
        if content[first].words >= AD_DISCLOSURE_WORDS or any(line.words > AD_COPY_WORDS for line in between):
            continue
        for line in between:
            if not line.removed:
                _remove(line, Label.ADVERTISEMENT, "lexicon.advertisement-box", "an ad's copy between its label and its advertiser's disclosure")


CHAPTER_LABEL_WORDS = 2  # "Chapters", "Episode chapters"
CHAPTER_WORDS = 12
_CHAPTER = regex.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*[-–—|·]?\s*\w")  # "02:45 The day the shelves went empty"


def _chapter_lists(content: Sequence[Line]) -> None:
    """An episode's chapters under its player's label ("Chapters" / "00:00 Introduction" / "02:45 The
    day the shelves went empty"): the player's list of times into the recording, two at least."""
    for position, line in enumerate(content):
        if line.rule != "lexicon.player" or line.words > CHAPTER_LABEL_WORDS:
            continue
        run = []
        for item in content[position + 1 :]:
            if item.words > CHAPTER_WORDS or not _CHAPTER.match(item.text.strip()):
                break
            run.append(item)
        if len(run) >= 2:
            for item in run:
                if not item.removed:
                    _remove(item, Label.BOILERPLATE, "lexicon.player-box", "a chapter of the recording under the player's label")


CLIP_LABEL_WORDS = 2  # "Audio", "Video", "Podcast"


def _clip_boxes(content: Sequence[Line]) -> None:
    """A clip set in the text: its label, its title (and show), its length ("Audio" / "The coach who
    wrote letters" / "Information Morning - Moncton" / "8:42"), or its title and length over its
    control or with the label in the title ("فيديو | ..." / "02:45"), and a description under a
    labelled length. They go; the text goes on below (the title over a time is no appended
    article's header)."""
    for position, line in enumerate(content):
        if _PLAYER_PROGRESS.match(line.text.strip()) and position:
            _clip_title_over_progress(content[position - 1])
            if position + 1 < len(content):
                _clip_caption_under_progress(content[position + 1])
        minutes = position > 0 and _MINUTES.match(line.text.strip()) is not None and _clip_label(content[position - 1])
        if not is_duration(line) and not minutes:
            continue  # ("2 Min" counts right under the clip's label only: a recipe's "10 min" is its own)
        _clip_description(content, position)
        above = content[max(0, position - BOX_LINES - 1) : position]
        label = next((n for n in range(len(above) - 1, -1, -1) if _clip_label(above[n])), None)
        if label is None and not (above and _control(above[-1])):
            below = content[position + 1] if position + 1 < len(content) else None
            titled = bool(above) and _labelled_clip_title(above[-1])  # "فيديو | ..." over "02:45"
            if not line.removed and (titled or below is not None and _control(below)):
                _clip_title_and_length(line, above[-1] if above else None)
            continue
        between = above[label + 1 :] if label is not None else []
        if not between:  # the control right above the clip's length: "تشغيل الفيديو" / "02:47", "Regarder la vidéo" / "01:52"
            if not line.removed:
                _remove(line, Label.BOILERPLATE, "lexicon.player-box", "a clip's length under its player's control")
                title = above[label - 1] if label else None  # "فيديو | ..." over a clip label's control
                if title is not None and not title.removed and _labelled_clip_title(title):
                    _remove(title, Label.BOILERPLATE, "lexicon.player-box", "the clip's title over its player's control")
                # (a teaser set in the text; over the text, a video page's own player heads its headline)
                if any(other.cls == "good" for other in content[:position]):
                    _clip_teaser_under(content[position + 1 : position + 1 + CLIP_TEASER_LINES])
            continue
        if any(other.words > BOX_LINE_WORDS or _statement(other) for other in between):
            continue
        if any(dates.is_date_line(other.text, folded=other.key) for other in between):
            continue  # "2025-03-03" over "14:22": the article's date and time under its headline, no clip's length
        if any(captions.starts_with_credit(other.text) and not _labelled_clip_title(other) for other in between):
            continue  # a picture's caption and its credit ("عدسة: ..."; not "فيديو | <title>"), a live update's time under them
        for other in [*between, line]:
            if not other.removed:
                _remove(other, Label.BOILERPLATE, "lexicon.player-box", "a clip's title and length under its label")


CLIP_TITLE_WORDS = 20
CLIP_TEASER_LINES = 3  # a clip's title, its show, its stamp under its label and length
CLIP_SHOW_WORDS = 4
# A clip's length in minutes, right under its label: "2 Min", "3 min.", "4 Minuten".
_MINUTES = regex.compile(r"^\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|دقائق|دقيقه|دقيقة)\.?$", regex.IGNORECASE)


def _clip_teaser_under(below: Sequence[Line]) -> None:
    """Under a clip's label and length, the clip's title, its show and its stamp ("Video" / "2 Min" /
    "Notfahrplan für Fennoog: Wattentaxi statt Fähre" / "Nordwest aktuell" / "02.02.2025 19:30 Uhr"):
    a broadcaster's video teaser set in the text. Only when the stamp closes it."""
    stamp = next((n for n, other in enumerate(below) if dates.is_date_line(other.text, folded=other.key)), None)
    if stamp is None or stamp == 0:
        return
    title, show = below[0], below[1:stamp]
    if title.removed or title.words > CLIP_TITLE_WORDS or _statement(title):
        return
    if any(other.removed or other.words > CLIP_SHOW_WORDS or _statement(other) for other in show):
        return
    for other in below[: stamp + 1]:
        _remove(other, Label.BOILERPLATE, "lexicon.player-box", "a video teaser's title, show and stamp under its label and length")


CLIP_DESCRIPTION_WORDS = 40
CLIP_DESCRIPTION_SENTENCES = 2
_SENTENCE_END = regex.compile(r"[.!?؟](?:\s|$)")
# A player's progress, "00:00 / 04:36": a clip stands there (a bare "02:41" may be a live page's time).
_PLAYER_PROGRESS = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
_PLAYER_PROGRESS_IN = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def _clip_title_over_progress(title: Line) -> None:
    """The short line right over a player's progress ("ملخص المباراة" / "00:00 / 04:36"): the clip's title."""
    if not title.removed and title.words <= CLIP_TITLE_WORDS and not title.ends_sentence and title.text.rstrip()[-1:] not in ":：":
        _remove(title, Label.BOILERPLATE, "lexicon.player-box", "the clip's title over its player's progress")


def _clip_caption_under_progress(caption: Line) -> None:
    """The clip's labelled caption right under a player's progress ("00:00 / 02:45" / "فيديو | جولة
    مع فريق الرقابة.. المفتش: ..."): the clip's, not the text's."""
    if not caption.removed and caption.words <= CLIP_DESCRIPTION_WORDS and _labelled_clip_title(caption):
        _remove(caption, Label.BOILERPLATE, "lexicon.player-box", "the clip's caption under its player's progress")


def _clip_description(content: Sequence[Line], position: int) -> None:
    """A clip's description under its title and its labelled length ("Watch: <title>" / "Duration
    2:41" / "Residents say they were caught off guard ..."): a sentence or two that present the clip."""
    length = content[position]
    if length.rule != "lexicon.player" or position == 0 or position + 1 >= len(content):
        return  # a bare "2:41" may be a live page's time; only a player's word says it is a clip's length
    title, below = content[position - 1], content[position + 1]
    if not (title.rule in ("lexicon.read-also", "lexicon.player-box") or _labelled_clip_title(title)) or below.removed:
        return
    if below.words <= CLIP_DESCRIPTION_WORDS and len(_SENTENCE_END.findall(below.text)) <= CLIP_DESCRIPTION_SENTENCES:
        _remove(below, Label.BOILERPLATE, "lexicon.player-box", "the clip's description under its length")


def _clip_title_and_length(length: Line, title: Line | None) -> None:
    """A clip's title and length over its player's control ("Les images d'une nuit difficile" /
    "2:14" / "Lecture"), or its title labelled ("فيديو | ..." / "02:45"): the title is no appended
    article's headline, nor the length its stamp."""
    _remove(length, Label.BOILERPLATE, "lexicon.player-box", "a clip's length under its title")
    # (a title with the player's label is the clip's however it ends: "فيديو | أهداف المباراة (2-1)")
    if title is not None and not title.removed and title.words <= CLIP_TITLE_WORDS and (not _statement(title) or _labelled_clip_title(title)):
        _remove(title, Label.BOILERPLATE, "lexicon.player-box", "the clip's title over its length")


_LABEL_SEPARATOR = regex.compile(r"\s*[|:：]\s*")


def _labelled_clip_title(line: Line) -> bool:
    """ "فيديو | معلمون يعتصمون ...", "Video: ...": a clip's title after a player's label."""
    parts = _LABEL_SEPARATOR.split(line.text, maxsplit=1)
    if len(parts) < 2 or not parts[1] or line.words > BOX_LINE_WORDS:
        return False
    label = parts[0].strip()
    hit = lexicon.match(Line.of(line.index, label)) if label else None
    return hit is not None and hit.category.name == "player"


# A clip's running time after its title: "(1:12)", "| ٠٣:١٢".
_CLIP_LENGTH = regex.compile(r"(?:\(\s*|\s[|•·–—-]\s*)[\d٠-٩]{1,2}:[\d٠-٩]{2}(?::[\d٠-٩]{2})?\s*\)?\s*$")
_RUNNING_TIME = regex.compile(r"[\d٠-٩]{1,2}:[\d٠-٩]{2}")
CLIP_CARD_WORDS = 20


def _clip_card(page: Page, line: Line) -> bool:
    """A clip's card set in the text: its title after a player's label with its running time or over
    the player's controls ("فيديو | لحظة توقيع الصفقة (1:12)"), or its title and running time under
    the controls ("<title> | ٠٣:١٢" under "▶ تشغيل"). No line of the text ends so."""
    if line.removed or line.words > CLIP_CARD_WORDS:
        return False
    length = _CLIP_LENGTH.search(line.text)
    timed = length is not None
    if (line.text[: length.start()].rstrip()[-1:] in FULL_STOPS) if length else line.ends_sentence:
        return False
    if _labelled_clip_title(line):
        below = _lines_below(page, line.index, 1)
        return timed or bool(below) and below[0].removed and _RUNNING_TIME.search(below[0].text) is not None
    above = _lines_above(page, line.index, 1)
    return timed and bool(above) and above[0].rule == "lexicon.player"


CONTROL_WORDS = 4  # "Regarder la vidéo", "Watch the video"


def _control(line: Line) -> bool:
    """A player's control that a lexicon knows, right above the clip's length."""
    return line.words <= CONTROL_WORDS and line.rule in ("lexicon.player", "lexicon.navigation")


def _clip_label(line: Line) -> bool:
    """A clip's label: a player's control ("شاهد ملخص المباراة"), or a menu's word of one or two ("Video")."""
    return _control(line) and (line.rule == "lexicon.player" or line.words <= CLIP_LABEL_WORDS)


def _remove(line: Line, label: Label, rule: str, detail: str) -> None:
    """Chrome: the line gets the label and a negative score, which the main-text search routes around."""
    line.decide(label, rule, detail)
    line.score = min(line.score, -3.0)


# A series' part, linked by its number: "الحلقة الأولى: ...", "الجزء الثاني: ...", "Part 2: ...", "Épisode 3 : ...".
_PART_ITEM = regex.compile(r"^\W*(?:الحلقه|الجزء|part|partie|episode|épisode|chapter|chapitre)\s+\S+\s*[:：]\s*\S")
_LABEL_MARKS = (":", "：", "፦", "៖", "-", "–", "—", "|", "»")
TEASER_LABEL_WORDS = 4  # "À lire aussi", "Read more", "Lees ook": a label, not a sentence's opening clause


def _among_items(page: Page, line: Line, hits: dict[str, lexicon.Hit | None]) -> bool:
    """A marked item with a figure ("• ... : 159 ديناراً") between two items of the same mark that no
    lexicon knows: an item of the text's list that happens to hold a platform's or a menu's word."""
    mark = line.text.lstrip()[:1]
    if not structure.marked_item(line.text) or not any(char.isdigit() for char in line.text):
        return False
    neighbours = [*_lines_above(page, line.index, 1), *_lines_below(page, line.index, 1)]
    return len(neighbours) == 2 and all(
        other.text.lstrip()[:1] == mark and structure.marked_item(other.text) and _match(other, hits) is None for other in neighbours
    )


# The prepositions that make a source the place where something goes on ("... عبر مواقع التواصل",
# "... on social media", "... sur les réseaux sociaux"); the folded key's forms.
_PLACE_PREPOSITION = frozenset({"عبر", "علي", "في", "on", "across", "sur"})


def _source_as_place(line: Line, hit: lexicon.Hit) -> bool:
    """A source the credit lexicon knows, ending a line without punctuation after a preposition and
    a word that labels no picture: where the text's subject happens, no picture's source
    ("متاجر عبر مواقع التواصل" between two paragraphs; "صورة عبر مواقع التواصل" credits one)."""
    key = line.key.strip()
    if not key.endswith(hit.phrase.strip()) or any(not (char.isalnum() or char.isspace()) for char in line.text):
        return False
    head = key[: len(key) - len(hit.phrase.strip())].split()
    return len(head) >= 2 and head[-1] in _PLACE_PREPOSITION and not captions.label_alone(" ".join(head[:-1]))


def _sentence_after(line: Line, hit: lexicon.Hit) -> bool:
    """A prose sentence that merely starts with the phrase: no colon or dash after it, and it ends
    like a sentence ("Read more about the project, including ..., at example.gov/seawall.")."""
    if line.cls != "good" or line.text[-1:] not in FULL_STOPS:  # "Read more from other authors:" heads a list
        return False
    if line.text[-1:] in "?？؟" and not SENTENCE_BREAK.search(line.text.rstrip()[:-1]):
        # a headline that asks, in one sentence ("See also the chart below. Thoughts?" is prose):
        # "اقرأ أيضا مخطط تهيئة المدينة العتيقة: ماذا تغيّر منذ 2019؟"
        return False
    if hit.phrase.strip() == line.key.strip():
        return False  # a pattern of the whole line: "هذا التقرير جزء من سلسلة ... حول ...." over its parts
    rest = line.key[line.key.find(hit.phrase) + len(hit.phrase) :] if hit.phrase in line.key else ""
    mark = hit.phrase.rstrip()[-1:]
    if mark in _LABEL_MARKS and mark in line.text and not line.text.split(mark, 1)[1].lstrip()[:1].islower():
        return False  # the phrase holds its own colon: "Related: <headline>. Here's why." ("Also: how much ...": a sentence)
    words, phrase_words = line.text.split(), len(hit.phrase.split())
    if 2 <= phrase_words <= TEASER_LABEL_WORDS and len(words) > phrase_words and words[phrase_words][:1].isupper():
        return False  # a headline after the label, capitalised: "À lire aussi Pneus hiver : faut-il ... ?"
    return not rest.lstrip()[:1] in (":", "：", "-", "–", "—", "»", "|", ".", "¿", "¡")  # "Te recomendamos ¿Cómo ...?": a headline


STATED_TEASER_WORDS = 15


def _stated_teaser(page: Page, line: Line) -> bool:
    """A headline closed by a full stop ("الجيزة: غلق جزئي لشارع الهرم لمدة 3 أيام.") under a bare
    "read also" set between two paragraphs of the text: one short sentence without a comma, with
    the text going on under it. A "Read more" after a post's excerpt has the next post's excerpt
    under it, not prose."""
    if line.words > STATED_TEASER_WORDS or line.cls != "good" and not line.ends_sentence or _COMMA.search(line.text):
        return False
    nearest = _lines_above(page, line.index, 2)
    if len(nearest) < 2:
        return False
    label, above = nearest
    if above.cls != "good" or label.rule != "lexicon.read-also":
        return False
    if label.text.rstrip().endswith(_MORE_MARKS):
        return False  # "Read more »" ends a post's excerpt: the next post's excerpt follows
    for below in _lines_below(page, line.index, STATED_TEASER_LINKS):  # the box's other headlines, then the text
        if below.cls == "good":
            return True
        if _statement(below) or not _headline(below):
            return False
    return False


STATED_TEASER_LINKS = 3
_MORE_MARKS = ("»", "›", ">", "…", "...")


_COMMA = regex.compile(r"[,،;؛]")


def _statement(line: Line) -> bool:
    """A line that ends like a statement; a headline may end with a question or an exclamation mark
    ("ماذا يعني رفع العقوبات؟"), a tag ("... [LATEST]") or a quote without a full stop, but not with
    a full stop."""
    return line.ends_sentence and line.text[-1] not in "?!؟？！" and not _tagged(line) and not _quote_headline(line)


_TAG = regex.compile(r"\[\p{Lu}[\p{Lu} ]{1,20}\]$")  # "[LATEST]", "[VIDEO]": a teaser link's tag


_TIMED = regex.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$")  # "... موجة الحر (02:14)": a video teaser's running time


def _tagged(line: Line) -> bool:
    """A teaser's tag or a video's running time closes the line: "... [VIDEO]", "... (02:14)"."""
    text = line.text.rstrip()
    return text.endswith("]") and _TAG.search(text) is not None or text.endswith(")") and _TIMED.search(text) is not None


_RANK = regex.compile(r"^\s*\d{1,2}\.?\s*$")  # "1", "2.": a ranked list's number alone on its line
def _repeated_flash(page: Page, line: Line) -> bool:
    """A ticker's flash that the page shows again (the strip printed above the text and under it):
    one sentence of a teaser's length."""
    if page.key_counts[line.key] < 2 or line.words > MAX_TEASER_WORDS:
        return False
    return len(_SENTENCE_END.findall(line.text)) <= 1


def _headline(line: Line) -> bool:
    """A teaser's headline: not prose, unless tagged ("[VIDEO]"), a question ("Châtaignes : où
    peut-on les ramasser sans risquer une amende ?") or closed by a quote without a full stop
    ("Rolnicy biją na alarm. „Bez deszczu w kwietniu stracimy zbiory”")."""
    return line.words <= MAX_TEASER_WORDS and (
        line.cls != "good" or _tagged(line) or line.asks or _quote_headline(line)
    )


_CLOSING_QUOTES = CLOSING_QUOTES + "“"  # (and German's „...“)


def _quote_headline(line: Line) -> bool:
    """Ends with a quote that closes no sentence: a headline quoting someone."""
    text = line.text.rstrip()
    return text[-1:] in _CLOSING_QUOTES and text.rstrip(_CLOSING_QUOTES)[-1:] not in ".!?؟。…"


LEAD_IN_WORDS = 3


def _lead_in(line: Line) -> bool:
    """A sentence of the text that announces a list: "According to the report, the project will include:"."""
    return line.words >= LEAD_IN_WORDS and line.text.rstrip()[-1:] in ":："


def _box_item(line: Line) -> bool:
    """A headline in a box inside the text: a question may be long enough to read as prose
    ("كيف تحولت مكتبة جامعة الموصل من رماد إلى أكبر مكتبة في شمال العراق؟"), and so may a headline
    without a final mark ("Residents say the Keswick Lane lights have been out for months and nobody
    has fixed them"), which a paragraph has."""
    if _lead_in(line):
        return False
    return _headline(line) or (line.words <= MAX_TEASER_WORDS and (line.text[-1:] in "?!؟？！" or not line.ends_sentence))


def _match(line: Line, hits: dict[str, lexicon.Hit | None]) -> lexicon.Hit | None:
    """The lexicon's hit on a line, once per distinct line of the page (pages repeat lines)."""
    if line.key not in hits:
        hits[line.key] = lexicon.match(line) or _collapsed_box(line) or _glued_links(line) or _glued_teaser(line)
    return hits[line.key]


# Where two links were glued together by a renderer that joins inline elements as written: a small
# letter right before a capital ("Share on FacebookShare on X"), or a capital before a capitalised
# word ("XEmail", "ПоделитьсяВКонтакте").
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})")
GLUED_LABEL_MIN_WORDS = 2  # "Lire aussi", "اقرأ أيضا": one word glued to a headline may be the headline's own


def _glued_teaser(line: Line) -> lexicon.Hit | None:
    """A "read also" label glued to the teaser's headline ("Lire aussiNamur : le nombre ...",
    "اقرأ أيضاًمشتل للنباتات ...", "Читайте такжеВ Костроме ..."): the label's last word runs into the
    headline's first. In a script with capitals the headline's first letter is one, after a small
    letter ("aussitôt" is a word, not "aussi" glued to a headline)."""
    if line.words < GLUED_LABEL_MIN_WORDS:
        return None
    for phrase in lexicon.load().by_first_word.get(line.tokens[0], ()):
        size = len(phrase.words)
        if phrase.category.name != "read-also" or size < GLUED_LABEL_MIN_WORDS or line.words < size:
            continue
        last, glued = phrase.words[-1], line.tokens[size - 1]
        if tuple(line.tokens[: size - 1]) != phrase.words[:-1] or not glued.startswith(last) or len(glued) == len(last):
            continue
        if _glued_after(line.text, len(phrase.text)):
            return lexicon.Hit(phrase.category, phrase.text)
    return None


_CASED = regex.compile(r"\p{Lu}|\p{Ll}")
GLUE_REACH = 3  # characters past the label's length where the glue may fall (its marks, an apostrophe)


def _glued_after(text: str, label_length: int) -> bool:
    """The label runs into the next word: a capital right after the label's last letter (a capital
    word after a label in capitals), or, in a script without capitals, any letter (the caller saw the
    word run on)."""
    if not _CASED.search(text):
        return True
    return _GLUE.search(text, 0, label_length + GLUE_REACH) is not None  # "aussiNamur", "ÇEKEBİLİRAnadolu"


GLUED_MIN_PIECES = 3


def _glued_links(line: Line) -> lexicon.Hit | None:
    """A bar of links the renderer glued into one line ("Share on FacebookShare on XEmailSave
    article", "Facebook'ta PaylaşX'te PaylaşWhatsApp'ta Paylaş"): the lexicon reads it with the
    links apart. A sentence has no glue: a brand's capital inside a word ("WhatsApp") is one place."""
    if line.words > lexicon.load().max_words or not _GLUE.search(line.text):
        return None
    pieces = _GLUE.split(line.text)
    if len(pieces) < GLUED_MIN_PIECES:
        return None
    apart = " ".join(pieces)
    return lexicon.match(Line.of(line.index, apart))


MIN_COLLAPSED_ITEMS = 3


def _collapsed_box(line: Line) -> lexicon.Hit | None:
    """A "read also" box collapsed onto one line: "اقرأ أيضاً: headline | headline | headline",
    "مواضيع ذات صلة - headline - headline - headline" (its heading covers too little of the line for
    the lexicon, so it is matched alone)."""
    if line.text.count("|") >= MIN_COLLAPSED_ITEMS - 1:
        head = line.text.split("|", 1)[0]
        cuts = [cut + 1 for cut in (head.find(":"), head.find("：")) if cut > 0]
    elif line.text.count(" - ") >= MIN_COLLAPSED_ITEMS:  # "مواضيع ذات صلة - a - b - c"
        cuts = [line.text.find(" - ")]
    else:
        return None
    for cut in cuts:
        probe = Line.of(line.index, line.text[:cut])
        hit = lexicon.match(probe)
        if hit is not None and hit.category.name in ("read-also", "related"):
            return hit
    return None


def _box_goes_on(page: Page, index: int, hits: dict[str, lexicon.Hit | None]) -> bool:
    following = _two_below(page, index)
    if len(following) < 2:
        return False
    candidate, after = following
    if candidate.index in page.live_stamps:
        return False  # a live page's next update
    if any(line.index in page.table_rows for line in _lines_below(page, index, TABLE_HEAD_LINES + 1)):
        return False  # a table of the text, under its heading and its header row: "Estado Preço médio" / "Acre 7,12 +1,1%"
    if is_duration(candidate):
        return True  # a video teaser's running time: the box's (apply looks past it)
    if _match(candidate, hits) is not None or _statement(candidate) or not _headline(candidate):
        return False
    if dates.dated_entry(candidate.text) and _timeline_above(page, index):
        return False  # "17 décembre : ..." under the box, "3 octobre : ..." above it: the text's timeline goes on
    if is_duration(page.lines[index]) and is_duration(after):
        return True  # one more clip, its title over its running time as the one above: no article's date
    if _next_article_below(page, index):
        return False
    if after.cls == "good" and candidate.asks and _interview(page):
        return False  # an interview's next question, its answer under it
    # Prose next: the candidate is the box's last link when it is as long as a headline, or about as
    # long as the link above it (a box's headlines look alike), else a subheading of the text going on.
    link = page.lines[index]
    links = [link, *_box_links_above(page, index)]  # (every link of the box opens with its topic, not only the last)
    if after.cls == "good" and candidate.words <= TOPICLESS_SUBHEADING_WORDS and (_untopped(links, candidate) or _marked_apart([link], candidate)):
        return False  # "Bouaké : 300 jeunes formés ..." over "Les commerçants transférés ...": the text's subheading
    alike = (
        link.rule == "lexicon.read-also-link" and candidate.words >= MIN_ALIKE_LINK_WORDS
        and candidate.words * ALIKE_LINK_SHARE[1] >= link.words * ALIKE_LINK_SHARE[0]
    )
    if after.cls == "near" and _sentence_or_lead_in(after) and link.rule == "lexicon.read-also-link" and not alike:
        return candidate.words >= MIN_LINK_WORDS  # "Cosa cambia" over "Il regolamento introduce cinque novità:"
    return after.cls != "good" or candidate.words >= MIN_LINK_WORDS or alike


def _card_summary(page: Page, index: int, hits: dict[str, lexicon.Hit | None]) -> list[Line]:
    """Under a "read also" box's kicker and headline ("À lire aussi" / "ENQUÊTE" / headline), the
    card's summary, a sentence or two, and its date if it shows one, over the text going on: the
    card's, not the text's."""
    above = _lines_above(page, index, 2)  # nearest first: the kicker, then the box's heading
    if len(above) < 2 or above[0].rule != "lexicon.read-also-link" or not structure.kicker(above[0]) or above[1].rule != "lexicon.read-also":
        return []
    below = _lines_below(page, index, 4)  # the summary, its date, then two paragraphs
    if not below or below[0].cls not in ("good", "near") or not full_stop(below[0]) or below[0].words > CARD_SUMMARY_WORDS:
        return []
    card = below[:1]
    if len(below) > 1 and below[1].words <= DATE_LINE_WORDS and dates.is_date_line(below[1].text, folded=below[1].key):
        card.append(below[1])
    after = below[len(card) :]
    if len(card) == 2:  # dated, the card is one for sure: the text's next paragraph is enough
        return card if after and after[0].cls == "good" and full_stop(after[0]) else []
    return card if _text_goes_on(after[:2], hits) else []


CARD_SUMMARY_WORDS = 50
PAIRED_TEASERS = 2  # headlines each over its summary under a "read also" line: a box of teasers


def _summary_pairs(page: Page, first: Line, hits: dict[str, lexicon.Hit | None]) -> list[Line]:
    """Under a "read also" line, teasers each a headline over its summary ("اقرأ أيضا:" / headline /
    summary / headline / summary), two or more, the text going on under the last: the lines of the
    box under its first headline. The headlines look alike (a subheading of the text over its
    paragraph is shorter); the summaries are a sentence or two."""
    above = _lines_above(page, first.index, 1)
    if not above or above[0].rule != "lexicon.read-also":
        return []  # (the box's first headline: under two in a row, a list of headlines goes on)
    box: list[Line] = []
    below = [line for line in page.lines[first.index + 1 : first.index + 1 + 4 * LOOKAHEAD_LINES] if not line.blank]
    pairs, position = 1, 0
    while position + 1 < len(below):
        summary, headline = below[position], below[position + 1]
        if summary.cls not in ("good", "near") or not full_stop(summary) or summary.words > CARD_SUMMARY_WORDS or _match(summary, hits):
            break
        box.append(summary)
        alike = headline.words * ALIKE_LINK_SHARE[1] >= first.words * ALIKE_LINK_SHARE[0]
        if not alike or not _headline(headline) or headline.ends_sentence or _match(headline, hits) or captions.credited(headline):
            break  # (a picture's credited caption between two paragraphs is no headline)
        if position + 2 >= len(below):
            break
        box.append(headline)
        pairs += 1
        position += 2
    else:
        return []
    if pairs < PAIRED_TEASERS or len(box) != 2 * pairs - 1:
        return []
    rest = below[len(box) :]
    if rest and rest[0].cls != "good" and not rest[0].ends_sentence:
        rest = rest[1:]  # the text's subheading over its next paragraph
    return box if _text_goes_on(rest[:2], hits) else []  # two paragraphs (the page's chrome may follow)


def _timeline_above(page: Page, index: int) -> bool:
    """Whether the text right above the box that holds line `index` is a timeline's entry."""
    for line in reversed(page.lines[:index]):
        if not line.blank and line.rule not in ("lexicon.read-also", "lexicon.read-also-link"):
            return dates.dated_entry(line.text)
    return False


def _sentence_or_lead_in(line: Line) -> bool:
    """A short sentence of the text, or one that announces a list ("... cinque novità principali:")."""
    return line.ends_sentence or line.text.rstrip()[-1:] in ":："


TABLE_HEAD_LINES = 2  # a table's heading and its header row over its first row


INTERVIEW_QUESTIONS = 2  # questions, each over its answer, that make a page an interview


def _interview(page: Page) -> bool:
    """Questions over paragraphs that answer them, twice at least: the page is an interview."""
    lines = [line for line in page.lines if not line.blank]
    answered = sum(1 for line, below in zip(lines, lines[1:]) if line.asks and below.cls == "good" and not line.removed)
    return answered >= INTERVIEW_QUESTIONS


def _two_below(page: Page, index: int) -> list[Line]:
    """The two lines under line `index`, blank lines aside."""
    return _lines_below(page, index, 2)


def _lines_above(page: Page, index: int, count: int) -> list[Line]:
    """The `count` lines above line `index`, nearest first, blank lines aside (fewer near the top)."""
    found: list[Line] = []
    for line in reversed(page.lines[:index]):
        if not line.blank:
            found.append(line)
            if len(found) == count:
                break
    return found


def _lines_below(page: Page, index: int, count: int) -> list[Line]:
    """The `count` lines under line `index`, blank lines aside."""
    return [line for line in page.lines[index + 1 : index + 1 + LOOKAHEAD_LINES] if not line.blank][:count]


def _next_article_below(page: Page, index: int, *, bylined: bool = False) -> bool:
    """Whether the line under line `index` is the headline of an article appended to the page: shown
    twice, over its byline, or over its date and a paragraph or a byline (`bylined`: over its byline
    only, a headline over its date under "Read more" being a live page's teaser)."""
    following = _two_below(page, index)
    if len(following) < 2:
        return False
    candidate, after = following
    if after.key == candidate.key or byline.byline_author(after.key, after.text, after.words):
        return True
    if after.index in page.live_stamps:
        return False  # a live page's next update: its time, then its headline
    if after.words <= byline.MAX_NAME_WORDS and byline.names_alone(after.text):
        dated = _two_below(page, after.index)[:1]  # the writer's name alone, then the date: "Jean Morin" / "Publié le ..."
        if dated and dates.is_date_line(dated[0].text, folded=dated[0].key):
            return True
    if bylined:
        return False
    # "رام الله - الزيتون" (a dateline alone) or "Haber Merkezi" (a desk) between the headline and its date
    # ("نبض عمّان - الثلاثاء، 4 تشرين الثاني 2025 - 18:05": the site's name, then the stamp, on one line)
    site_stamp = dates.dashed_stamp(after.text, after.words)
    placed = after.words <= byline.MAX_DATELINE_WORDS and byline.dateline_head(after.text) and not after.ends_sentence
    if not site_stamp and (placed or after.words <= byline.MAX_DATELINE_WORDS and byline.is_desk(after.text)):
        after = next(iter(_two_below(page, after.index)), after)
    if not site_stamp and not dates.is_date_line(after.text, folded=after.key):
        return False
    below = _two_below(page, after.index)[:1]  # the date, then the byline ("كتبت نورة المطيري", "Анна Бурова") or the text
    return _prose_under(page, after.index) or any(
        byline.byline_author(line.key, line.text, line.words) or byline.names_alone(line.text) for line in below
    )


def _prose_under(page: Page, index: int) -> bool:
    """A paragraph of prose within two lines under line `index` (a credit such as "وكالات" or a
    picture's caption between), a share bar's buttons aside."""
    below = [
        line for line in page.lines[index + 1 : index + 1 + LOOKAHEAD_LINES]
        if not line.blank and not line.removed and lexicon.match(line) is None
    ][:2]
    return any(line.cls == "good" and _statement(line) for line in below)


MAX_INLINE_ITEMS = 6
CRUMBS = regex.compile(r"^[^/›»>]{1,30}(?:\s[/›»>]\s[^/›»>]{1,30}){2,}$")  # "Home / Local / Health": three crumbs at least
_DIALOGUE = regex.compile(r"^\s*[—–]\s")  # a line of dialogue, as interviews and reports set them


def _inline_box(page: Page, index: int, hits: dict[str, lexicon.Hit | None]) -> int:
    """The number of headlines under a related heading that stands inside the text, else 0: prose
    right above it, one to six headlines under it (a teaser card may add its date; a second box may
    follow the first), no byline among them (an appended article starts with its headline and
    byline), and the text going on below (`_text_after_box`)."""
    # A bare "Read more" over the related heading belongs to the box, and so does a box right above.
    # (so does a video player over a "More videos" row: its label, clip's title, length and buttons)
    before = [
        line for line in page.lines[max(0, index - LOOKAHEAD_LINES) : index]
        if not line.blank and line.rule not in _BOXED and not _player_widget(line)
    ]
    if not before or before[-1].cls not in ("good", "near") or not _statement(before[-1]):
        return 0
    window = page.lines[index + 1 : index + 1 + 3 * LOOKAHEAD_LINES]
    # A video's running time over or under its title ("02:14") belongs to the item, not counted.
    # (nor a most-read list's rank alone on its line over each headline: "1" / "Man charged after ...")
    following = [line for line in window if not line.blank and not is_duration(line) and not _RANK.match(line.text)]
    items, closed = 0, False
    for line in following[: MAX_INLINE_ITEMS + 2]:
        if _DIALOGUE.match(line.text):  # "— რამდენ ღვინოს აყენებთ?": an interview's question or answer, no headline
            if not items:
                return 0
            closed = True
            break
        if items and (line.cls == "good" and not _box_item(line) or hints.in_markup_text(line) or _lead_in(line)):
            break
        if items and _closed_by_blank(window, line):
            closed = True  # a box written without blank lines ends at the first one
            break
        if items >= 2 and _figure_pair(line):
            break  # "Korner: 4 - 7": the text's list of facts under its subheading, no headline
        if items and _advertisement(line, hits):
            closed = True  # an advertisement's label under the box: the text goes on below it
            break
        hit = _match(line, hits)
        if items and hit is not None and f"lexicon.{hit.category.name}" in _BOX_LABELS:
            items += 1  # a second box right under the first ("Read More" / "Related Articles" / a headline)
            continue
        if hit is not None or _statement(line) or not _box_item(line):
            return 0
        if byline.byline_author(line.key, line.text, line.words) or CRUMBS.search(line.text):
            return 0  # a byline under a headline, or a breadcrumb: the next article's header (a teaser card may show a date)
        items += 1
    else:
        return 0
    ranked = [line for line in window if _RANK.match(line.text)]
    if ranked and items - len(ranked) > 1:
        return 0  # a ranked list ranks its every headline: unranked lines under it are no more of it
    # Headlines, then a line much shorter than all of them over the text: the text's subheading
    # ("Recht auf Reparatur: Was die neue EU-Richtlinie bedeutet", ..., "Kamera und Akku"); or,
    # under headlines that all open with their topic and a colon ("Yppenplatz: ..."), a line without.
    links, last = following[: items - 1], following[items - 1]
    shorter = last.words < MIN_ALIKE_LINK_WORDS and all(line.words >= MIN_ALIKE_LINK_WORDS for line in links)
    untopped = _untopped(links, last)
    below = following[items] if len(following) > items else None
    subheading = items >= 3 and (shorter or untopped or _quotes_below(last, below)) or _marked_apart(links, last)
    # Teasers each over its date ("В Новосибирске подорожает ..." / "27 мая 2025" / ...), then a line
    # with no date under it, over the text: the text's subheading.
    dated = len(links) >= 2 and len(links) % 2 == 0 and all(
        dates.is_date_line(line.text, folded=line.key) == (n % 2 == 1) for n, line in enumerate(links)
    )
    subheading = subheading or dated and not dates.is_date_line(last.text, folded=last.key)
    # (under one headline, both: "Inondations de 2021 : le SPW promet ...", then "Un détour de plusieurs kilomètres")
    subheading = subheading or (
        items == 2 and untopped and last.words * 2 < links[0].words and not dates.is_date_line(last.text, folded=last.key)
    )  # (a teaser's date under its headline is the box's)
    if items > MAX_INLINE_ITEMS or not _text_after_box(following[items:], closed, subheading, items >= 3 and untopped, hits):
        return 0
    return items - 1 if subheading else items


QUOTE_HEADING_WORDS = 10
QUOTE_HEADING_SHARE = 0.6  # of its words the paragraph under it says ("Güvenlik her şeyden önce gelir" / "... güvenliği her şeyden önce gelir")


def _quotes_below(line: Line, below: Line | None) -> bool:
    """A subheading in quotation marks that quotes the paragraph under it: the text's, not a headline."""
    if below is None or below.cls != "good" or line.words > QUOTE_HEADING_WORDS or line.text.lstrip()[:1] not in "\"“«„‘'":
        return False
    said = set(below.tokens)
    return sum(1 for token in line.tokens if token in said) >= QUOTE_HEADING_SHARE * len(line.tokens)


def _text_after_box(after_box: Sequence[Line], closed: bool, subheading: bool, untopped: bool, hits: dict[str, lexicon.Hit | None]) -> bool:
    """Whether the text goes on under a box whose lines stop at `after_box`: two paragraphs; the
    text's last one, then the page's closing chrome; under a box `closed` by a blank line or an
    advertisement's label, a question and its answer or a subheading over a sentence; under a last
    line that is the text's `subheading` (`untopped`: set apart from headlines that open with their
    topic), one paragraph, or a list of facts and then the text; else `_text_goes_on`."""
    after = [line for line in after_box[:3] if not _advertisement(line, hits)][:2]
    if len(after) == 2 and all(line.cls == "good" and line.ends_sentence for line in after):
        return True
    # The text's last paragraph, then the page's closing chrome ("Etiketler:", "Comments (2)").
    last_paragraph = bool(after) and after[0].cls == "good" and after[0].ends_sentence
    if last_paragraph and (len(after) == 1 or _closing_chrome(after[1], hits)):
        return True
    if closed and len(after) == 2 and after[1].ends_sentence:
        # An interview's question and its answer; the text's subheading over a sentence ("How the money
        # will be found", "The scheme will be funded from three sources:").
        if after[1].cls == "good" and after[0].ends_sentence or _headline(after[0]) and after[1].cls in ("good", "near"):
            return True
    if untopped and last_paragraph:  # over the text's next subheading (a question of an interview)
        return True
    if _text_goes_on(after_box[: TEXT_AFTER_BOX + MAX_FACTS], hits):
        return True
    if subheading:  # the subheading over a list of facts, then the text
        listed = next((number for number, line in enumerate(after_box) if not _figure_pair(line)), len(after_box))
        if FRAGMENT_FACTS <= listed <= MAX_FACTS:
            return _text_goes_on(after_box[listed : listed + TEXT_AFTER_BOX + MAX_FACTS], hits)
    return False


TEXT_AFTER_BOX = 4  # lines under a box where the text, going on, shows two paragraphs
FRAGMENT_FACTS, MAX_FACTS = 2, 8  # "Topla oynama: %44 - %56", "Korner: 4 - 7": a list of facts under a subheading
DATE_LINE_WORDS = 12  # a date line under a box: the next article's header
_BOX_LABELS = ("lexicon.read-also", "lexicon.related")
_BOXED = (*_BOX_LABELS, "lexicon.read-also-link")  # a box's heading, label or link


def _figure_pair(line: Line) -> bool:
    """A "label: figures" pair or a marked item of the text ("Korner: 4 - 7", "- 12 000 foyers privés
    ..."); not a headline with its topic ("آثار الحضر: مدينة الشمس ...")."""
    if line.removed:
        return False
    figures = any(char.isdigit() for char in line.text.partition(":")[2])
    return (figures and structure.pair_item(line)) or structure.marked_item(line.text)


def _text_goes_on(below: Sequence[Line], hits: dict[str, lexicon.Hit | None]) -> bool:
    """Under a box, the text goes on: its next paragraph first, then another one within a few lines
    (a subheading, a list's lead-in or its items, a picture's credited caption may stand between),
    with no byline or date among them (an appended article's header), no chrome but an
    advertisement's label, and not more headlines (teaser cards)."""
    # The window: four lines, the items of a list its lead-in announces (ending with a colon) not counted.
    # Teaser cards alternate a headline (or a question, a "Learn more") and a one-sentence summary:
    # two such short lines, and it is a list (a short paragraph ends its sentence).
    lines: list[Line] = []
    counted = short = 0
    announced = False
    for line in below:
        if _advertisement(line, hits) or captions.credited(line):
            continue  # (a picture between two paragraphs: its caption and credit)
        ending = line.text.rstrip("»”\"'")[-1:]
        item = announced and line.cls != "good"
        if not item:
            counted += 1
            if counted > TEXT_AFTER_BOX:
                break
            short += line.cls != "good" and ending not in ".!…:：;,؛،"
        lines.append(line)
        announced = ending in ":：" or item
    # The next paragraph first, or the lead-in of a list ("According to the report, it will include:").
    opening = bool(lines) and (lines[0].cls == "good" and lines[0].ends_sentence or lines[0].cls in ("good", "near") and _lead_in(lines[0]))
    if not opening or short > 1:
        return False
    for line in lines:
        if _match(line, hits) is not None or byline.byline_author(line.key, line.text, line.words):
            return False
        if line.words <= DATE_LINE_WORDS and dates.is_date_line(line.text, folded=line.key):
            return False
    return sum(1 for line in lines if line.cls == "good" and line.ends_sentence) >= 2


def _advertisement(line: Line, hits: dict[str, lexicon.Hit | None]) -> bool:
    hit = _match(line, hits)
    return hit is not None and hit.category.name == "advertisement"


_TOPIC = regex.compile(r"^[^:：]{2,40}[:：]\s")  # "Yppenplatz: ", "Wiener Märkte: ": a headline's topic


def _box_links_above(page: Page, index: int) -> list[Line]:
    """The box's links over the one at `index`, nearest first, up to its heading."""
    links: list[Line] = []
    for line in _lines_above(page, index, LOOKAHEAD_LINES):
        if line.rule != "lexicon.read-also-link":
            break
        links.append(line)
    return links


def _untopped(links: Sequence[Line], last: Line) -> bool:
    """Headlines that each open with their topic ("Yppenplatz: ..."), then a line that does not: the
    text's subheading, not one more headline of the box."""
    return all(_TOPIC.match(link.text) for link in links) and not _TOPIC.match(last.text)


_HEADING_MARKS = "■□◆◇●◉▣▲△★☆◼"  # "■ 임시 개방 구간은 그대로 운영": a subheading's mark in many papers


def _marked_apart(links: Sequence[Line], last: Line) -> bool:
    """Headlines without a heading's mark, then a line that opens with one: the text's subheading."""
    marked = lambda line: line.text.lstrip()[:1] in _HEADING_MARKS  # noqa: E731
    return bool(links) and marked(last) and not any(marked(link) for link in links)


def _closing_chrome(line: Line, hits: dict[str, lexicon.Hit | None]) -> bool:
    """A heading that ends the text (tags, comments, more related links) or a share bar."""
    hit = _match(line, hits)
    return hit is not None and (hit.category.ends_body or hit.category.name in ("tags", "share"))


def _closed_by_blank(window: Sequence[Line], line: Line) -> bool:
    """Whether a blank line stands right before `line` and nowhere before it in the box."""
    position = next(number for number, other in enumerate(window) if other is line)
    blanks = [number for number, other in enumerate(window[:position]) if other.blank]
    return blanks == [position - 1]


def _free_box(page: Page, index: int) -> None:
    """A box set inside the text costs nothing, so that the text's search joins its two sides (one
    paragraph above it is as much the text's as those below): its heading, its links, and the video
    player it may stand under ("Video" / a clip's title / "2:14" / "Play" / "More videos")."""
    above = page.lines[max(0, index - LOOKAHEAD_LINES) : index]
    for line in reversed(above):
        if line.blank:
            continue
        if not (line.rule in _BOXED or _player_widget(line)):
            break
        if line.removed:
            line.score = max(line.score, 0.0)
    for line in page.lines[index:]:
        if line.blank:
            continue
        if not line.removed or line.label is not Label.RELATED:
            break
        line.score = 0.0


def _label_items(page: Page, index: int, count: int) -> None:
    """The headlines of an inline related box, with their videos' running times."""
    for line in page.lines[index + 1 :]:
        if line.blank:
            continue
        if is_duration(line):
            _remove(line, Label.RELATED, "lexicon.read-also-link", "a video's duration in a related box inside the text")
            continue
        if count and _RANK.match(line.text):
            _remove(line, Label.RELATED, "lexicon.read-also-link", "a headline's rank in a related box inside the text")
            continue
        if count == 0:
            break
        _remove(line, Label.RELATED, "lexicon.read-also-link", "a headline in a related box inside the text")
        count -= 1


TICKER_LABEL_WORDS = 3  # "عاجل", "Flash info", "SON DAKİKA": the label alone; longer, the label and an item


STRIP_SEPARATORS = 2  # separators between the headlines of a ticker's strip on one line, at least
_STRIP_SEPARATOR = regex.compile(r"\s(?:\.{3}|…|•|\||◆|■|●)\s")


QUOTE_STRIP_WORDS = 60
# A quote's move: its arrow, then the figure ("▲ 0.42%", "▼ ١٫٣١٪", "↓ -0,8 %").
_QUOTE_MOVE = regex.compile(r"[▲▼△▽↑↓]\s?[+\-−]?\s?\d[\d,.٫٬ ]*\s?[%٪]?")


def _quote_strip(line: Line) -> bool:
    """A market's quotes on one line, as a ticker shows them ("EGX30 31,245.12 ▲ 0.42%", "مؤشر السوق
    الأول: ٨٬٠١٢٫٤٥ ▲ ٠٫٣٤٪ المؤشر العام: ..."): each move with its arrow, figures a third of the
    words at least (a quarter, for several quotes), no sentence; not a table's row (cells apart: "|", tabs)."""
    if line.words > QUOTE_STRIP_WORDS or line.ends_sentence or "|" in line.text or "\t" in line.text:
        return False
    moves = _QUOTE_MOVE.findall(line.text)
    if not moves:
        return False
    figures = sum(1 for token in line.text.split() if any(char.isdigit() for char in token))
    return (4 if len(moves) >= 2 else 3) * figures >= line.words  # (the names of several quotes take more words)


def _ticker_strip(line: Line) -> bool:
    """A ticker's strip on one line, too long for the lexicon's look at a line: its label, then its
    headlines run together with separators ("آخر الأخبار: <headline> ... <headline> ... <headline>")."""
    category = lexicon.load().by_name.get("ticker")
    if category is None or line.words <= category.max_words or len(_STRIP_SEPARATOR.findall(line.text)) < STRIP_SEPARATORS:
        return False
    return category.head is not None and category.head.match(line.key) is not None


def _labelled_headline(page: Page, line: Line) -> bool:
    """A ticker's label and a headline on one line, right over a byline or the date and under no
    other item of a ticker: the article's own headline, labelled as breaking news."""
    below = _lines_below(page, line.index, 1)
    if line.words <= TICKER_LABEL_WORDS or not below or not captions.header_line(below[0]):
        return False
    above = _lines_above(page, line.index, 1)
    hit = lexicon.match(above[0]) if above else None
    return hit is None or hit.category.name != "ticker"


def _is_link(page: Page, index: int) -> bool:
    """Whether the line before `index` (blank lines skipped) is a "read also" heading or link."""
    while index >= 0 and page.lines[index].blank:
        index -= 1
    if index < 0 or not page.lines[index].decisions:
        return False
    return page.lines[index].rule in ("lexicon.read-also", "lexicon.read-also-link")


def apply_trailing(page: Page) -> None:
    """Lines of a trailing category at the end of the kept text: the author's bio, a note on where
    the article was first published. They read like sentences, so only their place tells."""
    kept = [line for line in page.lines if not line.blank and not line.removed]
    _press_contacts(page, kept)
    _tip_line(page, kept)
    _bio_boxes(kept)
    kept = [line for line in kept if not line.removed]
    for position in range(len(kept) - 1, -1, -1):
        line = kept[position]
        if line.removed:
            continue  # a box's heading, gone with the box under it: the walk goes on above it
        hit = lexicon.match(line, trailing=True)
        if hit is not None:
            line.decide(hit.category.label, f"lexicon.{hit.category.name}", repr(hit.phrase))
            continue
        below = kept[position + 1] if position + 1 < len(kept) else None
        if below is not None and below.rule == "lexicon.end-note" and _named_bio(line, below):
            line.decide(Label.BYLINE, "lexicon.author-bio", "the writer's name over the bio")  # "Marcus Yip" / "Marcus Yip is a reporter ..."
            continue
        box = _about_box(page, kept, position)
        if box:  # a press release's "About Tidewell Robotics" / "Founded in 2019, Tidewell Robotics Inc. ..."
            for boxed in box:
                boxed.decide(Label.BOILERPLATE, "lexicon.about-box", f"a press release's box on {box[0].text.strip()!r}")
            continue
        heading = _box_heading_above(kept, position) or _removed_box_heading(page, line)
        if heading is None:
            return
        # "Sobre la firma" / "Redactora de Economía. Antes trabajó en ...": the bio under the box's heading
        line.decide(heading.category.label, "lexicon.author-bio", f"under {heading.phrase!r}")


TIP_LINE_WORDS = 40
_PHONE = regex.compile(r"(?:[\d٠-٩][\s.-]?){7,}")  # "1 800 555-0147", "07705418226"
_HOTLINE_NUMBER = regex.compile(r"[\d٠-٩]{3,}")  # "911", "800 7426"


def _tip_line(page: Page, kept: Sequence[Line]) -> None:
    """A tip line's box at the very end of the text: its heading, taken by the notice lexicon, over
    one line. The heading asks and the line gives the number ("Vous avez de l'information?" / "Toute
    information peut être transmise de façon confidentielle ... au 1 800 555-0147."), or the heading
    gives it ("للإبلاغ اتصل على 911" / "لأي حادث ... يمكنكم التواصل مع غرفة العمليات على مدار الساعة").
    That line goes with its heading."""
    if not kept or kept[-1].words > TIP_LINE_WORDS:
        return
    last = kept[-1]
    above = _lines_above(page, last.index, 1)
    if not above or above[0].rule != "lexicon.notice":
        return
    if above[0].asks and _PHONE.search(last.text) or _HOTLINE_NUMBER.search(above[0].text):
        _remove(last, Label.BOILERPLATE, "lexicon.notice-box", "the line under a tip line's heading, at the end of the text")


CONTACT_LINE_WORDS = 8  # "Rachel Lindqvist", "media@example.org", "+1 617-555-0193", "SOURCE Alderwick Therapeutics"


def _press_contacts(page: Page, kept: Sequence[Line]) -> None:
    """A press release's contacts at the very end: its heading ("Media Contact:", which another
    lexicon may have taken already) over short lines only, names, addresses, numbers and the wire's
    "SOURCE <company>", down to the end of the kept text. They go, so that the walk above them
    reaches the release's "About <company>" box."""
    run: list[Line] = []
    for line in reversed(kept):
        if line.words > CONTACT_LINE_WORDS or line.cls == "good":
            break
        run.append(line)
    if not run:
        return
    # the heading, from the top: the line right above the run, removed already ("Media Contact:" as the
    # navigation lexicon's "contact"), or a line of the run
    candidates = [*_lines_above(page, run[-1].index, 1), *reversed(run)]
    heading = next((line for line in candidates if _contact_heading(line)), None)
    if heading is None:
        return
    for member in run:
        if member.index >= heading.index:
            _remove(member, Label.BOILERPLATE, "lexicon.press-contact", "a press release's contacts at its end")


def _contact_heading(line: Line) -> bool:
    """ "Media Contact:", "Contact presse :", "للتواصل الإعلامي:", the whole line."""
    phrase = lexicon.phrase_in(line.text, "press-contact")
    return phrase is not None and len(phrase.split()) == line.words


_NAMED_BIO = regex.compile(r"^(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}),\s")


def _bio_boxes(kept: Sequence[Line]) -> None:
    """A person's box set inside the text, an interview's usually: its heading ("Zur Person") over a
    bio that opens with the person's name and a comma ("Miriam Oltmanns, geboren 1972 in ...")."""
    for line, below in zip(kept, kept[1:]):
        found = _NAMED_BIO.match(below.text)  # (the cheap test first: this looks at every kept line)
        if found is None or not byline.bare_name(found["name"]):
            continue
        hit = lexicon.match(line, trailing=True)
        if hit is not None and hit.category.name == "author-box":
            _remove(line, hit.category.label, "lexicon.bio-box", repr(hit.phrase))
            _remove(below, hit.category.label, "lexicon.bio-box", f"a person's bio under {hit.phrase!r}")


def _named_bio(line: Line, bio: Line) -> bool:
    """A name alone over the bio that opens with it, or with the writer's role ("Rui Antunes" /
    "Jornalista do Diário do Mondego desde 2014. ...")."""
    name = line.text.strip()
    named = byline.names_alone(name) or name.isupper() and byline.names_alone(name.title())  # "CAMILA RESTREPO VÉLEZ"
    return named and (bio.text.startswith(name + " ") or byline.starts_with_role(bio.key))


AUTHOR_BOX_LINES = 2  # bio lines under an author box's heading ("About the author", "Sobre la firma")


ABOUT_NAME_WORDS = 5  # "About <name>": the company, university or charity named in at most this many words


@lru_cache(maxsize=1)
def _about_heading() -> regex.Pattern[str]:
    """"About <name>" on the folded line, the words of `about-heading.txt` of every language ("About",
    "À propos de", "نبذة عن"), alone on its line or before a colon and the box's text."""
    words = lexicon.data_alternation("about-heading.txt")
    return regex.compile(
        rf"^\W*(?P<about>{words})(?:\s+|(?<=['’]))(?P<name>[^\W\d][\w.&'’-]*(?:\s+[\w.&'’-]+){{0,{ABOUT_NAME_WORDS - 1}}})\s*(?::\s*(?P<text>\S.*))?$"
    )


class _About(NamedTuple):
    """A box's heading: the name it is about, whether that name is written in a script with capitals,
    and the box's text when it follows a colon on the heading's own line."""

    name: str
    cased: bool
    text: str | None

    def named_in(self, text: str) -> bool:
        """Whether the box's text names what the heading is about: a word of it when the name is a
        proper name; when the script has no capitals, its first word ("جامعة أردنية أهلية تأسست ..."),
        the first word of the name right after the verb that opens the text ("نبذة عن الهيئة العامة ..." /
        "تتولى الهيئة تنظيم ..."), or the whole name among the text's first words ("تأسست مجموعة رمال
        الساحل العقارية عام 2004")."""
        first, words = self.name.split()[0], fold(text).split()
        if self.cased:
            return first in words or _spelled_out(self.name.strip().upper(), text)  # (the name comes folded)
        return first in words[:ABOUT_HEAD_REACH] or f" {self.name.strip()} " in f" {' '.join(words[:ABOUT_NAME_REACH])} "


ABOUT_HEAD_REACH = 2  # "تتولى الهيئة ...": the name's first word second in the text at most
ABOUT_NAME_REACH = 12  # words at the head of an about box's text where a caseless name may stand
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")


def _spelled_out(name: str, text: str) -> bool:
    """An acronym that the text spells out: "ICCB" in "... Industries Céramiques du Cap Bon est ..."
    (the initials of capitalised words in a row, short lower-case words between them skipped)."""
    name = name.strip()
    if not _ACRONYM.match(name):
        return False
    initials = "".join(" " if not word[:1].isupper() and len(word) > 3 else word[0] for word in text.split() if word[:1].isupper() or len(word) > 3)
    return name in initials


def _about_name(line: Line) -> _About | None:
    """The heading of a box about someone: in a script with capitals, a proper name ("About Southern
    Cascades University", not "About the study"); in one without, two words at least ("عن جامعة الكرك",
    not "عن المشروع")."""
    found = _about_heading().match(line.key)
    if found is None:
        return None
    words = line.text.split()
    about_words = len(found["about"].split())
    first = words[about_words] if len(words) > about_words else ""
    if found["about"].endswith(("'", "’")):  # "À propos d'ICCB": the name glued to the elided word
        first = regex.split(r"['’]", words[about_words - 1], maxsplit=1)[-1] if len(words) >= about_words else ""
    cased = first[:1].lower() != first[:1].upper()
    if (not first[:1].isupper()) if cased else len(found["name"].split()) < 2:
        return None
    return _About(found["name"], cased, found["text"])


def _about_box(page: Page, kept: Sequence[Line], position: int) -> list[Line]:
    """A press release's boilerplate box at its end: "About <name>" over at most AUTHOR_BOX_LINES
    paragraphs, the last of which names it ("About Tidewell Robotics" / "Founded in 2019, Tidewell
    Robotics Inc. designs ..."), or before a colon on the paragraph's own line. The heading may have
    gone already (a run of short lines); the paragraphs under it go with it."""
    line = kept[position]
    inline = _about_name(line)
    if inline is not None and inline.text is not None:
        return [line] if inline.named_in(inline.text) else []
    if inline is not None and all(other.removed for other in kept[position + 1 :]):
        # the heading alone at the text's end, the box's paragraph under it gone already (after the
        # text, or as a trailing end note in this walk)
        below = next((other for other in page.lines[line.index + 1 :] if not other.blank), None)
        return [line] if below is not None and below.removed and inline.named_in(below.text) else []
    for above in _lines_above(page, line.index, AUTHOR_BOX_LINES):
        about = _about_name(above)
        if about is not None and about.text is None:
            if not about.named_in(line.text):
                return []
            return [above] + [below for below in kept[: position + 1] if below.index > above.index]
    return []


def _removed_box_heading(page: Page, line: Line) -> lexicon.Hit | None:
    """The hit on an author box's heading right above the line, gone already with a run of short
    lines after the text (tags, then "عن الكاتب"): the bio under it goes too."""
    above = _lines_above(page, line.index, 1)
    if not above or not above[0].removed:
        return None
    hit = lexicon.match(above[0], trailing=True)
    return hit if hit is not None and hit.category.name == "author-box" else None


def _box_heading_above(kept: Sequence[Line], position: int) -> lexicon.Hit | None:
    """The hit on an author box's heading at most AUTHOR_BOX_LINES lines above."""
    for above in kept[max(0, position - AUTHOR_BOX_LINES) : position][::-1]:
        hit = lexicon.match(above, trailing=True)
        if hit is not None and hit.category.name == "author-box":
            return hit
    return None
