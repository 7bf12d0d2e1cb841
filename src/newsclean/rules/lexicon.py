"""Label lines that a chrome lexicon recognises: "Related articles", "اقرأ أيضاً", "Partager", "©".

A heading of a category that ends the article ("related", "comments") becomes a terminator for the
region search, unless the page repeats it (a "Read more" under every teaser is a widget, not a heading).
"""

from __future__ import annotations

from .. import lexicon
from ..page import Page

MAX_TERMINATOR_REPEATS = 2


def apply(page: Page) -> None:
    for line in page.lines:
        if line.blank:
            continue
        hit = lexicon.match(line)
        if hit is None:
            continue
        category = hit.category
        line.decide(category.label, f"lexicon.{category.name}", repr(hit.phrase))
        line.score = min(line.score, -3.0)
        if category.ends_body and page.key_counts[line.key] <= MAX_TERMINATOR_REPEATS:
            page.terminators.append(line.index)
