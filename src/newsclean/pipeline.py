"""The driver: one page of text in, one `Article` out. Read it top to bottom to see the data flow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from . import language, segment
from .lines import split_lines
from .page import Page
from .unwrap import unwrap
from .rules import hints as html_hints
from .rules import front_matter, headers, lexicon, region, repetition, site, structure
from .types import Article

_DETECT_SAMPLE = 2000  # words enough to tell a page's language


def run(
    text: str,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: Any = None,
    hints: Sequence[str | None] | None = None,
) -> Article:
    """Clean one page. `rules`: the site's learned rules; `hints`: one HTML hint per line (clean_html)."""
    if not hints:
        text = unwrap(text)  # a page wrapped at a fixed width (lynx, fmt, e-mail): one line a block
    page = Page(split_lines(text), url=url, hints=list(hints) if hints else [])
    page.key_counts = Counter(line.key for line in page.lines if not line.blank)
    _set_language(page, lang)  # stoplist for the page's language
    structure.classify(page)  # prose, near-prose, fragment, menu: by shape alone
    stated = front_matter.apply(page)  # a "---" / "title: ..." / "---" header: the page's own metadata
    page.url = page.url or stated.get("url")
    if rules is not None:
        site.apply(page, rules)  # learned site rules: what this site shows on every page is chrome
    for step in AFTER_SITE:  # hints, lexicons, headers, then the main text (listed below)
        step(page)
    repetition.apply(page)  # repeats inside the main text (title again, caption twice)
    repetition.trim_edges(page)  # fragments left at the ends once repeats are gone
    lexicon.apply_trailing(page)  # an author's bio, "This article appears in...", at the very end
    article = segment.build(page)  # title, byline, dateline, date, captions → Article
    return front_matter.merge(article, stated)  # stated metadata wins over what the text suggests


def _html_hints(page: Page) -> None:
    if page.hints:
        html_hints.apply(page)


# The passes between the site rules and the end of the main-text search, in order. The site pass
# re-runs them on a copy of the page to check that its rules leave the article in place.
AFTER_SITE: tuple[Callable[[Page], None], ...] = (
    _html_hints,  # <nav>, <footer>, <aside>, headings... when the page came as HTML
    lexicon.apply,  # chrome phrases per language and category; related/comments headings
    headers.apply,  # a headline with its byline or date after the text: an appended article
    region.apply,  # the main text: the run of lines with the most prose; appended articles
)


def _set_language(page: Page, lang: str | None) -> None:
    if lang:
        page.lang = lang
        page.stopwords = language.stoplist_for(lang)
        return
    sample: list[str] = []
    for line in page.lines:
        sample += line.tokens[: _DETECT_SAMPLE - len(sample)]  # one 50 MB line is still a sample
        if len(sample) >= _DETECT_SAMPLE:
            break
    name = language.detect(sample)
    stopwords = language.stoplist_for(name)
    if stopwords and not language.fits(stopwords, (line.tokens for line in page.lines)):
        name, stopwords = None, frozenset()  # a language with no stoplist (Sorani read as Arabic): punctuation decides
    page.lang = language.iso_code(name)
    page.stopwords = stopwords
