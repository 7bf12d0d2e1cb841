"""Constants and helpers several structure passes share: what prose is (its length, its share of
stopwords), how short a template series' lines are, what a fragment and a chrome line cost (`_set_apart`
sets chrome apart), and whether a line carries a time of day or a relative time (`has_time`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ...lines import Line
from ...types import Label


GOOD_WORDS = 10  # prose lines are at least this long...
GOOD_DENSITY = 0.25  # ...and at least this share of their words are stopwords
SERIES_MAX_WORDS = 15  # template series are made of short lines...
SERIES_MIN_COUNT = 3  # ...that share a shape with at least two others
REPLY_WORDS = 3  # a comment's reply button ("Reply", "رد", "Répondre")
SHORT_COST = 3.0
BAD_COST = 5.0


def _set_apart(lines: Sequence[Line], label: Label, rule: str, detail: str) -> None:
    """Chrome that a line's shape and its neighbours give away: each line costs as a fragment the
    page repeats, and carries the rule that found it."""
    for line in lines:
        line.cls, line.score = "bad", -BAD_COST
        line.decide(label, rule, detail)


_TIME = regex.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:ago|منذ|il y a)\b")


def has_time(line: Line) -> bool:
    """A time of day or a relative time on the line ("9:59 am", "3 hours ago", "منذ ساعتين")."""
    return _TIME.search(line.key) is not None


_DURATION = regex.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


_LABELLED_DURATION = regex.compile(r"\s\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


def is_duration(line: Line) -> bool:
    """A video's running time alone on its line: "02:41", "(1:05:10)"; or after a player's word the
    lexicon knows ("Duration 2:04")."""
    if line.words > 3:
        return False
    text = line.text.strip()
    return _DURATION.match(text) is not None or (line.rule == "lexicon.player" and _LABELLED_DURATION.search(text) is not None)
