"""HTML in, `Article` out: render the page to lines with one structural hint per line, then clean.

    >>> article = clean_html(open("page.html", "rb").read(), url="https://example.com/a")

Steps (docs/html.md tells the why):
1. decode bytes: a BOM, else UTF-8 when valid, else the declared `<meta charset>` when the bytes
   decode with it (and a Latin code page gives Latin-looking text), else `io.decode_bytes`' guess;
2. parse with selectolax's lexbor parser (an HTML5 parser: lenient, fast, never fails on bad markup);
3. render one line per block element exactly as the benchmark's plain-text renderer does, and give
   each line a hint: the structure around it ("nav", "footer", "aside", "h1", "li", "figcaption"...),
   the class/id/role/itemprop names of its containers ("cls:related", "cls:comment"...), how much of
   it is link text ("link", "linky"), and whether trafilatura kept it ("tf") or read it as a comment
   ("tfc");
4. run the text pipeline with those hints (`rules/hints.py` turns them into decisions and scores);
5. metadata: the page's `<meta>`/JSON-LD and trafilatura's metadata (title, author, date, site) fill
   or override what the text found; captions from `<figcaption>`;
6. a last check against trafilatura: when newsclean's body is empty or shares little with
   trafilatura's while trafilatura found a real text, trafilatura's lines are taken instead
   (rule "html.trafilatura-fallback"), so the result is never much worse than trafilatura alone.

The modules, in the order `clean_html` uses them: `decode` (step 1), `render` (step 3: the lines and
their hints from tags and class names), `meta` (the page's `<meta>` and JSON-LD), `evidence` (what
trafilatura kept), `repair` (step 6, and the body's other repairs from the markup: lines taken back,
captions, an appended article) and `fields` (step 5: title, standfirst, writer and dates merged).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..errors import InputError
from ..types import Article
from .decode import decode_html
from .render import DROP, Rendered, caption_credits, class_hints, render_html
from .meta import Meta, read_meta
from .evidence import Traf, _Evidence, _words, run_trafilatura
from .repair import _appended_in_markup, _captions, _fallback, _list_in_text, _rescue
from .fields import _metadata

__all__ = ["clean_html", "decode_html", "render_html", "Rendered", "class_hints"]

# Above this many characters of HTML, trafilatura (an lxml tree, many XPath passes) is skipped: our
# own renderer is linear, trafilatura's cost on a 20 MB page is tens of seconds. Said in warnings.
TRAFILATURA_MAX_CHARS = 4_000_000
MIN_TRAFILATURA_WORDS = 30  # below this, trafilatura found no article: its lines are no evidence


# ---------------------------------------------------------------------------------------------------
# The whole


class Prepared(NamedTuple):
    """An HTML page made ready for the text pipeline: its lines, their hints, and the evidence."""

    text: str
    hints: list[str]
    rendered: Rendered
    meta: Meta
    traf: Traf | None
    evidence: bool  # trafilatura found a text, and the hints carry "tf"/"tfc"
    url: str | None
    warnings: list[str]


PROSE_LINE_WORDS = 8


def _prose_words(lines: Sequence[str]) -> int:
    """The words of the rendered lines long enough to be prose."""
    return sum(count for count in (len(line.split()) for line in lines) if count >= PROSE_LINE_WORDS)


def prepare(html: str | bytes, *, url: str | None = None, cross_check: bool = True) -> Prepared:
    """Decode, parse and render the page; read its metadata; mark the lines trafilatura kept."""
    from selectolax.lexbor import LexborHTMLParser

    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"clean_html() expects str or bytes, got {type(html).__name__}")
    if "\x00" in html:
        html = html.replace("\x00", "")
    warnings: list[str] = []
    try:
        tree = LexborHTMLParser(html)
    except Exception as error:  # noqa: BLE001 - lexbor refuses almost nothing; say so if it does
        raise InputError(f"<html>: cannot parse the page: {error}") from None
    rendered = render_html(tree)
    if "<noscript" in html and _prose_words(rendered.lines) < MIN_TRAFILATURA_WORDS:
        # The page writes its text with a script, and keeps it in <noscript> for browsers without one
        # ("جاري التحميل..." where the article goes): that copy is what a reader without scripts sees.
        rendered = render_html(tree, drop=DROP - {"noscript"})
    meta = read_meta(tree)
    rendered = rendered._replace(credits=caption_credits(tree))
    if meta.body is not None and _prose_words(rendered.lines) < MIN_TRAFILATURA_WORDS:
        rendered = _with_ld_body(rendered, meta)
    del tree
    page_url = url or meta.url

    traf: Traf | None = None
    if cross_check and len(html) <= TRAFILATURA_MAX_CHARS:
        traf = run_trafilatura(html, page_url)
    elif cross_check:
        warnings.append(
            f"html: page of {len(html) / 1e6:.1f} MB is over {TRAFILATURA_MAX_CHARS / 1e6:.0f} MB: "
            "no trafilatura cross-check"
        )
    hints = list(rendered.hints)
    body_ref = _Evidence(traf.text) if traf else None
    evidence = body_ref is not None and body_ref.words >= MIN_TRAFILATURA_WORDS
    if body_ref is not None and evidence:
        comment_ref = _Evidence(traf.comments) if traf and traf.comments else None
        kept = [False] * len(rendered.lines)
        for index, line in enumerate(rendered.lines):
            words = _words(line)
            if body_ref.contains(words):
                kept[index] = True
            elif comment_ref is not None and comment_ref.contains(words):
                hints[index] = f"{hints[index]} tfc".lstrip()
        if _wrong_block(rendered.lines, hints, kept):
            evidence = False
            warnings.append("html: trafilatura kept chrome and dropped the page's paragraphs: no cross-check")
        else:
            hints = [f"{hint} tf".lstrip() if keep else hint for hint, keep in zip(hints, kept)]
    if not rendered.lines:
        warnings.append("html: no visible text in the page")
    return Prepared("\n".join(rendered.lines), hints, rendered, meta, traf, evidence, page_url, warnings)


def _with_ld_body(rendered: Rendered, meta: Meta) -> Rendered:
    """A page whose script writes the text, which its HTML holds only in the JSON-LD's articleBody (a
    skeleton and a "turn on JavaScript" notice where the article goes): the headline and the body's
    paragraphs, one per line, before the page's footer."""
    paragraphs = [" ".join(part.split()) for part in meta.body.splitlines() if part.strip()] if meta.body else []
    if _prose_words(paragraphs) < MIN_TRAFILATURA_WORDS:
        return rendered
    headline = meta.headline or meta.og_title
    lines = ([headline] if headline else []) + paragraphs
    hints = (["h1"] if headline else []) + ["p ld"] * len(paragraphs)
    at = next((n for n, hint in enumerate(rendered.hints) if "footer" in hint.split()), len(rendered.lines))
    return rendered._replace(lines=[*rendered.lines[:at], *lines, *rendered.lines[at:]], hints=[*rendered.hints[:at], *hints, *rendered.hints[at:]])


PROSE_WORDS = 25  # a paragraph of the text: this many words, a sentence's end
CHROME_SHARE = 0.25  # trafilatura's text is this much chrome our lexicons know, at least
_NOT_TEXT = frozenset({
    "nav", "header", "footer", "aside", "form", "figure", "figcaption", "li", "link", "linky", "tfc",
    "cls:comment", "cls:related", "cls:sidebar", "cls:hidden",
})


def _wrong_block(lines: Sequence[str], hints: Sequence[str], kept: Sequence[bool]) -> bool:
    """trafilatura took the wrong block: a good part of what it kept is chrome our lexicons know (a
    paywall's pitch, an appeal), and the rest is less than the prose paragraphs it dropped (a page
    whose paywall box it read as the text, and the open paragraphs above the box as a teaser)."""
    from .. import lexicon
    from ..lines import split_lines

    kept_words = chrome_words = dropped_prose = 0
    for line, hint, keep in zip(split_lines("\n".join(lines)), hints, kept):
        if keep:
            if lexicon.match(line) is None:
                kept_words += line.words
            else:
                chrome_words += line.words
        elif line.words >= PROSE_WORDS and line.ends_sentence and "p" in hint.split() and _NOT_TEXT.isdisjoint(hint.split()):
            dropped_prose += line.words
    return chrome_words >= CHROME_SHARE * (kept_words + chrome_words) and dropped_prose > kept_words


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: Any = None,
    cross_check: bool = True,
) -> Article:
    """Clean one HTML page. Bytes are decoded (declared charset checked against the bytes).

    `rules`: `SiteRules`, or a `RuleSet` to pick from by URL or page text. `cross_check=False` skips
    trafilatura (faster; hints from the markup only). Raises `InputError` for binary data; any markup,
    however broken, gives an `Article`.
    """
    from ..pipeline import run

    page = prepare(html, url=url, cross_check=cross_check)
    if rules is not None and hasattr(rules, "pick"):  # a RuleSet: the site's rules, by URL or page text
        rules = rules.pick(page.url, page.text)
    article = run(page.text, url=page.url, lang=lang, rules=rules, hints=page.hints or None)
    if page.evidence and page.traf is not None:
        article = _rescue(article, page.hints)
        article = _fallback(article, page.traf, page.hints)
    article = _list_in_text(article, page.hints)
    article = _appended_in_markup(article, page.hints)
    article = _metadata(article, page.meta, page.traf, page.rendered, page.hints)
    # (after the metadata: a figcaption's line the text took for the headline is a caption again)
    article = _captions(article, page.hints, page.rendered.credits)
    if page.warnings:
        article = dataclasses.replace(article, warnings=(*article.warnings, *page.warnings))
    return article
