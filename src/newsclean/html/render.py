"""Rendering: the parsed page to lines, one per block element as the benchmark's plain-text renderer
gives them, each with its hint: the elements around it, the class, id, role and itemprop names of its
containers, how much of it is link text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple


# What the benchmark renderer drops with its content, and what makes a line.
DROP = frozenset(
    "head title script style noscript template svg iframe object embed canvas math audio video".split()
)
BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup html legend li main menu
    nav ol optgroup option p pre section summary table tbody tfoot thead tr ul""".split()
)
# A table's cells are not blocks: a row is one line, its cells joined with CELL_SEPARATOR (a cell that
# holds blocks, as a layout table's does, still breaks into their lines).
CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
_CELL_MARKS = frozenset("|¦•·")  # (not a dash: "–" in a data table's cell says "none")
BREAK = frozenset({"br", "hr"})
# Elements whose presence around a line is a hint by itself.
STRUCTURAL = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "form": "form",
    "figure": "figure",
    "figcaption": "figcaption",
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "li": "li",
    "td": "td",
    "th": "td",
    "blockquote": "quote",
    "pre": "pre",
    "p": "p",
    "article": "article",
    "main": "main",
    "address": "address",
    "option": "form",
    "select": "form",
    "button": "form",
    "label": "form",
    "time": "time",
}
ROLES = {
    "navigation": "nav",
    "menu": "nav",
    "menubar": "nav",
    "contentinfo": "footer",
    "complementary": "aside",
    "banner": "header",
    "main": "main",
    "article": "article",
    "search": "form",
    "dialog": "form",
    "img": "picture",  # an infographic drawn in HTML, "<div role=\"img\" aria-label=\"إنفوجرافيك\">": a picture
}
# Class/id/itemprop words → hint category. A word matches when it starts with one of the stems.
_CLASS_STEMS = {
    "related": "related relatedposts recommended recirc morestories more-stories popular trending mostread "
    "most-read outbrain taboola also readmore read-more readnext read-next relacionad connexe correlat "
    "verwandt compare comparison",
    "comment": "comment disqus respond discussion reply replies",
    "share": "share sharing sharethis addthis social sociable",
    "newsletter": "newsletter subscribe subscription signup optin",
    "donation": "donate donation",  # Newspack's "newspack-inline-donate": an appeal set in the text
    "footer": "footer copyright colophon contentinfo",
    "nav": "nav menu breadcrumb pagination pager skip topbar masthead",
    # (a review's score card and rating box: "ScoreBadge_badge", "wp-review-8841", "review-box")
    "sidebar": "sidebar widget rail score-badge scorebadge score-card scorecard wp-review review-box rating-box",
    "caption": "caption figcaption wp-caption-text legende leyenda didascalia",
    # a picture's credit, beside its caption: "field--name-field-credit", "photo-credit", "img-source"
    "credit": "credit img-source image-source photo-source pic-source photographer",
    "byline": "byline author writer contributor",
    "date": "date time timestamp published pubdate",
    "tags": "tags tagcloud keywords categories",
    # (an affiliate's offers and prices: "affiliate-pricebox", "PriceBox_row", "deal-box", a travel
    # page's "hotel-deals-box")
    "ad": "ad ads adv advert advertisement adsense adslot adunit dfp sponsor sponsored promo promotion affiliate "
    "pricebox price-box deal-box deals",
    "cookie": "cookie consent gdpr",
    "title": "title headline heading",
    "content": "articlebody article-body storybody story-body entry-content post-content postbody post-body "
    "articletext article-text storytext story-text bodytext",
    "hidden": "hidden sr-only visually-hidden screen-reader screenreader",
}
# Class words with "hidden" that hide the element itself (Drupal's "field--label-hidden" does not).
_HIDDEN_WORDS = frozenset({"hidden", "is-hidden", "u-hidden", "visually-hidden", "hide-text"})
_CLASS_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")
# Zero-width spaces and joiners of words go; the non-joiner and the joiner of letters stay: they spell
# Persian ("زاینده‌رود", "می‌شود"), Urdu, Indic conjuncts and emoji sequences.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), None)


def _stem_index() -> list[tuple[str, str]]:
    pairs = []
    for category, stems in _CLASS_STEMS.items():
        for stem in stems.split():
            pairs.append((stem, category))
    pairs.sort(key=lambda pair: -len(pair[0]))  # longest stem first: "articlebody" before "article"
    return pairs


_STEMS = _stem_index()


def class_hints(value: str) -> set[str]:
    """The hint categories that class/id/itemprop words name.

    >>> sorted(class_hints("post-comments widget_related share-buttons"))
    ['comment', 'related', 'share', 'sidebar']
    """
    return set(_class_hints(value))


@lru_cache(maxsize=4096)  # pages repeat their class names: "comment", "comment-body" on every comment
def _class_hints(value: str) -> frozenset[str]:
    found: set[str] = set()
    text = re.sub(r"([a-z])([A-Z])", r"\1-\2", value).lower()
    # Only a class named for hiding hides the element: "field-label-hidden" (Drupal 7) and
    # "field--label-hidden" hide a label, "hidden-xs" hides on phones.
    if any(name.replace("_", "-") in _HIDDEN_WORDS for name in text.split()):
        found.add("hidden")
    for word in _CLASS_WORD.findall(text.replace("_", "-")):
        if word.startswith(("no-", "without-", "hide-")):
            continue  # JNews' "entry-content no-share": the text, told to show no share bar
        parts = [word, *word.split("-")] if "-" in word else [word]
        for part in parts:
            if part.startswith("hidden"):
                continue  # (the element's own "hidden" class is read above, from the whole name)
            if part.startswith("subscriber"):
                continue  # BLOX's "subscriber-only", "subscriber-premium": the paywalled text itself, no sign-up box
            if part in _EXACT:
                found.add(_EXACT_CATEGORY[part])
                continue
            for stem, category in _STEMS:
                if len(stem) > 3 and part.startswith(stem):
                    found.add(category)
                    break
    return frozenset(found)


_EXACT_CATEGORY = {
    "ad": "ad",
    "ads": "ad",
    "adv": "ad",
    "dfp": "ad",
    "nav": "nav",
    "tags": "tags",
    "time": "date",
    "date": "date",
    "location": "dateline",  # the dateline's place in the header: <span class="location">الدوحة</span>
    "dateline": "dateline",
    "signature": "byline",  # "c-signature": the writer's name and city under the headline
    "skip": "nav",
    "reply": "comment",
    "letters": "comment",  # "b-letters": readers' letters under the text, a thread of a kind
    "leserbriefe": "comment",
    "also": "related",
    "rail": "sidebar",
    # A standfirst's own class: English "lede"/"dek"/"standfirst" (Ghost's "article-excerpt"), French "chapo", Portuguese
    # "sapo", Spanish "entradilla"/"copete"/"bajada" (exact words: "lead" starts "leaderboard").
    **dict.fromkeys(("lead", "lede", "dek", "standfirst", "excerpt", "chapo", "chapeau", "sapo", "entradilla", "copete", "bajada"), "lead"),
}
# Words that match exactly (too short or too common to match as a stem).
_EXACT = frozenset(_EXACT_CATEGORY)


# ---------------------------------------------------------------------------------------------------
# Rendering


class _Context(NamedTuple):
    """What surrounds a piece of text: structural hints, class-hinted containers, inside a link."""

    structural: frozenset[str]
    containers: tuple[int, ...]  # ids of enclosing elements whose class/id named a category
    link: bool
    pre: bool


LINKY_SHARE = 0.5  # a line this much of whose text is link text is "linky" (all of it: "link")


class Rendered(NamedTuple):
    """A page rendered to lines: `lines[i]` has the hint `hints[i]` (a space-separated token string)."""

    lines: list[str]
    hints: list[str]
    html_lang: str | None
    credits: frozenset[str] = frozenset()  # pictures' credits set inline in their captions (caption_credits)


def render_html(tree: Any, drop: frozenset[str] = DROP) -> Rendered:
    """Render a parsed page (selectolax LexborHTMLParser) to lines and hints.

    One line per block element, `br`/`hr` break the line, `pre` keeps its line breaks, inline
    elements are joined as written, whitespace is collapsed; DROP elements, `hidden` elements and
    comments are skipped with their content.
    """
    root = tree.root
    html_lang = None
    if root is not None:
        attributes = root.attributes
        html_lang = (attributes.get("lang") or attributes.get("xml:lang") or "").strip() or None
    container_hints: list[set[str]] = []  # per class-hinted container id: its categories
    lines: list[str] = []
    line_info: list[tuple[frozenset[str], frozenset[int], int, int, bool]] = []
    chunks: list[tuple[str, _Context]] = []
    new_cell = False  # a cell began after text on the line: its text opens with CELL_SEPARATOR

    def flush() -> None:
        nonlocal new_cell
        new_cell = False
        if not chunks:
            return
        text = "".join(chunk for chunk, _ in chunks).translate(_ZERO_WIDTH)
        text = " ".join(text.split())
        if text:
            structural: set[str] = set()
            containers: set[int] = set()
            link_chars = total = 0
            has_time = False
            for chunk, context in chunks:
                size = len("".join(chunk.split()))
                if not size:
                    continue
                total += size
                if context.link:
                    link_chars += size
                structural |= context.structural
                containers.update(context.containers)
            has_time = "time" in structural
            lines.append(text)
            line_info.append((frozenset(structural), frozenset(containers), link_chars, total, has_time))
        chunks.clear()

    context = _Context(frozenset(), (), False, False)
    # Iterative walk (deeply nested or unclosed markup must not hit the recursion limit). Each stack
    # entry is (its tag is a block, the context to restore after it, a <time> to space off).
    stack: list[tuple[bool, _Context, bool]] = []
    node = root
    while node is not None:
        tag = node.tag
        descend = False
        if tag == "-text":
            text = node.text_content
            if text and new_cell and text.strip():
                last = next((chunk.strip() for chunk, _ in reversed(chunks) if chunk.strip()), "")
                # a cell that only holds a "|" separates by itself
                marked = text.strip() in _CELL_MARKS or last in _CELL_MARKS
                chunks.append((" " if marked else CELL_SEPARATOR, context))
                new_cell = False
            if text:
                if context.pre and "\n" in text:
                    parts = text.split("\n")
                    for index, part in enumerate(parts):
                        if index:
                            flush()
                        if part:
                            chunks.append((part, context))
                else:
                    if context.link and chunks and _glued_label(chunks[-1], text):
                        chunks.append((" ", context))  # "<span>Lire aussi</span><a>Comté : ...</a>"
                    chunks.append((text, context))
        elif tag and tag[0] not in "-#!_" and tag not in drop:
            attributes = node.attributes
            if "hidden" not in attributes:
                if tag in BREAK:
                    flush()
                else:
                    block = tag in BLOCK or _glued_credit(chunks, attributes, context, container_hints)
                    if block:
                        flush()
                    elif tag in CELLS and any(chunk.strip() for chunk, _ in chunks):
                        new_cell = True
                    elif tag == "time" and chunks:
                        chunks.append((" ", context))  # "Ben Tallchief<time>February 24": a field of its own
                    saved = context
                    context = _enter(tag, attributes, context, container_hints)
                    child = node.child
                    if child is not None:
                        stack.append((block, saved, tag == "time"))
                        node = child
                        descend = True
                    else:
                        context = saved
                        if block:
                            flush()
        if descend:
            continue
        # Next node: the next sibling, else climb until an ancestor has one (closing elements).
        while node is not None:
            following = node.next
            if following is not None:
                node = following
                break
            node = node.parent
            if not stack:
                node = None
                break
            block, saved, spaced = stack.pop()
            context = saved
            if block:
                flush()
            elif spaced:
                chunks.append((" ", context))  # "</time>Updated on:"
    flush()
    return Rendered(lines, _hints(lines, line_info, container_hints), html_lang)


CREDIT_ANCESTORS = 4  # levels up from a credit's element to its caption's


# The elements whose class may name a credit (`_CLASS_STEMS["credit"]`: "credit", "img-source", "photographer")
_CREDIT_SELECTOR = ", ".join(f"[class*={word}], [class*={word.title()}]" for word in ("credit", "source", "photographer"))


def caption_credits(tree: Any) -> frozenset[str]:
    """The texts of pictures' credits set in an inline element of their caption ("<figcaption>The souk
    after the storm <em class="credit">Marc Nasr</em></figcaption>"): the caption's line holds them
    after its words, and only the markup tells where the credit starts."""
    found: set[str] = set()
    for node in tree.css(_CREDIT_SELECTOR):
        if node.tag in BLOCK or "credit" not in _class_hints(node.attributes.get("class") or ""):
            continue
        parent, captioned = node.parent, False
        for _ in range(CREDIT_ANCESTORS):
            if parent is None:
                break
            names = parent.attributes.get("class") or ""
            hinted = _class_hints(names) if names else frozenset()
            if "credit" in hinted:
                captioned = False  # the credit's own label ("Photo:") inside it
                break
            if parent.tag == "figcaption" or "caption" in hinted:
                captioned = True
                break
            parent = parent.parent
        text = " ".join(node.text(deep=True).split())
        if (captioned or _after_caption(node)) and text:
            found.add(text)
    return frozenset(found)


def _after_caption(node: Any) -> bool:
    """The element right before the credit's is the caption's, inline beside it (Joomla K2: <span
    class="itemImageCaption">...</span> <span class="itemImageCredits">العمانية</span>)."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    return before is not None and before.tag not in BLOCK and "caption" in _class_hints(before.attributes.get("class") or "")


def _glued_credit(chunks: Sequence[tuple[str, Any]], attributes: Any, context: _Context, container_hints: Sequence[set[str]]) -> bool:
    """A picture's credit in an inline element of its caption, written right after the caption's last
    word (<figcaption><span>The bus on trial</span><span class="credit">Amr Sayed</span></figcaption>):
    a line of its own, as the page shows it, not glued to that word ("trialAmr Sayed")."""
    names = attributes.get("class")
    if not names or not chunks or chunks[-1][0][-1:].isspace() or "credit" not in _class_hints(names):
        return False
    if "figcaption" not in context.structural and not any("caption" in container_hints[c] for c in context.containers):
        return False
    if any("credit" in container_hints[c] for c in context.containers):
        return False  # inside the credit already: its "Photo:" label (<span class="credit-tag">)
    return True


def _glued_label(previous: tuple[str, Any], text: str) -> bool:
    """A link's text written right after a label's last word, without a space ("Lire aussi" then
    "Comté : ..."): a lower-case letter, then the link opening with a capital. Within a word a link
    does not open with a capital."""
    chunk, context = previous
    return not context.link and chunk[-1:].islower() and text[:1].isupper()


def _enter(tag: str, attributes: dict[str, str | None], context: _Context, container_hints: list[set[str]]) -> _Context:
    """The context inside an element."""
    structural = context.structural
    containers = context.containers
    link, pre = context.link, context.pre
    hint = STRUCTURAL.get(tag)
    added: set[str] = set()
    if tag == "form":
        # A form counts like a class-named container: ASP.NET wraps the whole page in one
        # (<form id="aspnetForm">), and a form holding most of the page's text is no form.
        container_hints.append({"form"})
        containers = (*containers, len(container_hints) - 1)
    elif hint:
        added.add(hint)
    if tag == "a" and attributes.get("href") is not None:
        link = True
    elif tag == "pre":
        pre = True
    role = attributes.get("role")
    if role and role.strip().lower() in ROLES:
        added.add(ROLES[role.strip().lower()])
    if tag not in ("html", "body"):
        names = " ".join(
            value for value in (attributes.get("class"), attributes.get("id"), attributes.get("itemprop")) if value
        )
        if names:
            categories = set(_class_hints(names))
            if attributes.get("itemprop") == "articleBody":
                categories.add("content")
            style = attributes.get("style")
            if style and "display:none" in style.replace(" ", "").lower():
                categories.add("hidden")
            if categories:
                container_hints.append(categories)
                containers = (*containers, len(container_hints) - 1)
    if added and not added <= structural:
        structural = structural | added
    if structural is context.structural and containers is context.containers and link == context.link and pre == context.pre:
        return context
    return _Context(structural, containers, link, pre)


# Hints from class names of a container are dropped when the container holds more than this share of
# the page's text: a wrapper such as <div id="content" class="has-sidebar"> names the page, not a widget.
MAX_CONTAINER_SHARE = 0.6
_STRUCTURAL_ORDER = (
    "nav", "header", "footer", "aside", "form", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "td", "quote", "pre", "p", "article", "main", "address", "time", "picture",
)


def _hints(
    lines: Sequence[str],
    line_info: Sequence[tuple[frozenset[str], frozenset[int], int, int, bool]],
    container_hints: Sequence[set[str]],
) -> list[str]:
    size: Counter[int] = Counter()
    page_total = 0
    for _, containers, _, total, _ in line_info:
        page_total += total
        for container in containers:
            size[container] += total
    too_big = {container for container, chars in size.items() if chars > MAX_CONTAINER_SHARE * page_total}
    hints = []
    for (structural, containers, link_chars, total, _), _text in zip(line_info, lines):
        tokens = [name for name in _STRUCTURAL_ORDER if name in structural]
        if total and link_chars >= total:
            tokens.append("link")
        elif total and link_chars >= LINKY_SHARE * total:
            tokens.append("linky")
        categories: set[str] = set()
        for container in containers:
            if container not in too_big or container_hints[container] & {"content", "hidden"}:
                categories |= container_hints[container]
        if "form" in categories:  # a <form> of ordinary size (a search box, a comment form)
            categories.discard("form")
            if "form" not in tokens:
                tokens.append("form")
        tokens += [f"cls:{name}" for name in sorted(categories)]
        hints.append(" ".join(tokens))
    return hints
