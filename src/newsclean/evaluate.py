"""Score a cleaned text against a gold text: bag-of-words precision, recall and F1.

This is the measure our benchmarks and quality gates use. Tokens are Unicode words after NFKC and
lower-casing, with Arabic diacritics and tatweel removed, so that Arabic, Latin and other scripts are
counted the same way; the bag is a multiset (a word kept twice when the gold has it once counts once).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import NamedTuple

import regex

_MARKS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


class Score(NamedTuple):
    precision: float
    recall: float
    f1: float


def tokens(text: str) -> list[str]:
    """Word tokens for scoring. >>> tokens("Le Président a dit: «نعم»") → ['le', 'président', 'a', 'dit', 'نعم']"""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text).lower())
    return _TOKEN.findall(text)


def bag_f1(predicted: str, gold: str) -> Score:
    """Bag-of-words precision/recall/F1 of `predicted` against `gold` (both empty → perfect)."""
    pred, ref = Counter(tokens(predicted)), Counter(tokens(gold))
    if not pred and not ref:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((pred & ref).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Score(precision, recall, f1)
