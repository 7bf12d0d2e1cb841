"""Repeats inside the main text: a line the page already showed (the title again, a caption twice,
a pull quote) is kept once, at its first occurrence."""

from __future__ import annotations

from ..page import Page
from ..types import Label


def apply(page: Page) -> None:
    if page.region is None:
        return
    first_seen: dict[str, int] = {}
    for line in page.lines:
        if line.blank:
            continue
        earlier = first_seen.setdefault(line.key, line.index)
        if earlier != line.index and not line.removed:
            line.decide(Label.BOILERPLATE, "repetition.duplicate", f"same text as line {earlier + 1}")


def trim_edges(page: Page) -> None:
    """Once repeats are gone, fragments left at either end of the kept text are not part of it.

    (A page rendered twice keeps one copy; the short lines that sat between the copies must not
    trail the article.) The region search never starts or ends on a fragment, so this restores that
    for the lines actually kept, and cleaning the body again finds the same body.
    """
    kept = [line for line in page.lines if not line.blank and not line.removed]
    for edge in (kept, kept[::-1]):
        for line in edge:
            if line.score > 0:
                break
            line.decide(Label.BOILERPLATE, "repetition.edge-fragment", "fragment left at the edge of the text")
