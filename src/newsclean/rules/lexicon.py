"""Label lines that a chrome lexicon recognises: "Related articles", "اقرأ أيضاً", "Partager", "©".

A heading of a category that ends the article ("related", "comments") becomes a terminator for the
region search, unless the page repeats it (a "Read more" under every teaser is a widget, not a heading).
"""

from __future__ import annotations

from .. import lexicon
from ..page import Page
from ..types import Label

MAX_TERMINATOR_REPEATS = 2
MAX_TEASER_WORDS = 25  # a headline linked under a "read also" line


def apply(page: Page) -> None:
    hits: dict[str, lexicon.Hit | None] = {}  # a match depends on the line's key alone; pages repeat lines
    teaser_heading = False
    for line in page.lines:
        if line.blank:
            continue
        if teaser_heading and not line.ends_sentence and line.words <= MAX_TEASER_WORDS:
            # "اقرأ أيضا" alone on its line, the linked headline on the next one
            line.decide(Label.RELATED, "lexicon.read-also-link", "the headline under a 'read also' line")
            line.score = min(line.score, -3.0)
            teaser_heading = False
            continue
        teaser_heading = False
        if line.key not in hits:
            hits[line.key] = lexicon.match(line)
        hit = hits[line.key]
        if hit is None:
            continue
        category = hit.category
        line.decide(category.label, f"lexicon.{category.name}", repr(hit.phrase))
        line.score = min(line.score, -3.0)
        if category.ends_body and page.key_counts[line.key] <= MAX_TERMINATOR_REPEATS:
            page.terminators.append(line.index)
        teaser_heading = category.name == "read-also" and line.words <= len(hit.phrase.split()) + 1


def apply_trailing(page: Page) -> None:
    """Lines of a trailing category at the end of the kept text: the author's bio, a note on where
    the article was first published. They read like sentences, so only their place tells."""
    for line in reversed(page.lines):
        if line.blank or line.removed:
            continue
        hit = lexicon.match(line, trailing=True)
        if hit is None:
            return
        line.decide(hit.category.label, f"lexicon.{hit.category.name}", repr(hit.phrase))
