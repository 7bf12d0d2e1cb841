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
    """Once repeats are gone, what is left at either end of the kept text must still pay its way.

    The region search ends a segment only where every suffix of it adds prose (and likewise starts
    it). Removing a repeat can break that: a page rendered twice keeps one copy, and the short lines
    that sat between the copies would trail the article. Trimming the longest end run whose scores
    sum to zero or less restores it for the lines actually kept, so cleaning the body again finds the
    same body.
    """
    kept = [line for line in page.lines if not line.blank and not line.removed]
    for edge in (kept[::-1], kept):
        total, cut = 0.0, 0
        for count, line in enumerate(edge, start=1):
            total += line.score
            if total <= 0:
                cut = count
        for line in edge[:cut]:
            if not line.removed:
                line.decide(Label.BOILERPLATE, "repetition.edge-fragment", "fragments left at the edge of the text")
