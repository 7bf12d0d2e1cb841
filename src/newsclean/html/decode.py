"""Decoding: an HTML page's bytes to text (a BOM, valid UTF-8, the declared charset when the bytes
bear it out, else a guess).
"""

from __future__ import annotations

import codecs
import re


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------
# Decoding


def decode_html(data: bytes) -> str:
    """Decode the bytes of an HTML page: BOM, valid UTF-8, the declared charset, else a guess.

    Raises `InputError` for binary data.
    """
    from ..io import decode_bytes

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        return decode_bytes(data, source="<html>")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and (declared not in _LATIN_CODECS or _latin_looking(text)):
            return text
    return decode_bytes(data, source="<html>")


_LATIN_CODECS = frozenset({"cp1252", "cp1250", "latin-1", "iso8859-15", "iso8859-2", "cp1254", "iso8859-9"})


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # what browsers do with latin-1
    return codec


def _latin_looking(text: str) -> bool:
    """Latin-script text has mostly ASCII letters; cp1256 Arabic read as cp1252 has almost none."""
    sample = text[:65536]
    letters = sum(1 for char in sample if char.isalpha())
    ascii_letters = sum(1 for char in sample if char.isascii() and char.isalpha())
    return letters == 0 or ascii_letters >= 0.5 * letters
