"""Structural hints from HTML: turn each line's hint (see `newsclean.html`) into decisions and scores.

A hint is a space-separated token string, e.g. "li link cls:related" or "p article tf":
- where the line sits: nav, header, footer, aside, form, figure, figcaption, h1–h6, li, td, quote,
  pre, p, article, main, address, time; "picture" inside an element whose role is "img" (an
  infographic drawn in HTML: its labels are the picture's, no text);
- how much of it is link text: "link" (all of it), "linky" (at least half);
- what the class/id/role/itemprop names of its containers say: cls:related, cls:comment, cls:share,
  cls:newsletter, cls:donation, cls:footer, cls:nav, cls:sidebar, cls:caption, cls:byline, cls:date,
  cls:dateline, cls:tags, cls:ad, cls:cookie, cls:title, cls:content, cls:hidden, cls:lead (a
  standfirst's class);
- what trafilatura did with it: "tf" (kept it in the main text), "tfc" (read it as a comment);
- "ld": a paragraph of the JSON-LD articleBody, set in the lines of a page whose script writes its text.

Rules, in order of trust:
0. a paragraph of the JSON-LD articleBody ("ld") is body ("html.ld-body");
1. trafilatura kept the line: it is body ("html.trafilatura-agrees") and scores at least its words;
2. a chrome hint labels the line ("html.nav", "html.footer", "html.cls-related"...) and makes its
   score strongly negative; a caption hint labels it a caption;
   (a fragment it kept counts as a short sentence, class "near"; a terminator on it is lifted);
3. when trafilatura found a text, a line it dropped scores negative ("html.trafilatura-dropped" when
   it is not prose), so the region search (rules/region.py) follows trafilatura's article;
4. a heading inside <article>/<main> right above a paragraph trafilatura kept is the text's
   subheading ("html.subheading"), even when trafilatura dropped it (a live page's post titles, a
   section's question);
5. the first comment line after the article is a terminator: the main text cannot run into comments.
"""

from __future__ import annotations

import regex

from .. import lexicon
from ..lines import COLONS, Line, barred_menu
from ..metadata import dates
from ..page import Page
from ..types import Label
from . import headers

CHROME_SCORE = -8.0  # a line the markup calls chrome
TF_MIN_BONUS = 3.0  # a short line trafilatura kept still counts this much
TF_MAX_BONUS = 60.0
DROPPED_COST = 4.0  # a line trafilatura dropped (when it found a text) costs at least this
SHORT_BYLINE_WORDS = 15
SHORT_DATE_WORDS = 12
LINK_MAX_WORDS = 15  # a link-only line longer than this is a teaser headline, still chrome in a list

# Hint → (label, rule) for chrome, most specific first. Structural elements only count when the line
# is not inside <article>/<main> (an <aside> pull quote or a <footer> of notes belongs to the article).
_CHROME: tuple[tuple[str, Label, bool], ...] = (
    ("cls:hidden", Label.BOILERPLATE, False),
    ("picture", Label.BOILERPLATE, False),  # the labels of an infographic drawn in HTML (role="img")
    ("cls:comment", Label.COMMENTS, False),
    ("cls:cookie", Label.COOKIE, False),
    ("cls:newsletter", Label.NEWSLETTER, False),
    ("cls:donation", Label.DONATION, False),
    ("cls:share", Label.SHARE, False),
    ("cls:ad", Label.ADVERTISEMENT, False),
    ("cls:related", Label.RELATED, False),
    ("cls:breadcrumb", Label.NAVIGATION, False),
    ("nav", Label.NAVIGATION, False),
    ("cls:nav", Label.NAVIGATION, False),
    ("footer", Label.FOOTER, True),
    ("cls:footer", Label.FOOTER, False),
    ("aside", Label.RELATED, True),
    ("cls:sidebar", Label.RELATED, False),
    ("form", Label.FORM, False),
    ("cls:tags", Label.NAVIGATION, False),
    ("header", Label.NAVIGATION, True),
)


def apply(page: Page) -> None:
    hints = page.hints
    if not hints:
        return
    parsed = [frozenset(hint.split()) if hint else frozenset() for hint in hints]
    parsed += [frozenset()] * (len(page.lines) - len(parsed))
    has_reference = any("tf" in tokens for tokens in parsed)
    kept = {line.index for line, tokens in zip(page.lines, parsed) if "tf" in tokens}
    # A line trafilatura kept is no boundary of the article (a quoted comment-like stamp, "Q:/A:").
    page.terminators[:] = [index for index in page.terminators if index not in kept]
    boxed = _boxes_in_text(parsed)
    seen_body = False
    comments_marked = False
    in_thread = False  # under a thread's heading, inside its container ("Letters to the editor" in "b-letters")
    seen_prose = False  # a paragraph of the text trafilatura kept: the header's lines stand above it
    for line, tokens in zip(page.lines, parsed):
        if line.blank or line.index in page.contents:
            continue  # a table of contents goes, whatever trafilatura kept (it keeps the subheadings too)
        in_thread = "cls:comment" in tokens and (in_thread or seen_body and _thread_heading(line))
        if line.rule == "structure.embedded-post":
            continue  # so does an embedded X post's text over its signature (trafilatura keeps the blockquote)
        if "ld" in tokens:  # a paragraph of the JSON-LD articleBody, the text of a page its script writes
            seen_body = True
            line.score = max(line.score, 0.0) + TF_MIN_BONUS
            line.cls = "near" if line.cls in ("short", "bad") else line.cls
            line.decide(Label.BODY, "html.ld-body", "a paragraph of the page's JSON-LD articleBody")
            continue
        crumb = ("cls:nav" in tokens or not seen_body) and _breadcrumb_to_headline(page, line) or _linked_menu(line, tokens)
        crumb = crumb or not seen_body and _dated_menu(line)
        # A breadcrumb trafilatura kept is still one; so are links in a menu or a related box.
        if "tf" in tokens and not in_thread and "cls:hidden" not in tokens and "picture" not in tokens and not _captioned(line, tokens) and not _header_stamp(line, tokens, seen_prose) and not crumb and not _header_field(line, tokens, seen_body) and not _linked_chrome(line, tokens) and not _in_box(tokens, boxed):
            seen_body = True
            line.score = max(line.score, 0.0) + min(max(float(line.words), TF_MIN_BONUS), TF_MAX_BONUS)
            if line.cls in ("short", "bad"):
                line.cls = "near"  # part of the article's text, not a fragment of a widget
            line.decide(Label.BODY, "html.trafilatura-agrees", "trafilatura kept this line")
            seen_prose = seen_prose or line.cls == "good" and tokens.isdisjoint(HEADINGS)  # (the headline is no prose)
            continue
        comment = "tfc" in tokens or "cls:comment" in tokens
        if comment and not comments_marked and seen_body:
            page.terminators.append(line.index)
            comments_marked = True
        decided = _chrome(line, tokens)
        if not decided and has_reference and _subheading(line, tokens, page.lines, parsed, seen_body):
            line.score = max(line.score, 0.0) + TF_MIN_BONUS
            line.cls = "near"
            line.decide(Label.BODY, "html.subheading", "a heading right above text trafilatura kept")
            continue
        if not decided and has_reference and _announced_item(line, tokens, page.lines, parsed):
            line.score = max(line.score, 0.0) + TF_MIN_BONUS
            line.cls = "near"
            line.decide(Label.BODY, "html.announced-item", "an item of a list under a line of the text that ends with a colon")
            continue
        if not decided and has_reference and line.cls == "good" and headers.opens_with_dateline(line.text):
            continue  # the lead paragraph, opening with its wire dateline: trafilatura missed it, not the page
        if not decided and has_reference and not seen_body and line.cls == "good" and _over_kept_text(page, line, kept, tokens):
            continue  # the text's first part in a box of its own ("itemIntroText"), right over the rest
        if not decided and has_reference:
            line.score = min(line.score, 0.0) - max(DROPPED_COST, min(float(line.words), 20.0) / 2)
            if line.cls != "good":
                line.decide(Label.BOILERPLATE, "html.trafilatura-dropped", _where(tokens))
        elif not decided and line.cls == "good":
            seen_body = True
    _aside_teasers(page, parsed)


def _aside_teasers(page: Page, parsed: list[frozenset[str]]) -> None:
    """A teaser card set in the article as an <aside>: its linked headline and the summary under
    it, which trafilatura left out (an aside's pull quote or fact box carries no link)."""
    run: list[Line] = []
    for line, tokens in [*zip(page.lines, parsed), (None, frozenset())]:
        if line is not None and (line.blank or "aside" in tokens and "tf" not in tokens):
            if not line.blank:
                run.append(line)
            continue
        linked = [member for member in run if "link" in parsed[member.index]]
        if len(linked) == 1 and len(run) <= ASIDE_CARD_LINES and linked[0] is not run[-1]:
            for member in run:
                if member.label is Label.BODY:
                    member.score = min(member.score, 0.0) - DROPPED_COST
                    member.decide(Label.RELATED, "html.aside-teaser", "a teaser card in an <aside>: its linked headline and summary")
        run = []


def _over_kept_text(page: Page, line: Line, kept: set[int], tokens: frozenset[str]) -> bool:
    """A paragraph right over the first line trafilatura kept, in the same part of the page, in no
    standfirst's class and no <p>: the text's first part, which a CMS sets in a box of its own
    (Joomla's "itemIntroText" over "itemFullText") and trafilatura leaves out with the box."""
    lines = page.lines
    below = next((lines[n] for n in range(line.index + 1, len(lines)) if not lines[n].blank), None)
    if below is None or below.index not in kept or "cls:lead" in tokens:
        return False
    under = tokens_of(page, below.index)
    if "p" in tokens or tokens & _NOT_A_PARAGRAPH or under & _NOT_A_PARAGRAPH:
        return False  # (a <p> of its own over the text is its standfirst: the text's part is a box's)
    place = _place(tokens)  # (<main> over <main>: not a header's <p> over the text, nor a page's loose line)
    return bool(place) and _place(under) == place


_NOT_A_PARAGRAPH = frozenset({"li", "link", "linky", "h1", "h2", "h3", "h4", "h5", "h6", "td", "figcaption"})
_PLACES = frozenset({"main", "article", "header", "footer", "aside", "nav", "form"})


def _place(tokens: frozenset[str]) -> frozenset[str]:
    """Where on the page a line stands: its sectioning elements and class names, not its own tag."""
    return frozenset(token for token in tokens if token in _PLACES or token.startswith("cls:"))


# Boxes a text may hold that are never its own: a signup card, an ad slot, a share bar, a teaser.
_BOXES = ("cls:newsletter", "cls:donation", "cls:ad", "cls:share", "cls:related", "cls:sidebar")  # (a teaser card "read-also-box" too; a score card)
ASIDE_CARD_LINES = 5  # a kicker, the linked headline, the summary, a date or reading time
BOX_SHARE = 1 / 3  # ...when fewer than this share of the lines trafilatura kept are in such a box


def _boxes_in_text(parsed: list[frozenset[str]]) -> frozenset[str]:
    """The box classes whose lines trafilatura kept with the text but which hold only a few of them:
    a newsletter card between two paragraphs is a box in the text, not the text (when most of the
    kept lines carry the class, it names the page's container: a newsletter's own post)."""
    kept = [tokens for tokens in parsed if "tf" in tokens]
    return frozenset(box for box in _BOXES if 0 < sum(box in tokens for tokens in kept) < BOX_SHARE * len(kept))


def _in_box(tokens: frozenset[str], boxed: frozenset[str]) -> bool:
    """The line stands in a box set in the text (`_boxes_in_text`); a related box's heading that
    trafilatura kept ("More from ...") is left to the other rules: only its card's lines are boxed."""
    inside = tokens & boxed
    if inside == {"cls:related"} and not _HEADINGS.isdisjoint(tokens):
        return False
    return bool(inside)


MARKUP_TEXT = ("html.trafilatura-agrees", "html.subheading", "html.announced-item")


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def tokens_of(page: Page, index: int) -> frozenset[str]:
    """The markup's hint for line `index`, as tokens (none for plain text, or a line without one)."""
    return frozenset(page.hint_tokens(index))


def element_of(page: Page, index: int) -> str | None:
    """The element the markup renders line `index` from ("li", "p"): its hint's first token."""
    return page.element(index)


def linked_heading(page: Page, line: Line) -> bool:
    """A heading that is a link and nothing else: a card's headline in a box, whatever trafilatura
    kept (a text's subheading links nowhere)."""
    tokens = tokens_of(page, line.index)
    return "link" in tokens and not _HEADINGS.isdisjoint(tokens)


def in_markup_text(line: Line) -> bool:
    """The markup says the line is the text's: trafilatura kept it, or it heads or lists text it kept."""
    return any(rule in MARKUP_TEXT for _, rule, _ in line.decisions)


_LINKED_CHROME = frozenset({"nav", "cls:nav", "cls:related", "cls:share", "cls:breadcrumb", "cls:tags"})


def _linked_chrome(line: Line, tokens: frozenset[str]) -> bool:
    """Links, not a sentence, in a menu, a related box or a box of tags (a table template's "»
    headline" rows, a "Te puede interesar" item, tags glued into one line): chrome, whatever
    trafilatura kept."""
    return ("link" in tokens or "linky" in tokens) and not line.ends_sentence and not tokens.isdisjoint(_LINKED_CHROME)


_CRUMB = regex.compile(r"\s[>»›/|]\s")


def _menu_shaped(line: Line) -> bool:
    """Items separated by "|", ">", "»" on one short line (structure's separated menu)."""
    return any(rule == "structure.separated-menu" for _, rule, _ in line.decisions)


DATED_MENU_ITEMS = 5  # "<today's date> | Home | National | Regions | Economy | ...": the masthead's strip


def _dated_menu(line: Line) -> bool:
    """The masthead's strip of today's date and the sections, one line over the article."""
    return line.rule == "structure.dated-items" and line.text.count(" | ") + 1 >= DATED_MENU_ITEMS


def _linked_menu(line: Line, tokens: frozenset[str]) -> bool:
    """ "الرئيسية > اقتصاد > محطة تل الذهب" in a plain table cell: a menu line (by shape) made of links."""
    if "link" not in tokens and "linky" not in tokens:
        return False
    # (a table's row has its cells joined with " | " too)
    return _menu_shaped(line) or ("td" not in tokens and barred_menu(line.text))  # "main | news | sports | ...": a site map


def _breadcrumb_to_headline(page: Page, line: Line) -> bool:
    """ "Home > World > <the headline>": a menu line (by shape) whose last item is a line of the page,
    or the start of one, cut with an ellipsis ("Accueil » Culture » Jacmel : à trois semaines du ...")."""
    if not _menu_shaped(line):
        return False
    last = _CRUMB.split(line.key)[-1].strip()
    if not last or last == line.key:
        return False
    cut = last.rstrip(".…").rstrip()
    if cut != last and len(cut.split()) >= CUT_HEADLINE_WORDS:
        return any(other.key.startswith(cut) and other is not line for other in page.lines)
    return page.key_counts.get(last, 0) > 0


CUT_HEADLINE_WORDS = 3  # a breadcrumb's last item cut with an ellipsis keeps this many of the headline's words


SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # the hints of a heading below the page's <h1>


def _subheading(line: Line, tokens: frozenset[str], lines: list[Line], parsed: list[frozenset[str]], seen_body: bool) -> bool:
    """A heading right above a paragraph trafilatura kept, inside the article (or, the page having no
    <article>, under text trafilatura kept): the heading of a live page's post or of a section, which
    trafilatura sometimes drops with the post's header."""
    if not tokens & SUBHEADINGS or "link" in tokens or not ("article" in tokens or "main" in tokens or seen_body):
        return False
    following = next((n for n in range(line.index + 1, len(lines)) if not lines[n].blank), None)
    # (a section's question ends its sentence: "Hangi ilçeler etkilenecek?")
    return following is not None and "tf" in parsed[following] and (line.asks or not line.ends_sentence)


def _announced_item(line: Line, tokens: frozenset[str], lines: list[Line], parsed: list[frozenset[str]]) -> bool:
    """An item of a list (not a link) under a line of the text that announces it ("Geplant sind unter
    anderem:"), or under such an item: trafilatura sometimes drops a list with the box after it."""
    if "li" not in tokens or "link" in tokens or "linky" in tokens:
        return False
    above = next((n for n in range(line.index - 1, -1, -1) if not lines[n].blank), None)
    if above is None:
        return False
    if "tf" in parsed[above]:
        return lines[above].text.rstrip()[-1:] in COLONS
    return lines[above].rule == "html.announced-item"


HEADER_FIELD_WORDS = 3


def _header_field(line: Line, tokens: frozenset[str], below_text: bool) -> bool:
    """A word or three in the dateline's markup (<span class="location">الدوحة</span>), or in the
    byline's above the text ("Recife" in "c-signature"), which trafilatura keeps as a paragraph."""
    if line.words > HEADER_FIELD_WORDS or line.ends_sentence or not tokens.isdisjoint(_BLOCKS_OF_TEXT - {"p"}):
        return False
    return "cls:dateline" in tokens or ("cls:byline" in tokens and not below_text)


HEADER_STAMP_WORDS = 20


def _header_stamp(line: Line, tokens: frozenset[str], below_text: bool) -> bool:
    """Above the text, the article's stamp with its writer on one line, which trafilatura keeps as a
    paragraph: "نوال بوزيد - 2025/03/04 16:20 | قرئ 1187 مرة" (a name, a date and a time), or a date
    in the byline's or the date's markup ("الرياض - فهد العتيبي الاثنين ١٩ جمادى الأولى ...")."""
    if below_text or line.words > HEADER_STAMP_WORDS or line.ends_sentence:
        return False
    if dates.dated_and_timed(line.text, folded=line.key):
        return True
    return not tokens.isdisjoint({"cls:byline", "cls:date"}) and bool(dates.find_dates(line.text, folded=line.key))


CAPTION_WORDS = 40  # a caption's length at most
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})  # a heading's elements
_BLOCKS_OF_TEXT = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _captioned(line: Line, tokens: frozenset[str]) -> bool:
    """A picture's caption, in <figcaption> or in an element classed so (<span class="caption"> under
    an <img> in text written with <br>s), which trafilatura keeps as text. Paragraphs, items and
    headings in a container classed "caption" (a theme's "post-caption") are the text's."""
    if "figcaption" in tokens:
        return True
    classed = "cls:caption" in tokens or "cls:credit" in tokens
    return classed and line.words <= CAPTION_WORDS and tokens.isdisjoint(_BLOCKS_OF_TEXT)


def _thread_heading(line: Line) -> bool:
    """A comments or letters heading the lexicon knows ("Letters to the editor", "Comments (14)"):
    in a container whose class says so too, what follows is the readers', whatever trafilatura kept."""
    hit = lexicon.match(line)
    return hit is not None and hit.category.label is Label.COMMENTS


def _chrome(line: Line, tokens: frozenset[str]) -> bool:
    """Label a line its hints call chrome, caption, byline or date; True when it did."""
    inside_article = "article" in tokens or "main" in tokens
    if "tfc" in tokens:
        return _set(line, Label.COMMENTS, "html.trafilatura-comment", "trafilatura read it as a comment")
    if "cls:byline" in tokens and "cls:comment" in tokens and line.words <= SHORT_BYLINE_WORDS:
        # the article's header on one line, its comment count a link in it ("سطيف: نسيمة بوعلام
        # 22 جانفي 2025 1.284 مشاهدة 4 تعليقات"): the byline's
        return _set(line, Label.BYLINE, "html.byline", _where(tokens), score=-3.0)
    for hint, label, structural in _CHROME:
        if hint == "cls:footer" and "figcaption" in tokens:
            continue  # "article__copyright" in a figure's caption: the picture's owner, no page's footer
        if hint in tokens and not (structural and inside_article):
            return _set(line, label, "html." + hint.replace(":", "-"), _where(tokens))
    if "figcaption" in tokens or "cls:caption" in tokens or "cls:credit" in tokens:
        return _set(line, Label.CAPTION, "html.caption", _where(tokens), score=-3.0)
    if "cls:byline" in tokens and line.words <= SHORT_BYLINE_WORDS:
        return _set(line, Label.BYLINE, "html.byline", _where(tokens), score=-3.0)
    if "cls:dateline" in tokens and line.words <= HEADER_FIELD_WORDS and not line.ends_sentence:
        return _set(line, Label.DATELINE, "html.dateline", _where(tokens), score=-3.0)
    if ("cls:date" in tokens or "cls:dateline" in tokens or "time" in tokens) and line.words <= SHORT_DATE_WORDS:
        return _set(line, Label.DATE, "html.date", _where(tokens), score=-3.0)
    if "link" in tokens and ("li" in tokens or line.words <= LINK_MAX_WORDS):
        return _set(line, Label.NAVIGATION, "html.link", "all of the line is link text")
    return False


def _set(line: Line, label: Label, rule: str, detail: str, score: float = CHROME_SCORE) -> bool:
    line.decide(label, rule, detail)
    line.score = min(line.score, score)
    return True


def _where(tokens: frozenset[str]) -> str:
    return "hint: " + " ".join(sorted(tokens))
