"""Errors a user can act on. The CLI prints them as one line, never as a traceback."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input cannot be read as a page: missing, a directory, binary data, undecodable."""
