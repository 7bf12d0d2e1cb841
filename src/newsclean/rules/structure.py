"""Context-free classes from a line's shape: length, stopword share, final punctuation, separators.

Each non-blank line gets a class and a score for the region search (rules/region.py):
- good:  prose — long enough with a normal share of function words; scores its word count;
- near:  a short sentence; scores a little;
- short: a fragment (menu item, name, heading); costs a little, so a run of them breaks the text;
- bad:   a menu written on one line ("Home | News | Sport"), or a short line the page repeats
         ("Reply", "Read more", the site name); costs more.
A heading inside the article is "short" too: it survives because the region around it is prose.
"""

from __future__ import annotations

import regex

from ..page import Page
from ..types import Label

GOOD_WORDS = 10  # prose lines are at least this long...
GOOD_DENSITY = 0.25  # ...and at least this share of their words are stopwords
NEAR_WORDS = 5
NEAR_DENSITY = 0.30
SHORT_COST = 3.0
BAD_COST = 5.0
MAX_GAIN = 100.0  # one enormous line (a pasted footer) must not outweigh a whole article

# Separators of one-line menus and breadcrumbs: "Home | News", "Home > World > Europe", "a • b • c".
_SEPARATED = regex.compile(r"(?:\s[|•·»›>/]\s.*){2,}|\S\s*\|\s*\S.*\|")


def classify(page: Page) -> None:
    stopwords = page.stopwords
    counts = page.key_counts
    for line in page.lines:
        if line.blank:
            continue
        words = line.words
        if stopwords and words:
            line.density = sum(1 for token in line.tokens if token in stopwords) / words
            prose = line.density >= GOOD_DENSITY
            near = line.density >= NEAR_DENSITY
        else:  # no stoplist for this language: lean on punctuation alone
            prose = near = line.ends_sentence
        if words < 25 and _SEPARATED.search(line.text):
            line.cls, line.score = "bad", -BAD_COST
            line.decide(Label.NAVIGATION, "structure.separated-menu", "items separated by | • » or /")
        elif words < GOOD_WORDS and counts[line.key] >= 2:
            line.cls, line.score = "bad", -BAD_COST
        elif words >= GOOD_WORDS and prose:
            line.cls, line.score = "good", min(float(words), MAX_GAIN)
        elif words >= NEAR_WORDS and (line.ends_sentence or near):
            line.cls, line.score = "near", 1.0
        else:
            line.cls, line.score = "short", -SHORT_COST
