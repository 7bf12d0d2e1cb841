"""JSON Lines in, JSON Lines out: clean a batch of scraped records without stopping on a bad one.

Input: one JSON object per line, with the page as `"text"` (plain text, or Markdown when it is
written like it), `"markdown"` (as Firecrawl's records hold it) or `"html"` (HTML), and optionally
`"url"` and `"lang"`:

    {"url": "https://example.com/a", "html": "<html>..."}
    {"url": "https://example.com/b", "text": "Home | News\\nThe article..."}
    {"url": "https://example.com/c", "markdown": "# Headline\\n\\nBy [Jane Doe](/a/jd)..."}

Output: the same object, every input field kept as it was, plus one key:

    "newsclean": {"title": ..., "body": ..., "paragraphs": [...], "date": ..., "author": ...,
                  "site": ..., "lang": ..., "captions": [...], "warnings": [...], ...}

(`Article.to_dict()`; with `with_lines=True` also "lines": every line with its label and rule). A record
that cannot be cleaned gets `"error": "<one line>"` instead of "newsclean"; a line that is not JSON
gives `{"line": N, "error": "line N: invalid JSON: ..."}`. Nothing stops the batch.
When a record has several, the HTML is used (it carries more structure), then the Markdown.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from os import PathLike
from typing import Any, NamedTuple

from .errors import InputError, NewscleanError

__all__ = ["OUTPUT_KEY", "Summary", "clean_jsonl", "clean_record", "iter_jsonl"]

OUTPUT_KEY = "newsclean"


@lru_cache(maxsize=8)
def _rules_dir(path: str) -> Any:
    from .siterules import load_rules_dir

    return load_rules_dir(path)


def clean_record(
    record: dict[str, Any],
    *,
    rules: Any = None,
    rules_dir: str | PathLike[str] | None = None,
    with_lines: bool = False,
) -> dict[str, Any]:
    """Clean one record (`{"url":…, "html":…}`, `{"url":…, "markdown":…}` or `{"url":…, "text":…}`);
    never raises on bad data.

    Returns a new dict: the input fields, plus "newsclean" (the article) or "error" (why not).
    """
    if not isinstance(record, dict):
        return {"error": f"record is a JSON {type(record).__name__}, not an object"}
    out = dict(record)
    out.pop(OUTPUT_KEY, None)
    out.pop("error", None)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    lang = record.get("lang") if isinstance(record.get("lang"), str) else None
    html, markdown, text = record.get("html"), record.get("markdown"), record.get("text")
    try:
        if rules is None and rules_dir is not None:
            rules = _rules_dir(os.fspath(rules_dir))
        if isinstance(html, str):
            from .html import clean_html

            article = clean_html(html, url=url, lang=lang, rules=rules)
        elif isinstance(markdown, str) or isinstance(text, str):
            from . import clean, clean_markdown
            from .markdown import looks_like_markdown

            field, page = ("markdown", markdown) if isinstance(markdown, str) else ("text", text)
            if not page.strip():
                raise InputError(f'"{field}" is empty')  # as an empty file is for the command line
            as_markdown = field == "markdown" or looks_like_markdown(page)
            article = (clean_markdown if as_markdown else clean)(page, url=url, lang=lang, rules=rules)
        elif html is not None or text is not None or markdown is not None:
            raise InputError('"html", "markdown" and "text" must be strings')
        else:
            raise InputError('record has neither "html", "markdown" nor "text"')
    except NewscleanError as error:
        out["error"] = str(error)
        return out
    except RecursionError:
        out["error"] = "page too deeply nested to clean"
        return out
    except Exception as error:  # noqa: BLE001 - one bad record must not stop a batch; say what happened
        out["error"] = f"internal error: {type(error).__name__}: {error}"
        return out
    out[OUTPUT_KEY] = article.to_dict(with_lines=with_lines)
    return out


def iter_jsonl(
    lines: Iterable[str | bytes],
    *,
    rules: Any = None,
    rules_dir: str | PathLike[str] | None = None,
    with_lines: bool = False,
) -> Iterator[dict[str, Any]]:
    """Clean JSON Lines one by one: one output record per non-blank input line, in order.

    A line that is not a JSON object gives `{"line": N, "error": "line N: ..."}` (N counts from 1).
    """
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", errors="replace")
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:  # its own position is within the line: say the column only
            yield {"line": number, "error": f"line {number}, column {error.colno}: invalid JSON: {error.msg}"}
            continue
        except ValueError as error:
            yield {"line": number, "error": f"line {number}: invalid JSON: {error}"}
            continue
        except RecursionError:
            yield {"line": number, "error": f"line {number}: invalid JSON: nested too deeply"}
            continue
        if not isinstance(record, dict):
            yield {"line": number, "error": f"line {number}: a JSON {type(record).__name__}, not an object"}
            continue
        yield clean_record(record, rules=rules, rules_dir=rules_dir, with_lines=with_lines)


class Summary(NamedTuple):
    records: int  # output records written
    errors: int  # of which carry "error"


def clean_jsonl(
    in_path: str | PathLike[str],
    out_path: str | PathLike[str],
    *,
    rules: Any = None,
    rules_dir: str | PathLike[str] | None = None,
    with_lines: bool = False,
) -> Summary:
    """Clean a JSON Lines file into another ("-" is standard input / output).

    The output file appears whole or not at all (written atomically). Raises `InputError` only when
    the input cannot be opened at all; bad lines and records become error records.
    """
    from .io import atomic_open

    source = os.fspath(in_path)
    target = os.fspath(out_path)
    count = errors = 0

    def write_all(handle: Any, stream: Iterable[bytes]) -> None:
        nonlocal count, errors
        for record in iter_jsonl(stream, rules=rules, rules_dir=rules_dir, with_lines=with_lines):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            errors += "error" in record

    try:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory") from None
    except OSError as error:
        raise InputError(f"{source}: cannot read: {error.strerror or error}") from None
    try:
        if target == "-":
            write_all(sys.stdout, stream)
            sys.stdout.flush()
        else:
            with atomic_open(target) as handle:
                write_all(handle, stream)
    finally:
        if source != "-":
            stream.close()
    return Summary(count, errors)
