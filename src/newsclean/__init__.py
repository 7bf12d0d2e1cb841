"""newsclean: turn scraped news pages into clean article bodies plus metadata.

    >>> import newsclean
    >>> article = newsclean.clean(page_text)
    >>> article.body, article.title, article.date

Every input line comes back in `article.lines` with its label and the rule that set it.
"""

from __future__ import annotations

from os import PathLike

from .errors import InputError, NewscleanError
from .types import Article, Caption, Label, LabelledLine

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Caption",
    "InputError",
    "Label",
    "LabelledLine",
    "NewscleanError",
    "clean",
    "clean_file",
    "__version__",
]


def clean(text: str, *, url: str | None = None, lang: str | None = None) -> Article:
    """Clean the plain text of one scraped page and return the `Article`.

    `url` helps name the site; `lang` ("ar", "en", "fr", ...) overrides language detection.
    """
    from .pipeline import run

    if not isinstance(text, str):
        raise TypeError(f"clean() expects str, got {type(text).__name__}; use clean_file() for paths or bytes")
    return run(text, url=url, lang=lang)


def clean_file(path: str | PathLike[str], *, url: str | None = None, lang: str | None = None) -> Article:
    """Read a file (encoding detected: UTF-8, cp1256, latin-1, ...) and clean it."""
    from .io import read_text

    return clean(read_text(path), url=url, lang=lang)
