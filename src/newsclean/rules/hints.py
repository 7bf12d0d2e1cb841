"""Structural hints from HTML (placeholder: the HTML-input work replaces this module)."""

from __future__ import annotations

from ..page import Page


def apply(page: Page) -> None:
    """Turn per-line HTML hints (nav, footer, aside, heading, ...) into decisions and scores."""
    return None
