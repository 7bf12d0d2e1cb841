"""newsclean: turn scraped news pages into clean article bodies plus metadata.

    >>> import newsclean
    >>> article = newsclean.clean(page_text)
    >>> article.body, article.title, article.date

Every input line comes back in `article.lines` with its label and the rule that set it.
"""

from __future__ import annotations

from os import PathLike
from typing import Any

from .errors import InputError, NewscleanError
from .learn import learn
from .siterules import RuleSet, SiteRules, load_rules_dir
from .types import Article, Caption, Label, LabelledLine

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Caption",
    "InputError",
    "Label",
    "LabelledLine",
    "NewscleanError",
    "RuleSet",
    "SiteRules",
    "clean",
    "clean_file",
    "clean_html",
    "clean_markdown",
    "learn",
    "load_rules_dir",
    "__version__",
]


def _checked_lang(*, url: Any, lang: Any) -> str | None:
    """Clear errors for options of the wrong kind, before they fail somewhere deep; the language as
    an ISO 639-1 code ("ar-EG" → "ar")."""
    from . import language

    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, got {type(url).__name__}")
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a language code such as \"ar\" (str) or None, got {type(lang).__name__}")
    code = language.normalise(lang)
    if code is None:
        raise InputError(f"unknown language {lang!r}: give an ISO 639-1 code such as \"ar\", \"en\" or \"fr\"")
    return code


def _checked_options(*, url: Any, lang: Any, rules: Any, rules_dir: Any) -> tuple[str | None, Any]:
    """The language code and the rules to use: `rules`, or those of `rules_dir` when only it is given."""
    lang = _checked_lang(url=url, lang=lang)
    if rules is None and rules_dir is not None:
        rules = load_rules_dir(rules_dir)
    return lang, rules


def clean(
    text: str,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: SiteRules | RuleSet | None = None,
    rules_dir: str | PathLike[str] | None = None,
) -> Article:
    """Clean the plain text of one scraped page and return the `Article`.

    `url` helps name the site; `lang` ("ar", "en", "fr", ...) overrides language detection.
    `rules`: the site's learned `SiteRules` (see `learn`), or a `RuleSet` to pick from; `rules_dir`:
    a directory of rules files, the site picked by the URL's domain or by the names the page shows.
    """
    from .pipeline import run

    if not isinstance(text, str):
        raise TypeError(f"clean() expects str, got {type(text).__name__}; use clean_file() for paths or bytes")
    lang, rules = _checked_options(url=url, lang=lang, rules=rules, rules_dir=rules_dir)
    if isinstance(rules, RuleSet):
        rules = rules.pick(url, text)
    return run(text, url=url, lang=lang, rules=rules)


def clean_file(
    path: str | PathLike[str],
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: SiteRules | RuleSet | None = None,
    rules_dir: str | PathLike[str] | None = None,
) -> Article:
    """Read a file and clean it: an HTML page (named .html/.htm, or starting like one) through
    `clean_html`, a Markdown page (named .md/.markdown, or written like one: Jina Reader's header,
    link syntax) through `clean_markdown`, anything else as text (encoding detected: UTF-8, cp1256,
    latin-1, ...), as the command line does."""
    from .io import is_html_name, is_markdown_name, looks_like_html, read_bytes, read_text
    from .markdown import looks_like_markdown

    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"clean_file() expects a path (str or os.PathLike), got {type(path).__name__}")
    options = {"url": url, "lang": lang, "rules": rules, "rules_dir": rules_dir}
    if is_html_name(path):
        return clean_html(read_bytes(path), **options)  # bytes: the page's declared charset counts
    text = read_text(path)
    if looks_like_html(text):
        return clean_html(text, **options)
    if is_markdown_name(path) or looks_like_markdown(text):
        return clean_markdown(text, **options)
    return clean(text, **options)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: SiteRules | RuleSet | None = None,
    rules_dir: str | PathLike[str] | None = None,
) -> Article:
    """Clean one HTML page (str, or bytes decoded by the declared charset checked against the bytes).

    The markup gives each line a structural hint (nav, footer, aside, headings, class names...) and
    trafilatura's reading of the page is used as evidence; see docs/html.md.
    """
    from .html import clean_html as _clean_html

    lang, rules = _checked_options(url=url, lang=lang, rules=rules, rules_dir=rules_dir)
    return _clean_html(html, url=url, lang=lang, rules=rules)


def clean_markdown(
    text: str,
    *,
    url: str | None = None,
    lang: str | None = None,
    rules: SiteRules | RuleSet | None = None,
    rules_dir: str | PathLike[str] | None = None,
) -> Article:
    """Clean one page that an HTML-to-Markdown tool wrote (Jina Reader, Firecrawl, html2text,
    markdownify...). Each block is a line with its markup taken out ("By [Jane Doe](/a/jd)" → "By Jane
    Doe"); the markup gives each line a hint, as for HTML; a Jina Reader header gives the title, URL
    and date. See docs/markdown.md.
    """
    from .markdown import clean_markdown as _clean_markdown

    if not isinstance(text, str):
        raise TypeError(f"clean_markdown() expects str, got {type(text).__name__}; use clean_file() for paths")
    lang, rules = _checked_options(url=url, lang=lang, rules=rules, rules_dir=rules_dir)
    return _clean_markdown(text, url=url, lang=lang, rules=rules)
