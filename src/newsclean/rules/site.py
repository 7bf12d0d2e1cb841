"""Learned per-site rules (placeholder: the site-rules work replaces this module)."""

from __future__ import annotations

from typing import Any

from ..page import Page


def apply(page: Page, rules: Any) -> None:
    """Label the lines that the site's learned rules recognise (first pass, before heuristics)."""
    return None
