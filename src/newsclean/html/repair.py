"""The body the text pipeline found, repaired from the markup and trafilatura's evidence: runs of lines
trafilatura kept taken back (and paragraphs in the text's own containers), trafilatura's lines taken
instead when ours share little with them, the markup's captions, and the next article an infinite
scroll appended under a second `<h1>`.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from ..lines import FULL_STOPS
from ..metadata import captions, dates
from ..normalize import fold
from ..rules import headers
from ..types import Article, Caption, Label, LabelledLine
from .evidence import Traf


FALLBACK_AGREEMENT = 0.5  # newsclean's body must share this much (bag F1) with trafilatura's, else fallback


# Region-level removals that trafilatura's evidence overrides: the line was cut only because of where
# the maximum-sum run ended (a barrier, a gap), not because a rule recognised it as chrome.
_POSITIONAL = frozenset({
    "region.before-main-text", "region.after-main-text", "region.fragment-run", "region.no-main-text",
    "region.appended-article",
})


RESCUE_GAP = 6.0  # how much chrome the walk away from the body may cross (see _rescue)
RESCUE_MIN_WORDS = 15  # a run of lines trafilatura kept is taken back when it has this many words...
RESCUE_MIN_LINE = 8  # ...and one line of at least this many


def _rescue(article: Article, hints: Sequence[str]) -> Article:
    """Extend the body over runs of lines trafilatura kept before or after it.

    The region search may stop at a barrier (a "No reply." matched as a comments heading, a
    "Related" box inside the article) or at a gap; when trafilatura's text goes on there, so does
    ours. Only lines removed for their position are taken back; never a line that is only a link;
    only runs with some prose in them (RESCUE_MIN_WORDS, RESCUE_MIN_LINE). The walk away from the
    body stops when what it crosses weighs more than RESCUE_GAP: a chrome line weighs 1 (0.5 inside
    <article>/<main>), a line trafilatura dropped its words / 20 (at most 1), a run too thin to
    take back 0.5 a line. Above the text the walk stays out of the article's <header>; after it, a
    paragraph trafilatura dropped in the text's own containers joins the run too (`_text_block`,
    rule "html.text-block"), unless an appeal's button closes the run.
    """
    lines = list(article.lines)
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    if not body:
        return article
    changed = False
    text_block = _text_block(lines, hints, body)
    blocked: set[int] = set()  # the lines taken for their containers, not because trafilatura kept them
    # Above the text, the article's <header> holds its headline, standfirst, key points and byline: no
    # line of the text (unless the text itself sits in a <header>)
    unheaded = "header" not in _hint_tokens(hints, body[0])
    for start, step in ((body[0] - 1, -1), (body[-1] + 1, 1)):
        gap = 0.0
        run: list[int] = []
        headline_crossed = False  # past another article's headline, its text is that article's
        commented = False  # past a comments heading
        position = start
        while gap <= RESCUE_GAP:
            inside = 0 <= position < len(lines)
            line = lines[position] if inside else None
            tokens = _hint_tokens(hints, position) if inside else set()
            if line is not None and line.label is Label.BLANK:
                position += step
                continue
            kept = "tf" in tokens and line is not None and line.rule in _POSITIONAL and not (step < 0 and "header" in tokens and unheaded)
            kept = kept and not _dated_strip(line)
            # (after the text only: above it, a standfirst often shares the paragraphs' markup)
            if not kept and step > 0 and text_block is not None and not headline_crossed and line is not None and line.rule in _TEXT_BLOCK_CUT:
                kept = _in_text_block(lines, hints, position, text_block)
                if kept:
                    blocked.add(position)
            if kept and "link" not in tokens:
                run.append(position)
                # another <h1>, kept with its text, or a headline right under "Next article"
                headline_crossed = headline_crossed or "h1" in tokens or step > 0 and _under_next_label(lines, position)
                position += step
                continue
            if run and (line is not None and line.label in _APPEALS or _under_appeal(lines, min(run))):
                run = [member for member in run if member not in blocked]  # an appeal's heading and pitch, by its button or label
            if run:  # a run of kept lines ends here: take it back if it has prose in it
                sizes = [len(lines[member].text.split()) for member in run]
                appended = headline_crossed and any(lines[member].rule == "region.appended-article" for member in run)
                if sum(sizes) >= RESCUE_MIN_WORDS and max(sizes) >= RESCUE_MIN_LINE and not appended and not _listed(lines, run):
                    for member in run:
                        old = lines[member]
                        if member in blocked:
                            detail = f"a paragraph in the text's containers ({old.rule} undone)"
                            lines[member] = _relabel(old, Label.BODY, "html.text-block", detail)
                        else:
                            detail = f"trafilatura kept it ({old.rule} undone)"
                            lines[member] = _relabel(old, Label.BODY, "html.trafilatura-agrees", detail)
                    changed = True
                    gap = 0.0
                else:
                    gap += 0.5 * len(run)
                run = []
            if line is None or step > 0 and (_counted_comments(line) or line.rule in ("lexicon.standards-box", "lexicon.references")):
                break  # (after the text, a heading that counts the comments, the newsroom's "How we work" box or the sources: what follows is theirs)
            if step > 0 and line.label is Label.FORM and commented:
                break  # a comments heading, then its form ("اكتب تعزيتك", the fields): the readers' words follow
            commented = commented or step > 0 and line.label is Label.COMMENTS
            if "tf" not in tokens and tokens & {"h1", "h2"}:
                headline_crossed = True
            if "tf" in tokens and line.label is Label.BODY:
                gap = 0.0
            elif line.rule in _POSITIONAL or line.rule == "html.trafilatura-dropped":
                gap += min(1.0, len(line.text.split()) / 20)  # a chart's "$900", "billion" weigh little
            elif "article" in tokens or "main" in tokens:
                gap += 0.5
            else:
                gap += 1.0  # chrome a rule recognised
            position += step
    if not changed:
        return article
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(article, body="\n".join(paragraphs), paragraphs=paragraphs, lines=tuple(lines))


DATED_ITEMS_BARS = 2


def _dated_strip(line: LabelledLine) -> bool:
    """A masthead's strip of items with a date, which trafilatura kept ("الثلاثاء 23 تموز 2024 - ...
    بغداد 49° مشمس | البصرة 50° | ..."): no line of the text to take back."""
    return any(rule == "structure.dated-items" for _, rule, _ in line.decisions) and line.text.count("|") >= DATED_ITEMS_BARS


def _counted_comments(line: LabelledLine) -> bool:
    """A comments heading with their count ("Comments (2)", "التعليقات (2)"): not a stray "No reply."
    read as one, which the rescue is there to cross."""
    return line.label is Label.COMMENTS and any(char.isdigit() for char in line.text)


def _text_block(lines: Sequence[LabelledLine], hints: Sequence[str], body: Sequence[int]) -> frozenset[str] | None:
    """The markup of the text's paragraphs (their hints but trafilatura's mark): the commonest <p>
    shape among the text's lines, when it holds two of them and a third of the text at least: a
    paragraph trafilatura dropped that sits in the same containers is the text's too (a text split
    into blocks by an ad slot, of which trafilatura keeps the first)."""
    shapes = Counter(frozenset(_hint_tokens(hints, position) - {"tf"}) for position in body)
    paragraphs = [(shape, count) for shape, count in shapes.most_common() if "p" in shape]
    if not paragraphs:
        return None
    shape, count = paragraphs[0]
    # (a bare <p> or a table cell is every block of an old page: no container of the text's own; the
    # text's lists may hold as many lines as its paragraphs)
    return shape if not shape.isdisjoint(_TEXT_CONTAINERS) and count >= 2 and count * 3 >= len(body) else None


_APPEALS = (Label.DONATION, Label.NEWSLETTER, Label.PAYWALL)


def _under_appeal(lines: Sequence[LabelledLine], position: int) -> bool:
    """The line above `position` is an appeal's: "Weiterlesen mit TB+" over its pitch."""
    above = _line_above(lines, position)
    return above is not None and above.label in _APPEALS


def _line_above(lines: Sequence[LabelledLine], position: int) -> LabelledLine | None:
    """The nearest line above `position` that is not blank."""
    return next((line for line in reversed(lines[:position]) if line.label is not Label.BLANK), None)


_TEXT_CONTAINERS = frozenset({"article", "main", "cls:content"})
_TEXT_BLOCK_CUT = _POSITIONAL | {"html.trafilatura-dropped"}  # what the text-block rescue may undo
_HEADINGS = frozenset({"h2", "h3", "h4"})


def _in_text_block(lines: Sequence[LabelledLine], hints: Sequence[str], position: int, block: frozenset[str]) -> bool:
    """A paragraph in the text's containers, or a subheading there right over one."""
    tokens = _hint_tokens(hints, position)
    if tokens == block:
        return _paragraph(lines[position].text)
    heading = tokens & _HEADINGS
    if not heading or tokens - heading != block - {"p"} or len(lines[position].text.split()) > APPENDED_HEADLINE_WORDS * 3:
        return False
    below = next((other for other in range(position + 1, len(lines)) if lines[other].label is not Label.BLANK), None)
    return below is not None and _hint_tokens(hints, below) == block and _paragraph(lines[below].text)


def _listed(lines: Sequence[LabelledLine], run: Sequence[int]) -> bool:
    """The run stands under a "Related news" heading (after the text) and no line of it ends a
    sentence: the box's headlines, which trafilatura kept as text, not paragraphs of the article."""
    above = _line_above(lines, min(run))
    heading = above is not None and above.rule == "lexicon.related"
    return heading and not any(lines[member].text.rstrip()[-1:] in FULL_STOPS for member in run)  # (a teaser may end in its date's bracket)


_MARKUP_ADDED = ("html.subheading", "html.announced-item")


def _fallback(article: Article, traf: Traf, hints: Sequence[str]) -> Article:
    """When our body is empty or shares little with trafilatura's real text, take trafilatura's lines."""
    from ..evaluate import bag_f1

    # (what the markup adds to trafilatura's text on purpose, a list it dropped, does not count against us)
    own = "\n".join(line.text for line in article.lines if line.label is Label.BODY and line.rule not in _MARKUP_ADDED)
    agreement = bag_f1(own, traf.text).f1
    if agreement >= FALLBACK_AGREEMENT:
        return article
    if not any(" tf" in f" {hint}" for hint in hints):
        return article
    lines = []
    for line, hint in zip(article.lines, hints):
        kept = "tf" in hint.split()
        if kept and line.label is not Label.BODY and line.label is not Label.BLANK:
            line = _relabel(line, Label.BODY, "html.trafilatura-fallback", f"body shared {agreement:.2f} with trafilatura's")
        elif not kept and line.label is Label.BODY:
            line = _relabel(line, Label.BOILERPLATE, "html.trafilatura-fallback", "trafilatura dropped it")
        lines.append(line)
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(
        article,
        body="\n".join(paragraphs),
        paragraphs=paragraphs,
        lines=tuple(lines),
        warnings=(*article.warnings, f"html: own body shared {agreement:.2f} with trafilatura's; took trafilatura's lines"),
    )


APPENDED_MIN_PARAGRAPHS = 2
APPENDED_PARAGRAPH_WORDS = 12
APPENDED_HEADLINE_WORDS = 4
APPENDED_STAMP_WORDS = 12


def _appended_in_markup(article: Article, hints: Sequence[str]) -> Article:
    """The next article an infinite scroll appended to the page, which the markup shows: an <h1> inside
    an <article> after the text, over paragraphs of the same <article>, whose lines are already out
    of the body (the text's region ended before them); or a second <h1> under the page's own headline
    and text, over its own byline or stamp, whose paragraphs trafilatura kept in the text. They are
    returned apart as an appended article."""
    lines = article.lines
    if article.extra_articles or not any(line.label is Label.BODY for line in lines):
        return article
    body = [position for position, line in enumerate(lines) if line.label is Label.BODY]
    last_body = body[-1]
    appended: list[str] = []
    relabelled = list(lines)
    # A title that links to its own post, over its byline in an <article>: one is the next article
    # (WordPress links its titles); several make a feed of teasers.
    posts = [p for p in range(last_body + 1, len(lines)) if _linked_post(_hint_tokens(hints, lines[p].index), lines, p)]
    # A second <h1> under the text's first paragraph, over its own byline, may head paragraphs
    # trafilatura kept in the text too: they are that article's.
    position = body[0] + 1
    while position < len(lines):
        tokens = _hint_tokens(hints, lines[position].index)
        labelled = "h2" in tokens and _under_next_label(lines, position)  # an <h2> under "Next article"
        second = "h1" in tokens or labelled
        if position <= last_body and not (second and _bylined(lines, position) and _second_headline(lines, hints, position)):
            position += 1
            continue
        # Inside an <article>; or, in a CMS without one, over its own byline or date ("كتبت سارة فوزي ...").
        contained = "article" in tokens
        linked = bool(tokens & {"link", "linky"}) and posts != [position]
        headline = len(lines[position].text.split()) >= APPENDED_HEADLINE_WORDS and not linked
        # An <h1>, or an <h2> the site's class calls a title over its byline ("news-title": a CMS that
        # keeps <h1> for the page's first article)
        titled = (_title_heading(tokens) or labelled) and ("h1" in tokens or _bylined(lines, position))
        if not titled or not headline or not (contained or _bylined(lines, position)) or lines[position].label is Label.COMMENTS:
            position += 1
            continue  # a teaser's linked headline in a feed, a share bar set in <h1>s ("Share", "Tweet"), the comments' heading
        paragraphs = []
        inside = position <= last_body  # (its paragraphs may be the text's until now)
        following = position + 1
        while following < len(lines):
            below = _hint_tokens(hints, lines[following].index)
            if contained and "article" not in below or _title_heading(below):
                break  # the end of the <article>, or the next article's headline
            line = lines[following]
            if (line.label is not Label.BODY or inside) and line.label is not Label.COMMENTS and _paragraph(line.text):
                paragraphs.append(following)  # (a reader's comment is no paragraph of an article)
            following += 1
        if len(paragraphs) >= APPENDED_MIN_PARAGRAPHS:
            # (its short lines after the first paragraph go with it: "Ücretler aynı olacak.")
            paragraphs = sorted({*paragraphs, *(k for k in range(paragraphs[0], following) if lines[k].label is Label.BODY)})
            appended.append("\n".join(lines[number].text for number in paragraphs))
            for number in paragraphs:
                relabelled[number] = _relabel(lines[number], Label.NEXT_ARTICLE, "html.appended-article", "under a second <h1> after the text")
        position = following
    if not appended:
        return article
    return dataclasses.replace(_rebuilt(article, relabelled), extra_articles=tuple(appended))


LIST_IN_TEXT_ITEMS = 12
LIST_ITEM_WORDS = 30


def _list_in_text(article: Article, hints: Sequence[str]) -> Article:
    """A list of the text's that trafilatura dropped between two of its paragraphs ("Aide alimentaire :
    18,2 millions de dirhams", ...): <li> items without links, each a few words, the text above and
    below them kept. A box of links or buttons in a <ul> has links, or a rule took its lines."""
    lines = list(article.lines)
    changed = False
    position = 0
    while position < len(lines):
        end = position + 1
        if lines[position].label is Label.BODY:
            while end < len(lines) and lines[end].rule == "html.trafilatura-dropped" and _bare_item(lines[end], hints):
                end += 1
        items = range(position + 1, end)
        if items and len(items) <= LIST_IN_TEXT_ITEMS and end < len(lines) and lines[end].label is Label.BODY:
            for number in items:
                lines[number] = _relabel(lines[number], Label.BODY, "html.list-in-text", "an item of a list between two paragraphs of the text")
            changed = True
        position = end
    return _rebuilt(article, lines) if changed else article


def _bare_item(line: LabelledLine, hints: Sequence[str]) -> bool:
    """An <li> of words, no link in it."""
    tokens = _hint_tokens(hints, line.index)
    return "li" in tokens and not tokens & {"link", "linky"} and 0 < len(line.text.split()) <= LIST_ITEM_WORDS


def _second_headline(lines: Sequence[LabelledLine], hints: Sequence[str], position: int) -> bool:
    """An <h1> under the page's own <h1> and the paragraphs of its text: another article's headline."""
    first = next((number for number in range(position) if "h1" in _hint_tokens(hints, lines[number].index)), None)
    if first is None:
        return False
    between = [line for line in lines[first + 1 : position] if line.label is Label.BODY and _paragraph(line.text)]
    return len(between) >= APPENDED_MIN_PARAGRAPHS


def _under_next_label(lines: Sequence[LabelledLine], position: int) -> bool:
    """Right under "Next article" (next-label.txt), a section's label between: an infinite scroll's
    divider over the next headline."""
    above = lines[max(0, position - headers.NEXT_LABEL_REACH) : position]
    return any(headers.next_label_key(fold(line.text)) for line in above)


def _title_heading(tokens: set[str]) -> bool:
    """An <h1>, or an <h2> the site's class calls a title."""
    return "h1" in tokens or "h2" in tokens and "cls:title" in tokens


def _linked_post(tokens: set[str], lines: Sequence[LabelledLine], position: int) -> bool:
    """An <article>'s title made of a link, over its byline."""
    return _title_heading(tokens) and "article" in tokens and bool(tokens & {"link", "linky"}) and _bylined(lines, position)


APPENDED_BYLINE_REACH = 2  # lines under an appended article's <h1> where its byline or date stands


def _bylined(lines: Sequence[LabelledLine], position: int) -> bool:
    """A byline or a date right under the line (a short line with a date: "Duarte Figueira 07 out
    2025, 19:40"): an article's header, not a box's title."""
    below = lines[position + 1 : position + 1 + APPENDED_BYLINE_REACH]
    return any(
        line.label in (Label.BYLINE, Label.DATE)
        or len(line.text.split()) <= APPENDED_STAMP_WORDS and dates.parse_date(line.text) is not None
        for line in below
    )


def _hint_tokens(hints: Sequence[str], index: int) -> set[str]:
    """The hint tokens of line `index` ("p", "article", "tf", "cls:share"); none past the hints' end."""
    return set(hints[index].split()) if index < len(hints) else set()


def _paragraph(text: str) -> bool:
    return len(text.split()) >= APPENDED_PARAGRAPH_WORDS and text.rstrip()[-1:] in ".!?؟…\"”»«'"


def _relabel(line: LabelledLine, label: Label, rule: str, detail: str) -> LabelledLine:
    return line._replace(label=label, rule=rule, detail=detail, decisions=(*line.decisions, (label, rule, detail)))


LABELLED_CREDIT_WORDS = 8  # a credit under its label's own line ("Photo credit" / "City Public Works")


def _captions(article: Article, hints: Sequence[str], credits: frozenset[str] = frozenset()) -> Article:
    """Lines the hints labelled as captions (figcaption, class "caption") join `Article.captions`,
    each with the credit under it (a credit line, or an element classed as the picture's credit) or
    at its end (`credits`: set inline in the caption's markup)."""
    known = {caption.text: caption for caption in article.captions}
    added: list[Caption] = []
    credited: dict[str, str | None] = {}  # captions the text found, and the credit the markup gives them
    paired: set[str] = set()  # credit lines taken with the caption above them
    lines = article.lines
    for position, line in enumerate(lines):
        if line.rule != "html.caption" and line.text not in known:
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        # (or the picture's credit in an element of its own: <div class="field--name-field-credit">)
        classed = following is not None and following.rule == "html.caption" and _credit_classed(hints, position)
        if following is not None and captions.label_alone(following.text) and position + 2 < len(lines):
            following = lines[position + 2]  # "Photo credit" / the credit: the label says what the next line is
            classed = len(following.text.split()) <= LABELLED_CREDIT_WORDS
        if line.text in known:
            if classed and known[line.text].credit is None and following.text not in credited:
                credited[line.text] = captions.credit_name(following.text)
                paired.add(following.text)
            continue
        tokens = _hint_tokens(hints, position)
        if "cls:credit" in tokens and "cls:caption" not in tokens and "figcaption" not in tokens:
            continue  # a picture's credit with no caption of its own ("Adobe Stock" under the headline)
        credit = None
        if following is not None and (following.label is Label.CREDIT or classed):
            credit = captions.credit_name(following.text)  # "Fotoğraf: Emre Kılıçaslan" → the name
            paired.add(following.text)
            known[following.text] = Caption(following.text, None)
        added.append(Caption(line.text, credit))
        known[line.text] = added[-1]
    if not added and not credited and not credits:
        return article
    # (a credit line read alone before, as a caption of its own, is its picture's credit)
    kept = tuple(
        Caption(caption.text, credited[caption.text]) if caption.text in credited else caption
        for caption in article.captions
        if caption.text not in paired
    )
    found = tuple(_inline_credit(caption, credits) for caption in (*kept, *added))
    return article if found == article.captions else dataclasses.replace(article, captions=found)


def _inline_credit(caption: Caption, credits: frozenset[str]) -> Caption:
    """A caption whose line ends with its credit's element, or with a credit its words say is one: the
    words before it, and the credit."""
    ordered = sorted(credits, key=lambda credit: (-len(credit), credit))  # the longest first, in a set order
    if caption.credit is not None:
        for credit in ordered:  # the text read the credit's tail only: "... الإثنين وليد بن صالح" and "صدى المدينة"
            head = credit[: -len(caption.credit)].rstrip(" -–—|/,") if credit.endswith(caption.credit) else ""
            if head and caption.text.endswith(head) and len(caption.text) > len(head) + 1 and caption.text[-len(head) - 1].isspace():
                return Caption(caption.text[: -len(head)].rstrip(" -–—|,"), captions.credit_name(credit))
        return caption
    for credit in ordered:
        if len(caption.text) > len(credit) + 1 and caption.text.endswith(credit) and caption.text[-len(credit) - 1].isspace():
            text = caption.text[: -len(credit)].rstrip(" -–—|,")
            if text:
                return Caption(text, captions.credit_name(credit))
    return captions.split_credit(caption.text)  # its label before it: "... مركز سبها الطبي المصدر: وال"


def _credit_classed(hints: Sequence[str], position: int) -> bool:
    """The line under line `position` is in an element classed as a credit, and line `position` is not."""
    return "cls:credit" in _hint_tokens(hints, position + 1) and "cls:credit" not in _hint_tokens(hints, position)


def _rebuilt(article: Article, lines: list[LabelledLine]) -> Article:
    paragraphs = tuple(line.text for line in lines if line.label is Label.BODY)
    return dataclasses.replace(article, body="\n".join(paragraphs), paragraphs=paragraphs, lines=tuple(lines))
