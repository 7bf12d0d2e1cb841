"""Small tests the header's modules share: what a rule other than the region search said of a line,
whether a lexicon named it chrome, the next line of a zone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..types import Label


_HEADER_LABELS = (Label.DATE, Label.BYLINE, Label.DATELINE)
TITLE_MIN_WORDS = 4  # a title of two or three words loses to a longer candidate ("Sport" vs the headline)


def _ruled(line: Line) -> bool:
    """A rule other than the region search's said what the line is (its place alone says nothing)."""
    return any(not rule.startswith("region.") for _, rule, _ in line.decisions)


def _lexicon_chrome(line: Line) -> bool:
    """Whether a chrome lexicon has labelled the line (a share button, a player's control...)."""
    return line.rule.startswith("lexicon.") and line.label is not Label.BODY


def _next_in(zone: Sequence[Line], line: Line) -> Line | None:
    """The line right under `line` in the header zone, if any."""
    position = zone.index(line)
    return zone[position + 1] if position + 1 < len(zone) else None
