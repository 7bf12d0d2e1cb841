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
