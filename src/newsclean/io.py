"""Bytes in, text out, and files written so that a crash never leaves half an output behind.

`decode_bytes` decides how a scraped page is encoded, in this order:

1. a byte-order mark: UTF-8, UTF-32 or UTF-16 (the BOM is removed);
2. NUL bytes or a start made mostly of control characters: binary data, rejected
   (UTF-16 without a BOM, recognisable by its NUL on every other byte, is the one exception);
3. UTF-8, which is what almost every page is; a file that is UTF-8 apart from a few broken bytes
   (a truncated last character, one stray byte) stays UTF-8 with U+FFFD for the broken bytes;
4. charset-normalizer's guess, with ties broken in favour of the encodings news sites use
   (windows-1252 before windows-1250, windows-1256 for Arabic, ...).

Every step is a linear, C-level pass over the data (or a bounded sample of it), so a 50 MB single-line
file is read as fast as the disk allows. The text is returned as decoded: line breaks ("\\r\\n", "\\r")
are left to the cleaner.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from os import PathLike
from pathlib import Path
from typing import IO

from .errors import InputError, NewscleanError

__all__ = ["decode_bytes", "read_text", "write_atomic", "atomic_open"]

_SAMPLE = 1 << 16  # bytes looked at when judging "mostly control characters" or "looks Western"
_MAX_CONTROL_SHARE = 0.10  # more control characters than this in the sample: binary data
# C0 controls that never occur in text (tab, LF, VT, FF, CR are text), plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When charset-normalizer finds several encodings equally likely (short pages often decode to the
# same "chaos" score in windows-1250 and windows-1252), take the one news sites actually use.
_PREFERRED = (
    "utf_8", "cp1252", "cp1256", "cp1251", "iso8859_15", "latin_1", "cp1250", "cp1253", "cp1254",
    "cp1255", "cp1257", "cp1258", "iso8859_6", "cp720", "cp864", "koi8_r", "gb18030", "big5",
    "cp932", "shift_jis", "euc_jp", "euc_kr",
)
# The legacy Windows code page of languages whose pages are not in windows-1252.
_LANGUAGE_ENCODING = {
    **dict.fromkeys(("Arabic", "Persian", "Farsi", "Urdu"), "cp1256"),
    **dict.fromkeys(("Russian", "Ukrainian", "Bulgarian", "Serbian", "Macedonian", "Belarusian"), "cp1251"),
    **dict.fromkeys(("Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Slovenian"), "cp1250"),
    **dict.fromkeys(("Lithuanian", "Latvian", "Estonian"), "cp1257"),
    "Turkish": "cp1254", "Azerbaijani": "cp1254", "Greek": "cp1253", "Hebrew": "cp1255", "Vietnamese": "cp1258",
}
# Single-byte encodings of Latin-script languages: a guess among these is left as it is.
_LATIN = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2",
    "mac_roman", "cp850", "cp437",
})
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _binary(source: str) -> InputError:
    return InputError(f"{source}: looks like binary data, not text")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _too_many_controls(count: int, total: int) -> bool:
    return total > 0 and count / total > _MAX_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: mostly ASCII-range characters give a NUL in every other byte."""
    if len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.1 * half and even <= 0.01 * half:
        encoding = "utf-16-le"
    elif even >= 0.1 * half and odd <= 0.01 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:_SAMPLE]
    return None if "\x00" in text or _too_many_controls(len(_CONTROL_CHARS.findall(head)), len(head)) else text


def _mostly_utf8(data: bytes, *, whole: bool = True) -> str | None:
    """UTF-8 with a few broken bytes: valid multi-byte sequences far outnumber the broken ones.

    Legacy single-byte text (cp1256 Arabic, latin-1 French) almost never forms valid multi-byte UTF-8
    sequences by chance, so it fails this test and goes to charset-normalizer.
    """
    if whole and len(data) > 4 * _SAMPLE and _mostly_utf8(_sample(data), whole=False) is None:
        return None  # a sample is enough to turn down a large legacy-encoded input
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # U+FFFD that were not in the data
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return text if broken <= max(1, len(text) // 1000) and non_ascii >= 10 * broken else None


def _looks_western(data: bytes) -> bool:
    """Does windows-1252 give Latin-script text (letters mostly ASCII, a few accented ones)?

    Arabic in windows-1256 or Russian in windows-1251 also decode in windows-1252, but to words made
    only of accented letters; French, Spanish, German... have one accented letter in many.
    """
    try:
        text = data[:_SAMPLE].decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in windows-1252
        return False
    letters = len(_LETTER.findall(text))
    ascii_letters = len(_ASCII_LETTER.findall(text))
    return letters > 0 and (letters - ascii_letters) <= 0.5 * letters


def _sample(data: bytes, size: int = 1 << 19, parts: int = 4) -> bytes:
    """At most about `size` bytes from across `data` (start, middle, end) for charset-normalizer, which
    is slow on large inputs. Pieces are cut at a line break or space, never inside a character of a
    multi-byte encoding (no trail byte of Big5, GBK or Shift-JIS is "\n" or " ")."""
    if len(data) <= size:
        return data
    chunk = size // parts
    pieces = []
    for number in range(parts):
        start = number * (len(data) - chunk) // (parts - 1)
        piece = data[start:start + chunk]
        if start > 0:
            cut = max(piece.find(b"\n"), piece.find(b" "))
            piece = piece[cut + 1:] if cut >= 0 else piece
        if start + chunk < len(data):
            cut = max(piece.rfind(b"\n"), piece.rfind(b" "))
            piece = piece[:cut] if cut > 0 else piece
        pieces.append(piece)
    return b"\n".join(pieces)


def _guess(data: bytes) -> str | None:
    """The encoding to use for data that is not UTF-8, or None when nothing fits."""
    from charset_normalizer import from_bytes

    sample = _sample(data)
    results = from_bytes(sample)
    best = results.best()
    if best is None:
        return "cp1252" if _looks_western(sample) else None
    # Near-ties: on short pages charset-normalizer's scores barely separate windows-1252 French from
    # windows-1250 or mac-latin2, or Turkish windows-1254 from windows-1252. Among near-ties, take the
    # usual encoding of the language it recognised, else the encoding news sites use most.
    ties = [
        match for match in results
        if match.chaos <= best.chaos + 0.02 and match.coherence >= best.coherence - 0.1
    ]
    language = best.languages[0] if best.languages else ""
    order = (_LANGUAGE_ENCODING[language],) if language in _LANGUAGE_ENCODING else ()
    encoding = best.encoding
    for preferred in order + _PREFERRED:
        if any(preferred in match.could_be_from_charset for match in ties):
            encoding = preferred
            break
    if encoding not in _LATIN and _looks_western(sample):
        return "cp1252"  # e.g. a short latin-1 French page that charset-normalizer took for Big5
    return encoding


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode the bytes of one page; `source` (a path, "<stdin>") prefixes error messages.

    Raises `InputError("<source>: looks like binary data, not text")` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            head = text[:_SAMPLE]
            if "\x00" in text or _too_many_controls(len(_CONTROL_CHARS.findall(head)), len(head)):
                raise _binary(source)
            return text
    if not data:
        return ""
    if b"\x00" in data:
        text16 = _utf16_without_bom(data)
        if text16 is None:
            raise _binary(source)
        return _strip_bom(text16)
    head = data[:_SAMPLE]
    if _too_many_controls(len(head) - len(head.translate(None, _CONTROL_BYTES)), len(head)):
        raise _binary(source)
    try:
        return _strip_bom(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return _strip_bom(text)
    encoding = _guess(data)
    if encoding is None:
        raise _binary(source)
    # charset-normalizer judges a sample; a byte the guess cannot map further on becomes U+FFFD.
    return _strip_bom(data.decode(encoding, errors="replace"))


def read_text(path: str | PathLike[str]) -> str:
    """Read and decode one page; "-" reads standard input.

    Every failure is an `InputError` whose message is one line starting with the path:
    "<path>: no such file", "...: is a directory", "...: permission denied", "...: empty file",
    "...: looks like binary data, not text".
    """
    name = os.fspath(path)
    if name == "-":
        source = "<stdin>"
        stream = sys.stdin
        if stream is None:
            raise InputError(f"{source}: standard input is not available")
        try:
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
        except OSError as exc:
            raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    else:
        source = name
        try:
            if Path(name).is_dir():
                raise InputError(f"{source}: is a directory")
            with open(name, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            raise InputError(f"{source}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{source}: is a directory") from None
        except PermissionError:
            raise InputError(f"{source}: permission denied") from None
        except OSError as exc:  # e.g. a name too long, an I/O error on a failing disk
            raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    if not data:
        raise InputError(f"{source}: empty file")
    return decode_bytes(data, source=source)


def read_bytes(path: str | PathLike[str]) -> bytes:
    """A file's bytes (an HTML page decodes by its declared charset), with the same one-line errors
    as `read_text`."""
    name = os.fspath(path)
    if os.path.isdir(name):
        raise InputError(f"{name}: is a directory")
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(f"{name}: empty file")
    return data


def is_html_name(path: str | PathLike[str]) -> bool:
    """A file named as an HTML page (.html, .htm)."""
    return os.fspath(path).lower().endswith((".html", ".htm"))


def is_markdown_name(path: str | PathLike[str]) -> bool:
    """A file named as a Markdown page (.md, .markdown)."""
    return os.fspath(path).lower().endswith((".md", ".markdown"))


def looks_like_html(text: str) -> bool:
    """An HTML page whatever its name: a doctype, <html>, or what browsers and XML writers put first
    ("<!-- saved from url=... -->", "<?xml ...?>") followed by <html> within the first lines."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return head.startswith(("<!--", "<?xml")) and ("<html" in head or "<!doctype html" in head)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it


@contextlib.contextmanager
def atomic_open(path: str | PathLike[str]) -> Iterator[IO[str]]:
    """Open `path` for writing UTF-8 text so that it appears whole or not at all.

    The text goes to a temporary file in the same directory, which replaces `path` (os.replace) only
    when the `with` block ends without error; on any error, KeyboardInterrupt included, the temporary
    file is removed and `path` is left as it was. Raises `NewscleanError("<path>: cannot write: ...")`
    for OS errors. Protects against the process failing, not against power loss (no fsync).
    """
    target = os.fspath(path)
    directory = os.path.dirname(target) or "."
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as exc:
        raise NewscleanError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                yield handle
            os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp creates 0600; give the file the usual mode
            os.replace(temp, target)
        except OSError as exc:
            raise NewscleanError(f"{target}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomic(path: str | PathLike[str], text: str) -> None:
    """Write `text` (UTF-8, line breaks as given) to `path` atomically: see `atomic_open`."""
    with atomic_open(path) as handle:
        handle.write(text)
